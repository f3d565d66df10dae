/**
 * `softdtw reproduce fig6`: the paper's Figure 6 (§4.2) — the clusters of Lloyd's algorithm with
 * soft-DTW barycenters and with DBA barycenters, each centroid drawn over its cluster's series —
 * on CBF by default (the paper's choice), with random and Euclidean-mean barycenter initialisation,
 * as SVG and PNG, with a markdown table of the DTW k-means losses (Table 2's score). Resumable like
 * the tables: the series, centroids and assignments are stored in the results file and the figures
 * are drawn from it after the loop.
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
import { FIG6_DEFAULTS } from './fig6Defaults.js';
import { fig6Chart, fig6FileStem, renderFig6Markdown } from './renderFig6.js';
import { fig6UnitsPerRepetition, runFig6Dataset, type Fig6Result, type Fig6Settings } from './runFig6Dataset.js';

export { FIG6_DEFAULTS };

/** What {@link reproduceFig6} did. */
export interface Fig6Run {
  readonly records: Fig6Result[];
  readonly computed: string[];
  readonly resumed: string[];
  /** The markdown table and every figure written (SVG and PNG). */
  readonly markdownFile: string;
  readonly figureFiles: string[];
}

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
  await setBackend(options.backend);
  const datasets = selectDatasets({ ...options, datasets: options.datasets ?? FIG6_DEFAULTS.datasets });
  const settings: Fig6Settings = {
    gammas: options.gammas ?? FIG6_DEFAULTS.gammas,
    maxOuter: overrides.maxOuter ?? FIG6_DEFAULTS.maxOuter,
    maxIter: options.epochs ?? FIG6_DEFAULTS.maxIter,
    maxSeries: overrides.maxSeries ?? FIG6_DEFAULTS.maxSeries,
    repetitions: options.repetitions,
    seed: options.seed,
  };
  const config = { table: 'fig6', backend: options.backend, ...settings };
  const unitsPerDataset = fig6UnitsPerRepetition(settings) * settings.repetitions;
  const progress = overrides.progress ?? createProgressReporter({ total: unitsPerDataset * datasets.length });
  const started = Date.now();
  const budget = options.timeBudgetMinutes;
  let run;
  try {
    run = runReproduction<Fig6Result>({
      datasets,
      resultsFile: options.results,
      config,
      unitsPerDataset,
      progress,
      compute: (dataset, step) => runFig6Dataset(options.dataDir, dataset, settings, step),
      ...(budget === undefined ? {} : { shouldStop: () => Date.now() - started > budget * 60_000 }),
    });
  } finally {
    progress.stop();
  }
  const figureFiles: string[] = [];
  for (const record of run.records) {
    for (const draw of record.draws) {
      for (const { key } of INITIALISATIONS) {
        const { svg, png } = await renderSeriesPanels(fig6Chart(record, draw, key));
        const stem = join(options.out, fig6FileStem(record.dataset, draw, key));
        writeFileAtomic(`${stem}.svg`, svg);
        writeFileAtomic(`${stem}.png`, png);
        figureFiles.push(`${stem}.svg`, `${stem}.png`);
      }
    }
  }
  const markdownFile = join(options.out, 'fig6.md');
  writeFileAtomic(markdownFile, renderFig6Markdown(run.records));
  return { ...run, markdownFile, figureFiles };
}
