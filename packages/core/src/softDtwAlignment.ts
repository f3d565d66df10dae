/**
 * softDtwAlignment: the expected alignment matrix E = ∂dtw_γ/∂D (Cuturi & Blondel, ICML 2017,
 * arXiv:1703.01541, Algorithm 2): E_ij is the probability, under the Gibbs distribution over
 * alignment paths, that x_i is aligned with y_j. γ = 0 gives the 0/1 optimal path.
 */
import { softDtwSeriesValueAndGrad, softDtwSeriesValueAndGradBytes } from './cpu/softDtwSeriesValueAndGrad.js';
import { checkFiniteResult } from './checkFiniteResult.js';
import { checkMemoryBudget } from './memoryBudget.js';
import { readSeriesPair } from './readSeries.js';
import type { Series } from './Series.js';
import { SOFT_DTW_OPTION_NAMES } from './softDtw.js';
import { resolveOptions, type SoftDtwOptions } from './SoftDtwOptions.js';

/** Result of softDtwAlignment. */
export interface SoftDtwAlignment {
  /** The soft-DTW value. */
  readonly value: number;
  /** E, n × m, entries in [0, 1], E[0][0] = E[n−1][m−1] = 1; zero outside the band. */
  readonly alignment: number[][];
}

/**
 * Soft-DTW value and expected alignment matrix of x against y.
 *
 * @param x - series of n time steps: number[], number[][] (n × p) or Float64Array
 * @param y - series of m time steps with the same p
 * @param options - gamma (≥ 0, default 1; 0 = the optimal path as a 0/1 matrix), band, memoryBudget
 * @returns value and alignment E (n × m)
 * @throws the errors of softDtw, and MemoryBudgetError (32 B per DP cell: weights + dense E)
 * @see https://arxiv.org/abs/1703.01541
 * @example
 * softDtwAlignment([0, 1], [0, 1], { gamma: 0 }).alignment; // [[1, 0], [0, 1]]
 */
export function softDtwAlignment(x: Series, y: Series, options?: SoftDtwOptions): SoftDtwAlignment {
  const op = 'softDtwAlignment';
  const { gamma, radius, memoryBudget } = resolveOptions(op, options, SOFT_DTW_OPTION_NAMES);
  const [a, b] = readSeriesPair(op, x, y, radius);
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
