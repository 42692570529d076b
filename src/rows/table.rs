//! The fields of a code's texts and the compiled catalogs.

/// One of the texts of a code or range: its name, or one of the attributes of its message
/// (`ATTRIBUTES` in `build/contract.rs`). Each is a table of its own (`shipped_entry`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Field {
    Name,
    Description,
    Symptom,
    Remedy,
    Cause,
    Sending,
    Receiving,
    User,
}

/// One locale folder, compiled.
#[derive(Debug)]
pub(crate) struct Catalog {
    /// The folder name, a BCP 47 tag.
    pub(crate) tag: &'static str,
    /// Its language subtag, lowercase.
    pub(crate) language: &'static str,
    /// Its region subtag, uppercase, if the tag has one.
    pub(crate) region: Option<&'static str>,
}
