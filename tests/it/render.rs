//! The renderers: snapshots in both languages, width, escaping and well-formed HTML.
//!
//! Snapshots live in tests/snapshots/. After an intended change, rewrite them with
//! `UPDATE_SNAPSHOTS=1 cargo test --all-features --test it render` and review the diff.

use std::path::Path;

use closecode::render::{self, Block, Nav, Page};
use closecode::{CloseCode, CodeRange, Locale, compare};

use crate::html_check::assert_well_formed;

fn snapshot(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("no snapshot {name}; run with UPDATE_SNAPSHOTS=1 to create it"));
    assert!(
        expected == actual,
        "{name} changed; run with UPDATE_SNAPSHOTS=1 and review the diff"
    );
}

fn pages(locale: Locale) -> [(&'static str, Page); 4] {
    [
        (
            "code-1006",
            render::code_page(CloseCode::ABNORMAL_CLOSURE, locale),
        ),
        (
            "range-private",
            render::range_page(CodeRange::Private, locale),
        ),
        (
            "compare-1001-1014",
            render::comparison_page(&compare(1001.into(), 1014.into(), locale)),
        ),
        ("reference", render::reference_page(locale)),
    ]
}

#[test]
fn text_markdown_and_html_snapshots() {
    for locale in Locale::all() {
        for (name, page) in pages(locale) {
            let (mut text, mut md, mut html) = (String::new(), String::new(), String::new());
            render::text::write(&page, &mut text, 80).unwrap();
            render::markdown::write(&page, &mut md).unwrap();
            render::html::write(&page, &mut html).unwrap();
            snapshot(&format!("{name}.{locale}.txt"), &text);
            snapshot(&format!("{name}.{locale}.md"), &md);
            snapshot(&format!("{name}.{locale}.html"), &html);
            assert_well_formed(&html);
        }
    }
}

#[cfg(feature = "serde")]
#[test]
fn json_snapshots() {
    for locale in Locale::all() {
        let mut out = String::new();
        render::json::codes(
            &[CloseCode::ABNORMAL_CLOSURE, CloseCode::new(4403)],
            locale,
            &mut out,
        )
        .unwrap();
        snapshot(&format!("codes-1006-4403.{locale}.json"), &out);
        let value: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(value[1]["range"], "private");

        let mut out = String::new();
        render::json::comparison(&compare(1001.into(), 1014.into(), locale), &mut out).unwrap();
        snapshot(&format!("compare-1001-1014.{locale}.json"), &out);
        let value: serde_json::Value = serde_json::from_str(&out).unwrap();
        for key in ["a", "b", "differences", "when_to_use"] {
            assert!(value.get(key).is_some(), "{key}");
        }
        for difference in value["differences"].as_array().unwrap() {
            for key in ["aspect", "a", "b", "text"] {
                assert!(difference[key].is_string(), "{key}");
            }
        }

        let mut out = String::new();
        render::json::reference(locale, &mut out).unwrap();
        let value: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(value["codes"].as_array().unwrap().len(), 19);
        assert_eq!(value["ranges"].as_array().unwrap().len(), 5);
    }
}

#[cfg(feature = "ko")]
#[test]
fn korean_pages_have_korean_headings_and_the_iana_name() {
    let mut page = String::new();
    render::text::write(
        &render::code_page(CloseCode::ABNORMAL_CLOSURE, Locale::KO),
        &mut page,
        80,
    )
    .unwrap();
    assert!(page.starts_with("1006 비정상 종료 (Abnormal Closure)\n\n닫기 프레임 없이"));
    assert!(page.contains("\n기본 정보\n  IANA 등록 코드\n"));
    for heading in [
        "기본 정보",
        "이 코드를 보게 되는 경우",
        "해결 방법",
        "이 코드로 닫을 때",
        "이 코드를 받았을 때",
    ] {
        assert!(page.lines().any(|l| l == heading), "missing {heading}");
    }
    assert!(!page.contains("Description") && !page.contains("How to fix"));
}

#[test]
fn pages_skip_facts_that_do_not_apply() {
    let mut page = String::new();
    render::text::write(
        &render::code_page(CloseCode::new(4403), Locale::EN),
        &mut page,
        80,
    )
    .unwrap();
    assert!(page.starts_with("4403 Private-use code\n\n"));
    assert!(page.contains("\nFacts\n  Not registered\n"));
    assert!(!page.contains("HTTP equivalent") && !page.contains("IANA name"));
    page.clear();
    render::text::write(
        &render::code_page(CloseCode::BAD_GATEWAY, Locale::EN),
        &mut page,
        80,
    )
    .unwrap();
    assert!(page.contains("HTTP equivalent") && page.contains("2016-10-10"));
}

#[test]
fn text_lines_fit_the_width_counting_korean_as_two_columns() {
    use unicode_width::UnicodeWidthStr;
    for width in [40, 60, 80, 120] {
        for locale in Locale::all() {
            for code in [1000, 1006, 1009, 1014, 3000, 4000, 65535] {
                let model = render::code_page(code.into(), locale);
                // Code is indented by four columns and never wrapped.
                let code_lines: Vec<String> = model
                    .blocks
                    .iter()
                    .filter_map(|block| match block {
                        Block::Code { code, .. } => Some(code.lines().map(|l| format!("    {l}"))),
                        _ => None,
                    })
                    .flatten()
                    .collect();
                let mut page = String::new();
                render::text::write(&model, &mut page, width).unwrap();
                for line in page.lines().skip(1) {
                    let words = line.split_whitespace().count();
                    assert!(
                        line.width() <= width || words == 1 || code_lines.iter().any(|l| l == line),
                        "{code} {locale} {width}: {line:?}"
                    );
                }
            }
        }
    }
}

/// Text that tries to become markup, a link target that tries to leave its attribute.
fn hostile_page() -> Page {
    let evil = "<script>alert('x')</script> & \"quotes\" *stars* [link](javascript:x) | pipe # hash `tick`";
    let mut page = crate::fuzz_replay::entry::page_with(evil, true);
    page.nav = Nav::default();
    if let Some(Block::Table { rows, .. }) = page
        .blocks
        .iter_mut()
        .find(|b| matches!(b, Block::Table { .. }))
    {
        rows[0][0].href = Some("a\"><script>.html".to_owned());
    }
    page
}

#[test]
fn html_escapes_every_text() {
    let mut html = String::new();
    render::html::write(&hostile_page(), &mut html).unwrap();
    assert!(!html.contains("<script"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;")
    );
    assert_well_formed(&html);
}

#[test]
fn markdown_paragraphs_and_items_that_start_like_a_list_marker_stay_text() {
    let blocks = vec![
        Block::Paragraph("- not an item".to_owned()),
        Block::Paragraph("2026. A year, not item 2026".to_owned()),
        Block::List(vec![
            "+ plus".to_owned(),
            "3) three".to_owned(),
            "-x".to_owned(),
        ]),
    ];
    let page = Page::new(Locale::EN, "t", blocks);
    let mut md = String::new();
    render::markdown::write(&page, &mut md).unwrap();
    for line in [
        "\\- not an item",
        "2026\\. A year, not item 2026",
        "- \\+ plus",
        "- 3\\) three",
        "- \\-x",
    ] {
        assert!(md.lines().any(|l| l == line), "{line:?} in {md}");
    }
}

#[test]
fn markdown_escapes_every_text() {
    let mut md = String::new();
    render::markdown::write(&hostile_page(), &mut md).unwrap();
    // Every character that could start markup in a text is backslash-escaped (the pipes and
    // asterisks of our own tables, lists and bold labels aside), and the link target is
    // percent-encoded.
    let bytes = md.as_bytes();
    for (at, &byte) in bytes.iter().enumerate() {
        // Backticks pair into code spans in paragraphs and list items (checked below).
        if b"<>[&".contains(&byte) {
            let escaped = at > 0 && bytes[at - 1] == b'\\';
            let our_link = byte == b'['
                && (md[..at].ends_with("| ")
                    || md[..at].ends_with("- ")
                    || md[..at].ends_with("**: "));
            assert!(
                escaped || our_link,
                "unescaped {:?} at {at}: {md}",
                byte as char
            );
        }
    }
    assert!(md.contains("](a%22%3E%3Cscript%3E.html)"), "{md}");
    // A paragraph's pair of backticks is a code span; in a heading or a table they are text.
    assert!(md.contains("\\# hash `tick`\n"), "{md}");
    assert!(md.contains("\\`tick\\` |"), "{md}");
    assert!(md.contains("\\<script\\>") && md.contains("\\*stars\\*") && md.contains("\\| pipe"));
}

#[test]
fn io_writer_reports_the_io_error() {
    struct Full;
    impl std::io::Write for Full {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk full"))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut out = render::IoWriter::new(Full);
    assert!(render::text::write(&render::reference_page(Locale::EN), &mut out, 80).is_err());
    assert_eq!(out.error().unwrap().to_string(), "disk full");
}

/// Code blocks: HTML in a scrolling `<pre>`, escaped; Markdown fenced with the language, the
/// fence longer than any run of backticks in the code; a terminal indented and never wrapped.
#[test]
fn code_blocks_are_pre_fenced_and_never_wrapped() {
    let code = "let a = `x`;\n``` not a fence\nif (a < b && c) { say(\"</code>\"); }\n\n    indented line that is much longer than the width of forty columns\n";
    let page = Page::new(
        Locale::EN,
        "Code",
        vec![Block::Code {
            language: "javascript".into(),
            code: code.into(),
        }],
    );
    let mut html = String::new();
    render::html::write(&page, &mut html).unwrap();
    assert_well_formed(&html);
    assert!(html.contains("<pre tabindex=\"0\"><code class=\"language-javascript\">let a = `x`;\n``` not a fence\nif (a &lt; b &amp;&amp; c) { say(&quot;&lt;/code&gt;&quot;); }\n\n    indented"), "{html}");
    assert!(html.contains("pre { ") && html.contains("overflow-x: auto"));
    let mut md = String::new();
    render::markdown::write(&page, &mut md).unwrap();
    assert!(
        md.contains("\n````javascript\nlet a = `x`;\n``` not a fence\n"),
        "{md}"
    );
    assert!(md.ends_with("forty columns\n````\n"), "{md}");
    let mut text = String::new();
    render::text::write(&page, &mut text, 40).unwrap();
    assert!(text.contains("\n    let a = `x`;\n"), "{text}");
    assert!(
        text.contains(
            "\n\n        indented line that is much longer than the width of forty columns\n"
        ),
        "{text}"
    );
}

#[test]
#[cfg(feature = "ko")]
fn inline_code_is_code_in_html_and_markdown_and_bare_in_a_terminal() {
    let mut page = render::code_page(CloseCode::ABNORMAL_CLOSURE, Locale::KO);
    // The examples' code keeps its own backticks (JavaScript template literals).
    page.blocks
        .retain(|block| !matches!(block, Block::Code { .. }));
    let mut html = String::new();
    render::html::write(&page, &mut html).unwrap();
    assert!(
        html.contains("nginx의 <code>proxy_read_timeout</code>과"),
        "{html}"
    );
    let mut md = String::new();
    render::markdown::write(&page, &mut md).unwrap();
    assert!(md.contains("nginx의 `proxy_read_timeout`과"), "{md}");
    let mut text = String::new();
    render::text::write(&page, &mut text, 10_000).unwrap();
    assert!(text.contains("nginx의 proxy_read_timeout과"), "{text}");
    assert!(!text.contains('`'), "{text}");
}

/// A catalog text that enumerates becomes its introduction (a paragraph) and a list, in every
/// locale; no page keeps the catalog's `- ` lines, and summaries come from introductions.
#[test]
fn a_text_with_items_is_a_paragraph_and_a_list() {
    for locale in Locale::all() {
        let page = render::code_page(CloseCode::ABNORMAL_CLOSURE, locale);
        let lists: Vec<usize> = page
            .blocks
            .iter()
            .filter_map(|block| match block {
                Block::List(items) => Some(items.len()),
                _ => None,
            })
            .collect();
        assert_eq!(lists, [7, 4], "{locale}: .remedy and .symptom of 1006");
        let at = page
            .blocks
            .iter()
            .position(|b| matches!(b, Block::List(_)))
            .unwrap();
        assert!(matches!(page.blocks[at - 1], Block::Paragraph(_)));
        for block in &page.blocks {
            if let Block::Paragraph(text) | Block::Heading(_, text) = block {
                assert!(!text.contains('\n'), "{locale}: {text:?}");
            }
            if let Block::List(items) = block {
                assert!(
                    items
                        .iter()
                        .all(|i| !i.contains('\n') && !i.starts_with('-'))
                );
            }
        }
        let comparison = render::comparison_page(&compare(1001.into(), 1014.into(), locale));
        let lists = comparison
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::List(_)));
        assert_eq!(lists.count(), 2, "{locale}: .remedy of 1001 and of 1014");
        for code in closecode::KnownCode::all() {
            let page = render::code_page(CloseCode::from(code), locale);
            let summary = page.summary.unwrap();
            assert!(!summary.contains('\n'), "{locale} {code:?}: {summary:?}");
        }
    }
}

#[test]
fn a_list_is_ul_in_html_dashes_in_markdown_and_bullets_in_a_terminal() {
    let page = Page::new(
        Locale::EN,
        "Steps",
        vec![
            Block::Paragraph("Do this:".into()),
            Block::List(vec![
                "raise `proxy_read_timeout` & <wait>".into(),
                "a long item that wraps under its own first word rather than under the bullet"
                    .into(),
            ]),
        ],
    );
    let mut html = String::new();
    render::html::write(&page, &mut html).unwrap();
    assert!(html.contains(
        "<p>Do this:</p>\n<ul>\n<li>raise <code>proxy_read_timeout</code> &amp; &lt;wait&gt;</li>\n<li>a long item"
    ), "{html}");
    assert_well_formed(&html);
    let mut md = String::new();
    render::markdown::write(&page, &mut md).unwrap();
    assert!(
        md.contains("Do this:\n\n- raise `proxy_read_timeout` \\& \\<wait\\>\n- a long item"),
        "{md}"
    );
    let mut text = String::new();
    render::text::write(&page, &mut text, 40).unwrap();
    assert!(
        text.ends_with(
            "  • raise proxy_read_timeout & <wait>\n  • a long item that wraps under its own\n    first word rather than under the\n    bullet\n"
        ),
        "{text}"
    );
}

/// Every code's "Defined in" is a list of references, each its own link with a valid address:
/// 1011's two references ("RFC 6455 §7.4.1; RFC Errata 3227") are two links, not one address
/// with the second reference glued on.
#[test]
fn every_reference_is_its_own_valid_link() {
    let valid = |href: &str| {
        href.starts_with("https://")
            && !href.contains(|c: char| c.is_whitespace() || c == ';' || c == '§')
    };
    for number in 0..=4999u16 {
        let code = CloseCode::new(number);
        for locale in Locale::all() {
            for block in render::code_page(code, locale).blocks {
                let Block::Facts(rows) = block else { continue };
                for link in rows.iter().flat_map(|(_, links)| links) {
                    if let Some(href) = &link.href {
                        assert!(valid(href), "{code} {locale}: {href}");
                    }
                }
            }
        }
    }
    let page = render::code_page(CloseCode::new(1011), Locale::EN);
    let links: Vec<(String, Option<String>)> = page
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Facts(rows) => Some(rows),
            _ => None,
        })
        .flatten()
        .flat_map(|(_, links)| links)
        .filter(|link| link.text.contains("RFC"))
        .map(|link| (link.text.clone(), link.href.clone()))
        .collect();
    assert_eq!(
        links,
        [
            (
                "RFC 6455 §7.4.1".to_owned(),
                Some("https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1".to_owned())
            ),
            (
                "RFC Errata 3227".to_owned(),
                Some("https://www.rfc-editor.org/errata/eid3227".to_owned())
            ),
        ]
    );
}

/// A code's facts table has the same rows in every language: 1014, whose registry entry is an
/// English sentence rather than a name, keeps its "In the IANA registry" row in Korean and
/// Japanese (in their words), so a comparison does not mark the row as if it were missing.
#[test]
fn facts_have_the_same_rows_in_every_language() {
    let rows = |code: CloseCode, locale: Locale| -> usize {
        render::code_page(code, locale)
            .blocks
            .iter()
            .map(|block| match block {
                Block::Facts(rows) => rows.len(),
                _ => 0,
            })
            .sum()
    };
    for number in 0..=4999u16 {
        let code = CloseCode::new(number);
        let english = rows(code, Locale::EN);
        for locale in Locale::all() {
            assert_eq!(rows(code, locale), english, "{code} {locale}");
        }
    }
}

/// The ids of the level-2 sections of `page`, in order.
fn section_ids(page: &Page) -> Vec<&str> {
    page.blocks
        .iter()
        .filter_map(|block| match block {
            Block::Section { level: 2, id, .. } => Some(id.as_str()),
            _ => None,
        })
        .collect()
}

#[test]
fn pages_open_with_the_summary_and_end_with_the_facts() {
    let failure = closecode::Failure::http(401).unwrap();
    let discord = closecode::Profile::find("discord").unwrap();
    for locale in Locale::all() {
        let pages = [
            render::code_page(CloseCode::ABNORMAL_CLOSURE, locale),
            render::code_page(CloseCode::new(1009), locale),
            render::range_page(CodeRange::Private, locale),
            render::failure_page(failure, locale),
            render::profile_code_page(discord, CloseCode::new(4004), locale),
        ];
        for page in &pages {
            let Some(Block::Summary(summary)) = page.blocks.first() else {
                panic!("{}: the first block is not the summary", page.title);
            };
            assert!(!summary.meaning.is_empty(), "{}", page.title);
            assert!(summary.reconnect.is_some(), "{}", page.title);
            assert!(summary.first_check.is_some(), "{}", page.title);
            let mut ids = section_ids(page);
            assert_eq!(ids.first(), Some(&"how-to-fix"), "{}", page.title);
            // The sources of the facts, where the page lists them, come right after the facts.
            let sources = ids.last() == Some(&"sources");
            if sources {
                ids.pop();
            }
            assert_eq!(ids.last(), Some(&"facts"), "{}", page.title);
            let facts_block = if sources {
                page.blocks.iter().rev().nth(2)
            } else {
                page.blocks.last()
            };
            assert!(
                matches!(facts_block, Some(Block::Facts(_))),
                "{}: the facts are not last",
                page.title
            );
        }
        let scenario = closecode::Scenario::find("closed-before-open").unwrap();
        let page = render::scenario_page(scenario, locale);
        assert!(matches!(page.blocks.first(), Some(Block::Summary(_))));
    }
}

#[test]
fn section_ids_are_the_same_in_every_language() {
    // Every section but the description, which a page has only when its summary could not hold
    // all of it (a matter of length, so of the language).
    let ids: Vec<Vec<String>> = Locale::all()
        .map(|locale| {
            let page = render::code_page(CloseCode::ABNORMAL_CLOSURE, locale);
            let ids = section_ids(&page)
                .into_iter()
                .filter(|id| *id != "description");
            ids.map(str::to_owned).collect()
        })
        .collect();
    assert!(ids.iter().all(|these| *these == ids[0]), "{ids:?}");
    assert!(
        ids[0]
            .iter()
            .all(|id| id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')),
        "{ids:?}"
    );
    for wanted in ["how-to-fix", "user-message", "peers", "facts"] {
        assert!(ids[0].iter().any(|id| id == wanted), "{wanted}: {ids:?}");
    }
}

#[test]
fn the_summary_of_1006_says_what_to_check_first_and_links_the_failures() {
    let page = render::code_page(CloseCode::ABNORMAL_CLOSURE, Locale::EN);
    let Some(Block::Summary(summary)) = page.blocks.first() else {
        panic!("no summary");
    };
    assert!(
        summary
            .first_check
            .as_deref()
            .unwrap()
            .starts_with("Did `open` fire?")
    );
    let next: Vec<&str> = summary.read_next.iter().map(|l| l.text.as_str()).collect();
    assert!(next.iter().any(|t| t.ends_with("(http-401)")), "{next:?}");
    assert!(
        next.iter().any(|t| t.ends_with("(tls-untrusted)")),
        "{next:?}"
    );
    // The rest (403, DNS, ...) through the scenario of a connection that never opened.
    assert!(
        next.iter().any(|t| t.contains("before it ever opens")),
        "{next:?}"
    );
    // 1000 has no text of its own: the remedy's first sentence.
    let page = render::code_page(CloseCode::NORMAL_CLOSURE, Locale::EN);
    let Some(Block::Summary(summary)) = page.blocks.first() else {
        panic!("no summary");
    };
    assert_eq!(
        summary.first_check.as_deref(),
        Some("Nothing to fix when the close was expected.")
    );
}

#[test]
fn every_renderer_puts_the_summary_first_and_the_facts_last() {
    let page = render::code_page(CloseCode::ABNORMAL_CLOSURE, Locale::EN);
    let (mut text, mut md, mut html) = (String::new(), String::new(), String::new());
    render::text::write(&page, &mut text, 80).unwrap();
    render::markdown::write(&page, &mut md).unwrap();
    render::html::write(&page, &mut html).unwrap();
    let meaning = "The connection ended without a Close frame";
    for (name, out, fix, facts) in [
        ("text", &text, "\nHow to fix\n", "\nFacts\n"),
        (
            "markdown",
            &md,
            "## How to fix <a id=\"how-to-fix\"></a>",
            "## Facts <a id=\"facts\"></a>",
        ),
        (
            "html",
            &html,
            "<h2 id=\"how-to-fix\">How to fix</h2>",
            "<h2 id=\"facts\">Facts</h2>",
        ),
    ] {
        let at = |s: &str| out.find(s).unwrap_or_else(|| panic!("{name}: no {s:?}"));
        assert!(
            at(meaning) < at(fix),
            "{name}: the meaning is not before how to fix"
        );
        assert!(
            at(fix) < at(facts),
            "{name}: how to fix is not before the facts"
        );
    }
    // The summary's box and the table of contents, which links the sections by id.
    let summary = html.find("<div id=\"summary\" class=\"summary\">").unwrap();
    let contents = html.find("<nav class=\"contents\"").unwrap();
    assert!(summary < contents && contents < html.find("<h2 id=\"how-to-fix\"").unwrap());
    assert!(html.contains("<a href=\"#how-to-fix\">How to fix</a> · "));
    assert!(html.find("<h2 id=\"peers\"").unwrap() < html.find("<h2 id=\"facts\"").unwrap());
    assert!(md.contains("[How to fix](#how-to-fix)"));
    // The text starts with the answer, right under the title.
    assert!(text.starts_with(&format!("{}\n\n{meaning}", page.title)));
    // JSON, in the page's order: the summary before the texts, the facts after them.
    #[cfg(feature = "serde")]
    {
        let mut json = String::new();
        render::json::codes(&[CloseCode::ABNORMAL_CLOSURE], Locale::EN, &mut json).unwrap();
        let at = |s: &str| json.find(s).unwrap_or_else(|| panic!("json: no {s}"));
        assert!(at("\"summary\"") < at("\"remedy\""));
        assert!(at("\"remedy\"") < at("\"wire\""));
    }
}

/// A failure's JSON object and a profile code's entry carry the answer their pages open with,
/// as a code's object does.
#[cfg(feature = "serde")]
#[test]
fn json_of_failures_and_profile_codes_leads_with_the_page_summary() {
    use closecode::{Failure, Outcome, Profile};
    let meaning = |page: &closecode::render::Page| match page.blocks.first() {
        Some(Block::Summary(summary)) => summary.meaning.clone(),
        _ => panic!("{}: no summary", page.title),
    };
    for locale in Locale::all() {
        let failure = Failure::http(429).unwrap();
        let mut json = String::new();
        render::json::outcomes(&[Outcome::Failure(failure)], locale, &mut json).unwrap();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let summary = &value[0]["summary"];
        assert_eq!(
            summary["meaning"],
            meaning(&render::failure_page(failure, locale))
        );
        assert_eq!(summary["reconnect"], failure.retry().phrase(locale));
        assert!(summary["first_check"].is_string(), "{summary}");

        let graphql = Profile::find("graphql-ws").unwrap();
        let code = CloseCode::new(4401);
        json.clear();
        render::json::profile_codes(graphql, &[code], locale, &mut json).unwrap();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let summary = &value[0]["profile"]["summary"];
        let page = render::profile_code_page(graphql, code, locale);
        assert_eq!(summary["meaning"], meaning(&page));
    }
}

#[test]
fn code_pages_show_a_few_lines_of_code_not_the_programs() {
    for locale in Locale::all() {
        for code in closecode::KnownCode::all().map(CloseCode::from) {
            let page = render::code_page(code, locale);
            let lines: usize = page
                .blocks
                .iter()
                .map(|b| match b {
                    Block::Code { code, .. } => code.lines().count(),
                    _ => 0,
                })
                .sum();
            assert!(lines <= 16, "{code} in {locale}: {lines} lines of code");
            let expected = matches!(code.get(), 1006 | 1009);
            assert_eq!(lines > 0, expected, "{code} in {locale}");
        }
    }
    // The snippets are cut from the checked files, with the page's language's comments.
    let page = render::code_page(CloseCode::new(1009), Locale::EN);
    let code: Vec<&str> = page
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Code { code, .. } => Some(code.as_str()),
            _ => None,
        })
        .collect();
    let py = include_str!("../../examples/site/client.py");
    let rs = include_str!("../../examples/site/client.rs");
    assert!(code[0].contains("max_size=MAX_SIZE") && code[1].contains("max_message_size"));
    for line in code[0].lines().filter(|l| !l.is_empty()) {
        assert!(py.contains(line), "{line}");
    }
    for line in code[1].lines() {
        assert!(rs.contains(line), "{line}");
    }
    // 1006's lines show how the browser example tells a refused handshake from a drop: it
    // notes when `open` fires and passes that to the package, whose answer says "handshake".
    let page = render::code_page(CloseCode::ABNORMAL_CLOSURE, Locale::EN);
    let Some(Block::Code { code, .. }) =
        page.blocks.iter().find(|b| matches!(b, Block::Code { .. }))
    else {
        panic!("1006 shows no code");
    };
    let js = include_str!("../../examples/site/onclose.js");
    for expected in [
        "socket.onopen = () => {",
        "const answer = fromCloseEvent(event, { opened });",
        "if (answer.by === 'handshake') {",
    ] {
        assert!(code.contains(expected), "{code}");
    }
    for line in code.lines().filter(|l| !l.is_empty()) {
        assert!(js.contains(line), "{line}");
    }
}

#[test]
fn a_web_page_folds_its_reference_sections_and_leaves_the_answer_open() {
    let page = render::code_page(CloseCode::ABNORMAL_CLOSURE, Locale::EN);
    let mut html = String::new();
    render::html::write(&page, &mut html).unwrap();
    // The answer's sections are plain headings; the reference sections open with a tap.
    assert!(html.contains("<h2 id=\"how-to-fix\">"), "{html}");
    assert!(html.contains("<h2 id=\"user-message\">"));
    for id in ["when-you-see-it", "peers", "facts"] {
        let folded = format!("<details class=\"more\">\n<summary><h2 id=\"{id}\">");
        assert!(html.contains(&folded), "{id} is not folded");
    }
    assert_eq!(
        html.matches("<details").count(),
        html.matches("</details>").count()
    );
    // The table of contents names only the open sections.
    let contents = html.split("<nav class=\"contents\"").nth(1).unwrap();
    let contents = contents.split("</nav>").next().unwrap();
    assert!(contents.contains("#how-to-fix"));
    assert!(!contents.contains("#facts"), "{contents}");
    // Markdown stays whole: every section open.
    let mut md = String::new();
    render::markdown::write(&page, &mut md).unwrap();
    assert!(!md.contains("<details"));
}
