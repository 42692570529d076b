## Protocol profiles: the close codes that five WebSocket protocols define for themselves
## (graphql-ws, Discord Gateway, Centrifuge, Twitch EventSub, obs-websocket).
## profile-<id> says what the protocol is; profile-<id>-<code> and profile-<id>-<from>-<to> hold the
## code's or range's name (the protocol's own constant name spelled as words), .description what it
## means in that protocol, .symptom when you see it, .remedy what to do (and whether to reconnect),
## .user what an app can tell its end users (calm and plain, never the peer's reason).
## Facts come from docs/research/profiles/*.toml. Where the protocol gives no reconnect advice, the
## remedy says so and gives ours as a suggestion.

## graphql-ws

profile-graphql-ws = graphql-ws is the reference implementation of the GraphQL over WebSocket protocol (subprotocol graphql-transport-ws), which GraphQL servers and clients use to run subscriptions over a WebSocket; despite the package's name, it does not speak the subprotocol called graphql-ws, which belongs to the older subscriptions-transport-ws.

profile-graphql-ws-4400 = Bad request
    .description = The server could not parse a message from the client, or received a message type or shape that the protocol does not define.
    .symptom = A client bug: malformed JSON, an unknown message type, or a message with missing or wrong fields.
    .remedy = Do not reconnect until the client is fixed: the reference client treats 4400 as fatal, because the same messages fail again. Log what the client sends and compare it with the protocol's PROTOCOL.md.
    .user = Something went wrong with the connection. Please update the app or try again later.

profile-graphql-ws-4401 = Unauthorized
    .description = Despite its name, this is not an authentication failure: the server sends 4401 when a subscribe message arrives before it has acknowledged the connection with connection_ack. Failed authentication closes with 4403 instead.
    .symptom = A client that sends subscribe right after connection_init without waiting for connection_ack, typically a hand-written client.
    .remedy = Do not reconnect until the client is fixed, and do not fetch new credentials: this is an ordering error, not a credentials problem, and the reference client treats 4401 as fatal. Make the client wait for connection_ack before it sends any subscribe message.
    .user = Something went wrong with the connection. Please update the app or try again later.

profile-graphql-ws-4403 = Forbidden
    .description = The server's onConnect hook rejected the client's connection_init, usually because an authentication or authorization check failed.
    .symptom = The credentials sent with connection_init were missing, wrong or expired, or the user may not connect.
    .remedy = Reconnect with exponential backoff and jitter: the reference client retries 4403, because access may be granted on a later try (by default up to 5 attempts, waiting 2^n seconds plus 300 to 3000 ms). If every attempt fails, renew the credentials or fix the server's onConnect check, since retrying unchanged cannot succeed.
    .user = The server did not accept the connection. The app will try again.

profile-graphql-ws-4406 = Subprotocol not acceptable
    .description = The WebSocket handshake did not select the graphql-transport-ws subprotocol, so the server refuses to talk to the client.
    .symptom = The client offered no subprotocol or a different one, for example a subscriptions-transport-ws client offering the old graphql-ws subprotocol.
    .remedy = Do not reconnect until the client offers graphql-transport-ws: the reference client treats 4406 as fatal. A client built for subscriptions-transport-ws has to be replaced, because the two protocols differ.
    .user = The app cannot talk to the server. Please update the app.

profile-graphql-ws-4408 = Connection initialisation timeout
    .description = The client did not send connection_init within the time the server allows after the socket opens (connectionInitWaitTimeout on the server).
    .symptom = A client that was slow or blocked before sending connection_init, or that never sends it.
    .remedy = Reconnect with exponential backoff and jitter, as the reference client does (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts). Send connection_init as soon as the socket opens, and do any slow preparation before opening it.
    .user = The connection timed out. The app will try to reconnect.

profile-graphql-ws-4409 = Subscriber already exists
    .description = The client started a subscription with an id that an active operation on the same connection already uses.
    .symptom = A client that reuses operation ids, such as a fixed id or a counter that restarts, while the earlier operation is still running.
    .remedy = Do not reconnect until the client is fixed: the reference client treats 4409 as fatal. Give every operation a unique id, and reuse an id only after its operation has completed.
    .user = Something went wrong with the connection. Please update the app or try again later.

profile-graphql-ws-4429 = Too many initialisation requests
    .description = The client sent connection_init more than once on the same connection.
    .symptom = A client bug, such as two code paths that both initialise the connection, or a second connection_init sent to change its payload.
    .remedy = Do not reconnect until the client is fixed: the reference client treats 4429 as fatal. Send connection_init exactly once per connection; to change its payload, open a new connection.
    .user = Something went wrong with the connection. Please update the app or try again later.

profile-graphql-ws-4500 = Internal server error
    .description = Server code threw an error while handling the connection. Outside production mode, the close reason carries the error message.
    .symptom = A bug or a failing dependency on the server, hit while it handled a message on this connection.
    .remedy = Do not reconnect until the server is fixed: the reference client treats 4500 as fatal. Find the error in the server's logs, or in the close reason outside production mode, and never show that reason to end users.
    .user = The server ran into a problem. Please try again later.

profile-graphql-ws-4504 = Connection acknowledgement timeout
    .description = The client closed the socket itself because the server did not answer connection_init with connection_ack within connectionAckWaitTimeout. No server sends this code.
    .symptom = A slow or overloaded server, a server hook that takes long to accept the connection, or a network that delays the messages.
    .remedy = Reconnect with exponential backoff and jitter, as the reference client does (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts). If it keeps happening, find out why the server acknowledges slowly before raising connectionAckWaitTimeout.
    .user = The server is taking too long to respond. The app will try to reconnect.

profile-graphql-ws-4004 = Bad response
    .description = The client closed the socket itself because it could not parse or handle a message from the server. No server sends this code.
    .symptom = A message from the server that the client does not understand, such as malformed JSON or a message that breaks the protocol, or an error in the client's own message handling.
    .remedy = Do not reconnect until the mismatch is fixed: the reference client treats 4004 as fatal. Log the message that failed and check both sides against PROTOCOL.md.
    .user = Something went wrong with the connection. Please update the app or try again later.

profile-graphql-ws-4005 = Internal client error
    .description = The client closed the socket itself because its own code failed while the connection was opening. No server sends this code.
    .symptom = Application code that runs while the client opens the connection threw an error, for example the connectionParams function.
    .remedy = Do not reconnect until the client code is fixed: the reference client treats 4005 as fatal. Find the error in the client's logs and handle errors in the code that runs while the connection opens.
    .user = Something went wrong in the app. Please update the app or restart it.

profile-graphql-ws-4499 = Terminated
    .description = The reference client raises this close itself when the application calls client.terminate() on a socket that seems stuck. No server sends it, and it is not part of the CloseCode enum.
    .symptom = The application decided that the socket had stopped responding and terminated it without waiting for a closing handshake.
    .remedy = Reconnect with exponential backoff and jitter: the reference client retries after 4499 (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts). If it happens often, find out why sockets get stuck, for example an idle timeout on the network path.
    .user = The connection stopped responding. The app will try to reconnect.

## Discord Gateway

profile-discord-gateway = The Discord Gateway is Discord's WebSocket API for bots and apps (wss://gateway.discord.gg), where a client identifies with its token and intents and resumes its session after a drop; libraries such as discord.js connect to it.

profile-discord-gateway-4000 = Unknown error
    .description = Something went wrong on Discord's side, and Discord does not say what.
    .symptom = A problem inside the gateway that the client did not cause, as far as the client can tell.
    .remedy = Discord's docs allow reconnecting: open a new connection to resume_gateway_url and send Resume, or connect to the Get Gateway URL and Identify again if resuming fails. The docs give no delay; closecode suggests exponential backoff and jitter (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts).
    .user = The connection was interrupted. The app will try to reconnect.

profile-discord-gateway-4001 = Unknown opcode
    .description = The client sent an opcode the gateway does not know, or a payload that is not valid for its opcode.
    .symptom = A bug in the client or in the library that builds its gateway payloads.
    .remedy = Discord's docs allow reconnecting and resuming but give no delay; closecode suggests exponential backoff and jitter. The same payload closes the connection again, so find it in your logs and fix it.
    .user = The connection was interrupted. The app will try to reconnect.

profile-discord-gateway-4002 = Decode error
    .description = The gateway could not decode a payload the client sent.
    .symptom = A malformed payload, or one that does not match the encoding chosen in the connection URL (for example encoding=json).
    .remedy = Discord's docs allow reconnecting and resuming but give no delay; closecode suggests exponential backoff and jitter. Check that every payload is encoded as the connection URL says; otherwise the next one fails the same way.
    .user = The connection was interrupted. The app will try to reconnect.

profile-discord-gateway-4003 = Not authenticated
    .description = The client sent a payload before identifying, or its session had already been invalidated.
    .symptom = A client that sends other payloads before Identify, or that keeps using a session Discord has invalidated.
    .remedy = Discord's docs allow reconnecting but give no delay; closecode suggests exponential backoff and jitter. Send Identify before any other payload; discord.js starts a new session with Identify after 4003.
    .user = The connection was interrupted. The app will try to reconnect.

profile-discord-gateway-4004 = Authentication failed
    .description = The token sent in Identify is not valid.
    .symptom = A wrong token: mistyped, out of date, or read from the wrong setting.
    .remedy = Reconnect only with a new token: Discord's docs mark 4004 as not reconnectable, and the same token fails every time. Put a valid token in the configuration, then connect and Identify again.
    .user = The app could not sign in to the service. Please contact support.

profile-discord-gateway-4005 = Already authenticated
    .description = The client sent Identify a second time on the same connection.
    .symptom = A client bug, such as two code paths that both send Identify.
    .remedy = Discord's docs allow reconnecting but give no delay; closecode suggests exponential backoff and jitter. Fix the client so that it sends Identify once per connection; discord.js starts a new session after 4005.
    .user = The connection was interrupted. The app will try to reconnect.

profile-discord-gateway-4007 = Invalid seq
    .description = The sequence number sent with Resume was not valid.
    .symptom = A client that resumed with a sequence number it did not track correctly.
    .remedy = Reconnect, as Discord's docs allow, but start a new session with Identify instead of resuming. The docs give no delay; closecode suggests exponential backoff and jitter.
    .user = The connection was interrupted. The app will try to reconnect.

profile-discord-gateway-4008 = Rate limited
    .description = The client sent gateway payloads faster than the gateway's send limit allows.
    .symptom = A client that sends payloads in bursts or in a loop.
    .remedy = Discord's docs allow reconnecting and resuming but give no delay; closecode suggests exponential backoff and jitter. Then queue outgoing payloads so that they stay below the send limit, or the next burst closes the connection again.
    .user = The connection was interrupted. The app will try to reconnect shortly.

profile-discord-gateway-4009 = Session timed out
    .description = The session expired and cannot be resumed.
    .symptom = A client that tries to resume long after its connection dropped.
    .remedy = Reconnect, as Discord's docs allow, and start a new session with Identify; the docs say to start a new session here, although discord.js tries to resume. The docs give no delay; closecode suggests exponential backoff and jitter.
    .user = The connection was interrupted. The app will try to reconnect.

profile-discord-gateway-4010 = Invalid shard
    .description = The shard pair sent in Identify is not valid.
    .symptom = A wrong shard pair in Identify, usually a configuration mistake.
    .remedy = Do not reconnect until the shard configuration is fixed: Discord's docs mark 4010 as not reconnectable. Check the shard pair the client sends in Identify.
    .user = The app cannot connect to the service right now. Please contact support.

profile-discord-gateway-4011 = Sharding required
    .description = The session would cover too many guilds, so Discord requires the app to split its connection into shards.
    .symptom = An app that has grown past the number of guilds one connection may serve and still connects without sharding.
    .remedy = Do not reconnect until the app uses sharding: Discord's docs mark 4011 as not reconnectable. Split the connection into shards, then connect each one.
    .user = The app cannot connect to the service right now. Please contact support.

profile-discord-gateway-4012 = Invalid API version
    .description = The gateway version in the connection URL (the v query parameter) is not one the gateway accepts.
    .symptom = An outdated library, or a hard-coded URL with a wrong v value.
    .remedy = Do not reconnect until the URL names a version the gateway accepts: Discord's docs mark 4012 as not reconnectable. Update the library or fix the v parameter.
    .user = The app cannot connect because it is out of date. Please update the app.

profile-discord-gateway-4013 = Invalid intent(s)
    .description = The intents value sent in Identify is not valid.
    .symptom = Most often a miscalculated intents bit field.
    .remedy = Do not reconnect until the intents value is fixed: Discord's docs mark 4013 as not reconnectable. Recompute the bit field from the intents the app needs.
    .user = The app cannot connect to the service right now. Please contact support.

profile-discord-gateway-4014 = Disallowed intent(s)
    .description = Identify asked for a privileged intent that the app has not enabled or has not been approved for.
    .symptom = An app that requests a privileged intent it may not use, for example after adding a feature that needs one.
    .remedy = Reconnect only after the app has been granted the intent, or after removing it from Identify: Discord's docs mark 4014 as not reconnectable, and the same request fails again.
    .user = The app is missing a permission it needs. Please contact support.

## Centrifuge / Centrifugo

profile-centrifuge = Centrifuge is the client protocol of the Go library centrifugal/centrifuge and of the Centrifugo server built on it, spoken by SDKs such as centrifuge-js to subscribe to channels and receive their publications in real time.

profile-centrifuge-3000 = Connection closed
    .description = The server's own marker for a connection that ended without the server giving a reason, such as a clean close by the client or a lost network.
    .symptom = Mostly in server logs and disconnect handlers; clients rarely see it. Before centrifuge v0.23.0 (June 2022), 3000 meant a normal close.
    .remedy = If a client does receive it, reconnect with exponential backoff and jitter, as centrifuge-js does (centrifuge-js's own schedule: full jitter, 500 ms to 20 s; the Reconnect row gives closecode's). On the server, look at the client or the network, since the server chose no reason.
    .user = The connection was interrupted. The app will try to reconnect.

profile-centrifuge-3001 = Shutdown
    .description = The server node is shutting down.
    .symptom = A deploy, restart or scale-down of Centrifugo or of an application built on centrifuge.
    .remedy = Reconnect with exponential backoff and jitter, as centrifuge-js does (centrifuge-js's own schedule: full jitter, 500 ms to 20 s; the Reconnect row gives closecode's); the jitter spreads the returning clients out. Nothing is wrong with the client.
    .user = The server is restarting. The app will reconnect in a moment.

profile-centrifuge-3004 = Server error
    .description = An internal error occurred on the server.
    .symptom = A bug or a failing dependency on the server.
    .remedy = Reconnect with exponential backoff and jitter, as centrifuge-js does (centrifuge-js's own schedule: full jitter, 500 ms to 20 s; the Reconnect row gives closecode's). If it keeps happening, look for the error in the server's logs.
    .user = The server ran into a problem. The app will try to reconnect.

profile-centrifuge-3005 = Connection expired
    .description = The connection's expiration time passed, and the client had not refreshed the connection.
    .symptom = A connection with an expiration time whose client has no refresh set up, or whose refresh failed.
    .remedy = Reconnect with exponential backoff and jitter, as centrifuge-js does (centrifuge-js's own schedule: full jitter, 500 ms to 20 s; the Reconnect row gives closecode's). To avoid the close, make sure the client refreshes the connection before it expires.
    .user = The connection was interrupted. The app will try to reconnect.

profile-centrifuge-3006 = Subscription expired
    .description = A channel subscription's lifetime ran out, and the client had not refreshed the subscription.
    .symptom = A subscription with an expiration time whose client has no refresh set up, or whose refresh failed.
    .remedy = Reconnect with exponential backoff and jitter, as centrifuge-js does (centrifuge-js's own schedule: full jitter, 500 ms to 20 s; the Reconnect row gives closecode's). To avoid the close, make sure the client refreshes its subscriptions before they expire.
    .user = The connection was interrupted. The app will try to reconnect.

profile-centrifuge-3008 = Slow
    .description = The client read messages too slowly, and the server's queue of outgoing messages for it overflowed.
    .symptom = A client on a slow network, or one whose message handling blocks, on channels that publish many messages.
    .remedy = Reconnect with exponential backoff and jitter, as centrifuge-js does (centrifuge-js's own schedule: full jitter, 500 ms to 20 s; the Reconnect row gives closecode's). If it repeats, handle messages faster in the client or subscribe to fewer busy channels.
    .user = The connection could not keep up. The app will try to reconnect.

profile-centrifuge-3009 = Write error
    .description = The server failed to write to the client's connection.
    .symptom = Usually a connection that was already broken, for example by a network drop.
    .remedy = Reconnect with exponential backoff and jitter, as centrifuge-js does (centrifuge-js's own schedule: full jitter, 500 ms to 20 s; the Reconnect row gives closecode's). Look at the network between client and server only if it happens often.
    .user = The connection was interrupted. The app will try to reconnect.

profile-centrifuge-3010 = Insufficient state
    .description = The server found a gap in the client's position in a channel's stream of publications.
    .symptom = The client missed publications in a channel, so its position no longer matches the stream.
    .remedy = Reconnect with exponential backoff and jitter, as centrifuge-js does (centrifuge-js's own schedule: full jitter, 500 ms to 20 s; the Reconnect row gives closecode's): after reconnecting, the client can recover the publications it missed.
    .user = The connection was interrupted. The app will reconnect and catch up.

profile-centrifuge-3011 = Force reconnect
    .description = The server closed the connection on purpose and wants the client to come back.
    .symptom = Server code or an operator asked for this client to reconnect.
    .remedy = Reconnect with exponential backoff and jitter, as centrifuge-js does (centrifuge-js's own schedule: full jitter, 500 ms to 20 s; the Reconnect row gives closecode's). Nothing is wrong with the client.
    .user = The connection is being renewed. The app will reconnect in a moment.

profile-centrifuge-3012 = No pong
    .description = The client did not answer the server's application-level ping in time.
    .symptom = A client whose event loop was blocked, a slow network, or a custom client that does not answer these pings.
    .remedy = Reconnect with exponential backoff and jitter, as centrifuge-js does (centrifuge-js's own schedule: full jitter, 500 ms to 20 s; the Reconnect row gives closecode's). If it repeats, look for work that blocks the client, or for a poor network.
    .user = The connection was lost. The app will try to reconnect.

profile-centrifuge-3013 = Too many requests
    .description = The client sent commands faster than the server allows.
    .symptom = A client that sends commands in bursts, for example publishing or subscribing in a loop.
    .remedy = Reconnect with exponential backoff and jitter, as centrifuge-js does (centrifuge-js's own schedule: full jitter, 500 ms to 20 s; the Reconnect row gives closecode's), then send commands less often; otherwise the limit is hit again.
    .user = The app sent too many requests at once. It will reconnect shortly.

profile-centrifuge-3014 = State invalidated
    .description = The client's cached token or state is no longer valid.
    .symptom = The server decided that the token or state the client holds must be replaced.
    .remedy = Reconnect only with a new token: centrifuge-js drops its token and subscription state, fetches a new token and then reconnects by itself. Other clients should do the same, because reconnecting with the cached token and state reuses what the server has just invalidated.
    .user = Your session is being renewed. The app will reconnect in a moment.

profile-centrifuge-3500 = Invalid token
    .description = The client presented a token the server does not accept.
    .symptom = A connection token that is expired, malformed or not meant for this server.
    .remedy = Reconnect only with a new, valid token, for example after the user signs in again: centrifuge-js treats 3500 as terminal and does not reconnect by itself, and the same token fails again.
    .user = Your session has expired. Please sign in again.

profile-centrifuge-3501 = Bad request
    .description = The client sent malformed protocol frames.
    .symptom = A bug in the client or its SDK, or an SDK that does not match the server's protocol version.
    .remedy = Do not reconnect until the client is fixed: centrifuge-js treats 3501 as terminal, and the same frames fail again. Log what the client sends, and update or fix the SDK.
    .user = Something went wrong with the connection. Please update the app or try again later.

profile-centrifuge-3502 = Stale
    .description = The connection did not authenticate within the configured time after it opened.
    .symptom = A client that opens the socket but authenticates late or never, for example while it waits for a token.
    .remedy = Do not reconnect until the client is fixed: centrifuge-js treats 3502 as terminal. Make the client authenticate right after the socket opens, and get any token before opening it.
    .user = The connection timed out. Please try again.

profile-centrifuge-3503 = Force no reconnect
    .description = The server closed the connection and asks the client not to reconnect.
    .symptom = Server code or an operator disconnected this client on purpose.
    .remedy = Do not reconnect automatically: centrifuge-js treats 3503 as terminal. Connect again only when a person or the application decides to, for example after a new sign-in.
    .user = The service ended your connection.

profile-centrifuge-3504 = Connection limit
    .description = The client exceeded a configured limit on connections, for example on connections per user.
    .symptom = A user with many tabs or devices open, or a client that opens new connections without closing old ones.
    .remedy = Do not reconnect until a connection is freed or the limit is raised: centrifuge-js treats 3504 as terminal, and another connection would exceed the limit again. Close unused connections, or raise the limit on the server.
    .user = You have too many open sessions. Please close one and try again.

profile-centrifuge-3505 = Channel limit
    .description = The client exceeded a configured limit on channels per connection.
    .symptom = A client that subscribes to more channels than allowed, or never unsubscribes from old ones.
    .remedy = Do not reconnect until the client subscribes to fewer channels or the limit is raised: centrifuge-js treats 3505 as terminal.
    .user = Something went wrong with the connection. Please update the app or try again later.

profile-centrifuge-3506 = Inappropriate protocol
    .description = The connection's format cannot carry the data being sent, such as binary data for a client that uses JSON.
    .symptom = Usually a programming error: binary data published to a client that connected with the JSON format.
    .remedy = Do not reconnect until the mismatch is fixed: centrifuge-js treats 3506 as terminal. Connect with the protobuf format (subprotocol centrifuge-protobuf) when the data is binary, or send only JSON data to JSON clients.
    .user = Something went wrong with the connection. Please update the app or try again later.

profile-centrifuge-3507 = Permission denied
    .description = The client lacks the permissions to use the server.
    .symptom = A user or a token without the rights the server requires.
    .remedy = Reconnect only after the user has been granted access, or with credentials that carry the right permissions: centrifuge-js treats 3507 as terminal and does not reconnect by itself.
    .user = You do not have access to this. Please ask your administrator.

profile-centrifuge-3508 = Not available
    .description = The client used a feature the server has not enabled, such as async messages when the server has no handler for them.
    .symptom = A client that relies on a feature that is switched off or not implemented on this server.
    .remedy = Do not reconnect until the feature is enabled on the server or the client stops using it: centrifuge-js treats 3508 as terminal.
    .user = This feature is not available right now. Please update the app or try again later.

profile-centrifuge-3509 = Too many errors
    .description = The client caused too many errors.
    .symptom = A client that keeps sending requests the server rejects, usually because of a bug.
    .remedy = Do not reconnect until the cause is fixed: centrifuge-js treats 3509 as terminal. Look in the logs for the errors that came before the close.
    .user = Something went wrong with the connection. Please update the app or try again later.

profile-centrifuge-3000-3499 = Non-terminal built-in codes
    .description = Codes from 3000 to 3499 are built into the Centrifuge library and are not terminal: the client is expected to reconnect. A code with its own entry, such as 3014, follows that entry instead.
    .symptom = A number without an entry of its own, most likely from an older server: before centrifuge v0.20.0 (January 2022), 3002 meant invalid token, 3003 bad request and 3007 stale, and reconnect advice travelled as a JSON close reason.
    .remedy = Reconnect with exponential backoff and jitter, as centrifuge-js does (centrifuge-js's own schedule: full jitter, 500 ms to 20 s; the Reconnect row gives closecode's). If the close reason is JSON with a reconnect flag, centrifuge-js follows that flag instead.
    .user = The connection was interrupted. The app will try to reconnect.

profile-centrifuge-3500-3999 = Terminal built-in codes
    .description = Codes from 3500 to 3999 are built into the Centrifuge library and are terminal: the client should not reconnect by itself.
    .symptom = A number without an entry of its own, for example a code added by a newer version of the library.
    .remedy = Do not reconnect until the cause is found and fixed, as centrifuge-js does for this range. Read the close reason in your logs and look the code up in the server's documentation.
    .user = The connection was closed. Please try again later.

profile-centrifuge-4000-4499 = Non-terminal application codes
    .description = Codes from 4000 to 4499 are for applications built on Centrifuge, and are not terminal: the client reconnects after them.
    .symptom = The application's server code disconnected the client with a code of its own; its meaning is in the application's documentation.
    .remedy = Reconnect with exponential backoff and jitter, as centrifuge-js does for this range (centrifuge-js's own schedule: full jitter, 500 ms to 20 s; the Reconnect row gives closecode's). If you run the server, use this range only for reasons after which a reconnect can succeed.
    .user = The connection was interrupted. The app will try to reconnect.

profile-centrifuge-4500-4999 = Terminal application codes
    .description = Codes from 4500 to 4999 are for applications built on Centrifuge, and are terminal: the client should not reconnect by itself.
    .symptom = The application's server code disconnected the client with a code of its own; its meaning is in the application's documentation.
    .remedy = Do not reconnect until the cause is fixed, as centrifuge-js does for this range. If you run the server, use this range only for reasons that a reconnect cannot fix.
    .user = The connection was closed. Please try again later.

## Twitch EventSub WebSocket

profile-twitch-eventsub = Twitch EventSub WebSocket is Twitch's WebSocket transport for EventSub (wss://eventsub.wss.twitch.tv/ws), over which apps receive the Twitch events they subscribe to, through clients such as twitch4j and @twurple/eventsub-ws.

profile-twitch-eventsub-4000 = Internal server error
    .description = Something failed on Twitch's EventSub server, comparable to an HTTP 500.
    .symptom = A problem on Twitch's side that the client did not cause.
    .remedy = Twitch gives no reconnect advice per code; closecode suggests reconnecting to the default URL with exponential backoff and jitter (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts). Then create the subscriptions again, because they end with the connection.
    .user = The connection was interrupted. The app will try to reconnect.

profile-twitch-eventsub-4001 = Client sent inbound traffic
    .description = The client sent a message to the server, which accepts nothing from clients except pong frames.
    .symptom = A client that writes anything to the socket, such as a message of its own or an application-level ping.
    .remedy = Twitch gives no reconnect advice per code; closecode suggests not reconnecting until the client stops sending, because its next message closes the connection again. twitch4j reconnects anyway.
    .user = Something went wrong with the connection. Please update the app or try again later.

profile-twitch-eventsub-4002 = Client failed ping-pong
    .description = The client did not answer the server's WebSocket ping with a pong frame.
    .symptom = A WebSocket library that does not answer pings by itself, a blocked client, or a slow network.
    .remedy = Twitch gives no reconnect advice per code; closecode suggests reconnecting with exponential backoff and jitter (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts) and subscribing again. Make sure the client answers every ping.
    .user = The connection was lost. The app will try to reconnect.

profile-twitch-eventsub-4003 = Connection unused
    .description = No subscription was created for this session within the time allowed after the welcome message (10 seconds at the time of writing).
    .symptom = A client that connects before it knows what to subscribe to, or whose subscriptions failed or came too late.
    .remedy = Twitch gives no reconnect advice per code; closecode suggests not reconnecting until the client has subscriptions to create and can create them right after the welcome message. twitch4j stops when it has nothing to subscribe to.
    .user = The connection was closed because nothing was using it.

profile-twitch-eventsub-4004 = Reconnect grace time expired
    .description = After a session_reconnect message, the client did not move to the new URL within the grace period (30 seconds), so Twitch closed the old connection.
    .symptom = A client that ignores session_reconnect or follows it too slowly; a client that has already moved can also receive it on its old connection. Twitch's mock server (twitch-cli) may show the network-timeout message with this code, a mismatch in the mock.
    .remedy = Twitch gives no reconnect advice per code; closecode suggests ignoring it if the client has already moved, as twitch4j does. Otherwise reconnect at once to the default URL and subscribe again; closecode's backoff schedule starts with a random delay of 0 to 5 s.
    .user = The connection was interrupted. The app is reconnecting.

profile-twitch-eventsub-4005 = Network timeout
    .description = A passing network timeout ended the connection.
    .symptom = A network problem between the client and Twitch.
    .remedy = Twitch gives no reconnect advice per code; closecode suggests reconnecting to the default URL with exponential backoff and jitter (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts), then subscribing again.
    .user = The connection was lost. The app will try to reconnect.

profile-twitch-eventsub-4006 = Network error
    .description = A passing network error ended the connection.
    .symptom = A network problem between the client and Twitch; Twitch's mock server sends 4006 when it fails to write a keepalive message.
    .remedy = Twitch gives no reconnect advice per code; closecode suggests reconnecting to the default URL with exponential backoff and jitter (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts), then subscribing again.
    .user = The connection was lost. The app will try to reconnect.

profile-twitch-eventsub-4007 = Invalid reconnect
    .description = The reconnect URL the client used is not valid.
    .symptom = A client that connected to a reconnect URL that is wrong or no longer valid, such as one it had stored.
    .remedy = Twitch gives no reconnect advice per code; closecode suggests connecting to the default EventSub URL with exponential backoff and jitter and subscribing again, as twitch4j does when it resets to the base URL.
    .user = The connection was interrupted. The app will try to reconnect.

## obs-websocket

profile-obs-websocket = obs-websocket is the remote-control WebSocket server built into OBS Studio (included by default since OBS Studio 28.0.0, protocol version 5), which tools and scripts use through clients such as obs-websocket-js to control OBS.

profile-obs-websocket-4000 = Unknown reason
    .description = The server closed the connection without naming a reason; the source says this code should never be used.
    .symptom = It should not happen; no documented cause leads to it.
    .remedy = obs-websocket gives no reconnect advice for this code; closecode suggests reconnecting with exponential backoff and jitter (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts), and reporting it to the obs-websocket project if it repeats.
    .user = The connection was interrupted. The app will try to reconnect.

profile-obs-websocket-4002 = Message decode error
    .description = The server could not decode a message from the client.
    .symptom = A frame that does not match the subprotocol, such as a binary frame under obswebsocket.json or a text frame under obswebsocket.msgpack; without a Sec-WebSocket-Protocol header the server expects JSON.
    .remedy = obs-websocket gives no reconnect advice for this code; closecode suggests not reconnecting until the client is fixed, because the same message fails again. Send text frames for obswebsocket.json and binary frames for obswebsocket.msgpack.
    .user = Something went wrong with the connection. Please update the app or try again later.

profile-obs-websocket-4003 = Missing data field
    .description = A field the message requires is missing from its data.
    .symptom = A client bug, or a client built for another version of the protocol.
    .remedy = obs-websocket gives no reconnect advice for this code; closecode suggests not reconnecting until the client is fixed, because the same message fails again. Compare the message with the protocol documentation.
    .user = Something went wrong with the connection. Please update the app or try again later.

profile-obs-websocket-4004 = Invalid data field type
    .description = A field in the message's data has the wrong type.
    .symptom = A client bug, such as a number sent as a string, or a client built for another version of the protocol.
    .remedy = obs-websocket gives no reconnect advice for this code; closecode suggests not reconnecting until the client is fixed, because the same message fails again. Compare the field types with the protocol documentation.
    .user = Something went wrong with the connection. Please update the app or try again later.

profile-obs-websocket-4005 = Invalid data field value
    .description = A field in the message's data has a value the server does not accept.
    .symptom = A client bug, or a value the client took from user input without checking it.
    .remedy = obs-websocket gives no reconnect advice for this code; closecode suggests not reconnecting until the client is fixed, because the same message fails again. Check the value against the protocol documentation before sending it.
    .user = Something went wrong with the connection. Please update the app or try again later.

profile-obs-websocket-4006 = Unknown op code
    .description = The message's op is missing, or it is not one the server knows.
    .symptom = A client bug, or a client built for another version of the protocol.
    .remedy = obs-websocket gives no reconnect advice for this code; closecode suggests not reconnecting until the client is fixed, because the same message fails again. Send only the op codes the protocol documentation lists.
    .user = Something went wrong with the connection. Please update the app or try again later.

profile-obs-websocket-4007 = Not identified
    .description = The client sent something other than Identify before it was identified.
    .symptom = A client that sends requests right after connecting, without identifying first.
    .remedy = obs-websocket gives no reconnect advice for this code; closecode suggests not reconnecting until the client is fixed. Send Identify first, and send nothing else until the server has accepted it.
    .user = Something went wrong with the connection. Please update the app or try again later.

profile-obs-websocket-4008 = Already identified
    .description = The client sent Identify again after it had been identified.
    .symptom = A client that sends Identify to change its session settings; Reidentify is the message for that.
    .remedy = obs-websocket gives no reconnect advice for this code; closecode suggests not reconnecting until the client is fixed. Use Reidentify to change session settings.
    .user = Something went wrong with the connection. Please update the app or try again later.

profile-obs-websocket-4009 = Authentication failed
    .description = The Identify message had no authentication string, or a wrong one, while the server requires a password.
    .symptom = A wrong or missing password in the client, for example after the password was changed in OBS.
    .remedy = obs-websocket gives no reconnect advice for this code; closecode suggests reconnecting only with the right password, because the same one fails again. Ask the user for the password set in OBS.
    .user = The password was not accepted. Please check it and try again.

profile-obs-websocket-4010 = Unsupported RPC version
    .description = The client asked for an RPC version the server cannot use, or spoke the old protocol from before obs-websocket 5.0.
    .symptom = A client written for obs-websocket before 5.0, or one that asks for a newer RPC version than the server offers (version 5.7.3 offers RPC version 1).
    .remedy = obs-websocket gives no reconnect advice for this code; closecode suggests not reconnecting until client and server agree. Update the client to the version 5 protocol, or ask for an RPC version the server supports.
    .user = This app does not work with this version of OBS. Please update the app or OBS.

profile-obs-websocket-4011 = Session invalidated
    .description = The server ended the session on purpose, as the Kick button in OBS's session list does.
    .symptom = Someone removed this client from OBS, or the server invalidated its session.
    .remedy = Do not reconnect automatically: obs-websocket's source says clients must not. Connect again only when the user asks to.
    .user = Your session was ended from OBS. You can connect again when you are ready.

profile-obs-websocket-4012 = Unsupported feature
    .description = The client asked for a feature this server cannot provide.
    .symptom = For example, a request batch run in parallel on a machine with too few CPU cores.
    .remedy = obs-websocket gives no reconnect advice for this code; closecode suggests not reconnecting until the client stops asking for the feature on this server, for example by running the batch without parallel execution.
    .user = This feature is not available on this computer.
