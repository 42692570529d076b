//! The build's checks, run through the generator module on broken copies of the real inputs.

use std::path::Path;

use crate::codegen::{self, Input, Problem};

fn real() -> Input {
    codegen::read_inputs(Path::new(env!("CARGO_MANIFEST_DIR"))).expect("the real inputs read")
}

/// The real inputs with `path`'s text replaced by `edit(text)`.
fn edited(path: &str, edit: impl FnOnce(&str) -> String) -> Input {
    let mut input = real();
    let file = if path == input.table.path {
        &mut input.table
    } else if path == input.peers.path {
        &mut input.peers
    } else if path == input.failures.path {
        &mut input.failures
    } else if path == input.scenarios.path {
        &mut input.scenarios
    } else {
        input
            .locales
            .iter_mut()
            .flat_map(|l| l.files.iter_mut())
            .chain(input.profiles.iter_mut())
            .find(|f| f.path == path)
            .unwrap_or_else(|| panic!("no input {path}"))
    };
    let text = edit(&file.text);
    assert_ne!(text, file.text, "the edit changed nothing in {path}");
    file.text = text;
    input
}

fn replace(path: &str, from: &str, to: &str) -> Input {
    edited(path, |text| text.replacen(from, to, 1))
}

fn problems(input: &Input) -> Vec<Problem> {
    codegen::generate(input).expect_err("the broken input must fail")
}

/// The 1-based line of the first occurrence of `needle` in `path` of `input`.
fn line_of(input: &Input, path: &str, needle: &str) -> usize {
    let file = [
        &input.table,
        &input.peers,
        &input.failures,
        &input.scenarios,
    ]
    .into_iter()
    .chain(&input.profiles)
    .chain(input.locales.iter().flat_map(|l| &l.files))
    .find(|f| f.path == path)
    .unwrap();
    let at = file
        .text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {path}"));
    file.text[..at].matches('\n').count() + 1
}

/// Asserts one problem has this path, line, id and a message containing `says`.
fn assert_problem(problems: &[Problem], path: &str, line: usize, id: &str, says: &str) {
    let found = problems
        .iter()
        .any(|p| p.path == path && p.line == line && p.id == id && p.message.contains(says));
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        found,
        "expected {path}:{line}: {id}: …{says}…, got:\n{}",
        shown.join("\n")
    );
}

#[test]
fn the_real_inputs_generate() {
    let source = codegen::generate(&real()).unwrap_or_else(|problems| {
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!("{}", shown.join("\n"))
    });
    assert!(source.starts_with("// @generated"));
}

#[test]
fn output_is_deterministic_and_has_no_paths() {
    let first = codegen::generate(&real()).unwrap();
    let second = codegen::generate(&real()).unwrap();
    assert_eq!(first, second);
    assert!(!first.contains(env!("CARGO_MANIFEST_DIR")));
}

#[test]
fn problems_print_as_path_line_col_id_message() {
    let input = replace(
        "locales/ko/labels.ftl",
        "label-facts = 기본 정보",
        "label-facts = { \"\" }",
    );
    let problems = problems(&input);
    let line = line_of(&input, "locales/ko/labels.ftl", "label-facts");
    let expected = format!(
        "locales/ko/labels.ftl:{line}:18: label-facts: the text is empty; write the text or remove the message"
    );
    assert_eq!(
        problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [expected]
    );
}

#[test]
fn a_syntax_error_names_the_line_and_message() {
    let input = replace(
        "locales/en/codes.ftl",
        "code-1003 = Unsupported Data",
        "code-1003 = Unsupported { Data",
    );
    let line = line_of(&input, "locales/en/codes.ftl", "code-1003");
    assert_problem(
        &problems(&input),
        "locales/en/codes.ftl",
        line,
        "code-1003",
        "Fluent syntax error",
    );
}

#[test]
fn a_message_missing_from_ko_is_reported_at_the_english_one() {
    let input = edited("locales/ko/codes.ftl", |text| {
        let start = text.find("code-1001 =").unwrap();
        let end = text.find("code-1002 =").unwrap();
        format!("{}{}", &text[..start], &text[end..])
    });
    let line = line_of(&input, "locales/en/codes.ftl", "code-1001 =");
    assert_problem(
        &problems(&input),
        "locales/en/codes.ftl",
        line,
        "code-1001",
        "missing from locales/ko",
    );
}

#[test]
fn an_extra_message_in_ko_is_reported() {
    let input = edited("locales/ko/labels.ftl", |text| {
        format!("{text}\nlabel-extra = 추가\n")
    });
    let line = line_of(&input, "locales/ko/labels.ftl", "label-extra");
    let problems = problems(&input);
    assert_problem(
        &problems,
        "locales/ko/labels.ftl",
        line,
        "label-extra",
        "is in ko but not in en",
    );
    assert_problem(
        &problems,
        "locales/ko/labels.ftl",
        line,
        "label-extra",
        "does not use this message",
    );
}

#[test]
fn a_missing_attribute_is_reported() {
    let input = edited("locales/ko/codes.ftl", |text| {
        let start = text.find("code-1009 =").unwrap();
        let symptom = start + text[start..].find("    .symptom").unwrap();
        let end = symptom + text[symptom..].find('\n').unwrap() + 1;
        format!("{}{}", &text[..symptom], &text[end..])
    });
    let line = line_of(&input, "locales/ko/codes.ftl", "code-1009 =");
    let problems = problems(&input);
    assert_problem(
        &problems,
        "locales/ko/codes.ftl",
        line,
        "code-1009",
        "attribute .symptom is in en but missing from ko",
    );
    assert_problem(
        &problems,
        "locales/ko/codes.ftl",
        line,
        "code-1009",
        "missing attribute .symptom",
    );
}

#[test]
fn different_variables_between_locales_are_reported() {
    let input = replace(
        "locales/ko/ranges.ftl",
        "{ $code } 코드는 4000~4999",
        "이 코드는 4000~4999",
    );
    let line = line_of(&input, "locales/ko/ranges.ftl", "이 코드는 4000~4999");
    assert_problem(
        &problems(&input),
        "locales/ko/ranges.ftl",
        line,
        "range-private",
        ".description uses variables none in ko but $code in en",
    );
}

#[test]
fn unknown_variables_are_reported() {
    let input = replace(
        "locales/en/ranges.ftl",
        "Code { $code } is above 4999",
        "Code { $number } is above 4999",
    );
    let line = line_of(&input, "locales/en/ranges.ftl", "Code { $number }");
    assert_problem(
        &problems(&input),
        "locales/en/ranges.ftl",
        line,
        "range-out-of-spec",
        "unknown variable $number",
    );
}

#[test]
fn fluent_features_the_generator_does_not_compile_are_reported() {
    let cases = [
        (
            "code-1000 = 정상 종료",
            "code-1000 = { NUMBER($code) ->\n       *[other] 정상 종료\n    }",
            "only a variable can select a variant",
        ),
        (
            "code-1000 = 정상 종료",
            "code-1000 = { NUMBER($code) } 정상 종료",
            "the function NUMBER()",
        ),
        (
            "code-1000 = 정상 종료",
            "code-1000 = { code-1001 } 정상 종료",
            "a reference to message code-1001",
        ),
        (
            "code-1000 = 정상 종료",
            "code-1000 = { -brand } 정상 종료",
            "the term -brand",
        ),
    ];
    for (from, to, says) in cases {
        let input = replace("locales/ko/codes.ftl", from, to);
        let line = line_of(&input, "locales/ko/codes.ftl", "code-1000 =");
        let problems = problems(&input);
        let found = problems.iter().any(|p| {
            p.path == "locales/ko/codes.ftl"
                && (line..line + 3).contains(&p.line)
                && p.id == "code-1000"
                && p.message.contains(says)
        });
        assert!(found, "{says}: {problems:#?}");
    }
    let input = edited("locales/ko/labels.ftl", |text| {
        format!("{text}\n-brand = closecode\n")
    });
    let line = line_of(&input, "locales/ko/labels.ftl", "-brand");
    assert_problem(
        &problems(&input),
        "locales/ko/labels.ftl",
        line,
        "-brand",
        "terms are not supported",
    );
}

const EN_FRAME: &str = "locales/en/frame.ftl";
const KO_FRAME: &str = "locales/ko/frame.ftl";

#[test]
fn a_category_the_locale_does_not_have_is_reported() {
    let input = replace(
        KO_FRAME,
        "   *[other] { $seconds }초 뒤",
        "    [one] 1초 뒤\n   *[other] { $seconds }초 뒤",
    );
    let line = line_of(&input, KO_FRAME, "[one] 1초");
    let problems = problems(&input);
    assert_problem(
        &problems,
        KO_FRAME,
        line,
        "reconnect-in",
        "[one] is not a plural category of ko, so no number selects it (ko has other)",
    );
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].col, 6, "the column of the key");
}

#[test]
fn a_selector_the_message_may_not_use_is_reported() {
    let input = replace(
        EN_FRAME,
        "reconnect-in = { $seconds ->",
        "reconnect-in = { $count ->",
    );
    let problems = problems(&input);
    assert_problem(
        &problems,
        EN_FRAME,
        line_of(&input, EN_FRAME, "reconnect-in ="),
        "reconnect-in",
        "unknown variable $count; this message can use $seconds",
    );
    // The selector counts as used, so ko (which selects on $seconds) differs from en.
    assert_problem(
        &problems,
        KO_FRAME,
        line_of(&input, KO_FRAME, "reconnect-in ="),
        "reconnect-in",
        "the value uses variables $seconds in ko but $count, $seconds in en",
    );
}

#[test]
fn variables_inside_variants_count_between_locales() {
    // ko still selects on $seconds, so its variables are the same as en's.
    let input = replace(KO_FRAME, "*[other] { $seconds }초 뒤", "*[other] 곧");
    assert!(codegen::generate(&input).is_ok());
    let input = replace(
        KO_FRAME,
        "*[other] { $seconds }초 뒤",
        "*[other] { $seconds }초 뒤 { $attempt }",
    );
    assert_problem(
        &problems(&input),
        KO_FRAME,
        line_of(&input, KO_FRAME, "reconnect-in ="),
        "reconnect-in",
        "the value uses variables $attempt, $seconds in ko but $seconds in en",
    );
}

#[test]
fn bad_variant_keys_are_reported() {
    // (replace, with, the key the problem points at, what it says)
    let cases = [
        (
            "[0] now",
            "[0.5] now",
            "[0.5]",
            "[0.5] is not a whole number",
        ),
        (
            "[0] now",
            "[99999999999999999999] now",
            "[99999999999999999999]",
            "numeric keys are whole numbers up to 9007199254740992",
        ),
        (
            "[0] now",
            "[male] now",
            "[male]",
            "[male] is not a plural category",
        ),
        (
            "[0] now\n    [one]",
            "[one] one\n    [0] now\n    [two]",
            "[0] now",
            "the key [0] comes after [one]; Fluent tries the variants in order",
        ),
        (
            "[0] now\n",
            "[0] now\n    [-0] zero\n",
            "[-0]",
            "the key [-0] is already used on line",
        ),
    ];
    for (from, to, key, says) in cases {
        let input = replace(EN_FRAME, from, to);
        let line = line_of(&input, EN_FRAME, key);
        assert_problem(&problems(&input), EN_FRAME, line, "reconnect-in", says);
    }
}

#[test]
fn a_missing_default_variant_is_reported() {
    // Fluent's parser rejects it itself; the generator passes its error on, with the message.
    let input = replace(
        EN_FRAME,
        "   *[other] in { $seconds } seconds",
        "    [other] in { $seconds } seconds",
    );
    assert_problem(
        &problems(&input),
        EN_FRAME,
        line_of(&input, EN_FRAME, "reconnect-in ="),
        "reconnect-in",
        "The select expression must have a default variant",
    );
}

#[test]
fn nested_selects_compile() {
    let input = replace(
        EN_FRAME,
        "*[other] in { $seconds } seconds",
        "*[other] in { $seconds } { $seconds ->\n        [2] two\n       *[other] many\n    } seconds",
    );
    let source = codegen::generate(&input).expect("a nested select compiles");
    let nested = "crate::rows::text::Select { selector: \"seconds\"";
    // reconnect-in: two in en (outer and nested), one in ja, one in ko; user-reconnecting: one
    // in each.
    assert_eq!(source.matches(nested).count(), 7);
    // Each select is a static borrowed by name, never a temporary inside a slice: Rust before
    // 1.89 refuses the temporary (E0716), and the library's rust-version is 1.85.
    assert!(!source.contains("&crate::rows::text::Select {"));
    assert!(source.contains("Piece::Select(&SELECT_"));
}

#[test]
fn a_select_with_only_its_default_is_written_as_that_variant() {
    // Korean has one plural category: without its [0] variant, reconnect-in is a select whose
    // only variant is its default, and it compiles to that variant's pieces.
    let input = replace(KO_FRAME, "    [0] 지금 바로\n", "");
    let source = codegen::generate(&input).expect("a default-only select compiles");
    assert!(
        source.contains("Message::Pieces(&[Piece::Var(\"seconds\"), Piece::Text(\"초 뒤\"), ])")
    );
}

#[test]
fn each_select_carries_the_variant_of_every_small_count() {
    let source = codegen::generate(&real()).expect("the shipped inputs compile");
    // English reconnect-in: [0] for 0, [one] for 1, *[other] from 2 on; Japanese and Korean:
    // [0], then *[other]. The index of the variant per count, for counts 0 to 255.
    let counts = |variants: &[u8]| {
        let all: Vec<u8> = (0..256)
            .map(|count| variants[count.min(variants.len() - 1)])
            .collect();
        format!(
            "default: {}, counts: &{all:?}, variants: &[(crate::rows::text::Key::Number(0), &[Piece::Text(",
            variants[variants.len() - 1]
        )
    };
    assert!(source.contains(&(counts(&[0, 1, 2]) + "\"now\")")));
    assert!(source.contains(&(counts(&[0, 1]) + "\"今すぐ\")")));
    assert!(source.contains(&(counts(&[0, 1]) + "\"지금 바로\")")));
    // Inside a variant, the select's own variable is written from the value the select found.
    assert!(source.contains(
        "&[Piece::Text(\"in \"), Piece::Selected(\"seconds\"), Piece::Text(\" second\"), ]"
    ));
}

#[test]
fn plural_categories_come_from_intl_pluralrules() {
    use codegen::plural::{categories, rules_for};
    let cases: [(&str, &[&str]); 9] = [
        ("en", &["one", "other"]),
        ("ko", &["other"]),
        ("ja", &["other"]),
        ("fr", &["one", "other"]),
        ("pl", &["one", "few", "many", "other"]),
        ("ru", &["one", "few", "many", "other"]),
        ("lv", &["zero", "one", "other"]),
        ("ar", &["zero", "one", "two", "few", "many", "other"]),
        ("cy", &["zero", "one", "two", "few", "many", "other"]),
    ];
    for (tag, expected) in cases {
        let rules = rules_for(tag).unwrap_or_else(|| panic!("no rules for {tag}"));
        assert_eq!(categories(&rules), expected, "{tag}");
    }
    // A region falls back to its language's rules; an unknown language has none.
    assert_eq!(
        codegen::plural::rules_tag(&rules_for("pt-BR").unwrap()),
        "pt"
    );
    assert!(rules_for("xx").is_none());
}

/// The shape the library runs a shipped locale's plural rule in (`plural::shape`): found for
/// rules whose whole numbers repeat by their last digits and whose fractions share one
/// category, and refused for the others (French puts 1.5 in `one` but 2.5 in `other`), which
/// the build reports for a shipped locale.
#[test]
fn plural_rules_become_tables_where_they_repeat() {
    use codegen::plural::{rules_for, shape};
    let shape_of = |tag: &str| shape(&rules_for(tag).unwrap());
    let en = shape_of("en").unwrap();
    assert_eq!((en.start, en.period, en.fractions), (2, 1, "other"));
    assert_eq!(en.integers, ["other", "one", "other"]);
    for tag in ["ko", "ja"] {
        let shape = shape_of(tag).unwrap();
        assert_eq!(
            (shape.start, shape.period, shape.fractions),
            (0, 1, "other")
        );
        assert_eq!(shape.integers, ["other"]);
    }
    let ru = shape_of("ru").unwrap();
    assert_eq!((ru.start, ru.period, ru.fractions), (0, 100, "other"));
    assert_eq!(
        (ru.integers[21], ru.integers[11], ru.integers[22]),
        ("one", "many", "few")
    );
    assert!(shape_of("fr").is_none());
}

#[test]
fn a_code_without_text_is_reported_at_its_table_row() {
    let row = "[[code]]\ncode = 1016\nconstant = \"FUTURE\"\niana_name = \"Future\"\nreference = \"RFC 9999\"\nwire = \"defined\"\nbrowser_sendable = false\nsent_by = \"either\"\nretry = \"backoff\"\nnames = {}\nsources = [\"a test\"]\n\n[[range]]\nid = \"unused\"";
    let input = replace("data/close-codes.toml", "[[range]]\nid = \"unused\"", row);
    let line = line_of(&input, "data/close-codes.toml", "code = 1016") - 1;
    assert_problem(
        &problems(&input),
        "data/close-codes.toml",
        line,
        "code-1016",
        "is in the table but locales/en has no message `code-1016`",
    );
}

#[test]
fn text_without_a_code_is_reported() {
    let extra = "\ncode-1099 = Unknown\n    .description = a\n    .symptom = b\n    .remedy = c\n";
    let input = edited("locales/en/codes.ftl", |text| format!("{text}{extra}"));
    let line = line_of(&input, "locales/en/codes.ftl", "code-1099");
    assert_problem(
        &problems(&input),
        "locales/en/codes.ftl",
        line,
        "code-1099",
        "there is no code 1099 in data/close-codes.toml",
    );
}

#[test]
fn a_duplicate_code_is_reported() {
    let input = replace(
        "data/close-codes.toml",
        "code = 1001\nconstant = \"GOING_AWAY\"",
        "code = 1000\nconstant = \"GOING_AWAY\"",
    );
    let line = line_of(&input, "data/close-codes.toml", "constant = \"GOING_AWAY\"") - 2;
    assert_problem(
        &problems(&input),
        "data/close-codes.toml",
        line,
        "code-1000",
        "code 1000 appears twice",
    );
}

#[test]
fn a_code_outside_u16_is_reported() {
    let input = replace("data/close-codes.toml", "code = 3008", "code = 70000");
    let line = line_of(&input, "data/close-codes.toml", "code = 70000");
    assert_problem(
        &problems(&input),
        "data/close-codes.toml",
        line,
        "code-70000",
        "outside 0 to 65535",
    );
}

#[test]
fn an_unknown_retry_class_is_reported() {
    let input = replace(
        "data/close-codes.toml",
        "retry = \"randomized-delay\"",
        "retry = \"sometimes\"",
    );
    let line = line_of(&input, "data/close-codes.toml", "retry = \"sometimes\"");
    assert_problem(
        &problems(&input),
        "data/close-codes.toml",
        line,
        "code-1012",
        "unknown `retry` value; expected one of: done, backoff",
    );
}

#[test]
fn table_mistakes_are_reported() {
    let cases = [
        (
            "wire = \"local-only\"\nbrowser_sendable = false\nsent_by = \"nobody\"\nretry = \"backoff\"",
            "wire = \"defined\"\nbrowser_sendable = false\nsent_by = \"nobody\"\nretry = \"backoff\"",
            "code-1006",
            "wire must be \"local-only\": RFC 6455 §7.4.1 forbids sending 1005, 1006 and 1015",
        ),
        (
            "constant = \"TIMEOUT\"",
            "constant = \"Timeout\"",
            "code-3008",
            "SCREAMING_SNAKE_CASE",
        ),
        (
            "registered_on = \"2024-02-01\"",
            "registered_on = \"1 Feb 2024\"",
            "code-3008",
            "must be a date like",
        ),
        (
            "http_status = 408",
            "http_status = 4080",
            "code-3008",
            "not an HTTP status code",
        ),
        (
            "common_name = \"Bad Gateway\"",
            "iana_name = \"Bad Gateway\"\ncommon_name = \"Bad Gateway\"",
            "code-1014",
            "give `iana_name`",
        ),
        (
            "http_status = 408",
            "http_stauts = 408",
            "code-3008",
            "unknown key `http_stauts`",
        ),
        (
            "names = { tungstenite = \"Normal\"",
            "names = { tungstenit = \"Normal\"",
            "code-1000",
            "unknown library `tungstenit`",
        ),
        (
            "first = 4000",
            "first = 4100",
            "range-private",
            "without gaps or overlaps",
        ),
    ];
    for (from, to, id, says) in cases {
        let input = replace("data/close-codes.toml", from, to);
        let problems = problems(&input);
        let found = problems
            .iter()
            .any(|p| p.path == "data/close-codes.toml" && p.id == id && p.message.contains(says));
        assert!(found, "{says}: {problems:#?}");
    }
    let input = replace(
        "data/close-codes.toml",
        "browser_sendable = true\nsent_by = \"server\"\nretry = \"credentials\"\nhttp_status = 401",
        "browser_sendable = false\nsent_by = \"server\"\nretry = \"credentials\"\nhttp_status = 401",
    );
    assert!(problems(&input).iter().any(|p| {
        p.id == "code-3000"
            && p.message
                .contains("WebSocket.close() accepts only 1000 and 3000 to 4999")
    }));
}

#[test]
fn a_toml_syntax_error_names_the_line() {
    let input = replace("data/close-codes.toml", "code = 1002", "code = = 1002");
    let line = line_of(&input, "data/close-codes.toml", "code = = 1002");
    let problems = problems(&input);
    assert!(
        problems
            .iter()
            .any(|p| p.line == line && p.message.starts_with("TOML syntax error")),
        "{problems:#?}"
    );
}

#[test]
fn a_missing_fallback_locale_is_reported() {
    let mut input = real();
    input.locales.retain(|l| l.tag != "en");
    let problems = problems(&input);
    assert!(
        problems.iter().any(
            |p| p.path == "locales/en" && p.message.contains("fallback locale `en` is missing")
        )
    );
}

#[test]
fn a_third_locale_needs_only_a_folder() {
    let mut input = real();
    let mut ja = input
        .locales
        .iter()
        .find(|l| l.tag == "ko")
        .unwrap()
        .clone();
    ja.tag = "ja".to_owned();
    for file in &mut ja.files {
        file.path = file.path.replace("locales/ko/", "locales/ja/");
    }
    input.locales.push(ja);
    input.locales.sort_by(|a, b| a.tag.cmp(&b.tag));
    let source = codegen::generate(&input).expect("a complete third locale generates");
    assert!(source.contains("pub const JA: Locale = Locale(1);"));
    assert!(source.contains("tag: \"ja\""));
}

#[test]
fn every_problem_is_reported_in_one_run() {
    let mut input = replace(
        "locales/ko/labels.ftl",
        "label-facts = 기본 정보",
        "label-facts = { \"\" }",
    );
    let broken = replace(
        "data/close-codes.toml",
        "retry = \"randomized-delay\"",
        "retry = \"sometimes\"",
    );
    input.table = broken.table;
    let with_syntax = replace(
        "locales/en/codes.ftl",
        "code-1003 = Unsupported Data",
        "code-1003 = Unsupported { Data",
    );
    let en = with_syntax
        .locales
        .iter()
        .find(|l| l.tag == "en")
        .unwrap()
        .clone();
    *input.locales.iter_mut().find(|l| l.tag == "en").unwrap() = en;
    let problems = problems(&input);
    assert!(problems.iter().any(|p| p.id == "label-facts"));
    assert!(problems.iter().any(|p| p.id == "code-1012"));
    assert!(
        problems
            .iter()
            .any(|p| p.id == "code-1003" && p.message.contains("syntax"))
    );
    // Sorted by file and position, with no repeats.
    let keys: Vec<_> = problems
        .iter()
        .map(|p| (p.path.clone(), p.line, p.col))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
}

#[test]
fn broken_peer_rows_are_reported() {
    let path = "data/peers.toml";
    let cases = [
        // An error reaction must say what the application gets.
        (
            "bad_code = { sees = \"error\", replies = 1002, error = \"websocket: bad close code {code}\" }",
            "bad_code = { sees = \"error\", replies = 1002 }",
            "peer-gorilla.bad_code",
            "needs `error`",
        ),
        // A reply is a code or one of three words.
        (
            "accepted = { sees = \"received\", replies = \"echo\" }",
            "accepted = { sees = \"received\", replies = \"echoes\" }",
            "peer-python-websockets.accepted",
            "one of: echo, empty, none",
        ),
        // An error text may hold only what closecode fills in from the payload.
        (
            "error = \"websocket: bad close code {code}\"",
            "error = \"websocket: bad close code {status}\"",
            "peer-gorilla.bad_code",
            "`{status}` is not something closecode fills in",
        ),
        // A browser says what a server gets when its page goes away.
        (
            "leaving = { navigate = \"cached\", reload = 1001, close = 1001 }\n",
            "",
            "peer-chromium",
            "a browser needs `leaving`",
        ),
        // An unknown key inside a reaction.
        (
            "no_close = { sees = 1006 }",
            "no_close = { sees = 1006, replies = 1002 }",
            "peer-python-websockets.no_close",
            "unknown key `replies`",
        ),
        // A reaction left out.
        (
            "too_long = { sees = 1006, replies = 1002 }\n",
            "",
            "peer-python-websockets",
            "missing key `too_long`",
        ),
        // Two rows with one id.
        (
            "id = \"python-websockets-9\"",
            "id = \"python-websockets\"",
            "peer-python-websockets",
            "peer id appears twice",
        ),
    ];
    for (from, to, id, says) in cases {
        let input = replace(path, from, to);
        let needle = if to.is_empty() { "[[peer]]" } else { to };
        let line = line_of(&input, path, needle.lines().next().unwrap());
        let problems = problems(&input);
        let found = problems
            .iter()
            .any(|p| p.path == path && p.id == id && p.message.contains(says));
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
            found,
            "{id} …{says}… (near line {line}), got:\n{}",
            shown.join("\n")
        );
    }
}

#[test]
fn broken_schedules_are_reported() {
    let path = "data/close-codes.toml";
    let cases = [
        (
            "retry = \"elsewhere\"\nfirst_min = 30",
            "retry = \"done\"\nfirst_min = 30",
            "schedule-done",
            "`done` does not reconnect",
        ),
        (
            "retry = \"elsewhere\"\nfirst_min = 30",
            "retry = \"done\"\nfirst_min = 30",
            "schedule-elsewhere",
            "`elsewhere` reconnects but has no [[schedule]] row",
        ),
        (
            "first_max = 5\ngrowth = 2\ncap = 60",
            "first_max = 5\ngrowth = 2\ncap = 4",
            "schedule-backoff",
            "the bounds must be in order",
        ),
        (
            "growth = 2\ncap = 60",
            "growth = 0\ncap = 60",
            "schedule-backoff",
            "`growth` and `attempts` must be at least 1",
        ),
    ];
    for (from, to, id, says) in cases {
        let input = replace(path, from, to);
        let problems = problems(&input);
        let found = problems
            .iter()
            .any(|p| p.path == path && p.id == id && p.message.contains(says));
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(found, "{id} …{says}…, got:\n{}", shown.join("\n"));
    }
}

#[test]
fn a_profile_code_outside_3000_to_4999_names_its_row() {
    let path = "data/profiles/graphql-ws.toml";
    let input = replace(path, "code = 4400", "code = 1400");
    let line = line_of(&input, path, "code = 1400") - 1;
    assert_problem(
        &problems(&input),
        path,
        line,
        "profile-graphql-ws-1400",
        "only to codes 3000-4999",
    );
}

#[test]
fn a_profile_code_given_twice_and_an_app_defined_answer_are_refused() {
    let path = "data/profiles/twitch-eventsub.toml";
    let input = replace(path, "code = 4001", "code = 4000");
    let input_problems = problems(&input);
    assert!(
        input_problems
            .iter()
            .any(|p| p.path == path && p.message.contains("code 4000 appears twice")),
        "{input_problems:?}"
    );
    let input = replace(path, "retry = \"backoff\"", "retry = \"app-defined\"");
    let found = problems(&input);
    assert!(
        found
            .iter()
            .any(|p| p.message.contains("cannot be app-defined")),
        "{found:?}"
    );
}

#[test]
fn a_profile_text_missing_in_korean_is_reported_where_the_others_are() {
    let path = "locales/ko/profiles.ftl";
    let input = edited(path, |text| {
        let start = text.find("profile-discord-gateway-4004 =").unwrap();
        let end = start + text[start..].find("\n\n").unwrap() + 2;
        format!("{}{}", &text[..start], &text[end..])
    });
    let found = problems(&input);
    assert!(
        found.iter().any(|p| p.id == "profile-discord-gateway-4004"
            && p.path == "locales/en/profiles.ftl"
            && p.message.contains("missing from locales/ko")),
        "{found:?}"
    );
}

#[test]
fn a_profile_text_with_a_variable_is_refused() {
    let path = "locales/en/profiles.ftl";
    let input = replace(
        path,
        "profile-discord-gateway-4004 = Authentication failed",
        "profile-discord-gateway-4004 = Authentication { $code } failed",
    );
    let line = line_of(&input, path, "profile-discord-gateway-4004 =");
    assert_problem(
        &problems(&input),
        path,
        line,
        "profile-discord-gateway-4004",
        "profile and failure texts take no variables",
    );
}

#[test]
fn a_failure_id_that_reads_as_a_number_or_lacks_its_status_is_refused() {
    let path = "data/failures.toml";
    let input = replace(path, "id = \"dns\"", "id = \"1006\"");
    let found = problems(&input);
    assert!(
        found
            .iter()
            .any(|p| p.path == path && p.message.contains("must not read as a number")),
        "{found:?}"
    );
    let input = replace(path, "http_status = 401", "http_status = 402");
    let line = line_of(&input, path, "http_status = 402");
    assert_problem(
        &problems(&input),
        path,
        line,
        "failure-http-401",
        "id `http-402` for http_status 402",
    );
}

#[test]
fn a_scenario_with_a_gap_or_an_unknown_code_is_refused() {
    let path = "locales/ko/scenarios.ftl";
    let input = replace(path, "    .cause-2 =", "    .cause-7 =");
    let found = problems(&input);
    assert!(
        found
            .iter()
            .any(|p| p.path == path && p.message.contains("has a gap before it")),
        "{found:?}"
    );
    let path = "data/scenarios.toml";
    // The search finds a scenario by its keywords: a row without any is refused.
    let input = edited(path, |text| {
        let at = text.find("keywords = [").unwrap();
        let end = at + text[at..].find('\n').unwrap();
        format!("{}keywords = []{}", &text[..at], &text[end..])
    });
    let found = problems(&input);
    assert!(
        found
            .iter()
            .any(|p| p.path == path && p.message.contains("`keywords` must be a non-empty list")),
        "{found:?}"
    );
    let input = replace(path, "codes = [1006, 1001]", "codes = [1006, 4001]");
    let found = problems(&input);
    assert!(
        found
            .iter()
            .any(|p| p.path == path && p.message.contains("4001 is not a registered code")),
        "{found:?}"
    );
}

#[test]
fn inline_code_must_pair_and_stay_out_of_names_and_user_texts() {
    let input = replace(
        "locales/en/codes.ftl",
        "raise `proxy_read_timeout`, which",
        "raise `proxy_read_timeout, which",
    );
    let line = line_of(
        &input,
        "locales/en/codes.ftl",
        "raise `proxy_read_timeout, which",
    );
    let found = problems(&input);
    assert!(
        found.iter().any(|p| p.path == "locales/en/codes.ftl"
            && p.line <= line
            && p.id == "code-1006"
            && p.message.contains("an unpaired backtick")),
        "{found:#?}"
    );
    assert_eq!(found.len(), 1, "{found:#?}");

    let input = replace(
        "locales/ko/codes.ftl",
        "code-1003 = 지원하지 않는 데이터",
        "code-1003 = 지원하지 않는 `데이터`",
    );
    let found = problems(&input);
    assert_problem(
        &found,
        "locales/ko/codes.ftl",
        line_of(&input, "locales/ko/codes.ftl", "code-1003 ="),
        "code-1003",
        "holds no inline code",
    );
    let input = edited("locales/en/labels.ftl", |text| {
        text.replacen("[0] Reconnecting now.", "[0] Reconnecting `now`.", 1)
    });
    let found = problems(&input);
    assert!(
        found
            .iter()
            .any(|p| p.id == "user-reconnecting" && p.message.contains("holds no inline code")),
        "{found:#?}"
    );
    let input = replace("locales/en/codes.ftl", "`proxy_read_timeout`", "``");
    assert!(
        problems(&input)
            .iter()
            .any(|p| p.message.contains("an empty pair of backticks"))
    );
}

#[test]
fn a_line_break_stands_only_before_a_list_item() {
    let path = "locales/en/codes.ftl";
    let input = replace(
        path,
        "The peer broke the WebSocket protocol (RFC 6455), so",
        "The peer broke the WebSocket protocol (RFC 6455),\n        so",
    );
    let found = problems(&input);
    assert_problem(
        &found,
        path,
        line_of(&input, path, "        so the endpoint"),
        "code-1002",
        "a line break before \"so the endpoint ended the connection.\"",
    );
    assert_eq!(found.len(), 1, "{found:#?}");

    // An empty line inside a text.
    let input = replace(
        path,
        "        - On the server, wait",
        "\n        - On the server, wait",
    );
    let found = problems(&input);
    assert!(
        found
            .iter()
            .any(|p| p.id == "code-1006" && p.message.contains("an empty line in the text")),
        "{found:#?}"
    );
}

#[test]
fn a_list_has_an_introduction_and_no_empty_item() {
    let path = "locales/en/codes.ftl";
    let input = replace(
        path,
        "        - On the server, wait for the peer's Close frame before closing TCP.",
        "        -",
    );
    let found = problems(&input);
    assert_problem(
        &found,
        path,
        line_of(&input, path, "        -\n"),
        "code-1006",
        "an empty list item",
    );

    let input = replace(path, "        What to do depends on the side:\n", "");
    let found = problems(&input);
    assert_problem(
        &found,
        path,
        line_of(
            &input,
            path,
            "        - Clients: reconnect after a random delay",
        ),
        "code-1012",
        "a list needs an introductory line",
    );
}

#[test]
fn a_list_stands_only_in_a_symptom_or_a_remedy() {
    let path = "locales/en/codes.ftl";
    let input = replace(
        path,
        ".user = The connection was lost. The app will try to reconnect.",
        ".user =\n        The connection was lost:\n        - The app will try to reconnect.",
    );
    let found = problems(&input);
    assert_problem(
        &found,
        path,
        line_of(&input, path, "        The connection was lost:"),
        "code-1006",
        ".user holds a list, but a list may stand only in the .symptom or .remedy",
    );
    // A label is no place for a list either.
    let input = edited("locales/en/labels.ftl", |text| {
        text.replacen(
            "[0] Reconnecting now.",
            "[0] Reconnecting:\n        - now.",
            1,
        )
    });
    let found = problems(&input);
    assert!(
        found
            .iter()
            .any(|p| p.id == "user-reconnecting"
                && p.message.contains("a line break inside a variant")),
        "{found:#?}"
    );
}

#[test]
fn a_list_has_as_many_items_in_every_locale() {
    let path = "locales/ko/codes.ftl";
    let item = "        - 이런 클라이언트가 게이트웨이에 연결한다면 1014 코드 대신 1011 코드를 보내거나 클라이언트를 업그레이드하십시오.\n";
    let input = replace(path, item, "");
    let found = problems(&input);
    assert_problem(
        &found,
        path,
        line_of(&input, path, "게이트웨이를 먼저 확인하고"),
        "code-1014",
        ".remedy is a list of 3 items in ko but 4 in en",
    );
    assert_eq!(found.len(), 1, "{found:#?}");

    // A list in en only, and a list in a translation only.
    let input = replace(
        "locales/en/codes.ftl",
        "    .symptom = A rolling deploy or a planned restart: uvicorn",
        "    .symptom =\n        A rolling deploy or a planned restart:\n        - uvicorn",
    );
    let found = problems(&input);
    for tag in ["ko", "ja"] {
        assert!(
            found
                .iter()
                .any(|p| p.path == format!("locales/{tag}/codes.ftl")
                    && p.id == "code-1012"
                    && p.message.contains(&format!(
                        ".symptom is a list of 1 item in en but one paragraph in {tag}"
                    ))),
            "{found:#?}"
        );
    }
    let input = replace(
        "locales/ja/codes.ftl",
        "    .symptom = ローリングデプロイや計画的な再起動です。",
        "    .symptom =\n        ローリングデプロイや計画的な再起動です。\n        - ",
    );
    let found = problems(&input);
    assert!(
        found.iter().any(|p| p.path == "locales/ja/codes.ftl"
            && p.message
                .contains(".symptom is a list of 1 item in ja but one paragraph in en")),
        "{found:#?}"
    );
}

/// The 1-based line and column (in characters) of the `n`-th byte of the first `needle` in
/// `path` of `input`.
fn line_col_of(input: &Input, path: &str, needle: &str, n: usize) -> (usize, usize) {
    let line = line_of(input, path, needle);
    let mut files = input.locales.iter().flat_map(|l| &l.files);
    let text = &files.find(|f| f.path == path).unwrap().text;
    let at = text.find(needle).unwrap() + n;
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..at].chars().count() + 1)
}

#[test]
fn a_space_between_japanese_and_latin_text_is_reported_where_it_stands() {
    let codes = "locales/ja/codes.ftl";
    let input = edited(codes, |text| {
        text.replacen(
            "相手側がWebSocketプロトコル",
            "相手側が WebSocket  プロトコル",
            1,
        )
        .replacen("引数なしの`ws.close()`で", "引数なしの `ws.close()`で", 1)
        // Inside inline code, and a lone sign, are not Latin words beside Japanese.
        .replacen("`proxy_read_timeout`と", "`proxy_read_timeout と` - と", 1)
    });
    let frame = "locales/ja/frame.ftl";
    let mut input = input;
    let mut files = input.locales.iter_mut().flat_map(|l| l.files.iter_mut());
    let file = files.find(|f| f.path == frame).unwrap();
    file.text = file
        .text
        .replacen("コード{ $code }は", "コード { $code } は", 1);
    let found = problems(&input);
    let at = |path: &str, needle: &str, before: &str| {
        let (line, col) = line_col_of(&input, path, needle, before.len());
        (path.to_owned(), line, col)
    };
    let expected = [
        at(codes, "相手側が WebSocket  プロトコル", "相手側が"),
        at(
            codes,
            "相手側が WebSocket  プロトコル",
            "相手側が WebSocket",
        ),
        at(codes, "引数なしの `ws.close()`", "引数なしの"),
        at(frame, "コード { $code } は", "コード"),
        at(frame, "コード { $code } は", "コード { $code }"),
    ];
    let got: Vec<(String, usize, usize)> = found
        .iter()
        .map(|p| (p.path.clone(), p.line, p.col))
        .collect();
    assert_eq!(got, expected, "{found:#?}");
    assert!(
        found[..3]
            .iter()
            .all(|p| p.id == "code-1002" || p.id == "code-1005")
    );
    assert_eq!(found[0].id, "code-1002");
    assert_eq!(found[3].id, "frame-error-code");
    assert_eq!(
        found[0].message,
        "a space between Japanese and Latin text in \"相手側が WebSocket\": Latin words, numbers, \
         inline code and placeables stand right next to Japanese text, with no space (DESIGN.md, \
         Japanese); write \"相手側がWebSocket\""
    );
    assert!(
        found[3]
            .message
            .contains("in \"コード { $code } はクロー\"")
            && found[3]
                .message
                .ends_with("write \"コード{ $code } はクロー\""),
        "{}",
        found[3].message
    );

    // Korean and English keep their spaces.
    let input = replace(
        "locales/ko/codes.ftl",
        "code-1003 = 지원하지 않는 데이터",
        "code-1003 = 지원하지 않는 데이터 X",
    );
    assert!(codegen::generate(&input).is_ok());
}
