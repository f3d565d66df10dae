/**
 * NearestCentroidClassifier: one centroid per class — the barycenter of the class's training
 * series under the chosen metric — and prediction by the nearest centroid (Cuturi & Blondel,
 * ICML 2017, arXiv:1703.01541, §3.3 and §4.3, Figure 7). Centroids: soft-DTW barycenters (Eq. 4,
 * L-BFGS) for 'softdtw', DBA for 'dtw', pointwise means for 'euclidean'; the nearest centroid is
 * judged with the same metric (dtw_γ with the selected γ for 'softdtw').
 *
 * γ selection (§4.3): when fit is given a validation set (explicit, or a stratified fraction of
 * the training data), each γ of the grid — by default the paper's 15 log-spaced values in
 * [1e-3, 10] — gives centroids on the training part and an accuracy on the validation part; the
 * γ with the best accuracy is kept (ties: the smaller γ), with the centroids fit on the training
 * part only. Labels are compared with ===.
 */
import { SeededRandom } from '@softdtw/datasets';
import { resolveBarycenterMethod } from './barycenterMethod.js';
import { centroidOf, type CentroidSettings } from './centroidOf.js';
import { EmptyInputError, FeatureMismatchError, InvalidOptionError, LabelCountMismatchError, NotFittedError } from './errors.js';
import { distancesOfSets, resolveGamma, resolveMetric, type ClusterMetric } from './pairwiseDistances.js';
import { readSeriesSet, toSeriesValue, type ClusterSeries, type SeriesSet, type SeriesValue } from './SeriesSet.js';

/** The paper's γ grid (§4.3): 15 values log-spaced in [1e-3, 10], i.e. 10^(−3 + 4k/14), k = 0…14. */
export const PAPER_GAMMA_GRID: readonly number[] = Object.freeze(Array.from({ length: 15 }, (_, k) => 10 ** (-3 + (4 * k) / 14)));

/** A class label. */
export type ClassLabel = string | number;

/** Options of NearestCentroidClassifier. */
export interface NearestCentroidClassifierOptions {
  /** 'softdtw' (default), 'dtw' (DBA centroids) or 'euclidean' (mean centroids). */
  readonly metric?: ClusterMetric;
  /** γ of 'softdtw' when no validation set is given. Default 1. */
  readonly gamma?: number;
  /** Candidate γ values for validation. Default PAPER_GAMMA_GRID. */
  readonly gammaGrid?: readonly number[];
  /** Most iterations of each barycenter (L-BFGS steps or DBA updates). Default 100. */
  readonly maxIterBarycenter?: number;
  /** Soft-DTW barycenters divide term i by the series' length (Eq. 4). Default true. */
  readonly normalizeByLength?: boolean;
}

/** Validation data for choosing γ: an explicit labelled set, or a stratified fraction of the training data. */
export type ValidationSpec<L extends ClassLabel> =
  | { readonly series: readonly ClusterSeries[]; readonly labels: readonly L[] }
  | { readonly fraction: number; readonly seed?: number };

/** Options of NearestCentroidClassifier.fit. */
export interface NearestCentroidFitOptions<L extends ClassLabel> {
  /** Choose γ from the grid on this validation data ('softdtw' only). */
  readonly validation?: ValidationSpec<L>;
}

interface FittedClassifier<L extends ClassLabel> {
  readonly classes: L[];
  readonly centroids: SeriesSet;
  readonly gamma: number;
  readonly validationScores: Array<{ gamma: number; accuracy: number }>;
}

/**
 * Nearest-centroid classifier for time series under soft-DTW, DTW or Euclidean distance.
 *
 * @see Cuturi & Blondel 2017, §3.3 and §4.3
 * @example
 * const model = new NearestCentroidClassifier({ metric: 'softdtw', gamma: 0.1 }).fit(train, trainLabels);
 * model.score(test, testLabels); // accuracy in [0, 1]
 */
export class NearestCentroidClassifier<L extends ClassLabel = ClassLabel> {
  /** The resolved options. */
  readonly options: Required<NearestCentroidClassifierOptions>;
  private state: FittedClassifier<L> | undefined = undefined;

  /**
   * @param options - metric, gamma, gammaGrid, maxIterBarycenter, normalizeByLength
   * @throws InvalidOptionError for out-of-range options
   * @example
   * new NearestCentroidClassifier({ metric: 'dtw' });
   */
  constructor(options: NearestCentroidClassifierOptions = {}) {
    const op = 'NearestCentroidClassifier';
    const gammaGrid = options.gammaGrid ?? PAPER_GAMMA_GRID;
    if (!Array.isArray(gammaGrid) || gammaGrid.length === 0) {
      throw new InvalidOptionError(`${op}: expected gammaGrid to be a non-empty array of γ > 0, got ${String(gammaGrid)}. Omit it for the paper's grid.`);
    }
    const maxIterBarycenter = options.maxIterBarycenter ?? 100;
    if (!Number.isSafeInteger(maxIterBarycenter) || maxIterBarycenter < 0) {
      throw new InvalidOptionError(`${op}: expected maxIterBarycenter to be an integer ≥ 0, got ${String(maxIterBarycenter)}.`);
    }
    this.options = {
      metric: resolveMetric(op, options.metric),
      gamma: resolveGamma(op, options.gamma),
      gammaGrid: gammaGrid.map((g) => resolveGamma(op, g)),
      maxIterBarycenter,
      normalizeByLength: options.normalizeByLength ?? true,
    };
  }

  /**
   * Computes one centroid per class (choosing γ on validation data when given).
   *
   * @param series - N training series, [n_i] or [n_i][p]
   * @param labels - [N] class of each series
   * @param options - validation: { series, labels } or { fraction, seed } ('softdtw' only)
   * @returns this, fitted
   * @throws EmptyInputError, InvalidSeriesError, FeatureMismatchError, LabelCountMismatchError, InvalidOptionError
   * @example
   * model.fit(train, labels, { validation: { fraction: 1 / 3, seed: 0 } }).gamma;
   */
  fit(series: readonly ClusterSeries[], labels: readonly L[], options: NearestCentroidFitOptions<L> = {}): this {
    const op = 'NearestCentroidClassifier.fit';
    const set = readSeriesSet(op, 'series', series);
    checkLabels(op, labels, set.items.length);
    const { validation } = options;
    if (validation === undefined) {
      this.state = { ...this.centroidsFor(op, set, labels, this.options.gamma), validationScores: [] };
      return this;
    }
    if (this.options.metric !== 'softdtw') {
      throw new InvalidOptionError(`${op}: expected no validation set for metric '${this.options.metric}' (validation only chooses γ of 'softdtw'), got one. Drop the validation option.`);
    }
    const [train, trainLabels, held, heldLabels] =
      'fraction' in validation
        ? stratifiedSplit(op, set, labels, validation.fraction, validation.seed ?? 0)
        : [set, labels, readSeriesSet(op, 'validation.series', validation.series), validation.labels];
    checkLabels(op, heldLabels, held.items.length);
    if (held.p !== set.p) throw new FeatureMismatchError(`${op}: expected validation series with ${set.p} feature(s), got ${held.p}.`);
    let best: FittedClassifier<L> | undefined;
    let bestAccuracy = -1;
    const validationScores: Array<{ gamma: number; accuracy: number }> = [];
    for (const gamma of this.options.gammaGrid) {
      const candidate = { ...this.centroidsFor(op, train, trainLabels, gamma), validationScores };
      const predicted = predictWith(op, candidate, held, this.options.metric);
      const accuracy = predicted.filter((label, i) => label === heldLabels[i]).length / predicted.length;
      validationScores.push({ gamma, accuracy });
      if (accuracy > bestAccuracy) {
        bestAccuracy = accuracy;
        best = candidate;
      }
    }
    this.state = best;
    return this;
  }

  /**
   * Class of each series: that of the nearest centroid.
   *
   * @param series - series with the training data's p
   * @returns [N] labels
   * @throws NotFittedError before fit; FeatureMismatchError for another p
   * @example
   * model.predict(test);
   */
  predict(series: readonly ClusterSeries[]): L[] {
    const op = 'NearestCentroidClassifier.predict';
    const state = this.fitted(op);
    const set = readSeriesSet(op, 'series', series);
    if (set.p !== state.centroids.p) throw new FeatureMismatchError(`${op}: expected series with ${state.centroids.p} feature(s) like the training data, got ${set.p}.`);
    return predictWith(op, state, set, this.options.metric);
  }

  /**
   * Accuracy on labelled series.
   *
   * @param series - N series
   * @param labels - [N] true classes
   * @returns the fraction of correct predictions, in [0, 1]
   * @throws NotFittedError, LabelCountMismatchError, and predict's errors
   * @example
   * model.score(test, testLabels); // e.g. 0.93
   */
  score(series: readonly ClusterSeries[], labels: readonly L[]): number {
    const op = 'NearestCentroidClassifier.score';
    checkLabels(op, labels, series.length);
    const predicted = this.predict(series);
    return predicted.filter((label, i) => label === labels[i]).length / predicted.length;
  }

  /** The classes, in order of first appearance in the training labels. @throws NotFittedError before fit */
  get classes(): L[] {
    return [...this.fitted('NearestCentroidClassifier.classes').classes];
  }

  /** One centroid per class (same order as classes), [L] or [L][p]. @throws NotFittedError before fit */
  get centroids(): SeriesValue[] {
    const { centroids } = this.fitted('NearestCentroidClassifier.centroids');
    return centroids.items.map((c) => toSeriesValue(c.data, c.n, centroids.p, centroids.rows));
  }

  /** The γ in use (chosen on validation data, or the option). @throws NotFittedError before fit */
  get gamma(): number {
    return this.fitted('NearestCentroidClassifier.gamma').gamma;
  }

  /** Validation accuracy of each γ tried (empty without validation). @throws NotFittedError before fit */
  get validationScores(): Array<{ gamma: number; accuracy: number }> {
    return [...this.fitted('NearestCentroidClassifier.validationScores').validationScores];
  }

  private fitted(op: string): FittedClassifier<L> {
    if (this.state === undefined) throw new NotFittedError(`${op}: expected a fitted classifier, got one that was never fitted. Call fit(series, labels) first.`);
    return this.state;
  }

  private centroidsFor(op: string, set: SeriesSet, labels: readonly L[], gamma: number): Omit<FittedClassifier<L>, 'validationScores'> {
    const { metric, maxIterBarycenter, normalizeByLength } = this.options;
    const settings: CentroidSettings = { method: resolveBarycenterMethod(op, undefined, metric), gamma, maxIter: maxIterBarycenter, normalizeByLength };
    const classes = [...new Set(labels)];
    const items = classes.map((label) => {
      const members = set.items.filter((_, i) => labels[i] === label);
      return centroidOf(op, { items: members, p: set.p, rows: set.rows }, settings, undefined);
    });
    return { classes, centroids: { items, p: set.p, rows: set.rows }, gamma };
  }
}

function predictWith<L extends ClassLabel>(op: string, state: Omit<FittedClassifier<L>, 'validationScores'>, set: SeriesSet, metric: ClusterMetric): L[] {
  const distances = distancesOfSets(op, set, state.centroids, metric, state.gamma);
  return distances.map((row) => {
    let best = 0;
    for (let j = 1; j < row.length; j++) if (row[j] < row[best]) best = j;
    return state.classes[best];
  });
}

function checkLabels(op: string, labels: readonly unknown[], count: number): void {
  if (!Array.isArray(labels) || labels.length !== count) {
    throw new LabelCountMismatchError(
      `${op}: expected one label per series (${count}), got ${Array.isArray(labels) ? labels.length : typeof labels}. Pass labels of the same length as series.`,
    );
  }
}

/** Per class: shuffle (seeded) and hold out round(fraction · count) members, keeping at least one for training. */
function stratifiedSplit<L extends ClassLabel>(
  op: string,
  set: SeriesSet,
  labels: readonly L[],
  fraction: number,
  seed: number,
): [SeriesSet, L[], SeriesSet, L[]] {
  if (!(typeof fraction === 'number' && fraction > 0 && fraction < 1)) {
    throw new InvalidOptionError(`${op}: expected validation.fraction in (0, 1), got ${String(fraction)}. Pass e.g. { fraction: 1 / 3 }.`);
  }
  const random = new SeededRandom(seed);
  const trainIndices: number[] = [];
  const heldIndices: number[] = [];
  for (const label of new Set(labels)) {
    const members = random.shuffle(labels.flatMap((l, i) => (l === label ? [i] : [])));
    const held = Math.min(Math.round(fraction * members.length), members.length - 1);
    heldIndices.push(...members.slice(0, held));
    trainIndices.push(...members.slice(held));
  }
  if (heldIndices.length === 0) {
    throw new EmptyInputError(`${op}: expected a non-empty validation split, got none with fraction ${fraction} (every class too small). Raise the fraction or pass an explicit validation set.`);
  }
  trainIndices.sort((a, b) => a - b);
  heldIndices.sort((a, b) => a - b);
  const pick = (indices: number[]): SeriesSet => ({ items: indices.map((i) => set.items[i]), p: set.p, rows: set.rows });
  return [pick(trainIndices), trainIndices.map((i) => labels[i]), pick(heldIndices), heldIndices.map((i) => labels[i])];
}
