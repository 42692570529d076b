//! What a logger puts around a message: timestamps, levels, thread and logger names in
//! brackets, `Caused by:` in a stack trace, colour codes (also after a console dropped their
//! escape byte, as `[31m`), and JSON-structured lines whose message is one field. The generic
//! layer reads only the message, so a PID in brackets or a port in a prefix is never taken for
//! a close code; exact formats also try each JSON message field, since a format that must end
//! the line does not end a JSON object.

use super::cursor::starts;

/// The JSON fields structured loggers put the message in: zap and logrus (`msg`), bunyan and
/// pino (`msg`), log4j's and logback's JSON layouts (`message`), winston (`message`), and the
/// error fields of zap (`error`), logrus (`error`) and slog (`err`).
const MESSAGE_FIELDS: [&str; 5] = [
    "\"msg\":",
    "\"message\":",
    "\"error\":",
    "\"err\":",
    "\"exception\":",
];

/// Levels, as loggers print them (log4j, logback, Python logging, Go's log/slog, zap, Android's
/// `E/` prefixes are words of one letter and are not stripped).
const LEVELS: [&str; 12] = [
    "TRACE", "DEBUG", "INFO", "NOTICE", "WARNING", "WARN", "ERROR", "SEVERE", "CRITICAL", "FATAL",
    "error", "warning",
];

/// The string values of the message fields of a JSON-structured line, in field order (at most
/// four), without their quotes. Escapes stay as they are (a `\"` inside does not end it).
pub(super) fn json_messages(line: &str) -> impl Iterator<Item = &str> {
    let object = line.trim_start();
    let is_json = object.starts_with('{') && object.ends_with('}');
    MESSAGE_FIELDS
        .iter()
        .filter(move |_| is_json)
        .filter_map(move |field| {
            let at = memchr::memmem::find(object.as_bytes(), field.as_bytes())?;
            let value = object[at + field.len()..].trim_start();
            let value = starts(value, "\"")?;
            let bytes = value.as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                match bytes[i] {
                    b'\\' => i += 2,
                    b'"' => return Some(&value[..i]),
                    _ => i += 1,
                }
            }
            None
        })
        .take(4)
}

/// The error a runtime wrapped in a message of its own: Node's `ERR_UNHANDLED_ERROR`
/// ("Unhandled error. (" + the error + ")", `lib/events.js`), for an `error` event nobody
/// listened to.
pub(super) fn unwrapped(line: &str) -> Option<&str> {
    let at = memchr::memmem::find(line.as_bytes(), b"Unhandled error. (")?;
    let inner = &line[at + "Unhandled error. (".len()..];
    inner.trim_end().strip_suffix(')')
}

/// `line` without the fields a logfmt-style logger (logrus' text formatter, zap's console
/// encoder) writes after the message: everything from the first run of two or more spaces
/// followed by `key=`.
pub(super) fn without_fields(line: &str) -> Option<&str> {
    let bytes = line.as_bytes();
    let mut at = 0;
    while let Some(found) = memchr::memmem::find(&bytes[at..], b"  ") {
        let start = at + found;
        let rest = line[start..].trim_start_matches(' ');
        let key = rest
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'.')
            .count();
        if key > 0 && rest.as_bytes().get(key) == Some(&b'=') {
            return Some(line[..start].trim_end());
        }
        at = start + 2;
    }
    None
}

/// `line` without what a logger put before and after its message.
///
/// # Examples (crate-internal)
///
/// `2026-11-26 02:00:00,123 ERROR [main] c.e.Client - Caused by: x` is `x`.
pub(super) fn message(line: &str) -> &str {
    let mut rest = trim_colours_end(line.trim());
    loop {
        let before = rest.len();
        rest = rest.trim_start_matches([' ', '\t', '|', '>']);
        rest = skip_colour(rest);
        rest = skip_timestamp(rest);
        rest = skip_bracketed(rest);
        rest = skip_level(rest);
        for lead in ["Caused by: ", "caused by: ", "- ", ": "] {
            if let Some(after) = starts(rest, lead) {
                rest = after;
            }
        }
        if rest.len() == before {
            return rest;
        }
    }
}

/// A colour code at the start: `ESC [ params m`, or `[ params m` after the escape byte was lost.
fn skip_colour(s: &str) -> &str {
    let (escaped, s) = match s.strip_prefix('\x1b') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let Some(body) = s.strip_prefix('[') else {
        return s;
    };
    let params = body
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b';')
        .count();
    // Without its escape byte, `[m` could be text ("[main]"): a digit is required.
    match body[params..].strip_prefix('m') {
        Some(after) if params <= 12 && (escaped || params > 0) => after,
        _ => s,
    }
}

/// `s` without colour codes at its end (`…[0m`).
fn trim_colours_end(s: &str) -> &str {
    let mut s = s;
    while let Some(body) = s.strip_suffix('m') {
        let params = body
            .bytes()
            .rev()
            .take_while(|b| b.is_ascii_digit() || *b == b';')
            .count();
        let Some(before) = body[..body.len() - params].strip_suffix('[') else {
            return s;
        };
        s = before.strip_suffix('\x1b').unwrap_or(before).trim_end();
    }
    s
}

/// A date or time at the start: a word of digits joined by `-`, `/`, `:`, `.`, `,`, `T`, `Z`
/// or `+` that holds at least one of `-`, `/` or `:` (`2026-11-26`, `02:00:00,123`,
/// `2026-11-26T02:00:00.123Z`), never a bare number.
fn skip_timestamp(s: &str) -> &str {
    let word = s
        .bytes()
        .take_while(|b| b.is_ascii_digit() || b"-/:.,TZ+".contains(b))
        .count();
    let token = &s[..word];
    let dated = token.starts_with(|c: char| c.is_ascii_digit())
        && token.bytes().any(|b| b"-/:".contains(&b))
        && token.len() >= 5;
    if dated { &s[word..] } else { s }
}

/// A bracketed prefix (`[main]`, `[ERROR]`, `[pool-1-thread-3]`, `[26/Nov/2026:02:00:00
/// +0000]`, a PID or thread number `[1001]`).
fn skip_bracketed(s: &str) -> &str {
    let Some(body) = s.strip_prefix('[') else {
        return s;
    };
    match body.find(']') {
        Some(end) if end <= 80 => &body[end + 1..],
        _ => s,
    }
}

/// A level word at the start, with its `:` when it has one.
fn skip_level(s: &str) -> &str {
    for level in LEVELS {
        if let Some(after) = starts(s, level) {
            if after.is_empty() || after.starts_with([' ', ':', '\t', ']', '[', '\x1b']) {
                return after.strip_prefix(':').unwrap_or(after);
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_go() {
        let cases = [
            ("2026-11-26 02:00:00,123 ERROR [main] Caused by: x y", "x y"),
            ("[31mERROR[0m closed (1006)[0m", "closed (1006)"),
            ("\x1b[33mWARN\x1b[0m: [1006] closed", "closed"),
            ("INFO:     x", "x"),
            ("2026/11/26 02:00:00 [error] 31#31: x", "31#31: x"),
            ("1006 closed", "1006 closed"),
            ("[pid 1001] closing", "closing"),
        ];
        for (line, expected) in cases {
            assert_eq!(message(line), expected, "{line}");
        }
    }

    #[test]
    fn logfmt_fields_are_cut() {
        assert_eq!(
            without_fields("WARN[0019] read: websocket: close 1001   remoteAddress=127.0.0.1 ua=x"),
            Some("WARN[0019] read: websocket: close 1001")
        );
        assert_eq!(without_fields("a  b c"), None);
    }

    #[test]
    fn wrappers_are_opened() {
        assert_eq!(
            unwrapped("Unhandled error. (Unexpected server response: 401)"),
            Some("Unexpected server response: 401")
        );
        assert_eq!(unwrapped("Unhandled error. (x"), None);
    }

    #[test]
    fn json_messages_are_read() {
        let line = r#"{"level":"error","msg":"websocket: close 1006 \"x\"","err":"EOF"}"#;
        let found: Vec<_> = json_messages(line).collect();
        assert_eq!(found, [r#"websocket: close 1006 \"x\""#, "EOF"]);
        assert_eq!(json_messages("msg: \"x\"").count(), 0);
    }
}
