/**
 * ns per DP cell of the tfjs series-batch kernel on tfjs's cpu and wasm backends: a batch of 64
 * pairs, n = m = 128, p = 1, γ = 1, value and value + gradient (median of `reps` timed calls
 * after one warm-up; wall clock and process CPU time), beside the plain C reference
 * (/work/shared/limit/sdtw_ref.c, compiled into a temporary folder) from the same run.
 * Not part of `npm test`. Run: `npm run bench -w @softdtw/backend-tfjs` (args: reps, default 5).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { SeriesBatchAttrs, SeriesBatchInputs } from '@softdtw/core';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { tfjsSeriesBatchKernel } from '../src/seriesBatchKernels.js';
import { createTfjsSoftDtwBackend } from '../src/TfjsSoftDtwBackend.js';

const PAIRS = 64;
const LENGTH = 128;
const reps = Number(process.argv[2] ?? 5);

function batch(): SeriesBatchInputs {
  let state = 12345;
  const wave = (k: number) =>
    Array.from({ length: LENGTH }, (_, i) => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return Math.sin(0.05 * i + k) + 0.1 * (state / 4294967296 - 0.5);
    });
  const starts = Int32Array.from({ length: PAIRS }, (_, k) => k * LENGTH);
  const lengths = new Int32Array(PAIRS).fill(LENGTH);
  return {
    x: Float64Array.from(Array.from({ length: PAIRS }, (_, k) => wave(2 * k)).flat()),
    y: Float64Array.from(Array.from({ length: PAIRS }, (_, k) => wave(2 * k + 1)).flat()),
    xStart: starts,
    yStart: starts,
    lengthsX: lengths,
    lengthsY: lengths,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => void): { wall: number; cpu: number } {
  run();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let k = 0; k < reps; k++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    run();
    walls.push((performance.now() - t0) * 1e6);
    const used = process.cpuUsage(cpu0);
    cpus.push((used.user + used.system) * 1e3);
  }
  const cells = PAIRS * LENGTH * LENGTH;
  return { wall: median(walls) / cells, cpu: median(cpus) / cells };
}

function cReference(): { value: string; grad: string } {
  const limit = resolve(process.env['SOFTDTW_SHARED_DIR'] ?? resolve(import.meta.dirname, '../../../../shared'), 'limit');
  if (!existsSync(join(limit, 'sdtw_ref.c'))) return { value: 'n/a', grad: 'n/a' };
  const dir = mkdtempSync(join(tmpdir(), 'sdtw-ref-'));
  try {
    const binary = join(dir, 'sdtw_ref');
    const built = spawnSync('cc', ['-O3', '-march=native', '-o', binary, join(limit, 'sdtw_ref.c'), '-lm'], { encoding: 'utf8' });
    if (built.status !== 0) return { value: 'n/a', grad: 'n/a' };
    const out = spawnSync(binary, [String(Math.max(3, reps))], { encoding: 'utf8' }).stdout;
    const batchLines = out.split('\n').filter((line) => /batch/i.test(line));
    const last = (line: string | undefined) => line?.trim().split(/\s+/).at(-1) ?? 'n/a';
    return { value: last(batchLines.find((l) => !/grad/.test(l))), grad: last(batchLines.find((l) => /grad/.test(l))) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

tf.env().set('PROD', true);
const inputs = batch();
const rows: string[] = [];
for (const name of ['cpu', 'wasm']) {
  await tf.setBackend(name);
  const backend = createTfjsSoftDtwBackend(tf);
  for (const gradients of [false, true]) {
    const attrs: SeriesBatchAttrs = { p: 1, gamma: 1, radius: Infinity, gradients, dtype: 'float32' };
    const { wall, cpu } = time(() => void tfjsSeriesBatchKernel(backend, inputs, attrs));
    rows.push(`| tfjs ${name} | ${gradients ? 'value + grad' : 'value'} | ${wall.toFixed(0)} | ${cpu.toFixed(0)} |`);
    console.error(rows.at(-1));
  }
}
const c = cReference();
rows.push(`| plain C (float64, 1 core, batch 1024 × 128) | value | ${c.value} | |`, `| plain C | value + grad | ${c.grad} | |`);
console.log(
  [`Batch of ${PAIRS} pairs, n = m = ${LENGTH}, p = 1, γ = 1; median of ${reps}; ns per DP cell`, '', '| kernel | what | wall ns/cell | CPU ns/cell |', '| --- | --- | ---: | ---: |', ...rows].join('\n'),
);
