// The package in headless Chromium: test/browser/page.html loads dist/index.js as a plain
// module from a local server, opens real WebSockets that this server ends in different ways,
// and posts fromCloseEvent's answers back. A refused upgrade must not be taken for a drop.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { WebSocketServer } from 'ws';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };

function chromium() {
  const found = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (path) => path && existsSync(path),
  );
  assert.ok(found, 'Chromium is not installed (Debian: apt-get install chromium)');
  return found;
}

/** Serves the page and dist/, ends the WebSockets of /ws/<ending>, and hands over the results. */
async function server() {
  let deliver;
  const delivered = new Promise((resolve) => { deliver = resolve; });
  const http = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/results') {
      let body = '';
      req.on('data', (chunk) => { body += chunk; });
      req.on('end', () => { res.end('ok'); deliver(JSON.parse(body)); });
      return;
    }
    const path = new URL(req.url, 'http://x').pathname;
    const file = path === '/' ? join(root, 'test', 'browser', 'page.html') : join(root, normalize(path));
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  const wss = new WebSocketServer({ noServer: true });
  http.on('upgrade', (req, socket, head) => {
    const ending = req.url.replace('/ws/', '');
    if (ending === 'refuse-401') {
      socket.end('HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      setTimeout(() => {
        if (ending === 'close-4000') ws.close(4000, 'bye');
        else if (ending === 'close-1012') ws.close(1012, 'deploy');
        else if (ending === 'no-code') ws.close();
        else ws.terminate();
      }, 20);
    });
  });
  http.listen(0, '127.0.0.1');
  await once(http, 'listening');
  return { http, delivered, port: http.address().port };
}

/** A port nothing listens on: bound, then closed. */
async function closedPort() {
  const tcp = createTcpServer().listen(0, '127.0.0.1');
  await once(tcp, 'listening');
  const { port } = tcp.address();
  tcp.close();
  await once(tcp, 'close');
  return port;
}

test('fromCloseEvent in Chromium: codes, a refused upgrade, a dropped connection', { timeout: 120_000 }, async () => {
  const { http, delivered, port } = await server();
  const profile = mkdtempSync(join(tmpdir(), 'closecode-chromium-'));
  const browser = spawn(chromium(), [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
    `http://127.0.0.1:${port}/?closed=${await closedPort()}`,
  ], { stdio: 'ignore', detached: true });
  try {
    const { results, timings } = await delivered;
    const by = Object.fromEntries(results.map((r) => [r.ending, r]));

    assert.equal(by['close-4000'].answer.by, 'peer');
    assert.equal(by['close-4000'].answer.code, 4000);
    assert.equal(by['close-4000'].answer.reason, 'bye');
    assert.equal(by['close-4000'].answer.retry, 'app-defined');

    assert.equal(by['close-1012'].answer.by, 'peer');
    assert.equal(by['close-1012'].answer.retry, 'randomized-delay');
    assert.equal(by['close-1012'].next.action, 'retry');
    assert.match(by['close-1012'].answer.userMessage, /[\u3040-\u30ff\u4e00-\u9fff]/, 'Japanese');

    assert.equal(by['no-code'].code, 1005);
    assert.equal(by['no-code'].answer.by, 'peer-without-code');

    // The refused upgrade: never opened, 1006, and a failed handshake, not a drop.
    const refused = by['refuse-401'];
    assert.deepEqual([refused.opened, refused.code, refused.wasClean], [false, 1006, false]);
    assert.equal(refused.answer.by, 'handshake');
    assert.notEqual(refused.answer.by, by.drop.answer.by);

    const dropped = by.drop;
    assert.deepEqual([dropped.opened, dropped.code, dropped.wasClean], [true, 1006, false]);
    assert.equal(dropped.answer.by, 'dropped');
    assert.equal(dropped.answer.retry, 'backoff');
    assert.equal(dropped.next.action, 'retry');

    assert.equal(by['no-server'].opened, false);
    assert.equal(by['no-server'].answer.by, 'handshake');

    console.log(`chromium: instantiate ${timings.instantiateMs.toFixed(1)} ms, describe ${timings.firstCall.toFixed(1)} µs on a first call, ${timings.describe.toFixed(2)} µs/call kept, object lookup ${timings.lookup.toFixed(3)} µs/call`);
  } finally {
    // Chromium's helper processes share its process group: end them all before removing the
    // profile they write to.
    const exited = once(browser, 'exit');
    process.kill(-browser.pid, 'SIGTERM');
    await exited;
    http.closeAllConnections?.();
    http.close();
    await new Promise((resolve) => { setTimeout(resolve, 200); });
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
});
