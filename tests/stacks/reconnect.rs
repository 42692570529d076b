//! The reconnect example (examples/reconnect.rs) against its loopback server: the Korean user
//! sees a restart, a countdown, a lost connection, another countdown, and the end.

#[path = "../../examples/reconnect.rs"]
#[allow(dead_code)]
mod example;

use closecode::Locale;

#[tokio::test]
async fn the_client_reconnects_twice_and_stops_at_a_code_only_the_app_knows() {
    let lines = tokio::time::timeout(std::time::Duration::from_secs(20), example::run(Locale::KO))
        .await
        .expect("the example finishes")
        .expect("the loopback server answers");
    assert_eq!(lines.len(), 5, "{lines:#?}");
    assert_eq!(
        lines[0],
        "서버가 다시 시작되는 중입니다. 잠시 후 다시 연결합니다."
    );
    assert!(
        lines[1].ends_with("초 뒤에 다시 연결합니다."),
        "{}",
        lines[1]
    );
    assert_eq!(
        lines[2],
        "연결이 끊어졌습니다. 앱이 다시 연결을 시도합니다."
    );
    assert!(
        lines[3].ends_with("초 뒤에 다시 연결합니다."),
        "{}",
        lines[3]
    );
    assert_eq!(lines[4], "서버가 연결을 종료했습니다.");
    // The server's reason never reaches the user.
    assert!(lines.iter().all(|l| !l.contains("server reason")));
}
