//! The integration tests: one binary, one module per subject. Tests of Korean or Japanese texts
//! need the `ko` or `ja` feature (both on by default); `--no-default-features` runs the rest on
//! the English-only library.
#![cfg_attr(
    not(all(feature = "ja", feature = "ko")),
    allow(unused_imports, dead_code)
)]

// The generator, compiled here exactly as build.rs compiles it, so its checks can be tested
// on broken inputs without running a build.
#[allow(dead_code)]
#[path = "../../build/codegen.rs"]
mod codegen;

mod api;
mod broken_build;
mod compare;
mod exhaustive;
#[cfg(feature = "explain")]
mod explain;
#[cfg(feature = "tungstenite")]
mod failures;
mod fluent_reference;
mod frame;
mod fuzz_replay;
mod generator;
mod hostile;
mod html_check;
mod iana;
mod peers;
mod peers_live;
#[cfg(feature = "profile-files")]
mod profiles;
mod reconnect;
mod reconnector;
mod render;
#[cfg(feature = "tungstenite")]
mod round_trip;
mod site;
mod site_examples;
mod sources;
