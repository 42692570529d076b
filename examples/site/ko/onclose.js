// 브라우저 WebSocket 예제입니다. 연결이 어떻게 끝났는지(`event.code`, `event.reason`,
// `event.wasClean`) 읽고, 기다리면 해결되는 닫기 코드일 때만 재연결합니다. 지연 시간은
// `closecode retry CODE`가 출력하는 값을 따릅니다. 첫 지연은 무작위이고, 그 뒤로는 상한이
// 두 배씩 늘어나며, 각 지연은 상한의 절반과 상한 사이에서 뽑습니다. 최대 10번 시도합니다.
//
// CloseEvent: https://html.spec.whatwg.org/multipage/web-sockets.html#the-closeevent-interface
// 브라우저는 닫기 프레임 없이 끝난 연결(거부된 핸드셰이크, 끊긴 TCP 연결, 프록시의 유휴 시간
// 초과)을 모두 코드 1006, `wasClean`은 `false`로 보고합니다.

// 클라이언트가 스스로 재연결하는 닫기 코드와 각 코드의 일정입니다.
// [첫 지연의 최솟값, 첫 지연의 최댓값, 상한]이며 단위는 초입니다.
const SCHEDULES = {
  backoff: [0, 5, 60],
  'randomized-delay': [5, 30, 120],
  elsewhere: [30, 120, 600],
};
const RECONNECT = {
  1001: 'backoff', // 엔드포인트 이탈(Going Away): 서버가 종료하는 중입니다
  1006: 'backoff', // 비정상 종료(Abnormal Closure): 닫기 프레임이 없습니다(네트워크, 프록시, 거부된 핸드셰이크)
  1011: 'backoff', // 내부 오류(Internal Error)
  1012: 'randomized-delay', // 서비스 재시작(Service Restart): 클라이언트들이 한꺼번에 몰리지 않게 흩어 놓습니다
  1013: 'elsewhere', // 나중에 다시 시도(Try Again Later): 서버에 부하가 몰려 있습니다
  1014: 'backoff', // 잘못된 게이트웨이(Bad Gateway): 프록시가 업스트림에 연결하지 못했습니다
  3008: 'backoff', // 시간 초과(Timeout)
};
const ATTEMPTS = 10;
const STABLE_MS = 60000; // 이만큼 오래 유지된 연결이 끝나면 일정을 처음부터 다시 시작합니다

function delayMs(schedule, attempt) {
  const [firstMin, firstMax, cap] = SCHEDULES[schedule];
  const ceiling = Math.min(cap, firstMax * 2 ** (attempt - 2));
  const [low, high] = attempt === 1 ? [firstMin, firstMax] : [ceiling / 2, ceiling];
  return Math.round(1000 * (low + Math.random() * (high - low)));
}

function connect(url, onMessage) {
  let running = null; // 지금 따르는 일정과, 그 일정으로 시도한 횟수
  let attempts = 0;
  let openedAt = null;

  function open() {
    const ws = new WebSocket(url);
    ws.onopen = () => {
      openedAt = Date.now();
    };
    ws.onmessage = (event) => onMessage(event.data);
    // error 이벤트 뒤에는 언제나 close 이벤트가 옵니다. 판단은 close 이벤트에서 합니다.
    ws.onerror = () => {};
    ws.onclose = (event) => {
      // `event.reason`은 상대방이 보낸 텍스트(최대 123바이트)입니다. 로그에 남기고, 사용자에게는
      // 절대 보여 주지 않습니다.
      console.log(
        `WebSocket closed: code ${event.code}, reason ${JSON.stringify(event.reason)}, ` +
          `clean ${event.wasClean}`,
      );
      if (openedAt === null) {
        // open 이벤트가 발생하지 않았습니다. 핸드셰이크가 실패한 것입니다
        // (업그레이드 거부, TLS, DNS). HTTP 상태 코드는 close 이벤트가 아니라
        // 브라우저의 네트워크 탭에 있습니다.
        console.log('The connection never opened.');
      }
      if (openedAt !== null && Date.now() - openedAt >= STABLE_MS) {
        running = null;
      }
      openedAt = null;
      const schedule = RECONNECT[event.code];
      if (schedule === undefined) {
        // 1000 정상 종료, 1008 정책 위반, 1002, 1003, 1007, 1009(원인을 먼저 고쳐야 합니다),
        // 3000과 3003(새 자격 증명이 먼저 필요합니다), 애플리케이션의 4000-4999입니다.
        console.log(`Not reconnecting after ${event.code}.`);
        return;
      }
      if (schedule !== running) {
        running = schedule;
        attempts = 0;
      }
      if (attempts === ATTEMPTS) {
        console.log(`Giving up after ${ATTEMPTS} attempts.`);
        return;
      }
      attempts += 1;
      const delay = delayMs(schedule, attempts);
      console.log(`Reconnecting in ${Math.ceil(delay / 1000)} s (attempt ${attempts}).`);
      setTimeout(open, delay);
    };
  }

  open();
}
