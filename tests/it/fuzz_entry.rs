//! The fuzz entry points: one function per target, each taking arbitrary bytes. They panic
//! only when an invariant breaks. Compiled into the fuzz targets (fuzz/fuzz_targets/*.rs) and
//! into the stable test suite (tests/it/fuzz_replay.rs), which replays every corpus file. It
//! lives here, not in fuzz/, so that the published package (which leaves out fuzz/, a crate of
//! its own) holds every file the tests need.

use closecode::frame::{self, ClosePayload};
#[cfg(feature = "pages")]
use closecode::render::{self, Block, Link, Nav, Page};
use closecode::{CloseCode, Locale, Untrusted};

// The generator (build/codegen.rs) and the HTML check (tests/it/html_check.rs) are modules of
// the crate that includes this file: each fuzz target declares them, and so does the test
// binary, which has them already.
use crate::{codegen, html_check};

/// A fuzz target's entry point.
pub type Target = fn(&[u8]);

/// The fuzz targets, by name, for the replay test.
pub const TARGETS: [(&str, Target); 8] = [
    ("frame", frame),
    ("hex", hex),
    ("names", names),
    ("locale", locale),
    ("render", render),
    ("generator", generator),
    ("explain", explain),
    ("added_locale", added_locale),
];

/// Log lines: scanning never panics, holds no more than its line limit, numbers the lines,
/// and what it recognizes is what `explain::line` recognizes in the same text; a reason is part
/// of its line; every id reads back; the line and the reason print without control characters.
/// Needs the `explain` feature; without it, nothing to check.
pub fn explain(data: &[u8]) {
    #[cfg(feature = "explain")]
    {
        use closecode::explain::{self, Line, LoggedFailure, Reported, Scanner};

        let limit = 1 + usize::from(data.first().copied().unwrap_or(0));
        let mut scanner = Scanner::new(data).max_line(limit);
        let mut lines = 0;
        while let Some(scanned) = scanner.next_line() {
            let scanned = scanned.expect("reading a slice cannot fail");
            lines += 1;
            assert_eq!(scanned.number, lines);
            match scanned.line {
                Line::Recognized(found) => {
                    // A replaced byte (U+FFFD) takes three.
                    assert!(found.line.len() <= 3 * limit);
                    let again =
                        explain::line(found.line).expect("the same text is recognized again");
                    assert_eq!(again, found);
                    if let Some(reason) = found.reason {
                        let start = reason.as_ptr() as usize - found.line.as_ptr() as usize;
                        assert!(start + reason.len() <= found.line.len());
                        assert!(!Untrusted(reason).to_string().chars().any(char::is_control));
                    }
                    assert!(
                        !Untrusted(found.line)
                            .to_string()
                            .chars()
                            .any(char::is_control)
                    );
                    if let Reported::Failure(failure) = found.reported {
                        assert_eq!(LoggedFailure::from_id(&failure.id()), Some(failure));
                    }
                    // A code read from context never claims a stack's format.
                    if found.confidence == explain::Confidence::Context {
                        assert_eq!(found.stack, None);
                    }
                    let _ = (
                        found.reported.retry(),
                        found.stack.map(|stack| stack.name()),
                        found.who.id(),
                        found
                            .received
                            .map(|code| code.describe(closecode::Locale::EN).name()),
                    );
                }
                Line::TooLong { length } => assert!(length > limit as u64),
                _ => {}
            }
        }
        assert!(lines <= data.len() as u64 + 1);
        // The whole input as one line, as the library's `&str` entry point sees it.
        let text = String::from_utf8_lossy(data);
        for found in explain::text(&text) {
            assert!(text.contains(found.line));
        }
    }
    #[cfg(not(feature = "explain"))]
    let _ = data;
}

/// Close payloads: decoding never panics; what decodes encodes back to the same bytes; errors
/// name 1002 or 1007.
pub fn frame(data: &[u8]) {
    match frame::decode(data) {
        Ok(ClosePayload::Empty) => assert!(data.is_empty()),
        Ok(ClosePayload::Status { code, reason }) => {
            assert!(code.facts().wire.allowed() && reason.len() <= frame::MAX_REASON);
            // Decoding follows RFC 6455, which allows 1004; closecode sends only codes with a
            // meaning, so 1004 does not encode.
            match frame::encode(code, reason) {
                Ok(encoded) => assert_eq!(encoded.as_bytes(), data),
                Err(_) => assert_eq!(code, CloseCode::RESERVED),
            }
            let _ = frame::encode(code, frame::truncate_reason(reason, data.len() % 130));
        }
        Err(err) => {
            assert!(matches!(err.fail_with().get(), 1002 | 1007));
            for locale in Locale::all() {
                assert!(!err.describe(locale).is_empty());
            }
        }
    }
}

/// The CLI's hex input: decodes in bounded time, and what decodes is examined like a frame.
pub fn hex(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(bytes) = frame::from_hex(&text) {
        assert!(bytes.len() <= frame::MAX_HEX_BYTES);
        frame(&bytes);
    }
}

/// Code numbers and names: strict numbers round-trip, a parsed name is the name lookup's
/// answer; nothing panics.
pub fn names(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(code) = text.parse::<CloseCode>() {
        if text.starts_with(|c: char| c.is_ascii_digit()) {
            assert_eq!(code.to_string(), text);
        } else {
            assert_eq!(CloseCode::from_name(&text), Some(code));
        }
    }
    if let Some(code) = CloseCode::from_name(&text) {
        assert!(code.is_registered());
    }
}

/// A locale's Fluent text as an application hands it over at run time (`NewLocale`): checking
/// never panics; a refusal names positions inside the files; warnings (with `fall_back` only)
/// are about missing messages. The first byte picks the mode: bit 0 falls back, bit 1 splices
/// the rest into the exported English catalog (close to valid input) instead of using it alone.
/// Needs the `locale-files` feature; without it, nothing to check.
pub fn added_locale(data: &[u8]) {
    #[cfg(feature = "locale-files")]
    {
        use closecode::NewLocale;
        use std::sync::OnceLock;

        static EXPORT: OnceLock<String> = OnceLock::new();
        let Some((&mode, rest)) = data.split_first() else {
            return;
        };
        let fuzzed = String::from_utf8_lossy(rest);
        let text = if mode & 2 == 0 {
            fuzzed.into_owned()
        } else {
            let export = EXPORT.get_or_init(|| {
                closecode::catalog::export(Locale::EN, closecode::catalog::DEFAULT_PREFIX)
            });
            let mut at = (usize::from(mode) * 7919 + rest.len() * 31) % (export.len() + 1);
            while !export.is_char_boundary(at) {
                at -= 1;
            }
            format!("{}{fuzzed}{}", &export[..at], &export[at..])
        };
        let mut locale = NewLocale::new("de").file("de.ftl", &text);
        let fall_back = mode & 1 == 1;
        if fall_back {
            locale = locale.fall_back();
        }
        match locale.check() {
            Ok(warnings) => {
                assert!(fall_back || warnings.is_empty());
                assert!(warnings.iter().all(|w| w.message().contains("missing")));
            }
            Err(err) => {
                assert!(!err.problems().is_empty());
                for problem in err.problems() {
                    assert!(problem.line() >= 1 && problem.column() >= 1, "{problem}");
                    if problem.path() == "de.ftl" {
                        assert!(problem.line() <= text.lines().count() + 1, "{problem}");
                    }
                }
            }
        }
    }
    #[cfg(not(feature = "locale-files"))]
    let _ = data;
}

/// Language tags, POSIX locale strings and Accept-Language headers.
pub fn locale(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(locale) = Locale::from_tag(&text) {
        assert!(Locale::all().any(|l| l == locale));
    }
    let _ = Locale::from_accept_language(&text);
    for line in text.lines() {
        let _ = Locale::from_tag(line);
    }
}

/// Arbitrary text in every block of every renderer: HTML stays well-formed and escaped,
/// Markdown escaped, terminal text free of control characters; comparisons of arbitrary codes
/// render; JSON stays valid. Without the `pages` feature, only the escaping of untrusted text.
pub fn render(data: &[u8]) {
    let text = String::from_utf8_lossy(data).into_owned();
    let shown = Untrusted(&text).to_string();
    assert!(
        !shown
            .chars()
            .any(|c| c.is_control()
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
    );
    #[cfg(feature = "pages")]
    pages(data, &text);
}

/// The renderers' part of the `render` target.
#[cfg(feature = "pages")]
fn pages(data: &[u8], text: &str) {
    use closecode::compare;

    let page = page_with(text, data.len() % 2 == 0);
    let mut html = String::new();
    render::html::write(&page, &mut html).unwrap();
    html_check::assert_well_formed(&html);
    let mut markdown = String::new();
    render::markdown::write(&page, &mut markdown).unwrap();
    let mut plain = String::new();
    render::text::write(&page, &mut plain, 40 + data.len() % 80).unwrap();

    let code = |at: usize| {
        CloseCode::new(u16::from_le_bytes([
            data.get(at).copied().unwrap_or(0),
            data.get(at + 1).copied().unwrap_or(0),
        ]))
    };
    // Any shipped locale: English only when the library is built without the others.
    let locale = Locale::all()
        .nth(data.len() % Locale::all().len())
        .unwrap_or_default();
    let comparison = compare(code(0), code(2), locale);
    let mut html = String::new();
    render::html::write(&render::comparison_page(&comparison), &mut html).unwrap();
    html_check::assert_well_formed(&html);
    #[cfg(feature = "serde")]
    {
        let mut json = String::new();
        render::json::comparison(&comparison, &mut json).unwrap();
        serde_json::from_str::<serde_json::Value>(&json).unwrap();
        json.clear();
        render::json::codes(&[code(0), code(4)], locale, &mut json).unwrap();
        serde_json::from_str::<serde_json::Value>(&json).unwrap();
    }
}

/// A page with `text` in every kind of block, title, link and navigation: what an attacker
/// controls when a page shows a close reason.
#[cfg(feature = "pages")]
pub fn page_with(text: &str, row_headers: bool) -> Page {
    let text = text.to_owned();
    let link = || Link::new(text.clone(), Some(text.clone()));
    // The last shipped locale: not English, unless the library ships English only.
    let mut page = Page::new(
        Locale::all().last().unwrap_or_default(),
        text.clone(),
        vec![
            Block::Heading(2, text.clone()),
            Block::Paragraph(text.clone()),
            Block::Facts(vec![(text.clone(), vec![link()])]),
            Block::Labeled(vec![(text.clone(), text.clone())]),
            Block::Table {
                head: vec![Link::new(text.clone(), None)],
                rows: vec![vec![link()]],
                row_headers,
            },
            Block::Links(vec![link()]),
        ],
    );
    page.nav = Nav::new(Some(link()), vec![(Locale::EN, text.clone())]);
    page
}

/// The real catalogs and table, for the generator target to break.
pub const INPUTS: [(&str, &str); 51] = [
    (
        "data/close-codes.toml",
        include_str!("../../data/close-codes.toml"),
    ),
    ("data/peers.toml", include_str!("../../data/peers.toml")),
    (
        "data/failures.toml",
        include_str!("../../data/failures.toml"),
    ),
    (
        "data/scenarios.toml",
        include_str!("../../data/scenarios.toml"),
    ),
    (
        "data/profiles/centrifuge.toml",
        include_str!("../../data/profiles/centrifuge.toml"),
    ),
    (
        "data/profiles/discord-gateway.toml",
        include_str!("../../data/profiles/discord-gateway.toml"),
    ),
    (
        "data/profiles/graphql-ws.toml",
        include_str!("../../data/profiles/graphql-ws.toml"),
    ),
    (
        "data/profiles/obs-websocket.toml",
        include_str!("../../data/profiles/obs-websocket.toml"),
    ),
    (
        "data/profiles/twitch-eventsub.toml",
        include_str!("../../data/profiles/twitch-eventsub.toml"),
    ),
    (
        "locales/en/catalog.ftl",
        include_str!("../../locales/en/catalog.ftl"),
    ),
    (
        "locales/en/cli.ftl",
        include_str!("../../locales/en/cli.ftl"),
    ),
    (
        "locales/en/codes.ftl",
        include_str!("../../locales/en/codes.ftl"),
    ),
    (
        "locales/en/compare.ftl",
        include_str!("../../locales/en/compare.ftl"),
    ),
    (
        "locales/en/examples.ftl",
        include_str!("../../locales/en/examples.ftl"),
    ),
    (
        "locales/en/explain.ftl",
        include_str!("../../locales/en/explain.ftl"),
    ),
    (
        "locales/en/failures.ftl",
        include_str!("../../locales/en/failures.ftl"),
    ),
    (
        "locales/en/frame.ftl",
        include_str!("../../locales/en/frame.ftl"),
    ),
    (
        "locales/en/labels.ftl",
        include_str!("../../locales/en/labels.ftl"),
    ),
    (
        "locales/en/page.ftl",
        include_str!("../../locales/en/page.ftl"),
    ),
    (
        "locales/en/profiles.ftl",
        include_str!("../../locales/en/profiles.ftl"),
    ),
    (
        "locales/en/ranges.ftl",
        include_str!("../../locales/en/ranges.ftl"),
    ),
    (
        "locales/en/scenarios.ftl",
        include_str!("../../locales/en/scenarios.ftl"),
    ),
    (
        "locales/en/search.ftl",
        include_str!("../../locales/en/search.ftl"),
    ),
    (
        "locales/ja/catalog.ftl",
        include_str!("../../locales/ja/catalog.ftl"),
    ),
    (
        "locales/ja/cli.ftl",
        include_str!("../../locales/ja/cli.ftl"),
    ),
    (
        "locales/ja/codes.ftl",
        include_str!("../../locales/ja/codes.ftl"),
    ),
    (
        "locales/ja/compare.ftl",
        include_str!("../../locales/ja/compare.ftl"),
    ),
    (
        "locales/ja/examples.ftl",
        include_str!("../../locales/ja/examples.ftl"),
    ),
    (
        "locales/ja/explain.ftl",
        include_str!("../../locales/ja/explain.ftl"),
    ),
    (
        "locales/ja/failures.ftl",
        include_str!("../../locales/ja/failures.ftl"),
    ),
    (
        "locales/ja/frame.ftl",
        include_str!("../../locales/ja/frame.ftl"),
    ),
    (
        "locales/ja/labels.ftl",
        include_str!("../../locales/ja/labels.ftl"),
    ),
    (
        "locales/ja/page.ftl",
        include_str!("../../locales/ja/page.ftl"),
    ),
    (
        "locales/ja/profiles.ftl",
        include_str!("../../locales/ja/profiles.ftl"),
    ),
    (
        "locales/ja/ranges.ftl",
        include_str!("../../locales/ja/ranges.ftl"),
    ),
    (
        "locales/ja/scenarios.ftl",
        include_str!("../../locales/ja/scenarios.ftl"),
    ),
    (
        "locales/ja/search.ftl",
        include_str!("../../locales/ja/search.ftl"),
    ),
    (
        "locales/ko/catalog.ftl",
        include_str!("../../locales/ko/catalog.ftl"),
    ),
    (
        "locales/ko/cli.ftl",
        include_str!("../../locales/ko/cli.ftl"),
    ),
    (
        "locales/ko/codes.ftl",
        include_str!("../../locales/ko/codes.ftl"),
    ),
    (
        "locales/ko/compare.ftl",
        include_str!("../../locales/ko/compare.ftl"),
    ),
    (
        "locales/ko/examples.ftl",
        include_str!("../../locales/ko/examples.ftl"),
    ),
    (
        "locales/ko/explain.ftl",
        include_str!("../../locales/ko/explain.ftl"),
    ),
    (
        "locales/ko/failures.ftl",
        include_str!("../../locales/ko/failures.ftl"),
    ),
    (
        "locales/ko/frame.ftl",
        include_str!("../../locales/ko/frame.ftl"),
    ),
    (
        "locales/ko/labels.ftl",
        include_str!("../../locales/ko/labels.ftl"),
    ),
    (
        "locales/ko/page.ftl",
        include_str!("../../locales/ko/page.ftl"),
    ),
    (
        "locales/ko/profiles.ftl",
        include_str!("../../locales/ko/profiles.ftl"),
    ),
    (
        "locales/ko/ranges.ftl",
        include_str!("../../locales/ko/ranges.ftl"),
    ),
    (
        "locales/ko/scenarios.ftl",
        include_str!("../../locales/ko/scenarios.ftl"),
    ),
    (
        "locales/ko/search.ftl",
        include_str!("../../locales/ko/search.ftl"),
    ),
];

/// The build's generator fed arbitrary TOML and Fluent: it returns problems, never panics.
/// The first byte picks a file; the rest replaces it, or is spliced into it.
pub fn generator(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let target = usize::from(pick) % INPUTS.len();
    let fuzzed = String::from_utf8_lossy(rest);
    let file = |(path, text): (&str, &str), index: usize| {
        let text = if index != target {
            text.to_owned()
        } else if pick & 0x80 == 0 {
            fuzzed.clone().into_owned()
        } else {
            // Splice into the real text at a character boundary, to stay close to valid input.
            let mut at = (usize::from(pick) * 7919 + rest.len()) % (text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            format!("{}{fuzzed}{}", &text[..at], &text[at..])
        };
        codegen::SourceFile {
            path: path.to_owned(),
            text,
        }
    };
    let mut table = None;
    let mut peers = None;
    let mut failures = None;
    let mut scenarios = None;
    let mut profiles = Vec::new();
    let mut locales: Vec<codegen::LocaleInput> = Vec::new();
    for (index, input) in INPUTS.iter().enumerate() {
        let source = file(*input, index);
        match input.0 {
            "data/close-codes.toml" => table = Some(source),
            "data/peers.toml" => peers = Some(source),
            "data/failures.toml" => failures = Some(source),
            "data/scenarios.toml" => scenarios = Some(source),
            path if path.starts_with("data/profiles/") => profiles.push(source),
            path => {
                // locales/<tag>/<file>.ftl, in tag order.
                let tag = path.split('/').nth(1).unwrap_or_default().to_owned();
                match locales.iter_mut().find(|l| l.tag == tag) {
                    Some(locale) => locale.files.push(source),
                    None => locales.push(codegen::LocaleInput {
                        tag,
                        files: vec![source],
                    }),
                }
            }
        }
    }
    let input = codegen::Input {
        table: table.unwrap(),
        peers: peers.unwrap(),
        failures: failures.unwrap(),
        scenarios: scenarios.unwrap(),
        profiles,
        locales,
    };
    if let Err(problems) = codegen::generate(&input) {
        for problem in problems {
            assert!(problem.line >= 1 && problem.col >= 1 && !problem.message.is_empty());
            assert!(!problem.to_string().contains('\n'));
        }
    }
}
