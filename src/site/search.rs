//! What the site's search reads and what it falls back to: per locale a `search-index.js`
//! (every code and range with its title, its page and every name it goes by) and `search.html`,
//! the same names as a page that needs no script.

use core::fmt::Write;

use crate::page::{self, Block, Link, Page};
use crate::peer::{Replies, Sees};
use crate::table::label;
use crate::{CloseCode, CodeRange, Failure, KnownCode, Label, Locale, Peer, Profile, Scenario};

/// Every name of a registered code: its names in every shipped locale, the registry's name, the
/// name people use, the constant and variant, and other libraries' names.
fn code_names(code: CloseCode) -> Vec<String> {
    let facts = code.facts();
    let mut names: Vec<String> = Locale::all()
        .map(|locale| code.describe(locale).name().to_string())
        .collect();
    names.extend(facts.iana_name.map(str::to_owned));
    names.extend(facts.common_name.map(str::to_owned));
    names.extend(facts.constant.map(str::to_owned));
    if let Some(known) = code.known() {
        // The variant name, as `Debug` writes it.
        names.push(format!("{known:?}"));
    }
    let others = [
        facts.names.tungstenite,
        facts.names.python,
        facts.names.gorilla,
        facts.names.dotnet,
        facts.names.jakarta,
    ];
    names.extend(others.into_iter().flatten().map(str::to_owned));
    dedup(names)
}

/// Every name of a range, in every shipped locale.
fn range_names(range: CodeRange) -> Vec<String> {
    dedup(
        Locale::all()
            .map(|locale| page::range_row_name(range, locale))
            .collect(),
    )
}

/// `names` without repeats, in their first order.
fn dedup(names: Vec<String>) -> Vec<String> {
    let mut seen = Vec::new();
    for name in names {
        if !seen.contains(&name) {
            seen.push(name);
        }
    }
    seen
}

/// The search index of `locale` as a script that sets `window.CLOSECODE_INDEX`: a script tag
/// can load it from `file://`, where a page may not fetch JSON.
///
/// `codes`: `{n, t, h, k, q}` (number, title, page relative to the locale's folder, names,
/// quoted error texts that lead to it); `ranges`: `{a, b, t, h, k}` (first and last number,
/// ...); `failures`: `{t, h, k, s, q}` (`s` the HTTP status of a refused upgrade); `scenarios`:
/// `{t, h, k, l}` (id and keywords; titles, which match only as a whole or inside); `slots`:
/// `[text, code]`, a peer's error that names the received code (`{code}`), leading to that
/// number's page, else to `code`'s; `statuses`: what libraries and browsers report for a
/// refused upgrade, with `{status}` for the HTTP status, leading to that status's failure page;
/// `profiles`: `{t, k, c}` (name, names, `[number, name]` of each code); `refused`: the
/// scenario that explains a refused upgrade without a failure page of its own; `text`: the
/// notes and labels the script shows, in this locale. Every quote is the peer's own English.
pub(crate) fn index(locale: Locale) -> String {
    let mut js = String::from(
        "// The search index of closecode's documentation site, read by ../search.js.\nwindow.CLOSECODE_INDEX = {\n\"codes\": [",
    );
    let quotes = Quotes::gather();
    let codes = KnownCode::all().map(CloseCode::from).map(|code| {
        format!(
            "{{\"n\": {code}, \"t\": {}, \"h\": {}, \"k\": [{}]{}}}",
            Js(&format!("{code} {}", code.describe(locale).name())),
            Js(&format!("{code}.html")),
            list(&code_names(code)),
            quoted(quotes.of_code(code)),
        )
    });
    push_all(&mut js, codes);
    js.push_str("],\n\"ranges\": [");
    let ranges = CodeRange::all().map(|range| {
        format!(
            "{{\"a\": {}, \"b\": {}, \"t\": {}, \"h\": {}, \"k\": [{}]}}",
            range.first(),
            range.last(),
            Js(&format!(
                "{}–{} {}",
                range.first(),
                range.last(),
                page::range_row_name(range, locale)
            )),
            Js(&format!("range-{}.html", range.id())),
            list(&range_names(range)),
        )
    });
    push_all(&mut js, ranges);
    js.push_str("],\n\"failures\": [");
    let failures = Failure::all().iter().map(|failure| {
        let mut names = vec![failure.id().to_owned()];
        names.extend(Locale::all().map(|l| failure.texts(l).name().to_owned()));
        let status = failure
            .http_status()
            .map(|s| format!(", \"s\": {s}"))
            .unwrap_or_default();
        format!(
            "{{\"t\": {}, \"h\": {}, \"k\": [{}]{status}{}}}",
            Js(&page::failure_title(failure, locale)),
            Js(&format!("failure-{}.html", failure.id())),
            list(&dedup(names)),
            quoted(quotes.of_failure(failure)),
        )
    });
    push_all(&mut js, failures);
    js.push_str("],\n\"scenarios\": [");
    let scenarios = Scenario::all().iter().map(|scenario| {
        let mut names = vec![scenario.id().to_owned()];
        names.extend(scenario.keywords().map(str::to_owned));
        let titles = Locale::all().map(|l| scenario.texts(l).title().to_owned());
        format!(
            "{{\"t\": {}, \"h\": {}, \"k\": [{}], \"l\": [{}]}}",
            Js(scenario.texts(locale).title()),
            Js(&format!("scenario-{}.html", scenario.id())),
            list(&dedup(names)),
            list(&dedup(titles.collect())),
        )
    });
    push_all(&mut js, scenarios);
    js.push_str("],\n\"slots\": [");
    let slots = quotes
        .slots
        .iter()
        .map(|(text, code)| format!("[{}, {code}]", Js(text)));
    push_all(&mut js, slots);
    js.push_str("],\n\"statuses\": [");
    let statuses = quotes.statuses.iter().map(|text| Js(text).to_string());
    push_all(&mut js, statuses);
    js.push_str("],\n\"profiles\": [");
    let profiles = Profile::all().iter().map(|profile| {
        let mut names = vec![profile.id().to_owned(), profile.name().to_owned()];
        names.extend(profile.aliases().map(str::to_owned));
        let codes: Vec<String> = profile
            .entries()
            .filter(|entry| !entry.is_range())
            .map(|entry| {
                let code = CloseCode::new(*entry.codes().start());
                let name = profile.describe(code, locale);
                format!("[{code}, {}]", Js(&name.name().to_string()))
            })
            .collect();
        format!(
            "{{\"t\": {}, \"k\": [{}], \"c\": [{}]}}",
            Js(profile.name()),
            list(&dedup(names)),
            codes.join(", "),
        )
    });
    push_all(&mut js, profiles);
    let _ = write!(js, "],\n\"refused\": {},\n\"text\": {{", refused_upgrade());
    let texts = [
        ("none", label::SEARCH_NO_MATCH),
        ("notCode", label::SEARCH_NOT_A_CODE),
        ("same", label::PICKER_SAME),
        ("range", label::PICKER_RANGE),
        ("code", label::SEARCH_KIND_CODE),
        ("rangeKind", label::SEARCH_KIND_RANGE),
        ("failure", label::SEARCH_KIND_FAILURE),
        ("scenario", label::SEARCH_KIND_SCENARIO),
        ("comparison", label::SEARCH_KIND_COMPARISON),
        ("profile", label::SEARCH_KIND_PROFILE),
        ("matched", label::SEARCH_MATCHED),
        ("didYouMean", label::SEARCH_DID_YOU_MEAN),
    ];
    for (i, (key, index)) in texts.into_iter().enumerate() {
        let comma = if i > 0 { ", " } else { "" };
        let _ = write!(js, "{comma}\"{key}\": {}", Js(locale.label_at(index)));
    }
    let _ = write!(js, ", \"after\": {}", Js(locale.after_label()));
    // The script fills in the code and the profile the reader typed.
    let note = Label::search_profile_note("{code}", "{profile}").format(locale);
    let _ = write!(js, ", \"profileNote\": {}", Js(&note));
    js.push_str("}\n};\n");
    js
}

/// The scenario that explains a refused upgrade (the page fires `error`, then `close` with
/// 1006, and `open` never fires): where a status without a failure page of its own leads.
fn refused_upgrade() -> usize {
    Scenario::all()
        .iter()
        .position(|s| s.id() == "closed-before-open")
        .unwrap_or_default()
}

/// `items`, one a line, separated by commas.
fn push_all(js: &mut String, items: impl Iterator<Item = String>) {
    for (i, item) in items.enumerate() {
        js.push_str(if i > 0 { ",\n" } else { "\n" });
        js.push_str(&item);
    }
    js.push('\n');
}

/// `, "q": [...]` for quotes, nothing for none.
fn quoted(quotes: Vec<&str>) -> String {
    if quotes.is_empty() {
        return String::new();
    }
    let quoted: Vec<String> = quotes.iter().map(|q| Js(q).to_string()).collect();
    format!(", \"q\": [{}]", quoted.join(", "))
}

/// Every error text the data quotes, by the page that explains it: what each library and
/// browser reports for a failure (`data/failures.toml`, `raises`), and what a peer's
/// application gets instead of a code (`data/peers.toml`): for a connection that ended without
/// a Close frame, the failure pages `vanished` (closed in order) and `reset`; for a payload
/// with a bad reason, 1007's page; for one too short or too long, 1002's; for a code the peer
/// refuses, the page of the number in the query ([`Quotes::slots`]). A report of a refused
/// upgrade that differs between statuses only by the status is kept once, as a template
/// ([`Quotes::statuses`]): eleven copies of `Error: Unexpected server response: 4xx` would
/// triple the index.
pub(crate) struct Quotes {
    /// (text, page): `Err(code)` a registered code's page, `Ok(id)` a failure's.
    texts: Vec<(String, Result<&'static str, CloseCode>)>,
    /// A refused upgrade's report with `{status}` where the status stands.
    pub(crate) statuses: Vec<String>,
    /// A refused code's error, with the code the peer answers with (its page when the query
    /// names no number).
    pub(crate) slots: Vec<(&'static str, CloseCode)>,
}

impl Quotes {
    pub(crate) fn gather() -> Quotes {
        let mut texts = Vec::new();
        let mut statuses = Vec::new();
        for failure in Failure::all() {
            for (_, text) in failure.raises() {
                match failure.http_status().map(|status| status.to_string()) {
                    Some(status) if text.contains(&status) => {
                        let template = text.replace(&status, "{status}");
                        if !statuses.contains(&template) {
                            statuses.push(template);
                        }
                    }
                    _ => texts.push((text.to_owned(), Ok(failure.id()))),
                }
            }
        }
        let mut slots = Vec::new();
        for peer in Peer::all() {
            let reactions = &peer.reactions;
            if let Sees::Error(text) = reactions.bad_code.sees {
                let reply = match reactions.bad_code.replies {
                    Replies::Code(code) => code,
                    _ => CloseCode::PROTOCOL_ERROR,
                };
                if !slots.iter().any(|(t, _)| *t == text) {
                    slots.push((text, reply));
                }
            }
            let pages = [
                (
                    reactions.bad_utf8.sees,
                    Err(CloseCode::INVALID_FRAME_PAYLOAD_DATA),
                ),
                (reactions.one_byte.sees, Err(CloseCode::PROTOCOL_ERROR)),
                (reactions.too_long.sees, Err(CloseCode::PROTOCOL_ERROR)),
                (peer.no_close, Ok("vanished")),
                (peer.reset, Ok("reset")),
            ];
            for (sees, page) in pages {
                if let Sees::Error(text) = sees {
                    texts.push((text.to_owned(), page));
                }
            }
        }
        Quotes {
            texts,
            statuses,
            slots,
        }
    }

    fn of(&self, page: Result<&str, CloseCode>) -> Vec<&str> {
        let mut found: Vec<&str> = Vec::new();
        for (text, _) in self.texts.iter().filter(|(_, p)| *p == page) {
            if !found.contains(&text.as_str()) {
                found.push(text);
            }
        }
        found
    }

    pub(crate) fn of_code(&self, code: CloseCode) -> Vec<&str> {
        self.of(Err(code))
    }

    pub(crate) fn of_failure(&self, failure: &Failure) -> Vec<&str> {
        self.of(Ok(failure.id()))
    }
}

fn list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| Js(n).to_string()).collect();
    quoted.join(", ")
}

/// A JavaScript (and JSON) string literal.
struct Js<'a>(&'a str);

impl core::fmt::Display for Js<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_char('"')?;
        for c in self.0.chars() {
            match c {
                '"' => f.write_str("\\\"")?,
                '\\' => f.write_str("\\\\")?,
                // Line terminators and other controls; `<` so that `</script>` never appears.
                c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '<') => {
                    write!(f, "\\u{:04x}", u32::from(c))?;
                }
                c => f.write_char(c)?,
            }
        }
        f.write_char('"')
    }
}

/// `search.html`: every code and range by number and name, with a column per other language
/// of the site (each name marked with its language) and other libraries' names. The search box
/// submits here without scripts.
pub(crate) fn lookup_page(locale: Locale, locales: &[Locale]) -> Page {
    let label = |index| locale.label_at(index).to_owned();
    let others: Vec<Locale> = locales.iter().copied().filter(|&l| l != locale).collect();
    let mut head: Vec<Link> = [label::LABEL_CODE, label::LABEL_NAME]
        .into_iter()
        .map(|index| Link::new(label(index), None))
        .collect();
    head.extend(
        others
            .iter()
            .map(|&other| Link::new(other.name(), None).in_language(other)),
    );
    let codes = KnownCode::all().map(CloseCode::from).map(|code| {
        let href = Some(format!("{code}.html"));
        let mut row = vec![
            Link::new(code.to_string(), href.clone()),
            Link::new(code.describe(locale).name().to_string(), href),
        ];
        row.extend(others.iter().map(|&other| {
            Link::new(code.describe(other).name().to_string(), None).in_language(other)
        }));
        row.push(Link::new(page::other_names(&code.facts().names), None));
        row
    });
    let ranges =
        CodeRange::all().map(|range| {
            let href = Some(format!("range-{}.html", range.id()));
            let mut row = vec![
                Link::new(page::unregistered_spans(range), href.clone()),
                Link::new(page::range_row_name(range, locale), href),
            ];
            row.extend(others.iter().map(|&other| {
                Link::new(page::range_row_name(range, other), None).in_language(other)
            }));
            row
        });
    let range_head = head.clone();
    head.push(Link::new(label(label::LABEL_OTHER_NAMES), None));
    let intro = label(label::SEARCH_INTRO);
    let mut page = Page::new(
        locale,
        label(label::LABEL_SEARCH),
        vec![
            Block::Paragraph(intro.clone()),
            Block::Paragraph(label(label::SEARCH_NO_SCRIPT)),
            Block::Heading(2, label(label::LABEL_REGISTERED_CODES)),
            Block::Table {
                head,
                rows: codes.collect(),
                row_headers: false,
            },
            Block::Heading(2, label(label::LABEL_RANGES)),
            Block::Table {
                head: range_head,
                rows: ranges.collect(),
                row_headers: false,
            },
        ],
    );
    page.summary = Some(page::first_sentences(&intro));
    page
}
