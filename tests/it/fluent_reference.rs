//! Differential test: every message in every locale, formatted by fluent-bundle (the reference
//! implementation, isolation marks off, the same arguments), equals our compiled output.

use std::fs;
use std::path::Path;

use closecode::{CloseCode, CodeRange, Locale};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use strum::IntoEnumIterator;
use unic_langid::LanguageIdentifier;

/// Arguments for the sentences and predicates, the same for both implementations: strings
/// where the library passes strings, numbers where it passes numbers.
const SAMPLE_STRINGS: [(&str, &str); 11] = [
    ("a", "1001"),
    ("b", "1014"),
    ("name_a", "Going Away"),
    ("name_b", "Bad Gateway"),
    ("fact_a", "may be sent by either endpoint"),
    ("fact_b", "is sent to the client by a gateway or proxy"),
    ("reference", "RFC 6455 §7.4.1"),
    ("date", "2016-10-10"),
    ("seconds", "17.2"),
    ("error", "websocket: bad close code 1014"),
    ("peer", "Chromium 156"),
];
const SAMPLE_NUMBERS: [(&str, u16); 6] = [
    ("status", 502),
    ("first", 4000),
    ("last", 4999),
    ("length", 126),
    ("valid", 11),
    ("code", 1006),
];

/// The first unregistered code of a range, to stand for the whole range.
fn sample(range: CodeRange) -> CloseCode {
    (range.first()..=range.last())
        .map(CloseCode::new)
        .find(|c| !c.is_registered())
        .unwrap()
}

/// Our text for one message attribute (`None` = the value), with the code it was given.
fn ours(locale: Locale, id: &str, attribute: Option<&str>) -> (String, Option<CloseCode>) {
    let code = if let Some(number) = id.strip_prefix("code-") {
        Some(CloseCode::new(number.parse().unwrap()))
    } else if let Some(range) = id
        .strip_prefix("range-")
        .filter(|_| attribute.is_some() || !id.starts_with("range-about-"))
    {
        Some(sample(CodeRange::iter().find(|r| r.id() == range).unwrap()))
    } else {
        assert_eq!(attribute, None, "{id}: labels have no attributes");
        let args: Vec<(&str, &dyn std::fmt::Display)> = SAMPLE_STRINGS
            .iter()
            .map(|(name, value)| (*name, value as &dyn std::fmt::Display))
            .chain(
                SAMPLE_NUMBERS
                    .iter()
                    .map(|(name, value)| (*name, value as &dyn std::fmt::Display)),
            )
            .collect();
        let label = closecode::Label::all()
            .find(|l| l.id() == id)
            .unwrap_or_else(|| panic!("no label {id}"));
        let text = locale.format(label, &args);
        if let Some(plain) = locale.text(label) {
            assert_eq!(plain, text, "{id}: text and format differ");
        }
        return (text, None);
    };
    let code = code.unwrap();
    let text = code.describe(locale);
    let part = match attribute {
        None => text.name(),
        Some("description") => text.description(),
        Some("symptom") => text.symptom(),
        Some("remedy") => text.remedy(),
        Some("cause") => text.cause(),
        Some("sending") => text.sending(),
        Some("receiving") => text.receiving(),
        Some(other) => panic!("unexpected attribute {other}"),
    };
    (part.to_string(), Some(code))
}

#[test]
fn every_message_matches_fluent_bundle() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut compared = 0;
    for locale in Locale::all() {
        let langid: LanguageIdentifier = locale.tag().parse().unwrap();
        let mut bundle = FluentBundle::new(vec![langid]);
        bundle.set_use_isolating(false);
        let mut entries = Vec::new();
        let mut files: Vec<_> = fs::read_dir(root.join(locale.tag()))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for path in files {
            let source = fs::read_to_string(&path).unwrap();
            let resource = FluentResource::try_new(source).expect("the catalog parses");
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(message) = entry {
                    let id = message.id.name.to_owned();
                    if message.value.is_some() {
                        entries.push((id.clone(), None));
                    }
                    for attribute in &message.attributes {
                        entries.push((id.clone(), Some(attribute.id.name.to_owned())));
                    }
                }
            }
            bundle
                .add_resource(resource)
                .expect("no duplicate messages");
        }
        for (id, attribute) in entries {
            let (ours, code) = ours(locale, &id, attribute.as_deref());
            let message = bundle.get_message(&id).unwrap();
            let pattern = match &attribute {
                None => message.value().unwrap(),
                Some(name) => message.get_attribute(name).unwrap().value(),
            };
            let mut args = FluentArgs::new();
            match code {
                Some(code) => args.set("code", code.get()),
                None => {
                    for (name, value) in SAMPLE_STRINGS {
                        args.set(name, value);
                    }
                    for (name, value) in SAMPLE_NUMBERS {
                        args.set(name, value);
                    }
                }
            }
            let mut errors = Vec::new();
            let reference = bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{locale} {id}: {errors:?}");
            assert_eq!(ours, reference, "{locale} {id} {attribute:?}");
            compared += 1;
        }
    }
    // 19 codes and 5 ranges with 7 texts each, plus the labels and sentences, in two locales.
    assert!(compared > 2 * (24 * 7 + 70), "compared only {compared}");
}
