## 두 코드의 비교입니다. $a와 $b는 코드 번호, $name_a와 $name_b는 코드 이름입니다.
## 숫자 뒤에 조사가 오지 않도록 "{ $a } 코드는"처럼 씁니다.

compare-title = { $a } { $name_a } · { $b } { $name_b } 비교
compare-intro = { $a }({ $name_a }) 코드와 { $b }({ $name_b }) 코드의 비교입니다. 각 코드의 뜻, 보게 되는 경우와 해결 방법, 두 코드를 가르는 차이점, 상황별로 보내거나 예상할 코드를 정리했습니다.
compare-intro-same = { $a }({ $name_a }) 코드를 자기 자신과 비교했습니다. 두 쪽이 같은 코드이므로 다른 점이 없습니다.
## 주요 차이점 하나입니다. $fact_a와 $fact_b는 아래 pred- 메시지나 .cause처럼 완결된 문장입니다.
compare-difference = { $a } 코드는 { $fact_a } 반면 { $b } 코드는 { $fact_b }
compare-no-differences = { $a } 코드와 { $b } 코드는 코드 표의 기본 정보가 모두 같습니다. 다른 것은 설명뿐입니다.
compare-same-code = 차이점이 없습니다. 두 쪽 모두 { $a } 코드입니다.

## 서술부: "1006 코드는 ..." 뒤에 이어지는 완결된 문장입니다.
pred-wire-sendable = 닫기 프레임에 담아 보낼 수 있습니다.
pred-wire-reserved = RFC 6455가 닫기 프레임에 허용하지만 뜻이 없는 코드라서, 라이브러리는 거부하고 브라우저는 받아들입니다.
pred-wire-local-only = 로컬에서만 보고하며, 닫기 프레임에 담아 보내면 안 됩니다.
pred-wire-invalid = 닫기 프레임에 쓸 수 없는 코드입니다. 라이브러리는 거부하지만, 브라우저는 페이지에 그대로 전달합니다.
pred-browser-yes = 브라우저 스크립트가 `WebSocket.close()`로 보낼 수 있습니다.
pred-browser-no = 브라우저 스크립트가 보낼 수 없습니다. `WebSocket.close()`가 `InvalidAccessError`를 던집니다.
pred-http = HTTP { $status }에 해당합니다.
pred-http-none = 대응하는 HTTP 상태가 없습니다.
pred-registered-rfc = RFC 6455가 직접 정의했습니다.
pred-registered-on = RFC 6455가 나온 뒤인 { $year }년 { $month }월 { $day }일에 IANA에 등록되었습니다.
pred-registered-later = RFC 6455가 나온 뒤에 IANA에 등록되었습니다.
pred-unregistered = 등록되지 않았으며, { $first }~{ $last } 범위에 속합니다.
pred-retry-done = 의도한 종료이므로 재연결하지 않습니다.
pred-retry-backoff = 받으면 지수 백오프와 지터를 적용해 재연결해야 합니다(closecode 재연결 일정: 처음 0~5초, 이후 두 배씩 늘려 최대 60초, 10회까지).
pred-retry-randomized-delay = 받으면 5~30초 사이의 무작위 지연 뒤에 재연결해야 합니다(closecode 재연결 일정: 이후 두 배씩 늘려 최대 120초, 10회까지).
pred-retry-elsewhere = 받으면 다른 서버로 연결하거나 한참 뒤에 다시 시도해야 합니다(closecode 재연결 일정: 처음 30~120초, 이후 두 배씩 늘려 최대 600초, 10회까지).
pred-retry-fix-first = 원인을 고치기 전에는 재연결할 때마다 다시 받게 됩니다.
pred-retry-credentials = 받으면 새 자격 증명이나 권한을 얻은 뒤에야 재연결이 성공합니다.
pred-retry-app-defined = 표준으로 정해진 뜻이 없는 번호이므로, 애플리케이션이 정한 경우에만 재연결합니다.
pred-sender-either = 양쪽 엔드포인트가 모두 보낼 수 있습니다.
pred-sender-client = 클라이언트만 보냅니다.
pred-sender-server = 서버가 보냅니다.
pred-sender-gateway = 게이트웨이나 프록시가 클라이언트에 보냅니다.
pred-sender-nobody = 어떤 엔드포인트도 보내면 안 됩니다.

## 상대방 표(data/peers.toml)가 코드를 받았을 때의 처리입니다. $peers는 거부하는 상대방, $reply는 그들이 모두 응답하는 코드입니다.
label-peer-treatment = 상대방의 처리
pred-peers-all-accept = closecode 상대방 표의 모든 라이브러리와 브라우저가 받아들입니다.
pred-peers-none-accept = closecode 상대방 표의 모든 라이브러리와 브라우저가 거부합니다.
pred-peers-refused = { $peers }에서 거부하며, 나머지 상대방은 받아들입니다.
pred-peers-refused-reply = { $peers }에서 거부하고 { $reply } 코드로 응답하며, 나머지 상대방은 받아들입니다.
label-shared-scenarios = 두 코드를 모두 만나는 상황
