//! The localized explanation of a close code.

use crate::table::{self, CODE_SLOTS, CodeRange, Field};
use crate::text::Text;
use crate::{CloseCode, Locale};

/// A close code explained in one locale: its name, what it means, when you see it and what to
/// do. Every `u16` has one: registered codes their own texts, other numbers their range's.
///
/// Building one is a table lookup; nothing is allocated or parsed.
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "ko")] {
/// use closecode::{CloseCode, Locale};
///
/// let d = CloseCode::SERVICE_RESTART.describe(Locale::EN);
/// assert_eq!(d.name().plain(), Some("Service Restart"));
/// assert!(d.is_specific());
/// println!("{}\n{}\n{}", d.description(), d.symptom(), d.remedy());
///
/// let private = CloseCode::new(4401).describe(Locale::KO);
/// assert!(!private.is_specific());
/// assert_eq!(private.name().to_string(), "사설 코드");
/// # }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Description {
    code: CloseCode,
    locale: Locale,
    specific: bool,
    /// Where the texts are in the tables of each field (`table::shipped_entry`); texts are
    /// read on demand, so building a description is a table lookup and nothing more, and a
    /// program links only the fields it reads.
    slot: usize,
}

impl Description {
    #[inline]
    pub(crate) fn new(code: CloseCode, locale: Locale) -> Description {
        let (slot, specific) = match table::code_index(code.get()) {
            Some(index) => (index, true),
            None => (CODE_SLOTS + CodeRange::of(code.get()) as usize, false),
        };
        Description {
            code,
            locale,
            specific,
            slot,
        }
    }

    #[inline]
    fn text(&self, field: Field) -> Text {
        Text::new(self.locale.entry_text(field, self.slot), self.code)
    }

    /// The code described.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Locale};
    ///
    /// assert_eq!(CloseCode::new(1001).describe(Locale::EN).code(), CloseCode::GOING_AWAY);
    /// ```
    #[inline]
    pub fn code(&self) -> CloseCode {
        self.code
    }

    /// The locale of the texts.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "ko")] {
    /// use closecode::{CloseCode, Locale};
    ///
    /// assert_eq!(CloseCode::GOING_AWAY.describe(Locale::KO).locale(), Locale::KO);
    /// # }
    /// ```
    #[inline]
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// Whether the texts are the code's own (a registered code) rather than its range's.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Locale};
    ///
    /// assert!(CloseCode::new(3003).describe(Locale::EN).is_specific());
    /// assert!(!CloseCode::new(3004).describe(Locale::EN).is_specific());
    /// ```
    #[inline]
    pub fn is_specific(&self) -> bool {
        self.specific
    }

    /// The localized name, such as "Going Away" or "엔드포인트 이탈".
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "ko")] {
    /// use closecode::{CloseCode, Locale};
    ///
    /// assert_eq!(CloseCode::GOING_AWAY.describe(Locale::KO).name().plain(), Some("엔드포인트 이탈"));
    /// # }
    /// ```
    #[inline]
    pub fn name(&self) -> Text {
        self.text(Field::Name)
    }

    /// What the code means.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Locale};
    ///
    /// let text = CloseCode::MESSAGE_TOO_BIG.describe(Locale::EN).description().to_string();
    /// assert!(text.contains("larger"));
    /// ```
    #[inline]
    pub fn description(&self) -> Text {
        self.text(Field::Description)
    }

    /// When you see the code: the real-world causes.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Locale};
    ///
    /// let text = CloseCode::GOING_AWAY.describe(Locale::EN).symptom().to_string();
    /// assert!(text.contains("Cloudflare"));
    /// ```
    #[inline]
    pub fn symptom(&self) -> Text {
        self.text(Field::Symptom)
    }

    /// What to do about it.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Locale};
    ///
    /// let text = CloseCode::MESSAGE_TOO_BIG.describe(Locale::EN).remedy().to_string();
    /// assert!(text.contains("max_size"));
    /// ```
    #[inline]
    pub fn remedy(&self) -> Text {
        self.text(Field::Remedy)
    }

    /// The usual cause, as a predicate that follows the code: "1006 usually comes from a
    /// dropped TCP connection, ...". In Korean and Japanese it is a whole sentence that follows
    /// "1006 코드는" or "1006は、".
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Locale};
    ///
    /// let cause = CloseCode::SERVICE_RESTART.describe(Locale::EN).cause().to_string();
    /// assert_eq!(cause, "usually comes from a planned restart or a rolling deploy");
    /// ```
    #[inline]
    pub fn cause(&self) -> Text {
        self.text(Field::Cause)
    }

    /// When to send the code, for the side that closes (or why never to send it).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Locale};
    ///
    /// let text = CloseCode::ABNORMAL_CLOSURE.describe(Locale::EN).sending().to_string();
    /// assert!(text.starts_with("Never send 1006"));
    /// ```
    #[inline]
    pub fn sending(&self) -> Text {
        self.text(Field::Sending)
    }

    /// How to react when you receive the code.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Locale};
    ///
    /// let text = CloseCode::SERVICE_RESTART.describe(Locale::EN).receiving().to_string();
    /// assert_eq!(text, "Reconnect after a random delay of 5 to 30 seconds.");
    /// ```
    #[inline]
    pub fn receiving(&self) -> Text {
        self.text(Field::Receiving)
    }
}

impl Description {
    /// One or two calm, plain sentences an application can show its end users as they are:
    /// what happened, and what happens next or what they can do. Never the peer's close reason,
    /// which RFC 6455 §5.5.1 says is not for end users, and no jargon.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "ko")] {
    /// use closecode::{CloseCode, Locale};
    ///
    /// let text = CloseCode::UNAUTHORIZED.describe(Locale::EN).user().to_string();
    /// assert_eq!(text, "Your session has expired. Please sign in again.");
    /// let text = CloseCode::ABNORMAL_CLOSURE.describe(Locale::KO).user().to_string();
    /// assert_eq!(text, "연결이 끊어졌습니다. 앱이 다시 연결을 시도합니다.");
    /// # }
    /// ```
    #[inline]
    pub fn user(&self) -> Text {
        self.text(Field::User)
    }
}

/// The code, the locale, and every text as a string.
#[cfg(feature = "serde")]
impl serde::Serialize for Description {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Description", 11)?;
        s.serialize_field("code", &self.code)?;
        s.serialize_field("locale", &self.locale)?;
        s.serialize_field("specific", &self.specific)?;
        s.serialize_field("name", &self.name())?;
        s.serialize_field("description", &self.description())?;
        s.serialize_field("symptom", &self.symptom())?;
        s.serialize_field("remedy", &self.remedy())?;
        s.serialize_field("cause", &self.cause())?;
        s.serialize_field("sending", &self.sending())?;
        s.serialize_field("receiving", &self.receiving())?;
        s.serialize_field("user_message", &self.user())?;
        s.end()
    }
}
