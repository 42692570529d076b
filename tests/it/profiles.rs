//! Profiles: the shipped ones answer from their data, layering puts the app's codes first, the
//! reconnect machine follows a profile, and a profile file loaded at run time is checked like a
//! shipped one.

use std::time::Duration;

use closecode::reconnector::{Next, Reconnector};
use closecode::{CloseCode, Closed, Locale, Profile, RetryClass, SplitMix64};

#[test]
fn every_shipped_profile_has_sources_and_texts_in_every_locale() {
    assert!(Profile::all().len() >= 5);
    for profile in Profile::all() {
        assert!(profile.sources().len() > 0, "{profile}");
        for entry in profile.entries() {
            assert!(!entry.source().is_empty(), "{profile} {:?}", entry.codes());
            for locale in Locale::all() {
                let texts = entry.texts(locale);
                for text in [
                    texts.name(),
                    texts.description(),
                    texts.symptom(),
                    texts.remedy(),
                    texts.user(),
                ] {
                    assert!(!text.is_empty(), "{profile} {:?} {locale}", entry.codes());
                }
                assert!(
                    !texts.user().contains(&entry.codes().start().to_string()),
                    "user messages carry no code numbers"
                );
            }
        }
    }
}

#[test]
fn a_code_s_own_entry_wins_over_its_range() {
    let centrifuge = Profile::find("centrifuge").unwrap();
    // 3500 has its own row inside the terminal band 3500-3999.
    let own = centrifuge.entry(CloseCode::new(3500)).unwrap();
    assert!(!own.is_range());
    let band = centrifuge.entry(CloseCode::new(3777)).unwrap();
    assert!(band.is_range());
    assert_eq!(band.codes(), 3500..=3999);
    assert_eq!(centrifuge.retry(CloseCode::new(3777)), RetryClass::FixFirst);
    assert_eq!(centrifuge.retry(CloseCode::new(4123)), RetryClass::Backoff);
}

#[test]
fn without_an_entry_the_registry_answers() {
    let discord = Profile::find("discord-gateway").unwrap();
    assert!(discord.entry(CloseCode::new(4999)).is_none());
    assert_eq!(discord.retry(CloseCode::new(4999)), RetryClass::AppDefined);
    assert_eq!(discord.retry(CloseCode::GOING_AWAY), RetryClass::Backoff);
}

#[test]
fn profiles_are_found_by_id_alias_and_subprotocol() {
    assert_eq!(Profile::find("discord").unwrap().id(), "discord-gateway");
    assert_eq!(Profile::find(" OBS ").unwrap().id(), "obs-websocket");
    assert_eq!(
        Profile::for_subprotocol("centrifuge-protobuf")
            .unwrap()
            .id(),
        "centrifuge"
    );
    assert_eq!(
        Profile::for_subprotocol("obswebsocket.json").unwrap().id(),
        "obs-websocket"
    );
    assert!(Profile::for_subprotocol("GRAPHQL-TRANSPORT-WS").is_none());
}

#[test]
fn four_four_oh_one_under_graphql_ws_stops_at_once_and_4403_backs_off() {
    let graphql = Profile::find("graphql-ws").unwrap().clone();
    let mut reconnect = Reconnector::new(SplitMix64::new(7)).profile(graphql);
    let unauthorized = Closed::from(CloseCode::new(4401));
    assert_eq!(
        reconnect.next(&unauthorized, Duration::ZERO),
        Next::Stop {
            retry: RetryClass::FixFirst
        }
    );
    let forbidden = Closed::from(CloseCode::new(4403));
    assert!(matches!(
        reconnect.next(&forbidden, Duration::ZERO),
        Next::Retry {
            retry: RetryClass::Backoff,
            attempt: 1,
            ..
        }
    ));
    // Without the profile, nobody gave 4401 a meaning: the app decides, and by default stops.
    let mut plain = Reconnector::new(SplitMix64::new(7));
    assert_eq!(
        plain.next(&unauthorized, Duration::ZERO),
        Next::Stop {
            retry: RetryClass::AppDefined
        }
    );
}

#[test]
fn an_app_profile_layered_over_a_protocol_comes_first() {
    let app = Profile::parse(
        "app.toml",
        "id = \"app\"\nname = \"App\"\naliases = []\nsubprotocols = []\nsources = [\"docs/codes.md\"]\ntexts = { en = \"app.en.ftl\" }\n\n[[code]]\ncode = 4401\nname = \"Banned\"\nretry = \"credentials\"\nbasis = \"docs\"\nsource = \"docs/codes.md#4401\"\n",
        &[("en", "app.en.ftl", "profile-app = The app.\nprofile-app-4401 = Banned\n    .description = d\n    .symptom = s\n    .remedy = r\n    .user = You were signed out.\n")],
    )
    .unwrap();
    let layered = app.over(Profile::find("graphql-ws").unwrap().clone());
    assert_eq!(layered.retry(CloseCode::new(4401)), RetryClass::Credentials);
    assert_eq!(layered.retry(CloseCode::new(4403)), RetryClass::Backoff);
    let entry = layered.entry(CloseCode::new(4403)).unwrap();
    assert_eq!(layered.layer_of(entry).id(), "graphql-ws");
    // Korean falls back to the app's English until it adds Korean.
    let entry = layered.entry(CloseCode::new(4401)).unwrap();
    assert_eq!(entry.texts(Locale::KO).user(), "You were signed out.");
}

#[test]
fn a_broken_profile_file_reports_every_problem_with_positions() {
    let err = Profile::parse(
        "broken.toml",
        "id = \"Broken Id\"\nname = \"B\"\naliases = []\nsubprotocols = [\"has space\"]\nsources = []\ntexts = { en = \"b.ftl\", xx = \"b.xx.ftl\" }\n\n[[code]]\ncode = 1006\nname = \"Dropped\"\nretry = \"sometimes\"\nbasis = \"docs\"\nsource = \"x\"\n",
        &[("en", "b.ftl", "profile-broken = B.\nnot fluent {\n"), ("xx", "b.xx.ftl", "")],
    )
    .unwrap_err();
    let shown = err.to_string();
    for expected in [
        "broken.toml:1:1:",
        "must be lowercase words joined by '-'",
        "is not an HTTP token",
        "`sources` must be a non-empty list",
        "closecode has no locale `xx`",
        "broken.toml:8:1:",
        "only to codes 3000-4999",
        "unknown `retry` value",
        "b.ftl:2:",
    ] {
        assert!(
            shown.contains(expected),
            "missing {expected:?} in:\n{shown}"
        );
    }
    assert!(err.problems().len() >= 7);
}

#[test]
fn hostile_profile_text_never_panics() {
    for toml in [
        "",
        "\u{0}",
        "[[code]]\ncode = -1",
        "id = 3",
        "[[code]]\ncode = 99999999999999999999",
    ] {
        assert!(Profile::parse("x.toml", toml, &[("en", "x.ftl", "\u{feff}{{{")]).is_err());
    }
}
