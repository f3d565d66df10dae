/**
 * MlpForecaster: the multistep-ahead forecaster of Cuturi & Blondel (ICML 2017, arXiv:1703.01541,
 * §3.4 and §4.4): given the first `inputLength` steps of a series, an MLP predicts the next
 * `outputLength` steps at once. Training minimises the mean over a minibatch of soft-DTW (or squared
 * Euclidean, or the soft-DTW divergence) between forecasts and truths with Adam. Soft-DTW rewards
 * forecasts with the right shape (e.g. a sharp step) even when its timing is uncertain, where a
 * Euclidean loss averages the possible timings into a smooth ramp (the paper's Figure 1).
 *
 * Layout: series are [count, length, features] (time-major); the network sees them flattened to
 * [count, length·features] (see mlpForward.ts). Everything is float64; the ONNX export is float32.
 */
import { createRng, reshape, tensor, valueAndGrad, type Tensor } from '@softdtw/autodiff';
import { softDtwBatch } from '@softdtw/core';
import { adam, type Adam } from '@softdtw/optim';
import { CheckpointError, InvalidForecastOptionError } from './errors.js';
import { FORECAST_LOSSES, forecastLoss, type ForecastLossKind } from './forecastLoss.js';
import { ONNX_FORMAT, ONNX_INPUT_NAME, ONNX_OUTPUT_NAME, type ForecasterMetadata } from './ForecasterMetadata.js';
import type { ForecasterConfig, ForecasterSnapshot } from './ForecasterSnapshot.js';
import { buildOnnxModel } from './buildOnnxModel.js';
import { initMlpParameters } from './initMlpParameters.js';
import { ACTIVATIONS, mlpForward, type Activation, type MlpParameters } from './mlpForward.js';
import { computeStandardization, tileNormalization, type Normalization, type NormalizationKind } from './Normalization.js';
import { readSeriesBatch, type SeriesBatch, type SeriesBatchData } from './readSeriesBatch.js';
import type { CheckpointRun, CheckpointStore, EpochReport, TrainingCheckpoint } from './TrainingCheckpoint.js';
import { validateCheckpoint } from './TrainingCheckpoint.js';
import { FORECAST_VERSION } from './version.js';

/** Options of the MlpForecaster constructor. */
export interface MlpForecasterOptions {
  /** Input steps per series (≥ 1). */
  readonly inputLength: number;
  /** Forecast steps per series (≥ 1). */
  readonly outputLength: number;
  /** Hidden width (one layer, as in the paper) or widths of several hidden layers. */
  readonly hidden: number | readonly number[];
  /** Features per step p (default 1; series are then number[][][] or Tensors [N, L, p]). */
  readonly features?: number;
  /** Hidden activation (default 'sigmoid', as in the paper). */
  readonly activation?: Activation;
  /** Training loss (default 'softdtw'). */
  readonly loss?: ForecastLossKind;
  /** Soft-DTW smoothing γ > 0 (default 1). */
  readonly gamma?: number;
  /** 'standardize' learns per-feature mean/std at fit time and applies them inside the model (default 'none'). */
  readonly normalization?: NormalizationKind;
  /** Seed of the initial weights before any fit (default 0). */
  readonly seed?: number;
}

/** A validation split: explicit series, or a fraction of the training series held out (seeded). */
export type ValidationOption = { readonly inputs: SeriesBatch; readonly targets: SeriesBatch } | number;

/** Options of {@link MlpForecaster.fit}. */
export interface FitOptions {
  /** Number of passes over the training series (≥ 1). */
  readonly epochs: number;
  /** Minibatch size (default 32, capped at the number of series). */
  readonly batchSize?: number;
  /** Adam step size (default 1e-3). */
  readonly learningRate?: number;
  /** Seed of initialisation, shuffling and the validation split (default 0). */
  readonly seed?: number;
  /** Validation split; enables early stopping and keeps the best epoch's weights. */
  readonly validation?: ValidationOption;
  /** Epochs without validation improvement before stopping (default 10). */
  readonly patience?: number;
  /** Start from another forecaster's weights (same architecture), e.g. one trained with the Euclidean loss. */
  readonly initFrom?: MlpForecaster;
  /** Where to save a checkpoint after each epoch and resume from at the start. */
  readonly checkpoint?: CheckpointStore;
  /** Called after each epoch (after the checkpoint is saved). */
  readonly onEpoch?: (report: EpochReport) => void;
}

/** What fit returns. */
export interface FitReport {
  /** One entry per epoch of the whole run (including epochs done before a resume). */
  readonly history: readonly EpochReport[];
  /** Epochs completed. */
  readonly epochs: number;
  /** Whether early stopping ended the run. */
  readonly stoppedEarly: boolean;
  /** Epoch whose weights the model holds (the best validation epoch, or the last). */
  readonly bestEpoch: number;
  /** Epochs that were loaded from a checkpoint instead of run (0 for a fresh run). */
  readonly resumedEpochs: number;
}

/** Mean losses of {@link MlpForecaster.evaluate} over the series. */
export interface EvaluationReport {
  /** Mean squared Euclidean distance ‖ŷ − y‖² (sum over steps and features). */
  readonly euclidean: number;
  /** Mean DTW cost (γ = 0, squared Euclidean cost). */
  readonly dtw: number;
  /** Mean soft-DTW value at γ. */
  readonly softDtw: number;
  /** The γ used for `softDtw`. */
  readonly gamma: number;
  /** Number of series. */
  readonly count: number;
}

/**
 * A multistep-ahead MLP forecaster trained with soft-DTW, Euclidean or soft-DTW-divergence loss.
 *
 * @see https://arxiv.org/abs/1703.01541 (§3.4, §4.4, Figure 1, Table 3)
 * @example
 * const model = new MlpForecaster({ inputLength: 6, outputLength: 4, hidden: 16, loss: 'softdtw', gamma: 0.1 });
 * model.fit(inputs, targets, { epochs: 50, batchSize: 16, learningRate: 1e-2, seed: 0 });
 * model.predict([[0, 0, 0, 0, 0, 0]]); // [[ŷ_1, ŷ_2, ŷ_3, ŷ_4]]
 */
export class MlpForecaster {
  /** Configuration with defaults filled in. */
  readonly config: ForecasterConfig;
  #params: MlpParameters;
  #normalization: Normalization = { kind: 'none' };

  /**
   * @param options - inputLength, outputLength, hidden; features = 1, activation = 'sigmoid', loss = 'softdtw', gamma = 1, normalization = 'none', seed = 0
   * @throws InvalidForecastOptionError for a missing or out-of-range option
   */
  constructor(options: MlpForecasterOptions) {
    const where = 'MlpForecaster';
    if (options === null || typeof options !== 'object') {
      throw new InvalidForecastOptionError(`${where}: expected an options object, got ${String(options)}. Pass e.g. { inputLength: 10, outputLength: 5, hidden: 32 }.`);
    }
    const hidden = typeof options.hidden === 'number' ? [options.hidden] : options.hidden;
    if (!Array.isArray(hidden) || hidden.length === 0) {
      throw new InvalidForecastOptionError(`${where}: expected options.hidden to be an integer ≥ 1 or a non-empty list of them, got ${JSON.stringify(options.hidden)}. Pass e.g. hidden: 32.`);
    }
    hidden.forEach((h, i) => positiveInteger(where, `options.hidden${typeof options.hidden === 'number' ? '' : `[${i}]`}`, h));
    const activation = options.activation ?? 'sigmoid';
    const loss = options.loss ?? 'softdtw';
    const normalization = options.normalization ?? 'none';
    oneOf(where, 'options.activation', activation, ACTIVATIONS);
    oneOf(where, 'options.loss', loss, FORECAST_LOSSES);
    oneOf(where, 'options.normalization', normalization, ['none', 'standardize']);
    const gamma = options.gamma ?? 1;
    if (typeof gamma !== 'number' || !(gamma > 0) || !Number.isFinite(gamma)) {
      throw new InvalidForecastOptionError(`${where}: expected options.gamma to be a finite number > 0, got ${String(gamma)}. Pass e.g. gamma: 0.1 (the paper tries 1, 0.1, 0.01, 0.001).`);
    }
    this.config = {
      inputLength: positiveInteger(where, 'options.inputLength', options.inputLength),
      outputLength: positiveInteger(where, 'options.outputLength', options.outputLength),
      features: positiveInteger(where, 'options.features', options.features ?? 1),
      hidden: [...hidden],
      activation,
      loss,
      gamma,
      normalization,
    };
    this.#params = initMlpParameters(this.#layerSizes(), integer(where, 'options.seed', options.seed ?? 0));
  }

  /**
   * Rebuilds a forecaster from {@link MlpForecaster.toJSON} output.
   *
   * @param snapshot - parsed JSON of a snapshot
   * @returns the forecaster with the same weights and normalisation
   * @throws CheckpointError when the snapshot is malformed or its weights do not fit its configuration
   * @example
   * const copy = MlpForecaster.fromJSON(JSON.parse(JSON.stringify(model)));
   */
  static fromJSON(snapshot: ForecasterSnapshot): MlpForecaster {
    if (snapshot === null || typeof snapshot !== 'object' || snapshot.format !== 'softdtw-mlp-forecaster' || snapshot.version !== 1) {
      throw new CheckpointError(
        `MlpForecaster.fromJSON: expected a snapshot {format: 'softdtw-mlp-forecaster', version: 1, config, normalization, layers}, got ${JSON.stringify(snapshot)?.slice(0, 80)}. Pass the output of model.toJSON().`,
      );
    }
    const model = new MlpForecaster(snapshot.config);
    model.#load('MlpForecaster.fromJSON', snapshot);
    return model;
  }

  /** Input steps per series. */
  get inputLength(): number {
    return this.config.inputLength;
  }

  /** Forecast steps per series. */
  get outputLength(): number {
    return this.config.outputLength;
  }

  /** The current weights (Tensors; layers[l].W is [fanIn, fanOut]). Treat as read-only. */
  get parameters(): MlpParameters {
    return this.#params;
  }

  /** The normalisation statistics in use. */
  get normalization(): Normalization {
    return this.#normalization;
  }

  /**
   * Trains the network with Adam on minibatches, re-initialising it from `seed` (or copying
   * `initFrom`), unless `checkpoint` holds a saved state of this run, which is resumed instead.
   *
   * @param inputs - N series of inputLength steps: number[][] (N × L), number[][][] (N × L × p) or Tensor [N, L(, p)]
   * @param targets - N series of outputLength steps, same layout
   * @param options - epochs; batchSize = 32, learningRate = 1e-3, seed = 0, validation, patience = 10, initFrom, checkpoint, onEpoch
   * @returns the loss history and how the run ended
   * @throws ForecastShapeError for inputs or targets of the wrong shape; InvalidForecastOptionError; CheckpointError for a checkpoint of another model or run
   * @example
   * const report = model.fit(inputs, targets, { epochs: 20, seed: 0, validation: 0.2 });
   * report.history.at(-1)?.trainLoss;
   */
  fit(inputs: SeriesBatch, targets: SeriesBatch, options: FitOptions): FitReport {
    const where = 'fit';
    const { inputLength, outputLength, features } = this.config;
    if (options === null || typeof options !== 'object') {
      throw new InvalidForecastOptionError(`${where}: expected an options object with epochs, got ${String(options)}. Pass e.g. { epochs: 50, seed: 0 }.`);
    }
    const epochs = positiveInteger(where, 'options.epochs', options.epochs);
    const seed = integer(where, 'options.seed', options.seed ?? 0);
    const learningRate = options.learningRate ?? 1e-3;
    if (typeof learningRate !== 'number' || !(learningRate > 0) || !Number.isFinite(learningRate)) {
      throw new InvalidForecastOptionError(`${where}: expected options.learningRate to be a finite number > 0, got ${String(learningRate)}. Pass e.g. learningRate: 1e-3.`);
    }
    const patience = positiveInteger(where, 'options.patience', options.patience ?? 10);
    let train = { x: readSeriesBatch(where, 'inputs', inputs, inputLength, features), y: readSeriesBatch(where, 'targets', targets, outputLength, features) };
    checkSameCount(where, train.x, train.y, 'inputs', 'targets');
    let validation: { x: SeriesBatchData; y: SeriesBatchData } | undefined;
    if (typeof options.validation === 'number') {
      [train, validation] = splitValidation(where, train, options.validation, seed);
    } else if (options.validation !== undefined) {
      validation = {
        x: readSeriesBatch(where, 'validation.inputs', options.validation.inputs, inputLength, features),
        y: readSeriesBatch(where, 'validation.targets', options.validation.targets, outputLength, features),
      };
      checkSameCount(where, validation.x, validation.y, 'validation.inputs', 'validation.targets');
    }
    const batchSize = Math.min(positiveInteger(where, 'options.batchSize', options.batchSize ?? 32), train.x.count);
    const run: CheckpointRun = { seed, batchSize, learningRate, trainCount: train.x.count };

    // Start: resume a checkpoint of this run, or initialise.
    const optimizer: Adam = adam({ learningRate });
    let history: EpochReport[] = [];
    let best: TrainingCheckpoint['best'] = null;
    const saved = options.checkpoint?.load();
    const resumedEpochs = saved === undefined ? 0 : validateCheckpoint(where, saved).epoch;
    if (saved !== undefined) {
      this.#checkResumable(where, saved, run);
      this.#load(where, saved.model);
      optimizer.loadState(saved.optimizer);
      history = [...saved.history];
      best = saved.best;
    } else if (options.initFrom !== undefined) {
      this.#copyFrom(where, options.initFrom);
    } else {
      this.#params = initMlpParameters(this.#layerSizes(), seed);
      this.#normalization = this.config.normalization === 'standardize' ? computeStandardization([train.x.data, train.y.data], features) : { kind: 'none' };
    }

    const tiled = tileNormalization(this.#normalization, inputLength, outputLength);
    const { loss, gamma, activation } = this.config;
    const lossOf = (params: MlpParameters, x: Tensor, y: Tensor): Tensor =>
      forecastLoss(reshape(mlpForward(params, x, activation, tiled), y.shape), y, loss, gamma);
    const step = valueAndGrad(lossOf);
    let stoppedEarly = false;
    for (let epoch = resumedEpochs + 1; epoch <= epochs; epoch++) {
      if (best !== null && epoch - 1 - best.epoch >= patience) {
        stoppedEarly = true;
        break;
      }
      const order = shuffledIndices(train.x.count, seed, epoch);
      let total = 0;
      for (let start = 0; start < order.length; start += batchSize) {
        const rows = order.slice(start, start + batchSize);
        const { value, grad } = step(this.#params, gatherFlat(train.x, rows), gatherSeries(train.y, rows));
        total += value.item() * rows.length;
        this.#params = optimizer.update(this.#params, grad);
      }
      const report: EpochReport = { epoch, trainLoss: total / order.length };
      if (validation !== undefined) {
        const all = Array.from({ length: validation.x.count }, (_, i) => i);
        const validationLoss = lossOf(this.#params, gatherFlat(validation.x, all), gatherSeries(validation.y, all)).item();
        Object.assign(report, { validationLoss });
        if (best === null || validationLoss < best.loss) best = { epoch, loss: validationLoss, model: this.toJSON() };
      }
      history.push(report);
      options.checkpoint?.save({
        format: 'softdtw-forecast-checkpoint',
        version: 1,
        model: this.toJSON(),
        run,
        epoch,
        optimizer: optimizer.state(),
        history: [...history],
        best,
      });
      options.onEpoch?.(report);
    }
    if (best !== null) this.#load(where, best.model);
    return { history, epochs: history.length, stoppedEarly, bestEpoch: best?.epoch ?? history.length, resumedEpochs };
  }

  /**
   * Forecasts the next outputLength steps of each series, flattened per series.
   *
   * @param inputs - N series of inputLength steps: number[][] (N × L), number[][][] (N × L × p) or Tensor [N, L(, p)]
   * @returns N rows of outputLength·p numbers (time-major; exactly outputLength numbers when p = 1)
   * @throws ForecastShapeError for inputs of the wrong shape
   * @example
   * model.predict([[0, 1, 2, 3, 4, 5]]); // [[ŷ_1, …, ŷ_T]]
   */
  predict(inputs: SeriesBatch): number[][] {
    const flat = this.#forward('predict', inputs);
    const width = this.config.outputLength * this.config.features;
    return Array.from({ length: flat.length / width }, (_, i) => Array.from(flat.subarray(i * width, (i + 1) * width)));
  }

  /**
   * Forecasts as series of steps × features.
   *
   * @param inputs - as for predict
   * @returns N × outputLength × p
   * @throws ForecastShapeError for inputs of the wrong shape
   * @example
   * model.predictSeries([[[0, 1], [1, 2]]]); // [[[ŷ_11, ŷ_12], …]]
   */
  predictSeries(inputs: SeriesBatch): number[][][] {
    const { features } = this.config;
    return this.predict(inputs).map((row) => Array.from({ length: row.length / features }, (_, t) => row.slice(t * features, (t + 1) * features)));
  }

  /**
   * Mean Euclidean, DTW (γ = 0) and soft-DTW losses of the forecasts against the truths (the
   * paper's Table 3 reports the first two).
   *
   * @param inputs - N series of inputLength steps
   * @param targets - N series of outputLength steps
   * @param options - gamma for the soft-DTW column (default the model's γ)
   * @returns mean losses over the N series
   * @throws ForecastShapeError for inputs or targets of the wrong shape
   * @example
   * model.evaluate(testInputs, testTargets); // { euclidean, dtw, softDtw, gamma, count }
   */
  evaluate(inputs: SeriesBatch, targets: SeriesBatch, options: { readonly gamma?: number } = {}): EvaluationReport {
    const where = 'evaluate';
    const { outputLength, features } = this.config;
    const gamma = options.gamma ?? this.config.gamma;
    if (typeof gamma !== 'number' || !(gamma > 0) || !Number.isFinite(gamma)) {
      throw new InvalidForecastOptionError(`${where}: expected options.gamma to be a finite number > 0, got ${String(gamma)}. Omit it to use the model's γ.`);
    }
    const predicted = this.#forward(where, inputs);
    const truth = readSeriesBatch(where, 'targets', targets, outputLength, features);
    const count = truth.count;
    if (predicted.length !== truth.data.length) checkSameCount(where, { count: predicted.length / (outputLength * features) }, truth, 'inputs', 'targets');
    let euclidean = 0;
    for (let k = 0; k < predicted.length; k++) euclidean += (predicted[k] - truth.data[k]) ** 2;
    const width = outputLength * features;
    const asSeries = (flat: Float64Array) =>
      Array.from({ length: count }, (_, i) => Array.from({ length: outputLength }, (_, t) => Array.from(flat.subarray(i * width + t * features, i * width + (t + 1) * features))));
    const xs = asSeries(predicted);
    const ys = asSeries(truth.data);
    const average = (values: Float64Array) => values.reduce((s, v) => s + v, 0) / count;
    return {
      euclidean: euclidean / count,
      dtw: average(softDtwBatch(xs, ys, { gamma: 0 })),
      softDtw: average(softDtwBatch(xs, ys, { gamma })),
      gamma,
      count,
    };
  }

  /**
   * The forward pass as an ONNX model (IR 8, opset 13, float32 weights), with input `input`
   * [batch, inputLength] (or [batch, inputLength, p]), output `forecast` [batch, outputLength] (or
   * [batch, outputLength, p]), a dynamic batch dimension, and metadata_props describing the model.
   *
   * @returns the .onnx file contents
   * @example
   * fs.writeFileSync('model.onnx', model.toOnnx());
   */
  toOnnx(): Uint8Array {
    return buildOnnxModel(this.#params, this.metadata());
  }

  /**
   * The description written into the ONNX metadata.
   *
   * @returns lengths, features, architecture, normalisation, loss, γ, package version and graph names
   * @example
   * model.metadata().loss; // 'softdtw'
   */
  metadata(): ForecasterMetadata {
    const { inputLength, outputLength, features, hidden, activation, loss, gamma } = this.config;
    return {
      format: ONNX_FORMAT,
      inputLength,
      outputLength,
      features,
      hidden,
      activation,
      loss,
      gamma,
      normalization: this.#normalization,
      packageVersion: FORECAST_VERSION,
      inputName: ONNX_INPUT_NAME,
      outputName: ONNX_OUTPUT_NAME,
    };
  }

  /**
   * The forecaster as plain JSON (configuration, normalisation, weights); `JSON.stringify(model)` uses it.
   *
   * @returns a snapshot for {@link MlpForecaster.fromJSON}
   * @example
   * const text = JSON.stringify(model);
   */
  toJSON(): ForecasterSnapshot {
    return {
      format: 'softdtw-mlp-forecaster',
      version: 1,
      config: this.config,
      normalization: this.#normalization,
      layers: this.#params.layers.map((layer) => ({ W: Array.from(layer.W.data), b: Array.from(layer.b.data) })),
    };
  }

  #layerSizes(): number[] {
    const { inputLength, outputLength, features, hidden } = this.config;
    return [inputLength * features, ...hidden, outputLength * features];
  }

  #forward(where: string, inputs: SeriesBatch): Float64Array {
    const x = readSeriesBatch(where, 'inputs', inputs, this.config.inputLength, this.config.features);
    const tiled = tileNormalization(this.#normalization, this.config.inputLength, this.config.outputLength);
    const all = Array.from({ length: x.count }, (_, i) => i);
    return Float64Array.from(mlpForward(this.#params, gatherFlat(x, all), this.config.activation, tiled).data);
  }

  #load(where: string, snapshot: ForecasterSnapshot): void {
    if (JSON.stringify(snapshot.config) !== JSON.stringify(this.config)) {
      throw new CheckpointError(
        `${where}: expected a saved model with configuration ${JSON.stringify(this.config)}, got ${JSON.stringify(snapshot.config)}. Use a checkpoint of the same model, or delete it to start over.`,
      );
    }
    const sizes = this.#layerSizes();
    if (!Array.isArray(snapshot.layers) || snapshot.layers.length !== sizes.length - 1) {
      throw new CheckpointError(`${where}: expected ${sizes.length - 1} layers of weights, got ${Array.isArray(snapshot.layers) ? snapshot.layers.length : typeof snapshot.layers}. The saved model is damaged; train again.`);
    }
    const layers = snapshot.layers.map((layer, l) => {
      const [fanIn, fanOut] = [sizes[l], sizes[l + 1]];
      if (layer?.W?.length !== fanIn * fanOut || layer.b?.length !== fanOut || ![...layer.W, ...layer.b].every(Number.isFinite)) {
        throw new CheckpointError(`${where}: expected layer ${l} with ${fanIn}×${fanOut} finite weights and ${fanOut} biases, got ${layer?.W?.length}/${layer?.b?.length}. The saved model is damaged; train again.`);
      }
      return { W: tensor(Float64Array.from(layer.W), { shape: [fanIn, fanOut] }), b: tensor(Float64Array.from(layer.b)) };
    });
    this.#params = { layers };
    this.#normalization = snapshot.normalization;
  }

  #copyFrom(where: string, other: MlpForecaster): void {
    if (!(other instanceof MlpForecaster)) {
      throw new InvalidForecastOptionError(`${where}: expected options.initFrom to be an MlpForecaster, got ${typeof other}. Pass a trained model, e.g. the Euclidean-trained one.`);
    }
    const same = (a: ForecasterConfig, b: ForecasterConfig) =>
      a.inputLength === b.inputLength && a.outputLength === b.outputLength && a.features === b.features && a.activation === b.activation && JSON.stringify(a.hidden) === JSON.stringify(b.hidden);
    if (!same(this.config, other.config)) {
      throw new InvalidForecastOptionError(
        `${where}: expected options.initFrom to have this model's architecture (inputLength ${this.config.inputLength}, outputLength ${this.config.outputLength}, features ${this.config.features}, hidden [${this.config.hidden.join(', ')}], ${this.config.activation}), got inputLength ${other.config.inputLength}, outputLength ${other.config.outputLength}, features ${other.config.features}, hidden [${other.config.hidden.join(', ')}], ${other.config.activation}. Build both models with the same sizes.`,
      );
    }
    this.#params = other.#params;
    this.#normalization = other.#normalization;
  }

  #checkResumable(where: string, saved: TrainingCheckpoint, run: CheckpointRun): void {
    if (JSON.stringify(saved.run) !== JSON.stringify(run) || JSON.stringify(saved.model.config) !== JSON.stringify(this.config)) {
      throw new CheckpointError(
        `${where}: expected a checkpoint of this run (model ${JSON.stringify(this.config)}, run ${JSON.stringify(run)}), got model ${JSON.stringify(saved.model.config)}, run ${JSON.stringify(saved.run)}. Resume with the same options and data, or delete the checkpoint to start over.`,
      );
    }
  }
}

function positiveInteger(where: string, name: string, value: unknown): number {
  if (Number.isInteger(value) && (value as number) >= 1) return value as number;
  throw new InvalidForecastOptionError(`${where}: expected ${name} to be an integer ≥ 1, got ${String(value)}. Pass a whole number such as 8.`);
}

function integer(where: string, name: string, value: unknown): number {
  if (Number.isInteger(value)) return value as number;
  throw new InvalidForecastOptionError(`${where}: expected ${name} to be an integer, got ${String(value)}. Pass e.g. seed: 0.`);
}

function oneOf<T extends string>(where: string, name: string, value: unknown, allowed: readonly T[]): void {
  if (allowed.includes(value as T)) return;
  throw new InvalidForecastOptionError(`${where}: expected ${name} to be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${JSON.stringify(value)}. Pick one of those.`);
}

function checkSameCount(where: string, a: { count: number }, b: { count: number }, nameA: string, nameB: string): void {
  if (a.count === b.count) return;
  throw new InvalidForecastOptionError(`${where}: expected as many ${nameB} as ${nameA} (series k of one continues series k of the other), got ${b.count} and ${a.count}. Pass one target per input.`);
}

/** Fisher–Yates permutation of 0…count−1, a pure function of (seed, epoch) so resumed runs shuffle alike. */
function shuffledIndices(count: number, seed: number, epoch: number): number[] {
  const rng = createRng(Math.imul(epoch + 1, 0x85ebca6b) ^ seed);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(rng.nextFloat() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

function splitValidation(
  where: string,
  train: { x: SeriesBatchData; y: SeriesBatchData },
  fraction: number,
  seed: number,
): [{ x: SeriesBatchData; y: SeriesBatchData }, { x: SeriesBatchData; y: SeriesBatchData }] {
  const held = Math.round(fraction * train.x.count);
  if (!(fraction > 0 && fraction < 1) || held < 1 || held >= train.x.count) {
    throw new InvalidForecastOptionError(
      `${where}: expected options.validation as a fraction in (0, 1) that holds out between 1 and N − 1 of the ${train.x.count} series, got ${String(fraction)}. Pass e.g. validation: 0.2, or explicit { inputs, targets }.`,
    );
  }
  const order = shuffledIndices(train.x.count, seed, 0);
  const pick = (data: SeriesBatchData, rows: number[]): SeriesBatchData => {
    const width = data.length * data.features;
    const out = new Float64Array(rows.length * width);
    rows.forEach((r, i) => out.set(data.data.subarray(r * width, (r + 1) * width), i * width));
    return { ...data, data: out, count: rows.length };
  };
  const [validationRows, trainRows] = [order.slice(0, held), order.slice(held)];
  return [
    { x: pick(train.x, trainRows), y: pick(train.y, trainRows) },
    { x: pick(train.x, validationRows), y: pick(train.y, validationRows) },
  ];
}

/** Rows of a batch flattened for the network: [rows, length·features]. */
function gatherFlat(batch: SeriesBatchData, rows: readonly number[]): Tensor {
  const width = batch.length * batch.features;
  const out = new Float64Array(rows.length * width);
  rows.forEach((r, i) => out.set(batch.data.subarray(r * width, (r + 1) * width), i * width));
  return tensor(out, { shape: [rows.length, width] });
}

/** Rows of a batch as series for the loss: [rows, length, features]. */
function gatherSeries(batch: SeriesBatchData, rows: readonly number[]): Tensor {
  const flat = gatherFlat(batch, rows);
  return tensor(flat.data as Float64Array, { shape: [rows.length, batch.length, batch.features] });
}
