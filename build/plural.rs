//! The plural rules of a locale at build time, from `intl_pluralrules` (the crate fluent-bundle
//! uses): which tag its rules are filed under, and which CLDR categories (`zero`, `one`, `two`,
//! `few`, `many`, `other`) they can select, so that a catalog's `[one]` key can be checked
//! against its locale.
//!
//! Where the rules run: in the build. A rule is a function of any number's operands (integer
//! digits, visible fraction digits, ...); re-writing CLDR's rules into generated code by hand
//! would be a second copy of the data. Instead the build asks the rule and finds its [`Shape`]:
//! the categories of the first whole numbers, the period they repeat with, and the category
//! of numbers with fraction digits, checked far past the table. The library runs that table
//! (`src/text.rs`), so programs do not compile intl_pluralrules; a shipped locale whose rule
//! has no shape is a build problem. The build also decides everything that depends on the
//! catalogs: the variants, their keys, and, by asking these rules, the variant of each count
//! from 0 to 255 (`Select::counts` in `catalog.rs`), the numbers user messages show, so that
//! those cost one lookup at run time.
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

/// The tag intl_pluralrules files `rules` under (`pt` for `pt-BR`).
#[cfg_attr(not(test), allow(dead_code))] // the tests check which rules a tag finds
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
pub(crate) fn index(category: &PluralCategory) -> usize {
    match category {
        PluralCategory::ZERO => 0,
        PluralCategory::ONE => 1,
        PluralCategory::TWO => 2,
        PluralCategory::FEW => 3,
        PluralCategory::MANY => 4,
        PluralCategory::OTHER => 5,
    }
}

/// A locale's cardinal rule as the library runs it for a shipped locale, without
/// intl_pluralrules at run time (`PluralRules` in `src/text.rs`): the category of each whole
/// number below `start + period`; from `start` on, whole numbers repeat with `period`
/// (English: `start` 2, `period` 1, so every number from 2 is `other`); and one category for
/// every number written with fraction digits (English `1.0` and `1.5` are both `other`).
///
/// Worked out by asking the rule, as [`categories`] does, so it is the rule itself, not a
/// second copy of CLDR's data; [`shape`] verifies it on numbers far past the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Shape {
    pub(crate) start: u64,
    pub(crate) period: u64,
    /// The category of 0, 1, ..., `start + period - 1`, as names in [`CATEGORIES`].
    pub(crate) integers: Vec<&'static str>,
    pub(crate) fractions: &'static str,
}

/// The periods a [`Shape`] may have: each divides 10,000, so the library finds a long number's
/// place in the period from its last four digits. CLDR's integer rules test `i` modulo 10, 100
/// and 1,000 (one locale, modulo 1,000,000, which no shape holds).
const PERIODS: [u64; 4] = [1, 10, 100, 1000];

/// The whole numbers a shape must hold up to: every one below this is asked.
const DENSE: u64 = 20_000;

/// `rules` as a [`Shape`], or `None` when they are not one: a category of whole numbers that
/// does not repeat with a period of [`PERIODS`] from some number below 1,000, or numbers with
/// fraction digits in more than one category.
pub(crate) fn shape(rules: &PluralRules) -> Option<Shape> {
    let category = |number: u64| rules.select(number).ok().map(|c| name(&c));
    let dense: Vec<&str> = (0..DENSE).map(category).collect::<Option<_>>()?;
    // Far past the dense numbers: multiples of powers of ten, and a few ends of numbers that
    // CLDR's rules tell apart (1, 2, 11, 21, 100, 101, ...).
    let far = (4..=15).flat_map(|e| {
        (1..=9).flat_map(move |m| {
            [0, 1, 2, 5, 11, 12, 21, 100, 101, 111].map(move |r| m * 10u64.pow(e) + r)
        })
    });
    let far: Vec<(u64, &str)> = far
        .map(|n| category(n).map(|c| (n, c)))
        .collect::<Option<_>>()?;
    let (start, period) = PERIODS
        .iter()
        .filter_map(|&period| {
            let last_break = (0..DENSE - period)
                .rev()
                .find(|&n| dense[n as usize] != dense[(n + period) as usize]);
            let start = last_break.map_or(0, |n| n + 1);
            // Far numbers are all past a start below 1,000.
            let repeats =
                |&(n, c): &(u64, &str)| dense[(start + (n - start) % period) as usize] == c;
            (start < 1000 && far.iter().all(repeats)).then_some((start, period))
        })
        .min_by_key(|&(start, period)| start + period)?;
    let mut fractions = None;
    for whole in 0..=20 {
        for (digits, count) in [(1, 10), (2, 100)] {
            for fraction in 0..count {
                let text = format!("{whole}.{fraction:0digits$}");
                let category = name(&rules.select(text.as_str()).ok()?);
                if *fractions.get_or_insert(category) != category {
                    return None;
                }
            }
        }
    }
    Some(Shape {
        start,
        period,
        integers: dense[..(start + period) as usize].to_vec(),
        fractions: fractions?,
    })
}
