//! `closecode::explain` from outside: numbers in other contexts are not close codes, whole logs
//! with noise, and the promise that every failure has an answer in every locale.

use closecode::Locale;
use closecode::explain::{self, Line, LoggedFailure, Reported, Scanner, Stack, Timeout, Tls};

/// Lines that hold close-code-like numbers or WebSocket words, but report nothing.
const LOOK_ALIKES: [&str; 16] = [
    "listening on 0.0.0.0:1006",
    "request took 1011 ms",
    "10.0.0.1 - - [26/Nov/2026:02:00:00 +0000] \"GET /ws HTTP/1.1\" 401 12",
    "HTTP/1.1 403 Forbidden",
    "{\"status\":1001,\"msg\":\"ok\"}",
    "retrying in 1000 ms (attempt 3)",
    "websocket: upgraded connection from 10.0.0.1:4000",
    "WebSocket connection established",
    "closed 42 files",
    "sent 1011 bytes; then received 20 bytes",
    "user disconnected from the VPN",
    "error code 4004 in module auth",
    "Invalid input: 1002",
    "upstream: http://127.0.0.1:1006/",
    "timeout after 1006 ms",
    "The connection to https://example.com was interrupted while the page was loading.",
];

#[test]
fn numbers_in_other_contexts_are_not_close_codes() {
    for line in LOOK_ALIKES {
        assert_eq!(explain::line(line), None, "{line}");
    }
}

#[test]
fn a_noisy_log_yields_its_few_lines() {
    let mut log = Vec::new();
    for (i, line) in LOOK_ALIKES.iter().enumerate() {
        log.extend_from_slice(line.as_bytes());
        log.push(b'\n');
        if i == 5 {
            log.extend_from_slice(
                b"\x1b[33mWARN\x1b[0m websocket: close 1001 (going away): restart\n",
            );
        }
    }
    log.extend_from_slice(b"\xc3\x28 binary \x00\x01\xff\n");
    log.extend_from_slice(b"Error: Unexpected server response: 502");
    let mut scanner = Scanner::new(log.as_slice());
    let mut found = Vec::new();
    while let Some(scanned) = scanner.next_line() {
        let scanned = scanned.unwrap();
        if let Line::Recognized(explained) = scanned.line {
            found.push((scanned.number, explained.stack, explained.reported));
        }
    }
    assert_eq!(
        found,
        [
            (7, Stack::Gorilla, Reported::Code(1001.into())),
            (
                19,
                Stack::NodeWs,
                Reported::Failure(LoggedFailure::Http(502))
            ),
        ]
    );
}

#[test]
fn every_failure_is_described_in_every_locale() {
    let failures = [
        LoggedFailure::Http(401),
        LoggedFailure::Handshake,
        LoggedFailure::Tls(Tls::Certificate),
        LoggedFailure::Tls(Tls::Expired),
        LoggedFailure::Tls(Tls::Untrusted),
        LoggedFailure::Tls(Tls::Hostname),
        LoggedFailure::Tls(Tls::Protocol),
        LoggedFailure::Tls(Tls::Other),
        LoggedFailure::Dns,
        LoggedFailure::Refused,
        LoggedFailure::Reset,
        LoggedFailure::Timeout(Timeout::Connect),
        LoggedFailure::Timeout(Timeout::Idle),
        LoggedFailure::Timeout(Timeout::Unknown),
    ];
    for locale in Locale::all() {
        for failure in failures {
            let text = failure.describe(locale);
            assert!(!text.is_empty(), "{locale} {failure}");
            assert_eq!(Reported::Failure(failure).code(), 1006);
        }
    }
}
