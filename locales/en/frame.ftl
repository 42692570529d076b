## Close frames (RFC 6455 §5.5.1): decoding, validation and encoding.

label-close-frame = Close frame
label-payload = Payload
label-reason = Reason
label-verdict = Verdict
label-schedule = Example reconnect schedule
label-attempt = Attempt
duration-seconds = { $seconds } s
reconnect-in = { $seconds ->
    [0] now
    [one] in { $seconds } second
   *[other] in { $seconds } seconds
}
label-delay = Delay

frame-valid = A valid Close frame.
frame-valid-refused = RFC 6455 allows it, but these peers refuse it: { $peers }.
list-separator = {", "}
# What follows a label before its text ("Error: ...", "Sent by: ...").
after-label = {": "}
frame-invalid = Invalid: fail the connection with { $code }.
frame-empty = An empty payload: no status code, reported as 1005.
frame-error-one-byte = The payload is 1 byte long; a Close payload is either empty or starts with a 2-byte code.
frame-error-too-long = The payload is { $length } bytes long; a Close frame carries at most 125 bytes.
frame-error-utf8 = The reason is not valid UTF-8 after its first { $valid } bytes.
frame-error-utf8-start = The reason is not valid UTF-8 from its first byte.
frame-error-utf8-cut = The reason ends in the middle of a UTF-8 character, after its first { $valid } bytes.
frame-error-code = Code { $code } may not appear in a Close frame.
encode-error-code = Code { $code } may not be sent in a Close frame.
encode-error-reserved = Code { $code } is reserved without a meaning: RFC 6455 allows it in a Close frame, but libraries refuse it, so closecode does not send it.
encode-error-reason = The reason is { $length } bytes long; a close reason may be at most 123 bytes.

## What real peers do with a Close payload (data/peers.toml).
label-peers = What each peer does with it
label-peers-receive = What peers do when it arrives
label-peer = Peer
label-peer-sees = Its application sees
label-peer-replies = It sends back
peer-sees-no-code = a close without a code
peer-sees-error = an error: { $error }
peer-replies-empty = an empty Close frame
peer-replies-nothing = no Close frame
peers-all-accept = Every library and browser in closecode's table accepts this payload and passes it on as it is.
peer-accepts = { $peer } accepts this payload.
peer-refuses = { $peer } does not accept this payload.

## Which code to fail the connection with, and why.
label-recommendation = Why this code
frame-why-protocol = The payload breaks the rules for Close frames in RFC 6455 (§5.5 and §7.4), and a protocol error calls for 1002.
frame-why-utf8 = The code is valid but the reason is not UTF-8. RFC 6455 §8.1 says to fail the connection but names no code; closecode answers 1007, as Python websockets and Node ws do, though §7.4.1 defines 1007 for data within a message. gorilla, .NET and Chromium answer 1002, and Autobahn TestSuite accepts either.
frame-why-both = Both the code and the reason are wrong. closecode reports the code, which comes first in the payload and needs no decoding, with 1002. Peers that decode the reason first react to the reason instead: Python websockets 10 and later answers 1007, while tungstenite and Firefox send no Close frame.
