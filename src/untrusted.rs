//! Text from the other side of a connection, made safe to print.
//!
//! It lives outside the renderers because [`Closed`](crate::Closed) prints a peer's reason
//! with it in every build, with or without the `pages` feature.

use std::fmt;

/// Untrusted text (such as a close reason, which the peer writes) made safe to print on a
/// terminal or in a log: control characters (C0, DEL, C1), bidirectional controls (U+061C,
/// U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) and the backslash are written as
/// escapes (`\n`, `\u{202e}`, `\\`), so the text cannot move the cursor, recolor the terminal
/// or reorder what follows it.
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "ko")] {
/// use closecode::Untrusted;
///
/// assert_eq!(Untrusted("bye\x1b[31m\u{202e}").to_string(), "bye\\u{1b}[31m\\u{202e}");
/// assert_eq!(Untrusted("정상 종료").to_string(), "정상 종료");
/// # }
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Untrusted<'a>(pub &'a str);

impl fmt::Display for Untrusted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write as _;
        for c in self.0.chars() {
            match c {
                '\\' => f.write_str("\\\\")?,
                '\n' => f.write_str("\\n")?,
                '\r' => f.write_str("\\r")?,
                '\t' => f.write_str("\\t")?,
                '\u{061c}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}' => write!(f, "\\u{{{:x}}}", u32::from(c))?,
                c if c.is_control() => write!(f, "\\u{{{:x}}}", u32::from(c))?,
                c => f.write_char(c)?,
            }
        }
        Ok(())
    }
}
