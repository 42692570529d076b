## closecode コマンドのヘルプ、使い方のエラー、コマンド自身のエラーとお知らせです。ヘルプは書いたとおりに
## 出力するので、インラインコードの記法は使いません。フラグ、コマンド、値の名前は英語のままにします。

## ヘルプと使い方のエラーの見出しです。
cli-heading-usage = 使い方
cli-heading-commands = コマンド
cli-heading-arguments = 引数
cli-heading-options = オプション
cli-label-error = エラー
cli-label-notice = 注意

## -h/--help、-V/--version、help コマンドです。
cli-help = ヘルプを表示します（-hは要約、--helpはすべて）。
cli-version = バージョンを表示します。
cli-help-command = このヘルプか、指定したコマンドのヘルプを表示します。
cli-help-command-arg = ヘルプを表示するコマンドです。

## コマンド：1行の説明と、一部のコマンドには --help で表示する長い説明があります。
cli-about = WebSocketのクローズコードを説明します。コードの意味、発生する状況、対処方法がわかります。
cli-show-about = クローズコードを説明します。コードごとに1ページを表示します。
cli-show-long-about = クローズコードを説明します。コードごとに1ページを表示します。各ページは答えから始まります（コードの意味、主な原因、再接続するかどうか、まず確認すること）。続いて対処方法、ユーザーに伝える内容、相手側の動作、基本情報を載せています。closecode 1006のようにコード、名前、失敗IDだけを渡すとそのページを表示し、closecode "websocket: close 1006"のように引用符で囲んだログの1行を渡すとその行を説明します。
cli-compare-about = 二つのクローズコードを比較します。
cli-compare-long-about = 二つのクローズコードを比較します。導入、並べた基本情報、コードごとの説明、基本情報から求めた主な違い、使い分けを表示します。
cli-list-about = 登録済みのクローズコードと範囲をすべて一覧にします。--profileを指定すると、プロファイルのコードを一覧にします。
cli-profiles-about = 同梱のプロトコルのプロファイルを一覧にします。id、名前、サブプロトコル、コードを表示します。
cli-scenarios-about = 目に見える症状から始めます。症状別ガイドの一覧（ちょうどN秒後に切れる接続、open前の1006など）か、一つのガイドの考えられる原因、原因の見分け方、解決の手順を表示します。
cli-failures-about = 接続の失敗を一覧にします。クローズフレームより前に、またはクローズフレームなしで終わる接続です。アップグレードの拒否（http-401）、TLSやDNSの失敗、拒否またはリセットされた接続などがあります。
cli-frame-about = 16進数で書いたクローズフレームのペイロードを解析します。
cli-frame-long-about = 16進数で書いたクローズフレームのペイロードを解析します。例：03e9、"03e9 6279 65"。コード、クローズ理由（エスケープして）、フレームが正しいかどうかとすべての問題、どのコードで接続を閉じるべきかとその理由、よく知られたライブラリとブラウザーがこのフレームをどう扱うか（アプリケーションに見えるもの、送り返すもの）、コードの意味を表示します。
cli-explain-about = ログの行を説明します。行ごとに、何を報告しているか、誰が決めたか、理由、すべきことがわかります。
cli-explain-long-about = ログの行を説明します。行ごとに、何を報告しているか、誰が決めたか、理由、すべきことがわかります。引数で渡した行か、標準入力からログ全体を1行ずつ読みます。Python websockets、gorilla/websocket、ws、tungstenite、Chromium、Firefox、SignalR、OkHttp、Java-WebSocket、.NET、Spring、Jetty、undici、socket.io、graphql-ws、Discordのゲートウェイ、nginx、coder/websocket、Ktor、Netty、websocket-client、Starscream、Denoのメッセージと、OS、名前解決（DNS）、TLSのエラーを認識し、行がクローズコードだと示している数値（「close code 4001」「closed with 1006」）も読み取ります。終了ステータスは、認識した行があれば0、なければ1、入力が正しくなければ2です。--format jsonを指定すると、認識した行ごとにオブジェクトを一つ出力します。
cli-completions-about = シェルの補完スクリプトを出力します：closecode completions bash > /etc/bash_completion.d/closecode
cli-man-about = マニュアルページ（roff、英語）を出力します：closecode man > closecode.1
cli-retry-about = コードの後に再接続するかどうか、いつするかを示します。
cli-retry-long-about = コードの後に再接続するかどうか、いつするかを示します。推奨と、待ち時間のスケジュールの例（RFC 6455 §7.2.3のバックオフ）を表示します。
cli-docs-about = 英語、韓国語、日本語の静的なリファレンスサイトを書き出します。
cli-docs-long-about = 英語、韓国語、日本語の静的なリファレンスサイトを書き出します。言語ごとに、索引、コードと範囲ごとのページ、登録済みのコードのすべての組の比較ページ、検索ページ、検索インデックスを書き出します。リンクは相対パスで、hreflangの代替リンクが付きます。--base-urlを指定すると、正規URLとサイトマップも書き出します（サイトマップには絶対URLしか使えません）。
cli-catalog-about = closecodeのカタログ全体を、一つの言語のFluentテキストとして出力します。翻訳者とアプリケーションのためのものです。
cli-catalog-long-about = closecodeのカタログ全体を、一つの言語（--lang）のFluentテキストとして出力します。すべてのメッセージIDの先頭に同じ接頭辞が付くので、アプリケーションは自分のメッセージと一緒に読み込めます。各メッセージには、何に使われるか、どの変数を受け取るかを説明するコメントが付きます。翻訳したファイルは--catalog FILE --lang TAGでプレビューでき、アプリケーションはclosecodeのNewLocale（機能locale-files）で実行時に追加できます。

## 引数とオプションです。
cli-arg-codes = 番号（1006）か名前（GOING_AWAY、going-away、"Going Away"、EndpointUnavailable、"비정상 종료"、異常終了）で書いたクローズコード、またはidで書いた接続の失敗（http-401、tls-expired、dns。closecode failuresを参照）です。
cli-arg-compare-a = 一つ目のコードです。番号、名前、接続の失敗のid（http-401、dns）を使えます。
cli-arg-compare-b = 二つ目のコードです。番号、名前、接続の失敗のidを使えます。
cli-arg-scenario = 症状別ガイドのidです。例：drops-after-idle。省略すると一覧を表示します。
cli-arg-hex = 16進数で書いたペイロードです。空白は無視します。- を指定すると標準入力から読みます。
cli-arg-peer = この相手側の動作だけを表示します。idか名前を指定します。例：chromium、node-ws、tungstenite、"gorilla/websocket"。
cli-arg-lines = ログの行です（- で始まる行は -- の後に書きます）。指定しないか - を指定すると、標準入力を読みます。
cli-arg-max-line = このバイト数より長い行はお知らせを出してスキップし、メモリの使用量を抑えます。1〜1073741824を指定できます。既定値：{ $default }
cli-arg-shell = シェルです：{ $shells }
cli-arg-retry-code = コードです。番号、名前、接続の失敗のid（http-429、tls-expired）を使えます。
cli-arg-seed = スケジュールの例に使うジッターのシードです（同じシードからは同じ待ち時間が出ます）。既定値：{ $default }
cli-arg-out = 書き出し先のフォルダーです（なければ作成します）。
cli-arg-docs-lang = サイトの言語です。コンマで区切ります。例：en,ja,ko。既定値はclosecodeが同梱するすべての言語です。メッセージは最初の言語で表示します。
cli-arg-base-url = サイトを公開するURLです。ページに絶対URLの正規リンクとhreflangリンクが付き、sitemap.xmlを書き出します。指定しなければサイトマップはありません。
cli-arg-docs-profile = このプロファイル（同梱のプロファイルのidかプロファイルのファイル）のコードごとのページも書き出します。チームが独自のコードを公開できます。
cli-arg-lang = テキストとメッセージの言語です。ko、ko-KR、ja、enなどのタグを指定します。既定ではLC_ALL、LC_MESSAGES、LANGの順に決め、どれもなければ英語です。
cli-arg-format = 出力形式です。text（ターミナル向けのテキスト）、md（READMEやmdBook向けのCommonMark）、html（単独のHTMLページ）、json（JSONデータ）のどれかです。既定値：text
cli-arg-profile = 3000〜4999のコードを、このプロトコルかアプリケーションが決めた意味で読みます。同梱のプロファイルのid（{ $profiles }。closecode profilesを参照）か、プロファイルのファイルのパスを指定します。レジストリのコードの意味は変わりません。
cli-arg-width = テキストの出力をこの桁数で折り返します。40〜400を指定できます。既定では、ターミナルなら80桁で、ファイルやパイプに出力するときは折り返しません。
cli-arg-examples = CIがテスト用サーバーに対して実行している完全な例のプログラム（ブラウザー、Rust、Python、プロキシがよくある原因ならnginx）も表示します。
cli-arg-full = テキスト出力でページ全体を表示します。発生する状況、送るときと受け取ったときにすること、相手側の動作、基本情報も表示します。指定しなければ、ターミナルのページには答え、対処方法、ユーザーに伝える内容だけを表示します。
cli-show-more = ページ全体（{ $command }）では、{ $sections }も確認できます。
cli-arg-prefix = すべてのメッセージIDに付ける接頭辞です。既定値：{ $default }。
cli-arg-catalog = このFluentファイルを、--langが指す言語のテキストとして使います。翻訳したclosecodeのカタログをプレビューするためのもので、複数のファイルは繰り返して指定します。closecodeが自分のカタログを検査するのと同じ方法でファイルを検査し、問題のあるファイルは問題ごとに位置（ファイル、行、列）を示して拒否します。
cli-arg-partial = --catalogと一緒に使い、メッセージが欠けたファイルも受け付けます。欠けたメッセージは英語で表示します。

## 使い方のエラー：何が間違っていて、何が正しいかを示します。$arg はヘルプに書かれたオプション
## （--width <WIDTH>）、$value は入力された値です。
cli-usage-unknown-argument = 不明な引数です：{ $arg }
cli-usage-did-you-mean = { $suggestion }のことですか？
cli-usage-as-value = 値として渡すには、-- { $arg }と書いてください。
cli-usage-unknown-command = 不明なコマンドです：{ $command }。使えるコマンド：{ $commands }
cli-usage-missing-command = コマンドがありません。使えるコマンド：{ $commands }
cli-usage-invalid-value = { $arg }には使えない値です：{ $value }。使える値：{ $values }
cli-usage-bad-value = { $arg }には使えない値です：{ $value }。{ $expected }
cli-usage-value-required = 値が必要なオプションです：{ $arg }
cli-usage-missing = 必須の引数がありません：{ $args }
cli-usage-repeated = 一度しか指定できないオプションです：{ $arg }
cli-usage-conflict = 一緒に使えない引数です：{ $arg }、{ $other }
cli-usage-extra-value = 余分な値です：{ $value }
cli-usage-utf8 = 正しいUTF-8ではない引数があります。引数はテキストでなければなりません。
cli-usage-other = 引数が正しくありません。
cli-usage-more = 詳しくは--helpの出力を参照してください。
cli-expected-width = 40〜400の桁数を指定してください。
cli-expected-max-line = 1〜1073741824のバイト数を指定してください。
cli-expected-seed = 0〜18446744073709551615の整数を指定してください。
cli-expected-number = 整数を指定してください。

## コマンドのエラーとお知らせです。
cli-error-code = { $input }：この名前のクローズコードはありません。0〜65535の番号、GOING_AWAYや異常終了などの名前、http-401、tls-expired、dnsなどの接続の失敗のid（closecode failuresを参照）を指定してください。
cli-error-code-empty = クローズコードが空です。0〜65535の番号、GOING_AWAYや異常終了などの名前、http-401、tls-expired、dnsなどの接続の失敗のid（closecode failuresを参照）を指定してください。
cli-error-code-not-a-number = { $input }：10進数ではありません。符号や空白なしで、0〜65535の番号を指定してください。
cli-error-code-leading-zero = { $input }：クローズコードは0で始まりません。1000のように、0〜65535の番号を指定してください。
cli-error-code-too-large = { $input }：クローズコードは16ビットの数なので、{ $number }は大きすぎます。0〜65535の番号を指定してください。
cli-error-code-suggestion = { $input }：この名前のクローズコードはありません。{ $suggestion }のことですか？0〜65535の番号、GOING_AWAYや異常終了などの名前、http-401などの接続の失敗のidを指定してください。
cli-error-scenario = { $input }：そのような症状別ガイドはありません。次のどれかを指定してください：{ $ids }
cli-error-peer = { $input }：closecodeが知らない相手側です。次のどれかを指定してください：{ $ids }
cli-error-profile = --profile { $input }：同梱のプロファイル（{ $ids }）でも、ファイルでもありません。
cli-error-profile-problems = プロファイルに問題があります：
cli-error-catalog-problems = カタログに問題があります：
cli-error-catalog-lang = --catalogには、ファイルの言語を指す--langが必要です（例：--lang de）
cli-notice-catalog-missing = カタログに{ $count }件のメッセージが欠けているため、英語で表示します
cli-error-hex-character = 16進数のペイロードではありません：入力の{ $position }文字目（{ $character }）は16進数の数字ではありません。03e9や"03e9 6279 65"のように、16進数の数字を2桁ずつ書いてください。
cli-error-hex-odd = 16進数のペイロードではありません：16進数の数字が奇数個です。1バイトには2桁が必要です。例：03e9、"03e9 6279 65"
cli-error-hex-too-long = 16進数のペイロードではありません：{ $max }バイトを超えています。クローズフレームのペイロードは最大{ $payload }バイトです。
cli-error-stdin = 標準入力から16進数を読めません：{ $error }
cli-error-stdin-too-long = 標準入力が{ $mib }MiBより長いです。16進数で書いたクローズフレームのペイロードは数百バイトです。
cli-error-docs-lang = --lang { $input }：一致する言語がありません。使える言語：{ $available }
cli-error-docs-no-lang = --langに言語がありません。en,ja,koのようなタグを指定してください。
cli-error-write = ファイルを書き出せません：{ $path }：{ $error }
cli-error-output = 出力を書き出せません：{ $error }
cli-error-man = マニュアルページを作成できません：{ $error }
cli-docs-wrote = ファイルを{ $files }個書き出しました。言語：{ $languages }、フォルダー：{ $folder }
cli-notice-language = { $source }={ $value }：一致する言語がありません。使える言語：{ $available }。{ $fallback }で表示します。
cli-notice-language-invalid = { $source }={ $value }：言語タグではありません。ko-KRのようなBCP 47のタグか、ko_KR.UTF-8のようなPOSIXのロケールを指定してください。{ $fallback }で表示します。
