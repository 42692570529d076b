//! Pages as data: a title and blocks of text, built once from the catalogs and the facts and
//! then written by every renderer (plain text, Markdown, HTML). Keeping the content here means
//! each renderer only decides how a heading or a table looks, never what a page says.

pub(crate) mod examples;
mod failure;
mod peers;
mod profile;
mod scenario;
pub(crate) mod section;
mod sources;
mod summary;

pub(crate) use failure::{
    failure_page, failure_title, failures_page, outcome_comparison_page, outcome_page,
};
pub(crate) use peers::blocks as peer_blocks;
pub(crate) use profile::{
    entry_file, profile_code_page, profile_comparison_page, profile_page, profiles_page,
};
pub(crate) use scenario::{scenario_links, scenario_page, scenarios_page};
pub(crate) use sources::{block as sources_list, sources_block};
pub use summary::Summary;
pub(crate) use summary::for_entry as entry_summary;
pub(crate) use summary::labels as summary_labels;

/// The summary of a code's page outside a site (`render::summary`).
pub(crate) fn summary_for_code(code: CloseCode, description: &str, locale: Locale) -> Summary {
    summary::for_code(code, description, locale, None)
}

use crate::table::label;
use crate::{
    CloseCode, CodeRange, Comparison, Description, Facts, Failure, KnownCode, Label, Locale,
    PeerNames, Wire,
};

/// A page: its locale, its title and its blocks, in order.
///
/// # Examples
///
/// ```
/// use closecode::render::{self, Block};
/// use closecode::{CloseCode, Locale};
///
/// let page = render::code_page(CloseCode::GOING_AWAY, Locale::EN);
/// assert_eq!(page.locale, Locale::EN);
/// assert!(page.title.starts_with("1001"));
/// // The answer first, the facts last.
/// assert!(matches!(page.blocks.first(), Some(Block::Summary(_))));
/// assert!(matches!(page.blocks.last(), Some(Block::Facts(_))));
/// // Build one yourself and render it like a shipped one.
/// let mut own = render::code_page(CloseCode::GOING_AWAY, Locale::EN);
/// own.blocks.push(Block::Paragraph("Our servers send 1001 on deploys.".to_owned()));
/// let mut html = String::new();
/// render::html::write(&own, &mut html)?;
/// assert!(html.contains("Our servers send 1001 on deploys."));
/// # Ok::<(), std::fmt::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Page {
    /// The language of every text on the page.
    pub locale: Locale,
    /// The title, also the first heading.
    pub title: String,
    /// One or two sentences that say what the page is about, for search results and link
    /// previews (HTML `<meta name="description">`); `None` for pages that have none.
    pub summary: Option<String>,
    /// The content.
    pub blocks: Vec<Block>,
    /// Links around the content, set when the page is part of a generated site.
    pub nav: Nav,
}

/// Site navigation: where the index is and where the same page lives in other languages.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Locale, render};
///
/// // A page outside a site has no navigation.
/// let page = render::code_page(CloseCode::GOING_AWAY, Locale::EN);
/// assert_eq!(page.nav, render::Nav::default());
/// assert!(page.nav.home.is_none() && page.nav.alternates.is_empty());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Nav {
    /// A relative link to the index of this language, with its label.
    pub home: Option<Link>,
    /// The same page in every language of the site, this page's own included: (locale, link).
    /// Links are relative, or absolute when the site has a base URL.
    pub alternates: Vec<(Locale, String)>,
    /// The absolute URL of this page, when the site has a base URL.
    pub canonical: Option<String>,
    /// The way from this page to its language's folder (`""`, `"../"`), when the page belongs
    /// to a site with a search: the page then gets the search box, the script and its index.
    pub root: Option<String>,
    /// Whether the page shows the picker (with `root` only), before its first section.
    pub picker: bool,
    /// On a code's page, the code its picker compares with others ("Compare 1006 with"); `None`
    /// for the two-list picker.
    pub compare_with: Option<CloseCode>,
    /// The page for readers whose language none of the alternates matches (`hreflang="x-default"`):
    /// the site's language chooser, on the chooser itself and on the index of each language.
    pub x_default: Option<String>,
    /// Whether the page is a language chooser: it suggests, without redirecting, the alternate
    /// that matches the reader's browser languages (`navigator.languages`), and has no language
    /// links of its own in the header (its content lists them).
    pub language_hint: bool,
}

/// A piece of text, linked when `href` is set (relative links only).
///
/// # Examples
///
/// ```
/// use closecode::render::{self, Block, Link, Page};
/// use closecode::{CloseCode, Locale};
///
/// let mut page: Page = render::code_page(CloseCode::GOING_AWAY, Locale::EN);
/// let link = Link::new("Our runbook", Some("runbook.html".to_owned()));
/// page.blocks.push(Block::Links(vec![link]));
/// let mut html = String::new();
/// render::html::write(&page, &mut html)?;
/// assert!(html.contains(r#"<a href="runbook.html">Our runbook</a>"#));
/// # Ok::<(), std::fmt::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Link {
    /// The text.
    pub text: String,
    /// The target, relative to the page.
    pub href: Option<String>,
    /// The language of the text, when it differs from the page's (a language's own name, a
    /// name in another language): HTML marks it with `lang`, and a link with `hreflang`.
    pub lang: Option<Locale>,
}

impl Page {
    /// A page with these blocks and no site navigation.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Locale;
    /// use closecode::render::{Block, Page};
    ///
    /// let page = Page::new(Locale::EN, "Notes", vec![Block::Paragraph("Hello".into())]);
    /// assert_eq!(page.title, "Notes");
    /// ```
    pub fn new(locale: Locale, title: impl Into<String>, blocks: Vec<Block>) -> Page {
        Page {
            locale,
            title: title.into(),
            summary: None,
            blocks,
            nav: Nav::default(),
        }
    }
}

/// `label`'s text in `locale`, owned, for a page's headings and rows.
fn label_text(locale: Locale, label: Label) -> String {
    locale.text(label).unwrap_or_default().to_owned()
}

/// The texts of a profile entry or a failure under their headings, after its summary: what to
/// do, what to tell users, what it means (when the summary could not hold all of it), and when
/// you see it (under `symptom`: a code's heading, or a failure's, which has no code).
fn entry_text_blocks(texts: crate::EntryTexts<'_>, locale: Locale, symptom: Label) -> Vec<Block> {
    let description = texts.description();
    let mut sections = vec![
        (section::HOW_TO_FIX, Label::REMEDY, texts.remedy()),
        (section::USER_MESSAGE, Label::USER_MESSAGE, texts.user()),
    ];
    if first_sentences(description) != description {
        sections.push((section::DESCRIPTION, Label::DESCRIPTION, description));
    }
    sections.push((section::SYMPTOM, symptom, texts.symptom()));
    sections
        .into_iter()
        .flat_map(|(id, heading, body)| {
            let mut blocks = vec![section::heading(locale, id, heading)];
            blocks.extend(text_blocks(body));
            blocks
        })
        .collect()
}

/// What starts a list item in a catalog text, at the start of a line (the catalogs' list
/// convention, checked at build time: an introductory line, then one `- ` line per item).
const ITEM: &str = "\n- ";

/// A catalog text split into its introduction and its list items (none for a text without a
/// list).
fn split_list(text: &str) -> (&str, Vec<&str>) {
    let mut parts = text.split(ITEM);
    let intro = parts.next().unwrap_or_default();
    (intro, parts.collect())
}

/// A catalog text as a page shows it: a paragraph, and when the text has list items (lines that
/// start with `- `), the paragraph is its introduction and a [`Block::List`] follows. Every text
/// from a catalog becomes blocks here.
pub(crate) fn text_blocks(text: &str) -> Vec<Block> {
    let (intro, items) = split_list(text);
    let mut blocks = vec![Block::Paragraph(intro.to_owned())];
    if !items.is_empty() {
        blocks.push(Block::List(items.into_iter().map(str::to_owned).collect()));
    }
    blocks
}

/// A list page: an introduction, then one table with a header row and a row per item.
fn table_page(
    locale: Locale,
    title: Label,
    intro: Label,
    head: Vec<Link>,
    rows: Vec<Vec<Link>>,
) -> Page {
    let blocks = vec![
        Block::Paragraph(label_text(locale, intro)),
        Block::Table {
            head,
            rows,
            row_headers: true,
        },
    ];
    let mut page = Page::new(locale, label_text(locale, title), blocks);
    page.summary = Some(first_sentences(&label_text(locale, intro)));
    page
}

/// Text without a link, as a table cell.
impl From<String> for Link {
    fn from(text: String) -> Link {
        Link::plain(text)
    }
}

/// Facts whose values are plain text.
fn text_facts(rows: Vec<(String, String)>) -> Block {
    Block::Facts(
        rows.into_iter()
            .map(|(label, value)| (label, vec![Link::plain(value)]))
            .collect(),
    )
}

impl Nav {
    /// Navigation with a link to the index and the same page in other languages.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "ko")] {
    /// use closecode::Locale;
    /// use closecode::render::{Link, Nav};
    ///
    /// let nav = Nav::new(Some(Link::new("All close codes", Some("index.html".into()))), vec![(Locale::KO, "../ko/1006.html".into())]);
    /// assert_eq!(nav.alternates.len(), 1);
    /// # }
    /// ```
    pub fn new(home: Option<Link>, alternates: Vec<(Locale, String)>) -> Nav {
        Nav {
            home,
            alternates,
            canonical: None,
            root: None,
            picker: false,
            compare_with: None,
            x_default: None,
            language_hint: false,
        }
    }
}

impl Link {
    /// A piece of text, linked when `href` is given.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::render::Link;
    ///
    /// assert_eq!(Link::new("RFC 6455", None).href, None);
    /// ```
    pub fn new(text: impl Into<String>, href: Option<String>) -> Link {
        Link {
            text: text.into(),
            href,
            lang: None,
        }
    }

    pub(crate) fn plain(text: impl Into<String>) -> Link {
        Link::new(text, None)
    }

    /// The same link, marked as written in `locale`.
    pub(crate) fn in_language(mut self, locale: Locale) -> Link {
        self.lang = Some(locale);
        self
    }
}

/// A block of a page.
///
/// # Examples
///
/// ```
/// use closecode::render::{self, Block};
/// use closecode::{CloseCode, Locale};
///
/// let page = render::code_page(CloseCode::ABNORMAL_CLOSURE, Locale::EN);
/// let sections: Vec<&str> = page
///     .blocks
///     .iter()
///     .filter_map(|b| match b {
///         Block::Section { id, .. } => Some(id.as_str()),
///         _ => None,
///     })
///     .collect();
/// assert_eq!(sections.first(), Some(&"how-to-fix"));
/// assert_eq!(sections.last(), Some(&"facts"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Block {
    /// A section heading, level 2 or 3 (the title is level 1).
    Heading(u8, String),
    /// A paragraph.
    Paragraph(String),
    /// Label-value pairs, such as a code's facts; a value is a run of pieces, each linked or
    /// not (a reference such as "RFC 6455 §7.4.2, §11.7" links each section).
    Facts(Vec<(String, Vec<Link>)>),
    /// Items that each start with a label in bold, such as key differences.
    Labeled(Vec<(String, String)>),
    /// A table with a header row.
    Table {
        /// Column headings; a heading may link somewhere.
        head: Vec<Link>,
        /// Rows of cells; a cell may link somewhere.
        rows: Vec<Vec<Link>>,
        /// Whether the first cell of each row labels the row (a side-by-side comparison)
        /// rather than being data.
        row_headers: bool,
    },
    /// A table of codes to scan, the index's cheat sheet: a row per code or range with four
    /// cells, the code, its name, its meaning in one line and its reconnect answer in a word or
    /// two. It reads like a [`Block::Table`] without row headers, but HTML keeps it a table on
    /// a phone (the meaning moves under the name) where other tables stack their rows.
    Cheatsheet {
        /// Column headings: code, name, meaning, reconnect.
        head: Vec<Link>,
        /// Rows of four cells; a cell may link somewhere.
        rows: Vec<Vec<Link>>,
    },
    /// A list of links.
    Links(Vec<Link>),
    /// A bulleted list of texts, such as the causes or steps a catalog text enumerates (after
    /// its introduction, a [`Block::Paragraph`]); an item may hold inline code between
    /// backticks, like a paragraph.
    List(Vec<String>),
    /// The answer the page opens with: the meaning, the likely cause, the reconnect answer and
    /// the first thing to check. HTML gives its container `id="summary"`.
    Summary(Summary),
    /// A heading that starts a section other pages may link to: `id` is a stable ASCII anchor,
    /// the same in every language (`how-to-fix`, `facts`, ...), so `1006.html#how-to-fix`
    /// opens the same section on every language's page. HTML and Markdown list a long page's
    /// level-2 sections in a short table of contents after the summary.
    Section {
        /// 2 or 3 (the title is level 1).
        level: u8,
        /// The anchor: ASCII letters, digits and `-`.
        id: String,
        /// The heading's text.
        text: String,
    },
    /// Code shown exactly as written, such as an example file: never wrapped or reflowed.
    Code {
        /// The language, as Markdown's fenced code blocks name it (`javascript`, `rust`,
        /// `python`, `nginx`).
        language: String,
        /// The code, its lines separated by `\n`.
        code: String,
    },
}

/// Where links on generated pages point. `None` (pages outside a site) means no links.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SiteLinks {
    /// The path from the page to its language's folder: `""` or `"../"`.
    pub(crate) up: &'static str,
}

impl SiteLinks {
    pub(crate) fn code(self, code: CloseCode) -> String {
        match code.known() {
            Some(_) => format!("{}{}.html", self.up, code),
            None => format!("{}range-{}.html", self.up, code.range().id()),
        }
    }

    pub(crate) fn comparison(self, a: CloseCode, b: CloseCode) -> String {
        let (first, second) = if a <= b { (a, b) } else { (b, a) };
        format!("{}compare/{first}-{second}.html", self.up)
    }

    /// A link to the comparison of `a` and `b`, its text the page's title: the lower code first,
    /// whichever page links it ("1001 Going Away vs 1006 Abnormal Closure" from 1006's page too).
    pub(crate) fn comparison_link(self, a: CloseCode, b: CloseCode, locale: Locale) -> Link {
        let (first, second) = if a <= b { (a, b) } else { (b, a) };
        let title = crate::compare(first, second, locale).title().to_owned();
        Link::new(title, Some(self.comparison(a, b)))
    }

    /// The page that compares a failure with the code a browser reports for it (1006):
    /// `compare/1006-http-401.html`.
    pub(crate) fn failure_comparison(self, failure: &Failure) -> String {
        format!(
            "{}compare/{}-{}.html",
            self.up,
            failure.code(),
            failure.id()
        )
    }
}

/// "1006 Abnormal Closure", and in other languages "1006 비정상 종료 (Abnormal Closure)" so a
/// reader can search for the registered name.
/// "1006 비정상 종료 (Abnormal Closure)": the code, its name, and the English display name
/// beside a name in another language, for readers who search for it.
fn heading_name(text: &Description) -> String {
    let code = text.code();
    let name = text.name().to_string();
    let english = code.describe(Locale::FALLBACK).name().to_string();
    if text.is_specific() && name != english {
        format!("{code} {name} ({english})")
    } else {
        format!("{code} {name}")
    }
}

pub(crate) fn other_names(names: &PeerNames) -> String {
    let pairs = [
        ("tungstenite", names.tungstenite),
        ("websockets", names.python),
        ("gorilla", names.gorilla),
        (".NET", names.dotnet),
        ("Jakarta", names.jakarta),
    ];
    let pairs: Vec<String> = pairs
        .iter()
        .filter_map(|(library, name)| name.map(|name| format!("{library} {name}")))
        .collect();
    pairs.join(", ")
}

/// The label for whether a code travels on the wire.
fn wire_label(facts: &Facts) -> Label {
    match facts.wire {
        Wire::LocalOnly => label::WIRE_LOCAL_ONLY,
        Wire::Reserved => label::WIRE_RESERVED,
        Wire::Defined => label::WIRE_SENDABLE,
        _ => label::WIRE_INVALID,
    }
}

/// The order of the fact rows, by label.
const FACT_ORDER: [Label; 10] = [
    label::LABEL_RANGE,
    label::LABEL_IANA_NAME,
    label::LABEL_REFERENCE,
    label::LABEL_REGISTERED_ON,
    label::LABEL_WIRE,
    label::LABEL_BROWSER,
    label::LABEL_SENT_BY,
    label::LABEL_RETRY,
    label::LABEL_HTTP,
    label::LABEL_OTHER_NAMES,
];

/// The facts of `code` that apply to it, as (label index, value), in [`FACT_ORDER`].
fn fact_values(code: CloseCode, locale: Locale) -> Vec<(Label, String)> {
    let facts = code.facts();
    let label = |index| locale.label_at(index).to_owned();
    let browser = if facts.browser_sendable {
        label::BROWSER_YES
    } else {
        label::BROWSER_NO
    };
    let values = FACT_ORDER.map(|row| match row {
        label::LABEL_RANGE => Some(format!("{}–{}", facts.range.first(), facts.range.last())),
        // Where the registry has a sentence instead of a name (1014), English pages quote it;
        // other languages say so in their own words (the meaning is in the code's own texts),
        // so every language has the same rows and none shows an English sentence.
        label::LABEL_IANA_NAME => facts.iana_name.map(str::to_owned).or(facts
            .iana_description
            .map(|text| match locale {
                Locale::FALLBACK => format!("“{text}”"),
                _ => label(label::IANA_SENTENCE),
            })),
        label::LABEL_REFERENCE => Some(facts.reference.to_owned()),
        label::LABEL_REGISTERED_ON => facts.registered_on.map(str::to_owned),
        label::LABEL_WIRE => Some(label(wire_label(&facts))),
        label::LABEL_BROWSER => Some(label(browser)),
        label::LABEL_SENT_BY => Some(facts.sent_by.phrase(locale).to_owned()),
        label::LABEL_RETRY => Some(facts.retry.phrase(locale).to_owned()),
        label::LABEL_HTTP => facts.http_status.map(|s| s.to_string()),
        _ => Some(other_names(&facts.names)).filter(|n| !n.is_empty()),
    });
    FACT_ORDER
        .into_iter()
        .zip(values)
        .filter_map(|(row, value)| Some((row, value?)))
        .collect()
}

/// RFC 6455 on the RFC Editor's site; a section is `#section-7.4.1`.
pub(crate) const RFC_6455: &str = "https://www.rfc-editor.org/rfc/rfc6455";

/// The IANA WebSocket Close Code Number Registry.
pub(crate) const IANA_REGISTRY: &str =
    "https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number";

/// A reference from the table as links: "RFC 6455 §7.4.2, §11.7" links each section, "RFC
/// Errata 3227" the erratum, "IANA (Ada Young)" the registry; several references, separated by
/// "; ", are each linked on their own. The texts joined are the reference, unchanged.
fn reference_links(reference: &str) -> Vec<Link> {
    let mut links = Vec::new();
    for (i, one) in reference.split("; ").enumerate() {
        if i > 0 {
            links.push(Link::plain("; "));
        }
        if let Some(sections) = one.strip_prefix("RFC 6455 ") {
            for (j, part) in sections.split(", ").enumerate() {
                let href = part
                    .strip_prefix('§')
                    .map(|section| format!("{RFC_6455}#section-{section}"));
                if j == 0 {
                    links.push(Link::new(format!("RFC 6455 {part}"), href));
                } else {
                    links.push(Link::plain(", "));
                    links.push(Link::new(part, href));
                }
            }
        } else if let Some(erratum) = one.strip_prefix("RFC Errata ") {
            let href = format!("https://www.rfc-editor.org/errata/eid{erratum}");
            links.push(Link::new(one, Some(href)));
        } else if one.starts_with("IANA") {
            links.push(Link::new(one, Some(IANA_REGISTRY.to_owned())));
        } else {
            links.push(Link::plain(one));
        }
    }
    links
}

/// A fact's value as pieces: references and registry names link to their source.
fn fact_links(row: Label, value: String) -> Vec<Link> {
    match row {
        label::LABEL_REFERENCE => reference_links(&value),
        label::LABEL_IANA_NAME => vec![Link::new(value, Some(IANA_REGISTRY.to_owned()))],
        _ => vec![Link::plain(value)],
    }
}

/// The facts of `code` as label-value pairs.
fn facts(code: CloseCode, locale: Locale) -> Vec<(String, Vec<Link>)> {
    let values = fact_values(code, locale).into_iter();
    values
        .map(|(row, value)| (locale.label_at(row).to_owned(), fact_links(row, value)))
        .collect()
}

/// The first sentences of `text`, up to about 160 characters (at least one sentence), for a
/// page's summary. Summaries come from descriptions, abouts and introductions, which hold no
/// list items (the build allows lists only in a `.symptom` or `.remedy`).
pub(crate) fn first_sentences(text: &str) -> String {
    let mut end = 0;
    // A stop inside a quotation ("… upstream server. This is …") ends no sentence; one right
    // before the closing mark ends it there.
    let mut quoted = false;
    let mut depth = 0usize;
    for (at, c) in text.char_indices() {
        let before = text[..at].chars().next_back();
        let closing = match c {
            '"' => {
                quoted = !quoted;
                !quoted
            }
            '“' | '「' | '『' => {
                depth += 1;
                false
            }
            '”' | '」' | '』' => {
                depth = depth.saturating_sub(1);
                depth == 0
            }
            _ => false,
        };
        let ends = |rest: &str| rest.is_empty() || rest.starts_with(' ');
        let stop = match c {
            _ if closing => matches!(before, Some('.' | '。')) && ends(&text[at + c.len_utf8()..]),
            _ if quoted || depth > 0 => false,
            '。' => true,
            '.' => ends(&text[at + 1..]),
            _ => false,
        };
        if stop {
            let next = at + c.len_utf8();
            if end > 0 && text[..next].chars().count() > 160 {
                break;
            }
            end = next;
        }
    }
    if end == 0 { text } else { &text[..end] }.to_owned()
}

/// The facts of several codes side by side: a row per fact that applies to any of them.
fn facts_table(texts: &[&Description], locale: Locale, links: Option<SiteLinks>) -> Block {
    let columns: Vec<Vec<(Label, String)>> = texts
        .iter()
        .map(|t| fact_values(t.code(), locale))
        .collect();
    let mut head = vec![Link::plain(locale.label_at(label::LABEL_FACTS))];
    head.extend(texts.iter().map(|t| Link {
        text: format!("{} {}", t.code(), t.name()),
        href: links.map(|l| l.code(t.code())),
        lang: None,
    }));
    let rows = FACT_ORDER.into_iter().filter_map(|row| {
        let cells: Vec<Option<&String>> = columns
            .iter()
            .map(|c| c.iter().find(|(r, _)| *r == row).map(|(_, v)| v))
            .collect();
        if cells.iter().all(Option::is_none) {
            return None;
        }
        let mut cells: Vec<Link> = cells
            .into_iter()
            .map(|v| match v {
                // One link per cell: a reference links its first section.
                Some(v) => Link {
                    text: v.clone(),
                    href: fact_links(row, v.clone()).into_iter().find_map(|l| l.href),
                    lang: None,
                },
                None => Link::plain("—"),
            })
            .collect();
        // In a comparison, a row whose values differ is marked, so the eye finds it.
        let differs = cells.len() > 1 && cells.iter().any(|c| c.text != cells[0].text);
        let row_label = locale.label_at(row);
        cells.insert(
            0,
            Link::plain(if differs {
                format!("≠ {row_label}")
            } else {
                row_label.to_owned()
            }),
        );
        Some(cells)
    });
    Block::Table {
        head,
        rows: rows.collect(),
        row_headers: true,
    }
}

/// Every comparison of a registered `code` with another registered code, grouped by the range
/// the other code is in (1000–2999, then 3000–3999), each group headed by its numbers.
fn all_comparisons(code: CloseCode, locale: Locale, links: SiteLinks) -> Vec<Block> {
    let others: Vec<CloseCode> = KnownCode::all()
        .map(CloseCode::from)
        .filter(|&other| other != code)
        .collect();
    let mut blocks = vec![section::heading(
        locale,
        section::ALL_COMPARISONS,
        label::LABEL_ALL_COMPARISONS,
    )];
    for range in CodeRange::all() {
        let items: Vec<Link> = others
            .iter()
            .filter(|other| other.range() == range)
            .map(|&other| links.comparison_link(code, other, locale))
            .collect();
        if !items.is_empty() {
            blocks.push(Block::Heading(
                3,
                format!("{}–{}", range.first(), range.last()),
            ));
            blocks.push(Block::Links(items));
        }
    }
    blocks
}

/// A page about one code, answer first: the summary, how to fix it, what to tell users, when
/// you see it, guidance for both sides, and what real peers do when it arrives; in a site, the
/// situations, the comparisons and the examples pages; the facts last.
pub(crate) fn code_page(code: CloseCode, locale: Locale, links: Option<SiteLinks>) -> Page {
    let description = code.describe(locale).description().to_string();
    let summary = first_sentences(&description);
    let mut page = entry_page(code, description, locale, links, true);
    page.summary = Some(summary);
    page
}

/// The parts a code's page and a range's page share, in the order a reader needs them. A code's
/// page (`code_page`) adds what the peers do. `description` is what the code means: the code's
/// own description, or what a whole range is.
fn entry_page(
    code: CloseCode,
    description: String,
    locale: Locale,
    links: Option<SiteLinks>,
    code_page: bool,
) -> Page {
    let text = code.describe(locale);
    let label = |index| locale.label_at(index).to_owned();
    let mut blocks = vec![Block::Summary(summary::for_code(
        code,
        &description,
        locale,
        links,
    ))];
    blocks.push(section::heading(
        locale,
        section::HOW_TO_FIX,
        label::LABEL_REMEDY,
    ));
    blocks.extend(text_blocks(&text.remedy().to_string()));
    if code_page {
        blocks.extend(examples::snippet_blocks(code, locale));
    }
    let mut sections = vec![(
        section::USER_MESSAGE,
        label::LABEL_USER_MESSAGE,
        text.user().to_string(),
    )];
    // The summary holds the description's first sentences; the rest, if any, gets a section.
    if first_sentences(&description) != description {
        sections.push((section::DESCRIPTION, label::LABEL_DESCRIPTION, description));
    }
    sections.extend([
        (
            section::SYMPTOM,
            label::LABEL_SYMPTOM,
            text.symptom().to_string(),
        ),
        (
            section::SENDING,
            label::LABEL_WHEN_SENDING,
            text.sending().to_string(),
        ),
        (
            section::RECEIVING,
            label::LABEL_WHEN_RECEIVING,
            text.receiving().to_string(),
        ),
    ]);
    for (id, heading, body) in sections {
        blocks.push(section::heading(locale, id, heading));
        blocks.extend(text_blocks(&body));
    }
    if code_page {
        blocks.push(section::heading(
            locale,
            section::PEERS,
            label::LABEL_PEERS_RECEIVE,
        ));
        blocks.extend(peer_blocks(&code.get().to_be_bytes(), locale, None));
    }
    if let Some(links) = links {
        blocks.extend(scenario_links(
            crate::Scenario::for_code(code),
            locale,
            links.up,
        ));
        let related = code.facts().related;
        if !related.is_empty() {
            blocks.push(section::heading(
                locale,
                section::COMPARE,
                label::LABEL_COMPARE_WITH,
            ));
            let items = related
                .iter()
                .map(|&other| links.comparison_link(code, other, locale));
            blocks.push(Block::Links(items.collect()));
        }
        if code.is_registered() {
            blocks.extend(all_comparisons(code, locale, links));
        }
        if code_page {
            blocks.extend(examples::links_blocks(locale, links.up));
        }
    }
    let status = if code.is_registered() {
        label::STATUS_REGISTERED
    } else {
        label::STATUS_UNREGISTERED
    };
    blocks.extend([
        section::heading(locale, section::FACTS, label::LABEL_FACTS),
        Block::Paragraph(label(status)),
        Block::Facts(facts(code, locale)),
    ]);
    Page {
        locale,
        title: heading_name(&text),
        summary: None,
        blocks,
        nav: Nav::default(),
    }
}

/// The first unregistered number of `range`: the code whose facts and texts stand for the
/// range (every range has one; the build checks that ranges cover all numbers).
pub(crate) fn range_sample(range: CodeRange) -> CloseCode {
    let sample = (range.first()..=range.last())
        .map(CloseCode::new)
        .find(|c| !c.is_registered());
    sample.unwrap_or(CloseCode::new(range.first()))
}

/// A page about a whole range: what the range is, then the facts and texts that every one of
/// its unregistered numbers shares.
pub(crate) fn range_page(range: CodeRange, locale: Locale, links: Option<SiteLinks>) -> Page {
    // A number's description speaks of that number; the range's page speaks of the range.
    let about = Label::by_id(&format!("range-about-{}", range.id()))
        .and_then(|label| locale.text(label))
        .unwrap_or_default();
    let mut page = entry_page(range_sample(range), about.to_owned(), locale, links, false);
    page.summary = Some(first_sentences(about));
    let name = range_row_name(range, locale);
    page.title = format!("{}–{} {name}", range.first(), range.last());
    page
}

/// What `code` means in one short sentence (`meaning-<code>`, or for an unregistered number
/// its range's `meaning-range-<id>`; the build requires both in every locale).
fn meaning(code: CloseCode, locale: Locale) -> &'static str {
    let id = match code.is_registered() {
        true => format!("meaning-{code}"),
        false => format!("meaning-range-{}", code.range().id()),
    };
    Label::by_id(&id)
        .and_then(|label| locale.text(label))
        .unwrap_or_default()
}

/// The numbers a range's row speaks for, as the registry lists them: "1016–2999", or
/// "3001–3002, 3004–3007, 3009–3999", so that the row never claims the registered codes.
pub(crate) fn unregistered_spans(range: CodeRange) -> String {
    let spans: Vec<String> = range
        .unregistered()
        .map(|(first, last)| match first == last {
            true => first.to_string(),
            false => format!("{first}–{last}"),
        })
        .collect();
    spans.join(", ")
}

/// The range's name: the name of any of its unregistered codes.
pub(crate) fn range_row_name(range: CodeRange, locale: Locale) -> String {
    range_sample(range).describe(locale).name().to_string()
}

/// A comparison of two codes, with every section of a classic "A vs B" page, in the order that
/// helps decide: the two meanings (one sentence each), the differences ranked by what decides a
/// fix, what peers do with each when their peer tables differ, the situations both codes share
/// (in a site), each code's texts, when to use which, the facts side by side (registration
/// there), and the sources of what the page claims.
pub(crate) fn comparison_page(comparison: &Comparison, links: Option<SiteLinks>) -> Page {
    let locale = comparison.locale();
    let label = |index| locale.label_at(index).to_owned();
    let codes = comparison.codes();
    let meanings: Vec<(String, String)> = codes
        .iter()
        .map(|text| {
            let name = format!("{} {}", text.code(), text.name());
            (name, first_sentences(&text.description().to_string()))
        })
        .collect();
    let mut blocks = vec![
        Block::Labeled(meanings.clone()),
        Block::Heading(2, label(label::LABEL_KEY_DIFFERENCES)),
    ];
    match comparison.no_differences() {
        Some(sentence) => blocks.push(Block::Paragraph(sentence)),
        None => {
            // Registration is in the facts table: it never decides a fix.
            let items = comparison.differences().iter();
            let items = items.filter(|d| d.aspect != crate::Aspect::Registration);
            blocks.push(Block::Labeled(
                items
                    .map(|d| (d.aspect.label(locale).to_owned(), d.text.clone()))
                    .collect(),
            ));
        }
    }
    let peers_differ = comparison
        .differences()
        .iter()
        .any(|d| d.aspect == crate::Aspect::Peers);
    if peers_differ {
        blocks.push(Block::Heading(2, label(label::LABEL_PEERS_RECEIVE)));
        for text in &codes {
            blocks.push(Block::Heading(
                3,
                format!("{} {}", text.code(), text.name()),
            ));
            let payload = text.code().get().to_be_bytes();
            blocks.extend(peer_blocks(&payload, locale, None));
        }
    }
    if let Some(links) = links {
        blocks.extend(shared_scenarios(comparison, links));
    }
    for text in &codes {
        blocks.push(Block::Heading(2, heading_name(text)));
        for (heading, body) in [
            (label::LABEL_DESCRIPTION, text.description()),
            (label::LABEL_SYMPTOM, text.symptom()),
            (label::LABEL_REMEDY, text.remedy()),
        ] {
            blocks.push(Block::Heading(3, label(heading)));
            blocks.extend(text_blocks(&body.to_string()));
        }
    }
    blocks.push(Block::Heading(2, label(label::LABEL_WHEN_TO_USE)));
    for (heading, part) in [
        (label::LABEL_WHEN_SENDING, 0),
        (label::LABEL_WHEN_RECEIVING, 1),
    ] {
        blocks.push(Block::Heading(3, label(heading)));
        let items = codes.iter().map(|text| {
            let guidance = if part == 0 {
                text.sending()
            } else {
                text.receiving()
            };
            (
                format!("{} {}", text.code(), text.name()),
                guidance.to_string(),
            )
        });
        blocks.push(Block::Labeled(items.collect()));
    }
    blocks.push(Block::Heading(2, label(label::LABEL_FACTS)));
    blocks.push(facts_table(&codes, locale, links));
    let peers_of = |code: CloseCode| {
        crate::Peer::all()
            .iter()
            .filter(move |peer| peers_differ && !peer.accepts(code))
    };
    let sources = codes.iter().flat_map(|text| {
        let code = text.code();
        let facts = code.facts();
        let peers = peers_of(code).flat_map(|peer| peer.sources.iter());
        sources::reference_sources(facts.reference)
            .chain(facts.sources.iter().chain(peers).map(|s| (*s).to_owned()))
    });
    blocks.extend(sources::block(sources, locale));
    // The meanings also make the summary: what a search result or link preview shows.
    let summary: Vec<String> = meanings
        .into_iter()
        .map(|(name, meaning)| format!("{name}{}{meaning}", locale.after_label()))
        .collect();
    let summary = summary.iter().fold(String::new(), |mut all, one| {
        if !all.is_empty() && !all.ends_with('。') {
            all.push(' ');
        }
        all.push_str(one);
        all
    });
    Page {
        locale,
        title: comparison.title().to_owned(),
        summary: Some(summary),
        blocks,
        nav: Nav::default(),
    }
}

/// The outcomes of a failure's comparison page: the code a browser reports, then the failure.
fn code_and_failure(failure: &'static Failure) -> (crate::Outcome, crate::Outcome) {
    (
        crate::Outcome::Code(failure.code()),
        crate::Outcome::Failure(failure),
    )
}

/// The title of the page that compares `failure` with 1006, as its link text.
pub(crate) fn code_failure_title(failure: &'static Failure, locale: Locale) -> String {
    let (code, failure) = code_and_failure(failure);
    outcome_comparison_page(code, failure, locale).title
}

/// The page that compares `failure` with the code a browser reports for it (1006), as
/// `closecode compare 1006 http-401` prints it, with the failure's sources; a picker on the
/// site opens it when a reader chooses the two.
pub(crate) fn code_failure_page(failure: &'static Failure, locale: Locale) -> Page {
    let (code, outcome) = code_and_failure(failure);
    let mut page = outcome_comparison_page(code, outcome, locale);
    page.blocks
        .extend(sources::block(failure.sources(), locale));
    page
}

/// A failure's page links its comparison with 1006, under "Compare with".
pub(crate) fn failure_comparison_links(
    failure: &'static Failure,
    locale: Locale,
    links: SiteLinks,
) -> Vec<Block> {
    vec![
        Block::Section {
            level: 2,
            id: section::COMPARE.to_owned(),
            text: locale.label_at(label::LABEL_COMPARE_WITH).to_owned(),
        },
        Block::Links(vec![Link::new(
            code_failure_title(failure, locale),
            Some(links.failure_comparison(failure)),
        )]),
    ]
}

/// The situations (scenario pages) that concern both codes of a comparison, linked; nothing
/// when they share none or a code is compared with itself.
fn shared_scenarios(comparison: &Comparison, links: SiteLinks) -> Vec<Block> {
    let (a, b) = (comparison.a().code(), comparison.b().code());
    if a == b {
        return Vec::new();
    }
    let locale = comparison.locale();
    let shared: Vec<Link> = crate::Scenario::for_code(a)
        .filter(|scenario| scenario.codes().any(|code| code == b))
        .map(|scenario| {
            Link::new(
                scenario.texts(locale).title(),
                Some(format!("{}scenario-{}.html", links.up, scenario.id())),
            )
        })
        .collect();
    if shared.is_empty() {
        return Vec::new();
    }
    vec![
        Block::Heading(2, locale.label_at(label::LABEL_SHARED_SCENARIOS).to_owned()),
        Block::Links(shared),
    ]
}

/// The reference as a cheat sheet: every registered code and every range, one row each with
/// its name, its meaning in one line and its reconnect answer in a word or two; under the tables,
/// what each of those answers means in full, once.
pub(crate) fn reference_page(locale: Locale, links: Option<SiteLinks>) -> Page {
    let label = |index| locale.label_at(index).to_owned();
    let linked = |code: CloseCode, text: String| Link {
        text,
        href: links.map(|l| l.code(code)),
        lang: None,
    };
    let head: Vec<Link> = [
        label::LABEL_CODE,
        label::LABEL_NAME,
        label::LABEL_MEANING,
        label::LABEL_RETRY,
    ]
    .into_iter()
    .map(|index| Link::plain(label(index)))
    .collect();
    let row = |code: CloseCode, number: String, name: String| {
        vec![
            linked(code, number),
            linked(code, name),
            Link::plain(meaning(code, locale)),
            Link::plain(code.retry().token(locale)),
        ]
    };
    let codes = KnownCode::all().map(CloseCode::from).map(|code| {
        let name = code.describe(locale).name().to_string();
        row(code, code.to_string(), name)
    });
    let ranges = CodeRange::all().map(|range| {
        let sample = range_sample(range);
        row(
            sample,
            unregistered_spans(range),
            range_row_name(range, locale),
        )
    });
    // Each answer the tables use, in full, in the order of the classes.
    let used: Vec<crate::RetryClass> = KnownCode::all()
        .map(|code| CloseCode::from(code).retry())
        .chain(CodeRange::all().map(|range| range_sample(range).retry()))
        .collect();
    let legend = crate::RetryClass::all()
        .filter(|class| used.contains(class))
        .map(|class| {
            (
                class.token(locale).to_owned(),
                class.phrase(locale).to_owned(),
            )
        });
    let blocks = vec![
        Block::Paragraph(label(label::LABEL_REFERENCE_INTRO)),
        Block::Heading(2, label(label::LABEL_REGISTERED_CODES)),
        Block::Cheatsheet {
            head: head.clone(),
            rows: codes.collect(),
        },
        Block::Heading(2, label(label::LABEL_RANGES)),
        Block::Cheatsheet {
            head,
            rows: ranges.collect(),
        },
        Block::Heading(2, label(label::LABEL_RETRY_TOKENS)),
        Block::Labeled(legend.collect()),
    ];
    Page {
        locale,
        title: label(label::LABEL_REFERENCE_TITLE),
        summary: Some(first_sentences(&label(label::LABEL_REFERENCE_INTRO))),
        blocks,
        nav: Nav::default(),
    }
}
