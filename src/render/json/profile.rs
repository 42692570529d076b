//! JSON for profiles: a code under a profile, one profile's codes, and the shipped profiles.

use core::fmt;

use serde::Serialize;

use super::{CodeJson, SummaryJson, write_json};
use crate::profile::{Basis, ProfileEntry};
use crate::{CloseCode, Locale, Profile, RetryClass};

/// A code under a profile: the registry's object, with `profile` (the entry that gives the code
/// its meaning, or null) and the answer and user message that hold under the profile.
#[derive(Serialize)]
struct ProfileCodeJson<'p> {
    #[serde(flatten)]
    registry: CodeJson,
    profile: Option<EntryJson<'p>>,
}

/// One code or range of a profile, with its texts in one locale.
#[derive(Serialize)]
struct EntryJson<'p> {
    profile: &'p str,
    profile_name: &'p str,
    first: u16,
    last: u16,
    protocol_name: Option<&'p str>,
    name: &'p str,
    summary: SummaryJson,
    retry: RetryClass,
    retry_advice: &'static str,
    basis: Basis,
    source: &'p str,
    description: &'p str,
    symptom: &'p str,
    remedy: &'p str,
    user_message: &'p str,
}

impl<'p> EntryJson<'p> {
    fn new(owner: &'p Profile, entry: &'p ProfileEntry, locale: Locale) -> EntryJson<'p> {
        let texts = entry.texts(locale);
        EntryJson {
            profile: owner.id(),
            profile_name: owner.name(),
            first: *entry.codes().start(),
            last: *entry.codes().end(),
            protocol_name: entry.name(),
            name: texts.name(),
            summary: crate::page::entry_summary(texts, entry.retry(), locale).into(),
            retry: entry.retry(),
            retry_advice: entry.retry().phrase(locale),
            basis: entry.basis(),
            source: entry.source(),
            description: texts.description(),
            symptom: texts.symptom(),
            remedy: texts.remedy(),
            user_message: texts.user(),
        }
    }
}

/// A profile: its facts, and its own codes and ranges.
#[derive(Serialize)]
struct ProfileJson<'p> {
    id: &'p str,
    name: &'p str,
    about: &'p str,
    aliases: Vec<&'p str>,
    subprotocols: Vec<&'p str>,
    sources: Vec<&'p str>,
    codes: Vec<EntryJson<'p>>,
}

impl<'p> ProfileJson<'p> {
    fn new(profile: &'p Profile, locale: Locale) -> ProfileJson<'p> {
        ProfileJson {
            id: profile.id(),
            name: profile.name(),
            about: profile.about(locale),
            aliases: profile.aliases().collect(),
            subprotocols: profile.subprotocols().collect(),
            sources: profile.sources().collect(),
            codes: profile
                .entries()
                .map(|entry| EntryJson::new(profile, entry, locale))
                .collect(),
        }
    }
}

/// Writes a JSON array with one object per code, as [`codes`](super::codes) does, each with a
/// `profile` field: the entry of `profile` that gives the code its meaning, or null. Under a
/// profile, the entry's `retry` and `user_message` are the ones to use.
///
/// # Errors
///
/// Only the errors `out` returns.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Locale, Profile, render};
///
/// let mut json = String::new();
/// let graphql = Profile::find("graphql-ws").unwrap();
/// render::json::profile_codes(graphql, &[CloseCode::new(4401)], Locale::EN, &mut json)?;
/// assert!(json.contains("\"retry\": \"fix-first\""));
/// # Ok::<(), std::fmt::Error>(())
/// ```
pub fn profile_codes<W: fmt::Write + ?Sized>(
    profile: &Profile,
    codes: &[CloseCode],
    locale: Locale,
    out: &mut W,
) -> fmt::Result {
    let items: Vec<ProfileCodeJson> = codes
        .iter()
        .map(|&code| ProfileCodeJson {
            registry: CodeJson::new(code, locale),
            profile: profile
                .entry(code)
                .map(|entry| EntryJson::new(profile.layer_of(entry), entry, locale)),
        })
        .collect();
    write_json(&items, out)
}

/// Writes one profile as a JSON object: `id`, `name`, `about`, `aliases`, `subprotocols`,
/// `sources` and `codes` (its own codes and ranges with their texts in `locale`).
///
/// # Errors
///
/// Only the errors `out` returns.
///
/// # Examples
///
/// ```
/// use closecode::{Locale, Profile, render};
///
/// let mut json = String::new();
/// render::json::profile(Profile::find("graphql-ws").unwrap(), Locale::EN, &mut json)?;
/// let value: serde_json::Value = serde_json::from_str(&json).unwrap();
/// assert_eq!(value["id"], "graphql-ws");
/// assert_eq!(value["subprotocols"][0], "graphql-transport-ws");
/// assert!(value["codes"].as_array().unwrap().iter().any(|c| c["first"] == 4401 && c["last"] == 4401));
/// # Ok::<(), std::fmt::Error>(())
/// ```
pub fn profile<W: fmt::Write + ?Sized>(
    profile: &Profile,
    locale: Locale,
    out: &mut W,
) -> fmt::Result {
    write_json(&ProfileJson::new(profile, locale), out)
}

/// Writes the shipped profiles as a JSON array of profile objects (see [`profile`]).
///
/// # Errors
///
/// Only the errors `out` returns.
///
/// # Examples
///
/// ```
/// use closecode::{Locale, render};
///
/// let mut json = String::new();
/// render::json::profiles(Locale::EN, &mut json)?;
/// assert!(json.contains("\"id\": \"graphql-ws\""));
/// # Ok::<(), std::fmt::Error>(())
/// ```
pub fn profiles<W: fmt::Write + ?Sized>(locale: Locale, out: &mut W) -> fmt::Result {
    let items: Vec<ProfileJson> = Profile::all()
        .iter()
        .map(|p| ProfileJson::new(p, locale))
        .collect();
    write_json(&items, out)
}
