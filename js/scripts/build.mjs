// Builds the package into dist/, in two entries:
//
// * dist/ (`closecode`): what a page needs when its socket closes: describe, fromCloseEvent,
//   the reconnector, decodeClose, locale negotiation; small enough for every page;
// * dist/full/ (`closecode/full`): the same plus explain and explainLog, the shipped protocol
//   profiles, and an app's own profiles and locales from TOML and Fluent text (their checks),
//   for Node, tools and pages that need them.
//
// Each is the wasm crate (js/wasm) built for wasm32-unknown-unknown with its features, its
// bindings from wasm-bindgen (--target web: an ES module that loads in browsers and, through
// index.js, in Node), index.js and the TypeScript declarations.
//
//   node scripts/build.mjs                 English, Korean and Japanese
//   node scripts/build.mjs --locales en    English alone (the smaller package)
//   node scripts/build.mjs --out DIR       into DIR instead of dist/
//   node scripts/build.mjs --core-only     without dist/full (the size script's English build)
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

const entries = [
  { dir: out, features: [], source: 'index' },
  ...(args.includes('--core-only') ? [] : [{ dir: join(out, 'full'), features: ['explain', 'profiles', 'files'], source: 'full' }]),
];

rmSync(out, { recursive: true, force: true });
for (const entry of entries) {
  const features = [...locales, ...entry.features];
  // Each selection gets its own target directory, so switching does not rebuild the other.
  const targetDir = join(root, 'wasm', 'target', features.length ? features.join('-') : 'en');
  run('cargo', [
    'build',
    '--release',
    '--target', 'wasm32-unknown-unknown',
    '--manifest-path', join(root, 'wasm', 'Cargo.toml'),
    '--target-dir', targetDir,
    '--no-default-features',
    ...(features.length ? ['--features', features.join(',')] : []),
  ]);
  mkdirSync(join(entry.dir, 'wasm'), { recursive: true });
  run('wasm-bindgen', [
    '--target', 'web',
    '--out-dir', join(entry.dir, 'wasm'),
    '--out-name', 'closecode_wasm',
    '--no-typescript',
    // Function names are for debuggers; without them the wasm is 8 KB smaller gzipped.
    '--remove-name-section',
    '--remove-producers-section',
    join(targetDir, 'wasm32-unknown-unknown', 'release', 'closecode_wasm.wasm'),
  ]);
  copyFileSync(join(root, 'src', 'index.js'), join(entry.dir, 'index.js'));
  copyFileSync(join(root, 'src', `${entry.source}.d.ts`), join(entry.dir, 'index.d.ts'));
}
console.error(`built ${out} (locales: en${locales.map((l) => `,${l}`).join('')})`);
