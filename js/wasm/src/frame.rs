//! `decodeClose`: a Close frame's payload, checked, with what each well-known peer does with
//! it.

use closecode::frame::{self, FrameErrorKind};
use closecode::{CloseCode, peer};
use wasm_bindgen::prelude::wasm_bindgen;

use crate::describe::with_retry;
use crate::json::{self, Object};
use crate::locales::locale;

/// The payload's code and reason, or its problems (each with a stable `kind` and a sentence)
/// and the code to fail the connection with; `peers`, each peer's reaction; the code's name and
/// reconnect answer.
#[wasm_bindgen(js_name = decodeClose)]
pub fn decode_close(bytes: &[u8], tag: &str) -> String {
    let locale = locale(tag);
    let decoded = frame::decode(bytes);
    let code: Option<CloseCode> = match &decoded {
        Ok(payload) => Some(payload.code()),
        Err(err) => err.code(),
    };
    let err = decoded.as_ref().err();
    let problems = json::list(
        err.into_iter()
            .flat_map(|err| err.problems())
            .map(|problem| {
                let mut object = Object::new();
                object
                    .str("kind", kind(problem))
                    .str("message", &problem.describe(locale));
                object.finish()
            }),
    );
    let peers = json::list(peer::reactions(bytes).map(|reaction| {
        let mut one = String::new();
        // A reaction has no float, the one thing the serializer refuses.
        let _ = serde::Serialize::serialize(&reaction, crate::ser::Serializer { out: &mut one });
        one
    }));
    let mut object = Object::new();
    object
        .bool("valid", decoded.is_ok())
        .opt_num("code", code.map(CloseCode::get))
        .opt_str("reason", decoded.as_ref().ok().map(|p| p.reason()))
        .str("locale", locale.tag())
        .opt_str("error", err.map(|e| e.describe(locale)).as_deref())
        .raw("problems", &problems)
        .opt_num("failWith", err.map(|e| e.fail_with().get()))
        .opt_str("why", err.map(|e| e.why(locale)))
        .raw("peers", &peers);
    match code {
        Some(code) => {
            let text = code.describe(locale);
            object
                .text("name", &text.name())
                .text("description", &text.description());
            with_retry(&mut object, code.retry(), locale);
        }
        None => {
            object.null("name").null("description");
        }
    }
    object.finish()
}

/// A problem's stable id.
fn kind(problem: &FrameErrorKind) -> &'static str {
    match problem {
        FrameErrorKind::OneByte => "one-byte",
        FrameErrorKind::TooLong { .. } => "too-long",
        FrameErrorKind::InvalidUtf8 { .. } => "invalid-utf8",
        FrameErrorKind::CodeNotAllowed { .. } => "code-not-allowed",
        _ => "other",
    }
}
