//! The value of a message's variable: [`Value`], and how a select reads it.
//!
//! Why a type of its own rather than `&dyn Display`: a select picks its variant by the number a
//! variable holds, and behind `&dyn Display` a number is known only by its text, so every
//! value had to be formatted through `core::fmt` into a buffer and read back. With the number
//! typed, a select reads it directly and its digits are written without the formatting
//! machinery; floats and other displayable values are formatted once, as before (README,
//! Performance).

use core::fmt;

use crate::CloseCode;
pub(crate) use crate::rows::value::Repr;
pub use crate::rows::value::Value;

impl<'a> Value<'a> {
    /// Any displayable value that may be shared between threads, written with its `Display`
    /// implementation. A select reads it as text: give numbers as numbers (`Value::from(5)`) for
    /// the plural rules to read them.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Label, Locale, Value};
    ///
    /// let name = CloseCode::GOING_AWAY.describe(Locale::EN).name();
    /// let args = [("peer", Value::display(&name))];
    /// assert_eq!(Locale::EN.format(Label::PEER_ACCEPTS, &args), "Going Away accepts this payload.");
    /// ```
    pub fn display(value: &'a (dyn fmt::Display + Sync)) -> Value<'a> {
        Value(Repr::Display(value))
    }

    /// The value as a count, if it is a whole number from 0 given as an integer.
    #[inline]
    pub(crate) fn count(self) -> Option<u64> {
        match self.0 {
            Repr::Integer {
                negative: false,
                magnitude,
            } => Some(magnitude),
            _ => None,
        }
    }

    /// Writes the value as a message shows it: integers in plain decimal digits, floats and
    /// other values by their `Display`.
    #[inline]
    pub(crate) fn write<W: fmt::Write + ?Sized>(self, out: &mut W) -> fmt::Result {
        match self.0 {
            Repr::Integer {
                negative,
                magnitude,
            } => {
                if negative {
                    out.write_char('-')?;
                }
                write_decimal(magnitude, out)
            }
            Repr::Float(number, write) => write!(out, "{}", Float(number, write)),
            Repr::Str(text) => out.write_str(text),
            Repr::Display(value) => write!(out, "{value}"),
        }
    }

    /// How a select reads the value (`None`: it matches no key), and the text it was written
    /// as when reading it meant writing it. A float or a displayed value is known only by its
    /// text, so it is written into `buffer` once, read from there, and the chosen variant
    /// writes that text; text that does not fit (longer than any number or category name)
    /// matches no key, and the variant writes the value again.
    #[inline]
    pub(crate) fn read<'t>(self, buffer: &'t mut Short) -> (Option<Reading<'t>>, Option<&'t str>)
    where
        'a: 't,
    {
        match self.0 {
            Repr::Integer {
                negative,
                magnitude,
            } => {
                let whole = i64::try_from(magnitude)
                    .ok()
                    .map(|m| if negative { -m } else { m });
                let operands = if magnitude <= EXACT {
                    Operands::Magnitude(magnitude)
                } else {
                    // Rare, so through `core::fmt`; 20 digits always fit.
                    match buffer.hold(format_args!("{magnitude}")) {
                        Some(digits) => Operands::Written(digits),
                        None => return (None, None),
                    }
                };
                (Some(Reading::Number { whole, operands }), None)
            }
            Repr::Str(text) => (Some(Reading::Text(text)), None),
            Repr::Float(number, write) => {
                match buffer.hold(format_args!("{}", Float(number, write))) {
                    Some(text) => (Some(Reading::written(text)), Some(text)),
                    None => (None, None),
                }
            }
            Repr::Display(value) => match buffer.hold(format_args!("{value}")) {
                Some(text) => (Some(Reading::Text(text)), Some(text)),
                None => (None, None),
            },
        }
    }
}

/// intl_pluralrules reads a written number's integer digits through an `f64`, exact up to
/// 2^53; up to there the operands of the value itself are the same, and much cheaper to get.
const EXACT: u64 = 1 << 53;

/// A selector's value as a select reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reading<'t> {
    /// A number: its value if it is a whole number that fits an `i64`, and what the plural
    /// rules read of it.
    Number {
        whole: Option<i64>,
        operands: Operands<'t>,
    },
    /// Text, which matches a category key of the same name.
    Text(&'t str),
}

/// What the plural rules read of a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Operands<'t> {
    /// A whole number up to 2^53, without its sign (the rules ignore it).
    Magnitude(u64),
    /// The number as Fluent writes it; CLDR counts its visible fraction digits (`1.50`).
    Written(&'t str),
}

impl<'t> Reading<'t> {
    /// How a float's text reads. Rust writes every finite `f64` as Fluent writes numbers,
    /// `-?[0-9]+(.[0-9]+)?`; NaN and infinity are text to us (fluent-bundle gives them the
    /// category `other`).
    fn written(text: &'t str) -> Reading<'t> {
        match parse_number(text) {
            Some(whole) => Reading::Number {
                whole,
                operands: match whole.map(i64::unsigned_abs).filter(|m| *m <= EXACT) {
                    Some(magnitude) => Operands::Magnitude(magnitude),
                    None => Operands::Written(text),
                },
            },
            None => Reading::Text(text),
        }
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

/// Writes `number` in decimal, a character at a time: for the one- to four-digit counts of
/// user messages that is cheaper than making a `&str` of the digits, which `from_utf8` would
/// have to check.
fn write_decimal<W: fmt::Write + ?Sized>(mut number: u64, out: &mut W) -> fmt::Result {
    // One digit, as most counts in user messages are (seconds, attempts): without the buffer.
    if number < 10 {
        return out.write_char(char::from(b'0' + number as u8));
    }
    // u64::MAX has 20 digits.
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    while let Some(slot) = start.checked_sub(1).and_then(|i| digits.get_mut(i)) {
        *slot = b'0' + (number % 10) as u8;
        start -= 1;
        number /= 10;
        if number == 0 {
            break;
        }
    }
    digits[start..]
        .iter()
        .try_for_each(|digit| out.write_char(char::from(*digit)))
}

/// A value's text in a stack buffer, so that a select reads it without allocating: long
/// enough for any integer, any category name and any float that does not print past 64
/// digits; longer text does not fit.
pub(crate) struct Short {
    bytes: [u8; 64],
    len: usize,
}

impl Short {
    pub(crate) fn new() -> Short {
        Short {
            bytes: [0; 64],
            len: 0,
        }
    }

    /// Writes `args` into the buffer and returns the text; `None` if it does not fit.
    fn hold(&mut self, args: fmt::Arguments<'_>) -> Option<&str> {
        fmt::write(self, args).ok()?;
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

/// Integer types: every value fits a sign and a `u64` magnitude.
macro_rules! from_integers {
    ($($unsigned:ty),* ; $($signed:ty),*) => {
        $(impl From<$unsigned> for Value<'_> {
            fn from(number: $unsigned) -> Self {
                // Lossless: no unsigned type here is wider than 64 bits.
                Value(Repr::Integer { negative: false, magnitude: number as u64 })
            }
        })*
        $(impl From<$signed> for Value<'_> {
            fn from(number: $signed) -> Self {
                // Lossless: no signed type here is wider than 64 bits.
                Value(Repr::Integer { negative: number < 0, magnitude: number.unsigned_abs() as u64 })
            }
        })*
    };
}

from_integers!(u8, u16, u32, u64, usize; i8, i16, i32, i64, isize);

impl From<f64> for Value<'_> {
    fn from(number: f64) -> Self {
        Value(Repr::Float(number, write_float))
    }
}

/// A float as `Display` writes it: what a float value holds to write itself
/// ([`Repr::Float`]).
fn write_float(number: f64, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    fmt::Display::fmt(&number, f)
}

/// A float value, displayed by the function it holds.
struct Float(f64, crate::rows::value::WriteFloat);

impl fmt::Display for Float {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (self.1)(self.0, f)
    }
}

/// Widened to `f64`, as fluent-bundle does: `0.1f32` is written `0.10000000149011612`.
impl From<f32> for Value<'_> {
    fn from(number: f32) -> Self {
        Value(Repr::Float(f64::from(number), write_float))
    }
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(text: &'a str) -> Self {
        Value(Repr::Str(text))
    }
}

impl<'a> From<&'a String> for Value<'a> {
    fn from(text: &'a String) -> Self {
        Value(Repr::Str(text))
    }
}

/// The code's number.
impl From<CloseCode> for Value<'_> {
    fn from(code: CloseCode) -> Self {
        Value::from(code.get())
    }
}

/// The value as a message writes it.
impl fmt::Display for Value<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f)
    }
}

impl fmt::Debug for Value<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Repr::Integer { .. } | Repr::Float(..) => write!(f, "Value({self})"),
            Repr::Str(text) => write!(f, "Value({text:?})"),
            Repr::Display(value) => write!(f, "Value(display {:?})", DebugText(value)),
        }
    }
}

/// A displayed value's text, quoted as `Debug` quotes a string, without allocating.
struct DebugText<'a>(&'a dyn fmt::Display);

impl fmt::Debug for DebugText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buffer = Short::new();
        match buffer.hold(format_args!("{}", self.0)) {
            Some(text) => write!(f, "{text:?}"),
            None => f.write_str("(long text)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads `value` and checks the reading and the text its variant writes.
    fn check(value: Value<'_>, reading: Option<Reading<'_>>, text: &str) {
        let mut buffer = Short::new();
        let (read, written) = value.read(&mut buffer);
        assert_eq!(read, reading, "{value:?}");
        let written = written.map_or_else(|| value.to_string(), str::to_owned);
        assert_eq!(written, text, "{value:?}");
    }

    fn number(whole: Option<i64>, operands: Operands<'_>) -> Option<Reading<'_>> {
        Some(Reading::Number { whole, operands })
    }

    #[test]
    fn integers_are_read_without_formatting() {
        check(
            Value::from(0u8),
            number(Some(0), Operands::Magnitude(0)),
            "0",
        );
        check(
            Value::from(-7i8),
            number(Some(-7), Operands::Magnitude(7)),
            "-7",
        );
        check(
            CloseCode::new(4403).into(),
            number(Some(4403), Operands::Magnitude(4403)),
            "4403",
        );
        // Past 2^53 the digits go to intl_pluralrules, as fluent-bundle's text does.
        let past = (1 << 53) + 1;
        check(
            Value::from(past),
            number(Some(past), Operands::Written("9007199254740993")),
            "9007199254740993",
        );
        check(
            Value::from(i64::MIN),
            number(None, Operands::Written("9223372036854775808")),
            "-9223372036854775808",
        );
        check(
            Value::from(u64::MAX),
            number(None, Operands::Written("18446744073709551615")),
            "18446744073709551615",
        );
    }

    #[test]
    fn floats_are_read_from_their_text() {
        check(
            Value::from(1.0),
            number(Some(1), Operands::Magnitude(1)),
            "1",
        );
        check(
            Value::from(-0.0),
            number(Some(0), Operands::Magnitude(0)),
            "-0",
        );
        check(
            Value::from(1.5),
            number(None, Operands::Written("1.5")),
            "1.5",
        );
        check(Value::from(f64::NAN), Some(Reading::Text("NaN")), "NaN");
        check(Value::from(1e300), None, &1e300.to_string());
    }

    #[test]
    fn text_stays_text() {
        check(Value::from("1"), Some(Reading::Text("1")), "1");
        let one = String::from("one");
        check(Value::from(&one), Some(Reading::Text("one")), "one");
        check(Value::display(&2), Some(Reading::Text("2")), "2");
        let long = "x".repeat(65);
        check(Value::display(&long), None, &long);
        assert_eq!(
            format!("{:?}", Value::display(&long)),
            "Value(display (long text))"
        );
        assert_eq!(
            format!("{:?}", Value::display(&'a')),
            "Value(display \"a\")"
        );
    }

    /// Arguments can live across an `.await` in a spawned task (a countdown).
    #[test]
    fn values_are_send_and_sync() {
        fn send_sync<T: Send + Sync>(_: &T) {}
        let name = crate::CloseCode::GOING_AWAY
            .describe(crate::Locale::EN)
            .name();
        send_sync(&[("seconds", Value::from(5)), ("name", Value::display(&name))]);
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
}
