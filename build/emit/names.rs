//! Emits `name_code`: the forgiving name lookup, a `match` on the name key.
//!
//! Owns: the generated text of the name map. May not touch: anything else; the map and its
//! collisions are built and checked in `table/names.rs`.

use std::fmt::Write as _;

use super::super::table::Table;
use super::lit;

pub(super) fn emit(out: &mut String, table: &Table) {
    // A `match` on the normalized key: measured about twice as fast as a `phf::Map<&str, _>`,
    // whose SipHash costs more than the comparisons (see the README's Performance section).
    out.push_str("/// The code of a name key (see `name_key`): constants, IANA names, variant names and\n/// other libraries' names.\n");
    out.push_str(
        "#[inline]\npub(crate) fn name_code(key: &str) -> Option<u16> {\n    match key {\n",
    );
    for (key, code) in &table.names {
        let _ = writeln!(out, "        {} => Some({code}),", lit(key));
    }
    out.push_str("        _ => None,\n    }\n}\n\n");
}
