//! Emits `FAILURES`: each row of `data/failures.toml` with its texts in every locale (in
//! `CATALOGS` order), as the `Failure` values of `src/failure.rs`.
//!
//! Owns: the generated text for `[[failure]]` rows. May not touch: anything else.

use std::fmt::Write as _;

use super::super::catalog::Catalog;
use super::super::contract::{ENTRY_ATTRIBUTES, FAILURE_KINDS, RETRY_CLASSES};
use super::super::table::Table;
use super::{lit, lits, variant_of};

pub(super) fn emit(out: &mut String, table: &Table, catalogs: &[Catalog]) {
    let _ = writeln!(
        out,
        "pub(crate) static FAILURES: [Failure; {}] = [",
        table.failures.len()
    );
    for failure in &table.failures {
        let id = format!("failure-{}", failure.id);
        let texts: Vec<String> = catalogs.iter().map(|c| text_set(c, &id)).collect();
        let raises: Vec<String> = failure
            .raises
            .iter()
            .map(|(who, text)| format!("({}, {})", lit(who), lit(text)))
            .collect();
        let _ = writeln!(
            out,
            "    Failure {{ id: {}, kind: FailureKind::{}, http_status: {:?}, retry: RetryClass::{}, retry_after: {}, error_event: {}, raises: &[{}], sources: &[{}], texts: &[{}] }},",
            lit(&failure.id),
            variant_of(&FAILURE_KINDS, failure.kind),
            failure.http_status,
            variant_of(&RETRY_CLASSES, failure.retry),
            failure.retry_after,
            failure.error_event,
            raises.join(", "),
            lits(&failure.sources),
            texts.join(", "),
        );
    }
    out.push_str("];\n\n");
}

/// `TextSet { name: Cow::Borrowed(".."), .. }` for message `id` of `catalog`: its value and the
/// `ENTRY_ATTRIBUTES`, which take no variables (checked).
pub(super) fn text_set(catalog: &Catalog, id: &str) -> String {
    let [description, symptom, remedy, user] =
        ENTRY_ATTRIBUTES.map(|a| cow(&catalog.plain(id, Some(a))));
    format!(
        "TextSet {{ name: {}, description: {description}, symptom: {symptom}, remedy: {remedy}, user: {user} }}",
        cow(&catalog.plain(id, None))
    )
}

/// `Cow::Borrowed("...")`.
pub(super) fn cow(s: &str) -> String {
    format!("Cow::Borrowed({})", lit(s))
}
