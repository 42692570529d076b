## `closecode explain`: what a log line reports.

explain-line = Line { $line }
label-explain-reports = Reports
label-decided-by = Decided by
label-format = Format
label-message = Message
label-protocol = Protocol
who-peer = The peer: it came from the other side
who-local = This side: decided locally
who-unknown = The line does not say

explain-failure-http = The server refused the upgrade with HTTP { $status }
explain-failure-handshake = The opening handshake failed; the line does not say why
explain-failure-tls-certificate = TLS failed: the certificate was refused
explain-failure-tls-expired = TLS failed: the certificate has expired or is not yet valid
explain-failure-tls-untrusted = TLS failed: the certificate's issuer is not trusted
explain-failure-tls-hostname = TLS failed: the certificate is for another host name
explain-failure-tls-protocol = TLS failed: no TLS version or cipher that both sides accept
explain-failure-tls = TLS failed
explain-failure-dns = The host name did not resolve (DNS)
explain-failure-refused = The server refused the TCP connection
explain-failure-reset = The connection was reset
explain-failure-timeout-connect = Connecting or the opening handshake took too long
explain-failure-timeout-idle = The open connection stayed silent too long: no pong, no data
explain-failure-timeout = A time limit expired
explain-failure-seen-by-app = A browser reports this as 1006, without the reason.

explain-see-line = Explained above, at line { $line }.
explain-unrecognized = No known format matches this line.
explain-none = No line reports a close code or a connection failure.
explain-too-long = Line { $line } is longer than { $max } bytes and was skipped.
explain-summary = Lines read: { $lines }; recognized: { $recognized }.
explain-error-read = Cannot read standard input: { $error }
explain-error-terminal = Give a log line as an argument, or pipe a log into standard input.

label-received = Received
label-sent = Sent
label-details = Details
explain-refused = The peer sent { $received }, which this library refuses; it failed the connection with { $sent }.
explain-by-context = Not known: the code was read from the words around it
explain-by-message = Not known: an error message of the OS, the resolver or TLS
