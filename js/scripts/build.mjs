// Builds the package into dist/: the wasm crate (js/wasm) for wasm32-unknown-unknown, its
// bindings from wasm-bindgen (--target web: an ES module that loads in browsers and, through
// index.js, in Node), index.js and the TypeScript declarations.
//
//   node scripts/build.mjs                 English, Korean and Japanese
//   node scripts/build.mjs --locales en    English alone (the smaller package)
//   node scripts/build.mjs --out DIR       into DIR instead of dist/
//   node scripts/build.mjs --if-missing    nothing if dist/ is already built (npm pack)

import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const out = resolve(root, option('--out', 'dist'));
const locales = option('--locales', 'en,ko,ja').split(',').filter((l) => l !== 'en');

if (args.includes('--if-missing') && existsSync(join(out, 'wasm', 'closecode_wasm_bg.wasm'))) {
  process.exit(0);
}

const run = (command, commandArgs, options = {}) => {
  console.error(`$ ${command} ${commandArgs.join(' ')}`);
  execFileSync(command, commandArgs, { stdio: 'inherit', cwd: root, ...options });
};

// Each locale selection gets its own target directory, so switching does not rebuild the other.
const targetDir = join(root, 'wasm', 'target', locales.length ? locales.join('-') : 'en');
run('cargo', [
  'build',
  '--release',
  '--target', 'wasm32-unknown-unknown',
  '--manifest-path', join(root, 'wasm', 'Cargo.toml'),
  '--target-dir', targetDir,
  '--no-default-features',
  ...(locales.length ? ['--features', locales.join(',')] : []),
]);

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'wasm'), { recursive: true });
run('wasm-bindgen', [
  '--target', 'web',
  '--out-dir', join(out, 'wasm'),
  '--out-name', 'closecode_wasm',
  '--no-typescript',
  join(targetDir, 'wasm32-unknown-unknown', 'release', 'closecode_wasm.wasm'),
]);
for (const file of ['index.js', 'index.d.ts']) {
  copyFileSync(join(root, 'src', file), join(out, file));
}
console.error(`built ${out} (locales: en${locales.map((l) => `,${l}`).join('')})`);
