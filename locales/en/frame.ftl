## Close frames (RFC 6455 §5.5.1): decoding, validation and encoding.

label-close-frame = Close frame
label-payload = Payload
label-reason = Reason
label-verdict = Verdict
label-rejected-by = Rejected on receipt by
label-schedule = Example reconnect schedule
label-attempt = Attempt
duration-seconds = { $seconds } s
label-delay = Delay

frame-valid = A valid Close frame.
frame-invalid = Invalid: fail the connection with { $code }.
frame-empty = An empty payload: no status code, reported as 1005.
frame-error-one-byte = The payload is 1 byte long; a Close payload is either empty or starts with a 2-byte code.
frame-error-too-long = The payload is { $length } bytes long; a Close frame carries at most 125 bytes.
frame-error-utf8 = The reason is not valid UTF-8 after its first { $valid } bytes
frame-error-utf8-cut = The reason ends in the middle of a UTF-8 character, after its first { $valid } bytes
frame-error-code = Code { $code } may not appear in a Close frame.
encode-error-code = Code { $code } may not be sent in a Close frame.
encode-error-reason = The reason is { $length } bytes long; a close reason may be at most 123 bytes.
