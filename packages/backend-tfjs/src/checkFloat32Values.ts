/**
 * The float32 range check of the tfjs kernels. Costs are kept below the border sentinel
 * (COST_SENTINEL = 1e30, wavefrontForward.ts) by this check on the results: a value with
 * |value| ≥ 1e29, or one that overflowed, may have met the sentinel, so it is reported instead
 * of returned.
 */
import { NumericalError } from '@softdtw/core';

/** Largest |value| the float32 kernels return. */
export const FLOAT32_VALUE_LIMIT = 1e29;

/**
 * Throws NumericalError unless every value is finite and below FLOAT32_VALUE_LIMIT in magnitude.
 *
 * @param op - kernel or function name, for the message
 * @param values - soft-DTW values
 * @returns nothing
 * @example
 * checkFloat32Values('SoftDtwSeriesBatch', Float32Array.of(1, 2)); // ok
 */
export function checkFloat32Values(op: string, values: ArrayLike<number>): void {
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    if (Number.isFinite(value) && Math.abs(value) < FLOAT32_VALUE_LIMIT) continue;
    throw new NumericalError(
      `${op}: expected soft-DTW values within the float32 range of the tfjs backend (|value| < ${FLOAT32_VALUE_LIMIT}), ` +
        `got ${String(value)} for item ${k}. Rescale the series (e.g. z-normalise them), or use a float64 backend (cpu, wasm).`,
    );
  }
}
