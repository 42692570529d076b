"""The site's browser example (examples/site/onclose.js) in headless Chromium, for
peers/examples.py --chromium: a page server for peers/example_onclose.html, the example and the
built package, and one browser run that reports what the example did against two WebSocket
servers."""

import json
import tempfile
import threading
from pathlib import Path

from check import HOST, RawServer, launch_browser, stop_process

HERE = Path(__file__).resolve().parent
TYPES = {".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm"}


class PageServer(RawServer):
    """Serves the page on /, the example on /example/onclose.js and the package's files on
    /package/; takes the page's report on /results."""

    def __init__(self, example, package):
        self.example, self.package = example, package
        self.results = None
        self.reported = threading.Event()
        super().__init__()

    def route(self, conn, path, headers, body):
        if path == "/results":
            while len(body) < int(headers.get("content-length", "0")):
                chunk = conn.recv(4096)
                if not chunk:
                    break
                body += chunk
            if not self.reported.is_set():
                self.results = json.loads(body)
                self.reported.set()
            self.send(conn, b"ok", "text/plain")
            return
        path = path.split("?", 1)[0]
        if path == "/":
            file = HERE / "example_onclose.html"
        elif path == "/example/onclose.js":
            file = self.example
        elif path.startswith("/package/"):
            file = (self.package / path[len("/package/") :]).resolve()
            if not file.is_relative_to(self.package):
                file = None
        else:
            file = None
        if file is None or not file.is_file():
            self.send(conn, b"", "text/plain", "404 Not Found")
            return
        self.send(conn, file.read_bytes(), TYPES.get(file.suffix, "application/octet-stream"))

    @staticmethod
    def send(conn, content, kind, status="200 OK"):
        conn.sendall(
            f"HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nConnection: close\r\n"
            f"Content-Length: {len(content)}\r\n\r\n".encode()
            + content
        )


def run_page(browser, example, package, lang, main, giveup, timeout):
    """What onclose.js (`example`) did in Chromium with `package`, the page's language `lang`,
    against the servers at the URLs `main` and `giveup`: for each, its LOG, SHOW, MESSAGE,
    DELAY and OFFER lists (as peers/example_onclose.mjs prints them), or {"error": ...} when
    the page failed."""
    server = PageServer(example, package.resolve())
    url = f"http://{HOST}:{server.port}/?lang={lang}&main={main}&giveup={giveup}"
    # Chromium's helper processes can still be writing the profile as it is removed; a
    # leftover file in a temporary folder is no reason to fail the check.
    profiles = tempfile.TemporaryDirectory(prefix="closecode-example-", ignore_cleanup_errors=True)
    with profiles as profile:
        proc = launch_browser(browser, profile, url)
        try:
            server.reported.wait(timeout)
        finally:
            stop_process(proc)
            server.stop()
    return server.results
