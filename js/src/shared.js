// What both entries share: the wasm (load.js), the options every export takes, and the
// answers describe keeps. Not an entry of its own: `closecode` (index.js) and
// `closecode/full` (full.js) export what a program uses.

import { wasm } from './load.js';

export { wasm };

export const parse = (json) => JSON.parse(json);

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

// The browser's languages last negotiated, and the locale they gave: every call without a
// locale asks for it, and the wasm is asked again only when the languages change (or a locale
// is added, `forget`).
let negotiated = { languages: null, locale: 'en' };

/** The locale of `options.locale`, else the browser's languages, else English. */
export function localeOf(options) {
  if (options && options.locale) return String(options.locale);
  const languages = globalThis.navigator && globalThis.navigator.languages;
  if (!languages || !languages.length) return 'en';
  const key = languages.join(',');
  if (negotiated.languages !== key) {
    negotiated = { languages: key, locale: negotiateLocale(languages) };
  }
  return negotiated.locale;
}

export const profileOf = (options) => (options && options.profile ? String(options.profile) : '');

// describe's answers by input, locale and profile: a second call for the same code returns the
// same frozen object instead of asking the wasm again (a Map lookup instead of building and
// parsing the JSON). A page asks about a handful of codes; the cap only bounds a program that
// walks all 65,536.
const kept = new Map();
const KEEP = 1024;

/** Freezes `value` and every object in it, so a kept answer cannot be changed by a caller. */
function freeze(value) {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) freeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The kept answer for `key`, or `make()`'s, frozen and kept. */
export function remember(key, make) {
  let answer = kept.get(key);
  if (answer === undefined) {
    answer = freeze(make());
    if (kept.size >= KEEP) kept.clear();
    kept.set(key, answer);
  }
  return answer;
}

/** Drops the kept answers and the negotiated locale: an added locale or a loaded profile can
 * change them. */
export function forget() {
  kept.clear();
  negotiated = { languages: null, locale: 'en' };
}
