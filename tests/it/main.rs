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
mod closed_texts;
#[cfg(feature = "pages")]
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
mod layers;
mod name_case;
mod peers;
mod peers_live;
#[cfg(feature = "profile-files")]
mod profiles;
mod reconnect;
mod reconnector;
#[cfg(feature = "pages")]
mod render;
#[cfg(feature = "tungstenite")]
mod round_trip;
#[cfg(feature = "pages")]
mod search_index;
#[cfg(feature = "pages")]
mod site;
#[cfg(feature = "pages")]
mod site_examples;
#[cfg(feature = "pages")]
mod site_index;
#[cfg(feature = "pages")]
mod source_links;
mod sources;

/// Whether the tests run from the published package (`cargo package` writes `Cargo.toml.orig`
/// beside the manifest), which leaves out what only the repository has: the fuzz corpus and the
/// command line's crate. The tests that read those say so and pass there; in the repository
/// they run.
pub(crate) fn outside_the_repository(what: &str) -> bool {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let published = root.join("Cargo.toml.orig").exists();
    if published {
        eprintln!("skipped in the published package: {what} is in the repository only");
    }
    published
}
