//! The plain-text page.

use closecode::{CloseCode, Locale, render};

fn page(code: u16, locale: Locale, width: usize) -> String {
    let mut out = String::new();
    render::text::code_page(&mut out, CloseCode::new(code), locale, width).unwrap();
    out
}

#[test]
fn korean_page_has_localized_headings_and_the_iana_name() {
    let page = page(1006, Locale::KO, 80);
    assert!(page.starts_with("1006 비정상 종료 (Abnormal Closure)\nIANA 등록 코드\n"));
    for heading in ["기본 정보", "설명", "이 코드를 보게 되는 경우", "해결 방법"]
    {
        assert!(page.lines().any(|l| l == heading), "missing {heading}");
    }
    assert!(page.contains("로컬 전용"));
    assert!(!page.contains("Description") && !page.contains("How to fix"));
}

#[test]
fn english_page_skips_facts_that_do_not_apply() {
    let page = page(4403, Locale::EN, 80);
    assert!(page.starts_with("4403 Private-use code\nNot registered\n"));
    assert!(!page.contains("HTTP equivalent"));
    assert!(!page.contains("IANA name"));
    let page = self::page(1014, Locale::EN, 80);
    assert!(page.contains("HTTP equivalent"));
    assert!(page.contains("2016-10-10"));
}

#[test]
fn lines_fit_the_width_counting_korean_as_two_columns() {
    use unicode_width::UnicodeWidthStr;
    for width in [40, 60, 80, 120] {
        for locale in Locale::all() {
            for code in [1000, 1006, 1009, 1014, 3000, 4000, 65535] {
                for line in page(code, locale, width).lines() {
                    // A single word longer than the width may stand alone on its line.
                    let words = line.split_whitespace().count();
                    assert!(
                        line.width() <= width || words == 1,
                        "{code} {locale} {width}: {line:?}"
                    );
                }
            }
        }
    }
}
