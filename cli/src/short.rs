//! The terminal page of `closecode show`: the answer and what to do, in about two screens. A
//! page's sections carry stable ids (`how-to-fix`, `facts`, ...); the terminal keeps the summary
//! and the sections an engineer on call acts on, and names the others, which `--full` prints.

use closecode::render::{Block, Page};
use closecode::{Label, Locale};

/// The sections a terminal page keeps, by id: what to do, a few lines of code where they help
/// (inside `how-to-fix`), and what to tell users.
const KEPT: [&str; 2] = ["how-to-fix", "user-message"];

/// Drops the sections of `page` not in [`KEPT`] and ends it with a line that names them and the
/// command that prints them (`closecode show <input> --full`). A page without sections (a
/// scenario's, a list) is left whole.
pub(crate) fn shorten(page: &mut Page, input: &str, locale: Locale) {
    let mut keep = true;
    let mut dropped: Vec<String> = Vec::new();
    let blocks = std::mem::take(&mut page.blocks);
    for block in blocks {
        if let Block::Section { level: 2, id, text } = &block {
            keep = KEPT.contains(&id.as_str());
            if !keep {
                dropped.push(text.clone());
            }
        }
        if keep {
            page.blocks.push(block);
        }
    }
    if dropped.is_empty() {
        return;
    }
    let command = format!("closecode show {} --full", shell_word(input));
    // Japanese lists with the ideographic comma, the others with a comma and a space.
    let separator = if locale.tag().starts_with("ja") {
        "、"
    } else {
        ", "
    };
    let sections = dropped.join(separator);
    let line = crate::say(
        locale,
        Label::CLI_SHOW_MORE,
        &[("command", &command), ("sections", &sections)],
    );
    // As a heading: set apart from the last section, flush left.
    page.blocks.push(Block::Heading(2, line));
}

/// `input` as one shell word: bare when it is only letters, digits and `-_.`, else in double
/// quotes (a name with a space, such as "Going Away").
fn shell_word(input: &str) -> String {
    let bare = !input.is_empty()
        && input
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if bare {
        input.to_owned()
    } else {
        format!("{input:?}")
    }
}
