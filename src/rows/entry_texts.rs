//! The texts of one profile or failure entry in one locale, as stored.

use std::borrow::Cow;

/// The texts of one entry in one locale, as stored: borrowed for shipped entries, owned for a
/// profile loaded at run time.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct TextSet {
    pub(crate) name: Cow<'static, str>,
    pub(crate) description: Cow<'static, str>,
    pub(crate) symptom: Cow<'static, str>,
    pub(crate) remedy: Cow<'static, str>,
    pub(crate) user: Cow<'static, str>,
}
