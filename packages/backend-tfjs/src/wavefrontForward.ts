/**
 * Soft-DTW forward pass as tfjs ops: all items of a batch advance one anti-diagonal per step
 * (Cuturi & Blondel, "Soft-DTW: a Differentiable Loss Function for Time-Series", ICML 2017,
 * arXiv:1703.01541, Algorithm 1).
 *
 * Recurrence (the paper's 1-indexed cells; R_00 = 0, R_i0 = R_0j = +∞):
 *
 *     R_ij = D_ij + softmin_γ(R_{i−1,j−1}, R_{i−1,j}, R_{i,j−1})
 *     softmin_γ(a, b, c) = −γ log(e^{−a/γ} + e^{−b/γ} + e^{−c/γ})
 *
 * Domain terms: D = cost matrix, R = accumulated soft cost, γ = smoothing (gamma). Cells are
 * 0-indexed here, so the paper's R_00 is the virtual cell (−1, −1). The predecessors of a cell
 * are diag = R_{i−1,j−1}, up = R_{i−1,j} and left = R_{i,j−1}.
 *
 * Layout (diagonalLayout.ts): diagonal d is an [n, b] tensor, row i = cell (i, d − i). Then
 * left(d) = R_{d−1}, up(d) = R_{d−1} shifted down one row with the border (row −1) entering at
 * row 0, and diag(d) = up(d − 1): one shift (contiguous slice + concat) per step. The costs of
 * diagonal d come from a callback (computed from the series, or sliced from a skewed D).
 *
 * Sentinel: a large FINITE cost, COST_SENTINEL = 1e30, instead of +∞. Every tfjs backend is
 * float32, and WGSL leaves ∞ and NaN undefined, so no ∞ ever enters the computation. The border
 * rows/columns and out-of-band cells are ≥ 1e30 and grow by at most 1e30 per diagonal
 * (≤ 1e30·(n + m) < 3.4e38 for n + m < 3e8: no overflow). Every in-band cell has a finite
 * predecessor (core's sakoeChibaBand.ts), so in-band R stays finite and the sentinel-valued
 * predecessors get weight exactly 0. Legitimate values must stay ≪ 1e30: the kernels report
 * |value| ≥ 1e29 as a NumericalError (checkFloat32Values.ts).
 *
 * Stability (max-shifted log-sum-exp): with μ = min(diag, up, left),
 *
 *     softmin_γ = μ − γ log Σ_k e^{−(r_k − μ)/γ}
 *
 * the minimum's term is exactly 1 and the sum lies in [1, 3]. The differences μ − r_k are
 * clamped at −110γ before dividing by γ: e^{−110} is 0 in float32 anyway, and the clamp keeps
 * (μ − r_k)/γ finite when r_k is a sentinel and γ is tiny. γ below GAMMA_FLOOR = 1e-30 computes
 * as 1e-30 (indistinguishable in float32: the weights are one-hot already, or split evenly on
 * exact ties, and γ·log 3 < 1e-29).
 *
 * Residuals: the soft-min weights w_k = e^{−(r_k − μ)/γ} / Σ of every cell, as three [n, b]
 * tensors per diagonal (diag, up, left), as @softdtw/core's cpu kernel stores them. The backward
 * pass (wavefrontBackward.ts) then needs no exp and never subtracts large accumulated costs;
 * the paper's Algorithm 2 computes exp((R_next − R − D_next)/γ), whose float32 rounding error is
 * ~ulp(R)/γ (R = 1e4, γ = 0.01: ~0.1 relative error in the weights).
 *
 * γ = 0 (hard DTW): min instead of soft-min; the weights are the one-hot direction with the
 * reference tie-break diag > up > left (comparisons, not argMin, so every backend agrees), and
 * the backward pass then yields the 0/1 indicator of the optimal path, the subgradient.
 */
import type { Tensor, Tensor1D, Tensor2D } from '@tensorflow/tfjs-core';
import type { DiagonalLayout } from './diagonalLayout.js';
import type { TfjsModule } from './TfjsModule.js';
import type { WavefrontProblem } from './WavefrontProblem.js';

/** Cost of border and out-of-band cells: "+∞" in float32 arithmetic. */
export const COST_SENTINEL = 1e30;

/** Smallest γ the float32 kernels compute with (a smaller positive γ computes as this). */
export const GAMMA_FLOOR = 1e-30;

/** Shifted differences are clamped at −SHIFT_CLAMP·γ (e^{−110} is 0 in float32). */
const SHIFT_CLAMP = 110;

/** The soft-min weights of one diagonal (γ = 0: one-hot directions), each [n, b]. */
export interface DiagonalWeights {
  /** Weight of R_{i−1,j−1}. */
  readonly diag: Tensor2D;
  /** Weight of R_{i−1,j}. */
  readonly up: Tensor2D;
  /** Weight of R_{i,j−1}. */
  readonly left: Tensor2D;
}

/** Output of {@link wavefrontForward}. */
export interface WavefrontForward {
  /** value_k = R_{n_k−1, m_k−1}: [b]. */
  readonly values: Tensor1D;
  /** One entry per diagonal when kept, else null. */
  readonly weights: DiagonalWeights[] | null;
}

/**
 * Runs the forward recursion; disposes every intermediate tensor.
 *
 * @param tf - the tfjs namespace
 * @param problem - the padded batch (γ, lengths)
 * @param layout - its layout tables (for the per-item read-out)
 * @param costAt - costs of diagonal d, [n, b] (a new tensor, disposed here; called in order d = 0, 1, …)
 * @param keepWeights - also return the weights for the backward pass
 * @returns values [b] and, if asked, the weights (the caller disposes them)
 * @example
 * const { values } = wavefrontForward(tf, problem, diagonalLayout(problem), (d) => costs[d], false);
 */
export function wavefrontForward(
  tf: TfjsModule,
  problem: WavefrontProblem,
  layout: DiagonalLayout,
  costAt: (d: number) => Tensor2D,
  keepWeights: boolean,
): WavefrontForward {
  const { batch, n } = problem;
  const hard = problem.gamma === 0;
  const gamma = hard ? 0 : Math.max(problem.gamma, GAMMA_FLOOR);
  const scalars: StepScalars = { gamma: tf.scalar(gamma), invGamma: tf.scalar(hard ? 0 : 1 / gamma), clamp: tf.scalar(-SHIFT_CLAMP * gamma) };
  const border = tf.fill([1, batch], COST_SENTINEL) as Tensor2D;
  const endings = new Map([...layout.endings].map(([d, table]) => [d, tf.tensor2d(table, [n, batch])]));

  // Diagonal −1 is all border; diagonal −2 holds R_{−1,−1} = 0 in row −1, which enters diag(0) at row 0.
  let left = tf.fill([n, batch], COST_SENTINEL) as Tensor2D;
  let up = tf.fill([n, batch], COST_SENTINEL) as Tensor2D;
  let diag = tf.tidy(() => (n === 1 ? tf.zeros([1, batch]) : tf.concat([tf.zeros([1, batch]), tf.fill([n - 1, batch], COST_SENTINEL)], 0))) as Tensor2D;
  let values: Tensor1D | null = null;
  const weights: DiagonalWeights[] | null = keepWeights ? [] : null;

  for (let d = 0; d < layout.diagonals; d++) {
    const step = tf.tidy(() => {
      const cost = costAt(d);
      const { r, w } = hard ? hardStep(tf, diag, up, left, cost, keepWeights) : softStep(tf, diag, up, left, cost, scalars, keepWeights);
      const nextUp = n === 1 ? tf.clone(border) : (tf.concat([border, tf.slice(r, [0, 0], [n - 1, batch])], 0) as Tensor2D);
      const table = endings.get(d);
      const reached = table === undefined ? undefined : (tf.sum(tf.mul(r, table), 0) as Tensor1D);
      const total = reached === undefined || values === null ? reached : (tf.add(values, reached) as Tensor1D);
      return { r, nextUp, total, ...(w === null ? {} : { diag: w.diag, up: w.up, left: w.left }) };
    });
    if (step.total !== undefined) {
      values?.dispose();
      values = step.total;
    }
    if (weights !== null && step.diag !== undefined && step.up !== undefined && step.left !== undefined) {
      weights.push({ diag: step.diag, up: step.up, left: step.left });
    }
    tf.dispose([diag, left]);
    diag = up;
    up = step.nextUp;
    left = step.r;
  }
  tf.dispose([diag, up, left, border, scalars.gamma, scalars.invGamma, scalars.clamp, ...endings.values()]);
  if (values === null) throw new Error('wavefrontForward: no item ends on any diagonal (lengths out of range); this is a bug.');
  return { values, weights };
}

interface StepScalars {
  readonly gamma: Tensor;
  readonly invGamma: Tensor;
  readonly clamp: Tensor;
}

function softStep(
  tf: TfjsModule,
  diag: Tensor2D,
  up: Tensor2D,
  left: Tensor2D,
  cost: Tensor2D,
  scalars: StepScalars,
  keepWeights: boolean,
): { r: Tensor2D; w: DiagonalWeights | null } {
  const mu = tf.minimum(tf.minimum(diag, up), left);
  const term = (predecessor: Tensor2D): Tensor2D =>
    tf.exp(tf.mul(tf.maximum(tf.sub(mu, predecessor), scalars.clamp), scalars.invGamma)) as Tensor2D;
  const terms = [term(diag), term(up), term(left)] as const; // the minimum's term is exactly 1
  const sum = tf.addN([...terms]); // ∈ [1, 3]
  const r = tf.add(cost, tf.sub(mu, tf.mul(tf.log(sum), scalars.gamma))) as Tensor2D;
  if (!keepWeights) return { r, w: null };
  return { r, w: { diag: tf.div(terms[0], sum) as Tensor2D, up: tf.div(terms[1], sum) as Tensor2D, left: tf.div(terms[2], sum) as Tensor2D } };
}

function hardStep(
  tf: TfjsModule,
  diag: Tensor2D,
  up: Tensor2D,
  left: Tensor2D,
  cost: Tensor2D,
  keepWeights: boolean,
): { r: Tensor2D; w: DiagonalWeights | null } {
  const r = tf.add(cost, tf.minimum(tf.minimum(diag, up), left)) as Tensor2D;
  if (!keepWeights) return { r, w: null };
  const takeDiag = tf.logicalAnd(tf.lessEqual(diag, up), tf.lessEqual(diag, left));
  const takeUp = tf.logicalAnd(tf.logicalNot(takeDiag), tf.lessEqual(up, left));
  const takeLeft = tf.logicalNot(tf.logicalOr(takeDiag, takeUp));
  const oneHot = (mask: Tensor): Tensor2D => tf.cast(mask, 'float32') as Tensor2D;
  return { r, w: { diag: oneHot(takeDiag), up: oneHot(takeUp), left: oneHot(takeLeft) } };
}
