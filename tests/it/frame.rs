//! Close payloads: the Autobahn TestSuite's close cases, every code, and random inputs.

use closecode::frame::{ClosePayload, FrameErrorKind, MAX_REASON, decode, encode, truncate_reason};
use closecode::peer::PeerKind;
use closecode::{CloseCode, Peer, Random, SplitMix64, Wire};

fn with_code(code: u16, reason: &[u8]) -> Vec<u8> {
    let mut payload = code.to_be_bytes().to_vec();
    payload.extend_from_slice(reason);
    payload
}

fn fails_with(payload: &[u8], code: u16) {
    let err = decode(payload).expect_err("must be rejected");
    assert_eq!(err.fail_with(), CloseCode::new(code), "{payload:?}: {err}");
}

#[test]
fn autobahn_7_3_payload_lengths() {
    assert_eq!(decode(&[]).unwrap(), ClosePayload::Empty); // 7.3.1
    fails_with(&[0x03], 1002); // 7.3.2
    assert_eq!(
        decode(&with_code(1000, b"")).unwrap().code(),
        CloseCode::NORMAL_CLOSURE
    ); // 7.3.3
    assert_eq!(
        decode(&with_code(1000, b"Hello World!")).unwrap().reason(),
        "Hello World!"
    ); // 7.3.4
    let reason = "*".repeat(123);
    assert_eq!(
        decode(&with_code(1000, reason.as_bytes()))
            .unwrap()
            .reason(),
        reason
    ); // 7.3.5
    let payload = with_code(1000, "*".repeat(124).as_bytes()); // 7.3.6: 126 bytes
    fails_with(&payload, 1002);
    assert_eq!(
        decode(&payload).unwrap_err().kind(),
        FrameErrorKind::TooLong { length: 126 }
    );
}

#[test]
fn autobahn_7_5_1_invalid_utf8_reason() {
    // "κόσμε", a UTF-16 surrogate (ED A0 80, never valid UTF-8), then "edited".
    let reason =
        b"\xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5\xed\xa0\x80\x65\x64\x69\x74\x65\x64";
    let err = decode(&with_code(1000, reason)).unwrap_err();
    assert_eq!(err.fail_with(), CloseCode::INVALID_FRAME_PAYLOAD_DATA);
    assert_eq!(
        err.kind(),
        FrameErrorKind::InvalidUtf8 {
            code: CloseCode::NORMAL_CLOSURE,
            valid: 11,
            cut: false
        }
    );
    // A multi-byte character cut at the end.
    let cut = decode(&with_code(1000, "정상".as_bytes()[..4].as_ref())).unwrap_err();
    assert_eq!(
        cut.kind(),
        FrameErrorKind::InvalidUtf8 {
            code: CloseCode::NORMAL_CLOSURE,
            valid: 3,
            cut: true
        }
    );
    assert_eq!(cut.fail_with(), CloseCode::INVALID_FRAME_PAYLOAD_DATA);
}

#[test]
fn autobahn_7_7_valid_codes() {
    for code in [
        1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 3000, 3999, 4000, 4999,
    ] {
        assert_eq!(
            decode(&with_code(code, b"")).unwrap().code(),
            CloseCode::new(code),
            "{code}"
        );
    }
    // Registered after the suite's list was written: valid by RFC 6455 and IANA.
    for code in [1012, 1013, 1014] {
        assert!(decode(&with_code(code, b"")).is_ok(), "{code}");
    }
}

#[test]
fn autobahn_7_9_and_7_13_invalid_codes() {
    // Autobahn case 7.9.3 also expects 1004 to fail, but RFC 6455 §7.4.1 lists 1004 among the
    // codes an endpoint MAY send: decoding follows the RFC (see `reserved_1004...` below).
    for code in [
        0, 999, 1005, 1006, 1016, 1100, 2000, 2999, 1015, 5000, 65535,
    ] {
        fails_with(&with_code(code, b""), 1002);
        assert_eq!(
            decode(&with_code(code, b"")).unwrap_err().code(),
            Some(CloseCode::new(code))
        );
    }
}

#[test]
fn reserved_1004_is_allowed_by_the_rfc_and_refused_by_the_libraries() {
    let facts = CloseCode::RESERVED.facts();
    assert_eq!(facts.wire, Wire::Reserved);
    assert!(facts.wire.allowed() && !facts.sendable && !facts.local_only);
    assert!(decode(&with_code(1004, b"")).is_ok());
    let err = encode(CloseCode::RESERVED, "").unwrap_err();
    assert!(err.to_string().contains("RFC 6455 allows it"), "{err}");
    // The texts say "libraries refuse it, browsers accept it": the peer table must agree.
    let (browsers, libraries): (Vec<&Peer>, Vec<&Peer>) = Peer::all()
        .iter()
        .partition(|p| p.kind == PeerKind::Browser);
    assert!(!browsers.is_empty() && !libraries.is_empty());
    for peer in libraries {
        let reaction = peer.reaction(&with_code(1004, b""));
        assert!(!reaction.accepts(), "{} accepts 1004", peer.id);
    }
    for peer in browsers {
        assert!(
            peer.reaction(&with_code(1004, b"")).accepts(),
            "{}",
            peer.id
        );
    }
}

#[test]
fn every_code_encodes_and_decodes_exactly_when_it_may_be_sent() {
    for number in 0..=u16::MAX {
        let code = CloseCode::new(number);
        let allowed = code.is_sendable();
        assert_eq!(
            allowed,
            matches!(number, 1000..=1003 | 1007..=1014 | 3000..=4999),
            "{number}"
        );
        let raw = with_code(number, b"why");
        // Decoding follows RFC 6455, which also allows the reserved 1004.
        assert_eq!(decode(&raw).is_ok(), allowed || number == 1004, "{number}");
        match encode(code, "why") {
            Ok(payload) => {
                assert!(allowed);
                assert_eq!(payload.as_bytes(), raw);
                assert_eq!(
                    decode(payload.as_bytes()).unwrap(),
                    ClosePayload::Status {
                        code,
                        reason: "why"
                    }
                );
            }
            Err(_) => assert!(!allowed, "{number}"),
        }
    }
}

/// Random reasons: valid UTF-8 mixing ASCII, Hangul, emoji and control characters.
fn random_reason(random: &mut SplitMix64, max_chars: u64) -> String {
    let alphabet = ['a', 'Z', ' ', '가', '힣', 'é', '😀', '\u{202e}', '\0', '\n'];
    let length = random.next_u64() % (max_chars + 1);
    (0..length)
        .map(|_| alphabet[(random.next_u64() % alphabet.len() as u64) as usize])
        .collect()
}

#[test]
fn random_payloads_decode_without_panicking_and_round_trip() {
    let mut random = SplitMix64::new(0xC105E);
    for _ in 0..50_000 {
        let length = (random.next_u64() % 140) as usize;
        let bytes: Vec<u8> = (0..length).map(|_| random.next_u64() as u8).collect();
        if let Ok(ClosePayload::Status { code, reason }) = decode(&bytes) {
            assert_eq!(encode(code, reason).unwrap().as_bytes(), bytes);
        }
    }
}

#[test]
fn random_codes_and_reasons_round_trip() {
    let mut random = SplitMix64::new(7);
    for _ in 0..50_000 {
        let code = CloseCode::new(random.next_u64() as u16);
        let reason = random_reason(&mut random, 60);
        match encode(code, &reason) {
            Ok(payload) => {
                assert!(code.is_sendable() && reason.len() <= MAX_REASON);
                assert_eq!(
                    decode(payload.as_bytes()).unwrap(),
                    ClosePayload::Status {
                        code,
                        reason: &reason
                    }
                );
            }
            Err(_) => assert!(!code.is_sendable() || reason.len() > MAX_REASON),
        }
    }
}

#[test]
fn truncated_reasons_are_the_longest_valid_prefix() {
    let mut random = SplitMix64::new(11);
    for _ in 0..20_000 {
        let reason = random_reason(&mut random, 80);
        let max = (random.next_u64() % 130) as usize;
        let cut = truncate_reason(&reason, max);
        assert!(reason.starts_with(cut) && cut.len() <= max);
        // Maximal: the next character would not fit.
        if let Some(next) = reason[cut.len()..].chars().next() {
            assert!(cut.len() + next.len_utf8() > max);
        }
        assert!(
            encode(
                CloseCode::NORMAL_CLOSURE,
                truncate_reason(&reason, MAX_REASON)
            )
            .is_ok()
        );
    }
}

#[test]
fn every_problem_of_a_payload_is_reported() {
    // Code 0 may not be sent, and C0 80 is an overlong NUL: two findings, code first.
    let err = decode(&[0x00, 0x00, 0xc0, 0x80]).unwrap_err();
    assert_eq!(
        err.problems(),
        [
            FrameErrorKind::CodeNotAllowed {
                code: CloseCode::new(0)
            },
            FrameErrorKind::InvalidUtf8 {
                code: CloseCode::new(0),
                valid: 0,
                cut: false
            },
        ]
    );
    assert_eq!(err.code(), Some(CloseCode::new(0)));
    assert_eq!(err.fail_with(), CloseCode::PROTOCOL_ERROR);
    // Too long, a local-only code and a reason cut mid-character: three findings.
    let mut payload = with_code(1006, "*".repeat(123).as_bytes());
    payload.extend_from_slice(&"가".as_bytes()[..2]);
    let err = decode(&payload).unwrap_err();
    assert_eq!(err.problems().len(), 3);
    assert_eq!(err.kind(), FrameErrorKind::TooLong { length: 127 });
    assert!(matches!(
        err.problems()[2],
        FrameErrorKind::InvalidUtf8 {
            cut: true,
            valid: 123,
            ..
        }
    ));
    // Each finding is its own sentence.
    assert_eq!(err.to_string().matches(". ").count() + 1, 3, "{err}");
    // A bad reason alone is 1007; with a bad code, 1002.
    assert_eq!(
        decode(&[0x03, 0xe8, 0xc0]).unwrap_err().fail_with(),
        CloseCode::INVALID_FRAME_PAYLOAD_DATA
    );
    assert_eq!(
        decode(&[0x03, 0xed, 0xc0]).unwrap_err().fail_with(),
        CloseCode::PROTOCOL_ERROR
    );
}
