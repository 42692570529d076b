//! `fromCloseEvent`: what a browser's `CloseEvent` means, by the crate's rules for browsers
//! (`closecode::web_sys::closed`): a close before `open` that is not clean is a failed
//! handshake, not a dropped connection.

use closecode::{Closed, ClosedBy, Locale, Profile, RetryClass};
use wasm_bindgen::prelude::wasm_bindgen;

use crate::describe::{texts, with_retry};
use crate::json::{Object, success};
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
    let mut object = success();
    let retry = answer(&mut object, &closed, locale, profile.as_deref());
    with_retry(&mut object, retry, locale);
    object.finish()
}

/// `closed`'s fields in the package's object, without the reconnect answer's, which it
/// returns: the reconnector words those its own way.
pub(crate) fn answer(
    object: &mut Object,
    closed: &Closed,
    locale: Locale,
    profile: Option<&Profile>,
) -> RetryClass {
    let (said, retry) = match profile {
        Some(profile) => (
            closed.describe_with(profile, locale),
            closed.retry_with(profile),
        ),
        None => (closed.describe(locale), closed.retry()),
    };
    let (by, status) = by(closed.by);
    object
        .num("code", closed.code.get())
        .str("by", by)
        .opt_num("httpStatus", status)
        .str("reason", &closed.reason)
        .opt_str("failure", closed.failure.map(closecode::Failure::id))
        .str("locale", locale.tag());
    texts!(object, said);
    object.opt_str("profile", profile.map(Profile::id));
    retry
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
