//! Connection failures in the words of the OS, the resolver, the TLS stacks and the clients'
//! handshake checks, whichever library passed them on: the line's stack is not known, but the
//! error string is an exact one, so the confidence is still `format`.
//!
//! Sources:
//! * errno names and `strerror` texts (glibc `sysdeps/gnu/errlist.h`: "Connection refused",
//!   "Connection reset by peer", "Broken pipe"; `ENOTCONN` in the BSD and macOS text, "Socket is
//!   not connected", which Safari's console repeats after a network change, taken as a dropped
//!   connection); Java's `java.net.SocketException:
//!   Connection reset` (OpenJDK `NioSocketImpl`, `SocketInputStream`); Node's `err.code` (`ECONNREFUSED`,
//!   `ECONNRESET`, `EPIPE`, `ENOTFOUND`, `EAI_AGAIN` in `lib/internal/errors.js`
//!   `uvExceptionWithHostPort`, "getaddrinfo ENOTFOUND host" in `lib/dns.js`).
//! * Timeouts: Node's `ETIMEDOUT` ("connect ETIMEDOUT host:port" when the TCP connection did
//!   not open, `lib/internal/errors.js` `exceptionWithHostPort`), Chromium's
//!   `net::ERR_CONNECTION_TIMED_OUT`, `_REFUSED` and `_RESET` (`net/base/net_error_list.h`), also
//!   without the console's "WebSocket connection to '...'" before them.
//! * Resolvers: glibc `gai_strerror` ("Name or service not known", "Temporary failure in name
//!   resolution"), macOS ("nodename nor servname provided, or not known"), Go `net/dnsclient`
//!   `errNoSuchHost` ("no such host"), Java `java.net.UnknownHostException`, Windows
//!   `WSAHOST_NOT_FOUND` ("No such host is known").
//! * Windows sockets: `WSAECONNREFUSED` ("No connection could be made because the target
//!   machine actively refused it"), `WSAECONNRESET` ("An existing connection was forcibly
//!   closed by the remote host"), `WSAECONNABORTED` ("An established connection was aborted by
//!   the software in your host machine").
//! * TLS: OpenSSL `X509_verify_cert_error_string` ("certificate has expired", "unable to get
//!   local issuer certificate", "self signed certificate", "self-signed certificate" since
//!   3.0) and Python's `ssl` ("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed",
//!   "Hostname mismatch"); Go `crypto/x509` `verify.go` ("x509: certificate signed by unknown
//!   authority", "x509: certificate has expired or is not yet valid", "x509: certificate is
//!   valid for …, not …"); Node `lib/_tls_wrap.js` and OpenSSL codes (`CERT_HAS_EXPIRED`,
//!   `UNABLE_TO_VERIFY_LEAF_SIGNATURE`, `DEPTH_ZERO_SELF_SIGNED_CERT`,
//!   `SELF_SIGNED_CERT_IN_CHAIN`, `ERR_TLS_CERT_ALTNAME_INVALID`); Java's
//!   `sun.security.validator` ("PKIX path building failed"); .NET `net_ssl_io_cert_validation`
//!   ("The remote certificate is invalid").
//! * Handshake statuses: aiohttp `client.py` `_ws_connect`
//!   (`WSServerHandshakeError` "Invalid response status", printed as "{status}, message='Invalid
//!   response status'"); Chromium before the `net::` wording
//!   (`net/websockets/websocket_basic_handshake_stream.cc`: "Error during WebSocket handshake:
//!   Unexpected response code: {status}"); Python websockets before 10.0
//!   (`src/websockets/exceptions.py` `InvalidStatusCode`: "server rejected WebSocket
//!   connection: HTTP {status}", and before 8.0 "Status code not 101: {status}");
//!   nv-websocket-client `src/main/java/com/neovisionaries/ws/client/HandshakeReader.java`
//!   (`NOT_SWITCHING_PROTOCOLS`: "The status code of the opening handshake response is not '101
//!   Switching Protocols'. The status line is: {status line}"); SocketRocket
//!   `SocketRocket/SRWebSocket.m` (`_HTTPHeadersDidFinish`: "received bad response code from
//!   server %ld").

use super::cursor::{after, contains_ignore_case, status};
use super::{Found, LoggedFailure, Tls, Who};

/// The anchors of this layer (see `all_anchors`).
pub(super) const ANCHORS: &[&str] = &[
    "ECONN",
    "EPIPE",
    "getaddrinfo",
    "onnection",
    "roken pipe",
    "such host",
    "UnknownHost",
    "not known",
    "name resolution",
    "forcibly closed",
    "ertificate",
    "CERT",
    "PKIX",
    "andshake",
    "not 101",
    "status line is",
    "bad response code",
    "ETIMEDOUT",
];

/// TLS certificate errors, most specific first.
const TLS: [(&str, Tls); 22] = [
    ("certificate has expired", Tls::Expired),
    ("CERT_HAS_EXPIRED", Tls::Expired),
    ("is not yet valid", Tls::Expired),
    ("CERT_NOT_YET_VALID", Tls::Expired),
    ("Hostname mismatch", Tls::Hostname),
    ("ERR_TLS_CERT_ALTNAME_INVALID", Tls::Hostname),
    ("does not match certificate's altnames", Tls::Hostname),
    ("x509: certificate is valid for", Tls::Hostname),
    ("doesn't match", Tls::Hostname),
    ("signed by unknown authority", Tls::Untrusted),
    ("unable to get local issuer certificate", Tls::Untrusted),
    ("UNABLE_TO_GET_ISSUER_CERT", Tls::Untrusted),
    ("UNABLE_TO_VERIFY_LEAF_SIGNATURE", Tls::Untrusted),
    ("unable to verify the first certificate", Tls::Untrusted),
    ("SELF_SIGNED_CERT", Tls::Untrusted),
    ("self signed certificate", Tls::Untrusted),
    ("self-signed certificate", Tls::Untrusted),
    ("PKIX path building failed", Tls::Untrusted),
    ("unable to find valid certification path", Tls::Untrusted),
    ("certificate verify failed", Tls::Certificate),
    ("CERTIFICATE_VERIFY_FAILED", Tls::Certificate),
    ("The remote certificate is invalid", Tls::Certificate),
];

/// Resolver errors.
const DNS: [&str; 8] = [
    "ENOTFOUND",
    "EAI_AGAIN",
    "no such host",
    "No such host is known",
    "UnknownHostException",
    "Name or service not known",
    "nodename nor servname provided, or not known",
    "Temporary failure in name resolution",
];

/// Refused and reset connections.
const TCP: [(&str, LoggedFailure); 14] = [
    ("ECONNREFUSED", LoggedFailure::Refused),
    ("net::ERR_CONNECTION_REFUSED", LoggedFailure::Refused),
    ("net::ERR_CONNECTION_RESET", LoggedFailure::Reset),
    ("Connection refused", LoggedFailure::Refused),
    ("connection refused", LoggedFailure::Refused),
    (
        "connection could be made because the target machine actively refused it",
        LoggedFailure::Refused,
    ),
    ("ECONNRESET", LoggedFailure::Reset),
    ("onnection reset by peer", LoggedFailure::Reset),
    ("forcibly closed by the remote host", LoggedFailure::Reset),
    (
        "connection was aborted by the software in your host machine",
        LoggedFailure::Reset,
    ),
    ("EPIPE", LoggedFailure::Reset),
    ("roken pipe", LoggedFailure::Reset),
    ("SocketException: Connection reset", LoggedFailure::Reset),
    ("Socket is not connected", LoggedFailure::Reset),
];

/// The HTTP status of a refused upgrade, where a client's handshake check prints it.
fn handshake_status(line: &str) -> Option<u16> {
    // EventSource prints Chromium's wording for an http(s) URL: not a WebSocket.
    if line.contains("connection to 'http") {
        return None;
    }
    for lead in [
        "Unexpected response code: ",
        "Status code not 101: ",
        "server rejected WebSocket connection: HTTP ",
        "The status line is: HTTP/1.1 ",
        // OkHttp's wording, retyped without its quotes.
        "Expected HTTP 101 response but was ",
        // SocketRocket.
        "received bad response code from server ",
    ] {
        if let Some((code, _)) = after(line, lead).and_then(status) {
            return (code != 101).then_some(code);
        }
    }
    // aiohttp: "WSServerHandshakeError: 403, message='Invalid response status'".
    let rest = after(line, "WSServerHandshakeError: ")?;
    let (code, rest) = status(rest)?;
    rest.starts_with(", message=").then_some(code)
}

/// The failure `line` reports in an OS's, a resolver's, a TLS stack's or a handshake check's
/// words.
pub(super) fn explain(line: &str) -> Option<Found<'_>> {
    if let Some(code) = handshake_status(line) {
        return Some(Found::http(code));
    }
    if let Some((_, tls)) = TLS.iter().find(|(text, _)| line.contains(text)) {
        return Some(Found::failure(LoggedFailure::Tls(*tls), Who::Local, None));
    }
    if DNS.iter().any(|text| line.contains(text)) {
        return Some(Found::failure(LoggedFailure::Dns, Who::Local, None));
    }
    // nginx's info line about an idle HTTP keep-alive connection is not a failure.
    let keepalive = line.contains("keepalive connection");
    if let Some((_, failure)) = TCP
        .iter()
        .find(|(text, _)| !keepalive && line.contains(text))
    {
        // A refused connection is the server's host answering; a reset, whoever reset it.
        let who = match failure {
            LoggedFailure::Refused => Who::Peer,
            _ => Who::Unknown,
        };
        return Some(Found::failure(*failure, who, None));
    }
    // Node's `connect ETIMEDOUT host:port` (the TCP connection never opened), and Chromium's
    // net error without its console prefix.
    if line.contains("connect ETIMEDOUT") || line.contains("net::ERR_CONNECTION_TIMED_OUT") {
        return Some(Found::timeout(super::Timeout::Connect));
    }
    if line.contains("ETIMEDOUT") {
        return Some(Found::timeout(super::Timeout::Unknown));
    }
    if contains_ignore_case(line, "getaddrinfo failed") {
        return Some(Found::failure(LoggedFailure::Dns, Who::Local, None));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::explain;

    fn id(line: &str) -> Option<String> {
        explain(line).map(|found| found.reported.id().into_owned())
    }

    #[test]
    fn failures_by_their_words() {
        for (line, expected) in [
            ("Error: connect ECONNREFUSED 127.0.0.1:8080", "refused"),
            (
                "dial tcp 127.0.0.1:8080: connect: connection refused",
                "refused",
            ),
            ("Error: read ECONNRESET", "reset"),
            ("java.net.SocketException: Connection reset", "reset"),
            (
                "WebSocket network error: The operation couldn’t be completed. Socket is not connected",
                "reset",
            ),
            (
                "write tcp 10.0.0.1:5->10.0.0.2:443: write: broken pipe",
                "reset",
            ),
            ("Error: getaddrinfo ENOTFOUND example.invalid", "dns"),
            ("dial tcp: lookup example.invalid: no such host", "dns"),
            (
                "socket.gaierror: [Errno -2] Name or service not known",
                "dns",
            ),
            ("java.net.UnknownHostException: example.invalid", "dns"),
            (
                "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)",
                "tls-untrusted",
            ),
            (
                "x509: certificate signed by unknown authority",
                "tls-untrusted",
            ),
            (
                "x509: certificate has expired or is not yet valid",
                "tls-expired",
            ),
            (
                "sun.security.validator.ValidatorException: PKIX path building failed",
                "tls-untrusted",
            ),
            (
                "Error: Hostname/IP does not match certificate's altnames",
                "tls-hostname",
            ),
            (
                "Error during WebSocket handshake: Unexpected response code: 403",
                "http-403",
            ),
            (
                "aiohttp.client_exceptions.WSServerHandshakeError: 403, message='Invalid response status', url='wss://x/'",
                "http-403",
            ),
            ("InvalidStatusCode: Status code not 101: 502", "http-502"),
            ("Error: connect ETIMEDOUT 10.0.0.1:443", "timeout-connect"),
        ] {
            assert_eq!(id(line).as_deref(), Some(expected), "{line}");
        }
    }

    #[test]
    fn look_alikes() {
        for line in [
            "handshake completed in 1006 ms",
            "certificate renewed, valid for 90 days",
        ] {
            assert_eq!(id(line), None, "{line}");
        }
    }
}
