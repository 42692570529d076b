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
    /// A variable; the build allows only `$code` in code and range texts.
    Var(&'static str),
}

impl Message {
    /// The text of a message the build guarantees has no variables (labels and phrases).
    pub(crate) fn as_static(self) -> &'static str {
        match self {
            Message::Static(text) => text,
            Message::Pieces(_) => "",
        }
    }
}

/// One localized text about a close code: its name, description, symptom or remedy.
///
/// Texts of registered codes are `&'static str` ([`Text::as_str`]). Texts of other codes are
/// their range's text with the number filled in; they are written on demand by
/// [`Text::write_to`] or `Display`, so a caller with a buffer never allocates.
///
/// # Example
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
    pub(crate) fn new(message: Message, code: CloseCode) -> Text {
        Text { message, code }
    }

    /// The text as a `&'static str`, when it has no number to fill in.
    ///
    /// # Example
    ///
    /// ```
    /// use closecode::{CloseCode, Locale};
    ///
    /// let name = CloseCode::ABNORMAL_CLOSURE.describe(Locale::KO).name();
    /// assert_eq!(name.as_str(), Some("비정상 종료"));
    /// ```
    pub fn as_str(&self) -> Option<&'static str> {
        match self.message {
            Message::Static(text) => Some(text),
            Message::Pieces(_) => None,
        }
    }

    /// Writes the text into `out`, filling in the code where the text names it.
    ///
    /// # Errors
    ///
    /// Only the errors `out` itself returns.
    ///
    /// # Example
    ///
    /// ```
    /// use closecode::{CloseCode, Locale};
    ///
    /// let mut out = String::new();
    /// CloseCode::new(4000).describe(Locale::KO).description().write_to(&mut out)?;
    /// assert!(out.starts_with("4000번 코드는"));
    /// # Ok::<(), std::fmt::Error>(())
    /// ```
    pub fn write_to<W: fmt::Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        match self.message {
            Message::Static(text) => out.write_str(text),
            Message::Pieces(pieces) => {
                for piece in pieces {
                    match piece {
                        Piece::Text(text) => out.write_str(text)?,
                        Piece::Var(_) => write!(out, "{}", self.code.get())?,
                    }
                }
                Ok(())
            }
        }
    }
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
