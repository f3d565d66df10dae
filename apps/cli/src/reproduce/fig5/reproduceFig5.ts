/**
 * `softdtw reproduce fig5`: the paper's Figure 5 (§4.1) — soft-DTW, DBA and subgradient barycenters
 * drawn over the series they average — on ECG200 by default (the paper's choice), from a random
 * start and from the Euclidean mean, as SVG and PNG, with a markdown table of the DTW losses.
 * Resumable like the tables: the barycenters are stored in the results file and the figures are
 * drawn from it after the loop.
 */
import type { ProgressReporter } from '../ProgressReporter.js';
import { reproduceFigure, type FigureRun } from '../reproduceFigure.js';
import type { ReproduceOptions } from '../ReproduceOptions.js';
import { selectDatasets } from '../selectDatasets.js';
import { FIG5_DEFAULTS } from './fig5Defaults.js';
import { fig5Chart, fig5FileStem, renderFig5Markdown } from './renderFig5.js';
import { fig5UnitsPerRepetition, runFig5Dataset, type Fig5Result, type Fig5Settings } from './runFig5Dataset.js';

export { FIG5_DEFAULTS };

/** What {@link reproduceFig5} did: the records, what was computed or resumed, the table and every figure (SVG and PNG). */
export type Fig5Run = FigureRun<Fig5Result>;

/**
 * Run (or resume) Figure 5 and write `fig5.md` and `fig5-<dataset>-<init>-seed<seed>.svg|png` into `options.out`.
 * @param options - the shared reproduce options (`--gammas`, `--epochs` = iteration cap, `--repetitions` = figures per dataset, one per seed).
 * @param overrides - `seriesPerRepetition` (tests use fewer), `progress` to capture output.
 * @returns the {@link Fig5Run}.
 * @example
 * await reproduceFig5(parseReproduceOptions({}, 'fig5')); // ECG200, seed 0
 */
export async function reproduceFig5(
  options: ReproduceOptions,
  overrides: { readonly seriesPerRepetition?: number; readonly progress?: ProgressReporter } = {},
): Promise<Fig5Run> {
  const datasets = selectDatasets({ ...options, datasets: options.datasets ?? FIG5_DEFAULTS.datasets });
  const settings: Fig5Settings = {
    seriesPerRepetition: overrides.seriesPerRepetition ?? FIG5_DEFAULTS.seriesPerRepetition,
    maxIter: options.epochs ?? FIG5_DEFAULTS.maxIter,
    gammas: options.gammas ?? FIG5_DEFAULTS.gammas,
    repetitions: options.repetitions,
    seed: options.seed,
  };
  return reproduceFigure(
    options,
    {
      table: 'fig5',
      datasets,
      settings,
      unitsPerDataset: fig5UnitsPerRepetition(settings) * settings.repetitions,
      compute: (dataset, step) => runFig5Dataset(options.dataDir, dataset, settings, step),
      chart: fig5Chart,
      fileStem: fig5FileStem,
      markdown: renderFig5Markdown,
    },
    overrides.progress,
  );
}
