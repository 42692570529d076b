//! Spring's WebSocket support.
//!
//! Source: spring-projects/spring-framework
//! `spring-websocket/src/main/java/org/springframework/web/socket/CloseStatus.java`
//! `toString()`: "CloseStatus[code=" + this.code + ", reason=" + this.reason + "]" (a null
//! reason prints "null"). Spring logs it from `afterConnectionClosed` and its session
//! decorators; the status alone does not say which side closed.

use super::cursor::{after, code, starts};
use super::{Found, Who};

pub(super) const ANCHORS: &[&str] = &["CloseStatus[code="];

pub(super) fn explain(line: &str) -> Option<Found<'_>> {
    let rest = after(line, "CloseStatus[code=")?;
    let (code, rest) = code(rest)?;
    let rest = starts(rest, ", reason=")?;
    let end = rest.rfind(']')?;
    let reason = match &rest[..end] {
        "null" => None,
        reason => Some(reason),
    };
    Some(Found::code(code, Who::Unknown, reason))
}

#[cfg(test)]
mod tests {
    use crate::explain::{self, Reported, Stack, Who};

    #[test]
    fn format_strings() {
        let found =
            explain::line("Session abc closed with CloseStatus[code=1001, reason=null]").unwrap();
        assert_eq!(
            (found.stack, found.reported, found.who, found.reason),
            (
                Some(Stack::Spring),
                Reported::Code(1001.into()),
                Who::Unknown,
                None
            )
        );
        let found = explain::line(
            "CloseStatus[code=1009, reason=Text message size [70000] exceeds maximum size [65536]]",
        )
        .unwrap();
        assert_eq!(
            found.reason,
            Some("Text message size [70000] exceeds maximum size [65536]")
        );
    }

    #[test]
    fn look_alikes() {
        assert_eq!(explain::line("CloseStatus[code=, reason=x]"), None);
        // Not Spring's format; the generic layer reads `code=1000`.
        let found = explain::line("CloseStatus[code=1000 reason=x]").map(|f| f.stack);
        assert_eq!(found, Some(None));
    }
}
