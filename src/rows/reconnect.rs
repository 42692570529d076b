//! The shape of a reconnect backoff schedule.

use core::time::Duration;

/// The shape of a backoff schedule.
///
/// Attempt 1 waits a uniformly random delay in `first_min..=first_max`. Attempt `n > 1` waits a
/// uniformly random delay in `ceiling/2..=ceiling`, where
/// `ceiling = min(cap, first_max * growth^(n-2))` ("equal jitter": it keeps growing, yet clients
/// that dropped together spread out). After `max_attempts` delays the schedule ends. The
/// schedules of the retry classes are data (`[[schedule]]` in `data/close-codes.toml`).
///
/// # Examples
///
/// ```
/// use std::time::Duration;
/// use closecode::{BackoffConfig, RetryClass};
///
/// let secs = Duration::from_secs;
/// // A dropped connection's schedule: 0 to 5 s first, doubling up to a minute, ten attempts.
/// let config = RetryClass::Backoff.schedule().unwrap();
/// assert_eq!((config.first_min, config.first_max, config.cap), (secs(0), secs(5), secs(60)));
/// assert_eq!((config.growth, config.max_attempts), (2, 10));
///
/// // Bounds out of order are raised, so every range is well formed.
/// let config = BackoffConfig::new(secs(5), secs(1), secs(0), 3);
/// assert_eq!((config.first_max, config.cap), (secs(5), secs(5)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct BackoffConfig {
    /// The shortest first delay.
    pub first_min: Duration,
    /// The longest first delay, and the base of the exponential growth.
    pub first_max: Duration,
    /// No delay is longer.
    pub cap: Duration,
    /// How many delays the schedule gives before it ends.
    pub max_attempts: u32,
    /// The factor the ceiling grows by from one attempt to the next (2 unless set).
    pub growth: u32,
}

impl BackoffConfig {
    /// A schedule from the code table's `[[schedule]]` rows, in whole seconds (the build has
    /// checked that the bounds are in order).
    pub(crate) const fn from_table(
        first_min: u64,
        first_max: u64,
        growth: u32,
        cap: u64,
        max_attempts: u32,
    ) -> BackoffConfig {
        BackoffConfig {
            first_min: Duration::from_secs(first_min),
            first_max: Duration::from_secs(first_max),
            cap: Duration::from_secs(cap),
            max_attempts,
            growth,
        }
    }
}
