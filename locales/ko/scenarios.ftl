## 시나리오 페이지: 증상부터 보여 주는 페이지입니다. scenarios.toml의 [[scenario]]마다 같은 순서로 메시지 scenario-<id> 하나를 둡니다.
## 값은 페이지 제목입니다. .seen은 보게 되는 현상, .cause-N은 가능성이 높은 순서대로 적은 원인, .check-N은 원인을 가려내는 방법(명령과 숫자),
## .fix-N은 해결 단계 하나씩입니다. 모든 숫자는 scenarios.toml에 시나리오별로 적은 출처(제조사 문서나 라이브러리 소스)에서 가져왔습니다.
## 용어: 닫기 프레임, 닫기 코드, 닫기 사유, 엔드포인트, 상대방, 재연결, 백오프, 지터, 하트비트, 받는 쪽, 유휴 제한 시간, 여는 핸드셰이크.
## 숫자 뒤에 조사를 바로 붙이지 않고 "1006 코드는", "HTTP 401 응답을"처럼 씁니다. 코드와 명령은 백쿼트로 감쌉니다.

scenario-drops-after-idle = 조용한 연결이 정확히 N초 뒤에 끊깁니다
    .seen = 한동안 메시지가 오가지 않은 연결이 매번 같은 시간이 지나면 닫히고, 대개 빈 사유와 함께 1006 코드로 보고됩니다. 메시지를 계속 주고받는 연결은 끊기지 않습니다.
    .cause-1 = 서버 앞의 nginx입니다. `proxy_read_timeout`의 기본값은 60초이며, 백엔드가 그동안 아무것도 보내지 않으면 nginx가 터널을 닫습니다. 기본값이 역시 60초인 `proxy_send_timeout`은 업그레이드된 연결에서 유휴 제한이 아니며, 읽기를 멈춘 백엔드로 쓰기가 막혀 있는 시간만 제한합니다.
    .cause-2 = AWS Application Load Balancer입니다. 연결 유휴 제한 시간의 기본값이 60초이고 양방향 데이터를 모두 셉니다. 그래서 60초에 끊긴다면 nginx만큼 ALB도 의심해야 합니다.
    .cause-3 = Cloudflare 프록시입니다. Cloudflare의 WebSockets 문서는 유휴 제한을 밝히지 않고 keepalive를 권합니다. 연결 제한 문서(2026년 7월)는 Cloudflare와 오리진 사이의 Proxy Read Timeout을 120초로 적었습니다. 이 값은 바꿀 수 있고, 제한에 걸리면 HTTP 524 응답을 보내지만, WebSocket에도 적용되는지는 밝히지 않습니다. 유휴 WebSocket이 100초 뒤에 끊겼다는 사용자 보고도 있는데, 100초는 이 문서의 이전 판에 적힌 값입니다.
    .cause-4 = Amazon API Gateway의 WebSocket API입니다. 10분 동안 유휴 상태인 연결을 닫고, 트래픽과 상관없이 모든 연결을 2시간 뒤에 닫습니다. 두 할당량 모두 늘릴 수 없습니다.
    .cause-5 = 서버 자체의 유휴 타이머입니다. 예를 들어 Jetty는 연결을 조용히 끊지 않고 1001 코드와 "Idle Timeout"(Jetty 9.4) 또는 "Connection Idle Timeout"(Jetty 12.0.5) 사유로 닫습니다.
    .check-1 = 아무것도 보내지 않고 끊기는 시간을 재십시오. `time websocat wss://example.com/ws`는 무언가가 연결을 닫을 때까지 조용히 기다립니다. 약 60초라면 nginx나 ALB, 100~120초라면 Cloudflare, 600초라면 API Gateway의 유휴 제한 시간, 7200초라면 2시간 제한입니다.
    .check-2 = 그다음 트래픽을 흘리면서 다시 재십시오. `websocat --ping-interval 20 wss://example.com/ws`는 20초마다 ping을 보냅니다. 유휴 타이머라면 더 이상 끊기지 않습니다. API Gateway는 그래도 2시간에 닫는데, 이 제한은 유휴 시간이 아니라 연결이 유지된 시간을 세기 때문입니다.
    .check-3 = 한 번에 한 구간씩 건너뛰십시오. 네트워크 안에서 백엔드에 직접 연결(`websocat ws://backend:8080/ws`)한 뒤, 프록시를 하나씩 거쳐 연결해 보십시오. 끊김이 처음 나타나는 경로에 타이머가 있습니다.
    .check-4 = 브라우저 개발자 도구(Network 탭, WS 필터, 해당 연결의 Messages)에서 닫기 프레임을 찾으십시오. 프록시의 유휴 타이머는 닫기 프레임을 남기지 않으므로 페이지는 1006 코드를 보고합니다. 서버 자체의 유휴 타이머는 대개 1001 같은 코드와 사유를 보냅니다.
    .check-5 = nginx는 Upgrade 요청(상태 101)의 액세스 로그를 터널이 닫힐 때에야 기록합니다. 그래서 그 줄의 `$request_time`은 연결이 살아 있던 시간입니다. 마지막 메시지의 시각과 비교하십시오.
    .fix-1 = 경로에서 가장 짧은 유휴 타이머보다 자주, 예를 들어 20~30초마다 하트비트를 보내십시오. 서버에서는 ping 프레임을(nginx 문서는 ping이 제한 시간을 초기화한다고 밝힙니다), ping API가 없는 브라우저에서는 애플리케이션 메시지를 보내십시오. Python websockets는 기본적으로 이미 20초마다 ping을 보냅니다.
    .fix-2 = 아니면 직접 관리하는 타이머를 늘리십시오. WebSocket을 프록시하는 nginx `location`의 `proxy_read_timeout`(`proxy_send_timeout`은 백엔드가 읽기를 멈췄을 때만 영향을 줍니다)과 ALB의 `idle_timeout.timeout_seconds` 속성입니다. TCP keepalive는 도움이 되지 않습니다. AWS 문서에 따르면 그 프로브는 데이터를 싣지 않아서 로드 밸런서의 유휴 타이머를 초기화하지 못합니다.
    .fix-3 = API Gateway의 2시간 제한이나 WebSocket 연결을 끊는 Cloudflare 서버 재시작처럼 바꿀 수 없는 제한에 대비하십시오. 연결이 닫히면 지수 백오프와 지터를 적용해 재연결하십시오(closecode 재연결 일정: 처음 0~5초, 이후 두 배씩 늘려 최대 60초, 10회까지).

scenario-closed-before-open = 연결이 열리기도 전에 1006 코드로 닫힙니다
    .seen = 페이지의 WebSocket에서 `error` 이벤트와 `close` 이벤트(코드 1006, `wasClean` 값 false)가 차례로 발생하고, `open` 이벤트는 발생하지 않습니다. close 이벤트에는 상태 코드도 사유도 없습니다.
    .cause-1 = 서버가 여는 핸드셰이크를 거부했습니다. 자격 증명이 없거나 만료되었으면(쿠키나 토큰이 서버에 닿지 않은 경우) HTTP 401 응답을, 거부한 사용자나 받아들이지 않는 `Origin`이면 HTTP 403 응답을 보냅니다. 브라우저는 HTTP 상태를 의도적으로 스크립트에 숨기므로 둘 다 1006 코드가 됩니다.
    .cause-2 = 다운되었거나, 재시작 중이거나, 연결할 수 없는 백엔드를 대신해 프록시나 로드 밸런서가 502, 503, 504 응답을 보냈습니다. 대개 배포 중에 생깁니다.
    .cause-3 = 업그레이드 요청이 WebSocket 엔드포인트에 닿지 않았습니다. 프록시가 `Upgrade`와 `Connection` 헤더를 전달하지 않았거나(nginx는 설정해야만 전달합니다), 경로가 WebSocket을 지원하지 않는 라우트로 이어져 백엔드가 400, 404, 426 응답을 보냈습니다.
    .cause-4 = HTTP 응답이 아예 없었습니다. DNS 실패, 거부된 포트, 검증할 수 없는 TLS 인증서가 원인입니다. 브라우저는 이것들도 1015 코드가 아니라 1006 코드로 보고합니다.
    .check-1 = 브라우저 개발자 도구의 Network 탭에서 WS 필터를 켜고 실패한 요청을 고르십시오. close 이벤트에는 1006 코드만 있지만, 상태 열에는 401, 403, 502 같은 실제 응답이 보입니다. Chromium 콘솔에는 "Unexpected response code: 403"도 표시되지만, 401 응답이면 대신 "HTTP Authentication failed; no valid credentials available"이 표시됩니다.
    .check-2 = 브라우저 밖에서 핸드셰이크를 다시 보내 보십시오. `curl -i --http1.1 --max-time 5 -H "Connection: Upgrade" -H "Upgrade: websocket" -H "Sec-WebSocket-Version: 13" -H "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==" https://example.com/ws`는 서버가 받아들이면 `101 Switching Protocols`를, 아니면 거부 상태를 출력합니다. 페이지의 `Cookie` 헤더를 더해 결과를 비교하십시오.
    .check-3 = 같은 요청에 대한 프록시 액세스 로그를 읽으십시오. 101 응답이 있다면 핸드셰이크는 통과했고 연결은 나중에 닫혔습니다. 502, 503, 504 응답이라면 프록시가 백엔드에 닿지 못했습니다. 백엔드가 보낸 400, 404, 426 응답이라면 업그레이드 헤더나 경로가 잘못되었습니다.
    .check-4 = 개발자 도구에도 프록시 로그에도 상태 코드가 없다면 HTTP 아래 계층을 시험하십시오. `openssl s_client -connect example.com:443 -servername example.com`은 인증서 오류를, `curl -v https://example.com/ws`는 DNS 오류와 연결 실패를 보여 줍니다.
    .fix-1 = HTTP 401, 403 응답이라면 핸드셰이크에 유효한 자격 증명을 실으십시오. WebSocket 호스트용 쿠키나 URL 또는 서브프로토콜에 담은 토큰을 쓰고(브라우저는 WebSocket에 `Authorization` 헤더를 설정할 수 없습니다), 서버에서는 페이지의 `Origin`을 허용하십시오. 재연결하기 전에 자격 증명을 갱신하고, 같은 자격 증명으로는 절대 재시도하지 마십시오.
    .fix-2 = HTTP 502, 503, 504 응답이라면 지수 백오프와 지터를 적용해 재연결하고(closecode 재연결 일정: 처음 0~5초, 이후 두 배씩 늘려 최대 60초, 10회까지), 백엔드 상태를 확인하십시오. Python websockets는 이 상태 코드에서 스스로 재시도합니다.
    .fix-3 = HTTP 400, 404, 426 응답이라면 재연결하기 전에 프록시나 URL을 고치십시오. nginx에서는 `proxy_set_header Upgrade $http_upgrade;`와 `proxy_set_header Connection $connection_upgrade;`로 헤더를 전달합니다.
    .fix-4 = 거부 이유를 페이지에 알리고 싶은 서버는 핸드셰이크를 받아들인 뒤 곧바로 3000 인증 필요(Unauthorized), 3003 접근 금지(Forbidden), 1008 정책 위반(Policy Violation) 코드로 닫을 수 있습니다. 거부된 핸드셰이크는 늘 1006 코드이지만, 이 코드들은 close 이벤트에 그대로 보입니다.

scenario-keepalive-timeout = 연결이 1011 코드 "keepalive ping timeout"으로 닫힙니다
    .seen = Python websockets가 `ConnectionClosedError: sent 1011 (internal error) keepalive ping timeout; no close frame received`를 던지거나, 상대방이 "keepalive ping timeout" 사유와 함께 1011 코드를 받습니다. 다른 라이브러리는 pong이 오지 않았다는 사실을 자기 말로 알립니다. .NET은 KeepAliveTimeout 안에 pong 프레임을 받지 못했다는 WebSocketException을 던집니다.
    .cause-1 = 연결이 열린 동안 네트워크 경로가 끊겼습니다. NAT나 프록시가 연결을 버렸거나, 상대방 기기가 절전 상태가 되었거나 네트워크를 잃어서 pong이 돌아오지 않았습니다. 이때 시간이 초과된 쪽의 `close_code` 값은 1006 코드입니다. 1011 코드를 보냈지만 닫기 프레임을 받지 못했기 때문입니다.
    .cause-2 = 이벤트 루프가 막혔습니다. CPU를 많이 쓰거나 동기 작업을 하는 핸들러 때문에 한쪽이 `ping_timeout`(기본값 20초) 안에 ping에 응답하지 못했거나 pong을 읽지 못했습니다.
    .cause-3 = 한쪽이 트래픽을 따라가지 못합니다. 처리 속도보다 빨리 메시지가 도착하면 pong이 그 뒤의 버퍼에서 기다립니다. Python websockets는 20초 넘게 뒤처진 상대방을 끊어진 것으로 봅니다.
    .cause-4 = 상대방이 연결을 읽지 않습니다. gorilla/websocket은 애플리케이션이 읽는 동안에만 ping을 처리하고, tungstenite는 대기 중인 pong을 다음 `read`, `write`, `flush` 호출에서야 씁니다. 그래서 쓰기만 하는 상대방은 응답하지 않습니다.
    .check-1 = 로그의 동사를 읽으십시오. "sent 1011 (internal error) keepalive ping timeout"이라면 이쪽의 keepalive가 시간을 초과했습니다. "received 1011 (internal error) keepalive ping timeout"이라면 상대방의 keepalive가 초과했으므로 원인은 상대방 쪽에 있습니다.
    .check-2 = 양쪽을 비교하십시오. 상대방이 "keepalive ping timeout" 사유의 1011 코드를 기록했다면 닫기 프레임이 도착한 것이므로 경로는 살아 있었고 pong이 늦었을 뿐입니다. 상대방이 1006 코드를 기록했거나 아무것도 기록하지 않았다면 경로가 이미 끊긴 상태였습니다.
    .check-3 = 닫히기 전의 지연 시간을 지켜보십시오. Python websockets는 마지막 ping과 pong으로 잰 값을 `websocket.latency`에 두고, `websockets` 로거의 디버그 로그는 keepalive ping과 pong을 하나하나 보여 줍니다. 지연 시간이 20초를 향해 서서히 늘었다면 부하, 갑자기 조용해졌다면 끊긴 경로를 가리킵니다.
    .check-4 = 막힌 이벤트 루프를 찾으십시오. `PYTHONASYNCIODEBUG=1`이나 `asyncio.run(main(), debug=True)`로 실행하면 asyncio가 `loop.slow_callback_duration`(기본값 100ms)보다 오래 걸린 콜백을 모두 로그로 남깁니다.
    .fix-1 = 블로킹 작업을 이벤트 루프 밖으로 옮기십시오. CPU를 많이 쓰거나 동기적인 호출은 `await asyncio.to_thread(...)`나 실행기(executor)에서 돌리고, 메시지마다 하는 작업은 짧게 유지하십시오.
    .fix-2 = 애플리케이션이 들어오는 메시지를 쓰지 않더라도 모든 상대방이 읽기 루프로 연결을 계속 읽게 하십시오(gorilla 문서도 이를 요구합니다). 그래야 ping이 pong을 받습니다.
    .fix-3 = 긴 지연이 흔한 환경이라면 `connect()`나 `serve()`의 `ping_timeout`을 늘리거나, `None`으로 두어 제한 시간 없이 keepalive 트래픽만 유지하십시오. `ping_interval=None`은 둘 다 끕니다.
    .fix-4 = 연결이 닫힌 뒤에는 지수 백오프와 지터를 적용해 재연결하십시오(closecode 재연결 일정: 처음 0~5초, 이후 두 배씩 늘려 최대 60초, 10회까지). Python websockets의 `async for websocket in connect(...)`는 자체 백오프로 재연결합니다.

scenario-message-too-big = 큰 메시지를 보내면 연결이 1009 코드로 닫힙니다
    .seen = 연결이 잘 동작하다가 큰 메시지 하나에서 1009 코드(메시지가 너무 큼, Message Too Big)로 닫힙니다. 보내는 쪽이 대신 1006 코드를 보기도 합니다. 재연결한 뒤 같은 메시지를 보내면 다시 실패합니다.
    .cause-1 = 받는 쪽 라이브러리의 기본 제한이며, 라이브러리마다 크게 다릅니다. Python websockets는 1MiB(`max_size=2**20`), coder/websocket은 32768바이트, tungstenite는 메시지당 64MiB와 프레임당 16MiB, Node ws는 100MiB(`maxPayload`)입니다. gorilla/websocket은 `SetReadLimit`으로 정하기 전까지 제한이 없습니다.
    .cause-2 = 누군가 일부러 정한 제한입니다. gorilla의 채팅 예제로 만든 서버에는 예제의 `SetReadLimit(512)`가 그대로 남아 있습니다. 코드나 프레임워크에 있는 `max_size`, `maxPayload`, `SetReadLimit`도 모두 해당합니다.
    .cause-3 = 경로에 있는 게이트웨이입니다. Amazon API Gateway의 WebSocket API는 메시지당 128KB, 프레임당 32KB까지 허용하고, 이를 넘으면 1009 코드로 연결을 닫습니다.
    .cause-4 = 받는 쪽이 tungstenite입니다. tungstenite는 `Error::Capacity`로 메시지를 거부하지만 1009 코드를 스스로 보내지 않습니다. 그래서 애플리케이션이 1009 코드로 닫지 않으면 보내는 쪽은 1006 코드를 봅니다.
    .check-1 = 보내는 쪽이 받은 닫기 사유를 읽으십시오. Python websockets는 "exceeds limit of 1048576 bytes"(바이트 단위 제한)로 끝나는 사유를, coder/websocket은 "read limited at"으로 시작하는 사유를 씁니다. Node ws와 gorilla는 빈 사유로 1009 코드를 보냅니다.
    .check-2 = 받는 쪽의 오류를 읽으십시오. Node ws는 "Max payload size exceeded"(`WS_ERR_UNSUPPORTED_MESSAGE_LENGTH`) 오류를 내고, gorilla는 "websocket: read limit exceeded"를, tungstenite는 "Space limit exceeded: Message too long"을 돌려줍니다.
    .check-3 = 시험 메시지의 크기를 늘려 가며 실패하는 크기를 찾으십시오. 32KiB, 1MiB, 64MiB를 조금 넘을 때 실패한다면 각각 coder/websocket, Python websockets, tungstenite를 가리킵니다. API Gateway의 제한은 메시지당 128KB, 프레임당 32KB입니다.
    .check-4 = 게이트웨이나 프록시를 거치지 않고 백엔드에 같은 메시지를 직접 보내 보십시오. 거기서 통과한다면 제한은 게이트웨이의 것입니다.
    .fix-1 = 보내는 쪽이 아니라 연결을 닫은 쪽의 제한을 늘리십시오. Python websockets의 `max_size`, Node ws의 `maxPayload`, gorilla와 coder/websocket의 `SetReadLimit`, tungstenite `WebSocketConfig`의 `max_message_size`와 `max_frame_size`입니다. 받는 쪽의 메모리를 지키는 장치이므로 제한 자체는 남겨 두십시오.
    .fix-2 = 아니면 메시지를 경로에서 가장 작은 제한보다 작게 유지하십시오. 큰 페이로드는 여러 메시지로 나누거나, 대용량 데이터는 HTTP로 보내고 WebSocket으로는 그 참조만 보내십시오.
    .fix-3 = tungstenite가 받는 쪽이라면 `read`가 `Error::Capacity`를 돌려줄 때 직접 1009 코드로 닫으십시오. 그래야 상대방이 1006 코드 대신 이유를 알게 됩니다.
    .fix-4 = 같은 메시지를 그대로 다시 보내려고 재연결하지 마십시오. 매번 같은 방식으로 실패합니다.

scenario-reconnect-stampede = 배포 뒤에 모든 클라이언트가 같은 순간에 재연결합니다
    .seen = 배포나 재시작 직후 1~2초 사이에 새 연결이 치솟고, 새 인스턴스가 과부하에 걸리거나 429, 503 응답으로 업그레이드를 거부합니다. 거부된 클라이언트가 다시 한꺼번에 돌아오면서 이 일이 몇 차례 되풀이되기도 합니다.
    .cause-1 = 클라이언트가 곧바로, 또는 고정된 지연 뒤에 재연결합니다. 무작위 요소가 없으면 같은 순간에 같은 종료를 겪은 클라이언트가 모두 같은 순간에 돌아옵니다. RFC 6455 7.2.3절은 이것이 복구 중인 서버에 서비스 거부 공격과 다름없을 수 있다고 경고합니다.
    .cause-2 = 서버가 모든 연결을 같은 순간에 닫습니다. Python websockets의 `Server.close()`는 기본적으로 열린 연결 모두에 1001 코드를 보내고, 다른 서버들도 종료할 때 모든 연결을 닫습니다. 그래서 전체 클라이언트가 한꺼번에 종료를 겪습니다.
    .cause-3 = 닫기 코드가 기다리라는 신호를 주지 않습니다. 1001 코드나 끊긴 연결(1006 코드)은 대개 빠른 재시도로 이어집니다. 반면 1012 서비스 재시작(Service Restart) 코드는 서버가 돌아온다는 뜻이며, 등록 요청에 따라 클라이언트에게 먼저 5~30초 사이의 무작위 시간만큼 기다리라고 요청합니다.
    .cause-4 = 백오프가 초기화되거나 실패를 무시합니다. 시도가 실패할 때마다 짧은 지연부터 다시 시작하거나, 거부된 핸드셰이크(429, 503 응답)를 곧바로 재시도하는 클라이언트는 무리가 흩어지지 않게 붙잡아 둡니다.
    .check-1 = 배포 전후로 초당 새 연결 수를 세십시오. 서버가 남기는 연결 열림 로그나 프록시 액세스 로그의 429, 503 줄을 쓰면 됩니다. 1~2초 안에 몰린 급증은 첫 지연이 무작위가 아니라는 뜻입니다.
    .check-2 = 클라이언트의 재연결 코드나 라이브러리 설정을 읽으십시오. 첫 지연에 무작위 요소가 있는지, 실패할 때마다 지연이 늘어나는지, 상한이 있는지 보십시오. `setTimeout(connect, 1000)` 같은 상수가 바로 몰림의 원인입니다.
    .check-3 = 서버가 종료할 때 보내는 닫기 코드와 그 코드가 클라이언트에게 요구하는 것을 확인하십시오. `closecode retry 1001`과 `closecode retry 1012`는 각 코드의 재연결 규칙과 지연 일정 예시를 출력합니다.
    .check-4 = 두 번째 물결을 지켜보십시오. 429, 503 응답이나 1013 코드로 거부된 클라이언트가 다시 발맞춰 돌아온다면 지연이 클라이언트마다 무작위로 정해지지 않은 것입니다.
    .fix-1 = 모든 클라이언트에서 첫 재연결 지연을 무작위로 정하십시오. RFC 6455 7.2.3절의 제안대로 0~5초 사이, 1012 코드 뒤라면 5~30초 사이에서 고르고, 실패할 때마다 지연을 늘리십시오. closecode 재연결 일정은 처음 0~5초, 이후 두 배씩 늘려 최대 60초이고, 1012 코드 뒤에는 처음 5~30초, 이후 두 배씩 늘려 최대 120초이며, 둘 다 10회까지입니다.
    .fix-2 = 모든 연결을 한꺼번에 닫지 말고 서버를 조금씩 비우십시오. 일정 시간에 걸쳐 연결을 묶음으로 닫고, 서비스가 돌아올 때는 uvicorn이 종료할 때 그러듯 1001 코드 대신 1012 코드를 보내십시오.
    .fix-3 = 이미 백오프를 하는 클라이언트를 쓰십시오. Python websockets의 `connect()`를 `async for websocket in connect(...)`로 쓰면 처음에 0~5초 사이의 무작위 시간을 기다리고, 그다음 3.1초부터 1.618배씩 늘려 최대 90초까지 기다립니다.
    .fix-4 = 과부하 상태의 서버가 기다릴 시간을 알려 주게 하십시오. 429 응답이나 503 응답과 `Retry-After` 헤더로 핸드셰이크를 거부하고, 클라이언트가 그 값을 따르게 하십시오. 이 헤더를 대신 읽어 주는 라이브러리는 없습니다.

scenario-resume-from-sleep = 기기가 절전에서 깨어난 뒤 연결은 열려 보이지만 아무것도 오지 않습니다
    .seen = 노트북이 깨어나거나 휴대폰 앱이 포그라운드로 돌아온 뒤에도 WebSocket의 `readyState` 값은 1(OPEN) 상태이고 close 이벤트도 발생하지 않지만, 메시지가 오지 않습니다. 연결은 한참 뒤에야, 또는 보내기나 ping이 마침내 실패할 때에야 닫힙니다.
    .cause-1 = 절전 중에 경로가 연결을 잊었습니다. NAT, 프록시, 로드 밸런서의 유휴 타이머가 연결을 지웠고(nginx와 ALB의 기본값은 60초), 잠든 기기는 종료를 알리는 패킷을 받을 수 없었습니다.
    .cause-2 = 기기가 다른 네트워크에서 깨어났습니다. Wi-Fi가 바뀌거나 모바일 데이터로 넘어가면 기존 TCP 연결은 사라진 주소에 묶여 있고, 그 사실을 소켓에 알려 주는 것은 없습니다.
    .cause-3 = 그사이 서버가 연결을 닫았거나 재시작했습니다. 서버의 닫기 프레임이나 TCP 재설정(RST)이 듣고 있지 않던 기기에 도착했으므로, 클라이언트는 끝내 알지 못했습니다.
    .cause-4 = 연결을 확인하는 것이 없습니다. 브라우저는 스스로 ping을 보내지 않고 스크립트에 ping API도 주지 않습니다. TCP keepalive는 켜져 있더라도 Linux 기본값으로 2시간 동안 조용해야(`tcp_keepalive_time`) 첫 프로브를 보냅니다.
    .check-1 = 깨어난 순간을 알아차리십시오. 다음 가운데 하나라도 일어나면 `readyState` 값과 상관없이 연결이 죽었을 수 있습니다. `document.visibilityState`가 "visible"인 `visibilitychange` 이벤트, `online` 이벤트, 설정한 시간보다 훨씬 늦게 실행된 타이머입니다.
    .check-2 = 기다리지 말고 확인하십시오. 애플리케이션 수준의 ping을 보내고 몇 초 안에 응답을 기대하십시오. 응답이 없다면 `readyState` 값이 여전히 OPEN 상태라도 연결은 죽은 것입니다.
    .check-3 = 보낸 뒤 `bufferedAmount`를 지켜보십시오. 값이 줄어들지 않으면 데이터가 기기를 떠나지 못하는 것입니다. Linux에서는 죽은 연결에 쓴 데이터를 계속 재전송하다가 `tcp_retries2`에 정한 재전송 횟수가 소진되어야 실패하며, 기본값인 15회로는 적어도 924.6초가 걸립니다.
    .check-4 = ping을 보내는 클라이언트와 비교하십시오. 20초마다 ping을 보내고 pong을 20초 기다리는 Python websockets는 같은 끊긴 경로를 약 40초 안에 알아채고 "keepalive ping timeout"으로 닫습니다.
    .fix-1 = 깨어났다는 신호(`visibilitychange`로 visible 상태, `online`, 타이머의 공백)가 올 때마다 곧바로 연결을 확인하십시오. 짧은 제한 시간 안에 응답이 없으면 close 이벤트를 기다리지 말고 `close()`를 호출한 뒤 새 연결을 여십시오.
    .fix-2 = 페이지가 보이는 동안 클라이언트에서 애플리케이션 수준의 하트비트를 경로에서 가장 짧은 유휴 타이머보다 자주 보내고, 응답을 놓치면 연결이 죽은 것으로 처리하십시오.
    .fix-3 = 재연결한 뒤에는 놓친 것을 따라잡으십시오. 클라이언트가 마지막으로 본 메시지 ID나 시각으로 서버에 빠진 내용을 요청하십시오. 절전 중에 보낸 내용은 기존 연결과 함께 사라졌습니다.
    .fix-4 = 무작위 첫 지연을 두고 백오프를 적용해 재연결하고(closecode 재연결 일정: 처음 0~5초, 이후 두 배씩 늘려 최대 60초, 10회까지), `online` 이벤트가 오면 다시 시도하십시오.

scenario-proxy-1014-then-1002 = 게이트웨이가 1014 코드로 닫았는데 클라이언트는 1002 코드를 보고합니다
    .seen = 업스트림이 실패해서 게이트웨이나 프록시가 1014 잘못된 게이트웨이(Bad Gateway) 코드로 클라이언트 연결을 닫았는데, 클라이언트는 1002 코드 "Protocol violation"이나 "bad close code 1014" 같은 프로토콜 오류를 기록합니다. 게이트웨이 로그에는 클라이언트가 1002 코드로 응답한 기록이 남습니다.
    .cause-1 = 클라이언트가 tungstenite(0.16~0.30)를 씁니다. tungstenite는 1014 코드를 받아들이지 않고 `Close(1002, "Protocol violation")`로 응답하며, 애플리케이션에도 1014 코드 대신 그 1002 코드를 넘깁니다(0.11~0.15는 같은 1002 코드로 응답했지만 애플리케이션에는 1014 코드를 그대로 넘겼습니다). tokio-tungstenite와 그 위에 만든 크레이트도 이 동작을 물려받습니다.
    .cause-2 = 클라이언트가 gorilla/websocket을 씁니다. 유효한 코드 표에 1014 코드가 없어서 1002 코드로 응답하고, "websocket: bad close code 1014"(1.5.0 이상) 또는 "websocket: invalid close code"(1.4.2 이하)라는 일반 오류를 돌려줍니다. `IsCloseError`는 이 오류를 알아보지 못합니다.
    .cause-3 = 클라이언트가 1014 코드를 거부하는 다른 라이브러리를 씁니다. .NET Core 2.1~.NET 7(.NET 8 버전부터 허용), 1.92 이전의 Boost.Beast, 7.2.2 이전의 Node ws는 모두 이 코드를 프로토콜 오류로 처리합니다.
    .cause-4 = 그 뒤에는 실제 업스트림 장애가 있습니다. 1014 코드는 게이트웨이가 클라이언트 연결을 이미 업그레이드한 뒤에 백엔드가 실패했거나 연결할 수 없었다는 뜻입니다. 1002 코드는 클라이언트가 그 사실을 잘못 보고한 것일 뿐입니다.
    .check-1 = 클라이언트마다 1014 코드를 어떻게 처리하는지 보십시오. `closecode frame 03f6`은 1014 코드(0x03F6)를 담은 닫기 페이로드를 해석하고, 잘 알려진 라이브러리와 브라우저마다 애플리케이션이 보는 것과 돌려보내는 것을 나열합니다. `--peer tungstenite`나 `--peer gorilla`로 하나만 볼 수 있습니다.
    .check-2 = 같은 연결에 대한 양쪽 로그를 비교하십시오. 게이트웨이는 1014 코드를 보내고 1002 코드를 받았으며, 클라이언트는 1014 코드를 받았지만 1002 코드를 보고합니다. 닫기 프레임을 받기 전에 1002 코드를 보낸 클라이언트라면 다른 프로토콜 문제입니다.
    .check-3 = 클라이언트 쪽에서 Wireshark로, 브라우저 클라이언트라면 개발자 도구로 프레임을 캡처하십시오. 페이로드가 `03 f6`으로 시작하는 닫기 프레임이 들어오고, 이어서 `03 ea`(1002 코드)로 시작하는 닫기 프레임이 나간다면 바로 이 경우입니다.
    .check-4 = SDK와 프레임워크에 포함된 라이브러리까지 포함해, 클라이언트 라이브러리와 버전을 위의 원인과 대조하십시오.
    .fix-1 = 먼저 업스트림을 고치십시오. 1014 코드는 게이트웨이 뒤의 실제 장애를 알리므로, 백엔드 상태와 게이트웨이의 업스트림 주소, 포트, WebSocket 설정을 확인하십시오.
    .fix-2 = 고친 버전이 있다면 1014 코드를 거부하는 클라이언트를 업그레이드하십시오. Node ws 7.2.2 이상, .NET 8 이상, Boost.Beast 1.92 이상입니다.
    .fix-3 = tungstenite와 gorilla 클라이언트가 게이트웨이에 연결하는 동안에는 1014 코드 대신 1011 내부 오류(Internal Error) 코드를 보내십시오. 이 클라이언트들은 1011 코드를 받아들이고, closecode의 재연결 판단도 두 코드 모두 같습니다. 백오프를 적용해 재시도합니다.
    .fix-4 = 게이트웨이가 1014 코드를 보내지 않게 될 때까지, gorilla 클라이언트에서는 "bad close code" 오류를 치명적인 버그가 아니라 1014 코드 종료처럼 처리해 백오프를 적용해 재연결하십시오.
