/**
 * The primitives @softdtw/core adds to the autodiff registry, with their inputs and attrs.
 * Kernels are registered under these names (registerCpuKernels.ts for backend 'cpu'); another
 * backend implements the same names with the same contracts (see the README, "Kernels").
 */
import type { Tensor } from '@softdtw/autodiff';
import type { SoftDtwResiduals } from '../cpu/softDtwCostForward.js';

// ---------------------------------------------------------------------------------------------
// Soft-DTW over cost matrices
// ---------------------------------------------------------------------------------------------

/** Soft-DTW value of each cost matrix: D [n, m] → [] or D [b, n, m] → [b]. Differentiable in D. */
export const SOFT_DTW = 'SoftDtw';
/** Helper kernel of SoftDtw's vjp.fwd: the values and the residuals of the backward pass. */
export const SOFT_DTW_WITH_RESIDUALS = 'SoftDtwWithResiduals';
/** The heavy backward kernel: E = ∂value/∂D from the residuals (not scaled by the cotangent). */
export const SOFT_DTW_GRAD = 'SoftDtwGrad';

/** Inputs of SoftDtw and SoftDtwWithResiduals: D, the cost matrices, [n, m] or [b, n, m] (padded when lengths are given). */
export type SoftDtwInputs = { D: Tensor };

/** Attrs of SoftDtw, SoftDtwWithResiduals and SoftDtwGrad (static, never differentiated). */
export interface SoftDtwAttrs {
  /** Smoothing γ ≥ 0 (0 = hard DTW, subgradient). */
  readonly gamma: number;
  /** Sakoe-Chiba radius (|i − j| ≤ band), omitted = none. */
  readonly band?: number;
  /** Per-item row counts n_k (rank-3 D only), default n. */
  readonly lengthsX?: readonly number[];
  /** Per-item column counts m_k (rank-3 D only), default m. */
  readonly lengthsY?: readonly number[];
}

/** What SoftDtwWithResiduals returns. */
export interface SoftDtwWithResidualsOutput {
  /** Same as SoftDtw's output. */
  readonly value: Tensor;
  /** Everything SoftDtwGrad needs (cpu: soft-min weights or hard directions, see cpu/softDtwCostForward.ts). */
  readonly residuals: SoftDtwResiduals;
}

/** Inputs of SoftDtwGrad. */
export interface SoftDtwGradInputs {
  /** From SoftDtwWithResiduals. */
  readonly residuals: SoftDtwResiduals;
  /** Shape of D, so E comes back in D's layout. */
  readonly shape: readonly number[];
}

// ---------------------------------------------------------------------------------------------
// Costs
// ---------------------------------------------------------------------------------------------

/** Squared Euclidean cost: X [n, p] | [n] | [b, n, p], Y alike → D [n, m] | [b, n, m]. Differentiable in X and Y. */
export const SQUARED_EUCLIDEAN_COST = 'SquaredEuclideanCost';
/** Its backward kernel: the cotangents of X and Y from the cotangent of D. */
export const SQUARED_EUCLIDEAN_COST_GRAD = 'SquaredEuclideanCostGrad';

/** Inputs of SquaredEuclideanCost: the two series (or batches of series). */
export type SquaredEuclideanCostInputs = { X: Tensor; Y: Tensor };

/** Inputs of SquaredEuclideanCostGrad: the primal inputs and the cotangent G of D. */
export interface SquaredEuclideanCostGradInputs {
  readonly X: Tensor;
  readonly Y: Tensor;
  readonly G: Tensor;
}

/** Output of SquaredEuclideanCostGrad: cotangents shaped like X and Y. */
export interface SquaredEuclideanCostGradOutput {
  readonly X: Tensor;
  readonly Y: Tensor;
}
