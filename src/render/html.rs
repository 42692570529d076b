//! HTML: a complete, standalone, accessible page. It has a `lang` attribute, a title, real
//! headings and tables, no scripts and no external assets, and it follows the reader's light
//! or dark preference. Every text is escaped. The output is also well-formed XML (void
//! elements are closed with `/>`), so it can be checked with any XML parser.

use core::fmt::{self, Write};

use crate::render::{Block, Link, Page};

/// The style sheet, inline so that a page works from a file system or any static host.
const STYLE: &str = "
:root { color-scheme: light dark; --fg: #1d1d1f; --bg: #ffffff; --muted: #5b5b66; --line: #d9d9e0; --accent: #0b57d0; --band: #f4f4f8; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e8e8ed; --bg: #16161a; --muted: #a4a4b0; --line: #3a3a44; --accent: #8ab4f8; --band: #202027; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.65 system-ui, -apple-system, 'Segoe UI', 'Apple SD Gothic Neo', 'Noto Sans KR', 'Malgun Gothic', sans-serif; word-break: keep-all; overflow-wrap: break-word; }
header, main, footer { max-width: 52rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1rem; display: flex; gap: 1rem; flex-wrap: wrap; justify-content: space-between; font-size: 0.95rem; }
h1 { font-size: 1.9rem; line-height: 1.3; margin: 1.2rem 0 0.6rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.5rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.4rem 0 0.3rem; }
p, li { max-width: 46rem; }
a { color: var(--accent); }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.6rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--band); }
table.facts th, table.side-by-side tbody th { width: 11rem; color: var(--muted); font-weight: 600; }
table.side-by-side { table-layout: fixed; }
table.side-by-side thead th:first-child { width: 11rem; }
ul { padding-left: 1.25rem; }
li { margin: 0.35rem 0; }
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
/// assert!(html.contains("<title>1001 엔드포인트 이탈 · 1014 잘못된 게이트웨이 비교</title>"));
/// assert!(!html.contains("<script"));
/// # }
/// # Ok::<(), std::fmt::Error>(())
/// ```
pub fn write<W: Write + ?Sized>(page: &Page, out: &mut W) -> fmt::Result {
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>",
        Escaped(page.locale.tag())
    )?;
    writeln!(out, "<meta charset=\"utf-8\" />")?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />"
    )?;
    writeln!(out, "<title>{}</title>", Escaped(&page.title))?;
    for (locale, href) in &page.nav.alternates {
        writeln!(
            out,
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" />",
            Escaped(locale.tag()),
            Escaped(href)
        )?;
    }
    writeln!(out, "<style>{STYLE}</style>\n</head>\n<body>")?;
    if page.nav.home.is_some() || !page.nav.alternates.is_empty() {
        out.write_str("<header>\n")?;
        if let Some(home) = &page.nav.home {
            writeln!(out, "<nav>{}</nav>", HtmlLink(home, None))?;
        }
        if !page.nav.alternates.is_empty() {
            out.write_str("<nav>")?;
            for (i, (locale, href)) in page.nav.alternates.iter().enumerate() {
                if i > 0 {
                    out.write_str(" · ")?;
                }
                let link = Link {
                    text: locale.name().to_owned(),
                    href: Some(href.clone()),
                };
                write!(out, "{}", HtmlLink(&link, Some(locale.tag())))?;
            }
            out.write_str("</nav>\n")?;
        }
        out.write_str("</header>\n")?;
    }
    writeln!(out, "<main>\n<h1>{}</h1>", Escaped(&page.title))?;
    for block in &page.blocks {
        match block {
            Block::Heading(level, text) => writeln!(out, "<h{level}>{}</h{level}>", Escaped(text))?,
            Block::Paragraph(text) => writeln!(out, "<p>{}</p>", Escaped(text))?,
            Block::Facts(rows) => {
                out.write_str("<table class=\"facts\">\n<tbody>\n")?;
                for (label, value) in rows {
                    writeln!(
                        out,
                        "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
                        Escaped(label),
                        Escaped(value)
                    )?;
                }
                out.write_str("</tbody>\n</table>\n")?;
            }
            Block::Labeled(items) => {
                out.write_str("<ul>\n")?;
                for (label, text) in items {
                    writeln!(
                        out,
                        "<li><strong>{}</strong>: {}</li>",
                        Escaped(label),
                        Escaped(text)
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
                    "<table class=\"side-by-side\">\n<thead>\n<tr>"
                } else {
                    "<table>\n<thead>\n<tr>"
                })?;
                for cell in head {
                    write!(out, "<th scope=\"col\">{}</th>", HtmlLink(cell, None))?;
                }
                out.write_str("</tr>\n</thead>\n<tbody>\n")?;
                for row in rows {
                    out.write_str("<tr>")?;
                    for (i, cell) in row.iter().enumerate() {
                        if i == 0 && *row_headers {
                            write!(out, "<th scope=\"row\">{}</th>", HtmlLink(cell, None))?;
                        } else {
                            write!(out, "<td>{}</td>", HtmlLink(cell, None))?;
                        }
                    }
                    out.write_str("</tr>\n")?;
                }
                out.write_str("</tbody>\n</table>\n")?;
            }
            Block::Links(links) => {
                out.write_str("<ul>\n")?;
                for link in links {
                    writeln!(out, "<li>{}</li>", HtmlLink(link, None))?;
                }
                out.write_str("</ul>\n")?;
            }
        }
    }
    out.write_str("</main>\n<footer><p>closecode</p></footer>\n</body>\n</html>\n")
}

/// A link, or plain text when it has no target; `hreflang` for links to other languages.
struct HtmlLink<'a>(&'a Link, Option<&'a str>);

impl fmt::Display for HtmlLink<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.0.href, self.1) {
            (Some(href), Some(lang)) => {
                write!(
                    f,
                    "<a href=\"{}\" hreflang=\"{}\" lang=\"{}\">{}</a>",
                    Escaped(href),
                    Escaped(lang),
                    Escaped(lang),
                    Escaped(&self.0.text)
                )
            }
            (Some(href), None) => write!(
                f,
                "<a href=\"{}\">{}</a>",
                Escaped(href),
                Escaped(&self.0.text)
            ),
            (None, _) => write!(f, "{}", Escaped(&self.0.text)),
        }
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
