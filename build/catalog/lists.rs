//! Lists in catalog texts. The one convention: a text that enumerates causes or steps is a
//! multiline Fluent value, an introductory line followed by one line per item, each starting
//! with `- `:
//!
//! ```ftl
//!     .remedy =
//!         First find out whether the connection ever opened:
//!         - In a browser, ...
//!         - If open never fired, ...
//! ```
//!
//! Fluent keeps the line breaks of a multiline pattern (fluent-bundle gives the same text), and
//! `-` is not special at the start of a continuation line (unlike `[`, `*` and `.`), so the
//! catalogs stay valid Fluent. The pages turn such a text into a paragraph (the introduction)
//! and a list; a terminal shows `•` items, HTML `<ul>`, Markdown `- ` items.
//!
//! Checked here: a line break stands only before an item (a stray one in prose is a problem,
//! and so is an empty line); a list has an introduction and no empty item; a list stands only
//! in a `.symptom` or a `.remedy` of a code, range, failure or profile entry, the texts a page
//! shows under their own heading (never in a name, a `.description`, a `.cause`, `.sending`,
//! `.receiving` or `.user`, nor in a label: those are read inside sentences, titles, table
//! cells and one-line answers); and a list in the fallback locale is a list of the same number
//! of items in every other locale (and the other way round), so that translations stay item for
//! item.
//!
//! Owns: the list convention. May not touch: inline code (`inline.rs`) or anything else about a
//! message's shape (`shape.rs`).

use std::collections::BTreeMap;

use super::super::problem::Problem;
use super::required::Kind;
use super::{Catalog, Pattern, Piece};

/// What starts a list item, at the start of a line.
const ITEM: &str = "- ";

/// The attributes a list may stand in.
const LIST_ATTRIBUTES: [&str; 2] = ["symptom", "remedy"];

/// Checks every pattern of every message of `catalog`; `required` says what each message is.
pub(super) fn check(
    catalog: &Catalog,
    required: &BTreeMap<String, Kind>,
    problems: &mut Vec<Problem>,
) {
    for (id, message) in &catalog.messages {
        for (attribute, pattern) in message.patterns() {
            let problem = |at: usize, text: String| catalog.problem(message.file, at, id, text);
            let lines = match lines(pattern) {
                Ok(lines) => lines,
                Err(text) => {
                    problems.push(problem(pattern.offset, text));
                    continue;
                }
            };
            let Some((intro, rest)) = lines.split_first() else {
                continue;
            };
            if rest.is_empty() {
                continue;
            }
            // Where the `k`-th line of the text stands in the file: a multiline pattern's lines
            // are the file's lines from the pattern's start, indented.
            let source = &catalog.files[message.file].text;
            let at = |k: usize| {
                let mut pos = pattern.offset.min(source.len());
                for _ in 0..k {
                    pos = source[pos..].find('\n').map_or(pos, |i| pos + i + 1);
                }
                pos + (source[pos..].len() - source[pos..].trim_start_matches(' ').len())
            };
            let mut structured = true;
            if intro.starts_with(ITEM.trim_end()) {
                structured = false;
                problems.push(problem(at(0), format!(
                    "a list needs an introductory line before its first item {:?}: write what the items are (such as `Usual causes:`) on the line before",
                    beginning(intro)
                )));
            }
            for (k, line) in rest.iter().enumerate().map(|(k, l)| (k + 1, l)) {
                let item = line.strip_prefix(ITEM);
                if line.trim().is_empty() {
                    structured = false;
                    problems.push(problem(at(k),
                        "an empty line in the text: a text is one paragraph, optionally followed by list items (`- ` lines); remove the empty line"
                    .to_owned()));
                } else if item.is_some_and(|i| i.trim().is_empty()) || line.trim() == "-" {
                    structured = false;
                    problems.push(problem(
                        at(k),
                        "an empty list item: write the item after `- `, or remove the line"
                            .to_owned(),
                    ));
                } else if item.is_none() {
                    structured = false;
                    problems.push(problem(at(k), format!(
                        "a line break before {:?}: a text is one paragraph, and a line may break only before a list item, which starts with `- `; join the lines, or start the item with `- `",
                        beginning(line)
                    )));
                }
            }
            let allowed = attribute.is_some_and(|a| LIST_ATTRIBUTES.contains(&a))
                && matches!(
                    required.get(id),
                    Some(
                        Kind::Entry { .. }
                            | Kind::Failure { .. }
                            | Kind::Profile { entry: Some(_), .. }
                    )
                );
            if structured && !allowed {
                let what = match attribute {
                    Some(name) => format!(".{name}"),
                    None => "the value".to_owned(),
                };
                problems.push(problem(pattern.offset, format!(
                    "{what} holds a list, but a list may stand only in the .symptom or .remedy of a code, range, failure or profile entry (names, .description, .cause, .sending, .receiving, .user and labels are read inside sentences, titles and one-line answers); write it as one line of prose"
                )));
            }
        }
    }
}

/// The number of items of each list of `catalog` in the fallback locale's `reference`, and the
/// other way round, must agree: a list in one locale is a list of as many items in the others.
pub(super) fn compare(reference: &Catalog, other: &Catalog, problems: &mut Vec<Problem>) {
    let (en, tag) = (reference.tag, other.tag);
    for (id, message) in &reference.messages {
        let Some(theirs) = other.messages.get(id) else {
            continue;
        };
        for (attribute, pattern) in message.patterns() {
            let Some(their_pattern) = theirs.pattern(attribute) else {
                continue;
            };
            let (n, m) = (items(pattern), items(their_pattern));
            if n == m {
                continue;
            }
            let what = attribute.map_or_else(|| "the value".to_owned(), |a| format!(".{a}"));
            let text = if m == 0 {
                format!(
                    "{what} is a list of {} in {en} but one paragraph in {tag}: write an introductory line, then the same items, one `- ` line each",
                    counted(n)
                )
            } else if n == 0 {
                format!(
                    "{what} is a list of {} in {tag} but one paragraph in {en}: make it a list in {en} too, or join it into one paragraph",
                    counted(m)
                )
            } else {
                format!(
                    "{what} is a list of {} in {tag} but {n} in {en}: every locale lists the same items, one `- ` line each, in the same order",
                    counted(m)
                )
            };
            problems.push(other.problem(theirs.file, their_pattern.offset, id, text));
        }
    }
}

/// The first words of `line`, to name it in a problem.
fn beginning(line: &str) -> String {
    let mut words: String = line.chars().take(40).collect();
    if words.len() < line.len() {
        words.push('…');
    }
    words
}

/// "1 item", "3 items".
fn counted(n: usize) -> String {
    if n == 1 {
        "1 item".to_owned()
    } else {
        format!("{n} items")
    }
}

/// The lines of `pattern`'s text, a placeable standing for itself; an error when a line breaks
/// inside a select's variant.
fn lines(pattern: &Pattern) -> Result<Vec<String>, String> {
    let mut text = String::new();
    for piece in &pattern.pieces {
        match piece {
            Piece::Text(part) => text.push_str(part),
            Piece::Var(var) => text.push_str(&format!("{{ ${var} }}")),
            Piece::Select(select) => {
                if select
                    .variants
                    .iter()
                    .any(|v| lines(&v.pattern).map_or(true, |l| l.len() > 1))
                {
                    return Err(format!(
                        "a line break inside a variant of the select on ${}: a text is one paragraph, and a line may break only before a list item, which starts with `- `; write each variant on one line",
                        select.selector
                    ));
                }
                text.push_str(&format!("{{ ${} -> ... }}", select.selector));
            }
        }
    }
    Ok(text.split('\n').map(str::to_owned).collect())
}

/// How many list items `pattern` has: its lines after the first that start with `- `.
fn items(pattern: &Pattern) -> usize {
    lines(pattern).map_or(0, |lines| {
        lines.iter().skip(1).filter(|l| l.starts_with(ITEM)).count()
    })
}
