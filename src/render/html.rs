//! HTML: a complete, standalone, accessible page. It has a `lang` attribute, a title, a
//! description, real headings and captioned tables, no external assets, and it follows the
//! reader's light or dark preference. Pages of a site (with [`Nav::root`](crate::render::Nav))
//! also get the search box and its two scripts, the site's own; a language chooser (with
//! [`Nav::language_hint`](crate::render::Nav)) also the site's `language-hint.js`, which
//! suggests the reader's language; other pages have no script. Every text is escaped. The output is also
//! well-formed XML (void elements are closed with `/>`), so it can be checked with any XML
//! parser.

use core::fmt::{self, Write};

use crate::Label;
use crate::Locale;
use crate::page::{IANA_REGISTRY, RFC_6455};
use crate::render::{Block, Link, Page};
use crate::table::label;

/// The style sheet, inline so that a page works from a file system or any static host.
///
/// Line breaking follows each language: Korean, written with spaces between words, never breaks
/// inside a word (`word-break: keep-all`); Japanese, written without spaces, breaks between
/// characters (`word-break: normal`) under the strict kinsoku rules (`line-break: strict`: no
/// line starts with 、 。 or a small kana), since keep-all would let it break only at
/// punctuation; its headings and the index's names break between phrases where the browser can
/// find them (`word-break: auto-phrase`, Chromium). Latin names such as `gorilla/websocket` get a break opportunity after their `/`
/// (`<wbr />`, see [`Breakable`]) and break inside a word only when nothing else fits. Code uses
/// the monospace face of the page's own script (kanji in Japanese comments in Japanese forms).
/// A page's summary (`.summary`, the answer a code page opens with) sits in a band with its
/// labels beside their answers (above them on a phone), and a table of contents
/// (`nav.contents`) is one wrapped line of links, so that both leave room for the answer on the
/// first screen; so does the search box, whose label only assistive technology reads (the
/// placeholder and the button say what it does).
/// Below 40rem tables become stacked rows, each cell labelled with its column, except the index's
/// cheat sheet, which stays a table (the meaning moves under the name); wider tables that still
/// do not fit scroll inside their own box, never the page, and so does code (`<pre>`), which is
/// never wrapped.
const STYLE: &str = "
:root { color-scheme: light dark; --fg: #1d1d1f; --bg: #ffffff; --muted: #5b5b66; --line: #d9d9e0; --accent: #0b57d0; --band: #f4f4f8; --code: #f0f0f4; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e8e8ed; --bg: #16161a; --muted: #a4a4b0; --line: #3a3a44; --accent: #8ab4f8; --band: #202027; --code: #2a2a32; }
}
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif; }
:root:lang(ko), [lang|=ko] { font-family: 'Noto Sans CJK KR', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', system-ui, sans-serif; }
:root:lang(ja), [lang|=ja] { font-family: 'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', Meiryo, system-ui, sans-serif; }
[lang|=en] { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif; }
body { margin: 0; background: var(--bg); color: var(--fg); font-size: 16px; line-height: 1.65; overflow-wrap: break-word; }
:lang(ko) { word-break: keep-all; }
:lang(ja) { word-break: normal; line-break: strict; }
:lang(ja) :is(h1, h2, h3, thead th, table.cheat a, table.cheat td:last-child) { word-break: auto-phrase; }
code { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Noto Sans Mono', monospace; font-size: 0.92em; background: var(--code); padding: 0.05em 0.3em; border-radius: 4px; }
code:lang(ko) { font-family: ui-monospace, 'SFMono-Regular', 'Noto Sans Mono CJK KR', 'D2Coding', Menlo, Consolas, monospace; }
code:lang(ja) { font-family: ui-monospace, 'SFMono-Regular', 'Noto Sans Mono CJK JP', 'Osaka-Mono', 'MS Gothic', Menlo, Consolas, monospace; }
header, main, footer { max-width: 52rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1rem; display: flex; gap: 0.5rem 1rem; flex-wrap: wrap; justify-content: space-between; align-items: baseline; font-size: 0.95rem; }
header nav { min-width: 0; }
h1 { font-size: 1.75rem; line-height: 1.3; margin: 1.2rem 0 0.6rem; }
h2 { font-size: 1.35rem; margin: 1.6rem 0 0.5rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.4rem 0 0.3rem; }
p, li { max-width: 46rem; }
pre { margin: 0.5rem 0 1rem; padding: 0.75rem 1rem; max-width: 100%; overflow-x: auto; background: var(--code); border-radius: 6px; line-height: 1.45; word-break: normal; overflow-wrap: normal; }
pre code { padding: 0; background: none; border-radius: 0; font-size: 0.85rem; white-space: pre; }
a { color: var(--accent); }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.table { overflow-x: auto; margin: 0.5rem 0 1rem; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; }
th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.6rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--band); }
table.facts th, table.side-by-side tbody th { width: 11rem; color: var(--muted); font-weight: 600; }
table.side-by-side { table-layout: fixed; }
table.side-by-side thead th:first-child { width: 11rem; }
table.cheat td:last-child, table.cheat thead th { white-space: nowrap; }
table.cheat td:nth-child(2) { min-width: 8em; }
@media (max-width: 40rem) {
  table, thead, tbody, tr, th, td { display: block; width: auto !important; }
  table.side-by-side { table-layout: auto; }
  thead tr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  tbody tr { border-bottom: 1px solid var(--line); padding: 0.3rem 0; }
  th, td { border-bottom: 0; padding: 0.15rem 0; }
  td[data-label]::before { content: attr(data-label); display: block; color: var(--muted); font-size: 0.85rem; }
  table.cheat thead tr, table.cheat tbody tr { display: grid; grid-template-columns: 3.6rem minmax(0, 1fr) minmax(0, 6.5rem); column-gap: 0.6rem; position: static; width: auto; height: auto; overflow: visible; clip: auto; }
  table.cheat thead tr { border-bottom: 1px solid var(--line); background: var(--band); }
  table.cheat th.meaning { display: none; }
  table.cheat td.meaning { grid-column: 2 / 4; grid-row: 2; color: var(--muted); font-size: 0.9rem; line-height: 1.5; }
  table.cheat td:last-child, table.cheat thead th { white-space: normal; }
  table.cheat td:nth-child(2) { min-width: 0; }
  table.cheat td::before { content: none; }
  main .summary dl { grid-template-columns: minmax(0, 1fr); gap: 0; }
  .summary dd { margin-bottom: 0.3rem; }
  body { line-height: 1.55; }
  h2 { margin-top: 1.2rem; }
  p { margin: 0.7em 0; }
  pre { margin: 0.7em 0; }
}
ul { padding-left: 1.25rem; }
li { margin: 0.35rem 0; }
form.search { flex: 1 1 100%; max-width: 100%; }
form.picker label { display: block; font-size: 0.85rem; color: var(--muted); }
form.search label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.row { display: flex; gap: 0.4rem; }
input, select, button { font: inherit; color: inherit; background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 0.3rem 0.5rem; min-width: 0; max-width: 100%; }
input[type=search] { flex: 1 1 auto; width: 100%; }
button { cursor: pointer; background: var(--band); flex: none; white-space: nowrap; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
[role=listbox] { list-style: none; margin: 0.2rem 0 0; padding: 0; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); }
[role=option] { margin: 0; padding: 0.3rem 0.5rem; max-width: none; }
[role=option][aria-selected=true] { background: var(--band); outline: 2px solid var(--accent); outline-offset: -2px; }
form.picker { margin: 1rem 0; padding: 0.75rem 1rem; border: 1px solid var(--line); border-radius: 8px; }
form.picker h2 { margin-top: 0; border: 0; font-size: 1.1rem; }
form.picker .row { flex-wrap: wrap; align-items: flex-end; }
form.picker .row > div { flex: 1 1 12rem; min-width: 0; }
form.picker select { width: 100%; }
.note { color: var(--muted); }
.summary { margin: 0.5rem 0 1rem; padding: 0.6rem 1rem; border-left: 4px solid var(--accent); background: var(--band); border-radius: 4px; }
.summary p { margin: 0 0 0.4rem; }
.summary dl { margin: 0; display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.15rem 0.75rem; }
.summary dt { font-weight: 600; color: var(--muted); }
.summary dd { margin: 0; }
nav.contents ul { display: flex; flex-wrap: wrap; gap: 0 1rem; margin: 0.5rem 0 0; padding: 0; list-style: none; font-size: 0.85rem; }
nav.contents li { margin: 0; line-height: 1.5; }
details.more { margin: 0.4rem 0; }
details.more > summary { cursor: pointer; border-bottom: 1px solid var(--line); }
details.more > summary h2 { display: inline; border: 0; margin: 0; padding: 0; font-size: 1.15rem; }
details.more[open] > summary { margin-bottom: 0.5rem; }
.hint { padding: 0.5rem 0.75rem; border-left: 4px solid var(--accent); background: var(--band); border-radius: 4px; font-weight: 600; }
li.suggested { font-weight: 600; }
li.suggested::marker { color: var(--accent); }
[hidden] { display: none !important; }
footer { margin-top: 3rem; padding-bottom: 2rem; color: var(--muted); font-size: 0.85rem; }
";

/// The search box's suggestion list, kept with the search script it serves: it floats under
/// the box instead of pushing the page down, and each suggestion shows the kind of page it
/// opens and what matched.
const SEARCH_STYLE: &str = include_str!("../site/search.css");

/// Writes `page` as a standalone HTML document.
///
/// # Errors
///
/// Only the errors `out` returns.
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "ko")] {
/// use closecode::{Locale, compare, render};
///
/// let mut html = String::new();
/// render::html::write(&render::comparison_page(&compare(1001.into(), 1014.into(), Locale::KO)), &mut html)?;
/// assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"ko\">"));
/// assert!(html.contains("<title>1001 엔드포인트 이탈 · 1014 잘못된 게이트웨이 비교 · WebSocket 닫기 코드</title>"));
/// assert!(html.contains("<h1>1001 엔드포인트 이탈 · 1014 잘못된 게이트웨이 비교</h1>"));
/// assert!(!html.contains("<script"));
/// # }
/// # Ok::<(), std::fmt::Error>(())
/// ```
pub fn write<W: Write + ?Sized>(page: &Page, out: &mut W) -> fmt::Result {
    let locale = page.locale;
    let label = |index| locale.label_at(index);
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>",
        Escaped(locale.tag())
    )?;
    writeln!(out, "<meta charset=\"utf-8\" />")?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />"
    )?;
    let title = document_title(page);
    writeln!(out, "<title>{}</title>", Escaped(&title))?;
    if let Some(summary) = &page.summary {
        writeln!(
            out,
            "<meta name=\"description\" content=\"{}\" />",
            Escaped(summary)
        )?;
    }
    if let Some(canonical) = &page.nav.canonical {
        writeln!(
            out,
            "<link rel=\"canonical\" href=\"{}\" />",
            Escaped(canonical)
        )?;
    }
    let x_default = page
        .nav
        .x_default
        .as_deref()
        .map(|href| ("x-default", href));
    let alternates = page.nav.alternates.iter();
    for (tag, href) in alternates
        .map(|(l, h)| (l.tag(), h.as_str()))
        .chain(x_default)
    {
        writeln!(
            out,
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" />",
            Escaped(tag),
            Escaped(href)
        )?;
    }
    writeln!(
        out,
        "<meta property=\"og:type\" content=\"website\" />\n<meta property=\"og:title\" content=\"{}\" />",
        Escaped(&title)
    )?;
    if let Some(summary) = &page.summary {
        writeln!(
            out,
            "<meta property=\"og:description\" content=\"{}\" />",
            Escaped(summary)
        )?;
    }
    if let Some(canonical) = &page.nav.canonical {
        writeln!(
            out,
            "<meta property=\"og:url\" content=\"{}\" />",
            Escaped(canonical)
        )?;
    }
    // Only pages of a site have the search box.
    let search_style = if page.nav.root.is_some() {
        SEARCH_STYLE
    } else {
        ""
    };
    writeln!(out, "<style>{STYLE}{search_style}</style>\n</head>\n<body>")?;
    // A language chooser lists the languages in its content, not in its header.
    let others: Vec<&(Locale, String)> = page
        .nav
        .alternates
        .iter()
        .filter(|(other, _)| *other != locale && !page.nav.language_hint)
        .collect();
    if page.nav.home.is_some() || !others.is_empty() || page.nav.root.is_some() {
        out.write_str("<header>\n")?;
        site_nav(out, page)?;
        if !others.is_empty() {
            write!(
                out,
                "<nav aria-label=\"{}\">",
                Escaped(label(label::LABEL_LANGUAGES))
            )?;
            for (i, (other, href)) in others.iter().enumerate() {
                if i > 0 {
                    out.write_str(" · ")?;
                }
                let link = Link {
                    text: other.name().to_owned(),
                    href: Some(href.clone()),
                    lang: Some(*other),
                };
                write!(out, "{}", HtmlLink(&link))?;
            }
            out.write_str("</nav>\n")?;
        }
        if let Some(root) = &page.nav.root {
            search_box(out, locale, root)?;
        }
        out.write_str("</header>\n")?;
    }
    writeln!(out, "<main>\n<h1>{}</h1>", Escaped(&page.title))?;
    if page.nav.language_hint {
        language_hint(out, page)?;
    }
    let mut previous_heading: Option<&str> = None;
    // The picker goes before the first section: after a page's opening text (a code page's
    // summary, a list's introduction), where a reader finds it without scrolling.
    let mut picker_due = page.nav.picker;
    // The table of contents names the open sections: a folded one is a line of its own
    // further down, which the reader sees as it is.
    let mut contents = crate::render::contents(page);
    contents.retain(|(id, _)| !crate::page::section::folded(id));
    // A long page's table of contents comes after the summary, or first when it has none.
    let mut contents_due = !contents.is_empty();
    // Whether a folded section (a `<details>`) is open in the output and needs closing.
    let mut folded_open = false;
    for block in &page.blocks {
        if contents_due && !matches!(block, Block::Summary(_)) {
            contents_due = false;
            write_contents(out, locale, &contents)?;
        }
        let caption = previous_heading.take();
        let section = matches!(
            block,
            Block::Heading(2, _) | Block::Section { level: 2, .. }
        );
        if section && folded_open {
            out.write_str("</details>\n")?;
            folded_open = false;
        }
        let spot = picker_due.then(|| picker_spot(page, block)).flatten();
        if let (Some(Spot::Before), Some(root)) = (spot, &page.nav.root) {
            picker(out, page, root)?;
            picker_due = false;
        }
        match block {
            Block::Heading(level, text) => {
                writeln!(out, "<h{level}>{}</h{level}>", Escaped(text))?;
                previous_heading = Some(text);
            }
            // A reference section starts folded: its heading is the line that opens it.
            Block::Section { level: 2, id, text } if crate::page::section::folded(id) => {
                writeln!(
                    out,
                    "<details class=\"more\">\n<summary><h2 id=\"{}\">{}</h2></summary>",
                    Escaped(id),
                    Escaped(text)
                )?;
                folded_open = true;
                previous_heading = Some(text);
            }
            Block::Section { level, id, text } => {
                let level = (*level).clamp(2, 6);
                writeln!(
                    out,
                    "<h{level} id=\"{}\">{}</h{level}>",
                    Escaped(id),
                    Escaped(text)
                )?;
                previous_heading = Some(text);
            }
            // The answer, in one box a reader (and a test) finds by its id.
            Block::Summary(summary) => {
                out.write_str("<div id=\"summary\" class=\"summary\">\n")?;
                writeln!(out, "<p class=\"meaning\">{}</p>", Inline(&summary.meaning))?;
                let crate::render::SummaryParts { rows, next } =
                    crate::render::summary_parts(summary, locale);
                if !rows.is_empty() || next.is_some() {
                    out.write_str("<dl>\n")?;
                    for (label, text) in rows {
                        writeln!(out, "<dt>{}</dt><dd>{}</dd>", Escaped(&label), Inline(text))?;
                    }
                    if let Some((label, links)) = next {
                        write!(out, "<dt>{}</dt><dd>", Escaped(&label))?;
                        for (i, link) in links.iter().enumerate() {
                            if i > 0 {
                                out.write_str(" · ")?;
                            }
                            write!(out, "{}", HtmlLink(link))?;
                        }
                        out.write_str("</dd>\n")?;
                    }
                    out.write_str("</dl>\n")?;
                }
                out.write_str("</div>\n")?;
            }
            Block::Paragraph(text) => writeln!(out, "<p>{}</p>", Inline(text))?,
            Block::Facts(rows) => {
                out.write_str("<div class=\"table\">\n<table class=\"facts\">\n")?;
                write_caption(out, caption)?;
                out.write_str("<tbody>\n")?;
                for (label, value) in rows {
                    write!(out, "<tr><th scope=\"row\">{}</th><td>", Escaped(label))?;
                    for piece in value {
                        write!(out, "{}", HtmlLink(piece))?;
                    }
                    out.write_str("</td></tr>\n")?;
                }
                out.write_str("</tbody>\n</table>\n</div>\n")?;
            }
            Block::Labeled(items) => {
                out.write_str("<ul>\n")?;
                for (label, text) in items {
                    writeln!(
                        out,
                        "<li><strong>{}</strong>{}{}</li>",
                        Escaped(label),
                        Escaped(page.locale.after_label()),
                        Inline(text)
                    )?;
                }
                out.write_str("</ul>\n")?;
            }
            Block::Table {
                head,
                rows,
                row_headers,
            } => {
                let class = if *row_headers {
                    " class=\"side-by-side\""
                } else {
                    ""
                };
                write_table(out, caption, class, head, rows, *row_headers)?;
            }
            Block::Cheatsheet { head, rows } => {
                write_table(out, caption, " class=\"cheat\"", head, rows, false)?;
            }
            Block::Links(links) => {
                out.write_str("<ul>\n")?;
                for link in links {
                    writeln!(out, "<li>{}</li>", HtmlLink(link))?;
                }
                out.write_str("</ul>\n")?;
            }
            Block::List(items) => {
                out.write_str("<ul>\n")?;
                for item in items {
                    writeln!(out, "<li>{}</li>", Inline(item))?;
                }
                out.write_str("</ul>\n")?;
            }
            // A scrolling box a keyboard can reach (tabindex), its text exactly as written.
            Block::Code { language, code } => writeln!(
                out,
                "<pre tabindex=\"0\"><code class=\"language-{}\">{}</code></pre>",
                Escaped(language),
                Escaped(code.strip_suffix('\n').unwrap_or(code))
            )?,
        }
        if let (Some(Spot::After), Some(root)) = (spot, &page.nav.root) {
            picker(out, page, root)?;
            picker_due = false;
        }
    }
    if folded_open {
        out.write_str("</details>\n")?;
    }
    if let (Some(root), true) = (&page.nav.root, picker_due) {
        picker(out, page, root)?;
    }
    out.write_str("</main>\n")?;
    footer(out, locale)?;
    if let Some(root) = &page.nav.root {
        writeln!(
            out,
            "<script src=\"{root}search-index.js\" defer=\"defer\"></script>\n<script src=\"{root}../search.js\" defer=\"defer\"></script>",
            root = Escaped(root)
        )?;
        if page.nav.language_hint {
            writeln!(
                out,
                "<script src=\"{}../language-hint.js\" defer=\"defer\"></script>",
                Escaped(root)
            )?;
        }
    }
    out.write_str("</body>\n</html>\n")
}

/// The site's navigation: the way home, then (on a site's pages, not on its language chooser)
/// the scenarios, the connection failures and the comparisons, so a reader who starts from a
/// symptom finds them from any page.
fn site_nav<W: Write + ?Sized>(out: &mut W, page: &Page) -> fmt::Result {
    let locale = page.locale;
    let mut links: Vec<Link> = page.nav.home.iter().cloned().collect();
    if let (Some(root), false) = (&page.nav.root, page.nav.language_hint) {
        for (index, file) in [
            (label::NAV_SCENARIOS, "scenarios.html"),
            (label::NAV_FAILURES, "failures.html"),
            (label::NAV_COMPARE, "compare/index.html"),
        ] {
            links.push(Link::new(
                locale.label_at(index),
                Some(format!("{root}{file}")),
            ));
        }
    }
    if links.is_empty() {
        return Ok(());
    }
    write!(
        out,
        "<nav aria-label=\"{}\">",
        Escaped(locale.label_at(label::LABEL_SITE_NAV))
    )?;
    for (i, link) in links.iter().enumerate() {
        if i > 0 {
            out.write_str(" · ")?;
        }
        write!(out, "{}", HtmlLink(link))?;
    }
    out.write_str("</nav>\n")
}

/// On a language chooser, one suggestion per language, each in its own language and hidden: the
/// site's `language-hint.js` shows the first that the browser's languages
/// (`navigator.languages`) ask for and marks its link in the list. It never navigates; without
/// scripts nothing shows.
fn language_hint<W: Write + ?Sized>(out: &mut W, page: &Page) -> fmt::Result {
    for (other, href) in &page.nav.alternates {
        let link = Link {
            text: other.label_at(label::LANGUAGE_HINT).to_owned(),
            href: Some(href.clone()),
            lang: Some(*other),
        };
        writeln!(
            out,
            "<p class=\"hint\" data-hint=\"{}\" hidden=\"hidden\">{}</p>",
            Escaped(other.tag()),
            HtmlLink(&link)
        )?;
    }
    Ok(())
}

/// Where the picker goes, next to `block`: before or after it, or `None` when not there.
#[derive(Clone, Copy)]
enum Spot {
    Before,
    After,
}

/// A list's picker (the comparisons, the lookup page) goes before its first section, after
/// the opening text; a code's page ("Compare 1006 with") has it under its "Compare with"
/// heading, where a reader looking for a comparison is, or, without that section, before its
/// folded list of all comparisons: never between the summary and the fix.
fn picker_spot(page: &Page, block: &Block) -> Option<Spot> {
    use crate::page::section::{ALL_COMPARISONS, COMPARE};
    match (page.nav.compare_with, block) {
        (None, Block::Heading(2, _) | Block::Section { level: 2, .. }) => Some(Spot::Before),
        (Some(_), Block::Section { id, .. }) if id == COMPARE => Some(Spot::After),
        (Some(_), Block::Section { id, .. }) if id == ALL_COMPARISONS => Some(Spot::Before),
        _ => None,
    }
}

/// The table of contents: one line of links to the sections, separated by middle dots, in a
/// navigation landmark. A line, not a list, so that it takes two or three lines of a phone's
/// screen and leaves the first screen to the summary and the fix.
fn write_contents<W: Write + ?Sized>(
    out: &mut W,
    locale: Locale,
    contents: &[(&str, &str)],
) -> fmt::Result {
    write!(
        out,
        "<nav class=\"contents\" aria-label=\"{}\"><p>",
        Escaped(locale.label_at(Label::PAGE_CONTENTS))
    )?;
    for (i, (id, text)) in contents.iter().enumerate() {
        if i > 0 {
            out.write_str(" · ")?;
        }
        write!(out, "<a href=\"#{}\">{}</a>", Escaped(id), Escaped(text))?;
    }
    out.write_str("</p></nav>\n")
}

/// The title in the browser's tab and in search results: the page's title, followed by the
/// site's name unless the title already says "WebSocket".
fn document_title(page: &Page) -> String {
    if page.title.contains("WebSocket") {
        page.title.clone()
    } else {
        Label::document_title(&page.title).format(page.locale)
    }
}

/// A table in its scrolling box. With `row_headers` the first cell of each row is a row
/// heading; every other cell carries its column's heading (`data-label`), shown above it when
/// rows stack, and the cheat sheet's meaning column is marked (`class="meaning"`) so that it
/// can move under the name on a phone.
fn write_table<W: Write + ?Sized>(
    out: &mut W,
    caption: Option<&str>,
    class: &str,
    head: &[Link],
    rows: &[Vec<Link>],
    row_headers: bool,
) -> fmt::Result {
    let cheat = class.contains("cheat");
    let marked = |i: usize| {
        if cheat && i == 2 {
            " class=\"meaning\""
        } else {
            ""
        }
    };
    writeln!(out, "<div class=\"table\">\n<table{class}>")?;
    write_caption(out, caption)?;
    out.write_str("<thead>\n<tr>")?;
    for (i, cell) in head.iter().enumerate() {
        write!(
            out,
            "<th scope=\"col\"{}>{}</th>",
            marked(i),
            HtmlLink(cell)
        )?;
    }
    out.write_str("</tr>\n</thead>\n<tbody>\n")?;
    for row in rows {
        out.write_str("<tr>")?;
        for (i, cell) in row.iter().enumerate() {
            if i == 0 && row_headers {
                write!(out, "<th scope=\"row\">{}</th>", HtmlLink(cell))?;
            } else {
                // The column's heading, shown above the cell when rows stack.
                let column = head.get(i).map_or("", |h| h.text.as_str());
                write!(
                    out,
                    "<td{} data-label=\"{}\">{}</td>",
                    marked(i),
                    Escaped(column),
                    HtmlLink(cell)
                )?;
            }
        }
        out.write_str("</tr>\n")?;
    }
    out.write_str("</tbody>\n</table>\n</div>\n")
}

/// A table's caption: the heading right above it, which already shows it, so the caption is
/// for assistive technology only.
fn write_caption<W: Write + ?Sized>(out: &mut W, heading: Option<&str>) -> fmt::Result {
    match heading {
        Some(text) => writeln!(out, "<caption class=\"vh\">{}</caption>", Escaped(text)),
        None => Ok(()),
    }
}

/// closecode's version, the registry snapshot and links to both sources.
fn footer<W: Write + ?Sized>(out: &mut W, locale: Locale) -> fmt::Result {
    let line =
        Label::site_footer(env!("CARGO_PKG_VERSION"), crate::REGISTRY_SNAPSHOT).format(locale);
    writeln!(
        out,
        "<footer>\n<p>{}</p>\n<p><a href=\"{}\">{}</a> · <a href=\"{}\">RFC 6455</a></p>\n</footer>",
        Escaped(&line),
        Escaped(IANA_REGISTRY),
        Escaped(locale.label_at(label::LABEL_IANA_REGISTRY)),
        Escaped(RFC_6455),
    )
}

/// The search box. Without scripts it submits to the static lookup page, which lists every
/// code by number and name; with them, `search.js` suggests as you type.
fn search_box<W: Write + ?Sized>(out: &mut W, locale: Locale, root: &str) -> fmt::Result {
    let label = |index| Escaped(locale.label_at(index));
    writeln!(
        out,
        "<form class=\"search\" role=\"search\" action=\"{root}search.html\" method=\"get\" data-root=\"{root}\">\n\
<label for=\"q\">{}</label>\n\
<div class=\"row\"><input id=\"q\" name=\"q\" type=\"search\" placeholder=\"{}\" autocomplete=\"off\" spellcheck=\"false\" role=\"combobox\" aria-autocomplete=\"list\" aria-expanded=\"false\" aria-controls=\"q-results\" /><button type=\"submit\">{}</button></div>\n\
<ul id=\"q-results\" role=\"listbox\" aria-label=\"{}\" hidden=\"hidden\"></ul>\n\
<p id=\"q-note\" class=\"note\" aria-live=\"polite\"></p>\n\
</form>",
        label(label::LABEL_SEARCH),
        label(label::SEARCH_PLACEHOLDER),
        label(label::SEARCH_GO),
        label(label::LABEL_SEARCH_RESULTS),
        root = Escaped(root),
    )
}

/// The picker: hidden until `search.js` fills its lists (a page without scripts has the links
/// to every comparison instead). On a code's page it is one list, "Compare 1006 with";
/// elsewhere two. `data-failure` is what it says when no page compares the two chosen.
fn picker<W: Write + ?Sized>(out: &mut W, page: &Page, root: &str) -> fmt::Result {
    let locale = page.locale;
    let label = |index| Escaped(locale.label_at(index));
    let first = match page.nav.compare_with {
        Some(code) => format!(" data-first=\"{code}\""),
        None => String::new(),
    };
    writeln!(
        out,
        "<form class=\"picker\" id=\"picker\" hidden=\"hidden\" data-root=\"{root}\"{first} data-failure=\"{}\">",
        label(label::PICKER_FAILURE),
        root = Escaped(root),
    )?;
    match page.nav.compare_with {
        Some(code) => writeln!(
            out,
            "<div class=\"row\"><div><label for=\"pick-b\">{}</label><select id=\"pick-b\"></select></div>\
<button type=\"submit\">{}</button></div>",
            Escaped(&Label::picker_compare_with(code).format(locale)),
            label(label::PICKER_GO),
        )?,
        None => writeln!(
            out,
            "<h2>{}</h2>\n\
<div class=\"row\"><div><label for=\"pick-a\">{}</label><select id=\"pick-a\"></select></div>\
<div><label for=\"pick-b\">{}</label><select id=\"pick-b\"></select></div>\
<button type=\"submit\">{}</button></div>",
            label(label::PICKER_TITLE),
            label(label::PICKER_FIRST),
            label(label::PICKER_SECOND),
            label(label::PICKER_GO),
        )?,
    }
    out.write_str("<p id=\"pick-note\" class=\"note\" aria-live=\"polite\"></p>\n</form>\n")
}

/// A link, or plain text when it has no target; a text in another language gets `lang`, and a
/// link to it `hreflang` too.
struct HtmlLink<'a>(&'a Link);

impl fmt::Display for HtmlLink<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = Breakable(&self.0.text);
        match (&self.0.href, self.0.lang.map(Locale::tag)) {
            (Some(href), Some(lang)) => write!(
                f,
                "<a href=\"{}\" hreflang=\"{lang}\" lang=\"{lang}\">{text}</a>",
                Escaped(href),
                lang = Escaped(lang)
            ),
            (Some(href), None) => write!(f, "<a href=\"{}\">{text}</a>", Escaped(href)),
            (None, Some(lang)) => write!(f, "<span lang=\"{}\">{text}</span>", Escaped(lang)),
            (None, None) => write!(f, "{text}"),
        }
    }
}

/// Text escaped for element content, with a line-break opportunity (`<wbr />`) after each `/`
/// inside a Latin name such as `gorilla/websocket` or `nhooyr.io/websocket`, and after each dot
/// of a dotted namespace such as `System.Net.WebSockets`: a narrow table column then breaks the
/// name between its parts, not in the middle of a word. A slash between short parts (`I/O`,
/// `1/2`) is left alone, and so is a dot before a lowercase part (`nhooyr.io`, `client.py`).
struct Breakable<'a>(&'a str);

impl fmt::Display for Breakable<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_');
        let part = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_');
        let text = self.0;
        let mut written = 0;
        for (at, separator) in text.match_indices(['/', '.']) {
            let (before, after) = (&text[..at], &text[at + 1..]);
            let around = |counts: fn(char) -> bool| {
                let left = before.chars().rev().take_while(|&c| counts(c)).count();
                let right = after.chars().take_while(|&c| counts(c)).count();
                left >= 3 && right >= 3
            };
            let breaks = if separator == "/" {
                around(name)
            } else {
                around(part) && after.starts_with(|c: char| c.is_ascii_uppercase())
            };
            if breaks {
                write!(f, "{}<wbr />", Escaped(&text[written..=at]))?;
                written = at + 1;
            }
        }
        write!(f, "{}", Escaped(&text[written..]))
    }
}

/// A paragraph's or list item's text with its inline code (between backticks) as `<code>`,
/// all escaped.
struct Inline<'a>(&'a str);

impl fmt::Display for Inline<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (code, piece) in crate::render::inline_pieces(self.0) {
            if code {
                write!(f, "<code>{}</code>", Escaped(piece))?;
            } else {
                write!(f, "{}", Escaped(piece))?;
            }
        }
        Ok(())
    }
}

/// Text escaped for HTML element content and attribute values alike.
///
/// # Examples
///
/// ```
/// use closecode::render::html::Escaped;
///
/// assert_eq!(Escaped("<script>alert('x') & \"y\"</script>").to_string(),
///            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Escaped<'a>(pub &'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
            f.write_str(&rest[..at])?;
            f.write_str(match rest.as_bytes()[at] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                _ => "&#39;",
            })?;
            rest = &rest[at + 1..];
        }
        f.write_str(rest)
    }
}
