//! Interop with [`tungstenite`](https://docs.rs/tungstenite) and tokio-tungstenite, which
//! re-exports its types: one module per version, side by side, because applications get their
//! tungstenite from the crates they use (axum 0.8 brings 0.29) and types of two versions do not
//! mix.
//!
//! * `v0_30` (feature `tungstenite-0-30`, or `tungstenite`): tungstenite and
//!   tokio-tungstenite 0.30. Its items are also here, as `closecode::tungstenite::closed` and
//!   so on.
//! * `v0_29` (feature `tungstenite-0-29`): tungstenite and tokio-tungstenite 0.29, the version
//!   axum 0.8 uses.
//!
//! A tokio-tungstenite client, start to end. It reads until the stream ends, also after the
//! Close message: tungstenite queues its reply to the peer's Close and sends it on the next
//! read, so a client that stops at the first Close leaves the peer with 1006 instead of the code
//! it sent. [`Closing`](crate::Closing) keeps the first answer and, for a close this side
//! started, says whether the peer confirmed it:
//!
//! ```no_run
//! # #[cfg(feature = "ko")] {
//! # #[cfg(feature = "tungstenite-0-30")]
//! # async fn client() -> Result<(), closecode::frame::EncodeError> {
//! use closecode::{CloseCode, Closing, Locale};
//! use futures_util::StreamExt;
//! use tokio_tungstenite::tungstenite::Message;
//! use tokio_tungstenite_0_30 as tokio_tungstenite;
//!
//! let (mut socket, _) = match tokio_tungstenite::connect_async("ws://127.0.0.1:9001/").await {
//!     Ok(connected) => connected,
//!     // A refused handshake: ClosedBy::Handshake, with the HTTP status.
//!     Err(err) => return Ok(println!("{}", closecode::tungstenite::closed(&Err(err)).unwrap())),
//! };
//! let mut closing = Closing::new();
//! while let Some(next) = socket.next().await {
//!     if let Some(closed) = closing.read(closecode::tungstenite::closed(&next)) {
//!         println!("closing: {closed}"); // once; keep reading so that the reply goes out
//!     } else if let Ok(Message::Text(text)) = next {
//!         if text.as_str() == "bye" {
//!             // A close of our own, checked and with its reason cut to fit:
//!             let frame = closing.close(CloseCode::GOING_AWAY, "shutting down", closecode::tungstenite::close_frame)?;
//!             socket.close(frame).await.ok();
//!         }
//!     }
//! }
//! // The stream has ended: the closing handshake is complete (or the connection dropped).
//! let closed = closing.finish();
//! println!("{closed}: {}", closed.describe(Locale::KO).remedy());
//! if closed.retry().reconnects() { /* wait the delays of its schedule() */ }
//! # Ok(())
//! # }
//! # }
//! ```
//!
//! With tungstenite's blocking `WebSocket`, the same loop reads with `socket.read()` until it
//! returns an error (`ConnectionClosed` once the close is complete), and `closed` takes that
//! `Result` as it is.
//!
//! Mind tungstenite's view of the registry: it files 1004 and the registered 1014 under
//! `CloseCode::Bad`, does not accept them, and when a peer sends one it replies with 1002 and
//! hands the application 1002 "Protocol violation" instead (snapview/tungstenite-rs#502):
//! `closed` reports that as [`ClosedBy::Library`](crate::ClosedBy::Library).
//! The conversions here keep the number either way.

use crate::Closed;

/// The text tungstenite puts in the Close frame it hands the application in place of one whose
/// code it refuses (`WebSocketContext::do_close`).
const REFUSED: &str = "Protocol violation";

/// A Close frame as a tungstenite-based stack hands it over: the peer's, unless it is
/// tungstenite's own 1002 "Protocol violation" for a code it refused. Shared with the stacks
/// built on tungstenite (axum, reqwest-websocket).
pub(crate) fn received(code: u16, reason: &str) -> Closed {
    if code == 1002 && reason == REFUSED {
        Closed::library(code, reason)
    } else {
        Closed::peer(code, reason)
    }
}

/// A close that failed as the failure `id` of `data/failures.toml` describes.
#[allow(dead_code)] // used by whichever version modules are built
pub(crate) fn failed(id: &str) -> Closed {
    match crate::Failure::find(id) {
        Some(failure) => Closed::failed(failure),
        None => Closed::dropped(),
    }
}

/// A `Retry-After` value in delay-seconds (RFC 9110 §10.2.3). The other form, an HTTP date,
/// needs the current time, which closecode never reads; such a header is left out.
#[allow(dead_code)] // used by whichever version modules are built
pub(crate) fn retry_after(value: &str) -> Option<core::time::Duration> {
    let value = value.trim();
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // More digits than a u64 holds: the server asked for longer than anyone waits.
    let seconds = value.parse::<u64>().unwrap_or(u64::MAX);
    Some(core::time::Duration::from_secs(seconds))
}

/// The close answer for a tungstenite error, in a module for one version; `$handshake` lists
/// that version's extra handshake errors.
macro_rules! error_answer {
    ($ts:ident $(, $handshake:ident)*) => {
        /// The answer for an error from a read (or a connect): `None` once the close has
        /// completed (`ConnectionClosed`, `AlreadyClosed`); the HTTP status for a refused
        /// handshake; 1006 for a reset or an I/O error; the code tungstenite failed the
        /// connection with for a protocol error it raised (1002, 1007, 1009).
        pub(crate) fn error(err: &::$ts::Error) -> Option<$crate::Closed> {
            use ::$ts::error::{CapacityError, ProtocolError};
            use ::$ts::Error;
            use $crate::Closed;
            let text = || err.to_string();
            Some(match err {
                Error::ConnectionClosed | Error::AlreadyClosed => return None,
                Error::Io(io) => match io.kind() {
                    std::io::ErrorKind::ConnectionRefused => $crate::tungstenite::failed("refused"),
                    std::io::ErrorKind::ConnectionReset => $crate::tungstenite::failed("reset"),
                    _ => Closed::dropped(),
                },
                Error::Protocol(ProtocolError::ResetWithoutClosingHandshake) => Closed::dropped(),
                Error::Http(response) => {
                    let closed = Closed::handshake(Some(response.status().as_u16()));
                    let wait = response
                        .headers()
                        .get("retry-after")
                        .and_then(|v| v.to_str().ok())
                        .and_then($crate::tungstenite::retry_after);
                    match wait {
                        Some(wait) => closed.with_retry_after(wait),
                        None => closed,
                    }
                }
                // tungstenite tries every address and, when all fail, drops the I/O error and
                // reports UnableToConnect (src/client.rs connect_to_some): a refused connection.
                Error::Url(::$ts::error::UrlError::UnableToConnect(_)) => {
                    $crate::tungstenite::failed("refused")
                }
                Error::Url(_)
                | Error::HttpFormat(_)
                | Error::Tls(_)
                | Error::AttackAttempt
                | Error::Capacity(CapacityError::TooManyHeaders)
                | Error::Protocol(
                    ProtocolError::WrongHttpMethod
                    | ProtocolError::WrongHttpVersion
                    | ProtocolError::MissingConnectionUpgradeHeader
                    | ProtocolError::MissingUpgradeWebSocketHeader
                    | ProtocolError::MissingSecWebSocketVersionHeader
                    | ProtocolError::MissingSecWebSocketKey
                    | ProtocolError::SecWebSocketAcceptKeyMismatch
                    | ProtocolError::SecWebSocketSubProtocolError(_)
                    | ProtocolError::JunkAfterRequest
                    | ProtocolError::CustomResponseSuccessful
                    | ProtocolError::InvalidHeader(_)
                    | ProtocolError::HandshakeIncomplete
                    | ProtocolError::HttparseError(_)
                    $(| ProtocolError::$handshake)*,
                ) => Closed::handshake(None),
                Error::Utf8(_) => Closed::library(1007, &text()),
                Error::Capacity(_) => Closed::library(1009, &text()),
                Error::Protocol(_) => Closed::library(1002, &text()),
                // Errors of writing, which a read does not return.
                _ => Closed::dropped(),
            })
        }
    };
}

/// The public module for one tungstenite version: conversions, `frame_code`, `describe`,
/// `closed` and `close_frame`, with examples that use that version.
#[allow(unused_macros)] // with only reqwest-websocket, no public version module is built
macro_rules! version_module {
    ($ts:ident, $module:ident $(, $handshake:ident)*) => {
        use ::$ts::protocol::CloseFrame;
        use ::$ts::protocol::frame::coding::CloseCode as TungsteniteCode;
        use ::$ts::{Error, Message};

        use $crate::frame::EncodeError;
        use $crate::{CloseCode, Closed, Description, Locale};

        error_answer!($ts $(, $handshake)*);

        $crate::closed::number_conversions!(
            TungsteniteCode,
            "1014 becomes `Bad(1014)`, which tungstenite refuses to accept from a peer (but will send)."
        );

        /// The code a close frame reports: its code, or 1005 when the frame had none.
        ///
        /// # Examples
        ///
        #[doc = concat!("```
use closecode::CloseCode;
use ", stringify!($ts), "::protocol::CloseFrame;
use closecode::tungstenite::", stringify!($module), "::frame_code;

let frame = CloseFrame { code: 1012.into(), reason: \"deploy\".into() };
assert_eq!(frame_code(Some(&frame)), CloseCode::SERVICE_RESTART);
assert_eq!(frame_code(None), CloseCode::NO_STATUS_RCVD);
```")]
        pub fn frame_code(frame: Option<&CloseFrame>) -> CloseCode {
            frame.map_or(CloseCode::NO_STATUS_RCVD, |frame| frame.code.into())
        }

        /// Describes a close frame in `locale` (1005 when there is none).
        ///
        /// # Examples
        ///
        #[doc = concat!("```
# #[cfg(feature = \"ko\")] {
use closecode::Locale;
use ", stringify!($ts), "::protocol::CloseFrame;

let frame = CloseFrame { code: 1001.into(), reason: \"\".into() };
let text = closecode::tungstenite::", stringify!($module), "::describe(Some(&frame), Locale::KO);
assert_eq!(text.name().plain(), Some(\"엔드포인트 이탈\"));
# }
```")]
        pub fn describe(frame: Option<&CloseFrame>, locale: Locale) -> Description {
            frame_code(frame).describe(locale)
        }

        /// How the connection ended, for what `WebSocket::read` returned or what a
        /// tokio-tungstenite stream yielded (or an error from connecting): a Close message is
        /// the peer's code and reason ([`ClosedBy::Peer`](crate::ClosedBy::Peer), or
        /// `PeerWithoutCode` for 1005), except tungstenite's own 1002 "Protocol violation" for
        /// a code it refused ([`ClosedBy::Library`](crate::ClosedBy::Library)); a reset or an
        /// I/O error is 1006 ([`ClosedBy::Dropped`](crate::ClosedBy::Dropped)); a refused
        /// handshake carries the HTTP status ([`ClosedBy::Handshake`](crate::ClosedBy::Handshake));
        /// a protocol error tungstenite raised is the code it failed the connection with (1002,
        /// 1007 for invalid UTF-8, 1009 for a message over the limit). `None` for data
        /// messages, and for `ConnectionClosed` after the close completed: the Close message
        /// came before it. It takes a read's `Result` or a stream's `Option` ([`Yielded`]):
        /// `None`, a stream that ended, is 1006. Keep reading after the first answer until the
        /// stream ends, so that tungstenite sends its reply to the peer's Close; a
        /// [`Closing`](crate::Closing) keeps the first answer meanwhile.
        ///
        /// # Examples
        ///
        #[doc = concat!("```
use closecode::{CloseCode, ClosedBy};
use ", stringify!($ts), "::{Error, Message, error::ProtocolError};
use ", stringify!($ts), "::protocol::CloseFrame;
use closecode::tungstenite::", stringify!($module), "::closed;

let dropped = Err(Error::Protocol(ProtocolError::ResetWithoutClosingHandshake));
assert_eq!(closed(&dropped).unwrap().by, ClosedBy::Dropped);
assert_eq!(closed(&Ok(Message::text(\"hi\"))), None);

// What tungstenite hands over when the peer sent 1014:
let refused = Message::Close(Some(CloseFrame { code: 1002.into(), reason: \"Protocol violation\".into() }));
let answer = closed(&Ok(refused)).unwrap();
assert_eq!((answer.code, answer.by), (CloseCode::PROTOCOL_ERROR, ClosedBy::Library));
```")]
        pub fn closed(next: &impl Yielded) -> Option<Closed> {
            next.answer()
        }

        /// What a read hands the application, for [`closed`]: `Result<Message, Error>`, as
        /// tungstenite's `WebSocket::read` returns it and a tokio-tungstenite stream yields it
        /// inside `Some`, and `Option<Result<Message, Error>>`, what `StreamExt::next` returns,
        /// whose `None` (the stream ended) is 1006 when no close came before it. Sealed: only
        /// these two types implement it.
        ///
        /// # Examples
        ///
        #[doc = concat!("```
use closecode::ClosedBy;
use ", stringify!($ts), "::Message;
use closecode::tungstenite::", stringify!($module), "::closed;

let ended: Option<Result<Message, ", stringify!($ts), "::Error>> = None;
assert_eq!(closed(&ended).unwrap().by, ClosedBy::Dropped);
assert_eq!(closed(&Some(Ok(Message::Close(None)))).unwrap().by, ClosedBy::PeerWithoutCode);
```")]
        pub trait Yielded: sealed::Sealed {}

        mod sealed {
            /// The answer for one read; see `closed`.
            pub trait Sealed {
                fn answer(&self) -> Option<$crate::Closed>;
            }
        }

        impl Yielded for Result<Message, Error> {}

        impl sealed::Sealed for Result<Message, Error> {
            fn answer(&self) -> Option<Closed> {
                match self {
                    Ok(Message::Close(None)) => Some(Closed::without_code()),
                    Ok(Message::Close(Some(frame))) => {
                        Some($crate::tungstenite::received(frame.code.into(), &frame.reason))
                    }
                    Ok(_) => None,
                    Err(err) => error(err),
                }
            }
        }

        impl Yielded for Option<Result<Message, Error>> {}

        impl sealed::Sealed for Option<Result<Message, Error>> {
            fn answer(&self) -> Option<Closed> {
                match self {
                    Some(next) => sealed::Sealed::answer(next),
                    None => Some(Closed::from(CloseCode::ABNORMAL_CLOSURE)),
                }
            }
        }

        /// The close frame to send for `code` and `reason`, for `WebSocket::close` or
        /// `Message::Close`: `None` (an empty Close frame) for 1005, the reason cut at a
        /// character boundary to fit in 123 bytes.
        ///
        /// # Errors
        ///
        /// [`EncodeError::CodeNotSendable`] for a code that may not be sent (1004, 1006, 1015,
        /// the unassigned and out-of-spec ranges): tungstenite would send it.
        ///
        /// # Examples
        ///
        #[doc = concat!("```
use closecode::CloseCode;
use closecode::tungstenite::", stringify!($module), "::close_frame;

// 200 bytes of a 2-byte letter: cut to 122 bytes, not into the middle of one at 123.
let frame = close_frame(CloseCode::SERVICE_RESTART, &\"é\".repeat(100))?.unwrap();
assert_eq!(u16::from(frame.code), 1012);
assert_eq!(frame.reason.len(), 122);
assert_eq!(close_frame(CloseCode::NO_STATUS_RCVD, \"\")?, None);
assert!(close_frame(CloseCode::ABNORMAL_CLOSURE, \"\").is_err());
# Ok::<(), closecode::frame::EncodeError>(())
```")]
        pub fn close_frame(
            code: CloseCode,
            reason: &str,
        ) -> Result<Option<CloseFrame>, EncodeError> {
            Ok($crate::closed::outgoing(code, reason)?.map(|(code, reason)| CloseFrame {
                code: code.into(),
                reason: reason.into(),
            }))
        }
    };
}

/// tungstenite and tokio-tungstenite 0.30 (feature `tungstenite-0-30`).
#[cfg(feature = "tungstenite-0-30")]
pub mod v0_30 {
    version_module!(tungstenite_0_30, v0_30, InvalidSecWebSocketKey);
}

#[cfg(feature = "tungstenite-0-30")]
pub use v0_30::{Yielded, close_frame, closed, describe, frame_code};

/// tungstenite and tokio-tungstenite 0.29 (feature `tungstenite-0-29`), which axum 0.8 uses.
#[cfg(feature = "tungstenite-0-29")]
pub mod v0_29 {
    version_module!(tungstenite_0_29, v0_29);
}

/// tungstenite 0.28, inside reqwest-websocket 0.6: only its errors are read, so only the error
/// answer is here.
#[cfg(feature = "reqwest-websocket")]
pub(crate) mod v0_28 {
    error_answer!(tungstenite_0_28);
}
