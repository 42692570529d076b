// The entry `closecode/full`: explain and explainLog against `closecode explain --format json`,
// the shipped profiles, an app's own profile and locale with the crate's checks and their
// path:line:col errors, and decodeClose with each peer's reaction.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import * as core from '../dist/index.js';
import {
  addLocale,
  catalog,
  createReconnector,
  decodeClose,
  describe,
  explain,
  explainLog,
  findProfile,
  fromCloseEvent,
  loadProfile,
  profiles,
} from '../dist/full/index.js';
import { cliJson, cliJsonLines } from './cli.mjs';

const LOG = [
  '2026-11-26 starting on port 1006',
  'websocket: close 1006 (abnormal closure): unexpected EOF',
  'server rejected WebSocket connection: HTTP 401',
  "WebSocket connection to 'wss://x/ws' failed: Error in connection establishment: net::ERR_CERT_DATE_INVALID",
  'websocket: close 4400: Invalid message received',
  // A refused code (1014 received, 1002 sent) and a code read from context (no stack).
  'websocket: bad close code 1014',
  'ERROR session ended, close code=4001',
  'nothing here',
].join('\n');

test('explainLog says what `closecode explain --format json` says, line for line', () => {
  for (const locale of ['en', 'ko', 'ja']) {
    const found = explainLog(LOG, { locale });
    const cli = cliJsonLines(['explain', '--format', 'json', '--lang', locale, ...LOG.split('\n')]);
    assert.equal(found.length, cli.length, locale);
    assert.ok(found.length >= 4, `found ${found.length}`);
    found.forEach((line, i) => {
      const expected = cli[i];
      for (const key of ['line', 'who', 'reason', 'stack', 'profile', 'retry', 'confidence', 'received', 'sent']) {
        assert.deepEqual(line[key], expected[key] ?? null, `${locale} line ${i}: ${key}`);
      }
      assert.equal(line.number, expected.number);
      if ('code' in expected) {
        assert.equal(line.kind, 'code');
        assert.equal(line.code, expected.code);
        assert.equal(line.name, expected.name);
      } else if ('failure' in expected) {
        assert.equal(line.kind, 'failure');
        assert.equal(line.id, expected.failure);
        assert.equal(line.name, expected.description);
      } else {
        assert.equal(line.id, expected.id);
      }
      const { number: _, ...one } = line;
      assert.deepEqual(explain(line.line, { locale }), one);
    });
  }
  assert.equal(explain('nothing here'), null);
});

test('the shipped profiles: by id, alias and subprotocol, with their codes\' texts', () => {
  const ids = profiles({ locale: 'ko' }).map((p) => p.id);
  assert.deepEqual(ids.sort(), ['centrifuge', 'discord-gateway', 'graphql-ws', 'obs-websocket', 'twitch-eventsub']);
  assert.equal(findProfile('graphql-transport-ws').id, 'graphql-ws');
  assert.equal(findProfile('no-such-protocol'), null);
  const under = describe(4400, { profile: 'graphql-ws', locale: 'en' });
  assert.equal(under.profileEntry, true);
  assert.equal(under.retry, 'fix-first');
  assert.equal(under.name, 'Bad request');
  assert.notEqual(describe(4400, { locale: 'en' }).name, under.name);
  const closed = fromCloseEvent({ code: 4400, reason: '', wasClean: true }, { profile: 'graphql-ws', locale: 'en' });
  assert.equal(closed.name, 'Bad request');
  const unknown = describe(4400, { profile: 'nope' });
  assert.equal(unknown.ok, false);
  assert.equal(unknown.error, 'unknown-profile');
  // The entry `closecode` has no profiles: it says so instead of answering without one.
  assert.equal(core.describe(4400, { profile: 'graphql-ws' }).error, 'unknown-profile');
  // Nor explain and the rest of closecode/full: an import of them fails when the module loads.
  for (const name of ['explain', 'explainLog', 'profiles', 'findProfile', 'loadProfile', 'addLocale', 'catalog']) {
    assert.equal(name in core, false, name);
  }
});

const TOML = `id = "acme"
name = "Acme Chat"
aliases = []
subprotocols = ["acme.v1"]
sources = ["https://acme.example/docs/close-codes"]
texts = { en = "acme.en.ftl" }

[[code]]
code = 4001
name = "Session expired"
retry = "credentials"
basis = "docs"
source = "https://acme.example/docs/close-codes#4001"
`;
const EN = `profile-acme = Acme's chat protocol.
profile-acme-4001 = Session expired
    .description = The sign-in session ran out.
    .symptom = After a long time without activity.
    .remedy = Sign in again, then reconnect.
    .user = Please sign in again.
`;

test('an app\'s own profile: loaded, used by id, and refused with path:line:col', () => {
  const loaded = loadProfile({ path: 'acme.toml', toml: TOML, texts: [{ locale: 'en', path: 'acme.en.ftl', text: EN }] });
  assert.equal(loaded.ok, true, loaded.message);
  assert.equal(loaded.profile.id, 'acme');
  const answer = fromCloseEvent({ code: 4001, wasClean: true }, { profile: 'acme', locale: 'en' });
  assert.equal(answer.userMessage, 'Please sign in again.');
  assert.equal(answer.retry, 'credentials');
  const reconnect = createReconnector({ profile: 'acme', locale: 'en' });
  assert.equal(reconnect.next({ code: 4001, wasClean: true }).action, 'stop');

  const broken = loadProfile({
    path: 'acme.toml',
    toml: TOML,
    texts: [{ locale: 'en', path: 'acme.en.ftl', text: EN.replace('    .user = Please sign in again.\n', '') }],
  });
  assert.equal(broken.ok, false);
  assert.equal(broken.error, 'check');
  const problem = broken.problems.find((p) => p.path === 'acme.en.ftl');
  assert.ok(problem, JSON.stringify(broken.problems));
  assert.ok(problem.line >= 1 && problem.column >= 1);
  assert.match(problem.message, /^acme\.en\.ftl:\d+:\d+: profile-acme-4001/);
});

test('a profile loaded again under its id is not answered from describe\'s kept answers', () => {
  for (const name of ['Session expired', 'Signed out']) {
    const text = EN.replace('Session expired', name);
    const loaded = loadProfile({ path: 'acme.toml', toml: TOML, texts: [{ locale: 'en', path: 'acme.en.ftl', text }] });
    assert.equal(loaded.ok, true, loaded.message);
    assert.equal(describe(4001, { profile: 'acme', locale: 'en' }).name, name);
  }
});

test('an added locale from Fluent text, checked, then usable like a shipped one', () => {
  const text = catalog('en', 'closecode-').replace(
    'closecode-code-1006 = Abnormal Closure',
    'closecode-code-1006 = Abnormaler Abbruch',
  );
  const added = addLocale('de', [{ path: 'de.ftl', text }], { prefix: 'closecode-' });
  assert.equal(added.ok, true, added.message);
  assert.equal(describe(1006, { locale: added.locale }).name, 'Abnormaler Abbruch');
  const broken = addLocale('fr', [{ path: 'fr.ftl', text: 'closecode-code-1006 = {' }], { prefix: 'closecode-' });
  assert.equal(broken.ok, false);
  assert.match(broken.problems[0].message, /^fr\.ftl:1:\d+:/);
});

test('decodeClose: the payload, its problems and each peer\'s reaction', () => {
  const ok = decodeClose(new Uint8Array([0x03, 0xf4, ...new TextEncoder().encode('deploy')]), { locale: 'en' });
  assert.deepEqual([ok.valid, ok.code, ok.reason, ok.retry], [true, 1012, 'deploy', 'randomized-delay']);
  assert.ok(ok.peers.length > 3 && ok.peers.every((p) => p.accepts === true || p.accepts === false));
  const bad = decodeClose([0x03, 0xee]);
  assert.equal(bad.valid, false);
  assert.equal(bad.failWith, 1002);
  assert.equal(bad.problems[0].kind, 'code-not-allowed');
  const cli = cliJson(['frame', '03ee', '--format', 'json'], { anyStatus: true });
  assert.equal(bad.error, cli.error);
  assert.deepEqual(bad.peers.map((p) => [p.peer, p.sees, p.replies, p.seesError]), cli.peers.map((p) => [p.peer, p.sees, p.replies, p.sees_error]));
});
