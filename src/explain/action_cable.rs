//! Rails' Action Cable, as its server logs a refused connection.
//!
//! Source, rails/rails `actioncable/lib/action_cable/connection/base.rb`:
//! `invalid_request_message` ("Failed to upgrade to WebSocket (REQUEST_METHOD: %s,
//! HTTP_CONNECTION: %s, HTTP_UPGRADE: %s)") and, when the origin check fails, "Request origin
//! not allowed: %s" before it; `respond_to_invalid_request` then answers 404 ("Page not
//! found"), which is what the browser reports.

use super::cursor::after;
use super::{Found, LoggedFailure, Who};

pub(super) const ANCHORS: &[&str] = &[
    "Failed to upgrade to WebSocket",
    "Request origin not allowed",
];

pub(super) fn explain(line: &str) -> Option<Found<'_>> {
    let refused = after(line, "Failed to upgrade to WebSocket (REQUEST_METHOD: ")
        .or_else(|| after(line, "Request origin not allowed: "))?;
    // The server refused the upgrade itself: this side decided.
    Some(Found::failure(
        LoggedFailure::Http(404),
        Who::Local,
        Some(refused),
    ))
}

#[cfg(test)]
mod tests {
    use crate::explain::check::{recognizes, rejects};
    use crate::explain::{Stack, Who};

    #[test]
    fn format_strings() {
        recognizes(
            Stack::ActionCable,
            &[
                (
                    "E, [2016-10-18T15:20:21.514995 #8906] ERROR -- : Failed to upgrade to WebSocket (REQUEST_METHOD: GET, HTTP_CONNECTION: close, HTTP_UPGRADE: )",
                    "http-404",
                    Who::Local,
                ),
                (
                    "Request origin not allowed: http://localhost:4000",
                    "http-404",
                    Who::Local,
                ),
            ],
        );
    }

    #[test]
    fn look_alikes() {
        rejects(&[
            "Successfully upgraded to WebSocket (REQUEST_METHOD: GET, HTTP_CONNECTION: Upgrade, HTTP_UPGRADE: websocket)",
        ]);
    }
}
