//! `--profile` and `closecode profiles`: finding a profile by id or path, and its JSON.

use std::path::Path;

use closecode::{Comparison, Label, Locale, Outcome, Profile, render};

use crate::{Failure, say};

/// The profile `--profile` names, when it is given ([`load`]).
pub(crate) fn load_given(input: Option<&str>, locale: Locale) -> Result<Option<Profile>, Failure> {
    input.map(|input| load(input, locale)).transpose()
}

/// A shipped profile by id or alias, or a profile file: an argument that names no shipped
/// profile is read as a path.
pub(crate) fn load(input: &str, locale: Locale) -> Result<Profile, Failure> {
    if let Some(profile) = Profile::find(input) {
        return Ok(profile.clone());
    }
    let path = Path::new(input);
    if !path.exists() {
        let ids: Vec<&str> = Profile::all().iter().map(Profile::id).collect();
        return Err(Failure::Input(say(
            locale,
            Label::CLI_ERROR_PROFILE,
            &[("input", &format!("{input:?}")), ("ids", &ids.join(", "))],
        )));
    }
    Profile::load(path).map_err(|err| {
        // The problems are the build's checks', each `path:line:col: id: message`.
        let heading = locale.text(Label::CLI_ERROR_PROFILE_PROBLEMS);
        Failure::Input(format!("{}\n{err}", heading.unwrap_or_default()))
    })
}

/// `show --format json`: one object per code (under the profile when one is given) or failure.
pub(crate) fn outcomes_json(
    outcomes: &[Outcome],
    profile: Option<&Profile>,
    locale: Locale,
    out: &mut String,
) -> std::fmt::Result {
    let mut items = Vec::new();
    for &outcome in outcomes {
        let mut one = String::new();
        match (outcome, profile) {
            (Outcome::Code(code), Some(profile)) => {
                render::json::profile_codes(profile, &[code], locale, &mut one)?
            }
            (outcome, _) => render::json::outcomes(&[outcome], locale, &mut one)?,
        }
        let value: serde_json::Value = serde_json::from_str(&one).map_err(|_| std::fmt::Error)?;
        items.extend(value.as_array().cloned().unwrap_or_default());
    }
    let text = serde_json::to_string_pretty(&items).map_err(|_| std::fmt::Error)?;
    out.push_str(&text);
    out.push('\n');
    Ok(())
}

/// `compare --format json`, with `profile` under a profile: the profile's object for each of
/// the two codes (`a`, `b`; null where the profile leaves the code alone).
pub(crate) fn comparison_json(
    comparison: &Comparison,
    profile: Option<&Profile>,
    out: &mut String,
) -> std::fmt::Result {
    let mut text = String::new();
    render::json::comparison(comparison, &mut text)?;
    let Some(profile) = profile else {
        out.push_str(&text);
        return Ok(());
    };
    let codes = [comparison.a().code(), comparison.b().code()];
    let mut under = String::new();
    render::json::profile_codes(profile, &codes, comparison.locale(), &mut under)?;
    let mut value: serde_json::Value = serde_json::from_str(&text).map_err(|_| std::fmt::Error)?;
    let under: serde_json::Value = serde_json::from_str(&under).map_err(|_| std::fmt::Error)?;
    value["profile"] = serde_json::json!({ "a": under[0]["profile"], "b": under[1]["profile"] });
    let text = serde_json::to_string_pretty(&value).map_err(|_| std::fmt::Error)?;
    out.push_str(&text);
    out.push('\n');
    Ok(())
}
