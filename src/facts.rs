//! The facts about a close code: what the registry and RFC 6455 say, and what to do about it.

use core::fmt;

use crate::ids::ids;
pub use crate::rows::facts::{PeerNames, Sender, Wire};
use crate::table::{self, CodeRange, KnownCode, label};
use crate::{CloseCode, Locale, RetryClass};

ids!(Sender {
    Either => "either",
    Client => "client",
    Server => "server",
    Gateway => "gateway",
    Nobody => "nobody",
});

impl Sender {
    /// Every sender, in order.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Sender;
    ///
    /// let ids: Vec<_> = Sender::all().map(Sender::id).collect();
    /// assert_eq!(ids, ["either", "client", "server", "gateway", "nobody"]);
    /// ```
    pub fn all() -> impl ExactSizeIterator<Item = Sender> + DoubleEndedIterator + Clone {
        Sender::ALL.iter().copied()
    }

    /// The id as the code table spells it, such as `"gateway"`; also its `Display`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Sender;
    ///
    /// assert_eq!(Sender::Gateway.id(), "gateway");
    /// assert_eq!(Sender::Gateway.to_string(), "gateway");
    /// ```
    pub fn id(self) -> &'static str {
        self.ident()
    }

    /// Who sends it, as a short phrase in `locale`.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "ko")] {
    /// use closecode::{Locale, Sender};
    ///
    /// assert_eq!(Sender::Gateway.phrase(Locale::EN), "A gateway or proxy");
    /// assert_eq!(Sender::Client.phrase(Locale::KO), "클라이언트");
    /// # }
    /// ```
    pub fn phrase(self, locale: Locale) -> &'static str {
        locale.label_at(match self {
            Sender::Either => label::SENDER_EITHER,
            Sender::Client => label::SENDER_CLIENT,
            Sender::Server => label::SENDER_SERVER,
            Sender::Gateway => label::SENDER_GATEWAY,
            Sender::Nobody => label::SENDER_NOBODY,
        })
    }
}

ids!(Wire {
    Defined => "defined",
    Reserved => "reserved",
    LocalOnly => "local-only",
    Invalid => "invalid",
});

impl Wire {
    /// Every answer, in order.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Wire;
    ///
    /// assert_eq!(Wire::all().len(), 4);
    /// assert_eq!(Wire::all().filter(|w| w.allowed()).count(), 2);
    /// ```
    pub fn all() -> impl ExactSizeIterator<Item = Wire> + DoubleEndedIterator + Clone {
        Wire::ALL.iter().copied()
    }

    /// The id as the code table spells it, such as `"local-only"`; also its `Display`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(closecode::Wire::LocalOnly.id(), "local-only");
    /// ```
    pub fn id(self) -> &'static str {
        self.ident()
    }

    /// Whether RFC 6455 allows the code in a Close frame: [`Wire::Defined`] and
    /// [`Wire::Reserved`]. [`frame::decode`](crate::frame::decode) accepts these.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Wire;
    ///
    /// assert!(Wire::Defined.allowed() && Wire::Reserved.allowed());
    /// assert!(!Wire::Invalid.allowed());
    /// ```
    pub fn allowed(self) -> bool {
        matches!(self, Wire::Defined | Wire::Reserved)
    }
}

/// Everything the code table says about one close code.
///
/// Registered codes have a row of their own; every other number gets the facts of its range.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, CodeRange, RetryClass};
///
/// let facts = CloseCode::BAD_GATEWAY.facts();
/// assert!(facts.registered && facts.sendable && !facts.browser_sendable);
/// assert_eq!(facts.http_status, Some(502));
/// assert_eq!(facts.registered_on, Some("2016-10-10"));
///
/// let private = CloseCode::new(4403).facts();
/// assert_eq!(private.range, CodeRange::Private);
/// assert_eq!(private.retry, RetryClass::AppDefined);
/// assert_eq!(private.iana_name, None);
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Facts {
    /// The code.
    pub code: CloseCode,
    /// The range it falls in.
    pub range: CodeRange,
    /// Whether the IANA registry lists it.
    pub registered: bool,
    /// The associated constant on [`CloseCode`], such as `"GOING_AWAY"`.
    pub constant: Option<&'static str>,
    /// The registered name, such as `"Going Away"`; `None` for 1014, which the registry
    /// describes with a sentence instead of a name.
    pub iana_name: Option<&'static str>,
    /// The registry's text where it gives a sentence instead of a name (1014), verbatim.
    pub iana_description: Option<&'static str>,
    /// The name people use where the registry gives none: "Bad Gateway" for 1014, as MDN,
    /// Python websockets and coder/websocket call it.
    pub common_name: Option<&'static str>,
    /// Where it is defined: an RFC 6455 section or the IANA registrant.
    pub reference: &'static str,
    /// The IANA record date, for codes registered after RFC 6455.
    pub registered_on: Option<&'static str>,
    /// What RFC 6455 says about it in a Close frame.
    pub wire: Wire,
    /// Whether to send it: a code with a meaning that RFC 6455 allows in a Close frame
    /// ([`Wire::Defined`]). False for 1004, which the RFC allows but every library in
    /// closecode's peer table refuses; see [`Wire`].
    pub sendable: bool,
    /// Whether endpoints only report it locally and must never send it (1005, 1006, 1015).
    pub local_only: bool,
    /// Whether a browser script may pass it to `WebSocket.close()` (1000 and 3000 to 4999).
    pub browser_sendable: bool,
    /// Who sends it.
    pub sent_by: Sender,
    /// How a client should react.
    pub retry: RetryClass,
    /// The HTTP status with the same meaning, where there is one.
    pub http_status: Option<u16>,
    /// The names other libraries use.
    pub names: PeerNames,
    /// Registered codes readers often confuse with this one (an editorial list, for
    /// cross-references such as comparison pages).
    pub related: &'static [CloseCode],
    /// The public sources of these facts.
    pub sources: &'static [&'static str],
}

impl Facts {
    pub(crate) fn of(code: CloseCode) -> Facts {
        let range = CodeRange::of(code.get());
        if let Some(row) = table::code_row(code.get()) {
            return Facts {
                code,
                range,
                registered: true,
                constant: Some(row.constant),
                iana_name: row.iana_name,
                iana_description: row.iana_description,
                common_name: row.common_name,
                reference: row.reference,
                registered_on: row.registered_on,
                wire: row.wire,
                sendable: row.wire == Wire::Defined,
                local_only: row.wire == Wire::LocalOnly,
                browser_sendable: row.browser_sendable,
                sent_by: row.sent_by,
                retry: row.retry,
                http_status: row.http_status,
                names: row.names,
                related: row.related,
                sources: row.sources,
            };
        }
        let row = table::range_row(range);
        Facts {
            code,
            range,
            registered: false,
            constant: None,
            iana_name: None,
            iana_description: None,
            common_name: None,
            reference: row.reference,
            registered_on: None,
            wire: row.wire,
            sendable: row.wire == Wire::Defined,
            local_only: row.wire == Wire::LocalOnly,
            browser_sendable: row.browser_sendable,
            sent_by: row.sent_by,
            retry: row.retry,
            http_status: None,
            names: PeerNames::default(),
            related: &[],
            sources: row.sources,
        }
    }
}

impl CodeRange {
    /// The range's id, as the code table and JSON output spell it: `unused`, `protocol`,
    /// `framework`, `private` or `out-of-spec`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::CodeRange;
    ///
    /// assert_eq!(CodeRange::OutOfSpec.id(), "out-of-spec");
    /// ```
    pub fn id(self) -> &'static str {
        table::range_row(self).id
    }

    /// The first code in the range.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(closecode::CodeRange::Framework.first(), 3000);
    /// ```
    pub fn first(self) -> u16 {
        table::range_row(self).first
    }

    /// The last code in the range.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(closecode::CodeRange::Framework.last(), 3999);
    /// ```
    pub fn last(self) -> u16 {
        table::range_row(self).last
    }

    /// The numbers of the range that have no meaning of their own, as inclusive spans in order:
    /// the numbers the range's facts and texts speak for. The IANA registry lists the same
    /// spans as "Unassigned" (`1016-2999`, `3001-3002`, ...).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::CodeRange;
    ///
    /// let spans: Vec<_> = CodeRange::Framework.unregistered().collect();
    /// assert_eq!(spans, [(3001, 3002), (3004, 3007), (3009, 3999)]);
    /// assert_eq!(CodeRange::Protocol.unregistered().collect::<Vec<_>>(), [(1016, 2999)]);
    /// ```
    pub fn unregistered(self) -> impl Iterator<Item = (u16, u16)> {
        let (first, last) = (self.first(), self.last());
        let unregistered = |n: u16| !CloseCode::new(n).is_registered();
        let mut next = Some(first);
        core::iter::from_fn(move || {
            let start = (next?..=last).find(|&n| unregistered(n))?;
            let end = (start..=last)
                .take_while(|&n| unregistered(n))
                .last()
                .unwrap_or(start);
            next = end.checked_add(1).filter(|&n| n <= last);
            Some((start, end))
        })
    }
}

/// The range's id, such as `private`.
impl fmt::Display for CodeRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// The number, as for [`CloseCode`]: `1001`.
impl fmt::Display for KnownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&CloseCode::from(*self), f)
    }
}

impl KnownCode {
    /// Every registered code, in order; `all().len()` is how many there are.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::KnownCode;
    ///
    /// assert_eq!(KnownCode::all().len(), 19);
    /// assert_eq!(KnownCode::all().next(), Some(KnownCode::NormalClosure));
    /// assert_eq!(KnownCode::all().next_back(), Some(KnownCode::Timeout));
    /// ```
    pub fn all() -> impl ExactSizeIterator<Item = KnownCode> + DoubleEndedIterator + Clone {
        KnownCode::ALL.iter().copied()
    }
}

impl CodeRange {
    /// Every range, in order.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::CodeRange;
    ///
    /// let ids: Vec<_> = CodeRange::all().map(|r| r.to_string()).collect();
    /// assert_eq!(ids, ["unused", "protocol", "framework", "private", "out-of-spec"]);
    /// ```
    pub fn all() -> impl ExactSizeIterator<Item = CodeRange> + DoubleEndedIterator + Clone {
        CodeRange::ALL.iter().copied()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for CodeRange {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

/// From its id, such as `"private"`.
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for CodeRange {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<CodeRange, D::Error> {
        let id = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        CodeRange::all().find(|r| r.id() == id).ok_or_else(|| {
            serde::de::Error::custom(format_args!(
                "unknown range {id:?}; expected unused, protocol, framework, private or out-of-spec"
            ))
        })
    }
}
