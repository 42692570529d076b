//! The examples the site's pages show (examples/site/, and the copies in examples/site/ko/ and
//! examples/site/ja/ whose comments are translated): the copies' code held byte for byte to the
//! English files', the Rust client of every copy run against a tungstenite server on 127.0.0.1,
//! the reconnect tables of the Python example held equal to closecode's answers and schedules,
//! the JavaScript example held to the npm package's answers (no tables of its own) and to the
//! README's browser example, and the nginx block's shape. CI also runs every copy of onclose.js
//! in Node with the built npm package and of client.py in Python against a loopback server and
//! checks every nginx block with `nginx -t` (peers/examples.py, from .ci/run).

use std::path::Path;

use closecode::{CloseCode, KnownCode, RetryClass};

/// The example files, with the language their code blocks are marked with.
const FILES: [(&str, &str); 4] = [
    ("onclose.js", "javascript"),
    ("client.rs", "rust"),
    ("client.py", "python"),
    ("nginx.conf", "nginx"),
];

/// The folders of the copies: the English files, then the translated comments by locale tag.
const COPIES: [&str; 3] = ["", "ko", "ja"];

fn read_copy(folder: &str, name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/site")
        .join(folder)
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn read(name: &str) -> String {
    read_copy("", name)
}

/// Each line of `text`, a file in `language` (`javascript`, `rust`, `python`, `nginx`), split
/// into its code and its comment, as the language reads them: `//` and `/* */` in JavaScript and
/// Rust, `#` in Python and nginx (nginx: at the start of a word), and Python's docstrings
/// (a triple-quoted string that starts a line). Strings are code, so a `//` in `"ws://..."` or
/// a `#` in a string is not a comment; JavaScript's template literals are strings as a whole.
pub(crate) fn split_comments(language: &str, text: &str) -> Vec<(String, String)> {
    let c_like = matches!(language, "javascript" | "rust");
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let at = |i: usize, s: &str| {
        s.chars()
            .enumerate()
            .all(|(k, c)| chars.get(i + k) == Some(&c))
    };
    // Where `s` next starts at or after `i`, else the end.
    let find = |i: usize, s: &str| (i..n).find(|&j| at(j, s)).unwrap_or(n);
    let line_start = |i: usize| {
        chars[..i]
            .iter()
            .rev()
            .take_while(|&&c| c != '\n')
            .all(|c| c.is_whitespace())
    };
    let hash = |i: usize| {
        chars[i] == '#'
            && (language == "python"
                || language == "nginx"
                    && (i == 0 || chars[i - 1].is_whitespace() || ";{}".contains(chars[i - 1])))
    };
    let quotes: &[char] = match language {
        "javascript" => &['"', '\'', '`'],
        "rust" => &['"'],
        _ => &['"', '\''],
    };
    let mut comment = vec![false; n];
    let mut mark = |from: usize, to: usize| comment[from..to].iter_mut().for_each(|f| *f = true);
    let mut i = 0;
    while i < n {
        let c = chars[i];
        if c_like && at(i, "//") || hash(i) {
            let end = find(i, "\n");
            mark(i, end);
            i = end;
        } else if c_like && at(i, "/*") {
            let end = (find(i + 2, "*/") + 2).min(n);
            mark(i, end);
            i = end;
        } else if language == "python" && (at(i, "\"\"\"") || at(i, "'''")) {
            let triple: String = chars[i..i + 3].iter().collect();
            let end = (find(i + 3, &triple) + 3).min(n);
            if line_start(i) {
                mark(i, end);
            }
            i = end;
        } else if language == "rust" && c == '\'' {
            // A char literal (`'"'`, `'\\''`) is code, and so is a lifetime's quote.
            i += if chars.get(i + 1) == Some(&'\\') && chars.get(i + 3) == Some(&'\'') {
                4
            } else if chars.get(i + 2) == Some(&'\'') {
                3
            } else {
                1
            };
        } else if quotes.contains(&c) {
            i += 1;
            while i < n && chars[i] != c {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
        } else {
            i += 1;
        }
    }
    let mut lines = vec![(String::new(), String::new())];
    for (c, is_comment) in chars.into_iter().zip(comment) {
        let line = lines.last_mut().unwrap();
        match (c, is_comment) {
            ('\n', _) => lines.push((String::new(), String::new())),
            (c, true) => line.1.push(c),
            (c, false) => line.0.push(c),
        }
    }
    if text.ends_with('\n') {
        lines.pop();
    }
    lines
}

/// The code of `text`: every line without its comment and the spaces before it, and no line
/// that held only a comment.
fn code_of(language: &str, text: &str) -> String {
    split_comments(language, text)
        .into_iter()
        .filter(|(code, comment)| comment.is_empty() || !code.trim().is_empty())
        .map(|(code, _)| code.trim_end().to_owned() + "\n")
        .collect()
}

/// The comments of `text`, a line each.
pub(crate) fn comments_of(language: &str, text: &str) -> String {
    split_comments(language, text)
        .into_iter()
        .filter(|(_, comment)| !comment.is_empty())
        .map(|(_, comment)| comment + "\n")
        .collect()
}

#[test]
fn the_comment_splitter_knows_strings_from_comments() {
    let split = |language, text| -> Vec<(String, String)> {
        split_comments(language, text)
            .into_iter()
            .map(|(code, comment)| (code.trim().to_owned(), comment))
            .collect()
    };
    let pair = |code: &str, comment: &str| (code.to_owned(), comment.to_owned());
    assert_eq!(
        split(
            "rust",
            "let url = \"ws://a/\"; // the URL\nlet c = '\"'; /* a */ let d = 1;\n"
        ),
        [
            pair("let url = \"ws://a/\";", "// the URL"),
            pair("let c = '\"';  let d = 1;", "/* a */"),
        ]
    );
    assert_eq!(
        split("javascript", "const a = `${b} // c`; // d\n"),
        [pair("const a = `${b} // c`;", "// d")]
    );
    assert_eq!(
        split(
            "python",
            "\"\"\"Doc\nstring.\"\"\"\nx = \"# not\"  # yes\ny = f\"{z!r}\"\n"
        ),
        [
            pair("", "\"\"\"Doc"),
            pair("", "string.\"\"\""),
            pair("x = \"# not\"", "# yes"),
            pair("y = f\"{z!r}\"", ""),
        ]
    );
    assert_eq!(
        split("nginx", "# a\nset $x \"#y\"; return 200 a#b; # c\n"),
        [
            pair("", "# a"),
            pair("set $x \"#y\"; return 200 a#b;", "# c")
        ]
    );
}

/// The Korean and Japanese copies are the English files with the comments translated: the
/// same code, byte for byte, once the comments are stripped. This is also what compiles the
/// copies of the Rust client beside the English one (see `client` below).
#[test]
fn the_copies_differ_from_the_english_files_only_in_comments() {
    for (name, language) in FILES {
        let english = read(name);
        let code = code_of(language, &english);
        // The splitter found both: ten lines of code at least, and the comments.
        assert!(code.lines().count() >= 10, "{name}: {code}");
        assert!(!comments_of(language, &english).is_empty(), "{name}");
        for folder in &COPIES[1..] {
            let copy = read_copy(folder, name);
            let copied = code_of(language, &copy);
            if copied != code {
                let line = copied.lines().zip(code.lines()).find(|(a, b)| a != b);
                panic!("{folder}/{name}: the code differs from {name}'s, first at {line:?}");
            }
            // Every comment is translated.
            assert_ne!(
                comments_of(language, &copy),
                comments_of(language, &english)
            );
        }
    }
}

/// The browser example asks the npm package closecode, not tables of its own: the user message
/// comes from `fromCloseEvent` (told whether `open` fired), the delay and the countdown from the
/// reconnector, and the peer's reason is logged, never shown. CI runs it against the built
/// package (peers/examples.py).
#[test]
fn the_browser_example_takes_its_answers_and_delays_from_the_package() {
    for folder in COPIES {
        let code = code_of("javascript", &read_copy(folder, "onclose.js"));
        for expected in [
            "import { createReconnector, fromCloseEvent } from 'closecode';",
            "const answer = fromCloseEvent(event, { opened });",
            "const next = reconnect.next(event, { opened, stayedUpMs });",
            "if (answer.by === 'handshake') {",
            "show(`${answer.userMessage} ${next.countdown}`);",
            "setTimeout(open, next.delayMs);",
        ] {
            assert!(
                code.contains(expected),
                "{folder}/onclose.js: no {expected}"
            );
        }
        // No codes, schedules or delays written by hand: outside the log lines, no number but
        // the 0 ms a connection that never opened stayed up.
        for line in code.lines().filter(|line| !line.contains("console.log")) {
            let mut numbers = line
                .split(|c: char| !c.is_ascii_digit())
                .filter(|n| !n.is_empty());
            assert!(numbers.all(|n| n == "0"), "{folder}/onclose.js: {line}");
        }
        let shown = code.lines().filter(|line| line.contains("show("));
        assert!(
            shown.clone().all(|line| !line.contains("reason")),
            "{folder}"
        );
    }
}

/// The README's browser example is the English file's code, from its import to its end, so
/// what the README shows is what CI runs.
#[test]
fn the_readme_shows_the_browser_example() {
    let file = read("onclose.js");
    let import = file.find("import ").expect("an import");
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let block = format!("```js\n{}```\n", &file[import..]);
    assert!(readme.contains(&block), "README.md has no block:\n{block}");
}

/// `code: schedule` pairs and `schedule: [first min, first max, cap]` rows.
type Tables = (Vec<(u16, String)>, Vec<(String, [u64; 3])>);

/// The `code: schedule` pairs between `start` and the next line that closes the table, and
/// the `schedule: (first min, first max, cap)` rows, as the Python file writes them; `code` is
/// the file without its comments (`code_of`).
fn tables(code: &str, reconnect: &str, schedules: &str) -> Tables {
    let block = |start: &str| -> Vec<String> {
        let at = code.find(start).unwrap_or_else(|| panic!("no {start}"));
        code[at + start.len()..]
            .lines()
            .skip(1)
            .take_while(|line| !line.starts_with('}'))
            .map(|line| line.trim().to_owned())
            .filter(|line| !line.is_empty())
            .collect()
    };
    let unquote = |s: &str| s.trim().trim_matches(['\'', '"', ',']).to_owned();
    let codes = block(reconnect)
        .iter()
        .map(|line| {
            let (code, schedule) = line.split_once(':').unwrap();
            (code.trim().parse().unwrap(), unquote(schedule))
        })
        .collect();
    let rules = block(schedules)
        .iter()
        .map(|line| {
            let (name, numbers) = line.split_once(':').unwrap();
            let numbers: Vec<u64> = numbers
                .trim()
                .trim_matches(['[', ']', '(', ')', ','])
                .split(',')
                .map(|n| n.trim().parse().unwrap())
                .collect();
            (unquote(name), numbers.try_into().unwrap())
        })
        .collect();
    (codes, rules)
}

#[test]
fn the_python_example_reconnects_as_closecode_says() {
    let copies = COPIES.iter().map(|folder| {
        (
            *folder,
            "client.py",
            "RECONNECT = {",
            "SCHEDULES = {",
            "ATTEMPTS = 10",
            "STABLE = 60.0",
        )
    });
    for (folder, name, reconnect, schedules, attempts, stable) in copies {
        let file = Path::new(folder).join(name).display().to_string();
        let text = read_copy(folder, name);
        let language = FILES.iter().find(|(f, _)| *f == name).map(|(_, l)| *l);
        let code = code_of(language.unwrap(), &text);
        let (codes, rules) = tables(&code, reconnect, schedules);
        for code in KnownCode::all().map(CloseCode::from) {
            let retry = code.retry();
            let listed = codes.iter().find(|(c, _)| *c == code.get());
            match listed {
                Some((_, schedule)) => assert_eq!(schedule, retry.id(), "{file}: {code}"),
                None => assert!(
                    !retry.reconnects(),
                    "{file} does not reconnect after {code}"
                ),
            }
        }
        assert!(
            codes
                .iter()
                .all(|(c, _)| CloseCode::new(*c).is_registered()),
            "{file}"
        );
        for class in [
            RetryClass::Backoff,
            RetryClass::RandomizedDelay,
            RetryClass::Elsewhere,
        ] {
            let config = class.schedule().unwrap();
            let (_, [first_min, first_max, cap]) =
                rules.iter().find(|(name, _)| name == class.id()).unwrap();
            assert_eq!(config.first_min.as_secs(), *first_min, "{file}: {class:?}");
            assert_eq!(config.first_max.as_secs(), *first_max, "{file}: {class:?}");
            assert_eq!(config.cap.as_secs(), *cap, "{file}: {class:?}");
            // The examples double the ceiling, give up after 10 attempts and start over after a
            // connection that stayed up a minute, as closecode's Reconnector does.
            assert_eq!((config.growth, config.max_attempts), (2, 10), "{file}");
        }
        assert_eq!(rules.len(), 3, "{file}");
        assert!(text.contains(attempts) && text.contains(stable), "{file}");
    }
}

/// The nginx block, read as nginx reads it: comments dropped, every directive ends with `;`,
/// braces balance, and the directives a WebSocket proxy needs are there. CI also runs `nginx -t`
/// on it (peers/examples.py --nginx).
#[test]
fn the_nginx_block_is_a_location_with_the_upgrade_headers_and_timeouts() {
    for folder in COPIES {
        nginx_block(folder);
    }
}

fn nginx_block(folder: &str) {
    let text = read_copy(folder, "nginx.conf");
    let mut depth = 0usize;
    let mut statements = Vec::new();
    let mut current = String::new();
    for line in code_of("nginx", &text).lines() {
        let line = line.trim();
        for c in line.chars() {
            match c {
                '{' => {
                    depth += 1;
                    statements.push(format!("{} {{", current.trim()));
                    current.clear();
                }
                '}' => {
                    assert!(current.trim().is_empty(), "no `;` after {current:?}");
                    depth = depth.checked_sub(1).expect("a `}` without its `{`");
                }
                ';' => {
                    statements.push(current.trim().to_owned());
                    current.clear();
                }
                c => current.push(c),
            }
        }
        current.push(' ');
    }
    assert_eq!(depth, 0, "{folder}: unbalanced braces");
    assert!(
        current.trim().is_empty(),
        "{folder}: no `;` after {current:?}"
    );
    assert_eq!(statements[0], "location /ws/ {", "{folder}");
    for directive in [
        "proxy_pass http://127.0.0.1:8080",
        "proxy_http_version 1.1",
        "proxy_set_header Upgrade $http_upgrade",
        "proxy_set_header Connection \"upgrade\"",
        "proxy_read_timeout 120s",
        "proxy_send_timeout 120s",
    ] {
        assert!(
            statements.iter().any(|s| s == directive),
            "{folder}: missing {directive}"
        );
    }
}

#[cfg(feature = "tungstenite")]
#[allow(dead_code)]
#[path = "../../examples/site/client.rs"]
mod example;

#[cfg(feature = "tungstenite")]
#[allow(dead_code)]
#[path = "../../examples/site/ko/client.rs"]
mod example_ko;

#[cfg(feature = "tungstenite")]
#[allow(dead_code)]
#[path = "../../examples/site/ja/client.rs"]
mod example_ja;

/// The Rust client, compiled from each copy the pages show, against a tungstenite server that
/// sends a message and closes with 1012, then drops a connection, then closes with 1008. (The
/// copies' code is the English file's, so the three runs differ only in their comments; they
/// cost a few milliseconds each.)
#[cfg(feature = "tungstenite")]
mod client {
    use std::net::TcpListener;
    use std::thread;
    use std::time::Duration;

    use closecode::{CloseCode, ClosedBy, Locale, RetryClass};
    use tungstenite_0_30 as tungstenite;

    use closecode::Closed;

    use super::{example, example_ja, example_ko};

    type Run = fn(&str, Locale, &mut dyn FnMut(Duration)) -> Vec<Closed>;

    const TIMEOUT: Option<Duration> = Some(Duration::from_secs(5));

    #[test]
    fn the_rust_client_explains_each_close_and_reconnects_only_when_it_helps() {
        let copies: [(&str, Run); 3] = [
            ("client.rs", |url, locale, wait| {
                example::run(url, locale, wait)
            }),
            ("ko/client.rs", |url, locale, wait| {
                example_ko::run(url, locale, wait)
            }),
            ("ja/client.rs", |url, locale, wait| {
                example_ja::run(url, locale, wait)
            }),
        ];
        for (file, run) in copies {
            client_run(file, run);
        }
    }

    fn client_run(file: &str, run: Run) {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("ws://{}/", listener.local_addr().unwrap());
        let server = thread::spawn(move || {
            for ending in [Some((1012, "deploy")), None, Some((1008, "policy"))] {
                let (stream, _) = listener.accept().unwrap();
                stream.set_read_timeout(TIMEOUT).unwrap();
                let mut socket = tungstenite::accept(stream).unwrap();
                socket.send(tungstenite::Message::text("hello")).unwrap();
                if let Some((code, reason)) = ending {
                    let frame = closecode::tungstenite::close_frame(CloseCode::new(code), reason);
                    socket.close(frame.unwrap()).unwrap();
                    while socket.read().is_ok() {}
                }
            }
        });
        let mut delays = Vec::new();
        let ends = run(&url, Locale::EN, &mut |delay| delays.push(delay));
        server.join().unwrap();
        let seen: Vec<(u16, ClosedBy, &str)> = ends
            .iter()
            .map(|c| (c.code.get(), c.by, c.reason.as_str()))
            .collect();
        assert_eq!(
            seen,
            [
                (1012, ClosedBy::Peer, "deploy"),
                (1006, ClosedBy::Dropped, ""),
                (1008, ClosedBy::Peer, "policy"),
            ],
            "{file}"
        );
        assert_eq!(ends[2].retry(), RetryClass::Credentials, "{file}");
        assert_eq!(delays.len(), 2, "{file}");
        assert!(
            (5..=30).contains(&delays[0].as_secs()),
            "{file}: {delays:?}"
        );
        assert!(delays[1] <= Duration::from_secs(5), "{file}: {delays:?}");
    }
}

/// The complete programs (`render::example_blocks`, `closecode show --examples`, and the site's
/// examples pages) are the files exactly as they are, under headings in the page's language, in
/// the copy whose comments are in the page's language (the English files for English); the
/// pages about proxies and timeouts also show the nginx block. A code's page shows only lines
/// cut from those copies.
#[test]
fn the_pages_show_the_files_under_localized_headings() {
    use closecode::render::{self, Block, Page};
    use closecode::{Failure, Locale, Scenario};

    let codes = |blocks: &[Block]| -> Vec<String> {
        blocks
            .iter()
            .filter_map(|block| match block {
                Block::Code { code, .. } => Some(code.clone()),
                _ => None,
            })
            .collect()
    };
    let folder = |locale: Locale| -> &str {
        #[cfg(feature = "ko")]
        if locale == Locale::KO {
            return "ko";
        }
        #[cfg(feature = "ja")]
        if locale == Locale::JA {
            return "ja";
        }
        let _ = locale;
        ""
    };
    let site = closecode::site::build(&Locale::all().collect::<Vec<_>>(), None);
    for locale in Locale::all() {
        let folder = folder(locale);
        let clients = ["onclose.js", "client.rs", "client.py"].map(|name| read_copy(folder, name));
        let nginx = read_copy(folder, "nginx.conf");
        for code in KnownCode::all().map(CloseCode::from) {
            let blocks = render::example_blocks(code, locale);
            let shown = codes(&blocks);
            assert_eq!(shown[..3], clients, "{code} {locale}");
            let proxy = [1001, 1006, 1014].contains(&code.get());
            assert_eq!(shown.len(), if proxy { 4 } else { 3 }, "{code} {locale}");
            assert_eq!(shown.get(3) == Some(&nginx), proxy, "{code} {locale}");
            let heading = |block: &Block| matches!(block, Block::Heading(3, _));
            assert_eq!(blocks.iter().filter(|b| heading(b)).count(), 3);
            // The page: a few lines, each a line of the copy in the page's language.
            let page: Page = render::code_page(code, locale);
            let all: Vec<&str> = clients.iter().flat_map(|c| c.lines()).collect();
            for snippet in codes(&page.blocks) {
                for line in snippet.lines().filter(|l| !l.trim().is_empty()) {
                    assert!(
                        all.iter().any(|l| l.trim_start() == line.trim_start()),
                        "{code} {locale}: {line}"
                    );
                }
            }
        }
        // Each examples page of the site holds its file whole.
        for (name, file) in [
            ("javascript", "onclose.js"),
            ("rust", "client.rs"),
            ("python", "client.py"),
            ("nginx", "nginx.conf"),
        ] {
            let path = format!("{}/examples/{name}.html", locale.tag());
            let page = site.iter().find(|f| f.path == path).expect(&path);
            let first = read_copy(folder, file);
            let line = first
                .lines()
                .nth(4)
                .unwrap()
                .replace('&', "&amp;")
                .replace('<', "&lt;");
            assert!(page.contents.contains(&line), "{path}: {line}");
            // The browser module's page says how to get the package it imports, and only it.
            let install = page.contents.contains("<code>npm install closecode</code>");
            assert_eq!(install, name == "javascript", "{path}");
        }
        let idle = render::failure_page(Failure::find("timeout-idle").unwrap(), locale);
        assert_eq!(codes(&idle.blocks), std::slice::from_ref(&nginx));
        let refused = render::failure_page(Failure::find("http-401").unwrap(), locale);
        assert!(codes(&refused.blocks).is_empty());
        let scenario = render::scenario_page(Scenario::find("drops-after-idle").unwrap(), locale);
        assert_eq!(codes(&scenario.blocks), std::slice::from_ref(&nginx));
    }
    // The headings of 1006's page in the terminal, in each language.
    #[cfg(any(feature = "ko", feature = "ja"))]
    let headings_show = |locale: Locale, headings: [&str; 3]| {
        let mut text = String::new();
        let blocks = render::example_blocks(CloseCode::ABNORMAL_CLOSURE, locale);
        let page = Page::new(locale, "1006", blocks);
        render::text::write(&page, &mut text, 80).unwrap();
        for heading in headings {
            assert!(text.lines().any(|l| l == heading), "{heading}");
        }
    };
    #[cfg(feature = "ko")]
    headings_show(
        Locale::KO,
        [
            "코드에서 처리하기",
            "  브라우저: onclose 핸들러",
            "nginx 뒤에 둘 때",
        ],
    );
    #[cfg(feature = "ja")]
    headings_show(
        Locale::JA,
        [
            "コードでの処理",
            "  Python：websockets",
            "nginxの背後で動かす場合",
        ],
    );
}
