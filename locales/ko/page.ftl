## 모든 페이지가 맨 먼저 보여 주는 답(요약), 긴 페이지의 짧은 목차, 예제 페이지로 안내하는 문장입니다.

summary-cause = { $code } 코드는 { $cause }
summary-label-cause = 주요 원인
summary-label-first-check = 먼저 확인할 것
summary-label-read-next = 이어서 볼 문서
page-contents = 이 페이지의 내용
## 1006 페이지에서 먼저 확인할 것입니다. 1006의 해결 방법도 이 확인으로 시작합니다.
first-check-1006 = `open` 이벤트가 발생했는지 확인하십시오. 발생하지 않았다면 핸드셰이크가 실패한 것이며(업그레이드 거부, TLS, DNS), 실제 상태 코드는 브라우저의 네트워크 탭이나 프록시 로그에 있습니다. 발생했다면 연결이 나중에 끊긴 것입니다.
example-more = 모든 닫기 코드를 읽고 기다리면 해결되는 경우에만 재연결하는 전체 프로그램입니다. CI에서 테스트 서버를 상대로 실행합니다.
example-page-intro = 연결마다 닫기 코드와 닫기 사유를 읽어 로그에 남기고, 기다리면 해결되는 코드일 때만 `closecode retry`가 보여 주는 지연 시간에 따라 재연결하는 전체 프로그램입니다. CI는 이 파일을 그대로 테스트 서버에 연결해 실행합니다.
example-browser-intro = npm 패키지 closecode를 사용하는 완전한 브라우저 모듈입니다. 연결이 끝난 이유를 사용자의 언어로 보여 주고, 닫기 코드와 닫기 사유, `wasClean`을 로그에 남기며, 기다리면 해결되는 코드일 때만 closecode의 지연 시간에 따라 재연결합니다. 패키지는 `npm install closecode`로 설치하고, 모듈은 `'closecode'`에서 `createReconnector`와 `fromCloseEvent`를 가져옵니다. 이 이름은 번들러나 import map이 해석합니다. CI는 이 파일을 그대로 테스트 서버에 연결해 실행합니다.
example-snippet-1006 = onclose 예제에서 가져온 부분입니다. 거부된 핸드셰이크와 끊긴 연결은 둘 다 1006과 `wasClean` false로 닫힙니다. `open` 이벤트가 발생했는지 closecode에 알려 주면, `fromCloseEvent`는 거부된 핸드셰이크에 `by: 'handshake'`로 답합니다.
example-snippet-1009 = 연결을 닫은 쪽의 제한을 늘리십시오. 예제에서 가져온 Python websockets(`max_size`, 기본값 1MiB)와 tungstenite(`max_message_size`, 기본값 64MiB) 설정입니다.
