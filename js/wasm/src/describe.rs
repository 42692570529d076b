//! `describe`: a close code (any number 0-65535, or a name in any shipped language) or a
//! failure id (`http-401`), in a locale, optionally under a protocol profile.

use closecode::{CloseCode, Failure, Outcome, Profile, RetryClass};
use wasm_bindgen::prelude::wasm_bindgen;

use crate::json::{self, Object, failure, success};
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
            return failure("bad-code", &err.localized(locale).to_string(), |more| {
                // The kind's Rust name (`TooLarge`), as the package has always given it.
                more.str("kind", &format!("{:?}", err.kind()))
                    .opt_num("suggestion", suggestion);
            });
        }
    };
    let profile = match profiles::given(profile, locale) {
        Ok(profile) => profile,
        Err(err) => return err,
    };
    let mut object = success();
    match outcome {
        Outcome::Code(code) => code_object(&mut object, code, locale, profile.as_deref()),
        Outcome::Failure(entry) => failure_object(&mut object, entry, locale),
        _ => return failure("bad-code", input, |_| {}),
    }
    object.finish()
}

/// The ids of every failure closecode describes (`http-401`, `tcp-refused`, ...), as a JSON
/// array.
#[wasm_bindgen(js_name = failureIds)]
pub fn failure_ids() -> String {
    json::strings(Failure::all().iter().map(Failure::id))
}

/// A code's fields: its texts (the profile's where it defines the code), its reconnect answer
/// and its facts.
pub(crate) fn code_object(
    object: &mut Object,
    code: CloseCode,
    locale: closecode::Locale,
    profile: Option<&Profile>,
) {
    let text = code.describe(locale);
    let facts = code.facts();
    let entry = profile.and_then(|p| p.entry(code));
    let retry = profile.map_or(facts.retry, |p| p.retry(code));
    object
        .str("kind", "code")
        .num("code", code.get())
        .str("locale", locale.tag());
    match (profile, entry) {
        (Some(profile), Some(_)) => {
            let own = profile.describe(code, locale);
            texts!(object, own);
        }
        _ => texts!(object, text),
    }
    object
        .text("cause", &text.cause())
        .text("sending", &text.sending())
        .text("receiving", &text.receiving())
        .opt_str("profile", profile.map(Profile::id))
        .bool("profileEntry", entry.is_some())
        .ser("facts", &facts);
    #[cfg(feature = "summary")]
    summary(object, closecode::render::summary(code, locale));
    with_retry(object, retry, locale);
}

/// `summary`: the answer the page of a code or a failure opens with (`meaning`, `cause`,
/// `reconnect`, `firstCheck`, `readNext`: the titles of the pages to read next), as `closecode
/// show --format json` gives it: for a code, the registry's code, under a profile too.
#[cfg(feature = "summary")]
fn summary(object: &mut Object, summary: closecode::render::Summary) {
    let mut inner = Object::new();
    inner
        .str("meaning", &summary.meaning)
        .opt_str("cause", summary.cause.as_deref())
        .opt_str("reconnect", summary.reconnect.as_deref())
        .opt_str("firstCheck", summary.first_check.as_deref())
        .strs(
            "readNext",
            summary.read_next.iter().map(|link| link.text.as_str()),
        );
    object.raw("summary", &inner.finish());
}

/// The five texts every answer has: `name`, `description`, `symptom`, `remedy`, `userMessage`,
/// from `$said` (a code's, a profile's, a failure's or a close's texts: each has the five
/// methods, each returning a displayable text).
macro_rules! texts {
    ($object:expr, $said:expr) => {
        $crate::describe::write_texts(
            $object,
            [
                &$said.name(),
                &$said.description(),
                &$said.symptom(),
                &$said.remedy(),
                &$said.user(),
            ],
        )
    };
}
pub(crate) use texts;

/// The five texts, in the order of [`texts!`]'s keys.
pub(crate) fn write_texts(object: &mut Object, texts: [&dyn std::fmt::Display; 5]) {
    for (key, text) in ["name", "description", "symptom", "remedy", "userMessage"]
        .into_iter()
        .zip(texts)
    {
        object.text(key, text);
    }
}

/// A failure's fields.
fn failure_object(object: &mut Object, entry: &'static Failure, locale: closecode::Locale) {
    let said = entry.texts(locale);
    object
        .str("kind", "failure")
        .str("failure", entry.id())
        .ser("failureKind", &entry.kind())
        .opt_num("httpStatus", entry.http_status())
        .num("code", entry.code().get())
        .str("locale", locale.tag());
    texts!(object, said);
    #[cfg(feature = "summary")]
    summary(object, closecode::render::failure_summary(entry, locale));
    object
        .bool("retryAfter", entry.honors_retry_after())
        .bool("errorEvent", entry.error_event());
    let mut raises = Object::new();
    for (who, what) in entry.raises() {
        raises.str(who, what);
    }
    object
        .raw("raises", &raises.finish())
        .strs("sources", entry.sources());
    with_retry(object, entry.retry(), locale);
}

/// Adds `retry` (the answer's id), `retryAdvice` (its phrase) and `reconnect` (whether the
/// answer has a schedule: reconnect on your own).
pub(crate) fn with_retry(object: &mut Object, retry: RetryClass, locale: closecode::Locale) {
    object
        .str("retry", &retry.to_string())
        .str("retryAdvice", retry.phrase(locale))
        .bool("reconnect", retry.schedule().is_some());
}
