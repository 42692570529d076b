//! The `[[scenario]]` rows of `data/scenarios.toml`: symptom-first pages (what you see, the
//! likely causes, how to tell them apart, the fix), each linked from the codes and failures it
//! concerns, and the checks on them.
//!
//! Owns: what a scenario row must say. May not touch: the catalogs or the emitted Rust.

use super::super::problem::{Problem, SourceFile};
use super::row::Row;
use super::{CodeRow, FailureRow, ScenarioRow, document, rows};

/// Reads and checks every `[[scenario]]` row of `file`, in file order: ids used once, codes
/// that are registered, failures that exist.
pub(super) fn parse(
    file: &SourceFile,
    codes: &[CodeRow],
    failures: &[FailureRow],
    problems: &mut Vec<Problem>,
) -> Vec<ScenarioRow> {
    let doc = document(file, "(scenarios)", problems);
    let doc = doc.get_ref();
    let mut top = Row::new(file, doc, 0, "(scenarios)".to_owned(), problems);
    top.read_elsewhere(&["scenario"]);
    top.finish();
    let mut scenarios: Vec<ScenarioRow> = Vec::new();
    for (row, offset) in rows(file, doc, "scenario", problems) {
        let (mut r, id) = Row::named(file, row, offset, "scenario", problems);
        let mut linked = Vec::new();
        for (code, at) in r.codes("codes") {
            if codes.iter().any(|c| c.code == code) {
                linked.push(code);
            } else {
                r.problem(
                    at,
                    format!(
                        "{code} is not a registered code; list codes from data/close-codes.toml"
                    ),
                );
            }
        }
        let failure_ids = r.string_list("failures", true);
        for failure in &failure_ids {
            if !failures.iter().any(|f| &f.id == failure) {
                r.problem(
                    r.at("failures"),
                    format!("there is no failure `{failure}` in data/failures.toml"),
                );
            }
        }
        let keywords = r.string_list("keywords", false);
        let sources = r.strings("sources");
        r.finish();
        if scenarios.iter().any(|s| s.id == id) {
            problems.push(file.problem(
                offset,
                &format!("scenario-{id}"),
                "scenario id appears twice; keep one row".to_owned(),
            ));
        }
        scenarios.push(ScenarioRow {
            id,
            offset,
            codes: linked,
            failures: failure_ids,
            keywords,
            sources,
        });
    }
    scenarios
}
