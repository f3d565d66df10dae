/**
 * Test objectives with known minimizers and a seeded PRNG, shared by the optimizer tests.
 */
import type { ValueAndGradient } from '../minimizeLbfgs.js';

/**
 * Mulberry32: a 32-bit seeded PRNG returning floats in [0, 1). Deterministic per seed.
 *
 * @param seed - integer seed
 * @returns a function drawing the next number
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Chained Rosenbrock in n ≥ 2 dimensions: f = Σ_{i<n−1} 100 (x_{i+1} − x_i²)² + (1 − x_i)².
 * Minimum 0 at x = (1, …, 1).
 */
export function rosenbrock(x: Float64Array): ValueAndGradient {
  const n = x.length;
  const grad = new Float64Array(n);
  let value = 0;
  for (let i = 0; i < n - 1; i++) {
    const a = x[i + 1] - x[i] * x[i];
    const b = 1 - x[i];
    value += 100 * a * a + b * b;
    grad[i] += -400 * x[i] * a - 2 * b;
    grad[i + 1] += 200 * a;
  }
  return { value, grad };
}

/** The standard start (−1.2, 1, −1.2, 1, …). */
export function rosenbrockStart(n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => (i % 2 === 0 ? -1.2 : 1));
}

/** A quadratic f = ½ xᵀA x − bᵀx with A symmetric positive definite, and its exact minimizer. */
export interface Quadratic {
  /** The objective, evaluated as ½ xᵀAx − bᵀx (rounding error ≈ ε·‖A‖·‖x‖², large when κ is). */
  readonly fun: (x: Float64Array) => ValueAndGradient;
  /** The same objective minus f*, evaluated as ½ (x − x*)ᵀA(x − x*) (accurate near x*). */
  readonly centredFun: (x: Float64Array) => ValueAndGradient;
  /** A⁻¹ b. */
  readonly solution: Float64Array;
  /** f at the solution. */
  readonly minimum: number;
}

/**
 * A = Q diag(λ) Qᵀ with λ log-spaced from 1 to `condition` and Q a product of seeded random
 * Householder reflections; b random. The solution x* = Q diag(1/λ) Qᵀ b is computed exactly from
 * the eigen-decomposition (no linear solve).
 */
export function illConditionedQuadratic(n: number, condition: number, seed: number): Quadratic {
  const random = seededRandom(seed);
  const eigenvalues = Float64Array.from({ length: n }, (_, i) => condition ** (n === 1 ? 0 : i / (n - 1)));
  // Q as a dense matrix: product of 3 Householder reflections H = I − 2 v vᵀ / vᵀv.
  const Q = new Float64Array(n * n);
  for (let i = 0; i < n; i++) Q[i * n + i] = 1;
  for (let r = 0; r < 3; r++) {
    const v = Float64Array.from({ length: n }, () => random() - 0.5);
    const vv = v.reduce((s, e) => s + e * e, 0);
    for (let row = 0; row < n; row++) {
      let proj = 0;
      for (let k = 0; k < n; k++) proj += Q[row * n + k] * v[k];
      for (let k = 0; k < n; k++) Q[row * n + k] -= (2 * proj * v[k]) / vv;
    }
  }
  const A = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += Q[i * n + k] * eigenvalues[k] * Q[j * n + k];
      A[i * n + j] = s;
    }
  }
  const b = Float64Array.from({ length: n }, () => 2 * random() - 1);
  // x* = Q diag(1/λ) Qᵀ b
  const qtb = new Float64Array(n);
  for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) qtb[k] += Q[i * n + k] * b[i];
  const solution = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) solution[i] += (Q[i * n + k] * qtb[k]) / eigenvalues[k];
  const fun = (x: Float64Array): ValueAndGradient => {
    const grad = new Float64Array(n);
    let value = 0;
    for (let i = 0; i < n; i++) {
      let ax = 0;
      for (let j = 0; j < n; j++) ax += A[i * n + j] * x[j];
      grad[i] = ax - b[i];
      value += 0.5 * x[i] * ax - b[i] * x[i];
    }
    return { value, grad };
  };
  let minimum = 0;
  for (let i = 0; i < n; i++) minimum -= 0.5 * b[i] * solution[i];
  // The same quadratic written around its minimizer, f* + ½ eᵀA e with e = x − x*: no cancellation
  // between ½ xᵀAx and bᵀx, so f is accurate to rounding relative to f − f*, not to |bᵀx|.
  const centredFun = (x: Float64Array): ValueAndGradient => {
    const grad = new Float64Array(n);
    let value = 0;
    for (let i = 0; i < n; i++) {
      let ae = 0;
      for (let j = 0; j < n; j++) ae += A[i * n + j] * (x[j] - solution[j]);
      grad[i] = ae;
      value += 0.5 * (x[i] - solution[i]) * ae;
    }
    return { value, grad };
  };
  return { fun, centredFun, solution, minimum };
}
