//! One locale against the fallback locale: the same messages, the same attributes, and the
//! same variables in each value and attribute.
//!
//! Owns: differences between locales. May not touch: the table, or what a message must hold
//! on its own (`shape.rs`).

use std::collections::BTreeSet;

use super::super::problem::Problem;
use super::{Catalog, Pattern, variable_list};

/// Compares `other` with `reference`, the fallback locale. A message `other` lacks is a
/// problem at the reference's message, or, when `missing` is given (a run-time locale, whose
/// files are all its author has), one pushed there, at the start of `other`'s first file.
pub(super) fn compare(
    reference: &Catalog,
    other: &Catalog,
    problems: &mut Vec<Problem>,
    mut missing: Option<&mut Vec<Problem>>,
) {
    let (en, tag) = (reference.tag, other.tag);
    for (id, message) in &reference.messages {
        let Some(theirs) = other.messages.get(id) else {
            if let Some(missing) = missing.as_deref_mut() {
                missing.push(
                    other.folder_problem(
                        id,
                        format!("the message is in {en} but missing from {tag}"),
                    ),
                );
                continue;
            }
            problems.push(reference.problem(
                message.file,
                message.offset,
                id,
                format!("the message is in {en} but missing from locales/{tag}; add it there"),
            ));
            continue;
        };
        // `what` (the value or an attribute) uses other variables in `other` than in `reference`.
        let variables_differ = |what: &str, ours: &Pattern, their_pattern: &Pattern| {
            let (ours, their_vars) = (ours.variables(), their_pattern.variables());
            (ours != their_vars).then(|| {
                other.problem(theirs.file, their_pattern.offset, id, format!(
                    "{what} uses variables {} in {tag} but {} in {en}; use the same variables in every locale",
                    list(&their_vars), list(&ours),
                ))
            })
        };
        for (name, pattern) in &message.attributes {
            match theirs.attributes.get(name) {
                Some(their_pattern) => {
                    problems.extend(variables_differ(
                        &format!(".{name}"),
                        pattern,
                        their_pattern,
                    ));
                }
                None => problems.push(other.problem(
                    theirs.file,
                    theirs.offset,
                    id,
                    format!("attribute .{name} is in {en} but missing from {tag}; add it"),
                )),
            }
        }
        for (name, pattern) in &theirs.attributes {
            if !message.attributes.contains_key(name) {
                problems.push(other.problem(
                    theirs.file,
                    pattern.offset,
                    id,
                    format!(
                        "attribute .{name} is in {tag} but not in {en}; add it to {en} or remove it"
                    ),
                ));
            }
        }
        if let (Some(ours), Some(their_value)) = (&message.value, &theirs.value) {
            problems.extend(variables_differ("the value", ours, their_value));
        }
    }
    for (id, message) in &other.messages {
        if !reference.messages.contains_key(id) {
            problems.push(other.problem(
                message.file,
                message.offset,
                id,
                format!("the message is in {tag} but not in {en}; add it to {en} or remove it"),
            ));
        }
    }
}

/// `$a, $b`, or `none`.
fn list(vars: &BTreeSet<&str>) -> String {
    if vars.is_empty() {
        "none".to_owned()
    } else {
        variable_list(vars.iter().copied())
    }
}
