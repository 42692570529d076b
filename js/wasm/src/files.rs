//! An app's own profiles and locales, from TOML and Fluent text, checked by the crate's own
//! checks (feature `files`): the checks and their parsers are a good part of the wasm, so the
//! smallest build can leave them out.

use closecode::{Locale, NewLocale, Profile};
use wasm_bindgen::prelude::wasm_bindgen;

use crate::json::{self, Object, failure, success};
use crate::locales::locale;
use crate::profiles::{keep, object};

/// Adds a locale from Fluent files (`files`: a JSON array of `[path, text]`), checked by the
/// crate's catalog checks; `prefix` is the ids' prefix when the files use one, `fallBack`
/// lets missing messages fall back to English. The errors carry `path:line:col`.
#[wasm_bindgen(js_name = addLocale)]
pub fn add_locale(tag: &str, files: &str, prefix: &str, fall_back: bool) -> String {
    let files: Vec<(String, String)> = match serde_json::from_str(files) {
        Ok(files) => files,
        Err(err) => return failure("bad-input", &err.to_string(), |_| {}),
    };
    let mut new = NewLocale::new(tag);
    for (path, text) in &files {
        new = new.file(path, text);
    }
    if !prefix.is_empty() {
        new = new.prefix(prefix);
    }
    if fall_back {
        new = new.fall_back();
    }
    match new.add() {
        Ok(added) => {
            let mut object = success();
            object.str("locale", added.locale().tag()).raw(
                "warnings",
                &json::list(added.warnings().iter().map(problem)),
            );
            object.finish()
        }
        Err(err) => check_failure(&err),
    }
}

/// One problem of a checked file, with its place.
pub(crate) fn problem(problem: &closecode::Problem) -> String {
    let mut object = Object::new();
    object
        .str("path", problem.path())
        .num("line", u64::try_from(problem.line()).unwrap_or(u64::MAX))
        .num(
            "column",
            u64::try_from(problem.column()).unwrap_or(u64::MAX),
        )
        .str("message", &problem.to_string());
    object.finish()
}

/// A failed check as `{ ok: false, error: "check", message, problems }`.
pub(crate) fn check_failure(err: &closecode::CheckError) -> String {
    let problems = json::list(err.problems().iter().map(problem));
    failure("check", &err.to_string(), |more| {
        more.raw("problems", &problems);
    })
}

/// The whole catalog of `tag`'s locale as Fluent text, every id under `prefix`: what a
/// translator starts from for `addLocale`.
#[wasm_bindgen]
pub fn catalog(tag: &str, prefix: &str) -> String {
    closecode::catalog::export(locale(tag), prefix)
}

/// Loads an app's own profile: `toml` in the format of closecode's `data/profiles/`, `texts` a
/// JSON array of `[tag, path, fluent text]`. The errors carry `path:line:col`.
#[wasm_bindgen(js_name = loadProfile)]
pub fn load_profile(path: &str, toml: &str, texts: &str) -> String {
    let texts: Vec<(String, String, String)> = match serde_json::from_str(texts) {
        Ok(texts) => texts,
        Err(err) => return failure("bad-input", &err.to_string(), |_| {}),
    };
    let texts: Vec<(&str, &str, &str)> = texts
        .iter()
        .map(|(tag, path, text)| (tag.as_str(), path.as_str(), text.as_str()))
        .collect();
    match Profile::parse(path, toml, &texts) {
        Ok(profile) => {
            let value = object(&profile, Locale::EN);
            keep(profile);
            let mut answer = success();
            answer.raw("profile", &value);
            answer.finish()
        }
        Err(err) => check_failure(&err),
    }
}
