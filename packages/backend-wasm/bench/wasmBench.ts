/**
 * Benchmark of the wasm kernels in ns per DP cell, beside the plain C reference (/work/shared/limit/sdtw_ref.c,
 * compiled here with `cc -O3 -march=native` into a temporary folder) measured in the same run. Not part of
 * `npm test`. Run: `npx tsx --conditions=@softdtw/source bench/wasmBench.ts [--quick]` (or `npm run bench -w
 * @softdtw/backend-wasm`). `runWasmBench()` returns the rows as data for the repository-wide bench.
 *
 * Cases: batch of 1024 pairs n = m = 128, p = 1 (value; value+grad) on 1 thread (in-thread kernel) and on the worker
 * pool; single pairs n = m ∈ {256, 1024, 4096}, p = 1 (value+grad) on one thread (the wavefront). γ = 1.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileKernelModule, instantiateKernels } from '../src/instantiateKernels.js';
import { computeSeriesBatch } from '../src/computeSeriesBatch.js';
import type { SeriesBatchData, SeriesBatchSettings } from '../src/runSeriesBatch.js';
import { WorkerPool } from '../src/WorkerPool.js';

/** One measured row. */
export interface WasmBenchRow {
  /** e.g. 'batch 1024×128 value+grad'. */
  readonly case: string;
  readonly dtype: 'float64' | 'float32';
  /** Threads used (1 = in-thread). */
  readonly threads: number;
  /** Median wall-clock ns per DP cell. */
  readonly nsPerCell: number;
  /** Median process CPU time (all threads) per DP cell: on a loaded machine, the cost without the waiting. */
  readonly cpuNsPerCell: number;
  /** The C reference's ns per cell for the same case (1 thread), or null when unavailable. */
  readonly cNsPerCell: number | null;
  /** nsPerCell / cNsPerCell. */
  readonly ratio: number | null;
}

/** Options of runWasmBench. */
export interface WasmBenchOptions {
  /** Timed repetitions per case (median), default 5. */
  readonly reps?: number;
  /** Skip n = 4096. */
  readonly quick?: boolean;
  /** Pool size, default the available parallelism. */
  readonly threads?: number;
  /** Folder holding sdtw_ref.c and bench_common.h (default: $SOFTDTW_SHARED_DIR/limit or <repo>/../shared/limit). */
  readonly limitDir?: string;
  /** Progress sink (default stderr). */
  readonly log?: (line: string) => void;
}

/** Same generator as the C reference's bench_common.h is not needed: a smooth series with noise, fixed seed. */
function series(length: number, seed: number): Float64Array {
  let state = seed >>> 0;
  return Float64Array.from({ length }, (_, i) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.sin(0.05 * i + seed) + 0.1 * (state / 4294967296 - 0.5);
  });
}

function batchData(pairs: number, n: number): SeriesBatchData {
  const x = new Float64Array(pairs * n);
  const y = new Float64Array(pairs * n);
  for (let k = 0; k < pairs; k++) {
    x.set(series(n, 10 + 2 * k), k * n);
    y.set(series(n, 11 + 2 * k), k * n);
  }
  const starts = Int32Array.from({ length: pairs }, (_, k) => k * n);
  const lengths = new Int32Array(pairs).fill(n);
  return { x, y, xStart: starts, yStart: starts, lengthsX: lengths, lengthsY: lengths };
}

/** Median wall and CPU nanoseconds of `run`. */
async function median(reps: number, warmup: number, run: () => unknown): Promise<{ wall: number; cpu: number }> {
  for (let k = 0; k < warmup; k++) await run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < reps; k++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await run();
    wall.push(Number(process.hrtime.bigint() - t0));
    const c1 = process.cpuUsage(c0);
    cpu.push((c1.user + c1.system) * 1000);
  }
  const mid = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { wall: mid(wall), cpu: mid(cpu) };
}

/** Compiles and runs sdtw_ref; returns ns/cell by C case name, or null with a logged reason. */
function runCReference(limitDir: string, reps: number, log: (line: string) => void): Map<string, number> | null {
  if (!existsSync(join(limitDir, 'sdtw_ref.c'))) {
    log(`C reference skipped: ${join(limitDir, 'sdtw_ref.c')} not found (set SOFTDTW_SHARED_DIR).`);
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'softdtw-wasm-bench-'));
  try {
    for (const file of ['sdtw_ref.c', 'bench_common.h']) copyFileSync(join(limitDir, file), join(dir, file));
    const cc = spawnSync('cc', ['-O3', '-march=native', '-o', 'sdtw_ref', 'sdtw_ref.c', '-lm'], { cwd: dir, encoding: 'utf8' });
    if (cc.status !== 0) {
      log(`C reference skipped: cc failed: ${cc.stderr ?? cc.error?.message}`);
      return null;
    }
    log(`C reference: cc -O3 -march=native sdtw_ref.c -lm; running ./sdtw_ref ${reps} (about a minute) ...`);
    const run = spawnSync(join(dir, 'sdtw_ref'), [String(reps)], { cwd: dir, encoding: 'utf8' });
    const table = new Map<string, number>();
    for (const line of run.stdout.split('\n')) {
      const match = /^(.*?)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s*$/.exec(line);
      if (match !== null) table.set(match[1].trim(), Number(match[4]));
    }
    return table;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Measures the wasm kernels (and the C reference in the same run).
 *
 * @param options - reps, quick, threads, limitDir, log
 * @returns the rows, in the order printed
 * @example
 * ```ts
 * const rows = await runWasmBench({ quick: true });
 * ```
 */
export async function runWasmBench(options: WasmBenchOptions = {}): Promise<WasmBenchRow[]> {
  const reps = options.reps ?? 5;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const threads = options.threads ?? availableParallelism();
  const sharedDir = process.env['SOFTDTW_SHARED_DIR'];
  const limitDir = options.limitDir ?? (sharedDir !== undefined ? join(sharedDir, 'limit') : resolve(import.meta.dirname, '../../../../shared/limit'));
  const c = runCReference(limitDir, reps, log);
  const cFor = (name: string): number | null => c?.get(name) ?? null;

  const kernels = await instantiateKernels();
  const pool = new WorkerPool(await compileKernelModule(), threads);
  const rows: WasmBenchRow[] = [];
  const add = (name: string, dtype: 'float64' | 'float32', used: number, t: { wall: number; cpu: number }, cells: number, cNs: number | null): void => {
    const ns = t.wall / cells;
    rows.push({ case: name, dtype, threads: used, nsPerCell: ns, cpuNsPerCell: t.cpu / cells, cNsPerCell: cNs, ratio: cNs === null ? null : ns / cNs });
    log(`${name} ${dtype} ${used} thread(s): ${ns.toFixed(2)} ns/cell (CPU ${(t.cpu / cells).toFixed(2)})`);
  };
  try {
    const tiny = batchData(2, 4);
    const overhead = await median(21, 3, () => pool.runSeriesBatch(tiny, { p: 1, gamma: 1, radius: Infinity, gradients: true, dtype: 'float64' }));
    log(`pool round trip (2 pairs of 4 × 4): ${(overhead.wall / 1e6).toFixed(2)} ms wall`);
    const batch = batchData(1024, 128);
    const cells = 1024 * 128 * 128;
    for (const gradients of [false, true]) {
      const label = `batch 1024×128 ${gradients ? 'value+grad' : 'value'}`;
      const cNs = cFor(gradients ? 'batch1024x128 cost+fwd+bwd+grad 1thr' : 'batch1024x128 cost+fwd 1thr');
      for (const dtype of ['float64', 'float32'] as const) {
        const settings: SeriesBatchSettings = { p: 1, gamma: 1, radius: Infinity, gradients, dtype };
        add(label, dtype, 1, await median(reps, 1, () => computeSeriesBatch(kernels, batch, settings)), cells, cNs);
        add(label, dtype, threads, await median(reps, 1, () => pool.runSeriesBatch(batch, settings)), cells, cNs);
      }
    }
    for (const n of options.quick === true ? [256, 1024] : [256, 1024, 4096]) {
      const pair = batchData(1, n);
      const runs = n >= 4096 ? Math.min(reps, 3) : reps;
      for (const gradients of [false, true]) {
        const cNs = cFor(gradients ? `cost+fwd+bwd+grad n=${n} p=1` : `cost+fwd n=${n} p=1`);
        for (const dtype of ['float64', 'float32'] as const) {
          const settings: SeriesBatchSettings = { p: 1, gamma: 1, radius: Infinity, gradients, dtype };
          add(`single n=${n} ${gradients ? 'value+grad' : 'value'}`, dtype, 1, await median(runs, 1, () => computeSeriesBatch(kernels, pair, settings)), n * n, cNs);
        }
      }
    }
  } finally {
    pool.dispose();
  }
  return rows;
}

/**
 * The rows as a markdown table.
 *
 * @param rows - from runWasmBench
 * @returns markdown
 */
export function formatWasmBench(rows: readonly WasmBenchRow[]): string {
  const lines = [
    '| case | dtype | threads | wasm ns/cell (wall) | wasm CPU ns/cell | C ns/cell (1 thread, wall) | wasm / C |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const c = r.cNsPerCell === null ? 'n/a' : r.cNsPerCell.toFixed(1);
    const ratio = r.ratio === null ? 'n/a' : r.ratio.toFixed(3);
    lines.push(`| ${r.case} | ${r.dtype} | ${r.threads} | ${r.nsPerCell.toFixed(2)} | ${r.cpuNsPerCell.toFixed(2)} | ${c} | ${ratio} |`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await runWasmBench({ quick: process.argv.includes('--quick') });
  process.stdout.write(`${formatWasmBench(rows)}\n`);
}
