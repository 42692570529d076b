//! Localized text, compiled at build time.
//!
//! A message without variables is a `&'static str`. A message with variables (the range texts,
//! which name the code) is a list of pieces joined when the text is written, so nothing is
//! parsed at run time and nothing is allocated unless the caller asks for a `String`.
//!
//! A piece may be a [`Select`]: Fluent's `{ $seconds -> [0] .. [one] .. *[other] .. }`, its
//! variants compiled by the build like any other pattern. Writing it picks a variant from the
//! variable's value as fluent-bundle does. Values come as `&dyn Display` (the one argument type
//! of every message), so a value is known by its text: it is written once into a stack buffer,
//! and if that text is a number as Fluent writes one (`-?[0-9]+(.[0-9]+)?`: every integer type
//! prints so, and every finite `f64` short enough for the 64-byte buffer), the first variant
//! whose key matches wins: a numeric key equal to it as a whole number, or a category key (`[one]`) that
//! the locale's plural rules give it; otherwise, and for any other value, the default (`*`)
//! variant. The chosen variant writes the value from the buffer, so it is formatted only once.
//! Reading the text is also what CLDR's rules ask for: `1.50` has two visible fraction digits.
//! Two differences from fluent-bundle follow, both outside what a count is: a string that reads
//! as a number counts as that number (fluent-bundle keeps it a string, matched only by name),
//! and NaN, infinity and floats that print past 64 characters (`1e300`) take the default
//! (fluent-bundle gives them the category `other`).
//!
//! The plural rules come from `intl_pluralrules`, the crate fluent-bundle uses, and run here,
//! at run time: a rule is a function of any number's operands, which the build cannot evaluate
//! ahead for every number (see `build/plural.rs`). Each locale's rules are looked up once, on
//! first use, by the tag the build found them under ([`PluralRules`]); after that a select
//! costs reading the number, its operands (from the value for whole numbers, from the text by
//! intl_pluralrules for the rest, without allocating either way) and one call of the rule.

use core::fmt;
use std::sync::OnceLock;

pub(crate) use intl_pluralrules::PluralCategory;
use intl_pluralrules::PluralRuleType;
use unic_langid::LanguageIdentifier;

use crate::CloseCode;

/// A compiled Fluent pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Message {
    /// Text with no variables.
    Static(&'static str),
    /// Text, variables and selects, in order.
    Pieces(&'static [Piece]),
}

/// A piece of a compiled pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Piece {
    /// Literal text.
    Text(&'static str),
    /// A variable, filled in from the arguments when the text is written.
    Var(&'static str),
    /// A choice of pieces by the number a variable holds.
    Select(&'static Select),
}

/// A compiled select expression: `{ $seconds -> [0] now [one] .. *[other] .. }`.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Select {
    /// The variable whose value picks the variant.
    pub(crate) selector: &'static str,
    /// The plural rules of the catalog's locale.
    pub(crate) rules: &'static PluralRules,
    /// The variants in source order, numeric keys first (the build checks it).
    pub(crate) variants: &'static [(Key, &'static [Piece])],
    /// The index of the default variant in `variants`.
    pub(crate) default: usize,
}

/// The key of a variant.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Key {
    /// `[0]`, `[1]`: the value is this whole number.
    Number(i64),
    /// `[one]`, `[other]`: the locale's plural rules put the value in this category.
    Category(PluralCategory),
}

/// The cardinal plural rules of one locale, from intl_pluralrules, looked up on first use.
pub(crate) struct PluralRules {
    /// The tag intl_pluralrules files the rules under, as the build found it (`pt` for
    /// `pt-BR`); `None` when it has none, and then no category key matches.
    tag: Option<&'static str>,
    rules: OnceLock<Option<intl_pluralrules::PluralRules>>,
}

impl PluralRules {
    pub(crate) const fn new(tag: Option<&'static str>) -> PluralRules {
        PluralRules {
            tag,
            rules: OnceLock::new(),
        }
    }

    /// The category of `number` (written as Fluent writes numbers), whose value is `whole` if
    /// it is a whole number that fits an `i64`.
    fn category(&self, number: &str, whole: Option<i64>) -> Option<PluralCategory> {
        let rules = self.rules.get_or_init(|| {
            let langid = LanguageIdentifier::from_bytes(self.tag?.as_bytes()).ok()?;
            intl_pluralrules::PluralRules::create(langid, PluralRuleType::CARDINAL).ok()
        });
        let rules = rules.as_ref()?;
        // intl_pluralrules reads a text's integer digits through an f64; up to 2^53 that is
        // exact, so the operands of the value itself are the same, and much cheaper to get.
        match whole.map(i64::unsigned_abs).filter(|n| *n <= 1 << 53) {
            Some(magnitude) => rules.select(magnitude),
            None => rules.select(number),
        }
        .ok()
    }
}

impl fmt::Debug for PluralRules {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PluralRules({:?})", self.tag)
    }
}

/// Rules are the same when they are filed under the same tag.
impl PartialEq for PluralRules {
    fn eq(&self, other: &PluralRules) -> bool {
        self.tag == other.tag
    }
}

impl Eq for PluralRules {}

impl Select {
    /// The pieces to write when the selector's value is written `value` (`None`: no value).
    fn variant(&self, value: Option<&str>) -> &'static [Piece] {
        if let Some((number, whole)) = value.and_then(|v| Some((v, parse_number(v)?))) {
            // The category is worked out only when a category key is reached.
            let mut category = None;
            for (key, pieces) in self.variants {
                let matches = match key {
                    Key::Number(n) => whole == Some(*n),
                    Key::Category(c) => {
                        category
                            .get_or_insert_with(|| self.rules.category(number, whole))
                            .as_ref()
                            == Some(c)
                    }
                };
                if matches {
                    return pieces;
                }
            }
        }
        self.variants
            .get(self.default)
            .map_or(&[], |(_, pieces)| pieces)
    }
}

/// How `text` reads as a number as Fluent writes one, `-?[0-9]+(.[0-9]+)?`: `None` if it is
/// not one; else its value if it is a whole number that fits an `i64`.
fn parse_number(text: &str) -> Option<Option<i64>> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, text),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (digits, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(whole) || fraction.is_some_and(|f| !all_digits(f)) {
        return None;
    }
    if fraction.is_some() {
        return Some(None);
    }
    let magnitude = whole.bytes().try_fold(0i64, |value, digit| {
        value.checked_mul(10)?.checked_add(i64::from(digit - b'0'))
    });
    Some(magnitude.map(|m| if negative { -m } else { m }))
}

/// A named value for a message's variable.
pub(crate) type Arg<'a> = (&'a str, &'a dyn fmt::Display);

/// The variable of code and range texts: the code itself (`CODE_VARIABLE` in
/// `build/contract.rs`; the build allows no other).
const CODE_VARIABLE: &str = "code";

/// The values of a message's variables while it is written: the caller's arguments, and one
/// variable whose text is known already (a code's digits, or the value a select has just read,
/// so that its variant writes it without formatting it again).
#[derive(Clone, Copy)]
struct Values<'v, 'a> {
    args: &'v [Arg<'a>],
    known: Option<(&'v str, &'v str)>,
}

impl<'v> Values<'v, '_> {
    /// The text of variable `name`: the known one, else its value written into `buffer`;
    /// `None` when it is missing or does not fit.
    fn text<'t>(self, name: &str, buffer: &'t mut Short) -> Option<&'t str>
    where
        'v: 't,
    {
        match self.known {
            Some((known, text)) if known == name => Some(text),
            _ => {
                let (_, value) = self.args.iter().find(|(n, _)| *n == name)?;
                fmt::write(buffer, format_args!("{value}")).ok()?;
                buffer.as_str()
            }
        }
    }

    /// Writes variable `name`. A variable missing from the arguments is written as `{$name}`,
    /// as Fluent does; the build checks every message's variables, so only a caller passing the
    /// wrong names can meet it.
    fn write<W: fmt::Write + ?Sized>(self, name: &str, out: &mut W) -> fmt::Result {
        match self.known {
            Some((known, text)) if known == name => out.write_str(text),
            _ => match self.args.iter().find(|(n, _)| *n == name) {
                Some((_, value)) => write!(out, "{value}"),
                None => write!(out, "{{${name}}}"),
            },
        }
    }
}

/// A value's text in a stack buffer: long enough for any integer and any float that does not
/// print past 64 digits; longer text does not fit and is not taken for a number.
struct Short {
    bytes: [u8; 64],
    len: usize,
}

impl Short {
    fn new() -> Short {
        Short {
            bytes: [0; 64],
            len: 0,
        }
    }

    fn as_str(&self) -> Option<&str> {
        core::str::from_utf8(&self.bytes[..self.len]).ok()
    }
}

impl fmt::Write for Short {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        let slot = self.bytes.get_mut(self.len..end).ok_or(fmt::Error)?;
        slot.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// Writes `pieces`, with variables and selects taken from `values`.
fn write_pieces<W: fmt::Write + ?Sized>(
    pieces: &[Piece],
    values: Values<'_, '_>,
    out: &mut W,
) -> fmt::Result {
    for piece in pieces {
        match piece {
            Piece::Text(text) => out.write_str(text)?,
            Piece::Var(name) => values.write(name, out)?,
            Piece::Select(select) => {
                let mut buffer = Short::new();
                let text = values.text(select.selector, &mut buffer);
                let known = text.map(|t| (select.selector, t)).or(values.known);
                let values = Values {
                    args: values.args,
                    known,
                };
                write_pieces(select.variant(text), values, out)?;
            }
        }
    }
    Ok(())
}

impl Message {
    /// The text, if the message has no variables.
    #[inline]
    pub(crate) fn as_static(self) -> Option<&'static str> {
        match self {
            Message::Static(text) => Some(text),
            Message::Pieces(_) => None,
        }
    }

    /// Writes the message with its variables taken from `args`. A variable missing from `args`
    /// is written as `{$name}`, as Fluent does; a select whose variable is missing writes its
    /// default variant.
    pub(crate) fn write_with<W: fmt::Write + ?Sized>(
        self,
        out: &mut W,
        args: &[Arg<'_>],
    ) -> fmt::Result {
        match self {
            Message::Static(text) => out.write_str(text),
            Message::Pieces(pieces) => write_pieces(pieces, Values { args, known: None }, out),
        }
    }
}

/// One localized text about a close code: its name, description, symptom or remedy.
///
/// Texts of registered codes are `&'static str` ([`Text::as_str`]). Texts of other codes are
/// their range's text with the number filled in; they are written on demand by
/// [`Text::write_to`] or `Display`, so a caller with a buffer never allocates.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Locale};
///
/// let registered = CloseCode::GOING_AWAY.describe(Locale::EN);
/// assert_eq!(registered.name().as_str(), Some("Going Away"));
///
/// let private = CloseCode::new(4321).describe(Locale::EN);
/// assert_eq!(private.description().as_str(), None);
/// let mut buf = String::with_capacity(256);
/// private.description().write_to(&mut buf)?;
/// assert!(buf.starts_with("Code 4321 is in the private-use range"));
/// # Ok::<(), std::fmt::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    message: Message,
    code: CloseCode,
}

impl Text {
    #[inline]
    pub(crate) fn new(message: Message, code: CloseCode) -> Text {
        Text { message, code }
    }

    /// The text as a `&'static str`, when it has no number to fill in.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "ko")] {
    /// use closecode::{CloseCode, Locale};
    ///
    /// let name = CloseCode::ABNORMAL_CLOSURE.describe(Locale::KO).name();
    /// assert_eq!(name.as_str(), Some("비정상 종료"));
    /// # }
    /// ```
    #[inline]
    pub fn as_str(&self) -> Option<&'static str> {
        self.message.as_static()
    }

    /// Writes the text into `out`, filling in the code where the text names it.
    ///
    /// # Errors
    ///
    /// Only the errors `out` itself returns.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "ko")] {
    /// use closecode::{CloseCode, Locale};
    ///
    /// let mut out = String::new();
    /// CloseCode::new(4000).describe(Locale::KO).description().write_to(&mut out)?;
    /// assert!(out.starts_with("4000 코드는"));
    /// # }
    /// # Ok::<(), std::fmt::Error>(())
    /// ```
    #[inline]
    pub fn write_to<W: fmt::Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        match self.message {
            Message::Static(text) => out.write_str(text),
            // The only variable of code and range texts is the code (the build checks it), so
            // it is written directly, without the formatting machinery.
            Message::Pieces(pieces) => {
                let mut digits = [0u8; 5];
                let code = decimal(self.code.get(), &mut digits);
                let values = Values {
                    args: &[],
                    known: Some((CODE_VARIABLE, code)),
                };
                write_pieces(pieces, values, out)
            }
        }
    }
}

/// `number` in decimal, written into the end of `digits`.
fn decimal(mut number: u16, digits: &mut [u8; 5]) -> &str {
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (number % 10) as u8;
        number /= 10;
        if number == 0 {
            break;
        }
    }
    // Only ASCII digits were written.
    core::str::from_utf8(&digits[start..]).unwrap_or_default()
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_to(f)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.as_str() {
            Some(text) => serializer.serialize_str(text),
            None => serializer.collect_str(self),
        }
    }
}

// The paths the shipped catalogs do not reach: a select on the code of a range text, and the
// reading of values that are almost numbers. Selects on caller values are checked against
// fluent-bundle in tests/it/fluent_reference.rs.
#[cfg(test)]
mod tests {
    use super::*;

    static EN: PluralRules = PluralRules::new(Some("en"));

    /// `{ $code -> [4000] the first *[other] code { $code } [one] one }`, in English.
    static BY_CODE: Select = Select {
        selector: "code",
        rules: &EN,
        variants: &[
            (Key::Number(4000), &[Piece::Text("the first")]),
            (
                Key::Category(PluralCategory::OTHER),
                &[Piece::Text("code "), Piece::Var("code")],
            ),
            (Key::Category(PluralCategory::ONE), &[Piece::Text("one")]),
        ],
        default: 1,
    };

    static PIECES: [Piece; 3] = [Piece::Text("<"), Piece::Select(&BY_CODE), Piece::Text(">")];

    fn written(code: u16) -> String {
        Text::new(Message::Pieces(&PIECES), CloseCode::new(code)).to_string()
    }

    #[test]
    fn a_range_text_selects_on_its_code() {
        assert_eq!(written(4000), "<the first>");
        assert_eq!(written(4001), "<code 4001>");
        assert_eq!(written(1), "<one>");
    }

    #[test]
    fn numbers_are_read_as_fluent_writes_them() {
        assert_eq!(parse_number("0"), Some(Some(0)));
        assert_eq!(parse_number("-0"), Some(Some(0)));
        assert_eq!(parse_number("007"), Some(Some(7)));
        assert_eq!(parse_number("-12"), Some(Some(-12)));
        assert_eq!(parse_number("1.50"), Some(None));
        assert_eq!(parse_number("99999999999999999999"), Some(None));
        for not_a_number in [
            "", "-", "1.", ".5", "+1", "1e3", "1_000", "NaN", "inf", " 1", "１",
        ] {
            assert_eq!(parse_number(not_a_number), None, "{not_a_number:?}");
        }
    }

    #[test]
    fn visible_fraction_digits_count() {
        assert_eq!(EN.category("1", Some(1)), Some(PluralCategory::ONE));
        assert_eq!(EN.category("1.0", None), Some(PluralCategory::OTHER));
        assert_eq!(EN.category("-1", Some(-1)), Some(PluralCategory::ONE));
        // Past 2^53 the text goes through intl_pluralrules, as in fluent-bundle.
        assert_eq!(
            EN.category("9007199254740993", Some(9007199254740993)),
            Some(PluralCategory::OTHER)
        );
    }

    #[test]
    fn without_rules_only_numbers_and_the_default_match() {
        static NONE: PluralRules = PluralRules::new(None);
        assert_eq!(NONE.category("1", Some(1)), None);
    }
}
