//! Interop with [fastwebsockets](https://docs.rs/fastwebsockets) 0.10 (feature
//! `fastwebsockets`).
//!
//! fastwebsockets hands the application raw frames: a close is `Frame { opcode: Close,
//! payload }`, which [`closed`] reads with closecode's own [`frame::decode`](crate::frame::decode).
//! With `auto_close` on (the default) fastwebsockets checks the payload first: like tungstenite
//! it refuses 1004, 1014 and codes outside the registry's ranges, answers 1002 and returns
//! `WebSocketError::InvalidCloseCode` ([`ClosedBy::Library`](crate::ClosedBy::Library)). With
//! `auto_close` off, closecode checks the payload as an endpoint must. Its `CloseCode` enum
//! converts both ways, keeping the number.
//!
//! A server connection, start to end. With `auto_close` on, fastwebsockets writes its reply to
//! the peer's Close inside the `read_frame` that returns it, so the loop may stop at the first
//! close. [`Closing`](crate::Closing) keeps the answer and, for a close the server started,
//! says whether the peer confirmed it:
//!
//! ```no_run
//! # #[cfg(feature = "ko")] {
//! # async fn serve(mut ws: fastwebsockets::WebSocket<tokio::net::TcpStream>) -> Result<(), fastwebsockets::WebSocketError> {
//! use closecode::{CloseCode, Closing, Locale};
//! use fastwebsockets::OpCode;
//!
//! let mut closing = Closing::new();
//! loop {
//!     let next = ws.read_frame().await;
//!     if closing.read(closecode::fastwebsockets::closed(&next)).is_some() {
//!         break; // the reply has gone out already
//!     }
//!     let frame = next?;
//!     if frame.opcode == OpCode::Text && &frame.payload[..] == b"bye" {
//!         let close = closing.close(CloseCode::NORMAL_CLOSURE, "bye", closecode::fastwebsockets::close_frame);
//!         ws.write_frame(close.expect("1000 may be sent")).await?;
//!     }
//! }
//! // 1000 Normal Closure (closed by this side; the peer confirmed): "bye", or the peer's close
//! let closed = closing.finish();
//! println!("{closed} / {}", closed.describe(Locale::KO).name());
//! # Ok(())
//! # }
//! # }
//! ```
//!
//! # Versions
//!
//! The items live in [`v0_10`], for fastwebsockets 0.10, and are re-exported here. fastwebsockets is not
//! 1.0 yet: when fastwebsockets 0.11 comes, closecode adds a module for it beside [`v0_10`] (and a
//! feature) in a minor release, and only a major release of closecode moves these unversioned
//! paths to it. Name `closecode::fastwebsockets::v0_10` to stay on fastwebsockets 0.10 through such a move.

/// fastwebsockets 0.10 (feature `fastwebsockets`).
pub mod v0_10 {
    use ::fastwebsockets::{CloseCode as FastCode, Frame, OpCode, WebSocketError};

    use crate::frame::{self, EncodeError};
    use crate::{CloseCode, Closed};

    crate::closed::number_conversions!(FastCode, "1014 becomes `Bad(1014)`.");

    /// How the connection ended, for what `WebSocket::read_frame` returned: a Close frame is what
    /// its payload says ([`Closed::from_payload`]); the end of the TCP stream (`UnexpectedEOF`) and
    /// an I/O error are 1006 ([`ClosedBy::Dropped`](crate::ClosedBy::Dropped)); a protocol error
    /// fastwebsockets raised is the code it failed the connection with (1002, 1007 for invalid
    /// UTF-8, 1009 for a frame over the limit; [`ClosedBy::Library`](crate::ClosedBy::Library)); a
    /// refused handshake carries the HTTP status where fastwebsockets gives it
    /// ([`ClosedBy::Handshake`](crate::ClosedBy::Handshake)). `None` for data frames and for
    /// `ConnectionClosed` after the close completed.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, ClosedBy};
    /// use fastwebsockets::{Frame, WebSocketError};
    ///
    /// let close = Frame::close(1012, b"deploy");
    /// let closed = closecode::fastwebsockets::closed(&Ok(close)).unwrap();
    /// assert_eq!((closed.code, closed.reason.as_str()), (CloseCode::SERVICE_RESTART, "deploy"));
    /// let refused = closecode::fastwebsockets::closed(&Err(WebSocketError::InvalidCloseCode)).unwrap();
    /// assert_eq!((refused.code, refused.by), (CloseCode::PROTOCOL_ERROR, ClosedBy::Library));
    /// let dropped = closecode::fastwebsockets::closed(&Err(WebSocketError::UnexpectedEOF)).unwrap();
    /// assert_eq!(dropped.by, ClosedBy::Dropped);
    /// ```
    pub fn closed(next: &Result<Frame<'_>, WebSocketError>) -> Option<Closed> {
        let err = match next {
            Ok(frame) if frame.opcode == OpCode::Close => {
                return Some(Closed::from_payload(&frame.payload));
            }
            Ok(_) | Err(WebSocketError::ConnectionClosed) => return None,
            Err(err) => err,
        };
        let text = || err.to_string();
        Some(match err {
            WebSocketError::UnexpectedEOF | WebSocketError::IoError(_) => Closed::dropped(),
            WebSocketError::InvalidUTF8 => {
                Closed::library(CloseCode::INVALID_FRAME_PAYLOAD_DATA, &text())
            }
            WebSocketError::FrameTooLarge => Closed::library(CloseCode::MESSAGE_TOO_BIG, &text()),
            WebSocketError::InvalidStatusCode(status) => Closed::handshake(Some(*status)),
            WebSocketError::InvalidUpgradeHeader
            | WebSocketError::InvalidConnectionHeader
            | WebSocketError::InvalidSecWebsocketVersion
            | WebSocketError::MissingSecWebSocketKey
            | WebSocketError::InvalidValue => Closed::handshake(None),
            WebSocketError::InvalidFragment
            | WebSocketError::InvalidContinuationFrame
            | WebSocketError::InvalidCloseFrame
            | WebSocketError::InvalidCloseCode
            | WebSocketError::ReservedBitsNotZero
            | WebSocketError::ControlFrameFragmented
            | WebSocketError::PingFrameTooLarge => {
                Closed::library(CloseCode::PROTOCOL_ERROR, &text())
            }
            // hyper's errors (feature `upgrade`) and failed sends (feature `unstable-split`): the
            // connection is gone.
            #[allow(unreachable_patterns)]
            _ => Closed::dropped(),
        })
    }

    /// The Close frame to send for `code` and `reason`, for `WebSocket::write_frame`: an empty
    /// payload for 1005, the reason cut at a character boundary to fit in 123 bytes.
    /// (`Frame::close` checks neither the code nor the reason.)
    ///
    /// # Errors
    ///
    /// [`EncodeError::CodeNotSendable`] for a code that may not be sent (1004, 1006, 1015, the
    /// unassigned and out-of-spec ranges).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::CloseCode;
    ///
    /// let frame = closecode::fastwebsockets::close_frame(CloseCode::GOING_AWAY, "bye")?;
    /// assert_eq!(&frame.payload[..], b"\x03\xe9bye");
    /// let empty = closecode::fastwebsockets::close_frame(CloseCode::NO_STATUS_RCVD, "")?;
    /// assert!(empty.payload.is_empty());
    /// # Ok::<(), closecode::frame::EncodeError>(())
    /// ```
    pub fn close_frame(code: CloseCode, reason: &str) -> Result<Frame<'static>, EncodeError> {
        let payload = match crate::closed::outgoing(code, reason)? {
            None => Vec::new(),
            Some((code, reason)) => frame::encode(code, reason)?.as_bytes().to_vec(),
        };
        Ok(Frame::close_raw(payload.into()))
    }
}

pub use v0_10::{close_frame, closed};
