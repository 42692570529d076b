//! Hostile sizes and shapes: huge or malformed headers, tags, names and hex. Everything returns
//! an answer or a clear error; nothing panics. (Time is measured in the benchmarks, not here.)

use closecode::Untrusted;
use closecode::frame::{self, HexError};
use closecode::{CloseCode, Locale};

#[cfg(feature = "ko")]
#[test]
fn a_megabyte_accept_language_header() {
    let many = "fr-CH;q=0.5, ".repeat((1 << 20) / 13 + 1);
    assert!(many.len() >= 1 << 20);
    assert_eq!(Locale::from_accept_language(&many), None);
    assert_eq!(
        Locale::from_accept_language(&format!("{many}ko;q=0.6")),
        Some(Locale::KO)
    );
    let one_token = "a".repeat(1 << 20);
    assert_eq!(Locale::from_accept_language(&one_token), None);
    assert!(Locale::from_tag(&one_token).is_err());
}

#[cfg(feature = "ko")]
#[test]
fn ten_thousand_language_ranges() {
    let ranges: Vec<String> = (0..10_000)
        .map(|i| format!("x-{:04};q=0.{}", i % 9999, i % 9))
        .collect();
    let header = ranges.join(",") + ",ko;q=0.95,en;q=0.9";
    assert_eq!(Locale::from_accept_language(&header), Some(Locale::KO));
}

#[cfg(feature = "ko")]
#[test]
fn malformed_quality_values_are_skipped() {
    for q in [
        "q=",
        "q=1.0000",
        "q=0.",
        "q=.5",
        "q=-1",
        "q=1e0",
        "q=NaN",
        "q=0,5",
        "q=２",
        "q=0.5;q=x",
        "q",
    ] {
        let header = format!("ko;{q}, en;q=0.1");
        let chosen = Locale::from_accept_language(&header);
        assert!(
            chosen == Some(Locale::EN) || chosen == Some(Locale::KO),
            "{q}: {chosen:?}"
        );
    }
    assert_eq!(Locale::from_accept_language("ko;q=2"), None);
    assert_eq!(Locale::from_accept_language("ko;q=0.5x"), None);
}

#[cfg(feature = "ko")]
#[test]
fn tags_of_every_invalid_shape_are_errors() {
    let long = "k".repeat(100_000);
    let shapes = [
        "",
        " ",
        "-",
        "--",
        "a",
        "abcdefghi",
        "en-",
        "-en",
        "en--us",
        "123",
        "ko-KR-!!",
        "ko\0KR",
        "\0",
        "@",
        ".",
        "ko-KR@",
        "_",
        "en_US_POSIX_extra_extra",
        "😀",
        "\u{202e}ko",
        "ko KR",
        "k-o",
        &long,
    ];
    for shape in shapes {
        let result = Locale::from_tag(shape);
        assert!(
            result.is_err() || matches!(result, Ok(Locale::EN) | Ok(Locale::KO)),
            "{shape:.20}"
        );
        assert!(
            !result
                .map_err(|e| e.to_string())
                .err()
                .unwrap_or_default()
                .contains('\n')
        );
    }
}

#[test]
fn names_and_numbers_of_any_shape() {
    let long = "9".repeat(10 << 20);
    assert!(long.parse::<CloseCode>().is_err());
    assert_eq!(CloseCode::from_name(&long), None);
    // Numbers are strict; names are forgiving but need ASCII letters or digits to match.
    for input in [
        "\0",
        "1000\0",
        "ＧＯＩＮＧ＿ＡＷＡＹ",
        "%",
        "1_000",
        "+1000",
    ] {
        assert!(input.parse::<CloseCode>().is_err(), "{input:?}");
    }
    for input in ["going\u{202e}away", "\u{0}going-away"] {
        assert_eq!(
            input.parse::<CloseCode>(),
            Ok(CloseCode::GOING_AWAY),
            "{input:?}"
        );
    }
    // A name longer than any key, whose key is short, is read to the end (the lookup's checked
    // path); a key of more than 64 letters names nothing.
    let spaced = format!("going{}away", " ".repeat(100));
    assert_eq!(CloseCode::from_name(&spaced), Some(CloseCode::GOING_AWAY));
    let spaced = format!("{}going-away{}", "_".repeat(60), "-".repeat(60));
    assert_eq!(CloseCode::from_name(&spaced), Some(CloseCode::GOING_AWAY));
    assert_eq!(CloseCode::from_name(&"goingaway".repeat(8)), None);
    // NUL and other separators are ignored by the forgiving name lookup, like spaces.
    assert_eq!(
        CloseCode::from_name("going\0away"),
        Some(CloseCode::GOING_AWAY)
    );
}

#[test]
fn a_ten_megabyte_hex_string_is_refused_early() {
    let hex = "03e8".repeat(10 << 20 >> 2);
    assert_eq!(hex.len(), 10 << 20);
    assert_eq!(frame::from_hex(&hex), Err(HexError::TooLong));
    let junk = "z".repeat(10 << 20);
    assert_eq!(
        frame::from_hex(&junk),
        Err(HexError::NotHex {
            character: 'z',
            at: 0,
            position: 1
        })
    );
    assert_eq!(
        frame::from_hex("03e8\0"),
        Err(HexError::NotHex {
            character: '\0',
            at: 4,
            position: 5
        })
    );
    // White space counts, and a character of several bytes is one character.
    assert_eq!(
        frame::from_hex("03 e9 zz"),
        Err(HexError::NotHex {
            character: 'z',
            at: 6,
            position: 7
        })
    );
    assert_eq!(
        frame::from_hex("é 03 zz"),
        Err(HexError::NotHex {
            character: 'é',
            at: 0,
            position: 1
        })
    );
    assert_eq!(
        frame::from_hex("03\u{3000}ｚ"),
        Err(HexError::NotHex {
            character: 'ｚ',
            at: 5,
            position: 4
        })
    );
    // The largest accepted input decodes, and is reported as too long for a Close frame.
    let largest = frame::from_hex(&"ab".repeat(frame::MAX_HEX_BYTES)).unwrap();
    assert!(frame::decode(&largest).is_err());
}

#[test]
fn untrusted_text_cannot_act_on_a_terminal() {
    let controls = (0u32..0x20).chain(0x7f..0xa0).filter_map(char::from_u32);
    let bidi = [
        0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068,
        0x2069,
    ]
    .into_iter()
    .filter_map(char::from_u32);
    for c in controls.chain(bidi) {
        let shown = Untrusted(&format!("a{c}b")).to_string();
        assert!(!shown.contains(c), "{:04x} not escaped", u32::from(c));
        assert!(shown.starts_with("a\\") && shown.ends_with('b'), "{shown}");
    }
    // A reason cannot fake an escape: the backslash itself is escaped.
    assert_eq!(Untrusted("\\u{202e}").to_string(), "\\\\u{202e}");
    assert_eq!(Untrusted("닫기 사유 ok").to_string(), "닫기 사유 ok");
}
