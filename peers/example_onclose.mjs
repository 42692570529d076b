// Runs examples/site/onclose.js, the browser module the site shows, in Node against a server on
// 127.0.0.1, for peers/examples.py:
//
//     node --experimental-vm-modules peers/example_onclose.mjs FILE PACKAGE URL LANGUAGE
//
// FILE is a copy of onclose.js, PACKAGE the built npm package's folder (js/dist, from
// `cd js && npm ci && npm run build`), LANGUAGE what the page's navigator.languages says (en, ko,
// ja). The module is linked as a browser links it, in a context of its own that has only a
// browser's globals: its `import ... from 'closecode'` gets the real package (loaded here, in
// Node's own realm, with navigator.languages set), and its WebSocket is ws's (the same
// onopen/onmessage/onerror/onclose API and CloseEvent fields: code, reason, wasClean). Printed:
// `LOG <line>` for each console.log, `SHOW <text>` for what it shows the user, `MESSAGE <data>`,
// `DELAY <ms>` for each setTimeout, which runs at once (the schedule is checked without waiting
// for it), and `OFFER` when it offers the user a retry after giving up, which is then taken.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import WebSocket from 'ws';

const [file, packageDir, url, language] = process.argv.slice(2);
const print = (tag, text) => process.stdout.write(`${tag} ${text}\n`);

// The package answers in the language of navigator.languages, as in a browser.
Object.defineProperty(globalThis, 'navigator', {
  value: { languages: [language] },
  configurable: true,
});
const closecode = await import(pathToFileURL(resolve(packageDir, 'index.js')).href);

const context = vm.createContext({
  WebSocket,
  console: { log: (line) => print('LOG', line) },
  setTimeout: (callback, ms) => {
    print('DELAY', ms);
    return setTimeout(callback, 0);
  },
  navigator: globalThis.navigator,
});
const example = new vm.SourceTextModule(readFileSync(file, 'utf8'), {
  identifier: pathToFileURL(resolve(file)).href,
  context,
});
await example.link((specifier) => {
  if (specifier !== 'closecode') throw new Error(`${file} imports ${specifier}`);
  const names = Object.keys(closecode);
  return new vm.SyntheticModule(names, function setExports() {
    for (const name of names) this.setExport(name, closecode[name]);
  }, { context });
});
await example.evaluate();
example.namespace.connect(url, {
  show: (text) => print('SHOW', text),
  onMessage: (data) => print('MESSAGE', data),
  offerRetry: (retry) => {
    print('OFFER', '');
    retry();
  },
});
setTimeout(() => process.exit(2), 10000).unref();
