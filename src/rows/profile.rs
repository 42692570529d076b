//! A vendor's profile of private close codes.

use super::entry_texts::TextSet;
use super::retry::RetryClass;
use std::borrow::Cow;

/// A protocol's or an application's close codes: names, reconnect answers and texts, each
/// with its source. Shipped ones are `'static` ([`Profile::all`]); others are loaded or built
/// at run time and layered over them ([`Profile::over`]).
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Profile};
///
/// // A profile is usually found by name, or by the subprotocol the server chose.
/// let discord = Profile::find("discord").expect("shipped");
/// assert_eq!(discord.to_string(), "discord-gateway (Discord Gateway)");
/// assert!(discord.entry(CloseCode::new(4014)).is_some());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    pub(crate) id: Cow<'static, str>,
    pub(crate) name: Cow<'static, str>,
    pub(crate) aliases: Cow<'static, [Cow<'static, str>]>,
    pub(crate) subprotocols: Cow<'static, [Cow<'static, str>]>,
    pub(crate) sources: Cow<'static, [Cow<'static, str>]>,
    /// What the protocol is, one sentence per locale, in `Locale` order.
    pub(crate) about: Cow<'static, [Cow<'static, str>]>,
    /// Ranges and codes; a code's own entry wins over a range that holds it.
    pub(crate) entries: Cow<'static, [ProfileEntry]>,
    /// The profile this one is layered over, asked when this one has no entry for a code.
    pub(crate) base: Option<Box<Profile>>,
}

/// A code or a range of codes in a profile: the protocol's name for it, the reconnect answer,
/// where the answer comes from, the source, and the texts in every locale.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Profile, RetryClass};
///
/// let centrifuge = Profile::find("centrifuge").unwrap();
/// // 3600 has no entry of its own, so the 3500-3999 range answers for it.
/// let entry = centrifuge.entry(CloseCode::new(3600)).unwrap();
/// assert!(entry.is_range());
/// assert_eq!(entry.codes(), 3500..=3999);
/// assert_eq!(entry.retry(), RetryClass::FixFirst);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileEntry {
    pub(crate) first: u16,
    pub(crate) last: u16,
    pub(crate) name: Option<Cow<'static, str>>,
    pub(crate) retry: RetryClass,
    pub(crate) basis: Basis,
    pub(crate) source: Cow<'static, str>,
    /// In `Locale` order.
    pub(crate) texts: Cow<'static, [TextSet]>,
}

/// Where a profile entry's reconnect answer comes from.
///
/// # Examples
///
/// ```
/// use closecode::CloseCode;
/// use closecode::profile::{Basis, Profile};
///
/// let centrifuge = Profile::find("centrifuge").unwrap();
/// // Centrifuge's docs give the 3500-3999 answer; for 3500 the answer is closecode's reading.
/// assert_eq!(centrifuge.entry(CloseCode::new(3999)).unwrap().basis(), Basis::Docs);
/// assert_eq!(centrifuge.entry(CloseCode::new(3500)).unwrap().basis(), Basis::Inferred);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Basis {
    /// The protocol's documentation or source says it.
    Docs,
    /// The protocol's reference client does it.
    ReferenceClient,
    /// The protocol gives no advice; the answer is closecode's reading, a recommendation.
    Inferred,
}
