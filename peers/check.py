#!/usr/bin/env python3
"""Drive real WebSocket peers on 127.0.0.1 with hand-made Close frames and compare what they do
with closecode's predictions (`closecode frame HEX --format json --peer ID`).

    python3 peers/check.py [--closecode PATH] [--peer ID ...] [--chromium]

The library peers run as servers on an ephemeral port: python-websockets (websockets pinned in
requirements.txt; run this script with the Python that has it) and node-ws (ws pinned in
package-lock.json; `npm ci` in this folder). A raw client written here does the handshake, sends
one masked Close frame per connection, and reads what comes back until the server closes TCP.
The server reports what its application saw on a line of its standard output.

Each library peer also gets two connections that end without a Close frame: one closed in order
(a FIN) and one reset (SO_LINGER 0, then close: a RST). What its application saw is compared with
the peer's `no_close` and `reset` in data/peers.toml.

With --chromium, headless Chromium is the client: a raw server written here answers the
handshake and sends each Close frame to a page, which reports its CloseEvent over HTTP. Then a
page with an open socket goes away (it navigates, reloads, closes its window; navigates with the
back/forward cache turned off; navigates and comes back), one browser per case, and what the
server received (a Close frame's code, and when) is compared with `leaving` in data/peers.toml.

For each payload and peer it prints one line, then `N passed, M failed`; the exit status is 1
when anything differs from the prediction or a peer could not be driven. Every wait is bounded.
Python 3.11, standard library only.
"""

import argparse
import base64
import hashlib
import itertools
import json
import os
import queue
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
HOST = "127.0.0.1"

# The versions the table was measured on; the servers report theirs, and a different one fails.
PINNED = {"python-websockets": "17.4", "node-ws": "8.23.0"}

# (label, payload): the Close payloads sent to every peer.
PAYLOADS = [
    ("empty", b""),
    ("1000", bytes.fromhex("03e8")),
    ("1000+bye", bytes.fromhex("03e8") + b"bye"),
    ("4000+ok", bytes.fromhex("0fa0") + b"ok"),
    ("1004", bytes.fromhex("03ec")),
    ("1005", bytes.fromhex("03ed")),
    ("1006", bytes.fromhex("03ee")),
    ("1014", bytes.fromhex("03f6")),
    ("1015", bytes.fromhex("03f7")),
    ("0", bytes.fromhex("0000")),
    ("999", bytes.fromhex("03e7")),
    ("5000", bytes.fromhex("1388")),
    ("65535", bytes.fromhex("ffff")),
    ("1000+c080", bytes.fromhex("03e8c080")),
    ("0+c080", bytes.fromhex("0000c080")),
    ("one byte", bytes.fromhex("03")),
    ("126 bytes", bytes.fromhex("03e8") + b"a" * 124),
]

# The endings without a Close frame that each library peer gets, with the data/peers.toml key
# that predicts what its application sees.
ENDINGS = [("FIN", "no_close"), ("reset", "reset")]

TABLE = HERE.parent / "data" / "peers.toml"

# Bounds, in seconds.
TOTAL = 60.0  # the whole run: checked after each case, and Chromium's page gets what is left
STARTUP = 10.0  # a server until it listens
IO = 2.0  # one socket read; also how long "no Close frame" is waited for
APP = 3.0  # a server's report after the connection ended


class Failed(Exception):
    """A peer could not be driven (it did not start, did not answer, or hung)."""


# --- frames ---------------------------------------------------------------------------------


def close_frame(payload, mask=None):
    """A final Close frame with `payload`: masked (a client's) when `mask` is given. Payloads
    over 125 bytes use the 16-bit length form, as a peer that does not check would write them."""
    n = len(payload)
    mask_bit = 0x80 if mask else 0
    if n < 126:
        header = struct.pack("!BB", 0x88, mask_bit | n)
    else:
        header = struct.pack("!BBH", 0x88, mask_bit | 126, n)
    if not mask:
        return header + payload
    return header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


def first_close(data):
    """The payload of the first complete Close frame in `data` (unmasked), or None."""
    i = 0
    while i + 2 <= len(data):
        opcode, second = data[i] & 0x0F, data[i + 1]
        n, j = second & 0x7F, i + 2
        if n == 126:
            if j + 2 > len(data):
                return None
            (n,) = struct.unpack("!H", data[j : j + 2])
            j += 2
        elif n == 127:
            if j + 8 > len(data):
                return None
            (n,) = struct.unpack("!Q", data[j : j + 8])
            j += 8
        mask = b""
        if second & 0x80:
            mask, j = data[j : j + 4], j + 4
        if j + n > len(data):
            return None
        payload = data[j : j + n]
        if mask:
            payload = bytes(b ^ mask[k % 4] for k, b in enumerate(payload))
        if opcode == 0x8:
            return payload
        i = j + n
    return None


def reply_of(close_payload):
    """("code", n), ("empty", None) or ("none", None), as closecode's `reply`/`replies`."""
    if close_payload is None:
        return "none", None
    if not close_payload:
        return "empty", None
    if len(close_payload) == 1:
        return "one byte", None
    return "code", struct.unpack("!H", close_payload[:2])[0]


def read_until_close(sock, data=b""):
    """Read until the peer closes TCP or `IO` seconds pass without a byte. Returns the bytes."""
    sock.settimeout(IO)
    try:
        while True:
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
    except (socket.timeout, ConnectionResetError):
        pass
    return data


def read_head(sock):
    """An HTTP head (through the blank line) and the bytes after it."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(4096)
        if not chunk:
            raise Failed("connection closed during the HTTP head")
        data += chunk
        if len(data) > 65536:
            raise Failed("HTTP head over 64 KiB")
    head, rest = data.split(b"\r\n\r\n", 1)
    return head.decode("latin-1"), rest


def accept_key(key):
    return base64.b64encode(hashlib.sha1((key + GUID).encode()).digest()).decode()


# --- what happened, what was predicted ------------------------------------------------------


@dataclass
class Outcome:
    sees: int | None  # the code the application got
    error: bool  # the application got an error and no code
    accepts: bool  # the peer took the Close frame as a normal close
    reply: str  # "code", "empty" or "none"
    replies: int | None  # the code sent back
    detail: str = ""  # for the report only

    def brief(self):
        sees = "an error" if self.error else ("nothing" if self.sees is None else self.sees)
        replies = self.replies if self.reply == "code" else self.reply
        if self.reply == "cached":
            replies = f"nothing while the page is cached, {self.replies} when it leaves the cache"
        accepts = "accepts" if self.accepts else "refuses"
        return f"{accepts}, sees {sees}, replies {replies}"

    def key(self):
        return (self.sees, self.error, self.accepts, self.reply, self.replies)


def predict(closecode, peer, payload):
    run = subprocess.run(
        [closecode, "frame", payload.hex(), "--format", "json", "--peer", peer],
        capture_output=True,
        text=True,
        timeout=10,
    )
    # 0: a valid payload, 1: an invalid one (the report is still printed), 2: bad input.
    if run.returncode not in (0, 1):
        raise Failed(f"closecode frame {payload.hex()} failed: {run.stderr.strip()}")
    (r,) = json.loads(run.stdout)["peers"]
    return Outcome(
        r["sees"], r["sees_error"] is not None, r["accepts"], r["reply"], r["replies"], r["case"]
    )


# --- library peers: a server process, a raw client ------------------------------------------


class Server:
    """A peer's server process: `READY <port> <version>`, then a `SEEN {...}` line per
    connection on its standard output."""

    def __init__(self, argv):
        self.proc = subprocess.Popen(
            argv,
            cwd=HERE,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines = queue.Queue()
        self.stderr = []
        pumps = ((self.proc.stdout, self.lines.put), (self.proc.stderr, self.stderr.append))
        for stream, put in pumps:
            threading.Thread(target=self._pump, args=(stream, put), daemon=True).start()
        words = self.line("READY", STARTUP).split()
        self.port, self.version = int(words[0]), words[1]

    @staticmethod
    def _pump(stream, put):
        for line in stream:
            put(line.rstrip("\n"))

    def line(self, tag, timeout):
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=0.1)
                break
            except queue.Empty:
                exited = self.proc.poll() is not None and self.lines.empty()
                if exited or time.monotonic() > deadline:
                    why = f"it exited ({self.proc.returncode})" if exited else "it said nothing"
                    time.sleep(0.1)  # the last lines of stderr
                    raise Failed(f"no {tag} line: {why}; stderr: {' | '.join(self.stderr[-3:])}")
        if not line.startswith(tag + " "):
            raise Failed(f"expected a {tag} line, got {line!r}")
        return line[len(tag) + 1 :]

    def stop(self):
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=3)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=3)


def open_client(server):
    """Connect to `server` and hand-shake. Returns the socket and any bytes after the head."""
    sock = socket.create_connection((HOST, server.port), timeout=IO)
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall(
        (
            f"GET / HTTP/1.1\r\nHost: {HOST}:{server.port}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
            "Sec-WebSocket-Version: 13\r\n\r\n"
        ).encode()
    )
    head, rest = read_head(sock)
    if not head.startswith("HTTP/1.1 101") or accept_key(key) not in head:
        sock.close()
        raise Failed(f"handshake refused: {head.splitlines()[0]!r}")
    return sock, rest


def seen_outcome(server, accepts, reply, replies, wire):
    """The server's report of what its application saw, as an Outcome."""
    seen = json.loads(server.line("SEEN", APP))
    came_back = "" if wire is None else f"came back {wire.hex() or 'nothing'}; "
    return Outcome(
        seen["sees"],
        seen["error"] is not None,
        seen["accepts"] if accepts is None else accepts,
        reply,
        replies,
        f"{came_back}{seen['error'] or seen['note'] or 'no error'}",
    )


def drive_server(server, payload):
    """Connect, hand-shake, send the Close frame, read until TCP closes; then the server's
    report of what its application saw."""
    sock, rest = open_client(server)
    with sock:
        sock.sendall(close_frame(payload, mask=os.urandom(4)))
        wire = read_until_close(sock, rest)
    return seen_outcome(server, None, *reply_of(first_close(wire)), wire)


def peer_row(peer):
    """The peer's row of data/peers.toml."""
    with open(TABLE, "rb") as table:
        rows = tomllib.load(table)["peer"]
    (row,) = [row for row in rows if row["id"] == peer]
    return row


def drive_ending(server, reset):
    """Connect, hand-shake, then close TCP without a Close frame: in order (FIN), or with
    SO_LINGER 0 so that the kernel sends a reset. Then the server's report; no Close frame came,
    so none was accepted."""
    sock, _ = open_client(server)
    with sock:
        if reset:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    return seen_outcome(server, False, "none", None, None)


def predict_ending(peer, key):
    """What data/peers.toml says the application sees for this ending: { sees = 1006 } or
    { sees = "error", error = "..." }. No Close frame arrived, so nothing was accepted."""
    row = peer_row(peer)[key]
    error = row["sees"] == "error"
    return Outcome(None if error else row["sees"], error, False, "none", None, key)


def library_peers(python, node):
    return {
        "python-websockets": lambda: Server([python, str(HERE / "websockets_server.py")]),
        "node-ws": lambda: Server([node, str(HERE / "ws_server.js")]),
    }


def run_library(peer, start):
    """Yield (label, payload, outcome or Failed) for each payload."""
    server = start()
    try:
        if server.version != PINNED[peer]:
            raise Failed(f"{peer} {server.version} is installed, the check pins {PINNED[peer]}")
        print(f"-- {peer} {server.version} on {HOST}:{server.port}", flush=True)
        for label, payload in PAYLOADS:
            yield label, payload, drive_server(server, payload)
        for label, key in ENDINGS:
            yield label, key, drive_ending(server, key == "reset")
    finally:
        server.stop()


# --- Chromium: a raw server, a page -----------------------------------------------------------

PAGE = """<!doctype html><title>closecode peer check</title><script>
const count = %d;
function run(i) {
  return new Promise((resolve) => {
    const r = {error: false};
    const ws = new WebSocket(`ws://${location.host}/ws/${i}`);
    ws.onerror = () => { r.error = true; };
    ws.onclose = (e) => { r.code = e.code; r.wasClean = e.wasClean; resolve(r); };
    setTimeout(() => { r.timeout = true; resolve(r); }, 5000);
  });
}
(async () => {
  for (let i = 0; i < count; i++) {
    const r = await run(i);
    await fetch(`/result/${i}`, {method: 'POST', body: JSON.stringify(r)});
  }
})();
</script>"""


class RawServer:
    """A raw HTTP and WebSocket server on an ephemeral port, one thread per connection:
    `route(conn, path, headers, body)` answers each request."""

    def __init__(self):
        self.listener = socket.create_server((HOST, 0))
        self.listener.settimeout(0.5)
        self.port = self.listener.getsockname()[1]
        self.stopping = False
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while not self.stopping:
            try:
                conn, _ = self.listener.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn):
        with conn:
            conn.settimeout(IO)
            try:
                head, body = read_head(conn)
                lines = head.split("\r\n")
                _, path, _ = lines[0].split(" ", 2)
                fields = (line.split(":", 1) for line in lines[1:] if ":" in line)
                headers = {name.strip().lower(): value.strip() for name, value in fields}
                self.route(conn, path, headers, body)
            except (Failed, OSError, ValueError):
                pass

    @staticmethod
    def upgrade(conn, headers):
        """Answer a WebSocket handshake."""
        conn.sendall(
            (
                "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                "Connection: Upgrade\r\n"
                f"Sec-WebSocket-Accept: {accept_key(headers['sec-websocket-key'])}\r\n\r\n"
            ).encode()
        )

    @staticmethod
    def respond(conn, content, status="200 OK"):
        conn.sendall(
            f"HTTP/1.1 {status}\r\nContent-Type: text/html\r\nConnection: close\r\n"
            f"Content-Length: {len(content)}\r\n\r\n".encode()
            + content
        )

    def stop(self):
        self.stopping = True
        self.listener.close()


class ChromiumServer(RawServer):
    """Serves the page, answers each WebSocket handshake, sends case i's Close frame on
    /ws/i and records what comes back; takes the page's reports on /result/i."""

    def __init__(self):
        self.wire, self.page = {}, {}
        self.all_reported = threading.Event()
        super().__init__()

    def route(self, conn, path, headers, body):
        if path.startswith("/ws/"):
            i = int(path[4:])
            self.upgrade(conn, headers)
            conn.sendall(close_frame(PAYLOADS[i][1]))
            data = b""
            deadline = time.monotonic() + IO
            # Until the page's Close frame has arrived, or TCP closes: then this server closes
            # TCP, as a server does once the closing handshake is done.
            while first_close(data) is None and time.monotonic() < deadline:
                try:
                    chunk = conn.recv(4096)
                except (socket.timeout, ConnectionResetError):
                    break
                if not chunk:
                    break
                data += chunk
            self.wire[i] = data
            return
        while len(body) < int(headers.get("content-length", "0")):
            chunk = conn.recv(4096)
            if not chunk:
                break
            body += chunk
        content = b"ok"
        if path == "/":
            content = (PAGE % len(PAYLOADS)).encode()
        elif path.startswith("/result/"):
            self.page[int(path[8:])] = json.loads(body)
            if len(self.page) == len(PAYLOADS):
                self.all_reported.set()
        status = "200 OK" if path == "/" or path.startswith("/result/") else "404 Not Found"
        self.respond(conn, content, status)


def is_firefox(browser):
    return "firefox" in Path(browser).name


# Firefox's preferences for the check: scripts may open and close windows, and nothing runs in
# the background.
FIREFOX_PREFS = """user_pref("dom.disable_open_during_load", false);
user_pref("dom.allow_scripts_to_close_windows", true);
user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("app.update.enabled", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
"""


def launch_browser(browser, profile, url, flags=()):
    """Headless Chromium or Firefox on `url` with a fresh profile and nothing in the
    background. `flags` are Chromium's; Firefox takes its settings from FIREFOX_PREFS."""
    if is_firefox(browser):
        Path(profile, "user.js").write_text(FIREFOX_PREFS)
        argv = [browser, "--headless", "--no-remote", "--profile", profile, url]
    else:
        argv = [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            *flags,
            url,
        ]
    return subprocess.Popen(
        argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def stop_process(proc):
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


def run_browser(peer, browser, deadline):
    version = subprocess.run([browser, "--version"], capture_output=True, text=True, timeout=10)
    version = version.stdout.strip()
    server = ChromiumServer()
    print(f"-- {peer}: {version}, page on {HOST}:{server.port}", flush=True)
    # Chromium's helper processes can still be writing the profile as it is removed; a
    # leftover file in a temporary folder is no reason to fail the check.
    with tempfile.TemporaryDirectory(prefix="closecode-peers-", ignore_cleanup_errors=True) as profile:
        proc = launch_browser(browser, profile, f"http://{HOST}:{server.port}/")
        try:
            server.all_reported.wait(timeout=max(1.0, deadline - time.monotonic()))
        finally:
            stop_process(proc)
            server.stop()
    for i, (label, payload) in enumerate(PAYLOADS):
        page = server.page.get(i)
        if page is None or page.get("timeout"):
            yield label, payload, Failed(f"the page reported {page} in time")
            continue
        wire = server.wire.get(i, b"")
        reply, replies = reply_of(first_close(wire))
        yield label, payload, Outcome(
            page["code"],
            False,
            page["wasClean"] and not page["error"],
            reply,
            replies,
            f"came back {wire.hex() or 'nothing'}; "
            f"wasClean {page['wasClean']}, error event {page['error']}",
        )


# --- Chromium: a page with an open socket goes away -------------------------------------------

# (label, the `leaving` key whose value predicts it, extra browser flags, the page's way out)
LEAVES = [
    ("page navigates away", "navigate", [], "navigate"),
    ("page reloads", "reload", [], "reload"),
    ("page's window closes", "close", ["--disable-popup-blocking"], "close"),
    # Without the cache the page is unloaded at once, as on a reload.
    ("page navigates, cache off", "reload", ["--disable-features=BackForwardCache"], "navigate"),
    ("page navigates and comes back", "navigate", [], "back"),
    # The cache's time to live cut to 2 s, so that the page is evicted while the browser runs.
    (
        "page navigates, evicted after 2 s",
        "navigate",
        ["--enable-features=BackForwardCacheTimeToLiveControl:time_to_live_seconds/2"],
        "evict",
    ),
]

LEAVE_PAGE = """<!doctype html><title>closecode leaving check</title><script>
const how = %r;
const tell = (what) => navigator.sendBeacon(`/tell/${what}`, '');
const kind = performance.getEntriesByType('navigation')[0].type;
if (!(how === 'reload' && kind === 'reload')) {
  const ws = new WebSocket(`ws://${location.host}/ws`);
  ws.onerror = () => tell('error');
  ws.onclose = (e) => tell(`close-${e.code}-${e.wasClean}`);
  ws.onopen = () => setTimeout(() => {
    tell('leaving');
    if (how === 'reload') location.reload();
    else if (how === 'close') window.close();
    else location.href = '/landing';
  }, 300);
}
addEventListener('pagehide', (e) => tell(`pagehide-${e.persisted}`));
addEventListener('pageshow', (e) => tell(`pageshow-${e.persisted}`));
</script>"""


class LeavingServer(RawServer):
    """Serves one leaving case: the page (or, to close a window, a page that opens it), its
    socket, a landing page, and the page's reports on /tell/. Records the first Close frame the
    socket gets and when, and what the page reported."""

    def __init__(self, how):
        self.how = how
        self.told = []  # what the page said, in order
        self.close_code = None
        self.closed_at = None
        self.left_at = None
        self.frame = threading.Event()
        super().__init__()

    def route(self, conn, path, headers, body):
        if path == "/ws":
            self.upgrade(conn, headers)
            conn.settimeout(None)  # the socket may stay open for as long as the page is cached
            data = body
            while first_close(data) is None:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                data += chunk
            payload = first_close(data)
            self.close_code = reply_of(payload)[1]
            self.closed_at = time.monotonic()
            self.frame.set()
            conn.sendall(close_frame(payload[:2]))
            return
        if path.startswith("/tell/"):
            what = path[6:]
            if what == "leaving":
                self.left_at = time.monotonic()
            self.told.append(what)
            content = b""
        elif path == "/opener":
            content = b"<!doctype html><script>window.open('/page');</script>"
        elif path == "/page":
            content = (LEAVE_PAGE % self.how).encode()
        elif path == "/landing" and self.how == "back":
            content = b"<!doctype html><script>setTimeout(() => history.back(), 500);</script>"
        else:
            content = b"<!doctype html><title>landing</title>"
        self.respond(conn, content)


def leave_once(browser, flags, how):
    """One browser, one page that goes away `how`. Returns an Outcome: `reply` is "code" when
    a Close frame came within IO seconds of the page leaving, "cached" when none came until
    the browser exited (`replies` is then the code that came at exit); `sees` and `error` are
    what the page reported, if it was shown again."""
    server = LeavingServer(how)
    start = "/opener" if how == "close" else "/page"
    with tempfile.TemporaryDirectory(prefix="closecode-peers-", ignore_cleanup_errors=True) as profile:
        proc = launch_browser(browser, profile, f"http://{HOST}:{server.port}{start}", flags)
        try:
            deadline = time.monotonic() + STARTUP
            while server.left_at is None and time.monotonic() < deadline:
                time.sleep(0.05)
            if server.left_at is None:
                raise Failed(f"the page never left; it said {server.told}")
            server.frame.wait(timeout=IO + {"back": 1.0, "evict": 2.0}.get(how, 0.0))
            during = server.close_code
            while how == "back" and time.monotonic() < deadline:
                # The page, shown again, reports its close event.
                if any(t.startswith("close-") for t in server.told):
                    break
                time.sleep(0.05)
        finally:
            stop_process(proc)
        server.frame.wait(timeout=IO)  # a cached page's socket is closed as the browser exits
        server.stop()
    told = server.told
    page_close = [t for t in told if t.startswith("close-")]
    # What the page saw counts only when it was shown again; a page that goes away may or may
    # not run its close handler first (Firefox does), which is in the detail.
    sees = int(page_close[0].split("-")[1]) if page_close and how == "back" else None
    after = "" if server.closed_at is None else f"{server.closed_at - server.left_at:.2f} s"
    return Outcome(
        sees,
        "error" in told and how == "back",
        False,
        "code" if during is not None else "cached",
        server.close_code,
        f"Close {server.close_code} {after} after the page left; the page said {', '.join(told)}",
    )


def run_browser_leaving(peer, browser, deadline):
    leaving = peer_row(peer)["leaving"]
    for label, key, flags, how in LEAVES:
        if is_firefox(browser) and any("BackForwardCache" in flag for flag in flags):
            continue  # a Chromium switch
        if how in ("back", "evict") and leaving["navigate"] != "cached":
            continue  # only a page that was cached with its socket can come back with it
        if time.monotonic() > deadline:
            raise Failed(f"out of time ({TOTAL:g} s for the whole run)")
        yield label, (key, how), leave_once(browser, flags, how)


def expect(peer, case):
    """What data/peers.toml predicts for an ending (a library) or a page leaving (a browser)."""
    if isinstance(case, str):
        return predict_ending(peer, case)
    key, how = case
    leave = peer_row(peer)["leaving"][key]
    if leave == "cached" and how == "evict":
        # Evicted while the browser runs: 1001 then.
        return Outcome(None, False, False, "code", 1001, "cached, then evicted")
    if leave == "cached" and how == "back":
        # Shown again from the cache: the server gets 1001, the page an error and 1006.
        return Outcome(1006, True, False, "code", 1001, "cached, then shown again")
    if leave == "cached":
        # No Close frame while the page is cached; 1001 when it leaves the cache.
        return Outcome(None, False, False, "cached", 1001, "cached")
    return Outcome(None, False, False, "code", leave, f"{key}: {leave}")


def shown(payload):
    """A payload as hex, or the name of an ending or a way of leaving."""
    if isinstance(payload, bytes):
        return payload.hex() or "(empty)"
    return payload if isinstance(payload, str) else payload[1]


# How many lines each peer gives: payloads, then endings or ways of leaving.
CASES = {
    "python-websockets": len(PAYLOADS) + len(ENDINGS),
    "node-ws": len(PAYLOADS) + len(ENDINGS),
    "chromium": len(PAYLOADS) + len(LEAVES),
    "firefox": len(PAYLOADS) + len(LEAVES) - 3,  # no Chromium switches, nothing cached
}


# --- the check --------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_closecode = HERE.parent / "target" / "release" / "closecode"
    parser.add_argument(
        "--closecode",
        default=os.environ.get("CLOSECODE_BIN", str(default_closecode)),
        help="the closecode binary (default: $CLOSECODE_BIN, else target/release/closecode)",
    )
    parser.add_argument(
        "--python", default=sys.executable, help="the Python that has websockets (default: this)"
    )
    parser.add_argument("--node", default="node")
    parser.add_argument(
        "--chromium", nargs="?", const="chromium", metavar="BINARY", help="also drive Chromium"
    )
    parser.add_argument(
        "--firefox",
        nargs="?",
        const="firefox-esr",
        metavar="BINARY",
        help="also drive Firefox (not in CI)",
    )
    parser.add_argument("--peer", action="append", help="only this peer (repeatable)")
    args = parser.parse_args()
    if not Path(args.closecode).is_file():
        sys.exit(f"no closecode binary at {args.closecode}: cargo build --release -p closecode-cli")

    started = time.monotonic()
    deadline = started + TOTAL
    peers = [
        (peer, lambda peer=peer, start=start: run_library(peer, start))
        for peer, start in library_peers(args.python, args.node).items()
    ]
    for peer, browser in (("chromium", args.chromium), ("firefox", args.firefox)):
        if not browser:
            continue
        if shutil.which(browser) is None:
            sys.exit(f"no {browser} on PATH")
        peers.append(
            (
                peer,
                lambda peer=peer, browser=browser: itertools.chain(
                    run_browser(peer, browser, deadline),
                    run_browser_leaving(peer, browser, deadline),
                ),
            )
        )
    if args.peer:
        peers = [(peer, run) for peer, run in peers if peer in args.peer]

    passed = failed = 0
    for peer, run in peers:
        done = 0
        try:
            for label, payload, outcome in run():
                done += 1
                if isinstance(payload, bytes):
                    expected = predict(args.closecode, peer, payload)
                else:  # an ending or a page leaving: the table says what to expect
                    expected = expect(peer, payload)
                if isinstance(outcome, Failed):
                    failed += 1
                    print(f"FAIL {peer} {label} ({shown(payload)}): {outcome}", flush=True)
                elif outcome.key() == expected.key():
                    passed += 1
                    what = "" if isinstance(payload, bytes) else f" ({outcome.detail})"
                    print(f"ok   {peer} {label}: {expected.detail}, {outcome.brief()}{what}", flush=True)
                else:
                    failed += 1
                    print(
                        f"FAIL {peer} {label}: sent {shown(payload)}; "
                        f"predicted {expected.detail}, {expected.brief()}; "
                        f"observed {outcome.brief()} ({outcome.detail})",
                        flush=True,
                    )
                if time.monotonic() > deadline and done < CASES[peer]:
                    raise Failed(f"out of time ({TOTAL:g} s for the whole run)")
        except (Failed, OSError, ValueError, subprocess.TimeoutExpired) as exc:
            left = CASES[peer] - done
            failed += left
            print(f"FAIL {peer}: {type(exc).__name__}: {exc} ({left} not checked)", flush=True)
    print(f"took {time.monotonic() - started:.1f} s", flush=True)
    print(f"{passed} passed, {failed} failed", flush=True)
    sys.exit(1 if failed or not passed else 0)


if __name__ == "__main__":
    main()
