//! `closecode explain`'s scan of a log in which few lines match, timed on one core, for
//! comparison with `grep -c` on the same file:
//!
//! ```text
//! cargo run --release --bin explain_log -- /tmp/explain.log   # writes the log, times the scan
//! time target/release/explain_log /tmp/explain.log --scan     # one scan: compare user time
//! time grep -c -F websocket /tmp/explain.log
//! ```
//!
//! On a busy machine the wall-clock times measure the other processes too; `time`'s user and
//! system seconds for one scan (`--scan`, the log already written) are the cost on one core.

use std::time::Instant;

use closecode::explain::{Line, Scanner};

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "explain.log".to_owned());
    if std::env::args().nth(2).as_deref() == Some("--scan") {
        let file = std::fs::File::open(&path).expect("the log opens");
        let (lines, recognized) = scan(std::io::BufReader::with_capacity(1 << 16, file));
        println!("{path}: {lines} lines, {recognized} recognized");
        return;
    }
    let log = closecode_bench::explain_log(64 << 20);
    std::fs::write(&path, &log).expect("the log is written");
    let mut times = Vec::new();
    let mut recognized = 0;
    for _ in 0..7 {
        let file = std::fs::File::open(&path).expect("the log opens");
        let start = Instant::now();
        recognized = scan(std::io::BufReader::with_capacity(1 << 16, file)).1;
        times.push(start.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    let mb = log.len() as f64 / 1e6;
    println!(
        "{path}: {mb:.1} MB, {} lines, {recognized} recognized; scan median {:.1} ms = {:.0} MB/s",
        log.lines().count(),
        median * 1e3,
        mb / median
    );
}

/// The lines read and the lines recognized.
fn scan(reader: impl std::io::BufRead) -> (u64, u64) {
    let mut scanner = Scanner::new(reader);
    let mut recognized = 0;
    while let Some(scanned) = scanner.next_line() {
        if let Line::Recognized(_) = scanned.expect("the log reads").line {
            recognized += 1;
        }
    }
    (scanner.lines_read(), recognized)
}
