## クローズフレーム（RFC 6455 §5.5.1）のデコード、検証、エンコードです。

label-close-frame = クローズフレーム
label-payload = ペイロード
label-reason = クローズ理由
label-verdict = 判定
label-schedule = 再接続スケジュールの例
label-attempt = 試行
duration-seconds = { $seconds }秒
reconnect-in = { $seconds ->
    [0]今すぐ
   *[other] { $seconds }秒後
}
label-delay = 待ち時間

frame-valid = 正しいクローズフレームです。
frame-valid-refused = RFC 6455では使えますが、次の相手側はこのフレームを拒否します：{ $peers }。
list-separator = 、
# ラベルの後、内容の前に置く記号（「エラー：…」）。
after-label = ：
frame-invalid = 不正なフレームです。{ $code }を送って接続を閉じてください。
frame-empty = 空のペイロードです。ステータスコードがないため、1005として報告します。
frame-error-one-byte = ペイロードが1バイトです。クローズフレームのペイロードは、空であるか、2バイトのコードで始まる必要があります。
frame-error-too-long = ペイロードが{ $length }バイトです。クローズフレームに入れられるのは最大125バイトです。
frame-error-utf8 = クローズ理由は、最初の{ $valid }バイトの後が正しいUTF-8ではありません。
frame-error-utf8-start = クローズ理由は、最初のバイトから正しいUTF-8ではありません。
frame-error-utf8-cut = クローズ理由は、最初の{ $valid }バイトの後、UTF-8の文字の途中で終わっています。
frame-error-code = コード{ $code }はクローズフレームに入れられません。
encode-error-code = コード{ $code }はクローズフレームで送れません。
encode-error-reserved = コード{ $code }は意味のない予約コードです。RFC 6455ではクローズフレームに使えますが、ライブラリが拒否するため、closecodeは送りません。
encode-error-reason = クローズ理由が{ $length }バイトです。クローズ理由は最大123バイトです。

## 実際の相手側がクローズフレームのペイロードをどう扱うか（data/peers.toml）。
label-peers = 相手側ごとの動作
label-peers-receive = このコードを受け取った相手側の動作
label-peer = 相手側
label-peer-sees = アプリケーションに見えるもの
label-peer-replies = 送り返すもの
peer-sees-no-code = コードのないクローズ
peer-sees-error = エラー：{ $error }
peer-replies-empty = 空のクローズフレーム
peer-replies-nothing = クローズフレームを送らない
peers-all-accept = closecodeの表にあるすべてのライブラリとブラウザーが、このペイロードを受け入れ、そのまま渡します。
peer-accepts = { $peer }：このペイロードを受け入れます。
peer-refuses = { $peer }：このペイロードを受け入れません。

## 接続を失敗させるときに送るコードと、その理由です。
label-recommendation = このコードを選ぶ理由
frame-why-protocol = ペイロードがRFC 6455のクローズフレームの規則（§5.5と§7.4）に違反しています。プロトコルエラーには1002を送ります。
frame-why-utf8 = コードは正しいものの、クローズ理由がUTF-8ではありません。RFC 6455 §8.1は接続を失敗させるよう求めるだけで、コードを指定していません。closecodeはPython websocketsやNode wsと同じく1007を送りますが、§7.4.1が1007を定めているのはメッセージ内のデータについてです。gorilla、.NET、Chromiumは1002で応答し、Autobahn TestSuiteはどちらも認めます。
frame-why-both = コードとクローズ理由の両方が誤っています。closecodeは、ペイロードの先頭にあってデコードの要らないコードのほうを報告し、1002を送ります。クローズ理由を先にデコードする相手側は、クローズ理由のほうに反応します。Python websockets 10以降は1007で応答し、tungsteniteとFirefoxはクローズフレームを送りません。
