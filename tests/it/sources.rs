//! Every fact's source is one a reader can check: an RFC section, the IANA registry, or a public
//! repository with a file path or an issue or pull-request number.

use closecode::{CloseCode, Peer};

/// Whether `source` names an RFC section, the registry, or `owner/repo` followed by `#N` or a
/// path with a slash or a dot in it.
fn is_checkable(source: &str) -> bool {
    if source.starts_with("IANA registry") {
        return true;
    }
    if let Some(rest) = source.strip_prefix("RFC ") {
        let (number, section) = rest.split_once(" §").unwrap_or((rest, ""));
        return number.bytes().all(|b| b.is_ascii_digit())
            && section.starts_with(|c: char| c.is_ascii_digit());
    }
    let (repository, rest) = source.split_once(['#', ' ']).unwrap_or((source, ""));
    let Some((owner, name)) = repository.split_once('/') else {
        return false;
    };
    let word = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
    };
    if !word(owner) || !word(name) {
        return false;
    }
    let separator = source.as_bytes()[repository.len()];
    if separator == b'#' {
        return rest.starts_with(|c: char| c.is_ascii_digit());
    }
    // A path: its first word holds a slash or a dot ("conn.go", "src/websockets/frames.py"),
    // or it names a commit.
    let first = rest.split(' ').next().unwrap_or("");
    first.contains(['/', '.']) || first == "commit"
}

#[test]
fn the_checker_tells_a_citation_from_a_vague_one() {
    for good in [
        "RFC 6455 §7.4.1",
        "IANA registry (2016-10-10)",
        "snapview/tungstenite-rs#502",
        "gorilla/websocket conn.go (validReceivedCloseCodes)",
        "whatwg/websockets index.bs (close() method steps)",
    ] {
        assert!(is_checkable(good), "{good}");
    }
    for vague in [
        "WHATWG WebSockets Standard, close() method",
        "websockets documentation, keepalive",
        "AWS API Gateway WebSocket quotas",
        "github/stable-socket (1008 fatal by default)",
        "RFC 6455",
    ] {
        assert!(!is_checkable(vague), "{vague}");
    }
}

#[test]
fn every_source_is_checkable() {
    let mut seen = std::collections::BTreeSet::<&str>::new();
    for number in 0..=u16::MAX {
        seen.extend(CloseCode::new(number).facts().sources.iter().copied());
    }
    for peer in Peer::all() {
        seen.extend(peer.sources.iter().copied());
    }
    let vague: Vec<_> = seen.into_iter().filter(|s| !is_checkable(s)).collect();
    assert!(
        vague.is_empty(),
        "sources a reader cannot check: {vague:#?}"
    );
}
