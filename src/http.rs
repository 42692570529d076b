//! The language of a web response, from and to HTTP headers (feature `http`): the locale a
//! request's `Accept-Language` asks for, and the `Content-Language` and `Vary` headers that a
//! response in that locale should carry so that caches keep one copy per language.
//!
//! Works with any framework built on the `http` crate (axum, actix-web through its `http`
//! types, hyper, reqwest).
//!
//! ```
//! # #[cfg(feature = "ko")] {
//! use closecode::{CloseCode, Locale};
//! use http::HeaderMap;
//! use http::header::ACCEPT_LANGUAGE;
//!
//! let mut request = HeaderMap::new();
//! request.insert(ACCEPT_LANGUAGE, "ko-KR,ko;q=0.9,en;q=0.8".parse().unwrap());
//! let locale = closecode::http::locale(&request);
//! assert_eq!(locale, Locale::KO);
//!
//! let mut response = HeaderMap::new();
//! closecode::http::set_language(&mut response, locale);
//! assert_eq!(response["content-language"], "ko");
//! assert_eq!(response["vary"], "Accept-Language");
//! # let _ = CloseCode::GOING_AWAY.describe(locale);
//! # }
//! ```

use ::http::header::{ACCEPT_LANGUAGE, CONTENT_LANGUAGE, HeaderMap, HeaderValue, VARY};

use crate::Locale;

/// The shipped locale the request prefers, from every `Accept-Language` header it carries, or
/// [`Locale::FALLBACK`] when none matches (or the header is missing or not text). Reads the
/// header lines where they are: it does not allocate.
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "ko")] {
/// use closecode::Locale;
/// use http::HeaderMap;
/// use http::header::ACCEPT_LANGUAGE;
///
/// let mut headers = HeaderMap::new();
/// assert_eq!(closecode::http::locale(&headers), Locale::EN);
/// headers.append(ACCEPT_LANGUAGE, "de".parse().unwrap());
/// headers.append(ACCEPT_LANGUAGE, "ko;q=0.5".parse().unwrap());
/// assert_eq!(closecode::http::locale(&headers), Locale::KO);
/// # }
/// ```
pub fn locale(headers: &HeaderMap) -> Locale {
    // Several header lines are one comma-separated list (RFC 9110 §5.3), read in place.
    let lines = headers
        .get_all(ACCEPT_LANGUAGE)
        .iter()
        .filter_map(|value| value.to_str().ok());
    Locale::from_accept_language_lines(lines).unwrap_or(Locale::FALLBACK)
}

/// Sets `Content-Language` to the locale's tag and adds `Accept-Language` to `Vary`, keeping
/// what `Vary` already lists.
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "ko")] {
/// use closecode::Locale;
/// use http::HeaderMap;
/// use http::header::VARY;
///
/// let mut headers = HeaderMap::new();
/// headers.insert(VARY, "Accept-Encoding".parse().unwrap());
/// closecode::http::set_language(&mut headers, Locale::KO);
/// assert_eq!(headers["content-language"], "ko");
/// let vary: Vec<_> = headers.get_all(VARY).iter().collect();
/// assert_eq!(vary, ["Accept-Encoding", "Accept-Language"]);
/// # }
/// ```
pub fn set_language(headers: &mut HeaderMap, locale: Locale) {
    headers.insert(CONTENT_LANGUAGE, content_language(locale));
    let already = headers
        .get_all(VARY)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|name| {
            let name = name.trim();
            name == "*" || name.eq_ignore_ascii_case("accept-language")
        });
    if !already {
        headers.append(VARY, HeaderValue::from_static("Accept-Language"));
    }
}

/// The `Content-Language` value for `locale`: its tag, such as `ko`.
///
/// # Examples
///
/// ```
/// assert_eq!(closecode::http::content_language(closecode::Locale::EN), "en");
/// ```
pub fn content_language(locale: Locale) -> HeaderValue {
    HeaderValue::from_static(locale.tag())
}
