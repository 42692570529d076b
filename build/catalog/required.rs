//! Which messages the library reads ([`required_ids`]), the check that the fallback locale has
//! every one of them, and the problem for a message nothing reads.
//!
//! Owns: missing and unused messages. May not touch: what a present message holds
//! (`shape.rs`) or how locales differ (`locales.rs`).

use std::collections::BTreeMap;

use super::super::contract::{ENTRY_ATTRIBUTES, FALLBACK_LOCALE, MESSAGES, RETRY_CLASSES, SENDERS};
use super::super::problem::Problem;
use super::super::table::{ProfileRow, Table};
use super::{Catalog, Message};

/// What a required message is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `code-<n>` / `range-<id>`: a name plus the attributes in `ATTRIBUTES`; `row` is where
    /// its table row starts.
    Entry { row: usize },
    /// A label, phrase or sentence: a value that may use only these variables.
    Label(&'static [&'static str]),
    /// `failure-<id>`: a name plus `ENTRY_ATTRIBUTES`, no variables; `row` is where its row
    /// starts in `data/failures.toml`.
    Failure { row: usize },
    /// `scenario-<id>`: the title, `.seen`, and numbered `.cause-N`, `.check-N` and `.fix-N`
    /// (from 1, without gaps), no variables; `row` is where its row starts in
    /// `data/scenarios.toml`.
    Scenario { row: usize },
    /// A profile's text: `entry` is `None` for `profile-<id>` (what the protocol is, a value
    /// alone) and the row's offset for a code or range (a name plus `ENTRY_ATTRIBUTES`).
    /// `profile` indexes the profiles the ids came from. No variables.
    Profile {
        profile: usize,
        entry: Option<usize>,
    },
}

/// The ids the library needs, in every locale.
pub(crate) fn required_ids(table: &Table) -> BTreeMap<String, Kind> {
    let mut ids = BTreeMap::new();
    let codes = table
        .codes
        .iter()
        .map(|r| (format!("code-{}", r.code), r.offset));
    let ranges = table
        .ranges
        .iter()
        .map(|r| (format!("range-{}", r.id), r.offset));
    for (id, row) in codes.chain(ranges) {
        // A range id given twice is reported by the table; point at its first row.
        ids.entry(id).or_insert(Kind::Entry { row });
    }
    for (id, variables) in MESSAGES {
        ids.insert((*id).to_owned(), Kind::Label(variables));
    }
    for (class, _) in RETRY_CLASSES {
        ids.insert(format!("retry-{class}"), Kind::Label(&[]));
        ids.insert(format!("pred-retry-{class}"), Kind::Label(&[]));
        ids.insert(format!("retry-token-{class}"), Kind::Label(&[]));
    }
    for range in &table.ranges {
        ids.insert(format!("range-about-{}", range.id), Kind::Label(&[]));
        ids.insert(format!("meaning-range-{}", range.id), Kind::Label(&[]));
    }
    for row in &table.codes {
        ids.insert(format!("meaning-{}", row.code), Kind::Label(&[]));
    }
    for (sender, _) in SENDERS {
        ids.insert(format!("sender-{sender}"), Kind::Label(&[]));
        ids.insert(format!("pred-sender-{sender}"), Kind::Label(&[]));
    }
    ids.extend(profile_ids(&table.profiles));
    for scenario in &table.scenarios {
        ids.insert(
            format!("scenario-{}", scenario.id),
            Kind::Scenario {
                row: scenario.offset,
            },
        );
    }
    for failure in &table.failures {
        ids.insert(
            format!("failure-{}", failure.id),
            Kind::Failure {
                row: failure.offset,
            },
        );
    }
    ids
}

/// The ids the texts of `profiles` need: `profile-<id>`, and one message per code and range.
pub(crate) fn profile_ids(profiles: &[ProfileRow]) -> BTreeMap<String, Kind> {
    let mut ids = BTreeMap::new();
    for (index, profile) in profiles.iter().enumerate() {
        let about = Kind::Profile {
            profile: index,
            entry: None,
        };
        ids.insert(profile.about_id(), about);
        for entry in &profile.entries {
            let kind = Kind::Profile {
                profile: index,
                entry: Some(entry.offset),
            };
            ids.entry(profile.message_id(entry)).or_insert(kind);
        }
    }
    ids
}

/// Every required id is in the fallback locale: a missing code or range text is reported at
/// its table row, a missing profile text at its profile's row, a missing label at the locale.
pub(super) fn check_present(
    table: Option<&Table>,
    profiles: &[ProfileRow],
    reference: &Catalog,
    required: &BTreeMap<String, Kind>,
    problems: &mut Vec<Problem>,
) {
    for (id, kind) in required {
        if reference.messages.contains_key(id) {
            continue;
        }
        problems.push(match (kind, table) {
            (Kind::Entry { row }, Some(table)) => {
                // `code-1001` -> "code 1001", `range-private` -> "range private".
                let (what, name) = id.split_once('-').unwrap_or((id, ""));
                table.problem(
                    *row,
                    id,
                    format!(
                        "{what} {name} is in the table but locales/{FALLBACK_LOCALE} has no message `{id}`; add it with the attributes .description, .symptom, .remedy, .cause, .sending and .receiving"
                    ),
                )
            }
            (Kind::Entry { .. } | Kind::Label(_), _) => reference.folder_problem(id, format!("the library needs message `{id}`; add it to a file in locales/{FALLBACK_LOCALE}")),
            (Kind::Failure { row }, Some(table)) => table.failures_file.problem(
                *row,
                id,
                format!("the failure has no text in {FALLBACK_LOCALE}: add the message `{id}` with the attributes .{}", ENTRY_ATTRIBUTES.join(", .")),
            ),
            (Kind::Scenario { row }, Some(table)) => table.scenarios_file.problem(
                *row,
                id,
                format!("the scenario has no text in {FALLBACK_LOCALE}: add the message `{id}` with .seen, .cause-1, .check-1 and .fix-1"),
            ),
            (Kind::Failure { .. } | Kind::Scenario { .. }, None) => reference.folder_problem(id, format!("the library needs message `{id}`")),
            (Kind::Profile { profile, entry }, _) => {
                let attributes = match entry {
                    Some(_) => format!(" with the attributes .{}", ENTRY_ATTRIBUTES.join(", .")),
                    None => " (one sentence: what the protocol is)".to_owned(),
                };
                profiles[*profile].file.problem(
                    entry.unwrap_or(0),
                    id,
                    format!("the profile has no text in {FALLBACK_LOCALE}: add the message `{id}`{attributes}"),
                )
            }
        });
    }
}

/// The problem for a message the library does not read: text without a table row, or an id
/// with a typo.
pub(super) fn unused(
    table: Option<&Table>,
    catalog: &Catalog,
    id: &str,
    message: &Message,
) -> Problem {
    let table_path = table.map_or("data/close-codes.toml", |t| &t.file.path);
    let text = if let Some(code) = id.strip_prefix("code-") {
        format!(
            "there is no code {code} in {table_path}; add a [[code]] row or remove this message"
        )
    } else if let Some(range) = id
        .strip_prefix("range-about-")
        .or_else(|| id.strip_prefix("range-"))
    {
        format!(
            "there is no range `{range}` in {table_path}; add a [[range]] row or remove this message"
        )
    } else if let Some(scenario) = id.strip_prefix("scenario-") {
        format!(
            "there is no scenario `{scenario}` in data/scenarios.toml; add a [[scenario]] row or remove this message"
        )
    } else if let Some(failure) = id.strip_prefix("failure-") {
        format!(
            "there is no failure `{failure}` in data/failures.toml; add a [[failure]] row or remove this message"
        )
    } else if id.starts_with("profile-") {
        "no profile has this code, range or id; check the number and the profile id, or add the row to the profile".to_owned()
    } else {
        "the library does not use this message; check the id for a typo (see MESSAGES in build/contract.rs)".to_owned()
    };
    catalog.problem(message.file, message.offset, id, text)
}
