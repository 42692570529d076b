// A browser WebSocket that tells its user why the connection ended, in the user's language, and
// reconnects only when waiting helps, with closecode's delays. It uses the npm package closecode
// (`npm install closecode`): fromCloseEvent says what a close means and what to tell the user,
// createReconnector whether and when to connect again (the schedule `closecode retry CODE`
// prints: a random first delay, then longer ones, at most 10 attempts).
//
// CloseEvent: https://html.spec.whatwg.org/multipage/web-sockets.html#the-closeevent-interface
// A browser reports every connection that ended without a Close frame (a refused handshake, a
// dropped TCP connection, a proxy's idle timeout) as code 1006 with wasClean false.
import { createReconnector, fromCloseEvent } from 'closecode';

// Connects to `url`, and again after every close where waiting helps. `show(text)` puts a line
// for the user on the page, `onMessage(data)` gets each message, and `offerRetry(retry)` lets
// the user call `retry()` (a button) once the attempts are used up.
export function connect(url, { show, onMessage, offerRetry }) {
  // One reconnector for every connection to `url`: it counts the attempts, gives up after the
  // last, and starts over after a connection that stayed up. Its texts are in the language of
  // navigator.languages.
  const reconnect = createReconnector();

  function open() {
    const socket = new WebSocket(url);
    let openedAt = null;
    socket.onopen = () => {
      openedAt = Date.now();
    };
    socket.onmessage = (event) => onMessage(event.data);
    // An error event is always followed by a close event: decide there.
    socket.onerror = () => {};
    socket.onclose = (event) => {
      // event.reason is the peer's text (at most 123 bytes): log it, never show it to users.
      console.log(
        `WebSocket closed: code ${event.code}, reason ${JSON.stringify(event.reason)}, ` +
          `clean ${event.wasClean}`,
      );
      // Without open, a 1006 is a failed handshake (a refused upgrade
      // such as a 401, TLS or DNS), not a drop. The HTTP status is in the
      // browser's network tab, never in the event.
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
        // Waiting does not help: 1000, 1008 and the other codes that need a fix or new
        // credentials first, and the application's own 4000-4999.
        console.log(`Not reconnecting after ${event.code}.`);
        show(answer.userMessage);
      } else {
        // Every attempt failed ('give-up'). The close's user message would promise one more:
        // show that the app stopped trying, and offer a button that starts the schedule over.
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
