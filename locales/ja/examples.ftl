## ページの例（examples/site/のファイル。CIがテスト用サーバーに接続して実行します）の前後に置く見出しと文です。
## 日本語のページはexamples/site/ja/のコピーを表示します。コードは同じで、コメントだけを日本語に訳しています。

example-heading = コードでの処理
example-intro = どの例も、クローズコードとクローズ理由を読んでログに残し、待てば解決するコードのときだけ、`closecode retry`が示す間隔で再接続します。CIはこれらのファイルをそのままテスト用サーバーに接続して実行しています。
example-browser = ブラウザー：oncloseハンドラー
example-rust = Rust：tungstenite
example-python = Python：websockets
example-nginx = nginxの背後で動かす場合
example-nginx-intro = nginxは、設定したときだけ`Upgrade`ヘッダーと`Connection`ヘッダーをバックエンドに渡します。また、`proxy_read_timeout`（既定値は60秒）のあいだデータのないWebSocketを閉じ、ブラウザーはこれを1006として報告します。WebSocketのバックエンド向けの`location`ブロックの例です。
