## 페이지의 예제(examples/site/의 파일, CI가 테스트 서버에 연결해 실행합니다) 앞뒤에 붙는 제목과 문장입니다.
## 한국어 페이지는 examples/site/ko/의 사본을 보여 줍니다. 코드는 같고 주석만 한국어로 옮겼습니다.

example-heading = 코드에서 처리하기
example-intro = 각 예제는 닫기 코드와 닫기 사유를 읽어 로그에 남기고, 기다리면 해결되는 코드일 때만 `closecode retry`가 보여 주는 지연 시간에 따라 재연결합니다. CI는 이 파일들을 그대로 테스트 서버에 연결해 실행합니다.
example-browser = 브라우저: onclose 핸들러
example-rust = Rust: tungstenite
example-python = Python: websockets
example-nginx = nginx 뒤에 둘 때
example-nginx-intro = nginx는 설정해 두어야만 `Upgrade` 헤더와 `Connection` 헤더를 백엔드로 넘깁니다. 또 `proxy_read_timeout`(기본값 60초) 동안 아무 데이터도 오가지 않는 WebSocket을 닫으며, 브라우저는 이를 1006 코드로 보고합니다. WebSocket 백엔드용 `location` 블록은 다음과 같습니다.
