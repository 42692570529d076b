//! The name map: every name of every code (constant, IANA name, `KnownCode` variant, other
//! libraries' names) under its lookup key, and the checks that each name has a key and that no
//! two codes share one.
//!
//! Owns: name collisions. The key itself is defined once, in `src/name_key.rs`, which the
//! library compiles too. May not touch: anything but the code rows' names.

use std::collections::BTreeMap;

use super::super::problem::{Problem, SourceFile};
use super::CodeRow;

// The generator keys names as the library does; `same_bytes` is the generated lookups' own.
#[path = "../../src/name_key.rs"]
#[allow(dead_code)]
pub(crate) mod name_key;

/// Name key -> code, with a problem for each name without a key or with another code's key.
pub(super) fn name_map(
    file: &SourceFile,
    codes: &[CodeRow],
    problems: &mut Vec<Problem>,
) -> BTreeMap<String, u16> {
    let mut map = BTreeMap::new();
    for row in codes {
        let id = format!("code-{}", row.code);
        let variant = row.variant();
        let display = row.display_name().to_owned();
        let names = [Some(&row.constant), Some(&display), Some(&variant)]
            .into_iter()
            .chain(row.names.iter().map(Option::as_ref))
            .flatten();
        for name in names {
            let mut buf = [0; name_key::MAX_NAME_KEY];
            let Some(key) = name_key::name_key(name, &mut buf) else {
                problems.push(file.problem(
                    row.offset,
                    &id,
                    format!(
                        "name `{name}` has no letters or is longer than {} letters",
                        name_key::MAX_NAME_KEY
                    ),
                ));
                continue;
            };
            match map.insert(key.to_owned(), row.code) {
                Some(other) if other != row.code => problems.push(file.problem(
                    row.offset,
                    &id,
                    format!("name `{name}` would also name code {other}; names must be unique ignoring case and separators"),
                )),
                _ => {}
            }
        }
    }
    map
}

/// No failure id reads as a code's name, so that `Outcome`'s parser, which tries codes first,
/// can reach every failure.
pub(super) fn check_failures(
    file: &SourceFile,
    failures: &[super::FailureRow],
    names: &BTreeMap<String, u16>,
    problems: &mut Vec<Problem>,
) {
    for failure in failures {
        let mut buf = [0; name_key::MAX_NAME_KEY];
        let Some(key) = name_key::name_key(&failure.id, &mut buf) else {
            continue;
        };
        if let Some(code) = names.get(key) {
            problems.push(file.problem(
                failure.offset,
                &format!("failure-{}", failure.id),
                format!(
                    "the id `{}` reads as a name of code {code}; pick an id no code answers to",
                    failure.id
                ),
            ));
        }
    }
}

/// The spellings of `row`'s names that the library itself writes, which the generated
/// `spelling_code` finds as typed: each name as the table gives it, and the constant in
/// lowercase with `_`, with `-` and without separators (`going_away`, `going-away`,
/// `goingaway`). Each folds to a key of `name_map`, so both lookups give the same code.
pub(crate) fn spellings(row: &CodeRow) -> Vec<String> {
    let lower = row.constant.to_ascii_lowercase();
    let mut spellings = vec![
        row.constant.clone(),
        row.display_name().to_owned(),
        row.variant(),
        lower.replace('_', "-"),
        lower.replace('_', ""),
        lower,
    ];
    spellings.extend(row.names.iter().flatten().cloned());
    spellings.retain(|s| !s.is_empty());
    spellings
}
