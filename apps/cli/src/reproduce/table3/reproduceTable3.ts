/**
 * `softdtw reproduce table3`: the paper's §4.4 forecasting experiment over UCR datasets, resumable,
 * with the average-rank table written beside the paper's (markdown + CSV, atomically).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setBackend } from '@softdtw/autodiff';
import { writeFileAtomic } from '../../writeFileAtomic.js';
import { createProgressReporter, type ProgressReporter } from '../ProgressReporter.js';
import type { ReproduceOptions } from '../ReproduceOptions.js';
import { runReproduction } from '../runReproduction.js';
import { selectDatasets } from '../selectDatasets.js';
import { renderLineChart } from '../renderLineChart.js';
import {
  runTable3Dataset,
  TABLE3_MODELS_PER_REPETITION,
  TABLE3_PLOT_METHOD,
  type Table3Example,
  type Table3Result,
  type Table3Settings,
} from './runTable3Dataset.js';
import { TABLE3_METHODS } from './table3Methods.js';
import { renderTable3, summarizeTable3, type Table3Summary } from './summarizeTable3.js';

/** Defaults of the MLP training (see docs/forecasting.md for why). */
export const TABLE3_DEFAULTS: Readonly<Omit<Table3Settings, 'seed' | 'repetitions'>> = {
  hidden: 64,
  epochs: 100,
  learningRate: 1e-2,
  batchSize: 32,
};

/** What {@link reproduceTable3} did. */
export interface Table3Run {
  /** All finished records of the selected datasets. */
  readonly records: Table3Result[];
  /** Datasets computed now / taken from the results file. */
  readonly computed: string[];
  readonly resumed: string[];
  /** Average ranks. */
  readonly summary: Table3Summary;
  /** Paths of the written tables. */
  readonly markdownFile: string;
  readonly csvFile: string;
}

/**
 * Run (or resume) Table 3 and write `table3.md` and `table3.csv` into `options.out`.
 * @param options - the shared reproduce options.
 * @param overrides - MLP settings other than the defaults (tests use tiny ones); `progress` to capture output;
 *   `plots: false` skips the Figure 1-style plots (by default `<out>/plots/table3/<dataset>.svg|png` are
 *   drawn at the end for every finished dataset that has none yet).
 * @returns the {@link Table3Run}.
 * @example
 * await reproduceTable3(parseReproduceOptions({ datasets: 'GunPoint', epochs: '50' }, 'table3'));
 */
export async function reproduceTable3(
  options: ReproduceOptions,
  overrides: Partial<Omit<Table3Settings, 'seed' | 'repetitions' | 'epochs'>> & { progress?: ProgressReporter; plots?: boolean } = {},
): Promise<Table3Run> {
  await setBackend(options.backend);
  const datasets = selectDatasets(options);
  const settings: Table3Settings = {
    ...TABLE3_DEFAULTS,
    ...(overrides.hidden === undefined ? {} : { hidden: overrides.hidden }),
    ...(overrides.learningRate === undefined ? {} : { learningRate: overrides.learningRate }),
    ...(overrides.batchSize === undefined ? {} : { batchSize: overrides.batchSize }),
    epochs: options.epochs ?? TABLE3_DEFAULTS.epochs,
    seed: options.seed,
    repetitions: options.repetitions,
  };
  const config = { table: 'table3', backend: options.backend, inputFraction: 0.6, ...settings };
  const unitsPerDataset = TABLE3_MODELS_PER_REPETITION * settings.repetitions;
  const progress = overrides.progress ?? createProgressReporter({ total: unitsPerDataset * datasets.length });
  const started = Date.now();
  const budget = options.timeBudgetMinutes;
  let run;
  try {
    run = runReproduction<Table3Result>({
      datasets,
      resultsFile: options.results,
      config,
      unitsPerDataset,
      progress,
      compute: (dataset, step) => runTable3Dataset(options.dataDir, dataset, settings, step),
      ...(budget === undefined ? {} : { shouldStop: () => Date.now() - started > budget * 60_000 }),
    });
  } finally {
    progress.stop();
  }
  // Plots are drawn after the loop (rendering is async; the loop stays synchronous for every table) from the
  // forecasts stored in each record, for every finished dataset whose plot is missing: an interruption loses none.
  if (overrides.plots !== false) {
    const dir = join(options.out, 'plots', 'table3');
    for (const record of run.records) {
      if (record.example !== undefined && !existsSync(join(dir, `${record.dataset}.png`))) await writeForecastPlot(dir, record.dataset, record.example);
    }
  }
  const summary = summarizeTable3(run.records);
  const { markdown, csv } = renderTable3(summary, run.records);
  const markdownFile = join(options.out, 'table3.md');
  const csvFile = join(options.out, 'table3.csv');
  writeFileAtomic(markdownFile, markdown);
  writeFileAtomic(csvFile, csv);
  return { ...run, summary, markdownFile, csvFile };
}

/** Figure 1-style plot of one test series: input, truth, Euclidean and soft-DTW forecasts; SVG and PNG. */
async function writeForecastPlot(dir: string, dataset: string, example: Table3Example): Promise<void> {
  const n = example.input.length;
  const after = (values: readonly number[]): number[] => [example.input[n - 1]!, ...values];
  const xs = (count: number, from: number): number[] => Array.from({ length: count }, (_, k) => from + k);
  const soft = TABLE3_METHODS.find((m) => m.method === TABLE3_PLOT_METHOD)!;
  const { svg, png } = await renderLineChart({
    title: `${dataset}, test series ${example.index}: first 60% given, last 40% predicted`,
    xTitle: 'time step',
    yTitle: 'value',
    lines: [
      { name: 'input', x: xs(n, 0), y: example.input },
      { name: 'ground truth', x: xs(example.truth.length + 1, n - 1), y: after(example.truth), dashed: true },
      { name: 'Euclidean loss', x: xs(example.euclidean.length + 1, n - 1), y: after(example.euclidean) },
      { name: `${soft.label}, Euclidean init`, x: xs(example.softDtw.length + 1, n - 1), y: after(example.softDtw) },
    ],
  });
  writeFileAtomic(join(dir, `${dataset}.svg`), svg);
  writeFileAtomic(join(dir, `${dataset}.png`), png);
}
