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
label-browser = ブラウザーのclose()
label-sent-by = 送信元
label-retry = 再接続
label-http = 対応するHTTPステータス
label-iana-name = IANAレジストリでの名前
iana-sentence = 名前ではなく説明文で登録（意味は説明を参照）
label-other-names = ほかのライブラリでの名前

wire-sendable = クローズフレームに入れて送れる
wire-reserved = RFC 6455では使えるが、ライブラリは拒否し、ブラウザーは受け入れる
wire-local-only = 内部専用：エンドポイントが報告するだけで、送信しない
wire-invalid = クローズフレームでは使えない
browser-yes = スクリプトからclose()に渡せる
browser-no = close()が拒否する
status-registered = IANAに登録済み
status-unregistered = 未登録

## 再接続の分類（data/close-codes.toml の retry）。
retry-done = 再接続しない：接続は意図どおりに終わった
retry-backoff = 指数バックオフとジッターを使って再接続：最初は0〜5秒、その後は倍々に延ばして最大60秒、10回まで
retry-randomized-delay = 5〜30秒のランダムな待ち時間の後で再接続：その後は倍々に延ばして最大120秒、10回まで
retry-elsewhere = 別のサーバーに再接続するか、かなり後で再接続：最初は30〜120秒、その後は倍々に延ばして最大600秒、10回まで
retry-fix-first = 原因を修正するまで再接続しない
retry-credentials = 認証情報か権限が変わるまで再接続しない
retry-app-defined = アプリケーションが決める：決めない限り再接続しない

## 同じ答えを一言で：表のセル（索引の早見表）に使います。
retry-token-done = 再接続しない
retry-token-backoff = バックオフで再接続
retry-token-randomized-delay = 5〜30秒後に再接続
retry-token-elsewhere = 別のサーバーか後で
retry-token-fix-first = 先に原因を修正
retry-token-credentials = 新しい認証情報が必要
retry-token-app-defined = アプリケーション次第

## 送信元（data/close-codes.toml の sent_by）。
sender-either = 両方のエンドポイント
sender-client = クライアント
sender-server = サーバー
sender-gateway = ゲートウェイまたはプロキシ
sender-nobody = なし：どのエンドポイントも送るべきではない

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
label-reference-title = WebSocketのクローズコード
label-reference-intro = WebSocketのすべてのクローズコードです。IANAに登録されたコードと、それ以外のすべての番号に意味を与える範囲をまとめました。コードごとに、基本情報、よくある原因、対処方法を載せたページがあります。
label-compare-with = 比較するコード
label-all-comparisons = すべての比較
label-back-to-index = すべてのクローズコード
label-other-language = ほかの言語

## 再接続を待つ間、アプリがユーザーに表示できる案内です。
user-reconnecting = { $seconds ->
    [0]今すぐ再接続します。
   *[other] { $seconds }秒後に再接続します。
}

## 再接続の試行を使い切った後、アプリがユーザーに表示できる案内です。
user-give-up = 再接続できなかったため、接続の試行を停止しました。しばらくしてからもう一度お試しください。


## プロファイル：プロトコルやアプリケーションが決めたコードです（data/profiles/）。
label-profile = プロファイル
label-profiles = プロトコルのプロファイル
label-profiles-intro = プロファイルは、3000〜4999のクローズコードに、プロトコルやアプリケーションが与えた意味を付けます。コードごとに、名前、再接続するかどうか、説明文があり、それぞれ出典を示します。--profileで選びます。
label-protocol-name = プロトコルでの名前
label-codes = コード
label-subprotocols = サブプロトコル
label-sources = 出典
label-basis = 再接続の判断の根拠
basis-docs = プロトコルのドキュメント
basis-reference-client = プロトコルのリファレンスクライアントの動作
basis-inferred = closecodeの判断：プロトコルに推奨がない
no-profile-entry = { $profile }は、コード{ $code }に独自の意味を与えていません。下に示すレジストリの意味が適用されます。
no-subprotocol = なし：プロトコルはサブプロトコルを定めていない

## 失敗：クローズフレームより前に、またはクローズフレームなしで終わる接続です（data/failures.toml）。
label-failure = 失敗
label-failure-symptom = この接続の失敗が発生する状況
label-failures = 接続の失敗
label-failures-intro = 多くの接続は、クローズフレームを送る前に終わります。サーバーがアップグレードを拒否した、TLSやDNSで失敗した、TCP接続が拒否またはリセットされた、相手側がいなくなった、といった場合です。ブラウザーはこれらをすべてクローズコード1006として報告します。しかし、原因も対処方法もそれぞれ異なります。
label-kind = 失敗した段階
kind-handshake = アップグレード：サーバーが101以外のHTTPステータスで応答した
kind-tls = TLS：安全な接続を確立できなかった
kind-dns = DNS：ホスト名を解決できなかった
kind-tcp = TCP：接続が拒否、リセット、または切断された
kind-timeout = タイムアウト：時間内に応答が返ってこなかった
label-in-browser = Webページから見える内容
browser-error-then-close = errorイベントが発火し、続いてコード1006、wasCleanがfalseのcloseイベントが発火します。原因はページからはわかりません。
browser-close-only = errorイベントは発火せず、コード1006、wasCleanがfalseのcloseイベントだけが発火します。原因はページからはわかりません。
label-retry-after = Retry-After
retry-after-wait = サーバーがRetry-Afterヘッダーを送ることがあります。その場合は、少なくともその時間だけ待ってから次の試行をしてください。
label-reports = ライブラリとブラウザーが報告する内容
label-report = 報告内容
label-close-code = クローズコード
label-http-status = HTTPステータス

## シナリオ：目に見える症状から引くページ（data/scenarios.toml）。
label-scenarios = 症状別ガイド
label-scenarios-intro = 目に見える症状から始めます。ガイドごとに、可能性の高い順に原因を挙げ、原因の見分け方と解決の手順をまとめました。
label-scenario = ガイド
label-seen = 見える症状
label-likely-causes = 考えられる原因（可能性の高い順）
label-tell-apart = 原因の見分け方
label-fix = 解決の手順
label-concerns = 関連するコードと接続の失敗

## ドキュメントサイトのタイトル、ランドマーク、フッター、検索、二つのコードを選んで比較するフォームです。
document-title = { $title } · WebSocketのクローズコード
label-site-nav = サイト
label-languages = 言語
label-meaning = 意味
label-retry-tokens = 再接続の答えの意味
label-start-here = 見えている症状から探す
nav-scenarios = 症状別ガイド
nav-failures = 接続の失敗
nav-compare = 比較
language-hint = ブラウザーの言語に合わせたおすすめ：日本語
site-footer = closecode { $version } · { $date }時点のIANAレジストリのスナップショット
label-iana-registry = IANAのクローズコードレジストリ
label-search = クローズコードを探す
search-placeholder = 番号か名前：1006、エンドポイントの離脱
search-go = 検索
label-search-results = 検索結果
search-no-match = その番号か名前のクローズコードはありません。
search-not-a-code = クローズコードは0〜65535の整数です。
search-intro = すべてのクローズコードを番号と名前で探せます。このサイトのすべての言語での名前と、ほかのライブラリでの名前も載せています。上の欄に番号を入力すると、そのページに直接移動します。登録済みのコードならそのコードのページに、それ以外の番号ならその番号を含む範囲のページに移動します。
compare-list-intro = 登録済みのクローズコードを二つずつ組み合わせ、すべての組を並べて比較しました。
picker-title = 二つのコードを比較
picker-first = 一つ目のコード
picker-second = 二つ目のコード
picker-go = 比較
picker-same = 異なるコードを二つ選んでください。
picker-range = 比較ページがあるのは登録済みのコードだけです。範囲には専用のページがあります：
picker-compare-with = { $code }と比較するコード
picker-failure = この二つを比較したページはありません。接続の失敗は、ブラウザーがその失敗に対して報告する1006と比較したページだけがあります。コマンドラインなら、どの二つでも比較できます：
docs-no-sitemap = sitemap.xmlは書き出していません。サイトマップには絶対URLが必要です。書き出すには--base-urlを指定してください。

## 文字列がクローズコードではない理由（ParseCodeError）です。HTTP APIの400応答のように、アプリケーションがユーザーの言語で答えるときに使います。
parse-code-empty = クローズコードが空です。0〜65535の番号か、GOING_AWAYや異常終了などの名前を指定してください。
parse-code-not-a-number = クローズコードが10進数ではありません。0〜65535の番号を指定してください。
parse-code-leading-zero = クローズコードは0で始まりません。0〜65535の番号を指定してください。
parse-code-too-large = クローズコードは16ビットの数なので、{ $number }は大きすぎます。0〜65535の番号を指定してください。
parse-code-too-many-digits = クローズコードは16ビットの数ですが、この値は桁数が多すぎます。0〜65535の番号を指定してください。
parse-code-unknown-name = この名前のクローズコードはありません。0〜65535の番号か、GOING_AWAYや異常終了などの名前を指定してください。
parse-code-suggestion = この名前のクローズコードはありません。{ $suggestion }のことですか？0〜65535の番号か、GOING_AWAYや異常終了などの名前を指定してください。
