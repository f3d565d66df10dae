/**
 * One dataset of Table 2 (Cuturi & Blondel, ICML 2017, arXiv:1703.01541, §4.2): k-means with k the
 * number of classes, by Lloyd's algorithm (`TimeSeriesKMeans` of @softdtw/cluster, set up by
 * {@link fitKMeansRun}) with soft-DTW barycenters (γ ∈ {1, 0.1, 0.01, 0.001}; assignment by dtw_γ),
 * DBA barycenters and subgradient barycenters (assignment by dtw_0), each with random and
 * Euclidean-mean barycenter initialisation; at most 30 rounds and 100 barycenter iterations. Every
 * clustering is scored by the k-means loss under DTW, Eq. 5 with γ = 0, written with the paper's
 * 1/m_i as in Table 1:
 *
 *   loss(C) = (1/N) Σ_i min_j dtw_0(X_i, C_j) / m_i.
 *
 * The series are the TRAIN split, at most `maxSeries` of them drawn at random (seeded) to bound
 * the cost. All methods start from the same random partition (seed `seed + r`); losses are
 * averaged over repetitions.
 */
import { SeededRandom } from '@softdtw/datasets';
import { readUcrDataset } from '@softdtw/datasets/node';
import type { DatasetResult } from '../ResultsFile.js';
import { INITIALISATIONS, SOFTDTW_METHODS, type Initialisation, type MethodLosses } from '../table1/table1Methods.js';
import { DBA_KMEANS, fitKMeansRun, kMeansDtwLoss, softDtwKMeans, SUBGRADIENT_KMEANS } from './table2KMeans.js';

/** Settings of the k-means experiment. */
export interface Table2Settings {
  /** Maximum Lloyd rounds (the paper: 30). */
  readonly maxOuter: number;
  /** Maximum barycenter iterations per centering (the paper: 100). */
  readonly maxIter: number;
  /** At most this many TRAIN series are clustered (a random subset). */
  readonly maxSeries: number;
  /** Repetitions, seeds `seed .. seed + repetitions − 1`. */
  readonly repetitions: number;
  /** Base seed. */
  readonly seed: number;
}

/** One results line of Table 2. */
export interface Table2Result extends DatasetResult {
  /** Series clustered, longest length, k. */
  readonly series: number;
  readonly length: number;
  readonly k: number;
  /** Mean k-means DTW loss (Eq. 5, γ = 0) over repetitions, per initialisation and method. */
  readonly losses: Readonly<Record<Initialisation, MethodLosses>>;
}

/** k-means runs per repetition: 2 initialisations × (4 soft-DTW + DBA + subgradient). */
export const TABLE2_RUNS_PER_REPETITION = INITIALISATIONS.length * (SOFTDTW_METHODS.length + 2);

/**
 * Compute one dataset's Table 2 losses.
 * @param dataDir - UCR archive directory.
 * @param dataset - a complete dataset of `dataDir`.
 * @param settings - rounds, iterations, series cap, repetitions, seed.
 * @param step - called after each k-means run with a short label (progress).
 * @returns the record body (without `dataset`, `wallSeconds`, `config`).
 * @example
 * const body = runTable2Dataset('../shared/data/ucr', 'CBF', { maxOuter: 30, maxIter: 100, maxSeries: 60, repetitions: 1, seed: 0 });
 * body.losses.random['softdtw-0.001'] < body.losses.random.dba;
 */
export function runTable2Dataset(
  dataDir: string,
  dataset: string,
  settings: Table2Settings,
  step: (label: string) => void = () => undefined,
): Omit<Table2Result, keyof DatasetResult> {
  const { train } = readUcrDataset(dataDir, dataset, { split: 'train', missing: 'interpolate' });
  const k = new Set(train.labels).size;
  const methods = [DBA_KMEANS, SUBGRADIENT_KMEANS, ...SOFTDTW_METHODS.map((m) => softDtwKMeans(m.gamma))];
  const sums = { random: {} as Record<string, number>, euclideanMean: {} as Record<string, number> };
  let count = 0;
  for (let r = 0; r < settings.repetitions; r++) {
    const seed = settings.seed + r;
    const series = new SeededRandom(seed).shuffle(train.series).slice(0, settings.maxSeries);
    count = series.length;
    const clusters = Math.min(k, series.length);
    for (const { key: initKey, init } of INITIALISATIONS) {
      for (const method of methods) {
        const model = fitKMeansRun(series, clusters, method, init, settings, seed);
        sums[initKey][method.key] = (sums[initKey][method.key] ?? 0) + kMeansDtwLoss(model, series);
        step(`rep ${r + 1} ${initKey} ${method.key}`);
      }
    }
  }
  const mean = (s: Record<string, number>): MethodLosses =>
    Object.fromEntries(Object.entries(s).map(([key, v]) => [key, v / settings.repetitions])) as unknown as MethodLosses;
  return { series: count, length: train.maxLength, k, losses: { random: mean(sums.random), euclideanMean: mean(sums.euclideanMean) } };
}
