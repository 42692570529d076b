//! Interop with [tokio-websockets](https://docs.rs/tokio-websockets) 0.13 (feature
//! `tokio-websockets`). Needs Rust 1.89, tokio-websockets 0.13's own minimum, where the rest of
//! the library needs 1.85.
//!
//! tokio-websockets' `CloseCode` wraps a `NonZeroU16` and only holds 1000-1015 and 3000-4999,
//! so the conversion from closecode's [`CloseCode`](crate::CloseCode) is a `TryFrom`. It accepts every code a
//! peer may send, 1014 included, and refuses 1004, 1005, 1006 and 1015 with
//! `ProtocolError::InvalidCloseCode`; `Message::close` panics on those, which
//! [`close_message`] checks first.
//!
//! A client, start to end. It reads until the stream ends, also after the Close message:
//! tokio-websockets queues its reply to the peer's Close and flushes it on the next read, so a
//! client that stops at the first Close leaves the peer with 1006 instead of the code it sent.
//! [`Closing`](crate::Closing) keeps the first answer and, for a close the client started,
//! says whether the peer confirmed it:
//!
//! ```no_run
//! # #[cfg(feature = "ko")] {
//! # async fn client() -> Result<(), tokio_websockets::Error> {
//! use closecode::{CloseCode, Closing, Locale};
//! use futures_util::{SinkExt, StreamExt};
//!
//! let builder = tokio_websockets::ClientBuilder::new().uri("ws://127.0.0.1:9001/").expect("a URI");
//! let (mut socket, _) = match builder.connect().await {
//!     Ok(connected) => connected,
//!     // A refused handshake: ClosedBy::Handshake, with the HTTP status.
//!     Err(err) => return Ok(println!("{}", closecode::tokio_websockets::closed(&Some(Err(err))).unwrap())),
//! };
//! let mut closing = Closing::new();
//! loop {
//!     let next = socket.next().await;
//!     if let Some(closed) = closing.read(closecode::tokio_websockets::closed(&next)) {
//!         println!("closing: {closed}"); // once; keep reading so that the reply goes out
//!     }
//!     let Some(next) = next else { break };
//!     if next.is_ok_and(|m| m.as_text() == Some("bye")) {
//!         let close = closing.close(CloseCode::NORMAL_CLOSURE, "bye", closecode::tokio_websockets::close_message);
//!         socket.send(close.expect("1000 may be sent")).await?;
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
//! The items live in [`v0_13`], for tokio-websockets 0.13, and are re-exported here. tokio-websockets is not
//! 1.0 yet: when tokio-websockets 0.14 comes, closecode adds a module for it beside [`v0_13`] (and a
//! feature) in a minor release, and only a major release of closecode moves these unversioned
//! paths to it. Name `closecode::tokio_websockets::v0_13` to stay on tokio-websockets 0.13 through such a move.

/// tokio-websockets 0.13 (feature `tokio-websockets`).
pub mod v0_13 {
    use ::tokio_websockets::proto::ProtocolError;
    use ::tokio_websockets::upgrade::Error as UpgradeError;
    use ::tokio_websockets::{CloseCode as TwsCode, Error, Message};

    use crate::frame::EncodeError;
    use crate::{CloseCode, Closed};

    impl From<TwsCode> for CloseCode {
        /// The number.
        fn from(code: TwsCode) -> CloseCode {
            CloseCode::new(code.into())
        }
    }

    impl TryFrom<CloseCode> for TwsCode {
        type Error = EncodeError;

        /// tokio-websockets' code for the number.
        ///
        /// # Errors
        ///
        /// [`EncodeError::CodeNotSendable`] for a number outside 1000-1015 and 3000-4999, which
        /// tokio-websockets cannot hold.
        fn try_from(code: CloseCode) -> Result<TwsCode, EncodeError> {
            TwsCode::try_from(code.get()).map_err(|_| EncodeError::CodeNotSendable { code })
        }
    }

    /// How the connection ended, for what the stream yielded (or an error from connecting): a
    /// Close message is the peer's code and reason (an empty one is 1005,
    /// [`ClosedBy::PeerWithoutCode`](crate::ClosedBy::PeerWithoutCode)); the end of the stream
    /// without a Close message, and an I/O error, are 1006
    /// ([`ClosedBy::Dropped`](crate::ClosedBy::Dropped)); a protocol error tokio-websockets raised is
    /// the code it failed the connection with (1007 for invalid UTF-8, 1009 for a payload over the
    /// limit, otherwise 1002; [`ClosedBy::Library`](crate::ClosedBy::Library)); a server that did not
    /// switch protocols gives its HTTP status
    /// ([`ClosedBy::Handshake`](crate::ClosedBy::Handshake)), and any other connect error none.
    /// `None` for data messages.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, ClosedBy};
    /// use tokio_websockets::{Error, Message, upgrade};
    ///
    /// let close = Message::close(Some(tokio_websockets::CloseCode::BAD_GATEWAY), "upstream down");
    /// let closed = closecode::tokio_websockets::closed(&Some(Ok(close))).unwrap();
    /// assert_eq!((closed.code, closed.by), (CloseCode::BAD_GATEWAY, ClosedBy::Peer));
    /// let refused = Err(Error::Upgrade(upgrade::Error::DidNotSwitchProtocols(401)));
    /// let closed = closecode::tokio_websockets::closed(&Some(refused)).unwrap();
    /// assert_eq!(closed.by, ClosedBy::Handshake { status: Some(401) });
    /// assert_eq!(closecode::tokio_websockets::closed(&None).unwrap().by, ClosedBy::Dropped);
    /// ```
    pub fn closed(next: &Option<Result<Message, Error>>) -> Option<Closed> {
        match next {
            None => Some(Closed::dropped()),
            Some(Ok(message)) => {
                let (code, reason) = message.as_close()?;
                Some(match message.as_payload().is_empty() {
                    true => Closed::without_code(),
                    false => Closed::peer(code, reason),
                })
            }
            Some(Err(err)) => error(err),
        }
    }

    fn error(err: &Error) -> Option<Closed> {
        let text = || err.to_string();
        Some(match err {
            // Returned by writes after a close, never by a read.
            Error::AlreadyClosed => return None,
            Error::Io(_) => Closed::dropped(),
            Error::Protocol(ProtocolError::InvalidUtf8) => {
                Closed::library(CloseCode::INVALID_FRAME_PAYLOAD_DATA, &text())
            }
            Error::Protocol(_) => Closed::library(CloseCode::PROTOCOL_ERROR, &text()),
            Error::PayloadTooLong { .. } => Closed::library(CloseCode::MESSAGE_TOO_BIG, &text()),
            Error::Upgrade(UpgradeError::DidNotSwitchProtocols(status)) => {
                Closed::handshake(Some(*status))
            }
            // Resolving, TLS, a bad URI or a bad header: the connection never opened.
            _ => Closed::handshake(None),
        })
    }

    /// The Close message to send for `code` and `reason`: an empty Close frame for 1005, the reason
    /// cut at a character boundary to fit in 123 bytes (`Message::close` would panic on a longer
    /// one, and on 1004, 1005, 1006 and 1015).
    ///
    /// # Errors
    ///
    /// [`EncodeError::CodeNotSendable`] for a code that may not be sent.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::CloseCode;
    ///
    /// let close = closecode::tokio_websockets::close_message(CloseCode::BAD_GATEWAY, &"x".repeat(200))?;
    /// let (code, reason) = close.as_close().unwrap();
    /// assert_eq!((u16::from(code), reason.len()), (1014, 123));
    /// let empty = closecode::tokio_websockets::close_message(CloseCode::NO_STATUS_RCVD, "")?;
    /// assert!(empty.as_payload().is_empty());
    /// assert!(closecode::tokio_websockets::close_message(CloseCode::TLS_HANDSHAKE, "").is_err());
    /// # Ok::<(), closecode::frame::EncodeError>(())
    /// ```
    pub fn close_message(code: CloseCode, reason: &str) -> Result<Message, EncodeError> {
        Ok(match crate::closed::outgoing(code, reason)? {
            None => Message::close(None, ""),
            Some((code, reason)) => Message::close(Some(code.try_into()?), reason),
        })
    }
}

pub use v0_13::{close_message, closed};
