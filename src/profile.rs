//! Profiles: the meaning a protocol or an application gives close codes beyond the registry.
//!
//! RFC 6455 leaves 3000-3999 to libraries and frameworks (through the registry) and 4000-4999
//! to private use, and most such codes met in the field come from a handful of protocols:
//! graphql-ws closes with 4401 and 4403, Discord's gateway with 4004 and 4014, Centrifugo has
//! whole bands that reconnect or not. A [`Profile`] gives those numbers a name, a reconnect
//! answer and texts in every locale, each row with its source. closecode ships the profiles in
//! `data/profiles/` ([`Profile::all`]); an application describes its own codes in the same
//! format and loads them at run time (feature `profile-files`, `Profile::load`), then
//! layers them: its own codes over a protocol's over the registry ([`Profile::over`]).
//!
//! # Examples
//!
//! ```
//! use closecode::{CloseCode, Locale, Profile, RetryClass};
//!
//! let graphql = Profile::find("graphql-ws").expect("shipped");
//! assert_eq!(graphql.subprotocols().collect::<Vec<_>>(), ["graphql-transport-ws"]);
//! // graphql-ws's 4401 is an ordering error that retrying repeats: fix it first.
//! assert_eq!(graphql.retry(CloseCode::new(4401)), RetryClass::FixFirst);
//! // A registered code the profile leaves alone keeps the registry's answer.
//! assert_eq!(graphql.retry(CloseCode::SERVICE_RESTART), RetryClass::RandomizedDelay);
//!
//! let discord = Profile::find("discord").expect("an alias of discord-gateway");
//! let entry = discord.entry(CloseCode::new(4004)).expect("Discord defines 4004");
//! assert_eq!(entry.name(), Some("Authentication failed"));
//! assert_eq!(entry.retry(), RetryClass::Credentials);
//! assert!(!entry.texts(Locale::EN).user().is_empty());
//! ```

#[cfg(feature = "profile-files")]
mod load;

use core::fmt;
use core::ops::RangeInclusive;
use std::borrow::Cow;

use crate::entry_texts::EntryTexts;
pub use crate::rows::profile::{Basis, Profile, ProfileEntry};
use crate::table::PROFILES;
use crate::{CloseCode, CloseTexts, Locale, RetryClass};

impl Basis {
    /// The id used in profile files: `docs`, `reference-client`, `inferred`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::profile::Basis;
    ///
    /// assert_eq!(Basis::ReferenceClient.id(), "reference-client");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Basis::Docs => "docs",
            Basis::ReferenceClient => "reference-client",
            Basis::Inferred => "inferred",
        }
    }
}

impl Profile {
    /// The shipped profiles, sorted by id.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Profile;
    ///
    /// assert!(Profile::all().iter().any(|p| p.id() == "twitch-eventsub"));
    /// ```
    pub fn all() -> &'static [Profile] {
        &PROFILES
    }

    /// The shipped profile with this id or alias, ignoring ASCII case.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Profile;
    ///
    /// assert_eq!(Profile::find("Centrifugo").map(|p| p.id()), Some("centrifuge"));
    /// assert!(Profile::find("socket.io").is_none());
    /// ```
    pub fn find(name: &str) -> Option<&'static Profile> {
        let name = name.trim();
        PROFILES.iter().find(|p| {
            p.id.eq_ignore_ascii_case(name)
                || p.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
        })
    }

    /// The shipped profile of a negotiated subprotocol (the server's `Sec-WebSocket-Protocol`),
    /// compared exactly, as RFC 6455 compares subprotocol names.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Profile;
    ///
    /// assert_eq!(Profile::for_subprotocol("graphql-transport-ws").map(|p| p.id()), Some("graphql-ws"));
    /// assert!(Profile::for_subprotocol("chat").is_none());
    /// ```
    pub fn for_subprotocol(subprotocol: &str) -> Option<&'static Profile> {
        PROFILES
            .iter()
            .find(|p| p.subprotocols.iter().any(|s| s == subprotocol))
    }

    /// The profile's id, such as `discord-gateway`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Profile;
    ///
    /// assert_eq!(Profile::find("Discord").unwrap().id(), "discord-gateway");
    /// ```
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The protocol's or application's name, such as "Discord Gateway".
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Profile;
    ///
    /// assert_eq!(Profile::find("centrifugo").unwrap().name(), "Centrifuge / Centrifugo");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Other names [`Profile::find`] accepts.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Profile;
    ///
    /// let discord = Profile::find("discord-gateway").unwrap();
    /// assert_eq!(discord.aliases().collect::<Vec<_>>(), ["discord"]);
    /// ```
    pub fn aliases(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.aliases.iter().map(|a| a.as_ref())
    }

    /// The subprotocol names the profile belongs to; empty when the protocol negotiates none.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Profile;
    ///
    /// let centrifuge = Profile::find("centrifuge").unwrap();
    /// assert_eq!(centrifuge.subprotocols().collect::<Vec<_>>(), ["centrifuge-json", "centrifuge-protobuf"]);
    /// // Discord's gateway negotiates none: version and encoding are query parameters.
    /// assert_eq!(Profile::find("discord").unwrap().subprotocols().len(), 0);
    /// ```
    pub fn subprotocols(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.subprotocols.iter().map(|s| s.as_ref())
    }

    /// Where the codes come from: repositories and paths of the protocol's code tables, or its
    /// documentation pages.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Profile;
    ///
    /// let discord = Profile::find("discord").unwrap();
    /// assert!(discord.sources().any(|s| s.starts_with("discord/discord-api-docs ")));
    /// ```
    pub fn sources(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.sources.iter().map(|s| s.as_ref())
    }

    /// One sentence saying what the protocol is, in `locale`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Locale, Profile};
    ///
    /// let centrifuge = Profile::find("centrifuge").unwrap();
    /// assert!(centrifuge.about(Locale::EN).starts_with("Centrifuge is the client protocol"));
    /// ```
    pub fn about(&self, locale: Locale) -> &str {
        crate::entry_texts::pick(&self.about, locale).map_or("", |about| about)
    }

    /// The profile's own entries (ranges, then codes, as the file lists them), without those
    /// of the profiles it is layered over.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Profile;
    ///
    /// let centrifuge = Profile::find("centrifuge").unwrap();
    /// // The ranges come first, as the file lists them.
    /// let first = centrifuge.entries().next().unwrap();
    /// assert_eq!(first.codes(), 3000..=3499);
    /// assert!(centrifuge.entries().any(|e| e.name() == Some("DisconnectInvalidToken")));
    /// ```
    pub fn entries(&self) -> impl ExactSizeIterator<Item = &ProfileEntry> + '_ {
        self.entries.iter()
    }

    /// The layers, from this profile down to the last one it is layered over.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Profile;
    ///
    /// let app = Profile::find("twitch-eventsub").unwrap().clone();
    /// let both = app.over(Profile::find("graphql-ws").unwrap().clone());
    /// let ids: Vec<_> = both.layers().map(|p| p.id()).collect();
    /// assert_eq!(ids, ["twitch-eventsub", "graphql-ws"]);
    /// ```
    pub fn layers(&self) -> impl Iterator<Item = &Profile> + '_ {
        core::iter::successors(Some(self), |p| p.base.as_deref())
    }

    /// The entry that gives `code` a meaning: in the top layer first, a code's own entry before
    /// a range that holds it; `None` when no layer has one (the registry's meaning holds).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Profile};
    ///
    /// let centrifuge = Profile::find("centrifuge").unwrap();
    /// // A code's own entry wins over the range that holds it.
    /// assert_eq!(centrifuge.entry(CloseCode::new(3500)).unwrap().name(), Some("DisconnectInvalidToken"));
    /// // No layer gives 1001 a meaning: the registry's holds.
    /// assert!(centrifuge.entry(CloseCode::GOING_AWAY).is_none());
    /// ```
    pub fn entry(&self, code: CloseCode) -> Option<&ProfileEntry> {
        let code = code.get();
        self.layers().find_map(|layer| {
            let holds = |e: &&ProfileEntry| e.first <= code && code <= e.last;
            let own = layer
                .entries
                .iter()
                .filter(|e| e.name.is_some())
                .find(holds);
            own.or_else(|| {
                layer
                    .entries
                    .iter()
                    .filter(|e| e.name.is_none())
                    .find(holds)
            })
        })
    }

    /// What `code` means under this profile, in `locale`: the entry's texts when a layer gives
    /// the code a meaning ([`Profile::entry`]), else the code's own ([`CloseCode::describe`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Locale, Profile};
    ///
    /// let discord = Profile::find("discord").unwrap();
    /// assert_eq!(discord.describe(CloseCode::new(4004), Locale::EN).name().plain(), Some("Authentication failed"));
    /// assert_eq!(discord.describe(CloseCode::GOING_AWAY, Locale::EN).name().plain(), Some("Going Away"));
    /// ```
    pub fn describe(&self, code: CloseCode, locale: Locale) -> CloseTexts<'_> {
        match self.entry(code) {
            Some(entry) => CloseTexts::of_entry(entry, entry.texts(locale)),
            None => CloseTexts::of_code(code.describe(locale)),
        }
    }

    /// The layer that holds `entry` (this profile, or one it is layered over): whose code it is.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Profile};
    ///
    /// let app = Profile::find("twitch-eventsub").unwrap().clone();
    /// let both = app.over(Profile::find("graphql-ws").unwrap().clone());
    /// let entry = both.entry(CloseCode::new(4403)).unwrap();
    /// assert_eq!(both.layer_of(entry).id(), "graphql-ws");
    /// ```
    pub fn layer_of(&self, entry: &ProfileEntry) -> &Profile {
        self.layers()
            .find(|layer| layer.entries.iter().any(|e| core::ptr::eq(e, entry)))
            .unwrap_or(self)
    }

    /// The reconnect answer for `code` under this profile: the entry's, or the registry's
    /// ([`CloseCode::retry`]) when no layer has one.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Profile, RetryClass};
    ///
    /// let discord = Profile::find("discord").unwrap();
    /// assert_eq!(discord.retry(CloseCode::new(4004)), RetryClass::Credentials);
    /// // A code the profile leaves alone: the registry's answer.
    /// assert_eq!(discord.retry(CloseCode::SERVICE_RESTART), CloseCode::SERVICE_RESTART.retry());
    /// ```
    pub fn retry(&self, code: CloseCode) -> RetryClass {
        self.entry(code).map_or(code.retry(), ProfileEntry::retry)
    }

    /// This profile layered over `base`: a code this profile has no entry for is looked up in
    /// `base` (and in what `base` is layered over), then in the registry.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Profile, RetryClass};
    ///
    /// let twitch = Profile::find("twitch-eventsub").unwrap().clone();
    /// let both = twitch.over(Profile::find("graphql-ws").unwrap().clone());
    /// assert_eq!(both.layers().count(), 2);
    /// assert_eq!(both.retry(CloseCode::new(4403)), RetryClass::Backoff); // graphql-ws's
    /// ```
    pub fn over(mut self, base: Profile) -> Profile {
        let mut bottom = &mut self;
        while let Some(ref mut next) = bottom.base {
            bottom = next;
        }
        bottom.base = Some(Box::new(base));
        self
    }
}

impl ProfileEntry {
    /// The codes the entry covers: one code, or a range such as 3500..=3999.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Profile};
    ///
    /// let discord = Profile::find("discord").unwrap();
    /// assert_eq!(discord.entry(CloseCode::new(4004)).unwrap().codes(), 4004..=4004);
    /// ```
    pub fn codes(&self) -> RangeInclusive<u16> {
        self.first..=self.last
    }

    /// Whether the entry is a range rather than one code.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Profile};
    ///
    /// let centrifuge = Profile::find("centrifuge").unwrap();
    /// assert!(!centrifuge.entry(CloseCode::new(3500)).unwrap().is_range());
    /// assert!(centrifuge.entry(CloseCode::new(3998)).unwrap().is_range());
    /// ```
    pub fn is_range(&self) -> bool {
        self.name.is_none()
    }

    /// The catalog message that holds the entry's texts in profile `profile_id`:
    /// `profile-<id>-<code>` for a code, `profile-<id>-<first>-<last>` for a range (as the
    /// build names them, `ProfileRow::message_id`).
    #[cfg(feature = "locale-files")]
    pub(crate) fn message_id(&self, profile_id: &str) -> String {
        if self.is_range() {
            format!("profile-{profile_id}-{}-{}", self.first, self.last)
        } else {
            format!("profile-{profile_id}-{}", self.first)
        }
    }

    /// The protocol's own name for the code, as its source spells it; `None` for a range.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Profile};
    ///
    /// let centrifuge = Profile::find("centrifuge").unwrap();
    /// assert_eq!(centrifuge.entry(CloseCode::new(3000)).unwrap().name(), Some("DisconnectConnectionClosed"));
    /// assert_eq!(centrifuge.entry(CloseCode::new(3498)).unwrap().name(), None);
    /// ```
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The reconnect answer.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Profile, RetryClass};
    ///
    /// let discord = Profile::find("discord").unwrap();
    /// assert_eq!(discord.entry(CloseCode::new(4000)).unwrap().retry(), RetryClass::Backoff);
    /// ```
    pub fn retry(&self) -> RetryClass {
        self.retry
    }

    /// Where the answer comes from.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::CloseCode;
    /// use closecode::profile::{Basis, Profile};
    ///
    /// let discord = Profile::find("discord").unwrap();
    /// assert_eq!(discord.entry(CloseCode::new(4004)).unwrap().basis(), Basis::Docs);
    /// ```
    pub fn basis(&self) -> Basis {
        self.basis
    }

    /// Where the code and its answer come from: a repository and path, or a documentation page.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Profile};
    ///
    /// let discord = Profile::find("discord").unwrap();
    /// let source = discord.entry(CloseCode::new(4004)).unwrap().source();
    /// assert!(source.contains("opcodes-and-status-codes.mdx (Gateway Close Event Codes: 4004)"));
    /// ```
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The entry's texts in `locale`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Locale, Profile};
    ///
    /// let discord = Profile::find("discord").unwrap();
    /// let texts = discord.entry(CloseCode::new(4004)).unwrap().texts(Locale::EN);
    /// assert_eq!(texts.name(), "Authentication failed");
    /// assert!(texts.remedy().starts_with("Reconnect only with a new token"));
    /// ```
    pub fn texts(&self, locale: Locale) -> EntryTexts<'_> {
        EntryTexts::pick(&self.texts, locale)
    }
}

/// A shipped profile as it is, for [`Reconnector::profile`](crate::reconnector::Reconnector::profile).
impl From<&'static Profile> for Cow<'static, Profile> {
    fn from(profile: &'static Profile) -> Cow<'static, Profile> {
        Cow::Borrowed(profile)
    }
}

/// A loaded or layered profile, for [`Reconnector::profile`](crate::reconnector::Reconnector::profile).
impl From<Profile> for Cow<'static, Profile> {
    fn from(profile: Profile) -> Cow<'static, Profile> {
        Cow::Owned(profile)
    }
}

/// The id used in profile files, as [`Basis::id`] gives it.
///
/// # Examples
///
/// ```
/// use closecode::profile::Basis;
///
/// assert_eq!(Basis::ReferenceClient.to_string(), "reference-client");
/// ```
impl fmt::Display for Basis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl fmt::Display for Profile {
    /// The id and the name: `discord-gateway (Discord Gateway)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.id, self.name)
    }
}
