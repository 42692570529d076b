## Connection failures: the ways a WebSocket connection fails before, or without, a Close frame.
## One message per [[failure]] of docs/research/failures/failures.toml, in its order: failure-<id>.
## The value is a short name; .description says what happened and what a browser page sees,
## .symptom how it shows up in libraries and browsers, .remedy what to do (and whether to reconnect),
## .user what an app can tell its end users (calm and plain, no numbers, no jargon).
## Facts come from docs/research/failures/failures.toml and README.md.

failure-http-400 = Upgrade refused: 400 Bad Request
    .description = The server answered the opening handshake with 400 Bad Request instead of 101 Switching Protocols, because it found the Upgrade request malformed. A browser page gets an error event, then a close event with code 1006 and wasClean false; the status itself is never visible to the script.
    .symptom = Libraries report the status: Python websockets raises InvalidStatus ("server rejected WebSocket connection: HTTP 400"), Node ws emits "Unexpected server response: 400", tungstenite returns Error::Http ("HTTP error: 400 Bad Request"), gorilla returns "websocket: bad handshake" with the response, and Chromium's console shows "Unexpected response code: 400". The usual triggers are a request that is not GET over HTTP/1.1, a missing Host, Upgrade or Connection header, a malformed Sec-WebSocket-Key, or a Sec-WebSocket-Version other than 13; the example in RFC 6455 §4.4 answers an unknown version with 400.
    .remedy = Do not reconnect until the client, or a proxy that rewrites its request, is fixed: the same request gets the same answer. Check the Upgrade request the server received against RFC 6455 §4.2.1, and make sure every proxy forwards the Upgrade and Connection headers. If the response carries a Sec-WebSocket-Version header, use one of the versions it lists.
    .user = The app cannot connect to the service right now. Please update the app or try again later.

failure-http-401 = Upgrade refused: 401 Unauthorized
    .description = The server answered the opening handshake with 401 Unauthorized: the request carried no valid credentials, and the WWW-Authenticate header names the scheme the server accepts. A browser page sees only an error event, then a close event with code 1006 and wasClean false; the 401 is not visible to the script.
    .symptom = Python websockets raises InvalidStatus ("HTTP 401"), Node ws emits "Unexpected server response: 401", tungstenite returns "HTTP error: 401 Unauthorized", and .NET reports status code 401 where 101 was expected. Chromium handles a 401 as HTTP authentication and logs "HTTP Authentication failed; no valid credentials available" instead of a response code, so searching its console for 401 finds nothing.
    .remedy = Reconnect only with new or refreshed credentials: renew the token or ask the user to sign in, then open a new connection. Repeating the request with the same credentials fails the same way; Python websockets does not retry a 401 by itself.
    .user = Your session has expired. Please sign in again.

failure-http-403 = Upgrade refused: 403 Forbidden
    .description = The server answered the opening handshake with 403 Forbidden: it understood the request and refused it. Servers also answer 403 to an Origin they do not accept, as RFC 6455 §10.2 advises, and no new credential changes that. A browser page sees an error event, then a close event with code 1006 and wasClean false, without the status.
    .symptom = Python websockets raises InvalidStatus ("HTTP 403"), Node ws emits "Unexpected server response: 403", tungstenite returns "HTTP error: 403 Forbidden", gorilla returns "websocket: bad handshake", and Chromium's console shows "Unexpected response code: 403". The refusal may concern the credentials, or something unrelated to them, such as a page served from an origin the server does not allow.
    .remedy = Refresh the credentials once and reconnect with them; never repeat the request with the same credentials. If the fresh attempt gets 403 again, stop: the refusal is probably an Origin check or a permission that no credential fixes, so check the server's allowed origins and the user's rights.
    .user = You do not have access to this service. Try signing in again; if that does not help, contact support.

failure-http-404 = Upgrade refused: 404 Not Found
    .description = The server answered the opening handshake with 404 Not Found: it serves no WebSocket endpoint at that path, or the service behind it is not there. A browser page sees an error event, then a close event with code 1006 and wasClean false; the 404 stays hidden from the script.
    .symptom = Python websockets raises InvalidStatus ("HTTP 404"), Node ws emits "Unexpected server response: 404", tungstenite returns "HTTP error: 404 Not Found", coder/websocket reports "expected handshake response status code 101 but got 404", and Chromium's console shows "Unexpected response code: 404". It usually means a wrong path in the URL, a service that is not deployed there, or a plain HTTP server or route without WebSocket support.
    .remedy = Do not reconnect until the URL or the deployment is fixed. Compare the path in the ws:// or wss:// URL with the server's routes, and check that every proxy forwards that path to the WebSocket service.
    .user = The app cannot connect to the service right now. Please contact support.

failure-http-405 = Upgrade refused: 405 Method Not Allowed
    .description = The server answered the opening handshake with 405 Method Not Allowed; since the handshake must be a GET request, either the route is not a WebSocket endpoint or something on the way changed the method. A browser page sees an error event, then a close event with code 1006 and wasClean false, without the status.
    .symptom = Python websockets raises InvalidStatus ("HTTP 405"), Node ws emits "Unexpected server response: 405", tungstenite returns "HTTP error: 405 Method Not Allowed", and Chromium's console shows "Unexpected response code: 405". The response's Allow header lists the methods the route does accept.
    .remedy = Do not reconnect until it is fixed. Point the client at the WebSocket route, and check that no proxy on the way changes the GET method of the handshake.
    .user = The app cannot connect to the service right now. Please contact support.

failure-http-426 = Upgrade refused: 426 Upgrade Required
    .description = The server answered the opening handshake with 426 Upgrade Required: it does not speak the WebSocket version that the client asked for in Sec-WebSocket-Version. A browser page sees an error event, then a close event with code 1006 and wasClean false, without the status.
    .symptom = Python websockets raises InvalidStatus ("HTTP 426"), Node ws emits "Unexpected server response: 426", tungstenite returns "HTTP error: 426 Upgrade Required", and Chromium's console shows "Unexpected response code: 426". The response's Sec-WebSocket-Version header lists the versions the server accepts. Some servers answer a version mismatch with 400 instead, as the example in RFC 6455 §4.4 does.
    .remedy = Do not reconnect unchanged: the same version fails again. If the client supports one of the versions the server lists, repeat the handshake with that version (RFC 6455 §4.4); otherwise upgrade the client or the server. Browsers always send version 13, so a 426 sent to a browser points at the server or a proxy in front of it.
    .user = This version of the app cannot connect to the service. Please update the app.

failure-http-429 = Upgrade refused: 429 Too Many Requests
    .description = The server answered the opening handshake with 429 Too Many Requests because the client tried to connect too often in a short time; it may say how long to wait in a Retry-After header, and some servers simply drop the connection instead. A browser page sees an error event, then a close event with code 1006 and wasClean false; neither the status nor Retry-After reaches the script.
    .symptom = Python websockets raises InvalidStatus ("HTTP 429"), Node ws emits "Unexpected server response: 429", tungstenite returns "HTTP error: 429 Too Many Requests", gorilla returns "websocket: bad handshake", and Chromium's console shows "Unexpected response code: 429".
    .remedy = If the server sent a Retry-After header (a number of seconds or an HTTP date), wait at least that long before reconnecting; otherwise use exponential backoff and jitter (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts). No library reads Retry-After for you, so take it from the response attached to the error: Python websockets' exception, gorilla's response, or an unexpected-response listener in Node ws. Python websockets does not retry a 429 by itself at all.
    .user = The service is busy right now. The app will wait a little and try again.

failure-http-500 = Upgrade refused: 500 Internal Server Error
    .description = The server answered the opening handshake with 500 Internal Server Error: something failed in the server or in the application's handshake code. A browser page sees an error event, then a close event with code 1006 and wasClean false; the status is hidden from scripts.
    .symptom = Python websockets raises InvalidStatus ("HTTP 500"), Node ws emits "Unexpected server response: 500", tungstenite returns "HTTP error: 500 Internal Server Error", .NET reports status code 500 where 101 was expected, and Chromium's console shows "Unexpected response code: 500".
    .remedy = Reconnect with exponential backoff and jitter, and cap the attempts, because a bug fails every time (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts). Python websockets retries a 500 by itself with its own backoff. Look in the server's logs for an error at the time of the handshake.
    .user = The server ran into a problem. The app will try to reconnect.

failure-http-502 = Upgrade refused: 502 Bad Gateway
    .description = A proxy or gateway answered the opening handshake with 502 Bad Gateway: it got an invalid response from the server behind it, often a backend that is restarting. This is not close code 1014, because no WebSocket connection ever opened; a browser page sees an error event, then a close event with code 1006 and wasClean false.
    .symptom = Python websockets raises InvalidStatus ("HTTP 502"), Node ws emits "Unexpected server response: 502", tungstenite returns "HTTP error: 502 Bad Gateway", gorilla returns "websocket: bad handshake", and Chromium's console shows "Unexpected response code: 502".
    .remedy = Reconnect with exponential backoff and jitter (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts); Python websockets does this by itself. If it persists, check the backend's health and the proxy's upstream address, port and WebSocket settings.
    .user = The service cannot be reached right now. The app will try to reconnect.

failure-http-503 = Upgrade refused: 503 Service Unavailable
    .description = The server answered the opening handshake with 503 Service Unavailable: it is overloaded or down for maintenance for a while, and it may say for how long in a Retry-After header. A browser page sees an error event, then a close event with code 1006 and wasClean false; neither the status nor Retry-After is visible to the script.
    .symptom = Python websockets raises InvalidStatus ("HTTP 503"), Node ws emits "Unexpected server response: 503", tungstenite returns "HTTP error: 503 Service Unavailable", and Chromium's console shows "Unexpected response code: 503". Some servers refuse the connection outright instead of answering 503.
    .remedy = If the server sent a Retry-After header (a number of seconds or an HTTP date), wait at least that long before reconnecting; otherwise use exponential backoff and jitter (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts). Python websockets retries a 503 by itself but ignores Retry-After, so read the header from its exception when the server sends one.
    .user = The service is temporarily unavailable. The app will try again later.

failure-http-504 = Upgrade refused: 504 Gateway Timeout
    .description = A proxy or gateway answered the opening handshake with 504 Gateway Timeout: the server behind it did not answer in time. A browser page sees an error event, then a close event with code 1006 and wasClean false, without the status.
    .symptom = Python websockets raises InvalidStatus ("HTTP 504"), Node ws emits "Unexpected server response: 504", tungstenite returns "HTTP error: 504 Gateway Timeout", coder/websocket reports "expected handshake response status code 101 but got 504", and Chromium's console shows "Unexpected response code: 504".
    .remedy = Reconnect with exponential backoff and jitter (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts); Python websockets does this by itself. If it keeps happening, find out why the backend answers the proxy so slowly.
    .user = The service is taking too long to respond. The app will try to reconnect.

failure-tls-expired = TLS certificate expired
    .description = The TLS handshake failed because the server's certificate has expired, or is not yet valid when the client's clock is wrong. No WebSocket connection exists yet; a browser page sees an error event, then a close event with code 1006 and wasClean false, and cannot tell a TLS failure from any other failure.
    .symptom = Python websockets raises ssl.SSLCertVerificationError ending in "certificate has expired", Node reports "certificate has expired" (code CERT_HAS_EXPIRED), Go clients report "x509: certificate has expired or is not yet valid", and Chromium's console shows net::ERR_CERT_DATE_INVALID. tungstenite with native-tls returns Error::Tls, and a build without a TLS feature fails earlier with "TLS support not compiled in". No library reports close code 1015 for it.
    .remedy = Do not reconnect until the certificate is renewed, or until the client's clock is corrected when the certificate is not yet valid; retrying only adds load on the server. Beware: Python websockets retries every TLS failure with backoff, forever, because ssl.SSLError is a subclass of OSError and its default process_exception retries any OSError, so override it to treat ssl.SSLError as fatal.
    .user = A secure connection could not be made. Check that your device's date and time are correct, then try again.

failure-tls-untrusted = TLS certificate not trusted
    .description = The TLS handshake failed because the server's certificate chain does not end in a root the client trusts: a self-signed certificate, a private certificate authority, a missing intermediate certificate, or a proxy that intercepts TLS. A browser page sees an error event, then a close event with code 1006 and wasClean false.
    .symptom = Python websockets raises ssl.SSLCertVerificationError with "unable to get local issuer certificate", Node reports "unable to verify the first certificate" (code UNABLE_TO_VERIFY_LEAF_SIGNATURE), Go clients report "x509: certificate signed by unknown authority", and Chromium's console shows net::ERR_CERT_AUTHORITY_INVALID. The exact text depends on the shape of the chain and the TLS library: a self-signed certificate gives "self-signed certificate" in OpenSSL.
    .remedy = Do not reconnect until the chain or the trust store is fixed: serve the full chain with its intermediate certificates, or add the private certificate authority to the client's trust store. Python websockets retries this forever by default, because ssl.SSLError is an OSError; override its process_exception to make it fatal.
    .user = A secure connection could not be made. Please check your network or try again later.

failure-tls-hostname = TLS certificate does not match the host
    .description = The TLS handshake failed because the certificate is valid, but for another name than the host in the URL: a wrong host in the URL, the wrong certificate deployed, or a name missing from the certificate's subject alternative names. A browser page sees an error event, then a close event with code 1006 and wasClean false.
    .symptom = Python websockets raises ssl.SSLCertVerificationError with "Hostname mismatch, certificate is not valid for" the host, Node reports "Hostname/IP does not match certificate's altnames" (code ERR_TLS_CERT_ALTNAME_INVALID), Go clients report "x509: certificate is valid for" another name, and Chromium's console shows net::ERR_CERT_COMMON_NAME_INVALID. With rustls, tungstenite rejects a host that is not a valid DNS name before any I/O ("TLS error: Invalid DNS name").
    .remedy = Do not reconnect until the URL or the certificate is fixed: connect with a name the certificate covers, or deploy a certificate whose subject alternative names include the host. Python websockets retries this forever by default, because ssl.SSLError is an OSError; override its process_exception to make it fatal.
    .user = A secure connection could not be made. Please update the app or try again later.

failure-tls-protocol = No common TLS version or cipher suite
    .description = The client and the server share no TLS version or cipher suite, so the TLS handshake failed before any certificate was checked. A browser page sees an error event, then a close event with code 1006 and wasClean false.
    .symptom = Python websockets raises ssl.SSLError with "tlsv1 alert protocol version", Node reports EPROTO with the same OpenSSL alert, Go clients report "remote error: tls: handshake failure", and Chromium's console shows net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH. The text depends on which side refuses and on the TLS library and its version.
    .remedy = Do not reconnect until one side's TLS configuration changes: enable a TLS version and a cipher suite that both sides support. Python websockets retries this forever by default, because ssl.SSLError is an OSError; override its process_exception to make it fatal.
    .user = A secure connection could not be made. Please update the app.

failure-dns = DNS lookup failed
    .description = The client could not resolve the server's host name, so it never opened a connection. A browser page sees an error event, then a close event with code 1006 and wasClean false, and cannot tell this apart from a refused or unreachable server.
    .symptom = Python websockets raises socket.gaierror ("Name or service not known"), Node reports "getaddrinfo ENOTFOUND" with the host, tungstenite returns Error::Io ("failed to lookup address information"), Go clients report "no such host", and Chromium's console shows net::ERR_NAME_NOT_RESOLVED. The text comes from the operating system's resolver and differs between platforms.
    .remedy = Reconnect with exponential backoff and jitter (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts), because resolver failures often pass, for example when a device comes back online. A misspelled host never resolves, so cap the attempts and log the host name; Python websockets retries by itself, since socket.gaierror is an OSError.
    .user = The app could not reach the service. Please check your internet connection.

failure-refused = Connection refused
    .description = Nothing was listening on the server's port, usually because the server is down or restarting. A browser page sees an error event, then a close event with code 1006 and wasClean false.
    .symptom = Python websockets raises ConnectionRefusedError ("Connect call failed"), Node reports "connect ECONNREFUSED", Go clients report "connection refused", and Chromium's console shows net::ERR_CONNECTION_REFUSED. tungstenite is the exception: it returns Error::Url(UrlError::UnableToConnect) ("URL error: Unable to connect to" the URL), not Error::Io, and drops the underlying I/O error, so the refusal cannot be read from it.
    .remedy = Reconnect with exponential backoff and jitter, so that clients do not storm a server that is starting up (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts). Try another endpoint if you have one; Python websockets retries by itself, since ConnectionRefusedError is an OSError.
    .user = The service cannot be reached right now. The app will try to reconnect.

failure-reset = Connection reset
    .description = The server, or a load balancer or firewall in between, sent a TCP reset: it crashed, restarted or dropped the connection's state. During the handshake a browser page sees an error event, then a close event with code 1006 and wasClean false; after the connection opened, it sees only the close event, with no error event.
    .symptom = During the handshake, Python websockets raises InvalidMessage ("did not receive a valid HTTP response"), Node ws emits "read ECONNRESET", and Chromium's console shows net::ERR_CONNECTION_RESET. After open, Python websockets raises ConnectionClosedError ("no close frame received or sent"), Node ws emits only a close event with 1006 and no error, tungstenite returns Error::Io ("Connection reset by peer"), Go clients report "connection reset by peer", and Chromium logs nothing.
    .remedy = Reconnect with exponential backoff and jitter (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts); Python websockets retries a reset during the handshake by itself. To notice a reset after open in browsers and in Node ws, listen for the close event, because no error event fires.
    .user = The connection was lost. The app will try to reconnect.

failure-timeout-connect = Connection timed out while opening
    .description = The server did not answer in time while the connection was opening: packets were dropped, the server was overloaded, or a firewall silently discarded the traffic. A browser page sees an error event, then a close event with code 1006 and wasClean false.
    .symptom = Python websockets raises TimeoutError ("timed out during opening handshake") after its default open_timeout of 10 s. Node ws reports "Opening handshake has timed out" only when handshakeTimeout is set, as it has no default; gorilla's default dialer gives up after 45 s with "i/o timeout", and coder/websocket stops only at its context's deadline or its HTTP client's timeout ("context deadline exceeded"). Chromium's source, in an older revision, sets a 240 s handshake timer that ends with "WebSocket opening handshake timed out".
    .remedy = Reconnect with exponential backoff and jitter (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts), or try another endpoint if there is one, because a dead route times out the same way again. Where the library sets no handshake timeout, as in Node ws, set one yourself.
    .user = The service is taking too long to respond. The app will try to reconnect.

failure-timeout-idle = Idle or keepalive timeout
    .description = An open connection went silent for longer than a keepalive or idle limit allows: the application's ping got no answer in time, or a proxy's read timeout closed it (60 s in nginx). Browsers have no idle timeout or ping API of their own; when a proxy drops an idle connection, the page sees a close event with code 1006 and wasClean false, like a vanished connection.
    .symptom = Python websockets, which pings every 20 s and waits 20 s for the answer, raises ConnectionClosedError with "keepalive ping timeout", and its close_code is 1006. With a KeepAliveTimeout set, .NET throws a WebSocketException saying that it did not receive a Pong frame in time. gorilla reports "i/o timeout" after the application's read deadline, and coder/websocket reports "read timed out" after a context deadline on Read; Node ws, gorilla, coder/websocket and tungstenite have no idle timeout built in, so these appear only when the application sets one.
    .remedy = Reconnect after a short random delay, with exponential backoff and jitter if that fails (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts); the network path itself may be fine. To prevent it, send pings or application messages more often than the shortest idle limit on the path, such as nginx's 60 s.
    .user = The connection timed out. The app will try to reconnect.

failure-vanished = Connection dropped without a Close frame
    .description = An open connection ended without a Close frame: the peer crashed or was killed, or a NAT or proxy dropped the connection. The endpoint reports close code 1006; a browser page gets a close event with code 1006 and wasClean false, and in Chromium and Firefox no error event, although a strict reading of RFC 6455 and the WHATWG standard predicts one.
    .symptom = Python websockets raises ConnectionClosedError ("no close frame received or sent"), Node ws emits only a close event with 1006 and an empty reason, tungstenite returns Error::Protocol(ResetWithoutClosingHandshake), gorilla returns "websocket: close 1006 (abnormal closure): unexpected EOF", coder/websocket reports "failed to read frame header: EOF" with CloseStatus -1, and .NET throws a WebSocketException with ConnectionClosedPrematurely. Chromium logs nothing in the console.
    .remedy = Reconnect after a random first delay of 0 to 5 s, as RFC 6455 §7.2.3 advises, then wait longer each time (closecode's schedule doubles up to 60 s, at most 10 attempts). In browsers, detect the drop in the close handler, since no error event fires.
    .user = The connection was lost. The app will try to reconnect.
