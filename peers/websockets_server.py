"""The Python websockets peer for check.py: a server on 127.0.0.1 (an ephemeral port).

It prints `READY <port> <version>` once it listens, then one line per connection:
`SEEN {"sees": code or null, "error": text or null, "accepts": bool, "note": text}`.
What the application sees is the code of the Close frame websockets received
(`ConnectionClosed.rcvd`), or `close_code` when it received none (1006): what closecode
predicts as `sees`. `accepts` is whether websockets took the Close frame as received.
It exits when its standard input closes, and after two minutes whatever happens.
"""

import asyncio
import json
import os
import sys
import threading

import websockets
from websockets.asyncio.server import serve
from websockets.exceptions import ConnectionClosed

LIFETIME = 120.0
CONNECTION_TIMEOUT = 10.0


def report(**seen):
    print("SEEN", json.dumps(seen), flush=True)


async def application(ws):
    try:
        async with asyncio.timeout(CONNECTION_TIMEOUT):
            try:
                while True:
                    await ws.recv()
            except ConnectionClosed as exc:
                await ws.wait_closed()
                rcvd = exc.rcvd
                sees = int(rcvd.code) if rcvd is not None else ws.close_code
                sent = "nothing" if exc.sent is None else int(exc.sent.code)
                report(
                    sees=None if sees is None else int(sees),
                    error=None,
                    accepts=rcvd is not None,
                    note=f"{type(exc).__name__}, sent {sent}, cause {exc.__cause__!r}",
                )
    except Exception as exc:  # the application got no close code at all
        report(sees=None, error=repr(exc), accepts=False, note="")


def exit_when_stdin_closes():
    sys.stdin.read()
    os._exit(0)


async def main():
    threading.Thread(target=exit_when_stdin_closes, daemon=True).start()
    async with serve(application, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        print("READY", port, websockets.__version__, flush=True)
        await asyncio.sleep(LIFETIME)


asyncio.run(main())
