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

use crate::entry_texts::EntryTexts;
pub use crate::rows::failure::{Failure, FailureKind};
use crate::table::FAILURES;
use crate::{CloseCode, Locale, RetryClass};

impl Failure {
    /// Every failure closecode knows, in the order of `data/failures.toml`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Failure, FailureKind};
    ///
    /// let all = Failure::all();
    /// assert_eq!(all[0].id(), "http-400");
    /// // Every refused upgrade has its HTTP status, and nothing else has one.
    /// assert!(all.iter().all(|f| (f.kind() == FailureKind::Handshake) == f.http_status().is_some()));
    /// ```
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
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Failure;
    ///
    /// assert_eq!(Failure::http(401).unwrap().id(), "http-401");
    /// ```
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// What failed.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Failure, FailureKind};
    ///
    /// assert_eq!(Failure::find("dns").unwrap().kind(), FailureKind::Dns);
    /// assert_eq!(Failure::find("timeout-idle").unwrap().kind(), FailureKind::Timeout);
    /// ```
    pub fn kind(&self) -> FailureKind {
        self.kind
    }

    /// The HTTP status of a refused upgrade.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Failure;
    ///
    /// assert_eq!(Failure::find("http-429").unwrap().http_status(), Some(429));
    /// assert_eq!(Failure::find("dns").unwrap().http_status(), None);
    /// ```
    pub fn http_status(&self) -> Option<u16> {
        self.http_status
    }

    /// The reconnect answer.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Failure, RetryClass};
    ///
    /// // The same credentials fail the same way: renew them first.
    /// assert_eq!(Failure::http(401).unwrap().retry(), RetryClass::Credentials);
    /// assert_eq!(Failure::find("dns").unwrap().retry(), RetryClass::Backoff);
    /// ```
    pub fn retry(&self) -> RetryClass {
        self.retry
    }

    /// Whether the server may say when to come back (`Retry-After`, RFC 9110 §10.2.3): a client
    /// waits at least that long.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Failure;
    ///
    /// assert!(Failure::http(429).unwrap().honors_retry_after());
    /// assert!(!Failure::http(401).unwrap().honors_retry_after());
    /// ```
    pub fn honors_retry_after(&self) -> bool {
        self.retry_after
    }

    /// Whether a browser fires `error` before `close`. Either way the page gets close code 1006
    /// with `wasClean` false and learns nothing of the cause (WHATWG WebSockets).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Failure;
    ///
    /// assert!(Failure::find("dns").unwrap().error_event());
    /// // A connection that vanishes after it opened gets a close event only.
    /// assert!(!Failure::find("vanished").unwrap().error_event());
    /// ```
    pub fn error_event(&self) -> bool {
        self.error_event
    }

    /// The code a browser's close event and most libraries report for it: 1006.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Failure};
    ///
    /// assert_eq!(Failure::http(403).unwrap().code(), CloseCode::ABNORMAL_CLOSURE);
    /// ```
    pub fn code(&self) -> CloseCode {
        CloseCode::ABNORMAL_CLOSURE
    }

    /// What each library and browser reports, as (who, text): `python-websockets`, `node-ws`,
    /// `tungstenite`, `gorilla`, `coder-websocket`, `dotnet`, `chromium-console`. `<...>` marks
    /// a placeholder.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Failure;
    ///
    /// let unauthorized = Failure::http(401).unwrap();
    /// let (_, node) = unauthorized.raises().find(|(who, _)| *who == "node-ws").unwrap();
    /// assert_eq!(node, "Error: Unexpected server response: 401");
    /// ```
    pub fn raises(&self) -> impl ExactSizeIterator<Item = (&'static str, &'static str)> {
        self.raises.iter().copied()
    }

    /// Where the facts come from.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Failure;
    ///
    /// let unauthorized = Failure::http(401).unwrap();
    /// assert!(unauthorized.sources().any(|s| s.starts_with("RFC 9110 §15.5.2")));
    /// ```
    pub fn sources(&self) -> impl ExactSizeIterator<Item = &'static str> {
        self.sources.iter().copied()
    }

    /// The texts in `locale`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Failure, Locale};
    ///
    /// let texts = Failure::http(401).unwrap().texts(Locale::EN);
    /// assert_eq!(texts.name(), "Upgrade refused: 401 Unauthorized");
    /// assert_eq!(texts.user(), "Your session has expired. Please sign in again.");
    /// ```
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
