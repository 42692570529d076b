//! Headless Chromium driven over the DevTools protocol, for the tests that open the generated
//! site in a real browser. A test crate includes it with `mod chromium;`.
//!
//! Needs Chromium (Debian's `chromium` package, or the binary named by `CHROMIUM`); the tests
//! that use it are `#[ignore]`d and run with `--ignored`.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tungstenite::stream::MaybeTlsStream;
use tungstenite::{Message, WebSocket};

fn chromium() -> PathBuf {
    let candidates = [
        std::env::var("CHROMIUM").unwrap_or_default(),
        "/usr/bin/chromium".to_owned(),
        "/usr/bin/chromium-browser".to_owned(),
    ];
    let found = candidates
        .iter()
        .find(|c| !c.is_empty() && Path::new(c).exists());
    PathBuf::from(
        found.expect("Chromium is not installed; .ci/run installs Debian's chromium package"),
    )
}

/// Writes the whole site (every language) with `closecode docs` under a fresh temporary folder
/// named after `name`; returns the folder and the site in it.
pub fn generate_site(name: &str) -> (PathBuf, PathBuf) {
    let root = std::env::temp_dir().join(format!("closecode-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let site = root.join("site");
    let status = Command::new(env!("CARGO_BIN_EXE_closecode"))
        .args(["docs", "--out", site.to_str().unwrap()])
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    (root, site)
}

/// The `file://` URL of `path` in the site.
pub fn url(site: &Path, path: &str) -> String {
    format!("file://{}", site.join(path).display())
}

/// Headless Chromium and one tab of it.
pub struct Browser {
    child: Child,
    socket: WebSocket<MaybeTlsStream<TcpStream>>,
    session: String,
    next_id: u64,
}

impl Browser {
    /// Starts Chromium with its profile in `profile` and attaches to a new blank tab.
    pub fn start(profile: &Path) -> Browser {
        let mut child = Command::new(chromium())
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--hide-scrollbars",
                "--remote-debugging-port=0",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("about:blank")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("Chromium starts");
        // Chromium writes "DevTools listening on ws://..." once it is ready.
        let stderr = BufReader::new(child.stderr.take().unwrap());
        let address = stderr
            .lines()
            .map_while(Result::ok)
            .find_map(|line| line.find("ws://").map(|at| line[at..].trim().to_owned()))
            .expect("Chromium prints its DevTools address");
        let (socket, _) = tungstenite::connect(address.as_str()).expect("DevTools connects");
        let mut browser = Browser {
            child,
            socket,
            session: String::new(),
            next_id: 0,
        };
        let tab = browser.call("Target.createTarget", json!({"url": "about:blank"}));
        let attached = browser.call(
            "Target.attachToTarget",
            json!({"targetId": tab["targetId"], "flatten": true}),
        );
        browser.session = attached["sessionId"].as_str().unwrap().to_owned();
        browser
    }

    /// Sends a command (to the tab once attached) and waits for its answer.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        self.try_call(method, params)
            .unwrap_or_else(|error| panic!("{method}: {error}"))
    }

    /// [`Browser::call`], with the protocol's error as an `Err` (a command sent while the tab
    /// navigates may fail).
    pub fn try_call(&mut self, method: &str, params: Value) -> Result<Value, Value> {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = json!({"id": id, "method": method, "params": params});
        if !self.session.is_empty() {
            message["sessionId"] = json!(self.session);
        }
        self.socket
            .send(Message::text(message.to_string()))
            .unwrap();
        loop {
            let Message::Text(text) = self.socket.read().unwrap() else {
                continue;
            };
            let answer: Value = serde_json::from_str(&text).unwrap();
            if answer["id"] != json!(id) {
                continue;
            }
            return answer
                .get("error")
                .map_or_else(|| Ok(answer["result"].clone()), |e| Err(e.clone()));
        }
    }

    /// The value of a JavaScript expression in the tab.
    pub fn eval(&mut self, expression: &str) -> Value {
        let result = self.call(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true}),
        );
        result["result"]["value"].clone()
    }

    /// A window `width` CSS pixels wide and 900 high.
    pub fn resize(&mut self, width: u32) {
        self.resize_to(width, 900);
    }

    /// A window of `width` × `height` CSS pixels: a phone's first screen is 360 × 740.
    pub fn resize_to(&mut self, width: u32, height: u32) {
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": false}),
        );
    }

    /// Opens `url` and waits until it has loaded.
    pub fn open(&mut self, url: &str) {
        self.call("Page.navigate", json!({"url": url}));
        self.wait_for(url);
    }

    /// Waits until the tab shows `url` (without its query or fragment), fully loaded.
    pub fn wait_for(&mut self, url: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        let want = url.split(['?', '#']).next().unwrap();
        let expression = "document.readyState + ' ' + location.href.split('?')[0].split('#')[0]";
        loop {
            // While the tab navigates, an evaluation may fail: ask again.
            let state = self
                .try_call(
                    "Runtime.evaluate",
                    json!({"expression": expression, "returnByValue": true}),
                )
                .map(|result| result["result"]["value"].clone())
                .unwrap_or_default();
            if state.as_str() == Some(&format!("complete {want}")) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "the tab did not reach {want}: {state}"
            );
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// Presses and releases `key` (its Windows key code is `code`).
    pub fn key(&mut self, key: &str, code: u32) {
        for kind in ["rawKeyDown", "keyUp"] {
            let mut event = json!({"type": kind, "key": key, "code": key,
                "windowsVirtualKeyCode": code, "nativeVirtualKeyCode": code});
            if key == "Enter" && kind == "rawKeyDown" {
                event["type"] = json!("keyDown");
                event["text"] = json!("\r");
            }
            // The key may start a navigation: the answer may be an error.
            let _ = self.try_call("Input.dispatchKeyEvent", event);
        }
    }

    /// Focuses the search box, types `text` and returns the titles of the suggestions shown.
    pub fn type_search(&mut self, text: &str) -> Vec<String> {
        self.eval("document.getElementById('q').value = ''; document.getElementById('q').focus()");
        self.call("Input.insertText", json!({"text": text}));
        let options = self.eval(
            "Array.from(document.querySelectorAll('#q-results [role=option] .t')).map(o => o.textContent)",
        );
        let options = options.as_array().unwrap().iter();
        options.map(|o| o.as_str().unwrap().to_owned()).collect()
    }

    /// Saves the whole page, `width` pixels wide, as a PNG at `path`.
    pub fn screenshot(&mut self, width: u32, path: &Path) {
        let height = self
            .eval("document.documentElement.scrollHeight")
            .as_u64()
            .unwrap();
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": false}),
        );
        let shot = self.call("Page.captureScreenshot", json!({"format": "png"}));
        use base64::Engine as _;
        let png = base64::engine::general_purpose::STANDARD
            .decode(shot["data"].as_str().unwrap())
            .unwrap();
        std::fs::write(path, png).unwrap();
        self.resize(width);
    }

    /// A click of the left mouse button at (`x`, `y`) in the window.
    pub fn click(&mut self, x: f64, y: f64) {
        for kind in ["mousePressed", "mouseReleased"] {
            let _ = self.try_call(
                "Input.dispatchMouseEvent",
                json!({"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1}),
            );
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
