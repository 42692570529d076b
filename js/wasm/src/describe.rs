//! `describe`: a close code (any number 0-65535, or a name in any shipped language) or a
//! failure id (`http-401`), in a locale, optionally under a protocol profile.

use closecode::{CloseCode, Failure, Outcome, Profile, RetryClass};
use serde_json::{Value, json};
use wasm_bindgen::prelude::wasm_bindgen;

use crate::json::{failure, success, to_value};
use crate::locales::locale;
use crate::profiles;

/// What `input` is and means in `tag`'s language, under the profile `profile` when it is not
/// empty; `{ ok: false, error: "bad-code" | "unknown-profile", message }` for input that names
/// nothing.
#[wasm_bindgen]
pub fn describe(input: &str, tag: &str, profile: &str) -> String {
    let locale = locale(tag);
    let input = input.trim();
    // A failure id first: it never reads as a code (the build checks it), and the code parser
    // would look for the nearest name before giving up on it.
    let parsed = match Failure::find(input) {
        Some(entry) => Ok(Outcome::Failure(entry)),
        None => input.parse::<Outcome>(),
    };
    let outcome = match parsed {
        Ok(outcome) => outcome,
        Err(err) => {
            let suggestion = err.suggestion().map(|known| CloseCode::from(known).get());
            return failure(
                "bad-code",
                err.localized(locale).to_string(),
                json!({ "kind": format!("{:?}", err.kind()), "suggestion": suggestion }),
            );
        }
    };
    let profile = match profiles::given(profile, locale) {
        Ok(profile) => profile,
        Err(err) => return err,
    };
    match outcome {
        Outcome::Code(code) => success(code_object(code, locale, profile.as_deref())),
        Outcome::Failure(entry) => success(failure_object(entry, locale)),
        _ => failure("bad-code", input.to_owned(), Value::Null),
    }
}

/// The ids of every failure closecode describes (`http-401`, `tcp-refused`, ...), as a JSON
/// array.
#[wasm_bindgen(js_name = failureIds)]
pub fn failure_ids() -> String {
    Value::from(Failure::all().iter().map(Failure::id).collect::<Vec<_>>()).to_string()
}

/// A code's object: its texts (the profile's where it defines the code), its reconnect answer
/// and its facts.
pub(crate) fn code_object(
    code: CloseCode,
    locale: closecode::Locale,
    profile: Option<&Profile>,
) -> Value {
    let text = code.describe(locale);
    let facts = code.facts();
    let entry = profile.and_then(|p| p.entry(code));
    let retry = profile.map_or(facts.retry, |p| p.retry(code));
    let mut object = json!({
        "kind": "code",
        "code": code.get(),
        "locale": locale.tag(),
        "name": text.name().to_string(),
        "description": text.description().to_string(),
        "symptom": text.symptom().to_string(),
        "remedy": text.remedy().to_string(),
        "cause": text.cause().to_string(),
        "sending": text.sending().to_string(),
        "receiving": text.receiving().to_string(),
        "userMessage": text.user().to_string(),
        "profile": profile.map(|p| p.id()),
        "profileEntry": entry.is_some(),
        "facts": to_value(&facts),
    });
    if let (Some(profile), Some(_)) = (profile, entry) {
        let texts = profile.describe(code, locale);
        for (key, text) in [
            ("name", texts.name()),
            ("description", texts.description()),
            ("symptom", texts.symptom()),
            ("remedy", texts.remedy()),
            ("userMessage", texts.user()),
        ] {
            object[key] = text.to_string().into();
        }
    }
    with_retry(object, retry, locale)
}

/// A failure's object.
fn failure_object(entry: &'static Failure, locale: closecode::Locale) -> Value {
    let texts = entry.texts(locale);
    let object = json!({
        "kind": "failure",
        "failure": entry.id(),
        "failureKind": to_value(&entry.kind()),
        "httpStatus": entry.http_status(),
        "code": entry.code().get(),
        "locale": locale.tag(),
        "name": texts.name(),
        "description": texts.description(),
        "symptom": texts.symptom(),
        "remedy": texts.remedy(),
        "userMessage": texts.user(),
        "retryAfter": entry.honors_retry_after(),
        "errorEvent": entry.error_event(),
        "raises": entry
            .raises()
            .map(|(who, what)| (who.to_owned(), Value::from(what)))
            .collect::<serde_json::Map<_, _>>(),
        "sources": entry.sources().collect::<Vec<_>>(),
    });
    with_retry(object, entry.retry(), locale)
}

/// Adds `retry` (the answer's id), `retryAdvice` (its phrase) and `reconnect` (whether the
/// answer has a schedule: reconnect on your own).
pub(crate) fn with_retry(mut object: Value, retry: RetryClass, locale: closecode::Locale) -> Value {
    object["retry"] = retry.to_string().into();
    object["retryAdvice"] = retry.phrase(locale).into();
    object["reconnect"] = retry.schedule().is_some().into();
    object
}
