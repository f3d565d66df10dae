/**
 * `softdtw reproduce table2`: the paper's §4.2 k-means experiment over UCR datasets, resumable,
 * with the win percentages written beside the paper's Table 2 (markdown + CSV, atomically).
 */
import { join } from 'node:path';
import { setBackend } from '@softdtw/autodiff';
import { writeFileAtomic } from '../../writeFileAtomic.js';
import { createProgressReporter, type ProgressReporter } from '../ProgressReporter.js';
import type { ReproduceOptions } from '../ReproduceOptions.js';
import { runReproduction } from '../runReproduction.js';
import { selectDatasets } from '../selectDatasets.js';
import { renderWinTable, winTable, type WinTable } from '../table1/summarizeTable1.js';
import { PAPER_TABLE2, PAPER_TABLE2_DATASETS } from './paperTable2.js';
import { runTable2Dataset, TABLE2_RUNS_PER_REPETITION, type Table2Result, type Table2Settings } from './runTable2Dataset.js';

/** The paper's rounds and iterations (§4.2), and our cap on the series clustered (cost). `--epochs` overrides `maxIter`. */
export const TABLE2_DEFAULTS: Readonly<Pick<Table2Settings, 'maxOuter' | 'maxIter' | 'maxSeries'>> = { maxOuter: 30, maxIter: 100, maxSeries: 100 };

/** What {@link reproduceTable2} did. */
export interface Table2Run {
  /** All finished records of the selected datasets. */
  readonly records: Table2Result[];
  /** Datasets computed now. */
  readonly computed: string[];
  /** Datasets taken from the results file. */
  readonly resumed: string[];
  /** Win percentages. */
  readonly wins: WinTable;
  /** Paths of the written tables. */
  readonly markdownFile: string;
  readonly csvFile: string;
}

/**
 * Run (or resume) Table 2 and write `table2.md` and `table2.csv` into `options.out`.
 * @param options - the shared reproduce options (`--epochs` is the barycenter iteration cap).
 * @param overrides - `maxOuter`, `maxSeries` (tests use small ones), `progress` to capture output.
 * @returns the {@link Table2Run}.
 * @example
 * await reproduceTable2(parseReproduceOptions({ datasets: 'CBF' }, 'table2'));
 */
export async function reproduceTable2(
  options: ReproduceOptions,
  overrides: { readonly maxOuter?: number; readonly maxSeries?: number; readonly progress?: ProgressReporter } = {},
): Promise<Table2Run> {
  await setBackend(options.backend);
  const datasets = selectDatasets(options);
  const settings: Table2Settings = {
    maxOuter: overrides.maxOuter ?? TABLE2_DEFAULTS.maxOuter,
    maxIter: options.epochs ?? TABLE2_DEFAULTS.maxIter,
    maxSeries: overrides.maxSeries ?? TABLE2_DEFAULTS.maxSeries,
    repetitions: options.repetitions,
    seed: options.seed,
  };
  const config = { table: 'table2', backend: options.backend, ...settings };
  const unitsPerDataset = TABLE2_RUNS_PER_REPETITION * settings.repetitions;
  const progress = overrides.progress ?? createProgressReporter({ total: unitsPerDataset * datasets.length });
  const started = Date.now();
  const budget = options.timeBudgetMinutes;
  let run;
  try {
    run = runReproduction<Table2Result>({
      datasets,
      resultsFile: options.results,
      config,
      unitsPerDataset,
      progress,
      compute: (dataset, step) => runTable2Dataset(options.dataDir, dataset, settings, step),
      ...(budget === undefined ? {} : { shouldStop: () => Date.now() - started > budget * 60_000 }),
    });
  } finally {
    progress.stop();
  }
  const wins = winTable(run.records);
  const { markdown, csv } = renderWinTable(wins, run.records, {
    title: 'Table 2: soft-DTW k-means vs k-means with DBA and with the subgradient method (k-means DTW loss, Eq. 5 with γ = 0)',
    paper: PAPER_TABLE2,
    paperDatasets: PAPER_TABLE2_DATASETS,
  });
  const markdownFile = join(options.out, 'table2.md');
  const csvFile = join(options.out, 'table2.csv');
  writeFileAtomic(markdownFile, markdown);
  writeFileAtomic(csvFile, csv);
  return { ...run, wins, markdownFile, csvFile };
}
