//! Reading the inputs from the file system: `data/close-codes.toml`, `data/peers.toml`,
//! `data/failures.toml`, `data/scenarios.toml`, `data/profiles/*.toml` and every
//! `locales/<tag>/*.ftl`, sorted, into an [`Input`].
//!
//! Owns: the only file-system access of the generator and the crate layout it expects. May not
//! touch: what the files say; parsing and checking start from an [`Input`], wherever it came
//! from.

use std::fs;
use std::path::Path;

use super::problem::{Problem, SourceFile};
use super::{Input, LocaleInput};

/// Where the code table lives, relative to the crate root.
const TABLE_PATH: &str = "data/close-codes.toml";

/// Where the peer table lives, relative to the crate root.
const PEERS_PATH: &str = "data/peers.toml";

/// Where the failure table lives, relative to the crate root.
const FAILURES_PATH: &str = "data/failures.toml";

/// Where the scenario table lives, relative to the crate root.
const SCENARIOS_PATH: &str = "data/scenarios.toml";

/// Where the shipped profiles live, one `<id>.toml` each, relative to the crate root.
const PROFILES_PATH: &str = "data/profiles";

/// Reads the inputs below `root`: the table and every `locales/<tag>/*.ftl`, sorted.
///
/// # Errors
///
/// A problem for each file or folder that cannot be read.
pub fn read_inputs(root: &Path) -> Result<Input, Vec<Problem>> {
    let mut problems = Vec::new();
    let table = read_file(root, TABLE_PATH, &mut problems);
    let peers = read_file(root, PEERS_PATH, &mut problems);
    let failures = read_file(root, FAILURES_PATH, &mut problems);
    let scenarios = read_file(root, SCENARIOS_PATH, &mut problems);
    let profiles = sorted_entries(
        &root.join(PROFILES_PATH),
        PROFILES_PATH,
        &mut problems,
        false,
    )
    .into_iter()
    .filter(|name| name.ends_with(".toml"))
    .map(|name| read_file(root, &format!("{PROFILES_PATH}/{name}"), &mut problems))
    .collect();
    let mut locales = Vec::new();
    for tag in sorted_entries(&root.join("locales"), "locales", &mut problems, true) {
        let folder = format!("locales/{tag}");
        let mut files = Vec::new();
        for name in sorted_entries(&root.join(&folder), &folder, &mut problems, false) {
            if !name.ends_with(".ftl") {
                continue;
            }
            let path = format!("{folder}/{name}");
            files.push(read_file(root, &path, &mut problems));
        }
        locales.push(LocaleInput { tag, files });
    }
    if problems.is_empty() {
        Ok(Input {
            table,
            peers,
            failures,
            scenarios,
            profiles,
            locales,
        })
    } else {
        Err(problems)
    }
}

/// The file at `path` below `root`; a problem, and no text, when it cannot be read.
fn read_file(root: &Path, path: &str, problems: &mut Vec<Problem>) -> SourceFile {
    let text = fs::read_to_string(root.join(path)).unwrap_or_else(|err| {
        problems.push(Problem::file(path, format!("cannot read: {err}")));
        String::new()
    });
    SourceFile {
        path: path.to_owned(),
        text,
    }
}

/// The names of the folders (`dirs`) or files in `dir`, sorted; `shown` is its path in problems.
fn sorted_entries(dir: &Path, shown: &str, problems: &mut Vec<Problem>, dirs: bool) -> Vec<String> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            problems.push(Problem::file(
                shown,
                format!("cannot list the folder: {err}"),
            ));
            return Vec::new();
        }
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().map(|t| t.is_dir() == dirs).unwrap_or(false))
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    names.sort();
    names
}
