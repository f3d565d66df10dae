/**
 * `softdtw reproduce table1`: the paper's §4.1 averaging experiment over UCR datasets, resumable,
 * with the win percentages written beside the paper's Table 1 (markdown + CSV, atomically).
 */
import { join } from 'node:path';
import { setBackend } from '@softdtw/autodiff';
import { writeFileAtomic } from '../../writeFileAtomic.js';
import { createProgressReporter, type ProgressReporter } from '../ProgressReporter.js';
import type { ReproduceOptions } from '../ReproduceOptions.js';
import { runReproduction } from '../runReproduction.js';
import { selectDatasets } from '../selectDatasets.js';
import { runTable1Dataset, TABLE1_BARYCENTERS_PER_REPETITION, type Table1Result, type Table1Settings } from './runTable1Dataset.js';
import { summarizeTable1, type WinTable } from './summarizeTable1.js';

/** The paper's settings (§4.1): 10 series, at most 100 iterations. `--epochs` overrides `maxIter`. */
export const TABLE1_DEFAULTS: Readonly<Pick<Table1Settings, 'seriesPerRepetition' | 'maxIter'>> = { seriesPerRepetition: 10, maxIter: 100 };

/** What {@link reproduceTable1} did. */
export interface Table1Run {
  /** All finished records of the selected datasets. */
  readonly records: Table1Result[];
  /** Datasets computed now. */
  readonly computed: string[];
  /** Datasets taken from the results file. */
  readonly resumed: string[];
  /** Win percentages. */
  readonly wins: WinTable;
  /** Path of the written markdown table. */
  readonly markdownFile: string;
  /** Path of the written CSV table. */
  readonly csvFile: string;
}

/**
 * Run (or resume) Table 1 and write `table1.md` and `table1.csv` into `options.out`.
 * @param options - the shared reproduce options (`--epochs` is the iteration cap, `--repetitions` the repetitions).
 * @param overrides - `seriesPerRepetition` (tests use fewer), `progress` to capture output.
 * @returns the {@link Table1Run}.
 * @example
 * await reproduceTable1(parseReproduceOptions({ datasets: 'ECG200', repetitions: '10' }, 'table1'));
 */
export async function reproduceTable1(
  options: ReproduceOptions,
  overrides: { readonly seriesPerRepetition?: number; readonly progress?: ProgressReporter } = {},
): Promise<Table1Run> {
  await setBackend(options.backend);
  const datasets = selectDatasets(options);
  const settings: Table1Settings = {
    seriesPerRepetition: overrides.seriesPerRepetition ?? TABLE1_DEFAULTS.seriesPerRepetition,
    maxIter: options.epochs ?? TABLE1_DEFAULTS.maxIter,
    repetitions: options.repetitions,
    seed: options.seed,
  };
  const config = { table: 'table1', backend: options.backend, ...settings };
  const unitsPerDataset = TABLE1_BARYCENTERS_PER_REPETITION * settings.repetitions;
  const progress = overrides.progress ?? createProgressReporter({ total: unitsPerDataset * datasets.length });
  const started = Date.now();
  const budget = options.timeBudgetMinutes;
  let run;
  try {
    run = runReproduction<Table1Result>({
      datasets,
      resultsFile: options.results,
      config,
      unitsPerDataset,
      progress,
      compute: (dataset, step) => runTable1Dataset(options.dataDir, dataset, settings, step),
      ...(budget === undefined ? {} : { shouldStop: () => Date.now() - started > budget * 60_000 }),
    });
  } finally {
    progress.stop();
  }
  const { wins, markdown, csv } = summarizeTable1(run.records);
  const markdownFile = join(options.out, 'table1.md');
  const csvFile = join(options.out, 'table1.csv');
  writeFileAtomic(markdownFile, markdown);
  writeFileAtomic(csvFile, csv);
  return { ...run, wins, markdownFile, csvFile };
}
