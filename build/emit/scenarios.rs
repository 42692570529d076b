//! Emits `SCENARIOS`: each row of `data/scenarios.toml` with its texts in every locale (in
//! `CATALOGS` order), as the `Scenario` values of `src/scenario.rs`.
//!
//! Owns: the generated text for `[[scenario]]` rows. May not touch: anything else.

use std::fmt::Write as _;

use super::super::catalog::{Catalog, Pattern, SCENARIO_LISTS};
use super::super::table::Table;
use super::{lit, lits};

pub(super) fn emit(out: &mut String, table: &Table, catalogs: &[Catalog]) {
    let _ = writeln!(
        out,
        "pub(crate) static SCENARIOS: [Scenario; {}] = [",
        table.scenarios.len()
    );
    for scenario in &table.scenarios {
        let id = format!("scenario-{}", scenario.id);
        let texts: Vec<String> = catalogs.iter().map(|c| texts(c, &id)).collect();
        let codes: Vec<String> = scenario
            .codes
            .iter()
            .map(|code| format!("CloseCode({code})"))
            .collect();
        let _ = writeln!(
            out,
            "    Scenario {{ id: {}, codes: &[{}], failures: &[{}], keywords: &[{}], sources: &[{}], texts: &[{}] }},",
            lit(&scenario.id),
            codes.join(", "),
            lits(&scenario.failures),
            lits(&scenario.keywords),
            lits(&scenario.sources),
            texts.join(", "),
        );
    }
    out.push_str("];\n\n");
}

/// `ScenarioTexts { .. }` of message `id` in `catalog`: the title, `.seen`, and each numbered
/// list in order.
fn texts(catalog: &Catalog, id: &str) -> String {
    let message = catalog.messages.get(id);
    let [causes, checks, fixes] = SCENARIO_LISTS.map(|list| {
        let items: Vec<String> = message
            .into_iter()
            .flat_map(|m| m.numbered(list))
            .map(Pattern::plain)
            .collect();
        lits(&items)
    });
    format!(
        "ScenarioTexts {{ title: {}, seen: {}, causes: &[{causes}], checks: &[{checks}], fixes: &[{fixes}] }}",
        lit(&catalog.plain(id, None)),
        lit(&catalog.plain(id, Some("seen"))),
    )
}
