//! The close-code type.

use core::fmt;

use crate::describe::Description;
use crate::facts::Facts;
use crate::name_key::{MAX_NAME_KEY, name_key_bytes};
pub use crate::rows::code::CloseCode;
use crate::table::{self, CodeRange, KnownCode};
use crate::{Locale, RetryClass};

impl CloseCode {
    /// The code with this number.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::CloseCode;
    ///
    /// const MY_RATE_LIMIT: CloseCode = CloseCode::new(4029);
    /// assert_eq!(MY_RATE_LIMIT.get(), 4029);
    /// ```
    #[inline]
    pub const fn new(code: u16) -> CloseCode {
        CloseCode(code)
    }

    /// The number.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(closecode::CloseCode::GOING_AWAY.get(), 1001);
    /// ```
    #[inline]
    pub const fn get(self) -> u16 {
        self.0
    }

    /// The named code, if the IANA registry lists this number.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, KnownCode};
    ///
    /// assert_eq!(CloseCode::new(1014).known(), Some(KnownCode::BadGateway));
    /// assert_eq!(CloseCode::new(4000).known(), None);
    /// ```
    pub fn known(self) -> Option<KnownCode> {
        table::code_row(self.0).map(|row| row.known)
    }

    /// Whether the IANA registry lists this number.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::CloseCode;
    ///
    /// assert!(CloseCode::new(3008).is_registered());
    /// assert!(!CloseCode::new(3009).is_registered());
    /// ```
    #[inline]
    pub fn is_registered(self) -> bool {
        table::code_index(self.0).is_some()
    }

    /// The range the number falls in (RFC 6455 §7.4.2).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, CodeRange};
    ///
    /// assert_eq!(CloseCode::new(999).range(), CodeRange::Unused);
    /// assert_eq!(CloseCode::BAD_GATEWAY.range(), CodeRange::Protocol);
    /// assert_eq!(CloseCode::new(65535).range(), CodeRange::OutOfSpec);
    /// ```
    #[inline]
    pub const fn range(self) -> CodeRange {
        CodeRange::of(self.0)
    }

    /// All the facts the code table has about this code.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::CloseCode;
    ///
    /// let facts = CloseCode::TRY_AGAIN_LATER.facts();
    /// assert_eq!(facts.iana_name, Some("Try Again Later"));
    /// assert_eq!(facts.http_status, Some(503));
    /// ```
    pub fn facts(self) -> Facts {
        Facts::of(self)
    }

    /// Whether to send the code: RFC 6455 allows it in a Close frame and gives it a meaning.
    /// False for 1004, which the RFC allows but every library in closecode's peer table
    /// refuses; [`Facts::wire`](crate::Facts::wire) tells the two apart.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::CloseCode;
    ///
    /// assert!(CloseCode::BAD_GATEWAY.is_sendable());
    /// assert!(CloseCode::new(4999).is_sendable());
    /// assert!(!CloseCode::NO_STATUS_RCVD.is_sendable());
    /// assert!(!CloseCode::new(5000).is_sendable());
    /// assert!(!CloseCode::RESERVED.is_sendable());
    /// ```
    pub fn is_sendable(self) -> bool {
        self.facts().sendable
    }

    /// Whether endpoints only report the code locally and must never send it (1005, 1006, 1015).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::CloseCode;
    ///
    /// assert!(CloseCode::TLS_HANDSHAKE.is_local_only());
    /// assert!(!CloseCode::RESERVED.is_local_only());
    /// ```
    pub fn is_local_only(self) -> bool {
        self.facts().local_only
    }

    /// Whether a browser script may pass the code to `WebSocket.close()`: only 1000 and 3000
    /// to 4999 (WHATWG WebSockets Standard).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::CloseCode;
    ///
    /// assert!(CloseCode::NORMAL_CLOSURE.is_browser_sendable());
    /// assert!(!CloseCode::GOING_AWAY.is_browser_sendable());
    /// assert!(CloseCode::new(4001).is_browser_sendable());
    /// ```
    pub fn is_browser_sendable(self) -> bool {
        self.facts().browser_sendable
    }

    /// How a client should react to the code.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, RetryClass};
    ///
    /// assert_eq!(CloseCode::TRY_AGAIN_LATER.retry(), RetryClass::Elsewhere);
    /// ```
    pub fn retry(self) -> RetryClass {
        self.facts().retry
    }

    /// The HTTP status with the same meaning, where there is one (1011 500, 1013 503,
    /// 1014 502, 3000 401, 3003 403, 3008 408).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::CloseCode;
    ///
    /// assert_eq!(CloseCode::UNAUTHORIZED.http_status(), Some(401));
    /// assert_eq!(CloseCode::GOING_AWAY.http_status(), None);
    /// ```
    pub fn http_status(self) -> Option<u16> {
        table::code_row(self.0).and_then(|row| row.http_status)
    }

    /// The registered name, such as `"Going Away"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::CloseCode;
    ///
    /// assert_eq!(CloseCode::MANDATORY_EXTENSION.iana_name(), Some("Mandatory Ext."));
    /// assert_eq!(CloseCode::new(4000).iana_name(), None);
    /// ```
    pub fn iana_name(self) -> Option<&'static str> {
        table::code_row(self.0).and_then(|row| row.iana_name)
    }

    /// The code's localized name, description, symptom and remedy.
    ///
    /// For registered codes every text is a `&'static str`; for other numbers the texts are
    /// their range's, with the number filled in when written.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "ko")] {
    /// use closecode::{CloseCode, Locale};
    ///
    /// let ko = CloseCode::ABNORMAL_CLOSURE.describe(Locale::KO);
    /// assert_eq!(ko.name().plain(), Some("비정상 종료"));
    /// assert!(ko.remedy().to_string().contains("proxy_read_timeout"));
    /// # }
    /// ```
    #[inline]
    pub fn describe(self, locale: Locale) -> Description {
        Description::new(self, locale)
    }

    /// Finds a registered code by name, forgiving case and separators: the constant
    /// (`"GOING_AWAY"`), the IANA name (`"Going Away"`), any spelling in between
    /// (`"going-away"`), the [`KnownCode`] variant, and other libraries' names (`"Away"` in
    /// tungstenite, `"EndpointUnavailable"` in .NET, `"CloseGoingAway"` in gorilla), and the
    /// code's name in every shipped locale (`"비정상 종료"`, `"異常終了"`), forgiving spaces and
    /// punctuation there too (`"비정상종료"`).
    ///
    /// Numbers are not names: use [`str::parse`] for them. A range's name ("Private-use code")
    /// names no single code.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::CloseCode;
    ///
    /// assert_eq!(CloseCode::from_name("going-away"), Some(CloseCode::GOING_AWAY));
    /// assert_eq!(CloseCode::from_name("EndpointUnavailable"), Some(CloseCode::GOING_AWAY));
    /// assert_eq!(CloseCode::from_name("Bad Gateway"), Some(CloseCode::BAD_GATEWAY));
    /// assert_eq!(CloseCode::from_name("no such code"), None);
    /// # #[cfg(feature = "ko")] {
    /// assert_eq!(CloseCode::from_name("비정상 종료"), Some(CloseCode::ABNORMAL_CLOSURE));
    /// assert_eq!(CloseCode::from_name("비정상종료"), Some(CloseCode::ABNORMAL_CLOSURE));
    /// # }
    /// # #[cfg(feature = "ja")] {
    /// assert_eq!(CloseCode::from_name("異常終了"), Some(CloseCode::ABNORMAL_CLOSURE));
    /// # }
    /// ```
    pub fn from_name(name: &str) -> Option<CloseCode> {
        // As typed among the spellings the library writes (no pass over the name), else by
        // the name's key, which folds every other spelling (see `name_key`).
        table::spelling_code(name.as_bytes())
            .or_else(|| {
                let mut buf = [0; MAX_NAME_KEY];
                name_key_bytes(name, &mut buf).and_then(table::name_code)
            })
            .map(CloseCode)
            .or_else(|| crate::parse::localized_name(name).map(CloseCode::from))
    }
}

impl From<u16> for CloseCode {
    fn from(code: u16) -> CloseCode {
        CloseCode(code)
    }
}

impl From<CloseCode> for u16 {
    fn from(code: CloseCode) -> u16 {
        code.0
    }
}

impl From<KnownCode> for CloseCode {
    fn from(known: KnownCode) -> CloseCode {
        CloseCode(known as u16)
    }
}

impl TryFrom<CloseCode> for KnownCode {
    /// The code itself, when it is not registered.
    type Error = CloseCode;

    fn try_from(code: CloseCode) -> Result<KnownCode, CloseCode> {
        code.known().ok_or(code)
    }
}

impl PartialEq<u16> for CloseCode {
    fn eq(&self, other: &u16) -> bool {
        self.0 == *other
    }
}

impl PartialEq<CloseCode> for u16 {
    fn eq(&self, other: &CloseCode) -> bool {
        *self == other.0
    }
}

/// The number, as it appears in logs and as `str::parse` reads it.
impl fmt::Display for CloseCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

/// The number and, for registered codes, the constant: `CloseCode(1001 GOING_AWAY)`.
impl fmt::Debug for CloseCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match table::code_row(self.0) {
            Some(row) => write!(f, "CloseCode({} {})", self.0, row.constant),
            None => write!(f, "CloseCode({})", self.0),
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for CloseCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.0)
    }
}

/// As its number, like [`CloseCode`]: `1001`.
///
/// # Examples
///
/// ```
/// use closecode::KnownCode;
///
/// assert_eq!(serde_json::to_string(&KnownCode::GoingAway).unwrap(), "1001");
/// let known: KnownCode = serde_json::from_str(r#""going-away""#).unwrap();
/// assert_eq!(known, KnownCode::GoingAway);
/// let err = serde_json::from_str::<KnownCode>("4000").unwrap_err();
/// assert!(err.to_string().starts_with("4000 is not a registered close code"));
/// ```
#[cfg(feature = "serde")]
impl serde::Serialize for KnownCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        CloseCode::from(*self).serialize(serializer)
    }
}

/// What [`CloseCode`] reads (a number, or a string with a number or any name), when the code is
/// registered.
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for KnownCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<KnownCode, D::Error> {
        let code = CloseCode::deserialize(deserializer)?;
        KnownCode::try_from(code).map_err(|code| {
            serde::de::Error::custom(format_args!(
                "{code} is not a registered close code; registered: {}",
                KnownCode::all()
                    .map(|k| k.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        })
    }
}

/// From a number (`1001`) or a string holding a number or any name (`"1001"`,
/// `"GOING_AWAY"`, `"going-away"`), as in a configuration file.
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for CloseCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<CloseCode, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = CloseCode;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a close code: a number from 0 to 65535 or a name such as GOING_AWAY")
            }
            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<CloseCode, E> {
                u16::try_from(n).map(CloseCode).map_err(|_| {
                    E::custom(format_args!("close codes are 16-bit numbers, so {n} is too large; expected a number from 0 to 65535"))
                })
            }
            fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<CloseCode, E> {
                u64::try_from(n)
                    .map_err(|_| {
                        E::custom(format_args!(
                            "{n} is negative; expected a number from 0 to 65535"
                        ))
                    })
                    .and_then(|n| self.visit_u64(n))
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<CloseCode, E> {
                s.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}
