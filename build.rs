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
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("table.rs");
    // English always; every other locale when the Cargo feature of its tag is on (`ko`, `ja`).
    let ships = |tag: &str| {
        let feature = format!("CARGO_FEATURE_{}", tag.to_uppercase().replace('-', "_"));
        env::var_os(feature).is_some()
    };
    match codegen::read_inputs(&root).and_then(|input| codegen::generate_locales(&input, &ships)) {
        Ok(source) => {
            if let Err(err) = fs::write(&out, source) {
                println!("cargo::error=cannot write {}: {err}", out.display());
            }
        }
        Err(problems) => {
            for problem in problems {
                println!("cargo::error={problem}");
            }
        }
    }
}
