//! Emits the ranges (the `CodeRange` enum, `CodeRange::of`, the `RANGES` rows) and the
//! `SCHEDULES` of the retry classes that reconnect, which the ranges' and codes' classes use.
//!
//! Owns: the generated text for `[[range]]` and `[[schedule]]` rows. May not touch: codes,
//! peers, names or catalogs.

use std::fmt::Write as _;

use super::super::contract::{RETRY_CLASSES, SENDERS, WIRE_RULES};
use super::super::table::Table;
use super::{all_variants, lit, lits, variant_of};

pub(super) fn emit(out: &mut String, table: &Table) {
    out.push_str("/// The range a close code falls in (RFC 6455 §7.4.2), which decides the facts and text of\n");
    out.push_str("/// every code that is not registered.\n///\n/// # Examples\n///\n/// ```\n/// use closecode::{CloseCode, CodeRange};\n///\n");
    out.push_str("/// assert_eq!(CloseCode::new(4001).range(), CodeRange::Private);\n/// assert_eq!(CodeRange::Private.id(), \"private\");\n/// ```\n");
    out.push_str(
        "#[non_exhaustive]\n#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]\n",
    );
    out.push_str("pub enum CodeRange {\n");
    for range in &table.ranges {
        let _ = writeln!(
            out,
            "    /// Codes {} to {} (`{}`, {}).",
            range.first, range.last, range.id, range.reference
        );
        let _ = writeln!(out, "    {},", range.variant());
    }
    out.push_str("}\n\n");
    let variants = table.ranges.iter().map(|range| range.variant());
    all_variants(out, "CodeRange", "Every range, in order.", variants);
    out.push_str("impl CodeRange {\n    /// The range that contains `code`.\n    #[inline]\n    pub(crate) const fn of(code: u16) -> CodeRange {\n        match code {\n");
    for range in &table.ranges {
        let _ = writeln!(
            out,
            "            {}..={} => CodeRange::{},",
            range.first,
            range.last,
            range.variant()
        );
    }
    out.push_str("        }\n    }\n}\n\n");
    let _ = writeln!(
        out,
        "pub(crate) static RANGES: [RangeRow; {}] = [",
        table.ranges.len()
    );
    for range in &table.ranges {
        let _ = writeln!(
            out,
            "    RangeRow {{ id: {}, first: {}, last: {}, reference: {}, wire: Wire::{}, browser_sendable: {}, sent_by: Sender::{}, retry: RetryClass::{}, sources: &[{}] }},",
            lit(&range.id),
            range.first,
            range.last,
            lit(&range.reference),
            variant_of(&WIRE_RULES, range.wire),
            range.browser_sendable,
            variant_of(&SENDERS, range.sent_by),
            variant_of(&RETRY_CLASSES, range.retry),
            lits(&range.sources),
        );
    }
    out.push_str("];\n\n");
    let _ = writeln!(
        out,
        "pub(crate) static SCHEDULES: [(RetryClass, BackoffConfig); {}] = [",
        table.schedules.len()
    );
    for schedule in &table.schedules {
        let _ = writeln!(
            out,
            "    (RetryClass::{}, BackoffConfig::from_table({}, {}, {}, {}, {})),",
            variant_of(&RETRY_CLASSES, schedule.retry),
            schedule.first_min,
            schedule.first_max,
            schedule.growth,
            schedule.cap,
            schedule.attempts,
        );
    }
    out.push_str("];\n\n");
}
