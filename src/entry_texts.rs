//! The texts of a profile's code or range, or of a failure, in one locale: a name, what it
//! means, when you see it, what to do, and what an application can tell its end users.

use std::borrow::Cow;

use crate::Locale;
pub(crate) use crate::rows::entry_texts::TextSet;

/// Texts for an entry that has none, which building and loading rule out.
static EMPTY: TextSet = TextSet {
    name: Cow::Borrowed(""),
    description: Cow::Borrowed(""),
    symptom: Cow::Borrowed(""),
    remedy: Cow::Borrowed(""),
    user: Cow::Borrowed(""),
};

/// The item of `locale` in a per-locale list (in `Locale` order): the text compiled at run
/// time, when the locale was added at run time or a shipped locale's texts were overridden
/// and the files have this item; else the list's own; else the fallback locale's.
pub(crate) fn pick<T: PerLocale>(items: &[T], locale: Locale) -> Option<&T> {
    let index = usize::from(locale.0);
    let fallback = usize::from(Locale::FALLBACK.0);
    added(items, index)
        .or_else(|| items.get(index))
        .or_else(|| items.get(fallback))
}

#[cfg(feature = "locale-files")]
pub(crate) use crate::added::PerLocale;

/// Without run-time locales, every list is complete.
#[cfg(not(feature = "locale-files"))]
pub(crate) trait PerLocale {}

#[cfg(not(feature = "locale-files"))]
impl<T> PerLocale for T {}

/// The text of the shipped item whose per-locale list is `items`, in the locale at `index`,
/// when it was compiled at run time.
#[cfg(feature = "locale-files")]
fn added<T: PerLocale>(items: &[T], index: usize) -> Option<&T> {
    T::added(index, items.as_ptr() as usize)
}

#[cfg(not(feature = "locale-files"))]
fn added<T>(_: &[T], _: usize) -> Option<&T> {
    None
}

/// The texts of a profile's code or range, or of a failure, in one locale.
///
/// # Examples
///
/// ```
/// use closecode::{Failure, Locale};
///
/// let texts = Failure::find("http-401").unwrap().texts(Locale::EN);
/// assert!(!texts.user().is_empty());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntryTexts<'a>(&'a TextSet);

impl<'a> EntryTexts<'a> {
    /// The texts of `locale` in a per-locale list.
    pub(crate) fn pick(texts: &'a [TextSet], locale: Locale) -> EntryTexts<'a> {
        EntryTexts(pick(texts, locale).unwrap_or(&EMPTY))
    }

    /// The name for a reader, such as "Authentication failed" or "인증 실패".
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Locale, Profile};
    ///
    /// let discord = Profile::find("discord").unwrap();
    /// let texts = discord.entry(CloseCode::new(4004)).unwrap().texts(Locale::EN);
    /// assert_eq!(texts.name(), "Authentication failed");
    /// ```
    pub fn name(self) -> &'a str {
        &self.0.name
    }

    /// What it means.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Failure, Locale};
    ///
    /// let texts = Failure::http(401).unwrap().texts(Locale::EN);
    /// assert!(texts.description().starts_with("The server answered the opening handshake with 401"));
    /// ```
    pub fn description(self) -> &'a str {
        &self.0.description
    }

    /// When and why you see it.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Failure, Locale};
    ///
    /// let texts = Failure::http(401).unwrap().texts(Locale::EN);
    /// assert!(texts.symptom().contains("Unexpected server response: 401"));
    /// ```
    pub fn symptom(self) -> &'a str {
        &self.0.symptom
    }

    /// What to do about it.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Failure, Locale};
    ///
    /// let texts = Failure::http(401).unwrap().texts(Locale::EN);
    /// assert!(texts.remedy().starts_with("Reconnect only with new or refreshed credentials"));
    /// ```
    pub fn remedy(self) -> &'a str {
        &self.0.remedy
    }

    /// A calm sentence or two an application can show its end users as they are.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Failure, Locale};
    ///
    /// let texts = Failure::http(401).unwrap().texts(Locale::EN);
    /// assert_eq!(texts.user(), "Your session has expired. Please sign in again.");
    /// # #[cfg(feature = "ko")]
    /// assert_ne!(Failure::http(401).unwrap().texts(Locale::KO).user(), texts.user());
    /// ```
    pub fn user(self) -> &'a str {
        &self.0.user
    }
}
