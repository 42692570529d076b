//! What real peers do with a Close payload, as measured on loopback (Python websockets 17.4,
//! Node ws 8.23.0, tungstenite 0.30, gorilla/websocket 1.5.0, Chromium 156, Firefox ESR 153.8)
//! and read in .NET's source. The expectations are written out here from those measurements,
//! independently of `data/peers.toml`, and checked over every code and over payloads that
//! combine problems.

use closecode::peer::{PayloadCase, Reply, Seen};
use closecode::{CloseCode, Peer};

fn peer(id: &str) -> &'static Peer {
    Peer::all().iter().find(|p| p.id == id).unwrap()
}

fn in_spans(code: u16, spans: &[(u16, u16)]) -> bool {
    spans.iter().any(|&(a, b)| (a..=b).contains(&code))
}

const RFC: &[(u16, u16)] = &[(1000, 1003), (1007, 1014), (3000, 4999)];
const NO_1014: &[(u16, u16)] = &[(1000, 1003), (1007, 1013), (3000, 4999)];
const NO_1012: &[(u16, u16)] = &[(1000, 1003), (1007, 1011), (3000, 4999)];

#[test]
fn every_code_gets_the_measured_reaction() {
    for number in 0..=u16::MAX {
        let code = CloseCode::new(number);
        let payload = number.to_be_bytes();
        let received = (Seen::Code(code), Reply::Code(code));
        let failed_with = |sees: u16, replies: u16| {
            (
                Seen::Code(CloseCode::new(sees)),
                Reply::Code(CloseCode::new(replies)),
            )
        };
        let got = |id: &str| {
            let r = peer(id).reaction(&payload);
            (r.sees, r.replies)
        };
        for id in ["python-websockets", "node-ws"] {
            let expected = if in_spans(number, RFC) {
                received
            } else {
                failed_with(1006, 1002)
            };
            assert_eq!(got(id), expected, "{id} {number}");
        }
        let expected = if in_spans(number, NO_1014) {
            received
        } else {
            failed_with(1002, 1002)
        };
        assert_eq!(got("tungstenite"), expected, "tungstenite {number}");

        let gorilla = peer("gorilla").reaction(&payload);
        if in_spans(number, NO_1014) {
            assert_eq!(
                (gorilla.sees, gorilla.replies),
                received,
                "gorilla {number}"
            );
        } else {
            let Seen::Error(text) = gorilla.sees else {
                panic!("gorilla {number}: {:?}", gorilla.sees)
            };
            assert_eq!(
                text.to_string(),
                format!("websocket: bad close code {number}")
            );
            assert_eq!(gorilla.replies, Reply::Code(CloseCode::PROTOCOL_ERROR));
        }

        for (id, accepted) in [("dotnet", RFC), ("dotnet-7", NO_1012)] {
            let r = peer(id).reaction(&payload);
            if in_spans(number, accepted) {
                assert_eq!(
                    (r.sees, r.replies),
                    (Seen::Code(code), Reply::Nothing),
                    "{id} {number}"
                );
            } else {
                assert!(matches!(r.sees, Seen::Error(_)), "{id} {number}");
                assert_eq!(
                    r.replies,
                    Reply::Code(CloseCode::PROTOCOL_ERROR),
                    "{id} {number}"
                );
            }
        }

        let expected = if [1005, 1006, 1015].contains(&number) {
            failed_with(1006, 1002)
        } else {
            received
        };
        assert_eq!(got("chromium"), expected, "chromium {number}");

        // Firefox refuses no code; it answers 0, 1005, 1006 and 1015 with an empty Close.
        let firefox = peer("firefox").reaction(&payload);
        assert_eq!(firefox.sees, Seen::Code(code), "firefox {number}");
        assert!(firefox.accepts());
        let expected = if [0, 1005, 1006, 1015].contains(&number) {
            Reply::Empty
        } else {
            Reply::Code(code)
        };
        assert_eq!(firefox.replies, expected, "firefox {number}");
    }
}

#[test]
fn a_bad_code_with_a_bad_reason_is_judged_in_each_peers_order() {
    let payload = [0x00, 0x00, 0xc0, 0x80];
    let case = |id: &str| peer(id).reaction(&payload).case;
    // websockets (10.0 and later) and tungstenite decode the reason first.
    assert_eq!(case("python-websockets"), PayloadCase::BadUtf8);
    assert_eq!(case("tungstenite"), PayloadCase::BadUtf8);
    // websockets 9, ws, gorilla and .NET look at the code first.
    for id in ["python-websockets-9", "node-ws", "gorilla", "dotnet"] {
        assert_eq!(case(id), PayloadCase::BadCode, "{id}");
    }
    let replies = |id: &str| peer(id).reaction(&payload).replies;
    assert_eq!(
        replies("python-websockets"),
        Reply::Code(CloseCode::INVALID_FRAME_PAYLOAD_DATA)
    );
    assert_eq!(replies("node-ws"), Reply::Code(CloseCode::PROTOCOL_ERROR));
    // tungstenite returns an error and sends nothing; the application decides.
    let t = peer("tungstenite").reaction(&payload);
    assert!(matches!(t.sees, Seen::Error(_)));
    assert_eq!(t.replies, Reply::Nothing);
    // Chromium accepts code 0, so only the reason is wrong for it.
    assert_eq!(case("chromium"), PayloadCase::BadUtf8);
    // Chromium accepts code 0, so only the reason is wrong for it.
    assert_eq!(case("chromium"), PayloadCase::BadUtf8);
    let c = peer("chromium").reaction(&payload);
    assert_eq!(
        (c.sees, c.replies),
        (
            Seen::Code(CloseCode::ABNORMAL_CLOSURE),
            Reply::Code(CloseCode::PROTOCOL_ERROR)
        )
    );
}

#[test]
fn a_reason_that_is_not_utf8_gets_1007_only_from_some() {
    let payload = [0x03, 0xe8, 0xc0, 0x80];
    let replies = |id: &str| peer(id).reaction(&payload).replies;
    for id in ["python-websockets", "node-ws"] {
        assert_eq!(
            replies(id),
            Reply::Code(CloseCode::INVALID_FRAME_PAYLOAD_DATA),
            "{id}"
        );
    }
    for id in ["gorilla", "dotnet", "chromium"] {
        assert_eq!(replies(id), Reply::Code(CloseCode::PROTOCOL_ERROR), "{id}");
    }
    // coder/websocket never checks the reason: it accepts the payload and echoes it.
    let coder = peer("coder-websocket").reaction(&payload);
    assert!(coder.accepts());
    assert_eq!(coder.replies, Reply::Code(CloseCode::NORMAL_CLOSURE));
    // Firefox drops the connection without a Close frame; the page sees 1006.
    let firefox = peer("firefox").reaction(&payload);
    assert_eq!(
        (firefox.sees, firefox.replies),
        (Seen::Code(CloseCode::ABNORMAL_CLOSURE), Reply::Nothing)
    );
}

#[test]
fn short_long_and_empty_payloads() {
    // One byte: gorilla and Firefox read it as no status; the others fail the connection.
    for id in ["gorilla", "firefox"] {
        let r = peer(id).reaction(&[0x03]);
        assert_eq!(
            (r.sees, r.replies),
            (Seen::Code(CloseCode::NO_STATUS_RCVD), Reply::Empty),
            "{id}"
        );
        // A normal close for them (Firefox: wasClean true, no error event).
        assert!(r.accepts(), "{id}");
    }
    for id in ["python-websockets", "node-ws", "chromium"] {
        assert_eq!(
            peer(id).reaction(&[0x03]).replies,
            Reply::Code(CloseCode::PROTOCOL_ERROR),
            "{id}"
        );
    }
    // Over 125 bytes: a protocol error everywhere, but tungstenite and Firefox send nothing.
    let mut long = vec![0x03, 0xe8];
    long.extend_from_slice(&[b'a'; 124]);
    for peer in Peer::all() {
        let r = peer.reaction(&long);
        assert_eq!(r.case, PayloadCase::TooLong, "{}", peer.id);
        assert!(!r.accepts(), "{}", peer.id);
        let silent = peer.id.starts_with("tungstenite") || peer.id == "firefox";
        assert_eq!(r.replies == Reply::Nothing, silent, "{}", peer.id);
    }
    // Empty: .NET reports 1000, tungstenite a close without a code, the others 1005.
    for peer in Peer::all() {
        let r = peer.reaction(&[]);
        let expected = match peer.id {
            "dotnet" | "dotnet-7" => Seen::Code(CloseCode::NORMAL_CLOSURE),
            id if id.starts_with("tungstenite") => Seen::NoCode,
            _ => Seen::Code(CloseCode::NO_STATUS_RCVD),
        };
        assert_eq!(r.sees, expected, "{}", peer.id);
        assert!(r.accepts(), "{}", peer.id);
    }
}

#[test]
fn who_never_reports_1006() {
    // A connection that ends without a Close frame: tungstenite, .NET and coder/websocket give
    // an error without a code; the others report 1006.
    for peer in Peer::all() {
        let reports_1006 =
            peer.no_close == closecode::peer::Sees::Code(CloseCode::ABNORMAL_CLOSURE);
        let silent = peer.id.starts_with("tungstenite")
            || ["dotnet", "dotnet-7", "coder-websocket"].contains(&peer.id);
        assert_eq!(reports_1006, !silent, "{}", peer.id);
    }
}

#[test]
fn a_reset_and_a_fin_end_differently_for_some() {
    use closecode::peer::Sees;
    let text = |sees: Sees| match sees {
        Sees::Error(text) => text,
        other => panic!("{other:?}"),
    };
    // tungstenite: a FIN is its own protocol error, a reset the operating system's error.
    for id in ["tungstenite", "tungstenite-0-26", "tungstenite-0-15"] {
        let p = peer(id);
        assert_eq!(
            text(p.no_close),
            "WebSocket protocol error: Connection reset without closing handshake"
        );
        assert_eq!(
            text(p.reset),
            "IO error: Connection reset by peer (os error 104)"
        );
    }
    // gorilla: a FIN is a CloseError with 1006, a reset a plain *net.OpError without a code.
    for id in ["gorilla", "gorilla-1-4"] {
        assert_eq!(
            peer(id).no_close,
            Sees::Code(CloseCode::ABNORMAL_CLOSURE),
            "{id}"
        );
        assert!(text(peer(id).reset).ends_with("connection reset by peer"));
    }
    let coder = peer("coder-websocket");
    assert_eq!(
        text(coder.no_close),
        "failed to get reader: failed to read frame header: EOF"
    );
    assert!(text(coder.reset).ends_with("read: connection reset by peer"));
    // Python websockets, Node ws and the browsers report 1006 either way.
    for id in ["python-websockets", "node-ws", "chromium", "firefox"] {
        let p = peer(id);
        assert_eq!(p.reset, p.no_close, "{id}");
        assert_eq!(p.reset, Sees::Code(CloseCode::ABNORMAL_CLOSURE), "{id}");
    }
}

#[test]
fn tungstenite_versions_differ_in_what_they_send_back() {
    // 0.16 and later echo an accepted code and turn a refused one into 1002 for the
    // application too; 0.11 to 0.15 answered every accepted code with 1000 and passed a refused
    // one on as it came while answering 1002.
    for id in ["tungstenite", "tungstenite-0-26"] {
        let r = peer(id).reaction(&[0x03, 0xe9]);
        assert_eq!(r.replies, Reply::Code(CloseCode::GOING_AWAY), "{id}");
        let r = peer(id).reaction(&[0x03, 0xf6]);
        assert_eq!(r.sees, Seen::Code(CloseCode::PROTOCOL_ERROR), "{id}");
    }
    let old = peer("tungstenite-0-15");
    let r = old.reaction(&[0x03, 0xe9]);
    assert_eq!(r.replies, Reply::Code(CloseCode::NORMAL_CLOSURE));
    assert!(r.accepts());
    let r = old.reaction(&[0x03, 0xf6]);
    assert_eq!(r.sees, Seen::Code(CloseCode::BAD_GATEWAY));
    assert_eq!(r.replies, Reply::Code(CloseCode::PROTOCOL_ERROR));
    assert!(!r.accepts());
}

#[test]
fn error_texts_are_filled_in_from_the_payload() {
    let sees = |id: &str, payload: &[u8]| match peer(id).reaction(payload).sees {
        Seen::Error(text) => text.to_string(),
        other => panic!("{id}: {other:?}"),
    };
    // tungstenite 0.27 and later: std's Utf8Error text for the reason, from the same call.
    assert_eq!(
        sees("tungstenite", b"\x03\xe8\xc0\x80"),
        "UTF-8 encoding error: invalid utf-8 sequence of 1 bytes from index 0"
    );
    assert_eq!(
        sees("tungstenite", b"\x03\xe8ok\xe2\x82"),
        "UTF-8 encoding error: incomplete utf-8 byte sequence from index 2"
    );
    assert_eq!(
        sees("tungstenite-0-26", b"\x03\xe8\xc0\x80"),
        "UTF-8 encoding error"
    );
    // coder/websocket: the Go name of the code, the payload as %q, the length, and the
    // "failed to get reader" wrapper.
    let prefix = "failed to get reader: failed to handle control frame opClose: ";
    assert_eq!(
        sees("coder-websocket", &[0x03, 0xe7]),
        format!("{prefix}received invalid close payload: invalid status code StatusCode(999)")
    );
    assert_eq!(
        sees("coder-websocket", &[0x03, 0xec]),
        format!("{prefix}received invalid close payload: invalid status code statusReserved")
    );
    assert_eq!(
        sees("coder-websocket", &[0x03, 0xf7]),
        format!("{prefix}received invalid close payload: invalid status code StatusTLSHandshake")
    );
    assert_eq!(
        sees("coder-websocket", &[0x03]),
        format!(
            "{prefix}received invalid close payload: close payload \"\\x03\" too small, \
             cannot even contain the 2 byte status code"
        )
    );
    assert!(sees("coder-websocket", b"a").contains("close payload \"a\" too small"));
    assert!(sees("coder-websocket", b"\n").contains("close payload \"\\n\" too small"));
    let mut long = vec![0x03, 0xe8];
    long.extend_from_slice(&[b'a'; 124]);
    assert_eq!(
        sees("coder-websocket", &long),
        format!("{prefix}received control frame payload with invalid length: 126")
    );
}

#[test]
fn browsers_say_what_a_server_gets_when_the_page_goes_away() {
    use closecode::peer::Leave;
    let going_away = Leave::Code(CloseCode::GOING_AWAY);
    let chromium = peer("chromium").leaving.unwrap();
    assert_eq!(chromium.navigate, Leave::Cached);
    assert_eq!((chromium.reload, chromium.close), (going_away, going_away));
    let firefox = peer("firefox").leaving.unwrap();
    assert_eq!(
        (firefox.navigate, firefox.reload, firefox.close),
        (going_away, going_away, going_away)
    );
    for p in Peer::all() {
        let browser = p.kind == closecode::peer::PeerKind::Browser;
        assert_eq!(p.leaving.is_some(), browser, "{}", p.id);
    }
}

#[test]
fn peers_are_found_by_id_or_name() {
    assert_eq!(Peer::find("NODE-WS").unwrap().id, "node-ws");
    assert_eq!(
        Peer::find("Python websockets").unwrap().id,
        "python-websockets"
    );
    assert!(Peer::find("").is_none());
    let ids: std::collections::BTreeSet<_> = Peer::all().iter().map(|p| p.id).collect();
    assert_eq!(ids.len(), Peer::all().len());
}
