//! Compiled catalogs ([`Catalog`], [`Message`], [`Pattern`], [`Piece`]) and [`check`], which
//! runs every catalog check against the table and the fallback locale.
//!
//! Owns: the catalog model and the order of the checks. The checks themselves live in
//! `required.rs` (which messages must exist, and which are unused), `shape.rs` (value,
//! attributes and variables of each message), `plurals.rs` (select keys against the locale's
//! plural categories), `inline.rs` (inline code between backticks), `lists.rs` (list items in
//! a text), `japanese_spacing.rs` (no space between Japanese and Latin text in a Japanese
//! catalog) and `locales.rs` (locale against locale).
//! May not touch: Fluent syntax (`fluent.rs` compiles it) or the file system: the checks take
//! a parsed [`Table`] and parsed catalogs, wherever their text came from.

mod inline;
mod japanese_spacing;
mod lists;
mod locales;
mod plurals;
mod required;
mod shape;

use std::collections::{BTreeMap, BTreeSet};

use super::contract::FALLBACK_LOCALE;
use super::problem::{Problem, SourceFile};
use super::table::{ProfileRow, Table};
pub(crate) use required::{Kind, profile_ids, required_ids};
pub(crate) use shape::SCENARIO_LISTS;

/// A piece of compiled text: literal text, a variable filled in at run time, or a choice of
/// texts by a variable's number.
#[derive(Clone, Debug)]
pub(crate) enum Piece {
    Text(String),
    Var(String),
    Select(Select),
}

/// A select expression on a variable, `{ $n -> [0] .. [one] .. *[other] .. }`: the variants in
/// source order (numeric keys before category keys: `fluent/select.rs` checks it) and the index
/// of the default one.
#[derive(Clone, Debug)]
pub(crate) struct Select {
    pub(crate) selector: String,
    pub(crate) variants: Vec<Variant>,
    pub(crate) default: usize,
}

/// How many counts, from 0, have their variant worked out ahead by [`Select::counts`].
pub(crate) const COUNTS: u64 = 256;

impl Select {
    /// The variant each whole number from 0 to [`COUNTS`]` - 1` picks, as an index into
    /// `variants`, under `rules` (the locale's plural rules; `None` when it has none, and then
    /// no category key matches): the first variant whose key matches, else the default, as at
    /// run time. The library looks a count up here instead of reading it and running the rules
    /// (`src/text.rs`); other numbers and text take the run-time path. Empty when a variant's
    /// index would not fit a byte (never for a real plural).
    pub(crate) fn counts(&self, rules: Option<&intl_pluralrules::PluralRules>) -> Vec<u8> {
        let pick = |count: u64| {
            let category = rules.and_then(|rules| rules.select(count).ok());
            let category = category.as_ref().map(super::plural::name);
            self.variants
                .iter()
                .position(|variant| match variant.key {
                    Key::Number(number) => u64::try_from(number) == Ok(count),
                    Key::Category(name) => category == Some(name),
                })
                .unwrap_or(self.default)
        };
        (0..COUNTS)
            .map(|count| u8::try_from(pick(count)).ok())
            .collect::<Option<Vec<u8>>>()
            .unwrap_or_default()
    }
}

/// One variant of a [`Select`]: its key, where the key stands, and its text.
#[derive(Clone, Debug)]
pub(crate) struct Variant {
    pub(crate) key: Key,
    pub(crate) key_offset: usize,
    pub(crate) pattern: Pattern,
}

/// A variant key: a whole number the selector must equal, or a CLDR plural category (one of
/// `plural::CATEGORIES`) the selector's number must fall in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Key {
    Number(i64),
    Category(&'static str),
}

/// A compiled pattern and where its text starts, in its message's file.
#[derive(Clone, Debug)]
pub(crate) struct Pattern {
    pub(crate) offset: usize,
    pub(crate) pieces: Vec<Piece>,
}

impl Pattern {
    /// The text with every piece that is not text left out: for patterns that take no
    /// variables (checked).
    pub(crate) fn plain(&self) -> String {
        self.pieces
            .iter()
            .map(|piece| match piece {
                Piece::Text(text) => text.as_str(),
                Piece::Var(_) | Piece::Select(_) => "",
            })
            .collect()
    }

    /// The pieces as they are written at run time: a select whose only variant is its default
    /// (`{ $seconds -> *[other] {$seconds}초 뒤 }`, the whole of a Korean plural) always writes
    /// that variant, whatever the value, as fluent-bundle does, so its pieces take its place
    /// and join the text around them. The checks see the select; only the emitted text drops it.
    pub(crate) fn runnable(&self) -> Vec<Piece> {
        let mut pieces: Vec<Piece> = Vec::new();
        for piece in &self.pieces {
            let inlined = match piece {
                Piece::Select(select) => match &select.variants[..] {
                    [only] => only.pattern.runnable(),
                    _ => {
                        let mut select = select.clone();
                        for variant in &mut select.variants {
                            variant.pattern.pieces = variant.pattern.runnable();
                        }
                        vec![Piece::Select(select)]
                    }
                },
                other => vec![other.clone()],
            };
            for piece in inlined {
                match (pieces.last_mut(), piece) {
                    (Some(Piece::Text(before)), Piece::Text(text)) => before.push_str(&text),
                    (_, piece) => pieces.push(piece),
                }
            }
        }
        pieces
    }

    /// Every variable the pattern uses: placeables, selectors, and those inside variants.
    pub(crate) fn variables(&self) -> BTreeSet<&str> {
        let mut vars = BTreeSet::new();
        self.each_piece(&mut |piece| {
            let var = match piece {
                Piece::Var(var) => var,
                Piece::Select(select) => &select.selector,
                Piece::Text(_) => return,
            };
            vars.insert(var.as_str());
        });
        vars
    }

    /// Every select expression in the pattern, nested ones too.
    pub(crate) fn selects(&self) -> Vec<&Select> {
        let mut selects = Vec::new();
        self.each_piece(&mut |piece| {
            if let Piece::Select(select) = piece {
                selects.push(select);
            }
        });
        selects
    }

    /// Calls `visit` with every piece, and with every piece of every variant after its select.
    fn each_piece<'p>(&'p self, visit: &mut impl FnMut(&'p Piece)) {
        for piece in &self.pieces {
            visit(piece);
            if let Piece::Select(select) = piece {
                for variant in &select.variants {
                    variant.pattern.each_piece(visit);
                }
            }
        }
    }
}

/// One message: its value and attributes, and where its id stands.
#[derive(Clone, Debug)]
pub(crate) struct Message {
    /// Index into [`Catalog::files`].
    pub(crate) file: usize,
    pub(crate) offset: usize,
    pub(crate) value: Option<Pattern>,
    pub(crate) attributes: BTreeMap<String, Pattern>,
}

impl Message {
    /// The patterns of the numbered attributes `.<list>-1`, `.<list>-2`, ... up to the first
    /// gap, such as a scenario's causes.
    pub(crate) fn numbered<'m>(&'m self, list: &'m str) -> impl Iterator<Item = &'m Pattern> {
        (1..).map_while(move |n| self.attributes.get(&format!("{list}-{n}")))
    }

    /// Every pattern of the message: its value (attribute `None`), then its attributes.
    pub(crate) fn patterns(&self) -> impl Iterator<Item = (Option<&str>, &Pattern)> {
        let value = self.value.iter().map(|pattern| (None, pattern));
        let attributes = self.attributes.iter();
        value.chain(attributes.map(|(name, pattern)| (Some(name.as_str()), pattern)))
    }

    /// The message's value (`attribute` `None`) or the pattern of one of its attributes.
    pub(crate) fn pattern(&self, attribute: Option<&str>) -> Option<&Pattern> {
        match attribute {
            None => self.value.as_ref(),
            Some(name) => self.attributes.get(name),
        }
    }
}

/// One locale, compiled: its tag, the files its messages came from, and the messages by id.
#[derive(Debug)]
pub(crate) struct Catalog<'a> {
    pub(crate) tag: &'a str,
    pub(crate) files: &'a [SourceFile],
    pub(crate) messages: BTreeMap<String, Message>,
}

impl Catalog<'_> {
    /// A problem at byte `offset` of the catalog's `file`-th file.
    pub(crate) fn problem(&self, file: usize, offset: usize, id: &str, message: String) -> Problem {
        self.files[file].problem(offset, id, message)
    }

    /// The text of message `id` (or of its `attribute`) with every piece that is not text left
    /// out: for messages that take no variables, such as a profile's texts (checked).
    pub(crate) fn plain(&self, id: &str, attribute: Option<&str>) -> String {
        let pattern = self.messages.get(id).and_then(|m| m.pattern(attribute));
        pattern.map_or_else(String::new, Pattern::plain)
    }

    /// A place to report a problem about the whole locale: its first file, or the folder.
    pub(crate) fn folder_problem(&self, id: &str, message: String) -> Problem {
        match self.files.first() {
            Some(file) => file.problem(0, id, message),
            None => Problem::at_start(&format!("locales/{}", self.tag), id, message),
        }
    }
}

/// Variables as a message writes them: `$a, $b`.
fn variable_list<'v>(vars: impl IntoIterator<Item = &'v str>) -> String {
    let names: Vec<String> = vars.into_iter().map(|v| format!("${v}")).collect();
    names.join(", ")
}

/// Checks the catalogs against the table and the fallback locale's catalog against each other:
/// required and unused messages, each message's shape, and every other locale against the
/// fallback.
pub(crate) fn check(table: &Table, catalogs: &[Catalog], problems: &mut Vec<Problem>) {
    let required = required_ids(table);
    check_required(Some(table), &table.profiles, &required, catalogs, problems);
}

/// The same checks for the texts of one profile loaded at run time: only its own messages are
/// required, and anything else is unused.
#[allow(dead_code)] // Used by the library's run-time profiles, not by the build script.
pub(crate) fn check_profile(
    profile: &ProfileRow,
    catalogs: &[Catalog],
    problems: &mut Vec<Problem>,
) {
    let profiles = std::slice::from_ref(profile);
    check_required(None, profiles, &profile_ids(profiles), catalogs, problems);
}

fn check_required(
    table: Option<&Table>,
    profiles: &[ProfileRow],
    required: &BTreeMap<String, Kind>,
    catalogs: &[Catalog],
    problems: &mut Vec<Problem>,
) {
    let Some(reference) = catalogs.iter().find(|c| c.tag == FALLBACK_LOCALE) else {
        problems.push(Problem::file(
            &format!("locales/{FALLBACK_LOCALE}"),
            format!("the fallback locale `{FALLBACK_LOCALE}` is missing; every other locale is checked against it"),
        ));
        return;
    };
    required::check_present(table, profiles, reference, required, problems);
    for catalog in catalogs {
        check_catalog(table, required, reference, catalog, problems, None);
    }
}

/// The checks of one catalog: plural keys, inline code, lists, Japanese spacing, unused
/// messages, each message's shape, and (unless it is the fallback locale) the comparison with
/// `reference`.
fn check_catalog(
    table: Option<&Table>,
    required: &BTreeMap<String, Kind>,
    reference: &Catalog,
    catalog: &Catalog,
    problems: &mut Vec<Problem>,
    missing: Option<&mut Vec<Problem>>,
) {
    plurals::check(catalog, problems);
    inline::check(catalog, problems);
    lists::check(catalog, required, problems);
    japanese_spacing::check(catalog, problems);
    for (id, message) in &catalog.messages {
        match required.get(id) {
            None => problems.push(required::unused(table, catalog, id, message)),
            Some(kind) => shape::check(catalog, id, message, *kind, problems),
        }
    }
    if catalog.tag != FALLBACK_LOCALE {
        locales::compare(reference, catalog, problems, missing);
        lists::compare(reference, catalog, problems);
    }
}

/// The id prefix of the messages of the `closecode` command (`locales/<tag>/cli.ftl`).
const CLI_PREFIX: &str = "cli-";

/// The same checks for one locale an application adds at run time, against the fallback
/// locale's catalog (`reference`, known good). With `fall_back`, a message `added` lacks is not
/// a problem but a warning (returned), and the library shows the fallback text in its place.
#[allow(dead_code)] // Used by the library's run-time locales, not by the build script.
pub(crate) fn check_added(
    table: &Table,
    reference: &Catalog,
    added: &Catalog,
    fall_back: bool,
    problems: &mut Vec<Problem>,
) -> Vec<Problem> {
    let mut missing = Vec::new();
    let required = required_ids(table);
    check_catalog(
        Some(table),
        &required,
        reference,
        added,
        problems,
        Some(&mut missing),
    );
    // The command-line tool's own messages are not the library's: an application's locale
    // never needs them, and they show in English where they are missing.
    missing.retain(|problem| !problem.id.starts_with(CLI_PREFIX));
    let en = reference.tag;
    for problem in &mut missing {
        problem.message += &if fall_back {
            format!("; the {en} text shows instead")
        } else {
            "; add it".to_owned()
        };
    }
    if fall_back {
        missing
    } else {
        problems.append(&mut missing);
        Vec::new()
    }
}
