/**
 * softDtwAlignment: the expected alignment matrix E = ∂dtw_γ/∂D (Cuturi & Blondel, ICML 2017,
 * arXiv:1703.01541, Algorithm 2): E_ij is the probability, under the Gibbs distribution over
 * alignment paths, that x_i is aligned with y_j. γ = 0 gives the 0/1 optimal path.
 */
import { softDtwSeriesValueAndGrad, softDtwSeriesValueAndGradBytes } from './cpu/softDtwSeriesValueAndGrad.js';
import { checkFiniteResult } from './checkFiniteResult.js';
import { checkMemoryBudget } from './memoryBudget.js';
import { readSeriesPair } from './readSeries.js';
import type { Tensor } from '@softdtw/autodiff';
import { anyTensor, checkSameFeatureCount, featuresOf, float64Data, resultTensor, seriesTensor, type SeriesOrTensor } from './seriesTensor.js';
import type { Series } from './Series.js';
import { SOFT_DTW_OPTION_NAMES } from './softDtw.js';
import { checkBandFits, resolveOptions, type SoftDtwOptions } from './SoftDtwOptions.js';

/** Result of softDtwAlignment. */
export interface SoftDtwAlignment {
  /** The soft-DTW value. */
  readonly value: number;
  /** E, n × m, entries in [0, 1], E[0][0] = E[n−1][m−1] = 1; zero outside the band. */
  readonly alignment: number[][];
}

/** Result of softDtwAlignment for Tensor inputs. */
export interface SoftDtwAlignmentTensors {
  /** Scalar Tensor. */
  readonly value: Tensor;
  /** E as a Tensor [n, m]. */
  readonly alignment: Tensor;
}

/**
 * Soft-DTW value and expected alignment matrix of x against y (Tensors in, Tensors out).
 *
 * @param x - series of n time steps: number[], number[][] (n × p), Float64Array or Tensor [n] | [n, p]
 * @param y - series of m time steps with the same p
 * @param options - gamma (≥ 0, default 1; 0 = the optimal path as a 0/1 matrix), band, memoryBudget
 * @returns value and alignment E (n × m)
 * @throws the errors of softDtw, and MemoryBudgetError (32 B per DP cell: weights + dense E)
 * @see https://arxiv.org/abs/1703.01541
 * @example
 * softDtwAlignment([0, 1], [0, 1], { gamma: 0 }).alignment; // [[1, 0], [0, 1]]
 */
export function softDtwAlignment(x: Series, y: Series, options?: SoftDtwOptions): SoftDtwAlignment;
export function softDtwAlignment(x: Tensor, y: SeriesOrTensor, options?: SoftDtwOptions): SoftDtwAlignmentTensors;
export function softDtwAlignment(x: SeriesOrTensor, y: Tensor, options?: SoftDtwOptions): SoftDtwAlignmentTensors;
export function softDtwAlignment(x: SeriesOrTensor, y: SeriesOrTensor, options?: SoftDtwOptions): SoftDtwAlignment | SoftDtwAlignmentTensors {
  const op = 'softDtwAlignment';
  const { gamma, radius, memoryBudget } = resolveOptions(op, options, SOFT_DTW_OPTION_NAMES);
  if (anyTensor(x, y)) {
    const X = seriesTensor(op, 'x', x);
    const Y = seriesTensor(op, 'y', y);
    checkSameFeatureCount(op, X, Y, ['x', 'y']);
    const n = X.shape[0];
    const m = Y.shape[0];
    checkBandFits(op, radius, n, m, 'x and y');
    checkMemoryBudget(op, softDtwSeriesValueAndGradBytes(n, m, featuresOf(X), gamma, radius, true), memoryBudget, 'the weights and the dense n × m alignment matrix');
    const E = new Float64Array(n * m);
    const { value } = softDtwSeriesValueAndGrad(float64Data(X), n, float64Data(Y), m, featuresOf(X), gamma, radius, E);
    checkFiniteResult(op, value, 'the soft-DTW value');
    const dtype = X.dtype === 'float32' && Y.dtype === 'float32' ? 'float32' : 'float64';
    return { value: resultTensor(new Float64Array([value]), [], dtype), alignment: resultTensor(E, [n, m], dtype) };
  }
  const [a, b] = readSeriesPair(op, x as Series, y as Series, radius);
  checkMemoryBudget(
    op,
    softDtwSeriesValueAndGradBytes(a.n, b.n, a.p, gamma, radius, true),
    memoryBudget,
    'the weights and the dense n × m alignment matrix',
  );
  const E = new Float64Array(a.n * b.n);
  const { value } = softDtwSeriesValueAndGrad(a.data, a.n, b.data, b.n, a.p, gamma, radius, E);
  checkFiniteResult(op, value, 'the soft-DTW value');
  const alignment: number[][] = new Array<number[]>(a.n);
  for (let i = 0; i < a.n; i++) alignment[i] = Array.from(E.subarray(i * b.n, (i + 1) * b.n));
  return { value, alignment };
}
