//! Kotlin's Ktor WebSockets.
//!
//! Source, ktorio/ktor `ktor-shared/ktor-websockets/common/src/io/ktor/websocket/CloseReason.kt`:
//! `CloseReason.toString()` is `"CloseReason(reason=${knownReason ?: code}, message=$message)"`,
//! the reason a `CloseReason.Codes` name (`NORMAL`, `GOING_AWAY`, `VIOLATED_POLICY`, ...) or the
//! bare number for a code without one.

use super::cursor::{after, code};
use super::{Found, Who, names};

pub(super) const ANCHORS: &[&str] = &["CloseReason(reason="];

pub(super) fn explain(line: &str) -> Option<Found<'_>> {
    let rest = after(line, "CloseReason(reason=")?;
    let (code, rest) = match code(rest) {
        Some(found) => found,
        None => {
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            (names::value(&rest[..end])?, &rest[end..])
        }
    };
    let message = rest.strip_prefix(", message=")?;
    let message = message.strip_suffix(')').unwrap_or(message);
    Some(Found::code(code, Who::Unknown, Some(message)))
}

#[cfg(test)]
mod tests {
    use crate::explain::check::{reason, recognizes, rejects};
    use crate::explain::{Stack, Who};

    #[test]
    fn format_strings() {
        recognizes(
            Stack::Ktor,
            &[
                ("CloseReason(reason=NORMAL, message=)", "1000", Who::Unknown),
                (
                    "closed: CloseReason(reason=VIOLATED_POLICY, message=token expired)",
                    "1008",
                    Who::Unknown,
                ),
                (
                    "CloseReason(reason=4001, message=kicked)",
                    "4001",
                    Who::Unknown,
                ),
            ],
        );
        assert_eq!(
            reason("CloseReason(reason=4001, message=kicked)"),
            Some("kicked")
        );
    }

    #[test]
    fn look_alikes() {
        rejects(&["CloseReason(reason=SOMETHING, message=x)"]);
    }
}
