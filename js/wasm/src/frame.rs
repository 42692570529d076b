//! `decodeClose`: a Close frame's payload, checked, with what each well-known peer does with
//! it.

use closecode::frame::{self, FrameErrorKind};
use closecode::{CloseCode, peer};
use serde_json::{Value, json};
use wasm_bindgen::prelude::wasm_bindgen;

use crate::describe::with_retry;
use crate::json::to_value;
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
    let problems: Vec<Value> = err.map_or(Vec::new(), |err| {
        err.problems()
            .iter()
            .map(|problem| json!({ "kind": kind(problem), "message": problem.describe(locale) }))
            .collect()
    });
    let mut object = json!({
        "valid": decoded.is_ok(),
        "code": code.map(CloseCode::get),
        "reason": decoded.as_ref().ok().map(|p| p.reason()),
        "locale": locale.tag(),
        "error": err.map(|e| e.describe(locale)),
        "problems": problems,
        "failWith": err.map(|e| e.fail_with().get()),
        "why": err.map(|e| e.why(locale)),
        "peers": peer::reactions(bytes).map(|r| to_value(&r)).collect::<Vec<_>>(),
        "name": code.map(|c| c.describe(locale).name().to_string()),
        "description": code.map(|c| c.describe(locale).description().to_string()),
    });
    if let Some(code) = code {
        object = with_retry(object, code.retry(), locale);
    }
    object.to_string()
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
