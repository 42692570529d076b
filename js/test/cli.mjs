// The closecode command the differential test compares with: $CLOSECODE_BIN, or the workspace's
// debug build (built here once; its answers are the release build's, and it is the build the
// rest of the test suite warms).

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

let built;

/** The path of the closecode binary. */
export function cliPath() {
  if (process.env.CLOSECODE_BIN) return process.env.CLOSECODE_BIN;
  if (!built) {
    execFileSync('cargo', ['build', '-p', 'closecode-cli'], { cwd: repo, stdio: 'inherit' });
    const target = process.env.CARGO_TARGET_DIR ?? join(repo, 'target');
    built = join(target, 'debug', process.platform === 'win32' ? 'closecode.exe' : 'closecode');
    if (!existsSync(built)) throw new Error(`no closecode binary at ${built}`);
  }
  return built;
}

/** `closecode <args>`'s standard output, parsed as JSON. */
export function cliJson(args) {
  const out = execFileSync(cliPath(), args, { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  return JSON.parse(out);
}
