// describe keeps its answers: the same input, locale and profile return the same frozen object,
// and a caller cannot change what the next caller gets. (A profile loaded again under its id is
// not answered from the old one: full.test.mjs.)

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { describe } from '../dist/index.js';

test('describe returns the same frozen answer for the same question', () => {
  const first = describe(1006, { locale: 'en' });
  assert.equal(describe(1006, { locale: 'en' }), first);
  assert.equal(describe('1006', { locale: 'en' }), first, 'a number and its digits are one input');
  assert.notEqual(describe(1006, { locale: 'ja' }), first);
  assert.notEqual(describe(1001, { locale: 'en' }), first);
  assert.ok(Object.isFrozen(first));
  assert.ok(Object.isFrozen(first.facts));
  assert.ok(Object.isFrozen(first.facts.sources));
  // Modules are strict: writing to a frozen answer throws instead of changing it.
  assert.throws(() => { first.userMessage = 'changed'; }, TypeError);
  assert.throws(() => { first.facts.sources.push('changed'); }, TypeError);
  assert.equal(describe(1006, { locale: 'en' }).userMessage, first.userMessage);
  // Inputs that differ only where a key could run together stay apart.
  assert.notEqual(describe('1000', { locale: 'en' }), describe('1000', { locale: 'e' }));
  const bad = describe('no-such-code');
  assert.equal(bad.ok, false);
  assert.equal(describe('no-such-code'), bad);
});
