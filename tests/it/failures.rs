//! Failures: the table's facts, ids that parse wherever codes do, the reconnect machine's
//! answers, and tungstenite 0.30 on 127.0.0.1 against servers that refuse the upgrade (401, and
//! 429 with Retry-After) or the connection.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::thread;
use std::time::Duration;

use closecode::reconnector::{Next, Reconnector};
use closecode::{CloseCode, Closed, Failure, Locale, Outcome, RetryClass, SplitMix64};
use tungstenite_0_30 as tungstenite;

#[test]
fn every_failure_has_texts_sources_and_reports() {
    assert_eq!(Failure::all().len(), 21);
    for failure in Failure::all() {
        assert!(failure.sources().len() > 0, "{failure}");
        assert!(failure.raises().len() >= 5, "{failure}");
        assert_eq!(failure.code(), CloseCode::ABNORMAL_CLOSURE);
        for locale in Locale::all() {
            let texts = failure.texts(locale);
            for text in [
                texts.name(),
                texts.description(),
                texts.symptom(),
                texts.remedy(),
                texts.user(),
            ] {
                assert!(!text.is_empty(), "{failure} {locale}");
            }
        }
        // Ids never read as codes.
        assert_eq!(
            failure.id().parse::<Outcome>(),
            Ok(Outcome::Failure(failure))
        );
        assert!(failure.id().parse::<CloseCode>().is_err(), "{failure}");
    }
}

#[test]
fn failure_pages_have_no_code_heading() {
    use closecode::render::{Block, failure_page};
    let headings = |locale| {
        let page = failure_page(Failure::http(401).unwrap(), locale);
        let texts: Vec<String> = page
            .blocks
            .into_iter()
            .filter_map(|block| match block {
                Block::Heading(_, text) | Block::Section { text, .. } => Some(text),
                _ => None,
            })
            .collect();
        texts
    };
    let en = headings(Locale::EN);
    assert!(
        en.iter().any(|h| h == "When you see this failure"),
        "{en:?}"
    );
    for (locale, code_heading) in [
        (Locale::EN, "When you see this code"),
        (Locale::KO, "이 코드를 보게 되는 경우"),
        (Locale::JA, "このコードが発生する状況"),
    ] {
        assert!(
            !headings(locale).iter().any(|h| h == code_heading),
            "{locale}"
        );
    }
}

#[test]
fn the_answers_follow_the_standards() {
    let answer = |id: &str| Failure::find(id).unwrap().retry();
    assert_eq!(answer("http-401"), RetryClass::Credentials);
    assert_eq!(answer("http-404"), RetryClass::FixFirst);
    assert_eq!(answer("http-503"), RetryClass::Backoff);
    assert_eq!(answer("tls-expired"), RetryClass::FixFirst);
    assert_eq!(answer("dns"), RetryClass::Backoff);
    assert!(Failure::http(429).unwrap().honors_retry_after());
    assert!(!Failure::http(401).unwrap().honors_retry_after());
    // A browser fires no error event when an open connection vanishes.
    assert!(!Failure::find("vanished").unwrap().error_event());
    assert!(Failure::find("refused").unwrap().error_event());
}

#[test]
fn the_reconnect_machine_waits_for_retry_after_and_stops_on_tls() {
    let mut reconnect = Reconnector::new(SplitMix64::new(3));
    let limited =
        Closed::failed(Failure::http(429).unwrap()).with_retry_after(Duration::from_secs(40));
    match reconnect.next(&limited, Duration::ZERO) {
        Next::Retry { delay, retry, .. } => {
            assert_eq!(retry, RetryClass::Backoff);
            assert!(delay >= Duration::from_secs(40), "{delay:?}");
        }
        other => panic!("{other:?}"),
    }
    let expired = Closed::failed(Failure::find("tls-expired").unwrap());
    assert_eq!(
        reconnect.next(&expired, Duration::ZERO),
        Next::Stop {
            retry: RetryClass::FixFirst
        }
    );
}

/// A server on 127.0.0.1 that answers one upgrade request with `response` and closes.
fn refusing_server(response: &'static str) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(3)))
            .unwrap();
        let mut request = Vec::new();
        let mut buf = [0; 1024];
        while !request.windows(4).any(|w| w == b"\r\n\r\n") {
            match stream.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => request.extend_from_slice(&buf[..n]),
            }
        }
        let _ = stream.write_all(response.as_bytes());
    });
    format!("ws://{address}/")
}

fn closed_after_connect(url: &str) -> Closed {
    let err = tungstenite::connect(url).expect_err("the server refuses");
    closecode::tungstenite::closed(&Err(err)).expect("a refused connect is a close")
}

#[test]
fn tungstenite_401_maps_to_the_failure() {
    let url = refusing_server(
        "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    );
    let closed = closed_after_connect(&url);
    assert_eq!(closed.failure.map(Failure::id), Some("http-401"));
    assert_eq!(closed.retry(), RetryClass::Credentials);
    assert_eq!(closed.retry_after, None);
    let mut reconnect = Reconnector::new(SplitMix64::new(1));
    assert_eq!(
        reconnect.next(&closed, Duration::ZERO),
        Next::Stop {
            retry: RetryClass::Credentials
        }
    );
}

#[test]
fn tungstenite_429_carries_retry_after() {
    let url = refusing_server(
        "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 7\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    );
    let closed = closed_after_connect(&url);
    assert_eq!(closed.failure.map(Failure::id), Some("http-429"));
    assert_eq!(closed.retry_after, Some(Duration::from_secs(7)));
    let mut reconnect = Reconnector::new(SplitMix64::new(1));
    match reconnect.next(&closed, Duration::ZERO) {
        Next::Retry { delay, .. } => assert!(delay >= Duration::from_secs(7), "{delay:?}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn tungstenite_refused_connection_maps_to_refused() {
    // A port that was just free: nothing listens there.
    let address = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let closed = closed_after_connect(&format!("ws://{address}/"));
    assert_eq!(closed.failure.map(Failure::id), Some("refused"));
    assert_eq!(closed.retry(), RetryClass::Backoff);
}
