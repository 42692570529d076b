//! Plain text for terminals: no markup, wrapped to a width (code excepted: it is indented and
//! never wrapped), with the display width of Korean and Japanese (two columns a character) taken
//! into account. Korean breaks lines at spaces, as
//! English does; Japanese, which has no spaces between words, may also break between two
//! characters, except before closing punctuation and small kana or after opening punctuation
//! (kinsoku).

use core::fmt::{self, Write};

use unicode_width::UnicodeWidthStr;

use crate::render::{Block, Page, without_backticks};

/// Writes `page` as plain text wrapped to `width` columns.
///
/// # Errors
///
/// Only the errors `out` returns.
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "ko")] {
/// use closecode::{CloseCode, Locale, render};
///
/// let mut page = String::new();
/// render::text::write(&render::code_page(CloseCode::ABNORMAL_CLOSURE, Locale::KO), &mut page, 80)?;
/// assert!(page.starts_with("1006 비정상 종료 (Abnormal Closure)\n\n닫기 프레임 없이 연결이 끝났습니다."));
/// assert!(page.contains("\n해결 방법\n"));
/// # }
/// # Ok::<(), std::fmt::Error>(())
/// ```
pub fn write<W: Write + ?Sized>(page: &Page, out: &mut W, width: usize) -> fmt::Result {
    writeln!(out, "{}", page.title)?;
    // What follows a label ("Sent by: ..."): ": " in English and Korean, "：" in Japanese.
    let after = page.locale.after_label();
    for (index, block) in page.blocks.iter().enumerate() {
        match block {
            Block::Heading(level, text) | Block::Section { level, text, .. } => {
                out.write_char('\n')?;
                let indent = if *level > 2 { 2 } else { 0 };
                write!(out, "{:indent$}", "")?;
                wrap(out, text, indent, indent, width)?;
            }
            // The meaning under the title, then the other parts after their labels, in a
            // column, and the pages to read next one a line.
            Block::Summary(summary) => {
                out.write_char('\n')?;
                wrap(out, &without_backticks(&summary.meaning), 0, 0, width)?;
                let crate::render::SummaryParts { rows, next } =
                    crate::render::summary_parts(summary, page.locale);
                let labels = rows
                    .iter()
                    .map(|(label, _)| label)
                    .chain(next.iter().map(|(l, _)| l));
                let column = labels.map(|label| label.width()).max().unwrap_or(0) + 2;
                for (label, text) in &rows {
                    write!(out, "  {label}{:pad$}", "", pad = column - label.width())?;
                    wrap(out, &without_backticks(text), 2 + column, 2 + column, width)?;
                }
                if let Some((label, links)) = next {
                    write!(out, "  {label}{:pad$}", "", pad = column - label.width())?;
                    for (i, link) in links.iter().enumerate() {
                        if i > 0 {
                            write!(out, "{:indent$}", "", indent = 2 + column)?;
                        }
                        wrap(
                            out,
                            &format!("- {}", link.text),
                            2 + column,
                            4 + column,
                            width,
                        )?;
                    }
                }
            }
            // The paragraph right after the title (a status or an introduction) is not indented.
            Block::Paragraph(text) if index == 0 => {
                wrap(out, &without_backticks(text), 0, 0, width)?;
            }
            Block::Paragraph(text) => {
                out.write_str("  ")?;
                wrap(out, &without_backticks(text), 2, 2, width)?;
            }
            Block::Facts(rows) => {
                let column = rows
                    .iter()
                    .map(|(label, _)| label.width())
                    .max()
                    .unwrap_or(0)
                    + 2;
                for (label, value) in rows {
                    let value: String = value.iter().map(|piece| piece.text.as_str()).collect();
                    write!(out, "  {label}{:pad$}", "", pad = column - label.width())?;
                    wrap(out, &value, 2 + column, 2 + column, width)?;
                }
            }
            Block::Labeled(items) => {
                for (label, text) in items {
                    out.write_str("  ")?;
                    let text = without_backticks(text);
                    wrap(out, &format!("- {label}{after}{text}"), 2, 4, width)?;
                }
            }
            Block::Table { head, rows, .. } | Block::Cheatsheet { head, rows } => {
                out.write_char('\n')?;
                let head = head.iter().map(|c| c.text.as_str()).collect();
                table(
                    out,
                    head,
                    rows.iter()
                        .map(|r| r.iter().map(|c| c.text.as_str()).collect()),
                    width,
                    after,
                )?;
            }
            Block::Links(links) => {
                for link in links {
                    out.write_str("  ")?;
                    wrap(out, &format!("- {}", link.text), 2, 4, width)?;
                }
            }
            // Bulleted, each item wrapped under its own first word (a hanging indent).
            Block::List(items) => {
                for item in items {
                    out.write_str("  • ")?;
                    wrap(out, &without_backticks(item), 4, 4, width)?;
                }
            }
            // Code is never wrapped: a wrapped line would no longer run. Indented by four
            // columns, blank lines left blank.
            Block::Code { code, .. } => {
                out.write_char('\n')?;
                for line in code.lines() {
                    match line.is_empty() {
                        true => out.write_char('\n')?,
                        false => writeln!(out, "    {line}")?,
                    }
                }
            }
        }
    }
    Ok(())
}

/// Writes a table whose cells are wrapped so that every line fits `width` (unless a single
/// word is wider than its column). When even the longest words of the columns do not fit side
/// by side, each row is written as a block instead: its first cell, then `head: cell` lines.
fn table<'a, W: Write + ?Sized>(
    out: &mut W,
    head: Vec<&'a str>,
    rows: impl Iterator<Item = Vec<&'a str>>,
    width: usize,
    after: &str,
) -> fmt::Result {
    let rows: Vec<Vec<&str>> = std::iter::once(head).chain(rows).collect();
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let cell = |row: &Vec<&'a str>, column: usize| row.get(column).copied().unwrap_or("");
    let natural: Vec<usize> = (0..columns)
        .map(|c| rows.iter().map(|r| cell(r, c).width()).max().unwrap_or(0))
        .collect();
    let longest_word: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .flat_map(|r| segments(cell(r, c)))
                .map(|(_, word)| word.width())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let available = width.saturating_sub(2 + 2 * columns);
    if longest_word.iter().sum::<usize>() > available {
        return stacked(out, &rows, width, after);
    }
    let widths = column_widths(&natural, &longest_word, available);
    if widths.iter().sum::<usize>() > available {
        return stacked(out, &rows, width, after);
    }
    for row in &rows {
        let cells: Vec<Vec<String>> = (0..columns)
            .map(|c| lines(cell(row, c), widths[c]))
            .collect();
        let height = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
        for line in 0..height {
            let mut text = String::from(" ");
            for (column, cell) in cells.iter().enumerate() {
                let part = cell.get(line).map_or("", String::as_str);
                text.push(' ');
                text.push_str(part);
                text.extend(std::iter::repeat_n(
                    ' ',
                    widths[column].saturating_sub(part.width()) + 1,
                ));
            }
            writeln!(out, "{}", text.trim_end())?;
        }
    }
    Ok(())
}

/// A table too wide for `width`, one block per row: the row's first cell, then each other cell
/// after its column's heading and `after` (": "). `rows[0]` is the heading row.
fn stacked<W: Write + ?Sized>(
    out: &mut W,
    rows: &[Vec<&str>],
    width: usize,
    after: &str,
) -> fmt::Result {
    let Some((head, body)) = rows.split_first() else {
        return Ok(());
    };
    for (index, row) in body.iter().enumerate() {
        if index > 0 {
            out.write_char('\n')?;
        }
        let mut cells = row.iter();
        if let Some(first) = cells.next() {
            out.write_str("  ")?;
            wrap(out, first, 2, 2, width)?;
        }
        for (heading, cell) in head.iter().skip(1).zip(cells) {
            out.write_str("    ")?;
            wrap(out, &format!("{heading}{after}{cell}"), 4, 6, width)?;
        }
    }
    Ok(())
}

/// Column widths that fit `available` columns: narrow columns keep their natural width, the
/// others share what is left, but none gets less than its longest word.
fn column_widths(natural: &[usize], longest_word: &[usize], available: usize) -> Vec<usize> {
    let mut widths = natural.to_vec();
    let mut open: Vec<usize> = (0..natural.len()).collect();
    let mut left = available;
    loop {
        if open.is_empty() {
            break;
        }
        let share = left / open.len();
        let (fits, wide): (Vec<usize>, Vec<usize>) =
            open.iter().partition(|&&c| natural[c] <= share);
        if fits.is_empty() {
            for &c in &wide {
                widths[c] = share.max(longest_word[c]);
            }
            break;
        }
        for &c in &fits {
            left = left.saturating_sub(natural[c]);
        }
        open = wide;
    }
    widths
}

/// `text` word-wrapped into lines of at most `width` columns.
fn lines(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for (spaced, word) in segments(text) {
        let last = lines.last_mut().expect("never empty");
        let gap = usize::from(spaced);
        if !last.is_empty() && last.width() + gap + word.width() > width {
            lines.push(word.to_owned());
        } else {
            if !last.is_empty() && spaced {
                last.push(' ');
            }
            last.push_str(word);
        }
    }
    lines
}

/// Writes `text` as lines of at most `width` columns (a longer word gets a line of its own).
/// The cursor is at `column` when it starts; continuation lines are indented by `indent`.
fn wrap<W: Write + ?Sized>(
    out: &mut W,
    text: &str,
    column: usize,
    indent: usize,
    width: usize,
) -> fmt::Result {
    let mut column = column;
    let mut line_empty = true;
    for (spaced, word) in segments(text) {
        let word_width = word.width();
        if !line_empty && column + usize::from(spaced) + word_width > width {
            write!(out, "\n{:indent$}", "")?;
            column = indent;
            line_empty = true;
        }
        if !line_empty && spaced {
            out.write_char(' ')?;
            column += 1;
        }
        out.write_str(word)?;
        column += word_width;
        line_empty = false;
    }
    out.write_char('\n')
}

/// The pieces a line may break between: the words between spaces, and within a word the
/// Japanese characters, each with whether a space separates it from the piece before.
fn segments(text: &str) -> impl Iterator<Item = (bool, &str)> {
    text.split_whitespace().flat_map(|word| {
        let mut start = 0;
        let mut previous: Option<char> = None;
        let mut pieces = Vec::new();
        for (index, c) in word.char_indices() {
            let breaks = previous.is_some_and(|p| {
                (is_japanese(p) || is_japanese(c))
                    && !no_break_before(c)
                    && !no_break_after(p)
                    && !p.is_ascii_digit()
            });
            if breaks {
                pieces.push((pieces.is_empty(), &word[start..index]));
                start = index;
            }
            previous = Some(c);
        }
        pieces.push((pieces.is_empty(), &word[start..]));
        pieces
    })
}

/// Kana, kanji and the full-width punctuation of Japanese text (not Hangul: Korean breaks at
/// spaces).
fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF01}'..='\u{FF60}')
}

/// Characters a line may not start with: closing punctuation, small kana, the long vowel mark.
fn no_break_before(c: char) -> bool {
    "、。，．・：；？！）」』】〕〉》ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〜".contains(c)
        || c.is_ascii_punctuation() && !"([{\"'".contains(c)
}

/// Characters a line may not end with: opening punctuation (and, elsewhere, a digit before its
/// unit or particle: "60秒").
fn no_break_after(c: char) -> bool {
    "（「『【〔〈《".contains(c) || "([{".contains(c)
}
