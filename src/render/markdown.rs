//! CommonMark, for READMEs and mdBook: headings, paragraphs, lists, pipe tables and fenced code
//! blocks (with the language). Every text is escaped, so nothing in a text can turn into markup;
//! code is literal inside its fence, which is longer than any run of backticks in it.

use core::fmt::{self, Write};

use crate::render::{Block, Link, Page};

/// Writes `page` as CommonMark.
///
/// # Errors
///
/// Only the errors `out` returns.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Locale, render};
///
/// let mut md = String::new();
/// render::markdown::write(&render::code_page(CloseCode::GOING_AWAY, Locale::EN), &mut md)?;
/// assert!(md.starts_with("# 1001 Going Away\n"));
/// assert!(md.contains("\n## How to fix <a id=\"how-to-fix\"></a>\n"));
/// # Ok::<(), std::fmt::Error>(())
/// ```
pub fn write<W: Write + ?Sized>(page: &Page, out: &mut W) -> fmt::Result {
    writeln!(out, "# {}", Escaped(&page.title))?;
    let contents = crate::render::contents(page);
    // A long page's table of contents comes after the summary, or first when it has none.
    let mut contents_due = !contents.is_empty();
    for block in &page.blocks {
        if contents_due && !matches!(block, Block::Summary(_)) {
            contents_due = false;
            write_contents(out, page, &contents)?;
        }
        out.write_char('\n')?;
        match block {
            Block::Heading(level, text) => {
                writeln!(out, "{} {}", "#".repeat(usize::from(*level)), Escaped(text))?;
            }
            // The id as an empty anchor inside the heading, which CommonMark keeps as inline
            // HTML, so `#how-to-fix` works wherever the Markdown is turned into HTML.
            Block::Section { level, id, text } => {
                let hashes = "#".repeat(usize::from(*level));
                writeln!(
                    out,
                    "{hashes} {} <a id=\"{}\"></a>",
                    Escaped(text),
                    Anchor(id)
                )?;
            }
            Block::Summary(summary) => {
                writeln!(out, "{}", Inline(&summary.meaning))?;
                let crate::render::SummaryParts { rows, next } =
                    crate::render::summary_parts(summary, page.locale);
                if !rows.is_empty() || next.is_some() {
                    out.write_char('\n')?;
                }
                let after = page.locale.after_label();
                for (label, text) in rows {
                    writeln!(out, "- **{}**{after}{}", Escaped(&label), Inline(text))?;
                }
                if let Some((label, links)) = next {
                    write!(out, "- **{}**{after}", Escaped(&label))?;
                    for (i, link) in links.iter().enumerate() {
                        if i > 0 {
                            out.write_str(" · ")?;
                        }
                        write!(out, "{}", MarkdownLink(link))?;
                    }
                    out.write_char('\n')?;
                }
            }
            Block::Paragraph(text) => writeln!(out, "{}", Inline(text))?,
            Block::Facts(items) => {
                for (label, value) in items {
                    write!(out, "- **{}**: ", Escaped(label))?;
                    for piece in value {
                        write!(out, "{}", MarkdownLink(piece))?;
                    }
                    out.write_char('\n')?;
                }
            }
            Block::Labeled(items) => {
                for (label, text) in items {
                    let after = page.locale.after_label();
                    writeln!(out, "- **{}**{after}{}", Escaped(label), Inline(text))?;
                }
            }
            Block::Table { head, rows, .. } | Block::Cheatsheet { head, rows } => {
                out.write_char('|')?;
                for cell in head {
                    write!(out, " {} |", MarkdownLink(cell))?;
                }
                out.write_str("\n|")?;
                for _ in head {
                    out.write_str(" --- |")?;
                }
                out.write_char('\n')?;
                for row in rows {
                    out.write_char('|')?;
                    for cell in row {
                        write!(out, " {} |", MarkdownLink(cell))?;
                    }
                    out.write_char('\n')?;
                }
            }
            Block::Links(links) => {
                for link in links {
                    writeln!(out, "- {}", MarkdownLink(link))?;
                }
            }
            Block::List(items) => {
                for item in items {
                    writeln!(out, "- {}", Inline(item))?;
                }
            }
            Block::Code { language, code } => {
                // A fence longer than any run of backticks in the code, so none can close it;
                // the info string is one word.
                let run = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
                let fence = "`".repeat(run.max(2) + 1);
                let language: String = language
                    .chars()
                    .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '+' | '_'))
                    .collect();
                writeln!(out, "{fence}{language}")?;
                for line in code.lines() {
                    writeln!(out, "{line}")?;
                }
                writeln!(out, "{fence}")?;
            }
        }
    }
    Ok(())
}

/// The table of contents: one line of links to the sections, after its label.
fn write_contents<W: Write + ?Sized>(
    out: &mut W,
    page: &Page,
    contents: &[(&str, &str)],
) -> fmt::Result {
    let label = page.locale.label_at(crate::Label::PAGE_CONTENTS);
    write!(out, "\n**{}**{}", Escaped(label), page.locale.after_label())?;
    for (i, (id, text)) in contents.iter().enumerate() {
        if i > 0 {
            out.write_str(" · ")?;
        }
        write!(out, "[{}](#{})", Escaped(text), Anchor(id))?;
    }
    out.write_char('\n')
}

/// A section id as an anchor: only ASCII letters, digits, `-` and `_` pass, so an id cannot
/// end the attribute or the link.
struct Anchor<'a>(&'a str);

impl fmt::Display for Anchor<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                f.write_char(c)?;
            }
        }
        Ok(())
    }
}

struct MarkdownLink<'a>(&'a Link);

impl fmt::Display for MarkdownLink<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0.href {
            Some(href) => {
                write!(f, "[{}](", Escaped(&self.0.text))?;
                // Percent-encode whatever could end the destination, start markup or an entity
                // reference (CommonMark decodes those in destinations); the
                // site's own relative file names pass through unchanged.
                for byte in href.bytes() {
                    if byte.is_ascii_alphanumeric() || b"-._~/#?=%:+,;@!$".contains(&byte) {
                        f.write_char(char::from(byte))?;
                    } else {
                        write!(f, "%{byte:02X}")?;
                    }
                }
                f.write_char(')')
            }
            None => write!(f, "{}", Escaped(&self.0.text)),
        }
    }
}

/// A paragraph's or list item's text with its inline code (between backticks) as code spans,
/// the rest escaped.
/// A code span's content is literal in CommonMark and holds no backtick, so it needs no
/// escaping; line breaks fold to spaces there too.
struct Inline<'a>(&'a str);

impl fmt::Display for Inline<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A paragraph or list item that starts like a list marker (`- x`, `+ x`, `1. x`,
        // `2) x`) would open a list of its own: the marker is escaped.
        let digits = self.0.bytes().take_while(u8::is_ascii_digit).count();
        let marker = match self.0.as_bytes().get(digits) {
            Some(b'-' | b'+') if digits == 0 => Some(0),
            Some(b'.' | b')') if digits > 0 => Some(digits),
            _ => None,
        };
        if let Some(at) = marker {
            let (before, mark, rest) = (&self.0[..at], &self.0[at..=at], &self.0[at + 1..]);
            return write!(f, "{}\\{mark}{}", Escaped(before), Inline(rest));
        }
        for (code, piece) in crate::render::inline_pieces(self.0) {
            if code {
                f.write_char('`')?;
                for c in piece.chars() {
                    f.write_char(if c == '\n' || c == '\r' { ' ' } else { c })?;
                }
                f.write_char('`')?;
            } else {
                write!(f, "{}", Escaped(piece))?;
            }
        }
        Ok(())
    }
}

/// Text with every CommonMark punctuation that could start markup backslash-escaped, and line
/// breaks folded to spaces so a text cannot end a list item or a table row.
struct Escaped<'a>(&'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            match c {
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '&' | '!' | '{'
                | '}' | '~' => {
                    f.write_char('\\')?;
                    f.write_char(c)?;
                }
                '\n' | '\r' => f.write_char(' ')?,
                _ => f.write_char(c)?,
            }
        }
        Ok(())
    }
}
