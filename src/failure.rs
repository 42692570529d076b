//! Failures: the ways a WebSocket connection ends before, or without, a Close frame. A refused
//! upgrade (the server answered 401 or 503 instead of 101), a certificate that does not verify,
//! a name that does not resolve, a refused or reset TCP connection, a timeout, or a peer that
//! vanished. A browser reports every one of them to the page as close code 1006, and clients
//! tend to retry all of them alike; each has its own cause and its own answer.
//!
//! Ids never read as numbers (`http-401`, `tls-expired`, `dns`, `refused`), so they are
//! accepted wherever a code or a name is ([`Outcome`](crate::Outcome)).
//!
//! # Examples
//!
//! ```
//! use closecode::{Failure, Locale, RetryClass};
//!
//! let unauthorized = Failure::http(401).expect("shipped");
//! assert_eq!(unauthorized.id(), "http-401");
//! assert_eq!(unauthorized.retry(), RetryClass::Credentials);
//! let limited = Failure::find("http-429").unwrap();
//! assert!(limited.honors_retry_after());
//! assert!(Failure::find("tls-expired").unwrap().texts(Locale::EN).name().contains("TLS"));
//! ```

use core::fmt;

use crate::entry_texts::{EntryTexts, TextSet};
use crate::table::FAILURES;
use crate::{CloseCode, Locale, RetryClass};

/// A way a connection fails before, or without, a Close frame, with its sourced facts and its
/// texts in every locale.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Failure {
    pub(crate) id: &'static str,
    pub(crate) kind: FailureKind,
    pub(crate) http_status: Option<u16>,
    pub(crate) retry: RetryClass,
    pub(crate) retry_after: bool,
    pub(crate) error_event: bool,
    pub(crate) raises: &'static [(&'static str, &'static str)],
    pub(crate) sources: &'static [&'static str],
    /// In `Locale` order.
    pub(crate) texts: &'static [TextSet],
}

/// What failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum FailureKind {
    /// The server answered the upgrade with an HTTP status other than 101.
    Handshake,
    /// The TLS handshake failed: a certificate or a protocol the two sides do not share.
    Tls,
    /// The host name did not resolve.
    Dns,
    /// The TCP connection was refused, reset, or vanished.
    Tcp,
    /// Nothing came back in time.
    Timeout,
}

impl Failure {
    /// Every failure closecode knows, in the order of `data/failures.toml`.
    pub fn all() -> &'static [Failure] {
        &FAILURES
    }

    /// The failure with this id, ignoring ASCII case and surrounding space.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(closecode::Failure::find(" DNS ").map(|f| f.id()), Some("dns"));
    /// ```
    pub fn find(id: &str) -> Option<&'static Failure> {
        let id = id.trim();
        FAILURES.iter().find(|f| f.id.eq_ignore_ascii_case(id))
    }

    /// The refused upgrade with this HTTP status, if closecode describes it.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(closecode::Failure::http(503).map(|f| f.id()), Some("http-503"));
    /// assert!(closecode::Failure::http(418).is_none());
    /// ```
    pub fn http(status: u16) -> Option<&'static Failure> {
        FAILURES.iter().find(|f| f.http_status == Some(status))
    }

    /// The id, such as `http-401` or `tls-expired`.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// What failed.
    pub fn kind(&self) -> FailureKind {
        self.kind
    }

    /// The HTTP status of a refused upgrade.
    pub fn http_status(&self) -> Option<u16> {
        self.http_status
    }

    /// The reconnect answer.
    pub fn retry(&self) -> RetryClass {
        self.retry
    }

    /// Whether the server may say when to come back (`Retry-After`, RFC 9110 §10.2.3): a client
    /// waits at least that long.
    pub fn honors_retry_after(&self) -> bool {
        self.retry_after
    }

    /// Whether a browser fires `error` before `close`. Either way the page gets close code 1006
    /// with `wasClean` false and learns nothing of the cause (WHATWG WebSockets).
    pub fn error_event(&self) -> bool {
        self.error_event
    }

    /// The code a browser's close event and most libraries report for it: 1006.
    pub fn code(&self) -> CloseCode {
        CloseCode::ABNORMAL_CLOSURE
    }

    /// What each library and browser reports, as (who, text): `python-websockets`, `node-ws`,
    /// `tungstenite`, `gorilla`, `coder-websocket`, `dotnet`, `chromium-console`. `<...>` marks
    /// a placeholder.
    pub fn raises(&self) -> impl ExactSizeIterator<Item = (&'static str, &'static str)> {
        self.raises.iter().copied()
    }

    /// Where the facts come from.
    pub fn sources(&self) -> impl ExactSizeIterator<Item = &'static str> {
        self.sources.iter().copied()
    }

    /// The texts in `locale`.
    pub fn texts(&self, locale: Locale) -> EntryTexts<'static> {
        EntryTexts::pick(self.texts, locale)
    }
}

/// The kind's id, as serde writes it: `handshake`, `tls`, `dns`, `tcp`, `timeout`.
///
/// # Examples
///
/// ```
/// use closecode::Failure;
///
/// assert_eq!(Failure::find("dns").unwrap().kind().to_string(), "dns");
/// ```
impl fmt::Display for FailureKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FailureKind::Handshake => "handshake",
            FailureKind::Tls => "tls",
            FailureKind::Dns => "dns",
            FailureKind::Tcp => "tcp",
            FailureKind::Timeout => "timeout",
        })
    }
}

impl fmt::Display for Failure {
    /// The id.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id)
    }
}
