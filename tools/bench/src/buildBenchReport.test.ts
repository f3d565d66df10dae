import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { benchCases } from './benchCases.js';
import { parseBenchOptions } from './benchOptions.js';
import { buildBenchReport } from './buildBenchReport.js';
import type { CReferenceOutcome } from './cReference.js';
import { formatReportMarkdown } from './formatReportMarkdown.js';
import type { MachineInfo } from './machineInfo.js';
import { parseCReferenceOutput } from './parseCReferenceOutput.js';
import type { OurCaseResult, SkippedCase } from './runOurCases.js';
import type { TargetRun } from './buildBenchReport.js';

const RAW = readFileSync(new URL('./__fixtures__/sdtw_ref-reps1.txt', import.meta.url), 'utf8');
const MACHINE: MachineInfo = {
  cpuModel: 'AMD EPYC',
  logicalCpus: 2,
  totalMemoryGiB: 8,
  loadAverage1m: 0.1,
  nodeVersion: 'v20.20.2',
  v8Version: '11.3',
  os: 'linux 6.1 x64',
  date: '2026-01-01T00:00:00.000Z',
};
const OPTIONS = parseBenchOptions(['--quick']);
const C_OK: CReferenceOutcome = {
  status: 'ok',
  table: parseCReferenceOutput(RAW),
  compileCommand: 'gcc -O3 -march=native -o sdtw_ref sdtw_ref.c -lm',
  compilerVersion: 'gcc 12.2.0',
  rawOutput: RAW,
  wallSeconds: 30,
};

/** Ours = exactly twice the C figure on value rows, three times on value+grad rows. */
function oursAt(factor: (kind: string) => number): OurCaseResult[] {
  const table = parseCReferenceOutput(RAW);
  return benchCases(OPTIONS).map((benchCase) => {
    const cNs = table.rows.find((row) => row.caseName === benchCase.cCaseName)!.nsPerCell;
    const nsPerCell = cNs * factor(benchCase.kind);
    const medianMs = (nsPerCell * benchCase.cells) / 1e6;
    return { benchCase, timings: { samplesMs: [medianMs, medianMs, medianMs], medianMs }, nsPerCell, value: 1.5 };
  });
}
const OURS = oursAt((kind) => (kind.includes('Grad') ? 3 : 2));
/** cpu = OURS; 'fast' = a tenth of it with no pool rows; 'gone' could not start. */
const TARGETS: TargetRun[] = [
  { id: 'cpu', label: 'cpu', results: OURS, wallSeconds: 12 },
  {
    id: 'wasm',
    label: 'wasm f64',
    results: OURS.map((r): OurCaseResult | SkippedCase =>
      r.benchCase.kind.endsWith('AllCores') ? { benchCase: r.benchCase, skipped: 'no pool' } : { ...r, nsPerCell: r.nsPerCell / 10 },
    ),
    wallSeconds: 3,
  },
  { id: 'webgpu', label: 'webgpu', results: null, reason: 'no adapter', wallSeconds: 0.1 },
];

describe('buildBenchReport', () => {
  test('joins each case with its C row by name; ratio = ours / C', () => {
    const report = buildBenchReport({ command: 'npm run bench -- --quick', machine: MACHINE, options: OPTIONS, c: C_OK, targets: TARGETS, loadAverage1mAtEnd: 1.2, training: [] });
    expect(report.rows).toHaveLength(12);
    const row = report.rows.find((r) => r.label === 'value+grad n=1024 p=8')!;
    expect(row.cNsPerCell).toBe(C_OK.status === 'ok' ? C_OK.table.rows.find((r) => r.caseName === 'cost+fwd+bwd+grad n=1024 p=8')!.nsPerCell : NaN);
    expect(row.results['cpu']).toMatchObject({ ratio: expect.closeTo(3, 12) });
    expect(row.results['wasm']).toMatchObject({ ratio: expect.closeTo(0.3, 12) });
    expect(row.results['webgpu']).toBeUndefined();
    expect(report.rows.at(-1)!.results['wasm']).toEqual({ skipped: 'no pool' });
    expect(report.targets.map((t) => [t.id, t.status, t.reason])).toEqual([['cpu', 'ok', undefined], ['wasm', 'ok', undefined], ['webgpu', 'unavailable', 'no adapter']]);
    expect(report.cReference).toMatchObject({ status: 'ok', rawOutput: RAW });
  });

  test('without C: null C figures and ratios, the reason kept', () => {
    const report = buildBenchReport({ command: 'x', machine: MACHINE, options: OPTIONS, c: { status: 'unavailable', reason: 'no gcc' }, targets: TARGETS, loadAverage1mAtEnd: 1.2, training: [] });
    expect(report.rows.every((r) => r.cNsPerCell === null && Object.values(r.results).every((cell) => 'skipped' in cell || cell.ratio === null))).toBe(true);
    expect(report.cReference).toEqual({ status: 'unavailable', reason: 'no gcc' });
  });
});

describe('formatReportMarkdown', () => {
  test('records machine, command and settings, prints the table and geometric-mean ratios', () => {
    const markdown = formatReportMarkdown(
      buildBenchReport({ command: 'npm run bench -- --quick', machine: MACHINE, options: OPTIONS, c: C_OK, targets: TARGETS, loadAverage1mAtEnd: 1.2, training: [] }),
    );
    expect(markdown).toContain('- machine: AMD EPYC, 2 logical CPUs');
    expect(markdown).toContain('Node v20.20.2');
    expect(markdown).toContain('2026-01-01T00:00:00.000Z');
    expect(markdown).toContain('`npm run bench -- --quick`');
    expect(markdown).toContain('median of ≥ 3 runs after warm-up (ours: single pairs with n ≤ 1024 until ≥ 250 ms of timed runs)'); // no n = 4096 in --quick
    expect(markdown).toContain('| case | C ns/cell | cpu ns/cell (÷ C) | wasm f64 ns/cell (÷ C) |');
    expect(markdown).toMatch(/\| value n=256 p=1 \| [\d.]+ \| [\d.]+ \(2\.00×\) \| [\d.]+ \(0\.20×\) \|/);
    expect(markdown).toMatch(/\| batch 1024×128 p=1 value, all cores \| [\d.]+ \| [\d.]+ \(2\.00×\) \| — \|/);
    expect(markdown).toContain('cpu value 2.00×, value+grad 3.00×; wasm f64 value 0.20×, value+grad 0.30×');
    expect(markdown).toContain('webgpu unavailable (no adapter)');
  });

  test('without C: n/a in the table, the reason in the header, no geometric mean', () => {
    const markdown = formatReportMarkdown(
      buildBenchReport({ command: 'x', machine: MACHINE, options: OPTIONS, c: { status: 'unavailable', reason: 'gcc missing' }, targets: TARGETS, loadAverage1mAtEnd: 1.2, training: [] }),
    );
    expect(markdown).toContain('- C reference: unavailable: gcc missing');
    expect(markdown).toMatch(/\| value n=256 p=1 \| n\/a \| [\d.]+ \(n\/a\) \| [\d.]+ \(n\/a\) \|/);
    expect(markdown).not.toContain('Geometric-mean');
  });

  test('warns when the machine was busy (load above half the CPUs at start, or that plus our own process at the end)', () => {
    const render = (start: number, end: number): string =>
      formatReportMarkdown(
        buildBenchReport({ command: 'x', machine: { ...MACHINE, loadAverage1m: start }, options: OPTIONS, c: C_OK, targets: TARGETS, loadAverage1mAtEnd: end, training: [] }),
      );
    expect(render(0.1, 1.2)).not.toContain('Busy machine');
    expect(render(1.5, 1.2)).toContain('**Busy machine:** the 1-minute load was 1.5 at the start and 1.2 at the end on 2 logical CPUs');
    expect(render(0.1, 2.6)).toContain('Busy machine');
  });

  test('prints the pool scaling table with efficiency, and flags rows whose 1-thread time moved', () => {
    // cpu's 1-thread batch rows stand in for a pooled backend's (OURS: 2× / 3× C).
    const plain = buildBenchReport({ command: 'x', machine: MACHINE, options: OPTIONS, c: C_OK, targets: TARGETS, loadAverage1mAtEnd: 1.2, training: [] });
    const tableMs = (kind: string): number => {
      const cell = plain.rows.find((r) => r.kind === kind)!.results['cpu']!;
      if ('skipped' in cell) throw new Error('expected a timed cpu row');
      return (cell.nsPerCell * 1024 * 128 * 128) / 1e6;
    };
    const row = (kind: 'value' | 'value+grad', oneThreadMs: number) => ({
      target: 'cpu',
      label: 'cpu',
      kind,
      threads: 2,
      oneThreadMs,
      allCoresMs: oneThreadMs / 1.8,
      speedup: 1.8,
      machineSpeedup: 1.9,
      rounds: [[oneThreadMs, oneThreadMs / 1.8, 1.9] as const],
    });
    const scaling = [row('value', tableMs('batchValue') * 1.1), row('value+grad', tableMs('batchValueAndGrad') * 2)];
    const markdown = formatReportMarkdown(buildBenchReport({ command: 'x', machine: MACHINE, options: OPTIONS, c: C_OK, targets: TARGETS, loadAverage1mAtEnd: 1.2, training: [], scaling }));
    expect(markdown).toContain('### Pool scaling: all cores ÷ 1 thread');
    expect(markdown).toMatch(/\| cpu \| value \| [\d.]+ \| [\d.]+ \| 1\.80× \| 1\.90× \| 95 % \|/);
    expect(markdown).not.toContain('**Disturbed:** cpu value:');
    expect(markdown).toContain('**Disturbed:** cpu value+grad: the 1-thread call took');
  });
});
