// ブラウザーのWebSocketの例です。接続がどう終わったか（`event.code`、`event.reason`、
// `event.wasClean`）を読み、待てば解決するクローズコードのときだけ再接続します。間隔は
// `closecode retry CODE`が示す値に従います。最初の間隔はランダムで、その後は上限が2倍ずつ
// 増え、各間隔は上限の半分から上限までの間で選びます。試行は最大10回です。
//
// CloseEvent：https://html.spec.whatwg.org/multipage/web-sockets.html#the-closeevent-interface
// ブラウザーは、クローズフレームなしで終わった接続（拒否されたハンドシェイク、切れたTCP接続、
// プロキシのアイドルタイムアウト）をすべてコード1006、`wasClean`は`false`として報告します。

// クライアントが自動で再接続するクローズコードと、それぞれのスケジュールです。
// ［最初の間隔の最小、最初の間隔の最大、上限］で、単位は秒です。
const SCHEDULES = {
  backoff: [0, 5, 60],
  'randomized-delay': [5, 30, 120],
  elsewhere: [30, 120, 600],
};
const RECONNECT = {
  1001: 'backoff', // エンドポイントの離脱（Going Away）：サーバーが停止するところです
  1006: 'backoff', // 異常終了（Abnormal Closure）：クローズフレームがありません（ネットワーク、プロキシ、拒否されたハンドシェイク）
  1011: 'backoff', // 内部エラー（Internal Error）
  1012: 'randomized-delay', // サービス再起動（Service Restart）：クライアントが一斉に戻らないよう分散させます
  1013: 'elsewhere', // 後で再試行（Try Again Later）：サーバーが過負荷です
  1014: 'backoff', // 不正なゲートウェイ（Bad Gateway）：プロキシがアップストリームに接続できませんでした
  3008: 'backoff', // タイムアウト（Timeout）
};
const ATTEMPTS = 10;
const STABLE_MS = 60000; // この時間以上続いた接続が終わったら、スケジュールを最初からやり直します

function delayMs(schedule, attempt) {
  const [firstMin, firstMax, cap] = SCHEDULES[schedule];
  const ceiling = Math.min(cap, firstMax * 2 ** (attempt - 2));
  const [low, high] = attempt === 1 ? [firstMin, firstMax] : [ceiling / 2, ceiling];
  return Math.round(1000 * (low + Math.random() * (high - low)));
}

function connect(url, onMessage) {
  let running = null; // 使用中のスケジュールと、それで試行した回数
  let attempts = 0;
  let openedAt = null;

  function open() {
    const ws = new WebSocket(url);
    ws.onopen = () => {
      openedAt = Date.now();
    };
    ws.onmessage = (event) => onMessage(event.data);
    // errorイベントの後には必ずcloseイベントが来ます。判断はcloseイベントで行います。
    ws.onerror = () => {};
    ws.onclose = (event) => {
      // `event.reason`は相手側が送ったテキスト（最大123バイト）です。ログに残し、ユーザーには
      // 決して表示しません。
      console.log(
        `WebSocket closed: code ${event.code}, reason ${JSON.stringify(event.reason)}, ` +
          `clean ${event.wasClean}`,
      );
      if (openedAt === null) {
        // openイベントが発生していません。ハンドシェイクが失敗しました
        // （アップグレードの拒否、TLS、DNS）。HTTPステータスは
        // closeイベントではなく、ブラウザーのネットワークタブにあります。
        console.log('The connection never opened.');
      }
      if (openedAt !== null && Date.now() - openedAt >= STABLE_MS) {
        running = null;
      }
      openedAt = null;
      const schedule = RECONNECT[event.code];
      if (schedule === undefined) {
        // 1000 正常終了、1008 ポリシー違反、1002、1003、1007、1009（先に原因の修正が必要です）、
        // 3000と3003（先に新しい認証情報が必要です）、アプリケーションの4000〜4999です。
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
