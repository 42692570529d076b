//! The generated table's data flows one way: the row types (`src/rows.rs`, `src/rows/`) import
//! nothing of the crate but each other; the generated table (`src/table.rs` and the text it
//! includes from `$OUT_DIR/table.rs`) imports only the rows and the std-only `name_key`; the
//! modules that answer questions sit above both. A `use crate::facts::..` in a row file, or a
//! generated `crate::peer::..`, would close the circle again, and this test names the line.
//!
//! It reads the source as text: every `crate::` path in code (comments are skipped; doc links
//! do not import anything) must go to an allowed module, and a row file may not climb out of
//! the rows with `super::`.

use std::path::Path;

/// The lines of `text` with a `crate::` path that leads outside `allowed`, or a `super::` path
/// that climbs out of the file's parent (any `super::` unless `super_allowed`, which allows
/// one step: a child module's `super` is the file's own module), with their line numbers.
fn upward_paths(text: &str, allowed: &[&str], super_allowed: bool) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            let after = &rest[at + "crate::".len()..];
            let module: String = after
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !allowed.contains(&module.as_str()) {
                found.push((number + 1, line.trim().to_owned()));
            }
            rest = after;
        }
        let climbs = if super_allowed {
            code.contains("super::super")
        } else {
            code.contains("super::")
        };
        if climbs {
            found.push((number + 1, line.trim().to_owned()));
        }
    }
    found
}

/// Fails with every offending line of every file in `files`.
fn assert_one_way(files: &[(String, String)], allowed: &[&str], super_allowed: bool) {
    let mut offences = Vec::new();
    for (name, text) in files {
        for (line, code) in upward_paths(text, allowed, super_allowed) {
            offences.push(format!("{name}:{line}: {code}"));
        }
    }
    assert!(
        offences.is_empty(),
        "these lines import a module above them (allowed: {allowed:?}):\n{}",
        offences.join("\n")
    );
}

fn read(path: &Path) -> (String, String) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (path.display().to_string(), text)
}

#[test]
fn the_rows_import_only_rows() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for entry in std::fs::read_dir(src.join("rows")).expect("src/rows/ exists") {
        let path = entry.expect("a readable directory entry").path();
        if path.extension().is_some_and(|e| e == "rs") {
            files.push(read(&path));
        }
    }
    assert!(
        files.len() >= 10,
        "src/rows/ holds the row types: {files:?}"
    );
    assert_one_way(&files, &["rows"], true);
    // `super::` in `rows.rs` itself is the crate root.
    assert_one_way(&[read(&src.join("rows.rs"))], &["rows"], false);
}

#[test]
fn the_generated_table_imports_only_the_rows() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let generated = concat!(env!("OUT_DIR"), "/table.rs");
    let generated = read(Path::new(generated));
    assert!(
        generated.1.contains("crate::rows::"),
        "the generated table names its row types through the rows module"
    );
    assert_one_way(&[read(&src.join("table.rs"))], &["rows", "name_key"], false);
    // The generated `mod label` reads `super::Label`, the table itself.
    assert_one_way(&[generated], &["rows", "name_key"], true);
    // `name_key` is allowed because it is a leaf: build.rs compiles it too.
    assert_one_way(&[read(&src.join("name_key.rs"))], &[], false);
}
