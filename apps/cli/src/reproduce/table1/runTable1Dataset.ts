/**
 * One dataset of Table 1 (Cuturi & Blondel, ICML 2017, arXiv:1703.01541, §4.1): pick a class at
 * random, pick 10 of its series at random (TRAIN and TEST pooled), and average them with soft-DTW
 * (γ ∈ {1, 0.1, 0.01, 0.001}, L-BFGS), DBA and the subgradient method, each from the same random
 * start and from the Euclidean mean, at most 100 iterations each. Every barycenter Z is scored by
 * the DTW loss, Eq. 4 with γ = 0 and the paper's 1/m_i weights:
 *
 *   loss(Z) = (1/N) Σ_i dtw_0(Z, X_i) / m_i,   N = number of series, m_i = length of X_i,
 *
 * with squared Euclidean local costs (no ½). Repetition r uses seed `seed + r` for the class, the
 * series and the random start; the losses are averaged over repetitions.
 */
import { dbaBarycenter, pairwiseDistances, softDtwBarycenter, subgradientBarycenter } from '@softdtw/cluster';
import { readUcrDataset } from '@softdtw/datasets/node';
import type { DatasetResult } from '../ResultsFile.js';
import { pickClassSeries } from './pickClassSeries.js';
import { INITIALISATIONS, SOFTDTW_METHODS, type Initialisation, type MethodLosses } from './table1Methods.js';

/** Settings of the averaging experiment. */
export interface Table1Settings {
  /** Series averaged per repetition (the paper: 10). */
  readonly seriesPerRepetition: number;
  /** Maximum iterations of every method (the paper: 100; epochs for the subgradient method). */
  readonly maxIter: number;
  /** Repetitions (the paper: 10), seeds `seed .. seed + repetitions − 1`. */
  readonly repetitions: number;
  /** Base seed. */
  readonly seed: number;
}

/** One results line of Table 1. */
export interface Table1Result extends DatasetResult {
  /** Longest series length of the dataset. */
  readonly length: number;
  /** Number of classes. */
  readonly classes: number;
  /** The class drawn in each repetition. */
  readonly chosenClasses: string[];
  /** Series averaged in each repetition (fewer than asked when the class is smaller). */
  readonly seriesCounts: number[];
  /** Mean DTW loss (Eq. 4, γ = 0) over repetitions, per initialisation and method. */
  readonly losses: Readonly<Record<Initialisation, MethodLosses>>;
}

/** Barycenters computed per repetition: 2 initialisations × (4 soft-DTW + DBA + subgradient). */
export const TABLE1_BARYCENTERS_PER_REPETITION = INITIALISATIONS.length * (SOFTDTW_METHODS.length + 2);

/**
 * The DTW loss of a barycenter: Eq. 4 with γ = 0, averaged over the series.
 * @param barycenter - Z, `[L]`.
 * @param series - the N series `[m_i]`.
 * @returns `(1/N) Σ_i dtw_0(Z, X_i) / m_i`.
 * @example dtwBarycenterLoss([0, 1], [[0, 1], [0, 1, 1]]); // 0
 */
export function dtwBarycenterLoss(barycenter: readonly number[], series: readonly (readonly number[])[]): number {
  const row = pairwiseDistances([barycenter], series, { metric: 'dtw' })[0] ?? [];
  return row.reduce((sum, d, i) => sum + d / (series[i]?.length ?? 1), 0) / series.length;
}

/**
 * Compute one dataset's Table 1 losses.
 * @param dataDir - UCR archive directory.
 * @param dataset - a complete dataset of `dataDir`.
 * @param settings - series per repetition, iterations, repetitions, seed.
 * @param step - called after each barycenter with a short label (progress).
 * @returns the record body (without `dataset`, `wallSeconds`, `config`).
 * @example
 * const body = runTable1Dataset('../shared/data/ucr', 'ECG200', { seriesPerRepetition: 10, maxIter: 100, repetitions: 10, seed: 0 });
 * body.losses.random['softdtw-0.01'] < body.losses.random.dba; // soft-DTW beats DBA here?
 */
export function runTable1Dataset(
  dataDir: string,
  dataset: string,
  settings: Table1Settings,
  step: (label: string) => void = () => undefined,
): Omit<Table1Result, keyof DatasetResult> {
  const { train, test } = readUcrDataset(dataDir, dataset, { missing: 'interpolate' });
  const series = [...train.series, ...test.series];
  const labels = [...train.labels, ...test.labels];
  const classNames = [...new Set(labels)].sort();
  const sums = Object.fromEntries(INITIALISATIONS.map((i) => [i.key, {} as Record<string, number>])) as Record<Initialisation, Record<string, number>>;
  const chosenClasses: string[] = [];
  const seriesCounts: number[] = [];
  for (let r = 0; r < settings.repetitions; r++) {
    const seed = settings.seed + r;
    const { chosenClass: chosen, picked } = pickClassSeries(series, labels, settings.seriesPerRepetition, seed);
    chosenClasses.push(chosen);
    seriesCounts.push(picked.length);
    const maxIter = settings.maxIter;
    for (const { key, init } of INITIALISATIONS) {
      const add = (method: string, barycenter: readonly number[]): void => {
        sums[key][method] = (sums[key][method] ?? 0) + dtwBarycenterLoss(barycenter, picked);
        step(`rep ${r + 1} ${key} ${method}`);
      };
      add('dba', dbaBarycenter(picked, { init, maxIter, seed }).barycenter);
      add('subgradient', subgradientBarycenter(picked, { init, maxIter, seed }).barycenter as number[]);
      for (const method of SOFTDTW_METHODS) {
        add(method.key, softDtwBarycenter(picked, { gamma: method.gamma, init, maxIter, seed }).barycenter);
      }
    }
  }
  const mean = (s: Record<string, number>): MethodLosses =>
    Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v / settings.repetitions])) as unknown as MethodLosses;
  return {
    length: Math.max(train.maxLength, test.maxLength),
    classes: classNames.length,
    chosenClasses,
    seriesCounts,
    losses: { random: mean(sums.random), euclideanMean: mean(sums.euclideanMean) },
  };
}
