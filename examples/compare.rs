//! Prints the key differences between two close codes.
//!
//! ```text
//! cargo run --example compare -- 1001 1014 ko
//! ```

use closecode::{CloseCode, Locale, compare};

fn main() {
    let mut args = std::env::args().skip(1);
    let a: CloseCode = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(CloseCode::GOING_AWAY);
    let b: CloseCode = args
        .next()
        .and_then(|b| b.parse().ok())
        .unwrap_or(CloseCode::BAD_GATEWAY);
    let locale = args
        .next()
        .and_then(|l| Locale::from_tag(&l).ok())
        .unwrap_or_default();

    let comparison = compare(a, b, locale);
    println!("{}\n\n{}\n", comparison.title(), comparison.intro());
    for difference in comparison.differences() {
        println!("- {}: {}", difference.aspect.label(locale), difference.text);
    }
    if let Some(none) = comparison.no_differences() {
        println!("{none}");
    }
}
