//! The answer a page opens with: what the code (failure, scenario) means, its likely cause, the
//! reconnect answer and the first thing to check, with the pages to read next. A reader who came
//! with one question ("what does 1006 mean, and what do I do?") finds the answer before any fact
//! table or example; the rest of the page explains it.

use super::{Link, SiteLinks, first_sentences, label_text, split_list};
use crate::{CloseCode, Failure, Label, Locale, Scenario};

/// The answer a page opens with, as [`Block::Summary`](crate::render::Block::Summary) holds it:
/// the meaning in a sentence or two, then (where the page has them) the likely cause, the
/// reconnect answer and the first thing to check, and links to the pages to read next. Text in
/// a field may hold inline code between backticks, like a paragraph.
///
/// # Examples
///
/// ```
/// use closecode::render::{self, Block, Summary};
/// use closecode::{CloseCode, Locale};
///
/// let page = render::code_page(CloseCode::ABNORMAL_CLOSURE, Locale::EN);
/// let Some(Block::Summary(summary)) = page.blocks.first() else { panic!("no summary") };
/// assert!(summary.meaning.starts_with("The connection ended without a Close frame"));
/// assert!(summary.reconnect.as_deref().unwrap().starts_with("Reconnect"));
/// assert!(summary.first_check.as_deref().unwrap().contains("`open`"));
///
/// // Your own page can open with an answer too.
/// let mut own = Summary::new("Our gateway closes idle sockets after 30 s.");
/// own.reconnect = Some("Reconnect at once.".to_owned());
/// assert_eq!(own.cause, None);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Summary {
    /// What it means, in a sentence or two.
    pub meaning: String,
    /// The likely cause, in a sentence.
    pub cause: Option<String>,
    /// Whether and how to reconnect.
    pub reconnect: Option<String>,
    /// The first thing to check.
    pub first_check: Option<String>,
    /// The pages to read next (for 1006, the failures a refused handshake or TLS and DNS cause);
    /// linked on a site.
    pub read_next: Vec<Link>,
}

impl Summary {
    /// A summary with only its meaning.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::render::Summary;
    ///
    /// assert_eq!(Summary::new("It means this.").meaning, "It means this.");
    /// ```
    pub fn new(meaning: impl Into<String>) -> Summary {
        Summary {
            meaning: meaning.into(),
            ..Summary::default()
        }
    }
}

/// The failures a page links from its first check, by code: a 1006 before `open` is most often a
/// refused upgrade (401, a proxy's 502) or a certificate that cannot be verified; the scenario
/// linked after them lists every other failure (403, DNS, ...), so the summary stays short.
const READ_NEXT_FAILURES: [(u16, &[&str]); 1] =
    [(1006, &["http-401", "http-502", "tls-untrusted"])];

/// The scenarios a page links from its first check, by code.
const READ_NEXT_SCENARIOS: [(u16, &[&str]); 1] = [(1006, &["closed-before-open"])];

/// The first thing to check: a text of its own where the catalog has one (`first-check-<code>`),
/// else the first sentence of the remedy, which says what to do first.
fn first_check(code: CloseCode, remedy: &str, locale: Locale) -> String {
    let own = Label::by_id(&format!("first-check-{}", code.get())).and_then(|l| locale.text(l));
    match own {
        Some(text) => text.to_owned(),
        None => first_sentence(remedy),
    }
}

/// The first sentence of a text's introduction (the text before its list, if any).
fn first_sentence(text: &str) -> String {
    let (intro, _) = split_list(text);
    let sentences = first_sentences(intro);
    // `first_sentences` keeps adding sentences up to its length; one is enough here.
    let end = sentences
        .char_indices()
        .find(|&(at, c)| c == '。' || c == '.' && sentences[at + 1..].starts_with(' '))
        .map_or(sentences.len(), |(at, c)| at + c.len_utf8());
    sentences[..end].to_owned()
}

/// The summary of a code's page (or of a range's, `description` being what the range is).
pub(crate) fn for_code(
    code: CloseCode,
    description: &str,
    locale: Locale,
    links: Option<SiteLinks>,
) -> Summary {
    let text = code.describe(locale);
    let cause = text.cause().to_string();
    let mut read_next: Vec<Link> = Vec::new();
    let up = links.map(|l| l.up);
    for (_, ids) in READ_NEXT_FAILURES.iter().filter(|(c, _)| *c == code.get()) {
        read_next.extend(ids.iter().filter_map(|id| Failure::find(id)).map(|f| Link {
            text: super::failure_title(f, locale),
            href: up.map(|up| format!("{up}failure-{}.html", f.id())),
            lang: None,
        }));
    }
    for (_, ids) in READ_NEXT_SCENARIOS.iter().filter(|(c, _)| *c == code.get()) {
        read_next.extend(
            ids.iter()
                .filter_map(|id| Scenario::find(id))
                .map(|s| Link {
                    text: s.texts(locale).title().to_owned(),
                    href: up.map(|up| format!("{up}scenario-{}.html", s.id())),
                    lang: None,
                }),
        );
    }
    Summary {
        meaning: first_sentences(description),
        cause: (!cause.is_empty()).then(|| Label::summary_cause(code, &cause).format(locale)),
        reconnect: Some(code.retry().phrase(locale).to_owned()),
        first_check: Some(first_check(code, &text.remedy().to_string(), locale)),
        read_next,
    }
}

/// The summary of a failure's page, or of a profile code's: what it means, whether to
/// reconnect, and the remedy's first sentence.
pub(crate) fn for_entry(
    texts: crate::EntryTexts<'_>,
    retry: crate::RetryClass,
    locale: Locale,
) -> Summary {
    Summary {
        meaning: first_sentences(texts.description()),
        cause: None,
        reconnect: Some(retry.phrase(locale).to_owned()),
        first_check: Some(first_sentence(texts.remedy())),
        read_next: Vec::new(),
    }
}

/// The summary of a scenario's page: what you see, the most likely cause and the first check.
pub(crate) fn for_scenario(scenario: &Scenario, locale: Locale) -> Summary {
    let texts = scenario.texts(locale);
    Summary {
        meaning: texts.seen().to_owned(),
        cause: texts.causes().first().map(|c| (*c).to_owned()),
        reconnect: None,
        first_check: texts.checks().first().map(|c| (*c).to_owned()),
        read_next: Vec::new(),
    }
}

/// The label of each part of a summary after its meaning, in `locale`, for the renderers.
pub(crate) fn labels(locale: Locale) -> [String; 4] {
    [
        Label::SUMMARY_LABEL_CAUSE,
        Label::RETRY,
        Label::SUMMARY_LABEL_FIRST_CHECK,
        Label::SUMMARY_LABEL_READ_NEXT,
    ]
    .map(|l| label_text(locale, l))
}
