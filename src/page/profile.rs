//! Pages about profiles: a code under a profile, the codes of one profile, and the shipped
//! profiles.

use super::{
    Block, Link, Page, code_page, entry_text_blocks, label_text, section, summary, table_page,
    text_facts,
};
use crate::profile::{Basis, ProfileEntry};
use crate::{CloseCode, Comparison, Label, Locale, Profile};

/// The phrase for where an answer comes from.
fn basis(locale: Locale, basis: Basis) -> String {
    label_text(
        locale,
        match basis {
            Basis::Docs => Label::BASIS_DOCS,
            Basis::ReferenceClient => Label::BASIS_REFERENCE_CLIENT,
            Basis::Inferred => Label::BASIS_INFERRED,
        },
    )
}

/// "4000-4499" for a range, "4004" for a code.
fn codes(entry: &ProfileEntry) -> String {
    let codes = entry.codes();
    if entry.is_range() {
        format!("{}-{}", codes.start(), codes.end())
    } else {
        codes.start().to_string()
    }
}

/// The page about `code` under `profile`: the entry's facts and texts when a layer gives the
/// code a meaning, else the registry's page with a note that the profile leaves it alone.
pub(crate) fn profile_code_page(profile: &Profile, code: CloseCode, locale: Locale) -> Page {
    let Some(entry) = profile.entry(code) else {
        let mut page = code_page(code, locale, None);
        let note = Label::no_profile_entry(code, profile.name()).format(locale);
        page.blocks.insert(0, Block::Paragraph(note));
        return page;
    };
    let texts = entry.texts(locale);
    let owner = profile.layer_of(entry);
    let mut facts = vec![
        (label_text(locale, Label::CODE), codes(entry)),
        (label_text(locale, Label::PROFILE), owner.name().to_owned()),
    ];
    if let Some(name) = entry.name() {
        facts.push((label_text(locale, Label::PROTOCOL_NAME), name.to_owned()));
    }
    facts.extend([
        (
            label_text(locale, Label::RETRY),
            entry.retry().phrase(locale).to_owned(),
        ),
        (
            label_text(locale, Label::BASIS),
            basis(locale, entry.basis()),
        ),
        (
            label_text(locale, Label::REFERENCE),
            entry.source().to_owned(),
        ),
    ]);
    let mut blocks = vec![Block::Summary(summary::for_entry(
        texts,
        entry.retry(),
        locale,
    ))];
    blocks.extend(entry_text_blocks(texts, locale, Label::SYMPTOM));
    blocks.extend([
        section::heading(locale, section::FACTS, Label::FACTS),
        Block::Paragraph(owner.about(locale).to_owned()),
        text_facts(facts),
    ]);
    let mut page = Page::new(
        locale,
        format!("{code} {} ({})", texts.name(), owner.name()),
        blocks,
    );
    page.summary = Some(super::first_sentences(texts.description()));
    page
}

/// The file name of an entry's page in a site: `4004.html`, `4000-4499.html` for a range.
pub(crate) fn entry_file(entry: &ProfileEntry) -> String {
    format!("{}.html", codes(entry))
}

/// Every code and range of `profile` and of the profiles under it: the codes, their names and
/// reconnect answers. In a site (`linked`), each code links its page ([`entry_file`]) and the
/// sources of every layer end the page as one list of links, so the facts of each layer leave
/// them out; elsewhere each layer's facts name its sources.
pub(crate) fn profile_page(profile: &Profile, locale: Locale, linked: bool) -> Page {
    let mut blocks = Vec::new();
    for layer in profile.layers() {
        blocks.push(Block::Heading(2, layer.to_string()));
        blocks.push(Block::Paragraph(layer.about(locale).to_owned()));
        blocks.push(text_facts(about_rows(layer, locale, !linked)));
        let head = [Label::CODE, Label::NAME, Label::RETRY].map(|l| label_text(locale, l).into());
        let mut entries: Vec<&ProfileEntry> = layer.entries().collect();
        entries.sort_by_key(|e| (*e.codes().start(), !e.is_range()));
        let rows = entries.into_iter().map(|entry| {
            vec![
                Link {
                    text: codes(entry),
                    href: linked.then(|| entry_file(entry)),
                    lang: None,
                },
                entry.texts(locale).name().to_owned().into(),
                entry.retry().phrase(locale).to_owned().into(),
            ]
        });
        blocks.push(Block::Table {
            head: head.into(),
            rows: rows.collect(),
            row_headers: true,
        });
    }
    if linked {
        blocks.extend(super::sources_list(
            profile.layers().flat_map(Profile::sources),
            locale,
        ));
    }
    let mut page = Page::new(locale, profile.to_string(), blocks);
    page.summary = Some(super::first_sentences(profile.about(locale)));
    page
}

/// The facts about a profile itself: subprotocols and, with `sources`, its sources.
fn about_rows(profile: &Profile, locale: Locale, sources: bool) -> Vec<(String, String)> {
    let subprotocols: Vec<&str> = profile.subprotocols().collect();
    let subprotocols = if subprotocols.is_empty() {
        label_text(locale, Label::NO_SUBPROTOCOL)
    } else {
        subprotocols.join(", ")
    };
    let mut rows = vec![(label_text(locale, Label::SUBPROTOCOLS), subprotocols)];
    if sources {
        rows.extend(
            profile
                .sources()
                .map(|source| (label_text(locale, Label::SOURCES), source.to_owned())),
        );
    }
    rows
}

/// The shipped profiles: id, name, subprotocols and how many codes each has.
pub(crate) fn profiles_page(locale: Locale) -> Page {
    let head = [
        Label::PROFILE,
        Label::NAME,
        Label::SUBPROTOCOLS,
        Label::CODES,
    ]
    .map(|l| label_text(locale, l).into());
    let rows = Profile::all().iter().map(|profile| {
        let subprotocols: Vec<&str> = profile.subprotocols().collect();
        let subprotocols = if subprotocols.is_empty() {
            "—".to_owned()
        } else {
            subprotocols.join(", ")
        };
        vec![
            profile.id().to_owned().into(),
            profile.name().to_owned().into(),
            subprotocols.into(),
            profile.entries().len().to_string().into(),
        ]
    });
    table_page(
        locale,
        Label::PROFILES,
        Label::PROFILES_INTRO,
        head.into(),
        rows.collect(),
    )
}

/// A comparison under a profile: after the introduction, what the profile says of each code it
/// defines (its name, meaning and reconnect answer), then the registry's comparison.
pub(crate) fn profile_comparison_page(comparison: &Comparison, profile: &Profile) -> Page {
    let mut page = super::comparison_page(comparison, None);
    let locale = comparison.locale();
    let mut blocks = Vec::new();
    for code in [comparison.a().code(), comparison.b().code()] {
        let Some(entry) = profile.entry(code) else {
            continue;
        };
        let texts = entry.texts(locale);
        let owner = profile.layer_of(entry);
        blocks.push(Block::Heading(
            2,
            format!("{code} {} ({})", texts.name(), owner.name()),
        ));
        blocks.extend(super::text_blocks(texts.description()));
        blocks.push(Block::Paragraph(entry.retry().phrase(locale).to_owned()));
    }
    // After the introduction.
    let at = page.blocks.len().min(1);
    page.blocks.splice(at..at, blocks);
    page
}
