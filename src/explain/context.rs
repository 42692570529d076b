//! The generic layer: a close code read from the words around it, in a line whose format no
//! stack's matcher knows. A number is a close code only where the line says so ("close code",
//! "closed with", `code=` in a line about closing, a bracketed number in a line about
//! closing) and only if it can be one: 1000-1003, 1005-1015 or 3000-4999, so an HTTP status, a
//! port or a duration never is. A close-code enum's constant name names its code
//! ([`names`](super::names)).

use super::cursor::{code, contains_ignore_case};
use super::{Found, Who, names};

/// The anchors of this layer: a code word, a close word, a socket word (for a constant name
/// in a line about a socket), in the cases logs write them.
pub(super) const ANCHORS: &[&str] = &[
    "code",
    "Code",
    "CODE",
    "lose",
    "LOSE",
    "ocket",
    "OCKET",
    "码",
    "碼",
    "コード",
    "코드",
];

/// Whether `code` is one a log may report: a registered code (1004 is reserved and never
/// sent), or one of the registration (3000-3999) and private (4000-4999) ranges.
pub(super) fn sensible(code: u16) -> bool {
    matches!(code, 1000..=1003 | 1005..=1015 | 3000..=4999)
}

/// Whether the line is about a connection closing, in English or in the words Chinese,
/// Japanese, Korean, Spanish, French and German logs use ("关闭", "切断", "종료", "cerrada",
/// "fermée", "geschlossen").
fn closing(message: &str) -> bool {
    ["close", "disconnect", "websocket", "socket"]
        .iter()
        .any(|word| contains_ignore_case(message, word))
        || FOREIGN_CLOSE.iter().any(|word| message.contains(word))
}

/// Words for closing and disconnecting in other languages' logs.
const FOREIGN_CLOSE: [&str; 14] = [
    "关闭",
    "關閉",
    "断开",
    "斷開",
    "クローズ",
    "切断",
    "閉じ",
    "닫",
    "종료",
    "끊",
    "cerrad",
    "fermé",
    "geschlossen",
    "getrennt",
];

/// Words for "code" in other languages' logs (Chinese, Japanese, Korean, Spanish, Italian).
const FOREIGN_CODE: [&str; 7] = ["代码", "代碼", "码", "碼", "コード", "코드", "códig"];

/// How strongly the words before a `code` say it is a close code.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// "close code", `closeCode`, `close_code`, "closure code".
    Close,
    /// "status code", `StatusCode(`: four digits cannot be an HTTP status.
    Status,
    /// `code` alone: a close code only in a line about closing.
    Plain,
}

/// What stands before the `code` at `at`, or `None` when it is part of another word
/// (`opcode`, `decode`, `exitCode`) or names another kind of code (exit, HTTP response).
fn slot(message: &str, at: usize) -> Option<Slot> {
    let before = message[..at].trim_end_matches([' ', '_', '-']);
    let word_start = at == 0 || !message.as_bytes()[at - 1].is_ascii_alphanumeric();
    let ends = |word: &str| {
        before.len() >= word.len()
            && before.as_bytes()[before.len() - word.len()..].eq_ignore_ascii_case(word.as_bytes())
            && (before.len() == word.len()
                || !before.as_bytes()[before.len() - word.len() - 1].is_ascii_alphabetic())
    };
    if ends("close") || ends("closure") || ends("closing") || ends("disconnect") {
        return Some(Slot::Close);
    }
    if ends("status") {
        return Some(Slot::Status);
    }
    let other = ["exit", "response", "return", "http", "reply", "result"];
    if !word_start || other.iter().any(|word| ends(word)) {
        return None;
    }
    Some(Slot::Plain)
}

/// A close code at the start of `s` after separators (`=`, `:`, quotes, brackets, `#`, the
/// full-width colon) and an "of" or "is", with no digit, letter or decimal point right after it.
fn code_after_separators(s: &str) -> Option<u16> {
    const SEPARATORS: [char; 11] = [' ', '=', ':', '"', '\'', '(', '[', '#', '\t', '：', 'は'];
    let s = s.trim_start_matches(SEPARATORS);
    let s = ["of ", "is "]
        .iter()
        .find_map(|word| s.strip_prefix(word))
        .unwrap_or(s)
        .trim_start_matches(SEPARATORS);
    let (code, rest) = code(s)?;
    let next = rest.bytes().next();
    let decimal = rest.starts_with('.') && rest[1..].starts_with(|c: char| c.is_ascii_digit());
    (sensible(code) && !next.is_some_and(|b| b.is_ascii_alphanumeric()) && !decimal).then_some(code)
}

/// Every `code` word in `message` (any case), with its slot, and what follows it.
fn code_words(message: &str) -> impl Iterator<Item = (Slot, &str)> {
    let bytes = message.as_bytes();
    (0..bytes.len().saturating_sub(3)).filter_map(move |at| {
        if !bytes[at..at + 4].eq_ignore_ascii_case(b"code") {
            return None;
        }
        Some((slot(message, at)?, &message[at + 4..]))
    })
}

/// A close code alone in brackets or parentheses, `(1006)` or `[4001]`.
fn bracketed(message: &str) -> Option<u16> {
    let bytes = message.as_bytes();
    bytes.iter().enumerate().find_map(|(at, &open)| {
        let close = match open {
            b'(' => b')',
            b'[' => b']',
            _ => return None,
        };
        // `sshd[1001]`: a number right after a word is a PID, not a code.
        if at > 0 && bytes[at - 1].is_ascii_alphanumeric() {
            return None;
        }
        let (code, rest) = code(&message[at + 1..])?;
        (sensible(code) && rest.as_bytes().first() == Some(&close)).then_some(code)
    })
}

/// "closed 1006", "close: 4001", "onclose(1000)", "closing with status 1006": a close word,
/// separators and connecting words, a code. Without a connecting word ("with", "status",
/// "code"), nothing may follow the number that makes it a count ("closed 1000 connections").
fn after_close_word(message: &str) -> Option<u16> {
    let bytes = message.as_bytes();
    (0..bytes.len().saturating_sub(3)).find_map(|at| {
        if !bytes[at..at + 4].eq_ignore_ascii_case(b"clos") {
            return None;
        }
        // close, closed, closes, closing, closure, in any case.
        let after = &message[at + 4..];
        let ending = ["ing", "ure", "ed", "es", "e"].iter().find(|ending| {
            after.len() >= ending.len()
                && after.as_bytes()[..ending.len()].eq_ignore_ascii_case(ending.as_bytes())
        })?;
        let mut rest = &after[ending.len()..];
        if !rest.starts_with([' ', ':', '=', '(', '[', '\t', ',']) {
            return None;
        }
        // A connecting word, or a label's colon or equals sign ("closed: 4014 Disallowed
        // intent(s).", "close with status=1000"), says the number is the code.
        let mut connected = false;
        loop {
            let trimmed = rest.trim_start_matches([' ', ':', '=', '(', '[', '\t', '#', ',']);
            connected |= rest[..rest.len() - trimmed.len()].contains([':', '=']);
            rest = trimmed;
            let word = ["with", "status", "code", "the", "error", "of", "frame"]
                .iter()
                .find_map(|word| rest.strip_prefix(word))
                .filter(|after| !after.starts_with(|c: char| c.is_ascii_alphanumeric()));
            match word {
                Some(after) => {
                    rest = after;
                    connected = true;
                }
                None => break,
            }
        }
        let (code, tail) = code(rest)?;
        // Glued to the number, a letter or a decimal makes it something else ("1006ms",
        // "1006.5"); after a space, a word makes it a count ("closed 1000 connections"),
        // unless a connecting word said it is a code ("closing with status 1006 and ...").
        let glued = tail.starts_with(|c: char| c.is_ascii_alphanumeric())
            || (tail.starts_with('.') && tail[1..].starts_with(|c: char| c.is_ascii_digit()));
        let word_after = tail
            .trim_start()
            .starts_with(|c: char| c.is_ascii_alphanumeric());
        (sensible(code) && !glued && (connected || !word_after)).then_some(code)
    })
}

/// A code after a word for "code" in another language ("代码: 1011", "コード1006").
fn foreign(message: &str) -> Option<u16> {
    FOREIGN_CODE.iter().find_map(|word| {
        let rest = super::cursor::after(message, word)?;
        code_after_separators(rest)
    })
}

/// The code `message` (a line without its logger's prefix) reports by its words.
pub(super) fn explain(message: &str) -> Option<Found<'_>> {
    let about_closing = closing(message);
    for (slot, rest) in code_words(message) {
        if slot == Slot::Plain && !about_closing {
            continue;
        }
        if let Some(code) = code_after_separators(rest) {
            return Some(Found::code(code, Who::Unknown, None));
        }
    }
    if let Some(code) = names::find(message, about_closing) {
        return Some(Found::code(code, Who::Unknown, None));
    }
    if let Some(rest) = super::cursor::after(message, "closed with ") {
        let rest = rest
            .trim_start_matches("status ")
            .trim_start_matches("close ")
            .trim_start_matches("code ");
        if let Some(code) = code_after_separators(rest) {
            return Some(Found::code(code, Who::Unknown, None));
        }
    }
    if !about_closing {
        return None;
    }
    let code = after_close_word(message)
        .or_else(|| foreign(message))
        .or_else(|| bracketed(message))?;
    Some(Found::code(code, Who::Unknown, None))
}

#[cfg(test)]
mod tests {
    use super::explain;

    fn code_of(message: &str) -> Option<u16> {
        explain(message).map(|found| found.reported.code().get())
    }

    #[test]
    fn codes_in_context() {
        for (message, code) in [
            ("WebSocket closed, close code: 4001", 4001),
            ("closeCode=1006 reason=", 1006),
            ("Connection closed (1006)", 1006),
            ("disconnected [4004] Authentication failed", 4004),
            ("onclose: code=1000 reason=bye", 1000),
            ("socket closed with 1011", 1011),
            ("closed with status code 1008", 1008),
            ("StatusCode(4403)", 4403),
            ("ws close 1001", 1001),
            ("WebSocket is closed: 1006.", 1006),
            ("{\"close_code\": 1013}", 1013),
            (
                "Discord has closed the current gateway with the error code of 4013.",
                4013,
            ),
            ("[botpy] WebSocket关闭，代码: 1011", 1011),
            ("Websocket closing with status 1006 and no reason", 1006),
            ("接続が切断されました（コード：1006）", 1006),
            ("연결이 종료되었습니다. 코드: 1001", 1001),
            (
                "CloseException: WebSocket closed: 4014 Disallowed intent(s).",
                4014,
            ),
            ("Requesting close with status=1000, message='(null)'", 1000),
        ] {
            assert_eq!(code_of(message), Some(code), "{message}");
        }
    }

    #[test]
    fn numbers_that_are_not_close_codes() {
        for message in [
            "error code 4004 in module auth",
            "exit code 1001 after close",
            "socket closed after 1006 ms",
            "closed 1000 idle connections",
            "HTTP status code 401 on close",
            "opcode 1002 on socket",
            "closed (pid 1006)",
            "close code 1004",
            "close code 2000",
            "socket: read 1006.5 KB",
            "connection closed: code=1006abc",
            "listening on 0.0.0.0:1006 (socket)",
            "Status code: 200 on socket",
            "sshd[1001]: socket closed",
            "This time, it’s status code 200 on close",
        ] {
            assert_eq!(code_of(message), None, "{message}");
        }
    }
}
