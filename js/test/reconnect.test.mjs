// The reconnect helper in a real loop: a `ws` server on 127.0.0.1 ends each connection the way
// the script says (a code, a dropped TCP connection, a refused upgrade), and the client
// reconnects with the delays `createReconnector` gives, through setTimeout, until it says stop.

import assert from 'node:assert/strict';
import { once } from 'node:events';
import { test } from 'node:test';
import WebSocket, { WebSocketServer } from 'ws';

import { countdown, createReconnector, describe } from '../dist/index.js';
import { cliJson } from './cli.mjs';

/** A server that ends attempt n as `script[n]` says (past its end: 1000); `seen.count` counts
 * the attempts, refused ones included. */
async function server(script) {
  const seen = { count: 0 };
  const steps = [];
  const wss = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    verifyClient: (_info, done) => {
      const step = script[seen.count] ?? { code: 1000 };
      seen.count += 1;
      if (step.refuse) return done(false, step.refuse);
      steps.push(step);
      return done(true);
    },
  });
  wss.on('connection', (socket) => {
    const step = steps.shift();
    setTimeout(() => {
      if (step.drop) socket.terminate();
      else socket.close(step.code, step.reason ?? '');
    }, 5);
  });
  await once(wss, 'listening');
  return { wss, seen, url: `ws://127.0.0.1:${wss.address().port}/` };
}

/** Connects until the reconnector says stop or give up; returns every step it answered. */
function loop(url, reconnector) {
  return new Promise((resolve) => {
    const steps = [];
    const connect = () => {
      let openedAt = null;
      const socket = new WebSocket(url);
      socket.on('error', () => {});
      socket.on('open', () => {
        openedAt = Date.now();
      });
      socket.on('close', (code, reason) => {
        const opened = openedAt !== null;
        const event = { code, reason: reason.toString(), wasClean: opened && code !== 1006 };
        const next = reconnector.next(event, { opened, stayedUpMs: opened ? Date.now() - openedAt : 0 });
        steps.push(next);
        if (next.action === 'retry') setTimeout(connect, next.delayMs);
        else resolve(steps);
      });
    };
    connect();
  });
}

test('the client reconnects with the crate\'s answers until a close says stop', async () => {
  const script = [
    { code: 1012, reason: 'deploy' },
    { code: 1013 },
    { drop: true },
    { refuse: 503 },
    { code: 1001 },
    { code: 1008, reason: 'banned' },
    { code: 1000 },
  ];
  const { wss, seen, url } = await server(script);
  // Delays at a thousandth of the schedule: the same decisions, in milliseconds.
  const reconnector = createReconnector({ locale: 'en', scale: 0.001, seed: 7 });
  const steps = await loop(url, reconnector);
  wss.close();
  assert.deepEqual(steps.map((s) => s.action), ['retry', 'retry', 'retry', 'retry', 'retry', 'stop']);
  assert.equal(seen.count, 6, 'no connection after the stop');
  assert.deepEqual(steps.map((s) => s.by), ['peer', 'peer', 'dropped', 'handshake', 'peer', 'peer']);
  assert.deepEqual(steps.map((s) => s.code), [1012, 1013, 1006, 1006, 1001, 1008]);
  steps.forEach((step, i) => {
    if (step.by === 'peer') assert.equal(step.retry, describe(step.code).retry, `close ${i}`);
    if (step.action === 'retry') {
      assert.ok(step.delayMs >= 0 && step.delayMs < 1000, `delay ${step.delayMs}`);
      assert.equal(step.countdown, countdown(step.delayMs, { locale: 'en' }));
    }
  });
  assert.equal(steps[0].reason, 'deploy');
  assert.equal(steps[5].retry, 'credentials');
  assert.ok(steps[5].userMessage.length > 0);
});

test('a dropped connection is retried ten times, then given up, and starts over once stable', () => {
  const reconnector = createReconnector({ locale: 'ko', seed: 1 });
  const dropped = { code: 1006, wasClean: false };
  const delays = [];
  for (let attempt = 1; attempt <= 10; attempt += 1) {
    const next = reconnector.next(dropped);
    assert.equal(next.action, 'retry');
    assert.equal(next.attempt, attempt);
    delays.push(next.delayMs);
  }
  assert.ok(delays[9] > delays[0], `backoff grows: ${delays}`);
  const last = reconnector.next(dropped);
  assert.equal(last.action, 'give-up');
  assert.equal(last.attempt, 10);
  // What to tell the user now is closecode's message for giving up, in the reconnector's
  // language: not the close's own message, which promises another attempt.
  assert.equal(last.giveUpMessage, cliJson(['retry', '1006', '--format', 'json', '--lang', 'ko']).give_up_message);
  assert.match(last.giveUpMessage, /시도를 멈췄습니다/);
  // A connection that stayed up an hour resets the schedule.
  const again = reconnector.next(dropped, { stayedUpMs: 3_600_000 });
  assert.equal(again.action, 'retry');
  assert.equal(again.attempt, 1);
  assert.match(again.countdown, /다시 연결합니다/);
  reconnector.reset();
  assert.equal(reconnector.next(dropped).attempt, 1);
  reconnector.free();
});

test('the countdown is in the locale\'s words, in whole seconds rounded up', () => {
  assert.equal(countdown(12_300, { locale: 'en' }), 'Reconnecting in 13 seconds.');
  assert.equal(countdown(1_000, { locale: 'en' }), 'Reconnecting in 1 second.');
  assert.equal(countdown(0, { locale: 'ko' }), '지금 다시 연결합니다.');
});

test('a mistake in the reconnector\'s options is a TypeError that names it', () => {
  assert.throws(() => createReconnector({ profile: 'no-such-profile' }), (err) => err instanceof TypeError && /no-such-profile/.test(err.message));
  assert.throws(() => createReconnector({ unknownCodes: 'later' }), (err) => err instanceof TypeError && /later/.test(err.message));
  // An answer for codes nobody gave a meaning: 4401 then reconnects instead of stopping.
  const reconnect = createReconnector({ unknownCodes: 'backoff', seed: 2 });
  assert.equal(reconnect.next({ code: 4401, wasClean: true }).action, 'retry');
  assert.equal(createReconnector({ seed: 2 }).next({ code: 4401, wasClean: true }).action, 'stop');
});
