//! Differential test: every message in every locale, formatted by fluent-bundle (the reference
//! implementation, isolation marks off, the same arguments), equals our compiled output; and
//! every message with a select expression does for every integer from 0 to 10,000 and a sample
//! of fractions and of values that are not numbers.

use std::fs;
use std::path::Path;

use closecode::{CloseCode, CodeRange, EntryTexts, Failure, Locale, Profile, Scenario, Value};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

/// Arguments for the sentences and predicates, the same for both implementations: strings
/// where the library passes strings, numbers where it passes numbers.
const SAMPLE_STRINGS: [(&str, &str); 47] = [
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
    ("peers", "tungstenite, gorilla/websocket"),
    ("profile", "Discord Gateway"),
    ("title", "1006 Abnormal Closure"),
    // The summary a page opens with, and the terminal page's last line (page.ftl, cli.ftl).
    ("cause", "usually comes from a dropped TCP connection"),
    ("sections", "Facts, What peers do when it arrives"),
    ("version", "0.1.0"),
    // The comments of the exported catalog (catalog.ftl).
    ("tag", "de"),
    ("prefix", "closecode-"),
    ("list", "$code"),
    ("id", "dns"),
    // The closecode command's help, usage errors and errors (cli.ftl).
    ("default", "1"),
    ("shells", "bash, zsh"),
    ("profiles", "graphql-ws, discord-gateway"),
    ("arg", "--width <WIDTH>"),
    ("other", "--lang <TAG>"),
    ("args", "<CODE|NAME>..."),
    ("suggestion", "going-away"),
    ("command", "frobnicate"),
    ("commands", "show, compare"),
    ("value", "yaml"),
    ("values", "text, md, html, json"),
    ("expected", "expected a number of columns from 40 to 400"),
    ("input", "\"abc\""),
    ("number", "70000"),
    ("ids", "drops-after-idle, closed-before-open"),
    ("character", "'z'"),
    ("position", "3"),
    ("payload", "125"),
    ("mib", "16"),
    ("available", "en, ja, ko"),
    ("path", "site/index.html"),
    ("folder", "site"),
    ("files", "690"),
    ("languages", "en, ja, ko"),
    ("source", "--lang"),
    ("fallback", "en"),
];
const SAMPLE_NUMBERS: [(&str, u16); 17] = [
    ("status", 502),
    ("reply", 1002),
    ("first", 4000),
    ("last", 4999),
    ("length", 126),
    ("valid", 11),
    ("code", 1006),
    ("line", 42),
    ("max", 65535),
    ("lines", 1200),
    ("recognized", 3),
    ("count", 442),
    ("year", 2016),
    ("month", 10),
    ("day", 10),
    // explain-refused: the code that arrived and the one sent back.
    ("received", 1014),
    ("sent", 1002),
];

/// The first unregistered code of a range, to stand for the whole range.
fn sample(range: CodeRange) -> CloseCode {
    (range.first()..=range.last())
        .map(CloseCode::new)
        .find(|c| !c.is_registered())
        .unwrap()
}

/// Our text of a scenario message (`scenario-<id>`), if `id` is one.
fn scenario_text(locale: Locale, id: &str, attribute: Option<&str>) -> Option<String> {
    let texts = Scenario::find(id.strip_prefix("scenario-")?)?.texts(locale);
    let item = |list: &[&str], n: &str| list[n.parse::<usize>().unwrap() - 1].to_owned();
    Some(match attribute {
        None => texts.title().to_owned(),
        Some("seen") => texts.seen().to_owned(),
        Some(other) => match other.split_once('-') {
            Some(("cause", n)) => item(texts.causes(), n),
            Some(("check", n)) => item(texts.checks(), n),
            Some(("fix", n)) => item(texts.fixes(), n),
            _ => panic!("unexpected attribute {other}"),
        },
    })
}

/// Our text of a failure message (`failure-<id>`), if `id` is one.
fn failure_text(locale: Locale, id: &str, attribute: Option<&str>) -> Option<String> {
    let failure = Failure::find(id.strip_prefix("failure-")?)?;
    Some(entry_text(failure.texts(locale), attribute))
}

/// One text of a profile entry or a failure: the name (`None`) or an attribute.
fn entry_text(texts: EntryTexts, attribute: Option<&str>) -> String {
    match attribute {
        None => texts.name(),
        Some("description") => texts.description(),
        Some("symptom") => texts.symptom(),
        Some("remedy") => texts.remedy(),
        Some("user") => texts.user(),
        Some(other) => panic!("unexpected attribute {other}"),
    }
    .to_owned()
}

/// Our text of a profile message (`profile-<id>`, `profile-<id>-<code>`,
/// `profile-<id>-<first>-<last>`), if `id` is one.
fn profile_text(locale: Locale, id: &str, attribute: Option<&str>) -> Option<String> {
    let profile = Profile::all()
        .iter()
        .filter(|p| id.starts_with(&format!("profile-{}", p.id())))
        .max_by_key(|p| p.id().len())?;
    let rest = &id[format!("profile-{}", profile.id()).len()..];
    if rest.is_empty() {
        assert_eq!(attribute, None, "{id}: what a profile is has no attributes");
        return Some(profile.about(locale).to_owned());
    }
    let codes: Vec<u16> = rest[1..].split('-').map(|n| n.parse().unwrap()).collect();
    let entry = profile
        .entries()
        .find(|e| *e.codes().start() == codes[0] && *e.codes().end() == *codes.last().unwrap())
        .unwrap_or_else(|| panic!("no entry for {id}"));
    Some(entry_text(entry.texts(locale), attribute))
}

/// Our text for one message attribute (`None` = the value), with the code it was given.
fn ours(locale: Locale, id: &str, attribute: Option<&str>) -> (String, Option<CloseCode>) {
    let entry = profile_text(locale, id, attribute)
        .or_else(|| failure_text(locale, id, attribute))
        .or_else(|| scenario_text(locale, id, attribute));
    if let Some(text) = entry {
        return (text, None);
    }
    let code = if let Some(number) = id.strip_prefix("code-") {
        Some(CloseCode::new(number.parse().unwrap()))
    } else if let Some(range) = id
        .strip_prefix("range-")
        .filter(|_| attribute.is_some() || !id.starts_with("range-about-"))
    {
        Some(sample(CodeRange::all().find(|r| r.id() == range).unwrap()))
    } else {
        assert_eq!(attribute, None, "{id}: labels have no attributes");
        let args: Vec<(&str, Value)> = SAMPLE_STRINGS
            .iter()
            .map(|(name, value)| (*name, Value::from(*value)))
            .chain(
                SAMPLE_NUMBERS
                    .iter()
                    .map(|(name, value)| (*name, Value::from(*value))),
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
        Some("user") => text.user(),
        Some(other) => panic!("unexpected attribute {other}"),
    };
    (part.to_string(), Some(code))
}

/// One locale's catalogs in a fluent-bundle bundle (isolation marks off, as our text has
/// none), and every value and attribute in it, in file order: (message id, attribute).
fn load(locale: Locale) -> (FluentBundle<FluentResource>, Vec<(String, Option<String>)>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
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
            if let ast::Entry::Message(message) = entry {
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
    (bundle, entries)
}

/// The pattern of a value (`attribute` `None`) or attribute in `bundle`.
fn pattern<'b>(
    bundle: &'b FluentBundle<FluentResource>,
    id: &str,
    attribute: Option<&str>,
) -> &'b ast::Pattern<&'b str> {
    let message = bundle.get_message(id).unwrap();
    match attribute {
        None => message.value().unwrap(),
        Some(name) => message.get_attribute(name).unwrap().value(),
    }
}

#[test]
fn every_message_matches_fluent_bundle() {
    let mut compared = 0;
    for locale in Locale::all() {
        let (bundle, entries) = load(locale);
        for (id, attribute) in entries {
            let (ours, code) = ours(locale, &id, attribute.as_deref());
            let pattern = pattern(&bundle, &id, attribute.as_deref());
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
    // 19 codes and 5 ranges with 7 texts each, plus the labels and sentences, in each locale.
    let locales = closecode::Locale::all().len();
    assert!(
        compared > locales * (24 * 7 + 70),
        "compared only {compared}"
    );
}

/// The variables the select expressions of `pattern` select on, nested ones too.
fn selectors<'p>(pattern: &ast::Pattern<&'p str>, found: &mut Vec<&'p str>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable {
            expression: ast::Expression::Select { selector, variants },
        } = element
        {
            if let ast::InlineExpression::VariableReference { id } = selector {
                if !found.contains(&id.name) {
                    found.push(id.name);
                }
            }
            for variant in variants {
                selectors(&variant.value, found);
            }
        }
    }
}

/// Fractions for the selectors: some with one or two digits, zero and whole floats (which
/// print without a fraction), negatives, and very small and very large ones.
const FRACTIONS: [f64; 22] = [
    0.0, 0.5, 1.0, 1.5, 2.0, 2.25, 0.1, 0.01, 0.001, 1.01, 1.1, 2.5, 10.75, 11.5, 21.5, 100.125,
    1234.5678, -1.0, -1.5, 1e-7, 1e15, 1e21,
];

/// Every message with a select expression, in every locale, for every integer from 0 to 10,000
/// and each of [`FRACTIONS`], as integers (`u64`, `i64`) and floats (`f64`) are passed; and
/// for text, which matches a category key by name or else selects the default variant.
#[test]
fn every_select_matches_fluent_bundle_for_numbers() {
    let mut compared = 0;
    let mut messages = Vec::new();
    let mut ours = String::with_capacity(256);
    for locale in Locale::all() {
        let (bundle, entries) = load(locale);
        for (id, attribute) in entries {
            let pattern = pattern(&bundle, &id, attribute.as_deref());
            let mut found = Vec::new();
            selectors(pattern, &mut found);
            if found.is_empty() {
                continue;
            }
            assert_eq!(
                attribute, None,
                "{id}: selects in attributes need a case here"
            );
            let label = closecode::Label::all()
                .find(|l| l.id() == id)
                .unwrap_or_else(|| {
                    panic!("{id}: selects in code and range texts need a case here")
                });
            messages.push(format!("{locale} {id}"));
            // Run the comparison for one value of each selector, as ours and as fluent-bundle's.
            let mut check = |selector: &str, value: Value, fluent: FluentValue| {
                let mut theirs = FluentArgs::new();
                theirs.set(selector, fluent);
                let mut args: Vec<(&str, Value)> = vec![(selector, value)];
                for (name, value) in SAMPLE_STRINGS.iter().filter(|(n, _)| *n != selector) {
                    theirs.set(*name, *value);
                    args.push((name, (*value).into()));
                }
                for (name, value) in SAMPLE_NUMBERS.iter().filter(|(n, _)| *n != selector) {
                    theirs.set(*name, *value);
                    args.push((name, (*value).into()));
                }
                ours.clear();
                locale.format_to(label, &args, &mut ours).unwrap();
                let mut errors = Vec::new();
                let reference = bundle.format_pattern(pattern, Some(&theirs), &mut errors);
                assert!(errors.is_empty(), "{locale} {id} {value}: {errors:?}");
                assert_eq!(ours, reference, "{locale} {id} with ${selector} = {value}");
                compared += 1;
            };
            for selector in found {
                for n in 0..=10_000u64 {
                    check(selector, n.into(), n.into());
                }
                for n in [-1i64, -2, -11, -100] {
                    check(selector, n.into(), n.into());
                }
                for n in [0u8, 1, 2] {
                    check(selector, n.into(), n.into());
                }
                for x in FRACTIONS {
                    check(selector, x.into(), x.into());
                    check(selector, (x as f32).into(), (x as f32).into());
                }
                // Text is text to both, also when it reads as a number: it matches a category
                // key of the same name, never a numeric key.
                for text in ["soon", "0", "1", "1.5", "one", "other", "zero", "One"] {
                    check(selector, text.into(), text.into());
                    check(selector, Value::display(&text), text.into());
                }
                // fluent-bundle treats NaN, infinity and 1e300 (too long for our buffer) as
                // numbers of the category `other`, the default variant of these catalogs.
                for x in [f64::NAN, f64::INFINITY, 1e300] {
                    check(selector, x.into(), x.into());
                }
            }
        }
    }
    for locale in closecode::Locale::all() {
        assert!(
            messages.contains(&format!("{locale} reconnect-in")),
            "{messages:?}"
        );
    }
    assert!(
        compared >= closecode::Locale::all().len() * 10_001,
        "compared only {compared}"
    );
}

/// The differences `src/text.rs` names, pinned: NaN takes the default here and the category
/// `other` there (the same English variant); an integer past 2^53 is written with its own
/// digits here and through an `f64` there. And text that reads as a number, which an earlier
/// version of ours read as that number, is text to both.
#[test]
fn where_we_differ_from_fluent_bundle() {
    let (bundle, _) = load(Locale::EN);
    let pattern = pattern(&bundle, "reconnect-in", None);
    let theirs = |value: FluentValue| {
        let mut args = FluentArgs::new();
        args.set("seconds", value);
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    };
    let ours =
        |value: Value| Locale::EN.format(closecode::Label::RECONNECT_IN, &[("seconds", value)]);
    assert_eq!(ours("1".into()), "in 1 seconds");
    assert_eq!(theirs("1".into()), "in 1 seconds");
    assert_eq!(ours("0".into()), "in 0 seconds");
    assert_eq!(theirs("0".into()), "in 0 seconds");
    assert_eq!(ours(f64::NAN.into()), theirs(f64::NAN.into()));
    let past = (1u64 << 53) + 1;
    assert_eq!(ours(past.into()), "in 9007199254740993 seconds");
    assert_eq!(theirs(past.into()), "in 9007199254740992 seconds");
}
