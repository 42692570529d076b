## サイトの検索ボックス：候補が開くページの種類、候補に挙がった理由、ボックスの下の案内。
## ボックス自体のテキスト（ラベル、プレースホルダー、ボタン）はlabels.ftlにあります。

search-kind-code = コード
search-kind-range = 範囲
search-kind-failure = 接続の失敗
search-kind-scenario = 症状別ガイド
search-kind-comparison = 比較
search-kind-profile = プロトコルのプロファイル
search-matched = 一致した語
search-did-you-mean = 完全に一致するものはありません。こちらをお探しですか？
search-profile-note = このサイトにはプロトコルのプロファイルのコードごとのページはないため、候補を選ぶとそのコードを含む範囲のページに移動します。コマンドラインで「closecode show { $code } --profile { $profile }」を実行すると、そのコードのページを表示できます。
search-no-script = JavaScriptが無効な場合、このページは入力した内容を読み取れません。最初の表で番号を探してください（登録済みのコードを番号順に載せています）。それ以外の番号は、2番目の表のいずれかの範囲に含まれます。ブラウザーのページ内検索（Ctrl+F、MacではCommand+F）でも、このページの名前を探せます。
