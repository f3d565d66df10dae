/**
 * Central finite differences for VJP checks (JAX check_vjp style): compares ⟨∇f(x), t⟩ with
 * (f(x + εt) − f(x − εt)) / 2ε for a random direction t.
 */
import { seededRandom } from './enumerateAlignmentPaths.js';

/** Directional derivative of f at x along t by central differences. */
export function centralDifference(f: (x: Float64Array) => number, x: Float64Array, t: Float64Array, eps = 1e-6): number {
  const plus = x.map((v, k) => v + eps * t[k]);
  const minus = x.map((v, k) => v - eps * t[k]);
  return (f(plus) - f(minus)) / (2 * eps);
}

/** ⟨a, b⟩. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k] * b[k];
  return s;
}

/** A seeded random direction in [−1, 1)^length. */
export function randomDirection(seed: number, length: number): Float64Array {
  const random = seededRandom(seed);
  return Float64Array.from({ length }, () => 2 * random() - 1);
}
