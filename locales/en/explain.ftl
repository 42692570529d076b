## `closecode explain`: what a log line reports.

explain-line = Line { $line }
label-reports = Reports
label-decided-by = Decided by
label-format = Format
label-message = Message
label-protocol = Protocol
who-peer = The peer: it came from the other side
who-local = This side: decided locally
who-unknown = The line does not say

failure-http = The server refused the upgrade with HTTP { $status }
failure-handshake = The opening handshake failed; the line does not say why
failure-tls-certificate = TLS failed: the certificate was refused
failure-tls-expired = TLS failed: the certificate has expired or is not yet valid
failure-tls-untrusted = TLS failed: the certificate's issuer is not trusted
failure-tls-hostname = TLS failed: the certificate is for another host name
failure-tls-protocol = TLS failed: no TLS version or cipher that both sides accept
failure-tls = TLS failed
failure-dns = The host name did not resolve (DNS)
failure-refused = The server refused the TCP connection
failure-reset = The connection was reset
failure-timeout-connect = Connecting or the opening handshake took too long
failure-timeout-idle = The open connection stayed silent too long: no pong, no data
failure-timeout = A time limit expired
failure-seen-by-app = A browser reports this as 1006, without the reason.

explain-see-line = Explained above, at line { $line }.
explain-unrecognized = No known format matches this line.
explain-none = No line reports a close code or a connection failure.
explain-too-long = Line { $line } is longer than { $max } bytes and was skipped.
explain-summary = Lines read: { $lines }; recognized: { $recognized }.
explain-error-read = Cannot read standard input: { $error }
explain-error-terminal = Give a log line as an argument, or pipe a log into standard input.
