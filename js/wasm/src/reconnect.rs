//! The reconnect helper's state: the crate's `Reconnector` (the schedules, give-up, the reset
//! after a connection that stayed up), fed by the wrapper, which owns no socket and no timer.

use std::time::Duration;

use closecode::reconnector::{Next, Reconnector as Machine, countdown as text, give_up_message};
use closecode::{Closed, RetryClass, SplitMix64};
use wasm_bindgen::prelude::wasm_bindgen;

use crate::close::answer;
use crate::json::{failure, success};
use crate::locales::locale;
use crate::profiles;

/// The answers an app may give codes nobody gave a meaning (`unknownCodes`).
const RETRY: [RetryClass; 7] = [
    RetryClass::Done,
    RetryClass::Backoff,
    RetryClass::RandomizedDelay,
    RetryClass::Elsewhere,
    RetryClass::FixFirst,
    RetryClass::Credentials,
    RetryClass::AppDefined,
];

/// One connection's reconnect state. The package wraps it in a plain object
/// (`createReconnector`).
#[wasm_bindgen]
pub struct Reconnector {
    machine: Machine<SplitMix64>,
    locale: closecode::Locale,
}

#[wasm_bindgen]
impl Reconnector {
    /// A state machine for `tag`'s language, with `seed` for the jitter, under the profile
    /// `profile` (empty: none); `stable_after_ms` (0: the crate's default) is how long a
    /// connection must stay up before the schedule starts over; `scale` (1: as registered)
    /// multiplies every delay, for tests; `unknown` (empty: stop) is the answer for codes
    /// nobody gave a meaning.
    #[wasm_bindgen(constructor)]
    pub fn new(
        tag: &str,
        seed: f64,
        profile: &str,
        stable_after_ms: f64,
        scale: f64,
        unknown: &str,
    ) -> Result<Reconnector, String> {
        let locale = locale(tag);
        // The seed is a JavaScript number: its bits are as good a seed as any.
        let mut machine = Machine::new(SplitMix64::new(seed.to_bits()));
        if let Some(profile) = profiles::given(profile, locale)? {
            machine = machine.profile(profile);
        }
        if stable_after_ms > 0.0 {
            machine = machine.stable_after(millis(stable_after_ms));
        }
        if scale > 0.0 && scale != 1.0 {
            machine = machine.scale(scale);
        }
        if !unknown.is_empty() {
            let retry = RETRY
                .into_iter()
                .find(|r| r.to_string() == unknown)
                .ok_or_else(|| failure("bad-input", unknown, |_| {}))?;
            machine = machine.unknown_codes(retry);
        }
        Ok(Reconnector { machine, locale })
    }

    /// What to do after a close event (the same arguments as `fromCloseEvent`) that followed
    /// `stayed_up_ms` of open connection: `action` "retry" (with `delayMs`, `attempt` and the
    /// localized `countdown`), "stop" or "give-up" (with the localized `giveUpMessage`), plus the close's answer.
    pub fn next(
        &mut self,
        code: u16,
        reason: &str,
        was_clean: bool,
        opened: bool,
        stayed_up_ms: f64,
    ) -> String {
        let closed: Closed = closecode::web_sys::closed(code, reason, was_clean, opened);
        let next = self.machine.next(&closed, millis(stayed_up_ms));
        let mut object = success();
        let class = answer(
            &mut object,
            &closed,
            self.locale,
            self.machine.profile_in_use(),
        );
        // The schedule's answer (a profile's, or the unknown codes' one) over the close's.
        let retry = match next {
            Next::Retry {
                delay,
                attempt,
                retry,
            } => {
                // Whole milliseconds, rounded up: never sooner than the schedule says.
                let ms = delay.as_micros().div_ceil(1000);
                object
                    .str("action", "retry")
                    .num("delayMs", u64::try_from(ms).unwrap_or(u64::MAX))
                    .num("attempt", attempt)
                    .str("countdown", &text(delay, self.locale));
                retry
            }
            Next::Stop { retry } => {
                object.str("action", "stop");
                retry
            }
            Next::GiveUp { retry, attempts } => {
                object
                    .str("action", "give-up")
                    .num("attempt", attempts)
                    .str("giveUpMessage", give_up_message(self.locale));
                retry
            }
            _ => {
                object.str("action", "stop");
                class
            }
        };
        object
            .str("retry", &retry.to_string())
            .str("retryAdvice", class.phrase(self.locale))
            .bool("reconnect", class.schedule().is_some());
        object.finish()
    }

    /// Starts the schedule over, as after a connection that stayed up.
    pub fn reset(&mut self) {
        self.machine.reset();
    }
}

/// "Reconnecting in 13 seconds." for 12,300 ms, in `tag`'s language.
#[wasm_bindgen]
pub fn countdown(ms: f64, tag: &str) -> String {
    text(millis(ms), locale(tag))
}

/// Milliseconds from JavaScript (never negative, never NaN) as a `Duration`.
fn millis(ms: f64) -> Duration {
    if ms.is_finite() && ms > 0.0 {
        Duration::from_secs_f64(ms.min(1e15) / 1000.0)
    } else {
        Duration::ZERO
    }
}
