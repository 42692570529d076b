//! What each required message must hold: a value; for codes and ranges exactly the attributes
//! in `ATTRIBUTES` and no variable but `$code`; for labels no attributes and only the
//! variables `MESSAGES` lists.
//!
//! Owns: the shape of one message in one locale. May not touch: other locales (`locales.rs`)
//! or which messages exist (`required.rs`).

use super::super::contract::{ATTRIBUTES, CODE_VARIABLE, ENTRY_ATTRIBUTES};
use super::super::problem::Problem;
use super::{Catalog, Kind, Message, Pattern, variable_list};

/// Checks `message` (with id `id`) against what its kind needs.
pub(super) fn check(
    catalog: &Catalog,
    id: &str,
    message: &Message,
    kind: Kind,
    problems: &mut Vec<Problem>,
) {
    let at = |offset: usize, text: String| catalog.problem(message.file, offset, id, text);
    if message.value.is_none() {
        problems.push(at(
            message.offset,
            "the message has no value; write its text after `=`".to_owned(),
        ));
    }
    match kind {
        Kind::Entry { .. } => {
            let expected = ATTRIBUTES.join(", .");
            for attribute in ATTRIBUTES {
                if !message.attributes.contains_key(attribute) {
                    problems.push(at(
                        message.offset,
                        format!(
                            "missing attribute .{attribute}; every code and range has .{expected}"
                        ),
                    ));
                }
            }
            for (name, pattern) in &message.attributes {
                if !ATTRIBUTES.contains(&name.as_str()) {
                    problems.push(at(
                        pattern.offset,
                        format!("unknown attribute .{name}; expected one of .{expected}"),
                    ));
                }
            }
            let patterns = message.value.iter().chain(message.attributes.values());
            for pattern in patterns {
                for var in pattern.variables() {
                    if var != CODE_VARIABLE {
                        problems.push(at(pattern.offset, format!("unknown variable ${var}; code and range texts can use only ${CODE_VARIABLE}")));
                    }
                }
            }
        }
        Kind::Profile { .. } | Kind::Failure { .. } => {
            let expected: &[&str] = match kind {
                Kind::Profile { entry: None, .. } => &[],
                _ => &ENTRY_ATTRIBUTES,
            };
            for attribute in expected {
                if !message.attributes.contains_key(*attribute) {
                    problems.push(at(
                        message.offset,
                        format!(
                            "missing attribute .{attribute}; every profile code, profile range and failure has .{}",
                            ENTRY_ATTRIBUTES.join(", .")
                        ),
                    ));
                }
            }
            for (name, pattern) in &message.attributes {
                if !expected.contains(&name.as_str()) {
                    let text = if expected.is_empty() {
                        "what a profile is takes one sentence and no attributes".to_owned()
                    } else {
                        format!(
                            "unknown attribute .{name}; expected one of .{}",
                            ENTRY_ATTRIBUTES.join(", .")
                        )
                    };
                    problems.push(at(pattern.offset, text));
                }
            }
            let patterns = message.value.iter().chain(message.attributes.values());
            for pattern in patterns {
                for var in pattern.variables() {
                    problems.push(at(
                        pattern.offset,
                        format!("unknown variable ${var}; profile and failure texts take no variables: write the number out"),
                    ));
                }
            }
        }
        Kind::Scenario { .. } => scenario(message, &at, problems),
        Kind::Label(allowed) => {
            for pattern in message.attributes.values() {
                problems.push(at(
                    pattern.offset,
                    "labels and phrases have no attributes; make it a message of its own"
                        .to_owned(),
                ));
            }
            for var in message.value.iter().flat_map(Pattern::variables) {
                if allowed.contains(&var) {
                    continue;
                }
                let expected = if allowed.is_empty() {
                    "this message takes no variables".to_owned()
                } else {
                    format!(
                        "this message can use {}",
                        variable_list(allowed.iter().copied())
                    )
                };
                problems.push(at(
                    message.offset,
                    format!("unknown variable ${var}; {expected}"),
                ));
            }
        }
    }
}

/// The numbered lists a scenario's texts hold, as attribute prefixes: `.cause-1`, `.cause-2`...
pub(crate) const SCENARIO_LISTS: [&str; 3] = ["cause", "check", "fix"];

/// A scenario: `.seen`, and for each of `SCENARIO_LISTS` the attributes `.<list>-1` to
/// `.<list>-N` without gaps; no other attribute, no variable.
fn scenario(message: &Message, at: &dyn Fn(usize, String) -> Problem, problems: &mut Vec<Problem>) {
    if !message.attributes.contains_key("seen") {
        problems.push(at(
            message.offset,
            "missing attribute .seen: what the reader sees, first".to_owned(),
        ));
    }
    for list in SCENARIO_LISTS {
        let count = message.numbered(list).count();
        if count == 0 {
            problems.push(at(
                message.offset,
                format!("missing attribute .{list}-1; a scenario has at least one item in each list (.cause-N, .check-N, .fix-N)"),
            ));
        }
        for (name, pattern) in &message.attributes {
            let number = name
                .strip_prefix(list)
                .and_then(|rest| rest.strip_prefix('-'))
                .and_then(|n| n.parse::<usize>().ok());
            if number.is_some_and(|n| n > count) {
                problems.push(at(
                    pattern.offset,
                    format!(".{name} has a gap before it; number the items .{list}-1, .{list}-2, ... without gaps"),
                ));
            }
        }
    }
    for (name, pattern) in &message.attributes {
        let known = name == "seen"
            || SCENARIO_LISTS.iter().any(|list| {
                name.strip_prefix(list)
                    .and_then(|rest| rest.strip_prefix('-'))
                    .is_some_and(|n| n.parse::<usize>().is_ok_and(|n| n >= 1))
            });
        if !known {
            problems.push(at(
                pattern.offset,
                format!(
                    "unknown attribute .{name}; a scenario has .seen, .cause-N, .check-N and .fix-N"
                ),
            ));
        }
    }
    for pattern in message.value.iter().chain(message.attributes.values()) {
        for var in pattern.variables() {
            problems.push(at(
                pattern.offset,
                format!("unknown variable ${var}; scenario texts take no variables"),
            ));
        }
    }
}
