//! A reconnect state machine: fed what happened to each connection, it answers what to do
//! next: wait this long and connect again, or stop and why. It follows each code's answer
//! ([`RetryClass`]) and schedule, restarts the schedule when the answer changes, caps the
//! attempts, and starts over after a connection that stayed up long enough.
//!
//! It has no clock and no async runtime: the application says how long a connection stayed up
//! and sleeps the delays however it likes, so it also runs where the system clock is missing
//! (`SystemTime::now` panics on `wasm32-unknown-unknown`). Randomness comes from the caller or
//! a seed ([`SplitMix64::new`]); [`SplitMix64::from_entropy`] is only one choice.

use core::fmt;
use core::time::Duration;
use std::borrow::Cow;

use crate::reconnect::{Backoff, scale};
use crate::{
    BackoffConfig, CloseTexts, Closed, Label, Locale, Profile, Random, RetryClass, SplitMix64,
};

/// What to do after a connection ended. Its `Display` is an English line for logs.
///
/// # Examples
///
/// ```
/// use std::time::Duration;
/// use closecode::reconnector::Next;
/// use closecode::RetryClass;
///
/// let next = Next::Retry { delay: Duration::from_millis(4_849), attempt: 1, retry: RetryClass::Backoff };
/// assert_eq!(next.to_string(), "retry #1 (backoff) after 4.849s");
/// assert_eq!(Next::Stop { retry: RetryClass::Credentials }.to_string(), "stop (credentials)");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Next {
    /// Wait `delay`, then connect again; this is attempt `attempt` of the schedule of `retry`.
    Retry {
        /// How long to wait.
        delay: Duration,
        /// The attempt's number, from 1.
        attempt: u32,
        /// The answer whose schedule gave the delay.
        retry: RetryClass,
    },
    /// Do not reconnect on your own: `retry` says why (done, fix first, new credentials, or a
    /// code only the application knows).
    Stop {
        /// The answer for the close.
        retry: RetryClass,
    },
    /// The schedule of `retry` ran out after `attempts` attempts. Tell the user with
    /// [`give_up_message`], not the close's own user message, which promises another attempt.
    GiveUp {
        /// The answer whose schedule ran out.
        retry: RetryClass,
        /// How many attempts were made.
        attempts: u32,
    },
}

impl fmt::Display for Next {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Next::Retry {
                delay,
                attempt,
                retry,
            } => write!(f, "retry #{attempt} ({retry}) after {delay:?}"),
            Next::Stop { retry } => write!(f, "stop ({retry})"),
            Next::GiveUp { retry, attempts } => {
                write!(f, "give up ({retry}) after {attempts} attempts")
            }
        }
    }
}

/// The state machine. Create one per connection you keep alive, feed it every end with
/// [`Reconnector::next`], and follow its answer.
///
/// # Examples
///
/// ```
/// use std::time::Duration;
/// use closecode::reconnector::{Next, Reconnector};
/// use closecode::{CloseCode, Closed, RetryClass, SplitMix64};
///
/// let mut reconnect = Reconnector::new(SplitMix64::new(7));
/// // The server restarts: wait 5 to 30 s, as 1012's registration proposes.
/// let Next::Retry { delay, attempt, .. } = reconnect.next(&CloseCode::SERVICE_RESTART.into(), Duration::ZERO) else {
///     panic!("1012 reconnects");
/// };
/// assert!((5..=30).contains(&delay.as_secs()) && attempt == 1);
/// // A private code nobody gave a meaning: stop, unless the application opts in.
/// assert_eq!(
///     reconnect.next(&CloseCode::new(4401).into(), Duration::ZERO),
///     Next::Stop { retry: RetryClass::AppDefined }
/// );
/// ```
#[derive(Clone, Debug)]
pub struct Reconnector<R = SplitMix64> {
    /// The schedule running, and the answer it belongs to (`None` before the first retry).
    backoff: Backoff<R>,
    running: Option<RetryClass>,
    unknown: RetryClass,
    stable_after: Duration,
    /// The codes of the protocol or application, asked before the registry: borrowed when
    /// shipped, owned when loaded or layered.
    profile: Option<Cow<'static, Profile>>,
    /// Schedules the application set in place of a class's own.
    schedules: Vec<(RetryClass, BackoffConfig)>,
    /// The factor every wait is multiplied by, when set.
    scale: Option<f64>,
}

impl<R: Random> Reconnector<R> {
    /// A machine drawing its jitter from `random`, that stops after codes nobody gave a meaning
    /// and starts over after a connection that stayed up for a minute.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use closecode::reconnector::{Next, Reconnector};
    /// use closecode::{CloseCode, RetryClass};
    ///
    /// // Any `FnMut() -> u64` gives the jitter; always 0 draws the shortest delays.
    /// let mut reconnect = Reconnector::new(|| 0u64);
    /// let dropped = CloseCode::ABNORMAL_CLOSURE.into();
    /// let first = Next::Retry { delay: Duration::ZERO, attempt: 1, retry: RetryClass::Backoff };
    /// assert_eq!(reconnect.next(&dropped, Duration::ZERO), first);
    /// assert!(matches!(reconnect.next(&dropped, Duration::ZERO), Next::Retry { attempt: 2, .. }));
    /// // Up for a minute: the schedule starts over.
    /// assert_eq!(reconnect.next(&dropped, Duration::from_secs(60)), first);
    /// // A code nobody gave a meaning: stop.
    /// assert_eq!(
    ///     reconnect.next(&CloseCode::new(4000).into(), Duration::ZERO),
    ///     Next::Stop { retry: RetryClass::AppDefined }
    /// );
    /// ```
    pub fn new(random: R) -> Reconnector<R> {
        Reconnector {
            // An empty schedule until the first answer that reconnects picks its own.
            backoff: Backoff::new(
                BackoffConfig::new(Duration::ZERO, Duration::ZERO, Duration::ZERO, 0),
                random,
            ),
            running: None,
            unknown: RetryClass::AppDefined,
            stable_after: Duration::from_secs(60),
            profile: None,
            schedules: Vec::new(),
            scale: None,
        }
    }

    /// The answer for codes nobody gave a meaning (unregistered 3000-4999): the application's
    /// choice, such as [`RetryClass::Backoff`] when its own codes are temporary.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use closecode::reconnector::{Next, Reconnector};
    /// use closecode::{CloseCode, RetryClass, SplitMix64};
    ///
    /// let mut reconnect = Reconnector::new(SplitMix64::new(1)).unknown_codes(RetryClass::Backoff);
    /// let next = reconnect.next(&CloseCode::new(4000).into(), Duration::ZERO);
    /// assert!(matches!(next, Next::Retry { retry: RetryClass::Backoff, .. }));
    /// ```
    pub fn unknown_codes(mut self, retry: RetryClass) -> Reconnector<R> {
        self.unknown = retry;
        self
    }

    /// The profile whose codes the peer speaks (a protocol's, the application's, or both
    /// layered): its answers come before the registry's and before [`Reconnector::unknown_codes`].
    /// Takes a shipped `&'static Profile` as it is, without a copy, or an owned one (loaded,
    /// layered with [`Profile::over`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use closecode::reconnector::{Next, Reconnector};
    /// use closecode::{CloseCode, Closed, Profile, RetryClass, SplitMix64};
    ///
    /// let graphql = Profile::find("graphql-ws").unwrap();
    /// let mut reconnect = Reconnector::new(SplitMix64::new(1)).profile(graphql);
    /// // 4401 under graphql-ws: subscribed before the server acknowledged; retrying repeats it.
    /// let closed = Closed::from(CloseCode::new(4401));
    /// assert_eq!(reconnect.next(&closed, Duration::ZERO), Next::Stop { retry: RetryClass::FixFirst });
    /// assert!(reconnect.profile_in_use().is_some_and(|p| std::ptr::eq(p, graphql)));
    /// ```
    pub fn profile(mut self, profile: impl Into<Cow<'static, Profile>>) -> Reconnector<R> {
        self.profile = Some(profile.into());
        self
    }

    /// The profile given to [`Reconnector::profile`], to explain a close the way the machine
    /// decides it ([`Reconnector::describe`], [`Closed::display_with`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::reconnector::Reconnector;
    /// use closecode::{Profile, SplitMix64};
    ///
    /// let reconnect = Reconnector::new(SplitMix64::new(1));
    /// assert!(reconnect.profile_in_use().is_none());
    /// let reconnect = reconnect.profile(Profile::find("discord").unwrap());
    /// assert_eq!(reconnect.profile_in_use().map(|p| p.id()), Some("discord-gateway"));
    /// ```
    pub fn profile_in_use(&self) -> Option<&Profile> {
        self.profile.as_deref()
    }

    /// What `closed` means in `locale`, under the machine's profile when it has one
    /// ([`Closed::describe_with`]), else as [`Closed::describe`] says.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::reconnector::Reconnector;
    /// use closecode::{CloseCode, Closed, Locale, Profile, SplitMix64};
    ///
    /// let reconnect = Reconnector::new(SplitMix64::new(1)).profile(Profile::find("discord").unwrap());
    /// let closed = Closed::from(CloseCode::new(4004));
    /// assert_eq!(reconnect.describe(&closed, Locale::EN).name().plain(), Some("Authentication failed"));
    /// ```
    pub fn describe(&self, closed: &Closed, locale: Locale) -> CloseTexts<'_> {
        match self.profile_in_use() {
            Some(profile) => closed.describe_with(profile, locale),
            None => closed.describe(locale),
        }
    }

    /// Uses `config` in place of `retry`'s own schedule ([`RetryClass::schedule`]), as for a
    /// server whose restarts are known to take a minute. A class without a schedule of its own
    /// (done, fix first, credentials) still stops.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use closecode::reconnector::{Next, Reconnector};
    /// use closecode::{BackoffConfig, CloseCode, RetryClass, SplitMix64};
    ///
    /// let quick = BackoffConfig::new(Duration::ZERO, Duration::from_millis(10), Duration::from_millis(10), 2);
    /// let mut reconnect = Reconnector::new(SplitMix64::new(1)).schedule(RetryClass::RandomizedDelay, quick);
    /// let next = reconnect.next(&CloseCode::SERVICE_RESTART.into(), Duration::ZERO);
    /// assert!(matches!(next, Next::Retry { delay, .. } if delay <= Duration::from_millis(10)));
    /// ```
    pub fn schedule(mut self, retry: RetryClass, config: BackoffConfig) -> Reconnector<R> {
        self.schedules.retain(|(class, _)| *class != retry);
        self.schedules.push((retry, config));
        self
    }

    /// Multiplies every wait by `factor`, the server's `Retry-After` included: `0.001` makes
    /// 1012's 5 to 30 seconds 5 to 30 milliseconds, for tests and demonstrations. The attempts
    /// and the answers stay the same.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use closecode::reconnector::{Next, Reconnector};
    /// use closecode::{CloseCode, SplitMix64};
    ///
    /// let mut reconnect = Reconnector::new(SplitMix64::new(1)).scale(0.001);
    /// let Next::Retry { delay, .. } = reconnect.next(&CloseCode::SERVICE_RESTART.into(), Duration::ZERO) else {
    ///     panic!("1012 reconnects");
    /// };
    /// assert!((5..=30).contains(&delay.as_millis()));
    /// ```
    pub fn scale(mut self, factor: f64) -> Reconnector<R> {
        self.scale = Some(factor);
        self
    }

    /// How long a connection must stay up for the next end to start the schedule over.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use closecode::reconnector::Reconnector;
    /// use closecode::SplitMix64;
    ///
    /// let reconnect = Reconnector::new(SplitMix64::new(1)).stable_after(Duration::from_secs(300));
    /// # let _ = reconnect;
    /// ```
    pub fn stable_after(mut self, stayed_up: Duration) -> Reconnector<R> {
        self.stable_after = stayed_up;
        self
    }

    /// What to do after a connection ended as `closed` (a close code, a dropped connection or a
    /// refused handshake, as the stack modules report it) having stayed up for `stayed_up`
    /// (zero when it never opened). Allocates nothing.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use closecode::reconnector::{Next, Reconnector};
    /// use closecode::{CloseCode, RetryClass, SplitMix64};
    ///
    /// let mut reconnect = Reconnector::new(SplitMix64::new(3));
    /// let dropped = CloseCode::ABNORMAL_CLOSURE.into();
    /// for attempt in 1..=10 {
    ///     assert!(matches!(reconnect.next(&dropped, Duration::ZERO), Next::Retry { attempt: a, .. } if a == attempt));
    /// }
    /// assert_eq!(
    ///     reconnect.next(&dropped, Duration::ZERO),
    ///     Next::GiveUp { retry: RetryClass::Backoff, attempts: 10 }
    /// );
    /// ```
    pub fn next(&mut self, closed: &Closed, stayed_up: Duration) -> Next {
        if stayed_up >= self.stable_after {
            self.reset();
        }
        let retry = match self.profile_in_use() {
            Some(profile) => closed.retry_with(profile),
            None => closed.retry(),
        }
        .or(self.unknown);
        let Some(config) = retry.schedule() else {
            return Next::Stop { retry };
        };
        let config = self
            .schedules
            .iter()
            .find(|(class, _)| *class == retry)
            .map_or(config, |(_, config)| *config);
        let config = self.scale.map_or(config, |factor| config.scaled(factor));
        // A new answer starts its own schedule.
        if self.running != Some(retry) {
            self.backoff.restart(config);
            self.running = Some(retry);
        }
        match self.backoff.next() {
            Some(delay) => Next::Retry {
                // Never sooner than the server asked (Retry-After).
                delay: closed.retry_after.map_or(delay, |wait| {
                    delay.max(self.scale.map_or(wait, |factor| scale(wait, factor)))
                }),
                attempt: self.backoff.attempts(),
                retry,
            },
            None => Next::GiveUp {
                retry,
                attempts: self.backoff.attempts(),
            },
        }
    }

    /// Starts over, as after a connection that stayed up.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use closecode::reconnector::{Next, Reconnector};
    /// use closecode::{CloseCode, SplitMix64};
    ///
    /// let mut reconnect = Reconnector::new(SplitMix64::new(1));
    /// let dropped = CloseCode::ABNORMAL_CLOSURE.into();
    /// reconnect.next(&dropped, Duration::ZERO);
    /// reconnect.next(&dropped, Duration::ZERO);
    /// // The application knows the connection is healthy again (say, after a login went through).
    /// reconnect.reset();
    /// assert!(matches!(reconnect.next(&dropped, Duration::ZERO), Next::Retry { attempt: 1, .. }));
    /// ```
    pub fn reset(&mut self) {
        self.backoff.reset();
    }
}

/// What an application can tell its users when [`Next::GiveUp`] ends the attempts, in
/// `locale`: that the app stopped trying and they can try again later (the code's own user
/// message would promise another attempt). For a button that starts over with
/// [`Reconnector::reset`].
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "ja")] {
/// use closecode::Locale;
/// use closecode::reconnector::give_up_message;
///
/// assert_eq!(
///     give_up_message(Locale::EN),
///     "The app could not reconnect and has stopped trying. Please try again later."
/// );
/// assert!(give_up_message(Locale::JA).starts_with("再接続できなかった"));
/// # }
/// ```
pub fn give_up_message(locale: Locale) -> &'static str {
    locale.text(Label::USER_GIVE_UP).unwrap_or_default()
}

/// The countdown an application can show its users while it waits `delay` to reconnect, in
/// `locale`: "Reconnecting in 13 seconds." for 12.3 s (whole seconds, rounded up, with the
/// locale's plurals). [`countdown_to`] writes the same text into a buffer.
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "ko")] {
/// use std::time::Duration;
/// use closecode::Locale;
/// use closecode::reconnector::countdown;
///
/// assert_eq!(countdown(Duration::from_millis(12_300), Locale::EN), "Reconnecting in 13 seconds.");
/// assert_eq!(countdown(Duration::from_secs(1), Locale::EN), "Reconnecting in 1 second.");
/// assert_eq!(countdown(Duration::ZERO, Locale::KO), "지금 다시 연결합니다.");
/// # }
/// ```
pub fn countdown(delay: Duration, locale: Locale) -> String {
    let mut out = String::new();
    // Writing into a String cannot fail.
    let _ = countdown_to(&mut out, delay, locale);
    out
}

/// [`countdown`] written into `out`, such as a buffer reused once a second; it allocates
/// nothing when the buffer has room.
///
/// # Errors
///
/// Only the errors `out` itself returns.
///
/// # Examples
///
/// ```
/// use std::time::Duration;
/// use closecode::Locale;
/// use closecode::reconnector::countdown_to;
///
/// let mut line = String::with_capacity(64);
/// for left in [2_500, 1_000, 0] {
///     line.clear();
///     countdown_to(&mut line, Duration::from_millis(left), Locale::EN)?;
/// }
/// assert_eq!(line, "Reconnecting now.");
/// # Ok::<(), std::fmt::Error>(())
/// ```
pub fn countdown_to<W: fmt::Write + ?Sized>(
    out: &mut W,
    delay: Duration,
    locale: Locale,
) -> fmt::Result {
    let seconds = delay.as_secs() + u64::from(delay.subsec_nanos() > 0);
    Label::user_reconnecting(seconds).format_to(locale, out)
}
