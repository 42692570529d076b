//! Sources as links: every URL the site renders is one valid `https` URL, and the pages of
//! failures, scenarios and comparisons link each source their data cites.

use closecode::{CloseCode, Failure, Locale, Peer, Scenario, site};

/// Why `url` is not one valid absolute URL, if it is not: the scheme is `https`, the host has a
/// dot, and nothing is left of a sentence in it (spaces, `;`, brackets, quotes).
fn problem(url: &str) -> Option<&'static str> {
    let Some(rest) = url.strip_prefix("https://") else {
        return Some("not https");
    };
    let host = rest.split(['/', '#', '?']).next().unwrap_or_default();
    if !host.contains('.') || host.starts_with('.') || host.ends_with('.') {
        return Some("no host");
    }
    if url.contains(|c: char| {
        c.is_whitespace() || matches!(c, ';' | '<' | '>' | '(' | ')' | '`' | '\'' | ',')
    }) {
        return Some("a character from a sentence");
    }
    let owner = rest
        .strip_prefix("github.com/")
        .and_then(|r| r.split('/').next());
    if matches!(owner, Some("data" | "reference" | "src")) {
        return Some("closecode's own file as a GitHub repository");
    }
    if url.matches('#').count() > 1 {
        return Some("two fragments");
    }
    None
}

#[test]
fn the_checker_refuses_a_citation_as_a_url() {
    assert_eq!(
        problem("https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1"),
        None
    );
    assert!(
        problem("https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1; RFC Errata 3227").is_some()
    );
    assert!(problem("http://example.com/").is_some());
    assert!(problem("https://nginx.org/a.html#b,").is_some());
    assert!(problem("https://github.com/data/peers.toml").is_some());
}

/// Every absolute link on every page of the site, in every language, is a valid URL, and each
/// page links its sources: the site links far more than the RFC and the registry.
#[test]
fn every_url_on_the_site_is_valid() {
    let files = site::build(&[], None);
    let mut external = std::collections::BTreeSet::new();
    for file in files.iter().filter(|f| f.path.ends_with(".html")) {
        for target in crate::site::hrefs(&file.contents) {
            if !target.contains("://") {
                continue;
            }
            let url = target.replace("&amp;", "&");
            if let Some(problem) = problem(&url) {
                panic!("{}: {url}: {problem}", file.path);
            }
            external.insert(url);
        }
    }
    assert!(
        external.len() > 100,
        "only {} distinct URLs",
        external.len()
    );
    // 1011's two references are two links.
    let files_1011 = site::build(&[Locale::EN], None);
    let page = &files_1011
        .iter()
        .find(|f| f.path == "en/compare/1011-1014.html")
        .unwrap()
        .contents;
    assert!(page.contains("href=\"https://www.rfc-editor.org/errata/eid3227\""));
    assert!(page.contains("href=\"https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1\""));
}

/// The URL a page must link for `citation`, when the citation names one: a written `https`
/// URL, an RFC section, or a GitHub repository (`owner/repo` followed by a path or `#N`).
fn expected_url(citation: &str) -> Option<String> {
    let first = citation.split_whitespace().next()?;
    if let Some(rest) = citation.strip_prefix("RFC ") {
        let mut words = rest.split_whitespace();
        let number = words.next()?;
        let section = words.next()?.strip_prefix('§')?;
        let section = section.trim_end_matches([',', ';', ')']);
        if number.bytes().all(|b| b.is_ascii_digit()) {
            return Some(format!(
                "https://www.rfc-editor.org/rfc/rfc{number}#section-{section}"
            ));
        }
        return None;
    }
    if citation.starts_with("IANA") {
        return None;
    }
    if let Some(at) = citation.find("https://") {
        let url = citation[at..].split_whitespace().next()?;
        return Some(url.trim_end_matches([',', ';', ')', '.']).to_owned());
    }
    let repo = first.split('#').next()?;
    let (owner, name) = repo.split_once('/')?;
    let name_like = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
    };
    (name_like(owner)
        && name_like(name)
        && owner != "whatwg"
        && owner != "data"
        && owner != "reference")
        .then(|| format!("https://github.com/{repo}"))
}

/// Whether `page` links `url` (exactly, or a page under it for a repository).
fn links(page: &str, url: &str) -> bool {
    let escaped = url.replace('&', "&amp;");
    page.contains(&format!("href=\"{escaped}\"")) || page.contains(&format!("href=\"{escaped}/"))
}

/// The page of each failure, scenario and code, and a comparison, links every source of its
/// data that names a URL, an RFC section or a repository.
#[test]
fn failure_scenario_code_and_comparison_pages_link_each_of_their_sources() {
    let locales: Vec<Locale> = Locale::all().collect();
    let files = site::build(&locales, None);
    let page = |path: String| {
        files
            .iter()
            .find(|f| f.path == path)
            .unwrap_or_else(|| panic!("no {path}"))
            .contents
            .as_str()
    };
    let mut checked = 0;
    let languages = locales.len();
    for locale in locales {
        let tag = locale.tag();
        let mut check = |html: &str, citations: &mut dyn Iterator<Item = &str>, what: &str| {
            for citation in citations {
                if let Some(url) = expected_url(citation) {
                    assert!(links(html, &url), "{tag} {what}: {url}");
                    checked += 1;
                }
            }
        };
        for failure in Failure::all() {
            let html = page(format!("{tag}/failure-{}.html", failure.id()));
            check(html, &mut failure.sources(), failure.id());
        }
        for scenario in Scenario::all() {
            let html = page(format!("{tag}/scenario-{}.html", scenario.id()));
            check(html, &mut scenario.sources(), scenario.id());
        }
        for code in closecode::KnownCode::all().map(CloseCode::from) {
            let html = page(format!("{tag}/{code}.html"));
            let what = code.to_string();
            check(html, &mut code.facts().sources.iter().copied(), &what);
        }
        // A comparison cites both codes' sources, and the peers' when their tables differ.
        let html = page(format!("{tag}/compare/1001-1014.html"));
        let codes = [CloseCode::from(1001), CloseCode::from(1014)];
        let facts = codes.iter().flat_map(|code| code.facts().sources.iter());
        let peers = Peer::all()
            .iter()
            .filter(|peer| !peer.accepts(1014.into()))
            .flat_map(|peer| peer.sources.iter());
        check(html, &mut facts.chain(peers).copied(), "1001-1014");
    }
    // About 180 citations a language name a URL; far fewer means pages lost their sources.
    assert!(
        checked > 150 * languages,
        "only {checked} sources checked in {languages} languages"
    );
}

/// A profile's page lists the sources of its codes, each linked, and once: the list of links
/// at the end, not again as rows of the profile's facts.
#[test]
fn profile_pages_link_their_sources() {
    let mut checked = 0;
    for profile in closecode::Profile::all() {
        let files = site::profile_pages(profile, &[Locale::EN]);
        let path = format!("en/profiles/{}/index.html", profile.id());
        let page = &files.iter().find(|f| f.path == path).unwrap().contents;
        for citation in profile.sources() {
            if let Some(url) = expected_url(citation) {
                assert!(links(page, &url), "{path}: {url}");
                checked += 1;
            }
        }
        // The sources are one section of links; the profile's facts do not repeat them.
        let sources = Locale::EN.text(closecode::Label::SOURCES).unwrap();
        assert_eq!(
            page.matches(&format!(">{sources}</h2>")).count(),
            1,
            "{path}"
        );
        assert!(!page.contains(&format!(">{sources}</th>")), "{path}");
        for target in crate::site::hrefs(page) {
            if target.contains("://") {
                assert_eq!(
                    problem(&target.replace("&amp;", "&")),
                    None,
                    "{path}: {target}"
                );
            }
        }
    }
    assert!(checked > 5, "only {checked} profile sources checked");
}
