/**
 * Builds packages with nx (`build` dependsOn `^build`, cached), and says which builds failed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { WorkspacePackage } from './listPublishablePackages.js';
import { isolatedEnvironment, runCommand } from './runCommand.js';

/** The outcome of {@link buildPackages}. */
export interface BuildReport {
  /**
   * Package names whose build failed, or did not run because the build of an `@softdtw/*`
   * package they depend on failed (their `dist/` may be stale).
   */
  readonly failed: ReadonlySet<string>;
  /** nx's output, for the failure message. */
  readonly log: string;
  readonly durationMs: number;
}

/**
 * Runs `nx run-many -t build -p <names>` at the workspace root. When this test itself runs under
 * nx, its target depends on these builds, so they are already done and this is all cache hits.
 *
 * @param workspaceRoot - repository root
 * @param packages - the packages to build
 * @param timeoutMs - give up after this long
 * @returns the failed package names and nx's output
 * @example
 * ```ts
 * const { failed } = await buildPackages('/repo', listPublishablePackages('/repo'), 600_000); // failed.size === 0
 * ```
 */
export async function buildPackages(workspaceRoot: string, packages: readonly WorkspacePackage[], timeoutMs: number): Promise<BuildReport> {
  const names = packages.map((p) => p.manifest.name);
  const nxManifest = createRequire(join(workspaceRoot, 'package.json')).resolve('nx/package.json');
  const nxBin = (JSON.parse(readFileSync(nxManifest, 'utf8')) as { bin: { nx: string } }).bin.nx;
  const nx = join(dirname(nxManifest), nxBin);
  const args = [nx, 'run-many', '-t', 'build', '-p', names.join(','), '--output-style=static'];
  const env = { ...isolatedEnvironment(), NX_DAEMON: 'false', NX_TUI: 'false' };
  const result = await runCommand(process.execPath, args, { cwd: workspaceRoot, env, timeoutMs });
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.code === 0) return { failed: new Set(), log, durationMs: result.durationMs };

  const listed = [...log.matchAll(/^\s*- (\S+):build\s*$/gm)].map((m) => m[1] as string).filter((name) => names.includes(name));
  // A crash or a timeout lists nothing: then no build can be trusted.
  if (listed.length === 0 || result.timedOut) return { failed: new Set(names), log, durationMs: result.durationMs };
  const failed = new Set(listed);
  for (let grew = true; grew; ) {
    grew = false;
    for (const { manifest } of packages) {
      const deps = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
      if (!failed.has(manifest.name) && deps.some((dep) => failed.has(dep))) {
        failed.add(manifest.name);
        grew = true;
      }
    }
  }
  return { failed, log, durationMs: result.durationMs };
}
