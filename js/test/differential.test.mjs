// The package against the closecode command: for every registered code, every failure id and
// 1,000 other numbers, in every locale, `describe` must say what `closecode show --format json`
// says, field for field.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { describe, failureIds, locales } from '../dist/index.js';
import { cliJson } from './cli.mjs';

/** JavaScript's name for the CLI's field. */
const camel = (key) => key.replace(/_(.)/g, (_, c) => c.toUpperCase());

/** 1,000 numbers in 0..65535 that are not registered codes, spread by a fixed generator. */
function sample(registered) {
  const numbers = new Set();
  let state = 0x2545f491;
  while (numbers.size < 1000) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const n = state % 65536;
    if (!registered.has(n)) numbers.add(n);
  }
  // The ranges' edges, which a sample would rarely hit.
  for (const n of [0, 999, 1016, 2999, 3000, 3999, 4000, 4999, 5000, 65535]) {
    if (!registered.has(n)) numbers.add(n);
  }
  return [...numbers];
}

for (const locale of locales()) {
  test(`describe says what the CLI says, in ${locale}`, () => {
    const reference = cliJson(['list', '--format', 'json', '--lang', locale]);
    const registered = new Set(reference.codes.map((c) => c.code));
    assert.ok(registered.size >= 19, 'the registry has its codes');
    const inputs = [...[...registered].map(String), ...failureIds(), ...sample(registered).map(String)];
    const cli = cliJson(['show', ...inputs, '--format', 'json', '--lang', locale]);
    assert.equal(cli.length, inputs.length);
    let compared = 0;
    inputs.forEach((input, i) => {
      const expected = cli[i];
      const actual = describe(input, { locale });
      assert.equal(actual.ok, true, `${input}: ${actual.message}`);
      for (const [key, value] of Object.entries(expected)) {
        // The page's parts: the example programs, and the summary the page opens with, which
        // links scenario and failure titles in every language (72 KB of wasm gzipped, over the
        // package's budget). The texts the summary is made of are compared one by one.
        if (key === 'examples' || key === 'summary') continue;
        let got;
        if (actual.kind === 'code' && camel(key) in actual.facts) {
          got = actual.facts[camel(key)];
        } else if (actual.kind === 'failure' && key === 'kind') {
          got = actual.failureKind;
        } else {
          got = actual[camel(key)];
        }
        assert.deepEqual(got, value === undefined ? null : value, `${input} in ${locale}: ${key}`);
        compared += 1;
      }
      assert.equal(actual.code, expected.code, `${input}: code`);
      assert.equal(actual.retry, expected.retry, `${input}: retry`);
    });
    assert.ok(compared > inputs.length * 10, `compared ${compared} fields`);
  });
}

test('names in any shipped language and constants name the same code as the CLI', () => {
  const names = ['GOING_AWAY', 'going-away', 'try-again-later', 'http-429'];
  for (const locale of locales()) {
    for (const code of [1001, 1006, 1012]) {
      names.push(describe(code, { locale }).name);
    }
  }
  const cli = cliJson(['show', ...names, '--format', 'json']);
  names.forEach((name, i) => {
    const actual = describe(name);
    assert.equal(actual.ok, true, `${name}: ${actual.message}`);
    assert.equal(actual.code, cli[i].code, name);
    assert.equal(actual.failure, cli[i].failure, name);
  });
});

test('input that names nothing is a value, not an exception, in the locale\'s words', () => {
  const tooLarge = describe(70000, { locale: 'en' });
  assert.equal(tooLarge.ok, false);
  assert.equal(tooLarge.error, 'bad-code');
  assert.match(tooLarge.message, /70000/);
  const typo = describe('try-agian-later');
  assert.equal(typo.ok, false);
  assert.equal(typo.suggestion, 1013);
  assert.equal(typo.kind, 'UnknownName');
  assert.equal(tooLarge.kind, 'TooLarge');
  for (const bad of ['', 'abc', '-1', '01000']) {
    assert.equal(describe(bad).ok, false, bad);
  }
});
