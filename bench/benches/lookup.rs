//! closecode against the alternatives, in one run: `cargo bench` in this folder.
//!
//! Every describe benchmark fetches the four texts (name, description, symptom, remedy) of the
//! same eight registered codes, so the times compare like with like.

use std::hint::black_box;

use closecode::{CloseCode, Label, Locale, Value};
use closecode_bench::{PHF_EN, PHF_KO, StrumCode, bundle, matched, scan};
use divan::Bencher;
use fluent_bundle::{FluentArgs, FluentValue};
use fluent_templates::Loader;
use unic_langid::LanguageIdentifier;

fn main() {
    divan::main();
}

/// A locale added at run time: English exported as Fluent and added back as `eo`.
fn added_locale() -> Locale {
    static ADDED: std::sync::OnceLock<Locale> = std::sync::OnceLock::new();
    *ADDED.get_or_init(|| {
        let ftl = closecode::catalog::export(Locale::EN, closecode::catalog::DEFAULT_PREFIX);
        let added = closecode::NewLocale::new("eo").file("eo.ftl", &ftl).add();
        added.expect("the export loads back").locale()
    })
}

const CODES: [u16; 8] = [1000, 1001, 1006, 1008, 1011, 1012, 1014, 3000];
const LANGS: [&str; 2] = ["en", "ko"];

mod describe {
    use super::*;

    #[divan::bench(args = LANGS)]
    fn closecode(bencher: Bencher, lang: &str) {
        let locale = Locale::from_tag(lang).unwrap();
        bencher.bench(|| describe_all(locale));
    }

    /// The four texts of every code in `CODES`, their total length.
    fn describe_all(locale: Locale) -> usize {
        let mut total = 0;
        for code in CODES {
            let d = CloseCode::new(black_box(code)).describe(locale);
            for text in [d.name(), d.description(), d.symptom(), d.remedy()] {
                total += text.plain().map_or(0, str::len);
            }
        }
        total
    }

    /// The same lookups in a locale added at run time (the English catalog, exported and
    /// added back as `eo`, so the texts are the same length as in `en`).
    #[divan::bench]
    fn closecode_added_locale(bencher: Bencher) {
        let locale = super::added_locale();
        bencher.bench(|| describe_all(locale));
    }

    #[divan::bench(args = LANGS)]
    fn hand_written_match(bencher: Bencher, lang: &str) {
        let ko = lang == "ko";
        bencher.bench(|| {
            let mut total = 0;
            for code in CODES {
                let t = matched(black_box(code), black_box(ko)).unwrap();
                total += t.name.len() + t.description.len() + t.symptom.len() + t.remedy.len();
            }
            total
        });
    }

    #[divan::bench(args = LANGS)]
    fn phf_map_u16(bencher: Bencher, lang: &str) {
        let map = if lang == "ko" { &PHF_KO } else { &PHF_EN };
        bencher.bench(|| {
            let mut total = 0;
            for code in CODES {
                let t = map.get(&black_box(code)).unwrap();
                total += t.name.len() + t.description.len() + t.symptom.len() + t.remedy.len();
            }
            total
        });
    }

    #[divan::bench(args = LANGS)]
    fn fluent_bundle(bencher: Bencher, lang: &str) {
        let bundle = bundle(lang);
        let ids: Vec<String> = CODES.iter().map(|c| format!("code-{c}")).collect();
        // FluentBundle is not Sync, so the closure runs on this thread only.
        bencher.bench_local(|| {
            let mut total = 0;
            let mut errors = Vec::new();
            for id in &ids {
                let message = bundle.get_message(black_box(id)).unwrap();
                total += bundle
                    .format_pattern(message.value().unwrap(), None, &mut errors)
                    .len();
                for attribute in ["description", "symptom", "remedy"] {
                    let pattern = message.get_attribute(attribute).unwrap().value();
                    total += bundle.format_pattern(pattern, None, &mut errors).len();
                }
            }
            total
        });
    }

    #[divan::bench(args = LANGS)]
    fn fluent_templates(bencher: Bencher, lang: &str) {
        let langid: LanguageIdentifier = lang.parse().unwrap();
        let ids: Vec<[String; 4]> = CODES
            .iter()
            .map(|c| {
                [
                    format!("code-{c}"),
                    format!("code-{c}.description"),
                    format!("code-{c}.symptom"),
                    format!("code-{c}.remedy"),
                ]
            })
            .collect();
        closecode_bench::LOCALES.lookup(&langid, "code-1000"); // loaded before timing
        bencher.bench(|| {
            let mut total = 0;
            for code_ids in &ids {
                for id in code_ids {
                    total += closecode_bench::LOCALES
                        .lookup(&langid, black_box(id))
                        .len();
                }
            }
            total
        });
    }
}

/// A range text with the number filled in, written into a caller's buffer.
mod range_text {
    use super::*;

    #[divan::bench(args = LANGS)]
    fn closecode(bencher: Bencher, lang: &str) {
        let locale = Locale::from_tag(lang).unwrap();
        let mut buffer = String::with_capacity(512);
        bencher.bench_local(|| {
            buffer.clear();
            CloseCode::new(black_box(4403))
                .describe(locale)
                .description()
                .write_to(&mut buffer)
                .unwrap();
            buffer.len()
        });
    }

    #[divan::bench(args = LANGS)]
    fn fluent_bundle(bencher: Bencher, lang: &str) {
        let bundle = bundle(lang);
        let pattern = bundle
            .get_message("range-private")
            .unwrap()
            .get_attribute("description")
            .unwrap()
            .value();
        let mut args = FluentArgs::new();
        args.set("code", 4403);
        let mut buffer = String::with_capacity(512);
        let mut errors = Vec::new();
        bencher.bench_local(|| {
            buffer.clear();
            bundle
                .write_pattern(&mut buffer, pattern, Some(black_box(&args)), &mut errors)
                .unwrap();
            buffer.len()
        });
    }
}

/// A message that picks its words by a number (`reconnect-in`: `[0]`, `[one]`, `*[other]` in
/// English, `*[other]` in Korean), written into a caller's buffer for four counts that reach
/// every variant; the arguments are built before timing.
mod plural {
    use super::*;

    const SECONDS: [u64; 4] = [0, 1, 5, 30];
    const FRACTIONS: [f64; 4] = [0.5, 1.0, 1.5, 30.25];

    /// closecode with the values typed (`Value::from` a `u64` or an `f64`), as a caller passes them.
    fn closecode<T: Into<Value<'static>> + Copy>(bencher: Bencher, lang: &str, values: [T; 4]) {
        let locale = Locale::from_tag(lang).unwrap();
        let mut buffer = String::with_capacity(64);
        bencher.bench_local(|| {
            let mut total = 0;
            for value in values {
                buffer.clear();
                locale
                    .format_to(
                        Label::RECONNECT_IN,
                        &[("seconds", black_box(value).into())],
                        &mut buffer,
                    )
                    .unwrap();
                total += buffer.len();
            }
            total
        });
    }

    /// fluent-bundle with the arguments prebuilt: `write_pattern` into a buffer when `write`,
    /// else `format_pattern`, which returns the text (a `String` for this message).
    fn fluent_bundle<'a, T: Into<FluentValue<'a>> + Copy>(
        bencher: Bencher,
        lang: &str,
        values: [T; 4],
        write: bool,
    ) {
        let bundle = bundle(lang);
        let pattern = bundle.get_message("reconnect-in").unwrap().value().unwrap();
        let args: Vec<FluentArgs> = values
            .iter()
            .map(|value| {
                let mut args = FluentArgs::new();
                args.set("seconds", *value);
                args
            })
            .collect();
        let mut buffer = String::with_capacity(64);
        let mut errors = Vec::new();
        bencher.bench_local(|| {
            let mut total = 0;
            for args in &args {
                let args = Some(black_box(args));
                total += if write {
                    buffer.clear();
                    bundle
                        .write_pattern(&mut buffer, pattern, args, &mut errors)
                        .unwrap();
                    buffer.len()
                } else {
                    bundle.format_pattern(pattern, args, &mut errors).len()
                };
            }
            total
        });
    }

    #[divan::bench(args = LANGS)]
    fn fluent_bundle_format_integers(bencher: Bencher, lang: &str) {
        fluent_bundle(bencher, lang, SECONDS, false);
    }

    /// The floor: a hand-written `match` on a typed `u64` with English's rule written in, and
    /// the number formatted by `write!`.
    #[divan::bench(args = LANGS)]
    fn hand_written_integers(bencher: Bencher, lang: &str) {
        use std::fmt::Write as _;
        let ko = lang == "ko";
        let mut buffer = String::with_capacity(64);
        bencher.bench_local(|| {
            let mut total = 0;
            for seconds in SECONDS {
                buffer.clear();
                match (black_box(ko), black_box(seconds)) {
                    (true, n) => write!(buffer, "{n}초 뒤"),
                    (false, 0) => buffer.write_str("now"),
                    (false, 1) => buffer.write_str("in 1 second"),
                    (false, n) => write!(buffer, "in {n} seconds"),
                }
                .unwrap();
                total += buffer.len();
            }
            total
        });
    }

    #[divan::bench(args = LANGS)]
    fn closecode_integers(bencher: Bencher, lang: &str) {
        closecode(bencher, lang, SECONDS);
    }

    #[divan::bench(args = LANGS)]
    fn fluent_bundle_integers(bencher: Bencher, lang: &str) {
        fluent_bundle(bencher, lang, SECONDS, true);
    }

    #[divan::bench(args = LANGS)]
    fn closecode_fractions(bencher: Bencher, lang: &str) {
        closecode(bencher, lang, FRACTIONS);
    }

    #[divan::bench(args = LANGS)]
    fn fluent_bundle_fractions(bencher: Bencher, lang: &str) {
        fluent_bundle(bencher, lang, FRACTIONS, true);
    }
}

mod name_lookup {
    use super::*;

    const NAMES: [&str; 3] = ["going-away", "EndpointUnavailable", "BAD_GATEWAY"];

    #[divan::bench]
    fn closecode() -> usize {
        NAMES
            .iter()
            .filter_map(|n| CloseCode::from_name(black_box(n)))
            .count()
    }

    #[divan::bench]
    fn phf_map_str() -> usize {
        NAMES
            .iter()
            .filter_map(|n| closecode_bench::normalized_phf(black_box(n)))
            .count()
    }

    #[divan::bench]
    fn linear_scan() -> usize {
        NAMES.iter().filter_map(|n| scan(black_box(n))).count()
    }

    #[divan::bench]
    fn strum_enum_string() -> usize {
        NAMES
            .iter()
            .filter_map(|n| black_box(n).parse::<StrumCode>().ok())
            .count()
    }
}

mod negotiation {
    use super::*;

    const HEADER: &str = "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7";
    const POSIX: &str = "ko_KR.UTF-8";

    #[divan::bench]
    fn closecode_accept_language() -> Option<Locale> {
        Locale::from_accept_language(black_box(HEADER))
    }

    #[divan::bench]
    fn fluent_langneg_accept_language(bencher: Bencher) {
        let available: Vec<LanguageIdentifier> = vec!["en".parse().unwrap(), "ko".parse().unwrap()];
        let default: LanguageIdentifier = "en".parse().unwrap();
        bencher.bench(|| {
            let requested = fluent_langneg::accepted_languages::parse(black_box(HEADER));
            let chosen = fluent_langneg::negotiate_languages(
                &requested,
                &available,
                Some(&default),
                fluent_langneg::NegotiationStrategy::Lookup,
            );
            chosen.first().map(|l| l.language)
        });
    }

    #[divan::bench]
    fn closecode_posix() -> Option<Locale> {
        Locale::from_tag(black_box(POSIX)).ok()
    }

    #[divan::bench]
    fn fluent_langneg_posix(bencher: Bencher) {
        let available: Vec<LanguageIdentifier> = vec!["en".parse().unwrap(), "ko".parse().unwrap()];
        let default: LanguageIdentifier = "en".parse().unwrap();
        bencher.bench(|| {
            // fluent-langneg has no POSIX parser: strip the codeset, then parse and negotiate.
            let tag = black_box(POSIX).split(['.', '@']).next().unwrap();
            let requested: Vec<LanguageIdentifier> = tag.parse().into_iter().collect();
            let chosen = fluent_langneg::negotiate_languages(
                &requested,
                &available,
                Some(&default),
                fluent_langneg::NegotiationStrategy::Lookup,
            );
            chosen.first().map(|l| l.language)
        });
    }
}

mod site {
    use super::*;

    /// The whole documentation site in every shipped locale (689 files with en, ja and ko:
    /// pages, search indexes, the search script), built in memory.
    #[divan::bench(sample_count = 20)]
    fn build_every_locale() -> usize {
        closecode::site::build(black_box(&[]), None).len()
    }

    /// The same with a base URL: absolute canonical and hreflang URLs and the sitemap.
    #[divan::bench(sample_count = 20)]
    fn build_every_locale_with_base_url() -> usize {
        closecode::site::build(black_box(&[]), Some("https://example.com/close-codes/")).len()
    }
}

/// One step of the reconnect state machine: a close goes in, the next delay comes out.
mod reconnect_step {
    use super::*;
    use closecode::reconnector::Reconnector;
    use closecode::{Closed, SplitMix64};
    use std::time::Duration;

    #[divan::bench]
    fn next(bencher: Bencher) {
        let dropped: Closed = CloseCode::ABNORMAL_CLOSURE.into();
        let mut reconnect = Reconnector::new(SplitMix64::new(1));
        bencher.bench_local(|| {
            // Up for two minutes: every step starts over, so the schedule never runs out.
            black_box(reconnect.next(black_box(&dropped), Duration::from_secs(120)))
        });
    }
}

/// `closecode explain` over a 16 MiB log in which 1 line in 1000 matches (and 1 in 100 holds
/// an anchor without matching): bytes per second through `Scanner`, from memory.
mod explain_scan {
    use super::*;
    use closecode::explain::{Line, Scanner};

    #[divan::bench(sample_count = 20)]
    fn log_few_lines_match(bencher: Bencher) {
        let log = closecode_bench::explain_log(16 << 20);
        bencher
            .counter(divan::counter::BytesCount::new(log.len()))
            .bench(|| {
                let mut scanner = Scanner::new(black_box(log.as_bytes()));
                let mut recognized = 0;
                while let Some(Ok(scanned)) = scanner.next_line() {
                    recognized += usize::from(matches!(scanned.line, Line::Recognized(_)));
                }
                recognized
            });
    }
}

/// Hostile sizes: the time grows linearly with the input (and the hex decoder stops early).
mod hostile {
    use super::*;

    const SIZES: [usize; 3] = [1 << 10, 1 << 17, 1 << 20];

    #[divan::bench(args = SIZES, sample_count = 20)]
    fn accept_language_header(bencher: Bencher, bytes: usize) {
        let header = "fr-CH;q=0.5, ".repeat(bytes / 13);
        bencher.bench(|| Locale::from_accept_language(black_box(&header)));
    }

    #[divan::bench(args = SIZES, sample_count = 20)]
    fn invalid_tag(bencher: Bencher, bytes: usize) {
        let tag = "ab-".repeat(bytes / 3);
        bencher.bench(|| Locale::from_tag(black_box(&tag)).is_err());
    }

    #[divan::bench(sample_count = 20)]
    fn ten_megabytes_of_hex(bencher: Bencher) {
        let hex = "03e8".repeat((10 << 20) / 4);
        bencher.bench(|| closecode::frame::from_hex(black_box(&hex)).is_err());
    }
}
