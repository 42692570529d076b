//! Emits `PROFILES`: each shipped profile with its codes and ranges, and the texts of each in
//! every locale (in `CATALOGS` order), as the `Profile` values of `src/profile.rs`.
//!
//! Owns: the generated text for `data/profiles/*.toml`. May not touch: anything else.

use std::fmt::Write as _;

use super::super::catalog::Catalog;
use super::super::contract::{PROFILE_BASES, RETRY_CLASSES};
use super::super::table::Table;
use super::failures::{cow, text_set};
use super::variant_of;

pub(super) fn emit(out: &mut String, table: &Table, catalogs: &[Catalog]) {
    let _ = writeln!(
        out,
        "pub(crate) static PROFILES: [Profile; {}] = [",
        table.profiles.len()
    );
    for profile in &table.profiles {
        let about: Vec<String> = catalogs
            .iter()
            .map(|c| cow(&c.plain(&profile.about_id(), None)))
            .collect();
        let _ = writeln!(
            out,
            "    Profile {{ id: {}, name: {}, aliases: {}, subprotocols: {}, sources: {}, about: Cow::Borrowed(&[{}]), base: None, entries: Cow::Borrowed(&[",
            cow(&profile.id),
            cow(&profile.name),
            cows(&profile.aliases),
            cows(&profile.subprotocols),
            cows(&profile.sources),
            about.join(", "),
        );
        for entry in &profile.entries {
            let id = profile.message_id(entry);
            let texts: Vec<String> = catalogs.iter().map(|c| text_set(c, &id)).collect();
            let _ = writeln!(
                out,
                "        ProfileEntry {{ first: {}, last: {}, name: {}, retry: RetryClass::{}, basis: Basis::{}, source: {}, texts: Cow::Borrowed(&[{}]) }},",
                entry.first,
                entry.last,
                entry
                    .name
                    .as_ref()
                    .map_or("None".to_owned(), |n| format!("Some({})", cow(n))),
                variant_of(&RETRY_CLASSES, entry.retry),
                variant_of(&PROFILE_BASES, entry.basis),
                cow(&entry.source),
                texts.join(", "),
            );
        }
        out.push_str("    ]) },\n");
    }
    out.push_str("];\n\n");
}

/// `Cow::Borrowed(&[Cow::Borrowed("..."), ...])`.
fn cows(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|s| cow(s)).collect();
    format!("Cow::Borrowed(&[{}])", items.join(", "))
}
