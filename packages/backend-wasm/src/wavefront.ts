/**
 * Single-pair soft-DTW on the wasm anti-diagonal wavefront kernels (assembly/wavefront.ts): the JS side packs
 * the series into the kernels' layouts, calls the value or value+gradient kernel, and unpacks the gradients.
 *
 * Soft-DTW: Cuturi & Blondel, ICML 2017, arXiv:1703.01541. Same math and conventions as @softdtw/core's cpu
 * kernels `softDtwSeriesValue` / `softDtwSeriesValueAndGrad` (0-indexed cells, D_ij = ‖x_i − y_j‖², band
 * |i − j| ≤ radius, R_{−1,−1} = 0 and +∞ borders, gradients through the stored soft-min weights). The kernels
 * run in base-2 pre-scaled units with their own exp2/log2 polynomials (see the assembly header).
 *
 * Layouts written into the kernels' scratch (S = 8 bytes for float64, 4 for float32; L = 16 / S lanes):
 * x feature-major (p × n), y feature-major with its rows reversed (p × m), each followed by L zero elements;
 * the gradients come back in the same layouts. Inputs are never mutated.
 *
 * γ = 0 (hard DTW, tie-break diag > up > left and its subgradient) is delegated to the cpu reference kernels,
 * as are value+gradient problems whose stored weights would not fit the wasm32 memory (see
 * {@link WAVEFRONT_MAX_SCRATCH_BYTES}).
 */
import { softDtwSeriesValue, softDtwSeriesValueAndGrad } from '@softdtw/core/cpu';
import type { WasmFunction, WasmKernels } from './WasmKernels.js';

/** Precision of the wavefront kernels. */
export type WavefrontDtype = 'float64' | 'float32';

/** Result of {@link wavefrontSoftDtw}. */
export interface WavefrontResult {
  /** Soft-DTW value R_{n−1,m−1} (float32 precision when dtype is 'float32'). */
  readonly value: number;
  /** ∂value/∂x, n × p row-major, or null when gradients were not requested. */
  readonly gradX: Float64Array | null;
  /** ∂value/∂y, m × p row-major, or null when gradients were not requested. */
  readonly gradY: Float64Array | null;
}

/**
 * Size threshold, in DP cells (n·m), from which one pair runs faster on the anti-diagonal wavefront (SIMD lanes =
 * cells of one diagonal) than as a one-pair group of the lanes = pairs kernels (where 1 of 2 or 4 lanes does
 * useful work): every size, so the threshold is 1.
 *
 * Measured (bench/wavefrontBench.ts, Node 20, 2-vCPU AMD EPYC Zen 3, process CPU time per call, value+gradient,
 * p = 1, γ = 1, float64): n = m = 1: 0.35 µs vs 0.85 µs (lanes = pairs) vs 0.31 µs (cpu kernel); 4: 0.96 / 1.63 /
 * 1.11; 16: 8.4 / 13.3 / 19.8; 64: 80 / 175 / 240; 256: 1400 / 2900 / 4100. The wavefront also beats @softdtw/core's
 * cpu kernel from n = m = 3 on (below, all three are within 0.1 µs). float32: the same ordering, wider gaps.
 *
 * @example
 * const useWavefront = n * m >= WAVEFRONT_MIN_CELLS;
 */
export const WAVEFRONT_MIN_CELLS = 1;

/**
 * Largest scratch, in bytes, the wavefront asks of the kernels' memory (x, y, gradients, three diagonals and,
 * for gradients, the stored weights: 24 B per band cell in float64, 12 B in float32). wasm32 memory stops at
 * 4 GiB; a margin is kept for the module's static data and the batch kernels. Larger value+gradient problems
 * (n = m above ≈ 12 900 in float64 without a band) run on the cpu reference kernel instead.
 *
 * @example
 * WAVEFRONT_MAX_SCRATCH_BYTES; // 4 026 531 840 (3.75 GiB)
 */
export const WAVEFRONT_MAX_SCRATCH_BYTES = 3.75 * 2 ** 30;

/** The exported kernel functions the wavefront needs (assembly/wavefront.ts). */
interface WavefrontExports {
  readonly wavefrontWorkBytes: WasmFunction;
  readonly wavefrontValueF64: WasmFunction;
  readonly wavefrontValueF32: WasmFunction;
  readonly wavefrontValueAndGradF64: WasmFunction;
  readonly wavefrontValueAndGradF32: WasmFunction;
}

const EXPORT_NAMES = [
  'wavefrontWorkBytes',
  'wavefrontValueF64',
  'wavefrontValueF32',
  'wavefrontValueAndGradF64',
  'wavefrontValueAndGradF32',
] as const;

function wavefrontExports(kernels: WasmKernels): WavefrontExports {
  for (const name of EXPORT_NAMES) {
    if (typeof kernels.exports[name] !== 'function') {
      throw new Error(
        `wavefrontSoftDtw: expected the kernel module to export ${name}(), got ${typeof kernels.exports[name]}. ` +
          'Rebuild the kernels with `npm run build:wasm -w @softdtw/backend-wasm`.',
      );
    }
  }
  return kernels.exports as unknown as WavefrontExports;
}

function align16(bytes: number): number {
  return Math.ceil(bytes / 16) * 16;
}

/**
 * Soft-DTW value, and optionally the gradients, of one pair of series on the wasm wavefront kernels.
 *
 * Inputs are assumed validated (core checks finiteness, lengths, p and the band before any kernel runs).
 *
 * @param kernels - a live kernel instance (instantiateKernels)
 * @param x - series x, n × p row-major
 * @param n - length of x (≥ 1)
 * @param y - series y, m × p row-major
 * @param m - length of y (≥ 1)
 * @param p - features per time step (≥ 1)
 * @param gamma - smoothing γ ≥ 0 (0: hard DTW, delegated to the cpu reference kernel)
 * @param radius - Sakoe-Chiba radius (≥ |n − m|), or Infinity for no band
 * @param gradients - whether to compute gradX and gradY
 * @param dtype - 'float64' (f64x2 lanes; within ~1e-14 of the cpu kernel's value and ~1e-12 of its gradients at
 *   n = 4096) or 'float32' (f32x4 lanes, series rounded to float32; at n = m = 4096, γ = 1: value 6e-9 and
 *   gradients 4e-7 from float64, thanks to the kernels' per-diagonal frames)
 * @returns the value and, when requested, gradX (n × p) and gradY (m × p)
 * @example
 * const kernels = await instantiateKernels();
 * const { value, gradX } = wavefrontSoftDtw(kernels, new Float64Array([0, 1]), 2, new Float64Array([0, 2]), 2, 1, 1, Infinity, true, 'float64');
 */
export function wavefrontSoftDtw(
  kernels: WasmKernels,
  x: Float64Array,
  n: number,
  y: Float64Array,
  m: number,
  p: number,
  gamma: number,
  radius: number,
  gradients: boolean,
  dtype: WavefrontDtype,
): WavefrontResult {
  if (gamma === 0) return cpuReference(x, n, y, m, p, gamma, radius, gradients);
  const fns = wavefrontExports(kernels);
  const elementBytes = dtype === 'float64' ? 8 : 4;
  const lanes = 16 / elementBytes;
  const bandRadius = Math.floor(Math.min(radius, n + m));
  const xBytes = align16((p * n + lanes) * elementBytes);
  const yBytes = align16((p * m + lanes) * elementBytes);
  const workBytes = fns.wavefrontWorkBytes(n, m, bandRadius, elementBytes, gradients ? 1 : 0);
  const totalBytes = (gradients ? 2 : 1) * (xBytes + yBytes) + workBytes;
  if (totalBytes > WAVEFRONT_MAX_SCRATCH_BYTES) return cpuReference(x, n, y, m, p, gamma, radius, gradients);

  const base = kernels.reserve(totalBytes);
  const xAt = base;
  const yAt = xAt + xBytes;
  const gradXAt = yAt + yBytes;
  const gradYAt = gradXAt + xBytes;
  const workAt = gradients ? gradYAt + yBytes : gradXAt;
  const view =
    dtype === 'float64'
      ? new Float64Array(kernels.memory.buffer, base, totalBytes / 8)
      : new Float32Array(kernels.memory.buffer, base, totalBytes / 4);
  packFeatureMajor(x, n, p, false, view, (xAt - base) / elementBytes, lanes);
  packFeatureMajor(y, m, p, true, view, (yAt - base) / elementBytes, lanes);

  let value: number;
  if (!gradients) {
    const kernel = dtype === 'float64' ? fns.wavefrontValueF64 : fns.wavefrontValueF32;
    value = kernel(xAt, yAt, n, m, p, gamma, bandRadius, workAt);
    return { value, gradX: null, gradY: null };
  }
  const kernel = dtype === 'float64' ? fns.wavefrontValueAndGradF64 : fns.wavefrontValueAndGradF32;
  value = kernel(xAt, yAt, n, m, p, gamma, bandRadius, workAt, gradXAt, gradYAt);
  const gradX = unpackFeatureMajor(view, (gradXAt - base) / elementBytes, n, p, false);
  const gradY = unpackFeatureMajor(view, (gradYAt - base) / elementBytes, m, p, true);
  return { value, gradX, gradY };
}

/** Writes a length × p row-major series feature-major (rows optionally reversed), then `lanes` zeros. */
function packFeatureMajor(
  series: Float64Array,
  length: number,
  p: number,
  reversed: boolean,
  view: Float64Array | Float32Array,
  offset: number,
  lanes: number,
): void {
  for (let k = 0; k < p; k++) {
    const row = offset + k * length;
    if (reversed) for (let t = 0; t < length; t++) view[row + length - 1 - t] = series[t * p + k]!;
    else for (let t = 0; t < length; t++) view[row + t] = series[t * p + k]!;
  }
  view.fill(0, offset + p * length, offset + p * length + lanes);
}

/** Reads a feature-major (optionally row-reversed) length × p block back into a row-major Float64Array. */
function unpackFeatureMajor(
  view: Float64Array | Float32Array,
  offset: number,
  length: number,
  p: number,
  reversed: boolean,
): Float64Array {
  const out = new Float64Array(length * p);
  for (let k = 0; k < p; k++) {
    const row = offset + k * length;
    if (reversed) for (let t = 0; t < length; t++) out[t * p + k] = view[row + length - 1 - t]!;
    else for (let t = 0; t < length; t++) out[t * p + k] = view[row + t]!;
  }
  return out;
}

function cpuReference(
  x: Float64Array,
  n: number,
  y: Float64Array,
  m: number,
  p: number,
  gamma: number,
  radius: number,
  gradients: boolean,
): WavefrontResult {
  if (!gradients) return { value: softDtwSeriesValue(x, n, y, m, p, gamma, radius), gradX: null, gradY: null };
  const { value, gradX, gradY } = softDtwSeriesValueAndGrad(x, n, y, m, p, gamma, radius, null);
  return { value, gradX, gradY };
}
