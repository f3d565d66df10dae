/**
 * Can each package be published and used on its own? For every non-private package under
 * `packages/` (found, not listed, so new packages are covered as they land):
 *
 * 1. build it (nx, cached) and `npm pack` it into a temporary directory;
 * 2. check the tarball's contents against its manifest (tarballProblems.ts), then publint
 *    (strict) and attw (`esm-only` profile) on the tarball itself;
 * 3. install all tarballs with `npm ci` into a fresh project under os.tmpdir(), outside the
 *    workspace, with third-party versions pinned to the workspace's lockfile and taken from the
 *    npm cache (consumerProject.ts explains why), plus what the READMEs' `npm install` lines
 *    add (readmeInstallPackages.ts);
 * 4. run the package README's quick start there with plain Node and check what it prints
 *    against what the README says it prints (readmeQuickStart.ts), and type-check it against
 *    the installed `.d.ts` as a strict user project would (typecheckReadmeExamples.ts).
 *
 * A package that does not build, pack, install or run fails here; it is never skipped.
 *
 * Environment:
 * - `SOFTDTW_PACK_CHECK_PACKAGES=core,cluster` checks only these (directory or package names)
 *   and the `@softdtw/*` packages they depend on: for working on one package while others are
 *   mid-change. Unset in CI: every package is checked.
 * - `SOFTDTW_PACK_CHECK_OFFLINE=1` installs with `npm ci --offline` (fails on any npm-cache
 *   miss, proving no network is needed); by default `--prefer-offline`, which uses the cache
 *   and fetches only what it lacks.
 * - `SOFTDTW_PACK_CHECK_KEEP=1` keeps the temporary directory and prints its path.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attwProblems, type AttwReport } from '../src/attwProblems.js';
import { buildPackages, type BuildReport } from '../src/buildPackages.js';
import { installConsumerProject } from '../src/installConsumerProject.js';
import { listPublishablePackages, parsePackageFilter } from '../src/listPublishablePackages.js';
import { mapConcurrent } from '../src/mapConcurrent.js';
import { packPackages, type PackResult } from '../src/packPackages.js';
import { publintProblems } from '../src/publintProblems.js';
import { readmeInstallPackages } from '../src/readmeInstallPackages.js';
import { printedOutputMismatch, readmeQuickStart } from '../src/readmeQuickStart.js';
import { runReadmeExample } from '../src/runReadmeExample.js';
import { tarballProblems } from '../src/tarballProblems.js';
import { typecheckReadmeExamples, type TypecheckReport } from '../src/typecheckReadmeExamples.js';

const workspaceRoot = fileURLToPath(new URL('../../../', import.meta.url));
const packages = listPublishablePackages(workspaceRoot, parsePackageFilter(process.env['SOFTDTW_PACK_CHECK_PACKAGES']));
const keep = process.env['SOFTDTW_PACK_CHECK_KEEP'] === '1';

const tempDir = mkdtempSync(join(tmpdir(), 'softdtw-pack-check-'));
const tarballDir = join(tempDir, 'tarballs');
const projectDir = join(tempDir, 'consumer');
let build: BuildReport | undefined;
let packed = new Map<string, PackResult>();
let installFailure: unknown;
const attwReports = new Map<string, Promise<AttwReport>>();
const timings: string[] = [];
const readmeOf = (dir: string): string => (existsSync(join(dir, 'README.md')) ? readFileSync(join(dir, 'README.md'), 'utf8') : '');
/** What the READMEs tell users to `npm install` besides our tarballs (a tfjs backend, Dawn for Node). */
const readmeExtras = [...new Set(packages.flatMap(({ dir }) => readmeInstallPackages(readmeOf(dir))))].filter((name) => !name.startsWith('@softdtw/'));
/**
 * Dawn (the `webgpu` package) needs a Vulkan driver; on machines without a GPU driver the
 * backend-webgpu README tells users to point VK_ICD_FILENAMES at Debian chromium's SwiftShader,
 * as that package's own vitest config does. Done here the same way, when the file exists.
 */
const swiftShaderIcd = '/usr/lib/chromium/vk_swiftshader_icd.json';
const exampleEnv: NodeJS.ProcessEnv = process.env['VK_ICD_FILENAMES'] === undefined && existsSync(swiftShaderIcd) ? { VK_ICD_FILENAMES: swiftShaderIcd } : {};
let typecheckReport: TypecheckReport | undefined;

/** Type-checks every README example at once (one TypeScript program), the first time it is asked for. */
function typecheck(): TypecheckReport {
  if (installFailure !== undefined) throw installFailure;
  if (typecheckReport === undefined) {
    const started = performance.now();
    const examples = packages.flatMap(({ dirName, dir, manifest }) => {
      try {
        return [{ name: dirName, packageName: manifest.name, code: readmeQuickStart(readmeOf(dir)).code }];
      } catch {
        return []; // no example: its own test says so
      }
    });
    typecheckReport = typecheckReadmeExamples(projectDir, examples);
    timings.push(`tsc ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return typecheckReport;
}

beforeAll(async () => {
  mkdirSync(tarballDir);
  mkdirSync(projectDir);
  build = await buildPackages(workspaceRoot, packages, 10 * 60_000);
  timings.push(`build ${(build.durationMs / 1000).toFixed(1)} s`);
  const packStart = performance.now();
  packed = new Map((await packPackages(workspaceRoot, packages, tarballDir)).map((p) => [p.manifest.name, p]));
  timings.push(`pack ${((performance.now() - packStart) / 1000).toFixed(1)} s`);
  // attw is the slow, CPU-bound part: start it now, two at a time, while npm ci runs.
  const reports = mapConcurrent([...packed.values()], 2, (p) => attwProblems(p.tarball, tarballDir));
  [...packed.keys()].forEach((name, i) => {
    const report = reports[i] as Promise<AttwReport>;
    report.catch(() => undefined); // awaited by its own test; this only marks it handled meanwhile
    attwReports.set(name, report);
  });
  try {
    const installMs = await installConsumerProject(workspaceRoot, projectDir, [...packed.values()], {
      offline: process.env['SOFTDTW_PACK_CHECK_OFFLINE'] === '1',
      timeoutMs: 5 * 60_000,
      extra: readmeExtras,
    });
    timings.push(`npm ci ${(installMs / 1000).toFixed(1)} s`);
  } catch (error) {
    installFailure = error;
  }
}, 20 * 60_000);

afterAll(async () => {
  await Promise.allSettled(attwReports.values());
  console.log(`pack-check: ${packages.length} packages; ${timings.join(', ')}${keep ? `; kept ${tempDir}` : ''}`);
  if (!keep) rmSync(tempDir, { recursive: true, force: true }); // ~200 MB of node_modules: can take a while
}, 120_000);

function packedOf(name: string): PackResult {
  const result = packed.get(name);
  if (result === undefined) throw new Error(`${name} was not packed; see the beforeAll error above.`);
  return result;
}

describe.each(packages)('$manifest.name', ({ dirName, dir, manifest }) => {
  it('builds', () => {
    const failed = build?.failed.has(manifest.name) ?? true;
    expect(failed, `nx build of ${manifest.name} failed (or a dependency's did):\n${build?.log.slice(-6000) ?? 'no build ran'}`).toBe(false);
  });

  it('packs every file it exports (source condition included) and none of its tests', () => {
    expect(tarballProblems(manifest, packedOf(manifest.name).files)).toEqual([]);
  });

  it('is clean under publint --strict', async () => {
    expect(await publintProblems(packedOf(manifest.name).tarball)).toEqual([]);
  });

  it('is clean under attw --profile esm-only', async () => {
    packedOf(manifest.name);
    const report = attwReports.get(manifest.name);
    if (report === undefined) throw new Error(`attw did not run for ${manifest.name}`);
    const { ok, output } = await report;
    expect(ok, output).toBe(true);
  });

  it('installs from its tarball outside the workspace and runs its README quick start with the printed numbers', async () => {
    const { code, expected } = readmeQuickStart(readmeOf(dir));
    if (installFailure !== undefined) throw installFailure;
    const result = await runReadmeExample(projectDir, dirName, code, 120_000, exampleEnv);
    timings.push(`${dirName} example ${(result.durationMs / 1000).toFixed(1)} s`);
    const status = result.timedOut ? 'timed out' : `exited ${result.code}`;
    expect(result.code, `README quick start of ${manifest.name} ${status}:\n${result.stderr.slice(-4000)}\nstdout:\n${result.stdout.slice(-2000)}`).toBe(0);
    expect(printedOutputMismatch(expected, result.stdout)).toBeUndefined();
  });

  it('README quick start type-checks against its published .d.ts (strict, NodeNext)', () => {
    readmeQuickStart(readmeOf(dir));
    const report = typecheck();
    const context = report.thirdParty.length === 0 ? '' : `\n(errors in third-party typings, not counted:\n${report.thirdParty.join('\n')})`;
    expect(report.byExample.get(dirName), `type errors in the README example or in ${manifest.name}'s .d.ts${context}`).toEqual([]);
  });
});
