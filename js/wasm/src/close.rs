//! `fromCloseEvent`: what a browser's `CloseEvent` means, by the crate's rules for browsers
//! (`closecode::web_sys::closed`): a close before `open` that is not clean is a failed
//! handshake, not a dropped connection.

use closecode::{Closed, ClosedBy, Locale, Profile};
use serde_json::{Value, json};
use wasm_bindgen::prelude::wasm_bindgen;

use crate::describe::with_retry;
use crate::json::success;
use crate::locales::locale;
use crate::profiles;

/// The answer for a close event: who ended the connection, what it means and what to tell
/// the user, and whether to reconnect.
#[wasm_bindgen(js_name = fromCloseEvent)]
pub fn from_close_event(
    code: u16,
    reason: &str,
    was_clean: bool,
    opened: bool,
    tag: &str,
    profile: &str,
) -> String {
    let locale = locale(tag);
    let profile = match profiles::given(profile, locale) {
        Ok(profile) => profile,
        Err(err) => return err,
    };
    let closed = closecode::web_sys::closed(code, reason, was_clean, opened);
    success(answer(&closed, locale, profile.as_deref()))
}

/// `closed` as the package's object.
pub(crate) fn answer(closed: &Closed, locale: Locale, profile: Option<&Profile>) -> Value {
    let (texts, retry) = match profile {
        Some(profile) => (
            closed.describe_with(profile, locale),
            closed.retry_with(profile),
        ),
        None => (closed.describe(locale), closed.retry()),
    };
    let (by, status) = by(closed.by);
    let object = json!({
        "code": closed.code.get(),
        "by": by,
        "httpStatus": status,
        "reason": closed.reason,
        "failure": closed.failure.map(closecode::Failure::id),
        "locale": locale.tag(),
        "name": texts.name().to_string(),
        "description": texts.description().to_string(),
        "symptom": texts.symptom().to_string(),
        "remedy": texts.remedy().to_string(),
        "userMessage": texts.user().to_string(),
        "profile": profile.map(Profile::id),
    });
    with_retry(object, retry, locale)
}

/// Who ended it, as the package's id, and the handshake's HTTP status when known.
fn by(by: ClosedBy) -> (&'static str, Option<u16>) {
    match by {
        ClosedBy::Peer => ("peer", None),
        ClosedBy::PeerWithoutCode => ("peer-without-code", None),
        ClosedBy::Dropped => ("dropped", None),
        ClosedBy::Library => ("library", None),
        ClosedBy::Handshake { status } => ("handshake", status),
        ClosedBy::Us { .. } => ("us", None),
        _ => ("unknown", None),
    }
}
