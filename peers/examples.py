#!/usr/bin/env python3
"""Run the site's JavaScript and Python examples (examples/site/onclose.js and client.py, the
files the pages show, and their Korean and Japanese copies in examples/site/ko/ and
examples/site/ja/, whose comments are translated) against a server on 127.0.0.1 and check what
they did.

    target/peers-venv/bin/python peers/examples.py [--nginx] [--chromium [BINARY]]
        [--closecode BIN] [--package DIR]

The server (written here, raw sockets, as in check.py) ends three connections in turn: a
Close frame 1012 "deploy" after one text message, a TCP close without a Close frame, and a
Close frame 1008 "policy". Each example must report the code, the reason and (JavaScript)
wasClean of each end, reconnect after the first two with a delay from closecode's schedule
(1012: 5 to 30 s, a dropped connection: 0 to 5 s) and stop after 1008. Delays are recorded,
not waited for.

onclose.js is a browser module that imports the npm package closecode: it runs in Node
(peers/example_onclose.mjs) with ws (peers/package.json) as its WebSocket, the built package
(--package, default js/dist: `cd js && npm ci && npm run build`) as its import, and
navigator.languages set to its copy's language. It first meets a handshake refused with 401:
it must report 1006, log that the connection never opened (the lines the page of 1006 shows)
and reconnect. Its delays, the attempts it logs and what it shows the user (the user message
in the copy's language, then the countdown of the delay) are checked against the closecode
command (--closecode, default target/release/closecode, else target/debug/closecode: `closecode
retry CODE --format json`), not against numbers written here. A second run refuses every
handshake until the example gives up after closecode's last attempt; it must offer the user a
retry, which starts over and meets a 1000. With --chromium, every copy also runs in headless
Chromium (peers/examples_chromium.py): a page (peers/example_onclose.html) whose import map
resolves `closecode` to the package, as an app's import map or bundler does, with the same
servers and the same checks.

client.py runs in this Python, which must have websockets (peers/requirements.txt). Every copy
gets the same server and the same checks: the copies differ from the English files only in
comments (tests/it/site_examples.rs holds them to that), and their log lines stay English, as
program output. With --nginx, every copy of examples/site/nginx.conf is also checked with
`nginx -t` (Debian's nginx-light) inside a minimal configuration. Exit status 1 on any
difference; every wait is bounded.
"""

import argparse
import asyncio
import contextlib
import importlib.util
import io
import json
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
from examples_chromium import run_page

HERE = Path(__file__).resolve().parent
SITE = HERE.parent / "examples" / "site"
# The English files, then the copies whose comments are translated, by folder.
COPIES = [SITE, SITE / "ko", SITE / "ja"]
# The language of each copy's page: the JavaScript example runs with it as navigator.languages.
LANGS = {SITE: "en", SITE / "ko": "ko", SITE / "ja": "ja"}
ROOT = HERE.parent

# How the server ends each connection: a Close frame (code, reason) or None (drop TCP).
ENDINGS = [(1012, "deploy"), None, (1008, "policy")]
# A handshake the server refuses with 401 before any WebSocket exists: the JavaScript example
# meets one first, so that its branch for a connection that never opened runs too.
REFUSE = "refuse"
TIMEOUT = 10.0
# How long a Chromium run may take: the browser's start, then both servers' connections.
CHROMIUM_TIMEOUT = 60.0


def text_frame(text):
    data = text.encode()
    return bytes([0x81, len(data)]) + data


class Server:
    """Accepts len(endings) connections, one after another, and ends each as scripted."""

    def __init__(self, endings=ENDINGS, timeout=TIMEOUT):
        self.endings = endings
        self.timeout = timeout
        self.listener = socket.create_server((HOST, 0))
        self.listener.settimeout(timeout)
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
                    conn.settimeout(self.timeout)
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


class Closecode:
    """What the closecode command says about reconnecting after a code (`closecode retry CODE
    --format json`), per language: the schedule's rule and the user message, the numbers and
    texts the JavaScript example must get from the package."""

    def __init__(self, binary):
        self.binary = binary
        self.answers = {}

    def retry(self, code, lang):
        if (code, lang) not in self.answers:
            try:
                result = subprocess.run(
                    [self.binary, "retry", str(code), "--format", "json", "--lang", lang],
                    capture_output=True,
                    text=True,
                    timeout=TIMEOUT,
                    check=True,
                )
            except FileNotFoundError:
                raise Failed(
                    f"no {self.binary}: cargo build --release -p closecode-cli, or --closecode"
                ) from None
            self.answers[code, lang] = json.loads(result.stdout)
        return self.answers[code, lang]

    def bounds(self, code, attempt):
        """The delays, in ms, closecode's schedule allows for `attempt` after `code`: the first
        delay's range, then a ceiling growing from the first maximum up to the cap, each delay
        between half the ceiling and the ceiling (closecode's BackoffConfig::range)."""
        rule = self.retry(code, "en")["rule"]
        if attempt == 1:
            low, high = rule["first_min_seconds"], rule["first_max_seconds"]
        else:
            ceiling = min(
                rule["cap_seconds"], rule["first_max_seconds"] * rule["growth"] ** (attempt - 2)
            )
            low, high = ceiling / 2, ceiling
        return round(low * 1000), round(high * 1000)


def run_node(folder, lang, servers, package):
    """onclose.js of `folder` in Node (peers/example_onclose.mjs), once against each of
    `servers`: what it printed each time, by kind."""
    node = shutil.which("node")
    if node is None:
        raise Failed("node is not installed")
    runs = []
    for server in servers:
        result = subprocess.run(
            [
                node,
                "--experimental-vm-modules",
                "--no-warnings",
                str(HERE / "example_onclose.mjs"),
                str(folder / "onclose.js"),
                str(package),
                server.url,
                lang,
            ],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            cwd=HERE,
        )
        if result.returncode != 0:
            print(result.stderr, file=sys.stderr)
            raise Failed(f"node exited with {result.returncode}")
        printed = {"LOG": [], "SHOW": [], "MESSAGE": [], "DELAY": [], "OFFER": []}
        for line in result.stdout.splitlines():
            kind, _, text = line.partition(" ")
            printed[kind].append(text)
        printed["DELAY"] = [int(ms) for ms in printed["DELAY"]]
        runs.append(printed)
    return runs


def run_chromium(browser, folder, lang, servers, package):
    """onclose.js of `folder` in headless Chromium (peers/examples_chromium.py), imported
    through an import map, against both `servers` in turn: what it did each time."""
    main, giveup = servers
    results = run_page(
        browser, folder / "onclose.js", package, lang, main.url, giveup.url, CHROMIUM_TIMEOUT
    )
    if results is None:
        raise Failed(f"the page reported nothing within {CHROMIUM_TIMEOUT} s")
    if not isinstance(results, list):
        raise Failed(f"the page reported {results!r}")
    return results


def closed(code, reason, clean):
    return f"WebSocket closed: code {code}, reason {json.dumps(reason)}, clean {clean}"


NEVER_OPENED = "The connection never opened."


def check_javascript(name, printed, closes, closecode, lang):
    """`closes`: each close the example met, as (code the reconnect rule is asked for, its log
    line, whether it never opened, attempt or None when it must not reconnect). Checks the
    logs, the delays (each within closecode's schedule for its code and attempt) and what the
    user was shown (closecode's user message for the code in `lang`, then the countdown of the
    delay; after the last attempt, closecode's message for giving up)."""
    problems = []
    delays = list(printed["DELAY"])
    expected = []
    shown = []
    for code, line, refused, attempt in closes:
        expected.append(line)
        if refused:
            expected.append(NEVER_OPENED)
        answer = closecode.retry(code, lang)
        if attempt is None:
            if not answer["reconnects"]:
                expected.append(f"Not reconnecting after {code}.")
                shown.append((answer["user_message"], None))
            continue
        if attempt > answer["rule"]["attempts"]:
            expected.append(f"Giving up after {attempt - 1} attempts.")
            shown.append((answer["give_up_message"], None))
            continue
        if not delays:
            problems.append(f"no delay after {line!r}")
            break
        delay = delays.pop(0)
        low, high = closecode.bounds(code, attempt)
        if not low <= delay <= high:
            problems.append(f"delay {delay} ms after {code}, attempt {attempt}: not {low}-{high}")
        expected.append(f"Reconnecting in {delay} ms (attempt {attempt}).")
        shown.append((answer["user_message"], delay))
    if delays:
        problems.append(f"delays left over: {delays!r}")
    if printed["LOG"] != expected:
        problems.append(f"logged {printed['LOG']!r}, expected {expected!r}")
    if len(printed["SHOW"]) != len(shown):
        problems.append(f"showed {printed['SHOW']!r}")
    for text, (message, delay) in zip(printed["SHOW"], shown):
        # The countdown names the delay in whole seconds, rounded up ("now" for none).
        digits = re.findall(r"\d+", text[len(message) :])
        seconds = [] if delay in (None, 0) else [str(-(-delay // 1000))]
        if not text.startswith(message) or digits != seconds:
            problems.append(f"showed {text!r}, expected {message!r} and {seconds!r} seconds")
    for problem in problems:
        print(f"FAIL {name}: {problem}")
    if not problems:
        delays = [round(d / 1000, 1) for d in printed["DELAY"]]
        print(f"ok   {name}: {len(printed['LOG'])} lines, delays {delays}, shown in {lang}")
    return not problems


def run_javascript(folder, closecode, package, browser=None):
    """Every check of onclose.js of `folder`, in Node, or in `browser` (Chromium) if given."""
    lang = LANGS[folder]
    name = shown(folder, "onclose.js")
    if not (package / "index.js").is_file():
        raise Failed(f"{package} has no built package: cd js && npm ci && npm run build")
    where = "Node, ws" if browser is None else "Chromium"
    # Refused until the reconnector gives up: the user is offered a retry, which starts the
    # schedule over, and this time the server accepts and closes with 1000.
    attempts = closecode.retry(1006, "en")["rule"]["attempts"]
    # A browser starts before its first connection, and meets the second server after the
    # first: their waits for a connection are longer.
    wait = TIMEOUT if browser is None else CHROMIUM_TIMEOUT
    servers = [
        Server([REFUSE] + ENDINGS, wait),
        Server([REFUSE] * (attempts + 1) + [(1000, "bye")], wait),
    ]
    try:
        if browser is None:
            main, giveup = run_node(folder, lang, servers, package)
        else:
            main, giveup = run_chromium(browser, folder, lang, servers, package)
    except BaseException:
        # The servers stop waiting for connections that will not come.
        for server in servers:
            server.listener.close()
        raise
    for server in servers:
        server.thread.join(wait)
    errors = [error for server in servers for error in server.errors]
    if errors:
        raise Failed(str(errors))
    # A refused handshake (1006 before open), the deploy, the drop and the policy, as for
    # Python. The refusal is asked of closecode as 1006: that is all a browser learns of it.
    ok = check_javascript(
        f"{name} ({where})",
        main,
        [
            (1006, closed(1006, "", "false"), True, 1),
            (1012, closed(1012, "deploy", "true"), False, 1),
            (1006, closed(1006, "", "false"), False, 1),
            (1008, closed(1008, "policy", "true"), False, None),
        ],
        closecode,
        lang,
    )
    if main["MESSAGE"] != ["hello"] or main["OFFER"]:
        print(f"FAIL {name}: messages {main['MESSAGE']!r}, expected ['hello'], no offer")
        ok = False
    refused = [(1006, closed(1006, "", "false"), True, n) for n in range(1, attempts + 2)]
    ok &= check_javascript(
        f"{name} ({where}, {attempts + 1} refusals)",
        giveup,
        refused + [(1000, closed(1000, "bye", "true"), False, None)],
        closecode,
        lang,
    )
    if len(giveup["OFFER"]) != 1:
        print(f"FAIL {name}: offered a retry {len(giveup['OFFER'])} times, expected once")
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
    parser.add_argument(
        "--closecode",
        help="the closecode command, asked for the schedules and user messages (default: "
        "target/release/closecode, else target/debug/closecode)",
    )
    parser.add_argument(
        "--package",
        default=str(ROOT / "js" / "dist"),
        help="the built npm package the JavaScript example imports",
    )
    parser.add_argument(
        "--chromium",
        nargs="?",
        const="chromium",
        metavar="BINARY",
        help="also run the JavaScript example in headless Chromium",
    )
    args = parser.parse_args()
    builds = [ROOT / "target" / kind / "closecode" for kind in ("release", "debug")]
    binary = args.closecode or str(next((b for b in builds if b.is_file()), builds[0]))
    closecode = Closecode(binary)
    package = Path(args.package).resolve()
    results = []
    runs = [
        ("run_javascript", lambda folder: run_javascript(folder, closecode, package)),
        ("run_python", run_python),
    ]
    if args.chromium:
        if shutil.which(args.chromium) is None:
            sys.exit(f"no {args.chromium} on PATH")
        runs.append(
            (
                "run_javascript (Chromium)",
                lambda folder: run_javascript(folder, closecode, package, args.chromium),
            )
        )
    if args.nginx:
        runs.append(("run_nginx", run_nginx))
    for folder in COPIES:
        for name, run in runs:
            try:
                results.append(run(folder))
            except (
                Failed,
                OSError,
                subprocess.TimeoutExpired,
                subprocess.CalledProcessError,
                asyncio.TimeoutError,
            ) as error:
                print(f"FAIL {name} ({shown(folder, '.')}): {error!r}")
                results.append(False)
    print(f"{results.count(True)} passed, {results.count(False)} failed")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
