//! The payload of a Close frame (RFC 6455 §5.5.1): decoding with the validation an endpoint
//! must apply, and encoding.
//!
//! A payload is empty (no status code: the receiver reports 1005), or a 2-byte code in network
//! byte order followed by a UTF-8 reason, 125 bytes at most in all. Decoding rejects what the
//! RFC forbids and says which close code to fail the connection with: 1002 for a malformed
//! payload or a code that may not be sent, 1007 for a reason that is not UTF-8 (as Python
//! websockets and Node ws do; RFC 6455 §8.1 names no code, and Autobahn accepts 1002 or
//! 1007). Decoding follows the RFC: it accepts 1004, which the RFC allows but most libraries
//! refuse ([`Wire::Reserved`]); encoding sends only codes with a
//! meaning.

use core::fmt;

use crate::Label;
use crate::table::label;
use crate::{CloseCode, Locale, Wire};

/// The largest payload a control frame may carry (RFC 6455 §5.5).
///
/// # Examples
///
/// ```
/// use closecode::frame::{self, FrameErrorKind, MAX_PAYLOAD};
///
/// let payload = [0x03, 0xe8].iter().copied().chain([b'x'; MAX_PAYLOAD]).collect::<Vec<u8>>();
/// let err = frame::decode(&payload).unwrap_err();
/// assert_eq!(err.kind(), FrameErrorKind::TooLong { length: MAX_PAYLOAD + 2 });
/// ```
pub const MAX_PAYLOAD: usize = 125;

/// The longest reason, in bytes: the payload minus the 2-byte code.
///
/// # Examples
///
/// ```
/// use closecode::CloseCode;
/// use closecode::frame::{self, MAX_REASON};
///
/// assert!(frame::encode(CloseCode::NORMAL_CLOSURE, &"x".repeat(MAX_REASON)).is_ok());
/// assert!(frame::encode(CloseCode::NORMAL_CLOSURE, &"x".repeat(MAX_REASON + 1)).is_err());
/// // Cut a reason to fit, on a character boundary.
/// assert_eq!(frame::truncate_reason(&"é".repeat(100), MAX_REASON).len(), 122);
/// ```
pub const MAX_REASON: usize = MAX_PAYLOAD - 2;

/// A decoded Close payload.
///
/// # Examples
///
/// ```
/// use closecode::CloseCode;
/// use closecode::frame::{ClosePayload, decode};
///
/// assert_eq!(decode(&[])?, ClosePayload::Empty);
/// assert_eq!(decode(b"\x03\xe9bye")?, ClosePayload::Status { code: CloseCode::GOING_AWAY, reason: "bye" });
/// assert_eq!(decode(b"\x03\xe9bye")?.code(), CloseCode::GOING_AWAY);
/// assert_eq!(decode(&[])?.code(), CloseCode::NO_STATUS_RCVD);
/// # Ok::<(), closecode::frame::FrameError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClosePayload<'a> {
    /// No payload: the peer closed without a code. Endpoints report 1005.
    Empty,
    /// A code and a reason (possibly empty).
    Status {
        /// The close code.
        code: CloseCode,
        /// The reason, valid UTF-8, at most 123 bytes.
        reason: &'a str,
    },
}

impl<'a> ClosePayload<'a> {
    /// The code to report: the payload's, or 1005 for an empty payload (RFC 6455 §7.1.5).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::CloseCode;
    /// use closecode::frame::decode;
    ///
    /// assert_eq!(decode(&[])?.code(), CloseCode::NO_STATUS_RCVD);
    /// # Ok::<(), closecode::frame::FrameError>(())
    /// ```
    pub fn code(&self) -> CloseCode {
        match self {
            ClosePayload::Empty => CloseCode::NO_STATUS_RCVD,
            ClosePayload::Status { code, .. } => *code,
        }
    }

    /// The reason; empty for an empty payload.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::frame::decode;
    ///
    /// assert_eq!(decode(b"\x03\xe8bye")?.reason(), "bye");
    /// # Ok::<(), closecode::frame::FrameError>(())
    /// ```
    pub fn reason(&self) -> &'a str {
        match self {
            ClosePayload::Empty => "",
            ClosePayload::Status { reason, .. } => reason,
        }
    }
}

/// Decodes and validates a Close payload.
///
/// # Errors
///
/// A [`FrameError`] listing every problem of the payload: a 1-byte payload, a payload over 125
/// bytes, a code that may not appear on the wire (0-999, 1005, 1006, 1015, 1016-2999, 5000
/// and above; 1004 is allowed, see [`Wire::Reserved`]), a reason that is not valid UTF-8 (including a character cut at the end).
/// [`FrameError::fail_with`] is the code to fail the connection with.
///
/// # Examples
///
/// ```
/// use closecode::CloseCode;
/// use closecode::frame::decode;
///
/// let err = decode(&[0x03, 0xed]).unwrap_err(); // 1005 may not be sent
/// assert_eq!(err.fail_with(), CloseCode::PROTOCOL_ERROR);
/// let err = decode(b"\x03\xe8\xea\xb0").unwrap_err(); // a Korean syllable cut in half
/// assert_eq!(err.fail_with(), CloseCode::INVALID_FRAME_PAYLOAD_DATA);
/// let err = decode(b"\x00\x00\xc0\x80").unwrap_err(); // code 0 and a reason that is not UTF-8
/// assert_eq!(err.problems().len(), 2);
/// ```
pub fn decode(payload: &[u8]) -> Result<ClosePayload<'_>, FrameError> {
    let mut error = FrameError::EMPTY;
    match payload {
        [] => return Ok(ClosePayload::Empty),
        [_] => error.push(FrameErrorKind::OneByte),
        [high, low, reason @ ..] => {
            if payload.len() > MAX_PAYLOAD {
                error.push(FrameErrorKind::TooLong {
                    length: payload.len(),
                });
            }
            let code = CloseCode::new(u16::from_be_bytes([*high, *low]));
            error.code = Some(code);
            if !code.facts().wire.allowed() {
                error.push(FrameErrorKind::CodeNotAllowed { code });
            }
            match core::str::from_utf8(reason) {
                Ok(reason) if error.len == 0 => return Ok(ClosePayload::Status { code, reason }),
                Ok(_) => {}
                Err(err) => error.push(FrameErrorKind::InvalidUtf8 {
                    code,
                    valid: err.valid_up_to(),
                    cut: err.error_len().is_none(),
                }),
            }
        }
    }
    Err(error)
}

/// One problem of a Close payload.
///
/// # Examples
///
/// ```
/// use closecode::CloseCode;
/// use closecode::frame::{self, FrameErrorKind};
///
/// assert_eq!(frame::decode(&[0x03]).unwrap_err().kind(), FrameErrorKind::OneByte);
/// // 1006 is only reported locally: it may not appear in a Close frame.
/// let err = frame::decode(&[0x03, 0xee]).unwrap_err();
/// assert_eq!(err.kind(), FrameErrorKind::CodeNotAllowed { code: CloseCode::ABNORMAL_CLOSURE });
/// // A reason cut in the middle of "é" (0xc3 0xa9).
/// let err = frame::decode(&[0x03, 0xe8, b'o', b'k', 0xc3]).unwrap_err();
/// assert_eq!(
///     err.kind(),
///     FrameErrorKind::InvalidUtf8 { code: CloseCode::NORMAL_CLOSURE, valid: 2, cut: true }
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum FrameErrorKind {
    /// One byte: too short for a code, too long for nothing.
    OneByte,
    /// More than 125 bytes.
    TooLong {
        /// The payload's length.
        length: usize,
    },
    /// The reason is not valid UTF-8.
    InvalidUtf8 {
        /// The code the payload carried.
        code: CloseCode,
        /// How many bytes of the reason are valid.
        valid: usize,
        /// Whether the reason ends in the middle of a character (rather than holding a byte
        /// that can never be UTF-8).
        cut: bool,
    },
    /// A code that may not appear in a Close frame.
    CodeNotAllowed {
        /// The code.
        code: CloseCode,
    },
}

impl FrameErrorKind {
    /// The problem, in `locale`: one sentence.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Locale;
    /// use closecode::frame::FrameErrorKind;
    ///
    /// let text = FrameErrorKind::TooLong { length: 126 }.describe(Locale::EN);
    /// assert!(text.starts_with("The payload is 126 bytes long"));
    /// ```
    pub fn describe(&self, locale: Locale) -> String {
        match *self {
            FrameErrorKind::OneByte => locale.label_at(label::FRAME_ERROR_ONE_BYTE).to_owned(),
            FrameErrorKind::TooLong { length } => {
                Label::frame_error_too_long(length).format(locale)
            }
            FrameErrorKind::InvalidUtf8 {
                valid: 0,
                cut: false,
                ..
            } => locale.label_at(label::FRAME_ERROR_UTF8_START).to_owned(),
            FrameErrorKind::InvalidUtf8 {
                valid, cut: false, ..
            } => Label::frame_error_utf8(valid).format(locale),
            FrameErrorKind::InvalidUtf8 {
                valid, cut: true, ..
            } => Label::frame_error_utf8_cut(valid).format(locale),
            FrameErrorKind::CodeNotAllowed { code } => Label::frame_error_code(code).format(locale),
        }
    }
}

/// The most problems one payload can have: too long, a code that may not be sent, and a reason
/// that is not UTF-8 (a 1-byte payload has only its length).
const MAX_PROBLEMS: usize = 3;

/// An invalid Close payload: every problem it has, in the order of the bytes (length, code,
/// reason), and the close code to fail the connection with.
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "ko")] {
/// use closecode::{CloseCode, Locale};
/// use closecode::frame::decode;
///
/// let err = decode(&[0x03]).unwrap_err();
/// assert_eq!(err.fail_with(), CloseCode::PROTOCOL_ERROR);
/// assert_eq!(err.to_string(), "The payload is 1 byte long; a Close payload is either empty or starts with a 2-byte code.");
/// assert!(err.describe(Locale::KO).starts_with("페이로드가 1바이트입니다."));
/// # }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FrameError {
    /// The first `len` entries are the problems; the rest are never read.
    problems: [FrameErrorKind; MAX_PROBLEMS],
    len: u8,
    code: Option<CloseCode>,
}

impl FrameError {
    const EMPTY: FrameError = FrameError {
        problems: [FrameErrorKind::OneByte; MAX_PROBLEMS],
        len: 0,
        code: None,
    };

    fn push(&mut self, problem: FrameErrorKind) {
        self.problems[usize::from(self.len)] = problem;
        self.len += 1;
    }

    /// Every problem of the payload, in the order of its bytes: its length, then the code,
    /// then the reason. Never empty.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::CloseCode;
    /// use closecode::frame::{FrameErrorKind, decode};
    ///
    /// let err = decode(b"\x00\x00\xc0\x80").unwrap_err();
    /// assert_eq!(err.problems()[0], FrameErrorKind::CodeNotAllowed { code: CloseCode::new(0) });
    /// assert!(matches!(err.problems()[1], FrameErrorKind::InvalidUtf8 { valid: 0, .. }));
    /// ```
    pub fn problems(&self) -> &[FrameErrorKind] {
        &self.problems[..usize::from(self.len)]
    }

    /// The first problem.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::frame::{FrameErrorKind, decode};
    ///
    /// assert_eq!(decode(&[0x03]).unwrap_err().kind(), FrameErrorKind::OneByte);
    /// ```
    pub fn kind(&self) -> FrameErrorKind {
        self.problems[0]
    }

    /// The code to fail the connection with, as closecode recommends: 1007 when the only
    /// problem is a reason that is not UTF-8 (RFC 6455 §8.1 and §7.4.1), else 1002 (the payload
    /// breaks the rules of §5.5 and §7.4). When the code and the reason are both wrong, the code
    /// is the one to report: it comes first in the payload and needs no decoding to judge.
    /// Peers differ here: see [`Peer::reaction`](crate::Peer::reaction).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::CloseCode;
    /// use closecode::frame::decode;
    ///
    /// assert_eq!(decode(b"\x03\xe8\xff").unwrap_err().fail_with(), CloseCode::INVALID_FRAME_PAYLOAD_DATA);
    /// assert_eq!(decode(b"\x03\xed\xff").unwrap_err().fail_with(), CloseCode::PROTOCOL_ERROR);
    /// ```
    pub fn fail_with(&self) -> CloseCode {
        match self.problems() {
            [FrameErrorKind::InvalidUtf8 { .. }] => CloseCode::INVALID_FRAME_PAYLOAD_DATA,
            _ => CloseCode::PROTOCOL_ERROR,
        }
    }

    /// Why [`fail_with`](FrameError::fail_with) is the code to fail with, in `locale`: the rule
    /// behind it, and where peers answer differently.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Locale;
    /// use closecode::frame::decode;
    ///
    /// let err = decode(b"\x03\xe8\xc0").unwrap_err();
    /// assert!(err.why(Locale::EN).contains("§8.1"));
    /// ```
    pub fn why(&self, locale: Locale) -> &'static str {
        let utf8 = |p: &FrameErrorKind| matches!(p, FrameErrorKind::InvalidUtf8 { .. });
        let id = match self.problems() {
            [only] if utf8(only) => label::FRAME_WHY_UTF8,
            [FrameErrorKind::CodeNotAllowed { .. }, last] if utf8(last) => label::FRAME_WHY_BOTH,
            _ => label::FRAME_WHY_PROTOCOL,
        };
        locale.label_at(id)
    }

    /// The code the payload carried, when it had one (2 bytes or more).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::CloseCode;
    /// use closecode::frame::decode;
    ///
    /// assert_eq!(decode(&[0x03, 0xee]).unwrap_err().code(), Some(CloseCode::ABNORMAL_CLOSURE));
    /// assert_eq!(decode(&[0x03]).unwrap_err().code(), None);
    /// ```
    pub fn code(&self) -> Option<CloseCode> {
        self.code
    }

    /// Every problem, in `locale`: a sentence each, separated by spaces.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "ko")] {
    /// use closecode::Locale;
    /// use closecode::frame::decode;
    ///
    /// let err = decode(b"\x00\x00\xc0\x80").unwrap_err();
    /// assert!(err.describe(Locale::KO).starts_with("0 코드는"));
    /// # }
    /// ```
    pub fn describe(&self, locale: Locale) -> String {
        let sentences: Vec<String> = self.problems().iter().map(|p| p.describe(locale)).collect();
        sentences.join(" ")
    }
}

/// In English; [`FrameError::describe`] gives other languages.
impl fmt::Display for FrameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Locale::FALLBACK))
    }
}

impl core::error::Error for FrameError {}

/// An encoded Close payload: up to 125 bytes, on the stack.
///
/// # Examples
///
/// ```
/// use closecode::CloseCode;
/// use closecode::frame::encode;
///
/// let payload = encode(CloseCode::GOING_AWAY, "bye")?;
/// assert_eq!(payload.as_bytes(), b"\x03\xe9bye");
/// # Ok::<(), closecode::frame::EncodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct EncodedClose {
    bytes: [u8; MAX_PAYLOAD],
    len: u8,
}

impl EncodedClose {
    /// The empty payload: a close without a code, which the peer reports as 1005. This is how
    /// to "send 1005", which may never be put in a frame.
    pub const EMPTY: EncodedClose = EncodedClose {
        bytes: [0; MAX_PAYLOAD],
        len: 0,
    };

    /// The payload bytes.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::CloseCode;
    /// use closecode::frame::encode;
    ///
    /// assert_eq!(encode(CloseCode::NORMAL_CLOSURE, "")?.as_bytes(), [0x03, 0xe8]);
    /// # Ok::<(), closecode::frame::EncodeError>(())
    /// ```
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len)]
    }
}

impl AsRef<[u8]> for EncodedClose {
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl fmt::Debug for EncodedClose {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("EncodedClose")
            .field(&self.as_bytes())
            .finish()
    }
}

/// Encodes a code and a reason into a Close payload.
///
/// # Errors
///
/// An [`EncodeError`] when the code may not be sent (local-only 1005, 1006, 1015; the
/// unassigned and out-of-spec ranges; and 1004, which RFC 6455 allows without a meaning and
/// every library in closecode's peer table refuses) or the reason is longer than 123 bytes (see
/// [`truncate_reason`]).
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "ko")] {
/// use closecode::CloseCode;
/// use closecode::frame::{encode, truncate_reason};
///
/// assert!(encode(CloseCode::ABNORMAL_CLOSURE, "").is_err());
/// let long = "가".repeat(50); // 150 bytes
/// assert!(encode(CloseCode::NORMAL_CLOSURE, &long).is_err());
/// let payload = encode(CloseCode::NORMAL_CLOSURE, truncate_reason(&long, 123))?;
/// assert_eq!(payload.as_bytes().len(), 2 + 123);
/// # }
/// # Ok::<(), closecode::frame::EncodeError>(())
/// ```
pub fn encode(code: CloseCode, reason: &str) -> Result<EncodedClose, EncodeError> {
    if !code.is_sendable() {
        return Err(EncodeError::CodeNotSendable { code });
    }
    if reason.len() > MAX_REASON {
        return Err(EncodeError::ReasonTooLong {
            length: reason.len(),
        });
    }
    let mut payload = EncodedClose::EMPTY;
    payload.bytes[..2].copy_from_slice(&code.get().to_be_bytes());
    payload.bytes[2..2 + reason.len()].copy_from_slice(reason.as_bytes());
    // At most 125, checked above.
    payload.len = (2 + reason.len()) as u8;
    Ok(payload)
}

/// Why a code and reason cannot be encoded.
///
/// # Examples
///
/// ```
/// use closecode::CloseCode;
/// use closecode::frame::{self, EncodeError};
///
/// assert_eq!(
///     frame::encode(CloseCode::NO_STATUS_RCVD, "").unwrap_err(),
///     EncodeError::CodeNotSendable { code: CloseCode::NO_STATUS_RCVD }
/// );
/// assert_eq!(
///     frame::encode(CloseCode::GOING_AWAY, &"x".repeat(124)).unwrap_err(),
///     EncodeError::ReasonTooLong { length: 124 }
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum EncodeError {
    /// The code may not be sent in a Close frame.
    CodeNotSendable {
        /// The code.
        code: CloseCode,
    },
    /// The reason is longer than 123 bytes.
    ReasonTooLong {
        /// Its length in bytes.
        length: usize,
    },
}

impl EncodeError {
    /// What is wrong, in `locale`.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "ko")] {
    /// use closecode::{CloseCode, Locale};
    /// use closecode::frame::encode;
    ///
    /// let err = encode(CloseCode::ABNORMAL_CLOSURE, "").unwrap_err();
    /// assert_eq!(err.describe(Locale::KO), "1006 코드는 닫기 프레임에 담아 보낼 수 없습니다.");
    /// # }
    /// ```
    pub fn describe(&self, locale: Locale) -> String {
        match *self {
            EncodeError::CodeNotSendable { code } if code.facts().wire == Wire::Reserved => {
                Label::encode_error_reserved(code).format(locale)
            }
            EncodeError::CodeNotSendable { code } => Label::encode_error_code(code).format(locale),
            EncodeError::ReasonTooLong { length } => {
                Label::encode_error_reason(length).format(locale)
            }
        }
    }
}

/// In English; [`EncodeError::describe`] gives other languages.
impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Locale::FALLBACK))
    }
}

impl core::error::Error for EncodeError {}

/// The longest prefix of `reason` that fits in `max_bytes` without cutting a character, so that
/// a truncated reason is still valid UTF-8 (a reason cut mid-character makes the peer fail the
/// connection with 1007).
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "ko")] {
/// use closecode::frame::truncate_reason;
///
/// assert_eq!(truncate_reason("정상 종료", 4), "정");
/// assert_eq!(truncate_reason("bye", 123), "bye");
/// # }
/// ```
pub fn truncate_reason(reason: &str, max_bytes: usize) -> &str {
    if reason.len() <= max_bytes {
        return reason;
    }
    let mut end = max_bytes;
    while !reason.is_char_boundary(end) {
        end -= 1;
    }
    &reason[..end]
}

/// The most bytes [`from_hex`] decodes: far more than any Close payload (125 bytes), so an
/// oversized payload can still be examined, while hostile input stays bounded.
///
/// # Examples
///
/// ```
/// use closecode::frame::{self, HexError, MAX_HEX_BYTES};
///
/// assert_eq!(frame::from_hex(&"00".repeat(MAX_HEX_BYTES))?.len(), MAX_HEX_BYTES);
/// assert_eq!(frame::from_hex(&"00".repeat(MAX_HEX_BYTES + 1)), Err(HexError::TooLong));
/// # Ok::<(), HexError>(())
/// ```
pub const MAX_HEX_BYTES: usize = 1024;

/// Decodes a payload written in hex, as people paste it from captures and logs: pairs of hex
/// digits in either case, white space anywhere, an optional `0x` in front.
///
/// # Errors
///
/// A [`HexError`] for a character that is not a hex digit, an odd number of digits, or more
/// than [`MAX_HEX_BYTES`] bytes; reading stops at the first problem, so the time spent is
/// bounded whatever the input's size.
///
/// # Examples
///
/// ```
/// use closecode::frame::from_hex;
///
/// assert_eq!(from_hex("03e9 6279 65")?, b"\x03\xe9bye");
/// assert_eq!(from_hex("0x03E8")?, [0x03, 0xe8]);
/// assert!(from_hex("03e").is_err());
/// # Ok::<(), closecode::frame::HexError>(())
/// ```
pub fn from_hex(input: &str) -> Result<Vec<u8>, HexError> {
    let trimmed = input.trim_start();
    let digits = trimmed
        .strip_prefix("0x")
        .or_else(|| trimmed.strip_prefix("0X"))
        .unwrap_or(trimmed);
    let mut bytes = Vec::new();
    let mut high: Option<u8> = None;
    for (at, c) in digits.char_indices().filter(|(_, c)| !c.is_whitespace()) {
        let Some(value) = c.to_digit(16) else {
            let at = input.len() - digits.len() + at;
            return Err(HexError::NotHex {
                character: c,
                at,
                position: input[..at].chars().count() + 1,
            });
        };
        // At most 15, so it fits.
        let value = value as u8;
        match high.take() {
            None => high = Some(value),
            Some(high) => {
                if bytes.len() == MAX_HEX_BYTES {
                    return Err(HexError::TooLong);
                }
                bytes.push(high << 4 | value);
            }
        }
    }
    if high.is_some() {
        return Err(HexError::OddDigits);
    }
    Ok(bytes)
}

/// Why a string is not a hex payload.
///
/// # Examples
///
/// ```
/// use closecode::frame::{self, HexError};
///
/// let err = frame::from_hex("03 e9 zz").unwrap_err();
/// assert_eq!(err, HexError::NotHex { character: 'z', at: 6, position: 7 });
/// assert_eq!(frame::from_hex("03e"), Err(HexError::OddDigits));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum HexError {
    /// A character that is neither a hex digit nor white space.
    NotHex {
        /// The character.
        character: char,
        /// Its byte offset in the input (0-based), for a program that slices the input.
        at: usize,
        /// Its place among the input's characters, counted from 1 with white space: what a
        /// person looks for in the text they typed ("z" is character 7 of "03 e9 zz").
        position: usize,
    },
    /// An odd number of hex digits: the last byte is incomplete.
    OddDigits,
    /// More than [`MAX_HEX_BYTES`] bytes.
    TooLong,
}

impl fmt::Display for HexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HexError::NotHex {
                character,
                position,
                ..
            } => write!(
                f,
                "{character:?} (character {position} of the input) is not a hex digit; expected pairs of hex digits such as 03e9 or \"03e9 6279 65\""
            ),
            HexError::OddDigits => f.write_str(
                "odd number of hex digits; every byte takes two, such as 03e9 or \"03e9 6279 65\"",
            ),
            HexError::TooLong => write!(
                f,
                "more than {MAX_HEX_BYTES} bytes; a Close payload is at most {MAX_PAYLOAD} bytes"
            ),
        }
    }
}

impl core::error::Error for HexError {}
