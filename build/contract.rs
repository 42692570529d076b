//! The names the generator and the library in `src/` agree on: the fallback locale, the
//! variants of `RetryClass`, `Sender` and `Peer`, the attributes of every code and range
//! message, and the ids (with their variables) of the other messages the library reads.
//!
//! Owns: these lists, and nothing else. May not touch: parsing, checking or emitting; a change
//! here goes with the matching change in `src/`.

/// The locale every other locale is checked against, and the one used when nothing matches.
pub(crate) const FALLBACK_LOCALE: &str = "en";

/// Retry classes the table may use: (id in the table, `RetryClass` variant in `src/retry.rs`).
pub(crate) const RETRY_CLASSES: [(&str, &str); 7] = [
    ("done", "Done"),
    ("backoff", "Backoff"),
    ("randomized-delay", "RandomizedDelay"),
    ("elsewhere", "Elsewhere"),
    ("fix-first", "FixFirst"),
    ("credentials", "Credentials"),
    ("app-defined", "AppDefined"),
];

/// The retry classes after which a client reconnects on its own: each has a `[[schedule]]` row,
/// and no other class has one (`RetryClass::reconnects` in `src/retry.rs`).
pub(crate) const RECONNECTING: [&str; 3] = ["backoff", "randomized-delay", "elsewhere"];

/// Who sends a code: (id in the table, `Sender` variant in `src/facts.rs`).
pub(crate) const SENDERS: [(&str, &str); 5] = [
    ("either", "Either"),
    ("client", "Client"),
    ("server", "Server"),
    ("gateway", "Gateway"),
    ("nobody", "Nobody"),
];

/// Libraries whose names for the codes the table records, in `PeerNames` order (`src/facts.rs`).
pub(crate) const NAMED_BY: [&str; 5] = ["tungstenite", "python", "gorilla", "dotnet", "jakarta"];

/// The codes a profile may give a meaning: RFC 6455 §7.4.2 leaves 3000-3999 to libraries,
/// frameworks and applications (through the registry) and 4000-4999 to private use.
pub(crate) const PROFILE_CODES: (u16, u16) = (3000, 4999);

/// Where a profile's reconnect answer comes from: (id in the file, `Basis` variant in
/// `src/profile.rs`). `inferred` marks our reading where the protocol gives no advice.
pub(crate) const PROFILE_BASES: [(&str, &str); 3] = [
    ("docs", "Docs"),
    ("reference-client", "ReferenceClient"),
    ("inferred", "Inferred"),
];

/// The attributes of every `profile-<id>-<code>`, `profile-<id>-<first>-<last>` and
/// `failure-<id>` message besides its value (the name): what it means, when you see it, what to
/// do, and what an app can tell its end users. They take no variables.
pub(crate) const ENTRY_ATTRIBUTES: [&str; 4] = ["description", "symptom", "remedy", "user"];

/// What ended a connection without a Close frame: (id in `data/failures.toml`, `FailureKind`
/// variant in `src/failure.rs`).
pub(crate) const FAILURE_KINDS: [(&str, &str); 5] = [
    ("handshake", "Handshake"),
    ("tls", "Tls"),
    ("dns", "Dns"),
    ("tcp", "Tcp"),
    ("timeout", "Timeout"),
];

/// The libraries and browsers whose reports a failure row quotes under `[failure.raises]`, in
/// the order pages list them.
pub(crate) const RAISED_BY: [&str; 7] = [
    "python-websockets",
    "node-ws",
    "tungstenite",
    "gorilla",
    "coder-websocket",
    "dotnet",
    "chromium-console",
];

/// The attributes every `code-<n>` and `range-<id>` message carries besides its value (the name):
/// what it means, when you see it, how to fix it, its usual cause (a predicate: "usually comes
/// from ..."), when to send it, and how to react when you receive it.
pub(crate) const ATTRIBUTES: [&str; 7] = [
    "description",
    "symptom",
    "remedy",
    "cause",
    "sending",
    "receiving",
    "user",
];

/// Messages the library reads by id, besides the `code-` and `range-` ones, with the variables
/// each may use (most use none). Per-class phrases are required too, one per entry above:
/// `retry-<id>` and `pred-retry-<id>` for each retry class, `sender-<id>` and `pred-sender-<id>`
/// for each sender, and `range-about-<id>` for each range (what the whole range is, for its
/// page and its row in the reference). A `pred-` message is a predicate that completes "1006 ..." in
/// `compare-difference`.
pub(crate) const MESSAGES: &[(&str, &[&str])] = &[
    ("locale-name", &[]),
    ("label-description", &[]),
    ("label-symptom", &[]),
    ("label-remedy", &[]),
    ("label-cause", &[]),
    ("label-key-differences", &[]),
    ("label-when-to-use", &[]),
    ("label-when-sending", &[]),
    ("label-when-receiving", &[]),
    ("label-user-message", &[]),
    ("user-reconnecting", &["seconds"]),
    ("label-facts", &[]),
    ("label-range", &[]),
    ("label-registration", &[]),
    ("label-reference", &[]),
    ("label-registered-on", &[]),
    ("label-wire", &[]),
    ("label-browser", &[]),
    ("label-sent-by", &[]),
    ("label-retry", &[]),
    ("label-http", &[]),
    ("label-iana-name", &[]),
    ("label-other-names", &[]),
    ("label-code", &[]),
    ("label-name", &[]),
    ("label-registered-codes", &[]),
    ("label-ranges", &[]),
    ("label-reference-title", &[]),
    ("label-reference-intro", &[]),
    ("label-compare-with", &[]),
    ("label-all-comparisons", &[]),
    ("label-back-to-index", &[]),
    ("label-other-language", &[]),
    ("wire-sendable", &[]),
    ("wire-local-only", &[]),
    ("wire-invalid", &[]),
    ("browser-yes", &[]),
    ("browser-no", &[]),
    ("status-registered", &[]),
    ("status-unregistered", &[]),
    ("pred-wire-sendable", &[]),
    ("pred-wire-local-only", &[]),
    ("pred-wire-invalid", &[]),
    ("pred-browser-yes", &[]),
    ("pred-browser-no", &[]),
    ("pred-http", &["status"]),
    ("pred-http-none", &[]),
    ("pred-registered-rfc", &[]),
    ("pred-registered-on", &["date"]),
    ("pred-registered-later", &[]),
    ("pred-unregistered", &["first", "last"]),
    ("compare-title", &["a", "name_a", "b", "name_b"]),
    ("compare-intro", &["a", "name_a", "b", "name_b"]),
    ("compare-intro-same", &["a", "name_a"]),
    ("compare-difference", &["a", "fact_a", "b", "fact_b"]),
    ("compare-no-differences", &["a", "b"]),
    ("compare-same-code", &["a"]),
    ("label-close-frame", &[]),
    ("label-payload", &[]),
    ("label-reason", &[]),
    ("label-verdict", &[]),
    ("label-peers", &[]),
    ("label-peers-receive", &[]),
    ("label-peer", &[]),
    ("label-peer-sees", &[]),
    ("label-peer-replies", &[]),
    ("peer-sees-no-code", &[]),
    ("peer-sees-error", &["error"]),
    ("peer-replies-empty", &[]),
    ("peer-replies-nothing", &[]),
    ("peers-all-accept", &[]),
    ("peer-accepts", &["peer"]),
    ("peer-refuses", &["peer"]),
    ("label-recommendation", &[]),
    ("frame-why-protocol", &[]),
    ("frame-why-utf8", &[]),
    ("frame-why-both", &[]),
    ("label-schedule", &[]),
    ("label-attempt", &[]),
    ("label-delay", &[]),
    ("duration-seconds", &["seconds"]),
    ("reconnect-in", &["seconds"]),
    ("frame-valid", &[]),
    ("frame-invalid", &["code"]),
    ("frame-empty", &[]),
    ("frame-error-one-byte", &[]),
    ("frame-error-too-long", &["length"]),
    ("frame-error-utf8", &["valid"]),
    ("frame-error-utf8-start", &[]),
    ("frame-error-utf8-cut", &["valid"]),
    ("frame-error-code", &["code"]),
    ("encode-error-code", &["code"]),
    ("encode-error-reason", &["length"]),
    ("label-profile", &[]),
    ("label-profiles", &[]),
    ("label-profiles-intro", &[]),
    ("label-protocol-name", &[]),
    ("label-codes", &[]),
    ("label-subprotocols", &[]),
    ("label-sources", &[]),
    ("label-basis", &[]),
    ("basis-docs", &[]),
    ("basis-reference-client", &[]),
    ("basis-inferred", &[]),
    ("no-profile-entry", &["code", "profile"]),
    ("no-subprotocol", &[]),
    ("label-failure", &[]),
    ("label-failures", &[]),
    ("label-failures-intro", &[]),
    ("label-kind", &[]),
    ("kind-handshake", &[]),
    ("kind-tls", &[]),
    ("kind-dns", &[]),
    ("kind-tcp", &[]),
    ("kind-timeout", &[]),
    ("label-in-browser", &[]),
    ("browser-error-then-close", &[]),
    ("browser-close-only", &[]),
    ("label-retry-after", &[]),
    ("retry-after-wait", &[]),
    ("label-reports", &[]),
    ("label-report", &[]),
    ("label-close-code", &[]),
    ("label-http-status", &[]),
    ("label-scenarios", &[]),
    ("label-scenarios-intro", &[]),
    ("label-seen", &[]),
    ("label-likely-causes", &[]),
    ("label-tell-apart", &[]),
    ("label-fix", &[]),
    ("label-concerns", &[]),
    ("document-title", &["title"]),
    ("label-site-nav", &[]),
    ("label-languages", &[]),
    ("site-footer", &["version", "date"]),
    ("label-iana-registry", &[]),
    ("label-search", &[]),
    ("search-placeholder", &[]),
    ("search-go", &[]),
    ("label-search-results", &[]),
    ("search-no-match", &[]),
    ("search-not-a-code", &[]),
    ("search-intro", &[]),
    ("compare-list-intro", &[]),
    ("picker-title", &[]),
    ("picker-first", &[]),
    ("picker-second", &[]),
    ("picker-go", &[]),
    ("picker-same", &[]),
    ("picker-range", &[]),
    ("docs-no-sitemap", &[]),
    ("explain-line", &["line"]),
    ("label-explain-reports", &[]),
    ("label-decided-by", &[]),
    ("label-format", &[]),
    ("label-protocol", &[]),
    ("label-message", &[]),
    ("who-peer", &[]),
    ("who-local", &[]),
    ("who-unknown", &[]),
    ("explain-failure-http", &["status"]),
    ("explain-failure-handshake", &[]),
    ("explain-failure-tls-certificate", &[]),
    ("explain-failure-tls-expired", &[]),
    ("explain-failure-tls-untrusted", &[]),
    ("explain-failure-tls-hostname", &[]),
    ("explain-failure-tls-protocol", &[]),
    ("explain-failure-tls", &[]),
    ("explain-failure-dns", &[]),
    ("explain-failure-refused", &[]),
    ("explain-failure-reset", &[]),
    ("explain-failure-timeout-connect", &[]),
    ("explain-failure-timeout-idle", &[]),
    ("explain-failure-timeout", &[]),
    ("explain-failure-seen-by-app", &[]),
    ("explain-see-line", &["line"]),
    ("explain-unrecognized", &[]),
    ("explain-none", &[]),
    ("explain-too-long", &["line", "max"]),
    ("explain-summary", &["lines", "recognized"]),
    ("explain-error-read", &["error"]),
    ("explain-error-terminal", &[]),
    ("example-heading", &[]),
    ("example-intro", &[]),
    ("example-browser", &[]),
    ("example-rust", &[]),
    ("example-python", &[]),
    ("example-nginx", &[]),
    ("example-nginx-intro", &[]),
];

/// The variable every `code-` and `range-` text may use: the close code itself.
pub(crate) const CODE_VARIABLE: &str = "code";
