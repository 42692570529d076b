// Runs examples/site/onclose.js, the browser handler the site shows, in Node against a server
// on 127.0.0.1, for peers/examples.py:
//
//     node peers/example_onclose.js examples/site/onclose.js ws://127.0.0.1:PORT/
//
// The file is loaded as a browser loads a script, into a context whose WebSocket is ws's (the
// same onopen/onmessage/onerror/onclose API and CloseEvent fields: code, reason, wasClean).
// Its console.log lines are printed as `LOG <line>`; each setTimeout prints `DELAY <ms>` and
// runs at once, so the reconnect schedule is checked without waiting for it.
'use strict';

const fs = require('fs');
const vm = require('vm');
const WebSocket = require('ws');

const [file, url] = process.argv.slice(2);
const context = vm.createContext({
  WebSocket,
  console: { log: (line) => process.stdout.write(`LOG ${line}\n`) },
  setTimeout: (callback, ms) => {
    process.stdout.write(`DELAY ${ms}\n`);
    return setTimeout(callback, 0);
  },
  Date,
  Math,
  JSON,
});
vm.runInContext(fs.readFileSync(file, 'utf8'), context, { filename: file });
context.connect(url, (data) => process.stdout.write(`MESSAGE ${data}\n`));
setTimeout(() => process.exit(2), 10000).unref();
