//! The site's search in a real browser: what people paste or type leads to its page, in every
//! language. The generated site is opened from `file://` in headless Chromium; each query is
//! typed into the search box, the first suggestion's kind (code, range, failure, scenario,
//! comparison, profile) is read, Enter is pressed, and the page it lands on is checked. Then the
//! suggestion list is checked to float over the page and to close on Tab and on a click
//! elsewhere.
//!
//! Ignored by default because it needs Chromium (Debian's `chromium` package); CI runs
//! `cargo test -p closecode-cli --test search_browser -- --ignored`.

mod chromium;

use chromium::{Browser, generate_site, url};
use serde_json::{Value, json};

/// What the box shows after `typed` is typed: per suggestion its title, kind and the text that
/// matched; the note under the box; and the index's texts of the page's language.
fn type_search(browser: &mut Browser, typed: &str) -> Value {
    browser.eval(
        "(() => { const q = document.getElementById('q'); q.value = ''; q.blur(); q.focus(); })()",
    );
    browser.call("Input.insertText", json!({"text": typed}));
    browser.eval(
        "({items: Array.from(document.querySelectorAll('#q-results [role=option]')).map(o => \
            [o.querySelector('.t').textContent, o.querySelector('.kind').textContent, \
             o.querySelector('.m') ? o.querySelector('.m').textContent : '']), \
          note: document.getElementById('q-note').textContent, \
          text: window.CLOSECODE_INDEX.text})",
    )
}

/// (typed, the first suggestion's kind, the page Enter opens, the note's key in the index's
/// texts and the values of its placeholders, or "" for no note). Pages are relative to the
/// language's folder.
const EVERY_LANGUAGE: &[(&str, &str, &str, &str)] = &[
    // An HTTP status: the refused upgrade first, its own failure page where there is one.
    ("401", "failure", "failure-http-401.html", ""),
    ("502", "failure", "failure-http-502.html", ""),
    ("418", "scenario", "scenario-closed-before-open.html", ""),
    // Full-width digits, as an IME types them.
    ("１００６", "code", "1006.html", ""),
    ("４０１", "failure", "failure-http-401.html", ""),
    // Two codes, three ways; a range by its bounds.
    ("1001 vs 1014", "comparison", "compare/1001-1014.html", ""),
    ("1014 1001", "comparison", "compare/1001-1014.html", ""),
    ("1001-1014", "comparison", "compare/1001-1014.html", ""),
    (
        "１００１ｖｓ１０１４",
        "comparison",
        "compare/1001-1014.html",
        "",
    ),
    ("4000-4999", "rangeKind", "range-private.html", ""),
    // Error texts that the data quotes, typed or pasted in a longer line.
    (
        "Unexpected server response: 401",
        "failure",
        "failure-http-401.html",
        "",
    ),
    (
        "WebSocket connection to 'wss://example.com/ws' failed: Error during WebSocket handshake: Unexpected response code: 502",
        "failure",
        "failure-http-502.html",
        "",
    ),
    ("bad close code 1014", "code", "1014.html", ""),
    ("unexpected EOF", "failure", "failure-vanished.html", ""),
    (
        "IO error: Connection reset by peer (os error 104)",
        "failure",
        "failure-reset.html",
        "",
    ),
    // Scenario keywords.
    (
        "keepalive ping timeout",
        "scenario",
        "scenario-keepalive-timeout.html",
        "",
    ),
    (
        "ping timeout",
        "scenario",
        "scenario-keepalive-timeout.html",
        "",
    ),
    ("nginx", "scenario", "scenario-drops-after-idle.html", ""),
    (
        "proxy_read_timeout",
        "scenario",
        "scenario-drops-after-idle.html",
        "",
    ),
    ("ALB", "scenario", "scenario-drops-after-idle.html", ""),
    (
        "heartbeat",
        "scenario",
        "scenario-drops-after-idle.html",
        "",
    ),
    // Profile codes: the site has no page for them, and says so.
    (
        "discord 4004",
        "profile",
        "range-private.html",
        "profileNote 4004 discord-gateway",
    ),
    (
        "graphql-ws 4401",
        "profile",
        "range-private.html",
        "profileNote 4401 graphql-ws",
    ),
    // A near miss.
    ("going awy", "code", "1001.html", "didYouMean"),
];

const ONE_LANGUAGE: &[(&str, &str, &str, &str, &str)] = &[
    ("en", "gateway", "code", "1014.html", ""),
    ("en", "EndpointUnavailable", "code", "1001.html", ""),
    (
        "ko",
        "하트비트",
        "scenario",
        "scenario-drops-after-idle.html",
        "",
    ),
    ("ko", "게이트웨이", "code", "1014.html", ""),
    ("ko", "비정상 종로", "code", "1006.html", "didYouMean"),
    (
        "ja",
        "ハートビート",
        "scenario",
        "scenario-drops-after-idle.html",
        "",
    ),
    ("ja", "ゲートウェイ", "code", "1014.html", ""),
    (
        "ja",
        "無通信",
        "scenario",
        "scenario-drops-after-idle.html",
        "",
    ),
];

#[test]
#[ignore = "needs Chromium; CI runs this test with --ignored"]
fn what_people_paste_leads_to_its_page_in_every_language() {
    let (root, site) = generate_site("search-browser");
    let mut browser = Browser::start(&root.join("profile"));
    browser.resize(1280);
    let every = ["en", "ko", "ja"].into_iter().flat_map(|lang| {
        EVERY_LANGUAGE
            .iter()
            .map(move |&(typed, kind, page, note)| (lang, typed, kind, page, note))
    });
    let mut failed = Vec::new();
    for (lang, typed, kind, page, note) in every.chain(ONE_LANGUAGE.iter().copied()) {
        browser.open(&url(&site, &format!("{lang}/1000.html")));
        let shown = type_search(&mut browser, typed);
        let first = &shown["items"][0];
        let text = &shown["text"];
        // A note's key in the index's texts, then what fills its `{code}` and `{profile}`.
        let mut note_parts = note.split(' ');
        let want_note = match note_parts.next() {
            Some("") | None => String::new(),
            Some(key) => {
                let mut filled = text[key].as_str().unwrap().to_owned();
                for (slot, value) in ["{code}", "{profile}"].into_iter().zip(note_parts) {
                    filled = filled.replace(slot, value);
                }
                filled
            }
        };
        if first[1] != text[kind] || shown["note"] != want_note {
            failed.push(format!(
                "{lang} {typed:?}: {} {}",
                shown["items"], shown["note"]
            ));
            continue;
        }
        // A quote, a keyword or a near miss that the title does not show says what matched.
        let title = first[0].as_str().unwrap().to_lowercase();
        if typed.chars().any(char::is_alphabetic)
            && !title.contains(&typed.to_lowercase())
            && !matches!(kind, "comparison" | "profile")
            && note != "didYouMean"
        {
            assert_ne!(first[2], "", "{lang} {typed:?}: nothing says what matched");
        }
        browser.key("Enter", 13);
        browser.wait_for(&url(&site, &format!("{lang}/{page}")));
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));

    // Without a query the lookup page is the list; with one, a status or two codes open their
    // page at once.
    for (query, page) in [
        ("401", "failure-http-401.html"),
        ("1001%20vs%201014", "compare/1001-1014.html"),
    ] {
        browser.call(
            "Page.navigate",
            json!({"url": format!("{}?q={query}", url(&site, "ko/search.html"))}),
        );
        browser.wait_for(&url(&site, &format!("ko/{page}")));
    }
    drop(browser);
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
#[ignore = "needs Chromium; CI runs this test with --ignored"]
fn the_suggestions_float_over_the_page_and_close_when_the_box_is_left() {
    let (root, site) = generate_site("search-list");
    let mut browser = Browser::start(&root.join("profile"));
    for lang in ["en", "ko", "ja"] {
        for width in [360, 1280] {
            browser.resize(width);
            browser.open(&url(&site, &format!("{lang}/1006.html")));
            let top = "document.querySelector('h1').getBoundingClientRect().top";
            let before = browser.eval(top);
            let shown = type_search(&mut browser, "100");
            assert!(shown["items"].as_array().unwrap().len() >= 3, "{shown}");
            let state = "({hidden: document.getElementById('q-results').hidden, \
                expanded: document.getElementById('q').getAttribute('aria-expanded'), \
                position: getComputedStyle(document.getElementById('q-results')).position})";
            let open = browser.eval(state);
            assert_eq!(
                open,
                json!({"hidden": false, "expanded": "true", "position": "absolute"})
            );
            assert_eq!(
                browser.eval(top),
                before,
                "{lang} at {width}: the list pushed the page down"
            );
            // Tab leaves the box and closes the list.
            browser.key("Tab", 9);
            let closed = json!({"hidden": true, "expanded": "false", "position": "absolute"});
            assert_eq!(browser.eval(state), closed, "{lang} at {width}: Tab");
            // So does a click elsewhere on the page (its left margin, away from any link).
            type_search(&mut browser, "100");
            assert_eq!(browser.eval(state), open);
            browser.click(2.0, 890.0);
            assert_eq!(
                browser.eval(state),
                closed,
                "{lang} at {width}: a click outside"
            );
            assert_eq!(
                browser.eval("location.pathname.endsWith('/1006.html')"),
                json!(true)
            );
        }
    }
    drop(browser);
    let _ = std::fs::remove_dir_all(&root);
}
