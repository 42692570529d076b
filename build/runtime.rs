//! The generator's checks for a profile an application loads at run time: the same profile
//! reader and the same catalog checks the build runs on the shipped profiles, returning plain
//! data ([`CheckedProfile`]) instead of Rust source.
//!
//! The same for a locale an application adds at run time ([`check_locale`], feature
//! `locale-files`): the build's catalog checks against the shipped table and the fallback
//! locale, returning the compiled messages.
//!
//! Owns: the entry points the library's `profile-files` and `locale-files` features call. May not touch: the file
//! system (the library reads the files) or the shipped table.

use std::collections::BTreeMap;

use super::catalog::{Catalog, check_added, check_profile as check_catalogs};
pub(crate) use super::catalog::{Key, Message, Pattern, Piece, SCENARIO_LISTS};
use super::contract::{ENTRY_ATTRIBUTES, FALLBACK_LOCALE};
use super::fluent::compile_locale;
use super::problem::{Problem, SourceFile};
use super::table::{parse_table, profiles};
use super::{Input, LocaleInput};

/// A profile that passed every check: its facts, and its texts per locale tag.
#[derive(Clone, Debug)]
pub struct CheckedProfile {
    /// The profile's id.
    pub id: String,
    /// The protocol's or application's name.
    pub name: String,
    /// Other names for the profile.
    pub aliases: Vec<String>,
    /// `Sec-WebSocket-Protocol` names.
    pub subprotocols: Vec<String>,
    /// Where the codes come from.
    pub sources: Vec<String>,
    /// (locale tag, what the protocol is).
    pub about: Vec<(String, String)>,
    /// Ranges, then codes.
    pub entries: Vec<CheckedEntry>,
}

/// One code or range of a [`CheckedProfile`].
#[derive(Clone, Debug)]
pub struct CheckedEntry {
    /// The first code.
    pub first: u16,
    /// The last code (the first, for a code).
    pub last: u16,
    /// The protocol's name for the code; `None` for a range.
    pub name: Option<String>,
    /// The retry class id, such as `fix-first`.
    pub retry: &'static str,
    /// The basis id, such as `docs`.
    pub basis: &'static str,
    /// Where the code comes from.
    pub source: String,
    /// (locale tag, [name, description, symptom, remedy, user]).
    pub texts: Vec<(String, [String; 5])>,
}

/// The Fluent files `file` names under `[texts]`: (locale tag, path as written). Problems in
/// the file are left to [`check_profile`], which reads it again.
pub fn text_files(file: &SourceFile) -> Vec<(String, String)> {
    profiles::parse(file, true, &mut Vec::new()).text_files
}

/// Checks the profile in `file` with its texts in `locales` (one folder-like input per tag)
/// and returns it as plain data.
///
/// # Errors
///
/// Every problem found, sorted by path and position.
pub fn check_profile(
    file: &SourceFile,
    locales: &[LocaleInput],
) -> Result<CheckedProfile, Vec<Problem>> {
    let mut problems = Vec::new();
    let profile = profiles::parse(file, true, &mut problems);
    if !profile
        .text_files
        .iter()
        .any(|(tag, _)| tag == FALLBACK_LOCALE)
    {
        problems.push(file.problem(
            0,
            &profile.about_id(),
            format!("`texts` must name a Fluent file for `{FALLBACK_LOCALE}`, the locale every other is checked against, such as texts = {{ {FALLBACK_LOCALE} = \"app.{FALLBACK_LOCALE}.ftl\" }}"),
        ));
    }
    let catalogs: Vec<Catalog> = locales
        .iter()
        .map(|l| compile_locale(l, &mut problems))
        .collect();
    check_catalogs(&profile, &catalogs, &mut problems);
    if !problems.is_empty() {
        return Err(super::problem::sorted(problems));
    }
    let texts_of = |id: &str, attribute: Option<&str>| -> Vec<(String, String)> {
        catalogs
            .iter()
            .map(|c| (c.tag.to_owned(), c.plain(id, attribute)))
            .collect()
    };
    let entries = profile
        .entries
        .iter()
        .map(|entry| {
            let id = profile.message_id(entry);
            let texts = catalogs
                .iter()
                .map(|c| {
                    let [description, symptom, remedy, user] =
                        ENTRY_ATTRIBUTES.map(|a| c.plain(&id, Some(a)));
                    let name = c.plain(&id, None);
                    (c.tag.to_owned(), [name, description, symptom, remedy, user])
                })
                .collect();
            CheckedEntry {
                first: entry.first,
                last: entry.last,
                name: entry.name.clone(),
                retry: entry.retry,
                basis: entry.basis,
                source: entry.source.clone(),
                texts,
            }
        })
        .collect();
    Ok(CheckedProfile {
        about: texts_of(&profile.about_id(), None),
        id: profile.id,
        name: profile.name,
        aliases: profile.aliases,
        subprotocols: profile.subprotocols,
        sources: profile.sources,
        entries,
    })
}

/// A locale an application adds at run time, after every check: its messages by id (with any
/// prefix taken off), and the warnings for messages it lacks (when it may fall back to the
/// reference locale).
#[derive(Clone, Debug)]
pub struct CheckedLocale {
    /// The tag, as given.
    pub tag: String,
    pub(crate) messages: BTreeMap<String, Message>,
    /// One per message the locale lacks, with the fallback text shown in its place.
    pub warnings: Vec<Problem>,
}

/// Checks `added` the way the build checks a shipped locale: against the table in `data` and
/// against the fallback locale (the one locale in `data.locales`). Message ids may carry
/// `prefix` (`closecode-code-1000`, as `closecode catalog` writes them); it is taken off.
/// With `fall_back`, a missing message is a warning, not a problem.
///
/// # Errors
///
/// Every problem found, sorted by path and position.
pub fn check_locale(
    data: &Input,
    added: &LocaleInput,
    prefix: &str,
    fall_back: bool,
) -> Result<CheckedLocale, Vec<Problem>> {
    let mut problems = Vec::new();
    let table = parse_table(
        &data.table,
        &data.peers,
        &data.failures,
        &data.scenarios,
        &data.profiles,
        &mut problems,
    );
    let Some(reference) = data.locales.iter().find(|l| l.tag == FALLBACK_LOCALE) else {
        return Err(vec![Problem::file(
            &format!("locales/{FALLBACK_LOCALE}"),
            "the fallback locale is missing".to_owned(),
        )]);
    };
    let reference = compile_locale(reference, &mut problems);
    let mut catalog = compile_locale(added, &mut problems);
    catalog.messages = unprefixed(&catalog, prefix, &mut problems);
    let warnings = check_added(&table, &reference, &catalog, fall_back, &mut problems);
    if !problems.is_empty() {
        return Err(super::problem::sorted(problems));
    }
    Ok(CheckedLocale {
        tag: added.tag.clone(),
        messages: catalog.messages,
        warnings,
    })
}

/// The messages of `catalog` with `prefix` taken off the ids that carry it; an id that is
/// there both with and without the prefix is a problem.
fn unprefixed(
    catalog: &Catalog,
    prefix: &str,
    problems: &mut Vec<Problem>,
) -> BTreeMap<String, Message> {
    let mut messages = BTreeMap::new();
    for (id, message) in &catalog.messages {
        let bare = match id.strip_prefix(prefix) {
            Some(bare) if !prefix.is_empty() => bare,
            _ => id.as_str(),
        };
        if messages.insert(bare.to_owned(), message.clone()).is_some() {
            problems.push(catalog.problem(
                message.file,
                message.offset,
                id,
                format!("`{bare}` is there both with and without the prefix `{prefix}`; keep one"),
            ));
        }
    }
    messages
}
