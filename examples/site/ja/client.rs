//! tungstenite 0.30のクライアントの例です。接続がどう終わったか（相手側のクローズフレームと
//! そのクローズコード、クローズ理由、またはクローズフレームなし）を読み、closecodeにその説明と、
//! 再接続するかどうか、いつ再接続するかの判断を任せます。
//!
//! ```text
//! cargo run --example close_client --features tungstenite -- ws://127.0.0.1:8080/
//! ```

use std::time::{Duration, Instant};

use closecode::reconnector::{Next, Reconnector, countdown};
use closecode::{Closed, Closing, Locale, SplitMix64};
// 自分のCargo.tomlでは`tungstenite = "0.30"`です。closecode自身のビルドでは名前を変えています。
use tungstenite::Message;
use tungstenite_0_30 as tungstenite;

/// 1つの接続を終わるまで読みます。どう終わったかと、どれだけ続いたかを返します。
pub fn session(url: &str) -> (Closed, Duration) {
    let mut closing = Closing::new();
    // 16 MiBまでのメッセージを受け取ります（tungsteniteの既定値は64 MiB）。
    // それより大きいとここでエラーになり、相手側には接続が閉じたように見えます
    // （1009、クローズフレームを送らなければ1006）。
    let config = tungstenite::protocol::WebSocketConfig::default();
    let config = config.max_message_size(Some(16 << 20));
    let mut socket = match tungstenite::client::connect_with_config(url, Some(config), 3) {
        Ok((socket, _response)) => socket,
        // 拒否されたハンドシェイク（HTTPステータスとRetry-Afterを含む）、DNS、TCP、TLSのエラーです。
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
            // 相手側のクローズフレームです。クローズコードとクローズ理由（UTF-8、最大123バイト）を持ちます。
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
            // クローズフレームへのtungsteniteの応答を送り、クロージングハンドシェイクを完了します。
            let _ = socket.flush();
            return (closing.finish(), opened.elapsed());
        }
    }
}

/// closecodeの再接続ステートマシンが再接続を指示する間、`wait`で待ってから`url`に再接続します。
/// 各接続がどう終わったかを返します。
pub fn run(url: &str, locale: Locale, mut wait: impl FnMut(Duration)) -> Vec<Closed> {
    let mut reconnect = Reconnector::new(SplitMix64::from_entropy());
    let mut ends = Vec::new();
    loop {
        let (closed, stayed_up) = session(url);
        // ログ用で、英語で出力します：`1012 Service Restart: "deploy"`。
        println!("closed: {closed}");
        // ユーザー向けで、ユーザーの言語で出力します。相手側のクローズ理由は決して表示しません。
        println!("{}", closed.describe(locale).user());
        let next = reconnect.next(&closed, stayed_up);
        ends.push(closed);
        match next {
            Next::Retry { delay, .. } => {
                println!("{}", countdown(delay, locale));
                wait(delay);
            }
            // 終了した、先に原因の修正が必要、先に新しい認証情報が必要、アプリケーションだけが知る
            // コード、またはスケジュールの試行を使い切った場合です。
            _ => return ends,
        }
    }
}

#[allow(dead_code)] // tests/it/site_examples.rsがこのファイルを取り込み、`run`を呼び出します
fn main() {
    let url = std::env::args().nth(1);
    let url = url.as_deref().unwrap_or("ws://127.0.0.1:8080/");
    run(url, Locale::EN, std::thread::sleep);
}
