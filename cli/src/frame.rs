//! `closecode frame`: a Close payload decoded, validated, checked against every peer, and
//! explained.

use closecode::Untrusted;
use closecode::frame::{self, ClosePayload, FrameError};
use closecode::peer::{self, PeerReaction};
use closecode::profile::ProfileEntry;
use closecode::render::{self, Block, Link, Page};
use closecode::{CloseCode, Label, Locale, Peer, Profile};

use crate::{Format, Output, json, pages_in};

/// The report on `bytes`: a page about the frame (its verdict, every problem, the code to fail
/// with and why, what each peer or only `only` does with it) followed by the code's page; or
/// JSON.
pub(crate) fn report(
    bytes: &[u8],
    only: Option<&'static Peer>,
    profile: Option<&Profile>,
    locale: Locale,
    output: &Output,
) -> String {
    let decoded = frame::decode(bytes);
    let code = match &decoded {
        Ok(payload) => Some(payload.code()),
        Err(err) => err.code(),
    };
    // A profile speaks for codes the peer may send: only a valid frame's code.
    let entry = match (&decoded, profile, code) {
        (Ok(_), Some(profile), Some(code)) => profile.entry(code),
        _ => None,
    };
    if output.format == Format::Json {
        return json(|out| write_json(bytes, &decoded, code, only, entry, locale, out));
    }
    let label = |label: Label| locale.text(label).unwrap_or_default().to_owned();
    let hex: Vec<String> = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let mut rows = vec![(
        label(Label::PAYLOAD),
        if hex.is_empty() {
            "—".to_owned()
        } else {
            hex.join(" ")
        },
    )];
    // Two sentences: a space after a Latin full stop, none after a full-width one (。).
    let join = |first: String, second: &str| {
        let space = if first.ends_with(['。', '！', '？']) {
            ""
        } else {
            " "
        };
        format!("{first}{space}{second}")
    };
    let verdict = match &decoded {
        Ok(ClosePayload::Empty) => join(label(Label::FRAME_VALID), &label(Label::FRAME_EMPTY)),
        Ok(_) => match refused_by(bytes, only, &label(Label::LIST_SEPARATOR)) {
            Some(peers) => join(
                label(Label::FRAME_VALID),
                &locale.format(
                    Label::FRAME_VALID_REFUSED,
                    &[("peers", peers.as_str().into())],
                ),
            ),
            None => label(Label::FRAME_VALID),
        },
        Err(err) => join(
            locale.format(Label::FRAME_INVALID, &[("code", err.fail_with().into())]),
            &err.describe(locale),
        ),
    };
    rows.push((label(Label::VERDICT), verdict));
    if let Err(err) = &decoded {
        rows.push((label(Label::RECOMMENDATION), err.why(locale).to_owned()));
    }
    if let Some(code) = code {
        let name = match entry {
            Some(entry) => entry.texts(locale).name().to_owned(),
            None => code.describe(locale).name().to_string(),
        };
        rows.push((label(Label::CODE), format!("{code} {name}")));
    }
    if let Ok(ClosePayload::Status { reason, .. }) = &decoded {
        // The reason comes from the peer: escape anything that could act on a terminal.
        rows.push((label(Label::REASON), format!("\"{}\"", Untrusted(reason))));
    }
    let rows = rows
        .into_iter()
        .map(|(label, value)| (label, vec![Link::new(value, None)]))
        .collect();
    let mut blocks = vec![Block::Facts(rows), Block::Heading(2, label(Label::PEERS))];
    blocks.extend(render::peer_blocks(bytes, locale, only));
    let summary = Page::new(locale, label(Label::CLOSE_FRAME), blocks);
    let mut pages = vec![summary];
    if let Some(code) = code {
        pages.push(match profile.filter(|_| decoded.is_ok()) {
            Some(profile) => render::profile_code_page(profile, code, locale),
            None => render::code_page(code, locale),
        });
    }
    pages_in(&pages, output)
}

/// The peers (of the table, or only `only`) that refuse a payload RFC 6455 allows, such as
/// code 1004 or 1014, joined with `separator`: a name alone when every row of that name
/// refuses it, else each refusing row's name and versions. `None` when all accept it.
fn refused_by(bytes: &[u8], only: Option<&'static Peer>, separator: &str) -> Option<String> {
    let peers: Vec<&'static Peer> = match only {
        Some(peer) => vec![peer],
        None => Peer::all().iter().collect(),
    };
    let refuses = |peer: &'static Peer| !peer.reaction(bytes).accepts();
    let mut names: Vec<String> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for peer in &peers {
        if seen.contains(&peer.name) {
            continue;
        }
        seen.push(peer.name);
        let rows: Vec<&'static Peer> = peers
            .iter()
            .copied()
            .filter(|p| p.name == peer.name)
            .collect();
        let refusing: Vec<&'static Peer> = rows.iter().copied().filter(|p| refuses(p)).collect();
        if !refusing.is_empty() && refusing.len() == rows.len() && only.is_none() {
            names.push(peer.name.to_owned());
        } else {
            names.extend(
                refusing
                    .iter()
                    .map(|p| format!("{} {}", p.name, p.versions)),
            );
        }
    }
    (!names.is_empty()).then(|| names.join(separator))
}

#[derive(serde::Serialize)]
struct FrameJson<'a> {
    valid: bool,
    code: Option<CloseCode>,
    reason: Option<&'a str>,
    error: Option<String>,
    problems: Vec<ProblemJson>,
    fail_with: Option<CloseCode>,
    why: Option<&'static str>,
    peers: Vec<PeerReaction>,
    locale: Locale,
    name: Option<String>,
    description: Option<String>,
    retry: Option<closecode::RetryClass>,
    retry_advice: Option<&'static str>,
}

/// One problem of the payload: a stable kind and its sentence.
#[derive(serde::Serialize)]
struct ProblemJson {
    kind: &'static str,
    text: String,
}

fn problems(err: &FrameError, locale: Locale) -> Vec<ProblemJson> {
    use closecode::frame::FrameErrorKind as Kind;
    err.problems()
        .iter()
        .map(|problem| ProblemJson {
            kind: match problem {
                Kind::OneByte => "one-byte",
                Kind::TooLong { .. } => "too-long",
                Kind::InvalidUtf8 { .. } => "invalid-utf8",
                Kind::CodeNotAllowed { .. } => "code-not-allowed",
                _ => "other",
            },
            text: problem.describe(locale),
        })
        .collect()
}

fn write_json(
    bytes: &[u8],
    decoded: &Result<ClosePayload<'_>, FrameError>,
    code: Option<CloseCode>,
    only: Option<&'static Peer>,
    entry: Option<&ProfileEntry>,
    locale: Locale,
    out: &mut String,
) -> std::fmt::Result {
    let text = code.map(|c| c.describe(locale));
    let retry = entry
        .map(ProfileEntry::retry)
        .or(code.map(CloseCode::retry));
    let err = decoded.as_ref().err();
    let report = FrameJson {
        valid: decoded.is_ok(),
        code,
        reason: decoded.as_ref().ok().map(|p| p.reason()),
        error: err.map(|e| e.describe(locale)),
        problems: err.map_or(Vec::new(), |e| problems(e, locale)),
        fail_with: err.map(FrameError::fail_with),
        why: err.map(|e| e.why(locale)),
        peers: match only {
            Some(peer) => vec![peer.reaction(bytes)],
            None => peer::reactions(bytes).collect(),
        },
        locale,
        name: match entry {
            Some(entry) => Some(entry.texts(locale).name().to_owned()),
            None => text.map(|t| t.name().to_string()),
        },
        description: match entry {
            Some(entry) => Some(entry.texts(locale).description().to_owned()),
            None => text.map(|t| t.description().to_string()),
        },
        retry,
        retry_advice: retry.map(|r| r.phrase(locale)),
    };
    let text = serde_json::to_string_pretty(&report).map_err(|_| std::fmt::Error)?;
    out.push_str(&text);
    out.push('\n');
    Ok(())
}
