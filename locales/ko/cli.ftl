## closecode 명령의 도움말, 사용법 오류, 명령 자체의 오류와 알림입니다. 도움말은 쓴 그대로
## 출력하므로 인라인 코드 표시를 쓰지 않습니다. 플래그, 명령, 값 이름은 영어 그대로 둡니다.

## 도움말과 사용법 오류의 제목입니다.
cli-heading-usage = 사용법
cli-heading-commands = 명령
cli-heading-arguments = 인수
cli-heading-options = 옵션
cli-label-error = 오류
cli-label-notice = 알림

## -h/--help, -V/--version, help 명령입니다.
cli-help = 도움말을 출력합니다(-h는 요약, --help는 전체).
cli-version = 버전을 출력합니다.
cli-help-command = 이 도움말이나 지정한 명령의 도움말을 출력합니다.
cli-help-command-arg = 도움말을 볼 명령입니다.

## 명령: 한 줄 설명과, 일부 명령은 --help에서 보여 줄 긴 설명입니다.
cli-about = WebSocket 닫기 코드를 설명합니다. 코드의 뜻, 이 코드를 보게 되는 경우, 해결 방법을 알려 줍니다.
cli-show-about = 닫기 코드를 설명합니다. 코드마다 페이지 하나를 출력합니다.
cli-show-long-about = 닫기 코드를 설명합니다. 코드마다 페이지 하나를 출력합니다. 페이지는 답으로 시작합니다(코드의 뜻, 주요 원인, 재연결 여부, 먼저 확인할 것). 이어서 해결 방법, 사용자에게 보여 줄 안내, 상대방의 동작, 기본 정보가 나옵니다. closecode 1006처럼 코드나 이름, 실패 ID만 주면 그 페이지를 보여 주고, closecode "websocket: close 1006"처럼 따옴표로 묶은 로그 한 줄을 주면 그 줄을 설명합니다.
cli-compare-about = 닫기 코드 두 개를 비교합니다.
cli-compare-long-about = 닫기 코드 두 개를 비교합니다. 소개, 나란히 놓은 기본 정보, 코드별 설명, 기본 정보에서 계산한 주요 차이점, 상황별 대응을 출력합니다.
cli-list-about = 등록된 닫기 코드와 범위를 모두 나열합니다. --profile을 주면 프로필의 코드를 나열합니다.
cli-profiles-about = 함께 제공하는 프로토콜 프로필을 나열합니다. id, 이름, 서브프로토콜, 코드를 보여 줍니다.
cli-scenarios-about = 눈에 보이는 증상에서 시작합니다. 증상별 안내 목록(정확히 N초 뒤에 끊기는 연결, open 전의 1006 코드 등)을 보여 주거나, 안내 하나의 가능성이 높은 원인, 원인을 가려내는 방법, 해결 방법을 보여 줍니다.
cli-failures-about = 연결 실패를 나열합니다. 닫기 프레임 없이, 또는 그 전에 끝난 연결입니다. 업그레이드 거부(http-401), TLS나 DNS 실패, 거부되거나 재설정된 연결 등이 있습니다.
cli-frame-about = 16진수로 쓴 닫기 프레임 페이로드를 해석합니다.
cli-frame-long-about = 16진수로 쓴 닫기 프레임 페이로드를 해석합니다. 예: 03e9, "03e9 6279 65". 코드, 닫기 사유(이스케이프해서), 프레임이 올바른지와 모든 문제, 연결을 어떤 코드로 실패 처리할지와 그 이유, 잘 알려진 라이브러리와 브라우저가 이 프레임을 받으면 어떻게 하는지(애플리케이션에 보이는 것, 돌려보내는 것), 코드의 뜻을 출력합니다.
cli-explain-about = 로그 줄을 설명합니다. 줄마다 무엇을 알리는지, 누가 정했는지, 사유, 할 일을 알려 줍니다.
cli-explain-long-about = 로그 줄을 설명합니다. 줄마다 무엇을 알리는지, 누가 정했는지, 사유, 할 일을 알려 줍니다. 인수로 준 줄을 읽거나, 표준 입력에서 로그 전체를 스트리밍으로 한 줄씩 읽습니다. Python websockets, gorilla/websocket, ws, tungstenite, Chromium, Firefox, SignalR, OkHttp, Java-WebSocket, .NET, Spring, Jetty, undici, socket.io, graphql-ws, Discord 게이트웨이, nginx, coder/websocket, Ktor, Netty, websocket-client, Starscream, Deno의 메시지와 OS, 이름 확인(DNS), TLS의 오류를 인식하고, 줄이 닫기 코드라고 밝힌 숫자("close code 4001", "closed with 1006")도 읽습니다. 종료 상태는 인식한 줄이 있으면 0, 없으면 1, 입력이 잘못되면 2입니다. --format json을 주면 인식한 줄마다 객체 하나를 출력합니다.
cli-completions-about = 셸 자동 완성 스크립트를 출력합니다: closecode completions bash > /etc/bash_completion.d/closecode
cli-man-about = 매뉴얼 페이지(roff, 영어)를 출력합니다: closecode man > closecode.1
cli-retry-about = 코드를 받은 뒤 재연결할지, 언제 할지 알려 줍니다.
cli-retry-long-about = 코드를 받은 뒤 재연결할지, 언제 할지 알려 줍니다. 권고와 지연 시간 일정의 예(RFC 6455 7.2.3절의 백오프)를 출력합니다.
cli-docs-about = 영어, 한국어, 일본어로 된 정적 참조 사이트를 만듭니다.
cli-docs-long-about = 영어, 한국어, 일본어로 된 정적 참조 사이트를 만듭니다. 언어마다 색인, 코드와 범위마다 페이지 하나, 등록된 코드 두 개의 모든 조합마다 비교 페이지, 찾기 페이지, 검색 색인을 씁니다. 링크는 상대 경로이고 hreflang 대체 링크가 붙습니다. --base-url을 주면 정규 URL과 사이트맵도 씁니다(사이트맵에는 절대 URL만 쓸 수 있습니다).
cli-catalog-about = closecode의 카탈로그 전체를 한 언어의 Fluent 텍스트로 출력합니다. 번역가와 애플리케이션을 위한 것입니다.
cli-catalog-long-about = closecode의 카탈로그 전체를 한 언어(--lang)의 Fluent 텍스트로 출력합니다. 모든 메시지 ID 앞에 같은 접두사가 붙어 있어 애플리케이션이 자기 메시지와 함께 불러올 수 있고, 각 메시지에는 어디에 쓰이는지와 어떤 변수를 받는지 알려 주는 주석이 붙습니다. 번역한 파일은 --catalog FILE --lang TAG로 미리 볼 수 있고, 애플리케이션은 closecode의 NewLocale(기능 locale-files)로 실행 중에 추가할 수 있습니다.

## 인자와 옵션입니다.
cli-arg-codes = 번호(1006)나 이름(GOING_AWAY, going-away, "Going Away", EndpointUnavailable, "비정상 종료", 異常終了)으로 쓴 닫기 코드, 또는 id로 쓴 연결 실패(http-401, tls-expired, dns 등, closecode failures 참고)입니다.
cli-arg-compare-a = 첫 번째 코드입니다. 번호, 이름, 연결 실패 id(http-401, dns)를 쓸 수 있습니다.
cli-arg-compare-b = 두 번째 코드입니다. 번호, 이름, 연결 실패 id를 쓸 수 있습니다.
cli-arg-scenario = 증상별 안내의 id입니다. 예: drops-after-idle. 생략하면 목록을 출력합니다.
cli-arg-hex = 16진수로 쓴 페이로드입니다. 공백은 무시합니다. -를 쓰면 표준 입력에서 읽습니다.
cli-arg-peer = 이 상대방의 반응만 보여 줍니다. id나 이름을 씁니다. 예: chromium, node-ws, tungstenite, "gorilla/websocket".
cli-arg-lines = 로그 줄입니다(-로 시작하는 줄은 -- 뒤에 씁니다). 주지 않거나 -를 주면 표준 입력을 읽습니다.
cli-arg-max-line = 이 바이트 수보다 긴 줄은 알림과 함께 건너뛰어 메모리 사용량을 제한합니다. 1부터 1073741824까지 쓸 수 있습니다. 기본값: { $default }
cli-arg-shell = 셸입니다: { $shells }
cli-arg-retry-code = 코드입니다. 번호, 이름, 연결 실패 id(http-429, tls-expired)를 쓸 수 있습니다.
cli-arg-seed = 예시 일정에 쓰는 지터의 시드입니다(같은 시드는 같은 지연 시간을 냅니다). 기본값: { $default }
cli-arg-out = 파일을 쓸 폴더입니다(없으면 만듭니다).
cli-arg-docs-lang = 사이트의 언어입니다. 쉼표로 구분합니다. 예: en,ja,ko. 기본값은 closecode가 제공하는 모든 언어입니다. 알림과 오류는 첫 번째 언어로 출력합니다.
cli-arg-base-url = 사이트를 제공할 URL입니다. 페이지에 절대 정규 URL과 hreflang URL이 붙고 sitemap.xml을 씁니다. 주지 않으면 사이트맵이 없습니다.
cli-arg-docs-profile = 이 프로필(제공하는 프로필의 id나 프로필 파일)의 코드마다 페이지도 씁니다. 팀이 자체 코드를 게시할 수 있습니다.
cli-arg-lang = 텍스트와 메시지의 언어입니다. ko, ko-KR, ja, en 같은 태그를 씁니다. 기본값은 LC_ALL, LC_MESSAGES, LANG 순서로 정하고, 모두 없으면 영어입니다.
cli-arg-format = 출력 형식입니다. text(터미널용 일반 텍스트), md(README와 mdBook용 CommonMark), html(독립된 HTML 페이지), json(JSON 데이터) 중 하나입니다. 기본값: text
cli-arg-profile = 3000~4999 코드를 이 프로토콜이나 애플리케이션이 정한 뜻으로 읽습니다. 제공하는 프로필의 id({ $profiles }, closecode profiles 참고)나 프로필 파일의 경로를 씁니다. 레지스트리 코드의 뜻은 그대로입니다.
cli-arg-width = 텍스트 출력을 이 열 수에서 줄 바꿈합니다. 40부터 400까지 쓸 수 있습니다. 기본값은 터미널에서 80이고, 출력이 파일이나 파이프로 가면 줄 바꿈하지 않습니다.
cli-arg-examples = CI가 테스트 서버를 상대로 실행하는 전체 예제 프로그램(브라우저, Rust, Python, 그리고 프록시가 흔한 원인이면 nginx)도 출력합니다.
cli-arg-full = 텍스트 출력에서 페이지 전체를 출력합니다. 이 코드를 보게 되는 경우, 보낼 때와 받았을 때 할 일, 상대방의 동작, 기본 정보도 함께 나옵니다. 이 옵션이 없으면 터미널 페이지에는 답과 해결 방법, 사용자에게 보여 줄 안내만 나옵니다.
cli-show-more = 전체 페이지({ $command })에서는 { $sections } 항목도 볼 수 있습니다.
cli-arg-prefix = 모든 메시지 ID 앞에 붙일 접두사입니다. 기본값: { $default }.
cli-arg-catalog = 이 Fluent 파일을 --lang이 가리키는 언어의 텍스트로 씁니다. 번역한 closecode 카탈로그를 미리 볼 때 쓰며, 파일이 여러 개면 반복해서 지정합니다. closecode가 자기 카탈로그를 검사하는 방식 그대로 파일을 검사하며, 문제가 있는 파일은 문제마다 위치(파일, 줄, 열)를 알려 주고 거부합니다.
cli-arg-partial = --catalog와 함께 쓰며, 메시지가 빠진 파일도 받아들입니다. 빠진 메시지는 영어로 표시됩니다.

## 사용법 오류: 무엇이 잘못되었고 무엇이 맞는지 알려 줍니다. $arg는 도움말에 쓰인 옵션
## (--width <WIDTH>), $value는 입력한 값입니다.
cli-usage-unknown-argument = 알 수 없는 인수입니다: { $arg }
cli-usage-did-you-mean = 혹시 다음을 찾으셨습니까? { $suggestion }
cli-usage-as-value = 값으로 넘기려면 -- { $arg } 형식으로 쓰십시오.
cli-usage-unknown-command = 알 수 없는 명령입니다: { $command }. 쓸 수 있는 명령: { $commands }
cli-usage-missing-command = 명령이 빠졌습니다. 쓸 수 있는 명령: { $commands }
cli-usage-invalid-value = { $arg } 옵션에 쓸 수 없는 값입니다: { $value }. 쓸 수 있는 값: { $values }
cli-usage-bad-value = { $arg } 옵션에 쓸 수 없는 값입니다: { $value }. { $expected }
cli-usage-value-required = 값이 필요한 옵션입니다: { $arg }
cli-usage-missing = 꼭 필요한 인수가 빠졌습니다: { $args }
cli-usage-repeated = 한 번만 쓸 수 있는 옵션입니다: { $arg }
cli-usage-conflict = 함께 쓸 수 없는 인수입니다: { $arg }, { $other }
cli-usage-extra-value = 남는 값입니다: { $value }
cli-usage-utf8 = 올바른 UTF-8이 아닌 인수가 있습니다. 인수는 텍스트여야 합니다.
cli-usage-other = 인수가 올바르지 않습니다.
cli-usage-more = 자세한 내용은 --help 출력을 보십시오.
cli-expected-width = 40부터 400까지의 열 수를 쓰십시오.
cli-expected-max-line = 1부터 1073741824까지의 바이트 수를 쓰십시오.
cli-expected-seed = 0부터 18446744073709551615까지의 정수를 쓰십시오.
cli-expected-number = 정수를 쓰십시오.

## 명령의 오류와 알림입니다.
cli-error-code = { $input }: 이 이름의 닫기 코드가 없습니다. 0부터 65535까지의 번호, GOING_AWAY나 비정상 종료 같은 이름, http-401, tls-expired, dns 같은 연결 실패 id(closecode failures 참고)를 쓰십시오.
cli-error-code-empty = 닫기 코드가 비어 있습니다. 0부터 65535까지의 번호, GOING_AWAY나 비정상 종료 같은 이름, http-401, tls-expired, dns 같은 연결 실패 id(closecode failures 참고)를 쓰십시오.
cli-error-code-not-a-number = { $input }: 10진수가 아닙니다. 부호나 공백 없이 0부터 65535까지의 번호를 쓰십시오.
cli-error-code-leading-zero = { $input }: 닫기 코드는 0으로 시작하지 않습니다. 1000처럼 0부터 65535까지의 번호를 쓰십시오.
cli-error-code-too-large = { $input }: 닫기 코드는 16비트 숫자라서 { $number }처럼 큰 수는 쓸 수 없습니다. 0부터 65535까지의 번호를 쓰십시오.
cli-error-code-suggestion = { $input }: 이 이름의 닫기 코드가 없습니다. 혹시 { $suggestion } 코드를 찾으셨습니까? 0부터 65535까지의 번호, GOING_AWAY나 비정상 종료 같은 이름, http-401 같은 연결 실패 id를 쓰십시오.
cli-error-scenario = { $input }: 이 id의 증상별 안내가 없습니다. 다음 중 하나를 쓰십시오: { $ids }
cli-error-peer = { $input }: closecode가 모르는 상대방입니다. 다음 중 하나를 쓰십시오: { $ids }
cli-error-profile = --profile { $input }: 제공하는 프로필({ $ids })도 아니고 파일도 아닙니다.
cli-error-profile-problems = 프로필에 문제가 있습니다:
cli-error-catalog-problems = 카탈로그에 문제가 있습니다:
cli-error-catalog-lang = --catalog에는 파일의 언어를 가리키는 --lang이 필요합니다(예: --lang de)
cli-notice-catalog-missing = 카탈로그에 메시지 { $count }개가 빠져 있어 영어로 표시합니다
cli-error-hex-character = 16진수 페이로드가 아닙니다: 입력의 { $position }번째 문자({ $character })는 16진수 숫자가 아닙니다. 03e9나 "03e9 6279 65"처럼 16진수 숫자를 두 개씩 쓰십시오.
cli-error-hex-odd = 16진수 페이로드가 아닙니다: 16진수 숫자의 개수가 홀수입니다. 바이트마다 숫자 두 개가 필요합니다. 예: 03e9, "03e9 6279 65"
cli-error-hex-too-long = 16진수 페이로드가 아닙니다: { $max }바이트를 넘습니다. 닫기 페이로드는 많아야 { $payload }바이트입니다.
cli-error-stdin = 표준 입력에서 16진수를 읽을 수 없습니다: { $error }
cli-error-stdin-too-long = 표준 입력이 { $mib }MiB보다 깁니다. 16진수로 쓴 닫기 페이로드는 수백 바이트입니다.
cli-error-docs-lang = --lang { $input }: 맞는 언어가 없습니다. 쓸 수 있는 언어: { $available }
cli-error-docs-no-lang = --lang에 언어가 없습니다. en,ja,ko 같은 태그를 쓰십시오.
cli-error-write = 파일을 쓸 수 없습니다: { $path }: { $error }
cli-error-output = 출력을 쓸 수 없습니다: { $error }
cli-error-man = 매뉴얼 페이지를 만들 수 없습니다: { $error }
cli-docs-wrote = 파일 { $files }개를 썼습니다. 언어: { $languages }, 폴더: { $folder }
cli-notice-language = { $source }={ $value }: 맞는 언어가 없습니다. 쓸 수 있는 언어: { $available }. { $fallback } 언어로 출력합니다.
cli-notice-language-invalid = { $source }={ $value }: 언어 태그가 아닙니다. ko-KR 같은 BCP 47 태그나 ko_KR.UTF-8 같은 POSIX 로캘을 쓰십시오. { $fallback } 언어로 출력합니다.
