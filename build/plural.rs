//! The plural rules of a locale at build time, from `intl_pluralrules` (the crate fluent-bundle
//! uses): which tag its rules are filed under, and which CLDR categories (`zero`, `one`, `two`,
//! `few`, `many`, `other`) they can select, so that a catalog's `[one]` key can be checked
//! against its locale.
//!
//! Where the rules run: at run time, in the library (`src/text.rs`), through the same crate. A
//! rule is a function of any number's operands (integer digits, visible fraction digits, ...),
//! so the build cannot evaluate it ahead for every number a caller may pass; and re-writing
//! CLDR's rules into generated code would be a second, hand-made copy of the data. What the
//! build does decide is everything that depends on the catalogs: the variants, their keys, the
//! tag whose rules apply (so the library never negotiates a locale), and, by asking these rules,
//! the variant of each count from 0 to 255 (`Select::counts` in `catalog.rs`), the numbers
//! user messages show, so that those cost one lookup at run time.
//!
//! `intl_pluralrules` has no list of the categories of a locale, so they are found by asking its
//! rule about a sample of numbers that covers what CLDR 37's rules test (the integer digits `i`
//! modulo 10 to 1,000,000, whether `v` is 0 or 2, the fraction digits `f` and `t` modulo 10
//! and 100): the integers 0 to 1,099, the powers of ten up to 10^9, and every number from 0 to
//! 20.99 with one or two fraction digits. For all 212 locales intl_pluralrules knows, this
//! found the same categories as a sample over 600 times larger (every integer below
//! 2,000,000, the multiples of powers of ten up to 10^18, every fraction of up to three digits
//! below 200), checked once when this was written; `tests/it/generator.rs` pins nine.
//!
//! Owns: asking intl_pluralrules at build time. May not touch: catalogs or problems; the checks
//! in `catalog/` report what these answers mean for a message.

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// CLDR's plural categories, as Fluent writes them in variant keys.
pub(crate) const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The cardinal plural rules for locale `tag`: the tag's own, else its language's (`pt-BR`
/// uses `pt`), as fluent-bundle's lookup finds them. `None` when intl_pluralrules has neither.
pub(crate) fn rules_for(tag: &str) -> Option<PluralRules> {
    let langid: LanguageIdentifier = tag.parse().ok()?;
    let language = LanguageIdentifier::from_parts(langid.language, None, None, &[]);
    PluralRules::create(langid, PluralRuleType::CARDINAL)
        .or_else(|_| PluralRules::create(language, PluralRuleType::CARDINAL))
        .ok()
}

/// The tag intl_pluralrules files `rules` under, for the library to find them again.
pub(crate) fn rules_tag(rules: &PluralRules) -> String {
    rules.get_locale().to_string()
}

/// The categories `rules` selects for some number, in [`CATEGORIES`] order.
pub(crate) fn categories(rules: &PluralRules) -> Vec<&'static str> {
    let mut seen = [false; CATEGORIES.len()];
    let mut mark = |category: Result<PluralCategory, &str>| {
        if let Ok(category) = category {
            seen[index(&category)] = true;
        }
    };
    for number in (0..1100).chain((3..=9).map(|e| 10u64.pow(e))) {
        mark(rules.select(number));
    }
    for whole in 0..=20 {
        for (digits, fractions) in [(1, 10), (2, 100)] {
            for fraction in 0..fractions {
                mark(rules.select(format!("{whole}.{fraction:0digits$}").as_str()));
            }
        }
    }
    CATEGORIES
        .iter()
        .zip(seen)
        .filter_map(|(name, seen)| seen.then_some(*name))
        .collect()
}

/// The name of `category` in Fluent, one of [`CATEGORIES`].
pub(crate) fn name(category: &PluralCategory) -> &'static str {
    CATEGORIES[index(category)]
}

/// The index of `category` in [`CATEGORIES`].
fn index(category: &PluralCategory) -> usize {
    match category {
        PluralCategory::ZERO => 0,
        PluralCategory::ONE => 1,
        PluralCategory::TWO => 2,
        PluralCategory::FEW => 3,
        PluralCategory::MANY => 4,
        PluralCategory::OTHER => 5,
    }
}
