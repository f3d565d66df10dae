import { randomNormal } from '@softdtw/autodiff';
import { describe, expect, it } from 'vitest';
import { ForecastShapeError, OnnxModelError } from './errors.js';
import { decodeOnnxModel, encodeOnnxModel } from './onnxSchema.js';
import { loadOnnxForecaster } from './loadOnnxForecaster.js';
import { MlpForecaster } from './MlpForecaster.js';

function maxAbsDiff(a: number[][], b: number[][]): number {
  let worst = 0;
  a.forEach((row, i) => row.forEach((v, j) => (worst = Math.max(worst, Math.abs(v - b[i][j])))));
  return worst;
}

describe('loadOnnxForecaster (onnxruntime-web)', () => {
  it.each([
    ['univariate, sigmoid, no normalisation', { features: 1, hidden: 16, activation: 'sigmoid', normalization: 'none' }],
    ['3 features, two tanh layers, standardised', { features: 3, hidden: [8, 5], activation: 'tanh', normalization: 'standardize' }],
    ['univariate, relu, standardised', { features: 1, hidden: 12, activation: 'relu', normalization: 'standardize' }],
  ] as const)('matches the TypeScript forward pass within 1e-5 (%s), for any batch size', async (_name, arch) => {
    const { features } = arch;
    const model = new MlpForecaster({ inputLength: 6, outputLength: 4, ...arch, loss: 'euclidean', seed: 3 });
    const shape = (n: number, steps: number) => (features > 1 ? [n, steps, features] : [n, steps]);
    const inputs = randomNormal(shape(20, 6), { seed: 1, mean: 2, std: 1.5 });
    model.fit(inputs, randomNormal(shape(20, 4), { seed: 2, mean: 2 }), { epochs: 3, learningRate: 1e-2 });
    const onnx = await loadOnnxForecaster(model.toOnnx());
    try {
      for (const n of [1, 7, 20]) {
        const batch = randomNormal(shape(n, 6), { seed: 10 + n, mean: 2, std: 1.5 });
        const expected = model.predict(batch);
        const actual = await onnx.predict(batch);
        expect(actual).toHaveLength(n);
        expect(actual[0]).toHaveLength(4 * features);
        expect(maxAbsDiff(expected, actual)).toBeLessThanOrEqual(1e-5);
      }
    } finally {
      await onnx.release();
    }
  });

  it('reads back the metadata the model wrote', async () => {
    const model = new MlpForecaster({ inputLength: 5, outputLength: 3, hidden: 4, loss: 'softdtw', gamma: 0.01, normalization: 'standardize' });
    model.fit([[1, 2, 3, 4, 5], [2, 3, 4, 5, 6]], [[6, 7, 8], [7, 8, 9]], { epochs: 1 });
    const onnx = await loadOnnxForecaster(model.toOnnx());
    expect(onnx.metadata).toEqual(model.metadata());
    expect(onnx.metadata).toMatchObject({ inputLength: 5, outputLength: 3, loss: 'softdtw', gamma: 0.01, packageVersion: '0.0.0' });
    expect(onnx.metadata.normalization).toEqual({ kind: 'standardize', mean: [5], std: [expect.any(Number)] });
    await onnx.release();
  });

  it('rejects inputs of the wrong shape with ForecastShapeError before running', async () => {
    const onnx = await loadOnnxForecaster(new MlpForecaster({ inputLength: 5, outputLength: 3, hidden: 4 }).toOnnx());
    await expect(onnx.predict([[1, 2, 3]])).rejects.toThrow(ForecastShapeError);
    await expect(onnx.predict([[[1, 2], [1, 2], [1, 2], [1, 2], [1, 2]]])).rejects.toThrow(/expected inputs\[0\]\[0\]/);
    await expect(onnx.predict([])).rejects.toThrow(ForecastShapeError);
    await onnx.release();
  });

  it('rejects truncated, empty, foreign and damaged files with OnnxModelError', async () => {
    const bytes = new MlpForecaster({ inputLength: 5, outputLength: 3, hidden: 4 }).toOnnx();
    for (const cut of [1, 10, Math.floor(bytes.length / 2), bytes.length - 5, bytes.length - 1]) {
      await expect(loadOnnxForecaster(bytes.slice(0, cut)), `cut at ${cut}`).rejects.toThrow(OnnxModelError);
    }
    await expect(loadOnnxForecaster(new Uint8Array(0))).rejects.toThrow(/non-empty Uint8Array/);
    await expect(loadOnnxForecaster(new TextEncoder().encode('{"not": "onnx"}'))).rejects.toThrow(OnnxModelError);
    const foreign = encodeOnnxModel({ irVersion: 8, producerName: 'someone else', graph: { name: 'g' }, opsetImport: [{ domain: '', version: 13 }] });
    await expect(loadOnnxForecaster(foreign)).rejects.toThrow(/exported by @softdtw\/forecast/);
    const damaged = decodeOnnxModel(bytes);
    damaged.graph!.node![0].opType = 'NoSuchOperator';
    await expect(loadOnnxForecaster(encodeOnnxModel(damaged))).rejects.toThrow(/expected onnxruntime-web to accept the model/);
    const gutted = decodeOnnxModel(bytes);
    gutted.graph!.node = [];
    await expect(loadOnnxForecaster(encodeOnnxModel(gutted))).rejects.toThrow(/incomplete graph/);
  });
});
