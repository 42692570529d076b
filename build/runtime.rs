//! The generator's checks for a profile an application loads at run time: the same profile
//! reader and the same catalog checks the build runs on the shipped profiles, returning plain
//! data ([`CheckedProfile`]) instead of Rust source.
//!
//! Owns: the entry points the library's `profile-files` feature calls. May not touch: the file
//! system (the library reads the files) or the shipped table.

use super::LocaleInput;
use super::catalog::{Catalog, check_profile as check_catalogs};
use super::contract::{ENTRY_ATTRIBUTES, FALLBACK_LOCALE};
use super::fluent::compile_locale;
use super::problem::{Problem, SourceFile};
use super::table::profiles;

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
