//! The site's search index: everything a reader may paste or type leads somewhere. Every error
//! text the data quotes (what each library and browser reports for a failure, what a peer's
//! application gets instead of a code), every scenario keyword, every profile code and every
//! refused-upgrade status is in the index of every locale, tied to its page. What the script
//! does with them is checked in a browser (`cli/tests/search_browser.rs`).

use closecode::peer::Sees;
use closecode::{Failure, Locale, Peer, Profile, Scenario, site};
use serde_json::Value;

/// The contents of the site's file at `path`.
fn file<'a>(files: &'a [site::SiteFile], path: &str) -> &'a str {
    let found = files.iter().find(|f| f.path == path);
    &found.unwrap_or_else(|| panic!("no {path}")).contents
}

/// The index of `locale`, read as the JSON it is once its assignment is taken off.
fn index(files: &[site::SiteFile], locale: Locale) -> Value {
    let path = format!("{}/search-index.js", locale.tag());
    let script = file(files, &path);
    let json = script
        .split_once("window.CLOSECODE_INDEX = ")
        .unwrap()
        .1
        .trim_end()
        .trim_end_matches(';');
    serde_json::from_str(json).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn strings(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .map(|items| items.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// The entry of `group` whose page is `href`.
fn entry<'a>(index: &'a Value, group: &str, href: &str) -> &'a Value {
    index[group]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["h"] == href)
        .unwrap_or_else(|| panic!("no {href} in {group}"))
}

#[test]
fn every_quoted_error_text_leads_to_its_page_in_every_locale() {
    let files = site::build(&[], None);
    for locale in Locale::all() {
        let index = index(&files, locale);
        // A refused upgrade's report is kept once with `{status}` for the status, which leads
        // to the failure page with that status.
        let statuses = strings(&index["statuses"]);
        for failure in Failure::all() {
            let href = format!("failure-{}.html", failure.id());
            let page = entry(&index, "failures", &href);
            let quotes = strings(&page["q"]);
            let status = failure.http_status().map(|s| s.to_string());
            for (peer, text) in failure.raises() {
                let template = status
                    .as_ref()
                    .map(|s| text.replace(s.as_str(), "{status}"));
                let found = match template {
                    Some(template) if template != text => statuses.contains(&template.as_str()),
                    _ => quotes.contains(&text),
                };
                assert!(found, "{locale}: {} {peer}: {text}", failure.id());
            }
            assert_eq!(page["s"].as_u64(), failure.http_status().map(u64::from));
        }
        assert!(statuses.contains(&"Error: Unexpected server response: {status}"));
        let slots: Vec<&str> = index["slots"]
            .as_array()
            .unwrap()
            .iter()
            .map(|slot| slot[0].as_str().unwrap())
            .collect();
        let quoted = |href: &str, group: &str| strings(&entry(&index, group, href)["q"]).join("\n");
        for peer in Peer::all() {
            let r = &peer.reactions;
            if let Sees::Error(text) = r.bad_code.sees {
                assert!(slots.contains(&text), "{}: {text}", peer.id);
            }
            for (sees, href, group) in [
                (r.bad_utf8.sees, "1007.html", "codes"),
                (r.one_byte.sees, "1002.html", "codes"),
                (r.too_long.sees, "1002.html", "codes"),
                (peer.no_close, "failure-vanished.html", "failures"),
                (peer.reset, "failure-reset.html", "failures"),
            ] {
                if let Sees::Error(text) = sees {
                    assert!(
                        quoted(href, group).lines().any(|q| q == text),
                        "{}: {text} not on {href}",
                        peer.id
                    );
                }
            }
        }
        // What the review pasted, as the data has it.
        assert!(slots.contains(&"websocket: bad close code {code}"));
        assert!(quoted("failure-vanished.html", "failures").contains("unexpected EOF"));
    }
}

#[test]
fn scenarios_are_found_by_their_keywords_and_profiles_by_their_codes() {
    let files = site::build(&[], None);
    for locale in Locale::all() {
        let index = index(&files, locale);
        for scenario in Scenario::all() {
            let page = entry(
                &index,
                "scenarios",
                &format!("scenario-{}.html", scenario.id()),
            );
            let names = strings(&page["k"]);
            assert!(scenario.keywords().len() > 0, "{}", scenario.id());
            for keyword in scenario.keywords() {
                assert!(names.contains(&keyword), "{locale}: {keyword}");
            }
        }
        for (href, keyword) in [
            ("scenario-drops-after-idle.html", "nginx"),
            ("scenario-drops-after-idle.html", "proxy_read_timeout"),
            ("scenario-drops-after-idle.html", "ALB"),
            ("scenario-drops-after-idle.html", "heartbeat"),
            ("scenario-keepalive-timeout.html", "ping timeout"),
        ] {
            assert!(strings(&entry(&index, "scenarios", href)["k"]).contains(&keyword));
        }
        // The scenario a status without a failure page leads to.
        let refused = &index["scenarios"][index["refused"].as_u64().unwrap() as usize];
        assert_eq!(refused["h"], "scenario-closed-before-open.html");
        for profile in Profile::all() {
            let shown = index["profiles"]
                .as_array()
                .unwrap()
                .iter()
                .find(|p| p["t"] == profile.name())
                .unwrap();
            assert!(strings(&shown["k"]).contains(&profile.id()));
            for entry in profile.entries().filter(|e| !e.is_range()) {
                let code = u64::from(*entry.codes().start());
                assert!(
                    shown["c"].as_array().unwrap().iter().any(|c| c[0] == code),
                    "{} {code}",
                    profile.id()
                );
            }
        }
        let discord = &index["profiles"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["t"] == "Discord Gateway")
            .unwrap();
        assert!(strings(&discord["k"]).contains(&"discord"));
    }
}

#[test]
#[cfg(all(feature = "ko", feature = "ja"))]
fn the_notes_and_kinds_are_in_the_page_language() {
    let files = site::build(&[], None);
    let ko = index(&files, Locale::KO);
    assert_eq!(ko["text"]["comparison"], "비교");
    assert_eq!(ko["text"]["failure"], "연결 실패");
    let ja = index(&files, Locale::JA);
    assert_eq!(ja["text"]["scenario"], "症状別ガイド");
    assert_eq!(ja["text"]["after"], "：");
    // Without scripts, the lookup page says how to find a number.
    assert!(file(&files, "ja/search.html").contains("JavaScriptが無効な場合"));
}

#[test]
fn the_index_stays_small() {
    let files = site::build(&[], None);
    for locale in Locale::all() {
        let path = format!("{}/search-index.js", locale.tag());
        let size = file(&files, &path).len();
        // 12.6–13.2 KB before quotes, keywords and profiles were added.
        assert!(size < 40_000, "{path}: {size} bytes");
    }
}
