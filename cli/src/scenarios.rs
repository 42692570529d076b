//! `closecode scenarios --format json`: one scenario, or all of them, as data.

use closecode::{Locale, Scenario};
use serde_json::{Value, json};

/// One object per scenario: `id`, `title`, `seen`, `causes`, `checks`, `fixes`, `codes`,
/// `failures` and `sources`; an array without `only`.
pub(crate) fn json(only: Option<&Scenario>, locale: Locale, out: &mut String) -> std::fmt::Result {
    let object = |scenario: &Scenario| -> Value {
        let texts = scenario.texts(locale);
        json!({
            "id": scenario.id(),
            "locale": locale.tag(),
            "title": texts.title(),
            "seen": texts.seen(),
            "causes": texts.causes(),
            "checks": texts.checks(),
            "fixes": texts.fixes(),
            "codes": scenario.codes().map(|c| c.get()).collect::<Vec<u16>>(),
            "failures": scenario.failures().map(|f| f.id()).collect::<Vec<&str>>(),
            "sources": scenario.sources().collect::<Vec<&str>>(),
        })
    };
    let value = match only {
        Some(scenario) => object(scenario),
        None => Value::Array(Scenario::all().iter().map(object).collect()),
    };
    let text = serde_json::to_string_pretty(&value).map_err(|_| std::fmt::Error)?;
    out.push_str(&text);
    out.push('\n');
    Ok(())
}
