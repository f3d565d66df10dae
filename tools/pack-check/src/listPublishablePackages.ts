/**
 * Finds the packages to publish: every directory under `packages/` whose `package.json` is not
 * `"private": true`. Nothing is hard-coded, so a package that lands later is checked too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackageManifest } from './PackageManifest.js';
import { PackCheckError } from './PackCheckError.js';

/** One publishable workspace package. */
export interface WorkspacePackage {
  /** Directory name under `packages/`, e.g. `'core'`. */
  readonly dirName: string;
  /** Absolute path of the package directory. */
  readonly dir: string;
  /** Its `package.json`, as on disk. */
  readonly manifest: PackageManifest;
}

/**
 * Lists the non-private packages under `<workspaceRoot>/packages/`, sorted by directory name.
 *
 * @param workspaceRoot - absolute path of the repository root
 * @param only - directory names (`core`) or package names (`@softdtw/core`) to keep; the
 *   `@softdtw/*` packages they depend on (dependencies and peers) are kept too, since the
 *   tarballs cannot be installed without them. `undefined` keeps every package.
 * @returns the packages, sorted by directory name
 * @throws PackCheckError `BAD_MANIFEST` for an unreadable `package.json`, `UNKNOWN_PACKAGE` for a
 *   name in `only` that is not a publishable package
 * @example
 * ```ts
 * listPublishablePackages('/repo', ['cluster']).map((p) => p.dirName); // ['autodiff', 'cluster', 'core', 'datasets', 'optim']
 * ```
 */
export function listPublishablePackages(workspaceRoot: string, only?: readonly string[]): WorkspacePackage[] {
  const packagesDir = join(workspaceRoot, 'packages');
  const all: WorkspacePackage[] = [];
  for (const entry of readdirSync(packagesDir, { withFileTypes: true })) {
    const manifestPath = join(packagesDir, entry.name, 'package.json');
    if (!entry.isDirectory() || !existsSync(manifestPath)) continue;
    const manifest = readManifest(manifestPath);
    if (manifest.private === true) continue;
    all.push({ dirName: entry.name, dir: join(packagesDir, entry.name), manifest });
  }
  all.sort((a, b) => a.dirName.localeCompare(b.dirName));
  if (only === undefined) return all;

  const byName = new Map(all.flatMap((p) => [[p.dirName, p] as const, [p.manifest.name, p] as const]));
  const kept = new Set<WorkspacePackage>();
  const pending = only.map((name) => {
    const found = byName.get(name);
    if (found === undefined) {
      throw new PackCheckError(
        'UNKNOWN_PACKAGE',
        `expected a publishable package under packages/ (directory or package name), got '${name}'. Known: ${all.map((p) => p.dirName).join(', ')}.`,
      );
    }
    return found;
  });
  while (pending.length > 0) {
    const next = pending.pop() as WorkspacePackage;
    if (kept.has(next)) continue;
    kept.add(next);
    for (const dep of Object.keys({ ...next.manifest.dependencies, ...next.manifest.peerDependencies })) {
      const sibling = byName.get(dep);
      if (sibling !== undefined) pending.push(sibling);
    }
  }
  return all.filter((p) => kept.has(p));
}

/**
 * Parses `SOFTDTW_PACK_CHECK_PACKAGES` (comma- or space-separated names) into a filter.
 *
 * @param value - the variable's value, or `undefined` when unset
 * @returns the names, or `undefined` (check everything) when unset or blank
 * @example
 * ```ts
 * parsePackageFilter('core, cluster'); // ['core', 'cluster']
 * ```
 */
export function parsePackageFilter(value: string | undefined): string[] | undefined {
  const names = (value ?? '').split(/[\s,]+/).filter((name) => name !== '');
  return names.length === 0 ? undefined : names;
}

function readManifest(path: string): PackageManifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new PackCheckError('BAD_MANIFEST', `expected valid JSON in ${path}, got: ${(error as Error).message}. Fix the file.`);
  }
  const manifest = parsed as Partial<PackageManifest>;
  if (typeof manifest.name !== 'string' || typeof manifest.version !== 'string') {
    throw new PackCheckError('BAD_MANIFEST', `expected "name" and "version" strings in ${path}, got ${JSON.stringify({ name: manifest.name, version: manifest.version })}. Add them.`);
  }
  return manifest as PackageManifest;
}
