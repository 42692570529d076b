// ブラウザーのWebSocketの例です。接続が終わった理由をユーザーの言語で伝え、待てば解決する
// ときだけ、closecodeの間隔で再接続します。npmパッケージclosecodeを使います
// （`npm install closecode`）。fromCloseEventはクローズの意味とユーザーに表示する文を、
// createReconnectorは再接続するかどうかと、いつ再接続するかを返します。スケジュールは
// `closecode retry CODE`が示すものと同じです。最初の間隔はランダムで、その後は長くなり、
// 試行は最大10回です。
//
// CloseEvent：https://html.spec.whatwg.org/multipage/web-sockets.html#the-closeevent-interface
// ブラウザーは、クローズフレームなしで終わった接続（拒否されたハンドシェイク、切れたTCP接続、
// プロキシのアイドルタイムアウト）をすべてコード1006、`wasClean`は`false`として報告します。
import { createReconnector, fromCloseEvent } from 'closecode';

// `url`に接続し、待てば解決するクローズの後には接続し直します。`show(text)`はユーザー向けの
// 文をページに表示し、`onMessage(data)`はメッセージを1件ずつ受け取ります。`offerRetry(retry)`は、
// 試行を使い切った後にユーザーが`retry()`を呼べるようにします（ボタンなど）。
export function connect(url, { show, onMessage, offerRetry }) {
  // `url`へのすべての接続で、1つの`reconnect`を共有します。`reconnect`は試行回数を数え、
  // 最後の試行の後はあきらめ、長く続いた接続が終わると最初からやり直します。文は
  // `navigator.languages`の言語になります。
  const reconnect = createReconnector();

  function open() {
    const socket = new WebSocket(url);
    let openedAt = null;
    socket.onopen = () => {
      openedAt = Date.now();
    };
    socket.onmessage = (event) => onMessage(event.data);
    // errorイベントの後には必ずcloseイベントが来ます。判断はcloseイベントで行います。
    socket.onerror = () => {};
    socket.onclose = (event) => {
      // `event.reason`は相手側が送ったテキスト（最大123バイト）です。ログに残し、ユーザーには
      // 決して表示しません。
      console.log(
        `WebSocket closed: code ${event.code}, reason ${JSON.stringify(event.reason)}, ` +
          `clean ${event.wasClean}`,
      );
      // openイベントなしの1006は、切れた接続ではなく失敗した
      // ハンドシェイクです（401などのアップグレードの拒否、TLS、
      // DNS）。HTTPステータスはイベントではなく、ブラウザーの
      // ネットワークタブにあります。
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
        // 待っても解決しません。1000、1008など、先に原因の修正や新しい認証情報が必要なコードと、
        // アプリケーションの4000〜4999です。
        console.log(`Not reconnecting after ${event.code}.`);
        show(answer.userMessage);
      } else {
        // すべての試行が失敗しました（'give-up'）。このクローズのユーザー向けメッセージは再接続を
        // 約束するので、アプリが試行をやめたことを伝える案内を表示し、ボタンを出します。押すと
        // スケジュールが最初からやり直しになります。
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
