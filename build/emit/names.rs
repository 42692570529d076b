//! Emits `name_code`: the forgiving name lookup, a `match` on the name key's signature.
//!
//! Owns: the generated text of the name map. May not touch: anything else; the map and its
//! collisions are built and checked in `table/names.rs`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::super::table::Table;
use super::super::table::names::name_key::name_signature;

pub(super) fn emit(out: &mut String, table: &Table) {
    // A `match` on the key's signature (length, first, middle and last byte: see
    // `src/name_key.rs`), then one comparison with the name, or a few where names share a
    // signature. Measured faster than a `match` on the key itself (which compares the arms one
    // by one), a `phf::Map<&str, _>` (SipHash) and strum's `EnumString` (see the README's
    // Performance section).
    let mut arms: BTreeMap<u32, Vec<(&str, u16)>> = BTreeMap::new();
    for (key, code) in &table.names {
        arms.entry(name_signature(key.as_bytes()))
            .or_default()
            .push((key, *code));
    }
    out.push_str("/// The code of a name key (see `name_key`): constants, IANA names, variant names and\n/// other libraries' names.\n");
    out.push_str("#[inline]\npub(crate) fn name_code(key: &[u8]) -> Option<u16> {\n");
    out.push_str("    if key.is_empty() {\n        return None;\n    }\n");
    out.push_str("    let names: &[(&[u8], u16)] = match crate::name_key::name_signature(key) {\n");
    for (signature, names) in &arms {
        let names: Vec<String> = names
            .iter()
            .map(|(key, code)| format!("(b{key:?}, {code})"))
            .collect();
        let _ = writeln!(out, "        {signature:#010x} => &[{}],", names.join(", "));
    }
    out.push_str("        _ => return None,\n    };\n");
    out.push_str("    names.iter().find(|(name, _)| *name == key).map(|&(_, code)| code)\n}\n\n");
}
