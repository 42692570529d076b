//! tungstenite 0.30 클라이언트 예제입니다. 연결이 어떻게 끝났는지(상대방의 닫기 프레임과 그 닫기
//! 코드, 닫기 사유, 또는 닫기 프레임 없음) 읽고, closecode가 이를 설명하고 재연결할지, 언제
//! 재연결할지 정하게 합니다.
//!
//! ```text
//! cargo run --example close_client --features tungstenite -- ws://127.0.0.1:8080/
//! ```

use std::time::{Duration, Instant};

use closecode::reconnector::{Next, Reconnector, countdown};
use closecode::{Closed, Closing, Locale, SplitMix64};
// 여러분의 Cargo.toml에서는 `tungstenite = "0.30"`입니다. closecode 자체 빌드에서만 이름을 바꿉니다.
use tungstenite::Message;
use tungstenite_0_30 as tungstenite;

/// 연결 하나를 끝날 때까지 읽습니다. 어떻게 끝났는지와 얼마나 유지되었는지를 돌려줍니다.
pub fn session(url: &str) -> (Closed, Duration) {
    let mut closing = Closing::new();
    // 16MiB까지의 메시지를 받습니다(tungstenite의 기본값은 64MiB).
    // 더 큰 메시지는 여기서 오류가 되고, 상대방은 연결이 닫히는 것을 봅니다
    // (1009, 닫기 프레임을 보내지 않으면 1006).
    let config = tungstenite::protocol::WebSocketConfig::default();
    let config = config.max_message_size(Some(16 << 20));
    let mut socket = match tungstenite::client::connect_with_config(url, Some(config), 3) {
        Ok((socket, _response)) => socket,
        // 거부된 핸드셰이크(HTTP 상태 코드와 Retry-After 포함), DNS, TCP, TLS 오류입니다.
        Err(err) => {
            closing.read(closecode::tungstenite::closed(&Err(err)));
            return (closing.finish(), Duration::ZERO);
        }
    };
    let opened = Instant::now();
    loop {
        let next = socket.read();
        match &next {
            Ok(Message::Text(text)) => println!("message: {text}"),
            // 상대방의 닫기 프레임입니다. 닫기 코드와 닫기 사유(UTF-8, 최대 123바이트)가 있습니다.
            Ok(Message::Close(Some(frame))) => {
                println!(
                    "close frame: {} {:?}",
                    u16::from(frame.code),
                    frame.reason.as_str()
                );
            }
            _ => {}
        }
        let answer = closecode::tungstenite::closed(&next);
        if closing.read(answer).is_some() || next.is_err() {
            // 닫기 프레임에 대한 tungstenite의 응답을 보내 닫기 핸드셰이크를 마칩니다.
            let _ = socket.flush();
            return (closing.finish(), opened.elapsed());
        }
    }
}

/// closecode의 재연결 상태 기계가 재연결하라고 하는 동안 `wait`로 기다린 뒤 `url`에 다시
/// 연결합니다. 각 연결이 어떻게 끝났는지를 돌려줍니다.
pub fn run(url: &str, locale: Locale, mut wait: impl FnMut(Duration)) -> Vec<Closed> {
    let mut reconnect = Reconnector::new(SplitMix64::from_entropy());
    let mut ends = Vec::new();
    loop {
        let (closed, stayed_up) = session(url);
        // 로그용이며 영어로 출력합니다: `1012 Service Restart: "deploy"`.
        println!("closed: {closed}");
        // 사용자용이며 사용자의 언어로 출력합니다. 상대방의 닫기 사유는 절대 보여 주지 않습니다.
        println!("{}", closed.describe(locale).user());
        let next = reconnect.next(&closed, stayed_up);
        ends.push(closed);
        match next {
            Next::Retry { delay, .. } => {
                println!("{}", countdown(delay, locale));
                wait(delay);
            }
            // 끝났거나, 원인을 먼저 고쳐야 하거나, 새 자격 증명이 먼저 필요하거나, 애플리케이션만
            // 아는 코드이거나, 일정의 시도를 모두 썼습니다.
            _ => return ends,
        }
    }
}

#[allow(dead_code)] // tests/it/site_examples.rs가 이 파일을 포함해 `run`을 호출합니다
fn main() {
    let url = std::env::args().nth(1);
    let url = url.as_deref().unwrap_or("ws://127.0.0.1:8080/");
    run(url, Locale::EN, std::thread::sleep);
}
