//! What an application shows for a close, from the type it has: the failure's texts before the
//! code's, a profile's names before the registry's, in user messages and in log lines.

use std::time::Duration;

use closecode::reconnector::{Next, Reconnector, countdown, countdown_to};
use closecode::{
    BackoffConfig, CloseCode, Closed, ClosedBy, Failure, Locale, Profile, RetryClass, SplitMix64,
};

/// The application profile of the review's consumer: 4001 "Room rebalanced" backs off.
#[cfg(feature = "profile-files")]
fn acme() -> Profile {
    Profile::parse(
        "acme.toml",
        "id = \"acme\"\nname = \"Acme Chat\"\naliases = []\nsubprotocols = []\nsources = [\"docs/codes.md\"]\ntexts = { en = \"acme.en.ftl\" }\n\n[[code]]\ncode = 4001\nname = \"Room rebalanced\"\nretry = \"backoff\"\nbasis = \"docs\"\nsource = \"docs/codes.md#4001\"\n",
        &[("en", "acme.en.ftl", "profile-acme = Acme's chat.\nprofile-acme-4001 = Room rebalanced\n    .description = d\n    .symptom = s\n    .remedy = r\n    .user = Your chat room moved to another server. Reconnecting.\n")],
    )
    .unwrap()
}

#[cfg(feature = "profile-files")]
#[test]
fn a_refused_upgrade_is_described_by_its_failure_not_as_a_lost_connection() {
    for status in [401, 403, 429, 503] {
        let failure = Failure::http(status).unwrap();
        let closed = Closed::new(
            CloseCode::ABNORMAL_CLOSURE,
            ClosedBy::Handshake {
                status: Some(status),
            },
            "",
        );
        for locale in Locale::all() {
            let texts = closed.describe(locale);
            assert_eq!(texts.failure(), Some(failure));
            assert_eq!(texts.user().plain(), Some(failure.texts(locale).user()));
            assert_ne!(
                texts.user().to_string(),
                CloseCode::ABNORMAL_CLOSURE
                    .describe(locale)
                    .user()
                    .to_string(),
                "{status} {locale}"
            );
            // A profile never hides the failure.
            let profile = acme();
            assert_eq!(closed.describe_with(&profile, locale), texts);
        }
        let line = closed.to_string();
        assert!(line.starts_with("1006 Upgrade refused: "), "{line}");
        assert!(line.contains(&format!("(failure http-{status})")), "{line}");
    }
    // Without a failure row, the code and the status speak.
    let teapot = Closed::new(
        CloseCode::ABNORMAL_CLOSURE,
        ClosedBy::Handshake { status: Some(418) },
        "",
    );
    assert!(teapot.describe(Locale::EN).failure().is_none());
    assert_eq!(
        teapot.to_string(),
        "1006 Abnormal Closure (the opening handshake failed: HTTP 418)"
    );
}

#[cfg(feature = "profile-files")]
#[test]
fn a_profile_names_the_codes_its_peer_sends() {
    let acme = acme();
    let closed = Closed::new(CloseCode::new(4001), ClosedBy::Peer, "room moved\n");
    let texts = closed.describe_with(&acme, Locale::EN);
    assert_eq!(texts.name().plain(), Some("Room rebalanced"));
    assert_eq!(
        texts.user().plain(),
        Some("Your chat room moved to another server. Reconnecting.")
    );
    assert_eq!(
        texts.profile_entry().and_then(|e| e.name()),
        Some("Room rebalanced")
    );
    assert_eq!(acme.describe(CloseCode::new(4001), Locale::EN), texts);
    assert_eq!(
        closed.display_with(&acme).to_string(),
        "4001 Room rebalanced (acme): \"room moved\\n\""
    );
    // Without the profile: the registry's range.
    assert_eq!(
        closed.describe(Locale::EN).name().plain(),
        Some("Private-use code")
    );
    assert!(closed.to_string().starts_with("4001 Private-use code: "));
    // A layered profile names the layer that gives the code its meaning.
    let layered = acme
        .clone()
        .over(Profile::find("graphql-ws").unwrap().clone());
    let forbidden = Closed::from(CloseCode::new(4403));
    assert_eq!(
        forbidden.display_with(&layered).to_string(),
        "4403 Forbidden (graphql-ws)"
    );
    // Codes the profile leaves alone, and closes the peer did not send, keep the code's texts.
    assert_eq!(
        Closed::from(CloseCode::GOING_AWAY).describe_with(&acme, Locale::EN),
        Closed::from(CloseCode::GOING_AWAY).describe(Locale::EN)
    );
    let raised = Closed::new(CloseCode::new(4001), ClosedBy::Library, "");
    assert!(
        raised
            .describe_with(&acme, Locale::EN)
            .profile_entry()
            .is_none()
    );
    assert_eq!(raised.retry_with(&acme), RetryClass::AppDefined);
    assert_eq!(closed.retry_with(&acme), RetryClass::Backoff);
}

#[cfg(feature = "profile-files")]
#[test]
fn a_reconnector_lends_its_shipped_profile_and_describes_with_it() {
    let discord = Profile::find("discord").unwrap();
    let reconnect = Reconnector::new(SplitMix64::new(3)).profile(discord);
    assert!(std::ptr::eq(reconnect.profile_in_use().unwrap(), discord));
    let closed = Closed::from(CloseCode::new(4004));
    assert_eq!(
        reconnect.describe(&closed, Locale::EN),
        closed.describe_with(discord, Locale::EN)
    );
    let owned = Reconnector::new(SplitMix64::new(3)).profile(acme());
    assert_eq!(owned.profile_in_use().map(Profile::id), Some("acme"));
}

#[test]
fn schedules_can_be_replaced_and_scaled_for_tests() {
    let restart = Closed::from(CloseCode::SERVICE_RESTART);
    let mut scaled = Reconnector::new(SplitMix64::new(9)).scale(0.001);
    let mut plain = Reconnector::new(SplitMix64::new(9));
    for _ in 0..5 {
        let (Next::Retry { delay: short, .. }, Next::Retry { delay: long, .. }) = (
            scaled.next(&restart, Duration::ZERO),
            plain.next(&restart, Duration::ZERO),
        ) else {
            panic!("1012 reconnects");
        };
        let cap = CloseCode::SERVICE_RESTART.retry().schedule().unwrap().cap;
        assert!(short <= cap / 1000, "{short:?}");
        assert!(long >= Duration::from_secs(5), "{long:?}");
    }
    // The server's Retry-After is scaled with the rest.
    let limited =
        Closed::failed(Failure::http(429).unwrap()).with_retry_after(Duration::from_secs(60));
    let Next::Retry { delay, .. } = Reconnector::new(SplitMix64::new(1))
        .scale(0.001)
        .next(&limited, Duration::ZERO)
    else {
        panic!("429 backs off");
    };
    assert!(
        (Duration::from_millis(60)..Duration::from_secs(1)).contains(&delay),
        "{delay:?}"
    );

    let once = BackoffConfig::new(Duration::ZERO, Duration::ZERO, Duration::ZERO, 1);
    let mut replaced =
        Reconnector::new(SplitMix64::new(9)).schedule(RetryClass::RandomizedDelay, once);
    assert!(matches!(
        replaced.next(&restart, Duration::ZERO),
        Next::Retry {
            delay: Duration::ZERO,
            attempt: 1,
            ..
        }
    ));
    assert_eq!(
        replaced.next(&restart, Duration::ZERO),
        Next::GiveUp {
            retry: RetryClass::RandomizedDelay,
            attempts: 1
        }
    );
}

#[test]
fn the_countdown_writes_into_a_buffer_as_the_string_form_says() {
    let mut buffer = String::new();
    for locale in Locale::all() {
        for millis in [0, 1, 999, 1_000, 1_001, 12_300, 61_000] {
            let delay = Duration::from_millis(millis);
            buffer.clear();
            countdown_to(&mut buffer, delay, locale).unwrap();
            assert_eq!(buffer, countdown(delay, locale));
        }
    }
    assert_eq!(
        countdown(Duration::from_millis(1_001), Locale::EN),
        "Reconnecting in 2 seconds."
    );
}

#[cfg(feature = "serde")]
#[test]
fn a_close_goes_to_a_dashboard_as_json_and_back() {
    let closes = [
        Closed::from_payload(b"\x03\xf4deploy"),
        Closed::from(CloseCode::NO_STATUS_RCVD),
        Closed::from(CloseCode::ABNORMAL_CLOSURE),
        Closed::from_payload(&[0x03, 0xee]),
        Closed::new(
            CloseCode::ABNORMAL_CLOSURE,
            ClosedBy::Handshake { status: None },
            "",
        ),
        Closed::failed(Failure::http(429).unwrap()).with_retry_after(Duration::from_millis(7_500)),
        Closed::failed(Failure::find("dns").unwrap()),
    ];
    for closed in closes {
        let json = serde_json::to_string(&closed).unwrap();
        assert_eq!(
            serde_json::from_str::<Closed>(&json).unwrap(),
            closed,
            "{json}"
        );
    }
    assert!(
        serde_json::from_str::<Closed>(r#"{"code":1006,"by":"dropped","failure":"nope"}"#).is_err()
    );
    let plain: Closed = serde_json::from_str(r#"{"code":1000,"by":"peer"}"#).unwrap();
    assert_eq!(plain, Closed::from(CloseCode::NORMAL_CLOSURE));
}

#[test]
fn what_a_program_logs_has_display() {
    use std::collections::HashSet;
    assert_eq!(ClosedBy::Dropped.to_string(), "dropped");
    let next = Next::GiveUp {
        retry: RetryClass::Backoff,
        attempts: 10,
    };
    assert_eq!(next.to_string(), "give up (backoff) after 10 attempts");
    let seen: HashSet<Next> = [next, next].into_iter().collect();
    assert_eq!(seen.len(), 1);
}
