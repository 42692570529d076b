//! What the site's search reads and what it falls back to: per locale a `search-index.js`
//! (every code and range with its title, its page and every name it goes by) and `search.html`,
//! the same names as a page that needs no script.

use core::fmt::Write;

use crate::page::{self, Block, Link, Page};
use crate::table::label;
use crate::{CloseCode, CodeRange, KnownCode, Locale};

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
/// `codes`: `{n, t, h, k}` (number, title, page relative to the locale's folder, names);
/// `ranges`: `{a, b, t, h, k}` (first and last number, ...); `failures` and `scenarios`:
/// `{t, h, k}` (ids and names or titles in every language); `text`: the notes the script
/// shows, in this locale.
pub(crate) fn index(locale: Locale) -> String {
    let mut js = String::from(
        "// The search index of closecode's documentation site, read by ../search.js.\nwindow.CLOSECODE_INDEX = {\n\"codes\": [\n",
    );
    let codes: Vec<CloseCode> = KnownCode::all().map(CloseCode::from).collect();
    for (i, code) in codes.iter().enumerate() {
        let text = code.describe(locale);
        let _ = write!(
            js,
            "{{\"n\": {code}, \"t\": {}, \"h\": {}, \"k\": [{}]}}",
            Js(&format!("{code} {}", text.name())),
            Js(&format!("{code}.html")),
            list(&code_names(*code)),
        );
        js.push_str(if i + 1 < codes.len() { ",\n" } else { "\n" });
    }
    js.push_str("],\n\"ranges\": [\n");
    let ranges: Vec<CodeRange> = CodeRange::all().collect();
    for (i, range) in ranges.iter().enumerate() {
        let _ = write!(
            js,
            "{{\"a\": {}, \"b\": {}, \"t\": {}, \"h\": {}, \"k\": [{}]}}",
            range.first(),
            range.last(),
            Js(&format!(
                "{}–{} {}",
                range.first(),
                range.last(),
                page::range_row_name(*range, locale)
            )),
            Js(&format!("range-{}.html", range.id())),
            list(&range_names(*range)),
        );
        js.push_str(if i + 1 < ranges.len() { ",\n" } else { "\n" });
    }
    js.push_str("],\n\"failures\": [\n");
    let failures = crate::Failure::all();
    for (i, failure) in failures.iter().enumerate() {
        let mut names = vec![failure.id().to_owned()];
        names.extend(Locale::all().map(|l| failure.texts(l).name().to_owned()));
        let _ = write!(
            js,
            "{{\"t\": {}, \"h\": {}, \"k\": [{}]}}",
            Js(&page::failure_title(failure, locale)),
            Js(&format!("failure-{}.html", failure.id())),
            list(&dedup(names)),
        );
        js.push_str(if i + 1 < failures.len() { ",\n" } else { "\n" });
    }
    js.push_str("],\n\"scenarios\": [\n");
    let scenarios = crate::Scenario::all();
    for (i, scenario) in scenarios.iter().enumerate() {
        let mut names = vec![scenario.id().to_owned()];
        names.extend(Locale::all().map(|l| scenario.texts(l).title().to_owned()));
        let _ = write!(
            js,
            "{{\"t\": {}, \"h\": {}, \"k\": [{}]}}",
            Js(scenario.texts(locale).title()),
            Js(&format!("scenario-{}.html", scenario.id())),
            list(&dedup(names)),
        );
        js.push_str(if i + 1 < scenarios.len() { ",\n" } else { "\n" });
    }
    js.push_str("],\n\"text\": {");
    let texts = [
        ("none", label::SEARCH_NO_MATCH),
        ("notCode", label::SEARCH_NOT_A_CODE),
        ("same", label::PICKER_SAME),
        ("range", label::PICKER_RANGE),
    ];
    for (i, (key, index)) in texts.into_iter().enumerate() {
        let comma = if i > 0 { ", " } else { "" };
        let _ = write!(js, "{comma}\"{key}\": {}", Js(locale.label_at(index)));
    }
    js.push_str("}\n};\n");
    js
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
