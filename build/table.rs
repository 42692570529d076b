//! The data tables, `data/close-codes.toml` and `data/peers.toml`: their rows as the rest of the
//! generator reads them ([`Table`], [`CodeRow`], [`RangeRow`], [`PeerRow`]) and the order in
//! which their parts are parsed and checked.
//!
//! Owns: the tables' shape. Each kind of row is read and checked in its own file: `codes.rs`,
//! `ranges.rs`, `peers.rs`; the name map in `names.rs`; the typed key reader in `row.rs`.
//! May not touch: the catalogs, or the Rust that is emitted from the rows.

mod codes;
mod failures;
pub(crate) mod names;
mod peers;
pub(crate) mod profiles;
mod ranges;
mod row;
mod scenarios;
mod schedules;

use std::collections::BTreeMap;

use toml::de::{DeTable, DeValue};

use super::ident::{camel_case, constant_name};
use super::problem::{Problem, SourceFile};
use row::Row;

pub(crate) use peers::KINDS;

/// A `[[code]]` row.
#[derive(Clone, Debug)]
pub(crate) struct CodeRow {
    pub(crate) code: u16,
    pub(crate) offset: usize,
    pub(crate) constant: String,
    /// The registry's short name; `None` when the registry gives only a sentence (1014).
    pub(crate) iana_name: Option<String>,
    pub(crate) iana_description: Option<String>,
    /// The name people use when the registry has none, such as "Bad Gateway".
    pub(crate) common_name: Option<String>,
    pub(crate) reference: String,
    pub(crate) registered_on: Option<String>,
    /// What RFC 6455 says about it in a Close frame: an id of `WIRE_RULES`.
    pub(crate) wire: &'static str,
    pub(crate) browser_sendable: bool,
    pub(crate) sent_by: &'static str,
    pub(crate) retry: &'static str,
    pub(crate) http_status: Option<u16>,
    /// Other libraries' names, in `NAMED_BY` order.
    pub(crate) names: [Option<String>; 5],
    /// Codes readers confuse with this one; the documentation links their comparisons.
    pub(crate) related: Vec<(u16, usize)>,
    pub(crate) sources: Vec<String>,
}

impl CodeRow {
    /// The English name the generated docs and the name lookup use: the registry's, or the
    /// common one.
    pub(crate) fn display_name(&self) -> &str {
        self.iana_name
            .as_deref()
            .or(self.common_name.as_deref())
            .unwrap_or_default()
    }

    /// The `KnownCode` variant: `GOING_AWAY` -> `GoingAway`.
    pub(crate) fn variant(&self) -> String {
        camel_case(&self.constant)
    }
}

/// A `[[range]]` row.
#[derive(Clone, Debug)]
pub(crate) struct RangeRow {
    pub(crate) id: String,
    pub(crate) offset: usize,
    pub(crate) first: u16,
    pub(crate) last: u16,
    pub(crate) reference: String,
    pub(crate) wire: &'static str,
    pub(crate) browser_sendable: bool,
    pub(crate) sent_by: &'static str,
    pub(crate) retry: &'static str,
    pub(crate) sources: Vec<String>,
}

impl RangeRow {
    /// The `CodeRange` variant: `out-of-spec` -> `OutOfSpec`.
    pub(crate) fn variant(&self) -> String {
        camel_case(&constant_name(&self.id))
    }
}

/// A `[[schedule]]` row: the reconnect schedule of one retry class, in whole seconds.
#[derive(Clone, Debug)]
pub(crate) struct ScheduleRow {
    pub(crate) retry: &'static str,
    pub(crate) first_min: u32,
    pub(crate) first_max: u32,
    pub(crate) growth: u32,
    pub(crate) cap: u32,
    pub(crate) attempts: u32,
}

/// A `[[peer]]` row of `data/peers.toml`: what a library or browser does on receipt of a Close
/// frame.
#[derive(Clone, Debug)]
pub(crate) struct PeerRow {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) versions: String,
    pub(crate) kind: &'static str,
    pub(crate) measured: Option<String>,
    pub(crate) accepts: Vec<(u16, u16)>,
    pub(crate) checks_reason_first: bool,
    /// In [`REACTIONS`] order.
    pub(crate) reactions: [ReactionRow; 6],
    pub(crate) no_close: ReactionRow,
    /// The same ending as `no_close`, by a TCP reset instead of a FIN.
    pub(crate) reset: ReactionRow,
    /// Browsers: the Close frame a server gets when the page goes away, in [`LEAVING`] order
    /// (`Ok(code)` or `Err("cached")`).
    pub(crate) leaving: Option<[Result<u16, &'static str>; 3]>,
    pub(crate) sources: Vec<String>,
}

/// One reaction: what the application gets (`Ok(code)` or `Err("received" | "error")`) and
/// what goes back on the wire (`Ok(code)` or `Err("echo" | "empty" | "none")`).
#[derive(Clone, Debug)]
pub(crate) struct ReactionRow {
    pub(crate) sees: Result<u16, &'static str>,
    pub(crate) replies: Result<u16, &'static str>,
    pub(crate) error: Option<String>,
}

impl Default for ReactionRow {
    fn default() -> ReactionRow {
        ReactionRow {
            sees: Ok(1006),
            replies: Err("none"),
            error: None,
        }
    }
}

/// A `[[failure]]` row of `data/failures.toml`: a way a connection fails before, or without, a
/// Close frame.
#[derive(Clone, Debug)]
pub(crate) struct FailureRow {
    pub(crate) id: String,
    pub(crate) offset: usize,
    pub(crate) kind: &'static str,
    pub(crate) http_status: Option<u16>,
    pub(crate) retry: &'static str,
    pub(crate) retry_after: bool,
    pub(crate) error_event: bool,
    /// (library or browser, what it reports), in file order.
    pub(crate) raises: Vec<(String, String)>,
    pub(crate) sources: Vec<String>,
}

/// A `[[scenario]]` row of `data/scenarios.toml`: a symptom-first page and what it concerns.
#[derive(Clone, Debug)]
pub(crate) struct ScenarioRow {
    pub(crate) id: String,
    pub(crate) offset: usize,
    /// Registered codes whose pages link the scenario.
    pub(crate) codes: Vec<u16>,
    /// Failure ids whose pages link the scenario.
    pub(crate) failures: Vec<String>,
    /// What people type or paste when they have this problem (the site's search finds the
    /// scenario by them): directives, settings, products and symptoms, in any language.
    pub(crate) keywords: Vec<String>,
    pub(crate) sources: Vec<String>,
}

/// A profile: a protocol's or an application's codes (`data/profiles/<id>.toml`).
#[derive(Clone, Debug)]
pub(crate) struct ProfileRow<'a> {
    pub(crate) file: &'a SourceFile,
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) aliases: Vec<String>,
    pub(crate) subprotocols: Vec<String>,
    pub(crate) sources: Vec<String>,
    /// (locale tag, path) of the Fluent files of a profile loaded at run time.
    #[allow(dead_code)] // Read by the library's run-time profiles, not by the build script.
    pub(crate) text_files: Vec<(String, String)>,
    /// Ranges first, then codes, each in file order.
    pub(crate) entries: Vec<ProfileEntryRow>,
}

/// One `[[code]]` (with a `name`) or `[[range]]` (without) of a profile.
#[derive(Clone, Debug)]
pub(crate) struct ProfileEntryRow {
    pub(crate) first: u16,
    pub(crate) last: u16,
    pub(crate) offset: usize,
    /// The protocol's own name for the code; `None` for a range.
    pub(crate) name: Option<String>,
    pub(crate) retry: &'static str,
    pub(crate) basis: &'static str,
    pub(crate) source: String,
}

impl ProfileRow<'_> {
    /// The message that holds the texts of `entry`: `profile-<id>-<code>` for a code,
    /// `profile-<id>-<first>-<last>` for a range.
    pub(crate) fn message_id(&self, entry: &ProfileEntryRow) -> String {
        match entry.name {
            Some(_) => format!("profile-{}-{}", self.id, entry.first),
            None => format!("profile-{}-{}-{}", self.id, entry.first, entry.last),
        }
    }

    /// The message that says what the protocol is: `profile-<id>`.
    pub(crate) fn about_id(&self) -> String {
        format!("profile-{}", self.id)
    }
}

/// The parsed table, with the file its offsets point into.
#[derive(Debug)]
pub(crate) struct Table<'a> {
    pub(crate) file: &'a SourceFile,
    pub(crate) snapshot: String,
    /// Sorted by code.
    pub(crate) codes: Vec<CodeRow>,
    /// Sorted by first code.
    pub(crate) ranges: Vec<RangeRow>,
    /// In table order.
    pub(crate) schedules: Vec<ScheduleRow>,
    /// From `data/peers.toml`, in file order.
    pub(crate) peers: Vec<PeerRow>,
    /// Name key -> code, for the forgiving name lookup.
    pub(crate) names: BTreeMap<String, u16>,
    /// From `data/profiles/*.toml`, sorted by id.
    pub(crate) profiles: Vec<ProfileRow<'a>>,
    /// From `data/failures.toml`, in file order.
    pub(crate) failures: Vec<FailureRow>,
    /// `data/failures.toml`, where the failures' offsets point.
    pub(crate) failures_file: &'a SourceFile,
    /// From `data/scenarios.toml`, in file order.
    pub(crate) scenarios: Vec<ScenarioRow>,
    /// `data/scenarios.toml`, where the scenarios' offsets point.
    pub(crate) scenarios_file: &'a SourceFile,
}

impl Table<'_> {
    /// A problem at byte `offset` of the table.
    pub(crate) fn problem(&self, offset: usize, id: &str, message: String) -> Problem {
        self.file.problem(offset, id, message)
    }
}

/// Parses and checks the code table and the peer table; what cannot be read is left out and
/// reported.
pub(crate) fn parse_table<'a>(
    file: &'a SourceFile,
    peers_file: &SourceFile,
    failures_file: &'a SourceFile,
    scenarios_file: &'a SourceFile,
    profile_files: &'a [SourceFile],
    problems: &mut Vec<Problem>,
) -> Table<'a> {
    let doc = document(file, "(table)", problems);
    let doc = doc.get_ref();
    let mut top = Row::new(file, doc, 0, "(table)".to_owned(), problems);
    top.read_elsewhere(&["code", "range", "schedule"]);
    let snapshot = top.string("snapshot", true).unwrap_or_default();
    top.finish();

    let codes = codes::parse(file, doc, problems);
    let ranges = ranges::parse(file, doc, problems);
    let schedules = schedules::parse(file, doc, problems);
    let peers = peers::parse(peers_file, problems);
    let names = names::name_map(file, &codes, problems);
    let mut profiles: Vec<ProfileRow> = profile_files
        .iter()
        .map(|f| profiles::parse(f, false, problems))
        .collect();
    profiles.sort_by(|a, b| a.id.cmp(&b.id));
    profiles::check_shipped(&profiles, problems);
    let failures = failures::parse(failures_file, problems);
    names::check_failures(failures_file, &failures, &names, problems);
    let scenarios = scenarios::parse(scenarios_file, &codes, &failures, problems);
    Table {
        file,
        snapshot,
        codes,
        ranges,
        schedules,
        peers,
        names,
        profiles,
        failures,
        failures_file,
        scenarios,
        scenarios_file,
    }
}

/// The TOML document in `file`, as far as it could be read; each syntax error is a problem.
fn document<'a>(
    file: &'a SourceFile,
    id: &str,
    problems: &mut Vec<Problem>,
) -> toml::Spanned<DeTable<'a>> {
    let (doc, errors) = DeTable::parse_recoverable(&file.text);
    for err in &errors {
        let offset = err.span().map_or(0, |s| s.start);
        let message = format!("TOML syntax error: {}", err.message().trim());
        problems.push(file.problem(offset, id, message));
    }
    doc
}

/// The tables of the `[[key]]` array, each with its offset.
fn rows<'a>(
    file: &'a SourceFile,
    doc: &'a DeTable<'a>,
    key: &str,
    problems: &mut Vec<Problem>,
) -> Vec<(&'a DeTable<'a>, usize)> {
    match doc.get(key).map(|v| (v.get_ref(), v.span().start)) {
        Some((DeValue::Array(items), _)) => items
            .iter()
            .filter_map(|item| match item.get_ref() {
                DeValue::Table(t) => Some((t, item.span().start)),
                _ => {
                    problems.push(file.problem(
                        item.span().start,
                        key,
                        format!("each `{key}` entry must be a table ([[{key}]])"),
                    ));
                    None
                }
            })
            .collect(),
        Some((_, offset)) => {
            problems.push(file.problem(offset, key, format!("`{key}` must be [[{key}]] tables")));
            Vec::new()
        }
        None => {
            problems.push(file.problem(0, key, format!("no [[{key}]] rows; add at least one")));
            Vec::new()
        }
    }
}
