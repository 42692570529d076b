//! End to end in a real browser: the generated site opened in headless Chromium, driven over
//! the DevTools protocol.
//!
//! Ignored by default because it needs Chromium (Debian's `chromium` package); `.ci/run`
//! installs it and runs `cargo test -p closecode-cli --test browser -- --ignored`.
//!
//! Every kind of page (language chooser, index, code, range, comparison, list of comparisons,
//! lookup page) is opened from `file://` at 360 and 1280 px: its language, title and heading
//! are checked, its links resolve, and the page is no wider than the window
//! (`document.documentElement.scrollWidth`). Then the search is typed into (a number, a
//! registered name, an unregistered number, a Korean name) and its result followed, and the
//! two-code picker is used (both orders, a range, the same code twice), and a code page's
//! picker with a failure (1006's opens their comparison, another code's names the command).
//!
//! How the pages sit in their window (the answer on the first screen, tables never cut off,
//! Japanese and Korean line breaking, the language chooser's suggestion) is checked by
//! `browser/layout.rs`, a second test in this file's crate.
//!
//! With `CLOSECODE_SCREENSHOT=path.png` it also saves the top of the Korean 1001 vs 1014
//! comparison at 360 and 1280 px side by side (the README's picture).

mod chromium;

use std::path::Path;
use std::time::Duration;

use chromium::{Browser, generate_site, url};
use serde_json::json;

/// The layout checks: first screen, page length, tables, line breaking, the language chooser.
#[path = "browser/layout.rs"]
mod layout;

#[test]
#[ignore = "needs Chromium; .ci/run installs it and runs this test with --ignored"]
fn the_generated_site_works_in_chromium() {
    let (root, site) = generate_site("browser");
    let mut browser = Browser::start(&root.join("profile"));

    // (page, lang, h1, a text on it): one page of every kind, in both languages.
    let pages = [
        ("index.html", "en", "WebSocket close codes", "한국어"),
        (
            "en/index.html",
            "en",
            "WebSocket close codes",
            "Registered close codes",
        ),
        (
            "ko/index.html",
            "ko",
            "WebSocket 닫기 코드",
            "등록된 닫기 코드",
        ),
        (
            "en/compare/1001-1014.html",
            "en",
            "1001 Going Away vs 1014 Bad Gateway",
            "Key differences",
        ),
        (
            "ko/compare/1001-1014.html",
            "ko",
            "1001 엔드포인트 이탈 · 1014 잘못된 게이트웨이 비교",
            "주요 차이점",
        ),
        (
            "ko/1006.html",
            "ko",
            "1006 비정상 종료 (Abnormal Closure)",
            "proxy_read_timeout",
        ),
        (
            "en/1014.html",
            "en",
            "1014 Bad Gateway",
            "The server was acting as a gateway",
        ),
        (
            "ja/compare/1001-1014.html",
            "ja",
            "1001（エンドポイントの離脱）と1014（不正なゲートウェイ）の比較",
            "主な違い",
        ),
        (
            "ja/1006.html",
            "ja",
            "1006 異常終了 (Abnormal Closure)",
            "proxy_read_timeout",
        ),
        (
            "ko/range-private.html",
            "ko",
            "4000–4999 사설 코드",
            "4000~4999 범위는 사설 범위입니다",
        ),
        (
            "en/compare/index.html",
            "en",
            "All comparisons",
            "1012 Service Restart vs 1013 Try Again Later",
        ),
        (
            "ko/failure-http-401.html",
            "ko",
            "업그레이드 거부: 401 Unauthorized (http-401)",
            "HTTP Authentication failed",
        ),
        (
            "en/failures.html",
            "en",
            "Connection failures",
            "tls-expired",
        ),
        (
            "ko/scenario-drops-after-idle.html",
            "ko",
            "조용한 연결이 정확히 N초 뒤에 끊깁니다",
            "proxy_read_timeout",
        ),
        (
            "en/scenarios.html",
            "en",
            "Scenarios",
            "The connection drops",
        ),
        ("ko/search.html", "ko", "닫기 코드 찾기", "Normal Closure"),
        (
            "en/search.html",
            "en",
            "Find a close code",
            "EndpointUnavailable",
        ),
    ];
    let mut widths = Vec::new();
    for width in [360, 1280] {
        browser.resize(width);
        for (path, lang, heading, text) in pages {
            let file = site.join(path);
            browser.open(&url(&site, path));
            let page = browser.eval(
                "({lang: document.documentElement.lang, title: document.title, \
                  h1: document.querySelector('h1').textContent, text: document.body.innerText, \
                  links: Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href')), \
                  ids: Array.from(document.querySelectorAll('[id]')).map(e => e.id), \
                  width: document.documentElement.scrollWidth, viewport: window.innerWidth})",
            );
            assert_eq!(page["lang"], json!(lang), "{path}: lang");
            assert_eq!(page["h1"], json!(heading), "{path}: heading");
            let title = page["title"].as_str().unwrap();
            assert!(
                title.starts_with(heading) && title.contains("WebSocket"),
                "{path}: title {title}"
            );
            assert!(
                page["text"].as_str().unwrap().contains(text),
                "{path}: {text}"
            );
            for href in page["links"].as_array().unwrap() {
                let href = href.as_str().unwrap();
                if href.starts_with("https://") {
                    continue;
                }
                // A link within the page ("#how-to-fix") needs an element with that id; a link
                // to another page ("1006.html#facts") needs the file.
                if let Some(id) = href.strip_prefix('#') {
                    assert!(
                        page["ids"].as_array().unwrap().contains(&json!(id)),
                        "{path}: no element has the id of {href}"
                    );
                    continue;
                }
                let file_part = href.split('#').next().unwrap();
                let target = file.parent().unwrap().join(file_part);
                assert!(target.exists(), "{path}: broken link {href}");
            }
            let scroll = page["width"].as_u64().unwrap();
            let viewport = page["viewport"].as_u64().unwrap();
            assert_eq!(viewport, u64::from(width));
            assert!(
                scroll <= viewport,
                "{path} at {width} px: the page is {scroll} px wide"
            );
            widths.push(format!("{path} at {width}: {scroll}"));
        }
    }
    eprintln!("page widths:\n{}", widths.join("\n"));

    // The search: type, read the suggestions, press Enter, land on the page (never the page it
    // started from, or the wait would end before the navigation).
    browser.resize(360);
    for (start, typed, suggestion, lands_on) in [
        (
            "en/index.html",
            "1006",
            "1006 Abnormal Closure",
            "en/1006.html",
        ),
        (
            "en/1000.html",
            "going away",
            "1001 Going Away",
            "en/1001.html",
        ),
        (
            "en/compare/1012-1013.html",
            "4403",
            "4403 → 4000–4999 Private-use code",
            "en/range-private.html",
        ),
        (
            "ko/index.html",
            "비정상",
            "1006 비정상 종료",
            "ko/1006.html",
        ),
        (
            "ko/1000.html",
            "EndpointUnavailable",
            "1001 엔드포인트 이탈",
            "ko/1001.html",
        ),
        (
            "ko/index.html",
            "1015",
            "1015 TLS 핸드셰이크 실패",
            "ko/1015.html",
        ),
    ] {
        browser.open(&url(&site, start));
        let shown = browser.type_search(typed);
        assert_eq!(
            shown.first().map(String::as_str),
            Some(suggestion),
            "{typed}: {shown:?}"
        );
        browser.key("Enter", 13);
        browser.wait_for(&url(&site, lands_on));
    }
    // The arrow keys choose among the suggestions.
    browser.open(&url(&site, "en/index.html"));
    let shown = browser.type_search("100");
    assert_eq!(shown[1], "1000 Normal Closure", "{shown:?}");
    browser.key("ArrowDown", 40);
    assert_eq!(
        browser.eval("document.getElementById('q').getAttribute('aria-activedescendant')"),
        json!("q-results-1")
    );
    browser.key("Enter", 13);
    browser.wait_for(&url(&site, "en/1000.html"));
    // A number that cannot be a close code says so, in the page's language.
    browser.open(&url(&site, "ko/index.html"));
    assert!(browser.type_search("70000").is_empty());
    let note = browser.eval("document.getElementById('q-note').textContent");
    assert_eq!(note, json!("닫기 코드는 0부터 65535까지의 정수입니다."));
    // The lookup page with a query (what the box submits without scripts) goes to the number.
    browser.call(
        "Page.navigate",
        json!({"url": format!("{}?q=1013", url(&site, "ko/search.html"))}),
    );
    browser.wait_for(&url(&site, "ko/1013.html"));

    // The picker: any order opens the one comparison; a range or the same code twice gets a
    // note in the page's language.
    let pick = |browser: &mut Browser, a: &str, b: &str| {
        browser.eval(&format!(
            "(() => {{ const pick = (id, text) => {{ const s = document.getElementById(id); \
              s.value = Array.from(s.options).find(o => o.textContent.startsWith(text)).value; }}; \
              pick('pick-a', '{a}'); pick('pick-b', '{b}'); \
              document.querySelector('#picker button').focus(); }})()"
        ));
        browser.key("Enter", 13);
    };
    for (a, b) in [("1014", "1001"), ("1001", "1014")] {
        browser.open(&url(&site, "ko/compare/index.html"));
        assert_eq!(
            browser.eval("document.getElementById('picker').hidden"),
            json!(false)
        );
        pick(&mut browser, a, b);
        browser.wait_for(&url(&site, "ko/compare/1001-1014.html"));
    }
    browser.open(&url(&site, "ko/compare/index.html"));
    pick(&mut browser, "4000", "1006");
    let note = browser.eval("document.getElementById('pick-note').textContent");
    let note = note.as_str().unwrap();
    assert!(
        note.starts_with("비교 페이지는 등록된 코드끼리만 있습니다.")
            && note.contains("1006 비정상 종료"),
        "{note}"
    );
    assert_eq!(
        browser.eval(
            "Array.from(document.querySelectorAll('#pick-note a')).map(a => a.getAttribute('href'))"
        ),
        json!(["../range-private.html", "../1006.html"])
    );
    pick(&mut browser, "1006", "1006");
    let note = browser.eval("document.getElementById('pick-note').textContent");
    assert_eq!(note, json!("서로 다른 코드 두 개를 고르십시오."));
    // On a code's page the picker has one list: a failure chosen on 1006's page opens their
    // comparison; on any other code's page a note names the command that compares them.
    let pick_failure = |browser: &mut Browser, id: &str| {
        browser.eval(&format!(
            "(() => {{ const s = document.getElementById('pick-b'); \
              s.value = Array.from(s.options).find(o => o.textContent.endsWith('({id})')).value; \
              document.querySelector('#picker button').focus(); }})()"
        ));
        browser.key("Enter", 13);
    };
    browser.open(&url(&site, "ko/1001.html"));
    pick_failure(&mut browser, "http-401");
    let note = browser.eval("document.getElementById('pick-note').textContent");
    assert!(
        note.as_str()
            .unwrap()
            .contains("closecode compare 1001 http-401"),
        "{note}"
    );
    browser.open(&url(&site, "ko/1006.html"));
    pick_failure(&mut browser, "http-401");
    browser.wait_for(&url(&site, "ko/compare/1006-http-401.html"));

    if let Some(shot) = std::env::var_os("CLOSECODE_SCREENSHOT") {
        // Both widths side by side: the page in a 360 px and a 1280 px frame, the top 1900 px.
        let page = url(&site, "ko/compare/1001-1014.html");
        let frame = |width: u32| {
            format!(
                "<iframe src=\"{page}\" style=\"width: {width}px; height: 1900px; border: 0; background: #fff\"></iframe>"
            )
        };
        let both = root.join("both.html");
        std::fs::write(
            &both,
            format!(
                "<!DOCTYPE html><html><body style=\"margin: 0; padding: 24px; display: flex; gap: 24px; align-items: flex-start; background: #8a8a96\">{}{}</body></html>",
                frame(360),
                frame(1280)
            ),
        )
        .unwrap();
        browser.resize(360 + 1280 + 3 * 24);
        browser.open(&format!("file://{}", both.display()));
        std::thread::sleep(Duration::from_millis(500));
        browser.screenshot(360 + 1280 + 3 * 24, Path::new(&shot));
        assert!(Path::new(&shot).exists(), "no screenshot written");
    }
    drop(browser);
    let _ = std::fs::remove_dir_all(&root);
}
