/**
 * The 'cpu' kernel of SoftDtwSeriesBatch: each pair through the fused float64 reference loops
 * (value-only: O(min(n, m)) memory; with gradients: stored soft-min weights, reused scratch).
 * Other backends register the same kernel name with the same contract (primitiveNames.ts).
 */
import type { Backend } from '@softdtw/autodiff';
import { softDtwSeriesValue } from '../cpu/softDtwSeriesValue.js';
import { softDtwSeriesValueAndGrad } from '../cpu/softDtwSeriesValueAndGrad.js';
import type { SeriesBatchAttrs, SeriesBatchInputs, SeriesBatchOutput } from './primitiveNames.js';

/**
 * Soft-DTW values (and gradients) of packed series pairs, in float64 whatever `dtype` asks.
 *
 * @param _backend - the active backend (unused)
 * @param inputs - packed series and per-pair starts and lengths (see SeriesBatchInputs)
 * @param attrs - p, gamma, radius, gradients, dtype
 * @returns values [b], and gradX/gradY in the layouts of x/y when gradients are asked for
 * @example
 * const out = softDtwSeriesBatchKernel(getBackend(), {
 *   x: Float64Array.of(0, 1), y: Float64Array.of(0, 2), xStart: Int32Array.of(0), yStart: Int32Array.of(1),
 *   lengthsX: Int32Array.of(2), lengthsY: Int32Array.of(1),
 * }, { p: 1, gamma: 0, radius: Infinity, gradients: false, dtype: 'float64' });
 * out.values[0]; // 5
 */
export function softDtwSeriesBatchKernel(_backend: Backend, inputs: SeriesBatchInputs, attrs: SeriesBatchAttrs): SeriesBatchOutput {
  const { x, y, xStart, yStart, lengthsX, lengthsY } = inputs;
  const { p, gamma, radius, gradients } = attrs;
  const batch = lengthsX.length;
  const values = new Float64Array(batch);
  const gradX = gradients ? new Float64Array(x.length) : null;
  const gradY = gradients ? new Float64Array(y.length) : null;
  for (let k = 0; k < batch; k++) {
    const n = lengthsX[k];
    const m = lengthsY[k];
    const xs = x.subarray(xStart[k] * p, (xStart[k] + n) * p);
    const ys = y.subarray(yStart[k] * p, (yStart[k] + m) * p);
    if (gradX === null || gradY === null) {
      values[k] = softDtwSeriesValue(xs, n, ys, m, p, gamma, radius);
    } else {
      const result = softDtwSeriesValueAndGrad(xs, n, ys, m, p, gamma, radius, null);
      values[k] = result.value;
      gradX.set(result.gradX, xStart[k] * p);
      gradY.set(result.gradY, yStart[k] * p);
    }
  }
  return { values, gradX, gradY };
}
