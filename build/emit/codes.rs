//! Emits the registered codes: `REGISTRY_SNAPSHOT`, the `CloseCode` constants, `KnownCode`,
//! the `CODES` rows and `code_index`.
//!
//! Owns: the generated text for `[[code]]` rows. May not touch: ranges, peers, names or
//! catalogs.

use std::fmt::Write as _;

use super::super::contract::{NAMED_BY, RETRY_CLASSES, SENDERS, WIRE_RULES};
use super::super::table::Table;
use super::{all_variants, lit, lits, opt_lit, variant_of};

pub(super) fn emit(out: &mut String, table: &Table) {
    let _ = writeln!(
        out,
        "/// The date of the IANA registry snapshot the code table follows."
    );
    let _ = writeln!(
        out,
        "pub const REGISTRY_SNAPSHOT: &str = {};\n",
        lit(&table.snapshot)
    );
    out.push_str("impl CloseCode {\n");
    for row in &table.codes {
        let _ = writeln!(
            out,
            "    /// `{}` {} ({}).",
            row.code,
            row.display_name(),
            row.reference
        );
        let _ = writeln!(
            out,
            "    pub const {}: CloseCode = CloseCode({});",
            row.constant, row.code
        );
    }
    out.push_str("}\n\n");

    out.push_str("/// Every registered close code, by name.\n///\n");
    out.push_str("/// The enum is `#[non_exhaustive]`: when IANA registers a code, a minor release adds a variant.\n");
    out.push_str(
        "/// Convert with [`CloseCode::known`] and `CloseCode::from`; iterate with [`KnownCode::all`].\n",
    );
    out.push_str("/// Its `Display` is the number.\n");
    out.push_str(
        "///\n/// # Examples\n///\n/// ```\n/// use closecode::{CloseCode, KnownCode};\n///\n",
    );
    out.push_str("/// assert_eq!(CloseCode::new(1014).known(), Some(KnownCode::BadGateway));\n");
    out.push_str("/// assert_eq!(CloseCode::from(KnownCode::GoingAway), CloseCode::GOING_AWAY);\n");
    out.push_str("/// assert_eq!(KnownCode::GoingAway.to_string(), \"1001\");\n");
    out.push_str(
        "/// assert!(KnownCode::all().all(|k| CloseCode::from(k).is_registered()));\n/// ```\n",
    );
    out.push_str(
        "#[non_exhaustive]\n#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]\n",
    );
    out.push_str("#[repr(u16)]\npub enum KnownCode {\n");
    for row in &table.codes {
        let _ = writeln!(out, "    /// `{}` {}.", row.code, row.display_name());
        let _ = writeln!(out, "    {} = {},", row.variant(), row.code);
    }
    out.push_str("}\n\n");
    let variants = table.codes.iter().map(|row| row.variant());
    all_variants(
        out,
        "KnownCode",
        "Every registered code, in order.",
        variants,
    );

    let _ = writeln!(
        out,
        "pub(crate) static CODES: [CodeRow; {}] = [",
        table.codes.len()
    );
    for row in &table.codes {
        let names: Vec<String> = NAMED_BY
            .iter()
            .zip(&row.names)
            .map(|(peer, name)| format!("{peer}: {}", opt_lit(name.as_ref())))
            .collect();
        let related: Vec<String> = row
            .related
            .iter()
            .map(|(c, _)| format!("CloseCode({c})"))
            .collect();
        let _ = writeln!(
            out,
            "    CodeRow {{ known: KnownCode::{}, constant: {}, iana_name: {}, iana_description: {}, common_name: {}, reference: {}, registered_on: {}, wire: Wire::{}, browser_sendable: {}, sent_by: Sender::{}, retry: RetryClass::{}, http_status: {}, names: PeerNames {{ {} }}, related: &[{}], sources: &[{}] }},",
            row.variant(),
            lit(&row.constant),
            opt_lit(row.iana_name.as_ref()),
            opt_lit(row.iana_description.as_ref()),
            opt_lit(row.common_name.as_ref()),
            lit(&row.reference),
            opt_lit(row.registered_on.as_ref()),
            variant_of(&WIRE_RULES, row.wire),
            row.browser_sendable,
            variant_of(&SENDERS, row.sent_by),
            variant_of(&RETRY_CLASSES, row.retry),
            row.http_status
                .map_or("None".to_owned(), |s| format!("Some({s})")),
            names.join(", "),
            related.join(", "),
            lits(&row.sources),
        );
    }
    out.push_str("];\n\n");

    out.push_str("/// The position of `code` in [`CODES`]: a `match`, which the compiler turns into a jump table.\n");
    out.push_str(
        "pub(crate) const fn code_index(code: u16) -> Option<usize> {\n    match code {\n",
    );
    for (index, row) in table.codes.iter().enumerate() {
        let _ = writeln!(out, "        {} => Some({index}),", row.code);
    }
    out.push_str("        _ => None,\n    }\n}\n\n");
}
