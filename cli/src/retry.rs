//! `closecode retry`: whether to reconnect after a code, the rule of its schedule and an
//! example of its delays.

use std::time::Duration;

use closecode::profile::ProfileEntry;
use closecode::render::{Block, Link, Page};
use closecode::{Backoff, CloseCode, Label, Locale, Outcome, Profile, SplitMix64};

use crate::{Format, Output, json, pages_in};

/// The answer, its one-line advice, its rule and the delays of an example schedule seeded
/// with `seed`; no schedule for a code after which closecode does not reconnect. Under a
/// profile, a code the profile defines takes the profile's answer and user message.
pub(crate) fn report(
    outcome: Outcome,
    profile: Option<&Profile>,
    seed: u64,
    locale: Locale,
    output: &Output,
) -> String {
    let entry = match (outcome, profile) {
        (Outcome::Code(code), Some(profile)) => profile.entry(code),
        _ => None,
    };
    let retry = entry.map_or(outcome.retry(), ProfileEntry::retry);
    let (name, user_message) = match entry {
        Some(entry) => {
            let texts = entry.texts(locale);
            (texts.name().to_owned(), texts.user().to_owned())
        }
        None => (outcome.name(locale), outcome.user(locale)),
    };
    let delays: Vec<Duration> = retry.schedule().map_or(Vec::new(), |config| {
        Backoff::new(config, SplitMix64::new(seed)).collect()
    });
    if output.format == Format::Json {
        return json(|out| {
            let report = RetryJson {
                code: outcome.code(),
                failure: outcome.failure().map(|f| f.id()),
                retry,
                reconnects: retry.reconnects(),
                retry_advice: retry.phrase(locale),
                rule: retry.schedule().map(|config| Rule {
                    first_min_seconds: config.first_min.as_secs_f64(),
                    first_max_seconds: config.first_max.as_secs_f64(),
                    growth: config.growth,
                    cap_seconds: config.cap.as_secs_f64(),
                    attempts: config.max_attempts,
                }),
                profile: entry.map(|e| profile.map_or("", |p| p.layer_of(e).id()).to_owned()),
                user_message: user_message.clone(),
                give_up_message: retry
                    .schedule()
                    .map(|_| closecode::reconnector::give_up_message(locale)),
                locale,
                seed,
                // The delays are whole milliseconds: in seconds as a person writes them (4.363,
                // not as_secs_f64's 4.3629999999999995).
                schedule_seconds: delays
                    .iter()
                    .map(|delay| delay.as_millis() as f64 / 1000.0)
                    .collect(),
                steps: delays
                    .iter()
                    .map(|delay| Step {
                        delay_ms: delay.as_millis(),
                        user_message: closecode::reconnector::countdown(*delay, locale),
                    })
                    .collect(),
            };
            let text = serde_json::to_string_pretty(&report).map_err(|_| std::fmt::Error)?;
            out.push_str(&text);
            out.push('\n');
            Ok(())
        });
    }
    let label = |label: Label| locale.text(label).unwrap_or_default().to_owned();
    let mut blocks = vec![
        Block::Paragraph(retry.phrase(locale).to_owned()),
        Block::Heading(2, label(Label::USER_MESSAGE)),
        Block::Paragraph(user_message),
    ];
    if !delays.is_empty() {
        blocks.push(Block::Heading(2, label(Label::SCHEDULE)));
        let rows = delays.iter().enumerate().map(|(i, delay)| {
            let seconds = format!("{:.1}", delay.as_secs_f64());
            let shown = locale.format(Label::DURATION_SECONDS, &[("seconds", (&seconds).into())]);
            (
                format!("{} {}", label(Label::ATTEMPT), i + 1),
                vec![Link::new(shown, None)],
            )
        });
        blocks.push(Block::Facts(rows.collect()));
    }
    let title = format!("{outcome} {name}");
    pages_in(&[Page::new(locale, title, blocks)], output)
}

#[derive(serde::Serialize)]
struct RetryJson {
    code: CloseCode,
    /// The failure's id, for a failure (whose code is 1006, as a browser reports it).
    failure: Option<&'static str>,
    retry: closecode::RetryClass,
    reconnects: bool,
    retry_advice: &'static str,
    rule: Option<Rule>,
    /// The profile whose entry gave the answer, if any.
    profile: Option<String>,
    user_message: String,
    /// What to tell the users when the attempts are used up; null without a schedule.
    give_up_message: Option<&'static str>,
    locale: Locale,
    seed: u64,
    schedule_seconds: Vec<f64>,
    steps: Vec<Step>,
}

/// One delay of the example schedule and the countdown an app can show meanwhile.
#[derive(serde::Serialize)]
struct Step {
    delay_ms: u128,
    user_message: String,
}

/// The rule behind a schedule: a random first delay between the two bounds, then a ceiling that
/// grows by `growth` each attempt up to the cap, for at most `attempts` delays.
#[derive(serde::Serialize)]
struct Rule {
    first_min_seconds: f64,
    first_max_seconds: f64,
    growth: u32,
    cap_seconds: f64,
    attempts: u32,
}
