//! The cost of the first lookup in a fresh process: closecode has no lazy initialisation,
//! fluent-templates parses every catalog on first use.
//!
//! `cargo run --release --bin first_lookup` runs itself 31 times per contender and prints the
//! median time of the first lookup; `first_lookup closecode` and `first_lookup fluent-templates`
//! time one first lookup and print it in nanoseconds.

use std::hint::black_box;
use std::process::Command;
use std::time::Instant;

use fluent_templates::Loader;

fn once(contender: &str) -> u128 {
    let start = Instant::now();
    let length = match contender {
        "closecode" => {
            let locale = closecode::Locale::KO;
            closecode::CloseCode::new(black_box(1006))
                .describe(locale)
                .remedy()
                .plain()
                .map_or(0, str::len)
        }
        "fluent-templates" => {
            let langid: unic_langid::LanguageIdentifier = "ko".parse().unwrap();
            closecode_bench::LOCALES
                .lookup(&langid, black_box("code-1006.remedy"))
                .len()
        }
        other => panic!("unknown contender {other}; expected closecode or fluent-templates"),
    };
    let elapsed = start.elapsed().as_nanos();
    assert!(length > 0);
    elapsed
}

fn main() {
    if let Some(contender) = std::env::args().nth(1) {
        println!("{}", once(&contender));
        return;
    }
    let me = std::env::current_exe().unwrap();
    for contender in ["closecode", "fluent-templates"] {
        let mut times: Vec<u128> = (0..31)
            .map(|_| {
                let output = Command::new(&me).arg(contender).output().unwrap();
                String::from_utf8(output.stdout)
                    .unwrap()
                    .trim()
                    .parse()
                    .unwrap()
            })
            .collect();
        times.sort_unstable();
        println!(
            "{contender:>18}: first lookup median {} ns (min {}, max {})",
            times[15], times[0], times[30]
        );
    }
}
