//! `explain` and `explainLog`: what log lines of WebSocket stacks, browsers and proxies report.

use closecode::Locale;
use closecode::explain::{self, Explained, Reported};
use wasm_bindgen::prelude::wasm_bindgen;

use crate::describe::with_retry;
use crate::json::{self, Object};
use crate::locales::locale;

/// What one log line reports, or `null` when it reports no close.
#[wasm_bindgen]
pub fn explain(line: &str, tag: &str) -> String {
    let locale = locale(tag);
    explain::line(line).map_or_else(|| "null".to_owned(), |found| object(&found, 0, locale))
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
    json::list(found)
}

/// One explained line: who decided it, whose format, the code or failure, its name and
/// reconnect answer.
fn object(found: &Explained<'_>, number: usize, locale: Locale) -> String {
    let reported = &found.reported;
    let (kind, name) = match reported {
        Reported::Code(code) => ("code", code.describe(locale).name().to_string()),
        Reported::Failure(failure) => ("failure", failure.describe(locale)),
        other => ("other", other.id().into_owned()),
    };
    let mut object = Object::new();
    object
        .str("line", found.line)
        .str("kind", kind)
        .str("id", &reported.id())
        .num("code", reported.code().get())
        .str("who", found.who.id())
        .str("whoText", found.who.describe(locale))
        .opt_str("reason", found.reason)
        // No stack when only a generic pattern (a code from its context) matched.
        .opt_str("stack", found.stack.map(|stack| stack.id()))
        .opt_str("stackName", found.stack.map(|stack| stack.name()))
        .opt_str("profile", found.profile.map(|p| p.id()))
        .str("confidence", found.confidence.id())
        .opt_num("received", found.received.map(|code| code.get()))
        .opt_num("sent", found.sent.map(|code| code.get()))
        .str("name", &name);
    if number > 0 {
        object.num("number", u64::try_from(number).unwrap_or(u64::MAX));
    }
    with_retry(&mut object, reported.retry(), locale);
    object.finish()
}
