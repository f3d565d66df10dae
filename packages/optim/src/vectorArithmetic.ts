/**
 * Dense float64 vector arithmetic used by the optimizers: dot products, norms and `x + α·d`.
 * Plain loops, no allocation except where a new vector is the result.
 */

/**
 * Inner product Σ a_i b_i.
 *
 * @param a - vector [n]
 * @param b - vector [n]
 * @returns the scalar a·b
 * @example
 * dot(Float64Array.of(1, 2), Float64Array.of(3, 4)); // 11
 */
export function dot(a: Float64Array, b: Float64Array): number {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += a[i] * b[i];
  return total;
}

/**
 * Largest absolute entry, max_i |a_i| (NaN if any entry is NaN).
 *
 * @param a - vector [n]
 * @returns ‖a‖_∞
 * @example
 * infNorm(Float64Array.of(1, -3, 2)); // 3
 */
export function infNorm(a: Float64Array): number {
  let largest = 0;
  for (let i = 0; i < a.length; i++) {
    const magnitude = Math.abs(a[i]);
    if (Number.isNaN(magnitude)) return NaN;
    if (magnitude > largest) largest = magnitude;
  }
  return largest;
}

/**
 * Euclidean norm √(Σ a_i²).
 *
 * @param a - vector [n]
 * @returns ‖a‖₂
 * @example
 * norm2(Float64Array.of(3, 4)); // 5
 */
export function norm2(a: Float64Array): number {
  return Math.sqrt(dot(a, a));
}

/**
 * A new vector x + α·d.
 *
 * @param x - base point [n]
 * @param alpha - step length
 * @param d - direction [n]
 * @returns x + α·d, [n]
 * @example
 * addScaled(Float64Array.of(1, 1), 0.5, Float64Array.of(2, -2)); // [2, 0]
 */
export function addScaled(x: Float64Array, alpha: number, d: Float64Array): Float64Array {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i] + alpha * d[i];
  return out;
}

/**
 * A new vector a − b.
 *
 * @param a - vector [n]
 * @param b - vector [n]
 * @returns a − b, [n]
 * @example
 * subtract(Float64Array.of(3, 1), Float64Array.of(1, 1)); // [2, 0]
 */
export function subtract(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] - b[i];
  return out;
}

/**
 * Whether every entry is finite (no NaN, no ±Infinity).
 *
 * @param a - vector [n]
 * @returns true when all entries are finite
 * @example
 * allFinite(Float64Array.of(1, NaN)); // false
 */
export function allFinite(a: ArrayLike<number>): boolean {
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return false;
  return true;
}
