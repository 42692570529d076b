//! A real WebSocket round trip on 127.0.0.1 (tungstenite over std::net), bounded in time: the
//! client explains every close and takes the right reconnect decision.

#[allow(dead_code)]
#[path = "../../examples/round_trip.rs"]
mod example;

use closecode::{CloseCode, ClosedBy, Locale, RetryClass};
use example::Ending;

#[test]
fn every_close_is_explained_and_decided() {
    let outcomes = example::run().expect("the loopback round trip runs");
    assert_eq!(outcomes.len(), example::ENDINGS.len());
    for outcome in &outcomes {
        let closed = &outcome.closed;
        let code = closed.code;
        match outcome.ending {
            // tungstenite does not accept 1014 and hands the application 1002 instead; the
            // library table says so, so a proxy author can see it coming, and closecode says
            // the library raised it.
            Ending::Close(1014, _) => {
                assert_eq!(code, CloseCode::PROTOCOL_ERROR);
                assert_eq!(closed.by, ClosedBy::Library);
                assert_eq!(closed.reason, "Protocol violation");
                assert!(
                    CloseCode::BAD_GATEWAY
                        .rejected_by()
                        .any(|l| l.id == "tungstenite")
                );
            }
            Ending::Close(sent, reason) => {
                assert_eq!((code, closed.by), (CloseCode::new(sent), ClosedBy::Peer));
                assert_eq!(closed.reason, reason);
            }
            Ending::Drop => assert_eq!(
                (code, closed.by),
                (CloseCode::ABNORMAL_CLOSURE, ClosedBy::Dropped)
            ),
        }
        for locale in [Locale::KO, Locale::EN] {
            let text = code.describe(locale);
            assert!(!text.name().to_string().is_empty() && !text.remedy().to_string().is_empty());
            assert!(!code.retry().phrase(locale).is_empty());
        }
    }
    let decisions: Vec<RetryClass> = outcomes.iter().map(|o| o.closed.retry()).collect();
    assert_eq!(
        decisions,
        [
            RetryClass::Backoff,         // 1001
            RetryClass::Credentials,     // 1008
            RetryClass::RandomizedDelay, // 1012
            RetryClass::FixFirst,        // 1014, reported as 1002 by tungstenite
            RetryClass::Credentials,     // 3000
            RetryClass::AppDefined,      // 4000, private: only the application knows
            RetryClass::Backoff,         // 1006
        ]
    );
    assert_eq!(
        outcomes[1].closed.describe(Locale::KO).name().plain(),
        Some("정책 위반")
    );
    assert_eq!(
        outcomes[6].closed.describe(Locale::EN).name().plain(),
        Some("Abnormal Closure")
    );
}

#[test]
fn codes_convert_to_and_from_tungstenite_without_losing_the_number() {
    use tungstenite_0_30::protocol::frame::coding::CloseCode as Tungstenite;
    for number in 0..=u16::MAX {
        let ours = CloseCode::new(number);
        let theirs = Tungstenite::from(ours);
        assert_eq!(CloseCode::from(theirs), ours);
        assert_eq!(u16::from(theirs), number);
    }
    assert_eq!(
        Tungstenite::from(CloseCode::BAD_GATEWAY),
        Tungstenite::Bad(1014)
    );
    assert_eq!(Tungstenite::from(CloseCode::GOING_AWAY), Tungstenite::Away);
}
