//! How a connection ended: a close code, or a failure that never got one. One parser takes
//! both, so every command and function that takes a code takes a failure id too.

use core::fmt;
use core::str::FromStr;

use crate::{CloseCode, Failure, Locale, ParseCodeError, RetryClass};

/// A close code, or a failure that ended the connection before or without a Close frame.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Outcome, RetryClass};
///
/// assert_eq!("1006".parse::<Outcome>()?, Outcome::Code(CloseCode::ABNORMAL_CLOSURE));
/// assert_eq!("going-away".parse::<Outcome>()?.retry(), RetryClass::Backoff);
/// let refused: Outcome = "http-401".parse()?;
/// assert_eq!(refused.retry(), RetryClass::Credentials);
/// assert_eq!(refused.to_string(), "http-401");
/// # Ok::<(), closecode::ParseCodeError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Outcome {
    /// A close code (received, or reported locally such as 1006).
    Code(CloseCode),
    /// A failure before or without a Close frame.
    Failure(&'static Failure),
}

impl Outcome {
    /// The close code: the code itself, or 1006 for a failure, as a browser reports it.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Outcome};
    ///
    /// assert_eq!("1001".parse::<Outcome>()?.code(), CloseCode::GOING_AWAY);
    /// // A failure has no code of its own: a browser reports 1006.
    /// assert_eq!("dns".parse::<Outcome>()?.code(), CloseCode::ABNORMAL_CLOSURE);
    /// # Ok::<(), closecode::ParseCodeError>(())
    /// ```
    pub fn code(self) -> CloseCode {
        match self {
            Outcome::Code(code) => code,
            Outcome::Failure(failure) => failure.code(),
        }
    }

    /// The failure, when it is one.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Outcome;
    ///
    /// assert_eq!("http-429".parse::<Outcome>()?.failure().map(|f| f.id()), Some("http-429"));
    /// assert!("1006".parse::<Outcome>()?.failure().is_none());
    /// # Ok::<(), closecode::ParseCodeError>(())
    /// ```
    pub fn failure(self) -> Option<&'static Failure> {
        match self {
            Outcome::Failure(failure) => Some(failure),
            Outcome::Code(_) => None,
        }
    }

    /// The reconnect answer: the code's, or the failure's.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Outcome, RetryClass};
    ///
    /// assert_eq!("1012".parse::<Outcome>()?.retry(), RetryClass::RandomizedDelay);
    /// assert_eq!("http-403".parse::<Outcome>()?.retry(), RetryClass::Credentials);
    /// # Ok::<(), closecode::ParseCodeError>(())
    /// ```
    pub fn retry(self) -> RetryClass {
        match self {
            Outcome::Code(code) => code.retry(),
            Outcome::Failure(failure) => failure.retry(),
        }
    }

    /// The name in `locale`: "Abnormal Closure", "Upgrade refused: 401 Unauthorized".
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Locale, Outcome};
    ///
    /// assert_eq!("1006".parse::<Outcome>()?.name(Locale::EN), "Abnormal Closure");
    /// assert_eq!("http-401".parse::<Outcome>()?.name(Locale::EN), "Upgrade refused: 401 Unauthorized");
    /// # Ok::<(), closecode::ParseCodeError>(())
    /// ```
    pub fn name(self, locale: Locale) -> String {
        match self {
            Outcome::Code(code) => code.describe(locale).name().to_string(),
            Outcome::Failure(failure) => failure.texts(locale).name().to_owned(),
        }
    }

    /// What an application can tell its end users, in `locale`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Locale, Outcome};
    ///
    /// let refused: Outcome = "http-401".parse()?;
    /// assert_eq!(refused.user(Locale::EN), "Your session has expired. Please sign in again.");
    /// # Ok::<(), closecode::ParseCodeError>(())
    /// ```
    pub fn user(self, locale: Locale) -> String {
        match self {
            Outcome::Code(code) => code.describe(locale).user().to_string(),
            Outcome::Failure(failure) => failure.texts(locale).user().to_owned(),
        }
    }
}

impl From<CloseCode> for Outcome {
    fn from(code: CloseCode) -> Outcome {
        Outcome::Code(code)
    }
}

impl From<&'static Failure> for Outcome {
    fn from(failure: &'static Failure) -> Outcome {
        Outcome::Failure(failure)
    }
}

impl FromStr for Outcome {
    type Err = ParseCodeError;

    /// A number or a code's name ([`CloseCode`]'s parser), else a failure id (`http-429`,
    /// `dns`). Failure ids never read as numbers or code names (the build checks it).
    fn from_str(s: &str) -> Result<Outcome, ParseCodeError> {
        match s.parse::<CloseCode>() {
            Ok(code) => Ok(Outcome::Code(code)),
            Err(err) => Failure::find(s).map(Outcome::Failure).ok_or(err),
        }
    }
}

impl fmt::Display for Outcome {
    /// The number, or the failure id.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Outcome::Code(code) => write!(f, "{code}"),
            Outcome::Failure(failure) => f.write_str(failure.id()),
        }
    }
}

/// A code as its number, a failure as its id (`"http-401"`), as `Display` writes them.
#[cfg(feature = "serde")]
impl serde::Serialize for Outcome {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Outcome::Code(code) => code.serialize(serializer),
            Outcome::Failure(failure) => serializer.serialize_str(failure.id()),
        }
    }
}

/// A number, or a string that [`Outcome`]'s `FromStr` reads: a number, a code's name or a
/// failure id.
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use closecode::{CloseCode, Outcome};
///
/// let both: Vec<Outcome> = serde_json::from_str(r#"[1006, "going-away", "http-429"]"#).unwrap();
/// assert_eq!(both[1], Outcome::Code(CloseCode::GOING_AWAY));
/// assert_eq!(serde_json::to_string(&both).unwrap(), r#"[1006,1001,"http-429"]"#);
/// # }
/// ```
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Outcome {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Outcome, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Written {
            Number(u16),
            Text(String),
        }
        match Written::deserialize(deserializer)? {
            Written::Number(number) => Ok(Outcome::Code(CloseCode::new(number))),
            Written::Text(text) => text.parse().map_err(serde::de::Error::custom),
        }
    }
}
