//! The generated table: constants, `KnownCode`, `CodeRange`, the facts of every row, the name
//! map and the compiled catalogs, all written by the generator in `build/` (its root is
//! `build/codegen.rs`; the text comes from `build/emit/`) into `$OUT_DIR/table.rs`.
//!
//! This module only declares the shapes the generated code fills in; the public API reads them
//! through `code.rs`, `facts.rs`, `locale.rs` and `describe.rs`.
//!
//! # The import circle with `facts.rs` and `peer.rs` is deliberate
//!
//! This module imports `Sender` and `PeerNames` from `facts.rs` and `Peer` and its parts from
//! `peer.rs`, and those modules import this one back (`facts.rs` reads `code_row`,
//! `range_row` and `label`; `peer.rs` reads `PEERS`). The generated statics are built
//! from the public types themselves (`sent_by: Sender::Client`, `names: PeerNames { .. }`,
//! `Peer { .. }`), so they must name them; and the public types answer from the statics.
//! Cutting the circle would take either private copies of those types, converted on every
//! read, or moving the public types in here, away from the methods that document them. Inside
//! one crate a circle between modules costs nothing, so it stays; a new generated table follows
//! the same pattern.

use crate::facts::{PeerNames, Sender, Wire};
use crate::locale::{Filled, Label};
use crate::value::Value;
use std::borrow::Cow;

use crate::entry_texts::TextSet;
use crate::failure::{Failure, FailureKind};
use crate::peer::{Leave, Leaving, Peer, PeerKind, Reaction, Reactions, Replies, Sees};
use crate::profile::{Basis, Profile, ProfileEntry};
pub(crate) use crate::rows::table::{Catalog, Field};
use crate::scenario::{Scenario, ScenarioTexts};
use crate::text::{Message, Piece};
use crate::{BackoffConfig, CloseCode, Locale, RetryClass};

/// The facts of one registered code, as written in `data/close-codes.toml`.
#[derive(Debug)]
pub(crate) struct CodeRow {
    pub(crate) known: KnownCode,
    pub(crate) constant: &'static str,
    pub(crate) iana_name: Option<&'static str>,
    pub(crate) iana_description: Option<&'static str>,
    pub(crate) common_name: Option<&'static str>,
    pub(crate) reference: &'static str,
    pub(crate) registered_on: Option<&'static str>,
    pub(crate) wire: Wire,
    pub(crate) browser_sendable: bool,
    pub(crate) sent_by: Sender,
    pub(crate) retry: RetryClass,
    pub(crate) http_status: Option<u16>,
    pub(crate) names: PeerNames,
    pub(crate) related: &'static [CloseCode],
    pub(crate) sources: &'static [&'static str],
}

/// The facts shared by every unregistered code of one range.
#[derive(Debug)]
pub(crate) struct RangeRow {
    pub(crate) id: &'static str,
    pub(crate) first: u16,
    pub(crate) last: u16,
    pub(crate) reference: &'static str,
    pub(crate) wire: Wire,
    pub(crate) browser_sendable: bool,
    pub(crate) sent_by: Sender,
    pub(crate) retry: RetryClass,
    pub(crate) sources: &'static [&'static str],
}

impl Field {
    /// Every field, the name first, then the attributes in the order of `ATTRIBUTES`.
    #[allow(dead_code)] // Read by the export and by added locales.
    pub(crate) const ALL: [Field; 8] = [
        Field::Name,
        Field::Description,
        Field::Symptom,
        Field::Remedy,
        Field::Cause,
        Field::Sending,
        Field::Receiving,
        Field::User,
    ];

    /// The Fluent attribute, `None` for the name (the message's value).
    #[allow(dead_code)] // Read by the export and by added locales.
    pub(crate) fn attribute(self) -> Option<&'static str> {
        Some(match self {
            Field::Name => return None,
            Field::Description => "description",
            Field::Symptom => "symptom",
            Field::Remedy => "remedy",
            Field::Cause => "cause",
            Field::Sending => "sending",
            Field::Receiving => "receiving",
            Field::User => "user",
        })
    }
}

include!(concat!(env!("OUT_DIR"), "/table.rs"));

/// The row of `code`, if it is registered.
pub(crate) fn code_row(code: u16) -> Option<&'static CodeRow> {
    code_index(code).map(|index| &CODES[index])
}

/// The row of the range `code` falls in.
pub(crate) fn range_row(range: CodeRange) -> &'static RangeRow {
    &RANGES[range as usize]
}
