//! Compiles `data/` (the code table, peers, failures, scenarios, profiles) and
//! `locales/<tag>/*.ftl` into `$OUT_DIR/table.rs`: every catalog is checked, and English plus
//! the locales whose feature is on are emitted.
//!
//! All the work happens in the generator under `build/` (its root is `build/codegen.rs`, which
//! lists the modules); this file only connects it to Cargo. Problems are reported with
//! `cargo::error=`, all of them in one run, each as `path:line:col: id: message`.

#[path = "build/codegen.rs"]
mod codegen;

use std::path::PathBuf;
use std::{env, fs};

fn main() {
    // The tables, the failures and the profiles: everything under data/.
    println!("cargo::rerun-if-changed=data");
    println!("cargo::rerun-if-changed=locales");
    println!("cargo::rerun-if-changed=build");
    println!("cargo::rerun-if-changed=src/name_key.rs");

    let root =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let out = out_dir.join("table.rs");
    // English always; every other locale when the Cargo feature of its tag is on (`ko`, `ja`).
    let ships = |tag: &str| {
        let feature = format!("CARGO_FEATURE_{}", tag.to_uppercase().replace('-', "_"));
        env::var_os(feature).is_some()
    };
    let generated = codegen::read_inputs(&root).and_then(|input| {
        let source = codegen::generate_locales(&input, &ships)?;
        Ok((source, sources(&root, &input)))
    });
    match generated {
        Ok((source, sources)) => {
            for (path, text) in [(out, source), (out_dir.join("sources.rs"), sources)] {
                if let Err(err) = fs::write(&path, text) {
                    println!("cargo::error=cannot write {}: {err}", path.display());
                }
            }
        }
        Err(problems) => {
            for problem in problems {
                println!("cargo::error={problem}");
            }
        }
    }
}

/// `$OUT_DIR/sources.rs`: the data files and the fallback locale's catalog, each as its path
/// and an `include_str!`, for the library's `locale-files` feature, which checks a locale an
/// application adds at run time against them (the build's checks need the whole table). Only
/// that feature includes the file, so other builds carry none of the text.
fn sources(root: &std::path::Path, input: &codegen::Input) -> String {
    let data = [
        &input.table,
        &input.peers,
        &input.failures,
        &input.scenarios,
    ]
    .into_iter()
    .chain(&input.profiles);
    let fallback = input
        .locales
        .iter()
        .filter(|l| l.tag == codegen::FALLBACK_LOCALE);
    let item = |file: &codegen::SourceFile| {
        let full = root.join(&file.path);
        format!(
            "    ({:?}, include_str!({:?})),\n",
            file.path,
            full.display().to_string()
        )
    };
    let data: String = data.map(item).collect();
    let fallback: String = fallback.flat_map(|l| &l.files).map(item).collect();
    format!(
        "/// The data files: the table, peers, failures, scenarios, then the profiles.\npub(crate) static DATA: &[(&str, &str)] = &[\n{data}];\n\n/// The fallback locale's files.\npub(crate) static FALLBACK: &[(&str, &str)] = &[\n{fallback}];\n"
    )
}
