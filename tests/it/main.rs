//! The integration tests: one binary, one module per subject.

// The generator, compiled here exactly as build.rs compiles it, so its checks can be tested
// on broken inputs without running a build.
#[allow(dead_code)]
#[path = "../../build/codegen.rs"]
mod codegen;

mod api;
mod broken_build;
mod compare;
mod exhaustive;
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
mod sources;
