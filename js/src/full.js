// The entry `closecode/full`: everything `closecode` has (core.js, a copy of index.js beside
// this build's wasm), plus explain and explainLog, the shipped profiles, and an app's own
// profiles and locales from TOML and Fluent text.

import { forget, localeOf, parse, wasm } from './shared.js';

export * from './core.js';

/** What one log line reports, or `null` when it reports no close. */
export function explain(line, options = {}) {
  return parse(wasm.explain(String(line), localeOf(options)));
}

/** Every line of a log that reports a close, with its line number. */
export function explainLog(text, options = {}) {
  return parse(wasm.explainLog(String(text), localeOf(options)));
}

/** The shipped profiles and the app's own, in the locale's words. */
export function profiles(options = {}) {
  return parse(wasm.profiles(localeOf(options)));
}

/** A profile by id, alias or subprotocol, or `null`. */
export function findProfile(name, options = {}) {
  return parse(wasm.findProfile(String(name), localeOf(options)));
}

/**
 * Loads an app's own profile from closecode's TOML format and Fluent texts, checked like the
 * shipped ones; errors name `path:line:col`. Use it afterwards by its id (`{ profile: id }`).
 */
export function loadProfile({ path = 'profile.toml', toml, texts = [] }) {
  const list = texts.map((t) => [String(t.locale), String(t.path ?? `${t.locale}.ftl`), String(t.text)]);
  // A profile loaded again under its id changes the answers describe keeps.
  forget();
  return parse(wasm.loadProfile(String(path), String(toml), JSON.stringify(list)));
}

/**
 * Adds a locale from Fluent text (start from `catalog('en')`), checked by the crate's catalog
 * checks; errors name `path:line:col`.
 */
export function addLocale(tag, files, options = {}) {
  const list = files.map((f) => [String(f.path ?? `${tag}.ftl`), String(f.text)]);
  // A locale added again under its tag changes the answers describe keeps.
  forget();
  return parse(wasm.addLocale(String(tag), JSON.stringify(list), String(options.prefix ?? ''), Boolean(options.fallBack)));
}

/** A locale's whole catalog as Fluent text, every id under `prefix`. */
export function catalog(locale, prefix = '') {
  return wasm.catalog(String(locale), String(prefix));
}
