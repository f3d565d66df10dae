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

// ---------------------------------------------------------------------------------------------
// Soft-DTW over packed series (the plain-array API's batch kernels)
// ---------------------------------------------------------------------------------------------

/**
 * Values (and optionally gradients) of many series pairs, costs computed on the fly: the
 * kernel behind the plain-array API (softDtw, softDtwValueAndGrad, softDtwBatch,
 * softDtwBatchValueAndGrad, pairwiseSoftDtw). Synchronous: `(backend, inputs, attrs) => output`.
 * A backend that can only compute asynchronously (WebGPU, a worker pool) registers
 * {@link SOFT_DTW_SERIES_BATCH_ASYNC} instead or as well.
 */
export const SOFT_DTW_SERIES_BATCH = 'SoftDtwSeriesBatch';
/** Same contract as {@link SOFT_DTW_SERIES_BATCH}, returning a Promise (used by the `…Async` functions). */
export const SOFT_DTW_SERIES_BATCH_ASYNC = 'SoftDtwSeriesBatchAsync';

/**
 * Inputs of the series-batch kernels: b pairs packed into two row-major buffers of p features
 * per time step. Pair k is x rows [xStart[k], xStart[k] + lengthsX[k]) against y rows
 * [yStart[k], yStart[k] + lengthsY[k]). Rows may be shared between pairs (pairwise matrices
 * repeat starts) only when `gradients` is false; with gradients every pair owns its rows.
 * Everything is validated by core before a kernel runs: finite values, lengths ≥ 1, a band that
 * fits every pair; the kernel only computes.
 */
export interface SeriesBatchInputs {
  /** All x rows, row-major, p values per row. */
  readonly x: Float64Array;
  /** All y rows, row-major, p values per row. */
  readonly y: Float64Array;
  /** First row of pair k's x (in rows, not values). */
  readonly xStart: Int32Array;
  /** First row of pair k's y. */
  readonly yStart: Int32Array;
  /** n_k ≥ 1. */
  readonly lengthsX: Int32Array;
  /** m_k ≥ 1. */
  readonly lengthsY: Int32Array;
}

/** Attrs of the series-batch kernels. */
export interface SeriesBatchAttrs {
  /** Features per time step (≥ 1). */
  readonly p: number;
  /** γ ≥ 0; 0 = hard DTW (min, tie-break diagonal, then up (i−1, j), then left (i, j−1)). */
  readonly gamma: number;
  /** Sakoe-Chiba radius, Infinity for none; fits every pair (radius ≥ |n_k − m_k|). */
  readonly radius: number;
  /** Also return ∂value_k/∂x and ∂value_k/∂y. */
  readonly gradients: boolean;
  /**
   * Requested arithmetic: 'float64' (default) or 'float32' (faster where the backend has it).
   * A float64 backend may compute more precisely than asked; a float32-only backend (tfjs,
   * WebGPU) computes in float32 whatever is asked.
   */
  readonly dtype: 'float64' | 'float32';
}

/** Output of the series-batch kernels. */
export interface SeriesBatchOutput {
  /** b values (core checks them for NaN/±Infinity). */
  readonly values: Float64Array;
  /** With gradients: ∂value_k/∂x in x's layout (rows no pair uses are 0); else null. */
  readonly gradX: Float64Array | null;
  /** With gradients: ∂value_k/∂y in y's layout; else null. */
  readonly gradY: Float64Array | null;
}
