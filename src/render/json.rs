//! JSON: the data behind the pages, for programs and static-site generators. Shapes:
//!
//! * a code, in its page's order: `locale`, `name`, `summary` (the answer the page opens with:
//!   `meaning`, `cause`, `reconnect`, `first_check`, `read_next`), `remedy`, `user_message`
//!   (what an app can show its end users), `description`, `symptom`, `cause`, `sending`,
//!   `receiving`, `retry_advice`, then every field of [`Facts`] (`code`, `range`, `registered`,
//!   `wire`, `sendable`, `local_only`, `browser_sendable`, `retry`, ...); in [`codes`] and [`outcomes`], also `examples`,
//!   the examples of the code's page (objects with `id`, `file`, `language`, `title` and
//!   `code`; the copy the page shows, with comments in its language where closecode has one);
//! * a comparison: `locale`, `title`, `intro`, `a` and `b` (codes), `differences` (objects
//!   with `aspect`, `a`, `b` and `text`) and `when_to_use` (text);
//! * the reference: `locale`, `title`, `codes` (codes) and `ranges` (a code object for the
//!   range's first unregistered number, plus `id`, `first` and `last`);
//! * a failure: `failure` (its id), `kind`, `http_status`, `code`, `retry`, `retry_advice`,
//!   `retry_after`, `error_event`, `locale`, the texts, `raises` and `sources`;
//! * profiles: a code under a profile (a code object plus `profile`: the entry, or null), a
//!   profile (`id`, `name`, `about`, `aliases`, `subprotocols`, `sources`, `codes`).

mod failure;
mod profile;

pub use failure::outcomes;
pub use profile::{profile, profile_codes, profiles};

use core::fmt;

use serde::Serialize;

use crate::page::range_sample;
use crate::table::label;
use crate::{CloseCode, CodeRange, Comparison, Difference, Facts, KnownCode, Locale, Text};

/// One code, shaped like the objects of `closecode show --format json`, in the order of its
/// page: the answer first (`summary`), the texts, the examples, and the facts last.
#[derive(Serialize)]
struct CodeJson {
    locale: Locale,
    name: Text,
    summary: SummaryJson,
    remedy: Text,
    user_message: Text,
    description: Text,
    symptom: Text,
    cause: Text,
    sending: Text,
    receiving: Text,
    retry_advice: &'static str,
    /// The examples of the code's page (`show --format json` only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    examples: Vec<ExampleJson>,
    #[serde(flatten)]
    facts: Facts,
}

/// The answer a page opens with ([`crate::render::Summary`]): `meaning`, `cause`, `reconnect`,
/// `first_check` (each a string or null) and `read_next` (the titles of the pages to read next).
#[derive(Serialize)]
pub(crate) struct SummaryJson {
    meaning: String,
    cause: Option<String>,
    reconnect: Option<String>,
    first_check: Option<String>,
    read_next: Vec<String>,
}

impl From<crate::render::Summary> for SummaryJson {
    fn from(summary: crate::render::Summary) -> SummaryJson {
        SummaryJson {
            meaning: summary.meaning,
            cause: summary.cause,
            reconnect: summary.reconnect,
            first_check: summary.first_check,
            read_next: summary.read_next.into_iter().map(|l| l.text).collect(),
        }
    }
}

/// An example a page shows: `id`, `file` (the path in closecode's repository of the copy the
/// page shows: comments in the page's language where closecode has one), `language`, `title`
/// (the page's heading for it) and `code` (that copy's text).
#[derive(Serialize)]
struct ExampleJson {
    id: &'static str,
    file: &'static str,
    language: &'static str,
    title: &'static str,
    code: &'static str,
}

impl ExampleJson {
    fn new(example: &crate::page::examples::Example, locale: Locale) -> ExampleJson {
        let example = example.in_locale(locale);
        ExampleJson {
            id: example.id,
            file: example.file,
            language: example.language,
            title: locale.text(example.heading).unwrap_or_default(),
            code: example.code,
        }
    }
}

impl CodeJson {
    fn new(code: CloseCode, locale: Locale) -> CodeJson {
        let text = code.describe(locale);
        let facts = code.facts();
        CodeJson {
            locale,
            name: text.name(),
            summary: crate::render::summary(code, locale).into(),
            remedy: text.remedy(),
            user_message: text.user(),
            description: text.description(),
            symptom: text.symptom(),
            cause: text.cause(),
            sending: text.sending(),
            receiving: text.receiving(),
            retry_advice: facts.retry.phrase(locale),
            examples: Vec::new(),
            facts,
        }
    }

    /// The code with the examples of its page.
    fn with_examples(code: CloseCode, locale: Locale) -> CodeJson {
        let mut json = CodeJson::new(code, locale);
        let examples = crate::page::examples::for_code(code);
        json.examples = examples
            .iter()
            .map(|e| ExampleJson::new(e, locale))
            .collect();
        json
    }
}

#[derive(Serialize)]
struct ComparisonJson<'a> {
    locale: Locale,
    title: &'a str,
    intro: &'a str,
    a: CodeJson,
    b: CodeJson,
    differences: &'a [Difference],
    no_differences: Option<String>,
    when_to_use: String,
}

#[derive(Serialize)]
struct RangeJson {
    id: &'static str,
    first: u16,
    last: u16,
    #[serde(flatten)]
    sample: CodeJson,
}

#[derive(Serialize)]
struct ReferenceJson {
    locale: Locale,
    title: &'static str,
    codes: Vec<CodeJson>,
    ranges: Vec<RangeJson>,
}

fn write_json<W: fmt::Write + ?Sized>(value: &impl Serialize, out: &mut W) -> fmt::Result {
    let text = serde_json::to_string_pretty(value).map_err(|_| fmt::Error)?;
    out.write_str(&text)?;
    out.write_char('\n')
}

/// Writes a JSON array with one object per code.
///
/// # Errors
///
/// Only the errors `out` returns.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Locale, render};
///
/// let mut json = String::new();
/// render::json::codes(&[CloseCode::new(1014)], Locale::EN, &mut json)?;
/// assert!(json.contains("\"http_status\": 502"));
/// # Ok::<(), std::fmt::Error>(())
/// ```
pub fn codes<W: fmt::Write + ?Sized>(
    codes: &[CloseCode],
    locale: Locale,
    out: &mut W,
) -> fmt::Result {
    let items: Vec<CodeJson> = codes
        .iter()
        .map(|&code| CodeJson::with_examples(code, locale))
        .collect();
    write_json(&items, out)
}

/// Writes a comparison as one JSON object.
///
/// # Errors
///
/// Only the errors `out` returns.
///
/// # Examples
///
/// ```
/// use closecode::{Locale, compare, render};
///
/// let mut json = String::new();
/// render::json::comparison(&compare(1001.into(), 1014.into(), Locale::EN), &mut json)?;
/// assert!(json.contains("\"aspect\": \"sender\""));
/// # Ok::<(), std::fmt::Error>(())
/// ```
pub fn comparison<W: fmt::Write + ?Sized>(comparison: &Comparison, out: &mut W) -> fmt::Result {
    let locale = comparison.locale();
    let mut when_to_use = String::new();
    for (heading, sending) in [
        (label::LABEL_WHEN_SENDING, true),
        (label::LABEL_WHEN_RECEIVING, false),
    ] {
        if !when_to_use.is_empty() {
            when_to_use.push('\n');
        }
        when_to_use.push_str(locale.label_at(heading));
        for text in comparison.codes() {
            let guidance = if sending {
                text.sending()
            } else {
                text.receiving()
            };
            when_to_use.push_str(&format!("\n{} {}: {guidance}", text.code(), text.name()));
        }
    }
    let json = ComparisonJson {
        locale,
        title: comparison.title(),
        intro: comparison.intro(),
        a: CodeJson::new(comparison.a().code(), locale),
        b: CodeJson::new(comparison.b().code(), locale),
        differences: comparison.differences(),
        no_differences: comparison.no_differences(),
        when_to_use,
    };
    write_json(&json, out)
}

/// Writes the reference: every registered code and every range.
///
/// # Errors
///
/// Only the errors `out` returns.
///
/// # Examples
///
/// ```
/// use closecode::{Locale, render};
///
/// let mut json = String::new();
/// render::json::reference(Locale::KO, &mut json)?;
/// assert!(json.contains("\"id\": \"out-of-spec\""));
/// # Ok::<(), std::fmt::Error>(())
/// ```
pub fn reference<W: fmt::Write + ?Sized>(locale: Locale, out: &mut W) -> fmt::Result {
    let json = ReferenceJson {
        locale,
        title: locale.label_at(label::LABEL_REFERENCE_TITLE),
        codes: KnownCode::all()
            .map(|k| CodeJson::new(k.into(), locale))
            .collect(),
        ranges: CodeRange::all()
            .map(|range| RangeJson {
                id: range.id(),
                first: range.first(),
                last: range.last(),
                sample: CodeJson::new(range_sample(range), locale),
            })
            .collect(),
    };
    write_json(&json, out)
}
