/**
 * The README's runnable examples, verbatim apart from `print` (which collects the lines the README
 * shows as output). readme.test.ts runs them and checks every printed line appears in README.md.
 */
import { add, matmul, mean, randomNormal, reshape, slice, stack, tanh, tensor, valueAndGrad, zeros, type Tensor } from '@softdtw/autodiff';
import { softDtw } from '@softdtw/core';
import { adam } from '@softdtw/optim';
import { MlpForecaster } from '../src/index.js';
import { loadOnnxForecaster } from '../src/onnx.js';

/** Quick start: the paper's trade-off on steps at varying times, then the ONNX round trip. */
export async function quickStart(print: (line: string) => void): Promise<void> {
  const inputs = Array.from({ length: 48 }, () => new Array<number>(8).fill(0));
  const targets = Array.from({ length: 48 }, (_, i) => Array.from({ length: 12 }, (_, t) => (t >= 2 + ((i * 5) % 8) ? 1 : 0)));
  let soft: MlpForecaster | undefined;
  for (const loss of ['euclidean', 'softdtw'] as const) {
    const model = new MlpForecaster({ inputLength: 8, outputLength: 12, hidden: 16, loss, gamma: 0.1 });
    model.fit(inputs, targets, { epochs: 60, batchSize: 16, learningRate: 1e-2, seed: 0 });
    const { dtw, euclidean } = model.evaluate(inputs, targets);
    print(`${loss}: DTW ${dtw.toFixed(3)}, Euclidean ${euclidean.toFixed(3)}`);
    print(`  ${model.predict([inputs[0]])[0].map((v) => v.toFixed(1)).join(' ')}`);
    soft = model;
  }
  const onnx = await loadOnnxForecaster(soft!.toOnnx());
  const { loss, gamma, inputLength, outputLength } = onnx.metadata;
  print(`onnx: ${loss} γ=${gamma}, ${inputLength} → ${outputLength} steps`);
  print(`  ${(await onnx.predict([inputs[0]]))[0].map((v) => v.toFixed(1)).join(' ')}`);
  await onnx.release();
}

/** Composability: a user's own two-layer network, trained with softDtw as the loss, no library internals. */
export function ownModel(print: (line: string) => void): void {
  const x = tensor(Array.from({ length: 32 }, (_, i) => [Math.sin(i), Math.cos(i), 1]));      // 32 inputs [3]
  const y = Array.from({ length: 32 }, (_, i) => Array.from({ length: 10 }, (_, t) => (t >= 3 + (i % 4) ? 1 : 0)));

  type Params = { W1: Tensor; b1: Tensor; W2: Tensor; b2: Tensor };
  const net = (p: Params, input: Tensor) => add(matmul(tanh(add(matmul(input, p.W1), p.b1)), p.W2), p.b2);
  const loss = (p: Params) => {
    const out = net(p, x);                                                           // [32, 10]
    const perSeries = y.map((target, i) => softDtw(reshape(slice(out, [i, 0], [1, 10]), [10]), target, { gamma: 0.1 }));
    return mean(stack(perSeries));
  };

  let params: Params = { W1: randomNormal([3, 16], { seed: 1, std: 0.5 }), b1: zeros([16]), W2: randomNormal([16, 10], { seed: 2, std: 0.5 }), b2: zeros([10]) };
  const optimizer = adam({ learningRate: 0.02 });
  const step = valueAndGrad(loss);
  for (let epoch = 0; epoch <= 150; epoch++) {
    const { value, grad } = step(params);
    if (epoch % 50 === 0) print(`epoch ${epoch}: soft-DTW loss ${value.item().toFixed(3)}`);
    params = optimizer.update(params, grad);
  }
}
