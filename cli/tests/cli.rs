//! The `closecode` binary, run as a user runs it.

use std::process::{Command, Output};

use serde_json::Value;

/// Runs `closecode` with `args` and no locale variables, unless `env` sets some.
fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_closecode"));
    command.args(args);
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    command.envs(env.iter().copied());
    command.output().expect("closecode runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn show_prints_a_korean_page() {
    let output = run(
        &["show", "1006", "--lang", "ko", "--full", "--examples"],
        &[],
    );
    assert!(output.status.success());
    let page = stdout(&output);
    assert!(page.starts_with("1006 비정상 종료 (Abnormal Closure)\n"));
    for heading in ["이 코드를 보게 되는 경우", "해결 방법", "기본 정보"] {
        assert!(page.lines().any(|l| l == heading), "{heading}");
    }
    assert!(page.contains("proxy_read_timeout"));
    assert_examples_in(&page, "ko");
    assert!(stderr(&output).is_empty());
}

/// The lines of the examples a code's page shows in `folder` of examples/site/ (`""` for the
/// English files, `"ko"`, `"ja"` for the copies whose comments are translated).
fn example_lines(folder: &str) -> Vec<String> {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/site")
        .join(folder);
    ["onclose.js", "client.rs", "client.py", "nginx.conf"]
        .iter()
        .flat_map(|file| {
            let text = std::fs::read_to_string(folder.join(file)).unwrap();
            text.lines().map(str::to_owned).collect::<Vec<_>>()
        })
        .collect()
}

/// A line of one of the examples a code's page shows (examples/site/, in any language), which
/// a terminal indents by four columns and never wraps.
fn is_example_line(line: &str) -> bool {
    let Some(code) = line.strip_prefix("    ") else {
        return false;
    };
    // Snippets on a page lose the indentation the lines have in their file.
    ["", "ko", "ja"].iter().any(|folder| {
        example_lines(folder)
            .iter()
            .any(|l| l.trim() == code.trim() && !code.trim().is_empty())
    })
}

/// A page in `lang` shows the examples with comments in its language: every line of the
/// `lang` copies, and none of the English comments they translate.
fn assert_examples_in(page: &str, lang: &str) {
    let copy = example_lines(lang);
    for line in example_lines("") {
        let shown = page
            .lines()
            .any(|l| l.strip_prefix("    ") == Some(line.as_str()));
        if !line.trim().is_empty() && !copy.contains(&line) {
            assert!(!shown, "{lang}: an English comment: {line}");
        }
    }
    for line in copy.iter().filter(|l| !l.trim().is_empty()) {
        let shown = page
            .lines()
            .any(|l| l.strip_prefix("    ") == Some(line.as_str()));
        assert!(shown, "{lang}: not shown: {line}");
    }
}

#[test]
fn show_prints_a_japanese_page() {
    let output = run(
        &[
            "show",
            "1006",
            "--lang",
            "ja",
            "--width",
            "80",
            "--full",
            "--examples",
        ],
        &[],
    );
    assert!(output.status.success());
    let page = stdout(&output);
    assert!(page.starts_with("1006 異常終了 (Abnormal Closure)\n"));
    for heading in ["このコードが発生する状況", "対処方法", "基本情報"] {
        assert!(page.lines().any(|l| l == heading), "{heading}");
    }
    assert!(page.contains("proxy_read_timeout"));
    assert_examples_in(&page, "ja");
    // Japanese has no spaces between words: lines still break within the width.
    for line in page.lines() {
        assert!(
            unicode_width(line) <= 80
                || line.split_whitespace().count() == 1
                || is_example_line(line),
            "{line}"
        );
    }
    assert!(stderr(&output).is_empty());
    let from_env = run(&["show", "1006"], &[("LANG", "ja_JP.UTF-8")]);
    assert!(stdout(&from_env).starts_with("1006 異常終了"));
}

/// Display columns, counting kana, kanji and full-width punctuation as two (enough for these
/// tests' texts).
fn unicode_width(line: &str) -> usize {
    line.chars()
        .map(|c| match c {
            '\u{2E80}'..='\u{A4CF}' | '\u{AC00}'..='\u{D7A3}' | '\u{FF01}'..='\u{FF60}' => 2,
            _ => 1,
        })
        .sum()
}

#[test]
fn show_accepts_numbers_and_names_in_one_call() {
    let output = run(
        &[
            "show",
            "1001",
            "BAD_GATEWAY",
            "going-away",
            "EndpointUnavailable",
            "4000",
        ],
        &[],
    );
    assert!(output.status.success());
    let page = stdout(&output);
    assert_eq!(page.matches("1001 Going Away\n").count(), 3);
    assert!(page.contains("1014 Bad Gateway\n"));
    assert!(page.contains("4000 Private-use code\n"));
}

#[test]
fn json_has_the_documented_keys() {
    let output = run(
        &[
            "show", "1014", "4403", "--lang", "ko-KR", "--format", "json",
        ],
        &[],
    );
    assert!(output.status.success());
    let items: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let items = items.as_array().unwrap();
    assert_eq!(items.len(), 2);
    for key in [
        "code",
        "name",
        "description",
        "symptom",
        "remedy",
        "locale",
        "range",
        "registered",
        "wire",
        "sendable",
        "local_only",
        "browser_sendable",
        "retry",
    ] {
        assert!(
            items.iter().all(|item| item.get(key).is_some()),
            "missing {key}"
        );
    }
    let gateway = &items[0];
    assert_eq!(gateway["code"], 1014);
    assert_eq!(gateway["name"], "잘못된 게이트웨이");
    assert_eq!(gateway["locale"], "ko");
    assert_eq!(gateway["range"], "protocol");
    assert_eq!(gateway["registered"], true);
    assert_eq!(gateway["wire"], "defined");
    assert_eq!(gateway["sendable"], true);
    assert_eq!(gateway["local_only"], false);
    assert_eq!(gateway["browser_sendable"], false);
    assert_eq!(gateway["retry"], "backoff");
    assert_eq!(gateway["http_status"], 502);
    // The examples are the Korean copies, the files the Korean page shows.
    let examples = gateway["examples"].as_array().unwrap();
    assert!(!examples.is_empty());
    for example in examples {
        let file = example["file"].as_str().unwrap();
        assert!(file.starts_with("examples/site/ko/"), "{file}");
    }
    let private = &items[1];
    assert_eq!(private["range"], "private");
    assert_eq!(private["registered"], false);
    assert_eq!(private["retry"], "app-defined");
    assert!(
        private["description"]
            .as_str()
            .unwrap()
            .starts_with("4403 코드는")
    );
}

#[test]
fn json_range_ids_cover_every_range() {
    let output = run(
        &[
            "show", "0", "1016", "3001", "4000", "5000", "--format", "json",
        ],
        &[],
    );
    let items: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let ranges: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["range"].as_str().unwrap())
        .collect();
    assert_eq!(
        ranges,
        ["unused", "protocol", "framework", "private", "out-of-spec"]
    );
}

#[test]
fn bad_codes_exit_2_with_one_line() {
    for (arg, says) in [
        ("abc", "expected a number from 0 to 65535 or a name"),
        ("70000", "so 70000 is too large"),
        ("-1", "not a decimal number"),
        (
            "no-such-name",
            "expected a number from 0 to 65535 or a name",
        ),
        ("", "expected a number from 0 to 65535 or a name"),
        // A misspelled name gets a suggestion.
        ("going-awy", "did you mean going-away?"),
    ] {
        let output = run(&["show", "1000", arg], &[]);
        assert_eq!(output.status.code(), Some(2), "{arg}");
        let err = stderr(&output);
        assert_eq!(err.lines().count(), 1, "{arg}: {err}");
        assert!(err.starts_with("closecode: error: "), "{err}");
        assert!(err.contains(says), "{arg}: {err}");
        assert!(
            stdout(&output).is_empty(),
            "nothing is printed when an argument is bad"
        );
    }
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&[], &[]).status.code(), Some(2));
    assert_eq!(run(&["show"], &[]).status.code(), Some(2));
    assert_eq!(
        run(&["show", "1000", "--format", "yaml"], &[])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn language_comes_from_flag_then_environment() {
    let korean = |output: &Output| stdout(output).starts_with("1000 정상 종료");
    assert!(korean(&run(&["show", "1000"], &[("LANG", "ko_KR.UTF-8")])));
    assert!(korean(&run(
        &["show", "1000"],
        &[("LC_MESSAGES", "ko_KR.UTF-8"), ("LANG", "en_US.UTF-8")]
    )));
    assert!(korean(&run(
        &["show", "1000"],
        &[("LC_ALL", "ko"), ("LC_MESSAGES", "en_US")]
    )));
    assert!(!korean(&run(
        &["show", "1000"],
        &[("LC_ALL", "en_US.UTF-8"), ("LANG", "ko_KR.UTF-8")]
    )));
    assert!(!korean(&run(
        &["show", "1000", "--lang", "en"],
        &[("LANG", "ko_KR.UTF-8")]
    )));
    let c = run(&["show", "1000"], &[("LANG", "C.UTF-8")]);
    assert!(stdout(&c).starts_with("1000 Normal Closure") && stderr(&c).is_empty());
    assert!(stdout(&run(&["show", "1000"], &[])).starts_with("1000 Normal Closure"));
}

#[test]
fn unknown_languages_fall_back_to_english_with_a_notice() {
    for (args, env) in [
        (vec!["show", "1000", "--lang", "fr"], vec![]),
        (vec!["show", "1000", "--lang", "!!"], vec![]),
        (vec!["show", "1000"], vec![("LANG", "de_DE.UTF-8")]),
    ] {
        let output = run(&args, &env);
        assert!(output.status.success());
        assert!(stdout(&output).starts_with("1000 Normal Closure"));
        let err = stderr(&output);
        assert!(
            err.starts_with("closecode: notice: ") && err.contains("using en"),
            "{err}"
        );
    }
}

#[test]
fn help_and_version_work() {
    let help = run(&["--help"], &[]);
    assert!(help.status.success());
    assert!(stdout(&help).contains("show"));
    let show_help = run(&["show", "--help"], &[]);
    assert!(stdout(&show_help).contains("--lang"));
    assert!(run(&["--version"], &[]).status.success());
}

#[test]
fn compare_prints_every_section_in_korean() {
    let output = run(&["compare", "1001", "1014", "--lang", "ko"], &[]);
    assert!(output.status.success());
    let page = stdout(&output);
    assert!(page.starts_with("1001 엔드포인트 이탈 · 1014 잘못된 게이트웨이 비교\n"));
    for heading in ["설명", "이 코드를 보게 되는 경우", "해결 방법"] {
        assert_eq!(
            page.lines().filter(|l| l.trim() == heading).count(),
            2,
            "{heading}"
        );
    }
    for heading in [
        "주요 차이점",
        "상황별 대응",
        "이 코드로 닫을 때",
        "이 코드를 받았을 때",
    ] {
        assert_eq!(
            page.lines().filter(|l| l.trim() == heading).count(),
            1,
            "{heading}"
        );
    }
}

#[test]
fn compare_json_has_the_documented_keys() {
    let output = run(
        &["compare", "going-away", "BAD_GATEWAY", "--format", "json"],
        &[],
    );
    assert!(output.status.success());
    let value: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["a"]["code"], 1001);
    assert_eq!(value["b"]["code"], 1014);
    assert_eq!(value["b"]["sendable"], true);
    let differences = value["differences"].as_array().unwrap();
    assert!(!differences.is_empty());
    for difference in differences {
        for key in ["aspect", "a", "b", "text"] {
            assert!(difference[key].is_string(), "{key}");
        }
    }
    assert!(
        value["when_to_use"]
            .as_str()
            .unwrap()
            .contains("1014 Bad Gateway:")
    );
}

#[test]
fn every_format_works_for_every_page_command() {
    for args in [
        vec!["show", "1006"],
        vec!["compare", "1005", "1006"],
        vec!["list"],
    ] {
        for format in ["text", "md", "html", "json"] {
            let mut all = args.clone();
            all.extend(["--format", format, "--lang", "ko"]);
            let output = run(&all, &[]);
            assert!(output.status.success(), "{all:?}");
            let out = stdout(&output);
            match format {
                "html" => assert!(
                    out.starts_with("<!DOCTYPE html>\n<html lang=\"ko\">"),
                    "{all:?}"
                ),
                "md" => assert!(out.starts_with("# "), "{all:?}"),
                "json" => assert!(serde_json::from_str::<Value>(&out).is_ok(), "{all:?}"),
                _ => assert!(!out.is_empty()),
            }
        }
    }
}

#[test]
fn compare_rejects_bad_codes_with_status_2() {
    let output = run(&["compare", "1001", "70000"], &[]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stderr(&output).lines().count(), 1);
}

#[test]
fn docs_writes_a_reproducible_site() {
    let dir = std::env::temp_dir().join(format!("closecode-docs-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let out = dir.to_str().unwrap();
    let read = |path: &str| std::fs::read(dir.join(path)).unwrap();

    let base = ["--base-url", "https://example.com/codes/"];
    let output = run(&["docs", "--out", out, base[0], base[1]], &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).starts_with("wrote 766 files for en, ja, ko into"));
    assert_eq!(stderr(&output), "");
    let first = (
        read("ko/compare/1001-1014.html"),
        read("en/index.html"),
        read("ko/search-index.js"),
        read("sitemap.xml"),
    );
    assert!(
        run(&["docs", "--out", out, base[0], base[1]], &[])
            .status
            .success()
    );
    assert_eq!(
        first,
        (
            read("ko/compare/1001-1014.html"),
            read("en/index.html"),
            read("ko/search-index.js"),
            read("sitemap.xml")
        )
    );

    // Without a base URL no sitemap, and a notice in the user's language.
    let _ = std::fs::remove_dir_all(&dir);
    let output = run(&["docs", "--out", out], &[]);
    assert!(stdout(&output).starts_with("wrote 765 files for en, ja, ko into"));
    assert!(!dir.join("sitemap.xml").exists());
    assert_eq!(
        stderr(&output),
        "closecode: notice: no sitemap.xml written: a sitemap needs absolute URLs; pass --base-url to write one\n"
    );
    let output = run(&["docs", "--out", out], &[("LANG", "ko_KR.UTF-8")]);
    assert!(stderr(&output).contains("sitemap.xml을 쓰지 않았습니다."));

    // One language: no links to the other.
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        run(&["docs", "--out", out, "--lang", "ko"], &[])
            .status
            .success()
    );
    assert!(
        !String::from_utf8(read("ko/1006.html"))
            .unwrap()
            .contains("hreflang")
    );
    assert!(!dir.join("en").exists());

    let bad = run(&["docs", "--out", out, "--lang", "fr"], &[]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("available: en, ja, ko"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn frame_decodes_hex_and_explains() {
    let output = run(&["frame", "03e9 6279 65"], &[]);
    assert!(output.status.success());
    let page = stdout(&output);
    assert!(
        page.contains("A valid Close frame")
            && page.contains("1001 Going Away")
            && page.contains("\"bye\"")
    );
    let output = run(&["frame", "03ee", "--lang", "ko", "--width", "200"], &[]);
    let page = stdout(&output);
    assert!(
        page.contains("1002 코드를 보내고 연결을 끊으십시오")
            && page.contains("1006 코드는 닫기 프레임에 쓸 수 없습니다"),
        "{page}"
    );
    // 1014 is valid, yet tungstenite and gorilla refuse it: the peer table says what they do.
    let page = stdout(&run(&["frame", "03f6", "--width", "200"], &[]));
    let row = |name: &str| {
        page.lines()
            .find(|l| l.trim_start().starts_with(name))
            .unwrap_or_else(|| panic!("no row for {name}: {page}"))
            .to_owned()
    };
    assert!(row("tungstenite").contains("1002 Protocol Error"), "{page}");
    assert!(
        row("gorilla/websocket ≥").contains("websocket: bad close code 1014"),
        "{page}"
    );
    assert!(row("Chromium").contains("1014 Bad Gateway"), "{page}");
    // 1004 is valid by RFC 6455 (§7.4.1 lists it), but every library in the table refuses it.
    let page = stdout(&run(&["frame", "03ec", "--width", "300"], &[]));
    let verdict = page
        .lines()
        .find(|l| l.trim_start().starts_with("Verdict"))
        .unwrap_or_else(|| panic!("no verdict: {page}"));
    assert!(
        verdict.contains("A valid Close frame. RFC 6455 allows it, but these peers refuse it: Python websockets, Node ws, tungstenite, gorilla/websocket, coder/websocket,"),
        "{page}"
    );
    assert!(
        !verdict.contains("Chromium")
            && !verdict.contains("Firefox")
            && !page.contains("may not appear"),
        "{page}"
    );
    assert!(
        page.contains("Allowed by RFC 6455; libraries refuse it, browsers accept it"),
        "{page}"
    );
    // A payload every peer accepts says so in one line.
    let page = stdout(&run(&["frame", "03e8"], &[]));
    assert!(page.contains("Every library and browser in closecode's table accepts this payload"));
}

#[test]
fn frame_reports_every_problem_and_every_peer() {
    let output = run(&["frame", "0000c080", "--format", "json"], &[]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let value: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let kinds: Vec<&str> = value["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["code-not-allowed", "invalid-utf8"]);
    assert_eq!(value["fail_with"], 1002);
    let peer = |id: &str| {
        value["peers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["peer"] == id)
            .unwrap_or_else(|| panic!("no peer {id}"))
            .clone()
    };
    // websockets and tungstenite decode the reason first; ws and Chromium check the code first.
    assert_eq!(
        (
            peer("python-websockets")["sees"].clone(),
            peer("python-websockets")["replies"].clone()
        ),
        (1006.into(), 1007.into())
    );
    assert_eq!(peer("node-ws")["replies"], 1002);
    assert_eq!(peer("tungstenite")["replies"], Value::Null);
    assert_eq!(peer("tungstenite")["reply"], "none");
    assert!(
        peer("tungstenite")["sees_error"]
            .as_str()
            .unwrap()
            .contains("UTF-8")
    );
    assert_eq!(
        (
            peer("chromium")["sees"].clone(),
            peer("chromium")["replies"].clone()
        ),
        (1006.into(), 1002.into())
    );

    let page = stdout(&run(&["frame", "0000", "--peer", "chromium"], &[]));
    assert!(
        page.contains("Chromium 156 accepts this payload."),
        "{page}"
    );
    let row = page
        .lines()
        .find(|l| l.trim_start().starts_with("Chromium 156  "))
        .unwrap();
    assert!(row.contains("0 Unused code"), "{page}");
    let json: Value = serde_json::from_str(&stdout(&run(
        &["frame", "0000", "--peer", "chromium", "--format", "json"],
        &[],
    )))
    .unwrap();
    assert_eq!(json["peers"].as_array().unwrap().len(), 1);
    assert_eq!(
        (
            json["peers"][0]["accepts"].clone(),
            json["peers"][0]["sees"].clone()
        ),
        (true.into(), 0.into())
    );

    let bad = run(&["frame", "0000", "--peer", "netscape"], &[]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("chromium"));
}

#[test]
fn frame_json_has_the_documented_keys() {
    let cases = [
        ("03e8", true, Some(1000u16), Some(""), None::<u16>),
        ("", true, Some(1005), Some(""), None),
        ("03", false, None, None, Some(1002)),
        ("03e8ff", false, Some(1000), None, Some(1007)),
        ("03ed", false, Some(1005), None, Some(1002)),
    ];
    for (hex, valid, code, reason, fail_with) in cases {
        let output = run(&["frame", "--format", "json", "--", hex], &[]);
        // 0 for a valid payload, 1 for an invalid one (after the report), 2 for bad input.
        let status = if valid { 0 } else { 1 };
        assert_eq!(
            output.status.code(),
            Some(status),
            "{hex}: {}",
            stderr(&output)
        );
        let value: Value = serde_json::from_str(&stdout(&output)).unwrap();
        assert_eq!(value["valid"], valid, "{hex}");
        assert_eq!(value["code"].as_u64(), code.map(u64::from), "{hex}");
        assert_eq!(value["reason"].as_str(), reason, "{hex}");
        assert_eq!(
            value["fail_with"].as_u64(),
            fail_with.map(u64::from),
            "{hex}"
        );
        assert_eq!(value["error"].is_string(), !valid, "{hex}");
    }
}

#[test]
fn frame_escapes_what_the_peer_wrote() {
    // An ANSI color sequence and a right-to-left override in the reason.
    let output = run(&["frame", "03e8 1b5b33316d e280ae 7a"], &[]);
    let page = stdout(&output);
    assert!(
        !page.contains('\u{1b}') && !page.contains('\u{202e}'),
        "{page:?}"
    );
    assert!(page.contains(r#""\u{1b}[31m\u{202e}z""#), "{page}");
}

#[test]
fn bad_hex_exits_2() {
    for hex in ["03e", "zz", "03 e9 g1"] {
        let output = run(&["frame", hex], &[]);
        assert_eq!(output.status.code(), Some(2), "{hex}");
        let err = stderr(&output);
        assert!(
            err.starts_with("closecode: error: not a hex payload: "),
            "{hex}: {err}"
        );
        assert_eq!(err.lines().count(), 1);
    }
    // The place of a bad character is the one a person counts in what they typed: from 1,
    // spaces included, in every language.
    for (lang, place) in [
        ("en", "'g' (character 7 of the input)"),
        ("ko", "입력의 7번째 문자('g')"),
        ("ja", "入力の7文字目（'g'）"),
    ] {
        let err = stderr(&run(&["frame", "03", "e9", "g1", "--lang", lang], &[]));
        assert!(err.contains(place), "{lang}: {err}");
    }
}

/// `closecode scenarios` lists each scenario with the id `closecode scenarios ID` takes, and
/// every id it lists opens that scenario.
#[test]
fn scenarios_lists_the_ids_it_takes() {
    for lang in ["en", "ko", "ja"] {
        let list = stdout(&run(&["scenarios", "--lang", lang], &[]));
        let ids: Vec<&str> = list
            .lines()
            .filter_map(|line| line.trim_start().split(' ').next())
            .filter(|word| {
                word.contains('-')
                    && word
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit())
            })
            .collect();
        assert_eq!(
            ids.len(),
            closecode::Scenario::all().len(),
            "{lang}: {list}"
        );
        for id in ids {
            let page = run(&["scenarios", id, "--lang", lang], &[]);
            assert!(page.status.success(), "{lang}: {id}");
            let title = closecode::Scenario::find(id)
                .unwrap()
                .texts(closecode::Locale::from_tag(lang).unwrap())
                .title();
            assert!(stdout(&page).starts_with(title), "{lang}: {id}");
        }
    }
}

#[test]
fn retry_prints_the_advice_and_a_schedule() {
    let page = stdout(&run(&["retry", "1012", "--lang", "ko"], &[]));
    assert!(
        page.starts_with("1012 서비스 재시작\n5~30초 사이의 무작위 지연 뒤 재연결: 이후 두 배씩 늘려 최대 120초, 10회까지\n"),
        "{page}"
    );
    assert!(page.contains("재연결 일정 예시") && page.contains("시도 10"));
    let value: Value = serde_json::from_str(&stdout(&run(
        &["retry", "going-away", "--format", "json", "--seed", "3"],
        &[],
    )))
    .unwrap();
    assert_eq!(value["reconnects"], true);
    let schedule = value["schedule_seconds"].as_array().unwrap();
    assert_eq!(schedule.len(), 10);
    assert!(schedule[0].as_f64().unwrap() <= 5.0);
    let value: Value =
        serde_json::from_str(&stdout(&run(&["retry", "1008", "--format", "json"], &[]))).unwrap();
    assert_eq!(value["reconnects"], false);
    assert_eq!(value["retry"], "credentials");
    assert_eq!(value["rule"], Value::Null);
    assert!(value["schedule_seconds"].as_array().unwrap().is_empty());
    let rule: Value =
        serde_json::from_str(&stdout(&run(&["retry", "1012", "--format", "json"], &[]))).unwrap();
    assert_eq!(
        (
            rule["rule"]["first_min_seconds"].clone(),
            rule["rule"]["cap_seconds"].clone(),
            rule["rule"]["attempts"].clone()
        ),
        (5.0.into(), 120.0.into(), 10.into())
    );
    // Each step carries the countdown an app can show, with the right plural, stating the
    // delay the step gives in milliseconds: seeds 5 and 28 once said "8 seconds" for 7000 ms.
    let mut steps = Value::Null;
    for seed in 0..40 {
        let seed = seed.to_string();
        steps = serde_json::from_str(&stdout(&run(
            &["retry", "1006", "--format", "json", "--seed", &seed],
            &[],
        )))
        .unwrap();
        for (step, seconds) in steps["steps"]
            .as_array()
            .unwrap()
            .iter()
            .zip(steps["schedule_seconds"].as_array().unwrap())
        {
            let ms = step["delay_ms"].as_u64().unwrap();
            assert_eq!(seconds.as_f64().unwrap(), ms as f64 / 1000.0, "seed {seed}");
            let expected = match ms.div_ceil(1000) {
                0 => "Reconnecting now.".to_owned(),
                1 => "Reconnecting in 1 second.".to_owned(),
                n => format!("Reconnecting in {n} seconds."),
            };
            assert_eq!(
                step["user_message"],
                expected.as_str(),
                "seed {seed}: {ms} ms"
            );
        }
    }
    assert_eq!(
        steps["user_message"],
        "The connection was lost. The app will try to reconnect."
    );
    // A private code nobody gave a meaning: the application decides, and no schedule is shown.
    let private: Value =
        serde_json::from_str(&stdout(&run(&["retry", "4000", "--format", "json"], &[]))).unwrap();
    assert_eq!(
        (private["retry"].clone(), private["reconnects"].clone()),
        ("app-defined".into(), false.into())
    );
    assert!(private["schedule_seconds"].as_array().unwrap().is_empty());
    let page = stdout(&run(&["retry", "4000"], &[]));
    assert!(
        page.contains("The application decides") && !page.contains("Attempt"),
        "{page}"
    );
    // The same seed, the same example.
    assert_eq!(
        stdout(&run(&["retry", "1006", "--seed", "9"], &[])),
        stdout(&run(&["retry", "1006", "--seed", "9"], &[]))
    );
}

/// Runs `closecode` with `args` given as raw bytes and `stdin` as its input.
fn run_raw(args: &[&[u8]], env: &[(&str, &[u8])], stdin: &[u8]) -> Output {
    use std::ffi::OsStr;
    use std::io::Write as _;
    use std::os::unix::ffi::OsStrExt;
    let mut command = Command::new(env!("CARGO_BIN_EXE_closecode"));
    command.args(args.iter().map(|a| OsStr::from_bytes(a)));
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    for (name, value) in env {
        command.env(name, OsStr::from_bytes(value));
    }
    let mut child = command
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    output
}

#[test]
fn invalid_utf8_arguments_exit_2() {
    for args in [
        &[&b"show"[..], b"\xff\xfe"][..],
        &[b"show", b"1000", b"--lang", b"k\xffo"],
        &[b"frame", b"03\xe8"],
    ] {
        let output = run_raw(args, &[], b"");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(!stderr(&output).is_empty());
    }
}

#[test]
fn invalid_utf8_and_odd_locale_variables_fall_back_without_failing() {
    for value in [
        &b"ko_KR.\xff\xfe"[..],
        b"\xff",
        b"C",
        b"x".repeat(100_000).as_slice(),
        b"ko_KR@\x01",
    ] {
        let output = run_raw(&[b"show", b"1000"], &[("LANG", value)], b"");
        assert!(
            output.status.success(),
            "{:?}",
            String::from_utf8_lossy(value)
        );
        let page = stdout(&output);
        assert!(page.starts_with("1000 "), "{page}");
    }
    // The lossy value still names Korean.
    let output = run_raw(&[b"show", b"1000"], &[("LANG", b"ko_KR.\xff")], b"");
    assert!(stdout(&output).starts_with("1000 정상 종료"));
}

#[test]
fn hex_from_stdin_is_bounded() {
    let output = run_raw(&[b"frame", b"-"], &[], b"03e9 6279 65\n");
    assert!(output.status.success());
    assert!(stdout(&output).contains("\"bye\""));
    // 10 MB of hex: refused with one clear line, exit status 2.
    let ten_megabytes = b"03e8".repeat(10 << 20 >> 2);
    let output = run_raw(&[b"frame", b"-"], &[], &ten_megabytes);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "closecode: error: not a hex payload: more than 1024 bytes; a Close payload is at most 125 bytes\n"
    );
    // More than 16 MiB of anything is not read to the end.
    let output = run_raw(&[b"frame", b"-"], &[], &vec![b' '; 17 << 20]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("longer than 16 MiB"));
    // NUL and invalid UTF-8 on stdin.
    for input in [&b"03e8\0"[..], b"03\xe8"] {
        let output = run_raw(&[b"frame", b"-"], &[], input);
        assert_eq!(output.status.code(), Some(2), "{input:?}");
    }
}

#[test]
fn a_huge_language_tag_falls_back_with_a_short_notice() {
    let tag = "x".repeat(100_000);
    let output = run(&["show", "1000", "--lang", &tag], &[]);
    assert!(output.status.success());
    assert!(stdout(&output).starts_with("1000 Normal Closure"));
    let notice = stderr(&output);
    assert_eq!(notice.lines().count(), 1);
    assert!(notice.len() < 300, "{} bytes", notice.len());
}

#[test]
fn completions_man_and_unwrapped_pipes() {
    let script = stdout(&run(&["completions", "bash"], &[]));
    assert!(
        script.contains("closecode") && script.contains("frame"),
        "{script:.200}"
    );
    let man = stdout(&run(&["man"], &[]));
    assert!(
        man.starts_with(".ie") || man.contains(".TH closecode"),
        "{man:.200}"
    );
    // Output to a pipe is not wrapped unless --width asks for it.
    let piped = stdout(&run(&["show", "1006"], &[]));
    assert!(
        piped.lines().any(|l| l.chars().count() > 200),
        "no long line when piped"
    );
    let wrapped = stdout(&run(&["show", "1006", "--width", "60"], &[]));
    assert!(
        wrapped
            .lines()
            .all(|l| l.chars().count() <= 60 || !l.trim().contains(' ') || is_example_line(l))
    );
}

#[test]
fn retry_under_graphql_ws_stops_after_4401() {
    let output = run(
        &[
            "retry",
            "4401",
            "--profile",
            "graphql-ws",
            "--format",
            "json",
        ],
        &[],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let json: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["retry"], "fix-first");
    assert_eq!(json["reconnects"], false);
    assert_eq!(json["profile"], "graphql-ws");
    assert_eq!(json["steps"].as_array().unwrap().len(), 0);
    // Without a profile nobody gave 4000 a meaning: the app decides, and no schedule is shown.
    let output = run(&["retry", "4000", "--format", "json"], &[]);
    let json: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["retry"], "app-defined");
    assert!(json["rule"].is_null());
}

#[test]
fn show_explains_discord_4004_in_both_languages() {
    let en = stdout(&run(&["show", "4004", "--profile", "discord"], &[]));
    assert!(
        en.starts_with("4004 Authentication failed (Discord Gateway)"),
        "{en}"
    );
    let ko = stdout(&run(
        &["show", "4004", "--profile", "discord", "--lang", "ko"],
        &[],
    ));
    assert!(ko.starts_with("4004 인증 실패 (Discord Gateway)"), "{ko}");
    assert!(ko.contains("사용자에게 보여 줄 안내"));
    let json: Value = serde_json::from_str(&stdout(&run(
        &["show", "4004", "--profile", "discord", "--format", "json"],
        &[],
    )))
    .unwrap();
    assert_eq!(json[0]["profile"]["retry"], "credentials");
    assert_eq!(json[0]["profile"]["protocol_name"], "Authentication failed");
}

#[test]
fn profiles_lists_the_shipped_ones() {
    let json: Value =
        serde_json::from_str(&stdout(&run(&["profiles", "--format", "json"], &[]))).unwrap();
    let ids: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    for id in [
        "centrifuge",
        "discord-gateway",
        "graphql-ws",
        "obs-websocket",
        "twitch-eventsub",
    ] {
        assert!(ids.contains(&id), "{ids:?}");
    }
    assert!(!json[0]["sources"].as_array().unwrap().is_empty());
    assert!(!json[0]["codes"].as_array().unwrap().is_empty());
}

#[test]
fn an_unknown_or_broken_profile_exits_2_and_says_why() {
    let output = run(&["show", "4004", "--profile", "nope"], &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("neither a shipped profile"));
    let dir = std::env::temp_dir().join(format!("closecode-cli-profile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.toml");
    std::fs::write(&path, "id = \"bad\"\nname = \"Bad\"\n").unwrap();
    let output = run(&["list", "--profile", path.to_str().unwrap()], &[]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.contains("bad.toml:1:1:") && err.contains("missing key `sources`"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn failures_are_shown_compared_and_answered_like_codes() {
    let ko = stdout(&run(&["show", "http-401", "--lang", "ko"], &[]));
    assert!(
        ko.starts_with("업그레이드 거부: 401 Unauthorized (http-401)"),
        "{ko}"
    );
    assert!(ko.contains("사용자에게 보여 줄 안내"));
    let compared = run(&["compare", "1006", "http-401"], &[]);
    assert!(compared.status.success());
    let page = stdout(&compared);
    assert!(
        page.starts_with("1006 Abnormal Closure vs http-401"),
        "{page}"
    );
    assert!(page.contains("needs new credentials"), "{page}");
    let json: Value = serde_json::from_str(&stdout(&run(
        &["retry", "http-429", "--format", "json"],
        &[],
    )))
    .unwrap();
    assert_eq!(json["failure"], "http-429");
    assert_eq!(json["code"], 1006);
    assert_eq!(json["retry"], "backoff");
    let json: Value = serde_json::from_str(&stdout(&run(
        &["show", "1006", "dns", "--format", "json"],
        &[],
    )))
    .unwrap();
    assert_eq!(json[0]["code"], 1006);
    assert_eq!(json[1]["failure"], "dns");
    let json: Value =
        serde_json::from_str(&stdout(&run(&["failures", "--format", "json"], &[]))).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 21);
    let bad = run(&["show", "http-999"], &[]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("failure id such as http-401"));
}

#[test]
fn explain_a_line_in_korean() {
    let line = "websocket: close 1006 (abnormal closure): unexpected EOF";
    let output = run(&["explain", line, "--lang", "ko"], &[]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(text.starts_with("1번째 줄\n"), "{text}");
    for part in [
        "1006 비정상 종료",
        "이쪽: 로컬에서 결정함",
        "\"unexpected EOF\"",
        "gorilla/websocket",
        "closecode show 1006\n",
    ] {
        assert!(text.contains(part), "{part}");
    }
    // The verdict and a pointer, not the page.
    assert!(!text.contains("(Abnormal Closure)"), "{text}");
    assert!(stderr(&output).is_empty());
}

/// "websocket: bad close code 1014": the peer's 1014 arrived and was refused, 1002 went back;
/// each language says both, in at most 15 lines, and the JSON has both.
#[test]
fn explain_a_refused_code_in_every_language() {
    let line = "websocket: bad close code 1014";
    for (lang, received, sentence) in [
        (
            "en",
            "Received    1014 Bad Gateway",
            "The peer sent 1014, which this library refuses; it failed the connection with 1002.",
        ),
        (
            "ko",
            "1014 잘못된 게이트웨이",
            "상대방이 보낸 닫기 코드 1014 값을 이 라이브러리가 거부했고, 닫기 코드 1002 값으로 연결을 실패 처리했습니다.",
        ),
        (
            "ja",
            "1014 不正なゲートウェイ",
            "相手側が送ったクローズコード1014をこのライブラリは受け付けず、クローズコード1002で接続を失敗させました。",
        ),
    ] {
        let output = run(&["explain", line, "--lang", lang], &[]);
        assert!(output.status.success());
        let text = stdout(&output);
        assert!(text.contains(received), "{lang}: {text}");
        assert!(text.contains("1002"), "{lang}: {text}");
        assert!(text.contains(sentence), "{lang}: {text}");
        assert!(text.contains("closecode show 1002"), "{lang}: {text}");
        assert!(text.lines().count() <= 15, "{lang}: {text}");
        if lang != "en" {
            assert_no_english_run(&text.replace(line, ""));
        }
    }
    let output = run(&["explain", "--format", "json", line], &[]);
    let object: Value = serde_json::from_str(stdout(&output).trim()).unwrap();
    assert_eq!(
        (&object["code"], &object["received"], &object["sent"]),
        (&Value::from(1002), &Value::from(1014), &Value::from(1002))
    );
    assert_eq!(object["confidence"], "format");
    assert_eq!(object["stack"], "gorilla");
}

/// A long line and a failure still fit in 15 lines; a code read from context has no stack.
#[test]
fn explain_stays_short_and_says_how_it_read() {
    let long = format!(
        "2026-11-26T02:00:00.123Z ERROR [pool-7-thread-3] c.e.ws.Client - {} close code: 4001",
        "context ".repeat(60)
    );
    let refused = "dial tcp 10.0.0.7:443: connect: connection refused";
    let long_reason = format!("websocket: close 4001: {}", "token expired ".repeat(40));
    let output = run(&["explain", &long, refused, &long_reason], &[]);
    assert!(output.status.success());
    let text = stdout(&output);
    for block in text.split("\n\n").filter(|block| !block.trim().is_empty()) {
        assert!(block.lines().count() <= 15, "{block}");
    }
    assert!(text.contains("closecode show 4001"), "{text}");
    assert!(text.contains("closecode show refused"), "{text}");
    let output = run(&["explain", "--format", "json", &long], &[]);
    let object: Value = serde_json::from_str(stdout(&output).trim()).unwrap();
    assert_eq!(
        (&object["stack"], &object["confidence"]),
        (&Value::Null, &Value::from("context"))
    );
    assert_eq!(object["code"], 4001);
}

#[test]
fn explain_streams_a_log_as_json_lines() {
    let mut log = b"2026-11-26 starting on port 1006\n".to_vec();
    log.extend_from_slice(b"\x1b[31mserver rejected WebSocket connection: HTTP 401\x1b[0m\r\n");
    log.extend_from_slice(b"\xff\xfe binary \x00 noise\n");
    log.extend_from_slice(&[b'x'; 300]);
    log.extend_from_slice(b"\nWebSocket connection to 'wss://x/ws' failed: Error in connection establishment: net::ERR_CERT_DATE_INVALID\n");
    log.extend_from_slice(b"websocket: close 4400: Invalid message received\xff\n");
    let output = run_raw(
        &[b"explain", b"--format", b"json", b"--max-line", b"200"],
        &[],
        &log,
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let objects: Vec<Value> = stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(objects.len(), 3);
    assert_eq!(objects[0]["failure"], "http-401");
    assert_eq!(
        objects[0]["line"],
        "server rejected WebSocket connection: HTTP 401"
    );
    assert_eq!(
        (objects[0]["who"].as_str(), objects[0]["number"].as_u64()),
        (Some("peer"), Some(2))
    );
    assert_eq!(objects[1]["failure"], "tls-expired");
    assert_eq!(objects[1]["stack"], "chromium");
    assert_eq!(objects[2]["code"], 4400);
    assert_eq!(
        objects[2]["profile"],
        Value::Null,
        "the reason ends in a replaced byte"
    );
    assert!(
        objects
            .iter()
            .all(|o| o.get("code").is_some() != o.get("failure").is_some())
    );
    assert!(stderr(&output).contains("Line 4 is longer than 200 bytes"));
    assert!(!output.stdout.contains(&0x1b));
}

#[test]
fn explain_exit_statuses() {
    let none = run_raw(&[b"explain"], &[], b"nothing here\nport 1006\n");
    assert_eq!(none.status.code(), Some(1));
    assert!(stderr(&none).contains("No line reports a close code"));
    assert!(stderr(&none).contains("Lines read: 2; recognized: 0."));
    let unrecognized = run(&["explain", "HTTP/1.1 401 Unauthorized"], &[]);
    assert_eq!(unrecognized.status.code(), Some(1));
    let bad = run(&["explain", "--max-line", "0", "x"], &[]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn explain_escapes_what_the_log_holds() {
    let output = run(&["explain", "websocket: close 4000: a\u{7}b\u{202e}c"], &[]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(text.contains("a\\u{7}b\\u{202e}c"), "{text}");
    assert!(!text.contains('\u{7}') && !text.contains('\u{202e}'));
}

/// closecode's commands.
const COMMANDS: [&str; 13] = [
    "show",
    "compare",
    "list",
    "profiles",
    "scenarios",
    "failures",
    "frame",
    "explain",
    "completions",
    "man",
    "retry",
    "docs",
    "catalog",
];

/// What a Korean or Japanese reader is shown has no run of three English words: flags, ids,
/// value names, language tags, product names and closecode's own commands aside.
fn assert_no_english_run(text: &str) {
    let named =
        |word: &str| COMMANDS.contains(&word) || ["closecode", "help", "bash"].contains(&word);
    let mut run = 0;
    for word in text.split(|c: char| c.is_whitespace() || ",.():;·".contains(c)) {
        let latin = word.len() > 2
            && word.chars().all(|c| c.is_ascii_alphabetic() || c == '\'')
            && !named(word);
        run = if latin { run + 1 } else { 0 };
        assert!(run < 3, "English run near {word:?}:\n{text}");
    }
}

#[test]
fn help_speaks_the_language_of_lang_or_the_environment() {
    for (env, headings) in [
        (
            "ko_KR.UTF-8",
            ["사용법:", "명령:", "옵션:", "도움말을 출력합니다"],
        ),
        (
            "ja_JP.UTF-8",
            ["使い方:", "コマンド:", "オプション:", "ヘルプを表示します"],
        ),
    ] {
        let help = run(&["--help"], &[("LANG", env)]);
        assert!(help.status.success());
        let text = stdout(&help);
        for heading in headings {
            assert!(text.contains(heading), "{env}: {heading}\n{text}");
        }
        for english in [
            "Usage:",
            "Commands:",
            "Options:",
            "Print help",
            "Print version",
        ] {
            assert!(!text.contains(english), "{env}: {english}\n{text}");
        }
        assert_no_english_run(&text);
        for command in COMMANDS {
            for flag in ["-h", "--help"] {
                let help = run(&[command, flag], &[("LANG", env)]);
                assert!(help.status.success(), "{command} {flag}");
                let text = stdout(&help);
                assert!(!text.contains("Arguments:") && !text.contains("[default:"));
                assert!(!text.contains("[possible values:") && !text.contains("Possible values"));
                assert_no_english_run(&text);
            }
        }
    }
    // --lang before or after the command, over the environment.
    let tag = run(
        &["show", "--help", "--lang", "ja"],
        &[("LANG", "ko_KR.UTF-8")],
    );
    assert!(stdout(&tag).contains("使い方: closecode show"));
    let before = run(&["--lang", "ko", "show", "--help"], &[]);
    assert!(stdout(&before).contains("사용법: closecode show"));
    let english = stdout(&run(&["--help"], &[]));
    assert!(english.contains("Usage: closecode") && english.contains("Print help"));
}

#[test]
fn errors_speak_the_chosen_language() {
    for args in [
        &["--lang", "ko", "show", "abc"][..],
        &["show", "abc", "--lang", "ko"],
        &["show", "abc", "--lang=ko-KR"],
    ] {
        let output = run(args, &[]);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let err = stderr(&output);
        assert!(
            err.starts_with("closecode: 오류: \"abc\": ") && err.contains("0부터 65535까지"),
            "{err}"
        );
        assert_eq!(err.lines().count(), 1);
        assert_no_english_run(&err);
        assert!(stdout(&output).is_empty());
    }
    let japanese = stderr(&run(&["show", "going-awy"], &[("LANG", "ja_JP.UTF-8")]));
    assert!(
        japanese.starts_with("closecode: エラー：")
            && japanese.contains("going-awayのことですか？"),
        "{japanese}"
    );
    for (args, env, says) in [
        (
            &["frame", "0x3z", "--lang", "ko"][..],
            "",
            "16진수 숫자가 아닙니다",
        ),
        (
            &["scenarios", "nope"],
            "ja_JP.UTF-8",
            "そのような症状別ガイドはありません",
        ),
        (
            &["show", "4004", "--profile", "nope"],
            "ko_KR.UTF-8",
            "제공하는 프로필",
        ),
        (
            &["frame", "03e8", "--peer", "nope", "--lang", "ja"],
            "",
            "closecodeが知らない相手側",
        ),
    ] {
        let output = run(args, &[("LANG", env)]);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let err = stderr(&output);
        assert!(err.contains(says), "{args:?}: {err}");
        assert_no_english_run(&err);
    }
}

#[test]
fn usage_errors_speak_the_chosen_language() {
    for (args, env, says) in [
        (
            &["--lang", "ko", "show", "--bogus"][..],
            "",
            &[
                "closecode: 오류: 알 수 없는 인수입니다: --bogus",
                "사용법: closecode show",
            ][..],
        ),
        (
            &["show", "--lnag", "ko"],
            "ko_KR.UTF-8",
            &[
                "알 수 없는 인수입니다: --lnag",
                "혹시 다음을 찾으셨습니까? --lang",
            ],
        ),
        (
            &["--lang", "ja", "frobnicate"],
            "",
            &[
                "closecode: エラー：不明なコマンドです：frobnicate",
                "使えるコマンド：show",
                "使い方：closecode",
            ],
        ),
        (
            &["show", "1000", "--format", "yaml"],
            "ko_KR.UTF-8",
            &[
                "--format <FORMAT> 옵션에 쓸 수 없는 값입니다: yaml",
                "text, md, html, json",
            ],
        ),
        (
            &["show", "1000", "--width", "10", "--lang", "ja"],
            "",
            &["--width <WIDTH>には使えない値です：10", "40〜400"],
        ),
        (
            &["show", "--lang", "ja"],
            "",
            &["必須の引数がありません：<CODE|NAME>"],
        ),
        (
            &["show", "1000", "--lang"],
            "ko_KR.UTF-8",
            &["값이 필요한 옵션입니다: --lang"],
        ),
    ] {
        let output = run(args, &[("LANG", env)]);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let err = stderr(&output);
        for said in says {
            assert!(err.contains(said), "{args:?}: {said}\n{err}");
        }
        assert!(!err.contains("Usage:") && !err.contains("error:"), "{err}");
        assert_no_english_run(&err);
        assert!(stdout(&output).is_empty());
    }
    // English still says what was wrong, and where to read more.
    let err = stderr(&run(&["show", "--bogus"], &[]));
    assert!(
        err.starts_with("closecode: error: unknown argument: --bogus\n"),
        "{err}"
    );
    assert!(err.contains("Usage: closecode show") && err.contains("try --help"));
}

#[test]
fn names_in_every_shipped_language_find_their_code() {
    for name in [
        "비정상 종료",
        "비정상종료",
        "異常終了",
        "Abnormal Closure",
        "abnormal-closure",
    ] {
        let output = run(&["show", name], &[]);
        assert!(output.status.success(), "{name}: {}", stderr(&output));
        assert!(
            stdout(&output).starts_with("1006 Abnormal Closure\n"),
            "{name}"
        );
    }
    let korean = run(&["show", "엔드포인트 이탈", "--lang", "ko"], &[]);
    assert!(stdout(&korean).starts_with("1001 엔드포인트 이탈"));
    let misspelled = stderr(&run(&["show", "비정상 종로"], &[]));
    assert!(
        misspelled.contains("did you mean abnormal-closure?"),
        "{misspelled}"
    );
}

#[test]
fn an_unknown_language_is_noticed_once_in_english() {
    for (args, env) in [
        (&["--lang", "fr", "show", "1000"][..], ""),
        (&["show", "1000", "--lang", "fr"], "ko_KR.UTF-8"),
        (&["--lang", "fr", "show", "--bogus"], ""),
        (&["--lang", "fr", "--help"], ""),
    ] {
        let output = run(args, &[("LANG", env)]);
        let err = stderr(&output);
        assert_eq!(
            err.matches("closecode: notice: ").count(),
            1,
            "{args:?}: {err}"
        );
        assert!(
            err.contains("--lang=fr: no shipped language matches; available: en, ja, ko; using en"),
            "{err}"
        );
    }
}

#[test]
fn catalog_exports_every_message_under_the_prefix_and_previews_a_translation() {
    let output = run(&["catalog", "--lang", "en"], &[]);
    assert!(output.status.success());
    let english = stdout(&output);
    assert!(english.contains("\nclosecode-code-1006 = Abnormal Closure\n"));
    let ids = english
        .lines()
        .filter(|l| !l.starts_with([' ', '#']) && l.contains(" ="));
    assert!(ids.clone().count() > 400);
    assert!(
        ids.clone().all(|l| l.starts_with("closecode-")),
        "an id without the prefix"
    );
    // It loads into a fluent-bundle bundle beside an application's own messages, even those
    // with closecode's ids, which the prefix keeps apart.
    let mut bundle = fluent_bundle::FluentBundle::new(vec!["en".parse().unwrap()]);
    let own = "code-1006 = The app's own\nreconnect-in = soon\n".to_owned();
    bundle
        .add_resource(fluent_bundle::FluentResource::try_new(own).unwrap())
        .unwrap();
    let ours = fluent_bundle::FluentResource::try_new(english.clone()).expect("valid Fluent");
    bundle.add_resource(ours).expect("no id collides");
    let name = bundle
        .get_message("closecode-code-1006")
        .unwrap()
        .value()
        .unwrap();
    let name = bundle.format_pattern(name, None, &mut Vec::new());
    assert_eq!(name, "Abnormal Closure");
    let app = stdout(&run(
        &["catalog", "--lang", "ko", "--prefix", "app-cc-"],
        &[],
    ));
    assert!(app.contains("\napp-cc-code-1006 = 비정상 종료\n"));

    // A translation, previewed: every page and message of the CLI speaks it.
    let dir = std::env::temp_dir().join(format!("closecode-catalog-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("de.ftl");
    let german = english.replace(
        "closecode-code-1006 = Abnormal Closure",
        "closecode-code-1006 = Abnormaler Abbruch",
    );
    std::fs::write(&file, german).unwrap();
    let path = file.to_str().unwrap();
    let output = run(&["show", "1006", "--catalog", path, "--lang", "de"], &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).starts_with("1006 Abnormaler Abbruch (Abnormal Closure)\n"));
    // The export of the added language is the translation again.
    let again = stdout(&run(&["--catalog", path, "--lang", "de", "catalog"], &[]));
    assert!(again.contains("\nclosecode-code-1006 = Abnormaler Abbruch\n"));

    // A broken file: every problem with its position, exit status 2.
    std::fs::write(&file, "closecode-code-1000 = { $oops\n").unwrap();
    let output = run(&["show", "1006", "--catalog", path, "--lang", "de"], &[]);
    assert_eq!(output.status.code(), Some(2));
    let errors = stderr(&output);
    assert!(
        errors.starts_with("closecode: error: the catalog has problems:\n"),
        "{errors}"
    );
    assert!(errors.contains(&format!(
        "{path}:1:1: closecode-code-1000: Fluent syntax error"
    )));
    assert!(errors.contains(": code-1001: the message is in en but missing from de; add it"));
    // Partial: the missing messages show in English, with one notice.
    let partial = [
        "show",
        "1006",
        "--catalog",
        path,
        "--lang",
        "de",
        "--partial",
    ];
    let output = run(&partial, &[]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "a syntax error is still an error"
    );
    std::fs::write(
        &file,
        &english[..english.find("closecode-code-1001 =").unwrap()],
    )
    .unwrap();
    let output = run(&partial, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("messages are missing from the catalog and show in English"));
    // Without --lang, the file has no language.
    let output = run(
        &["show", "1006", "--catalog", path],
        &[("LANG", "ko_KR.UTF-8")],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--catalog에는 파일의 언어를 가리키는 --lang이 필요합니다"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Japanese sentences follow each other without a space after 。, and lists use 、, as
/// Japanese is written; English keeps its space and commas.
#[test]
fn japanese_verdicts_join_as_japanese() {
    let bad = stdout(&run(&["frame", "03ecff", "--lang", "ja"], &[]));
    assert!(bad.contains("閉じてください。クローズ理由は"), "{bad}");
    assert!(!bad.contains("。 "), "{bad}");
    let refused = stdout(&run(&["frame", "03ec", "--lang", "ja"], &[]));
    assert!(refused.contains("Python websockets、Node ws"), "{refused}");
    let english = stdout(&run(&["frame", "03ecff"], &[]));
    assert!(english.contains("with 1007. The reason"), "{english}");
}

#[test]
fn a_terminal_page_fits_two_screens_without_programs() {
    let codes: Vec<String> = closecode::KnownCode::all()
        .map(|code| closecode::CloseCode::from(code).to_string())
        .collect();
    for lang in ["en", "ko", "ja"] {
        for code in &codes {
            let output = run(&["show", code, "--lang", lang, "--width", "80"], &[]);
            assert!(output.status.success(), "{code} {lang}");
            let page = stdout(&output);
            let lines = page.lines().count();
            assert!(lines <= 80, "{code} in {lang}: {lines} lines\n{page}");
            // No program: the browser module's whole function is not on the page.
            assert!(
                !page.contains("export function connect("),
                "{code} in {lang}"
            );
            // The rest of the page is one flag away.
            assert!(
                page.contains(&format!("closecode show {code} --full")),
                "{code} {lang}"
            );
        }
    }
    // The whole page and the programs, when asked.
    let full = stdout(&run(
        &["show", "1006", "--full", "--examples", "--width", "80"],
        &[],
    ));
    assert!(full.contains("export function connect(") && full.contains("\nFacts\n"));
    assert!(!full.contains("--full"));
}

#[test]
fn a_code_a_name_or_a_failure_alone_shows_its_page() {
    for (args, title) in [
        (&["1006"][..], "1006 Abnormal Closure\n"),
        (&["going-away"][..], "1001 Going Away\n"),
        (&["http-401"][..], "Upgrade refused"),
        (&["--lang", "ko", "1006"][..], "1006 비정상 종료"),
        (&["1006", "--lang", "ja"][..], "1006 異常終了"),
    ] {
        let output = run(args, &[]);
        assert!(output.status.success(), "{args:?}: {}", stderr(&output));
        assert!(
            stdout(&output).starts_with(title),
            "{args:?}: {}",
            stdout(&output)
        );
    }
    // The same page as `show`.
    assert_eq!(
        stdout(&run(&["1006", "--width", "80"], &[])),
        stdout(&run(&["show", "1006", "--width", "80"], &[]))
    );
    // A command's name wins, and a word that is neither is still an unknown command.
    let list = run(&["list"], &[]);
    assert!(list.status.success() && stdout(&list).starts_with("WebSocket close codes"));
    let typo = run(&["lsit"], &[]);
    assert_eq!(typo.status.code(), Some(2));
}

#[test]
fn a_log_line_alone_is_explained() {
    let line = "websocket: close 1006 (abnormal closure): unexpected EOF";
    let alone = run(&[line], &[]);
    assert!(alone.status.success(), "{}", stderr(&alone));
    assert_eq!(stdout(&alone), stdout(&run(&["explain", line], &[])));
    assert!(stdout(&alone).contains("1006"));
}
