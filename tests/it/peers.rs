//! What real peers do with a Close payload, as measured on loopback (Python websockets 17.4,
//! Node ws 8.23.0, tungstenite 0.30, gorilla/websocket 1.5.0, Chromium 156, Firefox ESR 153)
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
        let silent = ["tungstenite", "firefox"].contains(&peer.id);
        assert_eq!(r.replies == Reply::Nothing, silent, "{}", peer.id);
    }
    // Empty: .NET reports 1000, tungstenite a close without a code, the others 1005.
    for peer in Peer::all() {
        let r = peer.reaction(&[]);
        let expected = match peer.id {
            "dotnet" | "dotnet-7" => Seen::Code(CloseCode::NORMAL_CLOSURE),
            "tungstenite" => Seen::NoCode,
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
        let silent = ["tungstenite", "dotnet", "dotnet-7", "coder-websocket"].contains(&peer.id);
        assert_eq!(reports_1006, !silent, "{}", peer.id);
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
