//! The plain row types the generated table (`table.rs`) is made of: structs and enums with no
//! behaviour of their own, so the data flows one way. This module imports nothing from the
//! crate but its own submodules and std; the generated table imports only this module (and the
//! std-only `name_key`); the modules that answer questions (`facts.rs`, `peer.rs`,
//! `failure.rs`, ...) sit above both, implement the methods of these types and re-export the
//! public ones under their public paths. `tests/it/layers.rs` checks the direction.

pub(crate) mod code;
pub(crate) mod entry_texts;
pub(crate) mod facts;
pub(crate) mod failure;
pub(crate) mod locale;
pub(crate) mod peer;
pub(crate) mod profile;
pub(crate) mod reconnect;
pub(crate) mod retry;
pub(crate) mod scenario;
pub(crate) mod table;
pub(crate) mod text;
pub(crate) mod value;
