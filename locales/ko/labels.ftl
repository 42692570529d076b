## 렌더링한 페이지와 CLI가 텍스트 주위에 붙이는 제목과 문구입니다.

locale-name = 한국어

label-description = 설명
label-symptom = 이 코드를 보게 되는 경우
label-remedy = 해결 방법
label-key-differences = 주요 차이점
label-when-to-use = 상황별 대응
label-facts = 기본 정보
label-range = 범위
label-reference = 출처
label-registered-on = 등록일
label-wire = 전송
label-browser = 브라우저 close()
label-sent-by = 보내는 쪽
label-retry = 재연결
label-http = 대응하는 HTTP 상태
label-iana-name = IANA 레지스트리 표기
iana-sentence = 이름 대신 설명문으로 등록됨(뜻은 설명 참고)
label-other-names = 다른 라이브러리의 이름

wire-sendable = 닫기 프레임에 담아 보낼 수 있음
wire-reserved = RFC 6455는 허용하지만 라이브러리는 거부하고 브라우저는 받아들임
wire-local-only = 로컬 전용: 엔드포인트가 보고만 하고 전송하지 않음
wire-invalid = 닫기 프레임에 쓸 수 없음
browser-yes = 스크립트에서 close()로 보낼 수 있음
browser-no = close()가 거부함
status-registered = IANA 등록 코드
status-unregistered = 등록되지 않음

## 재연결 분류(data/close-codes.toml의 retry).
retry-done = 재연결하지 않음: 의도한 대로 연결이 끝남
retry-backoff = 지수 백오프와 지터를 적용해 재연결: 처음 0~5초, 이후 두 배씩 늘려 최대 60초, 10회까지
retry-randomized-delay = 5~30초 사이의 무작위 지연 뒤 재연결: 이후 두 배씩 늘려 최대 120초, 10회까지
retry-elsewhere = 다른 서버로 재연결하거나 한참 뒤에 재연결: 처음 30~120초, 이후 두 배씩 늘려 최대 600초, 10회까지
retry-fix-first = 원인을 고치기 전에는 재연결하지 않음
retry-credentials = 자격 증명이나 권한이 바뀌기 전에는 재연결하지 않음
retry-app-defined = 애플리케이션이 정함: 정하지 않으면 재연결하지 않음

## 같은 답을 한두 단어로: 표의 칸에 씁니다(색인의 요약표).
retry-token-done = 재연결 안 함
retry-token-backoff = 백오프로 재연결
retry-token-randomized-delay = 5~30초 뒤 재연결
retry-token-elsewhere = 다른 서버나 나중에
retry-token-fix-first = 원인 수정 먼저
retry-token-credentials = 새 자격 증명 필요
retry-token-app-defined = 애플리케이션이 정함

## 보내는 쪽(data/close-codes.toml의 sent_by).
sender-either = 양쪽 엔드포인트
sender-client = 클라이언트
sender-server = 서버
sender-gateway = 게이트웨이 또는 프록시
sender-nobody = 없음: 어떤 엔드포인트도 보내면 안 됨

## 비교 페이지, 표, 문서 사이트의 제목과 문구입니다.
label-cause = 흔한 원인
label-when-sending = 이 코드로 닫을 때
label-when-receiving = 이 코드를 받았을 때
label-user-message = 사용자에게 보여 줄 안내
label-registration = 등록
label-code = 코드
label-name = 이름
label-registered-codes = 등록된 닫기 코드
label-ranges = 범위
label-reference-title = WebSocket 닫기 코드
label-reference-intro = WebSocket 닫기 코드를 모두 모았습니다. IANA에 등록된 코드를 하나씩 설명하고, 등록되지 않은 번호의 뜻을 알려 주는 범위를 정리했습니다. 코드마다 기본 정보, 흔한 원인, 해결 방법을 담은 페이지가 있습니다.
label-compare-with = 비교해 볼 코드
label-all-comparisons = 모든 비교
label-back-to-index = 모든 닫기 코드
label-other-language = 다른 언어

## 재연결을 기다리는 동안 앱이 사용자에게 보여 줄 수 있는 안내입니다.
user-reconnecting = { $seconds ->
    [0] 지금 다시 연결합니다.
   *[other] { $seconds }초 뒤에 다시 연결합니다.
}

## 재연결 시도를 모두 쓴 뒤에 앱이 사용자에게 보여 줄 수 있는 안내입니다.
user-give-up = 다시 연결하지 못해 연결 시도를 멈췄습니다. 잠시 후 다시 시도해 주세요.

## 프로필: 프로토콜이나 애플리케이션이 정한 코드(data/profiles/).
label-profile = 프로필
label-profiles = 프로토콜 프로필
label-profiles-intro = 프로필은 3000~4999 닫기 코드에 프로토콜이나 애플리케이션이 부여한 의미를 담습니다. 코드마다 이름, 재연결 여부, 설명과 출처가 있습니다. --profile 옵션으로 고릅니다.
label-protocol-name = 프로토콜에서 쓰는 이름
label-codes = 코드
label-subprotocols = 서브프로토콜
label-sources = 출처
label-basis = 재연결 판단의 근거
basis-docs = 프로토콜 문서
basis-reference-client = 프로토콜 참조 클라이언트의 동작
basis-inferred = closecode의 판단: 프로토콜이 따로 권고하지 않음
no-profile-entry = { $profile }에는 { $code } 코드의 별도 의미가 없으므로 아래의 레지스트리 의미가 적용됩니다.
no-subprotocol = 없음: 프로토콜이 서브프로토콜을 정하지 않음

## 실패: 닫기 프레임 없이, 또는 그 전에 끝난 연결(data/failures.toml).
label-failure = 연결 실패
label-failure-symptom = 이 연결 실패를 보게 되는 경우
label-failures = 연결 실패
label-failures-intro = 많은 연결은 닫기 프레임이 오가기 전에 끝납니다. 서버가 업그레이드를 거부했거나, TLS나 DNS에 실패했거나, TCP 연결이 거부되거나 재설정되었거나, 상대방이 사라진 경우입니다. 브라우저는 이를 모두 1006 코드로 알리지만 원인과 대처는 저마다 다릅니다.
label-kind = 실패한 단계
kind-handshake = 업그레이드: 서버가 101이 아닌 HTTP 상태로 응답함
kind-tls = TLS: 보안 연결을 맺지 못함
kind-dns = DNS: 호스트 이름을 찾지 못함
kind-tcp = TCP: 연결이 거부되거나 재설정되거나 끊김
kind-timeout = 시간 초과: 제때 응답이 오지 않음
label-in-browser = 웹 페이지에 보이는 것
browser-error-then-close = error 이벤트 다음에 코드 1006, wasClean false인 close 이벤트가 옵니다. 페이지는 원인을 알 수 없습니다.
browser-close-only = error 이벤트 없이 코드 1006, wasClean false인 close 이벤트만 옵니다. 페이지는 원인을 알 수 없습니다.
label-retry-after = Retry-After
retry-after-wait = 서버가 Retry-After 헤더를 보낼 수 있습니다. 다음 시도까지 적어도 그만큼 기다리십시오.
label-reports = 라이브러리와 브라우저가 알리는 내용
label-report = 알림 내용
label-close-code = 닫기 코드
label-http-status = HTTP 상태

## 상황별 안내: 증상에서 시작하는 페이지(data/scenarios.toml).
label-scenarios = 증상별 안내
label-scenarios-intro = 눈에 보이는 증상에서 시작합니다. 안내마다 가능성이 높은 순서로 원인을 들고, 원인을 가려내는 방법과 해결 방법을 정리했습니다.
label-scenario = 안내
label-seen = 보이는 증상
label-likely-causes = 가능성이 높은 원인(높은 순)
label-tell-apart = 원인을 가려내는 방법
label-fix = 해결 방법
label-concerns = 관련 코드와 연결 실패

## 문서 사이트의 제목, 랜드마크, 바닥글, 검색, 두 코드 비교 선택기입니다.
document-title = { $title } · WebSocket 닫기 코드
label-site-nav = 사이트
label-languages = 언어
label-meaning = 의미
label-retry-tokens = 재연결 답의 뜻
label-start-here = 보이는 증상에서 시작하기
nav-scenarios = 증상별 안내
nav-failures = 연결 실패
nav-compare = 비교
language-hint = 브라우저 언어에 맞춘 추천: 한국어
site-footer = closecode { $version } · IANA 레지스트리 { $date } 기준
label-iana-registry = IANA 닫기 코드 레지스트리
label-search = 닫기 코드 찾기
search-placeholder = 번호나 이름: 1006, 비정상 종료
search-go = 찾기
label-search-results = 검색 결과
search-no-match = 그 번호나 이름을 가진 닫기 코드가 없습니다.
search-not-a-code = 닫기 코드는 0부터 65535까지의 정수입니다.
search-intro = 모든 닫기 코드를 번호와 이름으로 찾아볼 수 있습니다. 이 사이트의 모든 언어로 쓴 이름과 다른 라이브러리가 쓰는 이름도 함께 실었습니다. 위 상자에 번호를 입력하면 해당 페이지로 바로 이동합니다. 등록된 코드는 코드 페이지로, 등록되지 않은 번호는 그 번호가 속한 범위 페이지로 이동합니다.
compare-list-intro = 등록된 닫기 코드를 두 개씩 짝지어 모두 비교했습니다.
picker-title = 두 코드 비교
picker-first = 첫 번째 코드
picker-second = 두 번째 코드
picker-go = 비교
picker-same = 서로 다른 코드 두 개를 고르십시오.
picker-range = 비교 페이지는 등록된 코드끼리만 있습니다. 범위는 범위 페이지를 보십시오:
picker-compare-with = { $code } 코드와 비교할 코드
picker-failure = 이 둘을 비교한 페이지는 없습니다. 연결 실패는 브라우저가 그 실패에 대해 알리는 1006 코드와만 비교한 페이지가 있습니다. 명령줄에서는 어떤 둘이든 비교할 수 있습니다:
docs-no-sitemap = sitemap.xml을 쓰지 않았습니다. 사이트맵에는 절대 URL이 필요하므로, 만들려면 --base-url을 지정하십시오.

## 문자열이 닫기 코드가 아닌 이유(ParseCodeError)입니다. HTTP API의 400 응답처럼 애플리케이션이 사용자의 언어로 답할 때 씁니다.
parse-code-empty = 닫기 코드가 비어 있습니다. 0부터 65535까지의 번호나 GOING_AWAY, 비정상 종료 같은 이름을 쓰십시오.
parse-code-not-a-number = 닫기 코드가 10진수가 아닙니다. 0부터 65535까지의 번호를 쓰십시오.
parse-code-leading-zero = 닫기 코드는 0으로 시작하지 않습니다. 0부터 65535까지의 번호를 쓰십시오.
parse-code-too-large = 닫기 코드는 16비트 숫자라서 { $number }처럼 큰 수는 쓸 수 없습니다. 0부터 65535까지의 번호를 쓰십시오.
parse-code-too-many-digits = 닫기 코드는 16비트 숫자인데 이 값은 자릿수가 너무 많습니다. 0부터 65535까지의 번호를 쓰십시오.
parse-code-unknown-name = 이 이름의 닫기 코드가 없습니다. 0부터 65535까지의 번호나 GOING_AWAY, 비정상 종료 같은 이름을 쓰십시오.
parse-code-suggestion = 이 이름의 닫기 코드가 없습니다. 혹시 { $suggestion } 코드를 찾으셨습니까? 0부터 65535까지의 번호나 GOING_AWAY, 비정상 종료 같은 이름을 쓰십시오.
