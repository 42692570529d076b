//! The JSON the exports return, written straight into a string: JavaScript's camelCase keys,
//! and one shape for errors.
//!
//! A writer of its own instead of serde_json's `Value`: building a tree of maps (a `BTreeMap`,
//! its sorting, `Value`'s serializer) only to print it was a fifth of the wasm, and half of a
//! `describe` call. The crate's own types (facts, peer reactions) still go through their serde
//! impls, into [`Serializer`], which writes them the same way.

use std::fmt::{self, Write as _};

use crate::ser::Serializer;

/// A JSON object being written: `{`, then the fields in the order they are added, then `}`
/// from [`Object::finish`].
pub(crate) struct Object {
    out: String,
    empty: bool,
}

impl Object {
    pub(crate) fn new() -> Object {
        let mut out = String::with_capacity(512);
        out.push('{');
        Object { out, empty: true }
    }

    /// Starts field `key` (written as given: the callers' keys are camelCase already).
    fn key(&mut self, key: &str) -> &mut String {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        string(&mut self.out, key);
        self.out.push(':');
        &mut self.out
    }

    pub(crate) fn str(&mut self, key: &str, value: &str) -> &mut Object {
        string(self.key(key), value);
        self
    }

    /// A text written by its `Display` (the crate's texts), escaped as it is written: no
    /// `String` in between.
    pub(crate) fn text(&mut self, key: &str, value: &dyn fmt::Display) -> &mut Object {
        let out = self.key(key);
        out.push('"');
        // Writing into a String cannot fail.
        let _ = write!(Escaped(out), "{value}");
        out.push('"');
        self
    }

    pub(crate) fn opt_str(&mut self, key: &str, value: Option<&str>) -> &mut Object {
        match value {
            Some(value) => self.str(key, value),
            None => self.null(key),
        }
    }

    /// A whole number (codes, statuses, counts, milliseconds).
    pub(crate) fn num(&mut self, key: &str, value: impl Into<u64>) -> &mut Object {
        let out = self.key(key);
        // Writing into a String cannot fail.
        let _ = write!(out, "{}", value.into());
        self
    }

    pub(crate) fn opt_num(&mut self, key: &str, value: Option<impl Into<u64>>) -> &mut Object {
        match value {
            Some(value) => self.num(key, value),
            None => self.null(key),
        }
    }

    pub(crate) fn bool(&mut self, key: &str, value: bool) -> &mut Object {
        self.key(key).push_str(if value { "true" } else { "false" });
        self
    }

    pub(crate) fn null(&mut self, key: &str) -> &mut Object {
        self.key(key).push_str("null");
        self
    }

    /// `value`, already JSON (an object or array written by this module).
    pub(crate) fn raw(&mut self, key: &str, value: &str) -> &mut Object {
        self.key(key).push_str(value);
        self
    }

    /// An array of strings.
    pub(crate) fn strs<'a>(
        &mut self,
        key: &str,
        values: impl IntoIterator<Item = &'a str>,
    ) -> &mut Object {
        let out = self.key(key);
        array(out, values);
        self
    }

    /// A value of the crate through its serde impl, with camelCase keys.
    pub(crate) fn ser(&mut self, key: &str, value: &impl serde::Serialize) -> &mut Object {
        let out = self.key(key);
        // The serializer writes every type the crate serializes; it refuses only floats, which
        // none of them has. A refusal would leave a partial value: write null instead.
        let start = out.len();
        if value.serialize(Serializer { out }).is_err() {
            out.truncate(start);
            out.push_str("null");
        }
        self
    }

    pub(crate) fn finish(&mut self) -> String {
        self.out.push('}');
        std::mem::take(&mut self.out)
    }
}

/// `value` as a JSON string, escaped.
pub(crate) fn string(out: &mut String, value: &str) {
    out.push('"');
    escape(out, value);
    out.push('"');
}

/// A string's characters as a JSON string holds them: quotes, backslashes and control
/// characters escaped.
fn escape(out: &mut String, value: &str) {
    let mut start = 0;
    for (at, byte) in value.bytes().enumerate() {
        let escape = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..0x20 => "",
            _ => continue,
        };
        out.push_str(&value[start..at]);
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 15)]));
        } else {
            out.push_str(escape);
        }
        start = at + 1;
    }
    out.push_str(&value[start..]);
}

/// Writes into a JSON string, escaping what is written.
struct Escaped<'a>(&'a mut String);

impl fmt::Write for Escaped<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        escape(self.0, text);
        Ok(())
    }
}

/// An array of strings, written into `out`.
pub(crate) fn array<'a>(out: &mut String, values: impl IntoIterator<Item = &'a str>) {
    out.push('[');
    for (i, value) in values.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        string(out, value);
    }
    out.push(']');
}

/// An array of strings as JSON.
pub(crate) fn strings<'a>(values: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    array(&mut out, values);
    out
}

/// An array of JSON values (each written by this module).
pub(crate) fn list(values: impl IntoIterator<Item = String>) -> String {
    let mut out = String::from("[");
    for (i, value) in values.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&value);
    }
    out.push(']');
    out
}

/// An expected failure (bad input, a broken file) as `{ ok: false, error, message, ... }`,
/// with the fields `more` adds: the wrapper hands it on as a value, not as an exception.
pub(crate) fn failure(error: &str, message: &str, more: impl FnOnce(&mut Object)) -> String {
    let mut object = Object::new();
    object
        .bool("ok", false)
        .str("error", error)
        .str("message", message);
    more(&mut object);
    object.finish()
}

/// A success as `{ ok: true, ...fields }`: an object whose first field is `ok`.
pub(crate) fn success() -> Object {
    let mut object = Object::new();
    object.bool("ok", true);
    object
}
