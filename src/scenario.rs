//! Scenarios: symptom-first pages for the situations people search for ("the connection drops
//! after exactly 60 seconds", "1006 before open"): what you see, the likely causes in order, how
//! to tell them apart, and the fix, each linked from the codes and failures it concerns.
//!
//! # Examples
//!
//! ```
//! use closecode::{CloseCode, Locale, Scenario};
//!
//! let idle = Scenario::find("drops-after-idle").expect("shipped");
//! assert!(idle.codes().any(|code| code == CloseCode::ABNORMAL_CLOSURE));
//! let texts = idle.texts(Locale::EN);
//! assert!(!texts.causes().is_empty() && !texts.fixes().is_empty());
//! assert!(Scenario::for_code(CloseCode::ABNORMAL_CLOSURE).count() >= 2);
//! ```

use crate::table::SCENARIOS;
use crate::{CloseCode, Failure, Locale};

/// A symptom-first page: what it concerns, its sources, and its texts in every locale.
#[derive(Debug, PartialEq, Eq)]
pub struct Scenario {
    pub(crate) id: &'static str,
    pub(crate) codes: &'static [CloseCode],
    pub(crate) failures: &'static [&'static str],
    pub(crate) sources: &'static [&'static str],
    /// In `Locale` order.
    pub(crate) texts: &'static [ScenarioTexts],
}

/// A scenario's texts in one locale.
#[derive(Debug, PartialEq, Eq)]
pub struct ScenarioTexts {
    pub(crate) title: &'static str,
    pub(crate) seen: &'static str,
    pub(crate) causes: &'static [&'static str],
    pub(crate) checks: &'static [&'static str],
    pub(crate) fixes: &'static [&'static str],
}

impl Scenario {
    /// Every scenario, in the order of `data/scenarios.toml`.
    pub fn all() -> &'static [Scenario] {
        &SCENARIOS
    }

    /// The scenario with this id.
    pub fn find(id: &str) -> Option<&'static Scenario> {
        let id = id.trim();
        SCENARIOS.iter().find(|s| s.id.eq_ignore_ascii_case(id))
    }

    /// The scenarios that concern `code`.
    pub fn for_code(code: CloseCode) -> impl Iterator<Item = &'static Scenario> {
        SCENARIOS.iter().filter(move |s| s.codes.contains(&code))
    }

    /// The scenarios that concern `failure`.
    pub fn for_failure(failure: &Failure) -> impl Iterator<Item = &'static Scenario> + '_ {
        SCENARIOS
            .iter()
            .filter(move |s| s.failures.contains(&failure.id()))
    }

    /// The id, such as `drops-after-idle`.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The registered codes it concerns.
    pub fn codes(&self) -> impl ExactSizeIterator<Item = CloseCode> {
        self.codes.iter().copied()
    }

    /// The failures it concerns.
    pub fn failures(&self) -> impl Iterator<Item = &'static Failure> {
        self.failures.iter().filter_map(|id| Failure::find(id))
    }

    /// Where its numbers come from: vendors' documentation and libraries' sources.
    pub fn sources(&self) -> impl ExactSizeIterator<Item = &'static str> {
        self.sources.iter().copied()
    }

    /// The texts in `locale`.
    pub fn texts(&self, locale: Locale) -> &'static ScenarioTexts {
        crate::entry_texts::pick(self.texts, locale).unwrap_or(&EMPTY)
    }
}

/// Texts for a scenario that has none, which the build rules out.
static EMPTY: ScenarioTexts = ScenarioTexts {
    title: "",
    seen: "",
    causes: &[],
    checks: &[],
    fixes: &[],
};

impl ScenarioTexts {
    /// The title, symptom first: "The connection drops after exactly N seconds of quiet".
    pub fn title(&self) -> &'static str {
        self.title
    }

    /// What the reader sees.
    pub fn seen(&self) -> &'static str {
        self.seen
    }

    /// The likely causes, most likely first.
    pub fn causes(&self) -> &'static [&'static str] {
        self.causes
    }

    /// How to tell the causes apart: commands and numbers.
    pub fn checks(&self) -> &'static [&'static str] {
        self.checks
    }

    /// The fix, step by step.
    pub fn fixes(&self) -> &'static [&'static str] {
        self.fixes
    }
}
