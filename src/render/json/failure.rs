//! JSON for failures, and for lists that mix codes and failures.

use core::fmt;
use std::collections::BTreeMap;

use serde::Serialize;

use super::{CodeJson, SummaryJson, write_json};
use crate::failure::FailureKind;
use crate::{CloseCode, Failure, Locale, Outcome, RetryClass};

/// A failure, shaped like the failure objects of `closecode show --format json`.
#[derive(Serialize)]
struct FailureJson {
    failure: &'static str,
    kind: FailureKind,
    http_status: Option<u16>,
    code: CloseCode,
    retry: RetryClass,
    retry_advice: &'static str,
    retry_after: bool,
    error_event: bool,
    locale: Locale,
    name: &'static str,
    summary: SummaryJson,
    description: &'static str,
    symptom: &'static str,
    remedy: &'static str,
    user_message: &'static str,
    raises: BTreeMap<&'static str, &'static str>,
    sources: Vec<&'static str>,
}

impl FailureJson {
    fn new(failure: &'static Failure, locale: Locale) -> FailureJson {
        let texts = failure.texts(locale);
        FailureJson {
            failure: failure.id(),
            kind: failure.kind(),
            http_status: failure.http_status(),
            code: failure.code(),
            retry: failure.retry(),
            retry_advice: failure.retry().phrase(locale),
            retry_after: failure.honors_retry_after(),
            error_event: failure.error_event(),
            locale,
            name: texts.name(),
            summary: crate::render::failure_summary(failure, locale).into(),
            description: texts.description(),
            symptom: texts.symptom(),
            remedy: texts.remedy(),
            user_message: texts.user(),
            raises: failure.raises().collect(),
            sources: failure.sources().collect(),
        }
    }
}

/// A code's object or a failure's.
#[derive(Serialize)]
#[serde(untagged)]
enum OutcomeJson {
    Code(Box<CodeJson>),
    Failure(Box<FailureJson>),
}

/// Writes a JSON array with one object per code or failure: a code's object as
/// [`codes`](super::codes) writes it, or a failure's: `failure` (the id), `kind`, `http_status`,
/// `code` (1006, what a browser reports), `retry`, `retry_advice`, `retry_after`, `error_event`,
/// `locale`, `name`, `summary` (the answer its page opens with, as a code's), `description`,
/// `symptom`, `remedy`, `user_message`, `raises` (library or browser -> what it reports) and
/// `sources`.
///
/// # Errors
///
/// Only the errors `out` returns.
///
/// # Examples
///
/// ```
/// use closecode::{Locale, Outcome, render};
///
/// let mut json = String::new();
/// let outcomes: Vec<Outcome> = ["1006", "http-429"].iter().map(|s| s.parse().unwrap()).collect();
/// render::json::outcomes(&outcomes, Locale::EN, &mut json)?;
/// assert!(json.contains("\"failure\": \"http-429\""));
/// assert!(json.contains("\"retry_after\": true"));
/// # Ok::<(), std::fmt::Error>(())
/// ```
pub fn outcomes<W: fmt::Write + ?Sized>(
    outcomes: &[Outcome],
    locale: Locale,
    out: &mut W,
) -> fmt::Result {
    let items: Vec<OutcomeJson> = outcomes
        .iter()
        .map(|&outcome| match outcome {
            Outcome::Code(code) => {
                OutcomeJson::Code(Box::new(CodeJson::with_examples(code, locale)))
            }
            Outcome::Failure(failure) => {
                OutcomeJson::Failure(Box::new(FailureJson::new(failure, locale)))
            }
        })
        .collect();
    write_json(&items, out)
}
