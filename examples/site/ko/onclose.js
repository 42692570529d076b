// 브라우저 WebSocket 예제입니다. 연결이 끝난 이유를 사용자의 언어로 알려 주고, 기다리면
// 해결될 때만 closecode의 지연 시간에 따라 재연결합니다. npm 패키지 closecode를
// 사용합니다(`npm install closecode`). fromCloseEvent는 연결이 닫힌 까닭과 사용자에게
// 보여 줄 문장을, createReconnector는 다시 연결할지와 언제 연결할지를 알려 줍니다.
// 일정은 `closecode retry CODE`가 출력하는 것과 같습니다. 첫 지연은 무작위이고, 그 뒤로
// 점점 길어지며, 최대 10번 시도합니다.
//
// CloseEvent: https://html.spec.whatwg.org/multipage/web-sockets.html#the-closeevent-interface
// 브라우저는 닫기 프레임 없이 끝난 연결(거부된 핸드셰이크, 끊긴 TCP 연결, 프록시의 유휴 시간
// 초과)을 모두 코드 1006, `wasClean`은 `false`로 보고합니다.
import { createReconnector, fromCloseEvent } from 'closecode';

// `url`에 연결하고, 연결이 닫히면 기다려서 해결되는 경우에만 다시 연결합니다.
// `show(text)`는 사용자에게 보여 줄 문장을 페이지에 표시하고, `onMessage(data)`는
// 메시지를 하나씩 받습니다. `offerRetry(retry)`는 시도를 모두 쓴 뒤에 사용자가
// `retry()`를 부를 수 있게 합니다(버튼 등).
export function connect(url, { show, onMessage, offerRetry }) {
  // `url`로 가는 모든 연결이 `reconnect` 하나를 함께 씁니다. `reconnect`는 시도 횟수를 세고,
  // 마지막 시도 뒤에는 포기하며, 오래 유지된 연결이 끝나면 처음부터 다시 시작합니다. 문장은
  // `navigator.languages`의 언어로 나옵니다.
  const reconnect = createReconnector();

  function open() {
    const socket = new WebSocket(url);
    let openedAt = null;
    socket.onopen = () => {
      openedAt = Date.now();
    };
    socket.onmessage = (event) => onMessage(event.data);
    // error 이벤트 뒤에는 언제나 close 이벤트가 옵니다. 판단은 close 이벤트에서 합니다.
    socket.onerror = () => {};
    socket.onclose = (event) => {
      // `event.reason`은 상대방이 보낸 텍스트(최대 123바이트)입니다. 로그에 남기고, 사용자에게는
      // 절대 보여 주지 않습니다.
      console.log(
        `WebSocket closed: code ${event.code}, reason ${JSON.stringify(event.reason)}, ` +
          `clean ${event.wasClean}`,
      );
      // open 이벤트 없이 받은 1006은 끊긴 연결이 아니라 실패한
      // 핸드셰이크입니다(401 같은 업그레이드 거부, TLS, DNS).
      // HTTP 상태 코드는 이벤트가 아니라 브라우저의 네트워크 탭에
      // 있습니다.
      const opened = openedAt !== null;
      const answer = fromCloseEvent(event, { opened });
      if (answer.by === 'handshake') {
        console.log('The connection never opened.');
      }
      const stayedUpMs = opened ? Date.now() - openedAt : 0;
      const next = reconnect.next(event, { opened, stayedUpMs });
      if (next.action === 'retry') {
        console.log(`Reconnecting in ${next.delayMs} ms (attempt ${next.attempt}).`);
        show(`${answer.userMessage} ${next.countdown}`);
        setTimeout(open, next.delayMs);
      } else if (next.action === 'stop') {
        // 기다려도 해결되지 않습니다. 1000, 1008처럼 원인을 먼저 고치거나 새 자격 증명이
        // 필요한 코드와 애플리케이션의 4000-4999입니다.
        console.log(`Not reconnecting after ${event.code}.`);
        show(answer.userMessage);
      } else {
        // 모든 시도가 실패했습니다('give-up'). 연결 종료에 대한 사용자 메시지는 재연결을
        // 약속하므로, 앱이 시도를 멈췄다는 안내를 보여 주고 버튼을 제공합니다. 버튼을 누르면
        // 일정이 처음부터 다시 시작됩니다.
        console.log(`Giving up after ${next.attempt} attempts.`);
        show(next.giveUpMessage);
        offerRetry(() => {
          reconnect.reset();
          open();
        });
      }
    };
  }

  open();
}
