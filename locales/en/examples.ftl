## The headings and sentences around the examples on the pages (the files in examples/site/,
## which CI runs against a test server). A Korean or Japanese page shows the copy in
## examples/site/ko/ or examples/site/ja/: the same code, with the comments translated.

example-heading = Handling the close in code
example-intro = Each example reads the close code and the reason, logs them, and reconnects only after the codes where waiting helps, with the delays that `closecode retry` prints. CI runs these exact files against a test server.
example-browser = In the browser: the onclose handler
example-rust = Rust: tungstenite
example-python = Python: websockets
example-nginx = Behind nginx
example-nginx-intro = nginx passes the `Upgrade` and `Connection` headers on to the backend only when told to, and closes a WebSocket that stays quiet for `proxy_read_timeout` (60 s by default), which browsers report as 1006. A `location` block for a WebSocket backend:
