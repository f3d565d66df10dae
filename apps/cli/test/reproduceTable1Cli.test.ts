import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { bundledDataDirectory } from '@softdtw/datasets/node';
import { expect, test } from 'vitest';

// Every case fails while parsing options, before anything is read or written.
const main = join(import.meta.dirname, '..', 'src', 'main.ts');

function softdtw(...args: string[]): { status: number | null; stderr: string; stdout: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=@softdtw/source', main, ...args], { encoding: 'utf8', cwd: join(import.meta.dirname, '..') });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

test.each([
  ['table1', ['--repetitions', 'ten'], /^softdtw: --repetitions: expected an integer >= 1, got "ten"\. Example: --repetitions 3\n$/],
  ['fig7', ['--data-dir', bundledDataDirectory(), '--datasets', 'ECG20'], /^softdtw: --datasets: expected names of complete datasets in .*, got "ECG20"\. Did you mean ECG200\?\n$/],
  ['table2', ['--backend', 'gpu'], /^softdtw: --backend: expected one of cpu, got "gpu"\. Example: --backend cpu\n$/],
])('reproduce %s %j: one line on stderr and exit code 2', (table, args, message) => {
  const { status, stderr, stdout } = softdtw('reproduce', table, ...args);
  expect(stdout).toBe('');
  expect(stderr).toMatch(message);
  expect(status).toBe(2);
}, 30_000);
