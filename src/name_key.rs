//! The key under which a close-code name is looked up, and the signature that picks its arm of
//! the generated `match`.
//!
//! Shared by the generator (which builds the name map in `build/table/names.rs`) and the library
//! (which normalizes what a user typed), so both sides agree on what "the same name" means:
//! ASCII letters and digits only, lowercased, everything else dropped. "GOING_AWAY",
//! "going-away", "Going Away" and "GoingAway" all become `goingaway`.

/// The longest key a name can have. Every name in the table is far shorter; longer input
/// cannot match and is rejected without being read to the end.
pub(crate) const MAX_NAME_KEY: usize = 64;

/// Writes the lookup key of `name` into `buf` and returns it, or `None` when the key would be
/// empty or longer than [`MAX_NAME_KEY`].
#[inline]
pub(crate) fn name_key_bytes<'b>(name: &str, buf: &'b mut [u8; MAX_NAME_KEY]) -> Option<&'b [u8]> {
    let mut len = 0;
    for byte in name.bytes().filter(u8::is_ascii_alphanumeric) {
        if len == MAX_NAME_KEY {
            return None;
        }
        buf[len] = byte.to_ascii_lowercase();
        len += 1;
    }
    if len == 0 {
        return None;
    }
    Some(&buf[..len])
}

/// [`name_key_bytes`] as text.
#[inline]
pub(crate) fn name_key<'b>(name: &str, buf: &'b mut [u8; MAX_NAME_KEY]) -> Option<&'b str> {
    // Only ASCII letters and digits were written, so the bytes are valid UTF-8.
    core::str::from_utf8(name_key_bytes(name, buf)?).ok()
}

/// The signature of a non-empty key: its length and its first, middle and last bytes, as gperf
/// picks a few positions. Cheap to compute after the key is written, and different for almost
/// every pair of names, so the generated `match` on it leaves one string comparison (the
/// generator groups the rare keys that share one).
#[inline]
pub(crate) const fn name_signature(key: &[u8]) -> u32 {
    let len = key.len();
    ((len as u32) << 24)
        | ((key[0] as u32) << 16)
        | ((key[len / 2] as u32) << 8)
        | key[len - 1] as u32
}
