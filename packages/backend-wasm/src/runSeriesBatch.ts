/**
 * The lanes = pairs driver of the series-batch kernels (Cuturi & Blondel, ICML 2017, arXiv:1703.01541): soft-DTW
 * values and gradients of many series pairs, γ > 0, on the wasm kernels batchF64 (f64x2, 2 pairs per vector) and
 * batchF32 (f32x4, 4 pairs per vector), costs D_ij = ‖x_i − y_j‖² computed on the fly.
 *
 * Per group of lanes (laneGroups.ts: pairs sorted by (n, m)), the driver packs the members' series lane-interleaved
 * into the wasm memory (row i, feature f of lane ℓ at element (i·p + f)·lanes + ℓ; padded rows 0), runs the forward
 * pass (and with gradients the stored-weights backward pass, weights for this group only: 24 B per cell per pair in
 * f64, 12 in f32, reused from group to group so they stay in cache), and scatters values and gradients back.
 * γ = 0 (hard DTW) runs hardBatchF64 (f64x2, whatever the dtype: exact min-plus arithmetic, the cpu kernel's
 * tie-break and subgradient; one direction code per cell instead of the weights).
 * Plain JS in a worker or on the main thread: no imports beyond the kernels, so the pool's worker bundle is small.
 */
import { bandCellCount } from '@softdtw/core/cpu';
import { laneGroups, type LaneGroup } from './laneGroups.js';
import type { WasmKernels } from './WasmKernels.js';

/** What runSeriesBatch reads: the SeriesBatchInputs contract of @softdtw/core (primitiveNames.ts). */
export interface SeriesBatchData {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly xStart: Int32Array;
  readonly yStart: Int32Array;
  readonly lengthsX: Int32Array;
  readonly lengthsY: Int32Array;
}

/** Attrs of runSeriesBatch. */
export interface SeriesBatchSettings {
  readonly p: number;
  readonly gamma: number;
  readonly radius: number;
  readonly gradients: boolean;
  readonly dtype: 'float64' | 'float32';
}

/** Values and gradients, as SeriesBatchOutput of @softdtw/core. */
export interface SeriesBatchResult {
  readonly values: Float64Array;
  readonly gradX: Float64Array | null;
  readonly gradY: Float64Array | null;
}

const VECTOR_BYTES = 16;

/**
 * Bytes of wasm memory one group needs (inputs, scratch diagonals, weights, outputs), 16-aligned pieces.
 *
 * @param rows - padded N
 * @param cols - padded M
 * @param p - features
 * @param radius - band radius or Infinity
 * @param gradients - whether weights and gradient buffers are needed
 * @param hard - γ = 0: direction codes, diagonal starts and a path buffer instead of weights
 * @returns the byte count
 * @example
 * groupBytes(128, 128, 1, Infinity, true); // ≈ 790 kB
 */
export function groupBytes(rows: number, cols: number, p: number, radius: number, gradients: boolean, hard = false): number {
  const series = (rows + cols) * p * VECTOR_BYTES;
  const scratch = 4 * (rows + 2) * VECTOR_BYTES;
  const cells = bandCellCount(rows, cols, radius);
  const perCell = hard ? VECTOR_BYTES * cells + 16 * (rows + cols + 1) : gradients ? 3 * VECTOR_BYTES * cells : 0;
  return 2 * series + scratch + perCell + 64;
}

/**
 * Soft-DTW values (and gradients) of packed series pairs on the wasm lanes = pairs kernels.
 *
 * @param kernels - a kernel instance
 * @param data - packed series: x, y row-major with p values per row; per pair starts and lengths [b]
 * @param settings - p, γ ≥ 0, band radius (Infinity = none), gradients, dtype ('float32': f32x4 when γ > 0)
 * @param target - where to write the results (values [b], gradX [x.length], gradY [y.length], or null gradients
 *   without them; cleared first), e.g. views of a reused buffer; default: new arrays
 * @returns values [b]; with gradients ∂value_k/∂x and ∂value_k/∂y in the layouts of x and y (rows no pair uses are 0)
 * @example
 * ```ts
 * const out = runSeriesBatch(kernels, {
 *   x: Float64Array.of(0, 1), y: Float64Array.of(0, 2), xStart: Int32Array.of(0), yStart: Int32Array.of(0),
 *   lengthsX: Int32Array.of(2), lengthsY: Int32Array.of(1),
 * }, { p: 1, gamma: 1, radius: Infinity, gradients: true, dtype: 'float64' });
 * ```
 */
export function runSeriesBatch(kernels: WasmKernels, data: SeriesBatchData, settings: SeriesBatchSettings, target?: SeriesBatchResult): SeriesBatchResult {
  const { x, y, xStart, yStart, lengthsX, lengthsY } = data;
  const { p, gamma, radius, gradients } = settings;
  const hard = gamma === 0;
  const f32 = !hard && settings.dtype === 'float32';
  const lanes = f32 ? 4 : 2;
  const batch = lengthsX.length;
  const { values, gradX, gradY } = target ?? newSeriesBatchResult(batch, x.length, y.length, gradients);
  if (target !== undefined) clearSeriesBatchResult(target);
  if (batch === 0) return { values, gradX, gradY };
  const groups = laneGroups(lengthsX, lengthsY, lanes);
  let bytes = 0;
  for (const group of groups) bytes = Math.max(bytes, groupBytes(group.rows, group.cols, p, radius, gradients, hard));
  const base = kernels.reserve(bytes);
  const kernel = kernels.exports[hard ? 'hardBatchF64' : f32 ? 'batchF32' : 'batchF64'];
  if (kernel === undefined) throw new Error('backend-wasm: the kernel module lacks its batch kernels; rebuild it with npm run build:wasm.');
  const buffer = kernels.memory.buffer;
  const view = f32 ? new Float32Array(buffer) : new Float64Array(buffer);
  const ints = new Int32Array(buffer);
  const shift = f32 ? 2 : 3; // bytes → elements
  const c = Math.LOG2E / gamma;
  const g = gamma * Math.LN2;

  for (const group of groups) {
    const { members, rows, cols } = group;
    const r = Math.min(radius, rows + cols);
    const xBytes = rows * p * VECTOR_BYTES;
    const yBytes = cols * p * VECTOR_BYTES;
    const xAt = base;
    const yAt = xAt + xBytes;
    const lanesAt = yAt + yBytes;
    const valuesAt = lanesAt + 32;
    const gradXAt = valuesAt + 32;
    const gradYAt = gradXAt + xBytes;
    const scratchAt = gradYAt + yBytes;
    const weightsAt = scratchAt + 4 * (rows + 2) * VECTOR_BYTES;
    packLanes(view, xAt >> shift, x, xStart, lengthsX, members, rows, p, lanes);
    packLanes(view, yAt >> shift, y, yStart, lengthsY, members, cols, p, lanes);
    for (let lane = 0; lane < lanes; lane++) {
      const k = members[lane];
      ints[(lanesAt >> 2) + 2 * lane] = k < 0 ? 1 : lengthsX[k];
      ints[(lanesAt >> 2) + 2 * lane + 1] = k < 0 ? 1 : lengthsY[k];
    }
    if (hard) {
      const startsAt = weightsAt + VECTOR_BYTES * bandCellCount(rows, cols, r);
      const pathAt = startsAt + 16 * Math.ceil((rows + cols) / 4);
      kernel(rows, cols, p, r, xAt, yAt, lanesAt, scratchAt, weightsAt, startsAt, pathAt, valuesAt, gradients ? 1 : 0, gradXAt, gradYAt);
    } else {
      kernel(rows, cols, p, r, c, g, xAt, yAt, 0, lanesAt, scratchAt, gradients ? weightsAt : 0, valuesAt, gradXAt, gradYAt, 0);
    }
    for (let lane = 0; lane < lanes; lane++) {
      const k = members[lane];
      if (k >= 0) values[k] = view[(valuesAt >> shift) + lane];
    }
    if (gradX !== null && gradY !== null) {
      unpackLanes(view, gradXAt >> shift, gradX, xStart, lengthsX, members, p, lanes);
      unpackLanes(view, gradYAt >> shift, gradY, yStart, lengthsY, members, p, lanes);
    }
  }
  return { values, gradX, gradY };
}

/**
 * New zeroed result arrays for a batch.
 *
 * @param batch - number of pairs
 * @param xLength - length of the packed x (values, not rows)
 * @param yLength - length of the packed y
 * @param gradients - whether gradient arrays are needed (else null)
 * @returns values [batch], gradX [xLength] and gradY [yLength] or null
 * @example
 * newSeriesBatchResult(2, 10, 12, true).gradX?.length; // 10
 */
export function newSeriesBatchResult(batch: number, xLength: number, yLength: number, gradients: boolean): SeriesBatchResult {
  return {
    values: new Float64Array(batch),
    gradX: gradients ? new Float64Array(xLength) : null,
    gradY: gradients ? new Float64Array(yLength) : null,
  };
}

/**
 * Zeroes a result's arrays (rows that no pair uses must read 0).
 *
 * @param result - values and gradients
 * @returns nothing
 * @example
 * clearSeriesBatchResult(target);
 */
export function clearSeriesBatchResult(result: SeriesBatchResult): void {
  result.values.fill(0);
  result.gradX?.fill(0);
  result.gradY?.fill(0);
}

/** Writes the members' rows lane-interleaved at view[at…], zero-padding to `rows` rows. */
function packLanes(
  view: Float64Array | Float32Array,
  at: number,
  source: Float64Array,
  starts: Int32Array,
  lengths: Int32Array,
  members: Int32Array,
  rows: number,
  p: number,
  lanes: number,
): void {
  view.fill(0, at, at + rows * p * lanes);
  for (let lane = 0; lane < lanes; lane++) {
    const k = members[lane];
    if (k < 0) continue;
    const from = starts[k] * p;
    const count = lengths[k] * p;
    for (let e = 0; e < count; e++) view[at + e * lanes + lane] = source[from + e];
  }
}

/** Copies each member's lane of a lane-interleaved gradient back to its rows of `target`. */
function unpackLanes(
  view: Float64Array | Float32Array,
  at: number,
  target: Float64Array,
  starts: Int32Array,
  lengths: Int32Array,
  members: Int32Array,
  p: number,
  lanes: number,
): void {
  for (let lane = 0; lane < lanes; lane++) {
    const k = members[lane];
    if (k < 0) continue;
    const to = starts[k] * p;
    const count = lengths[k] * p;
    for (let e = 0; e < count; e++) target[to + e] = view[at + e * lanes + lane];
  }
}

export type { LaneGroup };
