/**
 * Are the Types Wrong? (`@arethetypeswrong/cli`) on a packed tarball, with the `esm-only`
 * profile: the packages are ESM-only on purpose (STYLE.md: no legacy CJS builds), so the
 * `node10` and `node16 (from CJS)` resolutions are not checked; every other rule is.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runCommand } from './runCommand.js';

/** The outcome of {@link attwProblems}. */
export interface AttwReport {
  /** `true` when attw found no problem under the `esm-only` profile. */
  readonly ok: boolean;
  /** attw's report (ascii), for the failure message. */
  readonly output: string;
}

/**
 * Runs `attw <tarball> --profile esm-only --format ascii`.
 *
 * @param tarball - path of a `.tgz` from `npm pack`
 * @param cwd - working directory (the tarball's directory)
 * @returns whether it passed, and its report
 * @example
 * ```ts
 * (await attwProblems('/tmp/tarballs/softdtw-core-0.0.0.tgz', '/tmp/tarballs')).ok; // true
 * ```
 */
export async function attwProblems(tarball: string, cwd: string): Promise<AttwReport> {
  const require = createRequire(import.meta.url);
  const cli = join(dirname(require.resolve('@arethetypeswrong/cli/package.json')), 'dist', 'index.js');
  const result = await runCommand(process.execPath, [cli, tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color', '--no-emoji'], { cwd, timeoutMs: 120_000 });
  return { ok: result.code === 0, output: `${result.stdout}\n${result.stderr}`.trim() };
}
