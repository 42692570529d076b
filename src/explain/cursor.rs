//! The small hand matchers every stack's patterns are built from: find a literal, read a
//! number that stands alone, cut a quoted or bracketed part. Each returns the rest of the line,
//! so a pattern reads left to right like the format string it mirrors.

/// The text after the first `needle`.
pub(super) fn after<'a>(s: &'a str, needle: &str) -> Option<&'a str> {
    let at = memchr::memmem::find(s.as_bytes(), needle.as_bytes())?;
    Some(&s[at + needle.len()..])
}

/// The text after `prefix`, when `s` starts with it.
pub(super) fn starts<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    s.strip_prefix(prefix)
}

/// A decimal number at the start of `s` (1 to `max_digits` ASCII digits, not followed by
/// another digit), and the rest.
pub(super) fn number(s: &str, max_digits: usize) -> Option<(u32, &str)> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > max_digits {
        return None;
    }
    let value = s[..digits].parse().ok()?;
    Some((value, &s[digits..]))
}

/// A close code at the start of `s`: a number that fits a `u16`.
pub(super) fn code(s: &str) -> Option<(u16, &str)> {
    let (value, rest) = number(s, 5)?;
    Some((u16::try_from(value).ok()?, rest))
}

/// An HTTP status at the start of `s`: three digits, 100 to 599.
pub(super) fn status(s: &str) -> Option<(u16, &str)> {
    let (value, rest) = number(s, 3)?;
    let value = u16::try_from(value).ok()?;
    (100..=599).contains(&value).then_some((value, rest))
}

/// `s` without its trailing line end and spaces.
pub(super) fn trim_end(s: &str) -> &str {
    s.trim_end_matches(['\r', '\n', ' ', '\t'])
}

/// `Some(s)` unless `s` is empty (after trimming the line end).
pub(super) fn non_empty(s: &str) -> Option<&str> {
    let s = trim_end(s);
    (!s.is_empty()).then_some(s)
}

/// Whether the byte before `at` in `s` is not a letter or digit (a word starts at `at`).
pub(super) fn word_start(s: &str, at: usize) -> bool {
    at == 0 || !s.as_bytes()[at - 1].is_ascii_alphanumeric()
}

/// Whether `s` contains `needle`, ignoring ASCII case.
pub(super) fn contains_ignore_case(s: &str, needle: &str) -> bool {
    let needle = needle.as_bytes();
    s.as_bytes()
        .windows(needle.len())
        .any(|window| window.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_stand_alone() {
        assert_eq!(number("1006 x", 5), Some((1006, " x")));
        assert_eq!(number("123456", 5), None);
        assert_eq!(number("x1", 5), None);
        assert_eq!(code("70000"), None);
        assert_eq!(status("4010"), None);
        assert_eq!(status("099"), None);
        assert_eq!(status("401 Unauthorized"), Some((401, " Unauthorized")));
    }

    #[test]
    fn finds_and_trims() {
        assert_eq!(after("a: b", ": "), Some("b"));
        assert_eq!(non_empty(" \r\n"), None);
        assert!(word_start("a b", 2));
        assert!(!word_start("ab", 1));
        assert!(contains_ignore_case("Client DISCONNECTED", "disconnect"));
    }
}
