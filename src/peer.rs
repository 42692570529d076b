//! What real WebSocket peers (libraries and browsers) do when a Close frame arrives: which codes
//! they accept, which check they run first, what their application sees and what they send
//! back, for every kind of payload.
//!
//! RFC 6455 and the IANA registry make 1000-1003, 1007-1014 and 3000-4999 valid, but peers
//! differ: gorilla/websocket and tungstenite refuse 1014 (registered in 2016), .NET before .NET
//! 8 refuses 1012-1014, Chromium accepts every code but 1005, 1006 and 1015, and Firefox refuses
//! none. They also differ on a payload with two faults: Python websockets and tungstenite decode
//! the reason before they look at the code, Node ws does the opposite. The rows live in
//! `data/peers.toml`, each read from the peer's source and most also measured on loopback.

use core::fmt;

use crate::Label;
use crate::ids::ids;
pub use crate::rows::peer::{Leave, Leaving, Peer, PeerKind, Reaction, Reactions, Replies, Sees};
use crate::table::{PEERS, label};
use crate::{CloseCode, Locale, Value, frame};

ids!(PeerKind {
    Library => "library",
    Browser => "browser",
});

impl Peer {
    /// Every peer in the table: current versions first, then older version ranges whose
    /// behaviour differs.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(closecode::Peer::all().iter().any(|p| p.id == "chromium"));
    /// ```
    pub fn all() -> &'static [Peer] {
        &PEERS
    }

    /// The peer with this id, or the first (newest) row with this name, ignoring case.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Peer;
    ///
    /// assert_eq!(Peer::find("Chromium").unwrap().id, "chromium");
    /// assert_eq!(Peer::find("gorilla/websocket").unwrap().id, "gorilla");
    /// assert!(Peer::find("netscape").is_none());
    /// ```
    pub fn find(name: &str) -> Option<&'static Peer> {
        let name = name.trim();
        let all = Peer::all().iter();
        all.clone()
            .find(|p| p.id.eq_ignore_ascii_case(name))
            .or_else(|| all.clone().find(|p| p.name.eq_ignore_ascii_case(name)))
    }

    /// Whether the peer accepts `code` in a Close frame it receives.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Peer};
    ///
    /// let chromium = Peer::find("chromium").unwrap();
    /// assert!(chromium.accepts(CloseCode::new(5000)));
    /// assert!(!chromium.accepts(CloseCode::ABNORMAL_CLOSURE));
    /// ```
    pub fn accepts(&self, code: CloseCode) -> bool {
        self.accepts
            .iter()
            .any(|&(first, last)| (first..=last).contains(&code.get()))
    }

    /// What the peer does with the Close `payload` (the frame's payload, without the header).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Peer};
    /// use closecode::peer::{PayloadCase, Reply, Seen};
    ///
    /// // 1014 reaches a tungstenite application as 1002, and 1002 goes back.
    /// let r = Peer::find("tungstenite").unwrap().reaction(&[0x03, 0xf6]);
    /// assert_eq!(r.case, PayloadCase::BadCode);
    /// assert_eq!(r.sees, Seen::Code(CloseCode::PROTOCOL_ERROR));
    /// assert_eq!(r.replies, Reply::Code(CloseCode::PROTOCOL_ERROR));
    ///
    /// // Chromium shows code 0 to the page and echoes it.
    /// let r = Peer::find("chromium").unwrap().reaction(&[0, 0]);
    /// assert!(r.accepts());
    /// assert_eq!(r.sees, Seen::Code(CloseCode::new(0)));
    /// ```
    pub fn reaction(&'static self, payload: &[u8]) -> PeerReaction {
        let code = match payload {
            [high, low, ..] => Some(CloseCode::new(u16::from_be_bytes([*high, *low]))),
            _ => None,
        };
        let case = self.case(payload, code);
        let r = &self.reactions;
        let reaction = match case {
            PayloadCase::Empty => r.empty,
            PayloadCase::Accepted => r.accepted,
            PayloadCase::BadCode => r.bad_code,
            PayloadCase::BadUtf8 => r.bad_utf8,
            PayloadCase::OneByte => r.one_byte,
            PayloadCase::TooLong => r.too_long,
        };
        PeerReaction {
            peer: self,
            case,
            received: code,
            sees: Seen::of(reaction.sees, Filled::of(payload)),
            replies: match reaction.replies {
                Replies::Code(code) => Reply::Code(code),
                Replies::Echo => code.map_or(Reply::Empty, Reply::Code),
                Replies::Empty => Reply::Empty,
                Replies::Nothing => Reply::Nothing,
            },
            lenient: match (reaction.sees, reaction.replies) {
                // A refusal on the wire (tungstenite before 0.16 passes a refused code on but
                // answers it with 1002).
                (_, Replies::Code(_)) => false,
                // A fault passed on as it came.
                (Sees::Received, _) => true,
                // A payload read as a close without a status (gorilla and Firefox for one
                // byte): a normal close with 1005, answered in kind.
                (Sees::Code(code), _) => code == CloseCode::NO_STATUS_RCVD,
                (Sees::Error(_), _) => false,
            },
        }
    }

    /// Which kind of payload this is for this peer: its length first (a frame-level check),
    /// then the code and the reason in the peer's order.
    fn case(&self, payload: &[u8], code: Option<CloseCode>) -> PayloadCase {
        if payload.len() > frame::MAX_PAYLOAD {
            return PayloadCase::TooLong;
        }
        let Some(code) = code else {
            return match payload.len() {
                0 => PayloadCase::Empty,
                _ => PayloadCase::OneByte,
            };
        };
        let code_ok = self.accepts(code);
        let reason_ok = core::str::from_utf8(&payload[2..]).is_ok();
        match (code_ok, reason_ok) {
            (true, true) => PayloadCase::Accepted,
            (false, true) => PayloadCase::BadCode,
            (true, false) => PayloadCase::BadUtf8,
            (false, false) if self.checks_reason_first => PayloadCase::BadUtf8,
            (false, false) => PayloadCase::BadCode,
        }
    }
}

/// The reactions of every peer in the table to `payload`, in table order.
///
/// # Examples
///
/// ```
/// use closecode::peer::reactions;
///
/// // A bad code (0) and a reason that is not UTF-8: the peers disagree on which to report.
/// let payload = [0x00, 0x00, 0xc0, 0x80];
/// let replies: Vec<_> = reactions(&payload)
///     .filter(|r| ["python-websockets", "node-ws"].contains(&r.peer.id))
///     .map(|r| r.replies.code().map(|c| c.get()))
///     .collect();
/// assert_eq!(replies, [Some(1007), Some(1002)]);
/// ```
pub fn reactions(payload: &[u8]) -> impl Iterator<Item = PeerReaction> + '_ {
    Peer::all().iter().map(move |peer| peer.reaction(payload))
}

/// The kinds of Close payload a peer tells apart.
///
/// # Examples
///
/// ```
/// use closecode::Peer;
/// use closecode::peer::PayloadCase;
///
/// let gorilla = Peer::find("gorilla").unwrap();
/// assert_eq!(gorilla.reaction(&[]).case, PayloadCase::Empty);
/// assert_eq!(gorilla.reaction(&[0x03, 0xe8]).case, PayloadCase::Accepted);
/// assert_eq!(gorilla.reaction(&[0x03]).case, PayloadCase::OneByte);
/// assert_eq!(gorilla.reaction(&[0x03, 0xe8]).case.to_string(), "accepted");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "kebab-case")
)]
#[non_exhaustive]
pub enum PayloadCase {
    /// No payload.
    Empty,
    /// A code the peer accepts, and a valid reason.
    Accepted,
    /// A code the peer does not accept (found first, when the reason is also wrong).
    BadCode,
    /// A reason that is not UTF-8 (found first, when the code is also wrong).
    BadUtf8,
    /// One byte.
    OneByte,
    /// More than 125 bytes.
    TooLong,
}

ids!(PayloadCase {
    Empty => "empty",
    Accepted => "accepted",
    BadCode => "bad-code",
    BadUtf8 => "bad-utf8",
    OneByte => "one-byte",
    TooLong => "too-long",
});

/// What a peer's application gets for one payload.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Peer};
/// use closecode::peer::Seen;
///
/// let tungstenite = Peer::find("tungstenite").unwrap();
/// // An empty Close frame: tungstenite's application gets Close(None).
/// assert_eq!(tungstenite.reaction(&[]).sees, Seen::NoCode);
/// assert_eq!(tungstenite.reaction(&[0x03, 0xe8]).sees, Seen::Code(CloseCode::NORMAL_CLOSURE));
/// let one_byte = tungstenite.reaction(&[0x03]).sees;
/// assert_eq!(one_byte.to_string(), "WebSocket protocol error: Invalid close sequence");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Seen {
    /// A close code.
    Code(CloseCode),
    /// A close without a code (tungstenite's `Close(None)` for an empty payload).
    NoCode,
    /// An error that carries no close code.
    Error(ErrorText),
}

/// The code (`1006`), `no code`, or the peer's error text.
impl fmt::Display for Seen {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Seen::Code(code) => fmt::Display::fmt(code, f),
            Seen::NoCode => f.write_str("no code"),
            Seen::Error(text) => fmt::Display::fmt(text, f),
        }
    }
}

impl Seen {
    fn of(sees: Sees, filled: Filled) -> Seen {
        match sees {
            Sees::Code(code) => Seen::Code(code),
            Sees::Received => filled.received.map_or(Seen::NoCode, Seen::Code),
            Sees::Error(template) => Seen::Error(ErrorText { template, filled }),
        }
    }

    /// The code the application gets, if it gets one.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Peer};
    ///
    /// let r = Peer::find("node-ws").unwrap().reaction(&[0x03, 0xe9]);
    /// assert_eq!(r.sees.code(), Some(CloseCode::GOING_AWAY));
    /// ```
    pub fn code(&self) -> Option<CloseCode> {
        match self {
            Seen::Code(code) => Some(*code),
            _ => None,
        }
    }
}

/// The text of an error a peer raises, with what the peer takes from the payload filled in:
/// the received code (gorilla's "websocket: bad close code 1014"), its Go name
/// (coder/websocket's "invalid status code StatusCode(999)"), the payload as Go's `%q` writes it,
/// its length, and Rust's `Utf8Error` text for the reason (tungstenite's "UTF-8 encoding error:
/// invalid utf-8 sequence of 1 bytes from index 0"). It is the peer's own English text.
///
/// # Examples
///
/// ```
/// use closecode::Peer;
/// use closecode::peer::Seen;
///
/// // 1014 is a code gorilla refuses; its error names the received number.
/// let Seen::Error(text) = Peer::find("gorilla").unwrap().reaction(&[0x03, 0xf6]).sees else {
///     panic!("gorilla reports an error");
/// };
/// assert_eq!(text.to_string(), "websocket: bad close code 1014");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ErrorText {
    template: &'static str,
    filled: Filled,
}

/// What an error text may take from the payload.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Filled {
    received: Option<CloseCode>,
    /// The payload's length.
    length: usize,
    /// The payload's one byte, when it has exactly one.
    one_byte: Option<u8>,
    /// Why the reason is not UTF-8: the same `str::from_utf8` that tungstenite calls.
    utf8: Option<core::str::Utf8Error>,
}

impl Filled {
    fn of(payload: &[u8]) -> Filled {
        Filled {
            received: match payload {
                [high, low, ..] => Some(CloseCode::new(u16::from_be_bytes([*high, *low]))),
                _ => None,
            },
            length: payload.len(),
            one_byte: match payload {
                [byte] => Some(*byte),
                _ => None,
            },
            utf8: payload
                .get(2..)
                .and_then(|reason| core::str::from_utf8(reason).err()),
        }
    }

    /// Writes what `name` stands for; `false` when this payload has nothing for it.
    fn write(&self, name: &str, f: &mut fmt::Formatter<'_>) -> Result<bool, fmt::Error> {
        match (name, self.received, self.utf8) {
            ("code", Some(code), _) => write!(f, "{code}")?,
            ("go-status", Some(code), _) => {
                match GO_STATUS_NAMES.get(usize::from(code.get().wrapping_sub(1000))) {
                    Some(name) => f.write_str(name)?,
                    None => write!(f, "StatusCode({code})")?,
                }
            }
            ("go-quoted", ..) => match self.one_byte {
                Some(byte) => write_go_quoted(byte, f)?,
                None => return Ok(false),
            },
            ("length", ..) => write!(f, "{}", self.length)?,
            ("utf8-error", _, Some(error)) => write!(f, "{error}")?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}

/// coder/websocket's names for 1000 to 1015 (its generated `StatusCode.String`); other numbers
/// print as `StatusCode(n)`.
const GO_STATUS_NAMES: [&str; 16] = [
    "StatusNormalClosure",
    "StatusGoingAway",
    "StatusProtocolError",
    "StatusUnsupportedData",
    "statusReserved",
    "StatusNoStatusRcvd",
    "StatusAbnormalClosure",
    "StatusInvalidFramePayloadData",
    "StatusPolicyViolation",
    "StatusMessageTooBig",
    "StatusMandatoryExtension",
    "StatusInternalError",
    "StatusServiceRestart",
    "StatusTryAgainLater",
    "StatusBadGateway",
    "StatusTLSHandshake",
];

/// One byte as Go's `%q` writes a one-byte `[]byte` (`strconv.Quote`): printable ASCII as it
/// is, `"` and `\` escaped, the C escapes for control characters that have one, else `\xNN`.
fn write_go_quoted(byte: u8, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let escape = match byte {
        0x07 => "\\a",
        0x08 => "\\b",
        0x0c => "\\f",
        b'\n' => "\\n",
        b'\r' => "\\r",
        b'\t' => "\\t",
        0x0b => "\\v",
        b'"' => "\\\"",
        b'\\' => "\\\\",
        b' '..=b'~' => return write!(f, "\"{}\"", char::from(byte)),
        _ => return write!(f, "\"\\x{byte:02x}\""),
    };
    write!(f, "\"{escape}\"")
}

impl fmt::Display for ErrorText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.template;
        while let Some((before, after)) = rest.split_once('{') {
            f.write_str(before)?;
            let Some((name, after)) = after.split_once('}') else {
                return write!(f, "{{{after}");
            };
            if !self.filled.write(name, f)? {
                write!(f, "{{{name}}}")?;
            }
            rest = after;
        }
        f.write_str(rest)
    }
}

/// What a peer sends back for one payload.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Peer};
/// use closecode::peer::Reply;
///
/// let python = Peer::find("python-websockets").unwrap();
/// assert_eq!(python.reaction(&[]).replies, Reply::Empty);
/// assert_eq!(python.reaction(&[0x03]).replies, Reply::Code(CloseCode::PROTOCOL_ERROR));
/// assert_eq!(Peer::find("tungstenite").unwrap().reaction(&[0x03]).replies.to_string(), "none");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Reply {
    /// A Close frame with this code.
    Code(CloseCode),
    /// A Close frame without a payload.
    Empty,
    /// No Close frame.
    Nothing,
}

/// The code (`1002`), `empty` or `none`.
impl fmt::Display for Reply {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reply::Code(code) => fmt::Display::fmt(code, f),
            Reply::Empty => f.write_str("empty"),
            Reply::Nothing => f.write_str("none"),
        }
    }
}

impl Reply {
    /// The code sent back, if a Close frame with a code goes back.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Peer};
    ///
    /// let r = Peer::find("node-ws").unwrap().reaction(&[0x03, 0xf7]); // 1015
    /// assert_eq!(r.replies.code(), Some(CloseCode::PROTOCOL_ERROR));
    /// ```
    pub fn code(&self) -> Option<CloseCode> {
        match self {
            Reply::Code(code) => Some(*code),
            _ => None,
        }
    }
}

/// What one peer does with one Close payload.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Peer};
/// use closecode::peer::{PayloadCase, Reply};
///
/// // 1015 may not be sent: node-ws refuses it and answers 1002.
/// let r = Peer::find("node-ws").unwrap().reaction(&[0x03, 0xf7]);
/// assert_eq!(r.peer.id, "node-ws");
/// assert_eq!(r.received, Some(CloseCode::TLS_HANDSHAKE));
/// assert_eq!(r.case, PayloadCase::BadCode);
/// assert_eq!(r.replies, Reply::Code(CloseCode::PROTOCOL_ERROR));
/// assert!(!r.accepts());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct PeerReaction {
    /// The peer.
    pub peer: &'static Peer,
    /// Which kind of payload it is, for this peer.
    pub case: PayloadCase,
    /// The code in the payload, if it has two bytes or more.
    pub received: Option<CloseCode>,
    /// What the application gets.
    pub sees: Seen,
    /// What goes back on the wire.
    pub replies: Reply,
    /// Whether the peer passes the payload on although it is one it does not check.
    lenient: bool,
}

impl PeerReaction {
    /// Whether the peer takes the payload as a normal close: an empty payload, an accepted
    /// code, or a fault the peer does not check for (coder/websocket never checks the reason;
    /// gorilla and Firefox read one byte as a close without a status).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Peer;
    ///
    /// let coder = Peer::find("coder-websocket").unwrap();
    /// assert!(coder.reaction(b"\x03\xe8\xff").accepts()); // it never checks the reason
    /// ```
    pub fn accepts(&self) -> bool {
        matches!(self.case, PayloadCase::Empty | PayloadCase::Accepted) || self.lenient
    }

    /// What the application gets, in `locale`: a code and its name, a close without a code,
    /// or the peer's error text.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Locale, Peer};
    ///
    /// let r = Peer::find("gorilla").unwrap().reaction(&[0x03, 0xf6]);
    /// assert_eq!(r.describe_sees(Locale::EN), "an error: websocket: bad close code 1014");
    /// ```
    pub fn describe_sees(&self, locale: Locale) -> String {
        match self.sees {
            Seen::Code(code) => format!("{code} {}", code.describe(locale).name()),
            Seen::NoCode => locale.label_at(label::PEER_SEES_NO_CODE).to_owned(),
            Seen::Error(text) => Label::peer_sees_error(Value::display(&text)).format(locale),
        }
    }

    /// What goes back on the wire, in `locale`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Locale, Peer};
    ///
    /// let r = Peer::find("firefox").unwrap().reaction(b"\x03\xe8\xff");
    /// assert_eq!(r.describe_replies(Locale::EN), "no Close frame");
    /// ```
    pub fn describe_replies(&self, locale: Locale) -> String {
        match self.replies {
            Reply::Code(code) => format!("{code} {}", code.describe(locale).name()),
            Reply::Empty => locale.label_at(label::PEER_REPLIES_EMPTY).to_owned(),
            Reply::Nothing => locale.label_at(label::PEER_REPLIES_NOTHING).to_owned(),
        }
    }
}

/// One object per peer: `peer`, `name`, `versions`, `case`, `accepts`, `sees` (the code the
/// application gets, or null), `sees_error` (the peer's error text, or null), `replies` (the
/// code sent back, or null) and `reply` (`"code"`, `"empty"` or `"none"`).
#[cfg(feature = "serde")]
impl serde::Serialize for PeerReaction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("PeerReaction", 9)?;
        s.serialize_field("peer", self.peer.id)?;
        s.serialize_field("name", self.peer.name)?;
        s.serialize_field("versions", self.peer.versions)?;
        s.serialize_field("case", &self.case)?;
        s.serialize_field("accepts", &self.accepts())?;
        s.serialize_field("sees", &self.sees.code())?;
        let error = match self.sees {
            Seen::Error(text) => Some(text.to_string()),
            _ => None,
        };
        s.serialize_field("sees_error", &error)?;
        s.serialize_field("replies", &self.replies.code())?;
        let reply = match self.replies {
            Reply::Code(_) => "code",
            Reply::Empty => "empty",
            Reply::Nothing => "none",
        };
        s.serialize_field("reply", reply)?;
        s.end()
    }
}

impl CloseCode {
    /// The peers in [`Peer::all`] that refuse this code when it arrives, even though it may be
    /// valid on the wire.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::CloseCode;
    ///
    /// let refusing: Vec<&str> = CloseCode::BAD_GATEWAY.rejected_by().map(|p| p.id).collect();
    /// assert_eq!(
    ///     refusing,
    ///     ["tungstenite", "tungstenite-0-26", "tungstenite-0-15", "gorilla", "gorilla-1-4", "dotnet-7"]
    /// );
    /// ```
    pub fn rejected_by(self) -> impl Iterator<Item = &'static Peer> {
        Peer::all().iter().filter(move |peer| !peer.accepts(self))
    }
}
