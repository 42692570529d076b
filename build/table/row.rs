//! Reading one TOML table (a row of the code table) key by key: each typed getter records a
//! problem for a missing, mistyped or empty value, and [`Row::finish`] one for each unknown key.
//!
//! Owns: the TOML value types and the wording of those problems. May not touch: what a key
//! means or which keys a kind of row has; `codes.rs`, `ranges.rs` and `peers.rs` decide.

use std::collections::BTreeSet;
use std::num::ParseIntError;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::super::problem::{Problem, SourceFile};

/// One row being read, with the keys read so far and where its problems go.
pub(super) struct Row<'a> {
    file: &'a SourceFile,
    table: &'a DeTable<'a>,
    offset: usize,
    id: String,
    used: BTreeSet<&'static str>,
    problems: &'a mut Vec<Problem>,
}

impl<'a> Row<'a> {
    /// A row at `offset`, reported under `id` (such as `code-1001` or `(table)`).
    pub(super) fn new(
        file: &'a SourceFile,
        table: &'a DeTable<'a>,
        offset: usize,
        id: String,
        problems: &'a mut Vec<Problem>,
    ) -> Row<'a> {
        Row {
            file,
            table,
            offset,
            id,
            used: BTreeSet::new(),
            problems,
        }
    }

    /// A row named by its own kebab-case `id` key, reported as `<kind>-<id>`; returns the id.
    pub(super) fn named(
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
        let mut row = Row::new(file, table, offset, id, problems);
        let value = row.string("id", true).unwrap_or_default();
        if !value.is_empty() && !is_kebab(&value) {
            row.problem(
                offset,
                format!("{kind} id `{value}` must be lowercase words joined by '-'"),
            );
        }
        (row, value)
    }

    /// Keys this row holds that are read elsewhere, so [`Row::finish`] does not call them unknown.
    pub(super) fn read_elsewhere(&mut self, keys: &[&'static str]) {
        self.used.extend(keys);
    }

    pub(super) fn problem(&mut self, offset: usize, message: String) {
        self.problems
            .push(self.file.problem(offset, &self.id, message));
    }

    /// Where `key`'s value starts, or the row when it has none.
    pub(super) fn at(&self, key: &str) -> usize {
        self.table.get(key).map_or(self.offset, |v| v.span().start)
    }

    pub(super) fn value(
        &mut self,
        key: &'static str,
        required: bool,
    ) -> Option<&'a Spanned<DeValue<'a>>> {
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

    pub(super) fn string(&mut self, key: &'static str, required: bool) -> Option<String> {
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

    pub(super) fn boolean(&mut self, key: &'static str) -> bool {
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

    /// A whole number and where it starts.
    pub(super) fn integer(&mut self, key: &'static str, required: bool) -> Option<(i64, usize)> {
        let value = self.value(key, required)?;
        let parsed = whole_number(value.get_ref(), i64::from_str_radix);
        if parsed.is_none() {
            self.problem(
                value.span().start,
                format!("`{key}` must be a whole number"),
            );
        }
        parsed.map(|n| (n, value.span().start))
    }

    /// A close code: a whole number from 0 to 65535.
    pub(super) fn code(&mut self, key: &'static str) -> Option<u16> {
        let (n, offset) = self.integer(key, true)?;
        match u16::try_from(n) {
            Ok(code) => Some(code),
            Err(_) => {
                self.problem(offset, format!("`{key}` is {n}, outside 0 to 65535"));
                None
            }
        }
    }

    /// One of `choices` (id in the table, Rust variant); the first when it is missing or unknown.
    pub(super) fn choice(
        &mut self,
        key: &'static str,
        choices: &[(&'static str, &str)],
    ) -> &'static str {
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

    /// A close code (a whole number from 0 to 65535) or one of `words`, such as `"echo"`.
    pub(super) fn code_or(
        &mut self,
        key: &'static str,
        required: bool,
        words: &[&'static str],
    ) -> Option<Result<u16, &'static str>> {
        let value = self.value(key, required)?;
        let found = match value.get_ref() {
            DeValue::String(s) => words.iter().find(|w| **w == s.as_ref()).map(|w| Err(*w)),
            number => whole_number(number, u16::from_str_radix).map(Ok),
        };
        if found.is_none() {
            self.problem(
                value.span().start,
                format!(
                    "`{key}` must be a close code from 0 to 65535 or one of: {}",
                    words.join(", ")
                ),
            );
        }
        found
    }

    /// Reads the inline table under `key` as a row of its own, reported as `<id>.<key>`, and
    /// checks it for unknown keys.
    pub(super) fn nested<R>(
        &mut self,
        key: &'static str,
        read: impl FnOnce(&mut Row<'_>) -> R,
    ) -> Option<R> {
        let value = self.value(key, true)?;
        let DeValue::Table(table) = value.get_ref() else {
            self.problem(
                value.span().start,
                format!("`{key}` must be an inline table such as {{ sees = 1006 }}"),
            );
            return None;
        };
        let id = format!("{}.{key}", self.id);
        let mut row = Row::new(self.file, table, value.span().start, id, self.problems);
        let result = read(&mut row);
        row.finish();
        Some(result)
    }

    /// A list of codes, each with its offset.
    pub(super) fn codes(&mut self, key: &'static str) -> Vec<(u16, usize)> {
        let Some(items) = self.array(key, "a list of close codes") else {
            return Vec::new();
        };
        let mut codes = Vec::new();
        for item in items {
            match whole_number(item.get_ref(), u16::from_str_radix) {
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
    pub(super) fn spans(&mut self, key: &'static str) -> Vec<(String, usize)> {
        let Some(items) = self.array(key, "a list of strings") else {
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

    /// The items of a required array, or a problem saying it `must be` one.
    fn array(&mut self, key: &'static str, must_be: &str) -> Option<&'a [Spanned<DeValue<'a>>]> {
        let value = self.value(key, true)?;
        if let DeValue::Array(items) = value.get_ref() {
            return Some(items);
        }
        self.problem(value.span().start, format!("`{key}` must be {must_be}"));
        None
    }

    /// A non-empty list of non-empty strings, such as `sources`.
    pub(super) fn strings(&mut self, key: &'static str) -> Vec<String> {
        self.string_list(key, false)
    }

    /// A list of non-empty strings, empty when `may_be_empty`, such as a profile's `aliases`.
    pub(super) fn string_list(&mut self, key: &'static str, may_be_empty: bool) -> Vec<String> {
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
            Some(items) if may_be_empty || !items.is_empty() => items,
            _ => {
                let list = if may_be_empty {
                    "a list"
                } else {
                    "a non-empty list"
                };
                self.problem(
                    offset,
                    format!("`{key}` must be {list} of non-empty strings"),
                );
                Vec::new()
            }
        }
    }

    /// An optional table of strings, such as `texts = { en = "app.en.ftl" }`: (key, value) pairs
    /// in file order.
    pub(super) fn nested_strings(&mut self, key: &'static str) -> Vec<(String, String)> {
        let Some(value) = self.value(key, false) else {
            return Vec::new();
        };
        let offset = value.span().start;
        let DeValue::Table(table) = value.get_ref() else {
            self.problem(
                offset,
                format!("`{key}` must be a table such as {{ en = \"app.en.ftl\" }}"),
            );
            return Vec::new();
        };
        let mut pairs = Vec::new();
        for (name, item) in table.iter() {
            match item.get_ref() {
                DeValue::String(s) if !s.trim().is_empty() => {
                    pairs.push((name.get_ref().to_string(), s.to_string()));
                }
                _ => self.problem(
                    item.span().start,
                    format!("`{key}.{}` must be a non-empty string", name.get_ref()),
                ),
            }
        }
        pairs
    }

    /// Reports every key that no getter read.
    pub(super) fn finish(mut self) {
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

/// A TOML integer parsed as `T`, in its own radix, without `_` separators.
fn whole_number<T>(
    value: &DeValue<'_>,
    parse: fn(&str, u32) -> Result<T, ParseIntError>,
) -> Option<T> {
    match value {
        DeValue::Integer(i) => parse(&i.as_str().replace('_', ""), i.radix()).ok(),
        _ => None,
    }
}

fn is_kebab(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}
