//! The constant names libraries give close codes, in any case style (`GOING_AWAY`,
//! `GoingAway`, `going_away` are one name): a line that prints an enum value names its code.
//!
//! Sources (each enum's declaration):
//! * coder/websocket (was nhooyr.io/websocket) `close.go`: `StatusNormalClosure` ...
//!   `StatusTLSHandshake` (`StatusCode`, printed by `CloseError.Error()` as
//!   "status = StatusGoingAway and reason = ...").
//! * gorilla/websocket `conn.go`: `CloseNormalClosure` ... `CloseTLSHandshake`,
//!   `CloseNoStatusReceived`, `CloseInternalServerErr`.
//! * dotnet/runtime `src/libraries/System.Net.Primitives/src/System/Net/WebSockets/WebSocketCloseStatus.cs`:
//!   `NormalClosure`, `EndpointUnavailable`, `ProtocolError`, `InvalidMessageType`, `Empty`,
//!   `InvalidPayloadData`, `PolicyViolation`, `MessageTooBig`, `MandatoryExtension`,
//!   `InternalServerError`.
//! * jakartaee/websocket `api/client/src/main/java/jakarta/websocket/CloseReason.java`
//!   (`CloseReason.CloseCodes`, also `javax.websocket`): `NORMAL_CLOSURE`, `GOING_AWAY`,
//!   `PROTOCOL_ERROR`, `CANNOT_ACCEPT`, `NO_STATUS_CODE`, `CLOSED_ABNORMALLY`,
//!   `NOT_CONSISTENT`, `VIOLATED_POLICY`, `TOO_BIG`, `NO_EXTENSION`, `UNEXPECTED_CONDITION`,
//!   `SERVICE_RESTART`, `TRY_AGAIN_LATER`, `TLS_HANDSHAKE_FAILURE`.
//! * sta/websocket-sharp `websocket-sharp/CloseStatusCode.cs`: `Normal`, `Away`,
//!   `ProtocolError`, `UnsupportedData`, `NoStatus`, `Abnormal`, `InvalidData`,
//!   `PolicyViolation`, `TooBig`, `MandatoryExtension`, `ServerError`, `TlsHandshakeFailure`.
//! * python-websockets/websockets `src/websockets/frames.py` `CloseCode` (11.0 and later):
//!   `NORMAL_CLOSURE` ... `NO_STATUS_RCVD`, `ABNORMAL_CLOSURE`, `INVALID_DATA`, `BAD_GATEWAY`,
//!   `TLS_HANDSHAKE`.
//! * encode/starlette `starlette/status.py`: `WS_1000_NORMAL_CLOSURE` ...
//!   `WS_1015_TLS_HANDSHAKE` (the number is in the name).
//! * netty/netty `codec-http/src/main/java/io/netty/handler/codec/http/websocketx/WebSocketCloseStatus.java`:
//!   `NORMAL_CLOSURE`, `ENDPOINT_UNAVAILABLE`, `PROTOCOL_ERROR`, `INVALID_MESSAGE_TYPE`,
//!   `INVALID_PAYLOAD_DATA`, `POLICY_VIOLATION`, `MESSAGE_TOO_BIG`, `MANDATORY_EXTENSION`,
//!   `INTERNAL_SERVER_ERROR`, `SERVICE_RESTART`, `TRY_AGAIN_LATER`, `BAD_GATEWAY`, `EMPTY`,
//!   `ABNORMAL_CLOSURE`, `TLS_HANDSHAKE_FAILED`.
//! * ktorio/ktor `ktor-shared/ktor-websockets/common/src/io/ktor/websocket/CloseReason.kt`
//!   (`CloseReason.Codes`): `NORMAL`, `GOING_AWAY`, `PROTOCOL_ERROR`, `CANNOT_ACCEPT`,
//!   `CLOSED_ABNORMALLY`, `NOT_CONSISTENT`, `VIOLATED_POLICY`, `TOO_BIG`, `NO_EXTENSION`,
//!   `INTERNAL_ERROR`, `SERVICE_RESTART`, `TRY_AGAIN_LATER`.

/// Names no other vocabulary uses: read on their own, in a line about closing.
const DISTINCT: [(&str, u16); 26] = [
    ("normalclosure", 1000),
    ("goingaway", 1001),
    ("endpointunavailable", 1001),
    ("unsupporteddata", 1003),
    ("invalidmessagetype", 1003),
    ("cannotaccept", 1003),
    ("nostatusrcvd", 1005),
    ("nostatusreceived", 1005),
    ("nostatuscode", 1005),
    ("abnormalclosure", 1006),
    ("closedabnormally", 1006),
    ("invalidframepayloaddata", 1007),
    ("invalidpayloaddata", 1007),
    ("notconsistent", 1007),
    ("policyviolation", 1008),
    ("violatedpolicy", 1008),
    ("messagetoobig", 1009),
    ("mandatoryextension", 1010),
    ("mandatoryext", 1010),
    ("noextension", 1010),
    ("unexpectedcondition", 1011),
    ("servicerestart", 1012),
    ("tryagainlater", 1013),
    ("tlshandshakefailure", 1015),
    ("tlshandshakefailed", 1015),
    ("internalservererr", 1011),
];

/// Names that are ordinary words elsewhere (HTTP's `InternalServerError` and `BadGateway`,
/// an exception's `ProtocolError`): read only as a close-code enum's value
/// (`CloseStatusCode.Abnormal`, `StatusBadGateway`).
const QUALIFIED_ONLY: [(&str, u16); 14] = [
    ("normal", 1000),
    ("away", 1001),
    ("protocolerror", 1002),
    ("empty", 1005),
    ("nostatus", 1005),
    ("abnormal", 1006),
    ("invaliddata", 1007),
    ("toobig", 1009),
    ("internalerror", 1011),
    ("internalservererror", 1011),
    ("servererror", 1011),
    ("badgateway", 1014),
    ("tlshandshake", 1015),
    ("tlshandshakeerror", 1015),
];

/// The enums' own names, as a qualifier before `.`: `CloseCode.GOING_AWAY`,
/// `CloseStatusCode.Abnormal`, `WebSocketCloseStatus.EndpointUnavailable`,
/// `CloseCodes.CLOSED_ABNORMALLY`, `CloseReason.Codes.GOING_AWAY`.
const QUALIFIERS: [&str; 6] = [
    "closecode",
    "closecodes",
    "closestatus",
    "closestatuscode",
    "websocketclosestatus",
    "codes",
];

/// `name` lower-cased without `_` and `-`, into `buf`; `None` when it is longer than any name.
fn normalize<'b>(name: &str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let mut len = 0;
    for b in name.bytes().filter(|b| *b != b'_' && *b != b'-') {
        *buf.get_mut(len)? = b.to_ascii_lowercase();
        len += 1;
    }
    std::str::from_utf8(&buf[..len]).ok()
}

fn find_in(table: &[(&str, u16)], name: &str) -> Option<u16> {
    table
        .iter()
        .find(|(known, _)| *known == name)
        .map(|(_, code)| *code)
}

/// The code `name` stands for as the value of a close-code enum (qualified or prefixed).
pub(super) fn value(name: &str) -> Option<u16> {
    let mut buf = [0; 32];
    let name = normalize(name, &mut buf)?;
    find_in(&DISTINCT, name).or_else(|| find_in(&QUALIFIED_ONLY, name))
}

/// Whether `token` is written as an identifier: `snake_case`, `SCREAMING_CASE`, `CamelCase`
/// (a capital after the first letter), not a plain word.
fn identifier_style(token: &str) -> bool {
    token.contains('_') || token.bytes().skip(1).any(|b| b.is_ascii_uppercase())
}

/// The code a constant name in `message` stands for: `Qualifier.Name` with a close-code
/// enum's name as qualifier, `Status…` (coder) and `Close…` (gorilla) prefixed names,
/// Starlette's `WS_1008_…`, or a distinctive name written as an identifier when `closing`
/// (the line is about closing).
pub(super) fn find(message: &str, closing: bool) -> Option<u16> {
    let is_part = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '.';
    for token in message.split(|c: char| !is_part(c)) {
        let token = token.trim_matches('.');
        if token.len() < 4 {
            continue;
        }
        if let Some((qualifier, name)) = token.rsplit_once('.') {
            let qualifier = qualifier.rsplit('.').next().unwrap_or(qualifier);
            let mut buf = [0; 32];
            if normalize(qualifier, &mut buf).is_some_and(|q| QUALIFIERS.contains(&q)) {
                if let Some(code) = value(name) {
                    return Some(code);
                }
            }
            continue;
        }
        if let Some(code) = starlette(token) {
            return Some(code);
        }
        for prefix in ["Status", "Close"] {
            if let Some(name) = token.strip_prefix(prefix) {
                if name.starts_with(|c: char| c.is_ascii_uppercase()) {
                    if let Some(code) = value(name) {
                        return Some(code);
                    }
                }
            }
        }
        if closing && identifier_style(token) {
            let mut buf = [0; 32];
            if let Some(code) = normalize(token, &mut buf).and_then(|n| find_in(&DISTINCT, n)) {
                return Some(code);
            }
        }
    }
    None
}

/// Starlette's `WS_1008_POLICY_VIOLATION`: the number in the name.
fn starlette(token: &str) -> Option<u16> {
    let rest = token.strip_prefix("WS_")?;
    let (code, rest) = super::cursor::code(rest)?;
    (rest.starts_with('_') && (1000..=1015).contains(&code)).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_every_style() {
        for (message, code) in [
            (
                "received close frame: status = StatusGoingAway and reason = \"\"",
                1001,
            ),
            ("CloseStatusCode.Abnormal", 1006),
            (
                "close status WebSocketCloseStatus.EndpointUnavailable",
                1001,
            ),
            ("CloseReason: CloseCodes.CLOSED_ABNORMALLY", 1006),
            ("code=CloseCode.GOING_AWAY", 1001),
            ("CloseReason(reason=Codes.VIOLATED_POLICY)", 1008),
            ("ws closed: WS_1008_POLICY_VIOLATION", 1008),
            ("CloseGoingAway", 1001),
        ] {
            assert_eq!(find(message, false), Some(code), "{message}");
        }
        assert_eq!(find("connection closed: GOING_AWAY", true), Some(1001));
        assert_eq!(find("connection closed: GOING_AWAY", false), None);
    }

    #[test]
    fn ordinary_words_are_not_names() {
        for message in [
            "InternalServerError while closing",
            "urllib3.exceptions.ProtocolError: closed",
            "going away for the weekend, closed",
            "HTTP 502 BadGateway on close",
            "Status: Normal",
        ] {
            assert_eq!(find(message, true), None, "{message}");
        }
    }
}
