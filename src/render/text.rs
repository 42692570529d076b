//! Plain text for terminals: no markup, wrapped to a width, with the display width of Korean
//! (two columns a syllable) taken into account.

use core::fmt::{self, Write};

use unicode_width::UnicodeWidthStr;

use crate::table::label;
use crate::{CloseCode, Locale, PeerNames};

/// Writes a page about `code` in `locale`, wrapped to `width` columns: the number and name,
/// the facts, then the description, when you see the code, and how to fix it.
///
/// # Errors
///
/// Only the errors `out` returns.
///
/// # Example
///
/// ```
/// use closecode::{CloseCode, Locale, render};
///
/// let mut page = String::new();
/// render::text::code_page(&mut page, CloseCode::ABNORMAL_CLOSURE, Locale::KO, 80)?;
/// assert!(page.starts_with("1006 비정상 종료 (Abnormal Closure)\n"));
/// assert!(page.contains("\n해결 방법\n"));
/// # Ok::<(), std::fmt::Error>(())
/// ```
pub fn code_page<W: Write + ?Sized>(
    out: &mut W,
    code: CloseCode,
    locale: Locale,
    width: usize,
) -> fmt::Result {
    let facts = code.facts();
    let text = code.describe(locale);
    let label = |index| locale.label_at(index);

    write!(out, "{} {}", code, text.name())?;
    if let Some(iana) = facts.iana_name {
        let name = text.name();
        if !name.as_str().is_some_and(|n| n.eq_ignore_ascii_case(iana)) {
            write!(out, " ({iana})")?;
        }
    }
    out.write_char('\n')?;
    let status = if facts.registered {
        label::STATUS_REGISTERED
    } else {
        label::STATUS_UNREGISTERED
    };
    writeln!(out, "{}\n", label(status))?;

    let wire = if facts.local_only {
        label::WIRE_LOCAL_ONLY
    } else if facts.sendable {
        label::WIRE_SENDABLE
    } else {
        label::WIRE_INVALID
    };
    let browser = if facts.browser_sendable {
        label::BROWSER_YES
    } else {
        label::BROWSER_NO
    };
    let mut rows = vec![(
        label::LABEL_RANGE,
        format!("{}–{}", facts.range.first(), facts.range.last()),
    )];
    if let Some(name) = facts.iana_name {
        rows.push((label::LABEL_IANA_NAME, name.to_owned()));
    }
    rows.push((label::LABEL_REFERENCE, facts.reference.to_owned()));
    if let Some(date) = facts.registered_on {
        rows.push((label::LABEL_REGISTERED_ON, date.to_owned()));
    }
    rows.push((label::LABEL_WIRE, label(wire).to_owned()));
    rows.push((label::LABEL_BROWSER, label(browser).to_owned()));
    rows.push((
        label::LABEL_SENT_BY,
        facts.sent_by.phrase(locale).to_owned(),
    ));
    rows.push((label::LABEL_RETRY, facts.retry.phrase(locale).to_owned()));
    if let Some(status) = facts.http_status {
        rows.push((label::LABEL_HTTP, status.to_string()));
    }
    let names = other_names(&facts.names);
    if !names.is_empty() {
        rows.push((label::LABEL_OTHER_NAMES, names));
    }

    writeln!(out, "{}", label(label::LABEL_FACTS))?;
    let column = rows
        .iter()
        .map(|(l, _)| label(*l).width())
        .max()
        .unwrap_or(0)
        + 2;
    for (row_label, value) in &rows {
        let name = label(*row_label);
        write!(out, "  {name}{:pad$}", "", pad = column - name.width())?;
        wrap(out, value, 2 + column, width, false)?;
    }

    let mut value = String::new();
    for (heading, body) in [
        (label::LABEL_DESCRIPTION, text.description()),
        (label::LABEL_SYMPTOM, text.symptom()),
        (label::LABEL_REMEDY, text.remedy()),
    ] {
        value.clear();
        write!(value, "{body}")?;
        writeln!(out, "\n{}", label(heading))?;
        wrap(out, &value, 2, width, true)?;
    }
    Ok(())
}

/// Writes `text` as lines of at most `width` columns (a longer word gets a line of its own),
/// each indented by `indent` columns. The first line is indented only when `indent_first`.
fn wrap<W: Write + ?Sized>(
    out: &mut W,
    text: &str,
    indent: usize,
    width: usize,
    indent_first: bool,
) -> fmt::Result {
    if indent_first {
        write!(out, "{:indent$}", "")?;
    }
    let mut column = indent;
    let mut line_empty = true;
    for word in text.split_whitespace() {
        let word_width = word.width();
        if !line_empty && column + 1 + word_width > width {
            write!(out, "\n{:indent$}", "")?;
            column = indent;
            line_empty = true;
        }
        if !line_empty {
            out.write_char(' ')?;
            column += 1;
        }
        out.write_str(word)?;
        column += word_width;
        line_empty = false;
    }
    out.write_char('\n')
}

/// Other libraries' names, as `library Name` pairs. Library names are product names and stay
/// as they are in every language.
fn other_names(names: &PeerNames) -> String {
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
