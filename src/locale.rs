//! The locales closecode ships (one per folder in `locales/`) and how to pick one.

pub use crate::rows::locale::{Filled, Label, Locale};
use core::fmt;
use core::str::FromStr;

#[cfg(feature = "locale-files")]
use crate::added::{
    catalog as added_catalog, count as added_count, entry as added_entry, label as added_label,
};
use crate::table::{
    CATALOGS, Catalog, Field, LABEL_GROUP_SHIFT, LABEL_IDS, label, shipped_entry, shipped_label,
};
use crate::text::{Arg, Message};
use crate::value::Value;

/// Without run-time locales, none is added.
#[cfg(not(feature = "locale-files"))]
fn added_count() -> usize {
    0
}

#[cfg(not(feature = "locale-files"))]
fn added_catalog(_: usize) -> Option<&'static Catalog> {
    None
}

#[cfg(not(feature = "locale-files"))]
fn added_label(_: usize, _: Label) -> Option<Message> {
    None
}

#[cfg(not(feature = "locale-files"))]
fn added_entry(_: usize, _: Field, _: usize) -> Option<Message> {
    None
}

/// The Fluent message id ([`Label::id`]).
///
/// # Examples
///
/// ```
/// assert_eq!(closecode::Label::RETRY_BACKOFF.to_string(), "retry-backoff");
/// ```
impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// By id, so sorted labels read in the order of their message ids.
///
/// # Examples
///
/// ```
/// use closecode::Label;
///
/// let mut labels: Vec<Label> = Label::all().collect();
/// labels.sort();
/// assert!(labels.windows(2).all(|pair| pair[0].id() < pair[1].id()));
/// ```
impl Ord for Label {
    fn cmp(&self, other: &Label) -> core::cmp::Ordering {
        self.id().cmp(other.id())
    }
}

impl PartialOrd for Label {
    fn partial_cmp(&self, other: &Label) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Label {
    /// The Fluent message id, as in `locales/<tag>/*.ftl`: `"label-remedy"`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(closecode::Label::RETRY_BACKOFF.id(), "retry-backoff");
    /// ```
    pub fn id(self) -> &'static str {
        let (group, index) = self.parts();
        LABEL_IDS[group][index]
    }

    /// The group (an index into `LABEL_IDS`) and the index in it.
    #[inline]
    pub(crate) fn parts(self) -> (usize, usize) {
        let label = usize::from(self.0);
        (
            label >> LABEL_GROUP_SHIFT,
            label & ((1 << LABEL_GROUP_SHIFT) - 1),
        )
    }

    /// The label with this message id, for the per-row messages the build requires
    /// (`range-about-<id>`). Pages and added locales look labels up by id.
    #[cfg(any(feature = "pages", feature = "locale-files"))]
    pub(crate) fn by_id(id: &str) -> Option<Label> {
        LABEL_IDS.iter().enumerate().find_map(|(group, ids)| {
            let index = ids.binary_search(&id).ok()?;
            u16::try_from((group << LABEL_GROUP_SHIFT) | index)
                .ok()
                .map(Label)
        })
    }

    /// Every label, in the order of their ids.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(closecode::Label::all().any(|l| l == closecode::Label::REMEDY));
    /// ```
    pub fn all() -> impl Iterator<Item = Label> {
        // Few groups of at most 1 << LABEL_GROUP_SHIFT labels: the build emits the table.
        LABEL_IDS.iter().enumerate().flat_map(|(group, ids)| {
            (0..ids.len()).map(move |index| Label(((group << LABEL_GROUP_SHIFT) | index) as u16))
        })
    }
}

impl<'v, const N: usize> Filled<'v, N> {
    /// The label.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Label;
    ///
    /// assert_eq!(Label::reconnect_in(5).label(), Label::RECONNECT_IN);
    /// ```
    pub fn label(&self) -> Label {
        self.label
    }

    /// The text in `locale`, as [`Locale::format`] writes it.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Label, Locale};
    ///
    /// assert_eq!(Label::reconnect_in(30).format(Locale::EN), "in 30 seconds");
    /// ```
    #[inline]
    pub fn format(&self, locale: Locale) -> String {
        locale.sentence(self.label, &self.args)
    }

    /// Writes the text in `locale` into `out`, as [`Locale::format_to`] does.
    ///
    /// # Errors
    ///
    /// Only the errors `out` itself returns.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Label, Locale};
    ///
    /// let mut out = String::new();
    /// Label::reconnect_in(0).format_to(Locale::EN, &mut out)?;
    /// assert_eq!(out, "now");
    /// # Ok::<(), std::fmt::Error>(())
    /// ```
    #[inline]
    pub fn format_to<W: fmt::Write + ?Sized>(&self, locale: Locale, out: &mut W) -> fmt::Result {
        locale.message(self.label).write_with(out, &self.args)
    }
}

impl Locale {
    /// Every locale: the ones closecode ships, in tag order, then those the application added
    /// at run time (feature `locale-files`, `NewLocale`), in the order added.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(all(feature = "ja", feature = "ko"))] {
    /// use closecode::Locale;
    ///
    /// let tags: Vec<&str> = Locale::all().map(Locale::tag).collect();
    /// assert_eq!(tags, ["en", "ja", "ko"]);
    /// # }
    /// ```
    pub fn all() -> impl ExactSizeIterator<Item = Locale> + Clone {
        // The build rejects more than a few locales long before 256, and at most
        // `MAX_ADDED` more can be added.
        (0..CATALOGS.len() + added_count()).map(|index| Locale(index as u8))
    }

    /// The BCP 47 tag: the name of the locale's folder, such as `"ko"`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(closecode::Locale::EN.tag(), "en");
    /// ```
    pub fn tag(self) -> &'static str {
        self.catalog().tag
    }

    /// The locale's name in its own language, such as `"한국어"`.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "ko")] {
    /// assert_eq!(closecode::Locale::KO.name(), "한국어");
    /// # }
    /// ```
    pub fn name(self) -> &'static str {
        self.label_at(label::LOCALE_NAME)
    }

    /// A label or phrase from the locale's catalog: page headings ([`Label::REMEDY`]), fact
    /// values ([`Label::WIRE_LOCAL_ONLY`]), retry-class and sender phrases
    /// ([`Label::RETRY_BACKOFF`], [`Label::SENDER_CLIENT`]). `None` for a message that takes
    /// variables (use [`Locale::format`] for those).
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "ko")] {
    /// use closecode::{Label, Locale};
    ///
    /// assert_eq!(Locale::KO.text(Label::SYMPTOM), Some("이 코드를 보게 되는 경우"));
    /// assert_eq!(Locale::EN.text(Label::REMEDY), Some("How to fix"));
    /// assert_eq!(Locale::EN.text(Label::PRED_HTTP), None); // it takes $status
    /// # }
    /// ```
    pub fn text(self, label: Label) -> Option<&'static str> {
        self.message(label).as_static()
    }

    /// Any label, phrase or sentence from the locale's catalog, with its variables filled in
    /// from `args`: the comparison sentences ([`Label::COMPARE_INTRO`] with `a`, `name_a`, `b`,
    /// `name_b`), the predicates ([`Label::PRED_HTTP`] with `status`) and everything
    /// [`Locale::text`] returns. A variable missing from `args` is written as `{$name}`, as
    /// Fluent does.
    ///
    /// A message may choose its words by a number, with the locale's plural rules
    /// ([`Label::RECONNECT_IN`] with `seconds`: "now", "in 1 second", "in 2 seconds"). Pass
    /// numbers as numbers (`5.into()`, see [`Value`]): text picks the message's default.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "ko")] {
    /// use closecode::{Label, Locale, Value};
    ///
    /// let text = Locale::KO.format(Label::PRED_HTTP, &[("status", 502.into())]);
    /// assert_eq!(text, "HTTP 502에 해당합니다.");
    /// assert_eq!(Locale::EN.format(Label::RECONNECT_IN, &[("seconds", 1.into())]), "in 1 second");
    /// assert_eq!(Locale::EN.format(Label::RECONNECT_IN, &[("seconds", 1.5.into())]), "in 1.5 seconds");
    /// let date = [("year", Value::from(2016)), ("month", 10.into()), ("day", 10.into())];
    /// let registered = Locale::EN.format(Label::PRED_REGISTERED_ON, &date);
    /// assert!(registered.contains("on October 10, 2016"));
    /// # }
    /// ```
    pub fn format(self, label: Label, args: &[(&str, Value<'_>)]) -> String {
        self.sentence(label, args)
    }

    /// Writes what [`Locale::format`] returns into `out`, without allocating: the text, the
    /// arguments and the choice of a variant by a number all go straight into `out`. Integers
    /// are read and written without `core::fmt`, which is what makes this fast (README,
    /// Performance).
    ///
    /// # Errors
    ///
    /// Only the errors `out` itself returns.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Label, Locale};
    ///
    /// let mut out = String::with_capacity(64);
    /// for seconds in [0, 1, 30] {
    ///     out.clear();
    ///     Locale::EN.format_to(Label::RECONNECT_IN, &[("seconds", seconds.into())], &mut out)?;
    ///     println!("Reconnecting {out}.");
    /// }
    /// assert_eq!(out, "in 30 seconds");
    /// # Ok::<(), std::fmt::Error>(())
    /// ```
    #[inline]
    pub fn format_to<W: fmt::Write + ?Sized>(
        self,
        label: Label,
        args: &[(&str, Value<'_>)],
        out: &mut W,
    ) -> fmt::Result {
        self.message(label).write_with(out, args)
    }

    /// What follows a label before its text, as the language writes it: `": "` in English and
    /// Korean, `"："` in Japanese (the catalogs' `after-label`).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Locale;
    ///
    /// assert_eq!(format!("Error{}bad code", Locale::EN.after_label()), "Error: bad code");
    /// # #[cfg(feature = "ja")]
    /// assert_eq!(Locale::JA.after_label(), "：");
    /// ```
    pub fn after_label(self) -> &'static str {
        self.text(Label::AFTER_LABEL).unwrap_or(": ")
    }

    /// Field `field` of the texts in `slot` (see `table::shipped_entry`) in this locale: its
    /// texts compiled at run time (an added locale, or a shipped locale's override), else its
    /// shipped text, else the fallback's. Inlined, a constant `field` reads only that field's
    /// table.
    #[inline]
    pub(crate) fn entry_text(self, field: Field, slot: usize) -> Message {
        let index = usize::from(self.0);
        added_entry(index, field, slot)
            .or_else(|| shipped_entry(field, index, slot))
            .or_else(|| shipped_entry(field, usize::from(Locale::FALLBACK.0), slot))
            .unwrap_or(Message::Static(""))
    }

    /// The compiled text of `label` in this locale: its texts compiled at run time (an added
    /// locale, or a shipped locale's override), else its shipped text, else the fallback's.
    /// Inlined, a constant `label` reads only its group's table.
    #[inline]
    pub(crate) fn message(self, label: Label) -> Message {
        let index = usize::from(self.0);
        added_label(index, label)
            .or_else(|| shipped_label(label, index))
            .or_else(|| shipped_label(label, usize::from(Locale::FALLBACK.0)))
            .unwrap_or(Message::Static(""))
    }

    #[inline]
    pub(crate) fn catalog(self) -> &'static Catalog {
        let index = usize::from(self.0);
        match CATALOGS.get(index) {
            Some(catalog) => catalog,
            None => added_catalog(index - CATALOGS.len())
                .unwrap_or(&CATALOGS[usize::from(Locale::FALLBACK.0)]),
        }
    }

    /// A label or phrase without variables (one of `table::label`).
    #[inline]
    pub(crate) fn label_at(self, label: Label) -> &'static str {
        self.message(label).as_static().unwrap_or_default()
    }

    /// A message with variables (a sentence or predicate, one of `table::label`).
    #[inline]
    pub(crate) fn sentence(self, label: Label, args: &[Arg<'_>]) -> String {
        let mut out = String::new();
        // Writing into a String cannot fail.
        let _ = self.message(label).write_with(&mut out, args);
        out
    }

    /// Picks the shipped locale for a BCP 47 language tag (`"ko"`, `"ko-KR"`, `"en-Latn-US"`)
    /// or a POSIX locale string (`"ko_KR.UTF-8"`, `"en_US@euro"`). The language must match;
    /// a region that matches a shipped region is preferred. `"C"` and `"POSIX"` mean English.
    ///
    /// # Errors
    ///
    /// A [`LocaleError`] when the input is empty, is not a language tag, or names a language
    /// closecode does not ship. Use [`Locale::FALLBACK`] to carry on in English.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Locale;
    ///
    /// assert_eq!(Locale::from_tag("EN-gb")?, Locale::EN);
    /// assert_eq!(Locale::from_tag("C.UTF-8")?, Locale::EN);
    /// assert!(Locale::from_tag("fr").is_err());
    /// assert!(Locale::from_tag("not a tag!").is_err());
    /// # Ok::<(), closecode::LocaleError>(())
    /// ```
    pub fn from_tag(tag: &str) -> Result<Locale, LocaleError> {
        let tag = tag.trim();
        // POSIX: language[_territory][.codeset][@modifier]
        let tag = tag.split(['.', '@']).next().unwrap_or(tag);
        if tag.is_empty() {
            return Err(LocaleError {
                kind: LocaleErrorKind::Empty,
            });
        }
        if tag == "C" || tag == "POSIX" {
            return Ok(Locale::FALLBACK);
        }
        // '_' separates subtags too, so POSIX territories parse as regions.
        let langid = LanguageId::parse(tag).ok_or(LocaleError {
            kind: LocaleErrorKind::Invalid,
        })?;
        Locale::matching(&langid).ok_or(LocaleError {
            kind: LocaleErrorKind::Unsupported,
        })
    }

    /// The shipped locale of the same language: the one with the same region, else the one
    /// with no region, else any.
    fn matching(langid: &LanguageId) -> Option<Locale> {
        let region = langid.region();
        let same_language =
            || Locale::all().filter(|l| l.catalog().language.as_bytes() == langid.language());
        same_language()
            .find(|l| region.is_some() && l.catalog().region.map(str::as_bytes) == region)
            .or_else(|| same_language().find(|l| l.catalog().region.is_none()))
            .or_else(|| same_language().next())
    }

    /// Picks the shipped locale a client prefers, from an HTTP `Accept-Language` header such as
    /// `"ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7"`.
    ///
    /// Ranges are tried by quality (`q`), highest first, earlier first among equals; `q=0` and
    /// malformed entries are skipped, and `*` matches the fallback. Returns `None` when no
    /// range matches a shipped locale; [`Locale::FALLBACK`] is the usual answer then. Runs in
    /// time linear in the header's length and does not allocate.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "ko")] {
    /// use closecode::Locale;
    ///
    /// assert_eq!(Locale::from_accept_language("ko-KR,ko;q=0.9,en;q=0.8"), Some(Locale::KO));
    /// assert_eq!(Locale::from_accept_language("en;q=0.5, ko;q=0.6"), Some(Locale::KO));
    /// assert_eq!(Locale::from_accept_language("de, *;q=0.1"), Some(Locale::EN));
    /// assert_eq!(Locale::from_accept_language("de, fr"), None);
    /// # }
    /// ```
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        Locale::from_accept_language_lines(core::iter::once(header))
    }

    /// [`Locale::from_accept_language`] over several header lines, read as one comma-separated
    /// list (RFC 9110 §5.3) without joining them.
    pub(crate) fn from_accept_language_lines<'a>(
        lines: impl Iterator<Item = &'a str>,
    ) -> Option<Locale> {
        let mut best: Option<(u16, Locale)> = None;
        for item in lines.flat_map(|line| line.split(',')) {
            let mut parts = item.split(';');
            let range = parts.next().unwrap_or("").trim();
            let mut quality = Some(1000);
            for param in parts {
                let param = param.trim();
                if let Some(value) = param
                    .strip_prefix("q=")
                    .or_else(|| param.strip_prefix("Q="))
                {
                    quality = parse_quality(value.trim());
                }
            }
            let Some(quality) = quality.filter(|q| *q > 0) else {
                continue;
            };
            if best.is_some_and(|(q, _)| q >= quality) {
                continue;
            }
            let locale = if range == "*" {
                Some(Locale::FALLBACK)
            } else {
                LanguageId::parse(range).and_then(|l| Locale::matching(&l))
            };
            if let Some(locale) = locale {
                best = Some((quality, locale));
            }
        }
        best.map(|(_, locale)| locale)
    }
}

/// The language and region of a Unicode language identifier (BCP 47 without extensions:
/// `language[-script][-region][-variant]...`, with `-` or `_` between subtags), read by the
/// rules of unic-langid's parser, which closecode used before: a language of 2, 3 or 5 to 8
/// letters, a script of 4 letters, a region of 2 letters or 3 digits, variants of 5 to 8
/// letters or digits (or 4 starting with a digit); anything else is invalid. The language is
/// lowercased and the region uppercased; the script and variants are checked and dropped,
/// because no shipped locale has either. Written here so that telling a tag's language costs
/// no allocation and no sort (unic-langid sorts the variants).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct LanguageId {
    language: [u8; 8],
    language_len: u8,
    region: [u8; 3],
    region_len: u8,
}

impl LanguageId {
    /// `None` when `tag` is not a language identifier.
    pub(crate) fn parse(tag: &str) -> Option<LanguageId> {
        // Each subtag is ASCII without NUL, as unic-langid's tinystr requires.
        let ascii = |s: &[u8]| s.iter().all(|&b| b.is_ascii() && b != 0);
        let alpha = |s: &[u8]| s.iter().all(u8::is_ascii_alphabetic);
        let mut subtags = tag.as_bytes().split(|&b| b == b'-' || b == b'_');
        let first = subtags.next()?;
        if !(2..=8).contains(&first.len()) || first.len() == 4 || !alpha(first) {
            return None;
        }
        let mut id = LanguageId {
            language: [0; 8],
            language_len: first.len() as u8,
            region: [0; 3],
            region_len: 0,
        };
        for (to, from) in id.language.iter_mut().zip(first) {
            *to = from.to_ascii_lowercase();
        }
        let script = |s: &[u8]| s.len() == 4 && alpha(s);
        let region = |s: &[u8]| {
            (s.len() == 2 && alpha(s)) || (s.len() == 3 && s.iter().all(u8::is_ascii_digit))
        };
        let variant = |s: &[u8]| match s.len() {
            5..=8 => s.iter().all(u8::is_ascii_alphanumeric),
            // As unic-langid reads it: a digit first, or letters and digits after the first.
            4 => {
                ascii(s) && (s[0].is_ascii_digit() || s[1..].iter().all(u8::is_ascii_alphanumeric))
            }
            _ => false,
        };
        // Position 1: after the language; 2: after a script; 3: after a region or a variant.
        let mut position = 1;
        for subtag in subtags {
            if position == 1 && script(subtag) {
                position = 2;
            } else if position < 3 && region(subtag) {
                for (to, from) in id.region.iter_mut().zip(subtag) {
                    *to = from.to_ascii_uppercase();
                }
                id.region_len = subtag.len() as u8;
                position = 3;
            } else if variant(subtag) {
                position = 3;
            } else {
                return None;
            }
        }
        Some(id)
    }

    /// The language subtag, lowercase (`und` when undetermined).
    pub(crate) fn language(&self) -> &[u8] {
        &self.language[..usize::from(self.language_len)]
    }

    /// The region subtag, uppercase, if there is one.
    pub(crate) fn region(&self) -> Option<&[u8]> {
        (self.region_len > 0).then(|| &self.region[..usize::from(self.region_len)])
    }
}

/// Parses an HTTP quality value (`0`, `0.5`, `1.000`) into thousandths; `None` if malformed.
fn parse_quality(value: &str) -> Option<u16> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut thousandths: u16 = 0;
    for (i, digit) in fraction.bytes().enumerate() {
        thousandths += u16::from(digit - b'0') * [100, 10, 1][i];
    }
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

impl Default for Locale {
    fn default() -> Locale {
        Locale::FALLBACK
    }
}

impl fmt::Debug for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Locale({:?})", self.tag())
    }
}

/// The tag, such as `ko`.
impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// Same as [`Locale::from_tag`].
impl FromStr for Locale {
    type Err = LocaleError;

    fn from_str(s: &str) -> Result<Locale, LocaleError> {
        Locale::from_tag(s)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Locale {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.tag())
    }
}

/// From a tag, as [`Locale::from_tag`] reads it (`"ko"`, `"ko-KR"`, `"ko_KR.UTF-8"`); a
/// language closecode does not ship is an error, not a silent fallback.
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Locale {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Locale, D::Error> {
        let tag = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Locale::from_tag(&tag).map_err(serde::de::Error::custom)
    }
}

/// Why a string does not name a shipped locale.
///
/// # Examples
///
/// ```
/// # #[cfg(all(feature = "ja", feature = "ko"))] {
/// use closecode::Locale;
///
/// let err = Locale::from_tag("fr-FR").unwrap_err();
/// assert!(err.is_unsupported());
/// assert_eq!(err.to_string(), "no shipped locale matches; available: en, ja, ko");
/// # }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocaleError {
    kind: LocaleErrorKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LocaleErrorKind {
    Empty,
    Invalid,
    Unsupported,
}

impl LocaleError {
    /// Whether the input was a well-formed tag for a language closecode does not ship (as
    /// opposed to empty or malformed input).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Locale;
    ///
    /// assert!(Locale::from_tag("de").unwrap_err().is_unsupported());
    /// assert!(!Locale::from_tag("???").unwrap_err().is_unsupported());
    /// ```
    pub fn is_unsupported(&self) -> bool {
        self.kind == LocaleErrorKind::Unsupported
    }
}

impl fmt::Display for LocaleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            LocaleErrorKind::Empty => f.write_str("language tag is empty")?,
            LocaleErrorKind::Invalid => f.write_str(
                "not a language tag; expected a BCP 47 tag such as ko-KR or a POSIX locale such as ko_KR.UTF-8",
            )?,
            LocaleErrorKind::Unsupported => f.write_str("no shipped locale matches")?,
        }
        if self.kind != LocaleErrorKind::Invalid {
            f.write_str("; available: ")?;
            for (i, locale) in Locale::all().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                f.write_str(locale.tag())?;
            }
        }
        Ok(())
    }
}

impl core::error::Error for LocaleError {}

#[cfg(test)]
mod tests {
    use super::LanguageId;
    use unic_langid::LanguageIdentifier;

    /// The parser reads every tag as unic-langid's does: the same tags are valid, with the
    /// same language and region.
    #[test]
    fn language_ids_read_as_unic_langid_reads_them() {
        let tags = [
            "en",
            "EN-gb",
            "ko_KR",
            "ja-JP",
            "zh-Hant-TW",
            "zh_hant",
            "sr-Latn-RS",
            "de-CH-1996",
            "sl-rozaj-biske",
            "es-419",
            "und",
            "und-KR",
            "pt-BR",
            "pt-PT",
            "fil",
            "haw-US",
            "abcdefgh",
            "en-US-POSIX",
            "en-1abc",
            "en-abcd",
            "en-a1cd",
            "en-US-abcd",
            "en-Latn-abcd",
            "",
            "-",
            "en-",
            "-en",
            "e",
            "abcd",
            "abcdefghi",
            "en-US-x-private",
            "en-u-ca-gregory",
            "en--US",
            "en-US-GB",
            "en-Latn-Latn",
            "en-12",
            "en-1234",
            "en-1a!b",
            "en-a!bc",
            "ko KR",
            "ko-KR ",
            "한국어",
            "en-\u{e9}tait",
            "en-\0abc",
            "1en",
            "en-US_gb",
            "en-123",
            "en-abcdefghi",
            "x-klingon",
            "i-klingon",
            "tlh",
        ];
        for tag in tags {
            let ours = LanguageId::parse(tag);
            let theirs = LanguageIdentifier::from_bytes(tag.as_bytes()).ok();
            assert_eq!(ours.is_some(), theirs.is_some(), "{tag:?}");
            if let (Some(ours), Some(theirs)) = (ours, theirs) {
                assert_eq!(
                    ours.language(),
                    theirs.language.as_str().as_bytes(),
                    "{tag:?}"
                );
                assert_eq!(
                    ours.region(),
                    theirs.region.as_ref().map(|r| r.as_str().as_bytes()),
                    "{tag:?}"
                );
            }
        }
    }
}
