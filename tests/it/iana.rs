//! The code table against the dated copy of the IANA registry in data/iana/.

use closecode::{CloseCode, CodeRange, KnownCode, REGISTRY_SNAPSHOT};
use strum::IntoEnumIterator;

const REGISTRY: &str = include_str!("../../data/iana/close-code-number-2026-06-10.csv");

/// The rows of the registry copy: (first, last, description). Handles RFC 4180 quoting.
fn registry() -> Vec<(u16, u16, String)> {
    let mut rows = Vec::new();
    for line in REGISTRY.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let fields = split_csv(line);
        let (first, last) = match fields[0].split_once('-') {
            Some((a, b)) => (a.parse().unwrap(), b.parse().unwrap()),
            None => {
                let n = fields[0].parse().unwrap();
                (n, n)
            }
        };
        rows.push((first, last, fields[1].clone()));
    }
    rows
}

fn split_csv(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(String::new()),
            _ => fields.last_mut().unwrap().push(c),
        }
    }
    fields
}

#[test]
fn snapshot_date_matches_the_copy() {
    assert_eq!(REGISTRY_SNAPSHOT, "2026-06-10");
}

#[test]
fn every_registered_code_is_in_the_table_with_its_registered_name() {
    let rows = registry();
    let mut registered = 0;
    for (first, last, description) in &rows {
        if first == last {
            let facts = CloseCode::new(*first).facts();
            assert!(
                facts.registered,
                "{first} is in the registry but not in the table"
            );
            let table_text = facts.iana_description.or(facts.iana_name).unwrap();
            assert_eq!(table_text, description, "{first}");
            registered += 1;
        } else {
            for number in *first..=*last {
                assert!(
                    !CloseCode::new(number).is_registered(),
                    "{number} is {description} in the registry but has a row in the table"
                );
            }
        }
    }
    assert_eq!(registered, KnownCode::iter().count());
}

#[test]
fn every_table_code_is_in_the_registry() {
    let rows = registry();
    for known in KnownCode::iter() {
        let number = CloseCode::from(known).get();
        assert!(
            rows.iter()
                .any(|(first, last, _)| first == last && *first == number),
            "{number} is in the table but not registered"
        );
    }
}

#[test]
fn private_use_range_matches_the_registry() {
    let rows = registry();
    let private = rows
        .iter()
        .find(|(_, _, d)| d == "Reserved for Private Use")
        .unwrap();
    assert_eq!(
        (private.0, private.1),
        (CodeRange::Private.first(), CodeRange::Private.last())
    );
}
