//! Each locale but English is behind a Cargo feature of its tag (`ko`, `ja`; both on by
//! default), and a build without the feature carries none of that locale's texts. This binary
//! reads its own executable, which links the library, and looks for every text of every
//! catalog: each shipped locale's texts are there, no other locale's are. It is a binary of its
//! own because the `it` binary embeds the catalogs' sources for the fuzz replay.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::Path;

use closecode::{CloseCode, Locale};

/// The plain texts of a catalog (values and attributes without variables or selects), as they
/// are stored in the library.
fn texts(tag: &str) -> Vec<String> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(tag);
    let mut texts = Vec::new();
    for entry in fs::read_dir(folder).unwrap() {
        let source = fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in source.lines().filter(|l| !l.starts_with('#')) {
            let Some((_, text)) = line.split_once(" = ") else {
                continue;
            };
            // Long enough to be unmistakable, and stored in one piece.
            if text.len() >= 24 && !text.contains('{') {
                texts.push(text.to_owned());
            }
        }
    }
    assert!(texts.len() > 100, "{tag}: only {} texts", texts.len());
    texts
}

/// Which of `texts` occur in `haystack`, in one pass: each text is looked up by its first
/// bytes at every position, then compared whole.
fn present_in<'a>(haystack: &[u8], texts: impl Iterator<Item = &'a String>) -> HashSet<&'a String> {
    const PREFIX: usize = 16;
    let mut by_prefix: HashMap<&[u8], Vec<&String>> = HashMap::new();
    let mut first = [false; 256];
    for text in texts {
        first[usize::from(text.as_bytes()[0])] = true;
        by_prefix
            .entry(&text.as_bytes()[..PREFIX])
            .or_default()
            .push(text);
    }
    let mut found = HashSet::new();
    for (at, window) in haystack.windows(PREFIX).enumerate() {
        if !first[usize::from(window[0])] {
            continue;
        }
        if let Some(candidates) = by_prefix.get(window) {
            for text in candidates {
                if haystack[at..].starts_with(text.as_bytes()) {
                    found.insert(*text);
                }
            }
        }
    }
    found
}

fn feature_on(tag: &str) -> bool {
    match tag {
        "en" => true,
        "ja" => cfg!(feature = "ja"),
        "ko" => cfg!(feature = "ko"),
        other => panic!("locales/{other} has no feature here; add it to Cargo.toml and this test"),
    }
}

#[test]
fn the_binary_carries_the_texts_of_the_shipped_locales_only() {
    let binary = fs::read(std::env::current_exe().unwrap()).unwrap();
    // Use every locale and every table of texts, so that nothing shipped is left out by the
    // linker: the codes' catalogs, the profiles, the failures and the scenarios.
    // The texts are split by use (one table per field of the codes' texts, one per group of
    // labels), so each field and every label is read.
    for locale in Locale::all() {
        let text = CloseCode::ABNORMAL_CLOSURE.describe(locale);
        let fields = [
            text.name(),
            text.description(),
            text.symptom(),
            text.remedy(),
            text.cause(),
            text.sending(),
            text.receiving(),
            text.user(),
        ];
        assert!(fields.iter().all(|field| !field.to_string().is_empty()));
        for label in closecode::Label::all() {
            assert!(!locale.format(label, &[]).is_empty(), "{}", label.id());
        }
        let profiles = closecode::Profile::all();
        assert!(profiles.iter().all(|p| !p.about(locale).is_empty()));
        let failures = closecode::Failure::all();
        assert!(failures.iter().all(|f| !f.texts(locale).user().is_empty()));
        let scenarios = closecode::Scenario::all();
        assert!(
            scenarios
                .iter()
                .all(|s| !s.texts(locale).title().is_empty())
        );
    }
    let mut tags: Vec<String> = fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    tags.sort();
    let all: Vec<(String, Vec<String>)> = tags.iter().map(|t| (t.clone(), texts(t))).collect();
    let present = present_in(&binary, all.iter().flat_map(|(_, texts)| texts));
    for (tag, texts) in &all {
        let shipped = feature_on(tag);
        let (found, missing): (Vec<&String>, Vec<&String>) =
            texts.iter().partition(|t| present.contains(t));
        if shipped {
            assert!(missing.is_empty(), "{tag} ships but lacks: {missing:?}");
        } else {
            assert!(
                found.is_empty(),
                "{tag} is off but the binary has: {found:?}"
            );
        }
    }
    let shipped: Vec<&str> = Locale::all().map(Locale::tag).collect();
    let expected: Vec<&str> = tags
        .iter()
        .map(String::as_str)
        .filter(|t| feature_on(t))
        .collect();
    assert_eq!(shipped, expected);
}

/// A tag whose locale is not compiled in is an unsupported language, and negotiation falls
/// back to English as it does for any other language closecode does not ship.
#[test]
fn a_locale_left_out_is_negotiated_like_any_unknown_language() {
    for (tag, on) in [
        ("ja-JP", cfg!(feature = "ja")),
        ("ko_KR.UTF-8", cfg!(feature = "ko")),
    ] {
        assert_eq!(Locale::from_tag(tag).is_ok(), on, "{tag}");
        if !on {
            assert!(Locale::from_tag(tag).unwrap_err().is_unsupported());
            assert_eq!(
                Locale::from_accept_language(&format!("{tag}, en;q=0.5")),
                Some(Locale::EN)
            );
        }
    }
}

/// Every locale folder but English has a feature of its tag, on by default: a new language
/// ships unless a user turns it off.
#[test]
fn every_locale_has_a_default_feature() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    use toml::de::{DeTable, DeValue};
    let source = fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let manifest = DeTable::parse(&source).unwrap();
    let Some(DeValue::Table(features)) = manifest.get_ref().get("features").map(|v| v.get_ref())
    else {
        panic!("Cargo.toml has no [features]");
    };
    let Some(DeValue::Array(default)) = features.get("default").map(|v| v.get_ref()) else {
        panic!("Cargo.toml has no default features");
    };
    let default: Vec<&str> = default
        .iter()
        .filter_map(|f| match f.get_ref() {
            DeValue::String(s) => Some(s.as_ref()),
            _ => None,
        })
        .collect();
    for entry in fs::read_dir(root.join("locales")).unwrap() {
        let tag = entry.unwrap().file_name().to_string_lossy().into_owned();
        if tag == "en" {
            assert!(!features.contains_key("en"), "English is always there");
            continue;
        }
        assert!(
            features.contains_key(tag.as_str()),
            "no feature `{tag}` in Cargo.toml"
        );
        assert!(
            default.contains(&tag.as_str()),
            "`{tag}` is not a default feature"
        );
    }
}
