//! The code table against the verbatim copy of the IANA registry in data/iana/.
//!
//! The copy is the registry's own XML, so these tests check the table against what IANA
//! publishes, word for word (whitespace inside a description is folded, as XML readers do).

use closecode::{CloseCode, CodeRange, KnownCode, REGISTRY_SNAPSHOT};

const REGISTRY: &str = include_str!("../../data/iana/close-code-number-2026-06-10.xml");

/// One `<record>` of the registry.
struct Record {
    first: u16,
    last: u16,
    description: String,
    /// The `date` attribute: when the code was registered, for codes added after RFC 6455.
    date: Option<String>,
    /// Whether the record cites RFC 6455.
    rfc6455: bool,
    /// The `data` of the contact's `<xref type="person">`.
    contact: Option<String>,
}

fn records() -> Vec<Record> {
    let document = roxmltree::Document::parse(REGISTRY).expect("the registry copy is XML");
    let root = document.root_element();
    assert_eq!(root.attribute("id"), Some("close-code-number"));
    root.children()
        .filter(|node| node.has_tag_name("record"))
        .map(|record| {
            let value = child(record, "value").text().unwrap();
            let (first, last) = value.split_once('-').unwrap_or((value, value));
            let description = child(record, "description").text().unwrap();
            Record {
                first: first.parse().unwrap(),
                last: last.parse().unwrap(),
                description: description.split_whitespace().collect::<Vec<_>>().join(" "),
                date: record.attribute("date").map(str::to_owned),
                rfc6455: record
                    .children()
                    .any(|c| c.has_tag_name("xref") && c.attribute("data") == Some("rfc6455")),
                contact: child(record, "contact")
                    .children()
                    .find_map(|c| c.attribute("data").map(str::to_owned)),
            }
        })
        .collect()
}

/// The first child element of `node` named `name`.
fn child<'a, 'input>(node: roxmltree::Node<'a, 'input>, name: &str) -> roxmltree::Node<'a, 'input> {
    node.children()
        .find(|c| c.has_tag_name(name))
        .unwrap_or_else(|| panic!("a record without <{name}>"))
}

fn single(records: &[Record]) -> impl Iterator<Item = &Record> {
    records.iter().filter(|r| r.first == r.last)
}

#[test]
fn snapshot_date_matches_the_copy() {
    assert_eq!(REGISTRY_SNAPSHOT, "2026-06-10");
    let readme = include_str!("../../data/iana/README.md");
    assert!(readme.contains("<updated>2026-06-10</updated>"));
}

#[test]
fn every_registered_code_is_in_the_table_with_the_registry_text() {
    let records = records();
    let mut registered = 0;
    for record in &records {
        if record.first == record.last {
            let facts = CloseCode::new(record.first).facts();
            assert!(
                facts.registered,
                "{} is registered but not in the table",
                record.first
            );
            let table_text = facts.iana_description.or(facts.iana_name).unwrap();
            assert_eq!(table_text, record.description, "{}", record.first);
            registered += 1;
        } else {
            for number in record.first..=record.last {
                assert!(
                    !CloseCode::new(number).is_registered(),
                    "{number} is {} in the registry but has a row in the table",
                    record.description
                );
            }
        }
    }
    assert_eq!(registered, KnownCode::all().count());
}

#[test]
fn bad_gateway_is_the_common_name_not_the_registry_text() {
    let facts = CloseCode::BAD_GATEWAY.facts();
    let registry = facts.iana_description.unwrap();
    assert!(registry.starts_with("The server was acting as a gateway or proxy"));
    assert!(!registry.contains("Bad Gateway"));
    assert_eq!(facts.iana_name, None);
    assert_eq!(facts.common_name, Some("Bad Gateway"));
    assert_eq!(
        CloseCode::from_name("bad gateway"),
        Some(CloseCode::BAD_GATEWAY)
    );
}

#[test]
fn registration_dates_and_references_match_the_registry() {
    for record in single(&records()) {
        let facts = CloseCode::new(record.first).facts();
        assert_eq!(
            facts.registered_on,
            record.date.as_deref(),
            "{}: registration date",
            record.first
        );
        assert_eq!(
            facts.reference.starts_with("RFC 6455"),
            record.rfc6455,
            "{}: the table's reference {:?}",
            record.first,
            facts.reference
        );
        if let Some(contact) = &record.contact
            && contact != "IESG_HYBI"
        {
            let person = contact.replace('_', " ");
            assert!(
                facts.reference.contains(&person),
                "{}: the registrant {person} is not in {:?}",
                record.first,
                facts.reference
            );
        }
    }
}

#[test]
fn every_table_code_is_in_the_registry() {
    let records = records();
    for known in KnownCode::all() {
        let number = CloseCode::from(known).get();
        assert!(
            single(&records).any(|r| r.first == number),
            "{number} is in the table but not registered"
        );
    }
}

#[test]
fn private_use_range_matches_the_registry() {
    let records = records();
    let private = records
        .iter()
        .find(|r| r.description == "Reserved for Private Use")
        .unwrap();
    assert_eq!(
        (private.first, private.last),
        (CodeRange::Private.first(), CodeRange::Private.last())
    );
}
