//! The reconnect state machine, driven through scripted histories.

use std::time::Duration;

use closecode::reconnector::{Next, Reconnector};
use closecode::{CloseCode, Closed, ClosedBy, RetryClass, SplitMix64};

fn machine() -> Reconnector {
    Reconnector::new(SplitMix64::new(11))
}

fn code(number: u16) -> Closed {
    CloseCode::new(number).into()
}

const NEVER_UP: Duration = Duration::ZERO;

#[test]
fn a_code_nobody_gave_a_meaning_stops_at_once_unless_the_app_opts_in() {
    assert_eq!(
        machine().next(&code(4401), NEVER_UP),
        Next::Stop {
            retry: RetryClass::AppDefined
        }
    );
    let mut opted_in = machine().unknown_codes(RetryClass::Backoff);
    assert!(matches!(
        opted_in.next(&code(4401), NEVER_UP),
        Next::Retry {
            attempt: 1,
            retry: RetryClass::Backoff,
            ..
        }
    ));
    // Opting in changes nothing for codes with a meaning.
    assert_eq!(
        opted_in.next(&code(1008), NEVER_UP),
        Next::Stop {
            retry: RetryClass::Credentials
        }
    );
}

#[test]
fn a_restart_waits_five_to_thirty_seconds() {
    for seed in 0..200 {
        let mut reconnect = Reconnector::new(SplitMix64::new(seed));
        let Next::Retry { delay, attempt, .. } = reconnect.next(&code(1012), NEVER_UP) else {
            panic!("1012 reconnects");
        };
        assert_eq!(attempt, 1);
        assert!(delay >= Duration::from_secs(5) && delay <= Duration::from_secs(30));
    }
}

#[test]
fn ten_drops_in_a_row_give_up() {
    let mut reconnect = machine();
    let mut last = Duration::ZERO;
    for attempt in 1..=10 {
        match reconnect.next(&code(1006), NEVER_UP) {
            Next::Retry {
                delay,
                attempt: a,
                retry: RetryClass::Backoff,
            } => {
                assert_eq!(a, attempt);
                assert!(delay <= Duration::from_secs(60));
                last = delay;
            }
            other => panic!("attempt {attempt}: {other:?}"),
        }
    }
    assert!(
        last >= Duration::from_secs(30),
        "the tenth delay is near the cap: {last:?}"
    );
    assert_eq!(
        reconnect.next(&code(1006), NEVER_UP),
        Next::GiveUp {
            retry: RetryClass::Backoff,
            attempts: 10
        }
    );
}

#[test]
fn a_connection_that_stayed_up_starts_over() {
    let mut reconnect = machine();
    for _ in 0..5 {
        reconnect.next(&code(1006), NEVER_UP);
    }
    // Up for a few seconds: still the same run of attempts.
    assert!(matches!(
        reconnect.next(&code(1006), Duration::from_secs(5)),
        Next::Retry { attempt: 6, .. }
    ));
    // Up for minutes: the count starts over.
    assert!(matches!(
        reconnect.next(&code(1006), Duration::from_secs(300)),
        Next::Retry { attempt: 1, .. }
    ));
}

#[test]
fn a_new_answer_starts_its_own_schedule() {
    let mut reconnect = machine();
    for _ in 0..3 {
        reconnect.next(&code(1006), NEVER_UP);
    }
    let Next::Retry {
        delay,
        attempt,
        retry,
    } = reconnect.next(&code(1012), NEVER_UP)
    else {
        panic!("1012 reconnects");
    };
    assert_eq!((attempt, retry), (1, RetryClass::RandomizedDelay));
    assert!(delay >= Duration::from_secs(5));
    // 1013: another server, or much later.
    assert!(matches!(
        reconnect.next(&code(1013), NEVER_UP),
        Next::Retry { attempt: 1, retry: RetryClass::Elsewhere, delay } if delay >= Duration::from_secs(30)
    ));
}

#[test]
fn refused_handshakes_follow_their_status() {
    let refused = |status| {
        Closed::new(
            CloseCode::ABNORMAL_CLOSURE,
            ClosedBy::Handshake { status },
            "",
        )
    };
    assert_eq!(
        machine().next(&refused(Some(401)), NEVER_UP),
        Next::Stop {
            retry: RetryClass::Credentials
        }
    );
    assert!(matches!(
        machine().next(&refused(Some(503)), NEVER_UP),
        Next::Retry {
            retry: RetryClass::Backoff,
            ..
        }
    ));
    assert_eq!(
        machine().next(&refused(Some(404)), NEVER_UP),
        Next::Stop {
            retry: RetryClass::FixFirst
        }
    );
}

#[test]
fn the_same_seed_gives_the_same_history() {
    let run = || {
        let mut reconnect = Reconnector::new(SplitMix64::new(99));
        [1006, 1006, 1012, 1001]
            .map(|n| reconnect.next(&code(n), NEVER_UP))
            .to_vec()
    };
    assert_eq!(run(), run());
    // Randomness from the caller: always the low end of each range.
    let mut low = Reconnector::new(|| 0u64);
    assert_eq!(
        low.next(&code(1012), NEVER_UP),
        Next::Retry {
            delay: Duration::from_secs(5),
            attempt: 1,
            retry: RetryClass::RandomizedDelay
        }
    );
}
