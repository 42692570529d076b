//! Inline code in catalog texts. The one convention: code, a header or directive name, a
//! function call stands between two backticks, as in Markdown (`` `proxy_read_timeout` ``).
//! Fluent reads backticks as plain text, so the catalogs stay valid Fluent and fluent-bundle
//! gives the same text; the renderers turn each pair into `<code>` in HTML, a code span in
//! Markdown, and nothing (the bare code) in a terminal.
//!
//! Checked here: every pattern's backticks pair up, a pair holds some code, and a pair does not
//! reach across a placeable or a select (each text between placeables, and each variant, pairs
//! on its own). Names (a code's or range's value) and texts for end users (`.user`,
//! `user-...`) hold no code at all: names become titles, and end users never meet code.
//!
//! Owns: the inline-code convention. May not touch: anything else about a message's shape
//! (`shape.rs`).

use super::super::problem::Problem;
use super::{Catalog, Pattern, Piece};

/// Checks every pattern of every message of `catalog`.
pub(super) fn check(catalog: &Catalog, problems: &mut Vec<Problem>) {
    for (id, message) in &catalog.messages {
        let entry = id.starts_with("code-") || id.starts_with("range-");
        let name = message.value.as_ref().filter(|_| entry);
        let user = message
            .attributes
            .get("user")
            .into_iter()
            .chain(message.value.as_ref().filter(|_| id.starts_with("user-")));
        for pattern in name.into_iter().chain(user) {
            if has_backtick(pattern) {
                let text = "a name or a text for end users holds no inline code; write it without backticks";
                problems.push(catalog.problem(message.file, pattern.offset, id, text.to_owned()));
            }
        }
        for (_, pattern) in message.patterns() {
            if let Some(text) = unpaired(pattern) {
                problems.push(catalog.problem(message.file, pattern.offset, id, text));
            }
        }
    }
}

fn has_backtick(pattern: &Pattern) -> bool {
    pattern.pieces.iter().any(|piece| match piece {
        Piece::Text(text) => text.contains('`'),
        Piece::Var(_) => false,
        Piece::Select(select) => select.variants.iter().any(|v| has_backtick(&v.pattern)),
    })
}

/// What is wrong with the backticks of `pattern`, if anything.
fn unpaired(pattern: &Pattern) -> Option<String> {
    for piece in &pattern.pieces {
        match piece {
            Piece::Text(text) => {
                let count = text.matches('`').count();
                if count % 2 == 1 {
                    return Some(format!(
                        "an unpaired backtick in {text:?}: inline code stands between two backticks (`like_this`), and a pair may not reach across a placeable"
                    ));
                }
                if text.contains("``") {
                    return Some(format!(
                        "an empty pair of backticks in {text:?}: put the code between them"
                    ));
                }
            }
            Piece::Var(_) => {}
            Piece::Select(select) => {
                if let Some(problem) = select.variants.iter().find_map(|v| unpaired(&v.pattern)) {
                    return Some(problem);
                }
            }
        }
    }
    None
}
