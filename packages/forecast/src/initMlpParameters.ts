/**
 * initMlpParameters: seeded Glorot-normal initialisation of the forecaster's dense layers.
 */
import { randomNormal, zeros } from '@softdtw/autodiff';
import type { MlpParameters } from './mlpForward.js';

/**
 * Draws weights W_l ~ N(0, 2 / (fanIn + fanOut)) (Glorot & Bengio, 2010) and zero biases. Layer l
 * uses the seed `seed + l`, so the same seed gives the same network on every platform.
 *
 * @param sizes - layer widths [inputLength·p, hidden…, outputLength·p], at least two entries
 * @param seed - integer seed
 * @returns parameters with layers W [sizes[l], sizes[l+1]], b [sizes[l+1]]
 * @example
 * initMlpParameters([10, 16, 5], 0).layers[0].W.shape; // [10, 16]
 */
export function initMlpParameters(sizes: readonly number[], seed: number): MlpParameters {
  const layers = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const fanIn = sizes[l];
    const fanOut = sizes[l + 1];
    layers.push({
      W: randomNormal([fanIn, fanOut], { seed: seed + l, std: Math.sqrt(2 / (fanIn + fanOut)) }),
      b: zeros([fanOut]),
    });
  }
  return { layers };
}
