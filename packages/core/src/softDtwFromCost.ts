/**
 * softDtwFromCost / softDtwFromCostValueAndGrad: soft-DTW over a cost matrix the caller built
 * (any cost, not only squared Euclidean), and its gradient E = ∂value/∂D, the expected alignment
 * matrix (Cuturi & Blondel, ICML 2017, arXiv:1703.01541, Algorithms 1 and 2). Kernels:
 * cpu/softDtwCostForward.ts and cpu/softDtwCostBackward.ts.
 */
import { getBackend, isTensor, type Tensor } from '@softdtw/autodiff';
import { softDtwCostBackward } from './cpu/softDtwCostBackward.js';
import { softDtwCostForward, softDtwResidualBytes, type SoftDtwCostProblem } from './cpu/softDtwCostForward.js';
import { checkFiniteResult } from './checkFiniteResult.js';
import { describeValue } from './describeValue.js';
import { EmptySeriesError, InvalidArgumentError, NonFiniteValueError, ShapeError } from './errors.js';
import { checkMemoryBudget } from './memoryBudget.js';
import type { SoftDtwAttrs } from './primitives/primitiveNames.js';
import { SoftDtw, softDtwGradKernel, softDtwWithResidualsKernel } from './primitives/SoftDtw.js';
import { SOFT_DTW_OPTION_NAMES } from './softDtw.js';
import { checkBandFits, resolveOptions, type SoftDtwOptions } from './SoftDtwOptions.js';

/** Options of the cost-matrix functions: SoftDtwOptions, plus per-item lengths for a batched Tensor D. */
export interface SoftDtwFromCostOptions extends SoftDtwOptions {
  /** Rows n_k of each item of a [b, n, m] Tensor D (default n). */
  readonly lengthsX?: readonly number[];
  /** Columns m_k of each item of a [b, n, m] Tensor D (default m). */
  readonly lengthsY?: readonly number[];
}

/** Result of softDtwFromCostValueAndGrad for a Tensor D. */
export interface SoftDtwFromCostValueAndGradTensors {
  /** Value [] (D [n, m]) or values [b] (D [b, n, m]). */
  readonly value: Tensor;
  /** E = ∂value/∂D, shaped like D. */
  readonly gradD: Tensor;
}

const TENSOR_COST_OPTION_NAMES = [...SOFT_DTW_OPTION_NAMES, 'lengthsX', 'lengthsY'] as const;

function attrsFor(op: string, options: SoftDtwFromCostOptions | undefined): SoftDtwAttrs {
  const { gamma, radius } = resolveOptions(op, options, TENSOR_COST_OPTION_NAMES);
  return {
    gamma,
    ...(Number.isFinite(radius) ? { band: radius } : {}),
    ...(options?.lengthsX === undefined ? {} : { lengthsX: options.lengthsX }),
    ...(options?.lengthsY === undefined ? {} : { lengthsY: options.lengthsY }),
  };
}

/** Result of softDtwFromCostValueAndGrad. */
export interface SoftDtwFromCostValueAndGrad {
  /** The soft-DTW value R_nm. */
  readonly value: number;
  /** ∂value/∂D = the expected alignment matrix E, n × m, entries in [0, 1]. */
  readonly gradD: number[][];
}

/**
 * Soft-DTW value of a cost matrix D (n × m): the soft minimum over alignment paths of the summed
 * costs. D may hold any finite numbers (negative ones too).
 *
 * A Tensor D of shape [n, m] gives a scalar Tensor, [b, n, m] (padded, with `lengthsX` /
 * `lengthsY` per item) gives values [b]; both are the SoftDtw primitive, on the tape, so a cost
 * built from autodiff ops composes: `softDtwFromCost(abs(sub(xCol, yRow)), { gamma })`.
 *
 * @param D - cost matrix, n × m (D[i][j] = cost of aligning x_i with y_j), or a Tensor [n, m] | [b, n, m]
 * @param options - gamma (≥ 0, default 1), band (Sakoe-Chiba radius ≥ |n − m|), memoryBudget; lengthsX/lengthsY for a batched Tensor
 * @returns R_nm (a Tensor for a Tensor D)
 * @throws ShapeError (ragged rows), EmptySeriesError, NonFiniteValueError, InvalidArgumentError, BandTooNarrowError, NumericalError
 * @see https://arxiv.org/abs/1703.01541
 * @example
 * softDtwFromCost([[0, 1], [1, 0]], { gamma: 0 }); // 0
 */
export function softDtwFromCost(D: readonly (readonly number[])[], options?: SoftDtwOptions): number;
export function softDtwFromCost(D: Tensor, options?: SoftDtwFromCostOptions): Tensor;
export function softDtwFromCost(D: readonly (readonly number[])[] | Tensor, options?: SoftDtwFromCostOptions): number | Tensor {
  const op = 'softDtwFromCost';
  if (isTensor(D)) {
    const attrs = attrsFor(op, options);
    checkMemoryBudget(op, 32 * D.size, options?.memoryBudget, 'the soft-min weights and E of the autodiff path (32 B per DP cell)');
    return SoftDtw({ D }, attrs);
  }
  const { gamma, radius } = resolveOptions(op, options, SOFT_DTW_OPTION_NAMES);
  const { data, n, m } = readCostMatrix(op, D);
  checkBandFits(op, radius, n, m, 'the rows and columns of D');
  const problem: SoftDtwCostProblem = { batch: 1, n, m, lengthsX: null, lengthsY: null, gamma, radius };
  const { values } = softDtwCostForward(data, problem, false);
  return checkFiniteResult(op, values[0], 'the soft-DTW value');
}

/**
 * Soft-DTW value of a cost matrix and its gradient with respect to D, the expected alignment
 * matrix E (γ = 0: the 0/1 optimal path, a subgradient).
 *
 * @param D - cost matrix, n × m, or a Tensor [n, m] | [b, n, m]
 * @param options - gamma (≥ 0, default 1), band, memoryBudget; lengthsX/lengthsY for a batched Tensor
 * @returns value and gradD = E (n × m); Tensors for a Tensor D (computed, not on a tape)
 * @throws the errors of softDtwFromCost, and MemoryBudgetError (24 B of weights + 8 B of E per cell)
 * @example
 * softDtwFromCostValueAndGrad([[0, 1], [1, 0]], { gamma: 0 }).gradD; // [[1, 0], [0, 1]]
 */
export function softDtwFromCostValueAndGrad(D: readonly (readonly number[])[], options?: SoftDtwOptions): SoftDtwFromCostValueAndGrad;
export function softDtwFromCostValueAndGrad(D: Tensor, options?: SoftDtwFromCostOptions): SoftDtwFromCostValueAndGradTensors;
export function softDtwFromCostValueAndGrad(
  D: readonly (readonly number[])[] | Tensor,
  options?: SoftDtwFromCostOptions,
): SoftDtwFromCostValueAndGrad | SoftDtwFromCostValueAndGradTensors {
  const op = 'softDtwFromCostValueAndGrad';
  if (isTensor(D)) {
    const attrs = attrsFor(op, options);
    const bytes = 32 * D.size;
    checkMemoryBudget(op, bytes, options?.memoryBudget, 'the weights and E');
    const backend = getBackend();
    const { value, residuals } = softDtwWithResidualsKernel(backend, { D }, attrs);
    return { value, gradD: softDtwGradKernel(backend, { residuals, shape: D.shape }, attrs) };
  }
  const { gamma, radius, memoryBudget } = resolveOptions(op, options, SOFT_DTW_OPTION_NAMES);
  const { data, n, m } = readCostMatrix(op, D);
  checkBandFits(op, radius, n, m, 'the rows and columns of D');
  const problem: SoftDtwCostProblem = { batch: 1, n, m, lengthsX: null, lengthsY: null, gamma, radius };
  checkMemoryBudget(op, softDtwResidualBytes(problem) + 8 * n * m, memoryBudget, 'the weights and E');
  const { values, residuals } = softDtwCostForward(data, problem, true);
  const value = checkFiniteResult(op, values[0], 'the soft-DTW value');
  const E = softDtwCostBackward(residuals!);
  const gradD: number[][] = new Array<number[]>(n);
  for (let i = 0; i < n; i++) gradD[i] = Array.from(E.subarray(i * m, (i + 1) * m));
  return { value, gradD };
}

function readCostMatrix(op: string, D: readonly (readonly number[])[]): { data: Float64Array; n: number; m: number } {
  if (!Array.isArray(D) || (D.length > 0 && !Array.isArray(D[0]))) {
    throw new InvalidArgumentError(
      `${op}: expected D to be a cost matrix given as number[][] (n rows of m costs), got ${describeValue(D)}. ` +
        `Build it e.g. with squaredEuclideanCost(x, y).`,
    );
  }
  if (D.length === 0 || D[0].length === 0) {
    throw new EmptySeriesError(`${op}: expected a non-empty cost matrix D, got ${D.length} × ${D.length === 0 ? 0 : D[0].length}. Pass at least one row and one column.`);
  }
  const n = D.length;
  const m = D[0].length;
  const data = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    const row: unknown = D[i];
    if (!Array.isArray(row) || row.length !== m) {
      throw new ShapeError(
        `${op}: expected every row of D to have ${m} columns (like row 0), got ${Array.isArray(row) ? row.length : describeValue(row)} in row ${i}. ` +
          `D must be rectangular (n × m).`,
      );
    }
    for (let j = 0; j < m; j++) {
      const value: unknown = row[j];
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new NonFiniteValueError(
          `${op}: expected finite numbers in D, got ${describeValue(value)} at row ${i}, column ${j}. ` +
            `Replace missing or infinite costs (use a band to forbid cells instead of +Infinity).`,
        );
      }
      data[i * m + j] = value;
    }
  }
  return { data, n, m };
}
