//! The generator behind `build.rs`.
//!
//! It reads the code table (`data/close-codes.toml`) and the Fluent catalogs
//! (`locales/<tag>/*.ftl`), checks them against each other, and returns the Rust source that
//! `src/table.rs` includes. Every problem is collected, not just the first, and each one names
//! `path:line:col`, the message id and what to do about it, so one build shows everything that
//! is wrong.
//!
//! The module is compiled twice: into the build script and into the tests (through `#[path]`),
//! so the checks have real unit tests. It uses only std, `toml` and `fluent-syntax`. Output is
//! deterministic: inputs are sorted, maps are `BTreeMap`s, and no path or time is written into
//! it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::{self, Write as _};
use std::fs;
use std::path::Path;

use fluent_syntax::ast;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

#[path = "../src/name_key.rs"]
mod name_key;

/// The locale every other locale is checked against, and the one used when nothing matches.
pub const FALLBACK_LOCALE: &str = "en";

/// Retry classes the table may use: (id in the table, `RetryClass` variant in `src/retry.rs`).
pub const RETRY_CLASSES: [(&str, &str); 7] = [
    ("done", "Done"),
    ("backoff", "Backoff"),
    ("randomized-delay", "RandomizedDelay"),
    ("elsewhere", "Elsewhere"),
    ("fix-first", "FixFirst"),
    ("credentials", "Credentials"),
    ("app-defined", "AppDefined"),
];

/// Who sends a code: (id in the table, `Sender` variant in `src/facts.rs`).
pub const SENDERS: [(&str, &str); 5] = [
    ("either", "Either"),
    ("client", "Client"),
    ("server", "Server"),
    ("gateway", "Gateway"),
    ("nobody", "Nobody"),
];

/// Libraries whose names for the codes the table records, in `Peer` order (`src/facts.rs`).
pub const PEERS: [&str; 5] = ["tungstenite", "python", "gorilla", "dotnet", "jakarta"];

/// The attributes every `code-<n>` and `range-<id>` message carries besides its value (the name):
/// what it means, when you see it, how to fix it, its usual cause (a predicate: "usually comes
/// from ..."), when to send it, and how to react when you receive it.
pub const ATTRIBUTES: [&str; 6] = [
    "description",
    "symptom",
    "remedy",
    "cause",
    "sending",
    "receiving",
];

/// Messages the library reads by id, besides the `code-` and `range-` ones, with the variables
/// each may use (most use none). Per-class phrases are required too, one per entry above:
/// `retry-<id>` and `pred-retry-<id>` for each retry class, `sender-<id>` and `pred-sender-<id>`
/// for each sender. A `pred-` message is a predicate that completes "1006 ..." in
/// `compare-difference`.
pub const MESSAGES: &[(&str, &[&str])] = &[
    ("locale-name", &[]),
    ("label-description", &[]),
    ("label-symptom", &[]),
    ("label-remedy", &[]),
    ("label-cause", &[]),
    ("label-key-differences", &[]),
    ("label-when-to-use", &[]),
    ("label-when-sending", &[]),
    ("label-when-receiving", &[]),
    ("label-facts", &[]),
    ("label-range", &[]),
    ("label-registration", &[]),
    ("label-reference", &[]),
    ("label-registered-on", &[]),
    ("label-wire", &[]),
    ("label-browser", &[]),
    ("label-sent-by", &[]),
    ("label-retry", &[]),
    ("label-http", &[]),
    ("label-iana-name", &[]),
    ("label-other-names", &[]),
    ("label-code", &[]),
    ("label-name", &[]),
    ("label-registered-codes", &[]),
    ("label-ranges", &[]),
    ("label-reference-title", &[]),
    ("label-reference-intro", &[]),
    ("label-compare-with", &[]),
    ("label-all-comparisons", &[]),
    ("label-back-to-index", &[]),
    ("label-other-language", &[]),
    ("wire-sendable", &[]),
    ("wire-local-only", &[]),
    ("wire-invalid", &[]),
    ("browser-yes", &[]),
    ("browser-no", &[]),
    ("status-registered", &[]),
    ("status-unregistered", &[]),
    ("pred-wire-sendable", &[]),
    ("pred-wire-local-only", &[]),
    ("pred-wire-invalid", &[]),
    ("pred-browser-yes", &[]),
    ("pred-browser-no", &[]),
    ("pred-http", &["status"]),
    ("pred-http-none", &[]),
    ("pred-registered-rfc", &[]),
    ("pred-registered-on", &["date"]),
    ("pred-registered-later", &[]),
    ("pred-unregistered", &["first", "last"]),
    ("compare-title", &["a", "name_a", "b", "name_b"]),
    ("compare-intro", &["a", "name_a", "b", "name_b"]),
    ("compare-intro-same", &["a", "name_a"]),
    ("compare-difference", &["a", "fact_a", "b", "fact_b"]),
    ("compare-no-differences", &["a", "b"]),
    ("compare-same-code", &["a"]),
    ("label-close-frame", &[]),
    ("label-payload", &[]),
    ("label-reason", &[]),
    ("label-verdict", &[]),
    ("label-rejected-by", &[]),
    ("label-schedule", &[]),
    ("label-attempt", &[]),
    ("label-delay", &[]),
    ("duration-seconds", &["seconds"]),
    ("frame-valid", &[]),
    ("frame-invalid", &["code"]),
    ("frame-empty", &[]),
    ("frame-error-one-byte", &[]),
    ("frame-error-too-long", &["length"]),
    ("frame-error-utf8", &["valid"]),
    ("frame-error-utf8-cut", &["valid"]),
    ("frame-error-code", &["code"]),
    ("encode-error-code", &["code"]),
    ("encode-error-reason", &["length"]),
];

/// The variable every `code-` and `range-` text may use: the close code itself.
pub const CODE_VARIABLE: &str = "code";

/// One input file: its path relative to the crate root (as problems print it) and its text.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// Path relative to the crate root, with `/` separators.
    pub path: String,
    /// The file's contents.
    pub text: String,
}

/// One locale folder: its tag (the folder name) and its `.ftl` files, sorted by path.
#[derive(Clone, Debug)]
pub struct LocaleInput {
    /// The folder name, a BCP 47 language tag such as `en` or `ko`.
    pub tag: String,
    /// The `.ftl` files in the folder.
    pub files: Vec<SourceFile>,
}

/// Everything the generator reads.
#[derive(Clone, Debug)]
pub struct Input {
    /// `data/close-codes.toml`.
    pub table: SourceFile,
    /// `locales/<tag>/`, sorted by tag.
    pub locales: Vec<LocaleInput>,
}

/// A reason the build cannot go on, printed as `path:line:col: id: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file, relative to the crate root.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
    /// The message id (or table row, such as `code-1001`) the problem is about.
    pub id: String,
    /// What is wrong and how to fix it.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // cargo::error= takes one line, so a multi-line message (from a parser) is folded.
        let message = self.message.replace(['\n', '\r'], " ");
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.path, self.line, self.col, self.id, message
        )
    }
}

/// Reads the inputs below `root`: the table and every `locales/<tag>/*.ftl`, sorted.
///
/// # Errors
///
/// A problem for each file or folder that cannot be read.
pub fn read_inputs(root: &Path) -> Result<Input, Vec<Problem>> {
    let mut problems = Vec::new();
    let table_path = "data/close-codes.toml";
    let table = match fs::read_to_string(root.join(table_path)) {
        Ok(text) => SourceFile {
            path: table_path.to_owned(),
            text,
        },
        Err(err) => {
            problems.push(file_problem(
                table_path,
                format!("cannot read the code table: {err}"),
            ));
            SourceFile {
                path: table_path.to_owned(),
                text: String::new(),
            }
        }
    };
    let mut locales = Vec::new();
    for tag in sorted_entries(&root.join("locales"), "locales", &mut problems, true) {
        let folder = format!("locales/{tag}");
        let mut files = Vec::new();
        for name in sorted_entries(&root.join(&folder), &folder, &mut problems, false) {
            if !name.ends_with(".ftl") {
                continue;
            }
            let path = format!("{folder}/{name}");
            match fs::read_to_string(root.join(&path)) {
                Ok(text) => files.push(SourceFile { path, text }),
                Err(err) => problems.push(file_problem(&path, format!("cannot read: {err}"))),
            }
        }
        locales.push(LocaleInput { tag, files });
    }
    if problems.is_empty() {
        Ok(Input { table, locales })
    } else {
        Err(problems)
    }
}

fn sorted_entries(dir: &Path, shown: &str, problems: &mut Vec<Problem>, dirs: bool) -> Vec<String> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            problems.push(file_problem(
                shown,
                format!("cannot list the folder: {err}"),
            ));
            return Vec::new();
        }
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().map(|t| t.is_dir() == dirs).unwrap_or(false))
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    names.sort();
    names
}

fn file_problem(path: &str, message: String) -> Problem {
    Problem {
        path: path.to_owned(),
        line: 1,
        col: 1,
        id: "(file)".to_owned(),
        message,
    }
}

/// Validates `input` and returns the generated Rust source.
///
/// # Errors
///
/// Every problem found, sorted by path and position.
pub fn generate(input: &Input) -> Result<String, Vec<Problem>> {
    let mut problems = Vec::new();
    let table = parse_table(&input.table, &mut problems);
    if input.locales.len() > usize::from(u8::MAX) {
        problems.push(file_problem(
            "locales",
            format!(
                "{} locale folders; `Locale` holds at most 255",
                input.locales.len()
            ),
        ));
    }
    let catalogs: Vec<Catalog> = input
        .locales
        .iter()
        .map(|l| parse_locale(l, &mut problems))
        .collect();
    check_catalogs(&table, &catalogs, &input.table, &mut problems);
    if !problems.is_empty() {
        problems.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
        problems.dedup();
        return Err(problems);
    }
    Ok(emit(&table, &catalogs))
}

// ---------------------------------------------------------------------------------------------
// Positions

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

fn problem_at(file: &SourceFile, offset: usize, id: &str, message: String) -> Problem {
    let (line, col) = line_col(&file.text, offset);
    Problem {
        path: file.path.clone(),
        line,
        col,
        id: id.to_owned(),
        message,
    }
}

/// The byte offset of `part` inside `whole`, when `part` is a slice of it.
fn offset_in(whole: &str, part: &str) -> usize {
    let start = whole.as_ptr() as usize;
    let at = part.as_ptr() as usize;
    if at >= start && at <= start + whole.len() {
        at - start
    } else {
        0
    }
}

// ---------------------------------------------------------------------------------------------
// The code table

/// A `[[code]]` row.
#[derive(Clone, Debug)]
struct CodeRow {
    code: u16,
    offset: usize,
    constant: String,
    iana_name: String,
    iana_description: Option<String>,
    reference: String,
    registered_on: Option<String>,
    sendable: bool,
    local_only: bool,
    browser_sendable: bool,
    sent_by: &'static str,
    retry: &'static str,
    http_status: Option<u16>,
    names: [Option<String>; 5],
    /// Codes readers confuse with this one; the documentation links their comparisons.
    related: Vec<(u16, usize)>,
    sources: Vec<String>,
}

/// A `[[range]]` row.
#[derive(Clone, Debug)]
struct RangeRow {
    id: String,
    offset: usize,
    first: u16,
    last: u16,
    reference: String,
    sendable: bool,
    browser_sendable: bool,
    sent_by: &'static str,
    retry: &'static str,
    sources: Vec<String>,
}

/// A `[[library]]` row: which codes a WebSocket library accepts on receipt.
#[derive(Clone, Debug)]
struct LibraryRow {
    id: String,
    name: String,
    accepts: Vec<(u16, u16)>,
    sources: Vec<String>,
}

#[derive(Debug, Default)]
struct Table {
    snapshot: String,
    codes: Vec<CodeRow>,
    ranges: Vec<RangeRow>,
    libraries: Vec<LibraryRow>,
    /// Name key -> code, for the forgiving name lookup.
    names: BTreeMap<String, u16>,
}

/// Reads one TOML table (a row), recording a problem for each missing, mistyped or unknown key.
struct Row<'a> {
    file: &'a SourceFile,
    table: &'a DeTable<'a>,
    offset: usize,
    id: String,
    used: BTreeSet<&'static str>,
    problems: &'a mut Vec<Problem>,
}

impl<'a> Row<'a> {
    /// A row named by its own kebab-case `id` key, reported as `<kind>-<id>`; returns the id.
    fn named(
        file: &'a SourceFile,
        table: &'a DeTable<'a>,
        offset: usize,
        kind: &str,
        problems: &'a mut Vec<Problem>,
    ) -> (Row<'a>, String) {
        let id = table.get("id").and_then(|v| match v.get_ref() {
            DeValue::String(s) => Some(s.to_string()),
            _ => None,
        });
        let id = format!("{kind}-{}", id.as_deref().unwrap_or("?"));
        let mut row = Row {
            file,
            table,
            offset,
            id,
            used: BTreeSet::new(),
            problems,
        };
        let value = row.string("id", true).unwrap_or_default();
        if !value.is_empty() && !is_kebab(&value) {
            row.problem(
                offset,
                format!("{kind} id `{value}` must be lowercase words joined by '-'"),
            );
        }
        (row, value)
    }

    fn problem(&mut self, offset: usize, message: String) {
        self.problems
            .push(problem_at(self.file, offset, &self.id, message));
    }

    fn value(&mut self, key: &'static str, required: bool) -> Option<&'a Spanned<DeValue<'a>>> {
        self.used.insert(key);
        let value = self.table.get(key);
        if value.is_none() && required {
            self.problem(
                self.offset,
                format!("missing key `{key}`; add it to this row"),
            );
        }
        value
    }

    fn string(&mut self, key: &'static str, required: bool) -> Option<String> {
        let value = self.value(key, required)?;
        match value.get_ref() {
            DeValue::String(s) if !s.trim().is_empty() => Some(s.to_string()),
            DeValue::String(_) => {
                self.problem(
                    value.span().start,
                    format!("`{key}` is empty; give it a value"),
                );
                None
            }
            _ => {
                self.problem(value.span().start, format!("`{key}` must be a string"));
                None
            }
        }
    }

    fn boolean(&mut self, key: &'static str) -> bool {
        let Some(value) = self.value(key, true) else {
            return false;
        };
        match value.get_ref() {
            DeValue::Boolean(b) => *b,
            _ => {
                self.problem(value.span().start, format!("`{key}` must be true or false"));
                false
            }
        }
    }

    fn integer(&mut self, key: &'static str, required: bool) -> Option<(i64, usize)> {
        let value = self.value(key, required)?;
        let parsed = match value.get_ref() {
            DeValue::Integer(i) => {
                i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()).ok()
            }
            _ => None,
        };
        if parsed.is_none() {
            self.problem(
                value.span().start,
                format!("`{key}` must be a whole number"),
            );
        }
        parsed.map(|n| (n, value.span().start))
    }

    fn code(&mut self, key: &'static str) -> Option<u16> {
        let (n, offset) = self.integer(key, true)?;
        match u16::try_from(n) {
            Ok(code) => Some(code),
            Err(_) => {
                self.problem(offset, format!("`{key}` is {n}, outside 0 to 65535"));
                None
            }
        }
    }

    fn choice(&mut self, key: &'static str, choices: &[(&'static str, &str)]) -> &'static str {
        let Some(value) = self.value(key, true) else {
            return choices[0].0;
        };
        let offset = value.span().start;
        let found = match value.get_ref() {
            DeValue::String(s) => choices
                .iter()
                .find(|(id, _)| *id == s.as_ref())
                .map(|c| c.0),
            _ => None,
        };
        found.unwrap_or_else(|| {
            let expected: Vec<&str> = choices.iter().map(|c| c.0).collect();
            self.problem(
                offset,
                format!(
                    "unknown `{key}` value; expected one of: {}",
                    expected.join(", ")
                ),
            );
            choices[0].0
        })
    }

    /// A list of codes, each with its offset.
    fn codes(&mut self, key: &'static str) -> Vec<(u16, usize)> {
        let Some(value) = self.value(key, true) else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            self.problem(
                value.span().start,
                format!("`{key}` must be a list of close codes"),
            );
            return Vec::new();
        };
        let mut codes = Vec::new();
        for item in items.iter() {
            let number = match item.get_ref() {
                DeValue::Integer(i) => {
                    u16::from_str_radix(&i.as_str().replace('_', ""), i.radix()).ok()
                }
                _ => None,
            };
            match number {
                Some(code) => codes.push((code, item.span().start)),
                None => self.problem(
                    item.span().start,
                    format!("`{key}` must list close codes from 0 to 65535"),
                ),
            }
        }
        codes
    }

    /// A list of strings, each with its offset.
    fn spans(&mut self, key: &'static str) -> Vec<(String, usize)> {
        let Some(value) = self.value(key, true) else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            self.problem(
                value.span().start,
                format!("`{key}` must be a list of strings"),
            );
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|item| match item.get_ref() {
                DeValue::String(s) => Some((s.to_string(), item.span().start)),
                _ => {
                    self.problem(item.span().start, format!("`{key}` must list strings"));
                    None
                }
            })
            .collect()
    }

    fn strings(&mut self, key: &'static str) -> Vec<String> {
        let Some(value) = self.value(key, true) else {
            return Vec::new();
        };
        let offset = value.span().start;
        let items: Option<Vec<String>> = match value.get_ref() {
            DeValue::Array(items) => items
                .iter()
                .map(|item| match item.get_ref() {
                    DeValue::String(s) if !s.trim().is_empty() => Some(s.to_string()),
                    _ => None,
                })
                .collect(),
            _ => None,
        };
        match items {
            Some(items) if !items.is_empty() => items,
            _ => {
                self.problem(
                    offset,
                    format!("`{key}` must be a non-empty list of strings"),
                );
                Vec::new()
            }
        }
    }

    fn finish(mut self) {
        let unknown: Vec<(String, usize)> = self
            .table
            .iter()
            .filter(|(k, _)| !self.used.contains(k.get_ref().as_ref()))
            .map(|(k, _)| (k.get_ref().to_string(), k.span().start))
            .collect();
        for (key, offset) in unknown {
            let known: Vec<&str> = self.used.iter().copied().collect();
            self.problem(
                offset,
                format!("unknown key `{key}`; known keys: {}", known.join(", ")),
            );
        }
    }
}

fn rows<'a>(
    file: &'a SourceFile,
    doc: &'a DeTable<'a>,
    key: &str,
    problems: &mut Vec<Problem>,
) -> Vec<(&'a DeTable<'a>, usize)> {
    match doc.get(key).map(|v| (v.get_ref(), v.span().start)) {
        Some((DeValue::Array(items), _)) => items
            .iter()
            .filter_map(|item| match item.get_ref() {
                DeValue::Table(t) => Some((t, item.span().start)),
                _ => {
                    problems.push(problem_at(
                        file,
                        item.span().start,
                        key,
                        format!("each `{key}` entry must be a table ([[{key}]])"),
                    ));
                    None
                }
            })
            .collect(),
        Some((_, offset)) => {
            problems.push(problem_at(
                file,
                offset,
                key,
                format!("`{key}` must be [[{key}]] tables"),
            ));
            Vec::new()
        }
        None => {
            problems.push(problem_at(
                file,
                0,
                key,
                format!("no [[{key}]] rows; add at least one"),
            ));
            Vec::new()
        }
    }
}

fn parse_table(file: &SourceFile, problems: &mut Vec<Problem>) -> Table {
    let (doc, errors) = DeTable::parse_recoverable(&file.text);
    for err in &errors {
        let offset = err.span().map_or(0, |s| s.start);
        let message = format!("TOML syntax error: {}", err.message().trim());
        problems.push(problem_at(file, offset, "(table)", message));
    }
    let doc = doc.get_ref();
    let mut table = Table::default();
    let mut top = Row {
        file,
        table: doc,
        offset: 0,
        id: "(table)".to_owned(),
        used: BTreeSet::from(["code", "range", "library"]),
        problems,
    };
    table.snapshot = top.string("snapshot", true).unwrap_or_default();
    top.finish();

    for (row, offset) in rows(file, doc, "code", problems) {
        let number = row.get("code").and_then(|v| match v.get_ref() {
            DeValue::Integer(i) => Some(i.as_str().to_owned()),
            _ => None,
        });
        let id = format!("code-{}", number.as_deref().unwrap_or("?"));
        let mut r = Row {
            file,
            table: row,
            offset,
            id,
            used: BTreeSet::new(),
            problems,
        };
        let code = r.code("code");
        let constant = r.string("constant", true).unwrap_or_default();
        if !constant.is_empty() && !is_screaming_snake(&constant) {
            let at = r.table.get("constant").map_or(offset, |v| v.span().start);
            r.problem(
                at,
                format!("constant `{constant}` must be SCREAMING_SNAKE_CASE, like GOING_AWAY"),
            );
        }
        let iana_name = r.string("iana_name", true).unwrap_or_default();
        let iana_description = r.string("iana_description", false);
        let reference = r.string("reference", true).unwrap_or_default();
        let registered_on = r.string("registered_on", false);
        if let Some(date) = &registered_on {
            if !is_iso_date(date) {
                let at = r
                    .table
                    .get("registered_on")
                    .map_or(offset, |v| v.span().start);
                r.problem(
                    at,
                    format!("registered_on `{date}` must be a date like 2016-10-10"),
                );
            }
        }
        let sendable = r.boolean("sendable");
        let local_only = r.boolean("local_only");
        let browser_sendable = r.boolean("browser_sendable");
        let sent_by = r.choice("sent_by", &SENDERS);
        let retry = r.choice("retry", &RETRY_CLASSES);
        let http_status = r.integer("http_status", false).and_then(|(n, at)| {
            let status = u16::try_from(n).ok().filter(|s| (100..=599).contains(s));
            if status.is_none() {
                r.problem(
                    at,
                    format!("http_status {n} is not an HTTP status code (100 to 599)"),
                );
            }
            status
        });
        let names = peer_names(&mut r);
        let related = r.codes("related");
        let sources = r.strings("sources");
        r.finish();
        let Some(code) = code else { continue };
        let id = format!("code-{code}");
        if local_only && sendable {
            problems.push(problem_at(file, offset, &id, "a local-only code cannot be sendable; RFC 6455 §7.4.1 forbids sending 1005, 1006 and 1015".to_owned()));
        }
        let browser_rule = code == 1000 || (3000..=4999).contains(&code);
        if browser_sendable != browser_rule {
            problems.push(problem_at(file, offset, &id, format!("browser_sendable must be {browser_rule}: WebSocket.close() accepts only 1000 and 3000 to 4999")));
        }
        if let Some(first) = table.codes.iter().find(|c| c.code == code) {
            let (line, _) = line_col(&file.text, first.offset);
            problems.push(problem_at(
                file,
                offset,
                &id,
                format!("code {code} appears twice (first at line {line}); keep one row"),
            ));
            continue;
        }
        if let Some(first) = table.codes.iter().find(|c| c.constant == constant) {
            problems.push(problem_at(
                file,
                offset,
                &id,
                format!(
                    "constant {constant} is already used by code {}; pick another name",
                    first.code
                ),
            ));
        }
        table.codes.push(CodeRow {
            code,
            offset,
            constant,
            iana_name,
            iana_description,
            reference,
            registered_on,
            sendable,
            local_only,
            browser_sendable,
            sent_by,
            retry,
            http_status,
            names,
            related,
            sources,
        });
    }
    table.codes.sort_by_key(|c| c.code);
    for row in &table.codes {
        for (related, offset) in &row.related {
            let id = format!("code-{}", row.code);
            if *related == row.code {
                problems.push(problem_at(
                    file,
                    *offset,
                    &id,
                    "a code is not related to itself; remove it from `related`".to_owned(),
                ));
            } else if !table.codes.iter().any(|c| c.code == *related) {
                problems.push(problem_at(
                    file,
                    *offset,
                    &id,
                    format!(
                        "related code {related} has no [[code]] row; list registered codes only"
                    ),
                ));
            }
        }
    }

    for (row, offset) in rows(file, doc, "range", problems) {
        let (mut r, range_id) = Row::named(file, row, offset, "range", problems);
        let first = r.code("first");
        let last = r.code("last");
        let reference = r.string("reference", true).unwrap_or_default();
        let sendable = r.boolean("sendable");
        let browser_sendable = r.boolean("browser_sendable");
        let sent_by = r.choice("sent_by", &SENDERS);
        let retry = r.choice("retry", &RETRY_CLASSES);
        let sources = r.strings("sources");
        r.finish();
        let (Some(first), Some(last)) = (first, last) else {
            continue;
        };
        table.ranges.push(RangeRow {
            id: range_id,
            offset,
            first,
            last,
            reference,
            sendable,
            browser_sendable,
            sent_by,
            retry,
            sources,
        });
    }
    table.ranges.sort_by_key(|r| r.first);
    check_ranges(file, &table.ranges, problems);

    for (row, offset) in rows(file, doc, "library", problems) {
        let (mut r, library_id) = Row::named(file, row, offset, "library", problems);
        let name = r.string("name", true).unwrap_or_default();
        let mut accepts = Vec::new();
        for (spec, at) in r.spans("accepts") {
            match parse_span(&spec) {
                Some(span) => accepts.push(span),
                None => r.problem(
                    at,
                    format!("`{spec}` is not a code or a range such as 1007-1014"),
                ),
            }
        }
        let sources = r.strings("sources");
        r.finish();
        if table.libraries.iter().any(|l| l.id == library_id) {
            problems.push(problem_at(
                file,
                offset,
                &format!("library-{library_id}"),
                "library id appears twice; keep one row".to_owned(),
            ));
        }
        table.libraries.push(LibraryRow {
            id: library_id,
            name,
            accepts,
            sources,
        });
    }
    table.names = name_map(file, &table.codes, problems);
    table
}

fn peer_names(r: &mut Row<'_>) -> [Option<String>; 5] {
    let mut names: [Option<String>; 5] = Default::default();
    let Some(value) = r.value("names", true) else {
        return names;
    };
    let DeValue::Table(table) = value.get_ref() else {
        r.problem(
            value.span().start,
            "`names` must be a table such as { tungstenite = \"Away\" }".to_owned(),
        );
        return names;
    };
    for (key, name) in table.iter() {
        let slot = PEERS.iter().position(|p| *p == key.get_ref().as_ref());
        match (slot, name.get_ref()) {
            (Some(slot), DeValue::String(s)) if !s.trim().is_empty() => {
                names[slot] = Some(s.to_string())
            }
            (Some(_), _) => r.problem(
                name.span().start,
                format!("names.{} must be a non-empty string", key.get_ref()),
            ),
            (None, _) => r.problem(
                key.span().start,
                format!(
                    "unknown library `{}` in names; known: {}",
                    key.get_ref(),
                    PEERS.join(", ")
                ),
            ),
        }
    }
    names
}

fn check_ranges(file: &SourceFile, ranges: &[RangeRow], problems: &mut Vec<Problem>) {
    let mut next: u32 = 0;
    let mut seen = BTreeSet::new();
    for range in ranges {
        let id = format!("range-{}", range.id);
        if !seen.insert(&range.id) {
            problems.push(problem_at(
                file,
                range.offset,
                &id,
                format!("range id `{}` appears twice; keep one row", range.id),
            ));
        }
        if range.first > range.last {
            problems.push(problem_at(
                file,
                range.offset,
                &id,
                format!("first ({}) is after last ({})", range.first, range.last),
            ));
        }
        if u32::from(range.first) != next {
            problems.push(problem_at(file, range.offset, &id, format!("ranges must cover 0 to 65535 without gaps or overlaps; this one should start at {next}")));
        }
        next = u32::from(range.last) + 1;
    }
    if next != 65536 && !ranges.is_empty() {
        let last = &ranges[ranges.len() - 1];
        problems.push(problem_at(
            file,
            last.offset,
            &format!("range-{}", last.id),
            "the last range must end at 65535".to_owned(),
        ));
    }
}

fn name_map(
    file: &SourceFile,
    codes: &[CodeRow],
    problems: &mut Vec<Problem>,
) -> BTreeMap<String, u16> {
    let mut map = BTreeMap::new();
    for row in codes {
        let variant = camel_case(&row.constant);
        let names = [Some(&row.constant), Some(&row.iana_name), Some(&variant)]
            .into_iter()
            .chain(row.names.iter().map(Option::as_ref))
            .flatten();
        for name in names {
            let mut buf = [0; name_key::MAX_NAME_KEY];
            let Some(key) = name_key::name_key(name, &mut buf) else {
                problems.push(problem_at(
                    file,
                    row.offset,
                    &format!("code-{}", row.code),
                    format!(
                        "name `{name}` has no letters or is longer than {} letters",
                        name_key::MAX_NAME_KEY
                    ),
                ));
                continue;
            };
            match map.insert(key.to_owned(), row.code) {
                Some(other) if other != row.code => problems.push(problem_at(
                    file,
                    row.offset,
                    &format!("code-{}", row.code),
                    format!("name `{name}` would also name code {other}; names must be unique ignoring case and separators"),
                )),
                _ => {}
            }
        }
    }
    map
}

/// `"1007-1014"` -> (1007, 1014), `"1014"` -> (1014, 1014).
fn parse_span(spec: &str) -> Option<(u16, u16)> {
    let (first, last) = spec.split_once('-').unwrap_or((spec, spec));
    let (first, last) = (first.trim().parse().ok()?, last.trim().parse().ok()?);
    (first <= last).then_some((first, last))
}

fn is_screaming_snake(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_uppercase())
        && s.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

fn is_kebab(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// `GOING_AWAY` -> `GoingAway`: the `KnownCode` variant for a constant.
fn camel_case(constant: &str) -> String {
    constant
        .split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_string() + &chars.as_str().to_ascii_lowercase()
            })
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The catalogs

/// A piece of compiled text: literal text, or a variable filled in at run time.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Piece {
    Text(String),
    Var(String),
}

/// A compiled pattern and where it came from.
#[derive(Clone, Debug)]
struct Pattern {
    file: usize,
    offset: usize,
    pieces: Vec<Piece>,
}

impl Pattern {
    fn variables(&self) -> BTreeSet<&str> {
        self.pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Var(v) => Some(v.as_str()),
                Piece::Text(_) => None,
            })
            .collect()
    }
}

#[derive(Clone, Debug)]
struct Message {
    file: usize,
    offset: usize,
    value: Option<Pattern>,
    attributes: BTreeMap<String, Pattern>,
}

#[derive(Debug)]
struct Catalog<'a> {
    tag: &'a str,
    files: &'a [SourceFile],
    messages: BTreeMap<String, Message>,
}

impl Catalog<'_> {
    fn problem(&self, file: usize, offset: usize, id: &str, message: String) -> Problem {
        problem_at(&self.files[file], offset, id, message)
    }

    /// A place to report a problem about the whole locale: its first file, or the folder.
    fn folder_problem(&self, id: &str, message: String) -> Problem {
        match self.files.first() {
            Some(file) => problem_at(file, 0, id, message),
            None => Problem {
                path: format!("locales/{}", self.tag),
                line: 1,
                col: 1,
                id: id.to_owned(),
                message,
            },
        }
    }
}

fn parse_locale<'a>(locale: &'a LocaleInput, problems: &mut Vec<Problem>) -> Catalog<'a> {
    let mut catalog = Catalog {
        tag: &locale.tag,
        files: &locale.files,
        messages: BTreeMap::new(),
    };
    if !is_language_tag(&locale.tag) {
        problems.push(catalog.folder_problem(
            "(locale)",
            format!(
                "folder name `{}` is not a language tag such as en, ko or pt-BR",
                locale.tag
            ),
        ));
    }
    if locale.files.is_empty() {
        problems.push(
            catalog.folder_problem("(locale)", "no .ftl files in this locale folder".to_owned()),
        );
    }
    for (index, file) in locale.files.iter().enumerate() {
        let resource = match fluent_syntax::parser::parse(file.text.as_str()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for err in errors {
                    let start = err.slice.as_ref().map_or(err.pos.start, |s| s.start);
                    let rest = file.text.get(start..).unwrap_or("");
                    let skipped = rest.len() - rest.trim_start().len();
                    let id: String = rest
                        .trim_start()
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                        .collect();
                    let id = if id.is_empty() {
                        "(syntax)".to_owned()
                    } else {
                        id
                    };
                    let (line, col) = line_col(&file.text, err.pos.start);
                    problems.push(problem_at(
                        file,
                        start + skipped,
                        &id,
                        format!("Fluent syntax error at {line}:{col}: {}", err.kind),
                    ));
                }
                resource
            }
        };
        for entry in &resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let id = message.id.name;
                    let offset = offset_in(&file.text, id);
                    let value = message
                        .value
                        .as_ref()
                        .map(|p| compile_pattern(p, index, offset, file, id, problems));
                    let mut attributes = BTreeMap::new();
                    for attribute in &message.attributes {
                        let name = attribute.id.name.to_owned();
                        let pattern =
                            compile_pattern(&attribute.value, index, offset, file, id, problems);
                        if attributes.insert(name.clone(), pattern).is_some() {
                            problems.push(problem_at(
                                file,
                                offset_in(&file.text, attribute.id.name),
                                id,
                                format!("attribute .{name} appears twice"),
                            ));
                        }
                    }
                    if let Some(first) = catalog.messages.get(id) {
                        let first_file = &catalog.files[first.file];
                        let (line, _) = line_col(&first_file.text, first.offset);
                        problems.push(problem_at(
                            file,
                            offset,
                            id,
                            format!(
                                "message defined twice (first in {}:{line}); keep one",
                                first_file.path
                            ),
                        ));
                        continue;
                    }
                    catalog.messages.insert(
                        id.to_owned(),
                        Message {
                            file: index,
                            offset,
                            value,
                            attributes,
                        },
                    );
                }
                ast::Entry::Term(term) => {
                    let id = format!("-{}", term.id.name);
                    problems.push(problem_at(
                        file,
                        offset_in(&file.text, term.id.name),
                        &id,
                        "terms are not supported; write the text into each message".to_owned(),
                    ));
                }
                _ => {}
            }
        }
    }
    catalog
}

fn compile_pattern(
    pattern: &ast::Pattern<&str>,
    file_index: usize,
    message_offset: usize,
    file: &SourceFile,
    id: &str,
    problems: &mut Vec<Problem>,
) -> Pattern {
    let mut pieces = Vec::new();
    let mut offset = None;
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                offset.get_or_insert(offset_in(&file.text, value));
                push_text(&mut pieces, value);
            }
            ast::PatternElement::Placeable { expression } => {
                if let Some(at) = expression_slice(expression) {
                    offset.get_or_insert(offset_in(&file.text, at));
                }
                compile_expression(expression, &mut pieces, file, id, problems);
            }
        }
    }
    let text: String = pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Text(t) => Some(t.as_str()),
            Piece::Var(_) => None,
        })
        .collect();
    let offset = offset.unwrap_or(message_offset);
    if text.trim().is_empty() && pieces.iter().all(|p| matches!(p, Piece::Text(_))) {
        problems.push(problem_at(
            file,
            offset,
            id,
            "the text is empty; write the text or remove the message".to_owned(),
        ));
    }
    Pattern {
        file: file_index,
        offset,
        pieces,
    }
}

fn push_text(pieces: &mut Vec<Piece>, text: &str) {
    if let Some(Piece::Text(last)) = pieces.last_mut() {
        last.push_str(text);
    } else if !text.is_empty() {
        pieces.push(Piece::Text(text.to_owned()));
    }
}

fn compile_expression(
    expression: &ast::Expression<&str>,
    pieces: &mut Vec<Piece>,
    file: &SourceFile,
    id: &str,
    problems: &mut Vec<Problem>,
) {
    let unsupported = |what: &str, at: &str| {
        problem_at(
            file,
            offset_in(&file.text, at),
            id,
            format!(
                "{what} is not supported by the generator; write plain text with {{ $variable }} placeables"
            ),
        )
    };
    let inline = match expression {
        ast::Expression::Inline(inline) => inline,
        ast::Expression::Select { selector, .. } => {
            let at = first_slice(selector).unwrap_or(id);
            problems.push(unsupported("a select expression", at));
            return;
        }
    };
    match inline {
        ast::InlineExpression::StringLiteral { value } => {
            push_text(
                pieces,
                &fluent_syntax::unicode::unescape_unicode_to_string(value),
            );
        }
        ast::InlineExpression::NumberLiteral { value } => push_text(pieces, value),
        ast::InlineExpression::VariableReference { id: var } => {
            pieces.push(Piece::Var(var.name.to_owned()));
        }
        ast::InlineExpression::Placeable { expression } => {
            compile_expression(expression, pieces, file, id, problems);
        }
        ast::InlineExpression::FunctionReference { id: function, .. } => {
            problems.push(unsupported(
                &format!("the function {}()", function.name),
                function.name,
            ));
        }
        ast::InlineExpression::MessageReference { id: message, .. } => {
            problems.push(unsupported(
                &format!("a reference to message {}", message.name),
                message.name,
            ));
        }
        ast::InlineExpression::TermReference { id: term, .. } => {
            problems.push(unsupported(&format!("the term -{}", term.name), term.name));
        }
    }
}

fn first_slice<'s>(inline: &ast::InlineExpression<&'s str>) -> Option<&'s str> {
    match inline {
        ast::InlineExpression::StringLiteral { value }
        | ast::InlineExpression::NumberLiteral { value } => Some(value),
        ast::InlineExpression::FunctionReference { id, .. }
        | ast::InlineExpression::MessageReference { id, .. }
        | ast::InlineExpression::TermReference { id, .. }
        | ast::InlineExpression::VariableReference { id } => Some(id.name),
        ast::InlineExpression::Placeable { expression } => expression_slice(expression),
    }
}

/// A slice of the source inside `expression`, to point a problem at (the AST has no spans).
fn expression_slice<'s>(expression: &ast::Expression<&'s str>) -> Option<&'s str> {
    match expression {
        ast::Expression::Inline(inline)
        | ast::Expression::Select {
            selector: inline, ..
        } => first_slice(inline),
    }
}

fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let language = subtags.next().unwrap_or("");
    (2..=3).contains(&language.len())
        && language.chars().all(|c| c.is_ascii_lowercase())
        && subtags
            .all(|s| (2..=8).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// The ids the library needs, in every locale.
fn required_ids(table: &Table) -> BTreeMap<String, Kind> {
    let mut ids = BTreeMap::new();
    for row in &table.codes {
        ids.insert(format!("code-{}", row.code), Kind::Entry);
    }
    for row in &table.ranges {
        ids.insert(format!("range-{}", row.id), Kind::Entry);
    }
    for (id, variables) in MESSAGES {
        ids.insert((*id).to_owned(), Kind::Label(variables));
    }
    for (class, _) in RETRY_CLASSES {
        ids.insert(format!("retry-{class}"), Kind::Label(&[]));
        ids.insert(format!("pred-retry-{class}"), Kind::Label(&[]));
    }
    for (sender, _) in SENDERS {
        ids.insert(format!("sender-{sender}"), Kind::Label(&[]));
        ids.insert(format!("pred-sender-{sender}"), Kind::Label(&[]));
    }
    ids
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// `code-<n>` / `range-<id>`: a name, plus description, symptom and remedy.
    Entry,
    /// A label, phrase or sentence: a value that may use only these variables.
    Label(&'static [&'static str]),
}

fn check_catalogs(
    table: &Table,
    catalogs: &[Catalog],
    table_file: &SourceFile,
    problems: &mut Vec<Problem>,
) {
    let required = required_ids(table);
    let Some(reference) = catalogs.iter().find(|c| c.tag == FALLBACK_LOCALE) else {
        problems.push(file_problem(
            &format!("locales/{FALLBACK_LOCALE}"),
            format!("the fallback locale `{FALLBACK_LOCALE}` is missing; every other locale is checked against it"),
        ));
        return;
    };

    // The reference locale against the table and the required labels.
    for (id, kind) in &required {
        if reference.messages.contains_key(id) {
            continue;
        }
        let problem = match (id.strip_prefix("code-"), id.strip_prefix("range-")) {
            (Some(code), _) => {
                let row = table.codes.iter().find(|r| r.code.to_string() == code);
                let offset = row.map_or(0, |r| r.offset);
                problem_at(
                    table_file,
                    offset,
                    id,
                    format!(
                        "code {code} is in the table but locales/{FALLBACK_LOCALE} has no message `{id}`; add it with the attributes .description, .symptom, .remedy, .cause, .sending and .receiving"
                    ),
                )
            }
            (_, Some(range)) => {
                let row = table.ranges.iter().find(|r| r.id == range);
                let offset = row.map_or(0, |r| r.offset);
                problem_at(
                    table_file,
                    offset,
                    id,
                    format!(
                        "range {range} is in the table but locales/{FALLBACK_LOCALE} has no message `{id}`; add it with the attributes .description, .symptom, .remedy, .cause, .sending and .receiving"
                    ),
                )
            }
            _ => {
                debug_assert!(matches!(kind, Kind::Label(_)));
                reference.folder_problem(id, format!("the library needs message `{id}`; add it to a file in locales/{FALLBACK_LOCALE}"))
            }
        };
        problems.push(problem);
    }

    for catalog in catalogs {
        for (id, message) in &catalog.messages {
            let problem = |text: String| catalog.problem(message.file, message.offset, id, text);
            match required.get(id) {
                None if id.starts_with("code-") => {
                    problems.push(problem(format!("there is no code {} in data/close-codes.toml; add a [[code]] row or remove this message", &id[5..])));
                }
                None if id.starts_with("range-") => {
                    problems.push(problem(format!("there is no range `{}` in data/close-codes.toml; add a [[range]] row or remove this message", &id[6..])));
                }
                None => problems.push(problem("the library does not use this message; check the id for a typo (see LABELS in build/codegen.rs)".to_owned())),
                Some(kind) => check_shape(catalog, id, message, *kind, problems),
            }
        }
        if catalog.tag == FALLBACK_LOCALE {
            continue;
        }
        compare_locales(reference, catalog, problems);
    }
}

fn check_shape(
    catalog: &Catalog,
    id: &str,
    message: &Message,
    kind: Kind,
    problems: &mut Vec<Problem>,
) {
    let at = |offset: usize, text: String| catalog.problem(message.file, offset, id, text);
    if message.value.is_none() {
        problems.push(at(
            message.offset,
            "the message has no value; write its text after `=`".to_owned(),
        ));
    }
    match kind {
        Kind::Entry => {
            for attribute in ATTRIBUTES {
                if !message.attributes.contains_key(attribute) {
                    problems.push(at(
                        message.offset,
                        format!(
                            "missing attribute .{attribute}; every code and range has .{}",
                            ATTRIBUTES.join(", .")
                        ),
                    ));
                }
            }
            for (name, pattern) in &message.attributes {
                if !ATTRIBUTES.contains(&name.as_str()) {
                    problems.push(at(
                        pattern.offset,
                        format!(
                            "unknown attribute .{name}; expected one of .{}",
                            ATTRIBUTES.join(", .")
                        ),
                    ));
                }
            }
            let patterns = message.value.iter().chain(message.attributes.values());
            for pattern in patterns {
                for var in pattern.variables() {
                    if var != CODE_VARIABLE {
                        problems.push(at(pattern.offset, format!("unknown variable ${var}; code and range texts can use only ${CODE_VARIABLE}")));
                    }
                }
            }
        }
        Kind::Label(allowed) => {
            for pattern in message.attributes.values() {
                problems.push(at(
                    pattern.offset,
                    "labels and phrases have no attributes; make it a message of its own"
                        .to_owned(),
                ));
            }
            for var in message.value.iter().flat_map(Pattern::variables) {
                if allowed.contains(&var) {
                    continue;
                }
                let expected = if allowed.is_empty() {
                    "this message takes no variables".to_owned()
                } else {
                    let names: Vec<String> = allowed.iter().map(|v| format!("${v}")).collect();
                    format!("this message can use {}", names.join(", "))
                };
                problems.push(at(
                    message.offset,
                    format!("unknown variable ${var}; {expected}"),
                ));
            }
        }
    }
}

fn compare_locales(reference: &Catalog, other: &Catalog, problems: &mut Vec<Problem>) {
    let (en, tag) = (reference.tag, other.tag);
    for (id, message) in &reference.messages {
        let Some(theirs) = other.messages.get(id) else {
            problems.push(reference.problem(
                message.file,
                message.offset,
                id,
                format!("the message is in {en} but missing from locales/{tag}; add it there"),
            ));
            continue;
        };
        for (name, pattern) in &message.attributes {
            if !theirs.attributes.contains_key(name) {
                problems.push(other.problem(
                    theirs.file,
                    theirs.offset,
                    id,
                    format!("attribute .{name} is in {en} but missing from {tag}; add it"),
                ));
            }
            if let Some(their_pattern) = theirs.attributes.get(name) {
                compare_variables(id, Some(name), pattern, their_pattern, other, en, problems);
            }
        }
        for (name, pattern) in &theirs.attributes {
            if !message.attributes.contains_key(name) {
                problems.push(other.problem(
                    pattern.file,
                    pattern.offset,
                    id,
                    format!(
                        "attribute .{name} is in {tag} but not in {en}; add it to {en} or remove it"
                    ),
                ));
            }
        }
        if let (Some(ours), Some(their_value)) = (&message.value, &theirs.value) {
            compare_variables(id, None, ours, their_value, other, en, problems);
        }
    }
    for (id, message) in &other.messages {
        if !reference.messages.contains_key(id) {
            problems.push(other.problem(
                message.file,
                message.offset,
                id,
                format!("the message is in {tag} but not in {en}; add it to {en} or remove it"),
            ));
        }
    }
}

fn compare_variables(
    id: &str,
    attribute: Option<&str>,
    reference: &Pattern,
    other: &Pattern,
    catalog: &Catalog,
    en: &str,
    problems: &mut Vec<Problem>,
) {
    let (ours, theirs) = (reference.variables(), other.variables());
    if ours != theirs {
        let list = |vars: &BTreeSet<&str>| {
            if vars.is_empty() {
                "none".to_owned()
            } else {
                vars.iter()
                    .map(|v| format!("${v}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        let what = attribute.map_or("the value".to_owned(), |a| format!(".{a}"));
        problems.push(catalog.problem(other.file, other.offset, id, format!(
            "{what} uses variables {} in {} but {} in {en}; use the same variables in every locale",
            list(&theirs), catalog.tag, list(&ours),
        )));
    }
}

// ---------------------------------------------------------------------------------------------
// Emitting Rust

fn emit(table: &Table, catalogs: &[Catalog]) -> String {
    let mut out = String::new();
    out.push_str("// @generated by build.rs (build/codegen.rs) from data/close-codes.toml and locales/. Do not edit.\n\n");
    emit_codes(&mut out, table);
    emit_ranges(&mut out, table);
    emit_libraries(&mut out, table);
    emit_names(&mut out, table);
    emit_catalogs(&mut out, table, catalogs);
    out
}

fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn opt_lit(s: Option<&String>) -> String {
    s.map_or("None".to_owned(), |s| format!("Some({s:?})"))
}

fn variant_of(choices: &[(&str, &'static str)], id: &str) -> &'static str {
    choices.iter().find(|(i, _)| *i == id).map_or("", |c| c.1)
}

fn emit_codes(out: &mut String, table: &Table) {
    let _ = writeln!(
        out,
        "/// The date of the IANA registry snapshot the code table follows."
    );
    let _ = writeln!(
        out,
        "pub const REGISTRY_SNAPSHOT: &str = {};\n",
        lit(&table.snapshot)
    );
    out.push_str("impl CloseCode {\n");
    for row in &table.codes {
        let _ = writeln!(
            out,
            "    /// `{}` {} ({}).",
            row.code, row.iana_name, row.reference
        );
        let _ = writeln!(
            out,
            "    pub const {}: CloseCode = CloseCode::new({});",
            row.constant, row.code
        );
    }
    out.push_str("}\n\n");

    out.push_str("/// Every registered close code, by name.\n///\n");
    out.push_str("/// The enum is `#[non_exhaustive]`: when IANA registers a code, a minor release adds a variant.\n");
    out.push_str(
        "/// Convert with [`CloseCode::known`] and `CloseCode::from`. The strum derives give\n",
    );
    out.push_str("/// iteration (`KnownCode::iter()`), `KnownCode::from_repr(1001)`, `KnownCode::COUNT` and\n");
    out.push_str("/// the variant name as `&'static str`.\n");
    out.push_str("///\n/// # Example\n///\n/// ```\n/// use closecode::{CloseCode, KnownCode};\n/// use strum::IntoEnumIterator;\n///\n");
    out.push_str("/// assert_eq!(KnownCode::from_repr(1014), Some(KnownCode::BadGateway));\n");
    out.push_str("/// assert_eq!(CloseCode::from(KnownCode::GoingAway), CloseCode::GOING_AWAY);\n");
    out.push_str(
        "/// assert!(KnownCode::iter().all(|k| CloseCode::from(k).is_registered()));\n/// ```\n",
    );
    out.push_str(
        "#[non_exhaustive]\n#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]\n",
    );
    out.push_str(
        "#[derive(strum::EnumIter, strum::FromRepr, strum::EnumCount, strum::IntoStaticStr)]\n",
    );
    out.push_str("#[repr(u16)]\npub enum KnownCode {\n");
    for row in &table.codes {
        let _ = writeln!(out, "    /// `{}` {}.", row.code, row.iana_name);
        let _ = writeln!(out, "    {} = {},", camel_case(&row.constant), row.code);
    }
    out.push_str("}\n\n");

    let _ = writeln!(
        out,
        "pub(crate) static CODES: [CodeRow; {}] = [",
        table.codes.len()
    );
    for row in &table.codes {
        let names: Vec<String> = PEERS
            .iter()
            .zip(&row.names)
            .map(|(peer, name)| format!("{peer}: {}", opt_lit(name.as_ref())))
            .collect();
        let sources: Vec<String> = row.sources.iter().map(|s| lit(s)).collect();
        let _ = writeln!(
            out,
            "    CodeRow {{ known: KnownCode::{}, constant: {}, iana_name: {}, iana_description: {}, reference: {}, registered_on: {}, sendable: {}, local_only: {}, browser_sendable: {}, sent_by: Sender::{}, retry: RetryClass::{}, http_status: {}, names: PeerNames {{ {} }}, related: &[{}], sources: &[{}] }},",
            camel_case(&row.constant),
            lit(&row.constant),
            lit(&row.iana_name),
            opt_lit(row.iana_description.as_ref()),
            lit(&row.reference),
            opt_lit(row.registered_on.as_ref()),
            row.sendable,
            row.local_only,
            row.browser_sendable,
            variant_of(&SENDERS, row.sent_by),
            variant_of(&RETRY_CLASSES, row.retry),
            row.http_status
                .map_or("None".to_owned(), |s| format!("Some({s})")),
            names.join(", "),
            row.related
                .iter()
                .map(|(c, _)| format!("CloseCode::new({c})"))
                .collect::<Vec<_>>()
                .join(", "),
            sources.join(", "),
        );
    }
    out.push_str("];\n\n");

    out.push_str("/// The position of `code` in [`CODES`]: a `match`, which the compiler turns into a jump table.\n");
    out.push_str(
        "pub(crate) const fn code_index(code: u16) -> Option<usize> {\n    match code {\n",
    );
    for (index, row) in table.codes.iter().enumerate() {
        let _ = writeln!(out, "        {} => Some({index}),", row.code);
    }
    out.push_str("        _ => None,\n    }\n}\n\n");
}

fn emit_ranges(out: &mut String, table: &Table) {
    out.push_str("/// The range a close code falls in (RFC 6455 §7.4.2), which decides the facts and text of\n");
    out.push_str("/// every code that is not registered.\n///\n/// # Example\n///\n/// ```\n/// use closecode::{CloseCode, CodeRange};\n///\n");
    out.push_str("/// assert_eq!(CloseCode::new(4001).range(), CodeRange::Private);\n/// assert_eq!(CodeRange::Private.id(), \"private\");\n/// ```\n");
    out.push_str(
        "#[non_exhaustive]\n#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]\n",
    );
    out.push_str("#[derive(strum::EnumIter, strum::EnumCount)]\npub enum CodeRange {\n");
    for range in &table.ranges {
        let _ = writeln!(
            out,
            "    /// Codes {} to {} (`{}`, {}).",
            range.first, range.last, range.id, range.reference
        );
        let _ = writeln!(
            out,
            "    {},",
            camel_case(&range.id.replace('-', "_").to_ascii_uppercase())
        );
    }
    out.push_str("}\n\n");
    out.push_str("impl CodeRange {\n    /// The range that contains `code`.\n    #[inline]\n    pub(crate) const fn of(code: u16) -> CodeRange {\n        match code {\n");
    for range in &table.ranges {
        let _ = writeln!(
            out,
            "            {}..={} => CodeRange::{},",
            range.first,
            range.last,
            camel_case(&range.id.replace('-', "_").to_ascii_uppercase())
        );
    }
    out.push_str("        }\n    }\n}\n\n");
    let _ = writeln!(
        out,
        "pub(crate) static RANGES: [RangeRow; {}] = [",
        table.ranges.len()
    );
    for range in &table.ranges {
        let sources: Vec<String> = range.sources.iter().map(|s| lit(s)).collect();
        let _ = writeln!(
            out,
            "    RangeRow {{ id: {}, first: {}, last: {}, reference: {}, sendable: {}, browser_sendable: {}, sent_by: Sender::{}, retry: RetryClass::{}, sources: &[{}] }},",
            lit(&range.id),
            range.first,
            range.last,
            lit(&range.reference),
            range.sendable,
            range.browser_sendable,
            variant_of(&SENDERS, range.sent_by),
            variant_of(&RETRY_CLASSES, range.retry),
            sources.join(", "),
        );
    }
    out.push_str("];\n\n");
}

fn emit_libraries(out: &mut String, table: &Table) {
    let _ = writeln!(
        out,
        "pub(crate) static LIBRARIES: [Library; {}] = [",
        table.libraries.len()
    );
    for library in &table.libraries {
        let accepts: Vec<String> = library
            .accepts
            .iter()
            .map(|(a, b)| format!("({a}, {b})"))
            .collect();
        let sources: Vec<String> = library.sources.iter().map(|s| lit(s)).collect();
        let _ = writeln!(
            out,
            "    Library {{ id: {}, name: {}, accepts: &[{}], sources: &[{}] }},",
            lit(&library.id),
            lit(&library.name),
            accepts.join(", "),
            sources.join(", "),
        );
    }
    out.push_str("];\n\n");
}

fn emit_names(out: &mut String, table: &Table) {
    // A `match` on the normalized key: measured about twice as fast as a `phf::Map<&str, _>`,
    // whose SipHash costs more than the comparisons (see the README's Performance section).
    out.push_str("/// The code of a name key (see `name_key`): constants, IANA names, variant names and\n/// other libraries' names.\n");
    out.push_str(
        "#[inline]\npub(crate) fn name_code(key: &str) -> Option<u16> {\n    match key {\n",
    );
    for (key, code) in &table.names {
        let _ = writeln!(out, "        {} => Some({code}),", lit(key));
    }
    out.push_str("        _ => None,\n    }\n}\n\n");
}

fn emit_text(out: &mut String, pattern: Option<&Pattern>) {
    let pieces = pattern.map_or(&[][..], |p| &p.pieces[..]);
    match pieces {
        [] => out.push_str("Message::Static(\"\")"),
        [Piece::Text(text)] => {
            let _ = write!(out, "Message::Static({})", lit(text));
        }
        _ => {
            out.push_str("Message::Pieces(&[");
            for piece in pieces {
                let _ = match piece {
                    Piece::Text(text) => write!(out, "Piece::Text({}), ", lit(text)),
                    Piece::Var(var) => write!(out, "Piece::Var({}), ", lit(var)),
                };
            }
            out.push_str("])");
        }
    }
}

fn emit_entry(out: &mut String, message: Option<&Message>) {
    out.push_str("        Entry { name: ");
    emit_text(out, message.and_then(|m| m.value.as_ref()));
    for attribute in ATTRIBUTES {
        let _ = write!(out, ", {attribute}: ");
        emit_text(out, message.and_then(|m| m.attributes.get(attribute)));
    }
    out.push_str(" },\n");
}

fn emit_catalogs(out: &mut String, table: &Table, catalogs: &[Catalog]) {
    let labels: Vec<String> = required_ids(table)
        .into_iter()
        .filter(|(_, kind)| matches!(kind, Kind::Label(_)))
        .map(|(id, _)| id)
        .collect();

    out.push_str("impl Locale {\n");
    for (index, catalog) in catalogs.iter().enumerate() {
        let name = catalog
            .messages
            .get("locale-name")
            .and_then(|m| m.value.as_ref());
        let name = match name.map(|p| &p.pieces[..]) {
            Some([Piece::Text(text)]) => text.clone(),
            _ => catalog.tag.to_owned(),
        };
        let _ = writeln!(out, "    /// {name} (`{}`).", catalog.tag);
        let _ = writeln!(
            out,
            "    pub const {}: Locale = Locale({index});",
            catalog.tag.replace('-', "_").to_ascii_uppercase()
        );
    }
    let fallback = catalogs
        .iter()
        .position(|c| c.tag == FALLBACK_LOCALE)
        .unwrap_or(0);
    let _ = writeln!(
        out,
        "    /// The locale used when nothing else matches: `{FALLBACK_LOCALE}`."
    );
    let _ = writeln!(out, "    pub const FALLBACK: Locale = Locale({fallback});");
    out.push_str("}\n\n");

    let ids: Vec<String> = labels.iter().map(|id| lit(id)).collect();
    out.push_str(
        "/// The ids of the labels and phrases, sorted: [`Catalog::labels`] is in this order.\n",
    );
    let _ = writeln!(
        out,
        "pub(crate) static LABEL_IDS: [&str; {}] = [{}];\n",
        ids.len(),
        ids.join(", ")
    );
    out.push_str("/// Indexes into [`Catalog::labels`], one per label or phrase message.\n#[allow(dead_code)]\npub(crate) mod label {\n");
    for (index, id) in labels.iter().enumerate() {
        let _ = writeln!(
            out,
            "    pub(crate) const {}: usize = {index};",
            id.replace('-', "_").to_ascii_uppercase()
        );
    }
    out.push_str("}\n\n");

    let _ = writeln!(
        out,
        "pub(crate) static CATALOGS: [Catalog; {}] = [",
        catalogs.len()
    );
    for catalog in catalogs {
        let mut subtags = catalog.tag.split('-');
        let language = subtags.next().unwrap_or("");
        let region = subtags.find(|s| s.len() == 2 || s.chars().all(|c| c.is_ascii_digit()));
        let _ = writeln!(
            out,
            "    Catalog {{\n        tag: {},\n        language: {},\n        region: {},",
            lit(catalog.tag),
            lit(language),
            region.map_or("None".to_owned(), |r| format!(
                "Some({})",
                lit(&r.to_ascii_uppercase())
            ))
        );
        out.push_str("        codes: &[\n");
        for row in &table.codes {
            emit_entry(out, catalog.messages.get(&format!("code-{}", row.code)));
        }
        out.push_str("        ],\n        ranges: &[\n");
        for row in &table.ranges {
            emit_entry(out, catalog.messages.get(&format!("range-{}", row.id)));
        }
        out.push_str("        ],\n        labels: &[\n");
        for id in &labels {
            out.push_str("            ");
            emit_text(out, catalog.messages.get(id).and_then(|m| m.value.as_ref()));
            out.push_str(",\n");
        }
        out.push_str("        ],\n    },\n");
    }
    out.push_str("];\n");
}
