/**
 * The "NaN never leaks" rule: results are checked before they are returned, and a non-finite
 * one becomes a NumericalError that says why. With finite inputs and γ ≥ 0 the only cause is
 * float64 overflow of the squared distances or of their sum along a path. Internal.
 */
import { NumericalError } from './errors.js';

/**
 * Returns `value` if it is finite, else throws NumericalError.
 *
 * @param op - public function name
 * @param value - the result
 * @param what - what the value is, e.g. "the soft-DTW value"
 * @returns value
 * @example
 * checkFiniteResult('softDtw', 3, 'the soft-DTW value'); // 3
 */
export function checkFiniteResult(op: string, value: number, what: string): number {
  if (Number.isFinite(value)) return value;
  throw new NumericalError(
    `${op}: expected ${what} to be a finite number, got ${String(value)}. The squared distances (or their sum ` +
      `along a path) overflow float64 (beyond 1.8e308): rescale the inputs, e.g. z-normalise the series or divide ` +
      `them by a constant, before calling ${op}.`,
  );
}

/**
 * Throws NumericalError if any entry of `values` (or of its range [from, from + count)) is not finite.
 *
 * @param op - public function name
 * @param values - the result array
 * @param what - what the values are, e.g. "gradX"; entries are named relative to `from`
 * @param from - first entry to check (default 0)
 * @param count - number of entries to check (default: the rest of the array)
 * @returns nothing
 * @example
 * checkFiniteResults('softDtwValueAndGrad', new Float64Array([1, 2]), 'gradX');
 */
export function checkFiniteResults(op: string, values: Float64Array, what: string, from = 0, count = values.length - from): void {
  for (let i = 0; i < count; i++) {
    if (!Number.isFinite(values[from + i])) checkFiniteResult(op, values[from + i], `${what}[${i}]`);
  }
}
