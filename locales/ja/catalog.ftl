# `closecode catalog`（カタログ全体をFluentテキストとして書き出す機能）のコメント：ファイルが何か、
# 各グループとメッセージが何に使われるか、メッセージが受け取る変数は何か。

catalog-header = { $tag }ロケールのclosecodeテキストです。すべてのメッセージIDの先頭に接頭辞{ $prefix }が付いているため、アプリケーションのメッセージと同じバンドルに入れられます。各 = 記号の後のテキスト（値とすべての.属性）を翻訳してください。ID、属性名、波括弧の中のプレースホルダー（$codeなどの変数）、バッククォートで囲まれたコードはそのまま残してください。選択式は数値によって文言を選びます。バリアントをそのまま残すか、翻訳先の言語の複数形カテゴリーを使ってください。
catalog-group-codes = 登録済みのクローズコードです。名前の後に、コードの意味（.description）、このコードが発生する状況（.symptom）、対処法（.remedy）、よくある原因（.cause）、送る場合（.sending）、受け取ったときの対応（.receiving）、ユーザーに伝える内容（.user）が続きます。
catalog-group-ranges = 範囲です。個別の項目がないコードに使うテキストで、属性はコードと同じです。
catalog-group-labels = ページ、コマンドライン、APIで使うラベル、見出し、語句、文です。
catalog-group-failures = クローズコードなしで終わる接続の失敗です。名前の後に、意味（.description）、発生する状況（.symptom）、対処法（.remedy）、ユーザーに伝える内容（.user）が続きます。
catalog-group-scenarios = 見えている症状から始める症状別ガイドです。タイトルの後に、見えている症状（.seen）、番号付きの原因（.cause-N）、確認すること（.check-N）、対処法（.fix-N）が続きます。番号付きの項目はすべて残してください。
catalog-group-profiles = プロトコルのプロファイルです。プロトコルの説明の後にそのコードと範囲が続き、属性は接続の失敗と同じです。
catalog-code = クローズコード{ $code }。
catalog-range = 個別の項目がないコード{ $first }〜{ $last }。
catalog-label = ラベルまたは文。
catalog-failure = 接続の失敗{ $id }。
catalog-scenario = 症状別ガイド{ $id }。
catalog-profile = { $profile }の説明（一文）。
catalog-profile-code = { $profile }のコード{ $first }。
catalog-profile-range = { $profile }のコード{ $first }〜{ $last }。
catalog-variables = 変数：{ $list }。
catalog-no-variables = 変数なし。
