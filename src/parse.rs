//! Reading a close code from text: one parser for a number or any name, and the error that
//! says what was wrong and what would be right, with a suggestion for a misspelled name.

use core::fmt;
use core::str::FromStr;

use crate::name_key::{MAX_NAME_KEY, name_key};
use crate::table::KnownCode;
use crate::{CloseCode, Label, Locale, PeerNames};

/// A number or a name. A number is strict: decimal, 0 to 65535, without sign, spaces or
/// leading zeros, so that `Display` and `FromStr` agree. A name is anything
/// [`CloseCode::from_name`] knows: the constant, the IANA or common name, the `KnownCode`
/// variant, another library's name, in any case and with any separators, or the code's name in
/// any shipped locale.
///
/// # Examples
///
/// ```
/// use closecode::CloseCode;
///
/// assert_eq!("1006".parse::<CloseCode>(), Ok(CloseCode::ABNORMAL_CLOSURE));
/// assert_eq!("going-away".parse::<CloseCode>(), Ok(CloseCode::GOING_AWAY));
/// assert!("70000".parse::<CloseCode>().is_err());
/// assert!(" 1000".parse::<CloseCode>().is_err());
/// let err = "going-awy".parse::<CloseCode>().unwrap_err();
/// assert_eq!(err.suggestion().map(|k| closecode::CloseCode::from(k)), Some(CloseCode::GOING_AWAY));
/// # #[cfg(feature = "ko")] {
/// assert_eq!("비정상 종료".parse::<CloseCode>(), Ok(CloseCode::ABNORMAL_CLOSURE));
/// let err = "비정상 종로".parse::<CloseCode>().unwrap_err();
/// assert_eq!(err.suggestion(), Some(closecode::KnownCode::AbnormalClosure));
/// # }
/// # #[cfg(feature = "ja")] {
/// assert_eq!("異常終了".parse::<CloseCode>(), Ok(CloseCode::ABNORMAL_CLOSURE));
/// # }
/// ```
impl FromStr for CloseCode {
    type Err = ParseCodeError;

    fn from_str(s: &str) -> Result<CloseCode, ParseCodeError> {
        let kind = if s.is_empty() {
            ParseErrorKind::Empty
        } else if !s.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+') {
            match CloseCode::from_name(s) {
                Some(code) => return Ok(code),
                None => ParseErrorKind::UnknownName(closest_name(s)),
            }
        } else if !s.bytes().all(|b| b.is_ascii_digit()) {
            ParseErrorKind::NotANumber
        } else if s.len() > 1 && s.starts_with('0') {
            ParseErrorKind::LeadingZero
        } else {
            // At most 5 digits fit; longer input is too large without being parsed.
            match s.parse::<u16>() {
                Ok(code) if s.len() <= 5 => return Ok(CloseCode::new(code)),
                _ => ParseErrorKind::TooLarge(s.parse().ok()),
            }
        };
        Err(ParseCodeError { kind })
    }
}

/// The key of a name in any script: letters and digits lowercased, spaces and punctuation
/// dropped, so "비정상 종료" and "비정상종료" are one name. On ASCII it is [`name_key`].
fn localized_key(name: &str) -> impl Iterator<Item = char> + '_ {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(lowercase)
}

/// A letter lowercased for [`localized_key`]. With locales added at run time (feature
/// `locale-files`) a name may be in any script, so Unicode's lowercase. Without it the names are
/// the shipped ones, whose only letters with a case are ASCII (tests/it/name_case.rs checks
/// it), so ASCII's lowercase finds the same names without linking Unicode's case tables (11 KB
/// of the npm package's wasm).
#[cfg(feature = "locale-files")]
fn lowercase(c: char) -> impl Iterator<Item = char> {
    c.to_lowercase()
}

/// See the `locale-files` version above.
#[cfg(not(feature = "locale-files"))]
fn lowercase(c: char) -> impl Iterator<Item = char> {
    core::iter::once(c.to_ascii_lowercase())
}

/// The registered codes and their names in every shipped locale ("비정상 종료", "異常終了").
/// Ranges' names ("사설 코드") name no single code and are left out.
fn localized_names() -> impl Iterator<Item = (KnownCode, &'static str)> {
    Locale::all().flat_map(|locale| {
        KnownCode::all().filter_map(move |known| {
            let name = CloseCode::from(known).describe(locale).name().plain()?;
            Some((known, name))
        })
    })
}

/// The registered code whose name in a shipped locale is `name`, by [`localized_key`]; for
/// [`CloseCode::from_name`]. Compares without allocating and stops at the first difference.
pub(crate) fn localized_name(name: &str) -> Option<KnownCode> {
    localized_names()
        .find(|(_, localized)| localized_key(localized).eq(localized_key(name)))
        .map(|(known, _)| known)
}

/// The registered code whose name is closest to `input`, if one is close enough to be a typo:
/// at most two edits between the lookup keys, and fewer than a third of the key. Names in every
/// shipped locale count, compared by [`localized_key`].
fn closest_name(input: &str) -> Option<KnownCode> {
    let mut buf = [0; MAX_NAME_KEY];
    let Some(typed) = name_key(input, &mut buf) else {
        return closest_localized_name(input);
    };
    let mut best: Option<(usize, KnownCode)> = None;
    for known in KnownCode::all() {
        let facts = CloseCode::from(known).facts();
        let PeerNames {
            tungstenite,
            python,
            gorilla,
            dotnet,
            jakarta,
        } = facts.names;
        let names = [
            facts.constant,
            facts.iana_name,
            facts.common_name,
            tungstenite,
            python,
            gorilla,
            dotnet,
            jakarta,
        ];
        for name in names.into_iter().flatten() {
            let mut buf = [0; MAX_NAME_KEY];
            let Some(key) = name_key(name, &mut buf) else {
                continue;
            };
            let distance = levenshtein(typed, key);
            if best.is_none_or(|(d, _)| distance < d) {
                best = Some((distance, known));
            }
        }
    }
    best.filter(|&(d, _)| d <= 2 && d * 3 < typed.len())
        .map(|(_, known)| known)
        .or_else(|| closest_localized_name(input))
}

/// [`closest_name`] among the names in every shipped locale, by characters: "비정상 종로" is one
/// edit from "비정상 종료". Input too long to be a name is not compared.
fn closest_localized_name(input: &str) -> Option<KnownCode> {
    if input.len() > MAX_NAME_KEY * 4 {
        return None;
    }
    let typed: String = localized_key(input).collect();
    let length = typed.chars().count();
    localized_names()
        .map(|(known, name)| {
            let key: String = localized_key(name).collect();
            (levenshtein(&typed, &key), known)
        })
        .min_by_key(|&(distance, _)| distance)
        .filter(|&(d, _)| d <= 2 && d * 3 < length)
        .map(|(_, known)| known)
}

/// The Levenshtein distance between `a` and `b`, in characters: the fewest insertions,
/// deletions and substitutions of one character that turn one into the other. Only for
/// did-you-mean on a name that failed, so one row of the table suffices.
fn levenshtein(a: &str, b: &str) -> usize {
    let mut row: Vec<usize> = (0..=b.chars().count()).collect();
    for (i, ca) in a.chars().enumerate() {
        // row[j] holds the distance of a's first i characters to b's first j; it becomes the
        // distance of the first i + 1.
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.chars().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == cb {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j])
            };
            diagonal = above;
        }
    }
    row[row.len() - 1]
}

/// Why a string is not a close code.
///
/// # Examples
///
/// ```
/// use closecode::CloseCode;
///
/// let err = "70000".parse::<CloseCode>().unwrap_err();
/// assert_eq!(err.to_string(), "close codes are 16-bit numbers, so 70000 is too large; expected a number from 0 to 65535");
/// let err = "going-awy".parse::<CloseCode>().unwrap_err();
/// assert_eq!(err.to_string(), "no close code has this name; did you mean going-away? Expected a number from 0 to 65535 or a name such as GOING_AWAY");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseCodeError {
    kind: ParseErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ParseErrorKind {
    Empty,
    NotANumber,
    LeadingZero,
    /// The digits, kept for the message when they fit in a `u64`.
    TooLarge(Option<u64>),
    /// A name nothing answers to, and the registered code it was probably meant to be.
    UnknownName(Option<KnownCode>),
}

/// What was wrong with a string that is not a close code, as [`ParseCodeError::kind`] tells it:
/// for a program that words the error itself (in its user's language, say).
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, ParseCodeErrorKind};
///
/// let kind = |s: &str| s.parse::<CloseCode>().unwrap_err().kind();
/// assert_eq!(kind(""), ParseCodeErrorKind::Empty);
/// assert_eq!(kind("-1"), ParseCodeErrorKind::NotANumber);
/// assert_eq!(kind("01000"), ParseCodeErrorKind::LeadingZero);
/// assert_eq!(kind("70000"), ParseCodeErrorKind::TooLarge);
/// assert_eq!(kind("going-awy"), ParseCodeErrorKind::UnknownName);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseCodeErrorKind {
    /// The string is empty.
    Empty,
    /// It starts like a number (a digit or a sign) but is not a decimal number.
    NotANumber,
    /// A number with a leading zero (`01000`), which `Display` never writes.
    LeadingZero,
    /// A number above 65535.
    TooLarge,
    /// A name no code answers to; [`ParseCodeError::suggestion`] may name the one meant.
    UnknownName,
}

/// The kind's id: `empty`, `not-a-number`, `leading-zero`, `too-large`, `unknown-name`.
///
/// # Examples
///
/// ```
/// use closecode::ParseCodeErrorKind;
///
/// assert_eq!(ParseCodeErrorKind::LeadingZero.to_string(), "leading-zero");
/// ```
impl fmt::Display for ParseCodeErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ParseCodeErrorKind::Empty => "empty",
            ParseCodeErrorKind::NotANumber => "not-a-number",
            ParseCodeErrorKind::LeadingZero => "leading-zero",
            ParseCodeErrorKind::TooLarge => "too-large",
            ParseCodeErrorKind::UnknownName => "unknown-name",
        })
    }
}

impl ParseCodeError {
    /// What was wrong, for a program that words the error itself.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, ParseCodeErrorKind};
    ///
    /// let err = "70000".parse::<CloseCode>().unwrap_err();
    /// assert_eq!(err.kind(), ParseCodeErrorKind::TooLarge);
    /// ```
    pub fn kind(&self) -> ParseCodeErrorKind {
        match self.kind {
            ParseErrorKind::Empty => ParseCodeErrorKind::Empty,
            ParseErrorKind::NotANumber => ParseCodeErrorKind::NotANumber,
            ParseErrorKind::LeadingZero => ParseCodeErrorKind::LeadingZero,
            ParseErrorKind::TooLarge(_) => ParseCodeErrorKind::TooLarge,
            ParseErrorKind::UnknownName(_) => ParseCodeErrorKind::UnknownName,
        }
    }

    /// For a misspelled name, the registered code it most likely meant.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, KnownCode};
    ///
    /// let err = "try-agian-later".parse::<CloseCode>().unwrap_err();
    /// assert_eq!(err.suggestion(), Some(KnownCode::TryAgainLater));
    /// ```
    pub fn suggestion(&self) -> Option<KnownCode> {
        match self.kind {
            ParseErrorKind::UnknownName(suggestion) => suggestion,
            _ => None,
        }
    }
}

impl ParseCodeError {
    /// The error in `locale`'s words, for an application that answers in its user's language
    /// (an HTTP API's 400 in the request's language). In English it is the error's `Display`.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "ko")] {
    /// use closecode::{CloseCode, Locale};
    ///
    /// let err = "70000".parse::<CloseCode>().unwrap_err();
    /// assert_eq!(err.localized(Locale::EN).to_string(), err.to_string());
    /// assert!(err.localized(Locale::KO).to_string().starts_with("닫기 코드는 16비트 숫자라서 70000처럼"));
    /// # }
    /// ```
    pub fn localized(&self, locale: Locale) -> impl fmt::Display + '_ {
        Localized { err: self, locale }
    }
}

/// [`ParseCodeError::localized`].
struct Localized<'a> {
    err: &'a ParseCodeError,
    locale: Locale,
}

impl fmt::Display for Localized<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (label, number) = match self.err.kind {
            ParseErrorKind::Empty => (Label::PARSE_CODE_EMPTY, None),
            ParseErrorKind::NotANumber => (Label::PARSE_CODE_NOT_A_NUMBER, None),
            ParseErrorKind::LeadingZero => (Label::PARSE_CODE_LEADING_ZERO, None),
            ParseErrorKind::TooLarge(Some(number)) => (Label::PARSE_CODE_TOO_LARGE, Some(number)),
            ParseErrorKind::TooLarge(None) => (Label::PARSE_CODE_TOO_MANY_DIGITS, None),
            ParseErrorKind::UnknownName(None) => (Label::PARSE_CODE_UNKNOWN_NAME, None),
            ParseErrorKind::UnknownName(Some(known)) => {
                let constant = CloseCode::from(known).facts().constant.unwrap_or_default();
                // The spelling a person types: going-away.
                let mut kebab = [0u8; 64];
                let kebab = kebab_case(constant, &mut kebab);
                return self.locale.format_to(
                    Label::PARSE_CODE_SUGGESTION,
                    &[("suggestion", kebab.into())],
                    f,
                );
            }
        };
        match number {
            Some(number) => self
                .locale
                .format_to(label, &[("number", number.into())], f),
            None => self.locale.format_to(label, &[], f),
        }
    }
}

/// `GOING_AWAY` as `going-away`, in `buffer` (constants are short ASCII; longer ones are cut).
fn kebab_case<'a>(constant: &str, buffer: &'a mut [u8; 64]) -> &'a str {
    let length = constant.len().min(buffer.len());
    for (out, byte) in buffer.iter_mut().zip(constant.bytes()) {
        *out = match byte {
            b'_' => b'-',
            other => other.to_ascii_lowercase(),
        };
    }
    core::str::from_utf8(&buffer[..length]).unwrap_or_default()
}

/// In English: [`ParseCodeError::localized`] in [`Locale::EN`].
impl fmt::Display for ParseCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.localized(Locale::EN).fmt(f)
    }
}

impl core::error::Error for ParseCodeError {}

#[cfg(test)]
mod tests {
    use super::levenshtein;

    #[test]
    fn levenshtein_counts_edits_of_characters() {
        let cases = [
            ("", "", 0),
            ("", "abc", 3),
            ("abc", "", 3),
            ("goingaway", "goingaway", 0),
            ("goingawy", "goingaway", 1),
            ("kitten", "sitting", 3),
            ("flaw", "lawn", 2),
            ("tryagianlater", "tryagainlater", 2),
            ("비정상종로", "비정상종료", 1),
            ("異常終了", "正常終了", 1),
        ];
        for (a, b, distance) in cases {
            assert_eq!(levenshtein(a, b), distance, "{a} {b}");
            assert_eq!(levenshtein(b, a), distance, "{b} {a}");
        }
    }
}
