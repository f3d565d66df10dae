/**
 * Writes the `package.json` and `package-lock.json` of a fresh consumer project whose only
 * dependencies are the packed tarballs.
 *
 * Why a generated lockfile: a plain `npm install a.tgz b.tgz` must fetch registry metadata to
 * resolve third-party ranges (`protobufjs` → `@types/node >=13.7.0` → the newest `@types/node`),
 * which an offline machine does not have and which makes the test depend on the day it runs.
 * Instead, each third-party package is pinned to the version the workspace itself installed and
 * tested with: the lockfile entries are copied from the workspace's `package-lock.json`, walking
 * the dependencies (and peers) of each packed package the way Node resolves them there. With
 * `resolved` and `integrity` on every entry, `npm ci` takes each tarball from the npm cache that
 * `npm ci` in the workspace filled, and needs no network.
 */
import { basename } from 'node:path';
import type { PackageManifest } from './PackageManifest.js';
import { PackCheckError } from './PackCheckError.js';

/** One entry of `package-lock.json` (v3) `packages`. */
export interface LockEntry {
  readonly name?: string;
  readonly version?: string;
  readonly resolved?: string;
  readonly integrity?: string;
  readonly link?: boolean;
  readonly dev?: boolean;
  readonly optional?: boolean;
  readonly devOptional?: boolean;
  readonly peer?: boolean;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly peerDependenciesMeta?: Readonly<Record<string, { readonly optional?: boolean }>>;
  readonly [field: string]: unknown;
}

/** `package-lock.json`, lockfileVersion 3. */
export interface Lockfile {
  readonly name?: string;
  readonly version?: string;
  readonly lockfileVersion: number;
  readonly requires?: boolean;
  readonly packages: Readonly<Record<string, LockEntry>>;
}

/** A package packed by `npm pack`. */
export interface PackedPackage {
  readonly manifest: PackageManifest;
  /** Absolute path of the `.tgz`. */
  readonly tarball: string;
  /** `sha512-…` of the tarball, as `npm pack --json` reports it. */
  readonly integrity: string;
}

/** The two files of the consumer project. */
export interface ConsumerProject {
  readonly packageJson: { readonly name: string; readonly version: string; readonly private: true; readonly dependencies: Record<string, string> };
  readonly lockfile: Lockfile;
}

/**
 * Builds the consumer project's manifest and lockfile.
 *
 * @param workspaceLock - the workspace's `package-lock.json`
 * @param packed - every packed package (their `@softdtw/*` dependencies must be among them)
 * @param registry - registry base URL for entries the workspace lockfile stores without `resolved`
 *   (npm's `omit-lockfile-registry-resolved`), e.g. `https://registry.npmjs.org/`
 * @param extra - third-party packages the READMEs tell users to install as well (readmeInstallPackages.ts):
 *   added as direct dependencies, at the version the workspace has
 * @returns `package.json` and `package-lock.json` contents
 * @throws PackCheckError `UNRESOLVED_DEPENDENCY` when a dependency is neither packed nor in the
 *   workspace lockfile (run `npm install` in the workspace)
 * @example
 * ```ts
 * const { lockfile } = consumerProject(workspaceLock, [{ manifest, tarball: '/tmp/x/softdtw-core-0.0.0.tgz', integrity }], 'https://registry.npmjs.org/');
 * Object.keys(lockfile.packages); // ['', 'node_modules/@softdtw/core', 'node_modules/@softdtw/autodiff', ...]
 * ```
 */
export function consumerProject(workspaceLock: Lockfile, packed: readonly PackedPackage[], registry: string, extra: readonly string[] = []): ConsumerProject {
  const lock = workspaceLock.packages;
  const packedByName = new Map(packed.map((p) => [p.manifest.name, p]));
  const registryBase = registry.endsWith('/') ? registry : `${registry}/`;
  const dependencies: Record<string, string> = {};
  const entries: Record<string, LockEntry> = {};
  const pending: { from: string; owner: string; deps: Record<string, string>; optional: ReadonlySet<string> }[] = [];
  // Optional peers are left out, as npm leaves them out; optional dependencies go in when the
  // workspace has them (npm installs them where it can).

  for (const { manifest, tarball, integrity } of packed) {
    dependencies[manifest.name] = `file:${tarball}`;
    entries[`node_modules/${manifest.name}`] = {
      name: manifest.name,
      version: manifest.version,
      resolved: `file:${tarball}`,
      integrity,
      ...(manifest.license === undefined ? {} : { license: manifest.license }),
      ...(manifest.dependencies === undefined ? {} : { dependencies: manifest.dependencies }),
      ...(manifest.optionalDependencies === undefined ? {} : { optionalDependencies: manifest.optionalDependencies }),
      ...(manifest.peerDependencies === undefined ? {} : { peerDependencies: manifest.peerDependencies }),
      ...(manifest.peerDependenciesMeta === undefined ? {} : { peerDependenciesMeta: manifest.peerDependenciesMeta }),
    };
    const link = lock[`node_modules/${manifest.name}`];
    const from = link?.link === true && typeof link.resolved === 'string' ? link.resolved : `node_modules/${manifest.name}`;
    pending.push({ from, owner: manifest.name, deps: runtimeDependencies(manifest), optional: new Set(Object.keys(manifest.optionalDependencies ?? {})) });
  }

  for (const name of extra) {
    if (packedByName.has(name)) continue;
    const at = lock[`node_modules/${name}`] !== undefined ? `node_modules/${name}` : Object.keys(lock).find((path) => path.endsWith(`/node_modules/${name}`));
    const entry = at === undefined ? undefined : lock[at];
    if (at === undefined || entry === undefined || entry.link === true || entry.version === undefined) {
      throw new PackCheckError(
        'UNRESOLVED_DEPENDENCY',
        `a README says npm install ${name}, expected it in the workspace's package-lock.json (so its version is pinned), got nothing. Add it as a devDependency of the package whose README names it.`,
      );
    }
    dependencies[name] = entry.version;
    const target = `node_modules/${name}`;
    if (entries[target] === undefined) {
      entries[target] = consumerEntry(entry, name, registryBase);
      pending.push({ from: at, owner: name, deps: runtimeDependencies(entry), optional: new Set(Object.keys(entry.optionalDependencies ?? {})) });
    }
  }

  while (pending.length > 0) {
    const { from, owner, deps, optional } = pending.shift() as (typeof pending)[number];
    for (const [name, range] of Object.entries(deps)) {
      if (packedByName.has(name)) continue;
      const at = resolveInLock(lock, from, name);
      const entry = at === undefined ? undefined : lock[at];
      if (at === undefined || entry === undefined || entry.link === true) {
        if (optional.has(name)) continue;
        throw new PackCheckError(
          'UNRESOLVED_DEPENDENCY',
          `${owner} depends on ${name}@${range}, expected it packed (an @softdtw/* package under packages/) or installed in the workspace's package-lock.json, got ${
            entry?.link === true ? 'a workspace package that was not packed (is it private?)' : 'neither'
          }. Run npm install at the repository root, or publish ${name}.`,
        );
      }
      const target = relocate(lock, at);
      if (entries[target] !== undefined) continue;
      entries[target] = consumerEntry(entry, name, registryBase);
      pending.push({ from: at, owner: name, deps: runtimeDependencies(entry), optional: new Set(Object.keys(entry.optionalDependencies ?? {})) });
    }
  }

  const name = 'softdtw-pack-check-consumer';
  const version = '0.0.0';
  return {
    packageJson: { name, version, private: true, dependencies },
    lockfile: { name, version, lockfileVersion: 3, requires: true, packages: { '': { name, version, dependencies }, ...entries } },
  };
}

/**
 * Where Node would find `name` when required from the package at lockfile path `from`: its own
 * `node_modules`, then each enclosing package's, up to the root.
 *
 * @param lock - lockfile `packages`
 * @param from - lockfile path of the requiring package (`''`, `packages/core`, `node_modules/a/node_modules/b`)
 * @param name - the required package
 * @returns the lockfile path that provides it, or `undefined`
 * @example
 * ```ts
 * resolveInLock({ 'node_modules/long': { version: '5.3.2' } }, 'node_modules/protobufjs', 'long'); // 'node_modules/long'
 * ```
 */
export function resolveInLock(lock: Readonly<Record<string, LockEntry>>, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base === '' ? '' : `${base}/`}node_modules/${name}`;
    if (lock[candidate] !== undefined) return candidate;
    if (base === '') return undefined;
    const nested = base.lastIndexOf('/node_modules/');
    base = nested >= 0 ? base.slice(0, nested) : '';
  }
}

/** `packages/core/node_modules/x` (nested under a workspace package) moves under that package's install path. */
function relocate(lock: Readonly<Record<string, LockEntry>>, path: string): string {
  const nested = /^((?:packages|apps|tools)\/[^/]+)\/(node_modules\/.*)$/.exec(path);
  if (nested === null) return path;
  const owner = lock[nested[1] as string]?.name;
  return owner === undefined ? path : `node_modules/${owner}/${nested[2] as string}`;
}

function consumerEntry(entry: LockEntry, name: string, registryBase: string): LockEntry {
  const { dev: _dev, devOptional: _devOptional, peer: _peer, ...kept } = entry;
  if (kept.resolved !== undefined || kept.version === undefined) return kept;
  return { ...kept, resolved: `${registryBase}${name}/-/${basename(name)}-${kept.version}.tgz` };
}

/** Dependencies, optional dependencies and required peers: what `npm install` puts in the tree. */
function runtimeDependencies(pkg: Pick<LockEntry, 'dependencies' | 'optionalDependencies' | 'peerDependencies' | 'peerDependenciesMeta'>): Record<string, string> {
  const requiredPeers = Object.entries(pkg.peerDependencies ?? {}).filter(([peer]) => pkg.peerDependenciesMeta?.[peer]?.optional !== true);
  return { ...Object.fromEntries(requiredPeers), ...pkg.optionalDependencies, ...pkg.dependencies };
}
