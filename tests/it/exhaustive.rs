//! Every one of the 65,536 codes, in every locale.

use closecode::{CloseCode, Locale};

#[test]
fn every_code_has_complete_text_in_every_locale() {
    let mut buf = String::new();
    for number in 0..=u16::MAX {
        let code = CloseCode::new(number);
        for locale in Locale::all() {
            let text = code.describe(locale);
            assert_eq!(text.code(), code);
            assert_eq!(text.locale(), locale);
            assert_eq!(text.is_specific(), code.is_registered());
            for (what, part) in [
                ("name", text.name()),
                ("description", text.description()),
                ("symptom", text.symptom()),
                ("remedy", text.remedy()),
                ("user", text.user()),
            ] {
                buf.clear();
                part.write_to(&mut buf).unwrap();
                assert!(!buf.trim().is_empty(), "{number} {locale} {what} is empty");
                assert!(
                    !buf.contains(['\u{2068}', '\u{2069}']),
                    "{number} {locale} {what} has Fluent isolation marks"
                );
                assert!(
                    !buf.contains(['{', '}']),
                    "{number} {locale} {what} has an unfilled placeholder: {buf}"
                );
                assert_eq!(part.to_string(), buf, "Display and write_to differ");
                if let Some(text) = part.plain() {
                    assert_eq!(text, buf);
                }
            }
            if !code.is_registered() {
                // Range texts name the number itself.
                assert!(text.description().to_string().contains(&number.to_string()));
            }
        }
    }
}

#[test]
fn display_and_from_str_round_trip_for_every_code() {
    for number in 0..=u16::MAX {
        let code = CloseCode::new(number);
        let shown = code.to_string();
        assert_eq!(shown, number.to_string());
        assert_eq!(shown.parse::<CloseCode>(), Ok(code));
        assert_eq!(u16::from(code), number);
        assert_eq!(CloseCode::from(number), code);
    }
}

#[test]
fn every_code_has_consistent_facts() {
    for number in 0..=u16::MAX {
        let code = CloseCode::new(number);
        let facts = code.facts();
        assert_eq!(facts.code, code);
        assert_eq!(facts.range, code.range());
        assert!(facts.range.first() <= number && number <= facts.range.last());
        assert_eq!(facts.registered, code.known().is_some());
        // WHATWG: close() accepts exactly 1000 and 3000 to 4999.
        assert_eq!(
            facts.browser_sendable,
            number == 1000 || (3000..=4999).contains(&number)
        );
        assert!(
            !(facts.local_only && facts.sendable),
            "{number} is local-only and sendable"
        );
        // RFC 6455 §7.4: 0-999 and 5000+ never valid; 3000-4999 always may be sent.
        if !(1000..5000).contains(&number) {
            assert!(!facts.sendable, "{number}");
        }
        if (3000..=4999).contains(&number) {
            assert!(facts.sendable, "{number}");
        }
        assert!(!facts.sources.is_empty(), "{number} has no source");
    }
}

#[test]
fn range_spans_are_exactly_the_unregistered_numbers() {
    use closecode::CodeRange;
    let mut covered = vec![false; 65536];
    for range in CodeRange::all() {
        let mut previous: Option<u16> = None;
        for (first, last) in range.unregistered() {
            assert!(range.first() <= first && first <= last && last <= range.last());
            assert!(
                previous.is_none_or(|p| p + 1 < first),
                "{range:?}: spans touch or overlap"
            );
            previous = Some(last);
            for n in first..=last {
                covered[usize::from(n)] = true;
            }
        }
    }
    for number in 0..=u16::MAX {
        let code = CloseCode::new(number);
        assert_eq!(
            covered[usize::from(number)],
            !code.is_registered(),
            "{number}"
        );
    }
}
