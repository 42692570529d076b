// The Node ws peer for check.py: a server on 127.0.0.1 (an ephemeral port).
//
// It prints `READY <port> <version>` once it listens, then one line per connection:
// `SEEN {"sees": code, "error": null, "accepts": bool, "note": text}`. What the application
// sees is the code of the 'close' event: what closecode predicts as `sees`. `accepts` is
// whether ws took the Close frame without an 'error' event; `note` has the error's message.
// It exits when its standard input closes, and after two minutes whatever happens.
'use strict';

const { WebSocketServer } = require('ws');
const { version } = require('ws/package.json');

const LIFETIME_MS = 120000;

const server = new WebSocketServer({ host: '127.0.0.1', port: 0 }, () => {
  console.log(`READY ${server.address().port} ${version}`);
});

server.on('connection', (ws) => {
  const errors = [];
  ws.on('error', (err) => errors.push(err.message));
  ws.on('close', (code) => {
    const seen = { sees: code, error: null, accepts: errors.length === 0, note: errors.join('; ') };
    console.log(`SEEN ${JSON.stringify(seen)}`);
  });
});

process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
setTimeout(() => process.exit(0), LIFETIME_MS).unref();
