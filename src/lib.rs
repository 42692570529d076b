//! WebSocket close codes, explained: the facts of RFC 6455 and the IANA registry, and what each
//! code means, when you see it and what to do, in English, Korean and Japanese.
//!
//! ```
//! # #[cfg(feature = "ko")] {
//! use closecode::{CloseCode, Locale, RetryClass};
//!
//! // A code from a close frame, a log line or a bug report.
//! let code: CloseCode = "1006".parse()?;
//!
//! // The facts decide what a program does.
//! assert!(code.is_local_only()); // nobody sent it: the connection dropped
//! assert_eq!(code.retry(), RetryClass::Backoff);
//!
//! // The texts explain it to people, in their language, without allocating.
//! let locale = Locale::from_accept_language("ko-KR,ko;q=0.9,en;q=0.8").unwrap_or_default();
//! let text = code.describe(locale);
//! assert_eq!(text.name().plain(), Some("비정상 종료"));
//! println!("{}: {}", text.name(), text.remedy());
//!
//! // Every u16 has an answer: unregistered numbers get their range's text.
//! let private = CloseCode::new(4403).describe(Locale::EN);
//! assert!(private.description().to_string().starts_with("Code 4403 is in the private-use range"));
//! # }
//! # Ok::<(), closecode::ParseCodeError>(())
//! ```
//!
//! # Overview
//!
//! * [`CloseCode`] is any `u16`, with a constant per registered code (`CloseCode::GOING_AWAY`,
//!   `CloseCode::BAD_GATEWAY`, ...); `str::parse` reads a number or any name, and suggests the
//!   name you meant for a typo. [`KnownCode`] names the registered codes as an enum
//!   ([`KnownCode::all`] iterates them), and [`CodeRange`] tells which range (RFC 6455 §7.4.2) a
//!   number is in.
//! * [`CloseCode::facts`] returns [`Facts`]: registration, whether the code may be sent on the
//!   wire, whether it is local-only, whether a browser may send it, who sends it, the
//!   [`RetryClass`], the HTTP analogue and the names other libraries use.
//! * [`CloseCode::describe`] returns a [`Description`]: name, description, symptom and remedy
//!   as [`Text`]s, for a [`Locale`] picked from a tag, a POSIX locale or an `Accept-Language`
//!   header; also the usual cause and what to do when sending or receiving the code.
//! * With the `pages` feature, `compare` puts two codes side by side (the key differences,
//!   computed from the facts, and guidance on which to use when), `closecode::render` writes
//!   pages (a code, a range, a comparison, the reference table) as plain text, Markdown, HTML
//!   or JSON, and `closecode::site` builds the whole documentation site.
//! * [`frame`] decodes and validates Close payloads, reporting every problem, and encodes
//!   them; [`Peer`] predicts what each well-known library and browser does with a payload: what
//!   its application sees and what it sends back (`data/peers.toml`, read from their source and
//!   measured on loopback).
//! * [`CloseCode::retry`] says whether and how to reconnect ([`RetryClass`]: one answer, with
//!   its schedule and its phrase), and [`Backoff`] gives the delays (RFC 6455 §7.2.3).
//!
//! # How the data gets here
//!
//! The facts live in `data/close-codes.toml`, with a source for each row; the texts live in
//! `locales/<tag>/*.ftl`, in [Fluent](https://projectfluent.org) syntax. The build script parses
//! both, checks that every code has text in every locale with the same attributes and
//! variables, and compiles them into constants, `match`es for numeric and name lookup (faster
//! than perfect hashing here, as the benchmarks show) and `&'static str` texts. A broken
//! catalog fails the build with `path:line:col: message-id: what is wrong`. Nothing is parsed
//! at run time.
//!
//! [`REGISTRY_SNAPSHOT`] is the date of the IANA registry the table follows.
//!
//! # Versions
//!
//! closecode follows semantic versioning, with one rule of its own: the answers are part of the
//! API. When IANA registers a close code, a **minor** release adds its constant, its
//! [`KnownCode`] variant (the enum is `#[non_exhaustive]`) and its texts, and so **changes the
//! answers for that number** (its name, facts and reconnect advice stop being its range's). A
//! corrected fact or a reworded text is a patch release; a changed type or signature is a major
//! one.
//!
//! # Logging and configuration
//!
//! Every public enum a program logs has `Display`, and with the `serde` feature the types a
//! configuration file holds read back from the same words they print:
//!
//! ```
//! # #[cfg(feature = "ko")] {
//! use closecode::{CloseCode, KnownCode, Locale, RetryClass};
//!
//! assert_eq!(KnownCode::all().count(), 19);
//! assert_eq!(format!("{} {}", CloseCode::GOING_AWAY, RetryClass::Backoff), "1001 backoff");
//! assert_eq!(format!("{}", CloseCode::SERVICE_RESTART.retry()), "randomized-delay");
//! # #[cfg(feature = "serde")]
//! # {
//! let locale: Locale = serde_json::from_str(r#""ko""#).unwrap();
//! let code: CloseCode = serde_json::from_str(r#""GOING_AWAY""#).unwrap();
//! let also: CloseCode = serde_json::from_str("1001").unwrap();
//! assert_eq!((locale, code, also), (Locale::KO, CloseCode::GOING_AWAY, CloseCode::GOING_AWAY));
//! # }
//! # }
//! ```
//!
//! # Features
//!
//! * `ko`, `ja` (both on by default): the Korean and Japanese texts, `Locale::KO` and
//!   `Locale::JA`. English is always there; with `default-features = false` the library
//!   carries English only, and a Korean or Japanese tag negotiates like any language closecode
//!   does not ship (it falls back to English). These features change answers, not only add
//!   items: with `ko` on, [`Locale::from_tag`]`("ko")` returns `Locale::KO` instead of an
//!   error, [`Locale::all`] yields it, and an `Accept-Language` asking for Korean gets Korean.
//!   Cargo unifies features across the build, so when any crate in the dependency graph turns
//!   `ko` on, every crate that uses closecode sees it. A library built on closecode should
//!   leave the locales to the application and not count on one being absent.
//! * `serde`: `Serialize` for [`CloseCode`] and [`KnownCode`] (as a number), [`Facts`],
//!   [`Description`], [`Text`], [`Closed`], [`Outcome`], `Difference` (with `pages`),
//!   `explain::Explained` (with `explain`), [`Locale`] (as its tag), [`Peer`] and the enums (as
//!   kebab-case ids: [`ClosedBy`], [`RetryClass`], `profile::Basis`, ...); `Deserialize` for
//!   [`CloseCode`] and [`KnownCode`] (a number, or a string with a number or a name),
//!   [`Closed`], [`Outcome`] (a code or a failure id), [`Locale`] (a tag), [`CodeRange`] and
//!   the classes; with `pages`, the JSON renderer `render::json`.
//! * `pages`: pages for people, what the command line prints and the site shows:
//!   `closecode::render` (a code's page as text, Markdown, HTML and JSON, and its answer-first
//!   summary), `closecode::site` and `compare`. Off by default, because a program that only
//!   looks codes up, describes them or decides whether to reconnect would otherwise compile
//!   them: about two thirds of the time a cold build spends on closecode itself.
//! * `http`: the [`Locale`] a request's `Accept-Language` headers ask for, and the
//!   `Content-Language` and `Vary` headers for the response (`closecode::http`).
//! * `locale-files`: locales an application adds at run time (`NewLocale`: Fluent text for a
//!   language tag, checked by the build's own catalog checks, then a [`Locale`] like the
//!   shipped ones) and `closecode::catalog::export`, a locale's whole catalog as Fluent text
//!   under one id prefix, for translators and for applications' own bundles.
//! * `profile-files`: `Profile::load` and `Profile::parse`, protocol profiles an application
//!   supplies at run time, checked like the shipped ones.
//! * `explain`: `closecode::explain`, what log lines of WebSocket stacks, browsers and proxies
//!   report (what `closecode explain` prints); adds aho-corasick and memchr.
//!
//! One feature per WebSocket stack, none on by default. Each adds a module with conversions
//! between [`CloseCode`] and the stack's close code and frame, `closed` (what the stack's read
//! yields, as a [`Closed`]: the code, [`ClosedBy`] whom, the reason) and a close builder that
//! refuses codes that may not be sent and cuts the reason to fit:
//!
//! * `tungstenite-0-30` (or `tungstenite`): tungstenite and tokio-tungstenite 0.30,
//!   `closecode::tungstenite` (also `closecode::tungstenite::v0_30`).
//! * `tungstenite-0-29`: tungstenite and tokio-tungstenite 0.29, `closecode::tungstenite::v0_29`.
//! * `axum`: axum 0.8's `extract::ws`, `closecode::axum` (turns on `tungstenite-0-29`).
//! * `actix-ws`: actix-ws 0.4 and actix-http 3, `closecode::actix_ws`.
//! * `tokio-websockets`: tokio-websockets 0.13, `closecode::tokio_websockets`.
//! * `fastwebsockets`: fastwebsockets 0.10, `closecode::fastwebsockets`.
//! * `reqwest-websocket`: reqwest-websocket 0.6, `closecode::reqwest_websocket`.
//! * `web-sys`: a browser's `CloseEvent`, `closecode::web_sys` (compiles on every target).

#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "actix-ws")]
pub mod actix_ws;
#[cfg(feature = "locale-files")]
mod added;
#[cfg(feature = "axum")]
pub mod axum;
#[cfg(feature = "locale-files")]
pub mod catalog;
#[cfg(any(feature = "profile-files", feature = "locale-files"))]
mod check_error;
mod close_texts;
mod closed;
mod closing;
mod code;
#[cfg(feature = "pages")]
mod compare;
mod describe;
mod entry_texts;
#[cfg(feature = "explain")]
pub mod explain;
mod facts;
mod failure;
#[cfg(feature = "fastwebsockets")]
pub mod fastwebsockets;
pub mod frame;
#[cfg(feature = "http")]
pub mod http;
mod ids;
mod locale;
mod name_key;
mod outcome;
#[cfg(feature = "pages")]
mod page;
mod parse;
pub mod peer;
pub mod profile;
// The generator in build/, for profiles and locales loaded at run time: the same checks as the
// build's.
#[cfg(any(feature = "profile-files", feature = "locale-files"))]
#[path = "../build/codegen.rs"]
#[allow(dead_code, unused_imports, missing_docs, unreachable_pub, clippy::all)]
mod codegen;
mod reconnect;
pub mod reconnector;
#[cfg(feature = "pages")]
pub mod render;
#[cfg(feature = "reqwest-websocket")]
pub mod reqwest_websocket;
mod retry;
mod rows;
mod scenario;
#[cfg(feature = "pages")]
pub mod site;
mod table;
mod text;
#[cfg(feature = "tokio-websockets")]
pub mod tokio_websockets;
#[cfg(any(feature = "tungstenite-0-29", feature = "tungstenite-0-30"))]
pub mod tungstenite;
mod untrusted;
mod value;
// reqwest-websocket reads tungstenite 0.28's errors, with no public tungstenite module.
#[cfg(all(
    feature = "reqwest-websocket",
    not(any(feature = "tungstenite-0-29", feature = "tungstenite-0-30"))
))]
mod tungstenite;
#[cfg(feature = "web-sys")]
pub mod web_sys;

#[cfg(feature = "locale-files")]
pub use added::{AddedLocale, MAX_ADDED, NewLocale};
#[cfg(any(feature = "profile-files", feature = "locale-files"))]
pub use check_error::CheckError;
pub use close_texts::{CloseText, CloseTexts};
pub use closed::{Closed, ClosedBy};
pub use closing::Closing;
pub use code::CloseCode;
#[cfg(any(feature = "profile-files", feature = "locale-files"))]
pub use codegen::Problem;
#[cfg(feature = "pages")]
pub use compare::{Aspect, Comparison, Difference, compare};
pub use describe::Description;
pub use entry_texts::EntryTexts;
pub use facts::{Facts, PeerNames, Sender, Wire};
pub use failure::{Failure, FailureKind};
pub use locale::{Filled, Label, Locale, LocaleError};
pub use outcome::Outcome;
pub use parse::{ParseCodeError, ParseCodeErrorKind};
pub use peer::Peer;
pub use profile::Profile;
pub use reconnect::{Backoff, BackoffConfig, Random, SplitMix64};
pub use retry::RetryClass;
pub use scenario::{Scenario, ScenarioTexts};
pub use table::{CodeRange, KnownCode, REGISTRY_SNAPSHOT};
pub use text::Text;
pub use untrusted::Untrusted;
pub use value::Value;

/// The README's library example runs as a doctest, so the README stays true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
