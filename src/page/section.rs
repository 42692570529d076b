//! The ids of the sections of a page: stable ASCII anchors, the same in every language, so that
//! `1006.html#how-to-fix` opens the same section on the English, Korean and Japanese page, and a
//! program can find a section of any page without reading its headings.

use super::{Block, label_text};
use crate::{Label, Locale};

/// What to do about it.
pub(crate) const HOW_TO_FIX: &str = "how-to-fix";
/// What an app can tell its end users.
pub(crate) const USER_MESSAGE: &str = "user-message";
/// What the code (failure) means, at length, when the summary could not hold all of it.
pub(crate) const DESCRIPTION: &str = "description";
/// When you see it.
pub(crate) const SYMPTOM: &str = "when-you-see-it";
/// When to send it.
pub(crate) const SENDING: &str = "when-sending";
/// How to react when it arrives.
pub(crate) const RECEIVING: &str = "when-receiving";
/// What the peers do when it arrives in a Close frame.
pub(crate) const PEERS: &str = "peers";
/// What libraries and browsers report (a failure).
pub(crate) const REPORTS: &str = "reports";
/// The situations (scenarios) it occurs in.
pub(crate) const SCENARIOS: &str = "scenarios";
/// The comparisons with related codes.
pub(crate) const COMPARE: &str = "compare";
/// Every comparison with another registered code.
pub(crate) const ALL_COMPARISONS: &str = "all-comparisons";
/// Code: a few lines on the page, and the way to the examples pages.
pub(crate) const EXAMPLES: &str = "examples";
/// The sources of the page's facts, as links, after the facts.
pub(crate) const SOURCES: &str = "sources";
/// The facts table, last.
pub(crate) const FACTS: &str = "facts";
/// A scenario's ways to tell its causes apart.
pub(crate) const TELL_APART: &str = "tell-apart";
/// A scenario's likely causes, in order.
pub(crate) const CAUSES: &str = "likely-causes";
/// The codes and failures a scenario concerns.
pub(crate) const CONCERNS: &str = "concerns";
/// The nginx block on a page about a proxy's part.
pub(crate) const NGINX: &str = "nginx";

/// A level-2 heading with its id, its text `label` in `locale`.
pub(crate) fn heading(locale: Locale, id: &str, label: Label) -> Block {
    Block::Section {
        level: 2,
        id: id.to_owned(),
        text: label_text(locale, label),
    }
}

/// Whether a web page shows section `id` folded: a reference section (the long description,
/// when it is seen, sending and receiving, what each peer does, every comparison, the links to
/// the complete example programs, the facts and their sources) starts closed, so that a code page is a few phone screens of answer, and opens
/// with a tap or a link to its id. The terminal leaves the same sections to `--full`; Markdown
/// and JSON keep every section open.
pub(crate) fn folded(id: &str) -> bool {
    matches!(
        id,
        DESCRIPTION
            | SYMPTOM
            | SENDING
            | RECEIVING
            | PEERS
            | ALL_COMPARISONS
            | EXAMPLES
            | FACTS
            | SOURCES
    )
}
