## 二つのコードの比較です。$a と $b はコード番号、$name_a と $name_b はコードの名前です。

compare-title = { $a }（{ $name_a }）と{ $b }（{ $name_b }）の比較
compare-intro = { $a }（{ $name_a }）と{ $b }（{ $name_b }）を比較します。それぞれのコードの意味、発生する状況と対処方法、二つのコードを分ける違い、状況ごとに送るべきコードと受け取ると考えられるコードをまとめました。
compare-intro-same = { $a }（{ $name_a }）をそれ自身と比較しました。両側が同じコードなので、違いはありません。
## 主な違い一つです。$fact_a と $fact_b は、下の pred- メッセージや .cause のような完結した文です。
compare-difference = { $a }は、{ $fact_a }これに対して{ $b }は、{ $fact_b }
compare-no-differences = { $a }と{ $b }は、コード表の基本情報がすべて同じです。違うのは説明だけです。
compare-same-code = 違いはありません。両側とも{ $a }です。

## 述部：「1006は、」に続く完結した文です。
pred-wire-sendable = クローズフレームに入れて送れます。
pred-wire-reserved = RFC 6455ではクローズフレームに使えますが、意味のないコードのため、ライブラリは拒否し、ブラウザーは受け入れます。
pred-wire-local-only = 内部で報告するためだけのコードで、クローズフレームで送ってはいけません。
pred-wire-invalid = クローズフレームでは使えないコードです。ライブラリは拒否しますが、ブラウザーはそのままページに渡します。
pred-browser-yes = ブラウザーのスクリプトから`WebSocket.close()`で送れます。
pred-browser-no = ブラウザーのスクリプトからは送れません。`WebSocket.close()`が`InvalidAccessError`を投げます。
pred-http = HTTP { $status }に相当します。
pred-http-none = 対応するHTTPステータスがありません。
pred-registered-rfc = RFC 6455自体が定義しています。
pred-registered-on = RFC 6455の後、{ $year }年{ $month }月{ $day }日にIANAに登録されました。
pred-registered-later = RFC 6455の後でIANAに登録されました。
pred-unregistered = 登録されていません。{ $first }〜{ $last }の範囲に属します。
pred-retry-done = 意図したクローズなので、クライアントは再接続しません。
pred-retry-backoff = 受け取ったら、指数バックオフとジッターを使って再接続します（closecodeのスケジュール：最初は0〜5秒、その後は倍々に延ばして最大60秒、10回まで）。
pred-retry-randomized-delay = 受け取ったら、5〜30秒のランダムな待ち時間の後で再接続します（closecodeのスケジュール：その後は倍々に延ばして最大120秒、10回まで）。
pred-retry-elsewhere = 受け取ったら、別のサーバーに接続するか、かなり後で再試行します（closecodeのスケジュール：最初は30〜120秒、その後は倍々に延ばして最大600秒、10回まで）。
pred-retry-fix-first = 原因を修正するまで、再試行のたびにまた失敗します。
pred-retry-credentials = 受け取ったら、新しい認証情報か権限を得るまで再接続は成功しません。
pred-retry-app-defined = 標準で決められた意味のない番号なので、クライアントはアプリケーションが決めた場合にだけ再接続します。
pred-sender-either = どちらのエンドポイントも送れます。
pred-sender-client = クライアントだけが送ります。
pred-sender-server = サーバーが送ります。
pred-sender-gateway = ゲートウェイやプロキシがクライアントに送ります。
pred-sender-nobody = どのエンドポイントも送るべきではありません。

## 相手側の表（data/peers.toml）が受け取ったコードをどう扱うか。$peers は拒否する相手側、$reply はそのすべてが応答するコードです。
label-peer-treatment = 相手側の扱い
pred-peers-all-accept = closecodeの相手側の表にあるすべてのライブラリとブラウザーが受け入れます。
pred-peers-none-accept = closecodeの相手側の表にあるすべてのライブラリとブラウザーが拒否します。
pred-peers-refused = { $peers }が拒否し、ほかの相手側は受け入れます。
pred-peers-refused-reply = { $peers }が拒否して{ $reply }で応答し、ほかの相手側は受け入れます。
label-shared-scenarios = 両方のコードが現れる状況
