//! Interop with axum 0.8's [`extract::ws`](https://docs.rs/axum/0.8/axum/extract/ws/)
//! (feature `axum`).
//!
//! axum's close code is a bare `u16` (`CloseFrame { code: u16, reason: Utf8Bytes }`), which
//! already converts to and from [`CloseCode`](crate::CloseCode); this module adds what the bare number cannot
//! say. axum 0.8 runs on tungstenite 0.29, so a peer's 1014 reaches the handler as
//! tungstenite's own 1002 "Protocol violation", and its errors wrap tungstenite 0.29's:
//! [`closed`] looks inside them to tell a dropped connection from a protocol error.
//!
//! A handler, start to end. It reads until the stream ends, also after the Close message:
//! axum's tungstenite queues its reply to the peer's Close and sends it on the next read, so a
//! handler that returns at the first Close leaves the client with 1006 instead of the code it
//! sent. [`Closing`](crate::Closing) keeps the first answer and, for a close the handler
//! started, says whether the client confirmed it:
//!
//! ```no_run
//! # #[cfg(feature = "ko")] {
//! use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
//! use axum::response::Response;
//! use closecode::{CloseCode, Closing, Locale};
//!
//! async fn handler(upgrade: WebSocketUpgrade) -> Response {
//!     upgrade.on_upgrade(session)
//! }
//!
//! async fn session(mut socket: WebSocket) {
//!     let mut closing = Closing::new();
//!     loop {
//!         let next = socket.recv().await;
//!         if let Some(closed) = closing.read(closecode::axum::closed(&next)) {
//!             println!("closing: {closed}"); // once; keep reading so that the reply goes out
//!         }
//!         let Some(next) = next else { break };
//!         if let Ok(Message::Text(text)) = next {
//!             if text.as_str() == "bye" {
//!                 // A close of our own: checked, with its reason cut to fit.
//!                 let frame = closing.close(CloseCode::NORMAL_CLOSURE, "bye", closecode::axum::close_frame);
//!                 if let Ok(frame) = frame {
//!                     let _ = socket.send(Message::Close(frame)).await;
//!                 }
//!             }
//!         }
//!     }
//!     // The stream has ended: the closing handshake is complete (or the connection dropped).
//!     // 1001 Going Away: "tab closed", or
//!     // 1000 Normal Closure (closed by this side; the peer confirmed): "bye", or
//!     // 1006 Abnormal Closure (the connection dropped without a Close frame)
//!     let closed = closing.finish();
//!     println!("{closed} / {}", closed.describe(Locale::KO).name());
//! }
//!
//! let app: axum::Router = axum::Router::new().route("/ws", axum::routing::any(handler));
//! # }
//! ```
//!
//! # Versions
//!
//! The items live in [`v0_8`], for axum 0.8, and are re-exported here. axum is not 1.0 yet:
//! when axum 0.9 comes, closecode adds a `v0_9` module beside `v0_8` (and a feature for it) in
//! a minor release, and only a major release of closecode moves these unversioned paths to it.
//! Name `closecode::axum::v0_8` to stay on axum 0.8 through such a move.

/// axum 0.8's `extract::ws` (feature `axum`).
pub mod v0_8 {
    use ::axum::extract::ws::{CloseFrame, Message};

    use crate::frame::EncodeError;
    use crate::{CloseCode, Closed};

    /// The code a close frame reports: its code, or 1005 when the frame had none.
    ///
    /// # Examples
    ///
    /// ```
    /// use axum::extract::ws::{CloseFrame, Utf8Bytes, close_code};
    /// use closecode::CloseCode;
    ///
    /// let frame = CloseFrame { code: close_code::RESTART, reason: Utf8Bytes::from_static("deploy") };
    /// assert_eq!(closecode::axum::frame_code(Some(&frame)), CloseCode::SERVICE_RESTART);
    /// assert_eq!(closecode::axum::frame_code(None), CloseCode::NO_STATUS_RCVD);
    /// ```
    pub fn frame_code(frame: Option<&CloseFrame>) -> CloseCode {
        frame.map_or(CloseCode::NO_STATUS_RCVD, |frame| frame.code.into())
    }

    /// How the connection ended, for what `WebSocket::recv` (or the stream) yielded: a Close
    /// message is the peer's code and reason, except tungstenite's own 1002 "Protocol violation"
    /// for a code it refused ([`ClosedBy::Library`](crate::ClosedBy::Library)); a reset or an I/O
    /// error is 1006 ([`ClosedBy::Dropped`](crate::ClosedBy::Dropped)), and so is the end of the
    /// stream (`None`) without a Close message; a protocol error tungstenite raised is the code it
    /// failed the connection with. `None` for data messages.
    ///
    /// axum ends the stream after the Close message or an error, and after a Close it must be
    /// read once more so that its tungstenite sends the reply: hand every answer to a
    /// [`Closing`](crate::Closing) and keep reading until `recv` returns `None`.
    ///
    /// # Examples
    ///
    /// ```
    /// use axum::extract::ws::{CloseFrame, Message, Utf8Bytes};
    /// use closecode::{CloseCode, ClosedBy};
    ///
    /// let close = Message::Close(Some(CloseFrame { code: 1001, reason: Utf8Bytes::from_static("bye") }));
    /// let closed = closecode::axum::closed(&Some(Ok(close))).unwrap();
    /// assert_eq!((closed.code, closed.by, closed.reason.as_str()), (CloseCode::GOING_AWAY, ClosedBy::Peer, "bye"));
    /// assert_eq!(closecode::axum::closed(&None).unwrap().by, ClosedBy::Dropped);
    /// assert_eq!(closecode::axum::closed(&Some(Ok(Message::Close(None)))).unwrap().by, ClosedBy::PeerWithoutCode);
    /// assert_eq!(closecode::axum::closed(&Some(Ok(Message::text("hi")))), None);
    /// ```
    pub fn closed(next: &Option<Result<Message, ::axum::Error>>) -> Option<Closed> {
        match next {
            None => Some(Closed::dropped()),
            Some(Ok(Message::Close(None))) => Some(Closed::without_code()),
            Some(Ok(Message::Close(Some(frame)))) => {
                Some(crate::tungstenite::received(frame.code, &frame.reason))
            }
            Some(Ok(_)) => None,
            Some(Err(err)) => {
                // axum 0.8.9 wraps tokio-tungstenite 0.29's errors (its Cargo.toml; 0.8.0 wrapped
                // 0.26's): a private dependency, which axum may move inside 0.8.x. The stack
                // tests (tests/stacks/axum.rs) send axum a real protocol error and fail when
                // this downcast stops finding the error.
                let inner = core::error::Error::source(err)
                    .and_then(|inner| inner.downcast_ref::<::tungstenite_0_29::Error>());
                // An error of another kind has ended the stream all the same.
                inner.map_or(Some(Closed::dropped()), crate::tungstenite::v0_29::error)
            }
        }
    }

    /// The close frame to send for `code` and `reason`, as `Message::Close(frame)`: `None` (an
    /// empty Close frame) for 1005, the reason cut at a character boundary to fit in 123 bytes.
    ///
    /// # Errors
    ///
    /// [`EncodeError::CodeNotSendable`] for a code that may not be sent (1004, 1006, 1015, the
    /// unassigned and out-of-spec ranges), which axum would send as it is.
    ///
    /// # Examples
    ///
    /// ```
    /// use axum::extract::ws::Message;
    /// use closecode::CloseCode;
    ///
    /// let frame = closecode::axum::close_frame(CloseCode::TRY_AGAIN_LATER, "busy")?;
    /// assert_eq!(frame.as_ref().map(|f| (f.code, f.reason.as_str())), Some((1013, "busy")));
    /// let _message = Message::Close(frame);
    /// assert!(closecode::axum::close_frame(CloseCode::new(999), "").is_err());
    /// # Ok::<(), closecode::frame::EncodeError>(())
    /// ```
    pub fn close_frame(code: CloseCode, reason: &str) -> Result<Option<CloseFrame>, EncodeError> {
        Ok(
            crate::closed::outgoing(code, reason)?.map(|(code, reason)| CloseFrame {
                code: code.get(),
                reason: reason.into(),
            }),
        )
    }
}

pub use v0_8::{close_frame, closed, frame_code};
