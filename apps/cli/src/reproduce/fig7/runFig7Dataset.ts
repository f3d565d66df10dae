/**
 * One dataset of Figure 7 (Cuturi & Blondel, ICML 2017, arXiv:1703.01541, §4.3): pool TRAIN and
 * TEST, split them 50 / 25 / 25 % into training, validation and test sets (stratified by class,
 * seed `seed + r`), and compare two nearest-centroid classifiers on the test set:
 *
 * - soft-DTW: one soft-DTW barycenter per class (L-BFGS, at most 100 iterations), prediction by the
 *   smallest dtw_γ, with γ chosen by validation accuracy among the 15 log-spaced values
 *   10^(−3 + 4k/14), k = 0…14 (ties: the smaller γ);
 * - DBA: one DBA barycenter per class (at most 100 updates), prediction by the smallest dtw_0.
 *
 * DBA has no γ, so its centroids are fit on the training set only, like soft-DTW's (the validation
 * set is not used for it). Accuracies are averaged over repetitions.
 */
import { NearestCentroidClassifier, PAPER_GAMMA_GRID } from '@softdtw/cluster';
import { trainValidationTestSplit } from '@softdtw/datasets';
import { readUcrDataset } from '@softdtw/datasets/node';
import type { DatasetResult } from '../ResultsFile.js';

/** Settings of the classification experiment. */
export interface Fig7Settings {
  /** Maximum barycenter iterations (the paper: 100). */
  readonly maxIter: number;
  /** Repetitions (different splits), seeds `seed .. seed + repetitions − 1`. */
  readonly repetitions: number;
  /** Base seed. */
  readonly seed: number;
  /** Candidate γ values (the paper's 15-value grid by default). */
  readonly gammaGrid: readonly number[];
}

/** One results line of Figure 7. */
export interface Fig7Result extends DatasetResult {
  /** Series (TRAIN + TEST), longest length and number of classes. */
  readonly series: number;
  readonly length: number;
  readonly classes: number;
  /** Mean test accuracy of the soft-DTW nearest-centroid classifier. */
  readonly softDtwAccuracy: number;
  /** Mean test accuracy of the DBA nearest-centroid classifier. */
  readonly dbaAccuracy: number;
  /** The γ chosen on validation in each repetition. */
  readonly chosenGammas: number[];
}

/** Classifiers fit per repetition: one per γ of the grid plus DBA (progress units). */
export function fig7UnitsPerRepetition(settings: Pick<Fig7Settings, 'gammaGrid'>): number {
  return settings.gammaGrid.length + 1;
}

/** The paper's γ grid, re-exported for the defaults. */
export const FIG7_GAMMA_GRID: readonly number[] = PAPER_GAMMA_GRID;

/**
 * Compute one dataset's Figure 7 point.
 * @param dataDir - UCR archive directory.
 * @param dataset - a complete dataset of `dataDir`.
 * @param settings - iterations, repetitions, seed, γ grid.
 * @param step - called after each fitted classifier with a short label (progress).
 * @returns the record body (without `dataset`, `wallSeconds`, `config`).
 * @example
 * const body = runFig7Dataset('../shared/data/ucr', 'GunPoint', { maxIter: 100, repetitions: 1, seed: 0, gammaGrid: FIG7_GAMMA_GRID });
 * body.softDtwAccuracy >= body.dbaAccuracy; // a point on or above the diagonal
 */
export function runFig7Dataset(
  dataDir: string,
  dataset: string,
  settings: Fig7Settings,
  step: (label: string) => void = () => undefined,
): Omit<Fig7Result, keyof DatasetResult> {
  const { train, test } = readUcrDataset(dataDir, dataset, { missing: 'interpolate' });
  const pooled = { series: [...train.series, ...test.series], labels: [...train.labels, ...test.labels] };
  let soft = 0;
  let dba = 0;
  const chosenGammas: number[] = [];
  for (let r = 0; r < settings.repetitions; r++) {
    const split = trainValidationTestSplit(pooled, { fractions: [0.5, 0.25, 0.25], seed: settings.seed + r, stratify: true });
    // The grid is walked one γ at a time here (not through the classifier's own grid search) so that
    // progress is reported per γ; the choice rule is the same: best validation accuracy, ties to the smaller γ.
    let best: { gamma: number; accuracy: number; model: NearestCentroidClassifier<string> } | undefined;
    for (const gamma of [...settings.gammaGrid].sort((a, b) => a - b)) {
      const model = new NearestCentroidClassifier<string>({ metric: 'softdtw', gamma, maxIterBarycenter: settings.maxIter }).fit(split.train.series, split.train.labels);
      const accuracy = model.score(split.validation.series, split.validation.labels);
      if (best === undefined || accuracy > best.accuracy) best = { gamma, accuracy, model };
      step(`rep ${r + 1} soft-DTW γ = ${gamma.toPrecision(3)}`);
    }
    if (best === undefined) throw new RangeError(`runFig7Dataset: expected a non-empty γ grid, got []. Pass the paper's grid.`);
    soft += best.model.score(split.test.series, split.test.labels);
    chosenGammas.push(best.gamma);
    const dbaModel = new NearestCentroidClassifier<string>({ metric: 'dtw', maxIterBarycenter: settings.maxIter }).fit(split.train.series, split.train.labels);
    dba += dbaModel.score(split.test.series, split.test.labels);
    step(`rep ${r + 1} DBA`);
  }
  return {
    series: pooled.series.length,
    length: Math.max(train.maxLength, test.maxLength),
    classes: new Set(pooled.labels).size,
    softDtwAccuracy: soft / settings.repetitions,
    dbaAccuracy: dba / settings.repetitions,
    chosenGammas,
  };
}
