/**
 * The bounded curvature memory of L-BFGS and its two-loop recursion (Liu & Nocedal, 1989;
 * Nocedal & Wright, Numerical Optimization, 2nd ed., 2006, Algorithm 7.4).
 *
 * The memory keeps the last m pairs (s_i, y_i), s_i = x_{i+1} − x_i, y_i = ∇f_{i+1} − ∇f_i, with
 * ρ_i = 1 / (y_i·s_i). The inverse-Hessian approximation H applied to a vector q is
 *
 *     for i = newest … oldest:  a_i = ρ_i s_i·q,   q ← q − a_i y_i
 *     r = γ q,                  γ = s·y / y·y of the newest pair (the initial scaling H_0 = γ I)
 *     for i = oldest … newest:  b = ρ_i y_i·r,    r ← r + (a_i − b) s_i
 *
 * and the search direction is d = −r = −H ∇f. Storage is a ring buffer: the (m+1)-th pair
 * overwrites the oldest, so memory is O(m·n) whatever the number of iterations.
 *
 * A pair with s·y ≤ ε·(y·y) (ε = machine epsilon) is skipped: it would make H lose positive
 * definiteness (or divide by ~0). Under the strong Wolfe conditions s·y > 0 always holds in exact
 * arithmetic, so skips only happen at rounding level.
 */
import { dot } from './vectorArithmetic.js';

/**
 * Ring buffer of L-BFGS correction pairs with the two-loop recursion.
 *
 * @example
 * const memory = new LbfgsMemory(2, 5);
 * memory.push(Float64Array.of(1, 0), Float64Array.of(2, 0)); // true (s·y = 2 > 0)
 * memory.direction(Float64Array.of(4, 0)); // [-2, -0]: H = diag(1/2) along the first axis
 */
export class LbfgsMemory {
  /** Vector length n. */
  readonly dimension: number;
  /** Most pairs kept (the `history` option, m). */
  readonly capacity: number;
  private readonly steps: Float64Array[] = [];
  private readonly gradientChanges: Float64Array[] = [];
  private readonly inverseCurvatures: number[] = [];
  /** Ring index of the oldest pair. */
  private oldest = 0;
  private count = 0;

  /**
   * @param dimension - vector length n ≥ 1
   * @param capacity - number of pairs kept, m ≥ 1
   */
  constructor(dimension: number, capacity: number) {
    this.dimension = dimension;
    this.capacity = capacity;
  }

  /** Number of pairs currently stored (≤ capacity). */
  get size(): number {
    return this.count;
  }

  /** Forgets every pair (the next direction is steepest descent). */
  clear(): void {
    this.oldest = 0;
    this.count = 0;
  }

  /**
   * Stores a correction pair (copied), evicting the oldest when full.
   *
   * @param s - step x_{k+1} − x_k, [n]
   * @param y - gradient change ∇f_{k+1} − ∇f_k, [n]
   * @returns false when the pair was skipped (s·y ≤ ε·y·y or not finite), true when stored
   */
  push(s: Float64Array, y: Float64Array): boolean {
    const sy = dot(s, y);
    const yy = dot(y, y);
    if (!(sy > Number.EPSILON * yy) || !Number.isFinite(sy) || !Number.isFinite(yy)) return false;
    let slot: number;
    if (this.count < this.capacity) {
      slot = (this.oldest + this.count) % this.capacity;
      this.count += 1;
    } else {
      slot = this.oldest;
      this.oldest = (this.oldest + 1) % this.capacity;
    }
    this.steps[slot] = Float64Array.from(s);
    this.gradientChanges[slot] = Float64Array.from(y);
    this.inverseCurvatures[slot] = 1 / sy;
    return true;
  }

  /**
   * Initial scaling γ = s·y / y·y of the newest pair (1 when empty).
   *
   * @returns γ > 0
   */
  initialScaling(): number {
    if (this.count === 0) return 1;
    const newest = (this.oldest + this.count - 1) % this.capacity;
    const y = this.gradientChanges[newest];
    return 1 / (this.inverseCurvatures[newest] * dot(y, y));
  }

  /**
   * The quasi-Newton search direction d = −H·grad by the two-loop recursion.
   *
   * @param grad - gradient at the current point, [n]
   * @returns d, [n] (−grad when the memory is empty)
   */
  direction(grad: Float64Array): Float64Array {
    const n = this.dimension;
    const q = Float64Array.from(grad);
    const coefficients = new Float64Array(this.count);
    for (let k = this.count - 1; k >= 0; k--) {
      const slot = (this.oldest + k) % this.capacity;
      const s = this.steps[slot];
      const y = this.gradientChanges[slot];
      const a = this.inverseCurvatures[slot] * dot(s, q);
      coefficients[k] = a;
      for (let i = 0; i < n; i++) q[i] -= a * y[i];
    }
    const gamma = this.initialScaling();
    for (let i = 0; i < n; i++) q[i] *= gamma;
    for (let k = 0; k < this.count; k++) {
      const slot = (this.oldest + k) % this.capacity;
      const s = this.steps[slot];
      const y = this.gradientChanges[slot];
      const b = this.inverseCurvatures[slot] * dot(y, q);
      const correction = coefficients[k] - b;
      for (let i = 0; i < n; i++) q[i] += correction * s[i];
    }
    for (let i = 0; i < n; i++) q[i] = -q[i];
    return q;
  }
}
