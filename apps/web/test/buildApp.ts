/**
 * buildApp: the built app for the browser test. It reuses `apps/web/dist` when that build is
 * newer than every file it is built from (the app's sources and config, and the sources and
 * manifests of the workspace packages it bundles); otherwise it runs Vite's JS API into
 * `test-output/dist`, never into `dist`, so a test run cannot race an `nx build` writing there.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** apps/web */
export const APP_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Screenshots and the test's own build go here (git-ignored). */
export const TEST_OUTPUT = join(APP_ROOT, 'test-output');

const REPO_ROOT = join(APP_ROOT, '..', '..');
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', '.nx', 'test-output']);

/**
 * Newest modification time (ms) of the files under `path` (a file or a directory).
 *
 * @param path - file or directory
 * @returns the newest mtime, 0 when the path does not exist
 * @example
 * newestMtime('apps/web/src');
 */
export function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (SKIPPED_DIRECTORIES.has(entry)) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Everything a build of the app depends on. */
function buildInputs(): string[] {
  const packages = join(REPO_ROOT, 'packages');
  const packageInputs = readdirSync(packages).flatMap((name) => ['src', 'package.json', 'data'].map((part) => join(packages, name, part)));
  return [join(APP_ROOT, 'src'), join(APP_ROOT, 'index.html'), join(APP_ROOT, 'vite.config.ts'), join(APP_ROOT, 'package.json'), ...packageInputs];
}

/**
 * Returns a directory holding a fresh build of the app, building it when needed.
 *
 * @returns absolute path of the directory to serve, and whether it was built now
 * @example
 * const { directory } = await builtApp();
 */
export async function builtApp(): Promise<{ directory: string; built: boolean; ms: number }> {
  const started = performance.now();
  const dist = join(APP_ROOT, 'dist');
  const stamp = newestMtime(join(dist, 'index.html'));
  if (stamp > 0 && stamp > Math.max(...buildInputs().map(newestMtime))) {
    return { directory: dist, built: false, ms: performance.now() - started };
  }
  const outDir = join(TEST_OUTPUT, 'dist');
  await build({
    configFile: join(APP_ROOT, 'vite.config.ts'),
    root: APP_ROOT,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return { directory: outDir, built: true, ms: performance.now() - started };
}
