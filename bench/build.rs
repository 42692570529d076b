//! Writes the peers the benchmarks compare closecode with, from closecode's own data, so every
//! contender serves exactly the same texts: a hand-written-style `match`, a `phf::Map<u16, _>`,
//! a linear list of name keys and a strum `EnumString` enum with every name.

use std::fmt::Write as _;
use std::path::PathBuf;

use closecode::{CloseCode, KnownCode, Locale};

fn texts(code: CloseCode, locale: Locale) -> String {
    let d = code.describe(locale);
    format!(
        "Texts {{ name: {:?}, description: {:?}, symptom: {:?}, remedy: {:?} }}",
        d.name().to_string(),
        d.description().to_string(),
        d.symptom().to_string(),
        d.remedy().to_string()
    )
}

/// Lowercase letters and digits only, as closecode's own name lookup compares names.
fn key(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn names(known: KnownCode) -> Vec<String> {
    let facts = CloseCode::from(known).facts();
    let variant = format!("{known:?}");
    let constant = facts.constant.unwrap_or_default();
    let mut names = vec![
        constant.to_owned(),
        constant.to_lowercase().replace('_', "-"),
        variant,
    ];
    names.extend(facts.iana_name.map(str::to_owned));
    let n = facts.names;
    names.extend(
        [n.tungstenite, n.python, n.gorilla, n.dotnet, n.jakarta]
            .into_iter()
            .flatten()
            .map(str::to_owned),
    );
    names.sort();
    names.dedup();
    names
}

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("peers.rs");
    let mut src = String::new();
    let codes: Vec<CloseCode> = KnownCode::all().map(CloseCode::from).collect();

    src.push_str("/// A `match` returning the four texts, as one would write it by hand.\n#[inline(never)]\npub fn matched(code: u16, ko: bool) -> Option<Texts> {\n    match (code, ko) {\n");
    for &code in &codes {
        for (locale, ko) in [(Locale::EN, false), (Locale::KO, true)] {
            let _ = writeln!(
                src,
                "        ({}, {ko}) => Some({}),",
                code.get(),
                texts(code, locale)
            );
        }
    }
    src.push_str("        _ => None,\n    }\n}\n\n");

    for (locale, name) in [(Locale::EN, "PHF_EN"), (Locale::KO, "PHF_KO")] {
        let mut map = phf_codegen::Map::new();
        for &code in &codes {
            map.entry(code.get(), texts(code, locale));
        }
        let _ = writeln!(
            src,
            "pub static {name}: phf::Map<u16, Texts> = {};\n",
            map.build()
        );
    }

    src.push_str("/// Every name key with its code, for a linear scan.\npub static NAME_KEYS: &[(&str, u16)] = &[\n");
    for known in KnownCode::all() {
        for name in names(known) {
            let _ = writeln!(
                src,
                "    ({:?}, {}),",
                key(&name),
                CloseCode::from(known).get()
            );
        }
    }
    src.push_str("];\n\n");

    src.push_str("/// The name keys in a generated `match`, the alternative to closecode's phf map.\n#[inline(never)]\npub fn key_match(key: &str) -> Option<u16> {\n    match key {\n");
    let mut seen = std::collections::BTreeSet::new();
    for known in KnownCode::all() {
        for name in names(known) {
            if seen.insert(key(&name)) {
                let _ = writeln!(
                    src,
                    "        {:?} => Some({}),",
                    key(&name),
                    CloseCode::from(known).get()
                );
            }
        }
    }
    src.push_str("        _ => None,\n    }\n}\n\n");

    let mut map = phf_codegen::Map::new();
    for key in &seen {
        let code = KnownCode::all()
            .find(|&k| names(k).iter().any(|n| self::key(n) == *key))
            .unwrap();
        map.entry(key.as_str(), CloseCode::from(code).get().to_string());
    }
    let _ = writeln!(
        src,
        "/// The name keys in a phf map.\npub static PHF_NAMES: phf::Map<&'static str, u16> = {};\n",
        map.build()
    );

    src.push_str("/// The registered codes with every name as a strum `EnumString` serialization.\n#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumString)]\n#[strum(ascii_case_insensitive)]\npub enum StrumCode {\n");
    for known in KnownCode::all() {
        let variant = format!("{known:?}");
        let serializations: Vec<String> = names(known)
            .iter()
            .map(|n| format!("serialize = {n:?}"))
            .collect();
        let _ = writeln!(
            src,
            "    #[strum({})]\n    {variant},",
            serializations.join(", ")
        );
    }
    src.push_str("}\n");

    std::fs::write(out, src).unwrap();
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=../locales");
    println!("cargo::rerun-if-changed=../data");
}
