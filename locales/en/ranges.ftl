## Ranges: the text of every code that has no row of its own in data/close-codes.toml.
## $code is the close code being described. Only .description names it; the other texts hold for
## every unregistered number of the range.

range-unused = Unused code
    .description = Code { $code } is in the range 0 to 999, which RFC 6455 leaves unused. No endpoint may send it.
    .symptom = The peer sent a number that is not a close code, usually through a bug that writes the wrong value into the Close frame: an HTTP status, an error number, an uninitialized field. Libraries answer it with 1002 and fail the connection. Browsers are the exception: Chromium and Firefox accept the number and pass it to the page unchanged (Firefox answers code 0 with an empty Close frame).
    .remedy = Fix the sender so that it sends a valid code: 1000 for a normal close, the registered code whose meaning fits (1001 to 1003, 1007 to 1014, 3000, 3003 or 3008), or a private code from 4000 to 4999 for meanings of your own.
    .cause = usually comes from a bug that writes the wrong number into the Close frame
    .sending = Never send a code below 1000; pick 1000, a registered code, or a private code from 4000 to 4999.
    .receiving = Treat it as a protocol error and fix the sender.
    .user = Something went wrong with the connection. Please update the app or try again later.

range-protocol = Unassigned protocol code
    .description = Code { $code } is in the range 1000 to 2999, which RFC 6455 keeps for the protocol and its extensions, but no meaning has been assigned to it. It is not valid in a Close frame today.
    .symptom = The peer used a number from the protocol range for its own purposes, or follows a draft extension. Libraries reject such codes with 1002 (Autobahn TestSuite cases 7.9.6 to 7.9.9 test 1016, 1100, 2000 and 2999); Chromium and Firefox accept them and pass them to the page.
    .remedy = Use a code from 4000 to 4999 for meanings of your own, or register one in the 3000 range with IANA. Numbers from 1000 to 2999 are assigned through an RFC, a published specification or an IESG review (RFC 6455 §11.7); 1012 to 1014 were added by the registry's designated expert.
    .cause = usually comes from a peer that uses the protocol range for its own purposes
    .sending = Do not send unassigned codes from 1000 to 2999; they gain a meaning only through the IANA registry.
    .receiving = Treat it as a protocol error; every library in closecode's table answers it with 1002.
    .user = Something went wrong with the connection. Please update the app or try again later.

range-framework = Unregistered framework code
    .description = Code { $code } is in the range 3000 to 3999, meant for libraries, frameworks and applications that register their codes with IANA. This number is not registered, so it means whatever the sender's software defines.
    .symptom = A framework or application picked a code in the 3000 range without registering it. The documentation of the server's framework, or the close reason, usually explains it.
    .remedy = Look the code up in the documentation of the software that sent it. If the code is your own, register it with IANA (first come, first served) or move it to the private range 4000 to 4999. Decide whether to reconnect from what the code means in that software.
    .cause = usually comes from a library or framework that defines codes of its own
    .sending = Send codes from this range only after registering them with IANA; otherwise use 4000 to 4999.
    .receiving = Look up the meaning in the documentation of the software that sent it, and react accordingly.
    .user = The server closed the connection.

range-private = Private-use code
    .description = Code { $code } is in the private-use range 4000 to 4999. The two endpoints agree on its meaning; no registry defines it.
    .symptom = The server application closed with a code of its own. Many applications mirror HTTP statuses here: 4001 or 4401 for unauthorized, 4003 or 4403 for forbidden, 4008 or 4408 for a timeout, 4029 or 4429 for rate limits, 4500 for a server error (graphql-ws uses 4400, 4401, 4403, 4406, 4408, 4409, 4429 and 4500).
    .remedy = Find the meaning in the server application's documentation or source, and decide per code whether to reconnect: there is no common rule. A code that means "unauthorized" needs new credentials first, one that means "forbidden" needs different permissions, and one that means "try later" can be retried. If you run the server, document every code it sends.
    .cause = usually comes from the application's own protocol, often mirroring an HTTP status
    .sending = Use private codes for your application's own reasons, and document each one for client developers.
    .receiving = React as the application's documentation says; reconnect only for codes it marks as temporary.
    .user = The server closed the connection.

range-out-of-spec = Code outside the specification
    .description = Code { $code } is above 4999, the highest number RFC 6455 allows for a close code (§11.7), so it has no meaning.
    .symptom = The peer sent a number outside the specification: a bug, a corrupted frame, or a 16-bit value read in the wrong byte order (1000 read backwards is 59395). The Autobahn TestSuite leaves the behaviour undefined (cases 7.13.1 and 7.13.2).
    .remedy = Fix the sender, and use 4000 to 4999 for reasons of your own. Every library in closecode's table answers such a code with 1002; Chromium and Firefox accept it and pass it to the page.
    .cause = usually comes from a bug or a corrupted frame
    .sending = Never send codes of 5000 or more; no receiver has to accept them.
    .receiving = Treat it as a protocol error and fix the sender.
    .user = Something went wrong with the connection. Please update the app or try again later.

## What a whole range is: the first paragraph of its page and of its row in the reference.
range-about-unused = Numbers from 0 to 999 are not close codes: RFC 6455 leaves them unused, and no endpoint may send one.
range-about-protocol = Numbers from 1000 to 2999 belong to the protocol and its extensions. The registered ones, 1000 to 1015, have pages of their own; the rest, 1016 to 2999, have no meaning yet and are not valid in a Close frame.
range-about-framework = Numbers from 3000 to 3999 are for libraries, frameworks and applications that register them with IANA, first come, first served. 3000, 3003 and 3008 are registered and have pages of their own; every other number here means whatever the software that sends it defines.
range-about-private = Numbers from 4000 to 4999 are for private use: the two endpoints agree on what each one means, and no registry defines them.
range-about-out-of-spec = Numbers from 5000 to 65535 are outside the specification: RFC 6455 defines close codes only from 1000 to 4999 (§11.7), so these numbers have no meaning.

## Each range's meaning in one short sentence, for the index's cheat sheet.
meaning-range-unused = Numbers below 1000 are not close codes.
meaning-range-protocol = Kept for the protocol and its extensions; none assigned yet.
meaning-range-framework = For libraries, frameworks and applications that register with IANA.
meaning-range-private = For an application's own meanings, without registration.
meaning-range-out-of-spec = Numbers above 4999 are not valid close codes.
