/**
 * Packing validated series into the series-batch kernel's buffers, and running the kernel of
 * the active backend (synchronously, or through its async kernel). Internal to core: the
 * public functions validate first, then call these, then check the results.
 *
 * Dispatch rules: the sync path runs the active backend's SoftDtwSeriesBatch kernel, or the cpu
 * one when that backend has none (e.g. WebGPU, whose readback is asynchronous). The async path
 * awaits `ready()` and runs SoftDtwSeriesBatchAsync when the backend registers it, else the
 * sync kernel as above.
 */
import { getBackend, getKernel, hasKernel, ready, type Backend, type KernelFn } from '@softdtw/autodiff';
import { kernelFor } from './primitives/kernelFor.js';
// The cpu kernels must be registered whichever public function is imported first.
import './registerCpuKernels.js';
import {
  SOFT_DTW_SERIES_BATCH,
  SOFT_DTW_SERIES_BATCH_ASYNC,
  type SeriesBatchAttrs,
  type SeriesBatchInputs,
  type SeriesBatchOutput,
} from './primitives/primitiveNames.js';
import type { SeriesData } from './readSeries.js';

type SyncKernel = KernelFn<SeriesBatchInputs, SeriesBatchAttrs, SeriesBatchOutput>;
type AsyncKernel = KernelFn<SeriesBatchInputs, SeriesBatchAttrs, Promise<SeriesBatchOutput>>;

/**
 * Packs pairs (xs[k], ys[k]) into two buffers, each pair owning its rows. A single pair is
 * passed without copying.
 *
 * @param pairs - validated pairs with a common p
 * @returns kernel inputs
 * @example
 * packPairs([[a, b]]).lengthsX; // Int32Array [a.n]
 */
export function packPairs(pairs: ReadonlyArray<readonly [SeriesData, SeriesData]>): SeriesBatchInputs {
  const x = concatRows(pairs.map((pair) => pair[0]));
  const y = concatRows(pairs.map((pair) => pair[1]));
  return { x: x.data, y: y.data, xStart: x.starts, yStart: y.starts, lengthsX: x.lengths, lengthsY: y.lengths };
}

/**
 * Packs the cells (i, j) of a pairwise matrix: each series is stored once and pairs share rows.
 *
 * @param rows - validated row series
 * @param columns - validated column series (may be `rows`)
 * @param cells - the (i, j) entries to compute
 * @returns kernel inputs with one pair per cell (gradients must not be asked for)
 * @example
 * packCells(rows, rows, [[0, 1]]);
 */
export function packCells(
  rows: readonly SeriesData[],
  columns: readonly SeriesData[],
  cells: ReadonlyArray<readonly [number, number]>,
): SeriesBatchInputs {
  const x = concatRows(rows);
  const y = columns === rows ? x : concatRows(columns);
  const count = cells.length;
  const xStart = new Int32Array(count);
  const yStart = new Int32Array(count);
  const lengthsX = new Int32Array(count);
  const lengthsY = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const [i, j] = cells[k];
    xStart[k] = x.starts[i];
    lengthsX[k] = x.lengths[i];
    yStart[k] = y.starts[j];
    lengthsY[k] = y.lengths[j];
  }
  return { x: x.data, y: y.data, xStart, yStart, lengthsX, lengthsY };
}

/**
 * Runs the active backend's synchronous series-batch kernel (cpu's when it has none).
 *
 * @param inputs - packed pairs
 * @param attrs - p, gamma, radius, gradients, dtype
 * @returns the kernel's output (unchecked)
 * @example
 * runSeriesBatch(packPairs(pairs), { p: 1, gamma: 1, radius: Infinity, gradients: false, dtype: 'float64' });
 */
export function runSeriesBatch(inputs: SeriesBatchInputs, attrs: SeriesBatchAttrs): SeriesBatchOutput {
  const backend = getBackend();
  return kernelFor<SeriesBatchInputs, SeriesBatchAttrs, SeriesBatchOutput>(SOFT_DTW_SERIES_BATCH, backend)(backend, inputs, attrs);
}

/**
 * Runs the active backend's asynchronous series-batch kernel, or its sync kernel, or cpu's.
 *
 * @param inputs - packed pairs
 * @param attrs - p, gamma, radius, gradients, dtype
 * @returns the kernel's output (unchecked)
 * @example
 * await runSeriesBatchAsync(packPairs(pairs), { p: 1, gamma: 1, radius: Infinity, gradients: true, dtype: 'float32' });
 */
export async function runSeriesBatchAsync(inputs: SeriesBatchInputs, attrs: SeriesBatchAttrs): Promise<SeriesBatchOutput> {
  const backend: Backend = await ready();
  if (hasKernel(SOFT_DTW_SERIES_BATCH_ASYNC, backend.name)) {
    return (getKernel(SOFT_DTW_SERIES_BATCH_ASYNC, backend.name) as AsyncKernel)(backend, inputs, attrs);
  }
  return (kernelFor(SOFT_DTW_SERIES_BATCH, backend) as SyncKernel)(backend, inputs, attrs);
}

interface Concatenated {
  readonly data: Float64Array;
  readonly starts: Int32Array;
  readonly lengths: Int32Array;
}

function concatRows(series: readonly SeriesData[]): Concatenated {
  const count = series.length;
  const starts = new Int32Array(count);
  const lengths = new Int32Array(count);
  if (count === 1) {
    lengths[0] = series[0].n;
    return { data: series[0].data, starts, lengths };
  }
  let rows = 0;
  for (let k = 0; k < count; k++) {
    starts[k] = rows;
    lengths[k] = series[k].n;
    rows += series[k].n;
  }
  const p = count === 0 ? 1 : series[0].p;
  const data = new Float64Array(rows * p);
  for (let k = 0; k < count; k++) data.set(series[k].data, starts[k] * p);
  return { data, starts, lengths };
}
