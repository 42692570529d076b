//! The key under which a close-code name is looked up, and the signature that picks its arm of
//! the generated `match`.
//!
//! Shared by the generator (which builds the name map in `build/table/names.rs`) and the library
//! (which normalizes what a user typed), so both sides agree on what "the same name" means:
//! ASCII letters and digits only, lowercased, everything else dropped. "GOING_AWAY",
//! "going-away", "Going Away" and "GoingAway" all become `goingaway`.
//!
//! `CloseCode::from_name` looks a name up in two steps: first as typed, among the spellings the
//! library writes itself (the constant, `going-away`, the variant, the IANA name, other
//! libraries' names), which costs one `match` and one comparison and no pass over the name;
//! then by its key, which folds every other spelling.

/// The longest key a name can have. Every name in the table is far shorter; longer input
/// cannot match and is rejected without being read to the end. A power of two, so that a
/// position masked with it needs no bounds check.
pub(crate) const MAX_NAME_KEY: usize = 64;

const _: () = assert!(MAX_NAME_KEY.is_power_of_two());

/// What each byte contributes to a key: an ASCII letter lowercased, a digit as it is, and 0 for
/// every other byte (separators, and the bytes of non-ASCII characters), which the key drops.
const KEY_BYTES: [u8; 256] = {
    let mut table = [0; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        if b.is_ascii_alphanumeric() {
            table[byte] = b.to_ascii_lowercase();
        }
        byte += 1;
    }
    table
};

/// Writes the lookup key of `name` into `buf` and returns it, or `None` when the key would be
/// empty or longer than [`MAX_NAME_KEY`].
///
/// A name of at most `MAX_NAME_KEY` bytes (every real one) is read without a branch per byte:
/// each byte's key byte is written at the key's end, and the end moves on only when it is
/// kept, so separators cost no mispredicted branch.
#[inline]
pub(crate) fn name_key_bytes<'b>(name: &str, buf: &'b mut [u8; MAX_NAME_KEY]) -> Option<&'b [u8]> {
    let bytes = name.as_bytes();
    let len = if bytes.len() <= MAX_NAME_KEY {
        let mut len = 0;
        for &byte in bytes {
            let key = KEY_BYTES[usize::from(byte)];
            // `len` is at most the bytes read so far, below MAX_NAME_KEY: the mask changes
            // nothing and spares the bounds check.
            buf[len & (MAX_NAME_KEY - 1)] = key;
            len += usize::from(key != 0);
        }
        len
    } else {
        let mut len = 0;
        for &byte in bytes {
            let key = KEY_BYTES[usize::from(byte)];
            if key != 0 {
                *buf.get_mut(len)? = key;
                len += 1;
            }
        }
        len
    };
    if len == 0 {
        return None;
    }
    Some(&buf[..len])
}

/// Whether two names are the same bytes. For the few bytes of a name, a loop the compiler
/// unrolls is faster than the call to `memcmp` that `==` on slices makes.
#[inline]
pub(crate) fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0, |differ, (x, y)| differ | (x ^ y)) == 0
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
