## 接続の失敗：クローズフレームをやり取りする前に、またはクローズフレームなしでWebSocket接続が失敗する場合のテキストです。
## docs/research/failures/failures.tomlの[[failure]]ごとに、同じ順序でメッセージfailure-<id>を一つ置きます。
## 値は短い名前です。.descriptionは何が起きたかとブラウザーのページから何が見えるか、.symptomはライブラリとブラウザーでの現れ方、
## .remedyは対処と再接続の可否、.userはアプリがエンドユーザーにそのまま見せられる案内です（です・ます調、数字と専門用語なし）。
## 事実はdocs/research/failures/failures.tomlとREADME.mdによります。
## 用語：クローズコード、クローズフレーム、オープニングハンドシェイク、再接続、バックオフ、ジッター、認証情報。

failure-http-400 = アップグレード拒否：400 Bad Request
    .description = サーバーはUpgradeリクエストの形式が誤っていると判断し、オープニングハンドシェイクに101 Switching Protocolsではなく400 Bad Requestを返しました。ブラウザーのページではerrorイベントとcloseイベント（コード1006、wasCleanはfalse）が発生し、ステータスコード自体はスクリプトから見えません。
    .symptom = ライブラリはステータスコードを伝えます。Python websocketsはInvalidStatus（「server rejected WebSocket connection: HTTP 400」）を送出し、Node wsは「Unexpected server response: 400」を出し、tungsteniteはError::Http（「HTTP error: 400 Bad Request」）を返し、gorillaはレスポンス付きで「websocket: bad handshake」を返し、Chromiumのコンソールには「Unexpected response code: 400」が出ます。よくある原因は、HTTP/1.1のGETでないリクエスト、Host・Upgrade・Connectionヘッダーの欠落、不正なSec-WebSocket-Key、13以外のSec-WebSocket-Versionです。RFC 6455 §4.4の例も、未知のバージョンに400を返しています。
    .remedy = 同じリクエストには同じ応答が返るので、クライアント、またはリクエストを書き換えるプロキシを直すまで再接続しないでください。サーバーが受け取ったUpgradeリクエストをRFC 6455 §4.2.1と比べ、すべてのプロキシがUpgradeとConnectionヘッダーを転送しているか確認してください。レスポンスにSec-WebSocket-Versionヘッダーがあれば、そこに挙がったバージョンのどれかを使ってください。
    .user = 現在、アプリがサービスに接続できません。アプリを更新するか、しばらくしてからもう一度お試しください。

failure-http-401 = アップグレード拒否：401 Unauthorized
    .description = リクエストに有効な認証情報がなかったため、サーバーはオープニングハンドシェイクに401 Unauthorizedを返し、受け付ける認証方式をWWW-Authenticateヘッダーで示しました。ブラウザーのページではerrorイベントとcloseイベント（コード1006、wasCleanはfalse）だけが発生し、401はスクリプトから見えません。
    .symptom = Python websocketsはInvalidStatus（「HTTP 401」）を送出し、Node wsは「Unexpected server response: 401」を出し、tungsteniteは「HTTP error: 401 Unauthorized」を返し、.NETは101を期待したのに401が返ったと報告します。Chromiumは401をHTTP認証として扱うため、レスポンスコードの代わりに「HTTP Authentication failed; no valid credentials available」をコンソールに出します。そのため、コンソールで401を検索しても見つかりません。
    .remedy = 新しい認証情報か更新した認証情報があるときだけ再接続してください。トークンを更新するかユーザーにログインを求めてから、新しい接続を開いてください。同じ認証情報で繰り返しても同じように失敗し、Python websocketsも401を自動では再試行しません。
    .user = セッションの有効期限が切れました。もう一度ログインしてください。

failure-http-403 = アップグレード拒否：403 Forbidden
    .description = サーバーはリクエストを理解したうえで拒否し、オープニングハンドシェイクに403 Forbiddenを返しました（RFC 6455のサーバーは、受け付けないOriginにも403を返し、これはどの認証情報でも解決しません）。ブラウザーのページではステータスコードなしでerrorイベントとcloseイベント（コード1006、wasCleanはfalse）だけが発生します。
    .symptom = Python websocketsはInvalidStatus（「HTTP 403」）を送出し、Node wsは「Unexpected server response: 403」を出し、tungsteniteは「HTTP error: 403 Forbidden」を、gorillaは「websocket: bad handshake」を返し、Chromiumのコンソールには「Unexpected response code: 403」が出ます。拒否の理由は認証情報のこともあれば、サーバーが許可していないOriginから開かれたページのように、認証情報と無関係のこともあります。
    .remedy = 認証情報を一度だけ更新して再接続し、同じ認証情報では決して繰り返さないでください。新しい認証情報でも403が返ったら、そこで止めてください。認証情報では直らないOriginの確認や権限の問題である可能性が高いため、サーバーが許可するOriginとユーザーの権限を確認してください。
    .user = このサービスへのアクセス権がありません。もう一度ログインしてみて、解決しない場合はサポート窓口にお問い合わせください。

failure-http-404 = アップグレード拒否：404 Not Found
    .description = そのパスにWebSocketエンドポイントがないか、その先のサービスが存在しないため、サーバーはオープニングハンドシェイクに404 Not Foundを返しました。ブラウザーのページではerrorイベントとcloseイベント（コード1006、wasCleanはfalse）が発生し、404はスクリプトに見えません。
    .symptom = Python websocketsはInvalidStatus（「HTTP 404」）を送出し、Node wsは「Unexpected server response: 404」を出し、tungsteniteは「HTTP error: 404 Not Found」を返し、coder/websocketは「expected handshake response status code 101 but got 404」と報告し、Chromiumのコンソールには「Unexpected response code: 404」が出ます。多くはURLのパスの誤り、サービスがそこにデプロイされていないこと、WebSocketに対応していない通常のHTTPサーバーやルートへの接続が原因です。
    .remedy = URLかデプロイを直すまで再接続しないでください。ws://またはwss://のURLのパスをサーバーのルートと比べ、すべてのプロキシがそのパスをWebSocketサービスへ転送しているか確認してください。
    .user = 現在、アプリがサービスに接続できません。サポート窓口にお問い合わせください。

failure-http-405 = アップグレード拒否：405 Method Not Allowed
    .description = サーバーがオープニングハンドシェイクに405 Method Not Allowedを返しました。ハンドシェイクは必ずGETリクエストなので、そのルートがWebSocketエンドポイントではないか途中で何かがメソッドを変えており、ブラウザーのページではerrorイベントとcloseイベント（コード1006、wasCleanはfalse）が発生します。
    .symptom = Python websocketsはInvalidStatus（「HTTP 405」）を送出し、Node wsは「Unexpected server response: 405」を出し、tungsteniteは「HTTP error: 405 Method Not Allowed」を返し、Chromiumのコンソールには「Unexpected response code: 405」が出ます。レスポンスのAllowヘッダーには、そのルートが受け付けるメソッドが示されています。
    .remedy = 原因を直すまで再接続しないでください。クライアントの接続先をWebSocketのルートにし、途中のプロキシがハンドシェイクのGETメソッドを変えていないか確認してください。
    .user = 現在、アプリがサービスに接続できません。サポート窓口にお問い合わせください。

failure-http-426 = アップグレード拒否：426 Upgrade Required
    .description = クライアントがSec-WebSocket-Versionで求めたWebSocketのバージョンにサーバーが対応しておらず、オープニングハンドシェイクに426 Upgrade Requiredを返しました。ブラウザーのページではerrorイベントとcloseイベント（コード1006、wasCleanはfalse）が発生し、ステータスコードは見えません。
    .symptom = Python websocketsはInvalidStatus（「HTTP 426」）を送出し、Node wsは「Unexpected server response: 426」を出し、tungsteniteは「HTTP error: 426 Upgrade Required」を返し、Chromiumのコンソールには「Unexpected response code: 426」が出ます。レスポンスのSec-WebSocket-Versionヘッダーには、サーバーが受け付けるバージョンが示されています。RFC 6455 §4.4の例のように、バージョンの不一致に400を返すサーバーもあります。
    .remedy = 同じバージョンでは再び失敗するので、何も変えずに再接続しないでください。サーバーが示したバージョンのうちクライアントが対応しているものがあればそのバージョンでハンドシェイクをやり直し（RFC 6455 §4.4）、なければクライアントかサーバーを更新してください。ブラウザーは常にバージョン13を送るので、ブラウザーが426を受け取った場合はサーバーかその前のプロキシを調べてください。
    .user = このバージョンのアプリではサービスに接続できません。アプリを更新してください。

failure-http-429 = アップグレード拒否：429 Too Many Requests
    .description = クライアントが短い時間に何度も接続しようとしたため、サーバーはオープニングハンドシェイクに429 Too Many Requestsを返しました。待つべき時間をRetry-Afterヘッダーで示すことがあり（応答せずに接続を切るだけのサーバーもあります）、ブラウザーのページではerrorイベントとcloseイベント（コード1006、wasCleanはfalse）が発生しますが、ステータスコードもRetry-Afterもスクリプトには届きません。
    .symptom = Python websocketsはInvalidStatus（「HTTP 429」）を送出し、Node wsは「Unexpected server response: 429」を出し、tungsteniteは「HTTP error: 429 Too Many Requests」を、gorillaは「websocket: bad handshake」を返し、Chromiumのコンソールには「Unexpected response code: 429」が出ます。
    .remedy = バックオフを入れて再接続し、サーバーがRetry-Afterヘッダー（秒数またはHTTP日付）を送ってきた場合はその時刻より前には決して再接続せず、ヘッダーがなければ指数バックオフとジッターを入れてください（closecodeのスケジュール：最初は0〜5秒、その後は倍々に延ばして最大60秒、10回まで）。Retry-Afterを代わりに読んでくれるライブラリはないため、エラーに付いたレスポンス（Python websocketsの例外、gorillaのレスポンス、Node wsのunexpected-responseリスナー）から自分で読んでください。なお、Python websocketsは429を自動では再試行しません。
    .user = ただいまサービスが混み合っています。アプリが少し待ってからもう一度試します。

failure-http-500 = アップグレード拒否：500 Internal Server Error
    .description = サーバー、またはアプリケーションのハンドシェイク処理のコードで予期しない問題が起き、サーバーはオープニングハンドシェイクに500 Internal Server Errorを返しました。ブラウザーのページではerrorイベントとcloseイベント（コード1006、wasCleanはfalse）が発生し、ステータスコードはスクリプトから見えません。
    .symptom = Python websocketsはInvalidStatus（「HTTP 500」）を送出し、Node wsは「Unexpected server response: 500」を出し、tungsteniteは「HTTP error: 500 Internal Server Error」を返し、.NETは101を期待したのに500が返ったと報告し、Chromiumのコンソールには「Unexpected response code: 500」が出ます。
    .remedy = 指数バックオフとジッターを入れて再接続し、バグなら毎回失敗するので試行回数に上限を設けてください（closecodeのスケジュール：最初は0〜5秒、その後は倍々に延ばして最大60秒、10回まで）。Python websocketsは500を独自のバックオフで自動的に再試行します。ハンドシェイクの時刻のサーバーログでエラーを探してください。
    .user = サーバーで問題が発生しました。アプリが自動的に再接続します。

failure-http-502 = アップグレード拒否：502 Bad Gateway
    .description = プロキシかゲートウェイが背後のサーバー（多くは再起動中のバックエンド）から不正な応答を受け取り、オープニングハンドシェイクに502 Bad Gatewayを返しました。WebSocket接続は一度も開いていないのでクローズコード1014ではなく、ブラウザーのページではerrorイベントとcloseイベント（コード1006、wasCleanはfalse）が発生します。
    .symptom = Python websocketsはInvalidStatus（「HTTP 502」）を送出し、Node wsは「Unexpected server response: 502」を出し、tungsteniteは「HTTP error: 502 Bad Gateway」を、gorillaは「websocket: bad handshake」を返し、Chromiumのコンソールには「Unexpected response code: 502」が出ます。バックエンドの再起動中によく現れます。
    .remedy = 指数バックオフとジッターを入れて再接続してください（closecodeのスケジュール：最初は0〜5秒、その後は倍々に延ばして最大60秒、10回まで）。Python websocketsは自動的にそうします。続く場合は、バックエンドの状態と、プロキシのアップストリームのアドレス、ポート、WebSocketの設定を確認してください。
    .user = 現在サービスに接続できません。アプリが自動的に再接続します。

failure-http-503 = アップグレード拒否：503 Service Unavailable
    .description = サーバーは過負荷かメンテナンスでしばらく利用できないため、オープニングハンドシェイクに503 Service Unavailableを返しました。どのくらいかかるかをRetry-Afterヘッダーで示すことがありますが、ブラウザーのページではerrorイベントとcloseイベント（コード1006、wasCleanはfalse）が発生するだけで、ステータスコードもRetry-Afterもスクリプトから見えません。
    .symptom = Python websocketsはInvalidStatus（「HTTP 503」）を送出し、Node wsは「Unexpected server response: 503」を出し、tungsteniteは「HTTP error: 503 Service Unavailable」を返し、Chromiumのコンソールには「Unexpected response code: 503」が出ます。503を返す代わりに接続そのものを拒否するサーバーもあります。
    .remedy = バックオフを入れて再接続し、サーバーがRetry-Afterヘッダー（秒数またはHTTP日付）を送ってきた場合は、その時刻より前には決して再接続しないでください。ヘッダーがなければ指数バックオフとジッターを入れてください（closecodeのスケジュール：最初は0〜5秒、その後は倍々に延ばして最大60秒、10回まで）。Python websocketsは503を自動的に再試行しますがRetry-Afterを無視するので、サーバーがこのヘッダーを送る場合は例外から自分で読んでください。
    .user = サービスは一時的に利用できません。アプリが後でもう一度試します。

failure-http-504 = アップグレード拒否：504 Gateway Timeout
    .description = 背後のサーバーが時間内に応答しなかったため、プロキシかゲートウェイがオープニングハンドシェイクに504 Gateway Timeoutを返しました。ブラウザーのページではerrorイベントとcloseイベント（コード1006、wasCleanはfalse）が発生し、ステータスコードは見えません。
    .symptom = Python websocketsはInvalidStatus（「HTTP 504」）を送出し、Node wsは「Unexpected server response: 504」を出し、tungsteniteは「HTTP error: 504 Gateway Timeout」を返し、coder/websocketは「expected handshake response status code 101 but got 504」と報告し、Chromiumのコンソールには「Unexpected response code: 504」が出ます。プロキシの背後のサーバーの応答が遅すぎました。
    .remedy = 指数バックオフとジッターを入れて再接続してください（closecodeのスケジュール：最初は0〜5秒、その後は倍々に延ばして最大60秒、10回まで）。Python websocketsは自動的にそうします。繰り返し起きる場合は、バックエンドがプロキシへの応答に時間がかかる理由を調べてください。
    .user = サービスの応答に時間がかかっています。アプリが自動的に再接続します。

failure-tls-expired = TLS証明書の期限切れ
    .description = サーバーの証明書が期限切れか、クライアントの時計が狂っていてまだ有効でないと判断され、WebSocket接続ができる前にTLSハンドシェイクが失敗しました。ブラウザーのページではerrorイベントとcloseイベント（コード1006、wasCleanはfalse）が発生し、スクリプトはTLSの失敗をほかの失敗と区別できません。
    .symptom = Python websocketsは「certificate has expired」で終わるssl.SSLCertVerificationErrorを送出し、Nodeは「certificate has expired」（コードCERT_HAS_EXPIRED）を、Goのクライアントは「x509: certificate has expired or is not yet valid」を報告し、Chromiumのコンソールにはnet::ERR_CERT_DATE_INVALIDが出ます。native-tlsを使うtungsteniteはError::Tlsを返し、TLS機能なしでビルドした場合はそれより前に「TLS support not compiled in」で失敗します。この失敗をクローズコード1015として報告するライブラリはありません。
    .remedy = 証明書を更新するまで、または証明書がまだ有効でない場合はクライアントの時計を直すまで、再接続しないでください。再試行はサーバーの負荷を増やすだけです。注意：ssl.SSLErrorはOSErrorのサブクラスで、Python websocketsの既定のprocess_exceptionはあらゆるOSErrorをバックオフを入れて際限なく再試行するので、process_exceptionを差し替えてssl.SSLErrorを致命的なエラーとして扱ってください。
    .user = 安全な接続を確立できませんでした。端末の日付と時刻が正しいか確認してから、もう一度お試しください。

failure-tls-untrusted = 信頼できないTLS証明書
    .description = サーバーの証明書チェーンがクライアントの信頼するルート証明書にたどり着かず、TLSハンドシェイクが失敗しました。原因は自己署名証明書、プライベート認証局、中間証明書の欠落、TLSを傍受するプロキシなどです。ブラウザーのページではerrorイベントとcloseイベント（コード1006、wasCleanはfalse）が発生します。
    .symptom = Python websocketsは「unable to get local issuer certificate」を含むssl.SSLCertVerificationErrorを送出し、Nodeは「unable to verify the first certificate」（コードUNABLE_TO_VERIFY_LEAF_SIGNATURE）を、Goのクライアントは「x509: certificate signed by unknown authority」を報告し、Chromiumのコンソールにはnet::ERR_CERT_AUTHORITY_INVALIDが出ます。正確な文言はチェーンの形とTLSライブラリによって変わり、自己署名証明書ならOpenSSLは「self-signed certificate」と報告します。
    .remedy = 証明書チェーンかトラストストアを直すまで再接続しないでください。中間証明書を含む完全なチェーンを提供するか、プライベート認証局をクライアントのトラストストアに追加してください。ssl.SSLErrorはOSErrorであり、Python websocketsは既定ではこの失敗を際限なく再試行するので、process_exceptionを差し替えて致命的なエラーとして扱ってください。
    .user = 安全な接続を確立できませんでした。ネットワークを確認するか、しばらくしてからもう一度お試しください。

failure-tls-hostname = TLS証明書のホスト名の不一致
    .description = 証明書自体は有効ですが、URLのホストとは別の名前の証明書だったため、TLSハンドシェイクが失敗しました。原因はURLのホストの誤り、別の証明書のデプロイ、証明書のサブジェクト代替名（SAN）にその名前がないことなどです。ブラウザーのページではerrorイベントとcloseイベント（コード1006、wasCleanはfalse）が発生します。
    .symptom = Python websocketsはホスト名とともに「Hostname mismatch, certificate is not valid for」を含むssl.SSLCertVerificationErrorを送出し、Nodeは「Hostname/IP does not match certificate's altnames」（コードERR_TLS_CERT_ALTNAME_INVALID）を、Goのクライアントは別の名前とともに「x509: certificate is valid for」を報告し、Chromiumのコンソールにはnet::ERR_CERT_COMMON_NAME_INVALIDが出ます。rustlsを使うtungsteniteは、有効なDNS名でないホストを入出力の前に拒否します（「TLS error: Invalid DNS name」）。
    .remedy = URLか証明書を直すまで再接続しないでください。証明書が対象とする名前で接続するか、サブジェクト代替名にそのホストを含む証明書をデプロイしてください。ssl.SSLErrorはOSErrorであり、Python websocketsは既定ではこの失敗を際限なく再試行するので、process_exceptionを差し替えて致命的なエラーとして扱ってください。
    .user = 安全な接続を確立できませんでした。アプリを更新するか、しばらくしてからもう一度お試しください。

failure-tls-protocol = 共通のTLSバージョンや暗号スイートがない
    .description = クライアントとサーバーに共通のTLSバージョンや暗号スイートがなく、証明書を確認する前にTLSハンドシェイクが失敗しました。ブラウザーのページではerrorイベントとcloseイベント（コード1006、wasCleanはfalse）が発生します。
    .symptom = Python websocketsは「tlsv1 alert protocol version」を含むssl.SSLErrorを送出し、Nodeは同じOpenSSLのアラートとともにEPROTOを、Goのクライアントは「remote error: tls: handshake failure」を報告し、Chromiumのコンソールにはnet::ERR_SSL_VERSION_OR_CIPHER_MISMATCHが出ます。文言は、どちら側が拒否したか、そしてTLSライブラリとそのバージョンによって変わります。
    .remedy = どちらかのTLS設定を変えるまで再接続せず、両側が対応するTLSバージョンと暗号スイートを有効にしてください。ssl.SSLErrorはOSErrorであり、Python websocketsは既定ではこの失敗を際限なく再試行するので、process_exceptionを差し替えて致命的なエラーとして扱ってください。
    .user = 安全な接続を確立できませんでした。アプリを更新してください。

failure-dns = DNSの名前解決の失敗
    .description = クライアントがサーバーのホスト名をアドレスに解決できず、接続を試みることさえできませんでした。ブラウザーのページではerrorイベントとcloseイベント（コード1006、wasCleanはfalse）が発生し、スクリプトはこれを接続拒否や到達できないサーバーと区別できません。
    .symptom = Python websocketsはsocket.gaierror（「Name or service not known」）を送出し、Nodeはホスト名とともに「getaddrinfo ENOTFOUND」を報告し、tungsteniteはError::Io（「failed to lookup address information」）を返し、Goのクライアントは「no such host」を報告し、Chromiumのコンソールにはnet::ERR_NAME_NOT_RESOLVEDが出ます。文言はOSのリゾルバーから来るので、プラットフォームによって異なります。
    .remedy = 端末がオンラインに戻る場合のように、リゾルバーの失敗は一時的なことが多いため、指数バックオフとジッターを入れて再接続してください（closecodeのスケジュール：最初は0〜5秒、その後は倍々に延ばして最大60秒、10回まで）。綴りを誤ったホストは決して解決できないので、試行回数に上限を設けてホスト名をログに残してください。socket.gaierrorはOSErrorなので、Python websocketsは自動的に再試行します。
    .user = アプリがサービスに接続できませんでした。インターネット接続を確認してください。

failure-refused = 接続拒否
    .description = サーバーのポートで接続を待ち受けているものがなく、多くはサーバーが停止中か再起動中です。ブラウザーのページではerrorイベントとcloseイベント（コード1006、wasCleanはfalse）が発生します。
    .symptom = Python websocketsはConnectionRefusedError（「Connect call failed」）を送出し、Nodeは「connect ECONNREFUSED」を、Goのクライアントは「connection refused」を報告し、Chromiumのコンソールにはnet::ERR_CONNECTION_REFUSEDが出ます。tungsteniteだけは違い、Error::IoではなくError::Url(UrlError::UnableToConnect)（「URL error: Unable to connect to」の後にURL）を返して元の入出力エラーを捨てるため、拒否されたことをこのエラーから読み取れません。
    .remedy = 起動中のサーバーにクライアントが一斉に押し寄せないよう、指数バックオフとジッターを入れて再接続してください（closecodeのスケジュール：最初は0〜5秒、その後は倍々に延ばして最大60秒、10回まで）。ほかのエンドポイントがあればそちらを試してください。ConnectionRefusedErrorはOSErrorなので、Python websocketsは自動的に再試行します。
    .user = 現在サービスに接続できません。アプリが自動的に再接続します。

failure-reset = 接続のリセット
    .description = サーバー、または途中のロードバランサーやファイアウォールが、クラッシュや再起動、接続状態の破棄によってTCPのRSTを送りました。ハンドシェイク中ならブラウザーのページではerrorイベントとcloseイベント（コード1006、wasCleanはfalse）が発生しますが、接続が開いた後ならerrorイベントはなく、closeイベントだけが発生します。
    .symptom = ハンドシェイク中は、Python websocketsがInvalidMessage（「did not receive a valid HTTP response」）を送出し、Node wsが「read ECONNRESET」を出し、Chromiumのコンソールにはnet::ERR_CONNECTION_RESETが出ます。接続が開いた後は、Python websocketsがConnectionClosedError（「no close frame received or sent」）を送出し、Node wsはエラーなしでコード1006のcloseイベントだけを出し、tungsteniteはError::Io（「Connection reset by peer」）を返し、Goのクライアントは「connection reset by peer」を報告し、Chromiumは何も出しません。
    .remedy = 指数バックオフとジッターを入れて再接続してください（closecodeのスケジュール：最初は0〜5秒、その後は倍々に延ばして最大60秒、10回まで）。Python websocketsはハンドシェイク中のリセットを自動的に再試行します。ブラウザーとNode wsでは、接続が開いた後のリセットにerrorイベントが発生しないので、closeイベントで検知してください。
    .user = 接続が切れました。アプリが自動的に再接続します。

failure-timeout-connect = 接続時のタイムアウト
    .description = パケットが失われたか、サーバーが過負荷だったか、ファイアウォールが通信を黙って捨てたため、接続を開く間にサーバーが時間内に応答しませんでした。ブラウザーのページではerrorイベントとcloseイベント（コード1006、wasCleanはfalse）が発生します。
    .symptom = Python websocketsは既定のopen_timeoutである10秒が過ぎるとTimeoutError（「timed out during opening handshake」）を送出します。Node wsは、既定値のないhandshakeTimeoutを設定したときだけ「Opening handshake has timed out」を報告します。gorillaの既定のダイアラーは45秒で「i/o timeout」として諦め、coder/websocketはコンテキストの期限かHTTPクライアントのタイムアウトでしか止まりません（「context deadline exceeded」）。Chromiumのソース（古いリビジョン）には、「WebSocket opening handshake timed out」で終わる240秒のハンドシェイクタイマーがあります。
    .remedy = 途絶えた経路では同じタイムアウトが繰り返されるので、指数バックオフとジッターを入れて再接続するか（closecodeのスケジュール：最初は0〜5秒、その後は倍々に延ばして最大60秒、10回まで）、ほかのエンドポイントがあればそちらを試してください。Node wsのようにハンドシェイクのタイムアウトがないライブラリでは、自分で設定してください。
    .user = サービスの応答に時間がかかっています。アプリが自動的に再接続します。

failure-timeout-idle = アイドルまたはキープアライブのタイムアウト
    .description = 開いている接続がキープアライブやアイドルの制限を超えて無通信になり、アプリケーションのpingに時間内の応答がなかったか、プロキシの読み取りタイムアウト（nginxでは60秒）が接続を閉じました。ブラウザーには独自のアイドルタイムアウトもping APIもなく、プロキシがアイドルの接続を切ると、ページからは消えた接続と同じくcloseイベント（コード1006、wasCleanはfalse）が見えます。
    .symptom = 20秒ごとにpingを送り応答を20秒待つPython websocketsは、「keepalive ping timeout」を含むConnectionClosedErrorを送出し、そのclose_codeは1006です。KeepAliveTimeoutを設定した.NETは、Pongフレームを時間内に受け取れなかったというWebSocketExceptionを送出します。gorillaはアプリケーションが決めた読み取り期限の後に「i/o timeout」を、coder/websocketはReadに設定したコンテキストの期限の後に「read timed out」を報告します。Node ws、gorilla、coder/websocket、tungsteniteにはアイドルタイムアウトが組み込まれていないため、これらはアプリケーションが制限を設けたときだけ現れます。
    .remedy = ネットワーク経路自体は正常なこともあるので、短いランダムな待ち時間の後に再接続し、失敗したら指数バックオフとジッターを入れてください（closecodeのスケジュール：最初は0〜5秒、その後は倍々に延ばして最大60秒、10回まで）。再発を防ぐには、nginxの60秒のように経路上で最も短いアイドル制限より頻繁に、pingかアプリケーションのメッセージを送ってください。
    .user = 接続がタイムアウトしました。アプリが自動的に再接続します。

failure-vanished = クローズフレームなしの切断
    .description = 相手側のクラッシュや強制終了、NATやプロキシによる破棄で、開いている接続がクローズフレームなしで終わり、エンドポイントはクローズコード1006を報告します。ブラウザーのページではcloseイベント（コード1006、wasCleanはfalse）が発生し、RFC 6455とWHATWGの標準を厳密に読めば先にerrorイベントが発生するはずですが、ChromiumとFirefoxでは発生しません。
    .symptom = Python websocketsはConnectionClosedError（「no close frame received or sent」）を送出し、Node wsはコード1006と空の理由のcloseイベントだけを出し、tungsteniteはError::Protocol(ResetWithoutClosingHandshake)を、gorillaは「websocket: close 1006 (abnormal closure): unexpected EOF」を返し、coder/websocketは「failed to read frame header: EOF」を報告してCloseStatusは-1を返し、.NETはWebSocketException（ConnectionClosedPrematurely）を送出します。Chromiumのコンソールには何も出ません。
    .remedy = RFC 6455 §7.2.3の勧めどおり、0〜5秒のランダムな待ち時間の後に最初の再接続をし、その後は待ち時間を徐々に延ばしてください（closecodeのスケジュール：倍々に延ばして最大60秒、10回まで）。ブラウザーではerrorイベントが発生しないので、closeハンドラーで切断を検知してください。
    .user = 接続が切れました。アプリが自動的に再接続します。
