/**
 * One dataset of Table 3 (Cuturi & Blondel, ICML 2017, arXiv:1703.01541, §4.4): train an MLP
 * (one sigmoid hidden layer) on the UCR TRAIN split to predict the last 40% of each series from the
 * first 60%, with the Euclidean loss and with soft-DTW at γ ∈ {1, 0.1, 0.01, 0.001}, from a random
 * initialisation and from the Euclidean-trained weights; evaluate on TEST with DTW (γ = 0) and the
 * squared Euclidean distance. Class labels are ignored. Losses are means over test series and
 * over repetitions (seeds `seed + r`).
 */
import { MlpForecaster } from '@softdtw/forecast';
import { readUcrDataset } from '@softdtw/datasets/node';
import type { DatasetResult } from '../ResultsFile.js';
import { splitForecastSeries } from './splitForecastSeries.js';
import { TABLE3_METHODS, type Table3Method } from './table3Methods.js';

/** Test losses of one trained model (means over test series and repetitions). */
export interface Table3Losses {
  /** Mean DTW (γ = 0) cost. */
  readonly dtw: number;
  /** Mean squared Euclidean distance. */
  readonly euclidean: number;
}

/** Training settings of Table 3's MLPs. */
export interface Table3Settings {
  /** Hidden units of the single sigmoid layer. */
  readonly hidden: number;
  /** Adam epochs per model. */
  readonly epochs: number;
  /** Adam step size. */
  readonly learningRate: number;
  /** Minibatch size. */
  readonly batchSize: number;
  /** Base seed. */
  readonly seed: number;
  /** Repetitions (seeds `seed .. seed + repetitions − 1`). */
  readonly repetitions: number;
}

/** One results line of Table 3. */
export interface Table3Result extends DatasetResult {
  /** TRAIN / TEST series counts. */
  readonly train: number;
  readonly test: number;
  /** Series length, input steps and target steps. */
  readonly length: number;
  readonly inputLength: number;
  readonly outputLength: number;
  /** Why the dataset was left out of the ranks (e.g. variable-length series), if it was. */
  readonly skipped?: string;
  /** Test losses per training loss, random initialisation. */
  readonly random: Readonly<Record<Table3Method, Table3Losses>>;
  /** Test losses per training loss, initialised from the Euclidean-trained model (its own row is that model). */
  readonly euclideanInit: Readonly<Record<Table3Method, Table3Losses>>;
  /** Forecasts of test series 0 (first repetition), kept so the plot can be drawn, or redrawn, from the results file. */
  readonly example?: Table3Example;
}

/** Forecasts of one test series for a Figure 1-style plot (first repetition). */
export interface Table3Example {
  /** Index of the test series. */
  readonly index: number;
  /** Its first 60% (input) and last 40% (truth). */
  readonly input: readonly number[];
  readonly truth: readonly number[];
  /** Forecasts of the Euclidean-trained model and of {@link TABLE3_PLOT_METHOD}. */
  readonly euclidean: readonly number[];
  readonly softDtw: readonly number[];
}

/** The soft-DTW model plotted against the Euclidean one: γ = 0.001 from the Euclidean initialisation (the paper's best DTW rank). */
export const TABLE3_PLOT_METHOD: Table3Method = 'softdtw-0.001';

/** Models trained per dataset and repetition: 1 Euclidean + 4 random-init + 4 Euclidean-init soft-DTW. */
export const TABLE3_MODELS_PER_REPETITION = 1 + 2 * (TABLE3_METHODS.length - 1);

/**
 * Compute one dataset's Table 3 losses.
 * @param dataDir - UCR archive directory.
 * @param dataset - dataset name (a complete dataset of `dataDir`).
 * @param settings - MLP and training settings.
 * @param step - called after each trained model with a short label (progress).
 * @returns the record body (without `dataset`, `wallSeconds`, `config`).
 * @example
 * const body = runTable3Dataset('../shared/data/ucr', 'GunPoint', { hidden: 64, epochs: 100, learningRate: 1e-2, batchSize: 32, seed: 0, repetitions: 1 });
 * body.random['softdtw-0.001'].dtw; // mean test DTW of the γ = 0.001 model
 */
export function runTable3Dataset(
  dataDir: string,
  dataset: string,
  settings: Table3Settings,
  step: (label: string) => void = () => undefined,
): Omit<Table3Result, keyof DatasetResult> {
  const { train, test } = readUcrDataset(dataDir, dataset, { missing: 'interpolate' }); // DodgerLoop* have NaN gaps
  const length = train.maxLength;
  const shape = { train: train.series.length, test: test.series.length, length };
  if (train.minLength !== length || test.minLength !== length || test.maxLength !== length) {
    const empty = emptyLosses();
    return { ...shape, inputLength: 0, outputLength: 0, skipped: `variable-length series (${Math.min(train.minLength, test.minLength)}..${Math.max(length, test.maxLength)})`, random: empty, euclideanInit: empty };
  }
  const fit = splitForecastSeries(train.series);
  const evalSplit = splitForecastSeries(test.series);
  const sums = { random: zeroSums(), euclideanInit: zeroSums() };
  let example: Table3Example | undefined;
  for (let r = 0; r < settings.repetitions; r++) {
    const seed = settings.seed + r;
    const make = (method: (typeof TABLE3_METHODS)[number]): MlpForecaster =>
      new MlpForecaster({
        inputLength: fit.inputLength,
        outputLength: fit.outputLength,
        hidden: settings.hidden,
        activation: 'sigmoid',
        loss: method.gamma === undefined ? 'euclidean' : 'softdtw',
        gamma: method.gamma ?? 1,
        seed,
      });
    const fitOptions = { epochs: settings.epochs, batchSize: settings.batchSize, learningRate: settings.learningRate, seed };
    const evaluate = (model: MlpForecaster): Table3Losses => {
      const { dtw, euclidean } = model.evaluate(evalSplit.inputs, evalSplit.targets);
      return { dtw, euclidean };
    };
    const [euclideanMethod, ...softMethods] = TABLE3_METHODS;
    const euclideanModel = make(euclideanMethod!);
    euclideanModel.fit(fit.inputs, fit.targets, fitOptions);
    step(`rep ${r + 1} Euclidean`);
    const euclideanLosses = evaluate(euclideanModel);
    add(sums.random, 'euclidean', euclideanLosses);
    add(sums.euclideanInit, 'euclidean', euclideanLosses);
    for (const method of softMethods) {
      const randomModel = make(method);
      randomModel.fit(fit.inputs, fit.targets, fitOptions);
      step(`rep ${r + 1} ${method.label}, random init`);
      add(sums.random, method.method, evaluate(randomModel));
      const warmModel = make(method);
      warmModel.fit(fit.inputs, fit.targets, { ...fitOptions, initFrom: euclideanModel });
      step(`rep ${r + 1} ${method.label}, Euclidean init`);
      add(sums.euclideanInit, method.method, evaluate(warmModel));
      if (r === 0 && method.method === TABLE3_PLOT_METHOD) {
        const input = evalSplit.inputs[0]!;
        example = {
          index: 0,
          input,
          truth: evalSplit.targets[0]!,
          euclidean: euclideanModel.predict([input])[0]!,
          softDtw: warmModel.predict([input])[0]!,
        };
      }
    }
  }
  const mean = (s: Record<Table3Method, { dtw: number; euclidean: number }>): Record<Table3Method, Table3Losses> =>
    Object.fromEntries(Object.entries(s).map(([k, v]) => [k, { dtw: v.dtw / settings.repetitions, euclidean: v.euclidean / settings.repetitions }])) as Record<Table3Method, Table3Losses>;
  return {
    ...shape,
    inputLength: fit.inputLength,
    outputLength: fit.outputLength,
    random: mean(sums.random),
    euclideanInit: mean(sums.euclideanInit),
    ...(example === undefined ? {} : { example }),
  };
}

function zeroSums(): Record<Table3Method, { dtw: number; euclidean: number }> {
  return Object.fromEntries(TABLE3_METHODS.map((m) => [m.method, { dtw: 0, euclidean: 0 }])) as Record<Table3Method, { dtw: number; euclidean: number }>;
}

function emptyLosses(): Record<Table3Method, Table3Losses> {
  return Object.fromEntries(TABLE3_METHODS.map((m) => [m.method, { dtw: Number.NaN, euclidean: Number.NaN }])) as Record<Table3Method, Table3Losses>;
}

function add(sums: Record<Table3Method, { dtw: number; euclidean: number }>, method: Table3Method, losses: Table3Losses): void {
  sums[method].dtw += losses.dtw;
  sums[method].euclidean += losses.euclidean;
}
