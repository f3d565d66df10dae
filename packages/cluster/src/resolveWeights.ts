/**
 * resolveWeights: validation of the barycenter weights λ (Eq. 4 of Cuturi & Blondel, ICML 2017,
 * arXiv:1703.01541). Default: all ones (tslearn's and the authors' default; the objective is then
 * a plain sum, not a mean).
 */
import { InvalidWeightsError } from './errors.js';

/**
 * Checks and copies the weights.
 *
 * @param op - public function name, for messages
 * @param weights - N non-negative finite numbers with a positive sum, or undefined for ones
 * @param count - N, the number of series
 * @returns Float64Array [N]
 * @throws InvalidWeightsError
 * @example
 * resolveWeights('f', undefined, 3); // [1, 1, 1]
 */
export function resolveWeights(op: string, weights: readonly number[] | Float64Array | undefined, count: number): Float64Array {
  if (weights === undefined) return new Float64Array(count).fill(1);
  if (!Array.isArray(weights) && !(weights instanceof Float64Array)) {
    throw new InvalidWeightsError(`${op}: expected weights to be an array of ${count} numbers, got ${typeof weights}. Pass e.g. weights: [1, 1, 2].`);
  }
  if (weights.length !== count) {
    throw new InvalidWeightsError(`${op}: expected ${count} weights (one per series), got ${weights.length}. Give one weight per series.`);
  }
  let sum = 0;
  weights.forEach((w, i) => {
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      throw new InvalidWeightsError(`${op}: expected finite non-negative weights, got ${String(w)} at index ${i}. Use weights ≥ 0.`);
    }
    sum += w;
  });
  if (sum <= 0) throw new InvalidWeightsError(`${op}: expected weights with a positive sum, got all zeros. Put weight on at least one series.`);
  return Float64Array.from(weights);
}
