import { describe, expect, it } from 'vitest';
import { computeStandardization, tileNormalization } from './Normalization.js';

describe('computeStandardization / tileNormalization', () => {
  it('computes one population mean and std per feature over all blocks', () => {
    // feature 0: 1, 3, 5 -> mean 3, std sqrt(8/3); feature 1: 2, 2, 2 -> std 0 -> replaced by 1
    const stats = computeStandardization([Float64Array.of(1, 2, 3, 2), Float64Array.of(5, 2)], 2);
    expect(stats).toEqual({ kind: 'standardize', mean: [3, 2], std: [Math.sqrt(8 / 3), 1] });
  });

  it('tiles statistics over time (time-major) and is undefined for none', () => {
    const tiled = tileNormalization({ kind: 'standardize', mean: [1, 2], std: [3, 4] }, 2, 1);
    expect(tiled?.inputMean.toArray()).toEqual([1, 2, 1, 2]);
    expect(tiled?.outputStd.toArray()).toEqual([3, 4]);
    expect(tileNormalization({ kind: 'none' }, 2, 1)).toBeUndefined();
  });
});
