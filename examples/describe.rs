//! The smallest program that describes a close code: `describe 1006 ja` prints the name and
//! description of 1006 in the language of the tag (English when the tag names a language the
//! build does not ship). The README's table of bytes per locale is this program, built with each
//! combination of the locale features and stripped:
//!
//! ```text
//! cargo build --release --example describe --no-default-features --features ko
//! ```

use closecode::{CloseCode, Locale};

fn main() {
    let mut args = std::env::args().skip(1);
    let code: CloseCode = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(CloseCode::ABNORMAL_CLOSURE);
    let locale = args
        .next()
        .and_then(|tag| Locale::from_tag(&tag).ok())
        .unwrap_or_default();
    let text = code.describe(locale);
    println!("{code} {}\n{}", text.name(), text.description());
}
