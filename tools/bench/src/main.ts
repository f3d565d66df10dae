/**
 * Entry point of `npm run bench` (nx target `@softdtw/bench:bench`): times the public API of
 * `@softdtw/core` on every backend beside the plain C reference. Run through tsx with the `@softdtw/source`
 * condition, so it needs no build. See README.md for the columns and how to read them.
 */
import { resolve } from 'node:path';
import { benchTargets } from './benchTargets.js';
import { runBench } from './runBench.js';

const benchDir = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const viaNpm = process.env['npm_lifecycle_event'] === 'bench';
const command = viaNpm ? `npm run bench${argv.length > 0 ? ` -- ${argv.join(' ')}` : ''}` : `tsx src/main.ts ${argv.join(' ')}`.trimEnd();

process.exitCode = await runBench(benchTargets(), argv, {
  repoRoot: resolve(benchDir, '..', '..'),
  benchDir,
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  command,
});
