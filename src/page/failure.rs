//! Pages about failures: one failure, the list of failures, and a comparison in which at least
//! one side is a failure.

use super::{
    Block, Link, Page, SiteLinks, entry_text_blocks, facts, label_text, section, summary,
    table_page, text_blocks, text_facts,
};
use crate::failure::FailureKind;
use crate::{Failure, Label, Locale, Outcome};

/// The phrase for what failed.
fn kind(locale: Locale, kind: FailureKind) -> String {
    label_text(
        locale,
        match kind {
            FailureKind::Handshake => Label::KIND_HANDSHAKE,
            FailureKind::Tls => Label::KIND_TLS,
            FailureKind::Dns => Label::KIND_DNS,
            FailureKind::Tcp => Label::KIND_TCP,
            FailureKind::Timeout => Label::KIND_TIMEOUT,
        },
    )
}

/// "Upgrade refused: 401 Unauthorized (http-401)".
pub(crate) fn failure_title(failure: &Failure, locale: Locale) -> String {
    format!("{} ({})", failure.texts(locale).name(), failure.id())
}

/// The facts of a failure as (label, value) rows.
fn failure_facts(failure: &Failure, locale: Locale) -> Vec<(String, String)> {
    let mut rows = vec![(
        label_text(locale, Label::KIND),
        kind(locale, failure.kind()),
    )];
    if let Some(status) = failure.http_status() {
        rows.push((label_text(locale, Label::HTTP_STATUS), status.to_string()));
    }
    let browser = if failure.error_event() {
        Label::BROWSER_ERROR_THEN_CLOSE
    } else {
        Label::BROWSER_CLOSE_ONLY
    };
    rows.push((
        label_text(locale, Label::IN_BROWSER),
        label_text(locale, browser),
    ));
    rows.push((
        label_text(locale, Label::RETRY),
        failure.retry().phrase(locale).to_owned(),
    ));
    if failure.honors_retry_after() {
        rows.push((
            label_text(locale, Label::RETRY_AFTER),
            label_text(locale, Label::RETRY_AFTER_WAIT),
        ));
    }
    rows
}

/// The page about one failure, answer first: its summary, its texts, what each library and
/// browser reports, in a site the situations it occurs in and its comparison with 1006, its facts, and
/// the sources of its facts as links.
pub(crate) fn failure_page(failure: &Failure, locale: Locale, links: Option<SiteLinks>) -> Page {
    let texts = failure.texts(locale);
    let mut blocks = vec![Block::Summary(summary::for_entry(
        texts,
        failure.retry(),
        locale,
    ))];
    blocks.extend(entry_text_blocks(texts, locale, Label::FAILURE_SYMPTOM));
    blocks.push(section::heading(locale, section::REPORTS, Label::REPORTS));
    let rows = failure
        .raises()
        .map(|(who, text)| vec![who.to_owned().into(), text.to_owned().into()]);
    blocks.push(Block::Table {
        head: vec![
            label_text(locale, Label::PEER).into(),
            label_text(locale, Label::REPORT).into(),
        ],
        rows: rows.collect(),
        row_headers: true,
    });
    blocks.extend(super::examples::failure_blocks(failure, locale));
    if let Some(links) = links {
        blocks.extend(super::scenario_links(
            crate::Scenario::for_failure(failure),
            locale,
            links.up,
        ));
        // Every failure is one of the table's; its comparison needs the table's own entry.
        if let Some(failure) = Failure::find(failure.id()) {
            blocks.extend(super::failure_comparison_links(failure, locale, links));
        }
    }
    blocks.push(section::heading(locale, section::FACTS, Label::FACTS));
    blocks.push(text_facts(failure_facts(failure, locale)));
    blocks.extend(super::sources::block(failure.sources(), locale));
    let mut page = Page::new(locale, failure_title(failure, locale), blocks);
    page.summary = Some(super::first_sentences(texts.description()));
    page
}

/// Every failure, with what failed and the reconnect answer; each links its page in a site
/// (`failure-<id>.html`) when `linked`.
pub(crate) fn failures_page(locale: Locale, linked: bool) -> Page {
    let head = [Label::FAILURE, Label::KIND, Label::RETRY].map(|l| label_text(locale, l).into());
    let rows = Failure::all().iter().map(|failure| {
        vec![
            Link {
                text: failure_title(failure, locale),
                href: linked.then(|| format!("failure-{}.html", failure.id())),
                lang: None,
            },
            kind(locale, failure.kind()).into(),
            failure.retry().phrase(locale).to_owned().into(),
        ]
    });
    table_page(
        locale,
        Label::FAILURES,
        Label::FAILURES_INTRO,
        head.into(),
        rows.collect(),
    )
}

/// The name of an outcome for titles and tables: "1006 Abnormal Closure", or a failure's title.
fn outcome_title(outcome: Outcome, locale: Locale) -> (String, String) {
    match outcome {
        Outcome::Code(code) => (code.to_string(), code.describe(locale).name().to_string()),
        Outcome::Failure(failure) => (
            failure.id().to_owned(),
            failure.texts(locale).name().to_owned(),
        ),
    }
}

/// The facts rows of one side of a comparison: for a code, the code's own facts; for a
/// failure, what failed, what a page sees, and the reconnect answer.
fn outcome_facts(outcome: Outcome, locale: Locale) -> Block {
    match outcome {
        Outcome::Code(code) => Block::Facts(facts(code, locale)),
        Outcome::Failure(failure) => {
            let mut rows = vec![(
                label_text(locale, Label::CLOSE_CODE),
                failure.code().to_string(),
            )];
            rows.extend(failure_facts(failure, locale));
            text_facts(rows)
        }
    }
}

/// A comparison in which at least one side is a failure: the two side by side (each one's facts
/// under the other's), the difference in the reconnect answer, and each one's texts.
pub(crate) fn outcome_comparison_page(a: Outcome, b: Outcome, locale: Locale) -> Page {
    let (id_a, name_a) = outcome_title(a, locale);
    let (id_b, name_b) = outcome_title(b, locale);
    let title = Label::compare_title(&id_a, &name_a, &id_b, &name_b).format(locale);
    let intro = Label::compare_intro(&id_a, &name_a, &id_b, &name_b);
    let mut blocks = vec![Block::Paragraph(intro.format(locale))];
    blocks.push(Block::Heading(
        2,
        label_text(locale, Label::KEY_DIFFERENCES),
    ));
    let (retry_a, retry_b) = (a.retry(), b.retry());
    blocks.push(Block::Paragraph(if retry_a == retry_b {
        Label::compare_no_differences(&id_a, &id_b).format(locale)
    } else {
        Label::compare_difference(
            &id_a,
            retry_a.predicate(locale),
            &id_b,
            retry_b.predicate(locale),
        )
        .format(locale)
    }));
    for (outcome, id, name) in [(a, &id_a, &name_a), (b, &id_b, &name_b)] {
        blocks.push(Block::Heading(2, format!("{id} {name}")));
        blocks.push(outcome_facts(outcome, locale));
        let (description, remedy, user) = match outcome {
            Outcome::Code(code) => {
                let text = code.describe(locale);
                (
                    text.description().to_string(),
                    text.remedy().to_string(),
                    text.user().to_string(),
                )
            }
            Outcome::Failure(failure) => {
                let texts = failure.texts(locale);
                (
                    texts.description().to_owned(),
                    texts.remedy().to_owned(),
                    texts.user().to_owned(),
                )
            }
        };
        // Under their own headings, as on a comparison of two codes: a text may hold a list.
        for (heading, text) in [
            (Label::DESCRIPTION, description),
            (Label::REMEDY, remedy),
            (Label::USER_MESSAGE, user),
        ] {
            blocks.push(Block::Heading(3, label_text(locale, heading)));
            blocks.extend(text_blocks(&text));
        }
    }
    let mut page = Page::new(locale, title, blocks);
    page.summary = Some(super::first_sentences(&intro.format(locale)));
    page
}

/// The page about any outcome: a code's page, or a failure's.
pub(crate) fn outcome_page(outcome: Outcome, locale: Locale) -> Page {
    match outcome {
        Outcome::Code(code) => super::code_page(code, locale, None),
        Outcome::Failure(failure) => failure_page(failure, locale, None),
    }
}
