//! Spacing between Japanese and Latin text in Japanese catalogs. The ja house style (DESIGN.md,
//! "Japanese") writes Japanese right next to Latin words, numbers, inline code and placeables,
//! with no space on either side: 「TLSハンドシェイク」「1006は」「`close()`を呼ぶ」「{ $code }は」.
//!
//! Checked here, for every catalog whose language is Japanese (`ja`, `ja-JP`, ...): every run of
//! ASCII spaces with a Japanese character (Hiragana, Katakana, CJK ideographs, CJK and
//! full-width punctuation) on one side and, on the other, a Latin word (a run of ASCII
//! characters holding a letter or a digit: `RFC`, `6455`, `.NET`, `--help`, `close(1000)`),
//! inline code or a placeable. Text inside inline code is not checked, and a lone sign such as
//! the `-` of a list item or a command-line argument is not a word.
//!
//! Owns: the Japanese spacing rule. May not touch: other locales, or anything else about a
//! message's text (`inline.rs` owns the backticks).

use super::super::problem::Problem;
use super::{Catalog, Pattern, Piece};

/// Checks every pattern of every message of `catalog`, if its language is Japanese.
pub(super) fn check(catalog: &Catalog, problems: &mut Vec<Problem>) {
    if catalog.tag.split('-').next() != Some("ja") {
        return;
    }
    for (id, message) in &catalog.messages {
        for (_, pattern) in message.patterns() {
            check_pattern(catalog, message.file, id, pattern, problems);
        }
    }
}

/// One character of a pattern's text, or a placeable (written as it reads in the source).
enum Unit {
    Char(char),
    Placeable(String),
}

impl Unit {
    fn is_japanese(&self) -> bool {
        matches!(self, Unit::Char(c) if is_japanese(*c))
    }

    /// The character the source holds on this side of the unit: a placeable's brace.
    fn source_char(&self, start: bool) -> char {
        match self {
            Unit::Char(c) => *c,
            Unit::Placeable(_) if start => '{',
            Unit::Placeable(_) => '}',
        }
    }
}

fn is_japanese(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}' // CJK symbols and punctuation: 、。「」
        | '\u{3040}'..='\u{30FF}' // Hiragana, Katakana
        | '\u{31F0}'..='\u{31FF}' // Katakana phonetic extensions
        | '\u{3400}'..='\u{4DBF}' // CJK ideographs, extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK ideographs
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
        | '\u{FF00}'..='\u{FFEF}' // full-width forms: （）：
    )
}

/// Whether the units of `word` (a run of ASCII characters with no space, read outward from
/// the space) start or end with a Latin word, inline code or a placeable.
fn is_latin<'u>(word: impl Iterator<Item = &'u Unit>) -> bool {
    let mut latin = false;
    for unit in word {
        match unit {
            Unit::Placeable(_) => return true,
            Unit::Char(c) if c.is_ascii_graphic() => {
                latin |= c.is_ascii_alphanumeric() || *c == '`';
            }
            Unit::Char(_) => break,
        }
    }
    latin
}

/// The pattern's text as units; a select is one placeable, and each of its variants is checked
/// as a pattern of its own.
fn units(
    catalog: &Catalog,
    file: usize,
    id: &str,
    pattern: &Pattern,
    problems: &mut Vec<Problem>,
) -> Vec<Unit> {
    let mut units = Vec::new();
    for piece in &pattern.pieces {
        match piece {
            Piece::Text(text) => units.extend(text.chars().map(Unit::Char)),
            Piece::Var(var) => units.push(Unit::Placeable(format!("{{ ${var} }}"))),
            Piece::Select(select) => {
                for variant in &select.variants {
                    check_pattern(catalog, file, id, &variant.pattern, problems);
                }
                let text = format!("{{ ${} -> … }}", select.selector);
                units.push(Unit::Placeable(text));
            }
        }
    }
    units
}

fn check_pattern(
    catalog: &Catalog,
    file: usize,
    id: &str,
    pattern: &Pattern,
    problems: &mut Vec<Problem>,
) {
    let units = units(catalog, file, id, pattern, problems);
    let source = &catalog.files[file].text;
    // Text is copied from the source in order, so each finding is the first match of its
    // characters after the one before (placeables match by their braces). Text that is not a
    // copy (a string literal placeable) is reported at the pattern's start.
    let mut cursor = pattern.offset;
    let mut in_code = false;
    let mut at = 0;
    while at < units.len() {
        if !matches!(units[at], Unit::Char(' ')) {
            in_code ^= matches!(units[at], Unit::Char('`'));
            at += 1;
            continue;
        }
        let start = at;
        while matches!(units.get(at), Some(Unit::Char(' '))) {
            at += 1;
        }
        let (Some(before), Some(after)) = (start.checked_sub(1).map(|i| &units[i]), units.get(at))
        else {
            continue;
        };
        let wrong = (before.is_japanese() && is_latin(units[at..].iter()))
            || (after.is_japanese() && is_latin(units[..start].iter().rev()));
        if in_code || !wrong {
            continue;
        }
        let (left_char, right_char) = (before.source_char(false), after.source_char(true));
        let needle = format!("{left_char}{}{right_char}", " ".repeat(at - start));
        let offset = match source.get(cursor..).and_then(|rest| rest.find(&needle)) {
            Some(found) => {
                cursor += found + left_char.len_utf8();
                cursor
            }
            None => pattern.offset,
        };
        // A few characters either side, and whole Latin words at the edges.
        let word = |unit: &Unit| matches!(unit, Unit::Char(c) if c.is_ascii_graphic());
        let mut left = start.saturating_sub(6);
        while left > 0 && word(&units[left - 1]) && word(&units[left]) {
            left -= 1;
        }
        let mut right = (at + 6).min(units.len());
        while right < units.len() && word(&units[right]) && word(&units[right - 1]) {
            right += 1;
        }
        let shown = text(&units[left..right]);
        let fixed = text(&units[left..start]) + &text(&units[at..right]);
        problems.push(catalog.problem(
            file,
            offset,
            id,
            format!(
                "a space between Japanese and Latin text in {shown:?}: Latin words, numbers, inline code and placeables stand right next to Japanese text, with no space (DESIGN.md, Japanese); write {fixed:?}"
            ),
        ));
    }
}

/// The units as the reader sees them: characters, and placeables as the source writes them.
fn text(units: &[Unit]) -> String {
    units
        .iter()
        .map(|unit| match unit {
            Unit::Char(c) => c.to_string(),
            Unit::Placeable(text) => text.clone(),
        })
        .collect()
}
