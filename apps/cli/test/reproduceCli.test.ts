import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { bundledDataDirectory } from '@softdtw/datasets/node';
import { expect, test } from 'vitest';

// Every case fails while parsing options, before anything is read or written.
const main = join(import.meta.dirname, '..', 'src', 'main.ts');

function softdtw(...args: string[]): Promise<{ status: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', '--conditions=@softdtw/source', main, ...args], { encoding: 'utf8', cwd: join(import.meta.dirname, '..') }, (error, stdout, stderr) => {
      resolve({ status: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stderr, stdout });
    });
  });
}

// The cases spawn a process each; run them concurrently to keep the suite fast.
test.concurrent.each([
  [['--repetitions', '0'], /^softdtw: --repetitions: expected an integer >= 1, got "0"\. Example: --repetitions 3\n$/],
  [['--backend', 'gpu'], /^softdtw: --backend: expected one of cpu, got "gpu"\. Example: --backend cpu\n$/],
  [['--data-dir', bundledDataDirectory(), '--datasets', 'GunPoin'], /^softdtw: --datasets: expected names of complete datasets in .*, got "GunPoin"\. Did you mean GunPoint\?\n$/],
  [['--data-dir', join(import.meta.dirname, '..', 'src')], /^softdtw: --data-dir: expected a UCR archive with complete datasets .*found none in .*\n$/],
])('reproduce table3 %j: one line on stderr and exit code 2', async (args, message) => {
  const { status, stderr, stdout } = await softdtw('reproduce', 'table3', ...args);
  expect(stdout).toBe('');
  expect(stderr).toMatch(message);
  expect(status).toBe(2);
}, 30_000);
