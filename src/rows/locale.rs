//! Locales, message labels and labels filled with their variables.

use super::value::Value;

/// A label, phrase or sentence of the catalogs, named by a constant: `Label::REMEDY`,
/// `Label::RETRY_BACKOFF`, `Label::COMPARE_INTRO`. Read it in a locale with [`Locale::text`]
/// or [`Locale::format`]. A message that takes variables also has a function with one
/// parameter per variable, [`Label::compare_intro`]`(a, name_a, b, name_b)`, checked by the
/// compiler (see [`Filled`]). Each constant's documentation names its file and variables.
///
/// # Examples
///
/// ```
/// use closecode::{Label, Locale};
///
/// assert_eq!(Label::REMEDY.id(), "label-remedy");
/// assert!(Label::all().all(|l| Locale::EN.text(l).is_some() || l.id().contains("-")));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub(crate) u16);

/// A label with the values of its variables, from the function the build writes for every
/// message that takes variables: [`Label::reconnect_in`]`(seconds)`,
/// [`Label::compare_title`]`(a, name_a, b, name_b)`. Each parameter is named after a
/// variable, so a misspelt name does not compile (with [`Locale::format`] it would write
/// `{$name}`). Write it in a locale with [`Filled::format`] or [`Filled::format_to`].
///
/// # Examples
///
/// ```
/// use closecode::{Label, Locale};
///
/// assert_eq!(Label::reconnect_in(1).format(Locale::EN), "in 1 second");
/// let mut out = String::new();
/// Label::pred_http(502).format_to(Locale::EN, &mut out)?;
/// assert!(out.contains("502"));
/// # Ok::<(), std::fmt::Error>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Filled<'v, const N: usize> {
    pub(crate) label: Label,
    pub(crate) args: [(&'static str, Value<'v>); N],
}

/// A locale closecode has texts for: one folder of `locales/`, today `en`, and `ja` and `ko`
/// with their features (on by default).
///
/// Get one from a constant ([`Locale::EN`], `Locale::JA`, `Locale::KO`), from a language tag
/// or POSIX locale string ([`Locale::from_tag`]), or from an HTTP `Accept-Language` header
/// ([`Locale::from_accept_language`]). Nothing here panics on untrusted input, and when nothing
/// matches, [`Locale::FALLBACK`] (English) is the answer the caller can fall back to.
///
/// # Examples
///
/// ```
/// # #[cfg(all(feature = "ja", feature = "ko"))] {
/// use closecode::Locale;
///
/// assert_eq!(Locale::from_tag("ko-KR")?, Locale::KO);
/// assert_eq!(Locale::from_tag("ko_KR.UTF-8")?, Locale::KO);
/// assert_eq!(Locale::from_accept_language("fr-CH, ko;q=0.9, en;q=0.8"), Some(Locale::KO));
/// assert_eq!(Locale::KO.tag(), "ko");
/// assert_eq!(Locale::from_tag("ja_JP.UTF-8")?, Locale::JA);
/// assert_eq!(Locale::from_accept_language("ja-JP,ja;q=0.9,en;q=0.8"), Some(Locale::JA));
/// # }
/// # Ok::<(), closecode::LocaleError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Locale(pub(crate) u8);

impl<'v, const N: usize> Filled<'v, N> {
    #[inline]
    pub(crate) fn new(label: Label, args: [(&'static str, Value<'v>); N]) -> Filled<'v, N> {
        Filled { label, args }
    }
}
