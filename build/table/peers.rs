//! The `[[peer]]` rows of `data/peers.toml`: what each WebSocket library or browser does when a
//! Close frame arrives (the codes it accepts, which check it runs first, and its reaction to
//! each kind of payload), and the checks on them.
//!
//! Owns: what a peer row must say. May not touch: the code table, the catalogs or the emitted
//! Rust.

use toml::de::DeTable;

use super::super::problem::{Problem, SourceFile};
use super::row::Row;
use super::{PeerRow, ReactionRow, document, rows};

/// `kind`: (id in the table, `PeerKind` variant in `src/peer.rs`).
pub(crate) const KINDS: [(&str, &str); 2] = [("library", "Library"), ("browser", "Browser")];

/// The ways a page leaves, in `Leaving` field order (`src/peer.rs`).
pub(crate) const LEAVING: [&str; 3] = ["navigate", "reload", "close"];

/// What an `error` text may hold in braces, filled in from the payload by `ErrorText`
/// (`src/peer.rs`).
const PLACEHOLDERS: [&str; 5] = ["code", "go-status", "go-quoted", "length", "utf8-error"];

/// The reactions every row gives, in `Reactions` field order (`src/peer.rs`).
pub(crate) const REACTIONS: [&str; 6] = [
    "empty", "accepted", "bad_code", "bad_utf8", "one_byte", "too_long",
];

/// Reads and checks every `[[peer]]` row of `file`, in file order.
pub(super) fn parse(file: &SourceFile, problems: &mut Vec<Problem>) -> Vec<PeerRow> {
    let doc = document(file, "(peers)", problems);
    let doc = doc.get_ref();
    let mut top = Row::new(file, doc, 0, "(peers)".to_owned(), problems);
    top.read_elsewhere(&["peer"]);
    top.finish();
    let mut peers: Vec<PeerRow> = Vec::new();
    for (row, offset) in rows(file, doc, "peer", problems) {
        let peer = parse_row(file, row, offset, problems);
        if peers.iter().any(|p| p.id == peer.id) {
            problems.push(file.problem(
                offset,
                &format!("peer-{}", peer.id),
                "peer id appears twice; give each version range its own id".to_owned(),
            ));
        }
        peers.push(peer);
    }
    peers
}

fn parse_row(
    file: &SourceFile,
    row: &DeTable<'_>,
    offset: usize,
    problems: &mut Vec<Problem>,
) -> PeerRow {
    let (mut r, id) = Row::named(file, row, offset, "peer", problems);
    let name = r.string("name", true).unwrap_or_default();
    let versions = r.string("versions", true).unwrap_or_default();
    let kind = r.choice("kind", &KINDS);
    let measured = r.string("measured", false);
    let mut accepts = Vec::new();
    for (spec, at) in r.spans("accepts") {
        match parse_span(&spec) {
            Some(span) => accepts.push(span),
            None => r.problem(
                at,
                format!("`{spec}` is not a code or a range such as 1007-1014"),
            ),
        }
    }
    let checks_reason_first = r.boolean("checks_reason_first");
    let reactions = REACTIONS.map(|key| r.nested(key, |r| reaction(r, true)).unwrap_or_default());
    let no_close = r
        .nested("no_close", |r| reaction(r, false))
        .unwrap_or_default();
    let reset = r
        .nested("reset", |r| reaction(r, false))
        .unwrap_or_default();
    let leaving = match (row.get("leaving").is_some(), kind) {
        (true, "browser") => r.nested("leaving", |r| {
            LEAVING.map(|key| r.code_or(key, true, &["cached"]).unwrap_or(Err("cached")))
        }),
        (true, _) => {
            r.value("leaving", false);
            r.problem(
                r.at("leaving"),
                "`leaving` is for browsers: a library has no page that goes away".to_owned(),
            );
            None
        }
        (false, "browser") => {
            r.problem(
                offset,
                "a browser needs `leaving`, the Close frame a server gets when its page goes away"
                    .to_owned(),
            );
            None
        }
        (false, _) => None,
    };
    let sources = r.strings("sources");
    r.finish();
    PeerRow {
        id,
        name,
        versions,
        kind,
        measured,
        accepts,
        checks_reason_first,
        reactions,
        no_close,
        reset,
        leaving,
        sources,
    }
}

/// `{ sees = ..., replies = ..., error = "..." }`; `no_close` has no `replies`.
fn reaction(r: &mut Row<'_>, replies: bool) -> ReactionRow {
    let sees = r.code_or("sees", true, &["received", "error"]);
    let error = r.string("error", false);
    if let Some(text) = &error {
        let mut rest = text.as_str();
        while let Some((_, after)) = rest.split_once('{') {
            let (name, after) = after.split_once('}').unwrap_or((after, ""));
            if !PLACEHOLDERS.contains(&name) {
                r.problem(
                    r.at("error"),
                    format!(
                        "`{{{name}}}` is not something closecode fills in; use one of: {}",
                        PLACEHOLDERS.map(|p| format!("{{{p}}}")).join(", ")
                    ),
                );
            }
            rest = after;
        }
    }
    let at = r.at("sees");
    match (&sees, &error) {
        (Some(Err("error")), None) => r.problem(
            at,
            "`sees = \"error\"` needs `error`, the text the application gets".to_owned(),
        ),
        (Some(_), Some(_)) if !matches!(sees, Some(Err("error"))) => r.problem(
            r.at("error"),
            "`error` goes only with `sees = \"error\"`".to_owned(),
        ),
        _ => {}
    }
    let replies = if replies {
        r.code_or("replies", true, &["echo", "empty", "none"])
    } else {
        None
    };
    ReactionRow {
        sees: sees.unwrap_or(Ok(1006)),
        replies: replies.unwrap_or(Err("none")),
        error,
    }
}

/// `"1007-1014"` -> (1007, 1014), `"1014"` -> (1014, 1014).
fn parse_span(spec: &str) -> Option<(u16, u16)> {
    let (first, last) = spec.split_once('-').unwrap_or((spec, spec));
    let (first, last) = (first.trim().parse().ok()?, last.trim().parse().ok()?);
    (first <= last).then_some((first, last))
}
