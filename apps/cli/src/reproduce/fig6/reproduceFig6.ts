/**
 * `softdtw reproduce fig6`: the paper's Figure 6 (§4.2) — the clusters of Lloyd's algorithm with
 * soft-DTW barycenters and with DBA barycenters, each centroid drawn over its cluster's series —
 * on CBF by default (the paper's choice), with random and Euclidean-mean barycenter initialisation,
 * as SVG and PNG, with a markdown table of the DTW k-means losses (Table 2's score). Resumable like
 * the tables: the series, centroids and assignments are stored in the results file and the figures
 * are drawn from it after the loop.
 */
import type { ProgressReporter } from '../ProgressReporter.js';
import { reproduceFigure, type FigureRun } from '../reproduceFigure.js';
import type { ReproduceOptions } from '../ReproduceOptions.js';
import { selectDatasets } from '../selectDatasets.js';
import { FIG6_DEFAULTS } from './fig6Defaults.js';
import { fig6Chart, fig6FileStem, renderFig6Markdown } from './renderFig6.js';
import { fig6UnitsPerRepetition, runFig6Dataset, type Fig6Result, type Fig6Settings } from './runFig6Dataset.js';

export { FIG6_DEFAULTS };

/** What {@link reproduceFig6} did: the records, what was computed or resumed, the table and every figure (SVG and PNG). */
export type Fig6Run = FigureRun<Fig6Result>;

/**
 * Run (or resume) Figure 6 and write `fig6.md` and `fig6-<dataset>-<init>-seed<seed>.svg|png` into `options.out`.
 * @param options - the shared reproduce options (`--gammas`, `--epochs` = barycenter iteration cap, `--repetitions` = figures per dataset, one per seed).
 * @param overrides - `maxOuter`, `maxSeries` (tests use small ones), `progress` to capture output.
 * @returns the {@link Fig6Run}.
 * @example
 * await reproduceFig6(parseReproduceOptions({}, 'fig6')); // CBF, seed 0
 */
export async function reproduceFig6(
  options: ReproduceOptions,
  overrides: { readonly maxOuter?: number; readonly maxSeries?: number; readonly progress?: ProgressReporter } = {},
): Promise<Fig6Run> {
  const datasets = selectDatasets({ ...options, datasets: options.datasets ?? FIG6_DEFAULTS.datasets });
  const settings: Fig6Settings = {
    gammas: options.gammas ?? FIG6_DEFAULTS.gammas,
    maxOuter: overrides.maxOuter ?? FIG6_DEFAULTS.maxOuter,
    maxIter: options.epochs ?? FIG6_DEFAULTS.maxIter,
    maxSeries: overrides.maxSeries ?? FIG6_DEFAULTS.maxSeries,
    repetitions: options.repetitions,
    seed: options.seed,
  };
  return reproduceFigure(
    options,
    {
      table: 'fig6',
      datasets,
      settings,
      unitsPerDataset: fig6UnitsPerRepetition(settings) * settings.repetitions,
      compute: (dataset, step) => runFig6Dataset(options.dataDir, dataset, settings, step),
      chart: fig6Chart,
      fileStem: fig6FileStem,
      markdown: renderFig6Markdown,
    },
    overrides.progress,
  );
}
