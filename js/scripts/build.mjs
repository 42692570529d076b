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

// Each entry's files: [source in src/, name in the entry's folder]. The declarations and
// load.js are copied as written (load.js's comments tell bundlers to leave Node's fs alone);
// the other JavaScript files, and wasm-bindgen's glue, are minified by esbuild (a
// devDependency): 3 KB gzipped less, what a page loads. The sources in src/ are the readable
// form; the declarations carry the documentation.
const shared = [['load.js', 'load.js'], ['shared.js', 'shared.js']];
const entries = [
  { dir: out, features: [], files: [...shared, ['index.js', 'index.js'], ['index.d.ts', 'index.d.ts']] },
  ...(args.includes('--core-only')
    ? []
    : [{
        dir: join(out, 'full'),
        features: ['explain', 'profiles', 'files', 'summary'],
        // full.js re-exports the core's functions from core.js, the entry `closecode`'s index.js.
        files: [...shared, ['index.js', 'core.js'], ['full.js', 'index.js'], ['full.d.ts', 'index.d.ts']],
      }]),
];

/** Minifies the JavaScript module `from` into `to` (the same file when they are equal). */
const minify = (from, to) => run(join(root, 'node_modules', '.bin', 'esbuild'), [
  from, '--minify', '--format=esm', '--target=es2020', '--log-level=warning', `--outfile=${to}`, '--allow-overwrite',
]);

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
  const wasmFile = join(entry.dir, 'wasm', 'closecode_wasm_bg.wasm');
  run(join(root, 'node_modules', '.bin', 'wasm-opt'), [
    '-Oz',
    '--converge',
    // The features rustc's wasm32-unknown-unknown output uses; wasm-opt adds no others.
    '--enable-bulk-memory',
    '--enable-nontrapping-float-to-int',
    '--enable-sign-ext',
    '--enable-mutable-globals',
    wasmFile,
    '-o', wasmFile,
  ]);
  minify(join(entry.dir, 'wasm', 'closecode_wasm.js'), join(entry.dir, 'wasm', 'closecode_wasm.js'));
  for (const [source, name] of entry.files) {
    if (source.endsWith('.d.ts') || source === 'load.js') {
      copyFileSync(join(root, 'src', source), join(entry.dir, name));
    } else {
      minify(join(root, 'src', source), join(entry.dir, name));
    }
  }
}
console.error(`built ${out} (locales: en${locales.map((l) => `,${l}`).join('')})`);
