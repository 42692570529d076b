//! A real `cargo build` of a copy of the crate with broken catalogs and a broken table: the
//! build fails, and reports every problem in one run with its path, line, column and id.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A copy of what the library's build reads (and the workspace's other member, which the
/// manifest names), with `edit` applied to one file.
fn broken_copy(edits: &[(&str, &str, &str)]) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let copy = Path::new(env!("CARGO_TARGET_TMPDIR")).join("broken-crate");
    let _ = fs::remove_dir_all(&copy);
    for dir in [
        "src", "build", "data", "locales", "cli", "examples", "tests",
    ] {
        copy_dir(&root.join(dir), &copy.join(dir));
    }
    for file in ["Cargo.toml", "Cargo.lock", "build.rs", "README.md"] {
        fs::copy(root.join(file), copy.join(file)).unwrap();
    }
    for (file, from, to) in edits {
        let path = copy.join(file);
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} has no {from:?}");
        fs::write(&path, text.replacen(from, to, 1)).unwrap();
    }
    copy
}

fn line_of(copy: &Path, file: &str, needle: &str) -> usize {
    let text = fs::read_to_string(copy.join(file)).unwrap();
    text[..text.find(needle).unwrap()].matches('\n').count() + 1
}

#[test]
fn a_broken_catalog_breaks_a_real_build_with_every_problem() {
    if crate::outside_the_repository("cli/, the workspace's other member") {
        return;
    }
    let copy = broken_copy(&[
        (
            "locales/ko/codes.ftl",
            "code-1003 = 지원하지 않는 데이터",
            "code-1003 = 지원하지 { 않는 데이터",
        ),
        (
            "locales/ko/ranges.ftl",
            "{ $code } 코드는 4000~4999",
            "이 코드는 4000~4999",
        ),
        (
            "data/close-codes.toml",
            "retry = \"randomized-delay\"",
            "retry = \"sometimes\"",
        ),
    ]);
    let output = Command::new(env!("CARGO"))
        .args(["build", "--offline", "--quiet", "-p", "closecode"])
        .current_dir(&copy)
        .env(
            "CARGO_TARGET_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("broken-crate-target"),
        )
        .output()
        .expect("cargo runs");
    assert!(!output.status.success(), "the broken copy built");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let expected = [
        format!("locales/ko/codes.ftl:{}:1: code-1003: Fluent syntax error", line_of(&copy, "locales/ko/codes.ftl", "code-1003 =")),
        format!("locales/ko/ranges.ftl:{}:", line_of(&copy, "locales/ko/ranges.ftl", "이 코드는 4000~4999")),
        "range-private: .description uses variables none in ko but $code in en; use the same variables in every locale".to_owned(),
        format!("data/close-codes.toml:{}:9: code-1012: unknown `retry` value; expected one of: done, backoff", line_of(&copy, "data/close-codes.toml", "retry = \"sometimes\"")),
        "build script logged errors".to_owned(),
    ];
    for line in expected {
        assert!(stderr.contains(&line), "missing {line:?} in:\n{stderr}");
    }
}
