## Registered close codes: one message per row of data/close-codes.toml.
## The value is the name; .description says what the code means, .symptom when you see it,
## .remedy what to do, .cause the usual cause (a predicate after the number: "1006 usually comes
## from ..."), .sending when to send it, .receiving how to react to it, .user what an app can tell its end
## users (calm and plain, never the peer's reason).
## Facts come from ../shared/reference/close-codes-facts.md, corrected by facts-audit-2026-11.md.

code-1000 = Normal Closure
    .description = The connection did what it was opened for, and one side closed it on purpose. It is the only close code that means all is well.
    .symptom = Your own code or the peer called `close()` after finishing: a user logged out, a job or stream completed, or a server ended a session cleanly. Some servers also send 1000 when they shut down, which hides a restart behind a normal-looking close.
    .remedy = Nothing to fix when the close was expected. If it was not, search both sides for `close()` calls and log which side started the close. The side that receives a Close frame before sending one must answer with a Close frame of its own, and usually echoes the code it received (RFC 6455 §5.5.1), so a reply of 1000 does not mean that side chose to close. When both sides close at the same moment, each reports the code the other sent (RFC 6455 §7.1.5), so the two logs disagree and both are right. A server that restarts should send 1012 instead, so that clients know it will be back; a server that leaves for good should send 1001. A client that must stay connected can treat an unexpected 1000 as a reason to reconnect once.
    .cause = usually comes from application logic that finished on purpose, such as a logout or a completed job
    .sending = Send 1000 when the connection has done its job and neither side should reconnect: the user logged out, the stream ended, the job is complete.
    .receiving = Treat the session as finished and do not reconnect automatically, unless the application needs a connection at all times.
    .user = The session ended.

code-1001 = Going Away
    .description = An endpoint is leaving: a server is shutting down, or a browser is closing or reloading a page, or dropping it from its back/forward cache. The other side did nothing wrong.
    .symptom = A browser sends 1001 by itself when the user closes the tab or reloads the page; scripts cannot send it. Navigating away is different: Chromium (156, default settings) puts the page in its back/forward cache with the socket still open and sends nothing, then sends 1001 when the page leaves the cache or when the user comes back to it (the page then gets an error event and 1006). Firefox sends 1001 at once, also when it caches the page. Servers send it on graceful shutdown or deploy (the default of `Server.close()` in Python websockets). Cloudflare sends it with the reason "CloudFlare WebSocket proxy restarting" when an edge server restarts, and Caddy sends it when its configuration is reloaded. Jetty sends it when its idle timer fires, with a reason that depends on the version: "Idle Timeout" in Jetty 9.4, "Connection Idle Timeout" in Jetty 12.0.5.
    .remedy =
        What to do depends on the side, and on the reason:
        - Clients: reconnect automatically with exponential backoff and jitter, so that thousands of clients do not return in the same second. closecode's schedule waits a random 0 to 5 s first, then doubles its ceiling up to 60 s, drawing each delay between half the ceiling and the ceiling, for at most 10 attempts.
        - Servers: drain connections gradually during deploys; send 1012 instead when you know the service is coming back, and 1001 only when it is not.
        - Pages: when the user navigates away, Chromium keeps the socket open in its back/forward cache and sends nothing. If the server must know at once, close the socket yourself on `pagehide`, and open a new one on `pageshow` when `event.persisted` is true.
        - If the reason names an idle timeout ("Idle Timeout", "Connection Idle Timeout"), send heartbeats more often than that timeout.
    .cause = usually comes from a server shutting down or restarting, or from a browser tab being closed or reloaded
    .sending = Send 1001 when your endpoint is leaving: a server shutting down with no planned return, or a client whose page or app is going away. If the server will be back shortly, send 1012 instead.
    .receiving = Reconnect with exponential backoff and jitter (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts); the peer did nothing wrong, and a fresh connection usually succeeds.
    .user = The server is going offline or restarting. The app will try to reconnect.

code-1002 = Protocol Error
    .description = The peer broke the WebSocket protocol (RFC 6455), so the endpoint ended the connection.
    .symptom = Malformed frames; an unmasked frame from a client or a masked frame from a server; RSV bits set without a negotiated extension, often a permessage-deflate mismatch; a control frame longer than 125 bytes or fragmented; a Close frame of 1 byte (gorilla and Firefox report that as 1005 instead). Very often it is a valid close code that the receiving library does not know: tungstenite and gorilla answer a received 1014 with 1002, .NET did the same for 1012 to 1014 before .NET 8, and many libraries did it for 1012 and 1013 until 2017 to 2019.
    .remedy = Capture the frames (browser devtools, Wireshark) and check them against RFC 6455 and RFC 7692. Upgrade libraries that do not know 1012 to 1014, check that both sides negotiated compression the same way, and test once without the proxies in the path. Retrying unchanged repeats the error.
    .cause = usually comes from a malformed frame, or from a valid close code the receiving library does not know
    .sending = Send 1002 when the peer's frames break RFC 6455: wrong masking, reserved bits (RSV) without an extension, an oversized or fragmented control frame. WebSocket libraries usually send it for you.
    .receiving = Do not retry in a loop: capture the frames, find which side breaks the protocol, and fix or upgrade it.
    .user = Something went wrong with the connection. Please update the app or try again later.

code-1003 = Unsupported Data
    .description = The endpoint received a kind of data it cannot accept, for example a binary message on a connection that handles only text.
    .symptom = A client sends binary frames to a text-only server (or the reverse), or a client library is set to the wrong message type. Some applications also misuse 1003 to mean "bad request".
    .remedy = Send the frame type the peer expects: text for UTF-8 data, binary for raw bytes. Agree on a subprotocol that fixes the message format, and check the message-type setting of the client library. Do not reconnect to send the same data again.
    .cause = usually comes from a binary message sent where only text is accepted, or the reverse
    .sending = Send 1003 when a message arrives in a data type your endpoint cannot handle at all, such as binary on a text-only service.
    .receiving = Do not resend the same data: switch to the frame type the peer expects, then reconnect.
    .user = The server could not accept what the app sent. Please update the app.

code-1004 = Reserved
    .description = Reserved by RFC 6455, which says only that its meaning might be defined in the future. The RFC lists it among the codes an endpoint may send, yet every library checked refuses it as a protocol error; Chromium and Firefox accept it and pass it to the page.
    .symptom = A buggy or very old peer sent it; early drafts of the protocol (hybi draft 06, 2011) used 1004 for a message that was too large. Every library checked treats a received 1004 as a protocol error, as Autobahn TestSuite case 7.9.3 expects.
    .remedy = Treat it as a protocol error and fix the sender. To report a message that is too large, send 1009.
    .cause = usually comes from a buggy or very old peer
    .sending = Do not send 1004. RFC 6455 allows it but gives it no meaning, and every library checked answers it as a protocol error; only browsers accept it.
    .receiving = Treat it as a protocol error and report it to whoever maintains the peer.
    .user = Something went wrong with the connection. Please update the app or try again later.

code-1005 = No Status Received
    .description = A Close frame arrived without a status code. Endpoints report 1005 locally; it must never be sent in a Close frame.
    .symptom = The peer closed with an empty Close frame. Browsers send one for `ws.close()` without arguments, Node ws for `ws.close()` without a code, and Jetty 9.3 sent one on shutdown, where 1001 would have said more. Python websockets' `close()` sends 1000; only its Sans-I/O `send_close()` without a code sends an empty frame. gorilla also reports 1005 for a Close payload of 1 byte, which other libraries reject as a protocol error. .NET never shows 1005: it reports an empty Close frame as NormalClosure (1000).
    .remedy = Treat it as a normal close: nothing failed. If logs or proxies flag it as an error, have the sender pass an explicit code, such as close(1000). A proxy that relays closes must not forward 1005 as a code; it should send an empty Close frame or 1000 instead.
    .cause = usually comes from a peer that called `close()` without a code, as browsers do for `ws.close()`
    .sending = Never put 1005 in a Close frame: to close without a code, send an empty Close frame; to say all is well, send 1000.
    .receiving = Treat it like 1000: the peer closed cleanly but did not say why.
    .user = The connection was closed.

code-1006 = Abnormal Closure
    .description = The connection ended without a Close frame: the TCP connection dropped or was cut. Endpoints report 1006 locally and never send it, so the peer did not choose it.
    .symptom =
        The least specific close code: it says only that no Close frame arrived. Not every library reports 1006: gorilla (CloseError 1006, "unexpected EOF"), ws and Python websockets do, but tungstenite returns Error::Protocol(ResetWithoutClosingHandshake) or Error::ConnectionClosed, .NET throws a WebSocketException (ConnectionClosedPrematurely) with CloseStatus null, and coder/websocket's CloseStatus(err) returns -1. Usual causes:
        - an idle timer on a proxy or load balancer (nginx `proxy_read_timeout` and the AWS ALB idle timeout both default to 60 s; AWS API Gateway WebSocket APIs drop a connection after 10 minutes idle and any connection after 2 hours);
        - network loss, NAT expiry, a laptop going to sleep or a phone changing networks;
        - a server crash, or a server that closed TCP right after writing its Close frame, so that a reset destroyed the frame;
        - a failed opening handshake: browsers report every one as 1006, whatever the reason, so an HTTP 401, 403 or 502 answer to the Upgrade request, a DNS failure and a bad TLS certificate all look the same to a script.
    .remedy =
        First find out whether the connection ever opened:
        - In a browser, a refused handshake fires error and then close, with `wasClean` false, and open never fires; a connection that opened and then dropped fired open first, and its close event also has `wasClean` false.
        - If open never fired, look at the Upgrade request in the browser's network tab or in the proxy log: the real status is there, not in the close event.
        - If the connection dropped after a fixed idle time, send heartbeats more often than the shortest idle timeout on the path (every 20 to 30 s is safe on the public internet): ping frames from servers, application messages from browsers, which cannot send protocol pings.
        - A drop after a fixed lifetime, such as API Gateway's 2 hours, needs a reconnect, not heartbeats.
        - In nginx, raise `proxy_read_timeout`, which closes the tunnel when the backend has sent nothing for that long (`proxy_send_timeout` is not an idle limit), and make sure the Upgrade and Connection headers are forwarded.
        - On the server, wait for the peer's Close frame before closing TCP.
        - Then reconnect with exponential backoff and jitter, starting with a random delay of up to 5 s as RFC 6455 §7.2.3 advises; closecode's schedule then doubles the delay up to 60 s and stops after 10 attempts.
    .cause = usually comes from a dropped TCP connection, most often an idle timeout on a proxy or load balancer
    .sending = Never send 1006: it only reports that no Close frame arrived. To report a failure on your side, send 1011.
    .receiving = Reconnect with exponential backoff and jitter (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts), and add heartbeats if the drops follow a fixed idle time.
    .user = The connection was lost. The app will try to reconnect.

code-1007 = Invalid Frame Payload Data
    .description = The content of a message did not match its type; most often a text message that is not valid UTF-8.
    .symptom = Binary or legacy-encoded bytes (Latin-1, EUC-KR) sent as a text frame, for example terminal output streamed as text; invalid UTF-8 in a close reason, often a reason cut in the middle of a multi-byte character. Libraries differ: .NET closes with 1007 for invalid UTF-8 in a text message but with 1002 for invalid UTF-8 in a close reason; gorilla does not check text messages at all and sends 1002 only for a close reason ("invalid utf8 payload in close frame").
    .remedy = Send raw bytes as binary frames, or encode them (base64) before sending them as text. Convert text to UTF-8 where it enters your program, and cut reasons and strings only at character boundaries. Sending the same payload again fails the same way.
    .cause = usually comes from text frames carrying bytes that are not valid UTF-8
    .sending = Send 1007 when the content of a message does not match its type, such as invalid UTF-8 in a text message.
    .receiving = Fix the encoding on the sending side before reconnecting; the same payload fails again.
    .user = The server could not read what the app sent. Please update the app.

code-1008 = Policy Violation
    .description = The endpoint received something that violates its policy. It is the general refusal code, used when no more specific code fits or when the endpoint does not want to say why.
    .symptom = Mostly authentication and authorization: a missing, expired or revoked token, a failed origin check, a subscription the user may not make. Also rate limits and abuse filters, and requests the server cannot parse. ttyd (through libwebsockets) closes with 1008 when authentication fails; Binance closes with 1008 for a malformed stream request ("Illegal format ws or stream").
    .remedy = Read the close reason in your logs, which usually names the policy, but do not show it to end users: RFC 6455 says clients MUST NOT, because it is not written for them. Refresh the token or send the user to the login page before reconnecting; never reconnect in a loop with the same credentials, a known cause of retry storms. Servers that want clients to tell these cases apart can send 3000, 3003 or a private code from 4000 to 4999.
    .cause = usually comes from a failed authentication or authorization check, or from a rate limit
    .sending = Send 1008 when a peer breaks a rule of your service and no more specific code fits, or when you do not want to reveal which rule; for authentication, 3000 and 3003 say more.
    .receiving = Do not reconnect with the same credentials: read the reason, then renew the token or ask the user to log in.
    .user = The server ended your session. Please sign in again.

code-1009 = Message Too Big
    .description = A message was larger than the endpoint is willing to process.
    .symptom = A message hit a size limit on the side that closed. Default limits: 1 MiB in Python websockets, 32 KiB in coder/websocket, 64 MiB per message in tungstenite, 100 MiB in Node ws; AWS API Gateway WebSocket APIs allow 128 KB per message and 32 KB per frame. gorilla has no limit unless SetReadLimit sets one. tungstenite reports an oversized message to the application without sending 1009, so its peer may see 1006 instead.
    .remedy = Find out which side closed and raise the limit there (`max_size` in websockets, `maxPayload` in ws, SetReadLimit in gorilla), or keep messages smaller: split them into several messages, stream them, enable permessage-deflate, or move bulk data to an HTTP request. Reconnecting and sending the same message fails again.
    .cause = usually comes from a message that exceeds the receiver's size limit
    .sending = Send 1009 when a message is larger than your endpoint is willing to process, and document the limit.
    .receiving = Do not resend the same message: make it smaller, or raise the limit on the side that closed, then reconnect.
    .user = The message was too large to send.

code-1010 = Mandatory Extension
    .description = The client ended the connection because the server did not agree to an extension the client requires; the reason should list the missing extensions. Only clients send 1010: a server refuses such a handshake instead.
    .symptom = The client requires an extension such as permessage-deflate, and the server, or a proxy in between, left it out of the `Sec-WebSocket-Extensions` response header.
    .remedy = Enable the extension on the server and on every proxy, or make it optional in the client. Compare the `Sec-WebSocket-Extensions` header the client sent with the one in the 101 response. Reconnecting helps only after the configuration changes.
    .cause = usually comes from a server or proxy that dropped an extension the client requires, such as permessage-deflate
    .sending = Send 1010 only as a client, when the server's handshake response lacks an extension you cannot work without; name the missing extensions in the reason.
    .receiving = As a server, enable the requested extension or have the client make it optional; reconnecting without a change fails again.
    .user = The app and the server could not agree on how to connect. Please update the app.

code-1011 = Internal Error
    .description = The endpoint met an unexpected condition that kept it from completing the request: the WebSocket counterpart of HTTP 500. RFC 6455 names the server; the IANA registry calls it "Internal Error" and cites RFC Errata 3227.
    .symptom = An unhandled exception in a server handler. Python websockets closes with 1011 when a handler raises, and also when a keepalive ping gets no answer within 20 s (reason "keepalive ping timeout"). Proxies send it for their own internal errors, and test mocks send it when a handler throws.
    .remedy = Look in the server's logs for an exception at the time of the close, and handle errors inside the message loop. For "keepalive ping timeout", look for a blocked event loop or high latency rather than a crash. Clients can reconnect with backoff, but should give up after 10 attempts, as closecode's schedule does (a first delay of 0 to 5 s, then doubling up to 60 s): a deterministic bug fails every time.
    .cause = usually comes from an unhandled exception in the server's handler, or from a keepalive ping timeout
    .sending = Send 1011 when an unexpected failure on your side keeps you from serving the connection.
    .receiving = Reconnect with backoff (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts); check the server's logs if it keeps happening.
    .user = The server ran into a problem. The app will try to reconnect.

code-1012 = Service Restart
    .description = The server is restarting. Clients may reconnect, and if they do, they should first wait a random delay of 5 to 30 seconds, as the request that registered the code proposes.
    .symptom = A rolling deploy or a planned restart: uvicorn sends 1012 when it shuts down, and many application servers send it while they drain connections.
    .remedy =
        What to do depends on the side:
        - Clients: reconnect after a random delay between 5 and 30 s; the randomness spreads the returning clients over the new instances. If that attempt fails, closecode's schedule doubles the delay up to 120 s, for at most 10 attempts.
        - Servers: send 1012 rather than 1001, or a dropped connection, when you know you will be back.
        - Both sides: older libraries rejected 1012 as a protocol error: ws before 2.0.0 (2017), Jetty before 9.4.x (2017), Java-WebSocket 1.3.7 (fixed in 2018), netty before December 2018, OkHttp until 2019, and .NET before .NET 8 (1012 to 1014, fixed in 2023, dotnet/runtime#83827); upgrade such peers.
    .cause = usually comes from a planned restart or a rolling deploy
    .sending = Send 1012 from a server that is restarting and will be back shortly, such as during a deploy.
    .receiving = Reconnect after a random delay of 5 to 30 seconds.
    .user = The server is restarting. The app will reconnect in a moment.

code-1013 = Try Again Later
    .description = The server is overloaded and turns the connection away for now.
    .symptom = Connection caps and capacity limits on the server: a server at capacity, too many connections, a full room, a slow consumer being shed.
    .remedy = Clients: connect to another server (a different IP address) if there is one. The registration asks clients to reconnect to the same server only after the user does something, not when a timer fires. An app that must retry on its own should wait much longer than for an ordinary retry; closecode's schedule: a first delay of 30 to 120 s, then doubling up to 600 s, at most 10 attempts. Servers: shed load with 1013 instead of dropping sockets, which clients would see as 1006, and add capacity.
    .cause = usually comes from a server that is at capacity and sheds load
    .sending = Send 1013 from a server that is overloaded and wants clients to go elsewhere or come back much later.
    .receiving = Connect to another server, or reconnect to the same one after a user action; an app that retries by itself should wait much longer (closecode's schedule: a first delay of 30 to 120 s, then doubling up to 600 s, at most 10 attempts).
    .user = The server is busy right now. Please try again later.

code-1014 = Bad Gateway
    .description = The IANA registry's text: "The server was acting as a gateway or proxy and received an invalid response from the upstream server. This is similar to 502 HTTP Status Code." "Bad Gateway" is the common name (MDN, websockets BAD_GATEWAY, coder/websocket StatusBadGateway), not the registry's. The registry's designated expert, Alexey Melnikov, assigned 1012 to 1014 on the strength of messages on the hybi mailing list.
    .symptom = A WebSocket-aware gateway, proxy or relay had already upgraded the client's connection when its backend failed, could not be reached, or failed its side of the handshake. An HTTP 502 from nginx or Cloudflare before the upgrade is not 1014: browsers report that as 1006. Some applications misuse 1014 for authentication failures.
    .remedy =
        Check the gateway first, then its clients:
        - Check the health of the upstream server and the gateway's upstream address, port and WebSocket settings.
        - Then check the clients in front of the gateway, which are the peers that receive 1014: tungstenite answers it with 1002 and hands its application Close(1002, "Protocol violation"); gorilla answers with 1002 and returns the plain error "websocket: bad close code 1014", which IsCloseError does not match; .NET before .NET 8 rejects it too.
        - If such clients connect through your gateway, send 1011 to them instead of 1014, or upgrade them.
        - Clients can reconnect with exponential backoff and jitter (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts).
    .cause = usually comes from a gateway or proxy whose upstream server failed or could not be reached
    .sending = Send 1014 from a gateway or proxy that accepted the client's connection but got no valid answer from the upstream server.
    .receiving = Reconnect with exponential backoff and jitter (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts); if it persists, check the upstream server behind the gateway.
    .user = The service cannot be reached right now. The app will try to reconnect.

code-1015 = TLS Handshake Failure
    .description = The TLS handshake failed, for example because the server certificate could not be verified. RFC 6455 reserves 1015 for reporting this locally; it must never be sent in a Close frame.
    .symptom = An expired or self-signed certificate, a missing intermediate certificate, a host name that does not match the certificate, no TLS version or cipher in common, or wss:// aimed at a plain ws:// port. No library checked ever reports 1015: websockets, gorilla, tungstenite and coder/websocket define it only as a constant. The failure arrives as a connection error before any WebSocket exists: Python websockets raises `ssl.SSLCertVerificationError` from `connect()`, tungstenite returns Error::Tls, and browsers report 1006, as the WHATWG standard asks. Firefox has one exception: when the connection stops with the status NS_ERROR_NET_INADEQUATE_SECURITY, which its HTTP/2 code raises when the negotiated TLS falls short of what HTTP/2 requires, the page sees 1015. Certificate errors and failed handshakes still reach it as 1006.
    .remedy = Test the endpoint with `openssl s_client` or curl to see the certificate error, then fix the certificate chain, the host name or the TLS settings. Use ws:// for local development without TLS. Retrying helps only with passing causes such as clock skew or a certificate rollout in progress.
    .cause = usually comes from a certificate that cannot be verified
    .sending = Never send 1015: RFC 6455 reserves it for reporting a failed TLS handshake locally, and no WebSocket frame can pass before that handshake succeeds.
    .receiving = Fix the certificate or the TLS settings before reconnecting.
    .user = A secure connection could not be made. Please check your network or try again later.

code-3000 = Unauthorized
    .description = Registered with IANA in 2021 as "Unauthorized", without a reference document. It is read as the counterpart of HTTP 401: the client is not authenticated, because its credentials are missing, invalid or expired.
    .symptom = The server checked the token or session when the connection opened, or later, and rejected it, typically because a JWT expired. Browsers may send 3000 too. Before the registration, other protocols used 3000 for their own purposes (SaltyRTC meant "path full").
    .remedy = Get new credentials first (refresh the token, or ask the user to log in), and only then reconnect; reconnecting with the same token fails again. Servers: say why in the close reason, so that client code can tell an expired token from a missing one. Clients may log the reason and act on it, but must not show it to end users (RFC 6455 §5.5.1): show your own message instead.
    .cause = usually comes from missing, invalid or expired credentials
    .sending = Send 3000 when the client must authenticate, or authenticate again, before it may use the connection.
    .receiving = Get new credentials first, then reconnect.
    .user = Your session has expired. Please sign in again.

code-3003 = Forbidden
    .description = Registered with IANA in 2023 as "Forbidden", without a reference document. It is read as the counterpart of HTTP 403: the server knows the client, but does not allow what it asked for.
    .symptom = A permission check failed: the user lacks the role for a channel, room or subscription, or the account was blocked.
    .remedy = Fix the user's permissions or ask for access; new credentials alone do not help. Do not reconnect automatically. Tell the user that access was denied, in your own words: the close reason is not for end users, and RFC 6455 §5.5.1 says clients must not show it to them.
    .cause = usually comes from a permission check that the authenticated user fails
    .sending = Send 3003 when the client is authenticated but not allowed to do what it asked.
    .receiving = Do not reconnect automatically; the user needs different permissions.
    .user = You do not have access to this. Please ask your administrator.

code-3008 = Timeout
    .description = Registered with IANA in 2024 as "Timeout", without a reference document. It is read as the counterpart of HTTP 408: one side took too long, for example to authenticate or to answer a heartbeat.
    .symptom = The first message, often an authentication message, did not arrive before the server's deadline, or heartbeats went unanswered for too long. A slow network or a blocked client event loop are the usual reasons.
    .remedy = Send the first message right after the connection opens, answer heartbeats promptly, and look for work that blocks the client's event loop. Reconnecting with exponential backoff and jitter is usually fine (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts).
    .cause = usually comes from a deadline the peer missed, such as the first message or a heartbeat answer
    .sending = Send 3008 when a peer misses a deadline your protocol sets, such as authenticating within a few seconds.
    .receiving = Reconnect with backoff (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts), and meet the next deadline sooner.
    .user = The connection timed out. The app will try to reconnect.

## Each registered code's meaning in one short sentence, for the index's cheat sheet (the code's
## message above says it in full).
meaning-1000 = The connection did its job and was closed on purpose.
meaning-1001 = An endpoint is leaving: a server is shutting down, or a page is closing or reloading.
meaning-1002 = The peer broke the WebSocket protocol.
meaning-1003 = The endpoint received a kind of data it cannot accept.
meaning-1004 = Reserved: RFC 6455 gives it no meaning.
meaning-1005 = The Close frame carried no code (reported locally, never sent).
meaning-1006 = The connection ended without a Close frame (reported locally, never sent).
meaning-1007 = A message's data did not match its type, such as invalid UTF-8 in a text message.
meaning-1008 = The endpoint received something that violates its policy.
meaning-1009 = A message was too big for the endpoint to process.
meaning-1010 = The client needed an extension the server did not agree to.
meaning-1011 = The endpoint hit an unexpected condition and could not go on.
meaning-1012 = The server is restarting and will be back.
meaning-1013 = The server is overloaded: try again later, or another server.
meaning-1014 = A gateway or proxy got an invalid response from the server behind it.
meaning-1015 = The TLS handshake failed (reported locally, never sent).
meaning-3000 = The client is not authenticated, like HTTP 401.
meaning-3003 = The server knows the client but does not allow what it asked for, like HTTP 403.
meaning-3008 = One side took too long, like HTTP 408.
