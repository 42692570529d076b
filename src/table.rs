//! The generated table: constants, `KnownCode`, `CodeRange`, the facts of every row, the name
//! map and the compiled catalogs, all written by the generator in `build/` (its root is
//! `build/codegen.rs`; the text comes from `build/emit/`) into `$OUT_DIR/table.rs`.
//!
//! # The data flows one way
//!
//! The statics are made of the plain types in `rows/` (`Sender::Client`, `PeerNames { .. }`,
//! `Peer { .. }`, compiled messages), and this module and the generated text name only those
//! (and the std-only `name_key`), building them from literals rather than calling their
//! methods. The modules that answer questions (`code.rs`, `facts.rs`, `peer.rs`, `locale.rs`,
//! ...) sit above: they read the statics and give the row types their methods. Nothing here
//! may import them back; `tests/it/layers.rs` fails if it does.

use std::borrow::Cow;

use crate::rows::code::CloseCode;
use crate::rows::entry_texts::TextSet;
use crate::rows::facts::{PeerNames, Sender, Wire};
use crate::rows::failure::{Failure, FailureKind};
use crate::rows::locale::{Filled, Label, Locale};
use crate::rows::peer::{Leave, Leaving, Peer, PeerKind, Reaction, Reactions, Replies, Sees};
use crate::rows::profile::{Basis, Profile, ProfileEntry};
use crate::rows::reconnect::BackoffConfig;
use crate::rows::retry::RetryClass;
use crate::rows::scenario::{Scenario, ScenarioTexts};
pub(crate) use crate::rows::table::{Catalog, Field};
use crate::rows::text::{Message, Piece};
use crate::rows::value::Value;

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
