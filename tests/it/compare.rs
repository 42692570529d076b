//! Comparisons: every section of the seed page, and differences that are real differences.

use closecode::{Aspect, CloseCode, KnownCode, Locale, compare, render};

fn text_page(a: u16, b: u16, locale: Locale) -> String {
    let mut out = String::new();
    render::text::write(
        &render::comparison_page(&compare(a.into(), b.into(), locale)),
        &mut out,
        100,
    )
    .unwrap();
    out
}

/// The seed page's sections, in order: description, when you see it, how to fix it (for each
/// code), key differences, when to use which.
#[cfg(feature = "ko")]
#[test]
fn the_seed_pair_has_every_section_in_both_languages() {
    for (locale, sections) in [
        (
            Locale::KO,
            [
                "설명",
                "이 코드를 보게 되는 경우",
                "해결 방법",
                "주요 차이점",
                "상황별 대응",
            ],
        ),
        (
            Locale::EN,
            [
                "Description",
                "When you see this code",
                "How to fix",
                "Key differences",
                "When to use which",
            ],
        ),
    ] {
        let page = text_page(1001, 1014, locale);
        let headings: Vec<&str> = page.lines().map(str::trim).collect();
        for section in &sections[..3] {
            assert_eq!(
                headings.iter().filter(|h| *h == section).count(),
                2,
                "{locale}: {section} for each code"
            );
        }
        for section in &sections[3..] {
            assert_eq!(
                headings.iter().filter(|h| *h == section).count(),
                1,
                "{locale}: {section}"
            );
        }
        let c = compare(1001.into(), 1014.into(), locale);
        for text in [c.a(), c.b()] {
            for part in [
                text.description(),
                text.symptom(),
                text.remedy(),
                text.sending(),
                text.receiving(),
            ] {
                let first_words: String = part
                    .to_string()
                    .split_whitespace()
                    .take(4)
                    .collect::<Vec<_>>()
                    .join(" ");
                assert!(
                    page.split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .contains(&first_words),
                    "{locale}: {first_words}"
                );
            }
        }
    }
}

#[cfg(feature = "ko")]
#[test]
fn the_korean_seed_pair_reads_as_korean() {
    let page = text_page(1001, 1014, Locale::KO);
    assert!(page.starts_with("1001 엔드포인트 이탈 · 1014 잘못된 게이트웨이 비교\n"));
    for english in [
        "Description",
        "How to fix",
        "Key differences",
        "An endpoint is going away",
        " while ",
    ] {
        assert!(!page.contains(english), "{english}");
    }
}

/// Key differences come from the facts: each one's aspect really differs in the table, and
/// none repeats a description.
#[test]
fn differences_are_real_for_every_pair_of_registered_codes() {
    let codes: Vec<CloseCode> = KnownCode::all().map(CloseCode::from).collect();
    for locale in Locale::all() {
        for &a in &codes {
            for &b in &codes {
                let c = compare(a, b, locale);
                let (fa, fb) = (a.facts(), b.facts());
                if a == b {
                    assert!(c.differences().is_empty());
                    assert!(c.no_differences().is_some());
                    continue;
                }
                for d in c.differences() {
                    assert_ne!(d.a, d.b);
                    let really = match d.aspect {
                        Aspect::Sender => fa.sent_by != fb.sent_by,
                        Aspect::Wire => {
                            (fa.sendable, fa.local_only) != (fb.sendable, fb.local_only)
                        }
                        Aspect::Browser => fa.browser_sendable != fb.browser_sendable,
                        Aspect::Registration => {
                            (
                                fa.registered,
                                fa.registered_on,
                                fa.reference.starts_with("RFC 6455"),
                                fa.range,
                            ) != (
                                fb.registered,
                                fb.registered_on,
                                fb.reference.starts_with("RFC 6455"),
                                fb.range,
                            )
                        }
                        Aspect::Retry => fa.retry != fb.retry,
                        Aspect::Http => fa.http_status != fb.http_status,
                        Aspect::Cause => true,
                        _ => false,
                    };
                    assert!(really, "{a} vs {b}: {:?} is not a difference", d.aspect);
                    for text in [c.a(), c.b()] {
                        assert!(
                            !d.text.contains(&text.description().to_string()),
                            "a description repeated"
                        );
                    }
                    assert!(d.text.contains(&a.to_string()) && d.text.contains(&b.to_string()));
                }
                // And every aspect that differs is listed (the cause always differs).
                let listed: Vec<Aspect> = c.differences().iter().map(|d| d.aspect).collect();
                assert_eq!(
                    listed.contains(&Aspect::Retry),
                    fa.retry != fb.retry,
                    "{a} {b}"
                );
                assert_eq!(
                    listed.contains(&Aspect::Http),
                    fa.http_status != fb.http_status,
                    "{a} {b}"
                );
                assert_eq!(
                    listed.contains(&Aspect::Sender),
                    fa.sent_by != fb.sent_by,
                    "{a} {b}"
                );
                assert!(listed.contains(&Aspect::Cause));
                // Swapping the codes lists the same aspects.
                let swapped: Vec<Aspect> = compare(b, a, locale)
                    .differences()
                    .iter()
                    .map(|d| d.aspect)
                    .collect();
                assert_eq!(listed, swapped);
            }
        }
    }
}

#[test]
fn the_seed_pair_differs_in_sender_registration_http_and_cause() {
    let c = compare(1001.into(), 1014.into(), Locale::EN);
    let aspects: Vec<Aspect> = c.differences().iter().map(|d| d.aspect).collect();
    assert_eq!(
        aspects,
        [
            Aspect::Sender,
            Aspect::Registration,
            Aspect::Http,
            Aspect::Cause
        ]
    );
    assert_eq!(
        c.differences()[2].text,
        "1001 has no HTTP counterpart, while 1014 corresponds to HTTP 502."
    );
}

#[test]
fn any_pair_of_numbers_compares() {
    for (a, b) in [
        (0, 65535),
        (1016, 2999),
        (3001, 4000),
        (4001, 4002),
        (1006, 4403),
        (999, 1000),
        (5000, 5000),
    ] {
        for locale in Locale::all() {
            let c = compare(a.into(), b.into(), locale);
            assert!(!c.title().is_empty() && !c.intro().is_empty());
            assert!(!c.title().contains(['{', '}']) && !c.intro().contains(['{', '}']));
            for d in c.differences() {
                assert!(
                    !d.text.contains(['{', '}', '\u{2068}', '\u{2069}']),
                    "{}",
                    d.text
                );
            }
            assert_eq!(c.differences().is_empty(), c.no_differences().is_some());
        }
    }
    // Two codes of one range share every fact.
    assert!(
        compare(4001.into(), 4002.into(), Locale::EN)
            .differences()
            .is_empty()
    );
    assert_eq!(
        compare(4001.into(), 4002.into(), Locale::EN)
            .no_differences()
            .as_deref(),
        Some("4001 and 4002 share every fact in the code table; only their descriptions differ.")
    );
}

/// Running text writes a registration date the way the reader's language does; the facts table
/// keeps the registry's ISO date.
#[test]
fn registration_dates_read_as_dates_in_every_language() {
    let expected = [
        (Locale::EN, "October 10, 2016"),
        #[cfg(feature = "ko")]
        (Locale::KO, "2016년 10월 10일"),
        #[cfg(feature = "ja")]
        (Locale::JA, "2016年10月10日"),
    ];
    for (locale, date) in expected {
        let comparison = compare(1001.into(), 1014.into(), locale);
        let registration = comparison
            .differences()
            .iter()
            .find(|d| d.aspect == Aspect::Registration)
            .unwrap();
        assert!(
            registration.text.contains(date),
            "{locale}: {}",
            registration.text
        );
        let page = text_page(1001, 1014, locale);
        assert!(
            page.contains("2016-10-10"),
            "{locale}: the facts table keeps the ISO date"
        );
    }
}
