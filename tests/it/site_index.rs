//! The index of each language as a cheat sheet, the header's links, and the language chooser at
//! the site's root.

use closecode::{CloseCode, KnownCode, Locale, RetryClass, site};

/// The contents of the file at `path` among `files`.
fn page<'a>(files: &'a [site::SiteFile], path: &str) -> &'a str {
    &files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("no {path}"))
        .contents
}

/// The texts of the cells of the index's cheat sheets, row by row.
fn cheat_rows(html: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for table in html.split("<table class=\"cheat\">").skip(1) {
        let body = &table[table.find("<tbody>").unwrap()..table.find("</tbody>").unwrap()];
        for row in body.split("<tr>").skip(1) {
            let cells = row.split("<td").skip(1).map(|cell| {
                let text = &cell[cell.find('>').unwrap() + 1..cell.find("</td>").unwrap()];
                // Without the links around the code and the name.
                let mut plain = String::new();
                let mut inside = false;
                for c in text.chars() {
                    match c {
                        '<' => inside = true,
                        '>' => inside = false,
                        _ if !inside => plain.push(c),
                        _ => {}
                    }
                }
                plain
            });
            rows.push(cells.collect());
        }
    }
    rows
}

#[test]
fn the_index_is_a_cheat_sheet_in_every_language() {
    let files = site::build(&[], None);
    for locale in Locale::all() {
        let index = page(&files, &format!("{}/index.html", locale.tag()));
        let rows = cheat_rows(index);
        // Every registered code and every range, with a meaning and a short reconnect answer.
        assert_eq!(rows.len(), KnownCode::all().len() + 5, "{locale}");
        for (row, code) in rows.iter().zip(KnownCode::all().map(CloseCode::from)) {
            assert_eq!(row[0], code.to_string());
            assert!(!row[2].is_empty(), "{locale} {code}: no meaning");
            assert_eq!(row[3], code.retry().token(locale), "{locale} {code}");
        }
        for row in &rows {
            assert_eq!(row.len(), 4, "{locale}: {row:?}");
            // A token, not the sentence the facts table gives.
            assert!(row[3].chars().count() <= 20, "{locale}: {row:?}");
            assert!(row[2].chars().count() <= 100, "{locale}: {row:?}");
        }
        // Each full answer once, under the tables.
        for class in [RetryClass::Backoff, RetryClass::FixFirst] {
            assert_eq!(index.matches(class.phrase(locale)).count(), 1, "{locale}");
        }
        // Where to start from a symptom comes before the tables; the header links the lists.
        let start = index.find("scenario-drops-after-idle.html").unwrap();
        assert!(start < index.find("<table").unwrap(), "{locale}");
        assert!(index[start..].contains("<a href=\"failures.html\">"));
        let header = &index[index.find("<header>").unwrap()..index.find("</header>").unwrap()];
        for target in ["scenarios.html", "failures.html", "compare/index.html"] {
            assert!(
                header.contains(&format!("href=\"{target}\"")),
                "{locale}: {target}"
            );
        }
    }
    // The header's links find their way up from a nested page.
    let nested = page(&files, "en/compare/1001-1014.html");
    assert!(nested.contains("<a href=\"../scenarios.html\">Scenarios</a>"));
}

#[test]
#[cfg(all(feature = "ko", feature = "ja"))]
fn the_index_reads_in_each_language() {
    let files = site::build(&[], None);
    let ko = page(&files, "ko/index.html");
    assert!(ko.contains("<h2 id=\"start-here\">보이는 증상에서 시작하기</h2>"));
    assert!(
        ko.contains("<td class=\"meaning\" data-label=\"의미\">닫기 프레임 없이 연결이 끝났습니다")
    );
    assert!(ko.contains("<td data-label=\"재연결\">백오프로 재연결</td>"));
    let ja = page(&files, "ja/index.html");
    assert!(ja.contains("<td data-label=\"再接続\">先に原因を修正</td>"));
    assert!(ja.contains("<a href=\"failures.html\">接続の失敗</a>"));
}

#[test]
#[cfg(any(feature = "ko", feature = "ja"))]
fn the_root_page_offers_search_and_suggests_a_language() {
    let files = site::build(&[], None);
    let root = page(&files, "index.html");
    let tags: Vec<&str> = Locale::all().map(Locale::tag).collect();
    for tag in &tags {
        assert!(root.contains(&format!(
            "<link rel=\"alternate\" hreflang=\"{tag}\" href=\"{tag}/index.html\" />"
        )));
        // A suggestion per language, hidden until the script finds the reader's language.
        assert!(root.contains(&format!(
            "<p class=\"hint\" data-hint=\"{tag}\" hidden=\"hidden\">"
        )));
        // Each index points back to the chooser as the page for any other language.
        let index = page(&files, &format!("{tag}/index.html"));
        assert!(
            index.contains(
                "<link rel=\"alternate\" hreflang=\"x-default\" href=\"../index.html\" />"
            )
        );
    }
    assert!(root.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"index.html\" />"));
    assert!(root.contains("<form class=\"search\" role=\"search\" action=\"en/search.html\""));
    assert!(root.contains("<script src=\"en/../language-hint.js\" defer=\"defer\"></script>"));
    assert!(!root.contains("rel=\"canonical\""));
    // The script suggests; it never navigates.
    let script = page(&files, "language-hint.js");
    assert!(script.contains("navigator.languages"));
    assert!(!script.contains("location"));

    let files = site::build(&[], Some("https://example.com/codes"));
    let root = page(&files, "index.html");
    assert!(
        root.contains("<link rel=\"canonical\" href=\"https://example.com/codes/index.html\" />")
    );
    assert!(root.contains(
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.com/codes/index.html\" />"
    ));
    assert!(root.contains(
        "<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.com/codes/en/index.html\" />"
    ));
}

#[test]
fn pages_type_set_each_language_its_own_way() {
    let files = site::build(&[Locale::EN], None);
    let code = page(&files, "en/1006.html");
    // Korean alone keeps words whole; Japanese breaks between characters, strictly.
    assert!(code.contains(":lang(ko) { word-break: keep-all; }"));
    assert!(code.contains(":lang(ja) { word-break: normal; line-break: strict; }"));
    assert!(!code.contains("body { margin: 0; background: var(--bg); color: var(--fg); font-size: 16px; line-height: 1.65; word-break"));
    assert!(code.contains("'Noto Sans Mono CJK JP'"));
    // A library's path breaks after its slash, not inside a word.
    assert!(code.contains("gorilla/<wbr />websocket"));
    assert!(!code.contains("I/<wbr />O"));
    // A dotted namespace breaks at its dots; a domain or a file name does not.
    assert!(code.contains("System.<wbr />Net.<wbr />WebSockets"));
    assert!(!code.contains(".<wbr />io"));
    assert!(code.contains("nhooyr.io/<wbr />websocket"));
}
