//! Interop with [reqwest-websocket](https://docs.rs/reqwest-websocket) 0.6 (feature
//! `reqwest-websocket`).
//!
//! reqwest-websocket runs on tungstenite 0.28 (natively) and has a close-code enum of its own,
//! which converts both ways here, keeping the number. Two things differ from other stacks:
//!
//! * A Close frame without a code reaches the application as `Close { code: Normal, reason:
//!   "" }`: reqwest-websocket turns tungstenite's `Close(None)` into 1000, so 1005 is lost
//!   before closecode sees it, and [`closed`] reports 1000 from the peer.
//! * It has no way to send an empty Close frame (`Message::Close` always carries a code), so
//!   [`close_message`] refuses 1005 instead of sending it on the wire.
//!
//! Like tungstenite, it refuses a peer's 1014 and hands over 1002 "Protocol violation":
//! [`closed`] reports that as [`ClosedBy::Library`](crate::ClosedBy::Library).
//!
//! A client, start to end. It reads until the stream ends, also after the Close message:
//! tungstenite queues its reply to the peer's Close and sends it on the next read, so a client
//! that stops at the first Close leaves the peer with 1006 instead of the code it sent.
//! [`Closing`](crate::Closing) keeps the first answer and, for a close the client started,
//! says whether the peer confirmed it:
//!
//! ```no_run
//! # #[cfg(feature = "ko")] {
//! # async fn client() -> Result<(), reqwest_websocket::Error> {
//! use closecode::{CloseCode, Closing, Locale};
//! use futures_util::{SinkExt, StreamExt};
//!
//! let mut socket = match reqwest_websocket::websocket("ws://127.0.0.1:9001/").await {
//!     Ok(socket) => socket,
//!     // A refused handshake: ClosedBy::Handshake, with the HTTP status.
//!     Err(err) => return Ok(println!("{}", closecode::reqwest_websocket::closed(&Some(Err(err))).unwrap())),
//! };
//! let mut closing = Closing::new();
//! loop {
//!     let next = socket.next().await;
//!     if let Some(closed) = closing.read(closecode::reqwest_websocket::closed(&next)) {
//!         println!("closing: {closed}"); // once; keep reading so that the reply goes out
//!     }
//!     let Some(next) = next else { break };
//!     if let Ok(reqwest_websocket::Message::Text(text)) = next {
//!         if text == "bye" {
//!             let close = closing.close(CloseCode::NORMAL_CLOSURE, "bye", closecode::reqwest_websocket::close_message);
//!             socket.send(close.expect("1000 may be sent")).await?;
//!         }
//!     }
//! }
//! // The stream has ended: the closing handshake is complete (or the connection dropped).
//! let closed = closing.finish();
//! println!("{closed} / {}", closed.describe(Locale::KO).name());
//! # Ok(())
//! # }
//! # }
//! ```
//!
//! # Versions
//!
//! The items live in [`v0_6`], for reqwest-websocket 0.6, and are re-exported here. reqwest-websocket is not
//! 1.0 yet: when reqwest-websocket 0.7 comes, closecode adds a module for it beside [`v0_6`] (and a
//! feature) in a minor release, and only a major release of closecode moves these unversioned
//! paths to it. Name `closecode::reqwest_websocket::v0_6` to stay on reqwest-websocket 0.6 through such a move.

/// reqwest-websocket 0.6 (feature `reqwest-websocket`).
pub mod v0_6 {
    use ::reqwest_websocket::{CloseCode as ReqwestCode, Error, HandshakeError, Message};

    use crate::frame::EncodeError;
    use crate::{CloseCode, Closed};

    crate::closed::number_conversions!(ReqwestCode, "1014 becomes `Bad(1014)`.");

    /// How the connection ended, for what the stream yielded (or an error from connecting): a
    /// Close message is the peer's code and reason (a Close frame without a code arrives as 1000:
    /// see the module's introduction), except tungstenite's own 1002 "Protocol violation" for a
    /// code it refused ([`ClosedBy::Library`](crate::ClosedBy::Library)); the end of the stream
    /// without a Close message, a reset and an I/O error are 1006
    /// ([`ClosedBy::Dropped`](crate::ClosedBy::Dropped)); an unexpected HTTP status in the
    /// handshake is [`ClosedBy::Handshake`](crate::ClosedBy::Handshake) with the status, and other
    /// handshake and request errors are too, without one. `None` for data messages.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, ClosedBy};
    /// use reqwest_websocket::{CloseCode as ReqwestCode, Message};
    ///
    /// let close = Message::Close { code: ReqwestCode::Restart, reason: "deploy".into() };
    /// let closed = closecode::reqwest_websocket::closed(&Some(Ok(close))).unwrap();
    /// assert_eq!((closed.code, closed.by), (CloseCode::SERVICE_RESTART, ClosedBy::Peer));
    /// assert_eq!(closecode::reqwest_websocket::closed(&None).unwrap().by, ClosedBy::Dropped);
    /// ```
    pub fn closed(next: &Option<Result<Message, Error>>) -> Option<Closed> {
        match next {
            None => Some(Closed::dropped()),
            Some(Ok(Message::Close { code, reason })) => {
                Some(crate::tungstenite::received((*code).into(), reason))
            }
            Some(Ok(_)) => None,
            Some(Err(Error::Tungstenite(err))) => crate::tungstenite::v0_28::error(err),
            Some(Err(Error::Handshake(HandshakeError::UnexpectedStatusCode(status)))) => {
                Some(Closed::handshake(Some(status.as_u16())))
            }
            Some(Err(Error::Handshake(_) | Error::Reqwest(_))) => Some(Closed::handshake(None)),
            // JSON errors (feature `json`) concern one message, not the connection.
            Some(Err(_)) => None,
        }
    }

    /// The Close message to send for `code` and `reason`, the reason cut at a character boundary
    /// to fit in 123 bytes.
    ///
    /// # Errors
    ///
    /// [`EncodeError::CodeNotSendable`] for a code that may not be sent (1004, 1006, 1015, the
    /// unassigned and out-of-spec ranges), which reqwest-websocket would send as it is, and for
    /// 1005, which needs an empty Close frame that reqwest-websocket cannot send.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::CloseCode;
    /// use reqwest_websocket::{CloseCode as ReqwestCode, Message};
    ///
    /// let close = closecode::reqwest_websocket::close_message(CloseCode::GOING_AWAY, "bye")?;
    /// assert!(matches!(close, Message::Close { code: ReqwestCode::Away, reason } if reason == "bye"));
    /// assert!(closecode::reqwest_websocket::close_message(CloseCode::NO_STATUS_RCVD, "").is_err());
    /// # Ok::<(), closecode::frame::EncodeError>(())
    /// ```
    pub fn close_message(code: CloseCode, reason: &str) -> Result<Message, EncodeError> {
        match crate::closed::outgoing(code, reason)? {
            None => Err(EncodeError::CodeNotSendable { code }),
            Some((code, reason)) => Ok(Message::Close {
                code: code.into(),
                reason: reason.to_owned(),
            }),
        }
    }
}

pub use v0_6::{close_message, closed};
