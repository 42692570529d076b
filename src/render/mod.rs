//! Pages about close codes, written as plain text, Markdown, HTML or JSON.
//!
//! A page is built once as data ([`Page`]: a title and blocks) from the catalogs and the facts;
//! [`text`], [`markdown`] and [`html`] each write any page into a [`fmt::Write`] (wrap an
//! [`std::io::Write`] in [`IoWriter`]). Every heading and label comes from the locale's catalog,
//! so a Korean or Japanese page carries no English except names and code. `json` (feature `serde`)
//! writes the underlying data instead of the page.
//!
//! # Examples
//!
//! ```
//! # #[cfg(feature = "ko")] {
//! use closecode::{CloseCode, Locale, compare, render};
//!
//! let page = render::comparison_page(&compare(1001.into(), 1014.into(), Locale::KO));
//! let mut markdown = String::new();
//! render::markdown::write(&page, &mut markdown)?;
//! assert!(markdown.starts_with("# 1001 엔드포인트 이탈 · 1014 잘못된 게이트웨이 비교\n"));
//! assert!(markdown.contains("\n## 주요 차이점\n"));
//! # }
//! # Ok::<(), std::fmt::Error>(())
//! ```

use core::fmt;
use std::io;

use crate::page;
pub use crate::page::{Block, Link, Nav, Page, Summary};
use crate::{CloseCode, CodeRange, Comparison, Locale};

pub mod html;
#[cfg(feature = "serde")]
pub mod json;
pub mod markdown;
pub mod text;

/// The page about one code, answer first: a [`Block::Summary`] (the meaning, the likely cause,
/// the reconnect answer, the first thing to check), then how to fix it, what to tell users,
/// when you see it, what to do when sending or receiving it, what the peers do when it
/// arrives, and the facts last. Sections carry stable ids ([`Block::Section`]).
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "ko")] {
/// use closecode::{CloseCode, Locale, render};
///
/// let page = render::code_page(CloseCode::ABNORMAL_CLOSURE, Locale::KO);
/// assert_eq!(page.title, "1006 비정상 종료 (Abnormal Closure)");
/// # }
/// ```
pub fn code_page(code: CloseCode, locale: Locale) -> Page {
    page::code_page(code, locale, None)
}

/// What the peers in [`Peer::all`](crate::Peer::all) do with a Close `payload`, or only `only`:
/// a line when every peer accepts it, else a table of what each application sees and what
/// each peer sends back. `closecode frame` shows these blocks.
///
/// # Examples
///
/// ```
/// use closecode::{Locale, render};
///
/// let blocks = render::peer_blocks(&[0x03, 0xe8], Locale::EN, None);
/// assert_eq!(blocks.len(), 1); // every peer accepts 1000
/// ```
pub fn peer_blocks(
    payload: &[u8],
    locale: Locale,
    only: Option<&'static crate::Peer>,
) -> Vec<Block> {
    page::peer_blocks(payload, locale, only)
}

/// The complete example programs for `code`, under their heading: a browser's `onclose`
/// handler, a tungstenite client and a Python websockets client, and the nginx block when a
/// proxy is a usual cause of the code. CI runs every one against a test server. Pages show only
/// a few lines of them where those help (1006, 1009) and link the examples pages of a site;
/// `closecode show --examples` appends these blocks.
///
/// # Examples
///
/// ```
/// use closecode::render::{self, Block};
/// use closecode::{CloseCode, Locale};
///
/// let blocks = render::example_blocks(CloseCode::ABNORMAL_CLOSURE, Locale::EN);
/// let programs = blocks.iter().filter(|b| matches!(b, Block::Code { .. })).count();
/// assert_eq!(programs, 4); // JavaScript, Rust, Python, and nginx for a proxy's 1006
/// ```
pub fn example_blocks(code: CloseCode, locale: Locale) -> Vec<Block> {
    page::examples::code_blocks(code, locale)
}

/// The answer a code's page opens with: its meaning, likely cause, reconnect answer, first check
/// and the titles of the pages to read next, without building the page, so that a program
/// that shows only the answer (a status line, the npm package's `describe`) links none of the
/// page's other parts. The same [`Summary`] as the first block of [`code_page`].
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Locale, render};
///
/// let summary = render::summary(CloseCode::ABNORMAL_CLOSURE, Locale::EN);
/// assert!(summary.first_check.unwrap().starts_with("Did `open` fire?"));
/// let page = render::code_page(CloseCode::ABNORMAL_CLOSURE, Locale::EN);
/// assert!(matches!(page.blocks.first(), Some(render::Block::Summary(s)) if s.meaning == summary.meaning));
/// ```
pub fn summary(code: CloseCode, locale: Locale) -> Summary {
    let description = code.describe(locale).description().to_string();
    page::summary_for_code(code, &description, locale)
}

/// The answer a failure's page opens with (its meaning, reconnect answer and first check), as
/// [`summary`] gives a code's: the same [`Summary`] as the first block of [`failure_page`].
///
/// # Examples
///
/// ```
/// use closecode::{Failure, Locale, render};
///
/// let refused = Failure::http(401).unwrap();
/// let summary = render::failure_summary(refused, Locale::EN);
/// let page = render::failure_page(refused, Locale::EN);
/// assert!(matches!(page.blocks.first(), Some(render::Block::Summary(s)) if *s == summary));
/// ```
pub fn failure_summary(failure: &crate::Failure, locale: Locale) -> Summary {
    page::entry_summary(failure.texts(locale), failure.retry(), locale)
}

/// The page about `code` under `profile`: the profile's name, reconnect answer, source and
/// texts when it gives the code a meaning, else the registry's page with a note saying so.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Locale, Profile, render};
///
/// let discord = Profile::find("discord").unwrap();
/// let page = render::profile_code_page(discord, CloseCode::new(4004), Locale::EN);
/// assert_eq!(page.title, "4004 Authentication failed (Discord Gateway)");
/// ```
pub fn profile_code_page(profile: &crate::Profile, code: CloseCode, locale: Locale) -> Page {
    page::profile_code_page(profile, code, locale)
}

/// A comparison under `profile`: what the profile says of each code it defines (name, meaning,
/// reconnect answer), then the registry's comparison.
///
/// # Examples
///
/// ```
/// use closecode::{Locale, Profile, compare, render};
///
/// let graphql = Profile::find("graphql-ws").unwrap();
/// let page = render::profile_comparison_page(&compare(4401.into(), 4403.into(), Locale::EN), graphql);
/// assert!(page.blocks.len() > render::comparison_page(&compare(4401.into(), 4403.into(), Locale::EN)).blocks.len());
/// ```
pub fn profile_comparison_page(comparison: &Comparison, profile: &crate::Profile) -> Page {
    page::profile_comparison_page(comparison, profile)
}

/// Every code and range of `profile` (and of the profiles it is layered over), with their
/// names and reconnect answers.
///
/// # Examples
///
/// ```
/// use closecode::{Locale, Profile, render};
///
/// let page = render::profile_page(Profile::find("discord").unwrap(), Locale::EN);
/// assert!(page.title.contains("Discord Gateway"));
/// let mut text = String::new();
/// render::text::write(&page, &mut text, 100)?;
/// assert!(text.contains("4004") && text.contains("Authentication failed"));
/// # Ok::<(), std::fmt::Error>(())
/// ```
pub fn profile_page(profile: &crate::Profile, locale: Locale) -> Page {
    page::profile_page(profile, locale, false)
}

/// The shipped profiles: id, name, subprotocols and number of codes.
///
/// # Examples
///
/// ```
/// use closecode::render::{self, Block};
/// use closecode::{Locale, Profile};
///
/// let page = render::profiles_page(Locale::EN);
/// let rows = page.blocks.iter().find_map(|b| match b {
///     Block::Table { rows, .. } => Some(rows.len()),
///     _ => None,
/// });
/// assert_eq!(rows, Some(Profile::all().len()));
/// ```
pub fn profiles_page(locale: Locale) -> Page {
    page::profiles_page(locale)
}

/// The page about a failure: what failed, what a web page sees, the reconnect answer, the
/// texts, what each library and browser reports, and the sources.
///
/// # Examples
///
/// ```
/// use closecode::{Failure, Locale, render};
///
/// let page = render::failure_page(Failure::http(401).unwrap(), Locale::EN);
/// assert!(page.title.ends_with("(http-401)"));
/// ```
pub fn failure_page(failure: &crate::Failure, locale: Locale) -> Page {
    page::failure_page(failure, locale, None)
}

/// Every failure closecode knows, with what failed and the reconnect answer.
///
/// # Examples
///
/// ```
/// use closecode::{Failure, Locale, render};
///
/// let page = render::failures_page(Locale::EN);
/// let mut text = String::new();
/// render::markdown::write(&page, &mut text)?;
/// assert!(Failure::all().iter().all(|f| text.contains(f.id())));
/// # Ok::<(), std::fmt::Error>(())
/// ```
pub fn failures_page(locale: Locale) -> Page {
    page::failures_page(locale, false)
}

/// The page about a code or a failure.
///
/// # Examples
///
/// ```
/// use closecode::{Failure, Locale, Outcome, render};
///
/// // A code gets the code's page, a failure the failure's.
/// let failure: Outcome = "http-401".parse()?;
/// assert_eq!(
///     render::outcome_page(failure, Locale::EN),
///     render::failure_page(Failure::http(401).unwrap(), Locale::EN)
/// );
/// let code: Outcome = "1006".parse()?;
/// assert!(render::outcome_page(code, Locale::EN).title.starts_with("1006"));
/// # Ok::<(), closecode::ParseCodeError>(())
/// ```
pub fn outcome_page(outcome: crate::Outcome, locale: Locale) -> Page {
    page::outcome_page(outcome, locale)
}

/// Two outcomes side by side, at least one of them a failure (two codes compare with
/// [`comparison_page`]): the difference in the reconnect answer, each one's facts and texts.
///
/// # Examples
///
/// ```
/// use closecode::{Locale, Outcome, render};
///
/// let a: Outcome = "1006".parse()?;
/// let b: Outcome = "http-401".parse()?;
/// let page = render::outcome_comparison_page(a, b, Locale::EN);
/// assert!(page.title.starts_with("1006 Abnormal Closure vs http-401"));
/// # Ok::<(), closecode::ParseCodeError>(())
/// ```
pub fn outcome_comparison_page(a: crate::Outcome, b: crate::Outcome, locale: Locale) -> Page {
    page::outcome_comparison_page(a, b, locale)
}

/// The page about a scenario: what you see, the likely causes in order, how to tell them
/// apart, the fix, and the codes and failures it concerns.
///
/// # Examples
///
/// ```
/// use closecode::{Locale, Scenario, render};
///
/// let page = render::scenario_page(Scenario::find("drops-after-idle").unwrap(), Locale::EN);
/// assert!(!page.title.is_empty());
/// ```
pub fn scenario_page(scenario: &crate::Scenario, locale: Locale) -> Page {
    page::scenario_page(scenario, locale, None)
}

/// Every scenario, by title.
///
/// # Examples
///
/// ```
/// use closecode::{Locale, Scenario, render};
///
/// let mut text = String::new();
/// render::markdown::write(&render::scenarios_page(Locale::EN), &mut text)?;
/// assert!(Scenario::all().iter().all(|s| text.contains(s.texts(Locale::EN).title())));
/// # Ok::<(), std::fmt::Error>(())
/// ```
pub fn scenarios_page(locale: Locale) -> Page {
    page::scenarios_page(locale, false)
}

/// The page about a range of unregistered codes, such as 4000–4999.
///
/// # Examples
///
/// ```
/// use closecode::{CodeRange, Locale, render};
///
/// assert_eq!(render::range_page(CodeRange::Private, Locale::EN).title, "4000–4999 Private-use code");
/// ```
pub fn range_page(range: CodeRange, locale: Locale) -> Page {
    page::range_page(range, locale, None)
}

/// The page comparing two codes: introduction, each code's texts, key differences, and when to
/// use which.
///
/// # Examples
///
/// ```
/// use closecode::{Locale, compare, render};
///
/// let page = render::comparison_page(&compare(1012.into(), 1013.into(), Locale::EN));
/// assert_eq!(page.title, "1012 Service Restart vs 1013 Try Again Later");
/// ```
pub fn comparison_page(comparison: &Comparison) -> Page {
    page::comparison_page(comparison, None)
}

/// The reference table: every registered code and every range, one row each.
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "ko")] {
/// use closecode::{Locale, render};
///
/// assert_eq!(render::reference_page(Locale::KO).title, "WebSocket 닫기 코드");
/// # }
/// ```
pub fn reference_page(locale: Locale) -> Page {
    page::reference_page(locale, None)
}

/// How many level-2 sections make a page long enough for a table of contents.
const CONTENTS_MIN: usize = 5;

/// A long page's table of contents: the id and text of each level-2 [`Block::Section`], when
/// there are at least [`CONTENTS_MIN`]; empty for a shorter page. HTML and Markdown write it
/// after the summary.
pub(crate) fn contents(page: &Page) -> Vec<(&str, &str)> {
    let sections: Vec<(&str, &str)> = page
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Section { level: 2, id, text } => Some((id.as_str(), text.as_str())),
            _ => None,
        })
        .collect();
    if sections.len() < CONTENTS_MIN {
        Vec::new()
    } else {
        sections
    }
}

/// The labelled parts of a summary after its meaning, as the renderers write them.
pub(crate) struct SummaryParts<'a> {
    /// (label, text) of the parts the summary has, in order: likely cause, reconnect, first
    /// check.
    pub(crate) rows: Vec<(String, &'a str)>,
    /// The label of the pages to read next, and the links, when there are any.
    pub(crate) next: Option<(String, &'a [Link])>,
}

/// The labelled parts of `summary` in `locale`.
pub(crate) fn summary_parts(summary: &Summary, locale: Locale) -> SummaryParts<'_> {
    let [cause, reconnect, first_check, read_next] = page::summary_labels(locale);
    let rows = [
        (cause, &summary.cause),
        (reconnect, &summary.reconnect),
        (first_check, &summary.first_check),
    ]
    .into_iter()
    .filter_map(|(label, text)| text.as_deref().map(|text| (label, text)))
    .collect();
    let next = match summary.read_next.as_slice() {
        [] => None,
        links => Some((read_next, links)),
    };
    SummaryParts { rows, next }
}

/// The pieces of a paragraph or list item: text, and inline code between two backticks (the
/// catalogs' one convention, checked at build time), as `(is_code, text)`. A backtick without a
/// partner is text. HTML writes code as `<code>`, Markdown as a code span, plain text bare.
pub(crate) fn inline_pieces(text: &str) -> impl Iterator<Item = (bool, &str)> {
    let mut rest = text;
    core::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let open = rest.find('`');
        let close = open.and_then(|at| rest[at + 1..].find('`').map(|len| at + 1 + len));
        let (piece, next) = match (open, close) {
            (Some(0), Some(close)) => ((true, &rest[1..close]), &rest[close + 1..]),
            (Some(open), Some(_)) => ((false, &rest[..open]), &rest[open..]),
            _ => ((false, rest), ""),
        };
        rest = next;
        Some(piece)
    })
}

/// A paragraph or list item as a terminal shows it: the code without its backticks.
pub(crate) fn without_backticks(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('`') {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(inline_pieces(text).map(|(_, piece)| piece).collect())
}

/// Lets a renderer write into an [`io::Write`] (a file, stdout). The first I/O error stops the
/// writing and is kept in [`IoWriter::error`].
///
/// # Examples
///
/// ```
/// use closecode::{Locale, render};
///
/// let mut out = render::IoWriter::new(Vec::new());
/// render::text::write(&render::reference_page(Locale::EN), &mut out, 80)?;
/// assert!(out.into_inner().starts_with(b"WebSocket close codes\n"));
/// # Ok::<(), std::fmt::Error>(())
/// ```
#[derive(Debug)]
pub struct IoWriter<W> {
    inner: W,
    error: Option<io::Error>,
}

impl<W: io::Write> IoWriter<W> {
    /// Wraps `inner`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Locale, render};
    ///
    /// let mut out = render::IoWriter::new(Vec::new());
    /// render::text::write(&render::code_page(CloseCode::GOING_AWAY, Locale::EN), &mut out, 80).unwrap();
    /// assert!(out.into_inner().starts_with(b"1001 Going Away"));
    /// ```
    pub fn new(inner: W) -> IoWriter<W> {
        IoWriter { inner, error: None }
    }

    /// The I/O error that stopped the writing, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::render::IoWriter;
    /// use std::fmt::Write as _;
    ///
    /// let mut out = IoWriter::new(Vec::new());
    /// write!(out, "ok").unwrap();
    /// assert!(out.error().is_none());
    /// ```
    pub fn error(&self) -> Option<&io::Error> {
        self.error.as_ref()
    }

    /// The wrapped writer.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::render::IoWriter;
    /// use std::fmt::Write as _;
    ///
    /// let mut out = IoWriter::new(Vec::new());
    /// write!(out, "hi").unwrap();
    /// assert_eq!(out.into_inner(), b"hi");
    /// ```
    pub fn into_inner(self) -> W {
        self.inner
    }
}

impl<W: io::Write> fmt::Write for IoWriter<W> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.inner.write_all(s.as_bytes()).map_err(|err| {
            self.error = Some(err);
            fmt::Error
        })
    }
}
