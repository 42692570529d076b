//! Compiles `data/` (the code table, peers, failures, profiles) and `locales/<tag>/*.ftl` into
//! `$OUT_DIR/table.rs`.
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
    match codegen::read_inputs(&root).and_then(|input| codegen::generate(&input)) {
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
