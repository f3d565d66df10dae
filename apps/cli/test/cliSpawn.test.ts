/**
 * The CLI as a user runs it: a separate Node process (tsx on the sources), checked for its exit
 * code and for one-line errors on stderr with nothing on stdout.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');
const main = join(root, 'src', 'main.ts');
const fixture = (name: string): string => join(import.meta.dirname, 'fixtures', name);

function softdtw(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', '--conditions=@softdtw/source', main, ...args],
      { encoding: 'utf8', cwd: root, env: { ...process.env, SOFTDTW_BACKEND: '', ...env } },
      (error, stdout, stderr) => resolve({ status: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr }),
    );
  });
}

// Each spawn starts Node and transpiles the sources (seconds on a loaded 2-core machine): the many
// other error cases run in-process in commands.test.ts and src/input/readSeriesInput.test.ts.
test.concurrent.each([
  ['wrong file', ['cluster', 'no/such/file.tsv', '--k', '2'], /^softdtw: file: no such file "no\/such\/file\.tsv"\. Pass a UCR \.tsv, a \.csv or a \.json file/],
  ['missing column', ['cluster', fixture('tiny.csv'), '--k', '2', '--label-column', 'species'], /^softdtw: .*tiny\.csv: missing column "species": the header has "class", "t0", /],
  ['unknown backend', ['bench', '--backend', 'gpu'], /^softdtw: --backend: expected one of auto, cpu, wasm, tfjs, webgpu, got "gpu"\. Example: --backend cpu\n$/],
])('%s: one line on stderr, nothing on stdout, exit code 2', async (_name, args, message) => {
  const { status, stdout, stderr } = await softdtw(args);
  expect(stderr).toMatch(message);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stdout).toBe('');
  expect(status).toBe(2);
}, 180_000);

test.concurrent('success: JSON on stdout, exit code 0', async () => {
  const { status, stdout, stderr } = await softdtw(['distance', '0,1,2,3', '0,2,3', '--gamma', '0', '--json']);
  expect(stderr).toBe('');
  expect(status).toBe(0);
  expect(JSON.parse(stdout)).toMatchObject({ command: 'distance', gamma: 0, backend: 'cpu', pairs: [{ softDtw: 1, dtw: 1, divergence: 1 }] });
}, 180_000);

test.concurrent('--help: every command listed, exit codes documented, exit code 0', async () => {
  const { status, stdout } = await softdtw(['--help']);
  expect(status).toBe(0);
  for (const command of ['distance', 'barycenter', 'cluster', 'classify', 'forecast', 'bench', 'reproduce', 'demo']) expect(stdout).toMatch(new RegExp(`\\n  ${command} `));
  expect(stdout).toMatch(/Exit codes: 0 success, 1 runtime failure .*2 usage or input error/s);
}, 180_000);

test.concurrent('a backend that cannot start: one line with its reason, exit code 1, no fallback', async () => {
  // No Vulkan driver at all: Dawn finds no adapter (also on a machine with a GPU).
  const { status, stdout, stderr } = await softdtw(['distance', '0,1', '1,2', '--backend', 'webgpu'], { VK_ICD_FILENAMES: '/nonexistent/icd.json' });
  const ours = stderr.trimEnd().split('\n').filter((line) => line.startsWith('softdtw: '));
  expect(ours).toHaveLength(1);
  expect(ours[0]).toMatch(/^softdtw: --backend webgpu: .*\. Use --backend cpu \(always available\) or --backend auto\.$/);
  expect(stdout).toBe('');
  expect(status).toBe(1);
}, 180_000);
