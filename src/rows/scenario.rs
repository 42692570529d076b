//! A situation described end to end, with the codes it leads to.

use super::code::CloseCode;

/// A symptom-first page: what it concerns, its sources, and its texts in every locale.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Locale, Scenario};
///
/// // The pages that a 1006 in a log leads to.
/// let ids: Vec<_> = Scenario::for_code(CloseCode::ABNORMAL_CLOSURE).map(|s| s.id()).collect();
/// assert!(ids.contains(&"drops-after-idle") && ids.contains(&"closed-before-open"));
/// let page = Scenario::find("drops-after-idle").unwrap().texts(Locale::EN);
/// assert!(page.title().starts_with("The connection drops after"));
/// ```
#[derive(Debug, PartialEq, Eq)]
pub struct Scenario {
    pub(crate) id: &'static str,
    pub(crate) codes: &'static [CloseCode],
    pub(crate) failures: &'static [&'static str],
    pub(crate) keywords: &'static [&'static str],
    pub(crate) sources: &'static [&'static str],
    /// In `Locale` order.
    pub(crate) texts: &'static [ScenarioTexts],
}

/// A scenario's texts in one locale.
///
/// # Examples
///
/// ```
/// use closecode::{Locale, Scenario};
///
/// let texts = Scenario::find("message-too-big").unwrap().texts(Locale::EN);
/// for (i, cause) in texts.causes().iter().enumerate() {
///     println!("{}. {cause}", i + 1);
/// }
/// assert!(!texts.checks().is_empty());
/// ```
#[derive(Debug, PartialEq, Eq)]
pub struct ScenarioTexts {
    pub(crate) title: &'static str,
    pub(crate) seen: &'static str,
    pub(crate) causes: &'static [&'static str],
    pub(crate) checks: &'static [&'static str],
    pub(crate) fixes: &'static [&'static str],
}
