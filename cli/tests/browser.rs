//! End to end in a real browser: the generated site opened in headless Chromium.
//!
//! Ignored by default because it needs Chromium (Debian's `chromium` package); `.ci/run`
//! installs it and runs `cargo test -p closecode-cli --test browser -- --ignored`.
//! With `CLOSECODE_SCREENSHOT=path.png` it also saves a screenshot of the Korean 1001 vs 1014
//! comparison (the one in the README).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn chromium() -> PathBuf {
    let candidates = [
        std::env::var("CHROMIUM").unwrap_or_default(),
        "/usr/bin/chromium".to_owned(),
        "/usr/bin/chromium-browser".to_owned(),
    ];
    let found = candidates
        .iter()
        .find(|c| !c.is_empty() && Path::new(c).exists());
    PathBuf::from(
        found.expect("Chromium is not installed; .ci/run installs Debian's chromium package"),
    )
}

/// Runs headless Chromium with `args` and returns its stdout; gives up after 60 s.
fn headless(profile: &Path, args: &[&str]) -> String {
    let mut child = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
        ])
        .args([
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("Chromium starts");
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("Chromium did not finish within 60 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let output = child.wait_with_output().unwrap();
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn attribute_values<'a>(dom: &'a str, attribute: &str) -> Vec<&'a str> {
    let pattern = format!("{attribute}=\"");
    dom.match_indices(&pattern)
        .map(|(at, _)| {
            let rest = &dom[at + pattern.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
}

#[test]
#[ignore = "needs Chromium; .ci/run installs it and runs this test with --ignored"]
fn the_generated_site_renders_in_chromium() {
    let root = std::env::temp_dir().join(format!("closecode-browser-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let site = root.join("site");
    let profile = root.join("profile");
    let status = Command::new(env!("CARGO_BIN_EXE_closecode"))
        .args(["docs", "--out", site.to_str().unwrap()])
        .status()
        .unwrap();
    assert!(status.success());

    let pages = [
        ("index.html", "en", "WebSocket close codes", "한국어"),
        (
            "en/index.html",
            "en",
            "WebSocket close codes",
            "Registered close codes",
        ),
        (
            "ko/index.html",
            "ko",
            "WebSocket 닫기 코드",
            "등록된 닫기 코드",
        ),
        (
            "en/compare/1001-1014.html",
            "en",
            "1001 Going Away vs 1014 Bad Gateway",
            "Key differences",
        ),
        (
            "ko/compare/1001-1014.html",
            "ko",
            "1001 엔드포인트 이탈 · 1014 잘못된 게이트웨이 비교",
            "주요 차이점",
        ),
        (
            "ko/1006.html",
            "ko",
            "1006 비정상 종료 (Abnormal Closure)",
            "proxy_read_timeout",
        ),
        (
            "ja/compare/1001-1014.html",
            "ja",
            "1001（エンドポイントの離脱）と1014（不正なゲートウェイ）の比較",
            "主な違い",
        ),
        (
            "ja/1006.html",
            "ja",
            "1006 異常終了 (Abnormal Closure)",
            "proxy_read_timeout",
        ),
        (
            "ko/range-private.html",
            "ko",
            "4000–4999 사설 코드",
            "4000~4999 범위는 사설 범위입니다",
        ),
        (
            "en/compare/index.html",
            "en",
            "All comparisons",
            "1012 Service Restart vs 1013 Try Again Later",
        ),
    ];
    // One page of every kind the site has: the language chooser, an index, a code, a range, a
    // comparison and the list of comparisons. (Every page is checked for well-formed, escaped
    // HTML and resolving links by the library's tests; this checks what a browser makes of
    // them.)
    for (path, lang, title, text) in pages {
        let file = site.join(path);
        let dom = headless(
            &profile,
            &["--dump-dom", &format!("file://{}", file.display())],
        );
        assert!(
            dom.contains(&format!("<html lang=\"{lang}\">")),
            "{path}: lang attribute in\n{dom}"
        );
        assert!(
            dom.contains(&format!("<title>{title}</title>")),
            "{path}: title"
        );
        assert!(
            dom.contains(&format!("<h1>{title}</h1>")),
            "{path}: heading"
        );
        assert!(dom.contains(text), "{path}: {text}");
        let links = attribute_values(&dom, "href");
        assert!(!links.is_empty(), "{path}: no links");
        for href in links {
            let target = file.parent().unwrap().join(href);
            assert!(target.exists(), "{path}: broken link {href}");
        }
    }

    if let Some(shot) = std::env::var_os("CLOSECODE_SCREENSHOT") {
        let page = site.join("ko/compare/1001-1014.html");
        headless(
            &profile,
            &[
                "--hide-scrollbars",
                "--window-size=1000,1900",
                &format!("--screenshot={}", Path::new(&shot).display()),
                &format!("file://{}", page.display()),
            ],
        );
        assert!(Path::new(&shot).exists(), "no screenshot written");
    }
    let _ = std::fs::remove_dir_all(&root);
}
