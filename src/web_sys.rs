//! Interop with the browser's WebSocket through [web-sys](https://docs.rs/web-sys) (feature
//! `web-sys`): a `CloseEvent` as a [`Closed`](crate::Closed), and the arguments of `WebSocket.close`.
//!
//! A browser tells a page little: the code, the reason and `wasClean`. A refused handshake (an
//! HTTP 401, a server that is down, a TLS failure) and a connection that dropped later both
//! arrive as 1006, not clean, with no HTTP status. What tells them apart is whether the `open`
//! event fired first, which only the page knows: it passes that as `opened`.
//!
//! The logic lives in [`closed`], a plain function of the event's fields that runs and is
//! tested on any target; [`from_event`] only reads the event. This module has no code of its
//! own for wasm32: it compiles natively too (web-sys does), but the browser calls only work in
//! a browser.
//!
//! A page, start to end:
//!
//! ```no_run
//! # #[cfg(feature = "ko")] {
//! use std::cell::Cell;
//! use std::rc::Rc;
//!
//! use closecode::{CloseCode, Locale};
//! use wasm_bindgen::JsCast;
//! use wasm_bindgen::closure::Closure;
//! use web_sys::{CloseEvent, Event, WebSocket};
//!
//! let socket = WebSocket::new("wss://example.com/live").expect("a valid URL");
//! let opened = Rc::new(Cell::new(false));
//! let on_open = Closure::<dyn FnMut(Event)>::new({
//!     let opened = opened.clone();
//!     move |_| opened.set(true)
//! });
//! socket.set_onopen(Some(on_open.as_ref().unchecked_ref()));
//! on_open.forget();
//! let on_close = Closure::<dyn FnMut(CloseEvent)>::new(move |event: CloseEvent| {
//!     let closed = closecode::web_sys::from_event(&event, opened.get());
//!     web_sys::console::log_1(&closed.describe(Locale::KO).remedy().to_string().into());
//! });
//! socket.set_onclose(Some(on_close.as_ref().unchecked_ref()));
//! on_close.forget();
//!
//! // Closing from the page: browsers allow only 1000 and 3000-4999.
//! match closecode::web_sys::close_args(CloseCode::new(4000), "logged out") {
//!     Ok(Some((code, reason))) => socket.close_with_code_and_reason(code, reason).ok(),
//!     Ok(None) => socket.close().ok(),
//!     Err(err) => panic!("{err}"),
//! };
//! # }
//! ```
//!
//! # Versions
//!
//! The items live in [`v0_3`], for web-sys 0.3, and are re-exported here. web-sys is not
//! 1.0 yet: when web-sys 0.4 comes, closecode adds a module for it beside [`v0_3`] (and a
//! feature) in a minor release, and only a major release of closecode moves these unversioned
//! paths to it. Name `closecode::web_sys::v0_3` to stay on web-sys 0.3 through such a move.

/// web-sys 0.3 (feature `web-sys`).
pub mod v0_3 {
    use crate::frame::EncodeError;
    use crate::{CloseCode, Closed, ClosedBy};

    /// How the connection ended, from a `CloseEvent`'s `code`, `reason` and `wasClean`, and whether
    /// the `open` event fired before it:
    ///
    /// * not opened and not clean: the handshake failed
    ///   ([`ClosedBy::Handshake`], without a status: the browser hides
    ///   it), code 1006, or 1015 for a failed TLS handshake;
    /// * 1006: the connection dropped ([`ClosedBy::Dropped`]);
    /// * 1005: the peer closed without a code
    ///   ([`ClosedBy::PeerWithoutCode`]);
    /// * 1015 after the open event: the browser failed the connection
    ///   ([`ClosedBy::Library`]);
    /// * any other code: the peer's ([`ClosedBy::Peer`]), clean or not (a
    ///   peer's Close frame that arrived before the TCP connection broke is still the peer's).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, ClosedBy, RetryClass};
    /// use closecode::web_sys::closed;
    ///
    /// let refused = closed(1006, "", false, false);
    /// assert_eq!(refused.by, ClosedBy::Handshake { status: None });
    /// let dropped = closed(1006, "", false, true);
    /// assert_eq!(dropped.by, ClosedBy::Dropped);
    /// let restart = closed(1012, "deploy", true, true);
    /// assert_eq!((restart.code, restart.by), (CloseCode::SERVICE_RESTART, ClosedBy::Peer));
    /// assert_eq!(restart.retry(), RetryClass::RandomizedDelay);
    /// ```
    pub fn closed(code: u16, reason: &str, was_clean: bool, opened: bool) -> Closed {
        let code = CloseCode::new(code);
        match code {
            _ if !opened && !was_clean => {
                Closed::new(code, ClosedBy::Handshake { status: None }, reason)
            }
            CloseCode::ABNORMAL_CLOSURE => Closed::dropped(),
            CloseCode::NO_STATUS_RCVD => Closed::without_code(),
            CloseCode::TLS_HANDSHAKE => Closed::library(code, reason),
            _ => Closed::peer(code, reason),
        }
    }

    /// [`closed`] for a `CloseEvent`; `opened` says whether the socket's `open` event fired before
    /// it.
    ///
    /// # Examples
    ///
    /// ```no_run
    /// // Only in a browser: web-sys's calls need JavaScript.
    /// let event = web_sys::CloseEvent::new("close").expect("a browser");
    /// let closed = closecode::web_sys::from_event(&event, true);
    /// println!("{closed}");
    /// ```
    pub fn from_event(event: &::web_sys::CloseEvent, opened: bool) -> Closed {
        closed(event.code(), &event.reason(), event.was_clean(), opened)
    }

    /// The arguments for `WebSocket.close`: the code and the reason cut at a character boundary
    /// to the 123 bytes browsers allow (a longer one throws a `SyntaxError`), or `None` for 1005,
    /// which means calling `close()` without a code.
    ///
    /// # Errors
    ///
    /// [`EncodeError::CodeNotSendable`] for a code a page may not send: browsers throw an
    /// `InvalidAccessError` for anything but 1000 and 3000-4999.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::CloseCode;
    /// use closecode::web_sys::close_args;
    ///
    /// assert_eq!(close_args(CloseCode::NORMAL_CLOSURE, "bye")?, Some((1000, "bye")));
    /// assert_eq!(close_args(CloseCode::NO_STATUS_RCVD, "")?, None);
    /// assert!(close_args(CloseCode::GOING_AWAY, "").is_err()); // valid on the wire, not from a page
    /// # Ok::<(), closecode::frame::EncodeError>(())
    /// ```
    pub fn close_args(code: CloseCode, reason: &str) -> Result<Option<(u16, &str)>, EncodeError> {
        Ok(
            crate::closed::checked(code, reason, code.is_browser_sendable())?
                .map(|(code, reason)| (code.get(), reason)),
        )
    }
}

pub use v0_3::{close_args, closed, from_event};
