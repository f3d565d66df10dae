/**
 * The conformance suite: the same checks against every backend, each compared with core's
 * float64 cpu backend computed in the same process (values, gradients, pairwise matrices, E on
 * the autodiff tape), plus the reference cases' 40-digit values and identical typed errors.
 */
import { readFileSync } from 'node:fs';
import { grad, hasKernel, setBackend, sum, tensor, type Tensor } from '@softdtw/autodiff';
import {
  pairwiseSoftDtw,
  pairwiseSoftDtwAsync,
  SOFT_DTW_GRAD,
  SOFT_DTW_SERIES_BATCH,
  SOFT_DTW_SERIES_BATCH_ASYNC,
  SOFT_DTW_WITH_RESIDUALS,
  SoftDtw,
  softDtwBatchValueAndGrad,
  softDtwBatchValueAndGradAsync,
  softDtwBatchAsync,
  softDtwBatch,
  squaredEuclideanCost,
  dtw,
  type Series,
  type SoftDtwOptions,
} from '@softdtw/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConformanceTarget } from './ConformanceTarget.js';
import { TOLERANCES } from './tolerances.js';

interface ReferenceCase {
  readonly id: string;
  readonly gamma: number;
  readonly x: number[][];
  readonly y: number[][];
  readonly value_hp?: number;
  readonly grad_x_hp?: number[][];
  readonly hard_dtw_cost: number;
}

const referenceCases = JSON.parse(
  readFileSync(new URL('../../../packages/core/test/__fixtures__/softdtw_cases.json', import.meta.url), 'utf8'),
) as ReferenceCase[];

/** A tiny seeded generator (mulberry32) so every backend sees the same series. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomSeries(next: () => number, n: number, p: number): number[][] {
  // A smooth random walk, as real series are (white noise makes every alignment alike).
  const rows: number[][] = [];
  let level = Array.from({ length: p }, () => next() * 2 - 1);
  for (let i = 0; i < n; i++) {
    level = level.map((v) => v + (next() - 0.5) * 0.6);
    rows.push(level.slice());
  }
  return rows;
}

function flat(series: Series | readonly Series[]): number[] {
  if (series instanceof Float64Array) return Array.from(series);
  return (series as readonly unknown[]).flatMap((row) => (typeof row === 'number' ? [row] : flat(row as Series)));
}

function maxAbs(values: readonly number[]): number {
  return values.reduce((worst, v) => Math.max(worst, Math.abs(v)), 0);
}

function maxAbsDiff(a: readonly number[], b: readonly number[]): number {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let k = 0; k < a.length; k++) worst = Math.max(worst, Math.abs(a[k] - b[k]));
  return worst;
}

/** Value error on the DTW-cost scale (see tolerances.ts). */
function valueError(got: number, ref: number, x: Series, y: Series, band?: number): number {
  const scale = Math.max(Math.abs(ref), dtw(x, y, band === undefined ? {} : { band }).value, 1);
  return Math.abs(got - ref) / scale;
}

function gradientError(got: readonly number[], ref: readonly number[]): number {
  const scale = maxAbs(ref);
  return scale === 0 ? maxAbs(got) : maxAbsDiff(got, ref) / scale;
}

interface BatchResult {
  readonly values: Float64Array;
  readonly gradX: readonly Series[];
  readonly gradY: readonly Series[];
}

/**
 * Registers the vitest suite for one backend.
 *
 * @param target - the backend configuration
 * @returns nothing (defines describe/it blocks)
 * @example
 * defineConformanceSuite(targets.cpu);
 */
export function defineConformanceSuite(target: ConformanceTarget): void {
  const tolerance = TOLERANCES[target.dtype];
  let skipReason: string | undefined;

  describe(`conformance: ${target.label}`, () => {
    beforeAll(async () => {
      const registered = await target.register();
      if (registered !== true) {
        skipReason = registered;
        console.warn(`[conformance] ${target.label}: skipped — ${registered}`);
        return;
      }
      await setBackend(target.backend);
      await setBackend('cpu');
    });

    /** Runs a check unless the platform lacks the backend (the reason is logged once). */
    const check = (name: string, body: () => Promise<void>): void => {
      it(name, async (context) => {
        if (skipReason !== undefined) {
          context.skip(skipReason);
          return;
        }
        await body();
      });
    };

    async function onCpu<T>(compute: () => T | Promise<T>): Promise<T> {
      await setBackend('cpu');
      return compute();
    }

    async function onTarget<T>(compute: () => T | Promise<T>): Promise<T> {
      await setBackend(target.backend);
      try {
        return await compute();
      } finally {
        await setBackend('cpu');
      }
    }

    /** Values and gradients on the target through the async API, and through the sync API when it has a sync kernel. */
    async function targetBatch(xs: readonly Series[], ys: readonly Series[], options: SoftDtwOptions): Promise<BatchResult> {
      const withDtype = { ...options, dtype: target.dtype };
      const fromAsync = await onTarget(() => softDtwBatchValueAndGradAsync(xs, ys, withDtype));
      if (target.syncKernel) {
        const fromSync = await onTarget(() => softDtwBatchValueAndGrad(xs, ys, withDtype));
        expect(Array.from(fromSync.values)).toEqual(Array.from(fromAsync.values));
      }
      return fromAsync;
    }

    async function compareBatch(xs: readonly Series[], ys: readonly Series[], options: SoftDtwOptions): Promise<{ value: number; gradient: number }> {
      const ref = await onCpu(() => softDtwBatchValueAndGrad(xs, ys, options));
      const got = await targetBatch(xs, ys, options);
      let value = 0;
      let gradient = 0;
      for (let k = 0; k < xs.length; k++) {
        value = Math.max(value, valueError(got.values[k], ref.values[k], xs[k], ys[k], options.band));
        gradient = Math.max(gradient, gradientError(flat(got.gradX[k]), flat(ref.gradX[k])), gradientError(flat(got.gradY[k]), flat(ref.gradY[k])));
      }
      expect(value).toBeLessThanOrEqual(tolerance.value);
      expect(gradient).toBeLessThanOrEqual(tolerance.gradient);
      return { value, gradient };
    }

    check('registers the kernels it claims (no silent cpu fallback)', async () => {
      expect(hasKernel(SOFT_DTW_SERIES_BATCH, target.backend) || hasKernel(SOFT_DTW_SERIES_BATCH_ASYNC, target.backend)).toBe(true);
      expect(hasKernel(SOFT_DTW_SERIES_BATCH, target.backend)).toBe(target.syncKernel);
      expect(hasKernel(SOFT_DTW_WITH_RESIDUALS, target.backend) && hasKernel(SOFT_DTW_GRAD, target.backend)).toBe(target.tapeKernels);
    });

    check('reference cases: values and gradients against the 40-digit results and cpu', async () => {
      const xs = referenceCases.map((c) => c.x);
      const ys = referenceCases.map((c) => c.y);
      // One call per γ (the batch shares γ); the cases mix p = 1 and p > 1 and many lengths.
      let worstValue = 0;
      let worstGradient = 0;
      for (const gamma of [...new Set(referenceCases.map((c) => c.gamma))]) {
        const picked = referenceCases.map((c, k) => [c, k] as const).filter(([c]) => c.gamma === gamma);
        const got = await targetBatch(picked.map(([, k]) => xs[k]), picked.map(([, k]) => ys[k]), { gamma });
        picked.forEach(([c], local) => {
          const ref = c.gamma === 0 ? c.hard_dtw_cost : (c.value_hp as number);
          worstValue = Math.max(worstValue, valueError(got.values[local], ref, c.x, c.y));
          if (c.grad_x_hp !== undefined && c.gamma > 0) worstGradient = Math.max(worstGradient, gradientError(flat(got.gradX[local]), c.grad_x_hp.flat()));
        });
        const cpu = await onCpu(() => softDtwBatchValueAndGrad(picked.map(([, k]) => xs[k]), picked.map(([, k]) => ys[k]), { gamma }));
        picked.forEach((_, local) => {
          worstGradient = Math.max(worstGradient, gradientError(flat(got.gradX[local]), flat(cpu.gradX[local])));
        });
      }
      console.info(`[conformance] ${target.label}: reference cases worst value error ${worstValue.toExponential(2)}, gradient ${worstGradient.toExponential(2)}`);
      expect(worstValue).toBeLessThanOrEqual(tolerance.value);
      expect(worstGradient).toBeLessThanOrEqual(tolerance.gradient);
    });

    check('variable lengths in one batch (1 … 40 steps, p = 2)', async () => {
      const next = random(7);
      const lengths = [1, 2, 40, 17, 5, 33, 1, 28, 12, 40, 3, 21];
      const xs = lengths.map((n) => randomSeries(next, n, 2));
      const ys = lengths.map((n, k) => randomSeries(next, Math.max(1, (n * (k + 3)) % 41), 2));
      await compareBatch(xs, ys, { gamma: 0.1 });
    });

    check('Sakoe-Chiba bands (radius 5, 10, and the minimum |n − m|)', async () => {
      const next = random(11);
      const x = randomSeries(next, 30, 1);
      const y = randomSeries(next, 25, 1);
      for (const band of [5, 10]) await compareBatch([x, y], [y, x], { gamma: 0.5, band });
      await compareBatch([x], [y], { gamma: 0.5, band: 5 });
    });

    check('γ sweep 0.001 … 10', async () => {
      const next = random(13);
      const xs = [randomSeries(next, 50, 1), randomSeries(next, 20, 3)];
      const ys = [randomSeries(next, 60, 1), randomSeries(next, 24, 3)];
      for (const gamma of [0.001, 0.01, 0.1, 1, 10]) await compareBatch(xs, ys, { gamma });
    });

    check('γ = 0: hard DTW values and the subgradient along the optimal path', async () => {
      const next = random(17);
      const xs = [randomSeries(next, 30, 1), randomSeries(next, 9, 2)];
      const ys = [randomSeries(next, 35, 1), randomSeries(next, 14, 2)];
      await compareBatch(xs, ys, { gamma: 0 });
      const got = await targetBatch(xs, ys, { gamma: 0 });
      xs.forEach((x, k) => expect(valueError(got.values[k], dtw(x, ys[k]).value, x, ys[k])).toBeLessThanOrEqual(tolerance.value));
    });

    check('pairwise matrices equal cpu (symmetric and rectangular)', async () => {
      const next = random(19);
      const xs = [8, 12, 5, 20, 9].map((n) => randomSeries(next, n, 1));
      const ys = [7, 15].map((n) => randomSeries(next, n, 1));
      for (const columns of [undefined, ys]) {
        const ref = await onCpu(() => pairwiseSoftDtw(xs, columns, { gamma: 0.3 }));
        const got = await onTarget(() => pairwiseSoftDtwAsync(xs, columns, { gamma: 0.3, dtype: target.dtype }));
        ref.forEach((row, i) => row.forEach((v, j) => expect(valueError(got[i][j], v, xs[i], (columns ?? xs)[j])).toBeLessThanOrEqual(tolerance.value)));
      }
      const values = await onTarget(() => softDtwBatchAsync(xs, xs, { gamma: 0.3, dtype: target.dtype }));
      expect(values.length).toBe(xs.length);
    });

    check('a long pair (value and gradient, against cpu)', async () => {
      const next = random(23);
      const n = target.longLength;
      const { value, gradient } = await compareBatch([randomSeries(next, n, 1)], [randomSeries(next, n - 7, 1)], { gamma: 0.1 });
      console.info(`[conformance] ${target.label}: n = ${n} errors: value ${value.toExponential(2)}, gradient ${gradient.toExponential(2)}`);
    });

    check('bad input: the same typed errors as cpu, on the sync and async functions', async () => {
      const bad: Array<[string, () => unknown]> = [
        ['NaN', () => softDtwBatch([[1, NaN]], [[1]], { dtype: target.dtype })],
        ['empty series', () => softDtwBatch([[]], [[1]])],
        ['ragged rows', () => softDtwBatch([[[1, 2], [3]]], [[[1, 2]]])],
        ['feature mismatch', () => softDtwBatch([[[1, 2]]], [[[1, 2, 3]]])],
        ['band too narrow', () => softDtwBatch([[1, 2, 3, 4, 5]], [[1]], { band: 2 })],
        ['negative γ', () => softDtwBatch([[1]], [[1]], { gamma: -1 })],
        ['unknown dtype', () => softDtwBatch([[1]], [[1]], { dtype: 'float16' as 'float32' })],
        ['batch size mismatch', () => softDtwBatch([[1], [2]], [[1]])],
      ];
      const describeError = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : `not an Error: ${String(error)}`);
      for (const [name, call] of bad) {
        const cpuError = await onCpu(() => {
          try {
            call();
          } catch (error) {
            return describeError(error);
          }
          return `${name}: no error`;
        });
        expect(cpuError, name).not.toMatch(/no error|not an Error/);
        const targetError = await onTarget(() => {
          try {
            call();
          } catch (error) {
            return describeError(error);
          }
          return `${name}: no error`;
        });
        expect(targetError, name).toBe(cpuError);
      }
      await expect(onTarget(() => softDtwBatchValueAndGradAsync([[1, Infinity]], [[1]]))).rejects.toThrow(/Infinity/);
      await expect(onTarget(() => pairwiseSoftDtwAsync([[1, 2, 3]], [[1]], { band: 0 }))).rejects.toThrow(/band/);
    });

    check('E on the autodiff tape (SoftDtw over a batched D with per-item lengths)', async () => {
      const next = random(29);
      const X = tensor([randomSeries(next, 12, 2), randomSeries(next, 12, 2)]);
      const Y = tensor([randomSeries(next, 10, 2), randomSeries(next, 10, 2)]);
      const D = squaredEuclideanCost(X, Y);
      const attrs = { gamma: 0.2, lengthsX: [12, 7], lengthsY: [10, 9] };
      const valuesAndE = (): { values: number[]; E: number[] } => {
        const values = Array.from(SoftDtw({ D }, attrs).data);
        const E = grad((d: Tensor) => sum(SoftDtw({ D: d }, attrs)))(D);
        return { values, E: Array.from(E.data) };
      };
      const ref = await onCpu(valuesAndE);
      if (!target.tapeKernels) {
        // Not this backend's kernels: the cpu fallback must still give the cpu result under it.
        const fallback = await onTarget(valuesAndE);
        expect(fallback).toEqual(ref);
        return;
      }
      const got = await onTarget(valuesAndE);
      got.values.forEach((v, k) => expect(Math.abs(v - ref.values[k]) / Math.max(1, Math.abs(ref.values[k]))).toBeLessThanOrEqual(Math.max(tolerance.value, 1e-5)));
      expect(maxAbsDiff(got.E, ref.E)).toBeLessThanOrEqual(tolerance.alignment);
    });
  });
}
