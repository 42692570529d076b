// Locale negotiation: from navigator.languages or an Accept-Language header, with English as
// the fallback, and the default taken from navigator.languages where there is one.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { describe, locales, negotiateLocale } from '../dist/index.js';

test('the shipped locales, and negotiation from a list or a header', () => {
  assert.deepEqual([...locales()].sort(), ['en', 'ja', 'ko']);
  assert.equal(negotiateLocale(['ko-KR', 'en-US']), 'ko');
  assert.equal(negotiateLocale(['fr-FR', 'ja']), 'ja');
  assert.equal(negotiateLocale(['fr-FR', 'de']), 'en');
  assert.equal(negotiateLocale('fr;q=0.9, ja;q=0.8, en;q=0.1'), 'ja');
  assert.equal(negotiateLocale([]), 'en');
  assert.equal(negotiateLocale(undefined), 'en');
  // A region tag picks its language's texts.
  assert.equal(describe(1001, { locale: 'ko-KR' }).locale, 'ko');
});

test('without a locale option, the answer follows navigator.languages', () => {
  const had = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
  Object.defineProperty(globalThis, 'navigator', { value: { languages: ['ja-JP', 'en'] }, configurable: true });
  try {
    assert.equal(describe(1001).locale, 'ja');
  } finally {
    if (had) Object.defineProperty(globalThis, 'navigator', had);
    else delete globalThis.navigator;
  }
  if (!had || !had.value?.languages?.length) assert.equal(describe(1001).locale, 'en');
});
