## どのページも最初に示す答え（要約）、長いページの短い目次、例のページへ案内する文です。

summary-cause = { $code }は、{ $cause }
summary-label-cause = 主な原因
summary-label-first-check = まず確認すること
summary-label-read-next = 次に読むページ
page-contents = このページの内容
## 1006のページでまず確認することです。1006の対処方法もこの確認から始まります。
first-check-1006 = `open`イベントが発生したかを確認してください。発生していなければハンドシェイクの失敗（アップグレードの拒否、TLS、DNS）で、本当のステータスはブラウザーのネットワークタブかプロキシのログにあります。発生していれば、接続は後から切れています。
example-more = すべてのクローズコードを読み、待てば解決する場合だけ再接続する完全なプログラムです。CIでテスト用サーバーに対して実行しています。
example-page-intro = 接続ごとにクローズコードとクローズ理由を読んでログに残し、待てば解決するコードのときだけ、`closecode retry`が示す間隔で再接続する完全なプログラムです。CIはこのファイルをそのままテスト用サーバーに接続して実行しています。
example-browser-intro = npmパッケージclosecodeを使う、完全なブラウザー用モジュールです。接続が終わった理由をユーザーの言語で表示し、クローズコード、クローズ理由、`wasClean`をログに残し、待てば解決するコードのときだけ、closecodeの間隔で再接続します。パッケージは`npm install closecode`でインストールし、モジュールは`'closecode'`から`createReconnector`と`fromCloseEvent`を読み込みます。この名前はバンドラーかインポートマップが解決します。CIはこのファイルをそのままテスト用サーバーに接続して実行しています。
example-snippet-1006 = oncloseの例からの抜粋です。拒否されたハンドシェイクも切れた接続も1006と`wasClean`のfalseで閉じます。`open`イベントが発生したかどうかをclosecodeに渡すと、`fromCloseEvent`は拒否されたハンドシェイクに`by: 'handshake'`と答えます。
example-snippet-1009 = 接続を閉じた側の制限を引き上げてください。例から抜粋した、Python websockets（`max_size`、既定値は1 MiB）とtungstenite（`max_message_size`、既定値は64 MiB）の設定です。
