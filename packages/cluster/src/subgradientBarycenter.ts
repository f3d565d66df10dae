/**
 * subgradientBarycenter: the stochastic subgradient (SSG) mean of Schultz & Jain, "Nonsmooth
 * analysis and subgradient methods for averaging in dynamic time warping spaces", Pattern
 * Recognition 74 (2018), arXiv:1701.06393 — the second baseline of Cuturi & Blondel, ICML 2017,
 * arXiv:1703.01541, §4.1.
 *
 * Objective (the Fréchet function, γ = 0): J(Z) = (1/N) Σ_i DTW(Z, X_i).
 * One epoch visits the N series in a fresh random order (seeded); for each X_i, with the optimal
 * path's valence V_i and warped sum W_i X_i (alignToBarycenter):
 *   g = 2 (V_i ∘ Z − W_i X_i)          a subgradient of DTW(·, X_i) at Z
 *   Z ← Z − η_t g
 * Step sizes, the authors' default schedule: η_t falls linearly from `stepSize.start` (0.1) to
 * `stepSize.end` (0.005) over the first N updates t = 1…N, and stays at `end` afterwards.
 * Default epochs: ⌈1000 / N⌉ (about 1000 updates), as in the authors' code; Table 1 of the soft-DTW
 * paper caps every method at 100 iterations (pass maxIter: 100).
 *
 * The iterates of a subgradient method do not decrease J monotonically, so J is evaluated at the
 * start and after each epoch and the best Z seen is returned (documented choice; the authors'
 * code returns the last iterate and reports J per epoch, which `lossHistory` also gives).
 */
import { SeededRandom } from '@softdtw/datasets';
import type { LbfgsStopReason } from '@softdtw/optim';
import { alignToBarycenter } from './alignToBarycenter.js';
import { InvalidOptionError } from './errors.js';
import { initialBarycenter, resolveBarycenterLength, type BarycenterInit } from './initialBarycenter.js';
import { readSeriesSet, toSeriesValue, type ClusterSeries, type SeriesSet, type SeriesValue } from './SeriesSet.js';
import type { BarycenterResult } from './softDtwBarycenter.js';

/** Options of subgradientBarycenter. */
export interface SubgradientBarycenterOptions {
  /** 'euclidean-mean' (default), 'random', or a series to start from. */
  readonly init?: BarycenterInit;
  /** Barycenter length L. Default: the init series' length, else the longest input series. */
  readonly length?: number;
  /** Epochs (passes over the data). Default ⌈1000 / N⌉. */
  readonly maxIter?: number;
  /** Step-size schedule: linear from start to end over the first N updates. Default { start: 0.1, end: 0.005 }. */
  readonly stepSize?: { readonly start: number; readonly end: number };
  /** Seed of the visiting order (and of the 'random' init). Default 0. */
  readonly seed?: number;
}

/**
 * Stochastic subgradient barycenter (SSG) under hard DTW.
 *
 * @param series - N series, [m_i] or [m_i][p]; lengths may differ
 * @param options - init, length, maxIter (epochs), stepSize, seed
 * @returns barycenter ([L] or [L][p]): the best iterate over epochs; loss J at it (mean DTW cost);
 *   iterations (epochs); reason 'max-iterations'; converged false; lossHistory (J at the start and after each epoch)
 * @throws EmptyInputError, InvalidSeriesError, FeatureMismatchError, InvalidOptionError, LengthMismatchError
 * @see Schultz & Jain 2018; Cuturi & Blondel 2017, §4.1
 * @example
 * const { loss } = subgradientBarycenter([[0, 1, 2, 1, 0], [0, 0, 1, 2, 1, 0]], { maxIter: 50 });
 */
export function subgradientBarycenter(
  series: readonly (readonly number[] | Float64Array)[],
  options?: SubgradientBarycenterOptions,
): BarycenterResult<number[]>;
export function subgradientBarycenter(
  series: readonly (readonly (readonly number[])[])[],
  options?: SubgradientBarycenterOptions,
): BarycenterResult<number[][]>;
export function subgradientBarycenter(series: readonly ClusterSeries[], options?: SubgradientBarycenterOptions): BarycenterResult;
export function subgradientBarycenter(series: readonly ClusterSeries[], options: SubgradientBarycenterOptions = {}): BarycenterResult {
  const op = 'subgradientBarycenter';
  return subgradientBarycenterOfSet(op, readSeriesSet(op, 'series', series), options);
}

/**
 * subgradientBarycenter over a validated set (shared with TimeSeriesKMeans).
 *
 * @param op - public function name, for messages
 * @param set - validated series
 * @param options - as subgradientBarycenter
 * @returns as subgradientBarycenter
 * @example
 * subgradientBarycenterOfSet('f', set, { maxIter: 100, seed: 3 });
 */
export function subgradientBarycenterOfSet(op: string, set: SeriesSet, options: SubgradientBarycenterOptions): BarycenterResult {
  const N = set.items.length;
  const epochs = options.maxIter ?? Math.ceil(1000 / N);
  const seed = options.seed ?? 0;
  const { start, end } = options.stepSize ?? { start: 0.1, end: 0.005 };
  if (!(Number.isSafeInteger(epochs) && epochs >= 0)) {
    throw new InvalidOptionError(`${op}: expected maxIter (epochs) to be an integer ≥ 0, got ${String(epochs)}. Pass e.g. maxIter: 100.`);
  }
  if (!(Number.isFinite(start) && Number.isFinite(end) && start > 0 && end > 0)) {
    throw new InvalidOptionError(
      `${op}: expected stepSize { start, end } with finite positive numbers, got { start: ${String(start)}, end: ${String(end)} }. Pass e.g. { start: 0.1, end: 0.005 }.`,
    );
  }
  if (!Number.isSafeInteger(seed)) throw new InvalidOptionError(`${op}: expected seed to be an integer, got ${String(seed)}.`);
  const L = resolveBarycenterLength(op, set, options.init, options.length);
  const { p } = set;
  const uniform = new Float64Array(N).fill(1);
  let z = initialBarycenter(op, set, options.init, L, uniform, seed);
  const random = new SeededRandom(seed);
  const frechet = (candidate: Float64Array): number =>
    set.items.reduce((sum, x) => sum + alignToBarycenter(candidate, L, p, x).cost, 0) / N;
  let best = z;
  let bestLoss = frechet(z);
  const lossHistory = [bestLoss];
  const order = Array.from({ length: N }, (_, i) => i);
  let update = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const next = Float64Array.from(z);
    for (const i of random.shuffle(order)) {
      update++;
      const eta = update <= N ? (N === 1 ? start : start + ((end - start) * (update - 1)) / (N - 1)) : end;
      const { valence, warped } = alignToBarycenter(next, L, p, set.items[i]);
      for (let k = 0; k < L; k++) {
        for (let f = 0; f < p; f++) next[k * p + f] -= eta * 2 * (valence[k] * next[k * p + f] - warped[k * p + f]);
      }
    }
    z = next;
    const loss = frechet(z);
    lossHistory.push(loss);
    if (loss < bestLoss) {
      bestLoss = loss;
      best = z;
    }
  }
  const reason: LbfgsStopReason = 'max-iterations';
  return {
    barycenter: toSeriesValue(best, L, p, set.rows) as SeriesValue,
    loss: bestLoss,
    iterations: epochs,
    reason,
    converged: false,
    lossHistory,
  };
}
