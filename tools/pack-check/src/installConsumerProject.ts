/**
 * Creates the consumer project (see consumerProject.ts for why it has a generated lockfile) and
 * runs `npm ci` there, from the npm cache.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumerProject, type Lockfile, type PackedPackage } from './consumerProject.js';
import { PackCheckError } from './PackCheckError.js';
import { runCommand } from './runCommand.js';

/** Options of {@link installConsumerProject}. */
export interface InstallOptions {
  /** `--offline` (fail on a cache miss) instead of `--prefer-offline` (fetch only what the cache lacks). */
  readonly offline: boolean;
  readonly timeoutMs: number;
  /** Third-party packages the READMEs tell users to install too (readmeInstallPackages.ts). */
  readonly extra?: readonly string[];
}

/**
 * Writes `package.json` and `package-lock.json` into `projectDir` and runs `npm ci` there, with
 * lifecycle scripts off (none of our packages has one; third-party ones are not under test).
 *
 * @param workspaceRoot - repository root (its `package-lock.json` pins third-party versions)
 * @param projectDir - an empty directory outside the workspace
 * @param packed - the tarballs to install
 * @param options - offline mode, timeout, and the extra packages the READMEs name
 * @returns how long `npm ci` took, in milliseconds
 * @throws PackCheckError `COMMAND_FAILED` when npm ci fails; `UNRESOLVED_DEPENDENCY` from the lockfile
 * @example
 * ```ts
 * await installConsumerProject('/repo', '/tmp/consumer', packed, { offline: false, timeoutMs: 300_000 });
 * ```
 */
export async function installConsumerProject(workspaceRoot: string, projectDir: string, packed: readonly PackedPackage[], options: InstallOptions): Promise<number> {
  const registryResult = await runCommand('npm', ['config', 'get', 'registry'], { cwd: projectDir, timeoutMs: 30_000 });
  const registry = registryResult.code === 0 && registryResult.stdout.trim() !== '' ? registryResult.stdout.trim() : 'https://registry.npmjs.org/';
  const workspaceLock = JSON.parse(readFileSync(join(workspaceRoot, 'package-lock.json'), 'utf8')) as Lockfile;
  const { packageJson, lockfile } = consumerProject(workspaceLock, packed, registry, options.extra);
  writeFileSync(join(projectDir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  writeFileSync(join(projectDir, 'package-lock.json'), `${JSON.stringify(lockfile, null, 2)}\n`);

  const args = ['ci', options.offline ? '--offline' : '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund'];
  const result = await runCommand('npm', args, { cwd: projectDir, timeoutMs: options.timeoutMs });
  if (result.code !== 0) {
    const hint = /ENOTCACHED/.test(result.stderr) ? ' A tarball is missing from the npm cache: run npm ci at the repository root (or unset SOFTDTW_PACK_CHECK_OFFLINE).' : '';
    throw new PackCheckError('COMMAND_FAILED', `expected npm ${args.join(' ')} in ${projectDir} to exit 0, got ${result.timedOut ? 'a timeout' : result.code}.${hint}\n${result.stderr.slice(-4000)}`);
  }
  return result.durationMs;
}
