//! Protocol profiles: the shipped ones by id, alias or subprotocol, and an app's own from the
//! TOML and Fluent format, checked like the shipped ones.

use std::borrow::Cow;
#[cfg(feature = "files")]
use std::cell::RefCell;

use closecode::{Locale, Profile};
use wasm_bindgen::prelude::wasm_bindgen;

use crate::json::{self, Object, failure};
use crate::locales::locale;

#[cfg(feature = "files")]
thread_local! {
    /// The profiles the app loaded, newest last; a later one with the same id replaces the
    /// earlier. (wasm is single-threaded: one list per instance.)
    static LOADED: RefCell<Vec<Profile>> = const { RefCell::new(Vec::new()) };
}

/// `f` of the profiles the app loaded (feature `files`).
#[cfg(feature = "files")]
fn loaded<T>(f: impl FnOnce(&[Profile]) -> T) -> T {
    LOADED.with(|loaded| f(&loaded.borrow()))
}

/// Without the feature `files` an app loads none: no list, and none of the code that clones
/// and drops a profile.
#[cfg(not(feature = "files"))]
fn loaded<T>(f: impl FnOnce(&[Profile]) -> T) -> T {
    f(&[])
}

/// The profile named `name`: one the app loaded, else a shipped one by id or alias.
pub(crate) fn find(name: &str) -> Option<Cow<'static, Profile>> {
    let loaded = loaded(|list| list.iter().find(|p| p.id() == name).cloned());
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
        // The name quoted as JSON quotes it (no Debug formatting: its Unicode tables are
        // kilobytes of wasm).
        let mut message = String::new();
        json::string(&mut message, name);
        message.push_str(": ");
        message.push_str(&known.join(", "));
        failure("unknown-profile", &message, |more| {
            more.str("profile", name)
                .strs("known", known.iter().map(String::as_str))
                .str("locale", locale.tag());
        })
    })
}

fn known_ids() -> Vec<String> {
    let mut ids: Vec<String> = shipped().map(|p| p.id().to_owned()).collect();
    loaded(|list| ids.extend(list.iter().map(|p| p.id().to_owned())));
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
pub(crate) fn object(profile: &Profile, locale: Locale) -> String {
    let codes = json::list(profile.entries().map(|e| {
        let codes = e.codes();
        let mut entry = Object::new();
        entry
            .num("first", *codes.start())
            .num("last", *codes.end())
            .opt_str("name", e.name())
            .str("retry", &e.retry().to_string());
        entry.finish()
    }));
    let mut object = Object::new();
    object
        .str("id", profile.id())
        .str("name", profile.name())
        .str("about", profile.about(locale))
        .strs("aliases", profile.aliases())
        .strs("subprotocols", profile.subprotocols())
        .strs("sources", profile.sources())
        .raw("codes", &codes);
    object.finish()
}

/// Every profile (shipped, then the app's own) as a JSON array of objects in `tag`'s language.
#[wasm_bindgen]
pub fn profiles(tag: &str) -> String {
    let locale = locale(tag);
    let mut list: Vec<String> = shipped().map(|p| object(p, locale)).collect();
    loaded(|loaded| list.extend(loaded.iter().map(|p| object(p, locale))));
    json::list(list)
}

/// The profile `name` (id or alias), or the one a `Sec-WebSocket-Protocol` value belongs to;
/// `null` when none.
#[wasm_bindgen(js_name = findProfile)]
pub fn find_profile(name: &str, tag: &str) -> String {
    let locale = locale(tag);
    let found = find(name);
    #[cfg(feature = "profiles")]
    let found = found.or_else(|| Profile::for_subprotocol(name).map(Cow::Borrowed));
    found.map_or_else(|| "null".to_owned(), |p| object(&p, locale))
}
