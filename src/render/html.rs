//! HTML: a complete, standalone, accessible page. It has a `lang` attribute, a title, a
//! description, real headings and captioned tables, no external assets, and it follows the
//! reader's light or dark preference. Pages of a site (with [`Nav::root`](crate::render::Nav))
//! also get the search box and its two scripts, the site's own; other pages have no script. Every text is escaped. The output is also well-formed XML (void
//! elements are closed with `/>`), so it can be checked with any XML parser.

use core::fmt::{self, Write};

use crate::Label;
use crate::Locale;
use crate::page::{IANA_REGISTRY, RFC_6455};
use crate::render::{Block, Link, Page};
use crate::table::label;

/// The style sheet, inline so that a page works from a file system or any static host.
///
/// Korean and Japanese text never breaks inside a word (`word-break: keep-all`); nothing breaks
/// anywhere it likes (no `break-all`). Below 40rem tables become stacked rows, each cell
/// labelled with its column; wider tables that still do not fit scroll inside their own box,
/// never the page, and so does code (`<pre>`), which is never wrapped.
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
body { margin: 0; background: var(--bg); color: var(--fg); font-size: 16px; line-height: 1.65; word-break: keep-all; overflow-wrap: break-word; }
code { font-family: ui-monospace, 'SFMono-Regular', 'Noto Sans Mono CJK KR', Menlo, Consolas, monospace; font-size: 0.92em; background: var(--code); padding: 0.05em 0.3em; border-radius: 4px; }
header, main, footer { max-width: 52rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1rem; display: flex; gap: 0.5rem 1rem; flex-wrap: wrap; justify-content: space-between; align-items: baseline; font-size: 0.95rem; }
header nav { min-width: 0; }
h1 { font-size: 1.75rem; line-height: 1.3; margin: 1.2rem 0 0.6rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.5rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--line); }
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
@media (max-width: 40rem) {
  table, thead, tbody, tr, th, td { display: block; width: auto !important; }
  table.side-by-side { table-layout: auto; }
  thead tr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  tbody tr { border-bottom: 1px solid var(--line); padding: 0.3rem 0; }
  th, td { border-bottom: 0; padding: 0.15rem 0; }
  td[data-label]::before { content: attr(data-label); display: block; color: var(--muted); font-size: 0.85rem; }
}
ul { padding-left: 1.25rem; }
li { margin: 0.35rem 0; }
form.search { flex: 1 1 100%; max-width: 100%; }
form.search label, form.picker label { display: block; font-size: 0.85rem; color: var(--muted); }
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
[hidden] { display: none !important; }
footer { margin-top: 3rem; padding-bottom: 2rem; color: var(--muted); font-size: 0.85rem; }
";

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
    for (locale, href) in &page.nav.alternates {
        writeln!(
            out,
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" />",
            Escaped(locale.tag()),
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
    writeln!(out, "<style>{STYLE}</style>\n</head>\n<body>")?;
    let others: Vec<&(Locale, String)> = page
        .nav
        .alternates
        .iter()
        .filter(|(other, _)| *other != locale)
        .collect();
    if page.nav.home.is_some() || !others.is_empty() || page.nav.root.is_some() {
        out.write_str("<header>\n")?;
        if let Some(home) = &page.nav.home {
            writeln!(
                out,
                "<nav aria-label=\"{}\">{}</nav>",
                Escaped(label(label::LABEL_SITE_NAV)),
                HtmlLink(home)
            )?;
        }
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
    let mut previous_heading: Option<&str> = None;
    let contents = crate::render::contents(page);
    // A long page's table of contents comes after the summary, or first when it has none.
    let mut contents_due = !contents.is_empty();
    for block in &page.blocks {
        if contents_due && !matches!(block, Block::Summary(_)) {
            contents_due = false;
            write_contents(out, locale, &contents)?;
        }
        let caption = previous_heading.take();
        match block {
            Block::Heading(level, text) => {
                writeln!(out, "<h{level}>{}</h{level}>", Escaped(text))?;
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
                out.write_str(if *row_headers {
                    "<div class=\"table\">\n<table class=\"side-by-side\">\n"
                } else {
                    "<div class=\"table\">\n<table>\n"
                })?;
                write_caption(out, caption)?;
                out.write_str("<thead>\n<tr>")?;
                for cell in head {
                    write!(out, "<th scope=\"col\">{}</th>", HtmlLink(cell))?;
                }
                out.write_str("</tr>\n</thead>\n<tbody>\n")?;
                for row in rows {
                    out.write_str("<tr>")?;
                    for (i, cell) in row.iter().enumerate() {
                        if i == 0 && *row_headers {
                            write!(out, "<th scope=\"row\">{}</th>", HtmlLink(cell))?;
                        } else {
                            // The column's heading, shown above the cell when rows stack.
                            let column = head.get(i).map_or("", |h| h.text.as_str());
                            write!(
                                out,
                                "<td data-label=\"{}\">{}</td>",
                                Escaped(column),
                                HtmlLink(cell)
                            )?;
                        }
                    }
                    out.write_str("</tr>\n")?;
                }
                out.write_str("</tbody>\n</table>\n</div>\n")?;
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
    }
    if let (Some(root), true) = (&page.nav.root, page.nav.picker) {
        picker(out, locale, root)?;
    }
    out.write_str("</main>\n")?;
    footer(out, locale)?;
    if let Some(root) = &page.nav.root {
        writeln!(
            out,
            "<script src=\"{root}search-index.js\" defer=\"defer\"></script>\n<script src=\"{root}../search.js\" defer=\"defer\"></script>",
            root = Escaped(root)
        )?;
    }
    out.write_str("</body>\n</html>\n")
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

/// The two-code picker: hidden until `search.js` fills its lists (a page without scripts
/// has the links to every comparison instead).
fn picker<W: Write + ?Sized>(out: &mut W, locale: Locale, root: &str) -> fmt::Result {
    let label = |index| Escaped(locale.label_at(index));
    writeln!(
        out,
        "<form class=\"picker\" id=\"picker\" hidden=\"hidden\" data-root=\"{root}\">\n\
<h2>{}</h2>\n\
<div class=\"row\"><div><label for=\"pick-a\">{}</label><select id=\"pick-a\"></select></div>\
<div><label for=\"pick-b\">{}</label><select id=\"pick-b\"></select></div>\
<button type=\"submit\">{}</button></div>\n\
<p id=\"pick-note\" class=\"note\" aria-live=\"polite\"></p>\n\
</form>",
        label(label::PICKER_TITLE),
        label(label::PICKER_FIRST),
        label(label::PICKER_SECOND),
        label(label::PICKER_GO),
        root = Escaped(root),
    )
}

/// A link, or plain text when it has no target; a text in another language gets `lang`, and a
/// link to it `hreflang` too.
struct HtmlLink<'a>(&'a Link);

impl fmt::Display for HtmlLink<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = Escaped(&self.0.text);
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
