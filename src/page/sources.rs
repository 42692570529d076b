//! Sources as links: every citation in `data/` (a code's `reference` and `sources`, a peer's,
//! a failure's, a scenario's) becomes one link to one valid URL, so a reader can check each
//! claim a page makes. A citation is written for people ("RFC 9110 §15.5.2 (401; ...)",
//! "gorilla/websocket conn.go (...) @e064f32e"); this module reads the reference at its start
//! and leaves the English note in the data, so a Korean or Japanese page shows only names,
//! paths and numbers.

use super::{Block, Link};
use crate::table::label;
use crate::{CloseCode, Locale, Peer};

/// The RFC Editor's page of an RFC; a section is `#section-7.4.1`.
const RFC_EDITOR: &str = "https://www.rfc-editor.org/rfc/rfc";

/// The WHATWG WebSockets Standard, which `index.bs` in whatwg/websockets is the source of.
const WHATWG_WEBSOCKETS: &str = "https://websockets.spec.whatwg.org/";

/// Short names the data uses for a repository: (first word, repository).
const ALIASES: [(&str, &str); 6] = [
    ("PYWS", "python-websockets/websockets"),
    ("Chromium", "chromium/chromium"),
    ("CPython", "python/cpython"),
    ("nginx", "nginx/nginx"),
    ("openssl", "openssl/openssl"),
    ("tungstenite", "snapview/tungstenite-rs"),
];

/// A word without the punctuation that ends it in running text.
fn trimmed(word: &str) -> &str {
    word.trim_end_matches([',', ';', ':', ')', '.', '\''])
}

/// Whether `word` is a GitHub owner or repository name.
fn is_name(word: &str) -> bool {
    !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
}

/// The folders of closecode's own repository that citations name ("data/peers.toml ..."): a
/// path there is not a GitHub repository.
const OWN_FOLDERS: [&str; 6] = ["data", "reference", "notes", "locales", "src", "docs"];

/// `owner/repo` as two names, or `None`.
fn repository(word: &str) -> Option<&str> {
    let (owner, name) = word.split_once('/')?;
    let own = OWN_FOLDERS.contains(&owner);
    (!own && is_name(owner) && is_name(name)).then_some(word)
}

/// `owner/repo#N` as an issue or pull-request link (GitHub redirects an issue URL to the pull
/// request of the same number).
fn issue(word: &str) -> Option<(String, String)> {
    let word = trimmed(word.trim_start_matches('('));
    let (repo, number) = word.split_once('#')?;
    let repo = repository(repo)?;
    let digits = number.bytes().all(|b| b.is_ascii_digit()) && !number.is_empty();
    digits.then(|| {
        (
            word.to_owned(),
            format!("https://github.com/{repo}/issues/{number}"),
        )
    })
}

/// "RFC 9110 §15.5.2 ...", "RFC 6455 ..." or "RFC Errata 3227": the text and URL.
fn rfc(citation: &str) -> Option<(String, String)> {
    let mut words = citation.split_whitespace();
    if words.next()? != "RFC" {
        return None;
    }
    let number = trimmed(words.next()?);
    if number == "Errata" {
        let erratum = trimmed(words.next()?);
        let digits = erratum.bytes().all(|b| b.is_ascii_digit());
        return digits.then(|| {
            (
                format!("RFC Errata {erratum}"),
                format!("https://www.rfc-editor.org/errata/eid{erratum}"),
            )
        });
    }
    if !number.bytes().all(|b| b.is_ascii_digit()) || number.is_empty() {
        return None;
    }
    let section = words
        .next()
        .and_then(|word| word.strip_prefix('§'))
        .map(trimmed)
        .filter(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit() || b == b'.'));
    Some(match section {
        Some(section) => (
            format!("RFC {number} §{section}"),
            format!("{RFC_EDITOR}{number}#section-{section}"),
        ),
        None => (format!("RFC {number}"), format!("{RFC_EDITOR}{number}")),
    })
}

/// The first `https://` URL written in the citation, shown without its scheme.
fn written_url(citation: &str) -> Option<(String, String)> {
    let at = citation.find("https://")?;
    let word = citation[at..].split_whitespace().next()?;
    let url = trimmed(word);
    let text = url.trim_start_matches("https://");
    Some((text.to_owned(), url.to_owned()))
}

/// "WHATWG index.bs #anchor ..." or "whatwg/websockets index.bs (... #anchor)": the standard,
/// at the first anchor named.
fn whatwg(citation: &str) -> Option<(String, String)> {
    let first = citation.split_whitespace().next()?;
    if first != "WHATWG" && first != "whatwg/websockets" {
        return None;
    }
    let anchor = citation
        .split_whitespace()
        .map(|word| trimmed(word.trim_start_matches('(')))
        .find(|word| word.len() > 1 && word.starts_with('#'));
    Some(match anchor {
        Some(anchor) => (
            format!("WHATWG WebSockets {anchor}"),
            format!("{WHATWG_WEBSOCKETS}{anchor}"),
        ),
        None => ("WHATWG WebSockets".to_owned(), WHATWG_WEBSOCKETS.to_owned()),
    })
}

/// "owner/repo path ... @commit", a known alias in place of `owner/repo`, or "owner/repo#N":
/// the file at that commit (or the default branch), the issue, or the repository.
fn github(citation: &str) -> Option<(String, String)> {
    let mut words = citation.split_whitespace();
    let first = words.next()?;
    if let Some(found) = issue(first) {
        return Some(found);
    }
    let alias = ALIASES.iter().find(|(name, _)| *name == first);
    let repo = match alias {
        Some((_, repo)) => *repo,
        None => repository(first)?,
    };
    let mut git_ref = None;
    let mut next = words.next();
    // "tungstenite 0.30.0 src/client.rs": a version names the release's tag.
    if let Some(version) =
        next.filter(|w| alias.is_some() && w.starts_with(|c: char| c.is_ascii_digit()))
    {
        git_ref = Some(format!("v{}", trimmed(version)));
        next = words.next();
    }
    let path = next
        .map(trimmed)
        .filter(|w| !w.starts_with('(') && (w.contains('/') || w.contains('.')) && is_path(w));
    let commit = citation
        .split_whitespace()
        .filter_map(|w| w.strip_prefix('@'))
        .map(trimmed)
        .find(|w| is_name(w));
    let git_ref = commit.map(str::to_owned).or(git_ref);
    Some(match path {
        Some(path) => {
            // The data cites Python websockets' package files from inside the package.
            let path = match first {
                "PYWS" if !path.starts_with("src/") => format!("src/websockets/{path}"),
                _ => path.to_owned(),
            };
            // The text names the commit or tag too: rows cite one file at several versions.
            let (at, text) = match git_ref.as_deref() {
                Some(at) => (at, format!("{repo} {path} @{at}")),
                None => ("HEAD", format!("{repo} {path}")),
            };
            (text, format!("https://github.com/{repo}/blob/{at}/{path}"))
        }
        None => (repo.to_owned(), format!("https://github.com/{repo}")),
    })
}

/// Whether `word` reads as a file path: names separated by `/`.
fn is_path(word: &str) -> bool {
    word.split('/').all(is_name)
}

/// A citation as one link: its reference as the text (a name, a path, a number, never the
/// English note; the registry by its name in `locale`) and the one URL it names; plain text
/// when it cites closecode's own files.
pub(crate) fn link(citation: &str, locale: Locale) -> Link {
    let registry = || {
        let name = locale.label_at(label::LABEL_IANA_REGISTRY).to_owned();
        (name, super::IANA_REGISTRY.to_owned())
    };
    let found = rfc(citation)
        .or_else(|| citation.starts_with("IANA").then(registry))
        .or_else(|| written_url(citation))
        .or_else(|| whatwg(citation))
        .or_else(|| github(citation))
        .or_else(|| citation.split_whitespace().find_map(issue));
    match found {
        Some((text, url)) => Link::new(text, Some(url)),
        None => {
            let head = citation.split_whitespace().next().unwrap_or_default();
            Link::plain(trimmed(head))
        }
    }
}

/// The references of a code's "Defined in" fact ("RFC 6455 §7.4.2, §11.7; RFC Errata 3227"),
/// one citation each: "RFC 6455 §7.4.2", "RFC 6455 §11.7", "RFC Errata 3227".
pub(crate) fn reference_sources(reference: &str) -> impl Iterator<Item = String> + '_ {
    reference.split("; ").flat_map(|one| {
        let mut parts = one.split(", ");
        let head = parts.next().unwrap_or_default();
        let prefix = head.split('§').next().unwrap_or_default().to_owned();
        core::iter::once(head.to_owned()).chain(parts.map(move |part| format!("{prefix}{part}")))
    })
}

/// A "Sources" section: one link per distinct reference, in the order cited; nothing when
/// there are none.
pub(crate) fn block<S: AsRef<str>>(
    citations: impl IntoIterator<Item = S>,
    locale: Locale,
) -> Vec<Block> {
    let links = distinct(citations, locale);
    if links.is_empty() {
        return Vec::new();
    }
    vec![
        Block::Section {
            level: 2,
            id: super::section::SOURCES.to_owned(),
            text: locale.label_at(label::LABEL_SOURCES).to_owned(),
        },
        Block::Links(links),
    ]
}

/// The citations as links, each reference once.
fn distinct<S: AsRef<str>>(citations: impl IntoIterator<Item = S>, locale: Locale) -> Vec<Link> {
    let mut links: Vec<Link> = Vec::new();
    for citation in citations {
        let one = link(citation.as_ref(), locale);
        if !links.contains(&one) {
            links.push(one);
        }
    }
    links
}

/// The sources of a code's page: where the code is defined and what its facts rest on, then
/// the sources of the peer table the page shows. Works for any number; a range's page passes
/// the number that stands for the range.
///
/// Where it goes: at the end of the page, next to the facts table.
pub(crate) fn sources_block(code: CloseCode, locale: Locale) -> Vec<Block> {
    let facts = code.facts();
    let own =
        reference_sources(facts.reference).chain(facts.sources.iter().map(|s| (*s).to_owned()));
    let peers = Peer::all().iter().flat_map(|peer| peer.sources.iter());
    block(own.chain(peers.map(|s| (*s).to_owned())), locale)
}

#[cfg(test)]
mod tests {
    use crate::Locale;

    fn link(citation: &str) -> crate::render::Link {
        super::link(citation, Locale::EN)
    }

    fn url(citation: &str) -> Option<String> {
        link(citation).href
    }

    #[test]
    fn each_kind_of_citation_links_its_reference() {
        assert_eq!(
            url("RFC 9110 §15.5.2 (401; 'The user agent MAY repeat')").as_deref(),
            Some("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2")
        );
        assert_eq!(
            url("RFC Errata 3227").as_deref(),
            Some("https://www.rfc-editor.org/errata/eid3227")
        );
        assert_eq!(
            url("gorilla/websocket conn.go (handleProtocolError) @e064f32e").as_deref(),
            Some("https://github.com/gorilla/websocket/blob/e064f32e/conn.go")
        );
        assert_eq!(
            url("snapview/tungstenite-rs#502 (a received 1014 becomes 1002)").as_deref(),
            Some("https://github.com/snapview/tungstenite-rs/issues/502")
        );
        assert_eq!(
            url("tungstenite 0.30.0 src/client.rs connect_to_some").as_deref(),
            Some("https://github.com/snapview/tungstenite-rs/blob/v0.30.0/src/client.rs")
        );
        assert_eq!(
            url("PYWS asyncio/client.py connect (open_timeout=10)").as_deref(),
            Some(
                "https://github.com/python-websockets/websockets/blob/HEAD/src/websockets/asyncio/client.py"
            )
        );
        assert_eq!(
            url("WHATWG index.bs #feedback-from-the-protocol warning").as_deref(),
            Some("https://websockets.spec.whatwg.org/#feedback-from-the-protocol")
        );
        assert_eq!(
            url("nginx.org docs proxy_read_timeout https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_read_timeout; AWS").as_deref(),
            Some("https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_read_timeout")
        );
        assert_eq!(
            url("data/peers.toml node-ws (≥ 7.2.2 accepts 1014; websockets/ws#1682)").as_deref(),
            Some("https://github.com/websockets/ws/issues/1682")
        );
        // closecode's own files have no public URL yet: plain text, never a made-up link.
        assert_eq!(url("reference/facts-audit-2026-11.md item 7"), None);
        assert_eq!(
            link("reference/facts-audit-2026-11.md item 7").text,
            "reference/facts-audit-2026-11.md"
        );
    }
}
