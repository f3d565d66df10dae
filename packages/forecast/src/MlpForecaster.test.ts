import { randomNormal, tensor } from '@softdtw/autodiff';
import { dtw, softDtw } from '@softdtw/core';
import { describe, expect, it } from 'vitest';
import { stepDataset } from '../test/stepDataset.js';
import { CheckpointError, ForecastShapeError, InvalidForecastOptionError } from './errors.js';
import { forecastLoss } from './forecastLoss.js';
import { MlpForecaster } from './MlpForecaster.js';

const L = 8;
const T = 12;
const train = stepDataset({ count: 64, inputLength: L, outputLength: T, seed: 1 });
const test = stepDataset({ count: 64, inputLength: L, outputLength: T, seed: 2 });
const fitOptions = { epochs: 60, batchSize: 16, learningRate: 1e-2, seed: 0 };

describe('MlpForecaster options', () => {
  it.each([
    [{ inputLength: 0, outputLength: 2, hidden: 4 }, /options.inputLength/],
    [{ inputLength: 2, outputLength: 2, hidden: [] }, /options.hidden/],
    [{ inputLength: 2, outputLength: 2, hidden: [4, 0] }, /options.hidden\[1\]/],
    [{ inputLength: 2, outputLength: 2, hidden: 4, gamma: 0 }, /options.gamma/],
    [{ inputLength: 2, outputLength: 2, hidden: 4, loss: 'l1' }, /options.loss/],
    [{ inputLength: 2, outputLength: 2, hidden: 4, activation: 'gelu' }, /options.activation/],
  ])('rejects %j with InvalidForecastOptionError', (options, message) => {
    expect(() => new MlpForecaster(options as never)).toThrow(InvalidForecastOptionError);
    expect(() => new MlpForecaster(options as never)).toThrow(message);
  });

  it('fills defaults: sigmoid, softdtw, γ = 1, one feature, no normalisation', () => {
    expect(new MlpForecaster({ inputLength: 3, outputLength: 2, hidden: 5 }).config).toEqual({
      inputLength: 3,
      outputLength: 2,
      features: 1,
      hidden: [5],
      activation: 'sigmoid',
      loss: 'softdtw',
      gamma: 1,
      normalization: 'none',
    });
  });

  it('rejects bad fit options and mismatched inputs/targets', () => {
    const model = new MlpForecaster({ inputLength: L, outputLength: T, hidden: 4 });
    expect(() => model.fit(train.inputs, train.targets, { epochs: 0 })).toThrow(/options.epochs/);
    expect(() => model.fit(train.inputs, train.targets, { epochs: 1, learningRate: -1 })).toThrow(/options.learningRate/);
    expect(() => model.fit(train.inputs, train.targets.slice(1), { epochs: 1 })).toThrow(/as many targets as inputs/);
    expect(() => model.fit(train.inputs, train.targets, { epochs: 1, validation: 1.5 })).toThrow(/options.validation/);
    expect(() => model.fit(train.targets, train.targets, { epochs: 1 })).toThrow(ForecastShapeError);
    expect(() => model.predict([[1, 2]])).toThrow(ForecastShapeError);
  });
});

describe('MlpForecaster training', () => {
  it('reduces the training loss, and the same seed gives the same run', () => {
    const run = () => {
      const model = new MlpForecaster({ inputLength: L, outputLength: T, hidden: 16, loss: 'softdtw', gamma: 0.1 });
      return { report: model.fit(train.inputs, train.targets, { ...fitOptions, epochs: 20 }), model };
    };
    const a = run();
    const b = run();
    const first = a.report.history[0].trainLoss;
    const last = a.report.history.at(-1)?.trainLoss ?? NaN;
    expect(last).toBeLessThan(first - 1);
    expect(b.report.history).toEqual(a.report.history);
    expect(b.model.predict(test.inputs)).toEqual(a.model.predict(test.inputs));
  });

  it('shows the paper trade-off on sharp steps at jittered times: soft-DTW wins on DTW, Euclidean on Euclidean loss', () => {
    const euclidean = new MlpForecaster({ inputLength: L, outputLength: T, hidden: 16, loss: 'euclidean' });
    const soft = new MlpForecaster({ inputLength: L, outputLength: T, hidden: 16, loss: 'softdtw', gamma: 0.1 });
    euclidean.fit(train.inputs, train.targets, fitOptions);
    soft.fit(train.inputs, train.targets, fitOptions);
    const e = euclidean.evaluate(test.inputs, test.targets);
    const s = soft.evaluate(test.inputs, test.targets);
    expect(s.dtw).toBeLessThan(e.dtw / 2);
    expect(e.euclidean).toBeLessThan(s.euclidean / 2);
    // The soft-DTW forecast is a sharp step (every value near 0 or 1); the Euclidean one is a ramp.
    const sharp = (row: number[]) => row.filter((v) => v > 0.15 && v < 0.85).length;
    expect(sharp(soft.predict([test.inputs[0]])[0])).toBe(0);
    expect(sharp(euclidean.predict([test.inputs[0]])[0])).toBeGreaterThanOrEqual(3);
  });

  it('evaluate reports mean Euclidean, DTW (γ = 0) and soft-DTW losses computed by core', () => {
    const model = new MlpForecaster({ inputLength: L, outputLength: T, hidden: 4, seed: 5 });
    const inputs = test.inputs.slice(0, 3);
    const targets = test.targets.slice(0, 3);
    const predicted = model.predict(inputs);
    const mean = (f: (p: number[], y: number[]) => number) => predicted.reduce((s, p, i) => s + f(p, targets[i]), 0) / 3;
    const report = model.evaluate(inputs, targets, { gamma: 0.5 });
    expect(report.count).toBe(3);
    expect(report.euclidean).toBeCloseTo(mean((p, y) => p.reduce((s, v, t) => s + (v - y[t]) ** 2, 0)), 12);
    expect(report.dtw).toBeCloseTo(mean((p, y) => dtw(p, y).value), 12);
    expect(report.softDtw).toBeCloseTo(mean((p, y) => softDtw(p, y, { gamma: 0.5 })), 12);
  });

  it('stops early on a validation split and keeps the best epoch', () => {
    const model = new MlpForecaster({ inputLength: L, outputLength: T, hidden: 16, loss: 'euclidean' });
    const epochs: number[] = [];
    const report = model.fit(train.inputs, train.targets, {
      epochs: 300,
      batchSize: 16,
      learningRate: 5e-2,
      seed: 0,
      validation: 0.25,
      patience: 3,
      onEpoch: (r) => epochs.push(r.epoch),
    });
    expect(report.stoppedEarly).toBe(true);
    expect(report.epochs).toBeLessThan(300);
    expect(epochs).toEqual(report.history.map((r) => r.epoch));
    const losses = report.history.map((r) => r.validationLoss ?? NaN);
    expect(Math.min(...losses)).toBe(report.history[report.bestEpoch - 1].validationLoss);
    expect(report.epochs - report.bestEpoch).toBe(3);
  });

  it('with explicit validation series, keeps the weights whose validation loss is reported as best', () => {
    const model = new MlpForecaster({ inputLength: L, outputLength: T, hidden: 8, loss: 'softdtw', gamma: 0.1 });
    const validation = { inputs: test.inputs.slice(0, 16), targets: test.targets.slice(0, 16) };
    const report = model.fit(train.inputs, train.targets, { ...fitOptions, epochs: 8, learningRate: 0.2, validation });
    const best = report.history[report.bestEpoch - 1].validationLoss;
    const predicted = tensor(model.predict(validation.inputs));
    expect(forecastLoss(predicted, tensor(validation.targets), 'softdtw', 0.1).item()).toBeCloseTo(best ?? NaN, 10);
    expect(report.history.every((r) => r.validationLoss !== undefined && r.validationLoss >= (best ?? NaN))).toBe(true);
  });

  it('initFrom starts from another model (the paper’s Euclidean initialisation) and checks the architecture', () => {
    const euclidean = new MlpForecaster({ inputLength: L, outputLength: T, hidden: 16, loss: 'euclidean' });
    euclidean.fit(train.inputs, train.targets, { ...fitOptions, epochs: 10 });
    const soft = new MlpForecaster({ inputLength: L, outputLength: T, hidden: 16, loss: 'softdtw', gamma: 0.1 });
    soft.fit(train.inputs, train.targets, { ...fitOptions, epochs: 1, learningRate: 1e-12, initFrom: euclidean });
    expect(soft.predict(test.inputs)[0][0]).toBeCloseTo(euclidean.predict(test.inputs)[0][0], 9);
    const wrong = new MlpForecaster({ inputLength: L, outputLength: T, hidden: 8 });
    expect(() => wrong.fit(train.inputs, train.targets, { epochs: 1, initFrom: euclidean })).toThrow(/architecture/);
  });

  it('trains multivariate series with standardisation and round-trips through JSON', () => {
    const inputs = randomNormal([12, 5, 2], { seed: 1, mean: 3, std: 2 });
    const targets = randomNormal([12, 3, 2], { seed: 2, mean: 3, std: 2 });
    const model = new MlpForecaster({ inputLength: 5, outputLength: 3, hidden: [6, 4], features: 2, normalization: 'standardize', loss: 'divergence', activation: 'tanh' });
    const report = model.fit(inputs, targets, { epochs: 5, batchSize: 4, learningRate: 1e-2 });
    expect(report.history).toHaveLength(5);
    expect(model.normalization.kind).toBe('standardize');
    expect(model.predictSeries(inputs)[0]).toHaveLength(3);
    expect(model.predictSeries(inputs)[0][0]).toHaveLength(2);
    const copy = MlpForecaster.fromJSON(JSON.parse(JSON.stringify(model)));
    expect(copy.predict(inputs)).toEqual(model.predict(inputs));
    expect(() => MlpForecaster.fromJSON({ format: 'nope' } as never)).toThrow(CheckpointError);
  });
});
