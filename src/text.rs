//! Localized text, compiled at build time.
//!
//! A message without variables is a `&'static str`. A message with variables (the range texts,
//! which name the code) is a list of pieces joined when the text is written, so nothing is
//! parsed at run time and nothing is allocated unless the caller asks for a `String`.

use core::fmt;

use crate::CloseCode;

/// A compiled Fluent pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Message {
    /// Text with no variables.
    Static(&'static str),
    /// Text and variables, in order.
    Pieces(&'static [Piece]),
}

/// A piece of a compiled pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Piece {
    /// Literal text.
    Text(&'static str),
    /// A variable, filled in from the arguments when the text is written.
    Var(&'static str),
}

/// A named value for a message's variable.
pub(crate) type Arg<'a> = (&'a str, &'a dyn fmt::Display);

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
    /// is written as `{$name}`, as Fluent does; the build checks every message's variables, so
    /// only a caller passing the wrong names can meet it.
    pub(crate) fn write_with<W: fmt::Write + ?Sized>(
        self,
        out: &mut W,
        args: &[Arg<'_>],
    ) -> fmt::Result {
        match self {
            Message::Static(text) => out.write_str(text),
            Message::Pieces(pieces) => {
                for piece in pieces {
                    match piece {
                        Piece::Text(text) => out.write_str(text)?,
                        Piece::Var(name) => match args.iter().find(|(n, _)| n == name) {
                            Some((_, value)) => write!(out, "{value}")?,
                            None => write!(out, "{{${name}}}")?,
                        },
                    }
                }
                Ok(())
            }
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
    /// use closecode::{CloseCode, Locale};
    ///
    /// let name = CloseCode::ABNORMAL_CLOSURE.describe(Locale::KO).name();
    /// assert_eq!(name.as_str(), Some("비정상 종료"));
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
    /// use closecode::{CloseCode, Locale};
    ///
    /// let mut out = String::new();
    /// CloseCode::new(4000).describe(Locale::KO).description().write_to(&mut out)?;
    /// assert!(out.starts_with("4000 코드는"));
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
                let number = decimal(self.code.get(), &mut digits);
                for piece in pieces {
                    out.write_str(match piece {
                        Piece::Text(text) => text,
                        Piece::Var(_) => number,
                    })?;
                }
                Ok(())
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
