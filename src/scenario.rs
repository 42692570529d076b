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

pub use crate::rows::scenario::{Scenario, ScenarioTexts};
use crate::table::SCENARIOS;
use crate::{CloseCode, Failure, Locale};

impl Scenario {
    /// Every scenario, in the order of `data/scenarios.toml`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Scenario;
    ///
    /// assert_eq!(Scenario::all()[0].id(), "drops-after-idle");
    /// assert!(Scenario::all().iter().all(|s| Scenario::find(s.id()).is_some()));
    /// ```
    pub fn all() -> &'static [Scenario] {
        &SCENARIOS
    }

    /// The scenario with this id.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Scenario;
    ///
    /// assert_eq!(Scenario::find(" Drops-After-Idle ").map(|s| s.id()), Some("drops-after-idle"));
    /// assert!(Scenario::find("1006").is_none());
    /// ```
    pub fn find(id: &str) -> Option<&'static Scenario> {
        let id = id.trim();
        SCENARIOS.iter().find(|s| s.id.eq_ignore_ascii_case(id))
    }

    /// The scenarios that concern `code`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Scenario};
    ///
    /// let ids: Vec<_> = Scenario::for_code(CloseCode::MESSAGE_TOO_BIG).map(|s| s.id()).collect();
    /// assert_eq!(ids, ["message-too-big"]);
    /// ```
    pub fn for_code(code: CloseCode) -> impl Iterator<Item = &'static Scenario> {
        SCENARIOS.iter().filter(move |s| s.codes.contains(&code))
    }

    /// The scenarios that concern `failure`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Failure, Scenario};
    ///
    /// let limited = Failure::http(429).unwrap();
    /// assert!(Scenario::for_failure(limited).any(|s| s.id() == "reconnect-stampede"));
    /// ```
    pub fn for_failure(failure: &Failure) -> impl Iterator<Item = &'static Scenario> + '_ {
        SCENARIOS
            .iter()
            .filter(move |s| s.failures.contains(&failure.id()))
    }

    /// The id, such as `drops-after-idle`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Scenario;
    ///
    /// assert_eq!(Scenario::all()[0].id(), "drops-after-idle");
    /// ```
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The registered codes it concerns.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Scenario};
    ///
    /// let codes: Vec<_> = Scenario::find("drops-after-idle").unwrap().codes().collect();
    /// assert_eq!(codes, [CloseCode::ABNORMAL_CLOSURE, CloseCode::GOING_AWAY]);
    /// ```
    pub fn codes(&self) -> impl ExactSizeIterator<Item = CloseCode> {
        self.codes.iter().copied()
    }

    /// The failures it concerns.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Scenario;
    ///
    /// let ids: Vec<_> = Scenario::find("drops-after-idle").unwrap().failures().map(|f| f.id()).collect();
    /// assert_eq!(ids, ["timeout-idle", "vanished"]);
    /// ```
    pub fn failures(&self) -> impl Iterator<Item = &'static Failure> {
        self.failures.iter().filter_map(|id| Failure::find(id))
    }

    /// What people type or paste when they meet it: directives, settings, products and
    /// symptoms (`proxy_read_timeout`, `ALB`, `heartbeat`), with Korean and Japanese words for
    /// the symptom. The site's search finds the scenario by any of them.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Scenario;
    ///
    /// let idle = Scenario::find("drops-after-idle").unwrap();
    /// assert!(idle.keywords().any(|k| k == "proxy_read_timeout"));
    /// ```
    pub fn keywords(&self) -> impl ExactSizeIterator<Item = &'static str> {
        self.keywords.iter().copied()
    }

    /// Where its numbers come from: vendors' documentation and libraries' sources.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Scenario;
    ///
    /// assert!(Scenario::find("drops-after-idle").unwrap().sources().len() > 0);
    /// ```
    pub fn sources(&self) -> impl ExactSizeIterator<Item = &'static str> {
        self.sources.iter().copied()
    }

    /// The texts in `locale`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Locale, Scenario};
    ///
    /// let idle = Scenario::find("drops-after-idle").unwrap();
    /// assert_eq!(idle.texts(Locale::EN).title(), "The connection drops after exactly N seconds of quiet");
    /// # #[cfg(feature = "ko")]
    /// assert_ne!(idle.texts(Locale::KO).title(), idle.texts(Locale::EN).title());
    /// ```
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
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Locale, Scenario};
    ///
    /// let texts = Scenario::find("drops-after-idle").unwrap().texts(Locale::EN);
    /// assert_eq!(texts.title(), "The connection drops after exactly N seconds of quiet");
    /// ```
    pub fn title(&self) -> &'static str {
        self.title
    }

    /// What the reader sees.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Locale, Scenario};
    ///
    /// let texts = Scenario::find("drops-after-idle").unwrap().texts(Locale::EN);
    /// assert!(texts.seen().starts_with("Connections that carry no messages"));
    /// ```
    pub fn seen(&self) -> &'static str {
        self.seen
    }

    /// The likely causes, most likely first.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Locale, Scenario};
    ///
    /// let texts = Scenario::find("drops-after-idle").unwrap().texts(Locale::EN);
    /// // Most likely first: nginx's proxy_read_timeout.
    /// assert!(texts.causes()[0].starts_with("nginx in front of the server"));
    /// ```
    pub fn causes(&self) -> &'static [&'static str] {
        self.causes
    }

    /// How to tell the causes apart: commands and numbers.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Locale, Scenario};
    ///
    /// let texts = Scenario::find("drops-after-idle").unwrap().texts(Locale::EN);
    /// assert!(texts.checks()[0].contains("websocat"));
    /// ```
    pub fn checks(&self) -> &'static [&'static str] {
        self.checks
    }

    /// The fix, step by step.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Locale, Scenario};
    ///
    /// let texts = Scenario::find("drops-after-idle").unwrap().texts(Locale::EN);
    /// assert!(!texts.fixes().is_empty());
    /// ```
    pub fn fixes(&self) -> &'static [&'static str] {
        self.fixes
    }
}
