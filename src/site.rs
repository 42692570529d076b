//! A static close-code reference site, built in memory: per locale an index with the full
//! table, one page per registered code and per range, a page for every pair of registered codes,
//! a list of those comparisons, the scenarios and the connection failures with a page for each,
//! a lookup page and a search index; at the top a language chooser (with the search, and a
//! suggestion of the reader's language), the search script, the chooser's script and, with a
//! base URL, a `sitemap.xml`.
//!
//! Links are relative, so the site works from a file system or any static host, and each page
//! links the same page in every language (`hreflang`). Every page has a search box: `search.js`
//! (the site's own, no third-party code, no network) reads the locale's `search-index.js`,
//! loaded by a script tag so that it works from `file://` too. Without scripts the box submits
//! to `search.html`, which lists every code by number and name. The output is the same, byte
//! for byte, every time.

use core::fmt::Write;

mod search;

use crate::page::{self, Link, Nav, Page, SiteLinks};
use crate::render::{Block, html};
use crate::table::label;
use crate::{CloseCode, CodeRange, KnownCode, Locale, compare};

/// One file of the site: its path relative to the site's root (with `/`) and its contents.
///
/// # Examples
///
/// ```
/// use closecode::{Locale, site};
///
/// let files = site::build(&[Locale::EN], None);
/// let page = files.iter().find(|f| f.path == "en/1006.html").unwrap();
/// assert!(page.contents.starts_with("<!DOCTYPE html>"));
/// // Write them under a folder of your choice:
/// // for file in &files { std::fs::write(dir.join(&file.path), &file.contents)?; }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct SiteFile {
    /// Such as `ko/compare/1001-1014.html`.
    pub path: String,
    /// The HTML or XML text.
    pub contents: String,
}

/// Builds the whole site for `locales` (all shipped locales when empty).
///
/// `base_url`, such as `"https://example.com/close-codes/"`, is where the site will be served
/// from: with it every page gets an absolute canonical URL and absolute `hreflang` alternates,
/// and the site gets a `sitemap.xml` (the sitemap protocol allows absolute URLs only). Without
/// it the alternates are relative and there is no sitemap.
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "ko")] {
/// use closecode::{Locale, site};
///
/// let files = site::build(&[Locale::EN, Locale::KO], None);
/// assert!(files.iter().any(|f| f.path == "ko/compare/1001-1014.html"));
/// assert!(files.iter().any(|f| f.path == "ko/search-index.js"));
/// assert!(!files.iter().any(|f| f.path == "sitemap.xml"));
///
/// let files = site::build(&[Locale::EN], Some("https://example.com/codes/"));
/// assert!(files.iter().any(|f| f.path == "sitemap.xml"));
/// # }
/// ```
pub fn build(locales: &[Locale], base_url: Option<&str>) -> Vec<SiteFile> {
    let locales: Vec<Locale> = if locales.is_empty() {
        Locale::all().collect()
    } else {
        locales.to_vec()
    };
    let base = base_url.map(|b| {
        if b.ends_with('/') {
            b.to_owned()
        } else {
            format!("{b}/")
        }
    });
    let mut files = Vec::new();
    files.push(language_chooser(&locales, base.as_deref()));
    files.push(SiteFile {
        path: "search.js".to_owned(),
        contents: SEARCH_SCRIPT.to_owned(),
    });
    files.push(SiteFile {
        path: "language-hint.js".to_owned(),
        contents: LANGUAGE_HINT_SCRIPT.to_owned(),
    });
    for &locale in &locales {
        let top = SiteLinks { up: "" };
        let nested = SiteLinks { up: "../" };
        let mut pages: Vec<(String, Page)> =
            vec![("index.html".to_owned(), index_page(locale, &top))];
        for code in KnownCode::all().map(CloseCode::from) {
            let mut code_page = page::code_page(code, locale, Some(top));
            code_page.blocks.extend(page::sources_block(code, locale));
            pages.push((format!("{code}.html"), code_page));
        }
        for range in CodeRange::all() {
            let mut range_page = page::range_page(range, locale, Some(top));
            let sample = page::range_sample(range);
            range_page
                .blocks
                .extend(page::sources_block(sample, locale));
            pages.push((format!("range-{}.html", range.id()), range_page));
        }
        pages.push((
            "search.html".to_owned(),
            search::lookup_page(locale, &locales),
        ));
        pages.push((
            "failures.html".to_owned(),
            page::failures_page(locale, true),
        ));
        for failure in crate::Failure::all() {
            let failure_page = page::failure_page(failure, locale, Some(top));
            pages.push((format!("failure-{}.html", failure.id()), failure_page));
        }
        pages.push((
            "scenarios.html".to_owned(),
            page::scenarios_page(locale, true),
        ));
        for scenario in crate::Scenario::all() {
            pages.push((
                format!("scenario-{}.html", scenario.id()),
                page::scenario_page(scenario, locale, Some(top)),
            ));
        }
        for example in page::examples::ALL {
            let path = page::examples::page_path(&example);
            pages.push((path, page::examples::example_page(&example, locale)));
        }
        pages.push(("compare/index.html".to_owned(), comparisons_page(locale)));
        for (a, b) in pairs() {
            let comparison = compare(a, b, locale);
            let path = nested.comparison(a, b).trim_start_matches("../").to_owned();
            pages.push((path, page::comparison_page(&comparison, Some(nested))));
        }
        for failure in crate::Failure::all() {
            let path = nested.failure_comparison(failure);
            let page = page::code_failure_page(failure, locale);
            pages.push((path.trim_start_matches("../").to_owned(), page));
        }
        for (path, mut page) in pages {
            page.nav = nav(locale, &locales, &path, base.as_deref());
            let mut contents = String::new();
            // Writing into a String cannot fail.
            let _ = html::write(&page, &mut contents);
            files.push(SiteFile {
                path: format!("{}/{path}", locale.tag()),
                contents,
            });
        }
        files.push(SiteFile {
            path: format!("{}/search-index.js", locale.tag()),
            contents: search::index(locale),
        });
    }
    if let Some(base) = &base {
        files.push(sitemap(&files, base));
    }
    files
}

/// The search and the picker: the site's own script, the same for every locale.
const SEARCH_SCRIPT: &str = include_str!("site/search.js");

/// The language chooser's suggestion of the reader's language (never a redirect).
const LANGUAGE_HINT_SCRIPT: &str = include_str!("site/language-hint.js");

/// Every pair of registered codes, each once, smaller code first.
fn pairs() -> impl Iterator<Item = (CloseCode, CloseCode)> {
    let codes: Vec<CloseCode> = KnownCode::all().map(CloseCode::from).collect();
    let mut pairs = Vec::new();
    for (i, &a) in codes.iter().enumerate() {
        for &b in &codes[i + 1..] {
            pairs.push((a, b));
        }
    }
    pairs.into_iter()
}

/// The way from the page at `path` (inside a locale folder) to the folder's root.
fn up(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// The navigation of the page at `path` in `locale`'s folder: the way home, the same page in
/// every language (absolute with a base URL), its canonical URL, the search, and the picker on
/// the pages that list comparisons or look codes up.
fn nav(locale: Locale, locales: &[Locale], path: &str, base: Option<&str>) -> Nav {
    let up = up(path);
    let home = (path != "index.html").then(|| Link {
        text: locale.label_at(label::LABEL_BACK_TO_INDEX).to_owned(),
        href: Some(format!("{up}index.html")),
        lang: None,
    });
    let url = |other: Locale| match base {
        Some(base) => format!("{base}{}/{path}", other.tag()),
        None if other == locale => path.rsplit('/').next().unwrap_or(path).to_owned(),
        None => format!("{up}../{}/{path}", other.tag()),
    };
    // A site in one language has no alternates.
    let alternates = match locales {
        [_] => Vec::new(),
        _ => locales.iter().map(|&other| (other, url(other))).collect(),
    };
    let mut nav = Nav::new(home, alternates);
    nav.canonical = base.map(|_| url(locale));
    nav.root = Some(up);
    // A code's page ("1006.html") compares its own code with any other.
    let code = path
        .strip_suffix(".html")
        .and_then(|stem| stem.parse::<u16>().ok());
    nav.compare_with = code.map(CloseCode::new);
    nav.picker = path == "compare/index.html" || path == "search.html" || code.is_some();
    // The indexes of all languages and the chooser above them are one set of alternates.
    if path == "index.html" && locales.len() > 1 {
        nav.x_default = Some(match base {
            Some(base) => format!("{base}index.html"),
            None => "../index.html".to_owned(),
        });
    }
    nav
}

/// A language's index: its introduction, then where to start from a symptom (every scenario and
/// the connection failures), then the cheat sheet of codes and ranges. The header links the
/// scenarios, failures and comparisons from every page.
fn index_page(locale: Locale, links: &SiteLinks) -> Page {
    let mut page = page::reference_page(locale, Some(*links));
    let mut start = page::scenario_links(crate::Scenario::all().iter(), locale, links.up);
    if let Some(Block::Section { id, text, .. }) = start.first_mut() {
        *id = "start-here".to_owned();
        *text = locale.label_at(label::LABEL_START_HERE).to_owned();
    }
    if let Some(Block::Links(items)) = start.last_mut() {
        items.push(Link {
            text: locale.label_at(label::LABEL_FAILURES).to_owned(),
            href: Some(format!("{}failures.html", links.up)),
            lang: None,
        });
    }
    // After the introduction, before the tables.
    let at = page
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Heading(..) | Block::Section { .. }))
        .unwrap_or(page.blocks.len());
    page.blocks.splice(at..at, start);
    page
}

/// The list of all comparisons, `compare/index.html`: the picker at the top, then the pairs
/// under the lower code of each (1006's with the connection failures too); its links point
/// next door.
fn comparisons_page(locale: Locale) -> Page {
    let intro = locale.label_at(label::COMPARE_LIST_INTRO);
    let mut blocks = vec![Block::Paragraph(intro.to_owned())];
    let here = SiteLinks { up: "../" };
    for code in KnownCode::all().map(CloseCode::from) {
        let mut items: Vec<Link> = pairs()
            .filter(|&(a, _)| a == code)
            .map(|(a, b)| Link {
                text: compare(a, b, locale).title().to_owned(),
                href: Some(format!("{a}-{b}.html")),
                lang: None,
            })
            .collect();
        let failures = crate::Failure::all()
            .iter()
            .filter(|failure| failure.code() == code);
        items.extend(failures.map(|failure| {
            let href = here.failure_comparison(failure);
            Link::new(
                page::code_failure_title(failure, locale),
                Some(href.trim_start_matches("../compare/").to_owned()),
            )
        }));
        if !items.is_empty() {
            let name = code.describe(locale).name().to_string();
            blocks.push(Block::Heading(2, format!("{code} {name}")));
            blocks.push(Block::Links(items));
        }
    }
    let mut page = Page::new(
        locale,
        locale.label_at(label::LABEL_ALL_COMPARISONS),
        blocks,
    );
    page.summary = Some(intro.to_owned());
    page
}

/// The site's root, `index.html`: a link to each language's index, the search (over the first
/// language's index, which knows the names in every language), and a suggestion of the
/// reader's language from the browser's settings, never a redirect. Its alternates are the
/// indexes, and it is their `x-default`; with a base URL it has a canonical URL.
fn language_chooser(locales: &[Locale], base: Option<&str>) -> SiteFile {
    let first = locales.first().copied().unwrap_or_default();
    let links = locales.iter().map(|locale| Link {
        text: format!(
            "{} — {}",
            locale.name(),
            locale.label_at(label::LABEL_REFERENCE_TITLE)
        ),
        href: Some(format!("{}/index.html", locale.tag())),
        lang: Some(*locale),
    });
    let mut page = Page::new(
        first,
        first.label_at(label::LABEL_REFERENCE_TITLE),
        vec![Block::Links(links.collect())],
    );
    page.summary = Some(page::first_sentences(
        first.label_at(label::LABEL_REFERENCE_INTRO),
    ));
    let url = |path: String| match base {
        Some(base) => format!("{base}{path}"),
        None => path,
    };
    if locales.len() > 1 {
        let alternates = locales
            .iter()
            .map(|l| (*l, url(format!("{}/index.html", l.tag()))));
        page.nav = Nav::new(None, alternates.collect());
        page.nav.x_default = Some(url("index.html".to_owned()));
        page.nav.language_hint = true;
    }
    page.nav.canonical = base.map(|_| url("index.html".to_owned()));
    page.nav.root = Some(format!("{}/", first.tag()));
    let mut contents = String::new();
    let _ = html::write(&page, &mut contents);
    SiteFile {
        path: "index.html".to_owned(),
        contents,
    }
}

/// The sitemap: every page, by its absolute URL under `base` (which ends with `/`).
fn sitemap(files: &[SiteFile], base: &str) -> SiteFile {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for file in files.iter().filter(|f| f.path.ends_with(".html")) {
        let url = format!("{base}{}", file.path);
        let _ = writeln!(xml, "  <url><loc>{}</loc></url>", html::Escaped(&url));
    }
    xml.push_str("</urlset>\n");
    SiteFile {
        path: "sitemap.xml".to_owned(),
        contents: xml,
    }
}

/// The pages of `profile` for `locales` (all shipped locales when empty), to write beside
/// [`build`]'s: per locale `profiles/<id>/index.html` (its codes, linked) and a page per code or
/// range (`profiles/<id>/4004.html`, `profiles/<id>/4000-4499.html`), so that a team can
/// publish its own codes.
///
/// # Examples
///
/// ```
/// use closecode::{Locale, Profile, site};
///
/// let files = site::profile_pages(Profile::find("discord").unwrap(), &[Locale::EN]);
/// assert!(files.iter().any(|f| f.path == "en/profiles/discord-gateway/4004.html"));
/// ```
pub fn profile_pages(profile: &crate::Profile, locales: &[Locale]) -> Vec<SiteFile> {
    let locales: Vec<Locale> = if locales.is_empty() {
        Locale::all().collect()
    } else {
        locales.to_vec()
    };
    let folder = format!("profiles/{}", profile.id());
    let mut files = Vec::new();
    for &locale in &locales {
        let index = page::profile_page(profile, locale, true);
        let mut pages = vec![(format!("{folder}/index.html"), index)];
        for layer in profile.layers() {
            for entry in layer.entries() {
                let code = CloseCode::new(*entry.codes().start());
                pages.push((
                    format!("{folder}/{}", page::entry_file(entry)),
                    page::profile_code_page(profile, code, locale),
                ));
            }
        }
        for (path, mut page) in pages {
            page.nav = nav(locale, &locales, &path, None);
            page.nav.home = Some(Link::new(profile.name(), Some("index.html".to_owned())))
                .filter(|_| !path.ends_with("/index.html"));
            let mut contents = String::new();
            // Writing into a String cannot fail.
            let _ = html::write(&page, &mut contents);
            files.push(SiteFile {
                path: format!("{}/{path}", locale.tag()),
                contents,
            });
        }
    }
    files
}
