// closecode for JavaScript: the Rust crate's answers, compiled to WebAssembly. Every text comes
// from the crate's catalogs; this file only turns JavaScript values into the exports' plain
// arguments and their JSON into plain objects. The same file is the entry `closecode` (dist/)
// and `closecode/full` (dist/full/), each beside its own wasm.

import init, * as wasm from './wasm/closecode_wasm.js';

// Load the wasm beside this file: read it from disk in Node (its fetch cannot read file: URLs),
// fetch it elsewhere. `new URL(..., import.meta.url)` is the form bundlers recognise; the
// specifier of Node's fs module is a variable with ignore hints, so that bundlers building for
// a browser leave it alone instead of failing to resolve it.
const wasmUrl = new URL('./wasm/closecode_wasm_bg.wasm', import.meta.url);
const inNode = typeof process === 'object' && Boolean(process.versions && process.versions.node);
if (inNode && wasmUrl.protocol === 'file:') {
  const fsModule = 'node:fs/promises';
  const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ fsModule);
  await init({ module_or_path: await readFile(wasmUrl) });
} else {
  await init({ module_or_path: wasmUrl });
}

const parse = (json) => JSON.parse(json);

/** An export of `closecode/full`: in the entry `closecode` it says where to find it. */
const full = (name) => wasm[name] ?? (() => {
  throw new Error(`closecode: ${name} is in 'closecode/full'; import it from there`);
});

/** The tags of the locales this build carries, shipped and added. */
export function locales() {
  return parse(wasm.locales());
}

/**
 * The locale for a list of language tags in order of preference (`navigator.languages`) or an
 * `Accept-Language` header; English when none is one closecode has.
 */
export function negotiateLocale(languages) {
  const header = typeof languages === 'string'
    ? languages
    : Array.from(languages ?? [], (tag, i) => `${tag};q=${Math.max(1 - i * 0.01, 0.01).toFixed(2)}`).join(',');
  return wasm.negotiate(header);
}

/** The locale of `options.locale`, else the browser's languages, else English. */
function localeOf(options) {
  if (options && options.locale) return String(options.locale);
  const languages = globalThis.navigator && globalThis.navigator.languages;
  return languages && languages.length ? negotiateLocale(languages) : 'en';
}

const profileOf = (options) => (options && options.profile ? String(options.profile) : '');

/**
 * What a close code (0-65535, as a number or a string, or a name in any shipped language) or a
 * failure id (`http-401`) means. `{ ok: false, error, message }` for input that names nothing.
 */
export function describe(code, options = {}) {
  return parse(wasm.describe(String(code), localeOf(options), profileOf(options)));
}

/** The ids of the failures closecode describes: `http-401`, `tcp-refused`, ... */
export function failureIds() {
  return parse(wasm.failureIds());
}

/** The arguments the exports take from a `CloseEvent` (or any object shaped like one). */
function eventArgs(event) {
  const code = Number(event && event.code);
  return [
    Number.isInteger(code) && code >= 0 && code <= 65535 ? code : 1006,
    String((event && event.reason) ?? ''),
    Boolean(event && event.wasClean),
  ];
}

/**
 * The answer for a socket's close event. `options.opened` says whether the `open` event fired
 * first: a close before `open` that is not clean is a refused or failed handshake, not a drop.
 */
export function fromCloseEvent(event, options = {}) {
  const opened = options.opened ?? true;
  return parse(wasm.fromCloseEvent(...eventArgs(event), Boolean(opened), localeOf(options), profileOf(options)));
}

/** "Reconnecting in 13 seconds." for 12,300 ms, in the locale's words. */
export function countdown(ms, options = {}) {
  return wasm.countdown(Number(ms), localeOf(options));
}

/**
 * A reconnect state machine for one connection: `next(event, { opened, stayedUpMs })` says
 * whether and when to connect again (`action`: "retry" with `delayMs`, "stop" or "give-up");
 * `reset()` starts the schedule over. It owns no socket and no timer: pass `delayMs` to
 * `setTimeout`.
 */
export function createReconnector(options = {}) {
  const seed = options.seed ?? Math.random() * 2 ** 52;
  let machine;
  try {
    machine = new wasm.Reconnector(
      localeOf(options),
      Number(seed),
      profileOf(options),
      Number(options.stableAfterMs ?? 0),
      Number(options.scale ?? 1),
      String(options.unknownCodes ?? ''),
    );
  } catch (thrown) {
    // An unknown profile or retry answer: a mistake in the program, not an outcome to handle.
    const answer = typeof thrown === 'string' ? JSON.parse(thrown) : { message: String(thrown) };
    throw new TypeError(`closecode: createReconnector: ${answer.message}`);
  }
  return {
    next(event, { opened = true, stayedUpMs = 0 } = {}) {
      return parse(machine.next(...eventArgs(event), Boolean(opened), Number(stayedUpMs)));
    },
    reset() {
      machine.reset();
    },
    free() {
      machine.free();
    },
  };
}

/** A Close frame's payload, checked, with each well-known peer's reaction. */
export function decodeClose(bytes, options = {}) {
  const view = bytes instanceof Uint8Array
    ? bytes
    : bytes instanceof ArrayBuffer
      ? new Uint8Array(bytes)
      : Uint8Array.from(bytes);
  return parse(wasm.decodeClose(view, localeOf(options)));
}

/** What one log line reports, or `null` when it reports no close. */
export function explain(line, options = {}) {
  return parse(full('explain')(String(line), localeOf(options)));
}

/** Every line of a log that reports a close, with its line number. */
export function explainLog(text, options = {}) {
  return parse(full('explainLog')(String(text), localeOf(options)));
}

/** The shipped profiles and the app's own, in the locale's words. */
export function profiles(options = {}) {
  return parse(full('profiles')(localeOf(options)));
}

/** A profile by id, alias or subprotocol, or `null`. */
export function findProfile(name, options = {}) {
  return parse(full('findProfile')(String(name), localeOf(options)));
}

/**
 * Loads an app's own profile from closecode's TOML format and Fluent texts, checked like the
 * shipped ones; errors name `path:line:col`. Use it afterwards by its id (`{ profile: id }`).
 */
export function loadProfile({ path = 'profile.toml', toml, texts = [] }) {
  const list = texts.map((t) => [String(t.locale), String(t.path ?? `${t.locale}.ftl`), String(t.text)]);
  return parse(full('loadProfile')(String(path), String(toml), JSON.stringify(list)));
}

/**
 * Adds a locale from Fluent text (start from `catalog('en')`), checked by the crate's catalog
 * checks; errors name `path:line:col`.
 */
export function addLocale(tag, files, options = {}) {
  const list = files.map((f) => [String(f.path ?? `${tag}.ftl`), String(f.text)]);
  return parse(full('addLocale')(String(tag), JSON.stringify(list), String(options.prefix ?? ''), Boolean(options.fallBack)));
}

/** A locale's whole catalog as Fluent text, every id under `prefix`. */
export function catalog(locale, prefix = '') {
  return full('catalog')(String(locale), String(prefix));
}
