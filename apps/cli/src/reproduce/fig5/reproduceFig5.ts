/**
 * `softdtw reproduce fig5`: the paper's Figure 5 (§4.1) — soft-DTW, DBA and subgradient barycenters
 * drawn over the series they average — on ECG200 by default (the paper's choice), from a random
 * start and from the Euclidean mean, as SVG and PNG, with a markdown table of the DTW losses.
 * Resumable like the tables: the barycenters are stored in the results file and the figures are
 * drawn from it after the loop.
 */
import { join } from 'node:path';
import { setBackend } from '@softdtw/autodiff';
import { writeFileAtomic } from '../../writeFileAtomic.js';
import { createProgressReporter, type ProgressReporter } from '../ProgressReporter.js';
import { renderSeriesPanels } from '../renderSeriesPanels.js';
import type { ReproduceOptions } from '../ReproduceOptions.js';
import { runReproduction } from '../runReproduction.js';
import { selectDatasets } from '../selectDatasets.js';
import { INITIALISATIONS } from '../table1/table1Methods.js';
import { FIG5_DEFAULTS } from './fig5Defaults.js';
import { fig5Chart, fig5FileStem, renderFig5Markdown } from './renderFig5.js';
import { fig5UnitsPerRepetition, runFig5Dataset, type Fig5Result, type Fig5Settings } from './runFig5Dataset.js';

export { FIG5_DEFAULTS };

/** What {@link reproduceFig5} did. */
export interface Fig5Run {
  readonly records: Fig5Result[];
  readonly computed: string[];
  readonly resumed: string[];
  /** The markdown table and every figure written (SVG and PNG). */
  readonly markdownFile: string;
  readonly figureFiles: string[];
}

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
  await setBackend(options.backend);
  const datasets = selectDatasets({ ...options, datasets: options.datasets ?? FIG5_DEFAULTS.datasets });
  const settings: Fig5Settings = {
    seriesPerRepetition: overrides.seriesPerRepetition ?? FIG5_DEFAULTS.seriesPerRepetition,
    maxIter: options.epochs ?? FIG5_DEFAULTS.maxIter,
    gammas: options.gammas ?? FIG5_DEFAULTS.gammas,
    repetitions: options.repetitions,
    seed: options.seed,
  };
  const config = { table: 'fig5', backend: options.backend, ...settings };
  const unitsPerDataset = fig5UnitsPerRepetition(settings) * settings.repetitions;
  const progress = overrides.progress ?? createProgressReporter({ total: unitsPerDataset * datasets.length });
  const started = Date.now();
  const budget = options.timeBudgetMinutes;
  let run;
  try {
    run = runReproduction<Fig5Result>({
      datasets,
      resultsFile: options.results,
      config,
      unitsPerDataset,
      progress,
      compute: (dataset, step) => runFig5Dataset(options.dataDir, dataset, settings, step),
      ...(budget === undefined ? {} : { shouldStop: () => Date.now() - started > budget * 60_000 }),
    });
  } finally {
    progress.stop();
  }
  const figureFiles: string[] = [];
  for (const record of run.records) {
    for (const draw of record.draws) {
      for (const { key } of INITIALISATIONS) {
        const { svg, png } = await renderSeriesPanels(fig5Chart(record, draw, key));
        const stem = join(options.out, fig5FileStem(record.dataset, draw, key));
        writeFileAtomic(`${stem}.svg`, svg);
        writeFileAtomic(`${stem}.png`, png);
        figureFiles.push(`${stem}.svg`, `${stem}.png`);
      }
    }
  }
  const markdownFile = join(options.out, 'fig5.md');
  writeFileAtomic(markdownFile, renderFig5Markdown(run.records));
  return { ...run, markdownFile, figureFiles };
}
