"""A Python websockets client (websockets 14 or newer, asyncio API) that reads how each
connection ended, the peer's close code and reason, and reconnects only when the code says
that waiting helps, with the delays `closecode retry CODE` prints.

    python client.py ws://127.0.0.1:8080/

ConnectionClosed.rcvd is the Close frame the peer sent (rcvd.code, rcvd.reason), or None when
the connection ended without one, which browsers and closecode report as 1006. Source:
https://github.com/python-websockets/websockets/blob/main/src/websockets/exceptions.py
"""

import asyncio
import random
import sys
import time

from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

# Codes after which a client reconnects on its own, and the schedule of each:
# (first delay min, first delay max, cap) in seconds; the ceiling doubles each attempt.
SCHEDULES = {
    "backoff": (0, 5, 60),
    "randomized-delay": (5, 30, 120),
    "elsewhere": (30, 120, 600),
}
RECONNECT = {
    1001: "backoff",  # Going Away: the server is shutting down
    1006: "backoff",  # Abnormal Closure: no Close frame (network, proxy, timeout)
    1011: "backoff",  # Internal Error
    1012: "randomized-delay",  # Service Restart: spread the clients out
    1013: "elsewhere",  # Try Again Later: the server is overloaded
    1014: "backoff",  # Bad Gateway: a proxy could not reach the upstream
    3008: "backoff",  # Timeout
}
ATTEMPTS = 10
# Messages up to 16 MiB (websockets' default is 1 MiB); a larger one
# closes with 1009.
MAX_SIZE = 16 * 2**20
STABLE = 60.0  # a connection that stayed up this long starts the schedule over


def delay(schedule, attempt):
    first_min, first_max, cap = SCHEDULES[schedule]
    if attempt == 1:
        return random.uniform(first_min, first_max)
    ceiling = min(cap, first_max * 2 ** (attempt - 2))
    return random.uniform(ceiling / 2, ceiling)


async def session(uri):
    """One connection, read until it ends: (code, reason, how long it stayed up)."""
    try:
        async with connect(uri, max_size=MAX_SIZE) as websocket:
            opened = time.monotonic()
            try:
                while True:
                    print("message:", await websocket.recv())
            except ConnectionClosed as closed:
                up = time.monotonic() - opened
                if closed.rcvd is None:
                    # No Close frame: the TCP connection dropped, or a proxy cut it.
                    return 1006, "", up
                # The peer's code (1005 for an empty Close frame) and reason: log the
                # reason, never show it to users.
                return closed.rcvd.code, closed.rcvd.reason, up
    except InvalidStatus as refused:
        # The server answered the upgrade with an HTTP status instead of 101 (a browser only
        # sees 1006). 408, 429 and 5xx are temporary (wait at least Retry-After on 429 and
        # 503); 401 and 403 need new credentials first, 400 and 404 a fix: no reconnect.
        status = refused.response.status_code
        print(f"handshake refused: HTTP {status}")
        temporary = status in (408, 429) or status >= 500
        return (1006 if temporary else None), "", 0.0
    except OSError as error:  # DNS, refused or reset TCP connection, TLS
        print(f"cannot connect: {error}")
        return 1006, "", 0.0


async def run(uri, sleep=asyncio.sleep):
    running, attempts = None, 0
    while True:
        code, reason, up = await session(uri)
        if code is None:
            print("Not reconnecting: the server refused the handshake.")
            return
        print(f"WebSocket closed: code {code}, reason {reason!r}")
        if up >= STABLE:
            running = None
        schedule = RECONNECT.get(code)
        if schedule is None:
            # 1000, 1008, 1002, 1003, 1007, 1009 (fix the cause first), 3000 and 3003 (new
            # credentials first), and the application's 4000-4999.
            print(f"Not reconnecting after {code}.")
            return
        if schedule != running:
            running, attempts = schedule, 0
        if attempts == ATTEMPTS:
            print(f"Giving up after {ATTEMPTS} attempts.")
            return
        attempts += 1
        wait = delay(schedule, attempts)
        print(f"Reconnecting in {wait:.1f} s (attempt {attempts}).")
        await sleep(wait)


if __name__ == "__main__":
    asyncio.run(run(sys.argv[1]))
