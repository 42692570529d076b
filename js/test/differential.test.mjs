// The package against the closecode command: for every registered code, every failure id and
// 1,000 other numbers, in every locale, `describe` of both entries must say what `closecode show
// --format json` says, field for field.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import * as core from '../dist/index.js';
import * as full from '../dist/full/index.js';
import { cliJson } from './cli.mjs';

const { describe, failureIds, locales } = core;

// The entries, and whether each has the `summary` of a code or a failure: closecode/full does; the entry
// closecode leaves it out, since its `readNext` links every failure and scenario title in every
// language (70 KB of wasm gzipped, over the entry's budget), and the texts it is made of are
// compared one by one as the other keys.
const ENTRIES = [
  { entry: 'closecode', api: core, summary: false },
  { entry: 'closecode/full', api: full, summary: true },
];

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

/** The CLI's value with JavaScript's names for its keys, as the package gives objects. */
const camelKeys = (value) => {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [camel(k), camelKeys(v)]));
};

for (const { entry, api, summary } of ENTRIES) {
  for (const locale of locales()) {
    test(`${entry}: describe says what the CLI says, in ${locale}`, () => {
      const reference = cliJson(['list', '--format', 'json', '--lang', locale]);
      const registered = new Set(reference.codes.map((c) => c.code));
      assert.ok(registered.size >= 19, 'the registry has its codes');
      const inputs = [...[...registered].map(String), ...failureIds(), ...sample(registered).map(String)];
      const cli = cliJson(['show', ...inputs, '--format', 'json', '--lang', locale]);
      assert.equal(cli.length, inputs.length);
      let compared = 0;
      let summaries = 0;
      inputs.forEach((input, i) => {
        const expected = cli[i];
        const actual = api.describe(input, { locale });
        assert.equal(actual.ok, true, `${input}: ${actual.message}`);
        for (const [key, value] of Object.entries(expected)) {
          // The example programs of the code's page: the site shows them; the package, which
          // answers at run time, ships none.
          if (key === 'examples') continue;
          if (key === 'summary' && !summary) {
            assert.equal('summary' in actual, false, `${input}: ${entry} has no summary`);
            continue;
          }
          let got;
          if (key === 'summary') {
            got = actual.summary;
            summaries += 1;
          } else if (actual.kind === 'code' && camel(key) in actual.facts) {
            got = actual.facts[camel(key)];
          } else if (actual.kind === 'failure' && key === 'kind') {
            got = actual.failureKind;
          } else {
            got = actual[camel(key)];
          }
          const want = key === 'summary' ? camelKeys(value) : value;
          assert.deepEqual(got, want === undefined ? null : want, `${input} in ${locale}: ${key}`);
          compared += 1;
        }
        assert.equal(actual.code, expected.code, `${input}: code`);
        assert.equal(actual.retry, expected.retry, `${input}: retry`);
      });
      assert.ok(compared > inputs.length * 10, `compared ${compared} fields`);
      // Every code and failure has a summary in the CLI's JSON; the entry with summaries gave each.
      if (summary) assert.ok(summaries >= registered.size + 1000, `compared ${summaries} summaries`);
    });
  }
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
