//! Select keys against the plural rules of their locale: a category key (`[one]`) must be a
//! category the locale's rules can select (Korean has only `other`), or the variant could never
//! be chosen.
//!
//! Owns: what a locale's plural categories mean for its catalog. May not touch: the shape of a
//! key (`fluent/select.rs` checks numbers, names and order) or other locales (`locales.rs`).

use super::super::plural;
use super::super::problem::Problem;
use super::{Catalog, Key};

/// Checks every category key of every select in `catalog`.
pub(super) fn check(catalog: &Catalog, problems: &mut Vec<Problem>) {
    // Finding a locale's categories asks its rule about thousands of numbers: only when needed.
    let mut categories: Option<Option<Vec<&str>>> = None;
    for (id, message) in &catalog.messages {
        let patterns = message.value.iter().chain(message.attributes.values());
        for select in patterns.flat_map(|p| p.selects()) {
            for variant in &select.variants {
                let Key::Category(key) = variant.key else {
                    continue;
                };
                let known = categories.get_or_insert_with(|| {
                    plural::rules_for(catalog.tag).map(|rules| plural::categories(&rules))
                });
                let tag = catalog.tag;
                let text = match known {
                    Some(known) if known.contains(&key) => continue,
                    Some(known) => format!(
                        "[{key}] is not a plural category of {tag}, so no number selects it ({tag} has {}); remove the variant or use a numeric key such as [1]",
                        known.join(", ")
                    ),
                    None => format!(
                        "intl_pluralrules has no plural rules for {tag}, so no number selects [{key}]; use numeric keys and the default variant only"
                    ),
                };
                problems.push(catalog.problem(message.file, variant.key_offset, id, text));
            }
        }
    }
}
