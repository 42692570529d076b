//! Which close codes well-known WebSocket libraries accept when a Close frame arrives.
//!
//! RFC 6455 and the IANA registry make 1000-1003, 1007-1014 and 3000-4999 valid, but libraries
//! differ: gorilla/websocket and tungstenite still reject 1014 (registered in 2016) and fail the
//! connection with 1002. A proxy or gateway that forwards close codes can use this table to see
//! which peers would choke. The rows live in `data/close-codes.toml`, each with its source.

use crate::CloseCode;
use crate::table::LIBRARIES;

/// A WebSocket library and the close codes it accepts on receipt.
///
/// # Example
///
/// ```
/// use closecode::{CloseCode, Library};
///
/// let rejecting: Vec<&str> = CloseCode::BAD_GATEWAY.rejected_by().map(|l| l.name).collect();
/// assert_eq!(rejecting, ["gorilla/websocket", "tungstenite"]);
/// assert!(Library::all().iter().all(|l| l.accepts(CloseCode::GOING_AWAY)));
/// ```
#[derive(Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Library {
    /// A stable id, such as `"tungstenite"`.
    pub id: &'static str,
    /// The library's name, such as `"gorilla/websocket"`.
    pub name: &'static str,
    /// The codes it accepts, as inclusive ranges.
    pub accepts: &'static [(u16, u16)],
    /// Where this was read (repository and file).
    pub sources: &'static [&'static str],
}

impl Library {
    /// Every library in the table.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(closecode::Library::all().iter().any(|l| l.id == "python-websockets"));
    /// ```
    pub fn all() -> &'static [Library] {
        &LIBRARIES
    }

    /// Whether the library accepts `code` in a Close frame it receives.
    ///
    /// # Example
    ///
    /// ```
    /// use closecode::{CloseCode, Library};
    ///
    /// let gorilla = Library::all().iter().find(|l| l.id == "gorilla").unwrap();
    /// assert!(gorilla.accepts(CloseCode::TRY_AGAIN_LATER));
    /// assert!(!gorilla.accepts(CloseCode::BAD_GATEWAY));
    /// ```
    pub fn accepts(&self, code: CloseCode) -> bool {
        self.accepts
            .iter()
            .any(|&(first, last)| (first..=last).contains(&code.get()))
    }
}

impl CloseCode {
    /// The libraries in [`Library::all`] that reject this code when it arrives, even though it
    /// may be valid on the wire.
    ///
    /// # Example
    ///
    /// ```
    /// use closecode::CloseCode;
    ///
    /// assert_eq!(CloseCode::SERVICE_RESTART.rejected_by().count(), 0);
    /// assert_eq!(CloseCode::BAD_GATEWAY.rejected_by().count(), 2);
    /// ```
    pub fn rejected_by(self) -> impl Iterator<Item = &'static Library> {
        Library::all()
            .iter()
            .filter(move |library| !library.accepts(self))
    }
}
