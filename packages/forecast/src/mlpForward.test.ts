import { tensor } from '@softdtw/autodiff';
import { describe, expect, it } from 'vitest';
import { initMlpParameters } from './initMlpParameters.js';
import { mlpForward } from './mlpForward.js';
import { tileNormalization } from './Normalization.js';

describe('mlpForward', () => {
  const params = {
    layers: [
      { W: tensor([[1, -1], [2, 0.5]]), b: tensor([0.1, -0.2]) },
      { W: tensor([[1], [-2]]), b: tensor([0.3]) },
    ],
  };
  const x = [0.5, -1];

  it('matches a hand-computed two-layer pass for each activation', () => {
    const pre = [0.5 * 1 + -1 * 2 + 0.1, 0.5 * -1 + -1 * 0.5 - 0.2];
    const acts = { sigmoid: (v: number) => 1 / (1 + Math.exp(-v)), tanh: Math.tanh, relu: (v: number) => Math.max(0, v) };
    for (const [name, f] of Object.entries(acts)) {
      const h = pre.map(f);
      const expected = h[0] * 1 + h[1] * -2 + 0.3;
      const y = mlpForward(params, tensor([x]), name as keyof typeof acts, undefined);
      expect(y.shape).toEqual([1, 1]);
      expect(y.item()).toBeCloseTo(expected, 14);
    }
  });

  it('standardises inputs and un-standardises outputs', () => {
    const norm = tileNormalization({ kind: 'standardize', mean: [2], std: [4] }, 2, 1);
    const scaled = mlpForward(params, tensor([x.map((v) => (v - 2) / 4)]), 'tanh', undefined).item();
    expect(mlpForward(params, tensor([x]), 'tanh', norm).item()).toBeCloseTo(scaled * 4 + 2, 14);
  });

  it('initialises reproducibly from the seed, with zero biases and Glorot scale', () => {
    const a = initMlpParameters([40, 60, 5], 7);
    expect(a.layers[0].W.data).toEqual(initMlpParameters([40, 60, 5], 7).layers[0].W.data);
    expect(a.layers[0].W.data).not.toEqual(initMlpParameters([40, 60, 5], 8).layers[0].W.data);
    expect(Array.from(a.layers[1].b.data)).toEqual([0, 0, 0, 0, 0]);
    const w = Array.from(a.layers[0].W.data);
    const variance = w.reduce((s, v) => s + v * v, 0) / w.length;
    expect(variance).toBeGreaterThan(0.8 * (2 / 100));
    expect(variance).toBeLessThan(1.2 * (2 / 100));
  });
});
