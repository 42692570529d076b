//! The examples on the pages: the files in `examples/site/`, included as they are (CI runs each
//! against a test server, so a page shows code that works), under headings from the catalogs.
//! A Korean or Japanese page shows the copy in `examples/site/ko/` or `examples/site/ja/`, whose
//! comments are translated and whose code is the English file's, byte for byte (a test strips
//! the comments and compares); English pages and locales added at run time show the English file.

use super::{Block, label_text};
use crate::{CloseCode, Failure, Label, Locale, Scenario};

/// One example file: its heading, the language Markdown names it by, and its text, with the
/// copies for the shipped locales that translate its comments.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Example {
    /// Such as `browser`.
    pub(crate) id: &'static str,
    /// The path in the repository of the copy this example holds, such as
    /// `examples/site/onclose.js` or `examples/site/ko/onclose.js` (the JSON renderer names it).
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) file: &'static str,
    pub(crate) heading: Label,
    /// As fenced code blocks name it: `javascript`, `rust`, `python`, `nginx`.
    pub(crate) language: &'static str,
    /// The text of `file`.
    pub(crate) code: &'static str,
    /// The Korean copy: its path and text.
    #[cfg(feature = "ko")]
    ko: (&'static str, &'static str),
    /// The Japanese copy: its path and text.
    #[cfg(feature = "ja")]
    ja: (&'static str, &'static str),
}

impl Example {
    /// The example as a page in `locale` shows it: the copy with comments in the locale's
    /// language if closecode ships one, else the English file.
    pub(crate) fn in_locale(self, locale: Locale) -> Example {
        let copy = match locale {
            #[cfg(feature = "ko")]
            Locale::KO => Some(self.ko),
            #[cfg(feature = "ja")]
            Locale::JA => Some(self.ja),
            _ => None,
        };
        match copy {
            Some((file, code)) => Example { file, code, ..self },
            None => self,
        }
    }
}

/// An [`Example`] of the file `examples/site/$name` and its copies in `ko/` and `ja/`.
macro_rules! example {
    ($id:literal, $name:literal, $heading:expr, $language:literal) => {
        Example {
            id: $id,
            file: concat!("examples/site/", $name),
            heading: $heading,
            language: $language,
            code: include_str!(concat!("../../examples/site/", $name)),
            #[cfg(feature = "ko")]
            ko: (
                concat!("examples/site/ko/", $name),
                include_str!(concat!("../../examples/site/ko/", $name)),
            ),
            #[cfg(feature = "ja")]
            ja: (
                concat!("examples/site/ja/", $name),
                include_str!(concat!("../../examples/site/ja/", $name)),
            ),
        }
    };
}

/// A browser's `onclose` handler, reading `code`, `reason` and `wasClean`.
pub(crate) const BROWSER: Example = example!(
    "browser",
    "onclose.js",
    Label::EXAMPLE_BROWSER,
    "javascript"
);

/// A tungstenite client that lets closecode explain each close and decide.
pub(crate) const RUST: Example = example!("rust", "client.rs", Label::EXAMPLE_RUST, "rust");

/// A Python websockets client catching `ConnectionClosed`.
pub(crate) const PYTHON: Example = example!("python", "client.py", Label::EXAMPLE_PYTHON, "python");

/// An nginx `location` with the upgrade headers and timeouts.
pub(crate) const NGINX: Example = example!("nginx", "nginx.conf", Label::EXAMPLE_NGINX, "nginx");

/// The clients every code's page shows.
pub(crate) const CLIENTS: [Example; 3] = [BROWSER, RUST, PYTHON];

/// The codes whose usual cause is a proxy or a timeout on the way: 1001 (a proxy's or server's
/// idle timer), 1006 (a proxy's idle timeout, or an upgrade the proxy did not pass on), 1014 (a
/// proxy that could not reach its upstream).
const PROXY_CODES: [u16; 3] = [1001, 1006, 1014];

/// The failures a proxy in front of the server causes or answers for: a refused upgrade when the
/// headers were not passed on, a backend it cannot reach or that does not answer in time, the
/// idle timeout.
const PROXY_FAILURES: [&str; 5] = [
    "http-400",
    "http-426",
    "http-502",
    "http-504",
    "timeout-idle",
];

/// The scenarios whose causes include a proxy's configuration.
const PROXY_SCENARIOS: [&str; 2] = ["drops-after-idle", "closed-before-open"];

/// The examples of a code's page: the clients, and the nginx block when a proxy is a usual
/// cause of the code. The English files: [`Example::in_locale`] picks a page's copies.
pub(crate) fn for_code(code: CloseCode) -> Vec<Example> {
    let mut examples = CLIENTS.to_vec();
    if PROXY_CODES.contains(&code.get()) {
        examples.push(NGINX);
    }
    examples
}

/// The examples of a code's page as blocks: the clients under one heading, then the nginx block
/// under its own.
pub(crate) fn code_blocks(code: CloseCode, locale: Locale) -> Vec<Block> {
    let mut blocks = vec![
        Block::Heading(2, label_text(locale, Label::EXAMPLE_HEADING)),
        Block::Paragraph(label_text(locale, Label::EXAMPLE_INTRO)),
    ];
    for example in for_code(code) {
        if example.id == NGINX.id {
            blocks.extend(nginx_blocks(locale));
        } else {
            blocks.push(Block::Heading(3, label_text(locale, example.heading)));
            blocks.push(code_block(&example.in_locale(locale)));
        }
    }
    blocks
}

/// The nginx block under its heading, for a failure's page when a proxy is involved.
pub(crate) fn failure_blocks(failure: &Failure, locale: Locale) -> Vec<Block> {
    if PROXY_FAILURES.contains(&failure.id()) {
        nginx_blocks(locale)
    } else {
        Vec::new()
    }
}

/// The nginx block under its heading, for a scenario's page when a proxy is among its causes.
pub(crate) fn scenario_blocks(scenario: &Scenario, locale: Locale) -> Vec<Block> {
    if PROXY_SCENARIOS.contains(&scenario.id()) {
        nginx_blocks(locale)
    } else {
        Vec::new()
    }
}

fn nginx_blocks(locale: Locale) -> Vec<Block> {
    vec![
        Block::Heading(2, label_text(locale, NGINX.heading)),
        Block::Paragraph(label_text(locale, Label::EXAMPLE_NGINX_INTRO)),
        code_block(&NGINX.in_locale(locale)),
    ]
}

fn code_block(example: &Example) -> Block {
    Block::Code {
        language: example.language.to_owned(),
        code: example.code.to_owned(),
    }
}
