//! Every number through every stack's close-code type and back: nothing is lost, whatever
//! variant the stack files it under.

use closecode::CloseCode;

/// Every `u16`, converted with `to` and back with `from`, is the same number.
fn round_trips<T>(to: impl Fn(CloseCode) -> T, from: impl Fn(T) -> CloseCode) {
    for number in 0..=u16::MAX {
        let ours = CloseCode::new(number);
        assert_eq!(from(to(ours)), ours, "{number}");
    }
}

#[test]
fn tungstenite_0_29_and_0_30() {
    use tokio_tungstenite_0_29::tungstenite::protocol::frame::coding::CloseCode as V029;
    use tokio_tungstenite_0_30::tungstenite::protocol::frame::coding::CloseCode as V030;
    round_trips(V029::from, CloseCode::from);
    round_trips(V030::from, CloseCode::from);
    assert_eq!(V029::from(CloseCode::BAD_GATEWAY), V029::Bad(1014));
}

#[test]
fn actix() {
    use actix_ws::CloseCode as Actix;
    round_trips(Actix::from, CloseCode::from);
    // No variant for 1005 or 1014: the number lives on in Other.
    assert_eq!(Actix::from(CloseCode::NO_STATUS_RCVD), Actix::Other(1005));
    assert_eq!(Actix::from(CloseCode::BAD_GATEWAY), Actix::Other(1014));
}

#[test]
fn fastwebsockets() {
    use fastwebsockets::CloseCode as Fast;
    round_trips(Fast::from, CloseCode::from);
    assert_eq!(Fast::from(CloseCode::BAD_GATEWAY), Fast::Bad(1014));
}

#[test]
fn reqwest_websocket() {
    use reqwest_websocket::CloseCode as Reqwest;
    round_trips(Reqwest::from, CloseCode::from);
}

#[test]
fn tokio_websockets_holds_only_its_ranges() {
    use tokio_websockets::CloseCode as Tws;
    for number in 0..=u16::MAX {
        let ours = CloseCode::new(number);
        match Tws::try_from(ours) {
            Ok(theirs) => assert_eq!(CloseCode::from(theirs), ours),
            Err(err) => {
                assert!(!matches!(number, 1000..=1015 | 3000..=4999), "{number}");
                assert!(!ours.is_sendable());
                assert_eq!(
                    err,
                    closecode::frame::EncodeError::CodeNotSendable { code: ours }
                );
            }
        }
    }
}

#[test]
fn axum_codes_are_numbers() {
    use axum::extract::ws::close_code;
    assert_eq!(
        CloseCode::from(close_code::RESTART),
        CloseCode::SERVICE_RESTART
    );
    assert_eq!(u16::from(CloseCode::BAD_GATEWAY), 1014);
}
