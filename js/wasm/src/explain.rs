//! `explain` and `explainLog`: what log lines of WebSocket stacks, browsers and proxies report.

use closecode::Locale;
use closecode::explain::{self, Explained, Reported};
use serde_json::{Value, json};
use wasm_bindgen::prelude::wasm_bindgen;

use crate::describe::with_retry;
use crate::locales::locale;

/// What one log line reports, or `null` when it reports no close.
#[wasm_bindgen]
pub fn explain(line: &str, tag: &str) -> String {
    let locale = locale(tag);
    explain::line(line)
        .map_or(Value::Null, |found| object(&found, 0, locale))
        .to_string()
}

/// Every line of `text` that reports a close, with its 1-based line number.
#[wasm_bindgen(js_name = explainLog)]
pub fn explain_log(text: &str, tag: &str) -> String {
    let locale = locale(tag);
    let mut found = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if let Some(explained) = explain::line(line) {
            found.push(object(&explained, index + 1, locale));
        }
    }
    Value::from(found).to_string()
}

/// One explained line: who decided it, whose format, the code or failure, its name and
/// reconnect answer.
fn object(found: &Explained<'_>, number: usize, locale: Locale) -> Value {
    let reported = &found.reported;
    let (kind, name) = match reported {
        Reported::Code(code) => ("code", code.describe(locale).name().to_string()),
        Reported::Failure(failure) => ("failure", failure.describe(locale)),
        other => ("other", other.id().into_owned()),
    };
    let mut object = json!({
        "line": found.line,
        "kind": kind,
        "id": reported.id(),
        "code": reported.code().get(),
        "who": found.who.id(),
        "whoText": found.who.describe(locale),
        "reason": found.reason,
        // No stack when only a generic pattern (a code from its context) matched.
        "stack": found.stack.map(|stack| stack.id()),
        "stackName": found.stack.map(|stack| stack.name()),
        "profile": found.profile.map(|p| p.id()),
        "confidence": found.confidence.id(),
        "received": found.received.map(|code| code.get()),
        "sent": found.sent.map(|code| code.get()),
        "name": name,
    });
    if number > 0 {
        object["number"] = number.into();
    }
    with_retry(object, reported.retry(), locale)
}
