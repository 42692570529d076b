## 연결 실패: 닫기 프레임을 주고받기 전에, 또는 닫기 프레임 없이 WebSocket 연결이 실패하는 경우의 텍스트입니다.
## docs/research/failures/failures.toml의 [[failure]]마다 같은 순서로 메시지 failure-<id> 하나를 둡니다.
## 값은 짧은 이름, .description은 무슨 일이 일어났고 브라우저의 페이지가 무엇을 보는지, .symptom은 라이브러리와
## 브라우저에서 드러나는 모습, .remedy는 해결 방법과 재연결 여부,
## .user는 앱이 최종 사용자에게 그대로 보여 줄 수 있는 안내입니다(알리는 문장은 합니다체로, 부탁하는 문장은 "다시 시도해 주세요"처럼 "~해 주세요"로 쓰며, 숫자와 전문 용어는 넣지 않습니다).
## 사실은 docs/research/failures/failures.toml과 README.md에서 가져왔습니다.
## 용어: 닫기 프레임, 닫기 코드, 여는 핸드셰이크, 재연결, 백오프, 지터, 자격 증명.
## 숫자 뒤에 조사를 바로 붙이지 않고 "1006 코드는", "HTTP 401 응답을"처럼 씁니다.

failure-http-400 = 업그레이드 거부: 400 Bad Request
    .description = 서버가 Upgrade 요청의 형식이 잘못되었다고 판단해, 여는 핸드셰이크에 101 Switching Protocols 대신 400 Bad Request 응답을 보냈습니다. 브라우저의 페이지에서는 error 이벤트와 close 이벤트(코드 1006, wasClean 값 false)가 차례로 발생하며, 상태 코드 자체는 스크립트에서 볼 수 없습니다.
    .symptom = 라이브러리는 상태 코드를 알려 줍니다. Python websockets는 InvalidStatus("server rejected WebSocket connection: HTTP 400")를 던지고, Node ws는 "Unexpected server response: 400" 오류를 내고, tungstenite는 Error::Http("HTTP error: 400 Bad Request")를 돌려주고, gorilla는 응답과 함께 "websocket: bad handshake"를 돌려주며, Chromium 콘솔에는 "Unexpected response code: 400"이 표시됩니다. 흔한 원인은 HTTP/1.1 GET이 아닌 요청, 빠진 Host, Upgrade, Connection 헤더, 형식이 잘못된 Sec-WebSocket-Key, 13 이외의 Sec-WebSocket-Version 값입니다. RFC 6455 4.4절의 예시도 모르는 버전에 400 응답을 보냅니다.
    .remedy = 같은 요청에는 같은 응답이 돌아오므로, 클라이언트나 요청을 고쳐 쓰는 프록시를 고치기 전에는 재연결하지 마십시오. 서버가 받은 Upgrade 요청을 RFC 6455 4.2.1절과 비교하고, 모든 프록시가 Upgrade와 Connection 헤더를 전달하는지 확인하십시오. 응답에 Sec-WebSocket-Version 헤더가 있으면 거기에 적힌 버전 가운데 하나를 쓰십시오.
    .user = 지금은 서비스에 연결할 수 없습니다. 앱을 업데이트하거나 나중에 다시 시도해 주세요.

failure-http-401 = 업그레이드 거부: 401 Unauthorized
    .description = 요청에 유효한 자격 증명이 없어서 서버가 여는 핸드셰이크에 401 Unauthorized 응답을 보냈고, 받아들이는 인증 방식은 WWW-Authenticate 헤더에 적었습니다. 브라우저의 페이지에서는 error 이벤트와 close 이벤트(코드 1006, wasClean 값 false)가 차례로 발생하며, 401 상태 코드는 스크립트에서 볼 수 없습니다.
    .symptom = Python websockets는 InvalidStatus("HTTP 401")를 던지고, Node ws는 "Unexpected server response: 401" 오류를 내고, tungstenite는 "HTTP error: 401 Unauthorized"를 돌려주며, .NET은 101 상태 코드를 기대했는데 401 상태 코드가 왔다고 알립니다. Chromium은 401 응답을 HTTP 인증으로 처리하므로 응답 코드 대신 "HTTP Authentication failed; no valid credentials available"을 콘솔에 남깁니다. 그래서 콘솔에서 401 상태 코드를 검색해도 찾을 수 없습니다.
    .remedy = 새 자격 증명이나 갱신한 자격 증명이 있을 때만 재연결하십시오. 토큰을 갱신하거나 사용자에게 로그인을 요청한 뒤 새 연결을 여십시오. 같은 자격 증명으로 다시 요청하면 똑같이 실패하며, Python websockets도 401 응답은 스스로 재시도하지 않습니다.
    .user = 세션이 만료되었습니다. 다시 로그인해 주세요.

failure-http-403 = 업그레이드 거부: 403 Forbidden
    .description = 서버가 요청을 이해했지만 거부하며 여는 핸드셰이크에 403 Forbidden 응답을 보냈습니다. RFC 6455에 따라 서버는 허용하지 않는 Origin에도 403 응답을 보내며, 이 경우는 자격 증명을 바꿔도 해결되지 않습니다. 브라우저의 페이지에서는 상태 코드 없이 error 이벤트와 close 이벤트(코드 1006, wasClean 값 false)만 발생합니다.
    .symptom = Python websockets는 InvalidStatus("HTTP 403")를 던지고, Node ws는 "Unexpected server response: 403" 오류를 내고, tungstenite는 "HTTP error: 403 Forbidden"을, gorilla는 "websocket: bad handshake"를 돌려주며, Chromium 콘솔에는 "Unexpected response code: 403"이 표시됩니다. 거부의 이유는 자격 증명일 수도 있고, 서버가 허용하지 않는 Origin에서 열린 페이지처럼 자격 증명과 상관없는 것일 수도 있습니다.
    .remedy = 자격 증명을 한 번 갱신해서 재연결하고, 같은 자격 증명으로는 절대 다시 요청하지 마십시오. 새 자격 증명으로도 403 응답이 오면 멈추십시오. 자격 증명으로 해결되지 않는 Origin 검사나 권한 문제일 가능성이 높으므로, 서버가 허용하는 Origin과 사용자의 권한을 확인하십시오.
    .user = 이 서비스에 접근할 권한이 없습니다. 다시 로그인해 보시고, 계속되면 고객센터에 문의해 주세요.

failure-http-404 = 업그레이드 거부: 404 Not Found
    .description = 그 경로에 WebSocket 엔드포인트가 없거나 그 뒤의 서비스가 없어서, 서버가 여는 핸드셰이크에 404 Not Found 응답을 보냈습니다. 브라우저의 페이지에서는 error 이벤트와 close 이벤트(코드 1006, wasClean 값 false)가 차례로 발생하며, 404 상태 코드는 스크립트에 드러나지 않습니다.
    .symptom = Python websockets는 InvalidStatus("HTTP 404")를 던지고, Node ws는 "Unexpected server response: 404" 오류를 내고, tungstenite는 "HTTP error: 404 Not Found"를 돌려주고, coder/websocket은 "expected handshake response status code 101 but got 404"라고 알리며, Chromium 콘솔에는 "Unexpected response code: 404"가 표시됩니다. 대개 URL의 경로가 틀렸거나, 서비스가 그곳에 배포되지 않았거나, WebSocket을 지원하지 않는 일반 HTTP 서버나 경로로 연결한 경우입니다.
    .remedy = URL이나 배포를 고치기 전에는 재연결하지 마십시오. ws:// 또는 wss:// URL의 경로를 서버의 경로 설정과 비교하고, 모든 프록시가 그 경로를 WebSocket 서비스로 전달하는지 확인하십시오.
    .user = 지금은 서비스에 연결할 수 없습니다. 고객센터에 문의해 주세요.

failure-http-405 = 업그레이드 거부: 405 Method Not Allowed
    .description = 서버가 여는 핸드셰이크에 405 Method Not Allowed 응답을 보냈습니다. 핸드셰이크는 반드시 GET 요청이어야 하므로 그 경로가 WebSocket 엔드포인트가 아니거나 중간에서 무언가가 메서드를 바꾼 것이며, 브라우저의 페이지에서는 error 이벤트와 close 이벤트(코드 1006, wasClean 값 false)가 차례로 발생합니다.
    .symptom = Python websockets는 InvalidStatus("HTTP 405")를 던지고, Node ws는 "Unexpected server response: 405" 오류를 내고, tungstenite는 "HTTP error: 405 Method Not Allowed"를 돌려주며, Chromium 콘솔에는 "Unexpected response code: 405"가 표시됩니다. 응답의 Allow 헤더에는 그 경로가 받아들이는 메서드가 적혀 있습니다.
    .remedy = 원인을 고치기 전에는 재연결하지 마십시오. 클라이언트가 WebSocket 경로로 연결하게 하고, 중간의 프록시가 핸드셰이크의 GET 메서드를 바꾸지 않는지 확인하십시오.
    .user = 지금은 서비스에 연결할 수 없습니다. 고객센터에 문의해 주세요.

failure-http-426 = 업그레이드 거부: 426 Upgrade Required
    .description = 클라이언트가 Sec-WebSocket-Version 헤더로 요청한 WebSocket 버전을 서버가 지원하지 않아, 여는 핸드셰이크에 426 Upgrade Required 응답을 보냈습니다. 브라우저의 페이지에서는 error 이벤트와 close 이벤트(코드 1006, wasClean 값 false)가 차례로 발생하며, 상태 코드는 보이지 않습니다.
    .symptom = Python websockets는 InvalidStatus("HTTP 426")를 던지고, Node ws는 "Unexpected server response: 426" 오류를 내고, tungstenite는 "HTTP error: 426 Upgrade Required"를 돌려주며, Chromium 콘솔에는 "Unexpected response code: 426"이 표시됩니다. 응답의 Sec-WebSocket-Version 헤더에는 서버가 받아들이는 버전이 적혀 있습니다. RFC 6455 4.4절의 예시처럼 버전이 맞지 않을 때 400 응답을 보내는 서버도 있습니다.
    .remedy = 같은 버전은 다시 실패하므로 아무것도 바꾸지 않고 재연결하지 마십시오. 서버가 알려 준 버전 가운데 클라이언트가 지원하는 것이 있으면 그 버전으로 핸드셰이크를 다시 하고(RFC 6455 4.4절), 없으면 클라이언트나 서버를 업그레이드하십시오. 브라우저는 항상 버전 13을 보내므로, 브라우저가 426 응답을 받았다면 서버나 그 앞의 프록시를 살펴보십시오.
    .user = 이 버전의 앱으로는 서비스에 연결할 수 없습니다. 앱을 업데이트해 주세요.

failure-http-429 = 업그레이드 거부: 429 Too Many Requests
    .description = 클라이언트가 짧은 시간에 너무 자주 연결을 시도해서 서버가 여는 핸드셰이크에 429 Too Many Requests 응답을 보냈으며, 얼마나 기다려야 하는지 Retry-After 헤더로 알려 줄 수 있습니다(응답 대신 연결을 그냥 끊는 서버도 있습니다). 브라우저의 페이지에서는 error 이벤트와 close 이벤트(코드 1006, wasClean 값 false)가 발생하며, 상태 코드도 Retry-After 값도 스크립트에 전달되지 않습니다.
    .symptom = Python websockets는 InvalidStatus("HTTP 429")를 던지고, Node ws는 "Unexpected server response: 429" 오류를 내고, tungstenite는 "HTTP error: 429 Too Many Requests"를, gorilla는 "websocket: bad handshake"를 돌려주며, Chromium 콘솔에는 "Unexpected response code: 429"가 표시됩니다.
    .remedy = 서버가 Retry-After 헤더(초 단위 숫자나 HTTP 날짜)를 보냈다면 적어도 그만큼 기다린 뒤 재연결하고, 헤더가 없으면 지수 백오프와 지터를 적용하십시오(closecode 재연결 일정: 처음 0~5초, 이후 두 배씩 늘려 최대 60초, 10회까지). Retry-After는 어느 라이브러리도 대신 읽어 주지 않으므로 오류에 딸린 응답(Python websockets의 예외, gorilla의 응답, Node ws의 unexpected-response 리스너)에서 직접 읽으십시오. Python websockets는 429 응답을 스스로 재시도하지 않습니다.
    .user = 지금은 서비스가 바쁩니다. 앱이 잠시 기다린 뒤 다시 시도합니다.

failure-http-500 = 업그레이드 거부: 500 Internal Server Error
    .description = 서버나 애플리케이션의 핸드셰이크 처리 코드에서 예상하지 못한 문제가 생겨, 서버가 여는 핸드셰이크에 500 Internal Server Error 응답을 보냈습니다. 브라우저의 페이지에서는 error 이벤트와 close 이벤트(코드 1006, wasClean 값 false)가 차례로 발생하며, 상태 코드는 스크립트에서 볼 수 없습니다.
    .symptom = Python websockets는 InvalidStatus("HTTP 500")를 던지고, Node ws는 "Unexpected server response: 500" 오류를 내고, tungstenite는 "HTTP error: 500 Internal Server Error"를 돌려주고, .NET은 101 상태 코드를 기대했는데 500 상태 코드가 왔다고 알리며, Chromium 콘솔에는 "Unexpected response code: 500"이 표시됩니다.
    .remedy = 버그라면 매번 실패하므로, 지수 백오프와 지터를 적용해 재연결하되 시도 횟수를 제한하십시오(closecode 재연결 일정: 처음 0~5초, 이후 두 배씩 늘려 최대 60초, 10회까지). Python websockets는 500 응답을 자체 백오프로 스스로 재시도합니다. 핸드셰이크 시각의 서버 로그에서 오류를 찾으십시오.
    .user = 서버에 문제가 생겼습니다. 앱이 다시 연결을 시도합니다.

failure-http-502 = 업그레이드 거부: 502 Bad Gateway
    .description = 프록시나 게이트웨이가 뒤에 있는 서버(대개 재시작 중인 백엔드)로부터 잘못된 응답을 받아, 여는 핸드셰이크에 502 Bad Gateway 응답을 보냈습니다. WebSocket 연결이 열린 적이 없으므로 1014 코드가 아니며, 브라우저의 페이지에서는 error 이벤트와 close 이벤트(코드 1006, wasClean 값 false)가 차례로 발생합니다.
    .symptom = Python websockets는 InvalidStatus("HTTP 502")를 던지고, Node ws는 "Unexpected server response: 502" 오류를 내고, tungstenite는 "HTTP error: 502 Bad Gateway"를, gorilla는 "websocket: bad handshake"를 돌려주며, Chromium 콘솔에는 "Unexpected response code: 502"가 표시됩니다.
    .remedy = 지수 백오프와 지터를 적용해 재연결하십시오(closecode 재연결 일정: 처음 0~5초, 이후 두 배씩 늘려 최대 60초, 10회까지). Python websockets는 스스로 그렇게 재시도합니다. 계속된다면 백엔드의 상태와 프록시의 업스트림 주소, 포트, WebSocket 설정을 확인하십시오.
    .user = 지금은 서비스에 연결할 수 없습니다. 앱이 다시 연결을 시도합니다.

failure-http-503 = 업그레이드 거부: 503 Service Unavailable
    .description = 서버가 과부하 상태이거나 점검 중이라 한동안 서비스할 수 없어서 여는 핸드셰이크에 503 Service Unavailable 응답을 보냈으며, 얼마나 걸릴지 Retry-After 헤더로 알려 줄 수 있습니다. 브라우저의 페이지에서는 error 이벤트와 close 이벤트(코드 1006, wasClean 값 false)가 발생하며, 상태 코드도 Retry-After 값도 스크립트에서 볼 수 없습니다.
    .symptom = Python websockets는 InvalidStatus("HTTP 503")를 던지고, Node ws는 "Unexpected server response: 503" 오류를 내고, tungstenite는 "HTTP error: 503 Service Unavailable"을 돌려주며, Chromium 콘솔에는 "Unexpected response code: 503"이 표시됩니다. 503 응답을 보내는 대신 연결 자체를 거부하는 서버도 있습니다.
    .remedy = 서버가 Retry-After 헤더(초 단위 숫자나 HTTP 날짜)를 보냈다면 적어도 그만큼 기다린 뒤 재연결하고, 헤더가 없으면 지수 백오프와 지터를 적용하십시오(closecode 재연결 일정: 처음 0~5초, 이후 두 배씩 늘려 최대 60초, 10회까지). Python websockets는 503 응답을 스스로 재시도하지만 Retry-After를 무시하므로, 서버가 이 헤더를 보낸다면 예외에서 직접 읽으십시오.
    .user = 지금은 서비스를 일시적으로 사용할 수 없습니다. 앱이 나중에 다시 시도합니다.

failure-http-504 = 업그레이드 거부: 504 Gateway Timeout
    .description = 뒤에 있는 서버가 제때 응답하지 않아서 프록시나 게이트웨이가 여는 핸드셰이크에 504 Gateway Timeout 응답을 보냈습니다. 브라우저의 페이지에서는 error 이벤트와 close 이벤트(코드 1006, wasClean 값 false)가 차례로 발생하며, 상태 코드는 보이지 않습니다.
    .symptom = Python websockets는 InvalidStatus("HTTP 504")를 던지고, Node ws는 "Unexpected server response: 504" 오류를 내고, tungstenite는 "HTTP error: 504 Gateway Timeout"을 돌려주고, coder/websocket은 "expected handshake response status code 101 but got 504"라고 알리며, Chromium 콘솔에는 "Unexpected response code: 504"가 표시됩니다.
    .remedy = 지수 백오프와 지터를 적용해 재연결하십시오(closecode 재연결 일정: 처음 0~5초, 이후 두 배씩 늘려 최대 60초, 10회까지). Python websockets는 스스로 그렇게 재시도합니다. 계속된다면 백엔드가 프록시에 왜 늦게 응답하는지 찾으십시오.
    .user = 서비스의 응답이 너무 늦습니다. 앱이 다시 연결을 시도합니다.

failure-tls-expired = TLS 인증서 만료
    .description = 서버 인증서가 만료되었거나 클라이언트의 시계가 틀려서 아직 유효하지 않은 것으로 보여, WebSocket 연결이 생기기도 전에 TLS 핸드셰이크가 실패했습니다. 브라우저의 페이지에서는 error 이벤트와 close 이벤트(코드 1006, wasClean 값 false)가 차례로 발생하며, 스크립트는 TLS 실패를 다른 실패와 구별할 수 없습니다.
    .symptom = Python websockets는 "certificate has expired"로 끝나는 ssl.SSLCertVerificationError를 던지고, Node는 "certificate has expired"(코드 CERT_HAS_EXPIRED)를, Go 클라이언트는 "x509: certificate has expired or is not yet valid"를 알리며, Chromium 콘솔에는 net::ERR_CERT_DATE_INVALID가 표시됩니다. native-tls를 쓰는 tungstenite는 Error::Tls를 돌려주고, TLS 기능 없이 빌드했다면 그보다 먼저 "TLS support not compiled in"으로 실패합니다. 이 실패를 1015 코드로 보고하는 라이브러리는 없습니다.
    .remedy = 인증서를 갱신하기 전에는, 또는 아직 유효하지 않은 인증서라면 클라이언트의 시계를 고치기 전에는 재연결하지 마십시오. 재시도는 서버에 부담만 줍니다. 주의: ssl.SSLError는 OSError의 하위 클래스이고 Python websockets의 기본 process_exception은 모든 OSError를 백오프를 적용해 끝없이 재시도하므로, process_exception을 바꿔 ssl.SSLError를 치명적 오류로 처리하십시오.
    .user = 보안 연결을 만들 수 없습니다. 기기의 날짜와 시간이 맞는지 확인한 뒤 다시 시도해 주세요.

failure-tls-untrusted = 신뢰할 수 없는 TLS 인증서
    .description = 서버의 인증서 체인이 클라이언트가 신뢰하는 루트 인증서로 이어지지 않아 TLS 핸드셰이크가 실패했으며, 자체 서명 인증서, 사설 인증 기관, 빠진 중간 인증서, TLS를 가로채는 프록시 등이 원인입니다. 브라우저의 페이지에서는 error 이벤트와 close 이벤트(코드 1006, wasClean 값 false)가 차례로 발생합니다.
    .symptom = Python websockets는 "unable to get local issuer certificate"가 담긴 ssl.SSLCertVerificationError를 던지고, Node는 "unable to verify the first certificate"(코드 UNABLE_TO_VERIFY_LEAF_SIGNATURE)를, Go 클라이언트는 "x509: certificate signed by unknown authority"를 알리며, Chromium 콘솔에는 net::ERR_CERT_AUTHORITY_INVALID가 표시됩니다. 정확한 문구는 체인의 모양과 TLS 라이브러리에 따라 다릅니다. 자체 서명 인증서라면 OpenSSL은 "self-signed certificate"라고 알립니다.
    .remedy = 인증서 체인이나 신뢰 저장소를 고치기 전에는 재연결하지 마십시오. 중간 인증서를 포함한 전체 체인을 제공하거나, 사설 인증 기관을 클라이언트의 신뢰 저장소에 추가하십시오. ssl.SSLError가 OSError라서 Python websockets는 기본 설정에서 이 실패를 끝없이 재시도하므로, process_exception을 바꿔 치명적 오류로 처리하십시오.
    .user = 보안 연결을 만들 수 없습니다. 네트워크를 확인하거나 나중에 다시 시도해 주세요.

failure-tls-hostname = TLS 인증서의 호스트 이름 불일치
    .description = 인증서 자체는 유효하지만 URL의 호스트가 아닌 다른 이름의 인증서여서 TLS 핸드셰이크가 실패했으며, URL의 호스트가 틀렸거나, 다른 인증서를 배포했거나, 인증서의 주체 대체 이름(SAN)에 그 이름이 빠진 경우입니다. 브라우저의 페이지에서는 error 이벤트와 close 이벤트(코드 1006, wasClean 값 false)가 차례로 발생합니다.
    .symptom = Python websockets는 호스트 이름과 함께 "Hostname mismatch, certificate is not valid for"가 담긴 ssl.SSLCertVerificationError를 던지고, Node는 "Hostname/IP does not match certificate's altnames"(코드 ERR_TLS_CERT_ALTNAME_INVALID)를, Go 클라이언트는 다른 이름과 함께 "x509: certificate is valid for"를 알리며, Chromium 콘솔에는 net::ERR_CERT_COMMON_NAME_INVALID가 표시됩니다. rustls를 쓰는 tungstenite는 올바른 DNS 이름이 아닌 호스트를 입출력 전에 거부합니다("TLS error: Invalid DNS name").
    .remedy = URL이나 인증서를 고치기 전에는 재연결하지 마십시오. 인증서에 포함된 이름으로 연결하거나, 주체 대체 이름에 그 호스트가 들어 있는 인증서를 배포하십시오. ssl.SSLError가 OSError라서 Python websockets는 기본 설정에서 이 실패를 끝없이 재시도하므로, process_exception을 바꿔 치명적 오류로 처리하십시오.
    .user = 보안 연결을 만들 수 없습니다. 앱을 업데이트하거나 나중에 다시 시도해 주세요.

failure-tls-protocol = 공통 TLS 버전이나 암호 스위트 없음
    .description = 클라이언트와 서버가 공통으로 지원하는 TLS 버전이나 암호 스위트가 없어서, 인증서를 확인하기도 전에 TLS 핸드셰이크가 실패했습니다. 브라우저의 페이지에서는 error 이벤트와 close 이벤트(코드 1006, wasClean 값 false)가 발생합니다.
    .symptom = Python websockets는 "tlsv1 alert protocol version"이 담긴 ssl.SSLError를 던지고, Node는 같은 OpenSSL 경고와 함께 EPROTO를, Go 클라이언트는 "remote error: tls: handshake failure"를 알리며, Chromium 콘솔에는 net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH가 표시됩니다. 문구는 어느 쪽이 거부했는지, 그리고 TLS 라이브러리와 그 버전에 따라 다릅니다.
    .remedy = 한쪽의 TLS 설정을 바꾸기 전에는 재연결하지 말고, 양쪽이 모두 지원하는 TLS 버전과 암호 스위트를 켜십시오. ssl.SSLError가 OSError라서 Python websockets는 기본 설정에서 이 실패를 끝없이 재시도하므로, process_exception을 바꿔 치명적 오류로 처리하십시오.
    .user = 보안 연결을 만들 수 없습니다. 앱을 업데이트해 주세요.

failure-dns = DNS 조회 실패
    .description = 클라이언트가 서버의 호스트 이름을 주소로 바꾸지 못해 연결을 시도조차 하지 못했습니다. 브라우저의 페이지에서는 error 이벤트와 close 이벤트(코드 1006, wasClean 값 false)가 발생하며, 스크립트는 이 실패를 연결 거부나 닿지 않는 서버와 구별할 수 없습니다.
    .symptom = Python websockets는 socket.gaierror("Name or service not known")를 던지고, Node는 호스트 이름과 함께 "getaddrinfo ENOTFOUND"를 알리고, tungstenite는 Error::Io("failed to lookup address information")를 돌려주고, Go 클라이언트는 "no such host"를 알리며, Chromium 콘솔에는 net::ERR_NAME_NOT_RESOLVED가 표시됩니다. 문구는 운영체제의 리졸버에서 나오므로 플랫폼마다 다릅니다.
    .remedy = 기기가 다시 온라인이 되는 경우처럼 리졸버 실패는 일시적일 때가 많으므로 지수 백오프와 지터를 적용해 재연결하십시오(closecode 재연결 일정: 처음 0~5초, 이후 두 배씩 늘려 최대 60초, 10회까지). 철자가 틀린 호스트는 절대 조회되지 않으므로 시도 횟수를 제한하고 호스트 이름을 로그에 남기십시오. socket.gaierror가 OSError이므로 Python websockets는 스스로 재시도합니다.
    .user = 서비스에 연결할 수 없습니다. 인터넷 연결을 확인해 주세요.

failure-refused = 연결 거부
    .description = 서버의 포트에서 연결을 기다리는 프로그램이 없었으며, 대개 서버가 꺼져 있거나 재시작하는 중입니다. 브라우저의 페이지에서는 error 이벤트와 close 이벤트(코드 1006, wasClean 값 false)가 차례로 발생합니다.
    .symptom = Python websockets는 ConnectionRefusedError("Connect call failed")를 던지고, Node는 "connect ECONNREFUSED"를, Go 클라이언트는 "connection refused"를 알리며, Chromium 콘솔에는 net::ERR_CONNECTION_REFUSED가 표시됩니다. tungstenite만 다릅니다. Error::Io가 아니라 Error::Url(UrlError::UnableToConnect)("URL error: Unable to connect to" 뒤에 URL)를 돌려주고 원래의 입출력 오류는 버리므로, 거부되었다는 사실을 이 오류에서 읽을 수 없습니다.
    .remedy = 시작하는 중인 서버에 클라이언트가 한꺼번에 몰리지 않도록 지수 백오프와 지터를 적용해 재연결하십시오(closecode 재연결 일정: 처음 0~5초, 이후 두 배씩 늘려 최대 60초, 10회까지). 다른 엔드포인트가 있다면 그쪽으로 시도하십시오. ConnectionRefusedError가 OSError이므로 Python websockets는 스스로 재시도합니다.
    .user = 지금은 서비스에 연결할 수 없습니다. 앱이 다시 연결을 시도합니다.

failure-reset = 연결 재설정
    .description = 서버나 중간의 로드 밸런서, 방화벽이 크래시나 재시작, 연결 상태 삭제 때문에 TCP RST를 보냈습니다. 핸드셰이크 중이라면 브라우저의 페이지에서 error 이벤트와 close 이벤트(코드 1006, wasClean 값 false)가 발생하지만, 연결이 열린 뒤라면 error 이벤트 없이 close 이벤트만 발생합니다.
    .symptom = 핸드셰이크 중에는 Python websockets가 InvalidMessage("did not receive a valid HTTP response")를 던지고, Node ws가 "read ECONNRESET" 오류를 내며, Chromium 콘솔에는 net::ERR_CONNECTION_RESET이 표시됩니다. 연결이 열린 뒤에는 Python websockets가 ConnectionClosedError("no close frame received or sent")를 던지고, Node ws는 오류 없이 close 이벤트(코드 1006)만 내고, tungstenite는 Error::Io("Connection reset by peer")를 돌려주고, Go 클라이언트는 "connection reset by peer"를 알리며, Chromium은 아무것도 남기지 않습니다.
    .remedy = 지수 백오프와 지터를 적용해 재연결하십시오(closecode 재연결 일정: 처음 0~5초, 이후 두 배씩 늘려 최대 60초, 10회까지). Python websockets는 핸드셰이크 중의 재설정을 스스로 재시도합니다. 브라우저와 Node ws에서는 연결이 열린 뒤의 재설정에 error 이벤트가 발생하지 않으므로 close 이벤트로 감지하십시오.
    .user = 연결이 끊어졌습니다. 앱이 다시 연결을 시도합니다.

failure-timeout-connect = 연결 시간 초과
    .description = 패킷이 버려졌거나, 서버가 과부하 상태였거나, 방화벽이 트래픽을 조용히 버려서 연결을 여는 동안 서버가 제때 응답하지 않았습니다. 브라우저의 페이지에서는 error 이벤트와 close 이벤트(코드 1006, wasClean 값 false)가 차례로 발생합니다.
    .symptom = Python websockets는 기본 open_timeout인 10초가 지나면 TimeoutError("timed out during opening handshake")를 던집니다. Node ws는 기본값이 없는 handshakeTimeout을 설정했을 때만 "Opening handshake has timed out"을 알립니다. gorilla의 기본 다이얼러는 45초 뒤에 "i/o timeout"으로 포기하고, coder/websocket은 컨텍스트의 기한이나 HTTP 클라이언트의 제한 시간에만 멈춥니다("context deadline exceeded"). Chromium 소스(이전 리비전)에는 "WebSocket opening handshake timed out"으로 끝나는 240초 핸드셰이크 타이머가 있습니다.
    .remedy = 끊긴 경로에서는 같은 시간 초과가 반복되므로, 지수 백오프와 지터를 적용해 재연결하거나(closecode 재연결 일정: 처음 0~5초, 이후 두 배씩 늘려 최대 60초, 10회까지) 다른 엔드포인트가 있다면 그쪽으로 시도하십시오. Node ws처럼 핸드셰이크 제한 시간이 없는 라이브러리에서는 직접 설정하십시오.
    .user = 서비스의 응답이 너무 늦습니다. 앱이 다시 연결을 시도합니다.

failure-timeout-idle = 유휴 또는 keepalive 시간 초과
    .description = 열린 연결에서 keepalive나 유휴 제한이 허용하는 시간보다 오래 아무 데이터도 오가지 않아서, 애플리케이션의 ping이 응답을 받지 못했거나 프록시의 읽기 제한 시간(nginx는 60초)이 연결을 닫았습니다. 브라우저에는 자체 유휴 제한 시간도 ping API도 없으며, 프록시가 유휴 연결을 끊으면 페이지는 사라진 연결과 똑같이 close 이벤트(코드 1006, wasClean 값 false)를 봅니다.
    .symptom = 20초마다 ping을 보내고 응답을 20초 기다리는 Python websockets는 "keepalive ping timeout"이 담긴 ConnectionClosedError를 던지며, 이때 close_code는 1006입니다. KeepAliveTimeout을 설정한 .NET은 pong 프레임을 제때 받지 못했다는 WebSocketException을 던집니다. gorilla는 애플리케이션이 정한 읽기 기한이 지나면 "i/o timeout"을, coder/websocket은 Read에 건 컨텍스트 기한이 지나면 "read timed out"을 알립니다. Node ws, gorilla, coder/websocket, tungstenite에는 유휴 제한 시간이 내장되어 있지 않으므로, 이런 오류는 애플리케이션이 제한을 정했을 때만 나타납니다.
    .remedy = 네트워크 경로 자체는 멀쩡할 수 있으므로 짧은 무작위 지연 뒤에 재연결하고, 실패하면 지수 백오프와 지터를 적용하십시오(closecode 재연결 일정: 처음 0~5초, 이후 두 배씩 늘려 최대 60초, 10회까지). 다시 일어나지 않게 하려면 nginx의 60초처럼 경로에서 가장 짧은 유휴 제한 시간보다 자주 ping이나 애플리케이션 메시지를 보내십시오.
    .user = 연결 시간이 초과되었습니다. 앱이 다시 연결을 시도합니다.

failure-vanished = 닫기 프레임 없는 연결 끊김
    .description = 상대방이 크래시했거나 강제로 종료되었거나 NAT나 프록시가 연결을 버려서, 열린 연결이 닫기 프레임 없이 끝났고 엔드포인트는 1006 코드를 보고합니다. 브라우저의 페이지에서는 close 이벤트(코드 1006, wasClean 값 false)가 발생하며, RFC 6455 규격과 WHATWG 표준을 엄격하게 읽으면 error 이벤트가 먼저 발생해야 하지만 Chromium과 Firefox에서는 발생하지 않습니다.
    .symptom = Python websockets는 ConnectionClosedError("no close frame received or sent")를 던지고, Node ws는 close 이벤트(코드 1006, 빈 사유)만 내고, tungstenite는 Error::Protocol(ResetWithoutClosingHandshake)을, gorilla는 "websocket: close 1006 (abnormal closure): unexpected EOF"를 돌려주고, coder/websocket은 "failed to read frame header: EOF"를 알리며 CloseStatus는 -1 값을 돌려주고, .NET은 WebSocketException(ConnectionClosedPrematurely)을 던집니다. Chromium 콘솔에는 아무것도 표시되지 않습니다.
    .remedy = RFC 6455 7.2.3절의 권고대로 0~5초 사이의 무작위 지연 뒤에 처음 재연결하고, 그 뒤로는 점점 더 오래 기다리십시오(closecode 재연결 일정: 두 배씩 늘려 최대 60초, 10회까지). 브라우저에서는 error 이벤트가 발생하지 않으므로 close 핸들러에서 끊김을 감지하십시오.
    .user = 연결이 끊어졌습니다. 앱이 다시 연결을 시도합니다.
