## Comparisons of two codes. $a and $b are code numbers, $name_a and $name_b their names.

compare-title = { $a } { $name_a } vs { $b } { $name_b }
compare-intro = { $a } ({ $name_a }) and { $b } ({ $name_b }) compared: what each code means, when you see it and how to fix it, the facts that set the two apart, and which one to send or expect in which situation.
compare-intro-same = { $a } ({ $name_a }) compared with itself: both sides are the same code, so nothing differs.
## One key difference. $fact_a and $fact_b are predicates (the pred- messages below, or a .cause).
compare-difference = { $a } { $fact_a }, while { $b } { $fact_b }.
compare-no-differences = { $a } and { $b } share every fact in the code table; only their descriptions differ.
compare-same-code = There are no differences: both sides are { $a }.

## Predicates: each completes a sentence that starts with a code number, such as "1006 ...".
pred-wire-sendable = may be sent in a Close frame
pred-wire-reserved = is allowed in a Close frame by RFC 6455 but has no meaning, so libraries refuse it while browsers accept it
pred-wire-local-only = is only reported locally and must never be sent in a Close frame
pred-wire-invalid = is not valid in a Close frame: libraries reject it, though browsers pass it to the page
pred-browser-yes = can be sent by a browser script through `WebSocket.close()`
pred-browser-no = cannot be sent by a browser script, because `WebSocket.close()` throws `InvalidAccessError` for it
pred-http = corresponds to HTTP { $status }
pred-http-none = has no HTTP counterpart
pred-registered-rfc = is defined by RFC 6455 itself
pred-registered-on = was registered with IANA on { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $day }, { $year }, after RFC 6455
pred-registered-later = was registered with IANA after RFC 6455
pred-unregistered = is not registered; it belongs to the range { $first }–{ $last }
pred-retry-done = is an intended close, so a client should not reconnect
pred-retry-backoff = calls for reconnecting with exponential backoff and jitter (closecode's schedule: a first delay of 0 to 5 s, then doubling up to 60 s, at most 10 attempts)
pred-retry-randomized-delay = calls for reconnecting after a random delay of 5 to 30 seconds (closecode's schedule then doubles the delay up to 120 s, at most 10 attempts)
pred-retry-elsewhere = calls for connecting to another server, or retrying much later (closecode's schedule: a first delay of 30 to 120 s, then doubling up to 600 s, at most 10 attempts)
pred-retry-fix-first = fails again on every retry until its cause is fixed
pred-retry-credentials = needs new credentials or permissions before a reconnect can succeed
pred-retry-app-defined = has no standard meaning, so a client reconnects only if its application says so
pred-sender-either = may be sent by either endpoint
pred-sender-client = is sent only by the client
pred-sender-server = is sent by the server
pred-sender-gateway = is sent to the client by a gateway or proxy
pred-sender-nobody = should not be sent by either endpoint

## How the peer table (data/peers.toml) treats a code on receipt. $peers lists the peers that refuse
## it, $reply is the code they all answer with.
label-peer-treatment = How peers treat it
pred-peers-all-accept = is accepted by every library and browser in closecode's peer table
pred-peers-none-accept = is refused by every library and browser in closecode's peer table
pred-peers-refused = is refused by { $peers }; the other peers accept it
pred-peers-refused-reply = is refused by { $peers }, which answer it with { $reply }; the other peers accept it
label-shared-scenarios = Situations where you meet both codes
