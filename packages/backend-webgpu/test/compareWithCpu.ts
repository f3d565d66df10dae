/**
 * Test support: run the same series batch on the WebGPU backend and on core's cpu kernel, and
 * report the errors in the units of the tolerance table (float32Tolerances.ts).
 */
import { getBackend } from '@softdtw/autodiff';
import { softDtwSeriesBatchKernel, type SeriesBatchAttrs, type SeriesBatchInputs, type SeriesBatchOutput } from '@softdtw/core';
import type { WebGpuBackend } from '../src/WebGpuBackend.js';

/** Errors of one comparison. */
export interface BatchErrors {
  /** max_k |Δvalue_k| / max(|value_k|, 1). */
  readonly value: number;
  /** max|ΔgradX| / max|gradX| (0 without gradients). */
  readonly gradX: number;
  /** max|ΔgradY| / max|gradY|. */
  readonly gradY: number;
  readonly gpu: SeriesBatchOutput;
  readonly cpu: SeriesBatchOutput;
}

/**
 * Runs both kernels and measures the differences.
 *
 * @param backend - the WebGPU backend
 * @param inputs - packed pairs
 * @param attrs - attrs (gradients decides whether gradient errors are measured)
 * @returns the errors and both outputs
 * @example
 * const errors = await compareWithCpu(backend, inputs, attrs);
 */
export async function compareWithCpu(backend: WebGpuBackend, inputs: SeriesBatchInputs, attrs: SeriesBatchAttrs): Promise<BatchErrors> {
  const gpu = await backend.runSeriesBatch(inputs, attrs);
  const cpu = softDtwSeriesBatchKernel(getBackend(), inputs, attrs);
  let value = 0;
  for (let k = 0; k < cpu.values.length; k++) value = Math.max(value, Math.abs(gpu.values[k] - cpu.values[k]) / Math.max(Math.abs(cpu.values[k]), 1));
  return { value, gradX: relativeMaxError(gpu.gradX, cpu.gradX), gradY: relativeMaxError(gpu.gradY, cpu.gradY), gpu, cpu };
}

function relativeMaxError(actual: Float64Array | null, expected: Float64Array | null): number {
  if (actual === null || expected === null) return 0;
  let error = 0;
  let scale = 0;
  for (let i = 0; i < expected.length; i++) {
    error = Math.max(error, Math.abs(actual[i] - expected[i]));
    scale = Math.max(scale, Math.abs(expected[i]));
  }
  return scale === 0 ? error : error / scale;
}

/**
 * Packs pairs of series (row-major, p features) into series-batch inputs, each pair owning its rows.
 *
 * @param pairs - [x, y] with x of n·p values and y of m·p values
 * @param p - features
 * @returns kernel inputs
 * @example
 * packPairs([[Float64Array.of(0, 1), Float64Array.of(1)]], 1);
 */
export function packPairs(pairs: ReadonlyArray<readonly [Float64Array, Float64Array]>, p: number): SeriesBatchInputs {
  const count = pairs.length;
  const xStart = new Int32Array(count);
  const yStart = new Int32Array(count);
  const lengthsX = new Int32Array(count);
  const lengthsY = new Int32Array(count);
  let xRows = 0;
  let yRows = 0;
  pairs.forEach(([x, y], k) => {
    xStart[k] = xRows;
    yStart[k] = yRows;
    lengthsX[k] = x.length / p;
    lengthsY[k] = y.length / p;
    xRows += lengthsX[k];
    yRows += lengthsY[k];
  });
  const x = new Float64Array(xRows * p);
  const y = new Float64Array(yRows * p);
  pairs.forEach(([xs, ys], k) => {
    x.set(xs, xStart[k] * p);
    y.set(ys, yStart[k] * p);
  });
  return { x, y, xStart, yStart, lengthsX, lengthsY };
}
