//! The browser: no server or client runs natively, so the CloseEvent logic is checked as the
//! plain function it is, with what browsers report in each case.

use closecode::web_sys::{close_args, closed};
use closecode::{CloseCode, ClosedBy, RetryClass};

#[test]
fn a_refused_handshake_is_not_a_dropped_connection() {
    // Both arrive as 1006, not clean; only the open event tells them apart.
    assert_eq!(
        closed(1006, "", false, false).by,
        ClosedBy::Handshake { status: None }
    );
    assert_eq!(closed(1006, "", false, true).by, ClosedBy::Dropped);
    assert_eq!(closed(1006, "", false, false).retry(), RetryClass::Backoff);
    // A failed TLS handshake keeps its code.
    let tls = closed(1015, "", false, false);
    assert_eq!(
        (tls.code, tls.by),
        (
            CloseCode::TLS_HANDSHAKE,
            ClosedBy::Handshake { status: None }
        )
    );
}

#[test]
fn the_peers_code_is_the_peers_clean_or_not() {
    for (code, clean) in [(1000, true), (1001, true), (1014, true), (4000, false)] {
        let seen = closed(code, "닫기", clean, true);
        assert_eq!(
            (seen.code.get(), seen.by, seen.reason.as_str()),
            (code, ClosedBy::Peer, "닫기")
        );
    }
    assert_eq!(closed(1005, "", true, true).by, ClosedBy::PeerWithoutCode);
}

#[test]
fn a_page_may_send_only_1000_and_3000_to_4999() {
    for number in 0..=u16::MAX {
        let code = CloseCode::new(number);
        let allowed = number == 1000 || (3000..=4999).contains(&number) || number == 1005;
        assert_eq!(close_args(code, "").is_ok(), allowed, "{number}");
    }
    let long = "가".repeat(50);
    let (_, reason) = close_args(CloseCode::NORMAL_CLOSURE, &long)
        .unwrap()
        .unwrap();
    assert_eq!(reason.len(), 123);
}
