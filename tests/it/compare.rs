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
                        Aspect::Peers => closecode::Peer::all()
                            .iter()
                            .any(|peer| peer.accepts(a) != peer.accepts(b)),
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

/// The differences come in the order of what decides a fix: who sends it, how peers treat it,
/// its cause; the protocol's details after; registration last (and only in the facts on a page).
#[test]
fn the_seed_pair_differs_in_sender_peers_cause_http_and_registration() {
    let c = compare(1001.into(), 1014.into(), Locale::EN);
    let aspects: Vec<Aspect> = c.differences().iter().map(|d| d.aspect).collect();
    assert_eq!(
        aspects,
        [
            Aspect::Sender,
            Aspect::Peers,
            Aspect::Cause,
            Aspect::Http,
            Aspect::Registration
        ]
    );
    assert_eq!(
        c.differences()[3].text,
        "1001 has no HTTP counterpart, while 1014 corresponds to HTTP 502."
    );
    assert_eq!(
        c.differences()[1].text,
        "1001 is accepted by every library and browser in closecode's peer table, while 1014 is \
         refused by tungstenite, gorilla/websocket, System.Net.WebSockets .NET Core 2.1–7, which \
         answer it with 1002; the other peers accept it."
    );
}

/// 1001 vs 1014: the meanings open the page; the key differences rank who sends it and how
/// peers treat it before the cause, and leave registration to the facts; the peer difference
/// names the peers that refuse 1014 and what they answer, in every language.
#[test]
fn the_seed_pair_opens_with_the_meanings_and_ranks_what_decides_a_fix() {
    let expected = [
        (
            Locale::EN,
            "Key differences",
            ["Sent by", "How peers treat it", "Typical cause"],
        ),
        #[cfg(feature = "ko")]
        (
            Locale::KO,
            "주요 차이점",
            ["보내는 쪽", "상대방의 처리", "흔한 원인"],
        ),
        #[cfg(feature = "ja")]
        (
            Locale::JA,
            "主な違い",
            ["送信元", "相手側の扱い", "よくある原因"],
        ),
    ];
    for (locale, heading, ranked) in expected {
        let page = text_page(1001, 1014, locale);
        let c = compare(1001.into(), 1014.into(), locale);
        // The two meanings come before everything else.
        let differences = page.find(heading).unwrap();
        for text in [c.a(), c.b()] {
            let description = text.description().to_string();
            let first: String = description.chars().take(20).collect();
            let at = page
                .find(&first)
                .unwrap_or_else(|| panic!("{locale}: {first}"));
            assert!(
                at < differences,
                "{locale}: the meaning of {} first",
                text.code()
            );
        }
        let key = &page[differences..];
        let positions: Vec<usize> = ranked
            .iter()
            .map(|label| {
                key.find(label)
                    .unwrap_or_else(|| panic!("{locale}: {label}"))
            })
            .collect();
        assert!(
            positions.windows(2).all(|w| w[0] < w[1]),
            "{locale}: {positions:?}"
        );
        // The peer difference, whatever the line breaks: the peers that refuse 1014 and their
        // answer.
        let peers: String = key[positions[1]..positions[2]].split_whitespace().collect();
        for name in ["tungstenite", "gorilla/websocket", ".NETCore2.1–7", "1002"] {
            assert!(peers.contains(name), "{locale}: {name} in {peers}");
        }
        // Registration is a fact, not a key difference.
        let registration = c
            .differences()
            .iter()
            .find(|d| d.aspect == Aspect::Registration);
        let registration: String = registration.unwrap().text.split_whitespace().collect();
        let flat: String = page.split_whitespace().collect();
        assert!(!flat.contains(&registration), "{locale}");
    }
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

/// A file of the site, by path.
fn site_file<'f>(files: &'f [closecode::site::SiteFile], path: &str) -> &'f str {
    &files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("no {path}"))
        .contents
}

/// The picker is at the top of the comparisons page (before the list), on every code's page
/// ("Compare 1006 with"), and a failure chosen with 1006 opens a page of its own, which the
/// failure's page links too.
#[test]
fn the_picker_is_on_top_and_on_every_code_page_and_failures_have_pages() {
    let locales: Vec<Locale> = Locale::all().collect();
    let files = closecode::site::build(&locales, None);
    for locale in locales {
        let tag = locale.tag();
        let list = site_file(&files, &format!("{tag}/compare/index.html"));
        let picker = list.find("id=\"picker\"").expect("a picker");
        assert!(
            picker < list.find("<ul>").unwrap(),
            "{tag}: the picker comes first"
        );
        for code in KnownCode::all().map(CloseCode::from) {
            let page = site_file(&files, &format!("{tag}/{code}.html"));
            let form =
                format!("id=\"picker\" hidden=\"hidden\" data-root=\"\" data-first=\"{code}\"");
            assert!(page.contains(&form), "{tag}/{code}.html has no picker");
        }
        for failure in closecode::Failure::all() {
            let path = format!("compare/1006-{}.html", failure.id());
            let page = site_file(&files, &format!("{tag}/{path}"));
            assert!(page.contains(failure.id()), "{tag}/{path}");
            let own = site_file(&files, &format!("{tag}/failure-{}.html", failure.id()));
            assert!(
                own.contains(&format!("href=\"{path}\"")),
                "{tag}: {path} linked"
            );
            assert!(list.contains(&format!("href=\"1006-{}.html\"", failure.id())));
        }
    }
    // The script opens those pages, and names the command for any other pair with a failure.
    let script = site_file(&files, "search.js");
    assert!(script.contains("\"compare/1006-\" + failure"));
    assert!(script.contains("\"closecode compare \""));
    let page = site_file(&files, "en/1006.html");
    assert!(page.contains("data-failure=\"No page compares these two"));
}

/// The comparison shows the situations both codes share, linked, and says how each code is
/// treated by the peers, with their table.
#[test]
fn comparisons_link_shared_situations_and_show_both_peer_tables() {
    let files = closecode::site::build(&[Locale::EN], None);
    let page = site_file(&files, "en/compare/1001-1014.html");
    let shared: Vec<&closecode::Scenario> = closecode::Scenario::for_code(1001.into())
        .filter(|s| s.codes().any(|c| c == CloseCode::from(1014)))
        .collect();
    for scenario in &shared {
        assert!(page.contains(&format!("href=\"../scenario-{}.html\"", scenario.id())));
    }
    let heading = page.find(">Situations where you meet both codes</h2>");
    assert_eq!(heading.is_some(), !shared.is_empty());
    assert!(page.contains(">What peers do when it arrives</h2>"));
    assert!(
        page.contains("websocket: bad close code 1014"),
        "gorilla's error in the table"
    );
}

/// A link to a comparison names the pair in the order of the page it opens, lower code first,
/// on every page that links it.
#[test]
fn comparison_links_name_the_pair_in_page_order() {
    let files = closecode::site::build(&[Locale::EN], None);
    let page = site_file(&files, "en/1006.html");
    let all = page.find(">All comparisons</h2>").unwrap();
    assert!(page[all..].contains(
        "<a href=\"compare/1001-1006.html\">1001 Going Away vs 1006 Abnormal Closure</a>"
    ));
    assert!(!page[all..].contains(">1006 Abnormal Closure vs 1001 Going Away<"));
}
