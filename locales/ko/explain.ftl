## `closecode explain`: 로그 한 줄이 보고하는 내용입니다.

explain-line = { $line }번째 줄
label-explain-reports = 보고 내용
label-decided-by = 결정한 쪽
label-format = 형식
label-message = 메시지
label-protocol = 프로토콜
who-peer = 상대방: 상대방에게서 받음
who-local = 이쪽: 로컬에서 결정함
who-unknown = 줄에 나와 있지 않음

explain-failure-http = 서버가 HTTP { $status } 응답으로 업그레이드를 거부함
explain-failure-handshake = 여는 핸드셰이크가 실패함. 이유는 줄에 나와 있지 않음
explain-failure-tls-certificate = TLS 실패: 인증서가 거부됨
explain-failure-tls-expired = TLS 실패: 인증서가 만료되었거나 아직 유효하지 않음
explain-failure-tls-untrusted = TLS 실패: 인증서 발급자를 신뢰할 수 없음
explain-failure-tls-hostname = TLS 실패: 인증서가 다른 호스트 이름용임
explain-failure-tls-protocol = TLS 실패: 양쪽이 함께 쓸 수 있는 TLS 버전이나 암호 스위트가 없음
explain-failure-tls = TLS 실패
explain-failure-dns = 호스트 이름을 찾지 못함(DNS)
explain-failure-refused = 서버가 TCP 연결을 거부함
explain-failure-reset = 연결이 재설정(reset)됨
explain-failure-timeout-connect = 연결 또는 여는 핸드셰이크가 제한 시간을 넘김
explain-failure-timeout-idle = 열린 연결에서 제한 시간 동안 pong도 데이터도 오지 않음
explain-failure-timeout = 제한 시간을 넘김
explain-failure-seen-by-app = 브라우저는 이 실패를 이유 없이 1006 코드로 보고합니다.

explain-see-line = 설명은 위의 { $line }번째 줄을 참고하십시오.
explain-unrecognized = 알려진 형식에 맞지 않는 줄입니다.
explain-none = 닫기 코드나 연결 실패를 보고하는 줄이 없습니다.
explain-too-long = { $line }번째 줄은 { $max }바이트보다 길어 건너뛰었습니다.
explain-summary = 읽은 줄: { $lines }, 인식한 줄: { $recognized }.
explain-error-read = 표준 입력을 읽을 수 없습니다: { $error }
explain-error-terminal = 로그 줄을 인수로 주거나, 로그를 표준 입력으로 넘겨 주십시오.

label-received = 받은 코드
label-sent = 보낸 코드
label-details = 자세히
explain-refused = 상대방이 보낸 닫기 코드 { $received } 값을 이 라이브러리가 거부했고, 닫기 코드 { $sent } 값으로 연결을 실패 처리했습니다.
explain-by-context = 알 수 없음: 주변 단어에서 코드를 읽었습니다
explain-by-message = 알 수 없음: OS, 이름 확인(DNS) 또는 TLS의 오류 메시지입니다
