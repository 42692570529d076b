## 닫기 프레임(RFC 6455 5.5.1절)의 해석, 검증, 인코딩입니다.

label-close-frame = 닫기 프레임
label-payload = 페이로드
label-reason = 닫기 사유
label-verdict = 판정
label-schedule = 재연결 일정 예시
label-attempt = 시도
duration-seconds = { $seconds }초
reconnect-in = { $seconds ->
    [0] 지금 바로
   *[other] { $seconds }초 뒤
}
label-delay = 지연

frame-valid = 올바른 닫기 프레임입니다.
frame-valid-refused = RFC 6455는 허용하지만, 다음 상대방은 이 프레임을 거부합니다: { $peers }.
list-separator = {", "}
# 레이블 뒤, 내용 앞에 오는 구분 기호("오류: ...").
after-label = {": "}
frame-invalid = 잘못된 프레임입니다. { $code } 코드를 보내고 연결을 끊으십시오.
frame-empty = 빈 페이로드입니다. 상태 코드가 없으므로 1005 코드로 보고합니다.
frame-error-one-byte = 페이로드가 1바이트입니다. 닫기 페이로드는 비어 있거나 2바이트 코드로 시작해야 합니다.
frame-error-too-long = 페이로드가 { $length }바이트입니다. 닫기 프레임에는 최대 125바이트까지만 담을 수 있습니다.
frame-error-utf8 = 닫기 사유의 처음 { $valid }바이트 뒤가 올바른 UTF-8이 아닙니다.
frame-error-utf8-start = 닫기 사유가 첫 바이트부터 올바른 UTF-8이 아닙니다.
frame-error-utf8-cut = 닫기 사유가 처음 { $valid }바이트 뒤에서 UTF-8 문자 중간에 끝납니다.
frame-error-code = { $code } 코드는 닫기 프레임에 쓸 수 없습니다.
encode-error-code = { $code } 코드는 닫기 프레임에 담아 보낼 수 없습니다.
encode-error-reserved = { $code } 코드는 뜻이 없는 예약 코드입니다. RFC 6455는 닫기 프레임에 허용하지만 라이브러리가 거부하므로, closecode는 보내지 않습니다.
encode-error-reason = 닫기 사유가 { $length }바이트입니다. 닫기 사유는 최대 123바이트까지만 쓸 수 있습니다.

## 실제 상대방이 닫기 페이로드를 받았을 때 하는 일입니다(data/peers.toml).
label-peers = 상대방별 반응
label-peers-receive = 이 코드를 받은 상대방의 반응
label-peer = 상대방
label-peer-sees = 애플리케이션이 받는 것
label-peer-replies = 돌려보내는 것
peer-sees-no-code = 코드 없는 닫기
peer-sees-error = 오류: { $error }
peer-replies-empty = 빈 닫기 프레임
peer-replies-nothing = 닫기 프레임을 보내지 않음
peers-all-accept = closecode 표의 모든 라이브러리와 브라우저가 이 페이로드를 받아들이고 그대로 전달합니다.
peer-accepts = { $peer }: 이 페이로드를 받아들입니다.
peer-refuses = { $peer }: 이 페이로드를 받아들이지 않습니다.

## 연결을 끊을 때 보낼 코드와 그 이유입니다.
label-recommendation = 이 코드를 고른 이유
frame-why-protocol = 페이로드가 RFC 6455의 닫기 프레임 규칙(§5.5, §7.4)을 어깁니다. 프로토콜 오류에는 1002를 보냅니다.
frame-why-utf8 = 코드는 유효하지만 닫기 사유가 UTF-8이 아닙니다. RFC 6455 §8.1은 연결을 끊으라고만 하고 코드를 정하지 않습니다. closecode는 Python websockets와 Node ws처럼 1007을 보내지만, §7.4.1은 1007을 메시지 안의 데이터에 쓰라고 정의합니다. gorilla, .NET, Chromium은 1002로 응답하며, Autobahn TestSuite는 둘 다 허용합니다.
frame-why-both = 코드와 닫기 사유가 모두 잘못되었습니다. closecode는 페이로드 앞부분에 있어 디코딩 없이 판단할 수 있는 코드 쪽을 택해 1002를 보냅니다. 닫기 사유를 먼저 디코딩하는 상대방은 닫기 사유에 먼저 반응합니다. Python websockets 10 이상은 1007로 응답하고, tungstenite와 Firefox는 닫기 프레임을 보내지 않습니다.
