//! Interop with [`tungstenite`](https://docs.rs/tungstenite) (feature `tungstenite`).
//!
//! Two lines in a tungstenite client turn whatever ends the connection into a code, a localized
//! explanation and a reconnect decision:
//!
//! ```no_run
//! # fn client(mut socket: tungstenite::WebSocket<std::net::TcpStream>) {
//! # use closecode::Locale;
//! let message = socket.read();
//! if let Some(code) = closecode::tungstenite::closed(&message) {
//!     println!("{}: {}", code.describe(Locale::KO).name(), code.retry().phrase(Locale::KO));
//!     let reconnect = code.decision().reconnects();
//! #   let _ = reconnect;
//! }
//! # }
//! ```
//!
//! Mind tungstenite's view of the registry: it files 1004 and the registered 1014 under
//! `CloseCode::Bad`, does not allow them, and when a peer sends one it replies with 1002 and
//! hands the application 1002 "Protocol violation" instead (snapview/tungstenite-rs#502). The
//! conversions here keep the number either way.

use ::tungstenite::protocol::CloseFrame;
use ::tungstenite::protocol::frame::coding::CloseCode as TungsteniteCode;
use ::tungstenite::{Error, Message};

use crate::{CloseCode, Description, Locale};

impl From<TungsteniteCode> for CloseCode {
    /// The number, whatever variant tungstenite chose for it.
    fn from(code: TungsteniteCode) -> CloseCode {
        CloseCode::new(code.into())
    }
}

impl From<CloseCode> for TungsteniteCode {
    /// tungstenite's variant for the number: 1014 becomes `Bad(1014)`, which tungstenite
    /// refuses to accept from a peer (but will send).
    fn from(code: CloseCode) -> TungsteniteCode {
        TungsteniteCode::from(code.get())
    }
}

/// The code a tungstenite close frame reports: its code, or 1005 when the frame had none.
///
/// # Examples
///
/// ```
/// use closecode::CloseCode;
/// use tungstenite::protocol::CloseFrame;
///
/// let frame = CloseFrame { code: 1012.into(), reason: "deploy".into() };
/// assert_eq!(closecode::tungstenite::frame_code(Some(&frame)), CloseCode::SERVICE_RESTART);
/// assert_eq!(closecode::tungstenite::frame_code(None), CloseCode::NO_STATUS_RCVD);
/// ```
pub fn frame_code(frame: Option<&CloseFrame>) -> CloseCode {
    frame.map_or(CloseCode::NO_STATUS_RCVD, |frame| frame.code.into())
}

/// Describes a tungstenite close frame in `locale` (1005 when there is none).
///
/// # Examples
///
/// ```
/// use closecode::Locale;
/// use tungstenite::protocol::CloseFrame;
///
/// let frame = CloseFrame { code: 1001.into(), reason: "".into() };
/// let text = closecode::tungstenite::describe(Some(&frame), Locale::KO);
/// assert_eq!(text.name().as_str(), Some("엔드포인트 이탈"));
/// ```
pub fn describe(frame: Option<&CloseFrame>, locale: Locale) -> Description {
    frame_code(frame).describe(locale)
}

/// The close code that ended the connection, for the result of `WebSocket::read`: the code of
/// a Close message (1005 without one), or, for an error that ends the connection, the code an
/// endpoint reports for it: 1006 when the connection dropped without a Close frame, 1002 for a
/// protocol violation, 1007 for invalid UTF-8, 1009 for a message over the size limit. `None`
/// for data messages and for errors after the close completed.
///
/// # Examples
///
/// ```
/// use closecode::CloseCode;
/// use tungstenite::{Error, Message, error::ProtocolError};
///
/// let dropped: Result<Message, Error> = Err(Error::Protocol(ProtocolError::ResetWithoutClosingHandshake));
/// assert_eq!(closecode::tungstenite::closed(&dropped), Some(CloseCode::ABNORMAL_CLOSURE));
/// assert_eq!(closecode::tungstenite::closed(&Ok(Message::text("hi"))), None);
/// ```
pub fn closed(result: &Result<Message, Error>) -> Option<CloseCode> {
    use ::tungstenite::error::ProtocolError;
    match result {
        Ok(Message::Close(frame)) => Some(frame_code(frame.as_ref())),
        Ok(_) | Err(Error::ConnectionClosed | Error::AlreadyClosed) => None,
        Err(Error::Io(_) | Error::Protocol(ProtocolError::ResetWithoutClosingHandshake)) => {
            Some(CloseCode::ABNORMAL_CLOSURE)
        }
        Err(Error::Utf8(_)) => Some(CloseCode::INVALID_FRAME_PAYLOAD_DATA),
        Err(Error::Capacity(_)) => Some(CloseCode::MESSAGE_TOO_BIG),
        Err(Error::Protocol(_)) => Some(CloseCode::PROTOCOL_ERROR),
        Err(_) => Some(CloseCode::ABNORMAL_CLOSURE),
    }
}
