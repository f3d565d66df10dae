/**
 * Benchmark of the single-pair wavefront kernels (src/wavefront.ts) in ns per DP cell, beside the plain C reference
 * (/work/shared/limit/sdtw_ref.c, compiled here with `cc -O3 -march=native` into a temporary folder) from the same
 * run. Not part of `npm test`. Run: `npx tsx --conditions=@softdtw/source bench/wavefrontBench.ts [--quick]`.
 *
 * Three parts, each returned as data by {@link runWavefrontBench}:
 * 1. single pair n = m ∈ {256, 1024, 4096}, p ∈ {1, 8}, γ = 1: value ("fwd") and value+gradient ("full"), float64
 *    and float32, medians of wall-clock time AND of process CPU time (the shared machine is often oversubscribed:
 *    CPU time is what one core spends; wall time includes waiting). The C reference is timed both ways too (its
 *    bench_common.h compiled once with CLOCK_MONOTONIC, once with CLOCK_PROCESS_CPUTIME_ID);
 * 2. the size threshold: one pair n = m ∈ {4 … 256}, value+gradient, on the wavefront, on the lanes = pairs kernels
 *    (runSeriesBatch with one pair) and on @softdtw/core's cpu kernel (CPU time per call);
 * 3. accuracy at n = m = 4096, p ∈ {1, 8}: the float64 wavefront against the cpu kernel, float32 against float64.
 */
import { softDtwSeriesValueAndGrad } from '@softdtw/core/cpu';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { instantiateKernels } from '../src/instantiateKernels.js';
import { runSeriesBatch } from '../src/runSeriesBatch.js';
import type { WasmKernels } from '../src/WasmKernels.js';
import { wavefrontSoftDtw, type WavefrontDtype } from '../src/wavefront.js';

/** One timed single-pair case. */
export interface WavefrontBenchRow {
  readonly n: number;
  readonly p: number;
  readonly dtype: WavefrontDtype;
  /** 'fwd' = value only, 'full' = value + gradients w.r.t. x and y. */
  readonly mode: 'fwd' | 'full';
  /** Median wall-clock ns per cell. */
  readonly wallNsPerCell: number;
  /** Median process-CPU ns per cell. */
  readonly cpuNsPerCell: number;
  /** The C reference (wall, CPU) for the same n, p and mode, or null when it could not be built. */
  readonly cWallNsPerCell: number | null;
  readonly cCpuNsPerCell: number | null;
}

/** One row of the threshold sweep: CPU µs per call. */
export interface WavefrontThresholdRow {
  readonly n: number;
  readonly dtype: WavefrontDtype;
  readonly wavefrontUs: number;
  readonly lanesUs: number;
  readonly cpuKernelUs: number;
}

/** Accuracy at one size: the float64 wavefront against the cpu kernel, float32 against float64. */
export interface WavefrontAccuracyRow {
  readonly n: number;
  readonly p: number;
  /** float64 wavefront vs cpu kernel: |Δvalue| / |value|. */
  readonly f64ValueError: number;
  /** float64 wavefront vs cpu kernel: max|ΔgradX| / max|gradX|. */
  readonly f64GradError: number;
  /** float32 vs float64 wavefront: |Δvalue| / |value|. */
  readonly f32ValueError: number;
  /** float32 vs float64 wavefront: max|ΔgradX| / max|gradX|. */
  readonly f32GradError: number;
}

/** Everything the bench measured. */
export interface WavefrontBenchResult {
  readonly rows: WavefrontBenchRow[];
  readonly threshold: WavefrontThresholdRow[];
  readonly accuracy: WavefrontAccuracyRow[];
}

/** Options of runWavefrontBench. */
export interface WavefrontBenchOptions {
  /** Skip n = 4096 and the float32 accuracy part. */
  readonly quick?: boolean;
  /** Folder holding sdtw_ref.c and bench_common.h (default: $SOFTDTW_SHARED_DIR/limit or <repo>/../shared/limit). */
  readonly limitDir?: string;
  /** Progress sink (default stderr). */
  readonly log?: (line: string) => void;
}

/** A smooth series with noise, fixed seed (n × p row-major). */
function series(length: number, p: number, seed: number): Float64Array {
  let state = seed >>> 0;
  return Float64Array.from({ length: length * p }, (_, k) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.sin(0.05 * Math.floor(k / p) + seed + k % p) + 0.3 * (state / 4294967296 - 0.5);
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid]);
}

/** Median wall and CPU nanoseconds of `run` over `reps` timed calls (after one warm-up call). */
function time(run: () => void, reps: number): { wallNs: number; cpuNs: number } {
  run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < reps; r++) {
    const cpu0 = process.cpuUsage();
    const wall0 = process.hrtime.bigint();
    run();
    wall.push(Number(process.hrtime.bigint() - wall0));
    const used = process.cpuUsage(cpu0);
    cpu.push((used.user + used.system) * 1e3);
  }
  return { wallNs: median(wall), cpuNs: median(cpu) };
}

type CTimes = Map<string, number>;

/** Builds and runs sdtw_ref twice (wall clock, process CPU clock); keys 'fwd n=… p=…' / 'full n=… p=…'. */
function runCReference(limitDir: string, log: (line: string) => void): { wall: CTimes; cpu: CTimes } | null {
  if (!existsSync(join(limitDir, 'sdtw_ref.c'))) {
    log(`wavefrontBench: no C reference at ${limitDir} (set SOFTDTW_SHARED_DIR); C columns left empty`);
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'wavefront-bench-'));
  try {
    const times = { wall: new Map<string, number>(), cpu: new Map<string, number>() };
    for (const clock of ['wall', 'cpu'] as const) {
      copyFileSync(join(limitDir, 'sdtw_ref.c'), join(dir, 'sdtw_ref.c'));
      const header = readFileSync(join(limitDir, 'bench_common.h'), 'utf8');
      writeFileSync(join(dir, 'bench_common.h'), clock === 'wall' ? header : header.replaceAll('CLOCK_MONOTONIC', 'CLOCK_PROCESS_CPUTIME_ID'));
      const build = spawnSync('cc', ['-O3', '-march=native', '-o', join(dir, 'sdtw_ref'), join(dir, 'sdtw_ref.c'), '-lm'], { encoding: 'utf8' });
      if (build.status !== 0) {
        log(`wavefrontBench: cc failed (${build.stderr.trim()}); C columns left empty`);
        return null;
      }
      log(`wavefrontBench: running sdtw_ref 3 (${clock} clock) …`);
      const run = spawnSync(join(dir, 'sdtw_ref'), ['3'], { encoding: 'utf8' });
      for (const line of run.stdout.split('\n')) {
        const match = /^cost\+fwd(\+bwd\+grad)? n=(\d+) p=(\d+)\s+\S+\s+\S+\s+(\S+)/.exec(line);
        if (match !== null) times[clock].set(`${match[1] === undefined ? 'fwd' : 'full'} n=${match[2]} p=${match[3]}`, Number(match[4]));
      }
    }
    return times;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function defaultLimitDir(): string {
  const shared = process.env['SOFTDTW_SHARED_DIR'];
  if (shared !== undefined) return join(shared, 'limit');
  return resolve(fileURLToPath(new URL('../../../../shared/limit', import.meta.url)));
}

function singlePairRows(kernels: WasmKernels, quick: boolean, c: { wall: CTimes; cpu: CTimes } | null, log: (line: string) => void): WavefrontBenchRow[] {
  const rows: WavefrontBenchRow[] = [];
  for (const p of [1, 8])
    for (const n of quick ? [256, 1024] : [256, 1024, 4096]) {
      const x = series(n, p, 1);
      const y = series(n, p, 2);
      const reps = n >= 4096 ? 5 : n >= 1024 ? 9 : 21;
      for (const dtype of ['float64', 'float32'] as const)
        for (const mode of ['fwd', 'full'] as const) {
          const { wallNs, cpuNs } = time(() => wavefrontSoftDtw(kernels, x, n, y, n, p, 1, Infinity, mode === 'full', dtype), reps);
          const key = `${mode} n=${n} p=${p}`;
          const row: WavefrontBenchRow = {
            n,
            p,
            dtype,
            mode,
            wallNsPerCell: wallNs / (n * n),
            cpuNsPerCell: cpuNs / (n * n),
            cWallNsPerCell: c?.wall.get(key) ?? null,
            cCpuNsPerCell: c?.cpu.get(key) ?? null,
          };
          log(`  ${key} ${dtype}: wall ${row.wallNsPerCell.toFixed(2)}, cpu ${row.cpuNsPerCell.toFixed(2)} ns/cell`);
          rows.push(row);
        }
    }
  return rows;
}

function thresholdRows(kernels: WasmKernels): WavefrontThresholdRow[] {
  const rows: WavefrontThresholdRow[] = [];
  for (const n of [4, 8, 12, 16, 24, 32, 48, 64, 128, 256]) {
    const x = series(n, 1, 3);
    const y = series(n, 1, 4);
    const data = { x, y, xStart: Int32Array.of(0), yStart: Int32Array.of(0), lengthsX: Int32Array.of(n), lengthsY: Int32Array.of(n) };
    const calls = Math.max(1, Math.round(20000 / n));
    const perCall = (run: () => void): number => time(() => { for (let k = 0; k < calls; k++) run(); }, 7).cpuNs / calls / 1e3;
    for (const dtype of ['float64', 'float32'] as const) {
      rows.push({
        n,
        dtype,
        wavefrontUs: perCall(() => wavefrontSoftDtw(kernels, x, n, y, n, 1, 1, Infinity, true, dtype)),
        lanesUs: perCall(() => runSeriesBatch(kernels, data, { p: 1, gamma: 1, radius: Infinity, gradients: true, dtype })),
        cpuKernelUs: perCall(() => softDtwSeriesValueAndGrad(x, n, y, n, 1, 1, Infinity, null)),
      });
    }
  }
  return rows;
}

function normwiseError(a: Float64Array, b: Float64Array): number {
  let diff = 0;
  let scale = 0;
  for (let k = 0; k < b.length; k++) {
    diff = Math.max(diff, Math.abs(a[k] - b[k]));
    scale = Math.max(scale, Math.abs(b[k]));
  }
  return diff / scale;
}

function accuracyRows(kernels: WasmKernels): WavefrontAccuracyRow[] {
  const rows: WavefrontAccuracyRow[] = [];
  for (const p of [1, 8]) {
    const n = 4096;
    const x = series(n, p, 5);
    const y = series(n, p, 6);
    const f64 = wavefrontSoftDtw(kernels, x, n, y, n, p, 1, Infinity, true, 'float64');
    const f32 = wavefrontSoftDtw(kernels, x, n, y, n, p, 1, Infinity, true, 'float32');
    const cpu = softDtwSeriesValueAndGrad(x, n, y, n, p, 1, Infinity, null);
    rows.push({
      n,
      p,
      f64ValueError: Math.abs(f64.value - cpu.value) / Math.abs(cpu.value),
      f64GradError: normwiseError(f64.gradX!, cpu.gradX),
      f32ValueError: Math.abs(f32.value - f64.value) / Math.abs(f64.value),
      f32GradError: normwiseError(f32.gradX!, f64.gradX!),
    });
  }
  return rows;
}

/**
 * Runs the three parts of the wavefront benchmark.
 *
 * @param options - quick, limitDir, log
 * @returns the measured rows (see the interfaces above)
 * @example
 * ```ts
 * const { rows } = await runWavefrontBench({ quick: true });
 * ```
 */
export async function runWavefrontBench(options: WavefrontBenchOptions = {}): Promise<WavefrontBenchResult> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const kernels = await instantiateKernels();
  const c = runCReference(options.limitDir ?? defaultLimitDir(), log);
  log('wavefrontBench: single pairs …');
  const rows = singlePairRows(kernels, options.quick ?? false, c, log);
  log('wavefrontBench: threshold sweep …');
  const threshold = thresholdRows(kernels);
  const accuracy = options.quick ? [] : accuracyRows(kernels);
  return { rows, threshold, accuracy };
}

/**
 * Formats the result as three Markdown tables.
 *
 * @param result - from runWavefrontBench
 * @returns Markdown text
 * @example
 * ```ts
 * console.log(formatWavefrontBench(await runWavefrontBench()));
 * ```
 */
export function formatWavefrontBench(result: WavefrontBenchResult): string {
  const f = (v: number | null): string => (v === null ? '—' : v.toFixed(2));
  const lines = [
    '| case | dtype | wasm wall | C wall | C / wasm | wasm CPU | C CPU | C / wasm |',
    '|---|---|---|---|---|---|---|---|',
    ...result.rows.map(
      (r) =>
        `| ${r.mode} n=${r.n} p=${r.p} | ${r.dtype} | ${f(r.wallNsPerCell)} | ${f(r.cWallNsPerCell)} | ` +
        `${r.cWallNsPerCell === null ? '—' : (r.cWallNsPerCell / r.wallNsPerCell).toFixed(1) + '×'} | ${f(r.cpuNsPerCell)} | ` +
        `${f(r.cCpuNsPerCell)} | ${r.cCpuNsPerCell === null ? '—' : (r.cCpuNsPerCell / r.cpuNsPerCell).toFixed(1) + '×'} |`,
    ),
    '',
    '| n = m (p = 1, value+grad) | dtype | wavefront µs | lanes = pairs µs | cpu kernel µs |',
    '|---|---|---|---|---|',
    ...result.threshold.map((r) => `| ${r.n} | ${r.dtype} | ${f(r.wavefrontUs)} | ${f(r.lanesUs)} | ${f(r.cpuKernelUs)} |`),
  ];
  if (result.accuracy.length > 0) {
    lines.push(
      '',
      '| n = m, p, γ = 1 | float64 vs cpu: value | gradX | float32 vs float64: value | gradX |',
      '|---|---|---|---|---|',
    );
    const e = (v: number): string => v.toExponential(1);
    for (const r of result.accuracy)
      lines.push(`| ${r.n}, ${r.p} | ${e(r.f64ValueError)} | ${e(r.f64GradError)} | ${e(r.f32ValueError)} | ${e(r.f32GradError)} |`);
  }
  return lines.join('\n');
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await runWavefrontBench({ quick: process.argv.includes('--quick') });
  console.log(formatWavefrontBench(result));
}
