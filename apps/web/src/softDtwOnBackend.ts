/**
 * softDtwOnBackend: the soft-DTW value of one pair of univariate series, computed by a named
 * backend's series-batch kernel (Cuturi & Blondel, ICML 2017, arXiv:1703.01541, Algorithm 1;
 * cost D_ij = (x_i − y_j)², no band).
 *
 * It calls the kernel registry of @softdtw/autodiff directly, with the contract of
 * @softdtw/core's `SoftDtwSeriesBatch` / `SoftDtwSeriesBatchAsync` primitives: the async kernel
 * when the backend has one (WebGPU reads back asynchronously), else its sync kernel, else the
 * cpu reference kernel (reported as such, never silently). The inputs are validated here, as
 * core does before any kernel runs: non-empty, finite.
 */
import { getKernel, hasKernel, setBackend, type Backend } from '@softdtw/autodiff';
import {
  SOFT_DTW_SERIES_BATCH,
  SOFT_DTW_SERIES_BATCH_ASYNC,
  softDtwSeriesBatchKernel,
  type SeriesBatchAttrs,
  type SeriesBatchInputs,
  type SeriesBatchOutput,
} from '@softdtw/core';

/** The value and who computed it. */
export interface BackendValue {
  readonly value: number;
  /** The backend that was active. */
  readonly backend: string;
  /** Which kernel ran: the backend's async or sync kernel, or the cpu reference kernel. */
  readonly kernel: 'async' | 'sync' | 'cpu-reference';
  /** The backend's arithmetic. */
  readonly dtype: 'float64' | 'float32';
}

/**
 * Soft-DTW of x against y on the backend `name` (which becomes the active backend).
 *
 * @param name - a registered backend name (not 'auto': the caller resolves that)
 * @param x - series [n], finite, n ≥ 1
 * @param y - series [m], finite, m ≥ 1
 * @param gamma - γ ≥ 0
 * @returns the value, the backend, the kernel that ran and its dtype
 * @throws Error when a series is empty or not finite, or the kernel returns a non-finite value
 * @example
 * const { value } = await softDtwOnBackend('cpu', [0, 1, 2], [0, 2], 1);
 */
export async function softDtwOnBackend(name: string, x: readonly number[], y: readonly number[], gamma: number): Promise<BackendValue> {
  checkSeries('x', x);
  checkSeries('y', y);
  if (!(gamma >= 0) || !Number.isFinite(gamma)) {
    throw new RangeError(`softDtwOnBackend: expected γ ≥ 0 and finite, got ${gamma}. Pick γ on the slider.`);
  }
  const backend = await setBackend(name);
  const inputs: SeriesBatchInputs = {
    x: Float64Array.from(x),
    y: Float64Array.from(y),
    xStart: Int32Array.of(0),
    yStart: Int32Array.of(0),
    lengthsX: Int32Array.of(x.length),
    lengthsY: Int32Array.of(y.length),
  };
  const attrs: SeriesBatchAttrs = { p: 1, gamma, radius: Infinity, gradients: false, dtype: 'float64' };
  const { output, kernel } = await runKernel(backend, inputs, attrs);
  const value = output.values[0];
  if (value === undefined || !Number.isFinite(value)) {
    throw new RangeError(`softDtwOnBackend: expected a finite value from backend '${backend.name}', got ${String(value)}. Try another backend or a larger γ.`);
  }
  return { value, backend: backend.name, kernel, dtype: backend.capabilities.float64 ? 'float64' : 'float32' };
}

async function runKernel(
  backend: Backend,
  inputs: SeriesBatchInputs,
  attrs: SeriesBatchAttrs,
): Promise<{ output: SeriesBatchOutput; kernel: BackendValue['kernel'] }> {
  if (hasKernel(SOFT_DTW_SERIES_BATCH_ASYNC, backend.name)) {
    const run = getKernel<SeriesBatchInputs, SeriesBatchAttrs, Promise<SeriesBatchOutput>>(SOFT_DTW_SERIES_BATCH_ASYNC, backend.name);
    return { output: await run(backend, inputs, attrs), kernel: 'async' };
  }
  if (hasKernel(SOFT_DTW_SERIES_BATCH, backend.name)) {
    const run = getKernel<SeriesBatchInputs, SeriesBatchAttrs, SeriesBatchOutput>(SOFT_DTW_SERIES_BATCH, backend.name);
    return { output: run(backend, inputs, attrs), kernel: backend.name === 'cpu' ? 'cpu-reference' : 'sync' };
  }
  return { output: softDtwSeriesBatchKernel(backend, inputs, attrs), kernel: 'cpu-reference' };
}

function checkSeries(name: string, series: readonly number[]): void {
  if (series.length === 0) throw new RangeError(`softDtwOnBackend: expected ${name} with at least one value, got an empty series. Pick another series.`);
  for (let t = 0; t < series.length; t++) {
    if (!Number.isFinite(series[t])) {
      throw new RangeError(`softDtwOnBackend: expected finite values in ${name}, got ${String(series[t])} at index ${t}. Clean the data or pick another series.`);
    }
  }
}
