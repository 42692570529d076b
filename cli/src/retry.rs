//! `closecode retry`: the reconnect decision for a code and an example schedule of delays.

use std::time::Duration;

use closecode::render::{Block, Page};
use closecode::{Backoff, CloseCode, Label, Locale, SplitMix64};

use crate::{Format, Output, json, pages_in};

/// The decision, its one-line advice, and the delays of an example schedule seeded with `seed`.
pub(crate) fn report(code: CloseCode, seed: u64, locale: Locale, output: &Output) -> String {
    let decision = code.decision();
    let delays: Vec<Duration> = decision.schedule().map_or(Vec::new(), |config| {
        Backoff::new(config, SplitMix64::new(seed)).collect()
    });
    if output.format == Format::Json {
        return json(|out| {
            let report = RetryJson {
                code,
                decision,
                reconnects: decision.reconnects(),
                retry: code.retry(),
                retry_advice: code.retry().phrase(locale),
                locale,
                seed,
                schedule_seconds: delays.iter().map(Duration::as_secs_f64).collect(),
            };
            let text = serde_json::to_string_pretty(&report).map_err(|_| std::fmt::Error)?;
            out.push_str(&text);
            out.push('\n');
            Ok(())
        });
    }
    let label = |label: Label| locale.text(label).unwrap_or_default().to_owned();
    let mut blocks = vec![Block::Paragraph(code.retry().phrase(locale).to_owned())];
    if !delays.is_empty() {
        blocks.push(Block::Heading(2, label(Label::SCHEDULE)));
        let rows = delays.iter().enumerate().map(|(i, delay)| {
            let seconds = format!("{:.1}", delay.as_secs_f64());
            let shown = locale.format(Label::DURATION_SECONDS, &[("seconds", &seconds)]);
            (format!("{} {}", label(Label::ATTEMPT), i + 1), shown)
        });
        blocks.push(Block::Facts(rows.collect()));
    }
    let title = format!("{code} {}", code.describe(locale).name());
    pages_in(&[Page::new(locale, title, blocks)], output)
}

#[derive(serde::Serialize)]
struct RetryJson {
    code: CloseCode,
    decision: closecode::Decision,
    reconnects: bool,
    retry: closecode::RetryClass,
    retry_advice: &'static str,
    locale: Locale,
    seed: u64,
    schedule_seconds: Vec<f64>,
}
