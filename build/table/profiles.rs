//! Profiles (`data/profiles/<id>.toml`, or a file an application loads at run time): the codes a
//! protocol or an application gives a meaning beyond the registry, each with its reconnect
//! answer and a source, and the checks on them.
//!
//! Owns: what a profile file must say. May not touch: the code table, the catalogs or the
//! emitted Rust; the profile's texts are checked with the catalogs.

use super::super::contract::{PROFILE_BASES, PROFILE_CODES, RETRY_CLASSES};
use super::super::problem::{Problem, SourceFile};
use super::row::Row;
use super::{ProfileEntryRow, ProfileRow, document, rows};

/// Reads and checks one profile file. `texts` says whether the file may name its own Fluent
/// files (`[texts]`, for a profile loaded at run time); shipped profiles keep their texts in
/// `locales/<tag>/profiles.ftl`.
pub(crate) fn parse<'a>(
    file: &'a SourceFile,
    texts: bool,
    problems: &mut Vec<Problem>,
) -> ProfileRow<'a> {
    let doc = document(file, "(profile)", problems);
    let doc = doc.get_ref();
    let (mut top, id) = Row::named(file, doc, 0, "profile", problems);
    top.read_elsewhere(&["code", "range"]);
    let name = top.string("name", true).unwrap_or_default();
    let aliases = top.string_list("aliases", true);
    for alias in &aliases {
        if !is_profile_id(alias) {
            top.problem(
                top.at("aliases"),
                format!("alias `{alias}` must be lowercase words joined by '-'"),
            );
        }
    }
    let subprotocols = top.string_list("subprotocols", true);
    for subprotocol in &subprotocols {
        if !is_token(subprotocol) {
            top.problem(
                top.at("subprotocols"),
                format!("subprotocol `{subprotocol}` is not an HTTP token (RFC 6455 §4.1): use letters, digits and !#$%&'*+-.^_`|~ only"),
            );
        }
    }
    let sources = top.strings("sources");
    let text_files = if texts {
        top.nested_strings("texts")
    } else {
        Vec::new()
    };
    top.finish();

    let mut entries = Vec::new();
    if doc.contains_key("range") {
        for (row, offset) in rows(file, doc, "range", problems) {
            let mut r = Row::new(file, row, offset, format!("profile-{id}-range"), problems);
            let first = r.code("first");
            let last = r.code("last");
            let (retry, basis, source) = answer(&mut r);
            r.finish();
            if let (Some(first), Some(last)) = (first, last) {
                entries.push(ProfileEntryRow {
                    first,
                    last,
                    offset,
                    name: None,
                    retry,
                    basis,
                    source,
                });
            }
        }
    }
    for (row, offset) in rows(file, doc, "code", problems) {
        let mut r = Row::new(file, row, offset, format!("profile-{id}-code"), problems);
        let code = r.code("code");
        let name = r.string("name", true);
        let (retry, basis, source) = answer(&mut r);
        r.finish();
        if let Some(code) = code {
            entries.push(ProfileEntryRow {
                first: code,
                last: code,
                offset,
                name,
                retry,
                basis,
                source,
            });
        }
    }
    let profile = ProfileRow {
        file,
        id,
        name,
        aliases,
        subprotocols,
        sources,
        text_files,
        entries,
    };
    check_entries(&profile, problems);
    profile
}

/// `retry`, `basis` and `source`, which every code and range row of a profile gives.
fn answer(r: &mut Row<'_>) -> (&'static str, &'static str, String) {
    let retry = r.choice("retry", &RETRY_CLASSES);
    if retry == "app-defined" {
        r.problem(
            r.at("retry"),
            "a profile gives the answer, so `retry` cannot be app-defined; pick the class the protocol's docs or client use".to_owned(),
        );
    }
    let basis = r.choice("basis", &PROFILE_BASES);
    let source = r.string("source", true).unwrap_or_default();
    (retry, basis, source)
}

/// Codes and ranges inside 3000-4999, each code once, ranges that neither overlap nor run
/// backwards.
fn check_entries(profile: &ProfileRow, problems: &mut Vec<Problem>) {
    let (low, high) = PROFILE_CODES;
    for (index, entry) in profile.entries.iter().enumerate() {
        let id = profile.message_id(entry);
        let mut problem = |message: String| {
            problems.push(profile.file.problem(entry.offset, &id, message));
        };
        if entry.first < low || entry.last > high {
            problem(format!(
                "a profile gives meaning only to codes {low}-{high} (RFC 6455 §7.4.2); 0-2999 belong to RFC 6455 and the IANA registry"
            ));
        }
        if entry.first > entry.last {
            problem(format!(
                "first ({}) is after last ({})",
                entry.first, entry.last
            ));
        }
        let is_range = entry.name.is_none();
        let clash = profile.entries[..index].iter().find(|other| {
            other.name.is_none() == is_range
                && other.first <= entry.last
                && entry.first <= other.last
        });
        if let Some(other) = clash {
            let line = profile.file.line_of(other.offset);
            problem(if is_range {
                format!(
                    "this range overlaps the one on line {line}; a code may fall in one range only"
                )
            } else {
                format!(
                    "code {} appears twice (also on line {line}); keep one row",
                    entry.first
                )
            });
        }
    }
}

/// A profile id or alias: lowercase words joined by '-'.
fn is_profile_id(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// An HTTP token (RFC 7230 §3.2.6), which is what `Sec-WebSocket-Protocol` lists.
fn is_token(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// The shipped profiles together: each in the file named after its id, and no id or alias
/// that names two profiles.
pub(super) fn check_shipped(profiles: &[ProfileRow], problems: &mut Vec<Problem>) {
    for (index, profile) in profiles.iter().enumerate() {
        let expected = format!("{}.toml", profile.id);
        if !profile.id.is_empty() && !profile.file.path.ends_with(&format!("/{expected}")) {
            problems.push(profile.file.problem(
                0,
                &profile.about_id(),
                format!(
                    "the profile `{}` must live in data/profiles/{expected}",
                    profile.id
                ),
            ));
        }
        let names = std::iter::once(&profile.id).chain(&profile.aliases);
        for name in names {
            let other = profiles[..index]
                .iter()
                .find(|p| &p.id == name || p.aliases.contains(name));
            if let Some(other) = other {
                problems.push(profile.file.problem(
                    0,
                    &profile.about_id(),
                    format!(
                        "`{name}` already names the profile `{}` ({}); pick another id or alias",
                        other.id, other.file.path
                    ),
                ));
            }
        }
    }
}
