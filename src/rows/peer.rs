//! A peer library, browser or proxy and what it does with close codes.

use super::code::CloseCode;

/// Whether a peer is a library that applications link, or a browser that runs pages.
///
/// # Examples
///
/// ```
/// use closecode::Peer;
/// use closecode::peer::PeerKind;
///
/// assert_eq!(Peer::find("chromium").unwrap().kind, PeerKind::Browser);
/// assert_eq!(Peer::find("gorilla").unwrap().kind.to_string(), "library");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "kebab-case")
)]
#[non_exhaustive]
pub enum PeerKind {
    /// A WebSocket library.
    Library,
    /// A browser's WebSocket implementation; its "application" is the page.
    Browser,
}

/// What the application gets, as the table records it.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Peer};
/// use closecode::peer::Sees;
///
/// // The table's row: what Python websockets' application gets for a code it refuses.
/// let python = Peer::find("python-websockets").unwrap();
/// assert_eq!(python.reactions.bad_code.sees, Sees::Code(CloseCode::ABNORMAL_CLOSURE));
/// assert_eq!(python.reactions.accepted.sees, Sees::Received);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "kebab-case")
)]
#[non_exhaustive]
pub enum Sees {
    /// This code, whatever arrived.
    Code(CloseCode),
    /// The code as it arrived (no code at all for an empty payload).
    Received,
    /// An error that carries no close code, with its text; `{code}` stands for the received
    /// number.
    Error(&'static str),
}

/// What goes back on the wire, as the table records it.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Peer};
/// use closecode::peer::Replies;
///
/// let node = Peer::find("node-ws").unwrap();
/// assert_eq!(node.reactions.accepted.replies, Replies::Echo);
/// assert_eq!(node.reactions.bad_utf8.replies, Replies::Code(CloseCode::INVALID_FRAME_PAYLOAD_DATA));
/// assert_eq!(node.reactions.empty.replies, Replies::Empty);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "kebab-case")
)]
#[non_exhaustive]
pub enum Replies {
    /// A Close frame with this code.
    Code(CloseCode),
    /// A Close frame with the received code (an empty one for an empty payload).
    Echo,
    /// A Close frame without a payload.
    Empty,
    /// No Close frame: the peer leaves that to the application, or drops the connection.
    Nothing,
}

/// One reaction of a peer: what its application sees, and what it sends back.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Peer};
/// use closecode::peer::{Replies, Sees};
///
/// let too_long = Peer::find("python-websockets").unwrap().reactions.too_long;
/// assert_eq!(too_long.sees, Sees::Code(CloseCode::ABNORMAL_CLOSURE));
/// assert_eq!(too_long.replies, Replies::Code(CloseCode::PROTOCOL_ERROR));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Reaction {
    /// What the application gets.
    pub sees: Sees,
    /// What goes back on the wire.
    pub replies: Replies,
}

/// A peer's reaction to each kind of Close payload.
///
/// # Examples
///
/// ```
/// use closecode::Peer;
/// use closecode::peer::{Replies, Sees};
///
/// // tungstenite does not answer a 1-byte payload: its application gets an error.
/// let one_byte = Peer::find("tungstenite").unwrap().reactions.one_byte;
/// assert_eq!(one_byte.sees, Sees::Error("WebSocket protocol error: Invalid close sequence"));
/// assert_eq!(one_byte.replies, Replies::Nothing);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Reactions {
    /// An empty payload.
    pub empty: Reaction,
    /// An accepted code with a valid reason.
    pub accepted: Reaction,
    /// A code the peer does not accept.
    pub bad_code: Reaction,
    /// An accepted code with a reason that is not UTF-8.
    pub bad_utf8: Reaction,
    /// A 1-byte payload.
    pub one_byte: Reaction,
    /// A payload over 125 bytes.
    pub too_long: Reaction,
}

/// What a server gets from a browser when the page that holds an open socket goes away.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Peer};
/// use closecode::peer::Leave;
///
/// let chromium = Peer::find("chromium").unwrap().leaving.unwrap();
/// assert_eq!(chromium.close, Leave::Code(CloseCode::GOING_AWAY));
/// // Chromium keeps the page, and its socket, in the back/forward cache.
/// assert_eq!(chromium.navigate, Leave::Cached);
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum Leave {
    /// A Close frame with this code, at once.
    Code(CloseCode),
    /// Nothing yet: the page goes into the back/forward cache with its socket open. The socket
    /// is closed with 1001 when the page leaves the cache (evicted, or the browser exits); when
    /// the user comes back to the page, the server gets 1001 and the page an error and 1006.
    Cached,
}

/// What a browser sends when its page goes away, for each way of leaving (default settings).
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Peer};
/// use closecode::peer::Leave;
///
/// let firefox = Peer::find("firefox").unwrap().leaving.unwrap();
/// assert_eq!(firefox.navigate, Leave::Code(CloseCode::GOING_AWAY));
/// // Libraries have no pages.
/// assert!(Peer::find("gorilla").unwrap().leaving.is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Leaving {
    /// The user follows a link or the page sets `location`.
    pub navigate: Leave,
    /// The page is reloaded.
    pub reload: Leave,
    /// The tab or window is closed.
    pub close: Leave,
}

/// A WebSocket library or browser, over a range of versions, and what it does on receipt of a
/// Close frame.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Peer};
///
/// let gorilla = Peer::find("gorilla").unwrap();
/// assert!(gorilla.accepts(CloseCode::TRY_AGAIN_LATER));
/// assert!(!gorilla.accepts(CloseCode::BAD_GATEWAY));
/// assert!(Peer::all().iter().all(|p| p.accepts(CloseCode::GOING_AWAY)));
/// ```
#[derive(Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Peer {
    /// A stable id, such as `"tungstenite"` or `"dotnet-7"`.
    pub id: &'static str,
    /// The peer's name, such as `"gorilla/websocket"`; rows for older versions share it.
    pub name: &'static str,
    /// The versions this row holds for, such as `"1.5.0 and later"`.
    pub versions: &'static str,
    /// A library or a browser.
    pub kind: PeerKind,
    /// The version driven over loopback to confirm the row, if one was.
    pub measured: Option<&'static str>,
    /// The codes it accepts on receipt, as inclusive ranges.
    pub accepts: &'static [(u16, u16)],
    /// Whether a reason that is not UTF-8 is found before a code it does not accept.
    pub checks_reason_first: bool,
    /// Its reaction to each kind of payload.
    pub reactions: Reactions,
    /// What its application gets when the connection ends without a Close frame, closed in
    /// order (a TCP FIN).
    pub no_close: Sees,
    /// What its application gets when the connection is reset without a Close frame (a TCP RST,
    /// as from a peer that crashed or closed with `SO_LINGER` 0). Error texts of the operating
    /// system are Linux's.
    pub reset: Sees,
    /// Browsers: what a server gets when the page goes away; `None` for libraries.
    pub leaving: Option<Leaving>,
    /// Where each fact was read: repository, path and function, at a commit.
    pub sources: &'static [&'static str],
}
