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
 * - The centering method can differ from the metric (`barycenter`), e.g. subgradient barycenters
 *   with DTW assignments, as in the paper's Table 2. Each centering warm-starts from the cluster's
 *   current centroid (`warmStart: false` restarts it from `barycenterInit` every time).
 * - init 'random-partition' deals the series to the k clusters at random (a seeded shuffle dealt
 *   round-robin, so no cluster starts empty) and begins with a centering: the first barycenters
 *   start from `barycenterInit` ('euclidean-mean' of the members or 'random'), as in §4.2's
 *   "random / Euclidean mean initialisation". That first centering counts as one update.
 * - Barycenter seeds: cluster j in restart r uses seed + r·k + j (random starts, subgradient order).
 */
import { softDtwBatch, pairwiseSoftDtw, type Series } from '@softdtw/core';
import { SeededRandom } from '@softdtw/datasets';
import { resolveBarycenterMethod, type BarycenterMethod } from './barycenterMethod.js';
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
  /**
   * 'k-means++' (default), 'random' (k distinct series, uniformly, as the first centroids) or
   * 'random-partition' (every series to a random cluster, then a centering from `barycenterInit`).
   */
  readonly init?: KMeansInit;
  /** Soft-DTW barycenters divide term i by the member's length (Eq. 4). Default true. */
  readonly normalizeByLength?: boolean;
  /**
   * The centering step: 'softdtw', 'dba', 'subgradient' or 'mean'. Default: the metric's own
   * ('softdtw' → 'softdtw', 'dtw' → 'dba', 'euclidean' → 'mean').
   */
  readonly barycenter?: BarycenterMethod;
  /** Start of a barycenter with no current centroid (or of every one without warmStart): 'euclidean-mean' (default) or 'random'. */
  readonly barycenterInit?: 'euclidean-mean' | 'random';
  /** Start each centering from the cluster's current centroid. Default true. */
  readonly warmStart?: boolean;
}

/** How TimeSeriesKMeans starts: seeds by k-means++, k random series, or a random partition. */
export type KMeansInit = 'k-means++' | 'random' | 'random-partition';

/** Options of {@link TimeSeriesKMeans.loss}. */
export interface KMeansLossOptions {
  /** Dissimilarity of the loss. Default: the model's metric ('dtw' gives Eq. 5 with γ = 0). */
  readonly metric?: ClusterMetric;
  /** γ of 'softdtw'. Default: the model's γ. */
  readonly gamma?: number;
  /** Divide term i by the length m_i of X_i (as Eq. 4 does). Default false. */
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
   * @param options - k, metric, gamma, nInit, maxIter, maxIterBarycenter, seed, init, normalizeByLength,
   *   barycenter, barycenterInit, warmStart
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
    if (init !== 'k-means++' && init !== 'random' && init !== 'random-partition') {
      throw new InvalidOptionError(`${op}: expected init 'k-means++', 'random' or 'random-partition', got '${String(init)}'.`);
    }
    const barycenterInit = options.barycenterInit ?? 'euclidean-mean';
    if (barycenterInit !== 'euclidean-mean' && barycenterInit !== 'random') {
      throw new InvalidOptionError(`${op}: expected barycenterInit 'euclidean-mean' or 'random', got '${String(barycenterInit)}'.`);
    }
    const warmStart = options.warmStart ?? true;
    if (typeof warmStart !== 'boolean') throw new InvalidOptionError(`${op}: expected warmStart to be true or false, got ${String(warmStart)}.`);
    const metric = resolveMetric(op, options.metric);
    const seed = options.seed ?? 0;
    if (!Number.isSafeInteger(seed)) throw new InvalidOptionError(`${op}: expected seed to be an integer, got ${String(seed)}.`);
    this.options = {
      k: positiveInteger('k', options.k, 1),
      metric,
      gamma: resolveGamma(op, options.gamma),
      nInit: positiveInteger('nInit', options.nInit ?? 1, 1),
      maxIter: positiveInteger('maxIter', options.maxIter ?? 30, 0),
      maxIterBarycenter: positiveInteger('maxIterBarycenter', options.maxIterBarycenter ?? 100, 0),
      seed,
      init,
      normalizeByLength: options.normalizeByLength ?? true,
      barycenter: resolveBarycenterMethod(op, options.barycenter, metric),
      barycenterInit,
      warmStart,
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
      const run = this.lloyd(op, set, random, restart);
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

  /**
   * The k-means loss of the fitted centroids on some series, Eq. 5 averaged over the series:
   * (1/N) Σ_i min_j d(X_i, C_j) [/ m_i]. With `metric: 'dtw'` this is the paper's score of §4.2
   * (Eq. 5 with γ = 0), whatever metric the model was fitted with.
   *
   * @param series - N series with the training data's p, [n_i] or [n_i][p]
   * @param options - metric (default the model's), gamma (default the model's), normalizeByLength (default false)
   * @returns the mean over series of the smallest dissimilarity to a centroid
   * @throws NotFittedError before fit; FeatureMismatchError for another p; InvalidOptionError for a bad metric or γ
   * @example
   * const model = new TimeSeriesKMeans({ k: 3, metric: 'softdtw', gamma: 0.01 }).fit(series);
   * model.loss(series, { metric: 'dtw', normalizeByLength: true }); // the DTW k-means loss of Table 2
   */
  loss(series: readonly ClusterSeries[], options: KMeansLossOptions = {}): number {
    const op = 'TimeSeriesKMeans.loss';
    const state = this.fitted(op);
    const set = readSeriesSet(op, 'series', series);
    if (set.p !== state.centroids.p) {
      throw new FeatureMismatchError(`${op}: expected series with ${state.centroids.p} feature(s) like the training data, got ${set.p}.`);
    }
    const metric = resolveMetric(op, options.metric ?? this.options.metric);
    const gamma = resolveGamma(op, options.gamma ?? this.options.gamma);
    const normalize = options.normalizeByLength ?? false;
    const distances = distancesOfSets(op, set, state.centroids, metric, gamma);
    return distances.reduce((sum, row, i) => sum + Math.min(...row) / (normalize ? set.items[i].n : 1), 0) / set.items.length;
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

  private lloyd(op: string, set: SeriesSet, random: SeededRandom, restart: number): FittedState {
    const { k, metric, gamma, maxIter, maxIterBarycenter, normalizeByLength, barycenter, barycenterInit, warmStart, seed } = this.options;
    const center = (labels: readonly number[], current: readonly (FlatSeries | undefined)[]): FlatSeries[] =>
      current.map((centroid, j) => {
        const members = set.items.filter((_, i) => labels[i] === j);
        const settings: CentroidSettings = { method: barycenter, gamma, maxIter: maxIterBarycenter, normalizeByLength, seed: seed + restart * k + j };
        return centroidOf(op, { items: members, p: set.p, rows: set.rows }, settings, warmStart && centroid !== undefined ? centroid : barycenterInit);
      });
    let centroids: FlatSeries[];
    let previous: number[] | undefined;
    let nIter = 0;
    if (this.options.init === 'random-partition') {
      previous = randomPartition(set.items.length, k, random);
      centroids = center(previous, new Array<undefined>(k).fill(undefined));
      nIter = 1;
    } else {
      const seeds = this.options.init === 'random' ? randomSeeds(set, k, random) : kMeansPlusPlus(set, k, metric, gamma, random);
      centroids = seeds.map((i) => set.items[i]);
    }
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
      centroids = center(labels, centroids);
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

/** A random partition with no empty cluster: a seeded shuffle of 0…N−1 dealt round-robin to the k clusters. */
function randomPartition(N: number, k: number, random: SeededRandom): number[] {
  const labels = new Array<number>(N).fill(0);
  random.shuffle(Array.from({ length: N }, (_, i) => i)).forEach((index, position) => (labels[index] = position % k));
  return labels;
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
