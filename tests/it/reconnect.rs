//! Reconnect answers and the backoff schedule: bounds, growth, cap and jitter.

use std::time::Duration;

use closecode::{Backoff, BackoffConfig, CloseCode, Locale, Random, RetryClass, SplitMix64};

#[test]
fn answers_follow_the_code_table() {
    use RetryClass::*;
    let expected = [
        (1000, Done),
        (1001, Backoff),
        (1002, FixFirst),
        (1005, Done),
        (1006, Backoff),
        (1008, Credentials),
        (1009, FixFirst),
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
        (4401, AppDefined),
        (999, FixFirst),
        (5000, FixFirst),
    ];
    for (code, retry) in expected {
        assert_eq!(CloseCode::new(code).retry(), retry, "{code}");
    }
}

/// One answer per code: whether it reconnects, its schedule and its phrase never disagree, for
/// every number; and a number nobody gave a meaning never reconnects unless the app opts in.
#[test]
fn one_answer_for_every_code() {
    for number in 0..=u16::MAX {
        let retry = CloseCode::new(number).retry();
        assert_eq!(retry.reconnects(), retry.schedule().is_some(), "{number}");
        if retry == RetryClass::AppDefined {
            assert!(!retry.reconnects(), "{number} reconnects on its own");
            assert!(retry.or(RetryClass::Backoff).reconnects());
        }
        assert_eq!(
            retry.or(RetryClass::Backoff) == retry,
            retry != RetryClass::AppDefined
        );
    }
    for class in RetryClass::all() {
        for locale in Locale::all() {
            assert!(!class.phrase(locale).is_empty());
        }
    }
}

fn configs() -> Vec<BackoffConfig> {
    let mut configs: Vec<BackoffConfig> = [
        RetryClass::Backoff,
        RetryClass::RandomizedDelay,
        RetryClass::Elsewhere,
    ]
    .iter()
    .map(|d| d.schedule().unwrap())
    .collect();
    let ms = Duration::from_millis;
    configs.push(BackoffConfig::new(ms(0), ms(100), ms(1000), 40));
    configs.push(BackoffConfig::new(ms(500), ms(100), ms(50), 3)); // raised to well-formed bounds
    configs.push(BackoffConfig::new(ms(0), ms(0), ms(0), 5));
    configs.push(BackoffConfig::new(
        Duration::from_secs(1),
        Duration::from_secs(1),
        Duration::MAX,
        200,
    )); // no overflow
    configs
}

#[test]
fn delays_stay_in_their_ranges_and_under_the_cap() {
    for config in configs() {
        for seed in 0..200 {
            let delays: Vec<Duration> = Backoff::new(config, SplitMix64::new(seed)).collect();
            assert_eq!(delays.len() as u32, config.max_attempts);
            for (i, delay) in delays.iter().enumerate() {
                let (low, high) = config.range(i as u32 + 1).unwrap();
                assert!(
                    low <= *delay && *delay <= high,
                    "{config:?} attempt {}: {delay:?}",
                    i + 1
                );
                assert!(*delay <= config.cap);
            }
            assert!(delays[0] >= config.first_min && delays[0] <= config.first_max);
        }
    }
}

/// The countdown an app shows while it waits states the wait it will really do: every delay
/// is a whole number of milliseconds, and the countdown is those milliseconds in whole
/// seconds, rounded up (never "8 seconds" for a 7000 ms wait).
#[test]
fn the_countdown_states_the_delay_of_every_step() {
    use closecode::reconnector::countdown;
    for config in configs() {
        for seed in 0..300 {
            for delay in Backoff::new(config, SplitMix64::new(seed)).take(60) {
                assert_eq!(delay.subsec_nanos() % 1_000_000, 0, "{config:?}: {delay:?}");
                let seconds = delay.as_millis().div_ceil(1000);
                let expected = match seconds {
                    0 => "Reconnecting now.".to_owned(),
                    1 => "Reconnecting in 1 second.".to_owned(),
                    n => format!("Reconnecting in {n} seconds."),
                };
                assert_eq!(
                    countdown(delay, Locale::EN),
                    expected,
                    "{config:?}: {delay:?}"
                );
            }
        }
    }
}

#[test]
fn ranges_grow_until_the_cap() {
    for config in configs() {
        let ranges: Vec<(Duration, Duration)> = (1..=config.max_attempts)
            .map(|a| config.range(a).unwrap())
            .collect();
        for pair in ranges[1..].windows(2) {
            assert!(
                pair[1].0 >= pair[0].0 && pair[1].1 >= pair[0].1,
                "{config:?}"
            );
            // Doubling, until the cap stops it.
            assert!(
                pair[1].1 == config.cap || pair[1].1 == pair[0].1 * 2,
                "{config:?}"
            );
        }
        assert_eq!(config.range(config.max_attempts + 1), None);
        assert_eq!(config.range(0), None);
    }
}

#[test]
fn jitter_covers_the_range() {
    let config = RetryClass::Backoff.schedule().unwrap();
    for attempt in 1..=config.max_attempts {
        let (low, high) = config.range(attempt).unwrap();
        let samples: Vec<Duration> = (0..2000)
            .map(|seed| {
                Backoff::new(config, SplitMix64::new(seed))
                    .nth(attempt as usize - 1)
                    .unwrap()
            })
            .collect();
        let (min, max) = (samples.iter().min().unwrap(), samples.iter().max().unwrap());
        let tolerance = (high - low) / 20;
        assert!(
            *min <= low + tolerance && *max >= high - tolerance,
            "attempt {attempt}: {min:?}..{max:?}"
        );
    }
}

#[test]
fn the_same_seed_gives_the_same_schedule_and_randomness_is_injectable() {
    let config = RetryClass::RandomizedDelay.schedule().unwrap();
    let a: Vec<Duration> = Backoff::new(config, SplitMix64::new(42)).collect();
    let b: Vec<Duration> = Backoff::new(config, SplitMix64::new(42)).collect();
    assert_eq!(a, b);
    // Always the lowest value: every delay is the low end of its range.
    let low: Vec<Duration> = Backoff::new(config, || 0u64).collect();
    assert_eq!(low[0], Duration::from_secs(5));
    assert_eq!(low[1], Duration::from_secs(15));
    let mut backoff = Backoff::new(config, SplitMix64::from_entropy());
    backoff.next();
    assert_eq!(backoff.attempts(), 1);
    backoff.reset();
    assert_eq!(backoff.attempts(), 0);
    let mut other = SplitMix64::from_entropy();
    let _ = other.next_u64();
}

/// The numbers a retry phrase states are the numbers of the schedule closecode computes.
#[test]
fn retry_phrases_state_the_schedule_numbers() {
    use closecode::{Locale, RetryClass};
    for class in RetryClass::all() {
        let Some(config) = class.schedule() else {
            continue;
        };
        for locale in Locale::all() {
            let phrase = class.phrase(locale);
            let numbers: Vec<u64> = phrase
                .split(|c: char| !c.is_ascii_digit())
                .filter_map(|n| n.parse().ok())
                .collect();
            let expected = [
                config.first_min.as_secs(),
                config.first_max.as_secs(),
                config.cap.as_secs(),
                u64::from(config.max_attempts),
            ];
            assert_eq!(numbers, expected, "{class:?} in {locale:?}: {phrase}");
        }
    }
}
