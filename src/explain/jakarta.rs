//! Jakarta (formerly Java EE) WebSocket's `CloseReason`, as Tomcat, Undertow, Tyrus and Jetty's
//! Jakarta layer print it.
//!
//! Source, jakartaee/websocket `api/client/src/main/java/jakarta/websocket/CloseReason.java`
//! (also `javax.websocket`): `toString()` is `"CloseReason: code [" + closeCode.getCode() +
//! "], reason [" + reasonPhrase + "]"`.

use super::cursor::{after, code, starts};
use super::{Found, Who};

pub(super) const ANCHORS: &[&str] = &["CloseReason: code ["];

pub(super) fn explain(line: &str) -> Option<Found<'_>> {
    let rest = after(line, "CloseReason: code [")?;
    let (code, rest) = code(rest)?;
    let reason = starts(rest, "], reason [")?;
    let reason = reason.strip_suffix(']').unwrap_or(reason);
    let reason = (reason != "null").then_some(reason);
    Some(Found::code(code, Who::Unknown, reason))
}

#[cfg(test)]
mod tests {
    use crate::explain::check::{reason, recognizes};
    use crate::explain::{Stack, Who};

    #[test]
    fn format_strings() {
        recognizes(
            Stack::Jakarta,
            &[
                (
                    "onClose: CloseReason: code [1006], reason [null]",
                    "1006",
                    Who::Unknown,
                ),
                (
                    "CloseReason: code [1001], reason [Going away]",
                    "1001",
                    Who::Unknown,
                ),
            ],
        );
        assert_eq!(
            reason("CloseReason: code [1001], reason [Going away]"),
            Some("Going away")
        );
        assert_eq!(reason("CloseReason: code [1006], reason [null]"), None);
    }
}
