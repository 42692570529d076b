//! `closecode explain`: what log lines report. Lines come from the arguments or, streamed,
//! from standard input; each recognized line gets its facts (what it reports, who decided it,
//! the reason, whose format) and, the first time a code or failure appears, its page.

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{self, BufRead, IsTerminal, Write};

use closecode::Untrusted;
use closecode::explain::{self, Confidence, Explained, Line, Reported, Scanner};
use closecode::render::{Block, Link, Page};
use closecode::{Label, Locale};

use crate::{Failure, Format, Output, pages_in};

/// What the run found: whether any line was recognized (exit status 0, else 1).
pub(crate) struct Outcome {
    pub(crate) recognized: bool,
}

/// Explains `lines` (each argument may hold several lines), or standard input when there are
/// none or the only one is `-`, writing to standard output as it goes.
pub(crate) fn run(
    lines: &[String],
    max_line: usize,
    locale: Locale,
    output: &Output,
) -> Result<Outcome, Failure> {
    let mut report = Report {
        locale,
        output,
        seen: HashMap::new(),
        recognized: 0,
        out: io::stdout().lock(),
        closed: false,
    };
    let from_stdin = lines.is_empty() || lines == ["-"];
    let read = if from_stdin {
        let stdin = io::stdin();
        if stdin.is_terminal() {
            return Err(Failure::Input(text(locale, Label::EXPLAIN_ERROR_TERMINAL)));
        }
        report.scan(stdin.lock(), max_line)
    } else {
        report.scan(io::Cursor::new(lines.join("\n")), max_line)
    };
    let read = read.map_err(|err| {
        let error = err.to_string();
        Failure::Input(locale.format(Label::EXPLAIN_ERROR_READ, &[("error", (&error).into())]))
    })?;
    if output.format != Format::Json {
        if report.recognized == 0 {
            let key = if from_stdin || lines.len() > 1 {
                Label::EXPLAIN_NONE
            } else {
                Label::EXPLAIN_UNRECOGNIZED
            };
            eprintln!("closecode: {}", text(locale, key));
        }
        if from_stdin {
            let summary = locale.format(
                Label::EXPLAIN_SUMMARY,
                &[
                    ("lines", read.into()),
                    ("recognized", report.recognized.into()),
                ],
            );
            eprintln!("closecode: {summary}");
        }
    }
    Ok(Outcome {
        recognized: report.recognized > 0,
    })
}

fn text(locale: Locale, label: Label) -> String {
    locale.text(label).unwrap_or_default().to_owned()
}

struct Report<'a, W: Write> {
    locale: Locale,
    output: &'a Output,
    /// The failures already explained, and the line that had each (the note on what a browser
    /// shows is written once).
    seen: HashMap<Reported, u64>,
    recognized: u64,
    out: W,
    /// Standard output was closed (`| head`): stop writing, keep the exit status.
    closed: bool,
}

impl<W: Write> Report<'_, W> {
    /// Reads every line of `reader`, writing what the recognized ones report; returns the number
    /// of lines read.
    fn scan(&mut self, reader: impl BufRead, max_line: usize) -> io::Result<u64> {
        let mut scanner = Scanner::new(reader).max_line(max_line);
        while let Some(scanned) = scanner.next_line() {
            let scanned = scanned?;
            match scanned.line {
                Line::Recognized(found) => {
                    self.recognized += 1;
                    let written = self.write(scanned.number, &found);
                    self.emit(&written);
                }
                Line::TooLong { .. } => {
                    let notice = self.locale.format(
                        Label::EXPLAIN_TOO_LONG,
                        &[("line", scanned.number.into()), ("max", max_line.into())],
                    );
                    eprintln!("closecode: {notice}");
                }
                _ => {}
            }
            if self.closed {
                break;
            }
        }
        Ok(scanner.lines_read())
    }

    fn emit(&mut self, written: &str) {
        if self.closed {
            return;
        }
        if let Err(err) = self.out.write_all(written.as_bytes()) {
            if err.kind() != io::ErrorKind::BrokenPipe {
                eprintln!("{}", crate::output_error_line(self.locale, &err));
            }
            self.closed = true;
        }
    }

    /// One recognized line: a JSON object on a line of its own, or its verdict in a few rows
    /// and the command that shows its page (the page itself would bury the answer).
    fn write(&mut self, number: u64, found: &Explained<'_>) -> String {
        let locale = self.locale;
        if self.output.format == Format::Json {
            return json(number, found, locale);
        }
        let label = |label: Label| text(locale, label);
        let code_name =
            |code: closecode::CloseCode| format!("{code} {}", code.describe(locale).name());
        let reports = match found.reported {
            Reported::Code(code) => code_name(code),
            Reported::Failure(failure) => {
                format!("{} ({})", failure.describe(locale), failure.id())
            }
            other => other.id().into_owned(),
        };
        let mut rows = vec![(label(Label::EXPLAIN_REPORTS), reports)];
        // A code that arrived and was refused: say both, so the peer's code is not lost.
        for (key, code) in [(Label::RECEIVED, found.received), (Label::SENT, found.sent)] {
            if let Some(code) = code {
                rows.push((label(key), code_name(code)));
            }
        }
        rows.push((
            label(Label::DECIDED_BY),
            found.who.describe(locale).to_owned(),
        ));
        if let Some(reason) = found.reason {
            // A close reason for a code; the library's message for a failure or a code it
            // refused on receipt.
            let key = match found.reported {
                Reported::Code(_) if found.received.is_none() => Label::REASON,
                _ => Label::MESSAGE,
            };
            rows.push((
                label(key),
                format!("\"{}\"", Untrusted(&shorten(reason, REASON_ECHOED))),
            ));
        }
        let format = match (found.stack, found.confidence) {
            (Some(stack), _) => stack.name().to_owned(),
            (None, Confidence::Context) => label(Label::EXPLAIN_BY_CONTEXT),
            (None, _) => label(Label::EXPLAIN_BY_MESSAGE),
        };
        rows.push((label(Label::FORMAT), format));
        if let Some(profile) = found.profile {
            rows.push((label(Label::PROTOCOL), profile.id().to_owned()));
        }
        // Under the line's protocol, its code takes the profile's answer.
        let retry = match (found.reported, found.profile.and_then(|p| p.profile())) {
            (Reported::Code(code), Some(profile)) => profile.retry(code),
            (reported, _) => reported.retry(),
        };
        rows.push((label(Label::RETRY), retry.phrase(locale).to_owned()));
        rows.push((label(Label::DETAILS), show_command(found)));
        let mut blocks = vec![
            Block::Paragraph(Untrusted(&shorten(found.line, LINE_ECHOED)).to_string()),
            Block::Facts(
                rows.into_iter()
                    .map(|(label, value)| (label, vec![Link::new(value, None)]))
                    .collect(),
            ),
        ];
        if let (Some(received), Some(sent)) = (found.received, found.sent) {
            if received != sent && found.reported == Reported::Code(sent) {
                blocks.push(Block::Paragraph(locale.format(
                    Label::EXPLAIN_REFUSED,
                    &[
                        ("received", received.get().into()),
                        ("sent", sent.get().into()),
                    ],
                )));
            }
        }
        if let Reported::Failure(_) = found.reported {
            if self.seen.insert(found.reported, number).is_none() {
                blocks.push(Block::Paragraph(label(Label::EXPLAIN_FAILURE_SEEN_BY_APP)));
            }
        }
        let title = locale.format(Label::EXPLAIN_LINE, &[("line", number.into())]);
        let mut written = pages_in(&[Page::new(locale, title, blocks)], self.output);
        if self.output.format == Format::Text {
            written.push('\n');
        }
        written
    }
}

/// The command that shows the page of what `found` reports: the failure's page when the
/// table has one, the profile's page of the code under its protocol, else the code's (1006
/// for a failure the table does not describe).
fn show_command(found: &Explained<'_>) -> String {
    match found.reported {
        Reported::Failure(failure) if failure.entry().is_some() => {
            format!("closecode show {}", failure.id())
        }
        Reported::Code(code) => match found.profile {
            Some(profile) => format!("closecode show {code} --profile {}", profile.id()),
            None => format!("closecode show {code}"),
        },
        other => format!("closecode show {}", other.code()),
    }
}

/// At most `chars` characters of `text`, with `…` when cut: a long log line or reason would
/// take a screen of its own.
fn shorten(text: &str, chars: usize) -> Cow<'_, str> {
    match text.char_indices().nth(chars) {
        Some((at, _)) => Cow::Owned(format!("{}…", &text[..at])),
        None => Cow::Borrowed(text),
    }
}

/// How much of a line is shown: two lines at 80 columns.
const LINE_ECHOED: usize = 150;

/// How much of a reason or message is shown: one row at 80 columns.
const REASON_ECHOED: usize = 60;

/// The JSON object for one line, on one line.
fn json(number: u64, found: &Explained<'_>, locale: Locale) -> String {
    let mut object = serde_json::json!({
        "number": number,
        "line": found.line,
        "who": found.who.id(),
        "reason": found.reason,
        "stack": found.stack.map(|stack| stack.id()),
        "profile": found.profile.map(|p| p.id()),
        "retry": found.reported.retry(),
        "confidence": found.confidence.id(),
        "received": found.received.map(|code| code.get()),
        "sent": found.sent.map(|code| code.get()),
        "details": show_command(found),
    });
    let fields = object.as_object_mut().expect("an object");
    match found.reported {
        Reported::Code(code) => {
            fields.insert("code".into(), code.get().into());
            fields.insert(
                "name".into(),
                code.describe(locale).name().to_string().into(),
            );
        }
        Reported::Failure(failure) => {
            fields.insert("failure".into(), failure.id().into());
            fields.insert("description".into(), failure.describe(locale).into());
        }
        other => {
            fields.insert("id".into(), other.id().into());
        }
    }
    let mut line = object.to_string();
    line.push('\n');
    line
}

/// The default for `--max-line`.
pub(crate) const MAX_LINE: u32 = explain::DEFAULT_MAX_LINE as u32;
