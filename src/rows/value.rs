//! A value filled into a message variable.

use core::fmt;

/// The value of a message's variable, for [`Locale::format`](crate::Locale::format) and
/// [`Locale::format_to`](crate::Locale::format_to): a whole number, a float, or text.
///
/// Make one with `From` (or `.into()`) from any integer type up to 64 bits, `f32`, `f64`,
/// `&str`, `&String` and [`CloseCode`](super::code::CloseCode); anything else that implements `Display` goes through
/// [`Value::display`]. A value only borrows, so making one never allocates. It is `Send` and
/// `Sync`, so arguments can be held across an `.await` in a spawned task.
///
/// A select (`{ $seconds -> [0] now [one] .. *[other] .. }`) reads a value as fluent-bundle
/// does: a number matches a numeric key equal to it as a whole number, or the category key
/// (`[one]`) the locale's plural rules give it; text matches only a category key of the same
/// name (`"one"` picks `[one]`, `"1"` is not a number). Anything else takes the default (`*`)
/// variant.
///
/// # Examples
///
/// ```
/// use closecode::{Label, Locale, Value};
///
/// let seconds = 5u64;
/// let text = Locale::EN.format(Label::RECONNECT_IN, &[("seconds", seconds.into())]);
/// assert_eq!(text, "in 5 seconds");
/// assert_eq!(Locale::EN.format(Label::RECONNECT_IN, &[("seconds", Value::from(1))]), "in 1 second");
/// assert_eq!(Locale::EN.format(Label::RECONNECT_IN, &[("seconds", 1.5.into())]), "in 1.5 seconds");
/// assert_eq!(Value::from(-12).to_string(), "-12");
/// ```
#[derive(Clone, Copy)]
pub struct Value<'a>(pub(crate) Repr<'a>);

#[derive(Clone, Copy)]
pub(crate) enum Repr<'a> {
    /// A whole number as its sign and magnitude, which hold every `i64` and every `u64`.
    Integer {
        negative: bool,
        magnitude: u64,
    },
    /// A float, with the function that writes it as `Display` does: set where a float value
    /// is made (`From<f64>`), so that a program that never makes one links no float formatting
    /// (7.5 KB of the npm package's wasm, gzipped).
    Float(f64, WriteFloat),
    Str(&'a str),
    Display(&'a (dyn fmt::Display + Sync)),
}

/// Writes a float into a formatter; see [`Repr::Float`].
pub(crate) type WriteFloat = fn(f64, &mut fmt::Formatter<'_>) -> fmt::Result;
