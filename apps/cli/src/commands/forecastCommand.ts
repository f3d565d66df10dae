/**
 * `softdtw forecast train | export | predict`: the multistep-ahead MLP forecaster of Cuturi &
 * Blondel (ICML 2017, §3.4): given the first `inputLength` steps of a series, predict the next
 * `outputLength` at once; trained with soft-DTW, the Euclidean loss or the soft-DTW divergence.
 *
 * - `train FILE --out model.json`: fits a model on the series of FILE (the first 60 % of each series
 *   as input, the next 40 % as target, unless `--input-length`/`--output-length` say otherwise);
 *   `--checkpoint FILE` saves the training state after every epoch and resumes from it.
 * - `export model.json --out model.onnx`: the ONNX model (IR 8, opset 13, dynamic batch, metadata).
 * - `predict model.onnx FILE`: runs the ONNX model with onnxruntime-web (a `.json` model runs in
 *   TypeScript instead); series longer than the input get their errors against the true continuation.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { dtw } from '@softdtw/core';
import { FORECAST_LOSSES, MlpForecaster, type ForecastLossKind, type ForecasterSnapshot, type SeriesBatch } from '@softdtw/forecast';
import { fileCheckpointStore } from '@softdtw/forecast/node';
import type { CliIo } from '../CliIo.js';
import { CliUsageError } from '../CliUsageError.js';
import { addCommonOptions, parseCommonOptions, type CommonOptions, type RawCommonOptions } from '../commonOptions.js';
import { readSeriesInput } from '../input/readSeriesInput.js';
import { firstFeature, type CliSeries, type SeriesData } from '../input/SeriesData.js';
import { checkOutPath, emitOutput, type CommandOutput } from '../output/CommandOutput.js';
import { formatNumber, renderTable } from '../output/renderTable.js';
import { parseChoiceOption, parseIntegerOption, parseNumberOption } from '../parseOptionValue.js';
import { checkPlotPath } from '../plot/checkPlotPath.js';
import { createTaskProgress } from '../progress/createTaskProgress.js';
import { selectBackend } from '../selectBackend.js';
import { writeFileAtomic } from '../writeFileAtomic.js';

/** Activations of `--activation`. */
export const FORECAST_ACTIVATIONS = ['sigmoid', 'tanh', 'relu'] as const;
/** Normalisations of `--normalization`. */
export const FORECAST_NORMALIZATIONS = ['standardize', 'none'] as const;

/** Checked options of `softdtw forecast train`. */
export interface ForecastTrainOptions extends CommonOptions {
  readonly data: SeriesData;
  readonly test: SeriesData | undefined;
  readonly model: string;
  readonly inputLength: number;
  readonly outputLength: number;
  readonly hidden: number;
  readonly activation: (typeof FORECAST_ACTIVATIONS)[number];
  readonly loss: ForecastLossKind;
  readonly gamma: number;
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly normalization: (typeof FORECAST_NORMALIZATIONS)[number];
  readonly validation: number | undefined;
  readonly checkpoint: string | undefined;
}

/** Inputs (first steps) and targets (the following steps) of a set of series. */
export interface ForecastSplit {
  readonly inputs: CliSeries[];
  readonly targets: CliSeries[];
}

/**
 * Cut each series into its first `inputLength` steps and the next `outputLength`.
 * @param data - the series.
 * @param inputLength - input steps.
 * @param outputLength - target steps (0: inputs only).
 * @returns inputs and targets.
 * @throws {@link CliUsageError} when a series is too short.
 * @example splitSeries({ series: [[1, 2, 3, 4, 5]], labels: undefined, source: 'x' }, 3, 2); // inputs [[1, 2, 3]], targets [[4, 5]]
 */
export function splitSeries(data: SeriesData, inputLength: number, outputLength: number): ForecastSplit {
  const short = data.series.findIndex((s) => s.length < inputLength + outputLength);
  if (short >= 0) {
    throw new CliUsageError(
      `forecast: series ${short} of ${data.source} has ${data.series[short]!.length} steps, expected at least ${inputLength + outputLength} (input ${inputLength} + output ${outputLength}). Lower --input-length/--output-length or drop short series.`,
    );
  }
  return {
    inputs: data.series.map((s) => s.slice(0, inputLength) as CliSeries),
    targets: data.series.map((s) => s.slice(inputLength, inputLength + outputLength) as CliSeries),
  };
}

/** The series as the forecaster's batch type (all univariate, or all `[n][p]`: the model checks). */
function asBatch(series: readonly CliSeries[]): SeriesBatch {
  return series as unknown as SeriesBatch;
}

function featuresOf(data: SeriesData): number {
  const first = data.series[0]?.[0];
  return Array.isArray(first) ? first.length : 1;
}

/**
 * Train a forecaster and write it as JSON.
 * @param options - checked options with the series read.
 * @param io - for the progress bar.
 * @param backendName - the active backend, reported in the output.
 * @returns the output in its three forms (the model itself goes to `options.model`).
 * @example const output = runForecastTrain(options, io, 'cpu');
 */
export function runForecastTrain(options: ForecastTrainOptions, io: CliIo, backendName: string): CommandOutput {
  const { data, inputLength, outputLength } = options;
  const features = featuresOf(data);
  const train = splitSeries(data, inputLength, outputLength);
  const model = new MlpForecaster({
    inputLength,
    outputLength,
    hidden: options.hidden,
    features,
    activation: options.activation,
    loss: options.loss,
    gamma: options.gamma,
    normalization: options.normalization,
    seed: options.seed,
  });
  const progress = createTaskProgress(io, { total: options.epochs, title: `training (${options.loss})` });
  let report;
  try {
    report = model.fit(asBatch(train.inputs), asBatch(train.targets), {
      epochs: options.epochs,
      batchSize: options.batchSize,
      learningRate: options.learningRate,
      seed: options.seed,
      ...(options.validation === undefined ? {} : { validation: options.validation }),
      ...(options.checkpoint === undefined ? {} : { checkpoint: fileCheckpointStore(options.checkpoint) }),
      onEpoch: (epoch) => progress.tick(1, `loss ${formatNumber(epoch.trainLoss, 3)}`),
    });
  } finally {
    progress.done();
  }
  writeFileAtomic(options.model, `${JSON.stringify(model.toJSON())}\n`);
  const evaluations = [{ set: `train (${data.source})`, ...model.evaluate(asBatch(train.inputs), asBatch(train.targets)) }];
  if (options.test !== undefined) {
    const test = splitSeries(options.test, inputLength, outputLength);
    evaluations.push({ set: `test (${options.test.source})`, ...model.evaluate(asBatch(test.inputs), asBatch(test.targets)) });
  }
  const last = report.history[report.history.length - 1];
  const text = [
    `trained an MLP forecaster (${inputLength} → ${outputLength} steps, hidden ${options.hidden}, ${options.activation}, loss ${options.loss}${options.loss === 'euclidean' ? '' : ` γ = ${options.gamma}`}) on ${data.series.length} series, backend ${backendName}`,
    `  ${report.epochs} epoch(s)${report.resumedEpochs > 0 ? ` (${report.resumedEpochs} resumed from ${options.checkpoint})` : ''}${report.stoppedEarly ? `, stopped early (best epoch ${report.bestEpoch})` : ''}, final training loss ${last === undefined ? '-' : formatNumber(last.trainLoss)}`,
    renderTable({
      columns: ['set', 'series', 'Euclidean', 'DTW', `soft-DTW (γ = ${evaluations[0]!.gamma})`],
      rows: evaluations.map((e) => [e.set, e.count, formatNumber(e.euclidean), formatNumber(e.dtw), formatNumber(e.softDtw)]),
    }),
    `  model written to ${options.model} (export it: softdtw forecast export ${options.model} --out model.onnx)`,
  ].join('\n');
  return {
    text,
    json: { command: 'forecast train', model: options.model, backend: backendName, config: model.config, epochs: report.epochs, resumedEpochs: report.resumedEpochs, stoppedEarly: report.stoppedEarly, history: report.history, evaluations },
    csv: { header: ['epoch', 'train_loss', 'validation_loss'], rows: report.history.map((h) => [h.epoch, h.trainLoss, h.validationLoss ?? '']) },
  };
}

function readModelJson(path: string): MlpForecaster {
  let snapshot: unknown;
  try {
    snapshot = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    const reason = (error as { code?: string }).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new CliUsageError(`${path}: expected a model written by 'softdtw forecast train', got ${reason}.`);
  }
  return MlpForecaster.fromJSON(snapshot as ForecasterSnapshot);
}

function readModelBytes(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    const reason = (error as { code?: string }).code === 'ENOENT' ? 'no such file' : (error as { code?: string }).code === 'EISDIR' ? 'a directory' : (error as Error).message;
    throw new CliUsageError(`${path}: expected an .onnx model written by 'softdtw forecast export', got ${reason}.`);
  }
}

/** Per-series errors of forecasts against the truth. */
export interface ForecastErrors {
  readonly euclidean: number;
  readonly dtw: number;
}

/**
 * Errors of one forecast: Σ_t (ŷ_t − y_t)² and DTW(ŷ, y) (γ = 0), as in `MlpForecaster.evaluate`.
 * @param forecast - `[T]` or `[T][p]`.
 * @param truth - same shape.
 * @returns both errors.
 * @example forecastErrors([0, 1], [0, 2]); // { euclidean: 1, dtw: 1 }
 */
export function forecastErrors(forecast: CliSeries, truth: CliSeries): ForecastErrors {
  let euclidean = 0;
  forecast.forEach((v, t) => {
    const a = typeof v === 'number' ? [v] : v;
    const row = truth[t]!;
    const b = typeof row === 'number' ? [row] : row;
    a.forEach((x, f) => (euclidean += (x - b[f]!) ** 2));
  });
  return { euclidean, dtw: dtw(forecast, truth).value };
}

/** Checked options of `softdtw forecast predict`. */
export interface ForecastPredictOptions extends CommonOptions {
  readonly model: string;
  readonly data: SeriesData;
  readonly plot: string | undefined;
}

/**
 * Forecast each series of a file with an exported model (onnxruntime-web) or a JSON model.
 * @param options - checked options with the series read.
 * @param io - for messages.
 * @param backendName - the active backend (used by a JSON model), reported in the output.
 * @returns the output in its three forms.
 * @example const output = await runForecastPredict(options, io, 'cpu');
 */
export async function runForecastPredict(options: ForecastPredictOptions, io: CliIo, backendName: string): Promise<CommandOutput> {
  const { data } = options;
  const isJson = extname(options.model).toLowerCase() === '.json';
  let inputLength: number;
  let outputLength: number;
  let features: number;
  let predict: (inputs: CliSeries[]) => Promise<number[][]>;
  let release = async (): Promise<void> => undefined;
  let runtime: string;
  if (isJson) {
    const model = readModelJson(options.model);
    ({ inputLength, outputLength } = model);
    features = model.config.features;
    predict = async (inputs) => model.predict(asBatch(inputs));
    runtime = `TypeScript (backend ${backendName})`;
  } else {
    const { loadOnnxForecaster } = await import('@softdtw/forecast/onnx'); // onnxruntime-web is loaded only here
    const onnx = await loadOnnxForecaster(readModelBytes(options.model));
    ({ inputLength, outputLength, features } = onnx.metadata);
    predict = (inputs) => onnx.predict(asBatch(inputs));
    release = () => onnx.release();
    runtime = 'onnxruntime-web (wasm)';
  }
  const short = data.series.findIndex((s) => s.length < inputLength);
  if (short >= 0) {
    throw new CliUsageError(`forecast predict: series ${short} of ${data.source} has ${data.series[short]!.length} steps, the model needs ${inputLength} input steps.`);
  }
  const inputs = data.series.map((s) => s.slice(0, inputLength) as CliSeries);
  let flat: number[][];
  try {
    flat = await predict(inputs);
  } finally {
    await release();
  }
  const forecasts: CliSeries[] = flat.map((row) => (features === 1 ? row : Array.from({ length: outputLength }, (_, t) => row.slice(t * features, (t + 1) * features))));
  const errors = data.series.map((s, i) =>
    s.length >= inputLength + outputLength ? forecastErrors(forecasts[i]!, s.slice(inputLength, inputLength + outputLength) as CliSeries) : null,
  );
  const scored = errors.filter((e): e is ForecastErrors => e !== null);
  if (options.plot !== undefined) {
    const s = data.series[0]!;
    const { forecastChartSvg } = await import('../plot/forecastChartSvg.js'); // vega is loaded only for plots
    const { writePlot } = await import('../plot/writePlot.js');
    const svg = await forecastChartSvg({
      title: `Forecast of series 0 of ${data.source} (${inputLength} → ${outputLength} steps)`,
      input: firstFeature(s.slice(0, inputLength) as CliSeries),
      ...(errors[0] === null ? {} : { truth: firstFeature(s.slice(inputLength, inputLength + outputLength) as CliSeries) }),
      forecasts: [{ name: 'forecast', values: firstFeature(forecasts[0]!), start: inputLength }],
    });
    writePlot(options.plot, svg);
    io.stderr(`wrote ${options.plot}\n`);
  }
  const shown = Math.min(data.series.length, 10);
  const mean = (key: keyof ForecastErrors): number => scored.reduce((sum, e) => sum + e[key], 0) / scored.length;
  const text = [
    `forecasts of ${data.series.length} series from ${data.source} with ${options.model} (${inputLength} → ${outputLength} steps) on ${runtime}`,
    renderTable({
      columns: ['series', ...(data.labels === undefined ? [] : ['label']), 'first forecast steps', 'Euclidean', 'DTW'],
      rows: forecasts.slice(0, shown).map((f, i) => [
        i,
        ...(data.labels === undefined ? [] : [data.labels[i]!]),
        firstFeature(f).slice(0, 4).map((v) => v.toFixed(3)).join(' ') + (outputLength > 4 ? ' …' : ''),
        errors[i] === null ? '-' : formatNumber(errors[i]!.euclidean),
        errors[i] === null ? '-' : formatNumber(errors[i]!.dtw),
      ]),
    }),
    ...(shown < data.series.length ? [`  (first ${shown} of ${data.series.length}; all forecasts with --json or --out forecasts.csv)`] : []),
    scored.length > 0
      ? `  mean over the ${scored.length} series with a true continuation: Euclidean ${formatNumber(mean('euclidean'))}, DTW ${formatNumber(mean('dtw'))}`
      : '  no series is longer than the input: no errors to report',
  ].join('\n');
  return {
    text,
    json: { command: 'forecast predict', model: options.model, runtime, source: data.source, inputLength, outputLength, forecasts, errors },
    csv: { header: ['index', ...Array.from({ length: outputLength }, (_, t) => `t${inputLength + t}`)], rows: forecasts.map((f, i) => [i, ...firstFeature(f)]) },
  };
}

/**
 * Add `forecast train | export | predict` to the program.
 * @param program - the root command.
 * @param io - where the commands print.
 * @returns the `forecast` command.
 * @example registerForecastCommand(program, processIo());
 */
export function registerForecastCommand(program: Command, io: CliIo): Command {
  const forecast = program.command('forecast').description('train an MLP forecaster with soft-DTW, export it to ONNX, predict with onnxruntime-web');

  const train = forecast
    .command('train')
    .description('train a forecaster (first 60% of each series → the rest) and write it as JSON')
    .argument('<file>', 'training series: a UCR .tsv, .csv or .json file, or bundled:ECG200')
    .requiredOption('--out <model.json>', 'where to write the trained model (JSON, atomically)')
    .option('--test <file>', 'also evaluate on these series')
    .option('--input-length <n>', 'input steps (default: 60% of the shortest series)')
    .option('--output-length <n>', 'steps to predict (default: the rest of the shortest series)')
    .option('--hidden <n>', 'hidden units', '64')
    .option('--activation <name>', FORECAST_ACTIVATIONS.join('|'), 'sigmoid')
    .option('--loss <loss>', FORECAST_LOSSES.join('|'), 'softdtw')
    .option('--gamma <γ>', 'soft-DTW smoothing γ > 0', '1')
    .option('--epochs <n>', 'epochs', '100')
    .option('--batch-size <n>', 'minibatch size', '32')
    .option('--learning-rate <lr>', 'Adam learning rate', '0.01')
    .option('--normalization <kind>', `${FORECAST_NORMALIZATIONS.join('|')} (part of the model and of its ONNX graph)`, 'standardize')
    .option('--validation <fraction>', 'hold out this part of the training series for early stopping')
    .option('--checkpoint <file>', 'save the training state after each epoch; rerun the same command to resume');
  addCommonOptions(train, { out: false })
    .addHelpText('after', ['', 'Examples:', '  $ softdtw forecast train bundled:ECG200 --out model.json --loss softdtw --gamma 0.1 --epochs 200 --test bundled:ECG200:test', '  $ softdtw forecast train series.tsv --out model.json --checkpoint train.ckpt.json   # interrupt and rerun: it resumes'].join('\n'))
    .action(async (file: string, raw: RawCommonOptions & Record<string, string | undefined>) => {
      const { out: _modelFile, ...rest } = raw;
      const common = parseCommonOptions(rest);
      const model = checkOutPath(raw['out'], ['.json'])!;
      const data = readSeriesInput(file, { ...common.input, role: 'file' });
      const test = raw['test'] === undefined ? undefined : readSeriesInput(raw['test'], { ...common.input, role: '--test' });
      const shortest = Math.min(...data.series.map((s) => s.length));
      const inputLength = raw['inputLength'] === undefined ? Math.max(1, Math.floor(0.6 * shortest)) : parseIntegerOption('--input-length', raw['inputLength'], 1, '60');
      const outputLength = raw['outputLength'] === undefined ? shortest - inputLength : parseIntegerOption('--output-length', raw['outputLength'], 1, '40');
      if (outputLength < 1) throw new CliUsageError(`forecast train: the shortest series of ${data.source} has ${shortest} steps: nothing is left to predict after ${inputLength} input steps. Pass --input-length.`);
      const options: ForecastTrainOptions = {
        ...common,
        data,
        test,
        model,
        inputLength,
        outputLength,
        hidden: parseIntegerOption('--hidden', raw['hidden'] ?? '64', 1, '64'),
        activation: parseChoiceOption('--activation', raw['activation'] ?? 'sigmoid', FORECAST_ACTIVATIONS),
        loss: parseChoiceOption('--loss', raw['loss'] ?? 'softdtw', FORECAST_LOSSES),
        gamma: parseNumberOption('--gamma', raw['gamma'] ?? '1', { min: 0, minExclusive: true, example: '0.1' }),
        epochs: parseIntegerOption('--epochs', raw['epochs'] ?? '100', 1, '100'),
        batchSize: parseIntegerOption('--batch-size', raw['batchSize'] ?? '32', 1, '32'),
        learningRate: parseNumberOption('--learning-rate', raw['learningRate'] ?? '0.01', { min: 0, minExclusive: true, example: '0.01' }),
        normalization: parseChoiceOption('--normalization', raw['normalization'] ?? 'standardize', FORECAST_NORMALIZATIONS),
        validation: raw['validation'] === undefined ? undefined : parseNumberOption('--validation', raw['validation'], { min: 0, minExclusive: true, max: 0.9, example: '0.2' }),
        checkpoint: raw['checkpoint'],
      };
      const backend = await selectBackend(common.backend);
      emitOutput(runForecastTrain(options, io, backend.name), { json: common.output.json, out: undefined }, io);
    });

  const exportCommand = forecast
    .command('export')
    .description('convert a trained model (JSON) to ONNX (IR 8, opset 13, dynamic batch, metadata)')
    .argument('<model.json>', "a model written by 'softdtw forecast train'")
    .requiredOption('--out <model.onnx>', 'where to write the ONNX model (atomically)');
  // --backend and --seed are accepted for uniformity: exporting computes nothing.
  addCommonOptions(exportCommand, { out: false, input: false })
    .addHelpText('after', ['', 'Example:', '  $ softdtw forecast export model.json --out model.onnx'].join('\n'))
    .action((file: string, raw: RawCommonOptions & { out: string }) => {
      const { out: _onnxFile, ...rest } = raw;
      parseCommonOptions(rest);
      const out = checkOutPath(raw.out, ['.onnx'])!;
      const model = readModelJson(file);
      const bytes = model.toOnnx();
      writeFileAtomic(out, bytes);
      const metadata = model.metadata();
      if (raw.json === true) io.stdout(`${JSON.stringify({ command: 'forecast export', out, bytes: bytes.length, metadata }, null, 2)}\n`);
      else io.stdout(`wrote ${out} (${bytes.length} bytes): input "${metadata.inputName}" [batch, ${metadata.inputLength}] → output "${metadata.outputName}" [batch, ${metadata.outputLength}], loss ${metadata.loss}\n`);
    });

  const predict = forecast
    .command('predict')
    .description('forecast series with an exported model (onnxruntime-web); errors against the truth when the series are longer')
    .argument('<model>', 'model.onnx (onnxruntime-web) or model.json (TypeScript)')
    .argument('<file>', 'series: their first inputLength steps are the input')
    .option('--plot <file>', 'draw the first series: input, truth and forecast (.svg or .png)');
  addCommonOptions(predict)
    .addHelpText('after', ['', 'Example:', '  $ softdtw forecast predict model.onnx bundled:ECG200:test --plot forecast.png --out forecasts.csv'].join('\n'))
    .action(async (modelPath: string, file: string, raw: RawCommonOptions & { plot?: string }) => {
      const common = parseCommonOptions(raw);
      const plot = checkPlotPath(raw.plot);
      const data = readSeriesInput(file, { ...common.input, role: 'file' });
      const backend = await selectBackend(common.backend);
      emitOutput(await runForecastPredict({ ...common, model: modelPath, data, plot }, io, backend.name), common.output, io);
    });
  return forecast;
}
