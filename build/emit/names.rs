//! Emits the name lookups: `spelling_code`, a `match` on a name as typed among the spellings the
//! library writes, and `name_code`, the forgiving lookup by the name's key. Both `match` on a
//! signature of the bytes (see `src/name_key.rs`) and then compare.
//!
//! Owns: the generated text of the name maps. May not touch: anything else; the map and its
//! collisions are built and checked in `table/names.rs`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::super::table::Table;
use super::super::table::names::name_key::name_signature;
use super::super::table::names::spellings;

pub(super) fn emit(out: &mut String, table: &Table) {
    // A `match` on the signature (length, first, middle and last byte), then one comparison,
    // or a few where names share a signature. Measured faster than a `match` on the text
    // itself (which compares the arms one by one), a `phf::Map<&str, _>` (SipHash) and
    // strum's `EnumString` (see the README's Performance section).
    let mut typed = BTreeMap::new();
    for row in &table.codes {
        for spelling in spellings(row) {
            typed.insert(spelling, row.code);
        }
    }
    emit_match(
        out,
        "spelling_code",
        "The code of a name exactly as the library spells it: the constant (`GOING_AWAY`), in\n/// lowercase with `_` or `-` (`going-away`), without separators (`goingaway`), the variant\n/// (`GoingAway`), the IANA or common name, other libraries' names. `None` for any other\n/// spelling, which `name_code` folds.",
        &typed,
    );
    emit_match(
        out,
        "name_code",
        "The code of a name key (see `name_key`): constants, IANA names, variant names and\n/// other libraries' names, in any case and with any separators.",
        &table.names,
    );
}

/// `fn <name>(bytes: &[u8]) -> Option<u16>`: the code of `bytes` among `names`.
fn emit_match(out: &mut String, name: &str, doc: &str, names: &BTreeMap<String, u16>) {
    let mut arms: BTreeMap<u32, Vec<(&str, u16)>> = BTreeMap::new();
    for (spelling, code) in names {
        arms.entry(name_signature(spelling.as_bytes()))
            .or_default()
            .push((spelling, *code));
    }
    let _ = writeln!(out, "/// {doc}");
    let _ = writeln!(
        out,
        "#[inline]\npub(crate) fn {name}(bytes: &[u8]) -> Option<u16> {{"
    );
    out.push_str("    if bytes.is_empty() {\n        return None;\n    }\n");
    out.push_str(
        "    let names: &[(&[u8], u16)] = match crate::name_key::name_signature(bytes) {\n",
    );
    for (signature, names) in &arms {
        let names: Vec<String> = names
            .iter()
            .map(|(spelling, code)| format!("(b{spelling:?}, {code})"))
            .collect();
        let _ = writeln!(out, "        {signature:#010x} => &[{}],", names.join(", "));
    }
    out.push_str("        _ => return None,\n    };\n");
    out.push_str("    names\n        .iter()\n        .find(|(name, _)| crate::name_key::same_bytes(name, bytes))\n        .map(|&(_, code)| code)\n}\n\n");
}
