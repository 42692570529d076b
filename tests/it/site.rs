//! The generated site: complete, linked, bilingual and reproducible.

use std::collections::BTreeSet;

use closecode::{Locale, site};

use crate::html_check::assert_well_formed;

fn hrefs(html: &str) -> Vec<&str> {
    html.match_indices("href=\"")
        .map(|(at, _)| {
            let rest = &html[at + 6..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
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
        ] {
            assert!(
                paths.contains(format!("{tag}/{page}").as_str()),
                "{tag}/{page}"
            );
        }
        // 19 codes, 5 ranges, 171 comparisons, 2 indexes.
        assert_eq!(
            paths
                .iter()
                .filter(|p| p.starts_with(&format!("{tag}/")))
                .count(),
            19 + 5 + 171 + 2
        );
    }
    assert!(paths.contains("index.html") && paths.contains("sitemap.xml"));
}

#[test]
fn pages_are_well_formed_and_in_their_language() {
    for file in site::build(&[], None)
        .iter()
        .filter(|f| f.path.ends_with(".html"))
    {
        assert_well_formed(&file.contents);
        assert!(!file.contents.contains("<script"));
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
