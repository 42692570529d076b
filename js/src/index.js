// closecode for JavaScript: the Rust crate's answers, compiled to WebAssembly. Every text comes
// from the crate's catalogs; this file only turns JavaScript values into the exports' plain
// arguments and their JSON into plain objects. It is the entry `closecode` (dist/), and the
// part of `closecode/full` (dist/full/, full.js) that both have, each beside its own wasm.

import { localeOf, parse, profileOf, remember, wasm } from './shared.js';

export { negotiateLocale } from './shared.js';

/** The tags of the locales this build carries, shipped and added. */
export function locales() {
  return parse(wasm.locales());
}

/**
 * What a close code (0-65535, as a number or a string, or a name in any shipped language) or a
 * failure id (`http-401`) means. `{ ok: false, error, message }` for input that names nothing.
 * The answer is frozen and kept: the same input, locale and profile return the same object.
 */
export function describe(code, options = {}) {
  const input = String(code);
  const locale = localeOf(options);
  const profile = profileOf(options);
  // Lengths first, so that no two inputs make the same key.
  const key = `${locale.length}:${locale}${profile.length}:${profile}${input}`;
  return remember(key, () => parse(wasm.describe(input, locale, profile)));
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
