## レンダリングしたページと CLI がテキストの周りに付ける見出しと語句です。

locale-name = 日本語

label-description = 説明
label-symptom = このコードが発生する状況
label-remedy = 対処方法
label-key-differences = 主な違い
label-when-to-use = 使い分け
label-facts = 基本情報
label-range = 範囲
label-reference = 定義元
label-registered-on = 登録日
label-wire = 送信
label-browser = ブラウザーの close()
label-sent-by = 送信元
label-retry = 再接続
label-http = 対応する HTTP ステータス
label-iana-name = IANA レジストリでの名前
label-other-names = ほかのライブラリでの名前

wire-sendable = クローズフレームに入れて送れる
wire-local-only = 内部専用：エンドポイントが報告するだけで、送信しない
wire-invalid = クローズフレームでは使えない
browser-yes = スクリプトから close() に渡せる
browser-no = close() が拒否する
status-registered = IANA に登録済み
status-unregistered = 未登録

## 再接続の分類（data/close-codes.toml の retry）。
retry-done = 再接続しない：接続は意図どおりに終わった
retry-backoff = 指数バックオフとジッターを使って再接続：最初は0〜5秒、その後は倍々に増やして最大60秒、最大10回
retry-randomized-delay = 5〜30秒のランダムな待ち時間の後で再接続：その後は倍々に増やして最大120秒、最大10回
retry-elsewhere = 別のサーバーに再接続するか、かなり後で再接続：最初は30〜120秒、その後は倍々に増やして最大600秒、最大10回
retry-fix-first = 原因を修正するまで再接続しない
retry-credentials = 認証情報か権限が変わるまで再接続しない
retry-app-defined = アプリケーションが決める：決めない限り再接続しない

## 送信元（data/close-codes.toml の sent_by）。
sender-either = どちらのエンドポイントも
sender-client = クライアント
sender-server = サーバー
sender-gateway = ゲートウェイまたはプロキシ
sender-nobody = なし：送信されない

## 比較ページ、表、ドキュメントサイトの見出しと語句です。
label-cause = よくある原因
label-when-sending = このコードでクローズするとき
label-when-receiving = このコードを受け取ったとき
label-user-message = ユーザーに伝える内容
label-registration = 登録
label-code = コード
label-name = 名前
label-registered-codes = 登録済みのクローズコード
label-ranges = 範囲
label-reference-title = WebSocket のクローズコード
label-reference-intro = WebSocket のすべてのクローズコードです。IANA に登録されたコードと、それ以外のすべての番号に意味を与える範囲をまとめました。コードごとに、基本情報、よくある原因、対処方法を載せたページがあります。
label-compare-with = 比較するコード
label-all-comparisons = すべての比較
label-back-to-index = すべてのクローズコード
label-other-language = ほかの言語

## 再接続を待つ間、アプリがユーザーに表示できる案内です。
user-reconnecting = { $seconds ->
    [0] 今すぐ再接続します。
   *[other] { $seconds }秒後に再接続します。
}
