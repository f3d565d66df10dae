/**
 * The wasm kernels of the D-level primitive SoftDtw (Cuturi & Blondel, ICML 2017, arXiv:1703.01541):
 * SoftDtw (values), SoftDtwWithResiduals (values + residuals) and SoftDtwGrad (E = ∂value/∂D), so that training on
 * the autodiff tape runs on wasm. Float64 (lanes = items, runMatrixBatch.ts).
 *
 * Residuals: a reference to D (tensors are immutable) and the problem; SoftDtwGrad recomputes the forward pass
 * group by group with stored weights and runs the backward pass (no 24 B per cell kept between the kernels).
 *
 * Anything outside the fast path — γ = 0, non-finite costs, attrs that do not parse, residuals made by another
 * backend's kernel — goes to @softdtw/core's cpu kernels, which compute it or throw the typed error every backend
 * throws.
 */
import { Tensor, type Backend } from '@softdtw/autodiff';
import { softDtwGradKernel, softDtwKernel, softDtwWithResidualsKernel } from '@softdtw/core';
import type { SoftDtwAttrs, SoftDtwGradInputs, SoftDtwInputs, SoftDtwWithResidualsOutput } from '@softdtw/core';
import { runMatrixBatch, type MatrixBatch } from './runMatrixBatch.js';
import type { WasmBackend } from './WasmBackend.js';

/** The residuals the wasm SoftDtwWithResiduals kernel returns (opaque to everything but the wasm SoftDtwGrad). */
interface WasmSoftDtwResiduals {
  readonly wasmMatrixBatch: MatrixBatch;
  readonly dtype: 'float64' | 'float32';
}

/** The problem when D and attrs are on the fast path, else null (the cpu kernel then validates and computes). */
function fastProblem(D: Tensor, attrs: SoftDtwAttrs): MatrixBatch | null {
  if (typeof attrs !== 'object' || attrs === null) return null;
  const { gamma, band } = attrs;
  if (D.rank !== 2 && D.rank !== 3) return null;
  if (typeof gamma !== 'number' || !(gamma >= 2.2250738585072014e-308) || !Number.isFinite(gamma)) return null;
  const radius = band === undefined ? Infinity : band;
  if (typeof radius !== 'number' || !(radius === Infinity || (Number.isInteger(radius) && radius >= 0))) return null;
  const batch = D.rank === 3 ? D.shape[0] : 1;
  const n = D.shape[D.rank - 2];
  const m = D.shape[D.rank - 1];
  if (batch < 1 || n < 1 || m < 1) return null;
  const lengthsX = readLengths(attrs.lengthsX, D.rank, batch, n);
  const lengthsY = readLengths(attrs.lengthsY, D.rank, batch, m);
  if (lengthsX === null || lengthsY === null) return null;
  for (let k = 0; k < batch; k++) if (Math.abs(lengthsX[k] - lengthsY[k]) > radius) return null;
  const data = D.data;
  for (let c = 0; c < data.length; c++) if (!Number.isFinite(data[c])) return null;
  const costs = data instanceof Float64Array ? data : Float64Array.from(data);
  return { D: costs, batch, n, m, lengthsX, lengthsY, gamma, radius };
}

function readLengths(lengths: readonly number[] | undefined, rank: number, batch: number, max: number): Int32Array | null {
  if (lengths === undefined) return new Int32Array(batch).fill(max);
  if (rank !== 3 || !Array.isArray(lengths) || lengths.length !== batch) return null;
  const out = new Int32Array(batch);
  for (let k = 0; k < batch; k++) {
    const length: unknown = lengths[k];
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 1 || length > max) return null;
    out[k] = length;
  }
  return out;
}

function valuesTensor(values: Float64Array, D: Tensor): Tensor | null {
  for (let k = 0; k < values.length; k++) if (!Number.isFinite(values[k])) return null;
  return new Tensor(D.dtype === 'float32' ? Float32Array.from(values) : values, D.shape.slice(0, -2));
}

/**
 * SoftDtw on wasm: soft-DTW values of cost matrices.
 *
 * @param backend - the active 'wasm' backend
 * @param inputs - { D: [n, m] | [b, n, m] }
 * @param attrs - { gamma, band?, lengthsX?, lengthsY? }
 * @returns values: [] or [b], D's dtype
 * @example
 * ```ts
 * wasmSoftDtwKernel(backend, { D: tensor([[0, 1], [1, 0]]) }, { gamma: 1 });
 * ```
 */
export function wasmSoftDtwKernel(backend: Backend, inputs: SoftDtwInputs, attrs: SoftDtwAttrs): Tensor {
  const problem = fastProblem(inputs.D, attrs);
  if (problem === null) return softDtwKernel(backend, inputs, attrs);
  const values = valuesTensor(runMatrixBatch((backend as WasmBackend).kernels, problem, false).values, inputs.D);
  return values ?? softDtwKernel(backend, inputs, attrs);
}

/**
 * SoftDtwWithResiduals on wasm: values and the residuals of {@link wasmSoftDtwGradKernel}.
 *
 * @param backend - the active 'wasm' backend
 * @param inputs - { D }
 * @param attrs - SoftDtw attrs
 * @returns { value, residuals } (residuals: D and the problem, see the file header)
 * @example
 * ```ts
 * const { value, residuals } = wasmSoftDtwWithResidualsKernel(backend, { D }, { gamma: 1 });
 * ```
 */
export function wasmSoftDtwWithResidualsKernel(backend: Backend, inputs: SoftDtwInputs, attrs: SoftDtwAttrs): SoftDtwWithResidualsOutput {
  const problem = fastProblem(inputs.D, attrs);
  if (problem === null) return softDtwWithResidualsKernel(backend, inputs, attrs);
  const value = valuesTensor(runMatrixBatch((backend as WasmBackend).kernels, problem, false).values, inputs.D);
  if (value === null) return softDtwWithResidualsKernel(backend, inputs, attrs);
  const residuals: WasmSoftDtwResiduals = { wasmMatrixBatch: problem, dtype: inputs.D.dtype };
  return { value, residuals: residuals as unknown as SoftDtwWithResidualsOutput['residuals'] };
}

/**
 * SoftDtwGrad on wasm: E = ∂value/∂D in D's shape (float64), from {@link wasmSoftDtwWithResidualsKernel}'s
 * residuals (or the cpu kernel's, which it hands to the cpu kernel).
 *
 * @param backend - the active 'wasm' backend
 * @param inputs - { residuals, shape }
 * @param attrs - SoftDtw attrs
 * @returns E, entries in [0, 1], zero outside each item's block and the band
 * @example
 * ```ts
 * const E = wasmSoftDtwGradKernel(backend, { residuals, shape: D.shape }, { gamma: 1 });
 * ```
 */
export function wasmSoftDtwGradKernel(backend: Backend, inputs: SoftDtwGradInputs, attrs: SoftDtwAttrs): Tensor {
  const residuals = inputs.residuals as unknown as Partial<WasmSoftDtwResiduals>;
  if (residuals.wasmMatrixBatch === undefined) return softDtwGradKernel(backend, inputs, attrs);
  const { E } = runMatrixBatch((backend as WasmBackend).kernels, residuals.wasmMatrixBatch, true);
  return new Tensor(E as Float64Array, inputs.shape);
}
