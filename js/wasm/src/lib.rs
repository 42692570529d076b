//! The exports behind the closecode npm package: each takes plain values (numbers, strings,
//! bytes) and returns a JSON string that `js/src/index.js` parses into the package's plain
//! objects. JSON strings instead of JavaScript objects built through the bindings: one
//! `JSON.parse` in the wrapper, and no serde-to-JsValue glue in the wasm; the JSON is written
//! straight into a string (`json`), with no tree of values in between.
//!
//! Every text comes from the crate's catalogs; nothing here words an answer.

mod close;
mod describe;
#[cfg(feature = "explain")]
mod explain;
#[cfg(feature = "files")]
mod files;
mod frame;
mod json;
mod locales;
mod profiles;
mod reconnect;
mod ser;
