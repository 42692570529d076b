//! Who sends a code, how it travels, and what peers call it.

/// Who sends a close code.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Sender};
///
/// assert_eq!(CloseCode::MANDATORY_EXTENSION.facts().sent_by, Sender::Client);
/// assert_eq!(CloseCode::ABNORMAL_CLOSURE.facts().sent_by, Sender::Nobody);
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "kebab-case")
)]
pub enum Sender {
    /// Either endpoint may send it.
    Either,
    /// Only the client sends it (1010).
    Client,
    /// The server sends it (1012, 1013, and by their meaning 3000 and 3003).
    Server,
    /// A gateway or proxy sends it to the client (1014).
    Gateway,
    /// Nobody sends it: it is reported locally (1005, 1006, 1015) or is not valid on the wire.
    Nobody,
}

/// What RFC 6455 says about a code in a Close frame, kept apart from what real peers accept
/// (see [`Peer::accepts`](crate::Peer::accepts)): the RFC allows 1004, yet every library in
/// closecode's peer table refuses it.
///
/// # Examples
///
/// ```
/// use closecode::peer::PeerKind;
/// use closecode::{CloseCode, Peer, Wire};
///
/// assert_eq!(CloseCode::BAD_GATEWAY.facts().wire, Wire::Defined);
/// assert_eq!(CloseCode::RESERVED.facts().wire, Wire::Reserved);
/// assert!(Wire::Reserved.allowed());
/// assert!(!Wire::LocalOnly.allowed());
/// // The RFC allows 1004; the libraries refuse it, the browsers accept it.
/// for peer in Peer::all() {
///     assert_eq!(peer.accepts(CloseCode::RESERVED), peer.kind == PeerKind::Browser);
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "kebab-case")
)]
pub enum Wire {
    /// A code with a meaning that endpoints may send (RFC 6455 §7.4.1, §11.7): 1000 to 1003,
    /// 1007 to 1014, 3000 to 4999. A peer may still refuse a code registered after it was
    /// written, such as 1014.
    Defined,
    /// 1004: RFC 6455 §7.4.1 lists it among the codes endpoints MAY use when sending, but
    /// reserves it without a meaning. A receiver that follows the RFC accepts it; the libraries
    /// in closecode's peer table refuse it as a protocol error, browsers pass it to the page.
    Reserved,
    /// Reported locally by an endpoint and never sent: RFC 6455 §7.4.1 says it MUST NOT be set
    /// in a Close frame (1005, 1006, 1015).
    LocalOnly,
    /// No code the RFC lets an endpoint send: 0 to 999 are not used, 1016 to 2999 are not
    /// assigned, and 5000 and above lie outside the ranges of §11.7.
    Invalid,
}

/// The names other WebSocket libraries give a registered code, where they have one.
///
/// # Examples
///
/// ```
/// use closecode::CloseCode;
///
/// let names = CloseCode::GOING_AWAY.facts().names;
/// assert_eq!(names.tungstenite, Some("Away"));
/// assert_eq!(names.dotnet, Some("EndpointUnavailable"));
/// // tungstenite has no variant for 1014; it files it under `Bad(1014)`.
/// assert_eq!(CloseCode::BAD_GATEWAY.facts().names.tungstenite, None);
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct PeerNames {
    /// The `CloseCode` variant in Rust's `tungstenite`.
    pub tungstenite: Option<&'static str>,
    /// The `CloseCode` member in Python's `websockets`.
    pub python: Option<&'static str>,
    /// The constant in Go's `gorilla/websocket`.
    pub gorilla: Option<&'static str>,
    /// The `WebSocketCloseStatus` member in .NET.
    pub dotnet: Option<&'static str>,
    /// The `CloseReason.CloseCodes` constant in Jakarta WebSocket.
    pub jakarta: Option<&'static str>,
}
