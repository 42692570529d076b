//! The `[[schedule]]` rows: the reconnect schedule of each retry class that reconnects (first
//! delay, growth, cap, attempts), and the checks that each such class has exactly one, that no
//! other class has one, and that the numbers are in order.
//!
//! Owns: what a schedule row must say. May not touch: codes, ranges, peers or the catalogs.

use toml::de::DeTable;

use super::super::contract::{RECONNECTING, RETRY_CLASSES};
use super::super::problem::{Problem, SourceFile};
use super::row::Row;
use super::{ScheduleRow, rows};

/// Reads and checks every `[[schedule]]` row, in table order.
pub(super) fn parse(
    file: &SourceFile,
    doc: &DeTable<'_>,
    problems: &mut Vec<Problem>,
) -> Vec<ScheduleRow> {
    let mut schedules: Vec<ScheduleRow> = Vec::new();
    for (row, offset) in rows(file, doc, "schedule", problems) {
        let retry_id = row
            .get("retry")
            .and_then(|v| v.get_ref().as_str().map(str::to_owned));
        let id = format!("schedule-{}", retry_id.as_deref().unwrap_or("?"));
        let mut r = Row::new(file, row, offset, id.clone(), problems);
        let retry = r.choice("retry", &RETRY_CLASSES);
        let number = |r: &mut Row<'_>, key: &'static str| {
            r.integer(key, true)
                .and_then(|(n, at)| {
                    u32::try_from(n).ok().or_else(|| {
                        r.problem(
                            at,
                            format!("`{key}` must be 0 or more, in whole seconds or counts"),
                        );
                        None
                    })
                })
                .unwrap_or_default()
        };
        let first_min = number(&mut r, "first_min");
        let first_max = number(&mut r, "first_max");
        let growth = number(&mut r, "growth");
        let cap = number(&mut r, "cap");
        let attempts = number(&mut r, "attempts");
        // Required and checked like every row's, for readers; the library does not carry them.
        r.strings("sources");
        r.finish();
        let mut problem = |message: String| problems.push(file.problem(offset, &id, message));
        if !(first_min <= first_max && first_max <= cap) {
            problem(format!(
                "the bounds must be in order: first_min ({first_min}) <= first_max ({first_max}) <= cap ({cap})"
            ));
        }
        if growth == 0 || attempts == 0 {
            problem("`growth` and `attempts` must be at least 1".to_owned());
        }
        if !RECONNECTING.contains(&retry) {
            problem(format!(
                "`{retry}` does not reconnect, so it has no schedule; schedules belong to {}",
                RECONNECTING.join(", ")
            ));
        }
        if schedules.iter().any(|s| s.retry == retry) {
            problem(format!("`{retry}` has two schedules; keep one"));
        }
        schedules.push(ScheduleRow {
            retry,
            first_min,
            first_max,
            growth,
            cap,
            attempts,
        });
    }
    for class in RECONNECTING {
        if !schedules.iter().any(|s| s.retry == class) {
            problems.push(file.problem(
                0,
                &format!("schedule-{class}"),
                format!("`{class}` reconnects but has no [[schedule]] row; add one"),
            ));
        }
    }
    schedules
}
