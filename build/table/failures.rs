//! The `[[failure]]` rows of `data/failures.toml`: the ways a connection fails before, or
//! without, a Close frame (a refused upgrade, TLS, DNS, TCP, timeouts), and the checks on them.
//!
//! Owns: what a failure row must say. May not touch: the code table, profiles or catalogs.

use super::super::contract::{FAILURE_KINDS, RAISED_BY, RETRY_CLASSES};
use super::super::problem::{Problem, SourceFile};
use super::row::Row;
use super::{FailureRow, document, rows};

/// Reads and checks every `[[failure]]` row of `file`, in file order.
pub(super) fn parse(file: &SourceFile, problems: &mut Vec<Problem>) -> Vec<FailureRow> {
    let doc = document(file, "(failures)", problems);
    let doc = doc.get_ref();
    let mut top = Row::new(file, doc, 0, "(failures)".to_owned(), problems);
    top.read_elsewhere(&["failure"]);
    top.finish();
    let mut failures: Vec<FailureRow> = Vec::new();
    for (row, offset) in rows(file, doc, "failure", problems) {
        let (mut r, id) = Row::named(file, row, offset, "failure", problems);
        let kind = r.choice("kind", &FAILURE_KINDS);
        let http_status = r.integer("http_status", false);
        let retry = r.choice("retry", &RETRY_CLASSES);
        if retry == "app-defined" {
            r.problem(
                r.at("retry"),
                "a failure's answer is closecode's to give; pick the class that fits".to_owned(),
            );
        }
        let retry_after = r.boolean("retry_after");
        let error_event = r.boolean("error_event");
        let sources = r.strings("sources");
        let mut raises = r.nested_strings("raises");
        // Pages list the reports in RAISED_BY order, whatever the file's order.
        raises.sort_by_key(|(who, _)| RAISED_BY.iter().position(|known| known == who));
        for (stack, _) in &raises {
            if !RAISED_BY.contains(&stack.as_str()) {
                r.problem(
                    r.at("raises"),
                    format!(
                        "`raises.{stack}`: unknown library or browser; expected one of: {}",
                        RAISED_BY.join(", ")
                    ),
                );
            }
        }
        let status = match (kind, http_status) {
            ("handshake", Some((status, at))) => {
                if id != format!("http-{status}") || !(100..=599).contains(&status) {
                    r.problem(
                        at,
                        format!("a refused upgrade is named after its status: id `http-{status}` for http_status {status} (100-599)"),
                    );
                }
                u16::try_from(status).ok()
            }
            ("handshake", None) => {
                r.problem(
                    offset,
                    "a refused upgrade needs `http_status`, the status the server answered with"
                        .to_owned(),
                );
                None
            }
            (_, Some((_, at))) => {
                r.problem(
                    at,
                    "only a refused upgrade (kind = \"handshake\") has `http_status`".to_owned(),
                );
                None
            }
            (_, None) => None,
        };
        if id.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
            r.problem(
                offset,
                "a failure id must not read as a number, so that it is never taken for a close code".to_owned(),
            );
        }
        r.finish();
        if failures.iter().any(|f| f.id == id) {
            problems.push(file.problem(
                offset,
                &format!("failure-{id}"),
                "failure id appears twice; keep one row".to_owned(),
            ));
        }
        failures.push(FailureRow {
            id,
            offset,
            kind,
            http_status: status,
            retry,
            retry_after,
            error_event,
            raises,
            sources,
        });
    }
    failures
}
