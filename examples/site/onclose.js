// A browser WebSocket that reads how each connection ended (event.code, event.reason,
// event.wasClean) and reconnects only when the code says that waiting helps, with the
// delays `closecode retry CODE` prints: a random first delay, then a ceiling that doubles,
// each delay drawn between half the ceiling and the ceiling, at most 10 attempts.
//
// CloseEvent: https://html.spec.whatwg.org/multipage/web-sockets.html#the-closeevent-interface
// A browser reports every connection that ended without a Close frame (a refused handshake, a
// dropped TCP connection, a proxy's idle timeout) as code 1006 with wasClean false.

// Codes after which a client reconnects on its own, and the schedule of each:
// [first delay min, first delay max, cap], in seconds.
const SCHEDULES = {
  backoff: [0, 5, 60],
  'randomized-delay': [5, 30, 120],
  elsewhere: [30, 120, 600],
};
const RECONNECT = {
  1001: 'backoff', // Going Away: the server is shutting down
  1006: 'backoff', // Abnormal Closure: no Close frame (network, proxy, refused handshake)
  1011: 'backoff', // Internal Error
  1012: 'randomized-delay', // Service Restart: spread the clients out
  1013: 'elsewhere', // Try Again Later: the server is overloaded
  1014: 'backoff', // Bad Gateway: a proxy could not reach the upstream
  3008: 'backoff', // Timeout
};
const ATTEMPTS = 10;
const STABLE_MS = 60000; // a connection that stayed up this long starts the schedule over

function delayMs(schedule, attempt) {
  const [firstMin, firstMax, cap] = SCHEDULES[schedule];
  const ceiling = Math.min(cap, firstMax * 2 ** (attempt - 2));
  const [low, high] = attempt === 1 ? [firstMin, firstMax] : [ceiling / 2, ceiling];
  return Math.round(1000 * (low + Math.random() * (high - low)));
}

function connect(url, onMessage) {
  let running = null; // the schedule in use, and how many attempts it has made
  let attempts = 0;
  let openedAt = null;

  function open() {
    const ws = new WebSocket(url);
    ws.onopen = () => {
      openedAt = Date.now();
    };
    ws.onmessage = (event) => onMessage(event.data);
    // An error event is always followed by a close event: decide there.
    ws.onerror = () => {};
    ws.onclose = (event) => {
      // event.reason is the peer's text (at most 123 bytes): log it, never show it to users.
      console.log(
        `WebSocket closed: code ${event.code}, reason ${JSON.stringify(event.reason)}, ` +
          `clean ${event.wasClean}`,
      );
      if (openedAt === null) {
        // open never fired: the handshake failed (a refused upgrade, TLS or
        // DNS). The HTTP status is in the browser's network tab, never in the
        // close event.
        console.log('The connection never opened.');
      }
      if (openedAt !== null && Date.now() - openedAt >= STABLE_MS) {
        running = null;
      }
      openedAt = null;
      const schedule = RECONNECT[event.code];
      if (schedule === undefined) {
        // 1000 Normal Closure, 1008 Policy Violation, 1002, 1003, 1007, 1009 (fix the cause
        // first), 3000 and 3003 (new credentials first), and the application's 4000-4999.
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
