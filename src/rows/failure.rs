//! A connection failure that never reaches a close frame.

use super::entry_texts::TextSet;
use super::retry::RetryClass;

/// A way a connection fails before, or without, a Close frame, with its sourced facts and its
/// texts in every locale.
///
/// # Examples
///
/// ```
/// use closecode::{Failure, RetryClass};
///
/// // A 503 refused upgrade: back off, and wait at least as long as Retry-After says.
/// let unavailable = Failure::http(503).unwrap();
/// assert_eq!(unavailable.to_string(), "http-503");
/// assert!(unavailable.honors_retry_after());
/// assert_eq!(unavailable.retry(), RetryClass::Backoff);
/// ```
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
///
/// # Examples
///
/// ```
/// use closecode::{Failure, FailureKind};
///
/// assert_eq!(Failure::find("tls-expired").unwrap().kind(), FailureKind::Tls);
/// assert_eq!(Failure::find("refused").unwrap().kind(), FailureKind::Tcp);
/// ```
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
