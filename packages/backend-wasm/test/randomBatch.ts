/**
 * Test fixture: a random packed series batch (fixed seed), with the cpu reference result for comparison.
 */
import { softDtwSeriesValue, softDtwSeriesValueAndGrad } from '@softdtw/core/cpu';
import type { SeriesBatchData, SeriesBatchResult } from '../src/runSeriesBatch.js';

/** Deterministic uniform numbers in [−½, ½) (a 32-bit LCG). */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296 - 0.5;
  };
}

/**
 * b pairs with lengths drawn in [minLength, maxLength], |n − m| ≤ maxSkew, p features.
 *
 * @returns the packed batch
 */
export function randomBatch(seed: number, b: number, p: number, minLength: number, maxLength: number, maxSkew: number): SeriesBatchData {
  const rnd = lcg(seed);
  const lengthsX = new Int32Array(b);
  const lengthsY = new Int32Array(b);
  const xStart = new Int32Array(b);
  const yStart = new Int32Array(b);
  let rowsX = 0;
  let rowsY = 0;
  for (let k = 0; k < b; k++) {
    lengthsX[k] = minLength + Math.floor((rnd() + 0.5) * (maxLength - minLength + 1));
    lengthsY[k] = Math.max(1, lengthsX[k] + Math.round(rnd() * 2 * maxSkew));
    xStart[k] = rowsX;
    yStart[k] = rowsY;
    rowsX += lengthsX[k];
    rowsY += lengthsY[k];
  }
  const x = Float64Array.from({ length: rowsX * p }, () => 2 * rnd());
  const y = Float64Array.from({ length: rowsY * p }, () => 2 * rnd());
  return { x, y, xStart, yStart, lengthsX, lengthsY };
}

/** The cpu reference kernels, pair by pair. */
export function cpuBatch(data: SeriesBatchData, p: number, gamma: number, radius: number, gradients: boolean): SeriesBatchResult {
  const b = data.lengthsX.length;
  const values = new Float64Array(b);
  const gradX = gradients ? new Float64Array(data.x.length) : null;
  const gradY = gradients ? new Float64Array(data.y.length) : null;
  for (let k = 0; k < b; k++) {
    const n = data.lengthsX[k];
    const m = data.lengthsY[k];
    const xs = data.x.subarray(data.xStart[k] * p, (data.xStart[k] + n) * p);
    const ys = data.y.subarray(data.yStart[k] * p, (data.yStart[k] + m) * p);
    if (gradX === null || gradY === null) values[k] = softDtwSeriesValue(xs, n, ys, m, p, gamma, radius);
    else {
      const r = softDtwSeriesValueAndGrad(xs, n, ys, m, p, gamma, radius, null);
      values[k] = r.value;
      gradX.set(r.gradX, data.xStart[k] * p);
      gradY.set(r.gradY, data.yStart[k] * p);
    }
  }
  return { values, gradX, gradY };
}

/** max_k |Δvalue_k| / max(|value_k|, 1e-300). */
export function valueError(a: Float64Array, b: Float64Array): number {
  let worst = 0;
  for (let k = 0; k < a.length; k++) worst = Math.max(worst, Math.abs(a[k] - b[k]) / Math.max(Math.abs(b[k]), 1e-300));
  return worst;
}

/** Normwise gradient error per pair: max over pairs of max|Δg| / max|g_ref| (over the pair's x and y rows). */
export function gradientError(data: SeriesBatchData, p: number, got: SeriesBatchResult, ref: SeriesBatchResult): number {
  let worst = 0;
  for (let k = 0; k < data.lengthsX.length; k++) {
    let scale = 0;
    let diff = 0;
    const sides: Array<[Float64Array, Float64Array, number, number]> = [
      [got.gradX!, ref.gradX!, data.xStart[k] * p, data.lengthsX[k] * p],
      [got.gradY!, ref.gradY!, data.yStart[k] * p, data.lengthsY[k] * p],
    ];
    for (const [g, r, from, count] of sides) {
      for (let e = from; e < from + count; e++) {
        scale = Math.max(scale, Math.abs(r[e]));
        diff = Math.max(diff, Math.abs(g[e] - r[e]));
      }
    }
    worst = Math.max(worst, scale === 0 ? diff : diff / scale);
  }
  return worst;
}
