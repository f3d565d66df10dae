import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runBench, type BenchEnvironment } from './runBench.js';
import type { SoftDtwApi } from './runOurCases.js';
import type { BenchTarget } from './benchTargets.js';
import type { BenchTargetId } from './benchTargetIds.js';

// Instant stand-ins: this test covers the orchestration (flags, C fallback, backends that cannot start, files, output), not speed.
const FAKE_API: SoftDtwApi = {
  softDtw: () => 1,
  softDtwValueAndGrad: () => ({ value: 1 }),
  softDtwBatch: (xs) => xs.map(() => 1),
  softDtwBatchValueAndGrad: (xs) => ({ values: xs.map(() => 1) }),
};
const fake = (id: BenchTargetId, register: BenchTarget['register'] = async () => true): BenchTarget => ({ id, label: id, backend: 'cpu', register, api: FAKE_API });
const FAKE_TARGETS: Record<BenchTargetId, BenchTarget> = {
  cpu: fake('cpu'),
  wasm: fake('wasm'),
  'wasm-f32': fake('wasm-f32', async () => 'wasm-f32: not here'),
  tfjs: fake('tfjs', async () => {
    throw new Error('tfjs: broken install');
  }),
  webgpu: fake('webgpu'),
};

let scratch: string;
let out: string;
let err: string;
let io: BenchEnvironment;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'softdtw-bench-run-'));
  out = '';
  err = '';
  io = {
    repoRoot: join(scratch, 'main'),
    benchDir: join(scratch, 'main', 'tools', 'bench'),
    env: { SOFTDTW_SHARED_DIR: join(scratch, 'no-shared-here') },
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    command: 'npm run bench -- --quick',
  };
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

describe('runBench', () => {
  test('without the C reference: warns, still prints our numbers with n/a ratios, writes latest.md and latest.json', async () => {
    expect(await runBench(FAKE_TARGETS, ['--quick', '--reps', '1', '--no-training'], io)).toBe(0);
    expect(err).toContain('C reference not found');
    expect(err).toContain('ratio column "n/a"');
    expect(out).toMatch(/\| value\+grad n=1024 p=8 \| n\/a \| [\d.]+ \(n\/a\) \| [\d.]+ \(n\/a\) \| [\d.]+ \(n\/a\) \|/);
    expect(err).toContain('wasm-f32: unavailable — wasm-f32: not here');
    expect(out).toContain('tfjs unavailable (tfjs: broken install)');
    const resultsDir = join(io.benchDir, 'results');
    expect(readFileSync(join(resultsDir, 'latest.md'), 'utf8')).toBe(out);
    const json = JSON.parse(readFileSync(join(resultsDir, 'latest.json'), 'utf8')) as { rows: unknown[]; cReference: { status: string } };
    expect(json.rows).toHaveLength(12);
    expect(json.cReference.status).toBe('unavailable');
  });

  test('--json prints the JSON report instead of markdown', async () => {
    expect(await runBench(FAKE_TARGETS, ['--quick', '--reps', '1', '--json', '--no-training', '--backends', 'cpu'], io)).toBe(0);
    const report = JSON.parse(out) as { command: string; machine: { nodeVersion: string } };
    expect(report.command).toBe('npm run bench -- --quick');
    expect(report.machine.nodeVersion).toBe(process.version);
  });

  test('a bad flag exits 2 with the usage on stderr and measures nothing', async () => {
    expect(await runBench(FAKE_TARGETS, ['--reps', 'lots'], io)).toBe(2);
    expect(err).toContain('--reps');
    expect(err).toContain('Usage:');
    expect(out).toBe('');
  });

  test('--help prints the usage', async () => {
    expect(await runBench(FAKE_TARGETS, ['--help'], io)).toBe(0);
    expect(out).toContain('--quick');
  });
});
