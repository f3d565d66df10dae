/**
 * One dataset of the Figure 6 plots (Cuturi & Blondel, ICML 2017, arXiv:1703.01541, §4.2): the
 * clusters found by Lloyd's algorithm with soft-DTW barycenters (the paper draws γ = 1) and with
 * DBA barycenters, on CBF by default. Each run is one of Table 2's k-means runs
 * ({@link fitKMeansRun}: k = number of classes, TRAIN split, at most `maxSeries` series, a seeded
 * random partition, random or Euclidean-mean barycenter initialisation, 30 rounds, 100 inner
 * iterations), so the losses printed on the figure are Table 2's. The record keeps the series,
 * their classes, and each run's centroids and assignment, so the figures can be drawn again from
 * the results file.
 */
import { SeededRandom } from '@softdtw/datasets';
import { readUcrDataset } from '@softdtw/datasets/node';
import type { DatasetResult } from '../ResultsFile.js';
import { INITIALISATIONS, type Initialisation } from '../table1/table1Methods.js';
import { DBA_KMEANS, fitKMeansRun, kMeansDtwLoss, softDtwKMeans } from '../table2/table2KMeans.js';

/** Settings of the Figure 6 runs. */
export interface Fig6Settings {
  /** Soft-DTW γ values drawn (the paper: 1). */
  readonly gammas: readonly number[];
  /** Most Lloyd rounds (the paper: 30). */
  readonly maxOuter: number;
  /** Most barycenter iterations per centering (the paper: 100). */
  readonly maxIter: number;
  /** At most this many TRAIN series (a seeded random subset, as in Table 2). */
  readonly maxSeries: number;
  /** One figure per seed `seed .. seed + repetitions − 1`. */
  readonly repetitions: number;
  /** Base seed. */
  readonly seed: number;
}

/** One k-means run drawn as a row of panels. */
export interface Fig6Clustering {
  /** `softdtw-<γ>` or `dba`. */
  readonly method: string;
  /** Display name, e.g. `soft-DTW (γ = 1)`. */
  readonly label: string;
  /** k centroids `[L]`. */
  readonly centroids: number[][];
  /** Cluster of each series (0…k−1). */
  readonly assignment: number[];
  /** Table 2's score: the k-means loss under DTW (Eq. 5, γ = 0, 1/m_i weights). */
  readonly loss: number;
  /** Lloyd rounds performed. */
  readonly rounds: number;
}

/** One seed's series and clusterings per initialisation. */
export interface Fig6Draw {
  readonly seed: number;
  /** The clustered series and their true classes. */
  readonly series: number[][];
  readonly classes: string[];
  readonly clusterings: Readonly<Record<Initialisation, Fig6Clustering[]>>;
}

/** One results line of Figure 6. */
export interface Fig6Result extends DatasetResult {
  readonly length: number;
  /** k = number of classes. */
  readonly k: number;
  readonly draws: Fig6Draw[];
}

/**
 * k-means runs per seed: 2 initialisations × (the γ values + DBA).
 * @param settings - the γ values.
 * @returns the progress units of one seed.
 * @example fig6UnitsPerRepetition({ gammas: [1] }); // 4
 */
export function fig6UnitsPerRepetition(settings: Pick<Fig6Settings, 'gammas'>): number {
  return INITIALISATIONS.length * (settings.gammas.length + 1);
}

/**
 * Compute one dataset's Figure 6 clusterings.
 * @param dataDir - UCR archive directory.
 * @param dataset - a complete dataset of `dataDir`.
 * @param settings - γ values, rounds, iterations, series cap, repetitions, seed.
 * @param step - called after each k-means run with a short label (progress).
 * @returns the record body (without `dataset`, `wallSeconds`, `config`).
 * @example
 * const body = runFig6Dataset('../shared/data/ucr', 'CBF', { gammas: [1], maxOuter: 30, maxIter: 100, maxSeries: 100, repetitions: 1, seed: 0 });
 * body.draws[0].clusterings.random.map((c) => c.label); // ['soft-DTW (γ = 1)', 'DBA']
 */
export function runFig6Dataset(
  dataDir: string,
  dataset: string,
  settings: Fig6Settings,
  step: (label: string) => void = () => undefined,
): Omit<Fig6Result, keyof DatasetResult> {
  const { train } = readUcrDataset(dataDir, dataset, { split: 'train', missing: 'interpolate' });
  const k = new Set(train.labels).size;
  const methods = [...settings.gammas.map(softDtwKMeans), DBA_KMEANS];
  const draws: Fig6Draw[] = [];
  for (let r = 0; r < settings.repetitions; r++) {
    const seed = settings.seed + r;
    // The same subset as Table 2: shuffle the indices with the seed Table 2 uses for the series.
    const order = new SeededRandom(seed).shuffle(train.series.map((_, i) => i)).slice(0, settings.maxSeries);
    const series = order.map((i) => [...(train.series[i] ?? [])]);
    const classes = order.map((i) => train.labels[i] ?? '');
    const clusterings = {} as Record<Initialisation, Fig6Clustering[]>;
    for (const { key, init } of INITIALISATIONS) {
      clusterings[key] = methods.map((method) => {
        const model = fitKMeansRun(series, Math.min(k, series.length), method, init, settings, seed);
        step(`seed ${seed} ${key} ${method.key}`);
        return {
          method: method.key,
          label: method.label,
          centroids: model.centroids as number[][],
          assignment: model.labels,
          loss: kMeansDtwLoss(model, series),
          rounds: model.nIter,
        };
      });
    }
    draws.push({ seed, series, classes, clusterings });
  }
  return { length: train.maxLength, k, draws };
}
