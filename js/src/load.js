// Loads the wasm beside this file, once, for both entries; shipped as written (the build
// minifies the other files), since its comments tell bundlers to leave Node's fs alone.

import init, * as wasm from './wasm/closecode_wasm.js';

// Load the wasm beside this file: read it from disk in Node (its fetch cannot read file: URLs),
// fetch it elsewhere. `new URL(..., import.meta.url)` is the form bundlers recognise; the
// specifier of Node's fs module is a variable with ignore hints, so that bundlers building for
// a browser leave it alone instead of failing to resolve it.
const wasmUrl = new URL('./wasm/closecode_wasm_bg.wasm', import.meta.url);
const inNode = typeof process === 'object' && Boolean(process.versions && process.versions.node);
if (inNode && wasmUrl.protocol === 'file:') {
  const fsModule = 'node:fs/promises';
  const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ fsModule);
  await init({ module_or_path: await readFile(wasmUrl) });
} else {
  await init({ module_or_path: wasmUrl });
}

export { wasm };
