//! The examples on the pages: the files in `examples/site/`, included as they are (CI runs each
//! against a test server, so a page shows code that works), under headings from the catalogs.
//! A Korean or Japanese page shows the copy in `examples/site/ko/` or `examples/site/ja/`, whose
//! comments are translated and whose code is the English file's, byte for byte (a test strips
//! the comments and compares); English pages and locales added at run time show the English file.

use super::{Block, Link, Page, first_sentences, label_text, section};
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

/// A browser module whose `onclose` handler asks the npm package closecode what the close means
/// and when to reconnect, and logs `code`, `reason` and `wasClean`.
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

/// The full programs for a code, as `closecode show --examples` prints them: the clients under
/// one heading, then the nginx block under its own when a proxy is a usual cause.
pub(crate) fn code_blocks(code: CloseCode, locale: Locale) -> Vec<Block> {
    let mut blocks = vec![
        section::heading(locale, section::EXAMPLES, Label::EXAMPLE_HEADING),
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

/// Every example, each with a page of its own on a site (`examples/<id>.html`).
pub(crate) const ALL: [Example; 4] = [BROWSER, RUST, PYTHON, NGINX];

/// The site path of an example's page, from its language's folder: `examples/javascript.html`.
pub(crate) fn page_path(example: &Example) -> String {
    format!("examples/{}.html", example.language)
}

/// The page of one example: the whole program, the copy in `locale`'s language.
pub(crate) fn example_page(example: &Example, locale: Locale) -> Page {
    // The browser module's page also says where its import comes from: the npm package.
    let intro = match example.id {
        id if id == NGINX.id => Label::EXAMPLE_NGINX_INTRO,
        id if id == BROWSER.id => Label::EXAMPLE_BROWSER_INTRO,
        _ => Label::EXAMPLE_PAGE_INTRO,
    };
    let blocks = vec![
        Block::Paragraph(label_text(locale, intro)),
        code_block(&example.in_locale(locale)),
    ];
    let mut page = Page::new(locale, label_text(locale, example.heading), blocks);
    page.summary = Some(first_sentences(&label_text(locale, intro)));
    page
}

/// The way from a code's page to the examples pages, under the examples heading (`up` leads
/// to the language's folder).
pub(crate) fn links_blocks(locale: Locale, up: &str) -> Vec<Block> {
    let links = ALL.iter().map(|example| Link {
        text: label_text(locale, example.heading),
        href: Some(format!("{up}{}", page_path(example))),
        lang: None,
    });
    vec![
        section::heading(locale, section::EXAMPLES, Label::EXAMPLE_HEADING),
        Block::Paragraph(label_text(locale, Label::EXAMPLE_MORE)),
        Block::Links(links.collect()),
    ]
}

/// The lines of `code` from the first line that contains `first` to the next line whose text,
/// trimmed, is `last` (both included), with the comment right above them and without their
/// common indentation. Snippets are cut from the example files this way, so a page shows only
/// lines that CI runs, with the comments of the copy in the page's language.
fn excerpt(code: &str, first: &str, last: &str) -> String {
    let lines: Vec<&str> = code.lines().collect();
    let Some(mut start) = lines.iter().position(|line| line.contains(first)) else {
        return String::new();
    };
    let end = (start..lines.len())
        .find(|&at| lines[at].trim() == last)
        .unwrap_or(start);
    let comment =
        |line: &str| line.trim_start().starts_with("//") || line.trim_start().starts_with('#');
    while start > 0 && comment(lines[start - 1]) {
        start -= 1;
    }
    let part = &lines[start..=end];
    let indent = part
        .iter()
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.len() - line.trim_start().len())
        .min()
        .unwrap_or(0);
    let cut: Vec<&str> = part
        .iter()
        .map(|line| line.get(indent..).unwrap_or(""))
        .collect();
    cut.join("\n")
}

/// A few lines of the examples that answer a code's own question, after its remedy: for 1006,
/// how a browser tells a refused handshake from a dropped connection (whether `open` fired,
/// passed to the package's `fromCloseEvent`, whose answer is `by: 'handshake'` for a handshake
/// that failed); for 1009, raising the size limit in Python websockets and tungstenite. Nothing
/// for other codes.
pub(crate) fn snippet_blocks(code: CloseCode, locale: Locale) -> Vec<Block> {
    let snippet = |example: Example, parts: &[(&str, &str)]| {
        let example = example.in_locale(locale);
        let code: Vec<String> = parts
            .iter()
            .map(|(first, last)| excerpt(example.code, first, last))
            .collect();
        Block::Code {
            language: example.language.to_owned(),
            code: code.join("\n\n"),
        }
    };
    match code.get() {
        1006 => vec![
            Block::Paragraph(label_text(locale, Label::EXAMPLE_SNIPPET_1006)),
            snippet(
                BROWSER,
                &[("socket.onopen = ", "};"), ("const opened = openedAt", "}")],
            ),
        ],
        1009 => vec![
            Block::Paragraph(label_text(locale, Label::EXAMPLE_SNIPPET_1009)),
            snippet(
                PYTHON,
                &[
                    ("MAX_SIZE = ", "MAX_SIZE = 16 * 2**20"),
                    (
                        "connect(uri, max_size",
                        "async with connect(uri, max_size=MAX_SIZE) as websocket:",
                    ),
                ],
            ),
            snippet(
                RUST,
                &[(
                    "WebSocketConfig::default()",
                    "let config = config.max_message_size(Some(16 << 20));",
                )],
            ),
        ],
        _ => Vec::new(),
    }
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
        section::heading(locale, section::NGINX, NGINX.heading),
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
