//! The close code itself, a number with meaning attached by the modules above.

/// A WebSocket close code: any `u16`, registered or not.
///
/// Like `http::StatusCode`, it is a plain number with named constants for the registered codes
/// (`CloseCode::GOING_AWAY`, `CloseCode::BAD_GATEWAY`, ...), usable in `match`. Codes nobody has
/// registered yet are valid values too: their facts and texts come from their range, and when
/// IANA registers a code, only the data about it changes, never the value.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Locale, RetryClass};
///
/// let code = CloseCode::from(1006);
/// match code {
///     CloseCode::NORMAL_CLOSURE | CloseCode::GOING_AWAY => println!("closed on purpose"),
///     CloseCode::ABNORMAL_CLOSURE => println!("dropped"),
///     _ => println!("something else"),
/// }
/// assert!(code.is_local_only());
/// assert_eq!(code.retry(), RetryClass::Backoff);
/// assert_eq!(code.describe(Locale::EN).name().plain(), Some("Abnormal Closure"));
/// ```
// No `Default`: no code is the obvious default (0 is not a close code, and 1000 would hide a
// missing value), so a caller says which one it means.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CloseCode(pub(crate) u16);
