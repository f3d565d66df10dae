/**
 * One dataset of the Figure 5 plots (Cuturi & Blondel, ICML 2017, arXiv:1703.01541, §4.1): the
 * barycenters of the averaging experiment drawn over the series they average. For each seed, the
 * draw of Table 1 (a class at random, 10 of its series, {@link pickClassSeries}), averaged by
 * soft-DTW at each γ (the paper draws γ = 1 and γ = 0.01), DBA and the subgradient method, from
 * the same random start and from the Euclidean mean, at most 100 iterations each; every barycenter
 * is kept with its DTW loss (Eq. 4 with γ = 0 and the 1/m_i weights, as in Table 1), so the
 * figures can be drawn again from the results file.
 */
import { dbaBarycenter, softDtwBarycenter, subgradientBarycenter } from '@softdtw/cluster';
import { readUcrDataset } from '@softdtw/datasets/node';
import type { DatasetResult } from '../ResultsFile.js';
import { pickClassSeries } from '../table1/pickClassSeries.js';
import { dtwBarycenterLoss } from '../table1/runTable1Dataset.js';
import { INITIALISATIONS, type Initialisation } from '../table1/table1Methods.js';

/** Settings of the Figure 5 runs. */
export interface Fig5Settings {
  /** Series averaged (the paper: 10). */
  readonly seriesPerRepetition: number;
  /** Maximum iterations of every method (the paper: 100; epochs for the subgradient method). */
  readonly maxIter: number;
  /** Soft-DTW γ values drawn (the paper: 1 and 0.01). */
  readonly gammas: readonly number[];
  /** One figure per seed `seed .. seed + repetitions − 1`. */
  readonly repetitions: number;
  /** Base seed. */
  readonly seed: number;
}

/** One barycenter of a figure panel. */
export interface Fig5Barycenter {
  /** `softdtw-<γ>`, `dba` or `subgradient`. */
  readonly method: string;
  /** Display name, e.g. `soft-DTW (γ = 1)`. */
  readonly label: string;
  /** The barycenter `[L]`. */
  readonly barycenter: number[];
  /** Its DTW loss (Eq. 4, γ = 0, 1/m_i weights, mean over the series). */
  readonly loss: number;
}

/** The data of one figure family: one seed's draw and its barycenters per initialisation. */
export interface Fig5Draw {
  readonly seed: number;
  readonly chosenClass: string;
  /** The averaged series. */
  readonly series: number[][];
  /** Barycenters in panel order, per initialisation. */
  readonly barycenters: Readonly<Record<Initialisation, Fig5Barycenter[]>>;
}

/** One results line of Figure 5. */
export interface Fig5Result extends DatasetResult {
  /** Longest series length and number of classes of the dataset. */
  readonly length: number;
  readonly classes: number;
  /** One draw per seed. */
  readonly draws: Fig5Draw[];
}

/**
 * Barycenters per seed: 2 initialisations × (the γ values + DBA + subgradient).
 * @param settings - the γ values.
 * @returns the progress units of one seed.
 * @example fig5UnitsPerRepetition({ gammas: [1, 0.01] }); // 8
 */
export function fig5UnitsPerRepetition(settings: Pick<Fig5Settings, 'gammas'>): number {
  return INITIALISATIONS.length * (settings.gammas.length + 2);
}

/**
 * Compute one dataset's Figure 5 barycenters.
 * @param dataDir - UCR archive directory.
 * @param dataset - a complete dataset of `dataDir`.
 * @param settings - series, iterations, γ values, repetitions, seed.
 * @param step - called after each barycenter with a short label (progress).
 * @returns the record body (without `dataset`, `wallSeconds`, `config`).
 * @example
 * const body = runFig5Dataset('../shared/data/ucr', 'ECG200', { seriesPerRepetition: 10, maxIter: 100, gammas: [1, 0.01], repetitions: 1, seed: 0 });
 * body.draws[0].barycenters.random.map((b) => b.label); // ['soft-DTW (γ = 1)', 'DBA', 'soft-DTW (γ = 0.01)', 'subgradient method']
 */
export function runFig5Dataset(
  dataDir: string,
  dataset: string,
  settings: Fig5Settings,
  step: (label: string) => void = () => undefined,
): Omit<Fig5Result, keyof DatasetResult> {
  const { train, test } = readUcrDataset(dataDir, dataset, { missing: 'interpolate' });
  const series = [...train.series, ...test.series];
  const labels = [...train.labels, ...test.labels];
  const { maxIter } = settings;
  const draws: Fig5Draw[] = [];
  for (let r = 0; r < settings.repetitions; r++) {
    const seed = settings.seed + r;
    const { chosenClass, picked } = pickClassSeries(series, labels, settings.seriesPerRepetition, seed);
    const barycenters = {} as Record<Initialisation, Fig5Barycenter[]>;
    for (const { key, init } of INITIALISATIONS) {
      const methods = panelOrder(settings.gammas).map(({ method, label, gamma }) => {
        const barycenter =
          method === 'dba'
            ? dbaBarycenter(picked, { init, maxIter, seed }).barycenter
            : method === 'subgradient'
              ? (subgradientBarycenter(picked, { init, maxIter, seed }).barycenter as number[])
              : softDtwBarycenter(picked, { gamma, init, maxIter, seed }).barycenter;
        step(`seed ${seed} ${key} ${method}`);
        return { method, label, barycenter, loss: dtwBarycenterLoss(barycenter, picked) };
      });
      barycenters[key] = methods;
    }
    draws.push({ seed, chosenClass, series: picked.map((s) => [...s]), barycenters });
  }
  return { length: Math.max(train.maxLength, test.maxLength), classes: new Set(labels).size, draws };
}

/**
 * The panels in the paper's order: soft-DTW at the first γ, DBA, soft-DTW at the second γ, the
 * subgradient method, then soft-DTW at any further γ.
 */
function panelOrder(gammas: readonly number[]): { method: string; label: string; gamma: number }[] {
  const soft = gammas.map((gamma) => ({ method: `softdtw-${gamma}`, label: `soft-DTW (γ = ${gamma})`, gamma }));
  const dba = { method: 'dba', label: 'DBA', gamma: 0 };
  const subgradient = { method: 'subgradient', label: 'subgradient method', gamma: 0 };
  return [...soft.slice(0, 1), dba, ...soft.slice(1, 2), subgradient, ...soft.slice(2)];
}
