//! The public API as a user of the crate relies on it.

use closecode::{CloseCode, CodeRange, KnownCode, Label, Locale, RetryClass, Sender, Wire};

#[test]
fn constants_are_usable_in_match() {
    let describe = |code: CloseCode| match code {
        CloseCode::NORMAL_CLOSURE => "normal",
        CloseCode::ABNORMAL_CLOSURE => "dropped",
        CloseCode::BAD_GATEWAY => "gateway",
        _ => "other",
    };
    assert_eq!(describe(1006.into()), "dropped");
    assert_eq!(describe(1014.into()), "gateway");
    assert_eq!(describe(4000.into()), "other");
}

#[test]
fn known_code_lists_and_converts_every_registered_code() {
    assert_eq!(KnownCode::all().len(), 19);
    assert_eq!(KnownCode::all().count(), 19);
    assert_eq!(
        KnownCode::all().next_back(),
        Some(KnownCode::Timeout),
        "in order, from both ends"
    );
    for known in KnownCode::all() {
        let code = CloseCode::from(known);
        assert_eq!(code.known(), Some(known));
        assert_eq!(KnownCode::try_from(code), Ok(known));
        // One string form: Display is the number.
        assert_eq!(known.to_string(), code.to_string());
        // The variant name is also a name the forgiving lookup accepts.
        assert_eq!(CloseCode::from_name(&format!("{known:?}")), Some(code));
    }
    assert_eq!(
        KnownCode::try_from(CloseCode::new(1016)),
        Err(CloseCode::new(1016))
    );
    assert_eq!(
        KnownCode::try_from(CloseCode::new(4000)),
        Err(CloseCode::new(4000))
    );
}

/// The plain enums have one string form, their id: `Display` writes it, `all()` lists every
/// variant once, and no two variants share an id.
#[test]
fn plain_enums_have_one_string_form_and_list_every_variant() {
    fn check<T: Copy + core::fmt::Display + core::fmt::Debug + PartialEq>(
        all: impl ExactSizeIterator<Item = T> + Clone,
        id: impl Fn(T) -> &'static str,
        expected: &[&str],
    ) {
        assert_eq!(all.len(), expected.len());
        let ids: Vec<&str> = all.clone().map(&id).collect();
        assert_eq!(ids, expected);
        for value in all {
            assert_eq!(value.to_string(), id(value), "{value:?}");
        }
    }
    check(
        RetryClass::all(),
        RetryClass::id,
        &[
            "done",
            "backoff",
            "randomized-delay",
            "elsewhere",
            "fix-first",
            "credentials",
            "app-defined",
        ],
    );
    check(
        Sender::all(),
        Sender::id,
        &["either", "client", "server", "gateway", "nobody"],
    );
    check(
        Wire::all(),
        Wire::id,
        &["defined", "reserved", "local-only", "invalid"],
    );
    #[cfg(feature = "pages")]
    check(
        closecode::Aspect::all(),
        closecode::Aspect::id,
        &[
            "sender",
            "retry",
            "peers",
            "cause",
            "wire",
            "browser",
            "http",
            "registration",
        ],
    );
    check(
        CodeRange::all(),
        CodeRange::id,
        &["unused", "protocol", "framework", "private", "out-of-spec"],
    );
}

#[test]
fn registered_codes_are_exactly_the_iana_list() {
    let numbers: Vec<u16> = KnownCode::all().map(|k| CloseCode::from(k).get()).collect();
    let expected: Vec<u16> = (1000..=1015).chain([3000, 3003, 3008]).collect();
    assert_eq!(numbers, expected);
}

#[test]
fn ranges_cover_the_spec_boundaries() {
    let cases = [
        (0, CodeRange::Unused),
        (999, CodeRange::Unused),
        (1000, CodeRange::Protocol),
        (2999, CodeRange::Protocol),
        (3000, CodeRange::Framework),
        (3999, CodeRange::Framework),
        (4000, CodeRange::Private),
        (4999, CodeRange::Private),
        (5000, CodeRange::OutOfSpec),
        (65535, CodeRange::OutOfSpec),
    ];
    for (number, range) in cases {
        assert_eq!(CloseCode::new(number).range(), range, "{number}");
    }
    let ids: Vec<&str> = CodeRange::all().map(CodeRange::id).collect();
    assert_eq!(
        ids,
        ["unused", "protocol", "framework", "private", "out-of-spec"]
    );
}

#[test]
fn facts_follow_rfc_6455_and_the_registry() {
    for local in [1005, 1006, 1015] {
        let facts = CloseCode::new(local).facts();
        assert!(facts.local_only && !facts.sendable, "{local}");
        assert_eq!(facts.sent_by, Sender::Nobody);
    }
    assert!(!CloseCode::RESERVED.is_sendable());
    assert!(!CloseCode::RESERVED.is_local_only());
    for valid in [
        1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014,
    ] {
        assert!(CloseCode::new(valid).is_sendable(), "{valid}");
    }
    let http: Vec<(u16, u16)> = KnownCode::all()
        .map(CloseCode::from)
        .filter_map(|c| c.http_status().map(|s| (c.get(), s)))
        .collect();
    assert_eq!(
        http,
        [
            (1011, 500),
            (1013, 503),
            (1014, 502),
            (3000, 401),
            (3003, 403),
            (3008, 408)
        ]
    );
    assert_eq!(
        CloseCode::MANDATORY_EXTENSION.facts().sent_by,
        Sender::Client
    );
    assert_eq!(CloseCode::BAD_GATEWAY.facts().sent_by, Sender::Gateway);
    assert_eq!(
        CloseCode::UNAUTHORIZED.facts().registered_on,
        Some("2021-09-06")
    );
    assert_eq!(
        CloseCode::FORBIDDEN.facts().registered_on,
        Some("2023-02-22")
    );
    assert_eq!(CloseCode::TIMEOUT.facts().registered_on, Some("2024-02-01"));
}

#[test]
fn retry_classes_match_the_reference() {
    use RetryClass::*;
    let expected = [
        (1000, Done),
        (1001, Backoff),
        (1002, FixFirst),
        (1003, FixFirst),
        (1004, FixFirst),
        (1005, Done),
        (1006, Backoff),
        (1007, FixFirst),
        (1008, Credentials),
        (1009, FixFirst),
        (1010, FixFirst),
        (1011, Backoff),
        (1012, RandomizedDelay),
        (1013, Elsewhere),
        (1014, Backoff),
        (1015, FixFirst),
        (3000, Credentials),
        (3003, Credentials),
        (3008, Backoff),
        (3001, AppDefined),
        (4000, AppDefined),
        (999, FixFirst),
        (2000, FixFirst),
        (5000, FixFirst),
    ];
    for (number, class) in expected {
        assert_eq!(CloseCode::new(number).retry(), class, "{number}");
    }
    // Every class has a phrase in every locale.
    for class in RetryClass::all() {
        for locale in Locale::all() {
            assert!(!class.phrase(locale).is_empty());
        }
    }
}

#[test]
fn names_are_found_forgivingly() {
    let cases = [
        ("GOING_AWAY", 1001),
        ("going-away", 1001),
        ("going_away", 1001),
        ("GOING-AWAY", 1001),
        ("Going_Away", 1001),
        ("Going Away", 1001),
        ("goingaway", 1001),
        ("GoingAway", 1001),
        ("Away", 1001),                // tungstenite
        ("EndpointUnavailable", 1001), // .NET
        ("CloseGoingAway", 1001),      // gorilla
        ("BAD_GATEWAY", 1014),
        ("bad gateway", 1014),
        ("Mandatory Ext.", 1010),
        ("NO_EXTENSION", 1010),      // Jakarta
        ("Empty", 1005),             // .NET
        ("CLOSED_ABNORMALLY", 1006), // Jakarta
        ("INVALID_DATA", 1007),      // Python websockets
        ("CloseInternalServerErr", 1011),
        ("Again", 1013),
        ("unauthorized", 3000),
        ("tls handshake", 1015),
    ];
    for (name, number) in cases {
        assert_eq!(
            CloseCode::from_name(name),
            Some(CloseCode::new(number)),
            "{name}"
        );
    }
    for not_a_name in [
        "",
        "   ",
        "-_-",
        "1001",
        "bad-gatewayx",
        "x".repeat(10_000).as_str(),
    ] {
        assert_eq!(CloseCode::from_name(not_a_name), None, "{not_a_name:.20}");
    }
}

#[test]
fn names_in_every_shipped_locale_find_their_code() {
    for locale in Locale::all() {
        for known in KnownCode::all() {
            let code = CloseCode::from(known);
            let name = code.describe(locale).name().to_string();
            assert_eq!(CloseCode::from_name(&name), Some(code), "{locale} {name}");
            assert_eq!(name.parse::<CloseCode>(), Ok(code), "{locale} {name}");
            // Spaces and punctuation do not matter, in any script.
            let squeezed: String = name.chars().filter(|c| c.is_alphanumeric()).collect();
            assert_eq!(
                CloseCode::from_name(&squeezed),
                Some(code),
                "{locale} {name}"
            );
        }
        // A range's name is no code's name.
        let range = CloseCode::new(4000).describe(locale).name().to_string();
        assert_eq!(CloseCode::from_name(&range), None, "{locale} {range}");
    }
    #[cfg(feature = "ko")]
    {
        assert_eq!(
            CloseCode::from_name("비정상 종료"),
            Some(CloseCode::ABNORMAL_CLOSURE)
        );
        // A misspelled Korean name gets a suggestion too.
        let err = "비정상 종로".parse::<CloseCode>().unwrap_err();
        assert_eq!(err.suggestion(), Some(KnownCode::AbnormalClosure));
    }
    #[cfg(feature = "ja")]
    assert_eq!(
        CloseCode::from_name("異常終了"),
        Some(CloseCode::ABNORMAL_CLOSURE)
    );
}

#[test]
fn numbers_parse_strictly() {
    assert_eq!("0".parse::<CloseCode>(), Ok(CloseCode::new(0)));
    assert_eq!("65535".parse::<CloseCode>(), Ok(CloseCode::new(65535)));
    let rejected = [
        "",
        "abc",
        "-1",
        "+1000",
        " 1000",
        "1000 ",
        "01000",
        "65536",
        "99999999999999999999",
        "1e3",
        "१०००",
    ];
    for input in rejected {
        let err = input.parse::<CloseCode>().unwrap_err();
        assert!(
            err.to_string()
                .contains("expected a number from 0 to 65535"),
            "{input}: {err}"
        );
    }
    assert_eq!(
        "65536".parse::<CloseCode>().unwrap_err().to_string(),
        "close codes are 16-bit numbers, so 65536 is too large; expected a number from 0 to 65535"
    );
}

#[test]
fn debug_shows_the_constant() {
    assert_eq!(
        format!("{:?}", CloseCode::GOING_AWAY),
        "CloseCode(1001 GOING_AWAY)"
    );
    assert_eq!(format!("{:?}", CloseCode::new(4000)), "CloseCode(4000)");
    assert_eq!(CloseCode::GOING_AWAY, 1001);
    assert_eq!(1001, CloseCode::GOING_AWAY);
}

#[cfg(all(feature = "ja", feature = "ko"))]
#[test]
fn locales_parse_from_tags_and_posix_strings() {
    let ok = [
        ("en", Locale::EN),
        ("EN", Locale::EN),
        ("en-US", Locale::EN),
        ("en-Latn-GB", Locale::EN),
        ("en_US.UTF-8", Locale::EN),
        ("en_US@euro", Locale::EN),
        ("C", Locale::EN),
        ("C.UTF-8", Locale::EN),
        ("POSIX", Locale::EN),
        ("ko", Locale::KO),
        ("ko-KR", Locale::KO),
        ("ko_KR", Locale::KO),
        ("ko_KR.UTF-8", Locale::KO),
        ("ko_KR.eucKR", Locale::KO),
        ("  ko  ", Locale::KO),
        ("ja", Locale::JA),
        ("ja-JP", Locale::JA),
        ("ja_JP", Locale::JA),
        ("ja_JP.UTF-8", Locale::JA),
        ("ja_JP.eucJP", Locale::JA),
        ("JA-jp", Locale::JA),
    ];
    for (tag, locale) in ok {
        assert_eq!(Locale::from_tag(tag), Ok(locale), "{tag}");
        assert_eq!(tag.parse::<Locale>(), Ok(locale), "{tag}");
    }
    for unsupported in ["fr", "zh_CN.UTF-8", "zh-Hant-TW", "de-DE"] {
        assert!(
            Locale::from_tag(unsupported).unwrap_err().is_unsupported(),
            "{unsupported}"
        );
    }
    for invalid in [
        "",
        " ",
        "not a tag",
        "k",
        "ko-KR-!!",
        "\u{0}",
        "ko--KR",
        "x".repeat(100_000).as_str(),
    ] {
        let err = Locale::from_tag(invalid).unwrap_err();
        assert!(!err.is_unsupported(), "{invalid:.20}");
    }
}

#[cfg(all(feature = "ja", feature = "ko"))]
#[test]
fn accept_language_follows_quality_values() {
    let cases = [
        ("ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", Some(Locale::KO)),
        ("en-US,en;q=0.9,ko;q=0.8", Some(Locale::EN)),
        ("fr-CH, fr;q=0.9, ko;q=0.8, *;q=0.5", Some(Locale::KO)),
        ("ko;q=0.2, en;q=0.3", Some(Locale::EN)),
        ("ko;q=0.5, en;q=0.5", Some(Locale::KO)),
        ("ko;q=0, en;q=0.1", Some(Locale::EN)),
        ("ko;q=1.5, en", Some(Locale::EN)),
        ("ko;q=abc", None),
        ("ko;q=0.1234", None),
        ("KO-kr;Q=0.7", Some(Locale::KO)),
        ("ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7", Some(Locale::JA)),
        ("en-US,en;q=0.9,ja;q=0.8", Some(Locale::EN)),
        ("zh-CN, ja;q=0.7, ko;q=0.6", Some(Locale::JA)),
        ("ko;q=0.5, ja;q=0.6", Some(Locale::JA)),
        ("*", Some(Locale::EN)),
        ("de, fr", None),
        ("", None),
        (",,,;;;q=", None),
    ];
    for (header, expected) in cases {
        assert_eq!(Locale::from_accept_language(header), expected, "{header}");
    }
}

#[cfg(all(feature = "ja", feature = "ko"))]
#[test]
fn locale_metadata() {
    assert_eq!(Locale::all().count(), 3);
    assert_eq!(Locale::default(), Locale::EN);
    assert_eq!(Locale::FALLBACK, Locale::EN);
    assert_eq!(Locale::EN.name(), "English");
    assert_eq!(Locale::KO.name(), "한국어");
    assert_eq!(Locale::KO.to_string(), "ko");
    assert_eq!(format!("{:?}", Locale::KO), "Locale(\"ko\")");
    assert_eq!(Locale::JA.name(), "日本語");
    assert_eq!(Locale::JA.to_string(), "ja");
    for locale in Locale::all() {
        for label in [
            Label::DESCRIPTION,
            Label::SYMPTOM,
            Label::REMEDY,
            Label::KEY_DIFFERENCES,
            Label::WHEN_TO_USE,
        ] {
            assert!(
                locale.text(label).is_some_and(|l| !l.is_empty()),
                "{locale} {}",
                label.id()
            );
        }
        // Every label is reachable by a constant, and its id names a message.
        assert!(Label::all().all(|l| locale.format(l, &[]) != l.id()));
    }
}

#[cfg(feature = "ko")]
#[test]
fn suggested_korean_names_are_used() {
    let names = [
        (1000, "정상 종료"),
        (1001, "엔드포인트 이탈"),
        (1002, "프로토콜 오류"),
        (1003, "지원하지 않는 데이터"),
        (1004, "예약됨"),
        (1005, "상태 코드 없음"),
        (1006, "비정상 종료"),
        (1007, "잘못된 페이로드 데이터"),
        (1008, "정책 위반"),
        (1009, "메시지가 너무 큼"),
        (1010, "필수 확장 누락"),
        (1011, "내부 오류"),
        (1012, "서비스 재시작"),
        (1013, "나중에 다시 시도"),
        (1014, "잘못된 게이트웨이"),
        (1015, "TLS 핸드셰이크 실패"),
        (3000, "인증 필요"),
        (3003, "접근 금지"),
        (3008, "시간 초과"),
    ];
    for (number, name) in names {
        assert_eq!(
            CloseCode::new(number).describe(Locale::KO).name().plain(),
            Some(name)
        );
    }
}

#[cfg(feature = "ja")]
#[test]
fn suggested_japanese_names_are_used() {
    // Translated from the meaning, not copied from MDN's Japanese page: 1014 is a bad gateway,
    // not a "violation" of anything.
    let names = [
        (1000, "正常終了"),
        (1001, "エンドポイントの離脱"),
        (1002, "プロトコルエラー"),
        (1003, "未対応のデータ"),
        (1004, "予約済み"),
        (1005, "ステータスコードなし"),
        (1006, "異常終了"),
        (1007, "不正なペイロードデータ"),
        (1008, "ポリシー違反"),
        (1009, "メッセージサイズ超過"),
        (1010, "必須拡張の不足"),
        (1011, "内部エラー"),
        (1012, "サービス再起動"),
        (1013, "後で再試行"),
        (1014, "不正なゲートウェイ"),
        (1015, "TLSハンドシェイク失敗"),
        (3000, "認証が必要"),
        (3003, "アクセス禁止"),
        (3008, "タイムアウト"),
    ];
    for (number, name) in names {
        assert_eq!(
            CloseCode::new(number).describe(Locale::JA).name().plain(),
            Some(name)
        );
    }
    for known in KnownCode::all() {
        let name = CloseCode::from(known)
            .describe(Locale::JA)
            .name()
            .to_string();
        assert!(
            !name.contains("違反") || known == KnownCode::PolicyViolation,
            "{name}"
        );
    }
}

/// Fails when `text` has a run of three or more English words outside names, code and the
/// quoted log strings that a reader searches for verbatim.
pub(crate) fn assert_no_english_sentence(text: &str, context: &str) {
    let text = without_searchable_english(text);
    let mut run = 0;
    for word in text.split(|c: char| c.is_whitespace() || ",.():;·".contains(c)) {
        let latin = !word.is_empty() && word.chars().all(|c| c.is_ascii_alphabetic() || c == '\'');
        run = if latin { run + 1 } else { 0 };
        assert!(
            run < 3,
            "{context}: English run in localized text near {word:?}:\n{text}"
        );
    }
}

/// `text` without the English a reader searches for verbatim: names, the English display names
/// of the codes, peers and the error texts their applications get, quoted log lines.
fn without_searchable_english(text: &str) -> String {
    let mut text = text.to_owned();
    let mut allowed: Vec<&str> = vec![
        "CloudFlare WebSocket proxy restarting",
        "websocket: bad close code 1014",
        "invalid utf8 payload in close frame",
        "Illegal format ws or stream",
        "Connection Idle Timeout",
        "keepalive ping timeout",
        "AWS API Gateway WebSocket API",
        "Python websockets",
        "Node ws",
    ];
    allowed.extend(KnownCode::all().filter_map(|k| CloseCode::from(k).iana_name()));
    // English display names stand beside the Korean and Japanese ones in titles, for readers
    // who search.
    allowed.extend(
        KnownCode::all().filter_map(|k| CloseCode::from(k).describe(Locale::EN).name().plain()),
    );
    // Peers' names and the error texts their applications get, quoted as the peers write them.
    for peer in closecode::Peer::all() {
        let r = &peer.reactions;
        let reactions = [
            r.empty, r.accepted, r.bad_code, r.bad_utf8, r.one_byte, r.too_long,
        ];
        let errors = reactions
            .iter()
            .map(|r| r.sees)
            .chain([peer.no_close, peer.reset]);
        allowed.extend(errors.filter_map(|sees| match sees {
            closecode::peer::Sees::Error(text) => text.split('{').next(),
            _ => None,
        }));
        allowed.push(peer.name);
    }
    allowed.sort_by_key(|phrase| std::cmp::Reverse(phrase.len()));
    for phrase in allowed {
        text = text.replace(phrase, "");
    }
    text
}

/// The comments of an example's code (`language` as its code block names it), without what
/// stays as it is in every language: code in backticks, and words that are names of files,
/// paths, URLs or identifiers (`client.py`, `ws://127.0.0.1:8080/`, `close_client`).
#[cfg(feature = "pages")]
fn comment_prose(language: &str, code: &str) -> String {
    let comments = super::site_examples::comments_of(language, code);
    let mut prose = String::new();
    for line in comments.lines() {
        // Outside backticks: the even pieces.
        let outside = line.split('`').step_by(2).collect::<Vec<_>>().join(" ");
        let words = outside.split(' ').filter(|word| {
            let word = word.trim_end_matches(|c: char| ".,:;)".contains(c));
            !word.contains(['.', '_', '/'])
        });
        prose.extend(words.map(|word| format!("{word} ")));
        prose.push('\n');
    }
    prose
}

/// A Korean reader must never meet an English sentence, in any text or on any page.
#[cfg(feature = "ko")]
#[test]
fn korean_texts_have_no_english_sentences() {
    // The check itself catches English, in prose and in an example's comments.
    assert!(
        std::panic::catch_unwind(|| assert_no_english_sentence(
            "1006 코드는 the connection dropped.",
            ""
        ))
        .is_err()
    );
    #[cfg(feature = "pages")]
    {
        let english = include_str!("../../examples/site/onclose.js");
        let comments = comment_prose("javascript", english);
        assert!(std::panic::catch_unwind(|| assert_no_english_sentence(&comments, "")).is_err());
    }
    for_every_text_and_page(Locale::KO, assert_no_english_sentence);
}

/// Nor must a Japanese reader.
#[cfg(feature = "ja")]
#[test]
fn japanese_texts_have_no_english_sentences() {
    assert!(
        std::panic::catch_unwind(|| assert_no_english_sentence(
            "1006は the connection dropped.",
            ""
        ))
        .is_err()
    );
    for_every_text_and_page(Locale::JA, assert_no_english_sentence);
}

/// Japanese pages are written in kana and kanji: the English that stays (names, code, quoted
/// log lines) is a minority on every page, every page has hiragana (Chinese has none), and no
/// Hangul has leaked in from the Korean catalog.
#[cfg(feature = "ja")]
#[test]
fn japanese_pages_are_mostly_kana_and_kanji() {
    let share = |text: &str, context: &str| {
        let count = |f: fn(&char) -> bool| text.chars().filter(f).count();
        let hiragana = count(|c| ('\u{3041}'..='\u{309F}').contains(c));
        let japanese = count(|c| {
            ('\u{3041}'..='\u{30FF}').contains(c) || ('\u{4E00}'..='\u{9FFF}').contains(c)
        });
        // Latin letters of prose: not names, quoted log lines or code (identifiers, paths,
        // calls, versions).
        let prose = without_searchable_english(text);
        let latin: usize = prose
            .split(|c: char| c.is_whitespace() || "、。（）「」".contains(c))
            .filter(|w| !w.contains(|c: char| "_:/.()<>=@#-".contains(c) || c.is_ascii_digit()))
            .filter(|w| !w.chars().skip(1).any(|c| c.is_ascii_uppercase()))
            .map(|w| w.chars().filter(char::is_ascii_alphabetic).count())
            .sum();
        let hangul = count(|c| ('\u{AC00}'..='\u{D7A3}').contains(c));
        assert!(hiragana > 0, "{context}: no hiragana:\n{text}");
        assert_eq!(hangul, 0, "{context}: Hangul in Japanese text:\n{text}");
        assert!(
            japanese * 100 >= 55 * (japanese + latin),
            "{context}: {japanese} kana and kanji against {latin} Latin letters:\n{text}"
        );
    };
    // The check itself catches English with a few Japanese words.
    assert!(std::panic::catch_unwind(|| share("1006は the connection dropped. です", "")).is_err());
    for_every_text_and_page(Locale::JA, |text, context| {
        // Names are short and stand beside their English display name; pages and sentences
        // are what a reader reads.
        if text.chars().count() > 40 {
            share(text, context);
        }
    });
}

/// Pages are checked unwrapped, so that a quoted error text is not split across table cells.
const WIDE: usize = 1 << 20;

/// Calls `check` with every text of every registered code and a sample of the ranges and,
/// with the `pages` feature, every code page, the reference page and every comparison page of
/// `locale`, each rendered as text, with a context for the failure message.
fn for_every_text_and_page(locale: Locale, check: impl Fn(&str, &str)) {
    for number in (0..=u16::MAX)
        .filter(|n| CloseCode::new(*n).is_registered() || [0, 1016, 3001, 4000, 5000].contains(n))
    {
        let code = CloseCode::new(number);
        let text = code.describe(locale);
        for part in [
            text.name(),
            text.description(),
            text.symptom(),
            text.remedy(),
            text.cause(),
            text.sending(),
            text.receiving(),
            text.user(),
        ] {
            check(&part.to_string(), &number.to_string());
        }
        #[cfg(feature = "pages")]
        check_page(code, locale, &check);
    }
    #[cfg(feature = "pages")]
    every_other_page(locale, &check);
}

/// The page of `code`, checked as [`for_every_text_and_page`] does.
#[cfg(feature = "pages")]
fn check_page(code: CloseCode, locale: Locale, check: &impl Fn(&str, &str)) {
    use closecode::render;
    // What a reader reads in the examples is their comments, in the page's language; their
    // code, strings and identifiers are the same in every language.
    let mut model = render::code_page(code, locale);
    for block in &mut model.blocks {
        if let render::Block::Code { language, code } = block {
            *code = comment_prose(language, code);
        }
    }
    let mut page = String::new();
    render::text::write(&model, &mut page, WIDE).unwrap();
    check(&page, &format!("page {code}"));
}

/// The reference page and every comparison page, checked as [`for_every_text_and_page`] does.
#[cfg(feature = "pages")]
fn every_other_page(locale: Locale, check: &impl Fn(&str, &str)) {
    use closecode::{compare, render};
    let mut page = String::new();
    render::text::write(&render::reference_page(locale), &mut page, WIDE).unwrap();
    check(&page, "reference");
    let codes: Vec<CloseCode> = KnownCode::all()
        .map(CloseCode::from)
        .chain([4000.into(), 65535.into()])
        .collect();
    for &a in &codes {
        for &b in &codes {
            let mut page = String::new();
            render::text::write(
                &render::comparison_page(&compare(a, b, locale)),
                &mut page,
                WIDE,
            )
            .unwrap();
            check(&page, &format!("{a} vs {b}"));
        }
    }
}

#[cfg(feature = "serde")]
#[test]
fn serde_output_is_stable() {
    let json = serde_json::to_value(CloseCode::GOING_AWAY.facts()).unwrap();
    assert_eq!(json["code"], 1001);
    assert_eq!(json["range"], "protocol");
    assert_eq!(json["retry"], "backoff");
    assert_eq!(json["sent_by"], "either");
    assert_eq!(json["names"]["dotnet"], "EndpointUnavailable");
    let text = serde_json::to_value(CloseCode::new(4001).describe(Locale::KO)).unwrap();
    assert_eq!(text["locale"], "ko");
    assert_eq!(text["code"], 4001);
    assert!(
        text["description"]
            .as_str()
            .unwrap()
            .starts_with("4001 코드는")
    );
    let code: CloseCode = serde_json::from_str("1014").unwrap();
    assert_eq!(code, CloseCode::BAD_GATEWAY);
}

/// The messages an app shows its end users: plain, never technical, with correct plurals.
#[cfg(feature = "ko")]
#[test]
fn user_messages_are_plain_and_counted_right() {
    let seconds =
        |n: u64, locale: Locale| locale.format(Label::USER_RECONNECTING, &[("seconds", n.into())]);
    assert_eq!(seconds(0, Locale::EN), "Reconnecting now.");
    assert_eq!(seconds(1, Locale::EN), "Reconnecting in 1 second.");
    assert_eq!(seconds(2, Locale::EN), "Reconnecting in 2 seconds.");
    assert_eq!(seconds(21, Locale::EN), "Reconnecting in 21 seconds.");
    assert_eq!(seconds(1, Locale::KO), "1초 뒤에 다시 연결합니다.");
    assert_eq!(seconds(0, Locale::KO), "지금 다시 연결합니다.");
    for number in (0..=u16::MAX)
        .step_by(7)
        .chain(KnownCode::all().map(|k| CloseCode::from(k).get()))
    {
        for locale in Locale::all() {
            let text = CloseCode::new(number).describe(locale).user().to_string();
            assert!(
                !text.is_empty() && text.len() < 160,
                "{number} {locale}: {text}"
            );
            // No close codes, RFC sections or protocol words in front of end users.
            for jargon in [
                "RFC",
                "WebSocket",
                "frame",
                "프레임",
                "1006",
                "handshake",
                "핸드셰이크",
            ] {
                assert!(!text.contains(jargon), "{number} {locale}: {text}");
            }
        }
    }
}

/// An HTTP API answers a bad code with a 400 in the request's language: every kind of
/// `ParseCodeError` has its words in every locale, English is its `Display`, and the
/// suggestion and the number are filled in.
#[test]
fn parse_errors_are_worded_in_every_locale() {
    let inputs = [
        "",
        "-1",
        "01000",
        "70000",
        "99999999999999999999999",
        "nonsense",
        "going-awy",
    ];
    for input in inputs {
        let err = input.parse::<CloseCode>().unwrap_err();
        assert_eq!(err.localized(Locale::EN).to_string(), err.to_string());
        for locale in Locale::all() {
            let text = err.localized(locale).to_string();
            assert!(
                !text.is_empty() && !text.contains('{'),
                "{locale} {input}: {text}"
            );
            if locale != Locale::EN {
                assert_ne!(text, err.to_string(), "{locale} {input}");
            }
        }
    }
    let err = "going-awy".parse::<CloseCode>().unwrap_err();
    assert!(
        err.to_string().contains("did you mean going-away?"),
        "{err}"
    );
    let err = "70000".parse::<CloseCode>().unwrap_err();
    for locale in Locale::all() {
        assert!(
            err.localized(locale).to_string().contains("70000"),
            "{locale}"
        );
    }
}
