// The closecode command the differential test compares with: $CLOSECODE_BIN, or the workspace's
// debug build (built here once; its answers are the release build's, and it is the build the
// rest of the test suite warms).

import { execFileSync, spawnSync } from 'node:child_process';
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

/** `closecode <args>`'s standard output, parsed as JSON; `anyStatus` for a command that exits 1
 * after its report (frame on an invalid payload). */
export function cliJson(args, { anyStatus = false } = {}) {
  if (anyStatus) {
    return JSON.parse(spawnSync(cliPath(), args, { encoding: 'utf8' }).stdout);
  }
  const out = execFileSync(cliPath(), args, { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  return JSON.parse(out);
}

/** `closecode <args>`'s standard output as JSON lines (explain), whatever its exit status. */
export function cliJsonLines(args) {
  const result = spawnSync(cliPath(), args, { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
  return result.stdout.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
}
