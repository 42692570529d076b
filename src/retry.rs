//! Whether and how to reconnect after a close code: the one answer, used by the API, the CLI,
//! JSON and the texts. Its delays come from [`BackoffConfig`] (`reconnect.rs`).

use crate::ids::ids;
pub use crate::rows::retry::RetryClass;
use crate::table::{SCHEDULES, label};
use crate::{BackoffConfig, Locale};

ids!(RetryClass {
    Done => "done",
    Backoff => "backoff",
    RandomizedDelay => "randomized-delay",
    Elsewhere => "elsewhere",
    FixFirst => "fix-first",
    Credentials => "credentials",
    AppDefined => "app-defined",
});

impl RetryClass {
    /// Every class, in order; `all().len()` is how many there are.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::RetryClass;
    ///
    /// assert_eq!(RetryClass::all().len(), 7);
    /// assert_eq!(RetryClass::all().filter(|c| c.reconnects()).count(), 3);
    /// ```
    pub fn all() -> impl ExactSizeIterator<Item = RetryClass> + DoubleEndedIterator + Clone {
        RetryClass::ALL.iter().copied()
    }

    /// The class's id as the code table and JSON output spell it, such as `"fix-first"`; also
    /// its `Display`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::RetryClass;
    ///
    /// assert_eq!(RetryClass::RandomizedDelay.id(), "randomized-delay");
    /// assert_eq!(RetryClass::RandomizedDelay.to_string(), "randomized-delay");
    /// ```
    pub fn id(self) -> &'static str {
        self.ident()
    }

    /// Whether a client may reconnect on its own, without a person or a fix in between.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::RetryClass;
    ///
    /// assert!(RetryClass::Backoff.reconnects());
    /// assert!(!RetryClass::Credentials.reconnects());
    /// ```
    pub fn reconnects(self) -> bool {
        // One source: a class reconnects exactly when the code table gives it a schedule.
        self.schedule().is_some()
    }

    /// The schedule of delays for a class that reconnects, `None` for one that does not. The
    /// first delay is random (RFC 6455 §7.2.3); then the ceiling doubles, up to the cap, for at
    /// most 10 attempts:
    ///
    /// | class | first delay | cap |
    /// | --- | --- | --- |
    /// | `backoff` | 0 to 5 s | 60 s |
    /// | `randomized-delay` (1012, as its registration proposes) | 5 to 30 s | 120 s |
    /// | `elsewhere` (1013: after another server, or when the user acts) | 30 to 120 s | 600 s |
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use closecode::{CloseCode, RetryClass};
    ///
    /// let config = CloseCode::SERVICE_RESTART.retry().schedule().unwrap();
    /// assert_eq!((config.first_min, config.first_max), (Duration::from_secs(5), Duration::from_secs(30)));
    /// assert!(RetryClass::Done.schedule().is_none());
    /// assert!(RetryClass::AppDefined.schedule().is_none()); // only the application knows
    /// ```
    pub fn schedule(self) -> Option<BackoffConfig> {
        SCHEDULES
            .iter()
            .find(|(class, _)| *class == self)
            .map(|(_, config)| *config)
    }

    /// This class, or `fallback` when nobody has given the code a meaning
    /// ([`RetryClass::AppDefined`]: unregistered numbers from 3000 to 4999). It is how an
    /// application opts in to reconnecting after its own codes; closecode never does so on its
    /// own.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, RetryClass};
    ///
    /// // The application decided: its own private codes are temporary.
    /// let retry = CloseCode::new(4001).retry().or(RetryClass::Backoff);
    /// assert!(retry.reconnects());
    /// // A meaning closecode knows is kept.
    /// assert_eq!(CloseCode::NORMAL_CLOSURE.retry().or(RetryClass::Backoff), RetryClass::Done);
    /// ```
    pub fn or(self, fallback: RetryClass) -> RetryClass {
        match self {
            RetryClass::AppDefined => fallback,
            known => known,
        }
    }

    /// The class as a one-line phrase for logs and user interfaces, in `locale`.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "ko")] {
    /// use closecode::{Locale, RetryClass};
    ///
    /// assert_eq!(
    ///     RetryClass::RandomizedDelay.phrase(Locale::EN),
    ///     "Reconnect after a random delay of 5 to 30 s, then doubling up to 120 s, at most 10 attempts"
    /// );
    /// assert!(RetryClass::Backoff.phrase(Locale::KO).starts_with("지수 백오프와 지터를 적용해 재연결"));
    /// # }
    /// ```
    pub fn phrase(self, locale: Locale) -> &'static str {
        locale.label_at(match self {
            RetryClass::Done => label::RETRY_DONE,
            RetryClass::Backoff => label::RETRY_BACKOFF,
            RetryClass::RandomizedDelay => label::RETRY_RANDOMIZED_DELAY,
            RetryClass::Elsewhere => label::RETRY_ELSEWHERE,
            RetryClass::FixFirst => label::RETRY_FIX_FIRST,
            RetryClass::Credentials => label::RETRY_CREDENTIALS,
            RetryClass::AppDefined => label::RETRY_APP_DEFINED,
        })
    }

    /// The class in a word or two, in `locale`, for a table's cell where the full
    /// [`phrase`](RetryClass::phrase) would repeat a long sentence on every row (the site's
    /// index shows these, each explained once under the table).
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "ja")] {
    /// use closecode::{CloseCode, Locale, RetryClass};
    ///
    /// assert_eq!(RetryClass::FixFirst.token(Locale::EN), "Fix first");
    /// assert_eq!(CloseCode::POLICY_VIOLATION.retry().token(Locale::EN), "New credentials");
    /// assert_eq!(RetryClass::Backoff.token(Locale::JA), "バックオフで再接続");
    /// # }
    /// ```
    pub fn token(self, locale: Locale) -> &'static str {
        locale.label_at(match self {
            RetryClass::Done => label::RETRY_TOKEN_DONE,
            RetryClass::Backoff => label::RETRY_TOKEN_BACKOFF,
            RetryClass::RandomizedDelay => label::RETRY_TOKEN_RANDOMIZED_DELAY,
            RetryClass::Elsewhere => label::RETRY_TOKEN_ELSEWHERE,
            RetryClass::FixFirst => label::RETRY_TOKEN_FIX_FIRST,
            RetryClass::Credentials => label::RETRY_TOKEN_CREDENTIALS,
            RetryClass::AppDefined => label::RETRY_TOKEN_APP_DEFINED,
        })
    }

    /// The answer as a predicate that completes "1006 ...", for comparisons.
    #[cfg(feature = "pages")]
    pub(crate) fn predicate(self, locale: Locale) -> &'static str {
        locale.label_at(match self {
            RetryClass::Done => label::PRED_RETRY_DONE,
            RetryClass::Backoff => label::PRED_RETRY_BACKOFF,
            RetryClass::RandomizedDelay => label::PRED_RETRY_RANDOMIZED_DELAY,
            RetryClass::Elsewhere => label::PRED_RETRY_ELSEWHERE,
            RetryClass::FixFirst => label::PRED_RETRY_FIX_FIRST,
            RetryClass::Credentials => label::PRED_RETRY_CREDENTIALS,
            RetryClass::AppDefined => label::PRED_RETRY_APP_DEFINED,
        })
    }
}
