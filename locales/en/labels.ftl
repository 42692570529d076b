## Labels and phrases that rendered pages and the CLI put around the texts.

locale-name = English

label-description = Description
label-symptom = When you see this code
label-remedy = How to fix
label-key-differences = Key differences
label-when-to-use = When to use which
label-facts = Facts
label-range = Range
label-reference = Defined in
label-registered-on = Registered on
label-wire = On the wire
label-browser = Browser close()
label-sent-by = Sent by
label-retry = Reconnect
label-http = HTTP equivalent
label-iana-name = In the IANA registry
iana-sentence = Registered with a sentence, not a name (see the description)
label-other-names = Names in other libraries

wire-sendable = May be sent in a Close frame
wire-reserved = Allowed by RFC 6455; libraries refuse it, browsers accept it
wire-local-only = Local only: reported by an endpoint, never sent
wire-invalid = Not valid in a Close frame
browser-yes = A script may pass it to close()
browser-no = close() rejects it
status-registered = Registered with IANA
status-unregistered = Not registered

## Retry classes (data/close-codes.toml `retry`).
retry-done = Do not reconnect: the connection ended as intended
retry-backoff = Reconnect with exponential backoff and jitter: 0 to 5 s first, then doubling up to 60 s, at most 10 attempts
retry-randomized-delay = Reconnect after a random delay of 5 to 30 s, then doubling up to 120 s, at most 10 attempts
retry-elsewhere = Reconnect to another server, or much later: 30 to 120 s first, then doubling up to 600 s, at most 10 attempts
retry-fix-first = Do not reconnect until the cause is fixed
retry-credentials = Do not reconnect until the credentials or permissions change
retry-app-defined = The application decides; no reconnect unless it chooses one

## The same answers in a word or two, for a table's cell (the index's cheat sheet).
retry-token-done = No reconnect
retry-token-backoff = Backoff
retry-token-randomized-delay = After 5–30 s
retry-token-elsewhere = Elsewhere, or later
retry-token-fix-first = Fix first
retry-token-credentials = New credentials
retry-token-app-defined = App decides

## Who sends a code (data/close-codes.toml `sent_by`).
sender-either = Either endpoint
sender-client = The client
sender-server = The server
sender-gateway = A gateway or proxy
sender-nobody = Nobody: no endpoint should send it

## Page labels for comparisons, tables and the documentation site.
label-cause = Typical cause
label-when-sending = If you send the close
label-when-receiving = If you receive it
label-user-message = What to tell your users
label-registration = Registration
label-code = Code
label-name = Name
label-registered-codes = Registered close codes
label-ranges = Ranges
label-reference-title = WebSocket close codes
label-reference-intro = Every WebSocket close code: the codes registered with IANA, and the ranges that give every other number its meaning. Each code has a page with its facts, its usual causes and what to do about it.
label-compare-with = Compare with
label-all-comparisons = All comparisons
label-back-to-index = All close codes
label-other-language = Other languages

## The countdown an app can show its users while it waits to reconnect.
user-reconnecting = { $seconds ->
    [0] Reconnecting now.
    [one] Reconnecting in { $seconds } second.
   *[other] Reconnecting in { $seconds } seconds.
}

## What an app can tell its users when the reconnect attempts are used up.
user-give-up = The app could not reconnect and has stopped trying. Please try again later.

## Profiles: a protocol's or an application's codes (data/profiles/).
label-profile = Profile
label-profiles = Protocol profiles
label-profiles-intro = A profile gives close codes 3000 to 4999 the meaning a protocol or an application gives them: a name, a reconnect answer and texts, each code with its source. Pick one with --profile.
label-protocol-name = Name in the protocol
label-codes = Codes
label-subprotocols = Subprotocols
label-sources = Sources
label-basis = Where the answer comes from
basis-docs = the protocol's documentation
basis-reference-client = what the protocol's reference client does
basis-inferred = closecode's reading: the protocol gives no advice
no-profile-entry = { $profile } gives code { $code } no meaning of its own; the registry's meaning below applies.
no-subprotocol = none: the protocol names no subprotocol

## Failures: connections that end before, or without, a Close frame (data/failures.toml).
label-failure = Failure
label-failure-symptom = When you see this failure
label-failures = Connection failures
label-failures-intro = Many connections end before any Close frame is sent: the server refused the upgrade, TLS or DNS failed, the TCP connection was refused or reset, or the peer vanished. A browser reports all of them as close code 1006; each has its own cause and its own answer.
label-kind = What failed
kind-handshake = The upgrade: the server answered with an HTTP status other than 101
kind-tls = TLS: the secure connection could not be set up
kind-dns = DNS: the host name did not resolve
kind-tcp = TCP: the connection was refused, reset or lost
kind-timeout = A timeout: nothing came back in time
label-in-browser = What a web page sees
browser-error-then-close = an error event, then a close event with code 1006 and wasClean false; the cause stays hidden from the page
browser-close-only = a close event with code 1006 and wasClean false, and no error event; the cause stays hidden from the page
label-retry-after = Retry-After
retry-after-wait = The server may send Retry-After: wait at least that long before the next attempt.
label-reports = What libraries and browsers report
label-report = Report
label-close-code = Close code
label-http-status = HTTP status

## Scenarios: symptom-first pages (data/scenarios.toml).
label-scenarios = Scenarios
label-scenarios-intro = Start from what you see: each scenario lists the likely causes in order, how to tell them apart, and the fix.
label-scenario = Scenario
label-seen = What you see
label-likely-causes = Likely causes, most likely first
label-tell-apart = How to tell them apart
label-fix = The fix
label-concerns = Codes and failures it concerns

## The documentation site: titles, landmarks, the footer, the search and the two-code picker.
document-title = { $title } · WebSocket close codes
label-site-nav = Site
label-languages = Languages
label-meaning = Meaning
label-retry-tokens = What the reconnect answers mean
label-start-here = Start from what you see
nav-scenarios = Scenarios
nav-failures = Failures
nav-compare = Compare
language-hint = Suggested for your browser: English
site-footer = closecode { $version } · IANA registry snapshot of { $date }
label-iana-registry = IANA close code registry
label-search = Find a close code
search-placeholder = A number or a name: 1006, going away
search-go = Go
label-search-results = Matches
search-no-match = No close code has that number or name.
search-not-a-code = Close codes are whole numbers from 0 to 65535.
search-intro = Every close code by number and by name, in every language of this site and as other libraries call it. Type a number in the box above to go straight to its page: a registered code's own page, or the page of the range that covers it.
compare-list-intro = Every pair of registered close codes, compared side by side.
picker-title = Compare two codes
picker-first = First code
picker-second = Second code
picker-go = Compare
picker-same = Choose two different codes.
picker-range = Comparison pages exist for registered codes only. A range has a page of its own:
picker-compare-with = Compare { $code } with
picker-failure = No page compares these two: a failure has a page beside 1006, the code a browser reports for it. The command line compares any two:
docs-no-sitemap = no sitemap.xml written: a sitemap needs absolute URLs; pass --base-url to write one

## Why a string is not a close code (ParseCodeError), for an application that answers in its
## user's language, such as an HTTP API's 400. The English texts are also the error's Display.
parse-code-empty = close code is empty; expected a number from 0 to 65535 or a name such as GOING_AWAY
parse-code-not-a-number = close code is not a decimal number; expected a number from 0 to 65535
parse-code-leading-zero = close code has a leading zero; expected a number from 0 to 65535
parse-code-too-large = close codes are 16-bit numbers, so { $number } is too large; expected a number from 0 to 65535
parse-code-too-many-digits = close codes are 16-bit numbers, and this one has too many digits; expected a number from 0 to 65535
parse-code-unknown-name = no close code has this name; expected a number from 0 to 65535 or a name such as GOING_AWAY
parse-code-suggestion = no close code has this name; did you mean { $suggestion }? Expected a number from 0 to 65535 or a name such as GOING_AWAY
