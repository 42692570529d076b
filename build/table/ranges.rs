//! The `[[range]]` rows: their keys, and the checks that the ranges have unique ids and cover
//! 0 to 65535 in order, without gaps or overlaps.
//!
//! Owns: what a range row must say. May not touch: codes, peers or the catalogs.

use std::collections::BTreeSet;

use toml::de::DeTable;

use super::super::contract::{RETRY_CLASSES, SENDERS, WIRE_RULES};
use super::super::problem::{Problem, SourceFile};
use super::row::Row;
use super::{RangeRow, rows};

/// Reads and checks every `[[range]]` row; returns the readable ones, sorted by first code.
pub(super) fn parse(
    file: &SourceFile,
    doc: &DeTable<'_>,
    problems: &mut Vec<Problem>,
) -> Vec<RangeRow> {
    let mut ranges = Vec::new();
    for (row, offset) in rows(file, doc, "range", problems) {
        let (mut r, id) = Row::named(file, row, offset, "range", problems);
        let first = r.code("first");
        let last = r.code("last");
        let reference = r.string("reference", true).unwrap_or_default();
        let wire = r.choice("wire", &WIRE_RULES);
        let browser_sendable = r.boolean("browser_sendable");
        let sent_by = r.choice("sent_by", &SENDERS);
        let retry = r.choice("retry", &RETRY_CLASSES);
        let sources = r.strings("sources");
        r.finish();
        let (Some(first), Some(last)) = (first, last) else {
            continue;
        };
        ranges.push(RangeRow {
            id,
            offset,
            first,
            last,
            reference,
            wire,
            browser_sendable,
            sent_by,
            retry,
            sources,
        });
    }
    ranges.sort_by_key(|r| r.first);
    check_coverage(file, &ranges, problems);
    ranges
}

/// Unique ids, and ranges (sorted by first code) that tile 0 to 65535.
fn check_coverage(file: &SourceFile, ranges: &[RangeRow], problems: &mut Vec<Problem>) {
    let mut next: u32 = 0;
    let mut seen = BTreeSet::new();
    for range in ranges {
        let id = format!("range-{}", range.id);
        let mut problem = |message: String| problems.push(file.problem(range.offset, &id, message));
        if !seen.insert(&range.id) {
            problem(format!(
                "range id `{}` appears twice; keep one row",
                range.id
            ));
        }
        if range.first > range.last {
            problem(format!(
                "first ({}) is after last ({})",
                range.first, range.last
            ));
        }
        if u32::from(range.first) != next {
            problem(format!(
                "ranges must cover 0 to 65535 without gaps or overlaps; this one should start at {next}"
            ));
        }
        next = u32::from(range.last) + 1;
    }
    if let Some(last) = ranges.last().filter(|_| next != 65536) {
        problems.push(file.problem(
            last.offset,
            &format!("range-{}", last.id),
            "the last range must end at 65535".to_owned(),
        ));
    }
}
