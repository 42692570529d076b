//! A static close-code reference site, built in memory: per locale an index with the full
//! table, one page per registered code and per range, a page for every pair of registered codes
//! and a list of those comparisons; at the top a language chooser and a `sitemap.xml`.
//!
//! Links are relative, so the site works from a file system or any static host, and each page
//! links the same page in the other languages (`hreflang`). The output is the same, byte for
//! byte, every time.

use core::fmt::Write;

use strum::IntoEnumIterator;

use crate::page::{self, Link, Nav, Page, SiteLinks};
use crate::render::{Block, html};
use crate::table::label;
use crate::{CloseCode, CodeRange, KnownCode, Locale, compare};

/// One file of the site: its path relative to the site's root (with `/`) and its contents.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct SiteFile {
    /// Such as `ko/compare/1001-1014.html`.
    pub path: String,
    /// The HTML or XML text.
    pub contents: String,
}

/// Builds the whole site for `locales` (all shipped locales when empty). `base_url`, such as
/// `"https://example.com/close-codes/"`, makes the sitemap's URLs absolute, as search engines
/// require; without it they are relative to the site's root.
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "ko")] {
/// use closecode::{Locale, site};
///
/// let files = site::build(&[Locale::EN, Locale::KO], None);
/// assert!(files.iter().any(|f| f.path == "ko/compare/1001-1014.html"));
/// assert!(files.iter().any(|f| f.path == "sitemap.xml"));
/// # }
/// ```
pub fn build(locales: &[Locale], base_url: Option<&str>) -> Vec<SiteFile> {
    let locales: Vec<Locale> = if locales.is_empty() {
        Locale::all().collect()
    } else {
        locales.to_vec()
    };
    let mut files = Vec::new();
    files.push(language_chooser(&locales));
    for &locale in &locales {
        let top = SiteLinks { up: "" };
        let nested = SiteLinks { up: "../" };
        let mut pages: Vec<(String, Page)> =
            vec![("index.html".to_owned(), index_page(locale, &top))];
        for code in KnownCode::iter().map(CloseCode::from) {
            pages.push((
                format!("{code}.html"),
                page::code_page(code, locale, Some(top)),
            ));
        }
        for range in CodeRange::iter() {
            pages.push((
                format!("range-{}.html", range.id()),
                page::range_page(range, locale, Some(top)),
            ));
        }
        pages.push(("compare/index.html".to_owned(), comparisons_page(locale)));
        for (a, b) in pairs() {
            let comparison = compare(a, b, locale);
            let path = nested.comparison(a, b).trim_start_matches("../").to_owned();
            pages.push((path, page::comparison_page(&comparison, Some(nested))));
        }
        for (path, mut page) in pages {
            page.nav = nav(locale, &locales, &path);
            let mut contents = String::new();
            // Writing into a String cannot fail.
            let _ = html::write(&page, &mut contents);
            files.push(SiteFile {
                path: format!("{}/{path}", locale.tag()),
                contents,
            });
        }
    }
    files.push(sitemap(&files, base_url));
    files
}

/// Every pair of registered codes, each once, smaller code first.
fn pairs() -> impl Iterator<Item = (CloseCode, CloseCode)> {
    let codes: Vec<CloseCode> = KnownCode::iter().map(CloseCode::from).collect();
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

fn nav(locale: Locale, locales: &[Locale], path: &str) -> Nav {
    let up = up(path);
    let home = (path != "index.html").then(|| Link {
        text: locale.label_at(label::LABEL_BACK_TO_INDEX).to_owned(),
        href: Some(format!("{up}index.html")),
    });
    let alternates = locales
        .iter()
        .filter(|&&other| other != locale)
        .map(|other| (*other, format!("{up}../{}/{path}", other.tag())))
        .collect();
    Nav { home, alternates }
}

fn index_page(locale: Locale, links: &SiteLinks) -> Page {
    let mut page = page::reference_page(locale, Some(*links));
    page.blocks.push(Block::Links(vec![Link {
        text: locale.label_at(label::LABEL_ALL_COMPARISONS).to_owned(),
        href: Some("compare/index.html".to_owned()),
    }]));
    page
}

/// The list of all comparisons, `compare/index.html`: its links point next door.
fn comparisons_page(locale: Locale) -> Page {
    let items = pairs().map(|(a, b)| Link {
        text: compare(a, b, locale).title().to_owned(),
        href: Some(format!("{a}-{b}.html")),
    });
    Page {
        locale,
        title: locale.label_at(label::LABEL_ALL_COMPARISONS).to_owned(),
        blocks: vec![Block::Links(items.collect())],
        nav: Nav::default(),
    }
}

fn language_chooser(locales: &[Locale]) -> SiteFile {
    let first = locales.first().copied().unwrap_or_default();
    let links = locales.iter().map(|locale| Link {
        text: format!(
            "{} — {}",
            locale.name(),
            locale.label_at(label::LABEL_REFERENCE_TITLE)
        ),
        href: Some(format!("{}/index.html", locale.tag())),
    });
    let page = Page {
        locale: first,
        title: first.label_at(label::LABEL_REFERENCE_TITLE).to_owned(),
        blocks: vec![Block::Links(links.collect())],
        nav: Nav::default(),
    };
    let mut contents = String::new();
    let _ = html::write(&page, &mut contents);
    SiteFile {
        path: "index.html".to_owned(),
        contents,
    }
}

fn sitemap(files: &[SiteFile], base_url: Option<&str>) -> SiteFile {
    let base = base_url.map(|b| {
        if b.ends_with('/') {
            b.to_owned()
        } else {
            format!("{b}/")
        }
    });
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for file in files.iter().filter(|f| f.path.ends_with(".html")) {
        let url = format!("{}{}", base.as_deref().unwrap_or(""), file.path);
        let _ = writeln!(xml, "  <url><loc>{}</loc></url>", html::Escaped(&url));
    }
    xml.push_str("</urlset>\n");
    SiteFile {
        path: "sitemap.xml".to_owned(),
        contents: xml,
    }
}
