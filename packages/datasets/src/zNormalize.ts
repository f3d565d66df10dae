/**
 * Z-normalisation of one univariate series: subtract the mean, divide by the standard deviation.
 *
 *   μ = (1/n) Σ_t x_t,   σ = sqrt((1/n) Σ_t (x_t − μ)²),   z_t = (x_t − μ) / σ
 *
 * σ is the population standard deviation (divide by n, not n − 1), as in the UCR archive's own
 * normalisation and tslearn's `TimeSeriesScalerMeanVariance`, so a normalised series has mean 0
 * and `σ = 1` under the same definition. Two passes (mean first, then squared deviations) keep
 * the variance accurate when the mean is large compared with the spread.
 *
 * Constant series: when σ ≤ 1e-12 · max_t |x_t| (zero up to rounding of the mean, e.g.
 * `[0.1, 0.1, 0.1]`), the result is all zeros rather than `NaN` or huge rounding noise. The
 * threshold is relative, so series with a genuinely tiny amplitude are still normalised.
 */
import { InvalidArgumentError } from './errors.js';

/** Relative threshold under which σ counts as zero (see the module header). */
const CONSTANT_RELATIVE_TOLERANCE = 1e-12;

/**
 * Z-normalise a univariate series (mean 0, population standard deviation 1). Returns a new
 * array; the input is never modified.
 *
 * @param series - `[length]`, finite numbers, length ≥ 1
 * @returns `[length]`: `(x_t − mean) / std`; all zeros when the series is constant
 * @throws {@link InvalidArgumentError} (code `'E_INVALID_ARGUMENT'`) for an empty series or a
 *   non-finite value (the message gives its index)
 * @example
 * zNormalize([1, 2, 3]);       // [-1.2247…, 0, 1.2247…]
 * zNormalize([5, 5, 5]);       // [0, 0, 0]
 * dataset.series.map((s) => zNormalize(s)); // a whole dataset
 */
export function zNormalize(series: readonly number[]): number[] {
  const n = series.length;
  if (n === 0) {
    throw new InvalidArgumentError('zNormalize: expected a series with at least one value, got an empty array. Pass a non-empty series.');
  }
  let sum = 0;
  let maxAbs = 0;
  for (let t = 0; t < n; t++) {
    const value = series[t] as number;
    if (!Number.isFinite(value)) {
      throw new InvalidArgumentError(
        `zNormalize: expected finite numbers, got ${String(value)} at index ${t}. ` +
          'Fill or drop missing values first (e.g. parseUcrTsv(text, { missing: \'interpolate\' })).',
      );
    }
    sum += value;
    if (Math.abs(value) > maxAbs) maxAbs = Math.abs(value);
  }
  const mean = sum / n;
  let squares = 0;
  for (let t = 0; t < n; t++) {
    const deviation = (series[t] as number) - mean;
    squares += deviation * deviation;
  }
  const std = Math.sqrt(squares / n);
  const out = new Array<number>(n);
  if (std <= CONSTANT_RELATIVE_TOLERANCE * maxAbs) {
    out.fill(0);
    return out;
  }
  for (let t = 0; t < n; t++) out[t] = ((series[t] as number) - mean) / std;
  return out;
}
