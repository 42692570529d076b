## `closecode explain`：ログの行が報告する内容です。

explain-line = { $line }行目
label-explain-reports = 報告内容
label-decided-by = 決めた側
label-format = 形式
label-message = メッセージ
label-protocol = プロトコル
who-peer = 相手側：相手側から届いた
who-local = こちら側：ローカルで決めた
who-unknown = 行には書かれていない

explain-failure-http = サーバーがHTTP { $status }でアップグレードを拒否した
explain-failure-handshake = オープニングハンドシェイクが失敗した（理由は行に書かれていない）
explain-failure-tls-certificate = TLSの失敗：証明書が拒否された
explain-failure-tls-expired = TLSの失敗：証明書が期限切れか、まだ有効になっていない
explain-failure-tls-untrusted = TLSの失敗：証明書の発行者が信頼されていない
explain-failure-tls-hostname = TLSの失敗：証明書が別のホスト名に対して発行されている
explain-failure-tls-protocol = TLSの失敗：両側が受け入れるTLSバージョンか暗号スイートがない
explain-failure-tls = TLSの失敗
explain-failure-dns = ホスト名を解決できなかった（DNS）
explain-failure-refused = サーバーがTCP接続を拒否した
explain-failure-reset = 接続がリセットされた
explain-failure-timeout-connect = 接続かオープニングハンドシェイクに時間がかかりすぎた
explain-failure-timeout-idle = 開いた接続が長く無通信のままだった：pongもデータもない
explain-failure-timeout = 制限時間が切れた
explain-failure-seen-by-app = ブラウザーは、この失敗を理由なしの1006として報告します。

explain-see-line = 上の{ $line }行目で説明しました。
explain-unrecognized = この行に一致する既知の形式はありません。
explain-none = クローズコードや接続の失敗を報告している行はありません。
explain-too-long = { $line }行目は{ $max }バイトより長いため、スキップしました。
explain-summary = 読んだ行：{ $lines }、認識した行：{ $recognized }。
explain-error-read = 標準入力を読めません：{ $error }
explain-error-terminal = ログの行を引数として渡すか、ログを標準入力にパイプしてください。

label-received = 受信したコード
label-sent = 送信したコード
label-details = 詳しく
explain-refused = 相手側が送ったクローズコード{ $received }をこのライブラリは受け付けず、クローズコード{ $sent }で接続を失敗させました。
explain-by-context = 不明：前後の語からコードを読み取りました
explain-by-message = 不明：OS、名前解決（DNS）、TLSのいずれかのエラーメッセージです
