/**
 * Checks a packed tarball's file list against its manifest: what publint and attw do not look at.
 *
 * - every `exports` target, under every condition (the `@softdtw/source` one included), and
 *   `main`/`types` are in the tarball: the source condition points at `src/*.ts`, which ships
 *   (source maps and declaration maps point there too), so no condition dangles;
 * - no test, bench, fixture, example or config file is published;
 * - `dist/` matches `src/`: no compiled file without its source (stale output of a deleted
 *   module, left because `tsc` never cleans `dist/`), no source without its compiled file (a
 *   failed or partial build);
 * - `sideEffects` is declared, and each of its patterns matches a published file (a typo there
 *   silently lets bundlers drop a registration).
 */
import { basename } from 'node:path';
import type { ExportTarget, PackageManifest } from './PackageManifest.js';

/** Paths that never belong in a published tarball, with the reason shown when one is found. */
const UNPUBLISHABLE: readonly (readonly [RegExp, string])[] = [
  [/\.(test|bench)\.[cm]?[jt]sx?$/, 'a test or bench file'],
  [/(^|\/)__fixtures__\//, 'a test fixture'],
  [/^(test|bench|examples)\//, 'a test, bench or example directory'],
  [/^(tsconfig.*\.json|vitest\.config\.[cm]?[jt]s|eslint\.config\.[cm]?js)$/, 'a build or test config file'],
  [/\.tsbuildinfo$/, 'a TypeScript build cache'],
  [/(^|\/)node_modules\//, 'an installed dependency'],
];

/**
 * Lists what is wrong with a tarball's contents.
 *
 * @param manifest - the packed `package.json`
 * @param files - paths inside the tarball, relative to its `package/` root (`npm pack --json` `files[].path`)
 * @returns one readable line per problem; empty when the tarball is fine
 * @example
 * ```ts
 * tarballProblems({ name: 'a', version: '1.0.0', sideEffects: false, exports: { '.': './dist/index.js' } }, ['package.json', 'README.md']);
 * // ['exports["."] → ./dist/index.js is not in the tarball']
 * ```
 */
export function tarballProblems(manifest: PackageManifest, files: readonly string[]): string[] {
  const published = new Set(files);
  const problems: string[] = [];

  if (!published.has('README.md')) problems.push('README.md is not in the tarball');

  for (const [where, target] of exportTargets(manifest)) {
    const path = target.replace(/^\.\//, '');
    const found = path.includes('*') ? files.some((file) => globToRegExp(path).test(file)) : published.has(path);
    if (!found) problems.push(`${where} → ${target} is not in the tarball`);
  }

  for (const file of files) {
    const reason = UNPUBLISHABLE.find(([pattern]) => pattern.test(file))?.[1];
    if (reason !== undefined) problems.push(`${file} is ${reason}; exclude it in "files"`);
  }

  const sources = files.filter((file) => /^src\/.*\.[cm]?tsx?$/.test(file) && !/\.d\.[cm]?ts$/.test(file));
  if (sources.length > 0) {
    const stem = (file: string, dir: string): string => file.slice(dir.length).replace(/\.[cm]?[jt]sx?$/, '');
    const sourceStems = new Set(sources.map((file) => stem(file, 'src/')));
    const compiled = files.filter((file) => /^dist\/.*\.[cm]?js$/.test(file));
    const compiledStems = new Set(compiled.map((file) => stem(file, 'dist/')));
    for (const file of compiled) {
      if (!sourceStems.has(stem(file, 'dist/'))) problems.push(`${file} has no source in src/ (stale build output?); delete dist/ and build again`);
    }
    for (const file of sources) {
      if (!compiledStems.has(stem(file, 'src/'))) problems.push(`${file} has no compiled dist/ file; did the build fail?`);
    }
  }

  if (manifest.sideEffects === undefined) {
    problems.push('"sideEffects" is not declared; set it to false or list the modules that register things at import');
  } else if (Array.isArray(manifest.sideEffects)) {
    for (const pattern of manifest.sideEffects as readonly string[]) {
      const path = pattern.replace(/^\.\//, '');
      const regExp = globToRegExp(path);
      const matches = path.includes('/') ? files.some((file) => regExp.test(file)) : files.some((file) => regExp.test(basename(file)));
      if (!matches) problems.push(`"sideEffects" entry ${pattern} matches no published file`);
    }
  }
  return problems;
}

/** Every string leaf of `exports` (with where it sits), plus `main` and `types`. */
function exportTargets(manifest: PackageManifest): [string, string][] {
  const out: [string, string][] = [];
  const walk = (where: string, target: ExportTarget | undefined): void => {
    if (typeof target === 'string') out.push([where, target]);
    else if (target !== null && target !== undefined) for (const [key, value] of Object.entries(target)) walk(`${where}[${JSON.stringify(key)}]`, value);
  };
  walk('exports', manifest.exports);
  if (manifest.main !== undefined) out.push(['main', manifest.main]);
  if (manifest.types !== undefined) out.push(['types', manifest.types]);
  return out;
}

/** `*` is one path segment, `**` any number; everything else is literal. */
function globToRegExp(glob: string): RegExp {
  const source = glob
    .split(/(\*\*\/|\*\*|\*|\?)/)
    .map((part) => {
      if (part === '**/') return '(?:.*/)?';
      if (part === '**') return '.*';
      if (part === '*') return '[^/]*';
      if (part === '?') return '[^/]';
      return part.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}
