//! The generated site: complete, linked, bilingual and reproducible.

use std::collections::BTreeSet;

use closecode::{Locale, site};

use crate::html_check::assert_well_formed;

/// The targets of links and scripts, but not of `<link>`s in the head (alternates, canonical),
/// which the test of alternates checks.
pub(crate) fn hrefs(html: &str) -> Vec<&str> {
    let body = &html[html.find("<body>").unwrap()..];
    let mut targets: Vec<&str> = Vec::new();
    for pattern in [" href=\"", " src=\""] {
        targets.extend(body.match_indices(pattern).map(|(at, _)| {
            let rest = &body[at + pattern.len()..];
            &rest[..rest.find('"').unwrap()]
        }));
    }
    targets
}

/// `target` relative to the folder of `from` (both with `/`), with `..` resolved.
fn resolve(from: &str, target: &str) -> String {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for part in target.split('/') {
        match part {
            ".." => {
                parts.pop().expect("a link climbs out of the site");
            }
            "." | "" => {}
            _ => parts.push(part),
        }
    }
    parts.join("/")
}

#[test]
fn every_link_resolves_to_a_generated_file() {
    let files = site::build(&Locale::all().collect::<Vec<_>>(), None);
    let paths: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let mut links = 0;
    for file in files.iter().filter(|f| f.path.ends_with(".html")) {
        for href in hrefs(&file.contents) {
            // Sources are absolute links, each checked by `source_links`.
            if href.starts_with("https://") {
                continue;
            }
            // A link within the page (the table of contents) names an id on it.
            if let Some(id) = href.strip_prefix('#') {
                assert!(
                    file.contents.contains(&format!(" id=\"{id}\"")),
                    "{}: no id {id}",
                    file.path
                );
                links += 1;
                continue;
            }
            assert!(
                !href.contains("://") && !href.starts_with('/'),
                "{}: {href} is not relative",
                file.path
            );
            let target = resolve(&file.path, href);
            assert!(
                paths.contains(target.as_str()),
                "{}: {href} -> {target} does not exist",
                file.path
            );
            links += 1;
        }
    }
    // Over 750 in each language (803 in English alone).
    assert!(links > 750 * Locale::all().len(), "only {links} links");
}

#[test]
fn the_site_has_every_page_in_every_language() {
    let files = site::build(&[], None);
    let paths: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    for tag in Locale::all().map(Locale::tag) {
        for page in [
            "index.html",
            "1000.html",
            "1014.html",
            "3008.html",
            "range-private.html",
            "range-out-of-spec.html",
            "compare/index.html",
            "compare/1001-1014.html",
            "compare/1005-1006.html",
            "compare/3003-3008.html",
            "failures.html",
            "failure-http-401.html",
        ] {
            assert!(
                paths.contains(format!("{tag}/{page}").as_str()),
                "{tag}/{page}"
            );
        }
        // 19 codes, 5 ranges, 171 comparisons, 2 indexes, the lookup page and the search index,
        // 21 failures, their list and their comparisons with 1006, 7 scenarios and their list,
        // 4 examples pages.
        assert_eq!(
            paths
                .iter()
                .filter(|p| p.starts_with(&format!("{tag}/")))
                .count(),
            19 + 5 + 171 + 2 + 2 + 21 + 1 + 21 + 7 + 1 + 4
        );
        for language in ["javascript", "rust", "python", "nginx"] {
            let page = format!("{tag}/examples/{language}.html");
            assert!(paths.contains(page.as_str()), "{page}");
        }
        assert!(paths.contains(format!("{tag}/search.html").as_str()));
        assert!(paths.contains(format!("{tag}/search-index.js").as_str()));
    }
    assert!(paths.contains("index.html") && paths.contains("search.js"));
    // No base URL, no sitemap: the protocol allows absolute URLs only.
    assert!(!paths.contains("sitemap.xml"));
}

#[test]
fn pages_are_well_formed_and_in_their_language() {
    for file in site::build(&[], None)
        .iter()
        .filter(|f| f.path.ends_with(".html"))
    {
        assert_well_formed(&file.contents);
        // The site's own two scripts, by reference; nothing inline.
        let scripts: Vec<&str> = file
            .contents
            .match_indices("<script")
            .map(|(at, _)| &file.contents[at..])
            .collect();
        assert!(
            scripts.len() == 2 || file.path == "index.html",
            "{}",
            file.path
        );
        for script in scripts {
            assert!(
                script.starts_with("<script src=\"")
                    && script.contains("defer=\"defer\"></script>")
            );
        }
        let title = &file.contents[file.contents.find("<title>").unwrap()..];
        let title = &title[..title.find("</title>").unwrap()];
        assert!(title.contains("WebSocket"), "{}: {title}", file.path);
        assert!(
            file.contents
                .contains("<meta name=\"description\" content=\""),
            "{}: description",
            file.path
        );
        assert!(file.contents.contains("<footer>"), "{}: footer", file.path);
        let tags: Vec<&str> = Locale::all().map(Locale::tag).collect();
        if let Some(tag) = file.path.split('/').next().filter(|t| tags.contains(t)) {
            assert!(
                file.contents.contains(&format!("<html lang=\"{tag}\">")),
                "{}",
                file.path
            );
            // Every page links the same page in each of the other languages.
            for other in tags.iter().filter(|t| *t != &tag) {
                assert!(
                    file.contents.contains(&format!("hreflang=\"{other}\"")),
                    "{}: no link to {other}",
                    file.path
                );
            }
        }
    }
}

#[cfg(feature = "ko")]
#[test]
fn code_pages_link_their_closest_relatives() {
    let files = site::build(&[Locale::KO], None);
    let page = |path: &str| &files.iter().find(|f| f.path == path).unwrap().contents;
    for (code, relatives) in [
        (1001, ["1001-1012", "1001-1014"]),
        (1012, ["1012-1013", "1001-1012"]),
        (1005, ["1005-1006", "1000-1005"]),
        (1008, ["1008-3003", "1008-3000"]),
    ] {
        for relative in relatives {
            assert!(
                page(&format!("ko/{code}.html"))
                    .contains(&format!("href=\"compare/{relative}.html\"")),
                "{code} -> {relative}"
            );
        }
    }
}

#[test]
#[cfg(feature = "ko")]
fn the_search_index_finds_every_number_and_name() {
    let files = site::build(&[], None);
    let index = &files
        .iter()
        .find(|f| f.path == "ko/search-index.js")
        .unwrap()
        .contents;
    assert!(index.starts_with("// The search index"));
    assert!(index.contains("window.CLOSECODE_INDEX = {"));
    // A code: its title in this language, its page, its names in every language and library.
    assert!(
        index.contains(
            "{\"n\": 1001, \"t\": \"1001 엔드포인트 이탈\", \"h\": \"1001.html\", \"k\": ["
        )
    );
    for name in [
        "Going Away",
        "엔드포인트 이탈",
        "GOING_AWAY",
        "GoingAway",
        "EndpointUnavailable",
    ] {
        assert!(index.contains(&format!("\"{name}\"")), "{name}");
    }
    assert!(index.contains("{\"a\": 0, \"b\": 999, "));
    assert!(index.contains("{\"a\": 5000, \"b\": 65535, "));
    // Failures and scenarios, by id and by their names in every language.
    assert!(index.contains("\"h\": \"failure-http-401.html\", \"k\": [\"http-401\", \"Upgrade refused: 401 Unauthorized\""));
    assert!(index.contains("\"h\": \"scenario-drops-after-idle.html\""));
    // The notes come from the catalog.
    assert!(index.contains("\"notCode\": \"닫기 코드는 0부터 65535까지의 정수입니다.\""));
    let script = &files
        .iter()
        .find(|f| f.path == "search.js")
        .unwrap()
        .contents;
    assert!(
        !script.contains("http") && !script.contains("fetch("),
        "no network"
    );
}

#[test]
#[cfg(feature = "ko")]
fn pages_link_their_sources_and_every_language() {
    let files = site::build(&[], Some("https://example.com/codes"));
    let page = |path: &str| &files.iter().find(|f| f.path == path).unwrap().contents;
    let code = page("ko/1006.html");
    assert!(
        code.contains("<title>1006 비정상 종료 (Abnormal Closure) · WebSocket 닫기 코드</title>")
    );
    assert!(
        code.contains("<link rel=\"canonical\" href=\"https://example.com/codes/ko/1006.html\" />")
    );
    for locale in Locale::all() {
        assert!(code.contains(&format!(
            "<link rel=\"alternate\" hreflang=\"{0}\" href=\"https://example.com/codes/{0}/1006.html\" />",
            locale.tag()
        )));
    }
    assert!(code.contains("<meta property=\"og:title\" content=\"1006 비정상 종료"));
    assert!(code.contains(
        "<a href=\"https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1\">RFC 6455 §7.4.1</a>"
    ));
    assert!(code.contains(&format!(
        "IANA 레지스트리 {} 기준",
        closecode::REGISTRY_SNAPSHOT
    )));
    assert!(code.contains("<nav aria-label=\"언어\"><a href=\"https://example.com/codes/en/1006.html\" hreflang=\"en\" lang=\"en\">English</a> · <a href=\"https://example.com/codes/ja/1006.html\" hreflang=\"ja\" lang=\"ja\">日本語</a></nav>"));
    let range = page("en/range-protocol.html");
    assert!(range.contains("<a href=\"https://www.rfc-editor.org/rfc/rfc6455#section-7.4.2\">RFC 6455 §7.4.2</a>, <a href=\"https://www.rfc-editor.org/rfc/rfc6455#section-11.7\">§11.7</a>"));
    let registered = page("en/3003.html");
    assert!(registered.contains("<a href=\"https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number\">IANA (Ada Young)</a>"));
    // Without a base URL: relative alternates, no canonical.
    let files = site::build(&[], None);
    let code = &files
        .iter()
        .find(|f| f.path == "ko/compare/1001-1014.html")
        .unwrap()
        .contents;
    assert!(code.contains(
        "<link rel=\"alternate\" hreflang=\"en\" href=\"../../en/compare/1001-1014.html\" />"
    ));
    assert!(code.contains("<link rel=\"alternate\" hreflang=\"ko\" href=\"1001-1014.html\" />"));
    assert!(!code.contains("rel=\"canonical\""));
    assert!(code.contains("<caption class=\"vh\">기본 정보</caption>"));
    // Text in another language says so.
    let lookup = &files
        .iter()
        .find(|f| f.path == "ko/search.html")
        .unwrap()
        .contents;
    assert!(
        lookup.contains("<td data-label=\"English\"><span lang=\"en\">Normal Closure</span></td>")
    );
    let chooser = &files
        .iter()
        .find(|f| f.path == "index.html")
        .unwrap()
        .contents;
    assert!(chooser.contains(
        "<a href=\"ko/index.html\" hreflang=\"ko\" lang=\"ko\">한국어 — WebSocket 닫기 코드</a>"
    ));
}

#[test]
fn the_site_is_reproducible_and_has_a_sitemap() {
    let first = site::build(&[], Some("https://example.com/codes"));
    assert_eq!(first, site::build(&[], Some("https://example.com/codes")));
    let sitemap = &first
        .iter()
        .find(|f| f.path == "sitemap.xml")
        .unwrap()
        .contents;
    let pages = first.iter().filter(|f| f.path.ends_with(".html")).count();
    assert_eq!(sitemap.matches("<loc>").count(), pages);
    for locale in Locale::all() {
        assert!(sitemap.contains(&format!(
            "<loc>https://example.com/codes/{locale}/compare/1001-1014.html</loc>"
        )));
    }
}

#[test]
fn scenarios_have_pages_linked_from_their_codes_and_the_index() {
    let files = site::build(&[], None);
    let file = |path: &str| {
        files
            .iter()
            .find(|f| f.path == path)
            .unwrap_or_else(|| panic!("no {path}"))
    };
    for scenario in closecode::Scenario::all() {
        for locale in closecode::Locale::all() {
            let tag = locale.tag();
            let page = file(&format!("{tag}/scenario-{}.html", scenario.id()));
            assert!(page.contents.contains("<h1"), "{}", page.path);
            for code in scenario.codes() {
                let code_page = file(&format!("{tag}/{code}.html"));
                assert!(
                    code_page
                        .contents
                        .contains(&format!("scenario-{}.html", scenario.id())),
                    "{tag}/{code}.html does not link {}",
                    scenario.id()
                );
            }
        }
    }
    assert!(file("en/index.html").contents.contains("scenarios.html"));
}

#[test]
fn comparisons_lead_with_the_differences_and_code_pages_link_them_all() {
    let files = site::build(&[Locale::EN], None);
    let page = |path: &str| {
        &files
            .iter()
            .find(|f| f.path == path)
            .unwrap_or_else(|| panic!("no {path}"))
            .contents
    };
    let compared = page("en/compare/1001-1014.html");
    let differences = compared.find(">Key differences</h2>").unwrap();
    let facts = compared.find(">Facts</h2>").unwrap();
    assert!(differences < facts, "the differences come first");
    // The rows that differ are marked, the ones that agree are not.
    assert!(compared.contains("≠ Sent by"));
    assert!(!compared.contains("≠ Range"));
    // A code page links every comparison of its code, grouped by range.
    let code = page("en/1006.html");
    let all = code.find(">All comparisons</h2>").unwrap();
    for other in ["1000", "1015", "3000", "3008"] {
        let (a, b) = if other < "1006" {
            (other, "1006")
        } else {
            ("1006", other)
        };
        let link = format!("compare/{a}-{b}.html");
        assert!(code[all..].contains(&link), "{link}");
    }
    assert!(code[all..].contains(">3000–3999</h3>"));
}
