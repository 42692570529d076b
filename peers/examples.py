#!/usr/bin/env python3
"""Run the site's JavaScript and Python examples (examples/site/onclose.js and client.py, the
files the pages show, and their Korean and Japanese copies in examples/site/ko/ and
examples/site/ja/, whose comments are translated) against a server on 127.0.0.1 and check what
they did.

    target/peers-venv/bin/python peers/examples.py [--nginx]

The server (written here, raw sockets, as in check.py) ends three connections in turn: a
Close frame 1012 "deploy" after one text message, a TCP close without a Close frame, and a
Close frame 1008 "policy". Each example must report the code, the reason and (JavaScript)
wasClean of each end, reconnect after the first two with a delay from closecode's schedule
(1012: 5 to 30 s, a dropped connection: 0 to 5 s) and stop after 1008. The JavaScript example
first meets a handshake refused with 401: it must report 1006, log that the connection never
opened (the lines the page of 1006 shows) and reconnect within 0 to 5 s. Delays are recorded,
not waited for. onclose.js runs in Node with ws (peers/package.json) as its WebSocket
(peers/example_onclose.js); client.py runs in this Python, which must have websockets
(peers/requirements.txt). Every copy gets the same server and the same checks: the copies
differ from the English files only in comments (tests/it/site_examples.rs holds them to that),
and their log lines stay English, as program output. With --nginx, every copy of
examples/site/nginx.conf is also checked with `nginx -t` (Debian's nginx-light) inside a
minimal configuration. Exit status 1 on any difference; every wait is bounded.
"""

import argparse
import asyncio
import contextlib
import importlib.util
import io
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

sys.dont_write_bytecode = True  # nothing written beside the examples

from check import HOST, Failed, accept_key, close_frame, first_close, read_head

HERE = Path(__file__).resolve().parent
SITE = HERE.parent / "examples" / "site"
# The English files, then the copies whose comments are translated, by folder.
COPIES = [SITE, SITE / "ko", SITE / "ja"]

# How the server ends each connection: a Close frame (code, reason) or None (drop TCP).
ENDINGS = [(1012, "deploy"), None, (1008, "policy")]
# A handshake the server refuses with 401 before any WebSocket exists: the JavaScript example
# meets one first, so that its branch for a connection that never opened runs too.
REFUSE = "refuse"
TIMEOUT = 10.0


def text_frame(text):
    data = text.encode()
    return bytes([0x81, len(data)]) + data


class Server:
    """Accepts len(endings) connections, one after another, and ends each as scripted."""

    def __init__(self, endings=ENDINGS):
        self.endings = endings
        self.listener = socket.create_server((HOST, 0))
        self.listener.settimeout(TIMEOUT)
        self.url = f"ws://{HOST}:{self.listener.getsockname()[1]}/"
        self.errors = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        try:
            greeted = False
            for ending in self.endings:
                conn, _ = self.listener.accept()
                with conn:
                    conn.settimeout(TIMEOUT)
                    head, _ = read_head(conn)
                    if ending == REFUSE:
                        conn.sendall(
                            b"HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n"
                            b"Connection: close\r\n\r\n"
                        )
                        continue
                    key = re.search(r"(?im)^sec-websocket-key:\s*(\S+)", head).group(1)
                    conn.sendall(
                        (
                            "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                            "Connection: Upgrade\r\n"
                            f"Sec-WebSocket-Accept: {accept_key(key)}\r\n\r\n"
                        ).encode()
                    )
                    if not greeted:
                        greeted = True
                        conn.sendall(text_frame("hello"))
                    if ending is None:
                        continue  # closing the socket drops TCP without a Close frame
                    code, reason = ending
                    conn.sendall(close_frame(code.to_bytes(2, "big") + reason.encode()))
                    # Until the client's answering Close: then the server closes TCP first, as
                    # RFC 6455 §7.1.1 asks.
                    data = b""
                    while first_close(data) is None:
                        chunk = conn.recv(4096)
                        if not chunk:
                            break
                        data += chunk
        except (Failed, OSError, AttributeError) as error:
            self.errors.append(f"server: {error!r}")
        finally:
            self.listener.close()


def check(name, lines, expected_logs, delays, bounds=((5, 30), (0, 5))):
    """`lines`: what the example logged; `delays`: the delays it asked for, in seconds, each
    within its `bounds`."""
    problems = []
    if lines != expected_logs:
        problems.append(f"logged {lines!r}, expected {expected_logs!r}")
    if len(delays) != len(bounds) or any(
        not low <= d <= high for d, (low, high) in zip(delays, bounds)
    ):
        problems.append(f"delays {delays!r}, expected within {bounds!r}")
    for problem in problems:
        print(f"FAIL {name}: {problem}")
    if not problems:
        print(f"ok   {name}: {len(lines)} lines, delays {[round(d, 1) for d in delays]}")
    return not problems


def shown(folder, name):
    """A copy's name as the report shows it: `onclose.js`, `ko/onclose.js`."""
    return str((folder / name).relative_to(SITE))


def run_javascript(folder):
    node = shutil.which("node")
    if node is None:
        raise Failed("node is not installed")
    server = Server([REFUSE] + ENDINGS)
    result = subprocess.run(
        [node, str(HERE / "example_onclose.js"), str(folder / "onclose.js"), server.url],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        cwd=HERE,
    )
    server.thread.join(TIMEOUT)
    output = result.stdout.splitlines()
    if result.returncode != 0 or server.errors:
        print(result.stderr, file=sys.stderr)
        raise Failed(f"node exited with {result.returncode}; {server.errors}")
    messages = [line[8:] for line in output if line.startswith("MESSAGE ")]
    delays = [int(line[6:]) / 1000 for line in output if line.startswith("DELAY ")]
    expected = [
        'WebSocket closed: code 1006, reason "", clean false',
        "The connection never opened.",
        'WebSocket closed: code 1012, reason "deploy", clean true',
        'WebSocket closed: code 1006, reason "", clean false',
        'WebSocket closed: code 1008, reason "policy", clean true',
        "Not reconnecting after 1008.",
    ]
    # The example's own log lines about closes and giving up; its countdown lines vary.
    logs = [
        line[4:]
        for line in output
        if line.startswith("LOG ")
        and line[4:].startswith(("WebSocket", "Not", "Giving", "The connection never"))
    ]
    name = shown(folder, "onclose.js")
    # The refused handshake (1006, backoff), then the deploy and the drop, as for Python.
    ok = check(f"{name} (Node, ws)", logs, expected, delays, ((0, 5), (5, 30), (0, 5)))
    if messages != ["hello"]:
        print(f"FAIL {name}: messages {messages!r}, expected ['hello']")
        ok = False
    return ok


def run_python(folder):
    spec = importlib.util.spec_from_file_location("site_client", folder / "client.py")
    client = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(client)
    server = Server()
    delays = []

    async def sleep(seconds):
        delays.append(seconds)

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        asyncio.run(asyncio.wait_for(client.run(server.url, sleep=sleep), TIMEOUT))
    server.thread.join(TIMEOUT)
    if server.errors:
        raise Failed(str(server.errors))
    lines = out.getvalue().splitlines()
    expected = [
        "message: hello",
        "WebSocket closed: code 1012, reason 'deploy'",
        "WebSocket closed: code 1006, reason ''",
        "WebSocket closed: code 1008, reason 'policy'",
        "Not reconnecting after 1008.",
    ]
    lines = [line for line in lines if not line.startswith("Reconnecting in ")]
    return check(f"{shown(folder, 'client.py')} (websockets)", lines, expected, delays)


def run_nginx(folder):
    """`nginx -t` on a minimal configuration whose one server includes the block."""
    nginx = shutil.which("nginx") or shutil.which("/usr/sbin/nginx")
    if nginx is None:
        raise Failed("nginx is not installed (Debian's nginx-light)")
    with tempfile.TemporaryDirectory() as prefix:
        config = Path(prefix) / "nginx.conf"
        config.write_text(
            f"pid {prefix}/nginx.pid;\nerror_log {prefix}/error.log;\nevents {{}}\n"
            "http {\n    access_log off;\n    server {\n        listen 127.0.0.1:8081;\n"
            f"        include {folder / 'nginx.conf'};\n    }}\n}}\n"
        )
        result = subprocess.run(
            [nginx, "-t", "-q", "-p", prefix, "-c", str(config)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
    if result.returncode != 0:
        print(f"FAIL {shown(folder, 'nginx.conf')} (nginx -t): {result.stderr.strip()}")
        return False
    print(f"ok   {shown(folder, 'nginx.conf')} (nginx -t)")
    return True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--nginx", action="store_true", help="also check the nginx block")
    args = parser.parse_args()
    results = []
    runs = [run_javascript, run_python] + ([run_nginx] if args.nginx else [])
    for folder in COPIES:
        for run in runs:
            try:
                results.append(run(folder))
            except (Failed, OSError, subprocess.TimeoutExpired, asyncio.TimeoutError) as error:
                print(f"FAIL {run.__name__} ({shown(folder, '.')}): {error!r}")
                results.append(False)
    print(f"{results.count(True)} passed, {results.count(False)} failed")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
