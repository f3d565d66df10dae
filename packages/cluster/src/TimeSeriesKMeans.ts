/**
 * TimeSeriesKMeans: Lloyd's algorithm for k-means under soft-DTW, DTW or the squared Euclidean
 * distance (Cuturi & Blondel, ICML 2017, arXiv:1703.01541, §3.2, Eq. 5):
 *
 *   minimise over centroids C_1…C_k and assignments:  Σ_i min_j d(X_i, C_j)
 *
 * alternating (1) assignment: each series goes to its nearest centroid under d, and (2) update:
 * each centroid becomes the barycenter of its members matching d — the soft-DTW barycenter
 * (Eq. 4, L-BFGS, warm-started from the current centroid) for 'softdtw', DBA for 'dtw', the
 * pointwise mean for 'euclidean'. It stops when the assignment no longer changes or after maxIter
 * updates (30 by default, with 100 barycenter iterations, §4.2). nInit restarts from different
 * seedings keep the run with the lowest inertia.
 *
 * Choices written down:
 * - inertia = (1/N) Σ_i d(X_i, C_{label_i}) (tslearn's convention). For 'softdtw' d = dtw_γ, which
 *   can be negative, so the inertia can be negative; lower is still better.
 * - k-means++ seeding (Arthur & Vassilvitskii 2007) draws each new seed with probability ∝ its
 *   dissimilarity to the nearest seed so far: the squared Euclidean distance, the DTW cost, or for
 *   'softdtw' the soft-DTW divergence dtw_γ(x, c) − ½ dtw_γ(x, x) − ½ dtw_γ(c, c) (≥ 0 and 0 at
 *   x = c, which dtw_γ itself is not). All three are already squared-cost quantities, so they are
 *   used as the weights directly (no further squaring).
 * - An empty cluster is re-seeded with the series farthest from its centroid (largest d) among
 *   the clusters that keep at least two members.
 */
import { softDtwBatch, pairwiseSoftDtw, type Series } from '@softdtw/core';
import { SeededRandom } from '@softdtw/datasets';
import { centroidOf, type CentroidSettings } from './centroidOf.js';
import { FeatureMismatchError, InvalidOptionError, NotFittedError, TooFewSeriesError } from './errors.js';
import { distancesOfSets, resolveGamma, resolveMetric, type ClusterMetric } from './pairwiseDistances.js';
import { readSeriesSet, toCoreSeries, toSeriesValue, type ClusterSeries, type FlatSeries, type SeriesSet, type SeriesValue } from './SeriesSet.js';

/** Options of TimeSeriesKMeans. */
export interface TimeSeriesKMeansOptions {
  /** Number of clusters, an integer ≥ 1 and ≤ the number of series. */
  readonly k: number;
  /** 'softdtw' (default), 'dtw' (DBA centroids) or 'euclidean' (mean centroids). */
  readonly metric?: ClusterMetric;
  /** γ of 'softdtw' (> 0). Default 1. */
  readonly gamma?: number;
  /** Restarts; the one with the lowest inertia is kept. Default 1. */
  readonly nInit?: number;
  /** Most Lloyd updates per restart. Default 30 (§4.2). */
  readonly maxIter?: number;
  /** Most iterations of each barycenter computation (L-BFGS steps or DBA updates). Default 100 (§4.2). */
  readonly maxIterBarycenter?: number;
  /** Seed of the seeding (restart r continues the same random stream). Default 0. */
  readonly seed?: number;
  /** 'k-means++' (default) or 'random' (k distinct series, uniformly). */
  readonly init?: 'k-means++' | 'random';
  /** Soft-DTW barycenters divide term i by the member's length (Eq. 4). Default true. */
  readonly normalizeByLength?: boolean;
}

interface FittedState {
  readonly labels: number[];
  readonly centroids: SeriesSet;
  readonly inertia: number;
  readonly nIter: number;
  readonly converged: boolean;
}

/**
 * k-means for time series (Lloyd's algorithm) under soft-DTW, DTW or Euclidean distance.
 *
 * @see Cuturi & Blondel 2017, §3.2 and §4.2
 * @example
 * const model = new TimeSeriesKMeans({ k: 2, metric: 'softdtw', gamma: 1, seed: 0 }).fit(series);
 * model.labels; // [N] cluster of each series
 */
export class TimeSeriesKMeans {
  /** The resolved options. */
  readonly options: Required<TimeSeriesKMeansOptions>;
  private state: FittedState | undefined = undefined;

  /**
   * @param options - k, metric, gamma, nInit, maxIter, maxIterBarycenter, seed, init, normalizeByLength
   * @throws InvalidOptionError for out-of-range options
   * @example
   * new TimeSeriesKMeans({ k: 3, metric: 'dtw', nInit: 2 });
   */
  constructor(options: TimeSeriesKMeansOptions) {
    const op = 'TimeSeriesKMeans';
    const positiveInteger = (name: string, value: unknown, minimum: number): number => {
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < minimum) {
        throw new InvalidOptionError(`${op}: expected ${name} to be an integer ≥ ${minimum}, got ${String(value)}.`);
      }
      return value;
    };
    const init = options.init ?? 'k-means++';
    if (init !== 'k-means++' && init !== 'random') {
      throw new InvalidOptionError(`${op}: expected init 'k-means++' or 'random', got '${String(init)}'.`);
    }
    const seed = options.seed ?? 0;
    if (!Number.isSafeInteger(seed)) throw new InvalidOptionError(`${op}: expected seed to be an integer, got ${String(seed)}.`);
    this.options = {
      k: positiveInteger('k', options.k, 1),
      metric: resolveMetric(op, options.metric),
      gamma: resolveGamma(op, options.gamma),
      nInit: positiveInteger('nInit', options.nInit ?? 1, 1),
      maxIter: positiveInteger('maxIter', options.maxIter ?? 30, 0),
      maxIterBarycenter: positiveInteger('maxIterBarycenter', options.maxIterBarycenter ?? 100, 0),
      seed,
      init,
      normalizeByLength: options.normalizeByLength ?? true,
    };
  }

  /**
   * Clusters the series.
   *
   * @param series - N ≥ k series, [n_i] or [n_i][p] (lengths may differ except for 'euclidean')
   * @returns this, fitted (labels, centroids, inertia, nIter)
   * @throws EmptyInputError, InvalidSeriesError, FeatureMismatchError, TooFewSeriesError, LengthMismatchError
   * @example
   * new TimeSeriesKMeans({ k: 2 }).fit([[0, 0, 1], [0, 1, 1], [5, 5, 6], [5, 6, 6]]).labels;
   */
  fit(series: readonly ClusterSeries[]): this {
    const op = 'TimeSeriesKMeans.fit';
    const set = readSeriesSet(op, 'series', series);
    const { k, nInit, seed } = this.options;
    if (k > set.items.length) {
      throw new TooFewSeriesError(`${op}: expected at least k = ${k} series, got ${set.items.length}. Lower k or add series.`);
    }
    const random = new SeededRandom(seed);
    let best: FittedState | undefined;
    for (let restart = 0; restart < nInit; restart++) {
      const run = this.lloyd(op, set, random);
      if (best === undefined || run.inertia < best.inertia) best = run;
    }
    this.state = best;
    return this;
  }

  /**
   * Assigns each series to its nearest centroid.
   *
   * @param series - series with the training data's p, [n_i] or [n_i][p]
   * @returns [N] cluster indices in 0…k−1
   * @throws NotFittedError before fit; FeatureMismatchError for another p
   * @example
   * model.predict([[0, 0, 1]]); // [0]
   */
  predict(series: readonly ClusterSeries[]): number[] {
    const op = 'TimeSeriesKMeans.predict';
    const state = this.fitted(op);
    const set = readSeriesSet(op, 'series', series);
    if (set.p !== state.centroids.p) {
      throw new FeatureMismatchError(`${op}: expected series with ${state.centroids.p} feature(s) like the training data, got ${set.p}.`);
    }
    return argminRows(distancesOfSets(op, set, state.centroids, this.options.metric, this.options.gamma));
  }

  /** [N] cluster of each training series (0…k−1). @throws NotFittedError before fit */
  get labels(): number[] {
    return [...this.fitted('TimeSeriesKMeans.labels').labels];
  }

  /** [k] centroids, each [L] (univariate input as number[]) or [L][p]. @throws NotFittedError before fit */
  get centroids(): SeriesValue[] {
    const { centroids } = this.fitted('TimeSeriesKMeans.centroids');
    return centroids.items.map((c) => toSeriesValue(c.data, c.n, centroids.p, centroids.rows));
  }

  /** (1/N) Σ_i d(X_i, C_{label_i}) of the kept restart. @throws NotFittedError before fit */
  get inertia(): number {
    return this.fitted('TimeSeriesKMeans.inertia').inertia;
  }

  /** Lloyd updates performed in the kept restart. @throws NotFittedError before fit */
  get nIter(): number {
    return this.fitted('TimeSeriesKMeans.nIter').nIter;
  }

  /** True when the kept restart stopped because the assignment stopped changing. @throws NotFittedError before fit */
  get converged(): boolean {
    return this.fitted('TimeSeriesKMeans.converged').converged;
  }

  private fitted(op: string): FittedState {
    if (this.state === undefined) throw new NotFittedError(`${op}: expected a fitted model, got one that was never fitted. Call fit(series) first.`);
    return this.state;
  }

  private lloyd(op: string, set: SeriesSet, random: SeededRandom): FittedState {
    const { k, metric, gamma, maxIter, maxIterBarycenter, normalizeByLength } = this.options;
    const settings: CentroidSettings = { metric, gamma, maxIter: maxIterBarycenter, normalizeByLength };
    const seeds = this.options.init === 'random' ? randomSeeds(set, k, random) : kMeansPlusPlus(set, k, metric, gamma, random);
    let centroids: FlatSeries[] = seeds.map((i) => set.items[i]);
    let previous: number[] | undefined;
    let nIter = 0;
    for (;;) {
      const centroidSet: SeriesSet = { items: centroids, p: set.p, rows: set.rows };
      const distances = distancesOfSets(op, set, centroidSet, metric, gamma);
      const labels = argminRows(distances);
      centroids = reseedEmptyClusters(op, set, centroids, labels, distances, metric, gamma);
      const inertia = labels.reduce((sum, j, i) => sum + distances[i][j], 0) / set.items.length;
      const converged = previous !== undefined && labels.every((j, i) => j === previous?.[i]);
      if (converged || nIter >= maxIter) {
        return { labels, centroids: { items: centroids, p: set.p, rows: set.rows }, inertia, nIter, converged };
      }
      centroids = centroids.map((current, j) => {
        const members = set.items.filter((_, i) => labels[i] === j);
        return centroidOf(op, { items: members, p: set.p, rows: set.rows }, settings, current);
      });
      previous = labels;
      nIter++;
    }
  }
}

function argminRows(distances: number[][]): number[] {
  return distances.map((row) => {
    let best = 0;
    for (let j = 1; j < row.length; j++) if (row[j] < row[best]) best = j;
    return best;
  });
}

function randomSeeds(set: SeriesSet, k: number, random: SeededRandom): number[] {
  return random.shuffle(set.items.map((_, i) => i)).slice(0, k);
}

/** k-means++ seeding; returns the indices of the k seed series. */
function kMeansPlusPlus(set: SeriesSet, k: number, metric: ClusterMetric, gamma: number, random: SeededRandom): number[] {
  const N = set.items.length;
  const { p } = set;
  const core: Series[] = set.items.map((s) => toCoreSeries(s.data, s.n, p));
  const selfValues = metric === 'softdtw' ? softDtwBatch(core, core, { gamma }) : undefined;
  const dissimilarityTo = (c: number): number[] => {
    if (metric === 'euclidean') return distancesOfSets('TimeSeriesKMeans.fit', set, { items: [set.items[c]], p, rows: set.rows }, metric, gamma).map((r) => r[0]);
    const column = pairwiseSoftDtw(core, [core[c]], { gamma: metric === 'dtw' ? 0 : gamma }).map((r) => r[0]);
    if (selfValues === undefined) return column;
    return column.map((v, i) => Math.max(v - 0.5 * selfValues[i] - 0.5 * selfValues[c], 0));
  };
  const seeds = [random.nextInt(0, N - 1)];
  const nearest = dissimilarityTo(seeds[0]);
  while (seeds.length < k) {
    const total = nearest.reduce((a, b) => a + b, 0);
    let chosen: number;
    if (total > 0) {
      let u = random.next() * total;
      chosen = nearest.findIndex((d) => (u -= d) < 0);
      if (chosen < 0) chosen = lastPositive(nearest); // u ran past the end by rounding
    } else {
      const remaining = set.items.map((_, i) => i).filter((i) => !seeds.includes(i));
      chosen = remaining[random.nextInt(0, remaining.length - 1)];
    }
    seeds.push(chosen);
    const column = dissimilarityTo(chosen);
    for (let i = 0; i < N; i++) nearest[i] = Math.min(nearest[i], column[i]);
  }
  return seeds;
}

function lastPositive(values: number[]): number {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] > 0) return i;
  return 0;
}

/** Gives every empty cluster the farthest series of a cluster with ≥ 2 members; updates labels and distances in place. */
function reseedEmptyClusters(
  op: string,
  set: SeriesSet,
  centroids: FlatSeries[],
  labels: number[],
  distances: number[][],
  metric: ClusterMetric,
  gamma: number,
): FlatSeries[] {
  const result = [...centroids];
  for (let j = 0; j < result.length; j++) {
    if (labels.includes(j)) continue;
    const sizes = new Array<number>(result.length).fill(0);
    for (const label of labels) sizes[label]++;
    let farthest = -1;
    labels.forEach((label, i) => {
      if (sizes[label] >= 2 && (farthest < 0 || distances[i][label] > distances[farthest][labels[farthest]])) farthest = i;
    });
    result[j] = set.items[farthest];
    labels[farthest] = j;
    const column = distancesOfSets(op, set, { items: [result[j]], p: set.p, rows: set.rows }, metric, gamma);
    distances.forEach((row, i) => (row[j] = column[i][0]));
  }
  return result;
}
