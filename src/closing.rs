//! One connection's close, followed to the end of its stream: what completes the closing
//! handshake on every stack, and what tells "we closed and the peer confirmed" from "the peer
//! closed".

use crate::frame::{self, EncodeError};
use crate::{CloseCode, Closed, ClosedBy};

/// How one connection ended, gathered while the application reads its stream to the end.
///
/// A stack answers a peer's Close frame with its own, but most of them only send that reply
/// on the next read or flush: tungstenite (and so tokio-tungstenite, axum and
/// reqwest-websocket) queues it and writes it when the application reads again. An application
/// that stops reading at the first Close message leaves the reply unsent, and the peer sees
/// 1006 instead of the code it sent. So the pattern is: read until the stream ends, hand every
/// read's answer to [`Closing::read`] (it keeps the first), and take the result from
/// [`Closing::finish`] once the stream has ended.
///
/// The side that starts the close builds its Close frame through [`Closing::close`], with the
/// stack module's builder, and keeps reading: the peer's reply then finishes as
/// [`ClosedBy::Us`] with `confirmed: true`, and the code and reason it sent, rather than as the
/// peer's own close.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Closed, ClosedBy, Closing};
///
/// // The peer closes: its Close message, then the end of the stream.
/// let mut closing = Closing::new();
/// let reads = [Some(Closed::from_payload(b"\x03\xf4deploy")), None];
/// for answer in reads {
///     if let Some(closed) = closing.read(answer) {
///         assert_eq!(closed.code, CloseCode::SERVICE_RESTART); // once, at the Close message
///     }
/// }
/// assert_eq!(closing.finish().by, ClosedBy::Peer);
///
/// // This side closes, and the peer echoes the code.
/// let mut closing = Closing::new();
/// let payload = closing.close(CloseCode::GOING_AWAY, "bye", |code, reason| {
///     closecode::frame::encode(code, reason).map(|p| p.as_bytes().to_vec())
/// })?;
/// closing.read(Some(Closed::from_payload(&payload)));
/// let closed = closing.finish();
/// assert_eq!((closed.code, closed.by), (CloseCode::GOING_AWAY, ClosedBy::Us { confirmed: true }));
/// assert_eq!(closed.to_string(), "1001 Going Away (closed by this side; the peer confirmed): \"bye\"");
///
/// // A stream that ends with no close at all: a dropped connection.
/// assert_eq!(Closing::new().finish().by, ClosedBy::Dropped);
/// # Ok::<(), closecode::frame::EncodeError>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Closing {
    /// The code and reason of the Close frame this side sent, if it sent one.
    sent: Option<(CloseCode, String)>,
    /// The first answer a read gave.
    answer: Option<Closed>,
}

impl Closing {
    /// Nothing sent and nothing read yet.
    ///
    /// # Examples
    ///
    /// ```
    /// let closing = closecode::Closing::new();
    /// assert!(!closing.has_ended());
    /// ```
    pub fn new() -> Closing {
        Closing::default()
    }

    /// Builds this side's Close frame with a stack module's builder (such as
    /// `closecode::tungstenite::close_frame`) and remembers its code and reason, so that the
    /// peer's reply finishes as [`ClosedBy::Us`]. Send what it returns, then keep reading.
    ///
    /// # Errors
    ///
    /// The builder's: [`EncodeError::CodeNotSendable`] for a code that may not be sent. Nothing
    /// is remembered then.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Closing};
    ///
    /// let mut closing = Closing::new();
    /// let args = closing.close(CloseCode::NORMAL_CLOSURE, "bye", |code, reason| Ok((code.get(), reason.to_owned())))?;
    /// assert_eq!(args, (1000, "bye".to_owned()));
    /// assert!(closing.close(CloseCode::ABNORMAL_CLOSURE, "", closecode::frame::encode).is_err());
    /// # Ok::<(), closecode::frame::EncodeError>(())
    /// ```
    pub fn close<F>(
        &mut self,
        code: CloseCode,
        reason: &str,
        build: impl FnOnce(CloseCode, &str) -> Result<F, EncodeError>,
    ) -> Result<F, EncodeError> {
        let built = build(code, reason)?;
        let reason = frame::truncate_reason(reason, frame::MAX_REASON);
        self.sent = Some((code, reason.to_owned()));
        Ok(built)
    }

    /// Takes the answer a stack module's `closed` gave for one read. Returns it the first time
    /// there is one, turned into [`ClosedBy::Us`] when this side had sent its Close first, so
    /// that the application can act on it once; later answers (the end of the stream, an error
    /// after the close) are ignored.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Closed, ClosedBy, Closing};
    ///
    /// let mut closing = Closing::new();
    /// assert_eq!(closing.read(None), None); // a data message
    /// let first = closing.read(Some(Closed::from(CloseCode::GOING_AWAY))).cloned();
    /// assert_eq!(first.map(|c| c.code), Some(CloseCode::GOING_AWAY));
    /// assert_eq!(closing.read(Some(Closed::from(CloseCode::ABNORMAL_CLOSURE))), None);
    /// assert_eq!(closing.finish().by, ClosedBy::Peer);
    /// ```
    pub fn read(&mut self, answer: Option<Closed>) -> Option<&Closed> {
        if self.answer.is_some() {
            return None;
        }
        let answer = answer?;
        let answer = match &self.sent {
            Some((code, reason)) => match answer.by {
                ClosedBy::Peer | ClosedBy::PeerWithoutCode => ours(*code, reason, true),
                ClosedBy::Dropped => ours(*code, reason, false),
                _ => answer,
            },
            None => answer,
        };
        self.answer = Some(answer);
        self.answer.as_ref()
    }

    /// Whether a read has given an answer yet: the connection is closing or closed.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Closed, Closing};
    ///
    /// let mut closing = Closing::new();
    /// closing.read(Some(Closed::from(CloseCode::NORMAL_CLOSURE)));
    /// assert!(closing.has_ended());
    /// ```
    pub fn has_ended(&self) -> bool {
        self.answer.is_some()
    }

    /// How the connection ended, once its stream has ended: the first answer; a Close this
    /// side sent that no reply followed ([`ClosedBy::Us`], not confirmed); or, when no read
    /// gave any answer, a dropped connection (1006, [`ClosedBy::Dropped`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, ClosedBy, Closing};
    ///
    /// let mut closing = Closing::new();
    /// closing.close(CloseCode::SERVICE_RESTART, "deploy", closecode::frame::encode)?;
    /// // The stream ended before the peer's reply came.
    /// let closed = closing.finish();
    /// assert_eq!((closed.code, closed.by), (CloseCode::SERVICE_RESTART, ClosedBy::Us { confirmed: false }));
    /// # Ok::<(), closecode::frame::EncodeError>(())
    /// ```
    pub fn finish(self) -> Closed {
        match (self.answer, self.sent) {
            (Some(answer), _) => answer,
            (None, Some((code, reason))) => ours(code, &reason, false),
            (None, None) => Closed::from(CloseCode::ABNORMAL_CLOSURE),
        }
    }
}

/// A close this side started.
fn ours(code: CloseCode, reason: &str, confirmed: bool) -> Closed {
    Closed::new(code, ClosedBy::Us { confirmed }, reason)
}
