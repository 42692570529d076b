## The answer every page opens with (its summary), the short table of contents of a long page,
## and the sentences that lead to the examples pages.

summary-cause = { $code } { $cause }.
summary-label-cause = Likely cause
summary-label-first-check = First check
summary-label-read-next = Read next
page-contents = On this page
## What to check first on the page of 1006, whose remedy starts with this check.
first-check-1006 = Did `open` fire? If not, the handshake failed (a refused upgrade, TLS or DNS), and the real status is in the browser's network tab or the proxy log. If it did, the connection dropped later.
example-more = Complete programs that read every close code and reconnect when waiting helps, run in CI against a test server:
example-page-intro = A complete program that reads the close code and the reason of every connection, logs them, and reconnects only after the codes where waiting helps, with the delays that `closecode retry` prints. CI runs this exact file against a test server.
example-browser-intro = A complete browser module that uses the npm package closecode: it shows the user why the connection ended, in their language, logs the close code, the reason and `wasClean`, and reconnects only after the codes where waiting helps, with closecode's delays. Install the package with `npm install closecode`; the module imports `createReconnector` and `fromCloseEvent` from `'closecode'`, a name that a bundler or an import map resolves. CI runs this exact file against a test server.
example-snippet-1006 = From the onclose example: a refused handshake and a drop both close with 1006 and `wasClean` false. Tell closecode whether `open` fired, and `fromCloseEvent` answers `by: 'handshake'` for the refused handshake.
example-snippet-1009 = Raise the limit on the side that closed. From the examples, Python websockets (`max_size`, 1 MiB by default) and tungstenite (`max_message_size`, 64 MiB by default):
