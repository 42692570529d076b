//! Protocol profiles: the shipped ones by id, alias or subprotocol, and an app's own from the
//! TOML and Fluent format, checked like the shipped ones.

use std::borrow::Cow;
use std::cell::RefCell;

use closecode::{Locale, Profile};
use serde_json::{Value, json};
use wasm_bindgen::prelude::wasm_bindgen;

use crate::json::failure;
use crate::locales::locale;

thread_local! {
    /// The profiles the app loaded, newest last; a later one with the same id replaces the
    /// earlier. (wasm is single-threaded: one list per instance.)
    static LOADED: RefCell<Vec<Profile>> = const { RefCell::new(Vec::new()) };
}

/// The profile named `name`: one the app loaded, else a shipped one by id or alias.
pub(crate) fn find(name: &str) -> Option<Cow<'static, Profile>> {
    let loaded = LOADED.with(|loaded| loaded.borrow().iter().find(|p| p.id() == name).cloned());
    let loaded = loaded.map(Cow::Owned);
    #[cfg(feature = "profiles")]
    let loaded = loaded.or_else(|| Profile::find(name).map(Cow::Borrowed));
    loaded
}

/// The shipped profiles: all of them with the feature `profiles`, none without (their texts
/// in every language are a good part of the wasm).
fn shipped() -> impl Iterator<Item = &'static Profile> {
    #[cfg(feature = "profiles")]
    let all = Profile::all();
    #[cfg(not(feature = "profiles"))]
    let all: &[Profile] = &[];
    all.iter()
}

/// The profile an export's argument names (none for an empty one), or the failure to return.
pub(crate) fn given(name: &str, locale: Locale) -> Result<Option<Cow<'static, Profile>>, String> {
    if name.is_empty() {
        return Ok(None);
    }
    find(name).map(Some).ok_or_else(|| {
        let known = known_ids();
        failure(
            "unknown-profile",
            format!("{name:?}: {}", known.join(", ")),
            json!({ "profile": name, "known": known, "locale": locale.tag() }),
        )
    })
}

fn known_ids() -> Vec<String> {
    let mut ids: Vec<String> = shipped().map(|p| p.id().to_owned()).collect();
    LOADED.with(|loaded| ids.extend(loaded.borrow().iter().map(|p| p.id().to_owned())));
    ids
}

/// Keeps an app's profile for the exports to find by id, replacing one with the same id.
#[cfg(feature = "files")]
pub(crate) fn keep(profile: Profile) {
    LOADED.with(|loaded| {
        let mut loaded = loaded.borrow_mut();
        loaded.retain(|p| p.id() != profile.id());
        loaded.push(profile);
    });
}

/// A profile as the package's plain object.
pub(crate) fn object(profile: &Profile, locale: Locale) -> Value {
    json!({
        "id": profile.id(),
        "name": profile.name(),
        "about": profile.about(locale),
        "aliases": profile.aliases().collect::<Vec<_>>(),
        "subprotocols": profile.subprotocols().collect::<Vec<_>>(),
        "sources": profile.sources().collect::<Vec<_>>(),
        "codes": profile.entries().map(|e| {
            let codes = e.codes();
            json!({
                "first": codes.start(),
                "last": codes.end(),
                "name": e.name(),
                "retry": e.retry().to_string(),
            })
        }).collect::<Vec<_>>(),
    })
}

/// Every profile (shipped, then the app's own) as a JSON array of objects in `tag`'s language.
#[wasm_bindgen]
pub fn profiles(tag: &str) -> String {
    let locale = locale(tag);
    let mut list: Vec<Value> = shipped().map(|p| object(p, locale)).collect();
    LOADED.with(|loaded| list.extend(loaded.borrow().iter().map(|p| object(p, locale))));
    Value::from(list).to_string()
}

/// The profile `name` (id or alias), or the one a `Sec-WebSocket-Protocol` value belongs to;
/// `null` when none.
#[wasm_bindgen(js_name = findProfile)]
pub fn find_profile(name: &str, tag: &str) -> String {
    let locale = locale(tag);
    let found = find(name);
    #[cfg(feature = "profiles")]
    let found = found.or_else(|| Profile::for_subprotocol(name).map(Cow::Borrowed));
    found
        .map_or(Value::Null, |p| object(&p, locale))
        .to_string()
}
