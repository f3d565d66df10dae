/**
 * Routing of a series batch (Cuturi & Blondel, ICML 2017, arXiv:1703.01541) over the wasm kernels, the same on the
 * main thread and in pool workers:
 *
 * - γ = 0 (hard DTW): lanes = pairs, hardBatchF64 (runSeriesBatch.ts) — exact min-plus arithmetic, the same
 *   value, tie-break (diag > up > left) and subgradient as 'cpu' (compared exactly in the tests); pairs above
 *   {@link HARD_DTW_LANES_MAX_CELLS} run on core's reference loops (1 B per cell instead of 8);
 * - a batch of one pair with n·m ≥ WAVEFRONT_MIN_CELLS, and any pair with n·m ≥ {@link WAVEFRONT_BATCH_MIN_CELLS}:
 *   the single-pair anti-diagonal wavefront (wavefront.ts);
 * - everything else: lanes = pairs (runSeriesBatch.ts).
 */
import { softDtwSeriesValue, softDtwSeriesValueAndGrad } from '@softdtw/core/cpu';
import { scatterPairs, selectPairs } from './pairSubset.js';
import { clearSeriesBatchResult, newSeriesBatchResult, runSeriesBatch, type SeriesBatchData, type SeriesBatchResult, type SeriesBatchSettings } from './runSeriesBatch.js';
import { WAVEFRONT_MIN_CELLS, wavefrontSoftDtw } from './wavefront.js';
import type { WasmKernels } from './WasmKernels.js';

/**
 * Pairs of a multi-pair batch with at least this many cells (n·m) run one by one on the single-pair wavefront
 * instead of in a lanes = pairs group. Measured (process CPU time, batches of 4 equal pairs, p = 1, value+gradient,
 * ns/cell lanes vs wavefront): n = 128: f64 25.7 vs 29.0, f32 9.1 vs 12.5; n = 512: 25.2 vs 26.1, 9.2 vs 9.6;
 * n = 1024: 20.0 vs 20.0, 6.9 vs 7.4 — lanes win or tie up to 1024², and beyond it a group holds the weights of
 * 2 (f64) or 4 (f32) pairs at once (24 / 12 B per cell each) where the wavefront holds one pair's.
 *
 * @example
 * n * m >= WAVEFRONT_BATCH_MIN_CELLS; // → wavefront
 */
export const WAVEFRONT_BATCH_MIN_CELLS = 1024 * 1024;

/**
 * γ = 0 pairs with more cells than this run on @softdtw/core's reference loops: the lanes kernel stores a 16-byte
 * direction vector per cell of a 2-pair group (8 B per pair-cell), the reference 1 byte. 2²⁴ cells = 256 MB.
 *
 * @example
 * n * m > HARD_DTW_LANES_MAX_CELLS; // → cpu reference loops
 */
export const HARD_DTW_LANES_MAX_CELLS = 1 << 24;

/**
 * Soft-DTW values (and gradients) of a packed series batch on the wasm kernels (see the file header for routing).
 *
 * @param kernels - a kernel instance
 * @param data - packed series and per-pair starts and lengths (SeriesBatchInputs)
 * @param settings - p, γ ≥ 0, radius, gradients, dtype
 * @param target - where to write the results (as for runSeriesBatch; cleared first); default: new arrays
 * @returns values [b], gradients in x's and y's layouts (or null)
 * @example
 * ```ts
 * const out = computeSeriesBatch(kernels, data, { p: 1, gamma: 0.1, radius: Infinity, gradients: false, dtype: 'float64' });
 * ```
 */
export function computeSeriesBatch(kernels: WasmKernels, data: SeriesBatchData, settings: SeriesBatchSettings, target?: SeriesBatchResult): SeriesBatchResult {
  const batch = data.lengthsX.length;
  const { p, gamma, radius, gradients } = settings;
  // Route first: a batch whose pairs all go to the lanes (the usual case) is one runSeriesBatch call.
  const lanes: number[] = [];
  const alone: number[] = [];
  for (let k = 0; k < batch; k++) {
    const cells = data.lengthsX[k] * data.lengthsY[k];
    const single = gamma === 0 ? cells > HARD_DTW_LANES_MAX_CELLS : (batch === 1 && cells >= WAVEFRONT_MIN_CELLS) || cells >= WAVEFRONT_BATCH_MIN_CELLS;
    (single ? alone : lanes).push(k);
  }
  if (alone.length === 0) return runSeriesBatch(kernels, data, settings, target);
  const out = target ?? newSeriesBatchResult(batch, data.x.length, data.y.length, gradients);
  if (target !== undefined) clearSeriesBatchResult(target);
  for (const k of alone) {
    const n = data.lengthsX[k];
    const m = data.lengthsY[k];
    const xs = rowsOf(data.x, data.xStart[k], n, p);
    const ys = rowsOf(data.y, data.yStart[k], m, p);
    let result: { value: number; gradX: Float64Array | null; gradY: Float64Array | null };
    if (gamma > 0) result = wavefrontSoftDtw(kernels, xs, n, ys, m, p, gamma, radius, gradients, settings.dtype);
    else if (gradients) result = softDtwSeriesValueAndGrad(xs, n, ys, m, p, 0, radius, null);
    else result = { value: softDtwSeriesValue(xs, n, ys, m, p, 0, radius), gradX: null, gradY: null };
    out.values[k] = result.value;
    if (out.gradX !== null && result.gradX !== null) out.gradX.set(result.gradX, data.xStart[k] * p);
    if (out.gradY !== null && result.gradY !== null) out.gradY.set(result.gradY, data.yStart[k] * p);
  }
  if (lanes.length > 0) scatterPairs(out, runSeriesBatch(kernels, selectPairs(data, lanes), settings), lanes, data, p);
  return out;
}

/** The rows [start, start + count) of a packed series, as a view. */
function rowsOf(series: Float64Array, start: number, count: number, p: number): Float64Array {
  return series.subarray(start * p, (start + count) * p);
}
