//! How a connection ended, in one shape for every WebSocket stack: the code to explain and
//! decide on, who ended the connection, and the reason.
//!
//! Each stack module (`closecode::tungstenite`, `closecode::axum`, ...) turns what its stack's
//! read hands the application into a [`Closed`]. The stacks disagree on what a close looks like
//! (a frame with an optional code, an enum without 1005, a raw payload, a browser event) and on
//! what they do themselves (tungstenite answers a code it refuses with its own 1002, browsers
//! hide why a handshake failed); [`ClosedBy`] keeps those differences visible, so that an
//! application does not mistake its library's protest for its peer's word.

use core::fmt;
use core::time::Duration;

use crate::Untrusted;
use crate::frame::{self, ClosePayload, EncodeError};
use crate::profile::ProfileEntry;
use crate::{CloseCode, CloseTexts, Failure, Locale, Profile, RetryClass};

/// How a WebSocket connection ended, as one of the stack modules reports it.
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "ko")] {
/// use closecode::{CloseCode, Closed, ClosedBy, Locale, RetryClass};
///
/// let closed = Closed::from_payload(b"\x03\xf4deploy");
/// assert_eq!(closed.code, CloseCode::SERVICE_RESTART);
/// assert_eq!(closed.by, ClosedBy::Peer);
/// assert_eq!(closed.reason, "deploy");
/// assert_eq!(closed.retry(), RetryClass::RandomizedDelay);
/// assert_eq!(closed.describe(Locale::KO).name().plain(), Some("서비스 재시작"));
/// assert_eq!(closed.to_string(), "1012 Service Restart: \"deploy\"");
/// # }
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Closed {
    /// The code to explain and decide on: the peer's, 1005 for a Close frame without one, 1006
    /// when no Close frame came (a dropped connection, a failed handshake), or the code the
    /// library failed the connection with.
    pub code: CloseCode,
    /// Who ended the connection, and how.
    pub by: ClosedBy,
    /// The peer's reason, or the library's text for a close it raised itself; empty when there
    /// is none. It comes from the network: print it through [`Untrusted`].
    ///
    /// [`Untrusted`]: crate::Untrusted
    pub reason: String,
    /// The failure behind a close without a Close frame, when the stack tells which: a refused
    /// upgrade's status (`http-401`), a refused or reset TCP connection. It decides the
    /// reconnect answer ([`Closed::retry`]).
    pub failure: Option<&'static Failure>,
    /// How long the server asked the client to wait before it comes back (`Retry-After` on a
    /// refused upgrade, in seconds); [`Reconnector`](crate::reconnector::Reconnector) never
    /// reconnects sooner.
    pub retry_after: Option<Duration>,
}

/// Who ended a connection, and how. Each variant says when each stack reports it.
///
/// # Examples
///
/// ```
/// use closecode::{Closed, ClosedBy};
///
/// // An empty Close payload: the peer closed without saying why.
/// assert_eq!(Closed::from_payload(&[]).by, ClosedBy::PeerWithoutCode);
/// // A payload no endpoint may send: closecode fails the connection, as a library would.
/// assert_eq!(Closed::from_payload(&[0x03, 0xee]).by, ClosedBy::Library);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "kebab-case")
)]
#[non_exhaustive]
pub enum ClosedBy {
    /// A Close frame with a code arrived; [`Closed::code`] and [`Closed::reason`] are the
    /// peer's. Every stack reports it for a code it accepts. reqwest-websocket also reports a
    /// Close frame without a code this way, as 1000 with an empty reason: it turns tungstenite's
    /// `Close(None)` into `CloseCode::Normal`, so 1005 never reaches its application.
    Peer,
    /// A Close frame without a code arrived: the code is 1005 (RFC 6455 §7.1.5). tungstenite
    /// and axum (`Close(None)`), actix-ws (`Close(None)`, also for a 1-byte payload),
    /// tokio-websockets (an empty payload), fastwebsockets (an empty payload) and browsers
    /// (code 1005) report it.
    PeerWithoutCode,
    /// The connection ended without a Close frame: the code is 1006. tungstenite reports
    /// `Protocol(ResetWithoutClosingHandshake)` or an I/O error, fastwebsockets
    /// `UnexpectedEOF` or an I/O error, tokio-websockets, actix-ws, axum and reqwest-websocket
    /// end their stream (`None`) or report an I/O error, and browsers report 1006 with
    /// `wasClean` false after the `open` event.
    Dropped,
    /// The application's own stack ended the connection because the peer broke a rule, and
    /// [`Closed::code`] is the code it failed the connection with (1002, 1007, 1009); the
    /// reason is the library's text. The notable case: tungstenite (and axum, tokio-tungstenite
    /// and reqwest-websocket, which use it) refuses 1004, 1014 and codes outside the registry's
    /// ranges, replies 1002 and hands the application `Close(1002, "Protocol violation")`, as if
    /// the peer had sent it ([`Peer::find("tungstenite")`](crate::Peer::find) lists the codes
    /// it accepts). fastwebsockets refuses the same codes and reports `InvalidCloseCode`.
    /// tokio-websockets refuses 1004, 1005, 1006 and 1015 (`InvalidCloseCode`). A peer that
    /// really sends 1002 "Protocol violation" to a tungstenite application is reported here too:
    /// the two are the same bytes to the application.
    Library,
    /// The opening handshake failed: the connection never opened, and the code is 1006, as
    /// browsers report it. `status` is the HTTP status of the server's answer when the stack
    /// gives it: tungstenite's `Error::Http(response)`, tokio-websockets'
    /// `Upgrade(DidNotSwitchProtocols(status))`, fastwebsockets' `InvalidStatusCode(status)`,
    /// reqwest-websocket's `Handshake(UnexpectedStatusCode(status))`. It is `None` for a
    /// handshake that failed otherwise (a missing header, a wrong accept key, a TLS failure),
    /// and in browsers, which hide the reason from the page: a `close` event before `open`,
    /// not clean.
    Handshake {
        /// The HTTP status the server answered with, when the stack gives it.
        status: Option<u16>,
    },
    /// This side started the close: [`Closed::code`] and [`Closed::reason`] are the ones it
    /// sent. `confirmed` is true when the peer's Close frame came back (the closing handshake
    /// completed; the peer usually echoes the code, RFC 6455 §5.5.1), false when the
    /// connection ended before it did. Only [`Closing`](crate::Closing) reports it: a stack's
    /// `closed` function alone cannot tell a peer's reply from a peer's own close.
    Us {
        /// Whether the peer answered with a Close frame of its own.
        confirmed: bool,
    },
}

impl Closed {
    /// A `Closed` from its parts, for an application that learns of a close some other way,
    /// and for tests.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Closed, ClosedBy};
    ///
    /// let closed = Closed::new(CloseCode::ABNORMAL_CLOSURE, ClosedBy::Handshake { status: Some(401) }, "");
    /// assert_eq!(closed.to_string(), "1006 Upgrade refused: 401 Unauthorized (failure http-401)");
    /// let teapot = Closed::new(CloseCode::ABNORMAL_CLOSURE, ClosedBy::Handshake { status: Some(418) }, "");
    /// assert_eq!(teapot.to_string(), "1006 Abnormal Closure (the opening handshake failed: HTTP 418)");
    /// ```
    pub fn new(code: CloseCode, by: ClosedBy, reason: impl Into<String>) -> Closed {
        let failure = match by {
            ClosedBy::Handshake {
                status: Some(status),
            } => Failure::http(status),
            _ => None,
        };
        Closed {
            code,
            by,
            reason: reason.into(),
            failure,
            retry_after: None,
        }
    }

    /// A connection that failed as `failure` describes, before or without a Close frame: 1006,
    /// by the handshake for a refused upgrade, dropped otherwise.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Closed, Failure, RetryClass};
    ///
    /// let closed = Closed::failed(Failure::find("tls-expired").unwrap());
    /// assert_eq!(closed.retry(), RetryClass::FixFirst);
    /// ```
    pub fn failed(failure: &'static Failure) -> Closed {
        let by = match failure.http_status() {
            Some(status) => ClosedBy::Handshake {
                status: Some(status),
            },
            None => ClosedBy::Dropped,
        };
        let mut closed = Closed::new(CloseCode::ABNORMAL_CLOSURE, by, "");
        closed.failure = Some(failure);
        closed
    }

    /// The same close, with the wait the server asked for (`Retry-After`).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use closecode::{Closed, Failure};
    ///
    /// let limited = Closed::failed(Failure::http(429).unwrap()).with_retry_after(Duration::from_secs(7));
    /// assert_eq!(limited.retry_after, Some(Duration::from_secs(7)));
    /// ```
    pub fn with_retry_after(mut self, wait: Duration) -> Closed {
        self.retry_after = Some(wait);
        self
    }

    /// What a Close frame's payload says, checked as an endpoint must check it
    /// ([`frame::decode`]): the peer's code and reason, 1005 for an empty payload, and for a
    /// payload no endpoint may accept the code to fail the connection with
    /// ([`FrameError::fail_with`](frame::FrameError::fail_with)), as [`ClosedBy::Library`]
    /// with the problem as the reason. For stacks that hand over raw frames (fastwebsockets).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Closed, ClosedBy};
    ///
    /// assert_eq!(Closed::from_payload(b"\x03\xe9bye").reason, "bye");
    /// assert_eq!(Closed::from_payload(&[]).code, CloseCode::NO_STATUS_RCVD);
    /// let bad = Closed::from_payload(b"\x03\xe8\xff"); // a reason that is not UTF-8
    /// assert_eq!((bad.code, bad.by), (CloseCode::INVALID_FRAME_PAYLOAD_DATA, ClosedBy::Library));
    /// ```
    pub fn from_payload(payload: &[u8]) -> Closed {
        match frame::decode(payload) {
            Ok(ClosePayload::Empty) => Closed::without_code(),
            Ok(ClosePayload::Status { code, reason }) => Closed::peer(code, reason),
            Err(err) => Closed::library(err.fail_with(), &err.to_string()),
        }
    }

    /// A Close frame with a code, from the peer.
    pub(crate) fn peer(code: impl Into<CloseCode>, reason: &str) -> Closed {
        Closed::new(code.into(), ClosedBy::Peer, reason)
    }

    /// A Close frame without a code: 1005.
    pub(crate) fn without_code() -> Closed {
        Closed::new(CloseCode::NO_STATUS_RCVD, ClosedBy::PeerWithoutCode, "")
    }

    /// No Close frame at all: 1006.
    pub(crate) fn dropped() -> Closed {
        Closed::new(CloseCode::ABNORMAL_CLOSURE, ClosedBy::Dropped, "")
    }

    /// A close the application's own library raised, with its text.
    pub(crate) fn library(code: impl Into<CloseCode>, text: &str) -> Closed {
        Closed::new(code.into(), ClosedBy::Library, text)
    }

    /// A handshake that failed, with the HTTP status when there was an answer.
    #[allow(dead_code)] // the stack modules use it, each behind its feature
    pub(crate) fn handshake(status: Option<u16>) -> Closed {
        Closed::new(
            CloseCode::ABNORMAL_CLOSURE,
            ClosedBy::Handshake { status },
            "",
        )
    }

    /// What the close means in `locale`: the failure's texts when the stack named the failure
    /// ([`Closed::failure`]: a refused upgrade, a refused TCP connection), else the code's
    /// ([`CloseCode::describe`]). Use [`Closed::describe_with`] when the peer speaks a profile.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "ko")] {
    /// use closecode::{Closed, Failure, Locale};
    ///
    /// let closed = Closed::from_payload(b"\x03\xe9");
    /// assert_eq!(closed.describe(Locale::KO).name().plain(), Some("엔드포인트 이탈"));
    ///
    /// // A refused upgrade has its own words, not 1006's "the connection was lost".
    /// let busy = Closed::failed(Failure::http(429).unwrap());
    /// assert_eq!(busy.describe(Locale::EN).user().plain(), Failure::http(429).map(|f| f.texts(Locale::EN).user()));
    /// # }
    /// ```
    pub fn describe(&self, locale: Locale) -> CloseTexts<'static> {
        match self.failure {
            Some(failure) => CloseTexts::of_failure(failure, failure.texts(locale)),
            None => CloseTexts::of_code(self.code.describe(locale)),
        }
    }

    /// What the close means in `locale` under `profile`: the failure's texts when the stack
    /// named one, else the profile's entry for a code the peer sent (as [`Closed::retry_with`]
    /// looks it up), else the code's.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Closed, Locale, Profile};
    ///
    /// let discord = Profile::find("discord-gateway").unwrap();
    /// let closed = Closed::from(CloseCode::new(4004));
    /// assert_eq!(closed.describe_with(discord, Locale::EN).name().plain(), Some("Authentication failed"));
    /// assert_eq!(closed.describe(Locale::EN).name().plain(), Some("Private-use code"));
    /// ```
    pub fn describe_with<'a>(&self, profile: &'a Profile, locale: Locale) -> CloseTexts<'a> {
        match (self.failure, self.profile_entry(profile)) {
            (None, Some(entry)) => CloseTexts::of_entry(entry, entry.texts(locale)),
            _ => self.describe(locale),
        }
    }

    /// The entry of `profile` that decides this close: one for a code the peer sent.
    fn profile_entry<'a>(&self, profile: &'a Profile) -> Option<&'a ProfileEntry> {
        match self.by {
            ClosedBy::Peer => profile.entry(self.code),
            _ => None,
        }
    }

    /// The close in English for logs, as [`Display`](fmt::Display) writes it, with the code
    /// named as `profile` names it and the profile's id beside the name.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Closed, ClosedBy, Profile};
    ///
    /// let graphql = Profile::find("graphql-ws").unwrap();
    /// let closed = Closed::new(CloseCode::new(4403), ClosedBy::Peer, "no access");
    /// assert_eq!(closed.display_with(graphql).to_string(), "4403 Forbidden (graphql-ws): \"no access\"");
    /// assert_eq!(closed.to_string(), "4403 Private-use code: \"no access\"");
    /// ```
    pub fn display_with<'a>(&'a self, profile: &'a Profile) -> impl fmt::Display + 'a {
        WithProfile {
            closed: self,
            profile,
        }
    }

    /// Writes the log line, with `profile`'s name for the code when it has one.
    fn write_line(&self, profile: Option<&Profile>, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let entry = match (self.failure, profile) {
            (None, Some(profile)) => self.profile_entry(profile).map(|e| (profile, e)),
            _ => None,
        };
        write!(f, "{} ", self.code)?;
        match (entry, self.failure) {
            (Some((profile, entry)), _) => write!(
                f,
                "{} ({})",
                entry.texts(Locale::EN).name(),
                profile.layer_of(entry).id()
            )?,
            (None, Some(failure)) => {
                write!(
                    f,
                    "{} (failure {})",
                    failure.texts(Locale::EN).name(),
                    failure.id()
                )?;
            }
            (None, None) => write!(f, "{}", self.code.describe(Locale::EN).name())?,
        }
        match (self.by, self.failure) {
            (_, Some(_)) | (ClosedBy::Peer | ClosedBy::PeerWithoutCode, None) => {}
            (ClosedBy::Dropped, None) => {
                f.write_str(" (the connection dropped without a Close frame)")?;
            }
            (ClosedBy::Library, None) => {
                f.write_str(" (raised by the WebSocket library itself)")?
            }
            (ClosedBy::Handshake { status: None }, None) => {
                f.write_str(" (the opening handshake failed)")?;
            }
            (
                ClosedBy::Handshake {
                    status: Some(status),
                },
                None,
            ) => write!(f, " (the opening handshake failed: HTTP {status})")?,
            (ClosedBy::Us { confirmed: true }, None) => {
                f.write_str(" (closed by this side; the peer confirmed)")?;
            }
            (ClosedBy::Us { confirmed: false }, None) => {
                f.write_str(" (closed by this side; the peer did not confirm)")?;
            }
        }
        if !self.reason.is_empty() {
            write!(f, ": \"{}\"", Untrusted(&self.reason))?;
        }
        Ok(())
    }

    /// Whether and how to reconnect: the failure's answer when the stack told which failure it
    /// was ([`Failure::retry`], `data/failures.toml`), else the code's
    /// [`retry`](CloseCode::retry) answer, except after a failed handshake with an HTTP status
    /// closecode has no failure for, where the status decides, because the code (1006) says
    /// nothing about it: 401, 403 and 407 need new credentials, 408, 429 and the
    /// 5xx statuses back off, any other status fails again until something is fixed. A failed
    /// handshake without a status backs off, as a dropped connection does.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Closed, ClosedBy, RetryClass};
    ///
    /// let refused = |status| Closed::new(CloseCode::ABNORMAL_CLOSURE, ClosedBy::Handshake { status }, "");
    /// assert_eq!(refused(Some(401)).retry(), RetryClass::Credentials);
    /// assert_eq!(refused(Some(503)).retry(), RetryClass::Backoff);
    /// assert_eq!(refused(Some(404)).retry(), RetryClass::FixFirst);
    /// assert_eq!(refused(None).retry(), RetryClass::Backoff);
    /// assert_eq!(Closed::from_payload(b"\x03\xe8").retry(), RetryClass::Done);
    /// ```
    pub fn retry(&self) -> RetryClass {
        if let Some(failure) = self.failure {
            return failure.retry();
        }
        match self.by {
            ClosedBy::Handshake {
                status: Some(status),
            } => match status {
                401 | 403 | 407 => RetryClass::Credentials,
                408 | 429 | 500..=599 => RetryClass::Backoff,
                _ => RetryClass::FixFirst,
            },
            _ => self.code.retry(),
        }
    }
}

impl Closed {
    /// The reconnect answer under `profile`: a code the peer sent is looked up in the profile's
    /// layers first ([`Profile::retry`]); everything else answers as [`Closed::retry`] does.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Closed, Profile, RetryClass};
    ///
    /// let graphql = Profile::find("graphql-ws").unwrap();
    /// let closed = Closed::from(CloseCode::new(4401));
    /// assert_eq!(closed.retry(), RetryClass::AppDefined);
    /// assert_eq!(closed.retry_with(graphql), RetryClass::FixFirst);
    /// ```
    pub fn retry_with(&self, profile: &Profile) -> RetryClass {
        match self.profile_entry(profile) {
            Some(entry) => entry.retry(),
            None => self.retry(),
        }
    }
}

/// A close as a code alone: 1005 as a close without a code, 1006 as a dropped connection, any
/// other number as the peer's code, with no reason.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Closed, ClosedBy};
///
/// assert_eq!(Closed::from(CloseCode::ABNORMAL_CLOSURE).by, ClosedBy::Dropped);
/// assert_eq!(Closed::from(CloseCode::GOING_AWAY).by, ClosedBy::Peer);
/// ```
impl From<CloseCode> for Closed {
    fn from(code: CloseCode) -> Closed {
        match code {
            CloseCode::NO_STATUS_RCVD => Closed::without_code(),
            CloseCode::ABNORMAL_CLOSURE => Closed::dropped(),
            _ => Closed::peer(code, ""),
        }
    }
}

/// In English, for logs: the code, its name (the failure's, when the stack named the failure),
/// who ended the connection when it was not the peer, and the reason, escaped
/// ([`Untrusted`](crate::Untrusted)). [`Closed::display_with`] names the code
/// as a profile does; use [`Closed::describe`] for other languages.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Closed, ClosedBy, Failure};
///
/// let dropped = Closed::from(CloseCode::ABNORMAL_CLOSURE);
/// assert_eq!(dropped.to_string(), "1006 Abnormal Closure (the connection dropped without a Close frame)");
/// let busy = Closed::new(CloseCode::ABNORMAL_CLOSURE, ClosedBy::Handshake { status: Some(429) }, "");
/// assert_eq!(busy.to_string(), "1006 Upgrade refused: 429 Too Many Requests (failure http-429)");
/// ```
impl fmt::Display for Closed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_line(None, f)
    }
}

/// A short id for logs: `peer`, `peer-without-code`, `dropped`, `library`, `handshake`, or
/// `handshake (HTTP 401)` with the status, `us (confirmed)` or `us (unconfirmed)`.
///
/// # Examples
///
/// ```
/// use closecode::ClosedBy;
///
/// assert_eq!(ClosedBy::PeerWithoutCode.to_string(), "peer-without-code");
/// assert_eq!(ClosedBy::Handshake { status: Some(401) }.to_string(), "handshake (HTTP 401)");
/// ```
impl fmt::Display for ClosedBy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClosedBy::Peer => f.write_str("peer"),
            ClosedBy::PeerWithoutCode => f.write_str("peer-without-code"),
            ClosedBy::Dropped => f.write_str("dropped"),
            ClosedBy::Library => f.write_str("library"),
            ClosedBy::Handshake { status: None } => f.write_str("handshake"),
            ClosedBy::Handshake {
                status: Some(status),
            } => write!(f, "handshake (HTTP {status})"),
            ClosedBy::Us { confirmed: true } => f.write_str("us (confirmed)"),
            ClosedBy::Us { confirmed: false } => f.write_str("us (unconfirmed)"),
        }
    }
}

/// [`Closed::display_with`].
struct WithProfile<'a> {
    closed: &'a Closed,
    profile: &'a Profile,
}

impl fmt::Display for WithProfile<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.closed.write_line(Some(self.profile), f)
    }
}

/// The close a stack sends for `code` and `reason`, once checked: `None` for 1005, which only
/// an empty Close frame can say; otherwise the code and the reason cut at a character boundary
/// to fit the 123 bytes a Close frame leaves for it. Every stack module's close builder starts
/// here, so all of them refuse the same codes.
#[allow(dead_code)] // the stack modules use it, each behind its feature
pub(crate) fn outgoing(
    code: CloseCode,
    reason: &str,
) -> Result<Option<(CloseCode, &str)>, EncodeError> {
    checked(code, reason, code.is_sendable())
}

/// [`outgoing`] with the caller's rule for which codes may be sent (browsers allow fewer).
#[allow(dead_code)] // the stack modules use it, each behind its feature
pub(crate) fn checked(
    code: CloseCode,
    reason: &str,
    sendable: bool,
) -> Result<Option<(CloseCode, &str)>, EncodeError> {
    if code == CloseCode::NO_STATUS_RCVD {
        Ok(None)
    } else if sendable {
        Ok(Some((
            code,
            frame::truncate_reason(reason, frame::MAX_REASON),
        )))
    } else {
        Err(EncodeError::CodeNotSendable { code })
    }
}

/// `From` both ways between [`CloseCode`] and a stack's close-code type that converts to and
/// from `u16`, keeping the number whatever variant the stack files it under. `$note` says what
/// the stack does with the awkward numbers.
#[allow(unused_macros)] // the stack modules use it, each behind its feature
macro_rules! number_conversions {
    ($theirs:ty, $note:literal) => {
        impl From<$theirs> for $crate::CloseCode {
            /// The number, whatever variant the stack chose for it.
            fn from(code: $theirs) -> $crate::CloseCode {
                $crate::CloseCode::new(code.into())
            }
        }

        impl From<$crate::CloseCode> for $theirs {
            #[doc = concat!("The stack's variant for the number: ", $note)]
            fn from(code: $crate::CloseCode) -> $theirs {
                <$theirs>::from(code.get())
            }
        }
    };
}
#[allow(unused_imports)] // the stack modules use it, each behind its feature
pub(crate) use number_conversions;

/// The fields of a [`Closed`] as serde writes and reads them: the failure as its id, the wait
/// the server asked for in milliseconds.
#[cfg(feature = "serde")]
#[derive(serde::Serialize, serde::Deserialize)]
struct ClosedFields<'a> {
    code: CloseCode,
    by: ClosedBy,
    #[serde(default)]
    reason: std::borrow::Cow<'a, str>,
    #[serde(default)]
    failure: Option<std::borrow::Cow<'a, str>>,
    #[serde(default)]
    retry_after_ms: Option<u64>,
}

/// `{"code": 1006, "by": {"handshake": {"status": 429}}, "reason": "", "failure": "http-429",
/// "retry_after_ms": 7000}`: the failure as its id, the server's wait in milliseconds.
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use std::time::Duration;
/// use closecode::{Closed, Failure};
///
/// let limited = Closed::failed(Failure::http(429).unwrap()).with_retry_after(Duration::from_secs(7));
/// let json = serde_json::to_string(&limited).unwrap();
/// assert_eq!(json, r#"{"code":1006,"by":{"handshake":{"status":429}},"reason":"","failure":"http-429","retry_after_ms":7000}"#);
/// assert_eq!(serde_json::from_str::<Closed>(&json).unwrap(), limited);
/// # }
/// ```
#[cfg(feature = "serde")]
impl serde::Serialize for Closed {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        ClosedFields {
            code: self.code,
            by: self.by,
            reason: std::borrow::Cow::Borrowed(&self.reason),
            failure: self.failure.map(|f| std::borrow::Cow::Borrowed(f.id())),
            retry_after_ms: self
                .retry_after
                .map(|wait| u64::try_from(wait.as_millis()).unwrap_or(u64::MAX)),
        }
        .serialize(serializer)
    }
}

/// As [`Closed`]'s `Serialize` writes it; `reason`, `failure` and `retry_after_ms` may be left
/// out. An unknown failure id is an error.
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Closed {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Closed, D::Error> {
        use serde::de::Error as _;
        let fields = ClosedFields::deserialize(deserializer)?;
        let failure = match fields.failure {
            Some(id) => Some(
                Failure::find(&id)
                    .ok_or_else(|| D::Error::custom(format!("no failure has the id `{id}`")))?,
            ),
            None => None,
        };
        Ok(Closed {
            code: fields.code,
            by: fields.by,
            reason: fields.reason.into_owned(),
            failure,
            retry_after: fields.retry_after_ms.map(Duration::from_millis),
        })
    }
}
