//! Locales: the shipped ones, negotiation, and locales an app adds from Fluent text.

use closecode::Locale;
use wasm_bindgen::prelude::wasm_bindgen;

/// The locale for a tag the caller passed: the tag itself, else the best match as if it were
/// an `Accept-Language` header (`ko-KR` is Korean), else English.
pub(crate) fn locale(tag: &str) -> Locale {
    Locale::from_tag(tag)
        .ok()
        .or_else(|| Locale::from_accept_language(tag))
        .unwrap_or_default()
}

/// The tags of every locale this build knows (shipped, then added), as a JSON array.
#[wasm_bindgen]
pub fn locales() -> String {
    crate::json::strings(Locale::all().map(Locale::tag))
}

/// The locale an `Accept-Language` header asks for (the wrapper builds one from
/// `navigator.languages`), or English when it names none closecode has.
#[wasm_bindgen]
pub fn negotiate(accept_language: &str) -> String {
    Locale::from_accept_language(accept_language)
        .unwrap_or_default()
        .tag()
        .to_owned()
}
