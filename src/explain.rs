//! What a log line says about how a WebSocket connection ended: the close code or the
//! connection failure it reports, who decided it, the reason, and which library's format it is.
//!
//! Every pattern is written from the library's own format string, cited next to it (one module
//! per stack under `src/explain/`). A line is first checked against a handful of anchor strings
//! (one multi-pattern search), so a log in which few lines match is scanned at the speed of
//! that search; only lines with an anchor go through the per-stack matchers. Numbers are read
//! only where a format puts a code or a status, so ports, durations and HTTP statuses outside a
//! handshake are never taken for close codes.
//!
//! # Examples
//!
//! ```
//! use closecode::explain::{self, LoggedFailure, Reported, Stack, Who};
//! use closecode::CloseCode;
//!
//! let found = explain::line("websocket: close 1006 (abnormal closure): unexpected EOF").unwrap();
//! assert_eq!(found.reported, Reported::Code(CloseCode::ABNORMAL_CLOSURE));
//! assert_eq!(found.who, Who::Local);
//! assert_eq!(found.reason, Some("unexpected EOF"));
//! assert_eq!(found.stack, Some(Stack::Gorilla));
//!
//! let refused = explain::line("server rejected WebSocket connection: HTTP 401").unwrap();
//! assert_eq!(refused.reported, Reported::Failure(LoggedFailure::Http(401)));
//! assert_eq!(refused.reported.id(), "http-401");
//!
//! assert!(explain::line("listening on port 1006").is_none());
//! ```

use std::borrow::Cow;
use std::fmt;
use std::io::{self, BufRead};
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use crate::{CloseCode, Label, Locale, RetryClass};

mod action_cable;
mod browsers;
mod coder;
mod context;
mod cursor;
mod deno;
mod dotnet;
mod failures;
mod gorilla;
mod jakarta;
mod java_websocket;
mod jetty;
mod ktor;
mod names;
mod netty;
mod nginx;
mod node_ws;
mod okhttp;
mod prefix;
mod profiles;
mod python;
mod signalr;
mod socket_io;
mod spring;
mod starscream;
mod tungstenite;
mod undici;
mod websocket_client;

/// What a recognized line reports: a close code, or a failure that ended the connection
/// before or without a Close frame.
///
/// # Examples
///
/// ```
/// use closecode::CloseCode;
/// use closecode::explain::{self, LoggedFailure, Reported};
///
/// let closed = explain::line("websocket: close 1001 (going away)").unwrap();
/// assert_eq!(closed.reported, Reported::Code(CloseCode::GOING_AWAY));
/// let refused = explain::line("Error: Unexpected server response: 503").unwrap();
/// assert_eq!(refused.reported, Reported::Failure(LoggedFailure::Http(503)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reported {
    /// A close code: sent or received in a Close frame, or the code a library reports for a
    /// connection that ended without one (1005, 1006).
    Code(CloseCode),
    /// A connection failure: a refused upgrade, TLS, DNS, a refused or reset connection, a
    /// timeout.
    Failure(LoggedFailure),
}

impl Reported {
    /// The id: the code's number (`"1006"`) or the failure's id (`"http-401"`).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::explain::{LoggedFailure, Reported};
    ///
    /// assert_eq!(Reported::Code(1001.into()).id(), "1001");
    /// assert_eq!(Reported::Failure(LoggedFailure::Dns).id(), "dns");
    /// ```
    pub fn id(&self) -> Cow<'static, str> {
        match self {
            Reported::Code(code) => Cow::Owned(code.to_string()),
            Reported::Failure(failure) => failure.id(),
        }
    }

    /// The close code an application sees: the code itself, or 1006 for a failure (browsers
    /// report every failure as 1006, RFC 6455 §7.1.5).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::CloseCode;
    /// use closecode::explain::{LoggedFailure, Reported};
    ///
    /// assert_eq!(Reported::Code(CloseCode::GOING_AWAY).code(), CloseCode::GOING_AWAY);
    /// assert_eq!(Reported::Failure(LoggedFailure::Dns).code(), CloseCode::ABNORMAL_CLOSURE);
    /// ```
    pub fn code(&self) -> CloseCode {
        match self {
            Reported::Code(code) => *code,
            Reported::Failure(_) => CloseCode::ABNORMAL_CLOSURE,
        }
    }

    /// Whether and how to reconnect: the code's answer, or the failure's
    /// ([`LoggedFailure::retry`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, RetryClass};
    /// use closecode::explain::{LoggedFailure, Reported};
    ///
    /// assert_eq!(Reported::Code(CloseCode::SERVICE_RESTART).retry(), RetryClass::RandomizedDelay);
    /// // Not 1006's answer: a refused login needs new credentials, not a retry.
    /// assert_eq!(Reported::Failure(LoggedFailure::Http(401)).retry(), RetryClass::Credentials);
    /// ```
    pub fn retry(&self) -> RetryClass {
        match self {
            Reported::Code(code) => code.retry(),
            Reported::Failure(failure) => failure.retry(),
        }
    }
}

/// The id, as [`Reported::id`] gives it.
///
/// # Examples
///
/// ```
/// use closecode::explain::{LoggedFailure, Reported};
///
/// assert_eq!(Reported::Failure(LoggedFailure::Http(401)).to_string(), "http-401");
/// ```
impl fmt::Display for Reported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reported::Code(code) => code.fmt(f),
            Reported::Failure(failure) => failure.fmt(f),
        }
    }
}

/// A connection failure as a log line reports it, sometimes with less detail than the failure
/// table has (a handshake or TLS failure the line does not explain): the table's row, when
/// there is one, is [`LoggedFailure::entry`]. Each variant has one id
/// ([`LoggedFailure::id`]), the id the failure table (`data/failures.toml`) uses, and
/// [`LoggedFailure::from_id`] reads it back.
///
/// # Examples
///
/// ```
/// use closecode::explain::{LoggedFailure, Timeout, Tls};
///
/// for failure in [LoggedFailure::Http(429), LoggedFailure::Tls(Tls::Expired), LoggedFailure::Timeout(Timeout::Idle)] {
///     assert_eq!(LoggedFailure::from_id(&failure.id()), Some(failure));
/// }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LoggedFailure {
    /// The server answered the opening handshake with this HTTP status instead of 101
    /// (`http-401`, `http-503`).
    Http(u16),
    /// The opening handshake failed and the line does not say why (`handshake`): a browser
    /// hides the cause, a library reports a bad handshake without its status.
    Handshake,
    /// TLS failed (`tls-...`).
    Tls(Tls),
    /// The host name did not resolve (`dns`).
    Dns,
    /// The server refused the TCP connection (`refused`).
    Refused,
    /// The connection was reset (`reset`).
    Reset,
    /// A timeout (`timeout-connect`, `timeout-idle`, `timeout`).
    Timeout(Timeout),
}

/// What went wrong with TLS.
///
/// # Examples
///
/// ```
/// use closecode::RetryClass;
/// use closecode::explain::{self, LoggedFailure, Reported, Tls};
///
/// let line = "WebSocket connection to 'wss://example.com/' failed: Error in connection establishment: net::ERR_CERT_DATE_INVALID";
/// let found = explain::line(line).unwrap();
/// assert_eq!(found.reported, Reported::Failure(LoggedFailure::Tls(Tls::Expired)));
/// assert_eq!(found.reported.id(), "tls-expired");
/// // Reconnecting does not renew a certificate.
/// assert_eq!(found.reported.retry(), RetryClass::FixFirst);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Tls {
    /// The certificate was refused, the line does not say why (`tls-certificate`).
    Certificate,
    /// The certificate has expired or is not yet valid (`tls-expired`).
    Expired,
    /// The certificate's issuer is not trusted (`tls-untrusted`).
    Untrusted,
    /// The certificate is for another host name (`tls-hostname`).
    Hostname,
    /// No TLS version or cipher both sides accept (`tls-protocol`).
    Protocol,
    /// Another TLS failure (`tls`).
    Other,
}

/// Which timeout expired.
///
/// # Examples
///
/// ```
/// use closecode::explain::{self, LoggedFailure, Reported, Timeout};
///
/// let line = "WebSocket connection to 'wss://example.com/' failed: WebSocket opening handshake timed out";
/// let found = explain::line(line).unwrap();
/// assert_eq!(found.reported, Reported::Failure(LoggedFailure::Timeout(Timeout::Connect)));
/// assert_eq!(LoggedFailure::Timeout(Timeout::Idle).id(), "timeout-idle");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Timeout {
    /// Opening the connection or the handshake took too long (`timeout-connect`).
    Connect,
    /// An open connection stayed silent too long: no pong, no data (`timeout-idle`).
    Idle,
    /// The line does not say which (`timeout`).
    Unknown,
}

/// The ids of the failures without a number, in [`LoggedFailure::id`] order.
const FAILURE_IDS: [(&str, LoggedFailure); 13] = [
    ("handshake", LoggedFailure::Handshake),
    ("tls-certificate", LoggedFailure::Tls(Tls::Certificate)),
    ("tls-expired", LoggedFailure::Tls(Tls::Expired)),
    ("tls-untrusted", LoggedFailure::Tls(Tls::Untrusted)),
    ("tls-hostname", LoggedFailure::Tls(Tls::Hostname)),
    ("tls-protocol", LoggedFailure::Tls(Tls::Protocol)),
    ("tls", LoggedFailure::Tls(Tls::Other)),
    ("dns", LoggedFailure::Dns),
    ("refused", LoggedFailure::Refused),
    ("reset", LoggedFailure::Reset),
    ("timeout-connect", LoggedFailure::Timeout(Timeout::Connect)),
    ("timeout-idle", LoggedFailure::Timeout(Timeout::Idle)),
    ("timeout", LoggedFailure::Timeout(Timeout::Unknown)),
];

impl LoggedFailure {
    /// The failure's id: `http-<status>` for a refused upgrade, else a word that cannot be
    /// mistaken for a number (`tls-expired`, `dns`, `refused`, `reset`, `timeout-idle`).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::explain::LoggedFailure;
    ///
    /// assert_eq!(LoggedFailure::Http(401).id(), "http-401");
    /// assert_eq!(LoggedFailure::Refused.id(), "refused");
    /// ```
    pub fn id(&self) -> Cow<'static, str> {
        match self {
            LoggedFailure::Http(status) => Cow::Owned(format!("http-{status}")),
            other => Cow::Borrowed(
                FAILURE_IDS
                    .iter()
                    .find(|(_, f)| f == other)
                    .map_or("handshake", |(id, _)| id),
            ),
        }
    }

    /// The failure an id names: the inverse of [`LoggedFailure::id`].
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::explain::LoggedFailure;
    ///
    /// assert_eq!(LoggedFailure::from_id("http-429"), Some(LoggedFailure::Http(429)));
    /// assert_eq!(LoggedFailure::from_id("http-42"), None);
    /// assert_eq!(LoggedFailure::from_id("1006"), None);
    /// ```
    pub fn from_id(id: &str) -> Option<LoggedFailure> {
        if let Some(status) = id.strip_prefix("http-") {
            let (status, rest) = cursor::status(status)?;
            return rest.is_empty().then_some(LoggedFailure::Http(status));
        }
        FAILURE_IDS
            .iter()
            .find(|(known, _)| *known == id)
            .map(|(_, failure)| *failure)
    }

    /// The row of `data/failures.toml` this failure is (`http-401`, `tls-expired`, `dns`):
    /// its facts, texts and answer; `None` for what the table does not describe (a status it
    /// has no row for, a handshake or TLS failure or a timeout the line does not say more of).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::explain::{LoggedFailure, Tls};
    ///
    /// assert_eq!(LoggedFailure::Tls(Tls::Expired).entry().map(|f| f.id()), Some("tls-expired"));
    /// assert!(LoggedFailure::Handshake.entry().is_none());
    /// ```
    pub fn entry(&self) -> Option<&'static crate::Failure> {
        crate::Failure::find(&self.id())
    }

    /// Whether and how to reconnect, in the vocabulary of close codes: the answer of the
    /// failure's row ([`LoggedFailure::entry`]) when the table has one, so that a log line and the
    /// table never disagree; otherwise, after a refused upgrade the status decides as in
    /// [`Closed::retry`](crate::Closed::retry) (401, 403 and 407 need new credentials; 408,
    /// 429 and 5xx back off; any other status fails again until fixed); a TLS failure needs
    /// fixing first; a failed handshake and timeouts back off, as a dropped connection (1006)
    /// does.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::RetryClass;
    /// use closecode::explain::{LoggedFailure, Tls};
    ///
    /// assert_eq!(LoggedFailure::Http(401).retry(), RetryClass::Credentials);
    /// assert_eq!(LoggedFailure::Http(503).retry(), RetryClass::Backoff);
    /// assert_eq!(LoggedFailure::Tls(Tls::Expired).retry(), RetryClass::FixFirst);
    /// ```
    pub fn retry(&self) -> RetryClass {
        if let Some(entry) = self.entry() {
            return entry.retry();
        }
        match self {
            LoggedFailure::Http(401 | 403 | 407) => RetryClass::Credentials,
            LoggedFailure::Http(408 | 429 | 500..=599) => RetryClass::Backoff,
            LoggedFailure::Http(_) | LoggedFailure::Tls(_) => RetryClass::FixFirst,
            _ => RetryClass::Backoff,
        }
    }
}

impl LoggedFailure {
    /// What happened, as a phrase in `locale`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Locale;
    /// use closecode::explain::LoggedFailure;
    ///
    /// assert_eq!(LoggedFailure::Http(401).describe(Locale::EN), "The server refused the upgrade with HTTP 401");
    /// # #[cfg(feature = "ko")]
    /// assert_eq!(LoggedFailure::Dns.describe(Locale::KO), "호스트 이름을 찾지 못함(DNS)");
    /// ```
    pub fn describe(&self, locale: Locale) -> String {
        let label = match self {
            LoggedFailure::Http(status) => {
                return Label::explain_failure_http(*status).format(locale);
            }
            LoggedFailure::Handshake => Label::EXPLAIN_FAILURE_HANDSHAKE,
            LoggedFailure::Tls(Tls::Certificate) => Label::EXPLAIN_FAILURE_TLS_CERTIFICATE,
            LoggedFailure::Tls(Tls::Expired) => Label::EXPLAIN_FAILURE_TLS_EXPIRED,
            LoggedFailure::Tls(Tls::Untrusted) => Label::EXPLAIN_FAILURE_TLS_UNTRUSTED,
            LoggedFailure::Tls(Tls::Hostname) => Label::EXPLAIN_FAILURE_TLS_HOSTNAME,
            LoggedFailure::Tls(Tls::Protocol) => Label::EXPLAIN_FAILURE_TLS_PROTOCOL,
            LoggedFailure::Tls(Tls::Other) => Label::EXPLAIN_FAILURE_TLS,
            LoggedFailure::Dns => Label::EXPLAIN_FAILURE_DNS,
            LoggedFailure::Refused => Label::EXPLAIN_FAILURE_REFUSED,
            LoggedFailure::Reset => Label::EXPLAIN_FAILURE_RESET,
            LoggedFailure::Timeout(Timeout::Connect) => Label::EXPLAIN_FAILURE_TIMEOUT_CONNECT,
            LoggedFailure::Timeout(Timeout::Idle) => Label::EXPLAIN_FAILURE_TIMEOUT_IDLE,
            LoggedFailure::Timeout(Timeout::Unknown) => Label::EXPLAIN_FAILURE_TIMEOUT,
        };
        locale.text(label).unwrap_or_default().to_owned()
    }
}

/// The id, as [`LoggedFailure::id`] gives it.
impl fmt::Display for LoggedFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.id())
    }
}

/// Who decided what a line reports.
///
/// # Examples
///
/// ```
/// use closecode::explain::{self, Who};
///
/// // A Close frame the client received: the server chose the code.
/// let received = explain::line("received 1001 (going away); then sent 1001 (going away)").unwrap();
/// assert_eq!(received.who, Who::Peer);
/// // gorilla reports a connection that dropped: nobody sent 1006.
/// let dropped = explain::line("websocket: close 1006 (abnormal closure): unexpected EOF").unwrap();
/// assert_eq!(dropped.who, Who::Local);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Who {
    /// It came from the other side: a Close frame received, the server's HTTP answer.
    Peer,
    /// The side that wrote the log decided it: its library failed the connection, a timeout
    /// expired, the connection dropped or could not be opened.
    Local,
    /// The format does not say (a close status printed on its own).
    Unknown,
}

impl Who {
    /// Who decided, as a phrase in `locale`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Locale;
    /// use closecode::explain::Who;
    ///
    /// assert_eq!(Who::Peer.describe(Locale::EN), "The peer: it came from the other side");
    /// # #[cfg(feature = "ko")]
    /// assert_ne!(Who::Peer.describe(Locale::KO), Who::Peer.describe(Locale::EN));
    /// ```
    pub fn describe(self, locale: Locale) -> &'static str {
        let label = match self {
            Who::Peer => Label::WHO_PEER,
            Who::Local => Label::WHO_LOCAL,
            Who::Unknown => Label::WHO_UNKNOWN,
        };
        locale.text(label).unwrap_or_default()
    }

    /// `peer`, `local` or `unknown`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::explain::Who;
    ///
    /// assert_eq!(Who::Local.id(), "local");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Who::Peer => "peer",
            Who::Local => "local",
            Who::Unknown => "unknown",
        }
    }
}

/// The id, as [`Who::id`] gives it.
impl fmt::Display for Who {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// The library or program whose format a line matched.
///
/// # Examples
///
/// ```
/// use closecode::explain::{self, Stack};
///
/// let found = explain::line("Error: Unexpected server response: 503").unwrap();
/// assert_eq!(found.stack, Some(Stack::NodeWs));
/// assert_eq!(found.reported.id(), "http-503");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Stack {
    /// Python's websockets.
    PythonWebsockets,
    /// Go's gorilla/websocket.
    Gorilla,
    /// Node's ws.
    NodeWs,
    /// Rust's tungstenite (and tokio-tungstenite, which shows its errors).
    Tungstenite,
    /// Chromium's console (Chrome, Edge, Electron).
    Chromium,
    /// Firefox's console.
    Firefox,
    /// ASP.NET Core SignalR's JavaScript client.
    SignalR,
    /// OkHttp (Java, Kotlin, Android).
    OkHttp,
    /// Java-WebSocket (org.java_websocket).
    JavaWebSocket,
    /// .NET's System.Net.WebSockets.
    DotNet,
    /// Spring's WebSocket support (`CloseStatus`).
    Spring,
    /// Eclipse Jetty's WebSocket.
    Jetty,
    /// Node's undici WebSocket (Node's built-in `WebSocket`).
    Undici,
    /// socket.io's disconnect reasons.
    SocketIo,
    /// graphql-ws (the GraphQL over WebSocket protocol).
    GraphqlWs,
    /// Discord's gateway.
    Discord,
    /// nginx's error log, proxying WebSocket upstreams.
    Nginx,
    /// Go's coder/websocket (formerly nhooyr.io/websocket).
    Coder,
    /// Kotlin's Ktor WebSockets (`CloseReason`).
    Ktor,
    /// Netty's WebSocket codec (Java; also under Reactor Netty, Spring WebFlux, Vert.x).
    Netty,
    /// Python's websocket-client.
    WebsocketClient,
    /// Swift's Starscream.
    Starscream,
    /// Jakarta (Java EE) WebSocket's `CloseReason` (Tomcat, Undertow, Tyrus).
    Jakarta,
    /// Rails' Action Cable server.
    ActionCable,
    /// Deno's `WebSocket` (and its standard library's older `ws` module).
    Deno,
}

impl Stack {
    /// A stable id: `python-websockets`, `gorilla`, `node-ws`, ...
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::explain::Stack;
    ///
    /// assert_eq!(Stack::PythonWebsockets.id(), "python-websockets");
    /// ```
    pub fn id(self) -> &'static str {
        self.names().0
    }

    /// The name people search for: `Python websockets`, `gorilla/websocket`, ...
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::explain::Stack;
    ///
    /// assert_eq!(Stack::Gorilla.name(), "gorilla/websocket");
    /// ```
    pub fn name(self) -> &'static str {
        self.names().1
    }

    fn names(self) -> (&'static str, &'static str) {
        match self {
            Stack::PythonWebsockets => ("python-websockets", "Python websockets"),
            Stack::Gorilla => ("gorilla", "gorilla/websocket"),
            Stack::NodeWs => ("node-ws", "ws (Node)"),
            Stack::Tungstenite => ("tungstenite", "tungstenite / tokio-tungstenite"),
            Stack::Chromium => ("chromium", "Chromium"),
            Stack::Firefox => ("firefox", "Firefox"),
            Stack::SignalR => ("signalr", "ASP.NET Core SignalR"),
            Stack::OkHttp => ("okhttp", "OkHttp"),
            Stack::JavaWebSocket => ("java-websocket", "Java-WebSocket"),
            Stack::DotNet => ("dotnet", ".NET System.Net.WebSockets"),
            Stack::Spring => ("spring", "Spring WebSocket"),
            Stack::Jetty => ("jetty", "Jetty WebSocket"),
            Stack::Undici => ("undici", "undici (Node WebSocket)"),
            Stack::SocketIo => ("socket-io", "socket.io"),
            Stack::GraphqlWs => ("graphql-ws", "graphql-ws"),
            Stack::Discord => ("discord", "Discord gateway"),
            Stack::Nginx => ("nginx", "nginx"),
            Stack::Coder => ("coder-websocket", "coder/websocket"),
            Stack::Ktor => ("ktor", "Ktor"),
            Stack::Netty => ("netty", "Netty"),
            Stack::WebsocketClient => ("websocket-client", "websocket-client (Python)"),
            Stack::Starscream => ("starscream", "Starscream"),
            Stack::Jakarta => ("jakarta", "Jakarta WebSocket (Tomcat, Undertow, Tyrus)"),
            Stack::ActionCable => ("action-cable", "Action Cable (Rails)"),
            Stack::Deno => ("deno", "Deno"),
        }
    }
}

/// The id, as [`Stack::id`] gives it.
///
/// # Examples
///
/// ```
/// use closecode::explain::Stack;
///
/// assert_eq!(Stack::NodeWs.to_string(), "node-ws");
/// ```
impl fmt::Display for Stack {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// A hint, from a line's format or reason, of the protocol whose own codes (4000-4999) the
/// line's code belongs to; [`ProfileHint::profile`] is that protocol's shipped profile.
///
/// # Examples
///
/// ```
/// use closecode::CloseCode;
/// use closecode::explain::{self, ProfileHint, Stack};
///
/// // gorilla's format, Discord's reason: the code is Discord's 4004.
/// let found = explain::line("websocket: close 4004: Authentication failed.").unwrap();
/// assert_eq!((found.stack, found.profile), (Some(Stack::Gorilla), Some(ProfileHint::Discord)));
/// let entry = found.profile.and_then(|hint| hint.profile()).and_then(|p| p.entry(CloseCode::new(4004)));
/// assert_eq!(entry.and_then(|e| e.name()), Some("Authentication failed"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProfileHint {
    /// graphql-ws's close codes (`CloseCode` in its `src/common.ts`).
    GraphqlWs,
    /// Discord's gateway close codes.
    Discord,
}

impl ProfileHint {
    /// `graphql-ws` or `discord`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Profile;
    /// use closecode::explain::ProfileHint;
    ///
    /// assert_eq!(ProfileHint::GraphqlWs.id(), "graphql-ws");
    /// // Each id finds its shipped profile.
    /// assert_eq!(Profile::find(ProfileHint::Discord.id()).map(|p| p.id()), Some("discord-gateway"));
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            ProfileHint::GraphqlWs => "graphql-ws",
            ProfileHint::Discord => "discord",
        }
    }

    /// The shipped profile (`data/profiles/`) with its codes' names, answers and texts.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::explain::ProfileHint;
    ///
    /// assert_eq!(ProfileHint::Discord.profile().map(|p| p.id()), Some("discord-gateway"));
    /// ```
    pub fn profile(self) -> Option<&'static crate::Profile> {
        crate::Profile::find(self.id())
    }
}

/// The id, as [`ProfileHint::id`] gives it.
impl fmt::Display for ProfileHint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// A recognized line. With the `serde` feature it serializes with each enum as its id
/// (`"reported": "http-401"`, `"who": "peer"`, `"stack": "node-ws"`).
///
/// # Examples
///
/// ```
/// use closecode::CloseCode;
/// use closecode::explain::{self, Stack};
///
/// let found = explain::line("websocket: close 1008 (policy violation): token expired").unwrap();
/// assert_eq!(found.line, "websocket: close 1008 (policy violation): token expired");
/// assert_eq!(found.reported.code(), CloseCode::POLICY_VIOLATION);
/// assert_eq!(found.reason, Some("token expired"));
/// assert_eq!(found.stack, Some(Stack::Gorilla));
/// assert_eq!(found.profile, None);
///
/// # #[cfg(feature = "serde")] {
/// let found = closecode::explain::line("websocket: close 1001 (going away): deploy").unwrap();
/// let json = serde_json::to_value(&found).unwrap();
/// assert_eq!(json["reported"], "1001");
/// assert_eq!(json["stack"], "gorilla");
/// assert_eq!(json["reason"], "deploy");
/// # }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Explained<'a> {
    /// The line as matched (without its line end). It comes from a log: print it through
    /// [`Untrusted`](crate::Untrusted).
    pub line: &'a str,
    /// The code or failure it reports.
    pub reported: Reported,
    /// Who decided it.
    pub who: Who,
    /// The close reason or the library's text, when the line has one.
    pub reason: Option<&'a str>,
    /// Whose format matched; `None` when only a generic pattern did (a code next to
    /// "close code", an OS or TLS error that any stack prints).
    pub stack: Option<Stack>,
    /// The protocol the code belongs to, for graphql-ws's and Discord's own codes.
    pub profile: Option<ProfileHint>,
    /// How the line was read: by a stack's exact format, or from the words around a code.
    pub confidence: Confidence,
    /// The code the line says arrived in a Close frame, when it says so: for a code the
    /// library refused ("websocket: bad close code 1014"), the code the peer sent, while
    /// [`Explained::reported`] is the code the library failed the connection with.
    pub received: Option<CloseCode>,
    /// The code the line says this side sent in its Close frame, when it says so.
    pub sent: Option<CloseCode>,
}

/// How a line was read.
///
/// # Examples
///
/// ```
/// use closecode::explain::{self, Confidence};
///
/// let exact = explain::line("websocket: close 1001 (going away)").unwrap();
/// assert_eq!(exact.confidence, Confidence::Format);
/// let read = explain::line("WebSocket closed, close code: 4001").unwrap();
/// assert_eq!((read.confidence, read.stack), (Confidence::Context, None));
/// assert_eq!(Confidence::Context.id(), "context");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Confidence {
    /// A stack's exact format string, or an error string of the OS or a TLS stack, matched.
    Format,
    /// A code was read from the words around it ("close code 4001", "closed with 1006",
    /// `CloseCode.GOING_AWAY`): the line's format is not known.
    Context,
}

impl Confidence {
    /// `format` or `context`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::explain::Confidence;
    ///
    /// assert_eq!(Confidence::Format.id(), "format");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Confidence::Format => "format",
            Confidence::Context => "context",
        }
    }
}

/// The id, as [`Confidence::id`] gives it.
impl fmt::Display for Confidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// What a stack's matcher found; the dispatcher adds the line, the stack and the profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Found<'a> {
    reported: Reported,
    who: Who,
    reason: Option<&'a str>,
    /// The code the line says arrived in a Close frame, when it says so.
    received: Option<u16>,
    /// The code the line says this side sent, when it says so.
    sent: Option<u16>,
}

impl<'a> Found<'a> {
    fn code(code: u16, who: Who, reason: Option<&'a str>) -> Found<'a> {
        Found {
            reported: Reported::Code(CloseCode::new(code)),
            who,
            reason: reason.and_then(cursor::non_empty),
            received: None,
            sent: None,
        }
    }

    /// The same, with the codes the line says were received and sent.
    fn exchanged(mut self, received: Option<u16>, sent: Option<u16>) -> Found<'a> {
        self.received = received;
        self.sent = sent;
        self
    }

    /// The server refused the upgrade with `status`.
    fn http(status: u16) -> Found<'a> {
        Found::failure(LoggedFailure::Http(status), Who::Peer, None)
    }

    /// A timeout of this side's.
    fn timeout(kind: Timeout) -> Found<'a> {
        Found::failure(LoggedFailure::Timeout(kind), Who::Local, None)
    }

    fn failure(failure: LoggedFailure, who: Who, reason: Option<&'a str>) -> Found<'a> {
        Found {
            reported: Reported::Failure(failure),
            who,
            reason: reason.and_then(cursor::non_empty),
            received: None,
            sent: None,
        }
    }
}

/// A stack's matcher: the anchors a line must contain for it to match (the prefilter), and the
/// matcher itself.
type Matcher = (Stack, fn(&str) -> Option<Found<'_>>);

/// The matchers, most specific first: the first that recognizes a line wins.
const MATCHERS: [Matcher; 25] = [
    (Stack::PythonWebsockets, python::explain),
    (Stack::Gorilla, gorilla::explain),
    (Stack::Coder, coder::explain),
    (Stack::Ktor, ktor::explain),
    (Stack::Netty, netty::explain),
    (Stack::WebsocketClient, websocket_client::explain),
    (Stack::Starscream, starscream::explain),
    (Stack::Jakarta, jakarta::explain),
    (Stack::ActionCable, action_cable::explain),
    (Stack::Deno, deno::explain),
    (Stack::NodeWs, node_ws::explain),
    (Stack::Tungstenite, tungstenite::explain),
    (Stack::Chromium, browsers::chromium),
    (Stack::Firefox, browsers::firefox),
    (Stack::SignalR, signalr::explain),
    (Stack::OkHttp, okhttp::explain),
    (Stack::JavaWebSocket, java_websocket::explain),
    (Stack::DotNet, dotnet::explain),
    (Stack::Spring, spring::explain),
    (Stack::Jetty, jetty::explain),
    (Stack::Undici, undici::explain),
    (Stack::Nginx, nginx::explain),
    (Stack::SocketIo, socket_io::explain),
    (Stack::GraphqlWs, profiles::graphql_ws),
    (Stack::Discord, profiles::discord),
];

/// Every anchor of every stack: a line without one of these is not looked at further.
fn anchors() -> &'static AhoCorasick {
    static ANCHORS: OnceLock<AhoCorasick> = OnceLock::new();
    ANCHORS.get_or_init(|| {
        // The anchors are fixed literals, so building cannot fail.
        AhoCorasick::new(all_anchors()).unwrap_or_else(|_| unreachable!("the anchors are literals"))
    })
}

/// Short anchors that stand for longer ones of several stacks, so that the set stays within
/// what the packed searcher takes: "onnection" for Firefox's, nginx's, Jetty's,
/// websocket-client's and the OS's phrases about a connection, " error: " for tungstenite's
/// error kinds, "Pong" and "pong" for the keep-alive timeouts of .NET, OkHttp and
/// Java-WebSocket, "Unknown" for Discord's reasons and Java's `UnknownHostException`.
const SHARED_ANCHORS: &[&str] = &["onnection", " error: ", "Pong", "pong", "Unknown"];

/// Every layer's anchors, each once, without those that hold a shorter one (a line with
/// `CloseStatus[code=` has `code`). At most 64: aho-corasick's packed (Teddy, SIMD) searcher
/// takes up to 64 patterns; with more it searches with an automaton instead.
fn all_anchors() -> std::collections::BTreeSet<&'static str> {
    let every: std::collections::BTreeSet<&'static str> = [
        python::ANCHORS,
        gorilla::ANCHORS,
        node_ws::ANCHORS,
        tungstenite::ANCHORS,
        browsers::ANCHORS,
        signalr::ANCHORS,
        okhttp::ANCHORS,
        java_websocket::ANCHORS,
        dotnet::ANCHORS,
        spring::ANCHORS,
        jetty::ANCHORS,
        undici::ANCHORS,
        nginx::ANCHORS,
        socket_io::ANCHORS,
        profiles::ANCHORS,
        failures::ANCHORS,
        context::ANCHORS,
        coder::ANCHORS,
        ktor::ANCHORS,
        netty::ANCHORS,
        websocket_client::ANCHORS,
        starscream::ANCHORS,
        jakarta::ANCHORS,
        action_cable::ANCHORS,
        deno::ANCHORS,
        SHARED_ANCHORS,
    ]
    .into_iter()
    .flatten()
    .copied()
    .collect();
    every
        .iter()
        .copied()
        .filter(|anchor| {
            !every
                .iter()
                .any(|other| other != anchor && anchor.contains(other))
        })
        .collect()
}

/// Whether `bytes` contain an anchor of some stack: the cheap test every line passes first.
fn has_anchor(bytes: &[u8]) -> bool {
    anchors().is_match(bytes)
}

/// What one line reports, or `None` when no stack's format matches it. The line may carry its
/// line end; ANSI escapes are not removed here ([`Scanner`] removes them).
///
/// # Examples
///
/// ```
/// use closecode::explain::{self, Reported, Stack, Who};
///
/// let line = "websockets.exceptions.ConnectionClosedError: sent 1011 (internal error) keepalive ping timeout; no close frame received";
/// let found = explain::line(line).unwrap();
/// assert_eq!((found.stack, found.who), (Some(Stack::PythonWebsockets), Who::Local));
/// assert_eq!(found.reported, Reported::Code(1011.into()));
/// assert_eq!(found.reason, Some("keepalive ping timeout"));
/// ```
pub fn line(line: &str) -> Option<Explained<'_>> {
    let line = cursor::trim_end(line);
    if !has_anchor(line.as_bytes()) {
        return None;
    }
    // A JSON-structured line: its message fields, each on its own, before the whole line;
    // a line pasted with the quotes or backticks around it, also without them.
    let mut views = [line; 8];
    let mut count = 0;
    for message in prefix::json_messages(line) {
        views[count] = message;
        count += 1;
    }
    views[count] = line;
    let unquoted = line.trim_matches(['`', '"', '\'', ' ']);
    if unquoted.len() != line.len() {
        count += 1;
        views[count] = unquoted;
    }
    if let Some(inner) = prefix::unwrapped(line) {
        count += 1;
        views[count] = inner;
    }
    if let Some(message) = prefix::without_fields(line) {
        count += 1;
        views[count] = message;
    }
    let views = &views[..=count];
    // Exact formats first, then the OS's and TLS stacks' words, then a code in context.
    for view in views {
        for &(stack, matcher) in &MATCHERS {
            if let Some(found) = matcher(view) {
                return Some(explained(line, found, Some(stack), Confidence::Format));
            }
        }
    }
    for view in views {
        if let Some(found) = failures::explain(view) {
            return Some(explained(line, found, None, Confidence::Format));
        }
    }
    for view in views {
        if let Some(found) = context::explain(prefix::message(view)) {
            return Some(explained(line, found, None, Confidence::Context));
        }
    }
    None
}

/// A recognized line from what a layer found in it.
fn explained<'a>(
    line: &'a str,
    found: Found<'a>,
    stack: Option<Stack>,
    confidence: Confidence,
) -> Explained<'a> {
    let profile = match stack {
        Some(Stack::GraphqlWs) => Some(ProfileHint::GraphqlWs),
        Some(Stack::Discord) => Some(ProfileHint::Discord),
        _ => match found.reported {
            Reported::Code(code) => profiles::profile_of(code.get(), found.reason),
            Reported::Failure(_) => None,
        },
    };
    Explained {
        line,
        reported: found.reported,
        who: found.who,
        reason: found.reason,
        stack,
        profile,
        confidence,
        received: found.received.map(CloseCode::new),
        sent: found.sent.map(CloseCode::new),
    }
}

/// Every recognized line of `text`, in order.
///
/// # Examples
///
/// ```
/// let log = "starting\nwebsocket: close 1001 (going away)\nport 1006 open\n";
/// let found: Vec<_> = closecode::explain::text(log).collect();
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].reported.id(), "1001");
/// ```
pub fn text(text: &str) -> impl Iterator<Item = Explained<'_>> {
    text.lines().filter_map(line)
}

/// The longest line [`Scanner`] looks at by default: 64 KiB. Longer lines are reported as
/// [`Line::TooLong`] and skipped without being held in memory.
///
/// # Examples
///
/// ```
/// use closecode::explain::{DEFAULT_MAX_LINE, Line, Scanner};
///
/// let log = format!("{}\n{}\n", "x".repeat(DEFAULT_MAX_LINE), "x".repeat(DEFAULT_MAX_LINE + 1));
/// let mut scanner = Scanner::new(log.as_bytes());
/// assert_eq!(scanner.next_line().unwrap()?.line, Line::Unrecognized);
/// let too_long = Line::TooLong { length: DEFAULT_MAX_LINE as u64 + 1 };
/// assert_eq!(scanner.next_line().unwrap()?.line, too_long);
/// # Ok::<(), std::io::Error>(())
/// ```
pub const DEFAULT_MAX_LINE: usize = 64 * 1024;

/// One line of a scanned log.
///
/// # Examples
///
/// ```
/// use closecode::explain::{Line, Scanner};
///
/// let log = "listening on port 1006\nwebsocket: close 1000 (normal)\nwebsocket: close 1011 (internal server error)\n";
/// let mut scanner = Scanner::new(log.as_bytes()).max_line(30);
/// let mut seen = Vec::new();
/// while let Some(scanned) = scanner.next_line() {
///     seen.push(match scanned?.line {
///         Line::Recognized(found) => found.reported.id().into_owned(),
///         Line::Unrecognized => "-".to_owned(),
///         Line::TooLong { length } => format!("{length} bytes"),
///         _ => "?".to_owned(),
///     });
/// }
/// assert_eq!(seen, ["-", "1000", "45 bytes"]);
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Line<'a> {
    /// The line reports a code or a failure.
    Recognized(Explained<'a>),
    /// No stack's format matches the line.
    Unrecognized,
    /// The line is longer than the scanner's limit; it was skipped. `length` is its length in
    /// bytes, without the line end.
    TooLong {
        /// The line's length in bytes.
        length: u64,
    },
}

/// A line of a log and its number (from 1).
///
/// # Examples
///
/// ```
/// use closecode::explain::{Line, Scanner};
///
/// let mut scanner = Scanner::new("starting\r\nwebsocket: close 1001 (going away)\r\n".as_bytes());
/// let first = scanner.next_line().unwrap()?;
/// assert_eq!((first.number, first.line), (1, Line::Unrecognized));
/// let second = scanner.next_line().unwrap()?;
/// assert_eq!(second.number, 2);
/// assert!(matches!(second.line, Line::Recognized(found) if found.reported.id() == "1001"));
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Scanned<'a> {
    /// The line's number, from 1.
    pub number: u64,
    /// What the line reports.
    pub line: Line<'a>,
}

/// Reads a log from a [`BufRead`] line by line, in memory bounded by the longest line it looks
/// at ([`Scanner::max_line`]), and says what each line reports. Bytes that are not UTF-8 are
/// replaced (U+FFFD) and ANSI escape sequences are removed before matching.
///
/// It lends each line, so it is not an [`Iterator`]: call [`Scanner::next_line`] in a loop.
///
/// # Examples
///
/// ```
/// use closecode::explain::{Line, Scanner};
///
/// let log = "ok\n\x1b[31mwebsocket: close 1006 (abnormal closure): unexpected EOF\x1b[0m\n";
/// let mut scanner = Scanner::new(log.as_bytes());
/// let mut found = Vec::new();
/// while let Some(scanned) = scanner.next_line() {
///     if let Line::Recognized(explained) = scanned?.line {
///         found.push(explained.reported.id().into_owned());
///     }
/// }
/// assert_eq!(found, ["1006"]);
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Debug)]
pub struct Scanner<R> {
    reader: R,
    buf: Vec<u8>,
    text: String,
    max_line: usize,
    number: u64,
}

impl<R: BufRead> Scanner<R> {
    /// A scanner over `reader` that looks at lines up to [`DEFAULT_MAX_LINE`] bytes.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::explain::{Line, Scanner};
    ///
    /// let log = std::io::Cursor::new("websocket: close 1000 (normal)\n");
    /// let mut scanner = Scanner::new(log);
    /// let first = scanner.next_line().unwrap()?;
    /// assert_eq!(first.number, 1);
    /// assert!(matches!(first.line, Line::Recognized(_)));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn new(reader: R) -> Scanner<R> {
        Scanner {
            reader,
            buf: Vec::new(),
            text: String::new(),
            max_line: DEFAULT_MAX_LINE,
            number: 0,
        }
    }

    /// Look at lines up to `bytes` long (at least 1); longer lines are reported as
    /// [`Line::TooLong`] and skipped.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::explain::{Line, Scanner};
    ///
    /// let log = format!("{}\nwebsocket: close 1000 (normal)\n", "x".repeat(100));
    /// let mut scanner = Scanner::new(log.as_bytes()).max_line(80);
    /// let long = scanner.next_line().unwrap()?;
    /// assert_eq!(long.line, Line::TooLong { length: 100 });
    /// // The scanner goes on with the next line.
    /// assert!(matches!(scanner.next_line().unwrap()?.line, Line::Recognized(_)));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn max_line(mut self, bytes: usize) -> Scanner<R> {
        self.max_line = bytes.max(1);
        self
    }

    /// The number of lines read so far.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::explain::Scanner;
    ///
    /// let mut scanner = Scanner::new("one\ntwo\nthree\n".as_bytes());
    /// while let Some(scanned) = scanner.next_line() {
    ///     scanned?;
    /// }
    /// assert_eq!(scanner.lines_read(), 3);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn lines_read(&self) -> u64 {
        self.number
    }

    /// The next line, or `None` at the end of the input.
    ///
    /// # Errors
    ///
    /// The reader's error, other than [`io::ErrorKind::Interrupted`] (which is retried).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::explain::{Line, Scanner};
    ///
    /// let log = "starting\nConnectionClosedError: received 1011 (internal error); then sent 1011 (internal error)\n";
    /// let mut scanner = Scanner::new(log.as_bytes());
    /// let mut codes = Vec::new();
    /// while let Some(scanned) = scanner.next_line() {
    ///     let scanned = scanned?;
    ///     if let Line::Recognized(found) = scanned.line {
    ///         codes.push((scanned.number, found.reported.id().into_owned()));
    ///     }
    /// }
    /// assert_eq!(codes, [(2, "1011".to_owned())]);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn next_line(&mut self) -> Option<io::Result<Scanned<'_>>> {
        let length = match self.read_line() {
            Ok(Some(length)) => length,
            Ok(None) => return None,
            Err(err) => return Some(Err(err)),
        };
        self.number += 1;
        let number = self.number;
        if length > self.max_line as u64 {
            return Some(Ok(Scanned {
                number,
                line: Line::TooLong { length },
            }));
        }
        if !has_anchor(&self.buf) {
            return Some(Ok(Scanned {
                number,
                line: Line::Unrecognized,
            }));
        }
        let clean = match std::str::from_utf8(&self.buf) {
            Ok(text) if !text.contains('\x1b') && !has_mangled_colour(text) => None,
            Ok(text) => Some(strip_escapes(text)),
            Err(_) => Some(strip_escapes(&String::from_utf8_lossy(&self.buf))),
        };
        let text: &str = match clean {
            Some(clean) => {
                self.text = clean;
                &self.text
            }
            // Checked above; an empty line in the impossible case.
            None => std::str::from_utf8(&self.buf).unwrap_or_default(),
        };
        let line = match line(text) {
            Some(explained) => Line::Recognized(explained),
            None => Line::Unrecognized,
        };
        Some(Ok(Scanned { number, line }))
    }

    /// Reads the next line into `buf` (at most `max_line` bytes of it, without the line end)
    /// and returns its whole length, or `None` at the end of the input.
    fn read_line(&mut self) -> io::Result<Option<u64>> {
        self.buf.clear();
        let mut length = 0u64;
        let mut any = false;
        let mut last = None;
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok(chunk) => chunk,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
                Err(err) => return Err(err),
            };
            if chunk.is_empty() {
                return Ok(any.then_some(length));
            }
            any = true;
            let (used, end) = match memchr::memchr(b'\n', chunk) {
                Some(at) => (at + 1, Some(at)),
                None => (chunk.len(), None),
            };
            let content = &chunk[..end.unwrap_or(used)];
            // Keep one byte more than the limit, so that a line one byte too long is seen as
            // too long; never more.
            let room = (self.max_line + 1).saturating_sub(self.buf.len());
            self.buf
                .extend_from_slice(&content[..content.len().min(room)]);
            length += content.len() as u64;
            last = content.last().copied().or(last);
            self.reader.consume(used);
            if end.is_some() {
                if last == Some(b'\r') {
                    length -= 1;
                    if self.buf.len() as u64 > length {
                        self.buf.pop();
                    }
                }
                return Ok(Some(length));
            }
        }
    }
}

/// `text` without ANSI escape sequences (CSI `ESC [ ... final`, OSC `ESC ] ... BEL/ST`, and
/// two-byte `ESC x`), and without colour codes whose escape byte a console or a copy dropped
/// (`[31m`, `[0;1m`), so colored logs match; other control characters stay (they are escaped
/// when printed).
fn strip_escapes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        // Windows' console shows the escape byte as `←`.
        if c == '←' && mangled_colour(&text[at + c.len_utf8()..]).is_some() {
            continue;
        }
        if c == '[' {
            if let Some(length) = mangled_colour(&text[at..]) {
                while chars.peek().is_some_and(|&(next, _)| next < at + length) {
                    chars.next();
                }
                continue;
            }
        }
        if c != '\x1b' {
            out.push(c);
            continue;
        }
        match chars.next().map(|(_, c)| c) {
            Some('[') => {
                // Parameters and intermediates, up to the final byte (@ to ~).
                for (_, c) in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
            Some(']') => {
                while let Some((_, c)) = chars.next() {
                    if c == '\x07' {
                        break;
                    }
                    if c == '\x1b' && chars.peek().map(|&(_, c)| c) == Some('\\') {
                        chars.next();
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// The length of a colour code without its escape byte at the start of `s` (`[31m`: `[`, one
/// to twelve digits and semicolons with a digit first, `m`).
fn mangled_colour(s: &str) -> Option<usize> {
    let body = s.strip_prefix('[')?;
    let params = body
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b';')
        .count();
    let colour = (1..=12).contains(&params)
        && body.as_bytes()[0].is_ascii_digit()
        && body[params..].starts_with('m');
    colour.then_some(params + 2)
}

/// Whether `text` holds a colour code that lost its escape byte.
fn has_mangled_colour(text: &str) -> bool {
    memchr::memchr_iter(b'[', text.as_bytes()).any(|at| mangled_colour(&text[at..]).is_some())
}

/// The explain enums serialize as their ids, as `Display` writes them.
#[cfg(feature = "serde")]
macro_rules! serialize_as_id {
    ($($type:ty),*) => {$(
        impl serde::Serialize for $type {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }
    )*};
}

#[cfg(feature = "serde")]
serialize_as_id!(Reported, LoggedFailure, Who, Stack, ProfileHint, Confidence);

/// Helpers for the stacks' tests.
#[cfg(test)]
pub(crate) mod check {
    use super::{Stack, Who};

    /// Each line is recognized as `stack`'s, reporting `id` ("1006", "http-401"), decided by
    /// `who`.
    pub(crate) fn recognizes(stack: Stack, cases: &[(&str, &str, Who)]) {
        for &(line, id, who) in cases {
            let found = super::line(line).unwrap_or_else(|| panic!("not recognized: {line}"));
            let got = (found.stack, found.reported.id(), found.who);
            assert_eq!(got, (Some(stack), id.into(), who), "{line}");
        }
    }

    /// The reason `line` gives.
    pub(crate) fn reason(line: &str) -> Option<&str> {
        super::line(line).and_then(|found| found.reason)
    }

    /// `stack`'s exact format does not recognize any of `lines` (a generic layer may still
    /// read a code from their words).
    pub(crate) fn not_by(stack: Stack, lines: &[&str]) {
        for line in lines {
            let found = super::line(line).and_then(|found| found.stack);
            assert_ne!(found, Some(stack), "{line}");
        }
    }

    /// No stack recognizes any of `lines`.
    pub(crate) fn rejects(lines: &[&str]) {
        for line in lines {
            assert_eq!(super::line(line), None, "{line}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failure_ids_round_trip() {
        for (id, failure) in FAILURE_IDS {
            assert_eq!(failure.id(), id);
            assert_eq!(LoggedFailure::from_id(id), Some(failure));
        }
        for status in 100..=599 {
            let failure = LoggedFailure::Http(status);
            assert_eq!(LoggedFailure::from_id(&failure.id()), Some(failure));
        }
        for bad in ["http-600", "http-4010", "http-", "1006", "", "TLS"] {
            assert_eq!(LoggedFailure::from_id(bad), None, "{bad}");
        }
    }

    #[test]
    fn anchors_fit_teddy() {
        assert!(all_anchors().len() <= 64);
    }

    #[test]
    fn escapes_are_removed() {
        assert_eq!(strip_escapes("\x1b[1;31mred\x1b[0m"), "red");
        assert_eq!(strip_escapes("\x1b]0;title\x07x"), "x");
        assert_eq!(strip_escapes("a\x1b"), "a");
        assert_eq!(strip_escapes("[31mERROR[0m x [1;33my[0m"), "ERROR x y");
        assert_eq!(strip_escapes("a←[31m b←[0m"), "a b");
        assert_eq!(
            strip_escapes("[26/Nov/2026] [m] [31x"),
            "[26/Nov/2026] [m] [31x"
        );
    }

    #[test]
    fn long_lines_are_skipped_in_bounded_memory() {
        let mut log = "x".repeat(100);
        log.push_str("\nwebsocket: close 1000 (normal)\r\n");
        log.push_str(&"y".repeat(11));
        let mut scanner = Scanner::new(log.as_bytes()).max_line(10);
        let first = scanner.next_line().unwrap().unwrap();
        assert_eq!(first.line, Line::TooLong { length: 100 });
        assert!(scanner.buf.capacity() < 64);
        let second = scanner.next_line().unwrap().unwrap();
        assert_eq!(second.line, Line::TooLong { length: 30 });
        let third = scanner.next_line().unwrap().unwrap();
        assert_eq!(
            (third.number, third.line),
            (3, Line::TooLong { length: 11 })
        );
        assert!(scanner.next_line().is_none());

        let mut scanner = Scanner::new("websocket: close 1000 (normal)\r\n".as_bytes());
        match scanner.next_line().unwrap().unwrap().line {
            Line::Recognized(found) => assert_eq!(found.line, "websocket: close 1000 (normal)"),
            other => panic!("{other:?}"),
        }
    }
}
