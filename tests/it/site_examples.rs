//! The examples the site's pages show (examples/site/): the Rust client run against a
//! tungstenite server on 127.0.0.1, the reconnect tables of the JavaScript and Python examples
//! held equal to closecode's answers and schedules, and the nginx block's shape. CI also runs
//! onclose.js in Node and client.py in Python against a loopback server and checks the nginx
//! block with `nginx -t` (peers/examples.py, from .ci/run).

use std::path::Path;

use closecode::{CloseCode, KnownCode, RetryClass};
use strum::IntoEnumIterator;

fn read(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/site")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

/// `code: schedule` pairs and `schedule: [first min, first max, cap]` rows.
type Tables = (Vec<(u16, String)>, Vec<(String, [u64; 3])>);

/// The `code: schedule` pairs between `start` and the next line that closes the table, and
/// the `schedule: (first min, first max, cap)` rows, as the JavaScript and Python files write
/// them.
fn tables(text: &str, reconnect: &str, schedules: &str) -> Tables {
    let block = |start: &str| -> Vec<String> {
        let at = text.find(start).unwrap_or_else(|| panic!("no {start}"));
        text[at + start.len()..]
            .lines()
            .skip(1)
            .take_while(|line| !line.starts_with('}'))
            .map(|line| {
                line.split("//")
                    .next()
                    .unwrap()
                    .split(" #")
                    .next()
                    .unwrap()
                    .trim()
                    .to_owned()
            })
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
fn the_javascript_and_python_examples_reconnect_as_closecode_says() {
    for (file, reconnect, schedules, attempts, stable) in [
        (
            "onclose.js",
            "const RECONNECT = {",
            "const SCHEDULES = {",
            "const ATTEMPTS = 10;",
            "const STABLE_MS = 60000;",
        ),
        (
            "client.py",
            "RECONNECT = {",
            "SCHEDULES = {",
            "ATTEMPTS = 10",
            "STABLE = 60.0",
        ),
    ] {
        let text = read(file);
        let (codes, rules) = tables(&text, reconnect, schedules);
        for code in KnownCode::iter().map(CloseCode::from) {
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
    let text = read("nginx.conf");
    let mut depth = 0usize;
    let mut statements = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap().trim();
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
    assert_eq!(depth, 0, "unbalanced braces");
    assert!(current.trim().is_empty(), "no `;` after {current:?}");
    assert_eq!(statements[0], "location /ws/ {");
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
            "missing {directive}"
        );
    }
}

#[cfg(feature = "tungstenite")]
#[allow(dead_code)]
#[path = "../../examples/site/client.rs"]
mod example;

/// The Rust client, compiled from the file the pages show, against a tungstenite server that
/// sends a message and closes with 1012, then drops a connection, then closes with 1008.
#[cfg(feature = "tungstenite")]
mod client {
    use std::net::TcpListener;
    use std::thread;
    use std::time::Duration;

    use closecode::{CloseCode, ClosedBy, Locale, RetryClass};
    use tungstenite_0_30 as tungstenite;

    use super::example;

    const TIMEOUT: Option<Duration> = Some(Duration::from_secs(5));

    #[test]
    fn the_rust_client_explains_each_close_and_reconnects_only_when_it_helps() {
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
        let ends = example::run(&url, Locale::EN, |delay| delays.push(delay));
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
            ]
        );
        assert_eq!(ends[2].retry(), RetryClass::Credentials);
        assert_eq!(delays.len(), 2);
        assert!((5..=30).contains(&delays[0].as_secs()), "{delays:?}");
        assert!(delays[1] <= Duration::from_secs(5), "{delays:?}");
    }
}

/// Every code's page shows the three clients exactly as the files are, under headings in the
/// page's language; the pages about proxies and timeouts also show the nginx block.
#[test]
fn the_pages_show_the_files_under_localized_headings() {
    use closecode::render::{self, Block, Page};
    use closecode::{Failure, Locale, Scenario};

    let codes = |page: &Page| -> Vec<String> {
        let blocks = page.blocks.iter();
        blocks
            .filter_map(|block| match block {
                Block::Code { code, .. } => Some(code.clone()),
                _ => None,
            })
            .collect()
    };
    let clients = [read("onclose.js"), read("client.rs"), read("client.py")];
    let nginx = read("nginx.conf");
    for locale in Locale::all() {
        for code in KnownCode::iter().map(CloseCode::from) {
            let page = render::code_page(code, locale);
            let shown = codes(&page);
            assert_eq!(shown[..3], clients, "{code} {locale}");
            let proxy = [1001, 1006, 1014].contains(&code.get());
            assert_eq!(shown.len(), if proxy { 4 } else { 3 }, "{code} {locale}");
            assert_eq!(shown.get(3) == Some(&nginx), proxy, "{code} {locale}");
            let heading = |block: &Block| matches!(block, Block::Heading(3, _));
            assert_eq!(page.blocks.iter().filter(|b| heading(b)).count(), 3);
        }
        let idle = render::failure_page(Failure::find("timeout-idle").unwrap(), locale);
        assert_eq!(codes(&idle), std::slice::from_ref(&nginx));
        let refused = render::failure_page(Failure::find("http-401").unwrap(), locale);
        assert!(codes(&refused).is_empty());
        let scenario = render::scenario_page(Scenario::find("drops-after-idle").unwrap(), locale);
        assert_eq!(codes(&scenario), std::slice::from_ref(&nginx));
    }
    #[cfg(feature = "ko")]
    {
        let mut text = String::new();
        let page = render::code_page(CloseCode::ABNORMAL_CLOSURE, Locale::KO);
        render::text::write(&page, &mut text, 80).unwrap();
        for heading in [
            "코드에서 처리하기",
            "  브라우저: onclose 핸들러",
            "nginx 뒤에 둘 때",
        ] {
            assert!(text.lines().any(|l| l == heading), "{heading}");
        }
    }
    #[cfg(feature = "ja")]
    {
        let mut text = String::new();
        let page = render::code_page(CloseCode::ABNORMAL_CLOSURE, Locale::JA);
        render::text::write(&page, &mut text, 80).unwrap();
        for heading in [
            "コードでの処理",
            "  Python：websockets",
            "nginxの背後で動かす場合",
        ] {
            assert!(text.lines().any(|l| l == heading), "{heading}");
        }
    }
}
