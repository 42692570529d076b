//! How a client should react to a close code.

/// How a client should react to a close code, as the code table records it for every code:
/// whether it reconnects on its own ([`reconnects`](RetryClass::reconnects)), after which delays
/// ([`schedule`](RetryClass::schedule)), and in words ([`phrase`](RetryClass::phrase)). For a
/// number nobody has given a meaning (unregistered 3000-4999) the answer is
/// [`AppDefined`](RetryClass::AppDefined): no reconnect unless the application opts in with
/// [`or`](RetryClass::or).
///
/// The classes follow RFC 6455 section 7.2.3 (back off after abnormal closures), the IANA
/// registrations of 1012 and 1013, and what widely used clients do (see `data/close-codes.toml`
/// for the sources of each code's class).
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, RetryClass};
///
/// assert_eq!(CloseCode::ABNORMAL_CLOSURE.retry(), RetryClass::Backoff);
/// assert_eq!(CloseCode::SERVICE_RESTART.retry(), RetryClass::RandomizedDelay);
/// assert!(!CloseCode::POLICY_VIOLATION.retry().reconnects());
/// assert_eq!(RetryClass::FixFirst.id(), "fix-first");
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "kebab-case")
)]
pub enum RetryClass {
    /// The connection ended as intended (1000, 1005): do not reconnect automatically.
    Done,
    /// A transient failure (1001, 1006, 1011, 1014, 3008): reconnect with exponential backoff
    /// and jitter, starting with a random delay (RFC 6455 section 7.2.3).
    Backoff,
    /// A planned restart (1012): reconnect after a random delay of 5 to 30 seconds.
    RandomizedDelay,
    /// Overload (1013): reconnect to another server, or much later.
    Elsewhere,
    /// A bug or misconfiguration (1002, 1003, 1007, 1009, 1010, 1015, invalid codes): the same
    /// attempt fails again until something is fixed.
    FixFirst,
    /// Authentication or authorization (1008, 3000, 3003): reconnect only with new credentials
    /// or permissions.
    Credentials,
    /// Unregistered 3000-range and private 4000-range codes: nobody but the application knows
    /// what they mean, so closecode does not reconnect unless the application opts in
    /// ([`RetryClass::or`]).
    AppDefined,
}
