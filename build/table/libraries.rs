//! The `[[library]]` rows: which codes each WebSocket library accepts on receipt, written as
//! codes or spans such as `1007-1014`, and the check that library ids are unique.
//!
//! Owns: what a library row must say. May not touch: codes, ranges or the catalogs.

use toml::de::DeTable;

use super::super::problem::{Problem, SourceFile};
use super::row::Row;
use super::{LibraryRow, rows};

/// Reads and checks every `[[library]]` row, in table order.
pub(super) fn parse(
    file: &SourceFile,
    doc: &DeTable<'_>,
    problems: &mut Vec<Problem>,
) -> Vec<LibraryRow> {
    let mut libraries: Vec<LibraryRow> = Vec::new();
    for (row, offset) in rows(file, doc, "library", problems) {
        let (mut r, id) = Row::named(file, row, offset, "library", problems);
        let name = r.string("name", true).unwrap_or_default();
        let mut accepts = Vec::new();
        for (spec, at) in r.spans("accepts") {
            match parse_span(&spec) {
                Some(span) => accepts.push(span),
                None => r.problem(
                    at,
                    format!("`{spec}` is not a code or a range such as 1007-1014"),
                ),
            }
        }
        let sources = r.strings("sources");
        r.finish();
        if libraries.iter().any(|l| l.id == id) {
            problems.push(file.problem(
                offset,
                &format!("library-{id}"),
                "library id appears twice; keep one row".to_owned(),
            ));
        }
        libraries.push(LibraryRow {
            id,
            name,
            accepts,
            sources,
        });
    }
    libraries
}

/// `"1007-1014"` -> (1007, 1014), `"1014"` -> (1014, 1014).
fn parse_span(spec: &str) -> Option<(u16, u16)> {
    let (first, last) = spec.split_once('-').unwrap_or((spec, spec));
    let (first, last) = (first.trim().parse().ok()?, last.trim().parse().ok()?);
    (first <= last).then_some((first, last))
}
