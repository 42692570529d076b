//! The `[[code]]` rows: their keys, and the checks on them (constant and date spelling, the
//! HTTP status, the wire rule of 1005, 1006 and 1015, the browser rule, other libraries'
//! names, codes and constants that appear twice, `related` codes that do not exist).
//!
//! Owns: what a code row must say. May not touch: ranges, peers, the name map or the
//! catalogs.

use toml::de::{DeTable, DeValue};

use super::super::contract::{NAMED_BY, RETRY_CLASSES, SENDERS, WIRE_RULES};
use super::super::problem::{Problem, SourceFile};
use super::row::Row;
use super::{CodeRow, rows};

/// Reads and checks every `[[code]]` row; returns the readable ones, sorted by code.
pub(super) fn parse(
    file: &SourceFile,
    doc: &DeTable<'_>,
    problems: &mut Vec<Problem>,
) -> Vec<CodeRow> {
    let mut codes: Vec<CodeRow> = Vec::new();
    for (row, offset) in rows(file, doc, "code", problems) {
        let number = row.get("code").and_then(|v| match v.get_ref() {
            DeValue::Integer(i) => Some(i.as_str().to_owned()),
            _ => None,
        });
        let id = format!("code-{}", number.as_deref().unwrap_or("?"));
        let mut r = Row::new(file, row, offset, id, problems);
        let code = r.code("code");
        let constant = r.string("constant", true).unwrap_or_default();
        if !constant.is_empty() && !is_screaming_snake(&constant) {
            let at = r.at("constant");
            r.problem(
                at,
                format!("constant `{constant}` must be SCREAMING_SNAKE_CASE, like GOING_AWAY"),
            );
        }
        let iana_name = r.string("iana_name", false);
        let iana_description = r.string("iana_description", false);
        let common_name = r.string("common_name", false);
        if iana_name.is_none() == common_name.is_none()
            || common_name.is_some() && iana_description.is_none()
        {
            r.problem(
                offset,
                "give `iana_name` (the registry's short name), or, when the registry has only a sentence, `iana_description` (its text) with `common_name` (the name people use)".to_owned(),
            );
        }
        let reference = r.string("reference", true).unwrap_or_default();
        let registered_on = r.string("registered_on", false);
        if let Some(date) = &registered_on {
            if !is_iso_date(date) {
                let at = r.at("registered_on");
                r.problem(
                    at,
                    format!("registered_on `{date}` must be a date like 2016-10-10"),
                );
            }
        }
        let wire = r.choice("wire", &WIRE_RULES);
        let browser_sendable = r.boolean("browser_sendable");
        let sent_by = r.choice("sent_by", &SENDERS);
        let retry = r.choice("retry", &RETRY_CLASSES);
        let http_status = r.integer("http_status", false).and_then(|(n, at)| {
            let status = u16::try_from(n).ok().filter(|s| (100..=599).contains(s));
            if status.is_none() {
                r.problem(
                    at,
                    format!("http_status {n} is not an HTTP status code (100 to 599)"),
                );
            }
            status
        });
        let names = peer_names(&mut r);
        let related = r.codes("related");
        let sources = r.strings("sources");
        r.finish();
        let Some(code) = code else { continue };
        let id = format!("code-{code}");
        let mut problem = |message: String| problems.push(file.problem(offset, &id, message));
        let local = matches!(code, 1005 | 1006 | 1015);
        if local != (wire == "local-only") {
            problem(format!(
                "wire must be {}: RFC 6455 §7.4.1 forbids sending 1005, 1006 and 1015, and only those",
                if local {
                    "\"local-only\""
                } else {
                    "another rule than \"local-only\""
                }
            ));
        }
        let browser_rule = code == 1000 || (3000..=4999).contains(&code);
        if browser_sendable != browser_rule {
            problem(format!(
                "browser_sendable must be {browser_rule}: WebSocket.close() accepts only 1000 and 3000 to 4999"
            ));
        }
        if let Some(first) = codes.iter().find(|c| c.code == code) {
            let line = file.line_of(first.offset);
            problem(format!(
                "code {code} appears twice (first at line {line}); keep one row"
            ));
            continue;
        }
        if let Some(first) = codes.iter().find(|c| c.constant == constant) {
            problem(format!(
                "constant {constant} is already used by code {}; pick another name",
                first.code
            ));
        }
        codes.push(CodeRow {
            code,
            offset,
            constant,
            iana_name,
            iana_description,
            common_name,
            reference,
            registered_on,
            wire,
            browser_sendable,
            sent_by,
            retry,
            http_status,
            names,
            related,
            sources,
        });
    }
    codes.sort_by_key(|c| c.code);
    check_related(file, &codes, problems);
    codes
}

/// `names = { tungstenite = "Away", ... }`: one optional name per library in `NAMED_BY`.
fn peer_names(r: &mut Row<'_>) -> [Option<String>; 5] {
    let mut names: [Option<String>; 5] = Default::default();
    let Some(value) = r.value("names", true) else {
        return names;
    };
    let DeValue::Table(table) = value.get_ref() else {
        r.problem(
            value.span().start,
            "`names` must be a table such as { tungstenite = \"Away\" }".to_owned(),
        );
        return names;
    };
    for (key, name) in table.iter() {
        let slot = NAMED_BY.iter().position(|p| *p == key.get_ref().as_ref());
        match (slot, name.get_ref()) {
            (Some(slot), DeValue::String(s)) if !s.trim().is_empty() => {
                names[slot] = Some(s.to_string())
            }
            (Some(_), _) => r.problem(
                name.span().start,
                format!("names.{} must be a non-empty string", key.get_ref()),
            ),
            (None, _) => r.problem(
                key.span().start,
                format!(
                    "unknown library `{}` in names; known: {}",
                    key.get_ref(),
                    NAMED_BY.join(", ")
                ),
            ),
        }
    }
    names
}

/// Every `related` code is another code with a row.
fn check_related(file: &SourceFile, codes: &[CodeRow], problems: &mut Vec<Problem>) {
    for row in codes {
        let id = format!("code-{}", row.code);
        for (related, offset) in &row.related {
            let message = if *related == row.code {
                "a code is not related to itself; remove it from `related`".to_owned()
            } else if !codes.iter().any(|c| c.code == *related) {
                format!("related code {related} has no [[code]] row; list registered codes only")
            } else {
                continue;
            };
            problems.push(file.problem(*offset, &id, message));
        }
    }
}

fn is_screaming_snake(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_uppercase())
        && s.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}
