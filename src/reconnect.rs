//! The delays between reconnect attempts: a backoff schedule that follows RFC 6455 §7.2.3 (a
//! random first delay, then truncated binary exponential growth with jitter), with a cap and an
//! attempt limit. Whether to reconnect at all is [`RetryClass`](crate::RetryClass)'s answer
//! (`retry.rs`); this module only computes delays, and needs no async runtime: the caller
//! sleeps however it likes.

pub use crate::rows::reconnect::BackoffConfig;
use core::time::Duration;

impl BackoffConfig {
    /// A schedule with these bounds. `first_max` is raised to `first_min` and `cap` to
    /// `first_max` when they are smaller, so every range is well formed.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use closecode::BackoffConfig;
    ///
    /// let config = BackoffConfig::new(Duration::ZERO, Duration::from_secs(2), Duration::from_secs(30), 5);
    /// assert_eq!(config.max_attempts, 5);
    /// ```
    pub fn new(
        first_min: Duration,
        first_max: Duration,
        cap: Duration,
        max_attempts: u32,
    ) -> BackoffConfig {
        let first_max = first_max.max(first_min);
        BackoffConfig {
            first_min,
            first_max,
            cap: cap.max(first_max),
            max_attempts,
            growth: 2,
        }
    }

    /// The same schedule with the ceiling growing by `growth` (at least 1) each attempt.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use closecode::BackoffConfig;
    ///
    /// let secs = Duration::from_secs;
    /// let config = BackoffConfig::new(secs(0), secs(1), secs(100), 5).with_growth(3);
    /// assert_eq!(config.range(3), Some((Duration::from_millis(1500), secs(3))));
    /// ```
    pub fn with_growth(mut self, growth: u32) -> BackoffConfig {
        self.growth = growth.max(1);
        self
    }

    /// The same schedule with every bound (`first_min`, `first_max`, `cap`) multiplied by
    /// `factor`, for tests and demonstrations that cannot wait 5 to 30 seconds (a negative or
    /// NaN factor counts as 0; a product too large for a [`Duration`] is the largest one).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use closecode::CloseCode;
    ///
    /// let restart = CloseCode::SERVICE_RESTART.retry().schedule().unwrap().scaled(0.001);
    /// assert_eq!(restart.first_min, Duration::from_millis(5));
    /// assert_eq!(restart.first_max, Duration::from_millis(30));
    /// ```
    pub fn scaled(self, factor: f64) -> BackoffConfig {
        BackoffConfig {
            first_min: scale(self.first_min, factor),
            first_max: scale(self.first_max, factor),
            cap: scale(self.cap, factor),
            ..self
        }
    }

    /// The range attempt `attempt` (1-based) draws its delay from, or `None` past the limit.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use closecode::RetryClass;
    ///
    /// let config = RetryClass::Backoff.schedule().unwrap();
    /// let secs = Duration::from_secs;
    /// assert_eq!(config.range(1), Some((secs(0), secs(5))));
    /// assert_eq!(config.range(2), Some((Duration::from_millis(2500), secs(5))));
    /// assert_eq!(config.range(3), Some((secs(5), secs(10))));
    /// assert_eq!(config.range(6), Some((secs(30), secs(60))));
    /// assert_eq!(config.range(11), None);
    /// ```
    pub fn range(&self, attempt: u32) -> Option<(Duration, Duration)> {
        if attempt == 0 || attempt > self.max_attempts {
            return None;
        }
        if attempt == 1 {
            return Some((self.first_min, self.first_max));
        }
        // first_max * growth^(attempt - 2), truncated at the cap (also when it would overflow).
        let growth = self
            .growth
            .checked_pow(attempt - 2)
            .and_then(|factor| self.first_max.checked_mul(factor));
        let ceiling = growth.map_or(self.cap, |ceiling| ceiling.min(self.cap));
        Some((ceiling / 2, ceiling))
    }
}

/// A source of random numbers for the jitter. Implemented by [`SplitMix64`] and by any
/// `FnMut() -> u64`, so tests can inject their own.
///
/// # Examples
///
/// ```
/// use std::time::Duration;
/// use closecode::{Backoff, BackoffConfig, Random};
///
/// // A closure is a source: always 0 draws the shortest delay of every range.
/// let mut zero = || 0u64;
/// assert_eq!(zero.next_u64(), 0);
/// let secs = Duration::from_secs;
/// let config = BackoffConfig::new(secs(1), secs(3), secs(60), 3);
/// let delays: Vec<_> = Backoff::new(config, zero).collect();
/// assert_eq!(delays, [secs(1), Duration::from_millis(1500), secs(3)]);
/// ```
pub trait Random {
    /// The next random number.
    fn next_u64(&mut self) -> u64;
}

impl<F: FnMut() -> u64> Random for F {
    fn next_u64(&mut self) -> u64 {
        self()
    }
}

/// A small, fast, seedable generator (SplitMix64). Not for cryptography; plenty for spreading
/// reconnects.
///
/// # Examples
///
/// ```
/// use closecode::{Random, SplitMix64};
///
/// let (mut a, mut b) = (SplitMix64::new(7), SplitMix64::new(7));
/// assert_eq!(a.next_u64(), b.next_u64());
/// ```
#[derive(Clone, Debug)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator that always produces the same numbers for the same seed.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Random, SplitMix64};
    ///
    /// let (mut a, mut b) = (SplitMix64::new(7), SplitMix64::new(7));
    /// assert_eq!(a.next_u64(), b.next_u64());
    /// ```
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    /// A generator seeded differently in every process and call, from the standard library's
    /// per-process random hash keys and the clock. Use it so that clients do not share a
    /// schedule.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Backoff, CloseCode, SplitMix64};
    ///
    /// let config = CloseCode::GOING_AWAY.retry().schedule().unwrap();
    /// let delays: Vec<_> = Backoff::new(config, SplitMix64::from_entropy()).collect();
    /// assert_eq!(delays.len(), 10);
    /// ```
    pub fn from_entropy() -> SplitMix64 {
        use std::hash::{BuildHasher, Hasher};
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        hasher.write_u128(now.as_nanos());
        SplitMix64(hasher.finish())
    }
}

impl Random for SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// The delays before each reconnect attempt, as an iterator that ends after the attempt limit.
/// Each delay is a whole number of milliseconds.
///
/// # Examples
///
/// ```
/// use closecode::{Backoff, CloseCode, SplitMix64};
///
/// let config = CloseCode::ABNORMAL_CLOSURE.retry().schedule().unwrap();
/// let delays: Vec<_> = Backoff::new(config, SplitMix64::new(1)).collect();
/// assert_eq!(delays.len(), 10);
/// assert!(delays.iter().all(|d| *d <= config.cap));
/// // In a client: for delay in Backoff::new(config, SplitMix64::from_entropy()) { sleep(delay); connect()?; }
/// ```
#[derive(Clone, Debug)]
pub struct Backoff<R = SplitMix64> {
    config: BackoffConfig,
    random: R,
    attempt: u32,
}

impl<R: Random> Backoff<R> {
    /// A schedule drawing its jitter from `random`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Backoff, CloseCode, SplitMix64};
    ///
    /// let config = CloseCode::SERVICE_RESTART.retry().schedule().unwrap();
    /// let mut backoff = Backoff::new(config, SplitMix64::new(1));
    /// let first = backoff.next().unwrap();
    /// assert!((5..=30).contains(&first.as_secs()));
    /// ```
    pub fn new(config: BackoffConfig, random: R) -> Backoff<R> {
        Backoff {
            config,
            random,
            attempt: 0,
        }
    }

    /// How many delays have been given.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Backoff, CloseCode, SplitMix64};
    ///
    /// let config = CloseCode::GOING_AWAY.retry().schedule().unwrap();
    /// let mut backoff = Backoff::new(config, SplitMix64::new(1));
    /// backoff.next();
    /// assert_eq!(backoff.attempts(), 1);
    /// ```
    pub fn attempts(&self) -> u32 {
        self.attempt
    }

    /// Starts over, after a connection that stayed up.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Backoff, CloseCode, SplitMix64};
    ///
    /// let config = CloseCode::GOING_AWAY.retry().schedule().unwrap();
    /// let mut backoff = Backoff::new(config, SplitMix64::new(1));
    /// backoff.next();
    /// backoff.reset(); // the connection stayed up: start over
    /// assert_eq!(backoff.attempts(), 0);
    /// ```
    pub fn reset(&mut self) {
        self.attempt = 0;
    }

    /// Switches to another schedule, from its first attempt, keeping the randomness.
    pub(crate) fn restart(&mut self, config: BackoffConfig) {
        self.config = config;
        self.attempt = 0;
    }
}

impl<R: Random> Iterator for Backoff<R> {
    type Item = Duration;

    fn next(&mut self) -> Option<Duration> {
        let (low, high) = self.config.range(self.attempt.checked_add(1)?)?;
        self.attempt += 1;
        // Whole milliseconds: the unit timers sleep in, and the one value that both the wait
        // and the countdown shown meanwhile ([`countdown`](crate::reconnector::countdown)) are
        // derived from, so the two never disagree. A bound with a fraction of a millisecond
        // is rounded inwards (a range inside one millisecond gives its upper end).
        let low_ms = low.as_nanos().div_ceil(1_000_000);
        let high_ms = (high.as_nanos() / 1_000_000).max(low_ms);
        let span = high_ms - low_ms;
        let random = u128::from(self.random.next_u64());
        let millis = low_ms
            + if span >= u128::from(u64::MAX) {
                random
            } else {
                random % (span + 1)
            };
        // Duration::from_millis takes a u64; the longest durations have more milliseconds.
        let seconds = u64::try_from(millis / 1000).unwrap_or(u64::MAX);
        let nanos = u32::try_from(millis % 1000).unwrap_or(0) * 1_000_000;
        Some(Duration::new(seconds, nanos))
    }
}

/// `duration` × `factor`, saturating: a negative or NaN factor gives zero, an overflow the
/// largest duration.
pub(crate) fn scale(duration: Duration, factor: f64) -> Duration {
    if factor.is_nan() || factor <= 0.0 {
        return Duration::ZERO;
    }
    Duration::try_from_secs_f64(duration.as_secs_f64() * factor).unwrap_or(Duration::MAX)
}
