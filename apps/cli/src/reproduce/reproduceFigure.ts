/**
 * What `reproduce fig5` and `fig6` share: run (or resume) the datasets through
 * {@link runReproduction} with a progress bar and the time budget, then draw one SVG + PNG per
 * stored draw and initialisation, and write the markdown table of losses. The figure modules
 * supply only their computation, chart, file names and table.
 */
import { join } from 'node:path';
import { setBackend } from '@softdtw/autodiff';
import { writeFileAtomic } from '../writeFileAtomic.js';
import { createProgressReporter, type ProgressReporter } from './ProgressReporter.js';
import { renderSeriesPanels, type SeriesPanelsChart } from './renderSeriesPanels.js';
import type { DatasetResult } from './ResultsFile.js';
import type { ReproduceOptions } from './ReproduceOptions.js';
import { runReproduction, type ReproductionRun } from './runReproduction.js';
import { INITIALISATIONS, type Initialisation } from './table1/table1Methods.js';

/** What a figure reproduction did. */
export interface FigureRun<R extends DatasetResult> extends ReproductionRun<R> {
  /** The markdown table and every figure written (SVG and PNG). */
  readonly markdownFile: string;
  readonly figureFiles: string[];
}

/** One figure's parts. */
export interface FigureSpec<R extends DatasetResult & { readonly draws: readonly D[] }, D> {
  /** `fig5` or `fig6`: names the config, the markdown file and the progress. */
  readonly table: string;
  /** Datasets to run, already selected. */
  readonly datasets: readonly string[];
  /** Settings stored in each results line (with `table` and `backend` added) and checked on resume. */
  readonly settings: object;
  /** Progress units one dataset counts for. */
  readonly unitsPerDataset: number;
  /** Compute one dataset's record. */
  readonly compute: (dataset: string, step: (label: string) => void) => Omit<R, keyof DatasetResult>;
  /** The chart of one draw from one initialisation. */
  readonly chart: (record: R, draw: D, init: Initialisation) => SeriesPanelsChart;
  /** The file name (without extension) of that chart. */
  readonly fileStem: (dataset: string, draw: D, init: Initialisation) => string;
  /** The markdown table of all records. */
  readonly markdown: (records: readonly R[]) => string;
}

/**
 * Run (or resume) a figure reproduction and write its figures and table into `options.out`.
 *
 * @param options - the shared reproduce options (backend, results file, output folder, time budget)
 * @param spec - the figure's computation, chart, file names and table
 * @param progress - a reporter to use instead of the default bar (tests)
 * @returns the records, what was computed or resumed, and the files written
 * @example
 * await reproduceFigure(options, { table: 'fig5', datasets, settings, unitsPerDataset, compute, chart, fileStem, markdown });
 */
export async function reproduceFigure<R extends DatasetResult & { readonly draws: readonly D[] }, D>(
  options: ReproduceOptions,
  spec: FigureSpec<R, D>,
  progress: ProgressReporter = createProgressReporter({ total: spec.unitsPerDataset * spec.datasets.length }),
): Promise<FigureRun<R>> {
  await setBackend(options.backend);
  const started = Date.now();
  const budget = options.timeBudgetMinutes;
  let run: ReproductionRun<R>;
  try {
    run = runReproduction<R>({
      datasets: spec.datasets,
      resultsFile: options.results,
      config: { table: spec.table, backend: options.backend, ...spec.settings },
      unitsPerDataset: spec.unitsPerDataset,
      progress,
      compute: spec.compute,
      ...(budget === undefined ? {} : { shouldStop: () => Date.now() - started > budget * 60_000 }),
    });
  } finally {
    progress.stop();
  }
  const figureFiles: string[] = [];
  for (const record of run.records) {
    for (const draw of record.draws) {
      for (const { key } of INITIALISATIONS) {
        const { svg, png } = await renderSeriesPanels(spec.chart(record, draw, key));
        const stem = join(options.out, spec.fileStem(record.dataset, draw, key));
        writeFileAtomic(`${stem}.svg`, svg);
        writeFileAtomic(`${stem}.png`, png);
        figureFiles.push(`${stem}.svg`, `${stem}.png`);
      }
    }
  }
  const markdownFile = join(options.out, `${spec.table}.md`);
  writeFileAtomic(markdownFile, spec.markdown(run.records));
  return { ...run, markdownFile, figureFiles };
}
