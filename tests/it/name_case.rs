//! Names typed in any case: without added locales (feature `locale-files` off) the name parser
//! lowercases ASCII only, which is right only while no shipped name has a letter with a case
//! outside ASCII (src/parse.rs, `lowercase`: Unicode's case tables are 11 KB of the npm
//! package's wasm). This checks that assumption, and that the names still parse in any case.

use closecode::{CloseCode, KnownCode, Locale};

/// The locales built into the library, not the ones other tests add at run time.
fn shipped() -> Vec<Locale> {
    let mut all = vec![Locale::EN];
    #[cfg(feature = "ko")]
    all.push(Locale::KO);
    #[cfg(feature = "ja")]
    all.push(Locale::JA);
    all
}

#[test]
fn shipped_names_have_no_cased_letters_outside_ascii() {
    for locale in shipped() {
        for known in KnownCode::all() {
            let name = CloseCode::from(known).describe(locale).name().to_string();
            for c in name.chars().filter(|c| !c.is_ascii()) {
                assert!(
                    !c.is_uppercase() && !c.is_lowercase() && c.to_lowercase().eq([c]),
                    "{locale:?} {known:?}: {name:?} has {c:?}, a letter with a case outside ASCII: \
                     the name parser needs Unicode's lowercase for it (src/parse.rs, lowercase)"
                );
            }
        }
    }
}

#[test]
fn shipped_names_parse_in_upper_and_lower_case() {
    for locale in shipped() {
        for known in KnownCode::all() {
            // The parser reads plain names only (a name with a placeable is no lookup key).
            let Some(name) = CloseCode::from(known).describe(locale).name().plain() else {
                continue;
            };
            for typed in [name.to_ascii_uppercase(), name.to_ascii_lowercase()] {
                assert_eq!(
                    typed.parse::<CloseCode>().ok(),
                    Some(CloseCode::from(known)),
                    "{locale:?}: {typed:?}"
                );
            }
        }
    }
}
