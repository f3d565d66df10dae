/**
 * `softdtw classify --train FILE --test FILE`: the nearest-centroid classifier of Cuturi & Blondel
 * (ICML 2017, §3.3): one barycenter per class (soft-DTW barycenters, DBA for `dtw`, means for
 * `euclidean`), each test series goes to the class of its nearest centroid. `--gamma auto` picks γ
 * on a stratified validation split of the training set from the paper's 15 log-spaced values in
 * [1e-3, 10] (§4.3); the centroids kept are those fit on the training part with the best γ.
 */
import type { Command } from 'commander';
import { NearestCentroidClassifier, PAPER_GAMMA_GRID, type ClusterMetric } from '@softdtw/cluster';
import { trainValidationTestSplit } from '@softdtw/datasets';
import type { CliIo } from '../CliIo.js';
import { CliUsageError } from '../CliUsageError.js';
import { addCommonOptions, parseCommonOptions, type CommonOptions, type RawCommonOptions } from '../commonOptions.js';
import { readSeriesInput } from '../input/readSeriesInput.js';
import type { SeriesData } from '../input/SeriesData.js';
import { emitOutput, type CommandOutput } from '../output/CommandOutput.js';
import { renderTable } from '../output/renderTable.js';
import { parseChoiceOption, parseIntegerOption, parseNumberOption } from '../parseOptionValue.js';
import { createTaskProgress } from '../progress/createTaskProgress.js';
import { selectBackend } from '../selectBackend.js';
import { CLUSTER_METRICS } from './clusterCommand.js';

/** Checked options of `softdtw classify`. */
export interface ClassifyOptions extends CommonOptions {
  readonly train: SeriesData;
  readonly test: SeriesData;
  readonly metric: ClusterMetric;
  /** A fixed γ, or `'auto'` (validation). */
  readonly gamma: number | 'auto';
  readonly validation: number;
  readonly maxIterBarycenter: number;
}

interface RawClassifyOptions extends RawCommonOptions {
  readonly train?: string;
  readonly test?: string;
  readonly metric: string;
  readonly gamma: string;
  readonly validation: string;
  readonly maxIterBarycenter: string;
}

/** Classes, predictions and scores. */
export interface ClassifyResult {
  readonly gamma: number;
  readonly validationScores: Array<{ gamma: number; accuracy: number }>;
  readonly classes: string[];
  readonly predictions: string[];
  readonly accuracy: number | null;
  /** confusion[t][p]: test series of class classes[t] predicted as classes[p]. */
  readonly confusion: number[][] | null;
}

function accuracyOf(model: NearestCentroidClassifier<string>, data: { series: SeriesData['series']; labels: string[] }): number {
  return model.score(data.series, data.labels);
}

/**
 * Fit the classifier (choosing γ when asked) and predict the test set.
 * @param options - checked options with both sets read.
 * @param io - for the progress bar.
 * @returns γ, validation scores, predictions, accuracy and confusion matrix.
 * @example const result = classifySeries(options, io);
 */
export function classifySeries(options: ClassifyOptions, io: CliIo): ClassifyResult {
  const { train, test, metric, maxIterBarycenter } = options;
  const trainLabels = train.labels!;
  let model: NearestCentroidClassifier<string>;
  const validationScores: Array<{ gamma: number; accuracy: number }> = [];
  if (options.gamma === 'auto') {
    const indices = trainValidationTestSplit(train.series.length, { fractions: [1 - options.validation, options.validation, 0], seed: options.seed, stratify: trainLabels });
    const subset = (which: readonly number[]) => ({ series: which.map((i) => train.series[i]!), labels: which.map((i) => trainLabels[i]!) });
    const split = { train: subset(indices.train), validation: subset(indices.validation) };
    const progress = createTaskProgress(io, { total: PAPER_GAMMA_GRID.length, title: 'choosing γ on validation' });
    let best: { model: NearestCentroidClassifier<string>; accuracy: number } | undefined;
    try {
      for (const gamma of PAPER_GAMMA_GRID) {
        const candidate = new NearestCentroidClassifier<string>({ metric, gamma, maxIterBarycenter }).fit(split.train.series, split.train.labels);
        const accuracy = accuracyOf(candidate, split.validation);
        validationScores.push({ gamma, accuracy });
        if (best === undefined || accuracy > best.accuracy) best = { model: candidate, accuracy };
        progress.tick(1, `γ = ${gamma.toPrecision(2)}`);
      }
    } finally {
      progress.done();
    }
    model = best!.model;
  } else {
    model = new NearestCentroidClassifier<string>({ metric, gamma: options.gamma, maxIterBarycenter }).fit(train.series, trainLabels);
  }
  const progress = createTaskProgress(io, { total: test.series.length, title: 'predicting' });
  const predictions: string[] = [];
  try {
    for (let start = 0; start < test.series.length; start += 16) {
      const chunk = test.series.slice(start, start + 16);
      predictions.push(...model.predict(chunk));
      progress.tick(chunk.length);
    }
  } finally {
    progress.done();
  }
  const classes = [...new Set([...model.classes, ...(test.labels ?? [])])].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  let accuracy: number | null = null;
  let confusion: number[][] | null = null;
  if (test.labels !== undefined) {
    const truth = test.labels;
    confusion = classes.map(() => classes.map(() => 0));
    predictions.forEach((p, i) => {
      confusion![classes.indexOf(truth[i]!)]![classes.indexOf(p)]! += 1;
    });
    accuracy = predictions.filter((p, i) => p === truth[i]).length / predictions.length;
  }
  return { gamma: model.gamma, validationScores, classes, predictions, accuracy, confusion };
}

/**
 * Run `classify` and shape its output.
 * @param options - checked options with both sets read.
 * @param io - for the progress bar.
 * @param backendName - the active backend, reported in the output.
 * @returns the output in its three forms.
 * @example const output = runClassify(options, io, 'cpu');
 */
export function runClassify(options: ClassifyOptions, io: CliIo, backendName: string): CommandOutput {
  const result = classifySeries(options, io);
  const { train, test, metric } = options;
  const lines = [
    `nearest centroid (${metric}${metric === 'softdtw' ? `, γ = ${result.gamma.toPrecision(3)}${options.gamma === 'auto' ? ' chosen on validation' : ''}` : ''}): ${train.series.length} training series from ${train.source}, ${test.series.length} test series from ${test.source}, backend ${backendName}`,
  ];
  if (result.accuracy !== null && result.confusion !== null) {
    lines.push(`  accuracy ${(100 * result.accuracy).toFixed(1)}% (${Math.round(result.accuracy * test.series.length)} of ${test.series.length})`);
    lines.push('  confusion (rows: true class, columns: predicted):');
    lines.push(renderTable({ columns: ['class', ...result.classes], rows: result.confusion.map((row, t) => [result.classes[t]!, ...row]) }, 4));
  } else {
    lines.push('  the test set has no labels: predictions only (--json or --out predictions.csv)');
    const counts = result.classes.map((c) => [c, result.predictions.filter((p) => p === c).length]);
    lines.push(renderTable({ columns: ['predicted class', 'series'], rows: counts }, 4));
  }
  if (result.validationScores.length > 0) {
    lines.push(`  validation accuracy by γ: ${result.validationScores.map((s) => `${s.gamma.toPrecision(2)}: ${(100 * s.accuracy).toFixed(0)}%`).join(', ')}`);
  }
  return {
    text: lines.join('\n'),
    json: { command: 'classify', train: train.source, test: test.source, metric, backend: backendName, ...result },
    csv: { header: ['index', 'true', 'predicted'], rows: result.predictions.map((p, i) => [i, test.labels?.[i] ?? '', p]) },
  };
}

/**
 * Add `classify` to the program.
 * @param program - the root command.
 * @param io - where the command prints.
 * @returns the new command.
 * @example registerClassifyCommand(program, processIo());
 */
export function registerClassifyCommand(program: Command, io: CliIo): Command {
  const command = program
    .command('classify')
    .description('nearest-centroid classification (soft-DTW barycenters per class): accuracy and confusion matrix')
    .requiredOption('--train <file>', 'labelled training series (UCR .tsv, .csv with a label column, .json with labels, bundled:GunPoint)')
    .requiredOption('--test <file>', 'series to classify (accuracy when they have labels)')
    .option('--metric <metric>', `${CLUSTER_METRICS.join('|')}`, 'softdtw')
    .option('--gamma <γ>', "soft-DTW smoothing γ > 0, or 'auto' (chosen on a validation split, §4.3)", '1')
    .option('--validation <fraction>', 'with --gamma auto: part of the training set held out', '0.25')
    .option('--max-iter-barycenter <n>', 'iterations of each class barycenter', '100');
  addCommonOptions(command)
    .addHelpText('after', ['', 'Examples:', '  $ softdtw classify --train bundled:GunPoint --test bundled:GunPoint:test', '  $ softdtw classify --train TRAIN.tsv --test TEST.tsv --gamma auto --out predictions.csv'].join('\n'))
    .action(async (raw: RawClassifyOptions) => {
      const common = parseCommonOptions(raw);
      const metric = parseChoiceOption('--metric', raw.metric, CLUSTER_METRICS);
      const gamma = raw.gamma === 'auto' ? 'auto' : parseNumberOption('--gamma', raw.gamma, { min: 0, minExclusive: true, example: '1 (or auto)' });
      if (gamma === 'auto' && metric !== 'softdtw') throw new CliUsageError(`--gamma auto: only the softdtw metric has a γ to choose, got --metric ${metric}. Drop --gamma.`);
      const validation = parseNumberOption('--validation', raw.validation, { min: 0, minExclusive: true, max: 0.9, example: '0.25' });
      const maxIterBarycenter = parseIntegerOption('--max-iter-barycenter', raw.maxIterBarycenter, 0, '100');
      const train = readSeriesInput(raw.train ?? '', { ...common.input, role: '--train' });
      if (train.labels === undefined) {
        throw new CliUsageError(`--train: ${train.source} has no class labels. Use a UCR .tsv, a CSV with a label column (--label-column), or JSON with "labels".`);
      }
      const test = readSeriesInput(raw.test ?? '', { ...common.input, role: '--test' });
      const backend = await selectBackend(common.backend);
      emitOutput(runClassify({ ...common, train, test, metric, gamma, validation, maxIterBarycenter }, io, backend.name), common.output, io);
    });
  return command;
}
