//! Pages about scenarios: one scenario, and the list of them.

use super::{Block, Link, Page, SiteLinks, label_text, section, summary, table_page};
use crate::{Label, Locale, Scenario};

/// The items of a list, in order: inline code in them renders as code.
fn list(items: &[&str]) -> Block {
    Block::List(items.iter().map(|item| (*item).to_owned()).collect())
}

/// The page about one scenario, answer first: its summary (what you see, the most likely cause,
/// the first check), then the likely causes in order, how to tell them apart, the fix, and the
/// codes and failures it concerns (linked in a site).
pub(crate) fn scenario_page(scenario: &Scenario, locale: Locale, links: Option<SiteLinks>) -> Page {
    let texts = scenario.texts(locale);
    let mut blocks = vec![Block::Summary(summary::for_scenario(scenario, locale))];
    for (id, heading, items) in [
        (section::CAUSES, Label::LIKELY_CAUSES, texts.causes()),
        (section::TELL_APART, Label::TELL_APART, texts.checks()),
        (section::HOW_TO_FIX, Label::FIX, texts.fixes()),
    ] {
        blocks.push(section::heading(locale, id, heading));
        blocks.push(list(items));
    }
    blocks.extend(super::examples::scenario_blocks(scenario, locale));
    blocks.push(section::heading(locale, section::CONCERNS, Label::CONCERNS));
    let codes = scenario.codes().map(|code| Link {
        text: format!("{code} {}", code.describe(locale).name()),
        href: links.map(|l| l.code(code)),
        lang: None,
    });
    let failures = scenario.failures().map(|failure| Link {
        text: super::failure_title(failure, locale),
        href: links.map(|l| format!("{}failure-{}.html", l.up, failure.id())),
        lang: None,
    });
    blocks.push(Block::Links(codes.chain(failures).collect()));
    blocks.extend(super::sources::block(scenario.sources(), locale));
    let mut page = Page::new(locale, texts.title(), blocks);
    page.summary = Some(super::first_sentences(texts.seen()));
    page
}

/// Every scenario: its id (what `closecode scenarios ID` takes) and its title, which links
/// its page in a site (`scenario-<id>.html`) when `linked`.
pub(crate) fn scenarios_page(locale: Locale, linked: bool) -> Page {
    let head = [Label::SCENARIO, Label::SEEN].map(|l| label_text(locale, l).into());
    let rows = Scenario::all().iter().map(|scenario| {
        vec![
            scenario.id().to_owned().into(),
            Link {
                text: scenario.texts(locale).title().to_owned(),
                href: linked.then(|| format!("scenario-{}.html", scenario.id())),
                lang: None,
            },
        ]
    });
    table_page(
        locale,
        Label::SCENARIOS,
        Label::SCENARIOS_INTRO,
        head.into(),
        rows.collect(),
    )
}

/// Links to the scenarios of a code's or failure's page, under a heading; nothing when there
/// are none.
pub(crate) fn scenario_links(
    scenarios: impl Iterator<Item = &'static Scenario>,
    locale: Locale,
    up: &str,
) -> Vec<Block> {
    let links: Vec<Link> = scenarios
        .map(|scenario| Link {
            text: scenario.texts(locale).title().to_owned(),
            href: Some(format!("{up}scenario-{}.html", scenario.id())),
            lang: None,
        })
        .collect();
    if links.is_empty() {
        return Vec::new();
    }
    vec![
        section::heading(locale, section::SCENARIOS, Label::SCENARIOS),
        Block::Links(links),
    ]
}
