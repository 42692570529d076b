// A bundler building for the browser takes the package as it is: esbuild bundles both entries
// without resolving Node's fs (index.js reaches it only in Node) and keeps the wasm's URL
// beside the module, where the page fetches it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from 'esbuild';

for (const entry of ['dist/index.js', 'dist/full/index.js']) {
  test(`esbuild bundles ${entry} for the browser`, async () => {
    const result = await build({
      entryPoints: [new URL(`../${entry}`, import.meta.url).pathname],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    assert.deepEqual(result.errors, []);
    const code = result.outputFiles[0].text;
    assert.match(code, /closecode_wasm_bg\.wasm/);
    assert.match(code, /import\.meta\.url/);
  });
}
