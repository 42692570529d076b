//! [`CloseTexts`]: the texts that explain a close in one locale, taken from whatever knows it
//! best: the failure the stack named, the profile's entry for the code, or the code itself.

use core::fmt;

use crate::entry_texts::EntryTexts;
use crate::profile::ProfileEntry;
use crate::{Description, Failure, Text};

/// The texts that explain a close, or a code under a profile, in one locale: from the failure
/// the stack named ([`Closed::failure`](crate::Closed::failure): a 429 refused upgrade is not
/// "the connection was lost"), else from the profile's entry for the code (4001 as the
/// application's profile names it), else the code's own texts ([`CloseCode::describe`]).
/// [`Closed::describe`](crate::Closed::describe), [`Closed::describe_with`](crate::Closed::describe_with)
/// and [`Profile::describe`](crate::Profile::describe) make one, so an application never
/// rebuilds that order itself.
///
/// Built from the tables; nothing is allocated.
///
/// [`CloseCode::describe`]: crate::CloseCode::describe
///
/// # Examples
///
/// ```
/// use closecode::{Closed, Failure, Locale};
///
/// let limited = Closed::failed(Failure::http(429).unwrap());
/// let texts = limited.describe(Locale::EN);
/// assert_eq!(texts.failure().map(|f| f.id()), Some("http-429"));
/// assert_eq!(texts.name().to_string(), "Upgrade refused: 429 Too Many Requests");
/// assert!(!texts.user().to_string().contains("lost"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CloseTexts<'a> {
    source: Source<'a>,
}

/// Where the texts come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Source<'a> {
    Code(Description),
    Failure(&'static Failure, EntryTexts<'static>),
    Entry(&'a ProfileEntry, EntryTexts<'a>),
}

impl<'a> CloseTexts<'a> {
    pub(crate) fn of_code(description: Description) -> CloseTexts<'a> {
        CloseTexts {
            source: Source::Code(description),
        }
    }

    pub(crate) fn of_failure(
        failure: &'static Failure,
        texts: EntryTexts<'static>,
    ) -> CloseTexts<'a> {
        CloseTexts {
            source: Source::Failure(failure, texts),
        }
    }

    pub(crate) fn of_entry(entry: &'a ProfileEntry, texts: EntryTexts<'a>) -> CloseTexts<'a> {
        CloseTexts {
            source: Source::Entry(entry, texts),
        }
    }

    fn pick(
        &self,
        code: fn(&Description) -> Text,
        entry: fn(EntryTexts<'a>) -> &'a str,
    ) -> CloseText<'a> {
        CloseText(match self.source {
            Source::Code(description) => Repr::Text(code(&description)),
            Source::Failure(_, texts) => Repr::Str(entry(texts)),
            Source::Entry(_, texts) => Repr::Str(entry(texts)),
        })
    }

    /// The name: the failure's ("Upgrade refused: 429 Too Many Requests"), the profile's
    /// ("Room rebalanced"), or the code's ("Going Away").
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Closed, Locale};
    ///
    /// assert_eq!(Closed::from(CloseCode::GOING_AWAY).describe(Locale::EN).name().plain(), Some("Going Away"));
    /// ```
    pub fn name(&self) -> CloseText<'a> {
        self.pick(Description::name, EntryTexts::name)
    }

    /// What it means.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Closed, Locale};
    ///
    /// let texts = Closed::from(CloseCode::new(4321)).describe(Locale::EN);
    /// assert!(texts.description().to_string().starts_with("Code 4321"));
    /// ```
    pub fn description(&self) -> CloseText<'a> {
        self.pick(Description::description, EntryTexts::description)
    }

    /// When and why you see it.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Closed, Failure, Locale};
    ///
    /// let refused = Closed::failed(Failure::find("refused").unwrap());
    /// assert!(!refused.describe(Locale::EN).symptom().to_string().is_empty());
    /// ```
    pub fn symptom(&self) -> CloseText<'a> {
        self.pick(Description::symptom, EntryTexts::symptom)
    }

    /// What to do about it.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Closed, Locale};
    ///
    /// let texts = Closed::from(CloseCode::SERVICE_RESTART).describe(Locale::EN);
    /// assert!(!texts.remedy().to_string().is_empty());
    /// ```
    pub fn remedy(&self) -> CloseText<'a> {
        self.pick(Description::remedy, EntryTexts::remedy)
    }

    /// One or two calm sentences an application can show its end users as they are; never the
    /// peer's close reason.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "ko")] {
    /// use closecode::{CloseCode, Closed, Locale};
    ///
    /// let dropped = Closed::from(CloseCode::ABNORMAL_CLOSURE);
    /// assert_eq!(dropped.describe(Locale::KO).user().to_string(), "연결이 끊어졌습니다. 앱이 다시 연결을 시도합니다.");
    /// # }
    /// ```
    pub fn user(&self) -> CloseText<'a> {
        self.pick(Description::user, EntryTexts::user)
    }

    /// The failure the texts come from, when the stack named one.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Closed, Locale};
    ///
    /// assert!(Closed::from(CloseCode::ABNORMAL_CLOSURE).describe(Locale::EN).failure().is_none());
    /// ```
    pub fn failure(&self) -> Option<&'static Failure> {
        match self.source {
            Source::Failure(failure, _) => Some(failure),
            _ => None,
        }
    }

    /// The profile entry the texts come from, when a profile gives the code a meaning.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Locale, Profile};
    ///
    /// let graphql = Profile::find("graphql-ws").unwrap();
    /// let texts = graphql.describe(CloseCode::new(4401), Locale::EN);
    /// assert_eq!(texts.profile_entry().and_then(|e| e.name()), Some("Unauthorized"));
    /// ```
    pub fn profile_entry(&self) -> Option<&'a ProfileEntry> {
        match self.source {
            Source::Entry(entry, _) => Some(entry),
            _ => None,
        }
    }

    /// The code's own texts, when they are the ones shown: with the cause and what to do when
    /// sending or receiving the code, which failures and profile entries do not have.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Closed, Locale};
    ///
    /// let texts = Closed::from(CloseCode::GOING_AWAY).describe(Locale::EN);
    /// assert!(texts.code_description().is_some_and(|d| d.is_specific()));
    /// ```
    pub fn code_description(&self) -> Option<Description> {
        match self.source {
            Source::Code(description) => Some(description),
            _ => None,
        }
    }
}

/// One text of [`CloseTexts`]: a code's [`Text`] (filled in with the number when it names it),
/// or a failure's or profile entry's string. Written without allocating.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Closed, Locale};
///
/// let name = Closed::from(CloseCode::new(4000)).describe(Locale::EN).name();
/// let mut line = String::new();
/// name.write_to(&mut line)?;
/// assert_eq!(line, name.to_string());
/// # Ok::<(), std::fmt::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CloseText<'a>(Repr<'a>);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Repr<'a> {
    Text(Text),
    Str(&'a str),
}

impl<'a> CloseText<'a> {
    /// The text as it is, when it has no number to fill in (as [`Text::plain`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Closed, Failure, Locale};
    ///
    /// let dns = Closed::failed(Failure::find("dns").unwrap());
    /// assert_eq!(dns.describe(Locale::EN).name().plain(), Some("DNS lookup failed"));
    /// ```
    pub fn plain(&self) -> Option<&'a str> {
        match self.0 {
            Repr::Text(text) => text.plain(),
            Repr::Str(text) => Some(text),
        }
    }

    /// Writes the text into `out`.
    ///
    /// # Errors
    ///
    /// Only the errors `out` itself returns.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Closed, Locale};
    ///
    /// let mut out = String::new();
    /// Closed::from(CloseCode::GOING_AWAY).describe(Locale::EN).name().write_to(&mut out)?;
    /// assert_eq!(out, "Going Away");
    /// # Ok::<(), std::fmt::Error>(())
    /// ```
    pub fn write_to<W: fmt::Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        match self.0 {
            Repr::Text(text) => text.write_to(out),
            Repr::Str(text) => out.write_str(text),
        }
    }
}

impl fmt::Display for CloseText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_to(f)
    }
}

/// As a string.
#[cfg(feature = "serde")]
impl serde::Serialize for CloseText<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Repr::Text(text) => text.serialize(serializer),
            Repr::Str(text) => serializer.serialize_str(text),
        }
    }
}
