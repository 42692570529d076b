//! Emits the `LIBRARIES` rows: which codes each WebSocket library accepts on receipt.
//!
//! Owns: the generated text for `[[library]]` rows. May not touch: anything else.

use std::fmt::Write as _;

use super::super::table::Table;
use super::{lit, lits};

pub(super) fn emit(out: &mut String, table: &Table) {
    let _ = writeln!(
        out,
        "pub(crate) static LIBRARIES: [Library; {}] = [",
        table.libraries.len()
    );
    for library in &table.libraries {
        let accepts: Vec<String> = library
            .accepts
            .iter()
            .map(|(a, b)| format!("({a}, {b})"))
            .collect();
        let _ = writeln!(
            out,
            "    Library {{ id: {}, name: {}, accepts: &[{}], sources: &[{}] }},",
            lit(&library.id),
            lit(&library.name),
            accepts.join(", "),
            lits(&library.sources),
        );
    }
    out.push_str("];\n\n");
}
