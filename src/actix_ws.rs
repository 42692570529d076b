//! Interop with [actix-ws](https://docs.rs/actix-ws) and the actix-http types it re-exports
//! (`actix_ws::{CloseCode, CloseReason, Message, ProtocolError}`; feature `actix-ws`).
//!
//! actix-http's `CloseCode` is an enum with a variant per code up to 1013 and 1015, and
//! `Other(u16)` for the rest: 1014, the private codes, and 1005, which has no variant, since
//! actix says "no code" with `Close(None)`. Conversions here keep the number. actix-ws accepts
//! every code a peer sends, and reads the reason leniently (invalid UTF-8 is replaced), so a
//! Close frame always reaches the application as the peer's.
//!
//! A handler, start to end. actix-ws leaves the answering Close to the application: the
//! handler echoes the peer's code, then reads until the stream ends. [`Closing`](crate::Closing)
//! keeps the first answer. actix-ws ends the connection right after the handler's own Close
//! frame (actix-ws 0.4, `StreamingBody`), so the peer's reply to it never reaches the handler:
//! a close the handler started ends as [`ClosedBy::Us`](crate::ClosedBy::Us) with `confirmed:
//! false`, although the peer received the code:
//!
//! ```no_run
//! # #[cfg(feature = "ko")] {
//! use actix_ws::Message;
//! use closecode::{CloseCode, ClosedBy, Closing, Locale};
//!
//! async fn ws(req: actix_web::HttpRequest, body: actix_web::web::Payload) -> actix_web::Result<actix_web::HttpResponse> {
//!     let (response, session, mut stream) = actix_ws::handle(&req, body)?;
//!     actix_web::rt::spawn(async move {
//!         let mut closing = Closing::new();
//!         loop {
//!             let next = stream.recv().await;
//!             if let Some(closed) = closing.read(closecode::actix_ws::closed(&next)) {
//!                 if matches!(closed.by, ClosedBy::Peer | ClosedBy::PeerWithoutCode) {
//!                     // The peer closed: echo its code, as RFC 6455 §5.5.1 asks.
//!                     let echo = closecode::actix_ws::close_reason(closed.code, "").unwrap_or(None);
//!                     let _ = session.clone().close(echo).await;
//!                 }
//!             }
//!             let Some(next) = next else { break };
//!             if let Ok(Message::Text(text)) = next {
//!                 if &*text == "bye" {
//!                     let reason = closing.close(CloseCode::NORMAL_CLOSURE, "bye", closecode::actix_ws::close_reason);
//!                     let _ = session.clone().close(reason.expect("1000 may be sent")).await;
//!                 }
//!             }
//!         }
//!         let closed = closing.finish();
//!         println!("{closed} / {}", closed.describe(Locale::KO).name());
//!     });
//!     Ok(response)
//! }
//! # }
//! ```

use ::actix_http::ws::{CloseCode as ActixCode, CloseReason, Message, ProtocolError};

use crate::frame::EncodeError;
use crate::{CloseCode, Closed};

crate::closed::number_conversions!(ActixCode, "1005 and 1014 become `Other(..)`.");

/// The code a close reason reports: its code, or 1005 when the frame had none.
///
/// # Examples
///
/// ```
/// use actix_ws::{CloseCode as ActixCode, CloseReason};
/// use closecode::CloseCode;
///
/// let reason = CloseReason::from((ActixCode::Restart, "deploy"));
/// assert_eq!(closecode::actix_ws::frame_code(Some(&reason)), CloseCode::SERVICE_RESTART);
/// assert_eq!(closecode::actix_ws::frame_code(None), CloseCode::NO_STATUS_RCVD);
/// ```
pub fn frame_code(reason: Option<&CloseReason>) -> CloseCode {
    reason.map_or(CloseCode::NO_STATUS_RCVD, |reason| reason.code.into())
}

/// How the connection ended, for what `MessageStream::recv` (or the stream) yielded: a Close
/// message is the peer's code and description (`Close(None)`, 1005, is
/// [`ClosedBy::PeerWithoutCode`](crate::ClosedBy::PeerWithoutCode)); the end of the stream
/// without a Close message, and an I/O error, are 1006
/// ([`ClosedBy::Dropped`](crate::ClosedBy::Dropped)); a text message that is not UTF-8 is 1007,
/// a frame over the size limit 1009 and any other protocol error 1002, as
/// [`ClosedBy::Library`](crate::ClosedBy::Library). `None` for data messages.
///
/// # Examples
///
/// ```
/// use actix_ws::{CloseCode as ActixCode, CloseReason, Message, ProtocolError};
/// use closecode::{CloseCode, ClosedBy};
///
/// let close = Message::Close(Some(CloseReason::from((ActixCode::Other(1014), "upstream down"))));
/// let closed = closecode::actix_ws::closed(&Some(Ok(close))).unwrap();
/// assert_eq!((closed.code, closed.by), (CloseCode::BAD_GATEWAY, ClosedBy::Peer));
/// assert_eq!(closecode::actix_ws::closed(&None).unwrap().by, ClosedBy::Dropped);
/// let too_big = closecode::actix_ws::closed(&Some(Err(ProtocolError::Overflow))).unwrap();
/// assert_eq!(too_big.code, CloseCode::MESSAGE_TOO_BIG);
/// ```
pub fn closed(next: &Option<Result<Message, ProtocolError>>) -> Option<Closed> {
    match next {
        None => Some(Closed::dropped()),
        Some(Ok(Message::Close(None))) => Some(Closed::without_code()),
        Some(Ok(Message::Close(Some(reason)))) => Some(Closed::peer(
            reason.code,
            reason.description.as_deref().unwrap_or(""),
        )),
        Some(Ok(_)) => None,
        Some(Err(err)) => Some(match err {
            // actix-ws reports a text message that is not UTF-8 as InvalidData.
            ProtocolError::Io(io) if io.kind() == std::io::ErrorKind::InvalidData => {
                Closed::library(CloseCode::INVALID_FRAME_PAYLOAD_DATA, &err.to_string())
            }
            ProtocolError::Io(_) => Closed::dropped(),
            ProtocolError::Overflow => {
                Closed::library(CloseCode::MESSAGE_TOO_BIG, &err.to_string())
            }
            _ => Closed::library(CloseCode::PROTOCOL_ERROR, &err.to_string()),
        }),
    }
}

/// The close reason to send for `code` and `reason`, for `Session::close`: `None` (an empty
/// Close frame) for 1005, the description cut at a character boundary to fit in 123 bytes.
///
/// # Errors
///
/// [`EncodeError::CodeNotSendable`] for a code that may not be sent (1004, 1006, 1015, the
/// unassigned and out-of-spec ranges), which actix would send as it is.
///
/// # Examples
///
/// ```
/// use closecode::CloseCode;
///
/// let reason = closecode::actix_ws::close_reason(CloseCode::BAD_GATEWAY, "upstream down")?.unwrap();
/// assert_eq!(u16::from(reason.code), 1014);
/// assert_eq!(reason.description.as_deref(), Some("upstream down"));
/// assert_eq!(closecode::actix_ws::close_reason(CloseCode::NO_STATUS_RCVD, "")?, None);
/// # Ok::<(), closecode::frame::EncodeError>(())
/// ```
pub fn close_reason(code: CloseCode, reason: &str) -> Result<Option<CloseReason>, EncodeError> {
    Ok(
        crate::closed::outgoing(code, reason)?.map(|(code, reason)| CloseReason {
            code: code.into(),
            description: (!reason.is_empty()).then(|| reason.to_owned()),
        }),
    )
}
