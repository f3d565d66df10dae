/**
 * The §4.4 protocol's split of each series: the first 60% of the steps are the model's input and
 * the remaining 40% its target. With length L the input has `round(0.6·L)` steps (at least 1, at
 * most L − 1) and the target the rest.
 */

/** Inputs and targets of a set of equal-length series. */
export interface ForecastSplit {
  /** `inputs[i]`: the first `inputLength` steps of series i. */
  readonly inputs: number[][];
  /** `targets[i]`: the remaining steps of series i. */
  readonly targets: number[][];
  /** Steps per input. */
  readonly inputLength: number;
  /** Steps per target. */
  readonly outputLength: number;
}

/**
 * Split series into input (first `fraction` of the steps) and target (the rest).
 * @param series - N series of one length L ≥ 2.
 * @param fraction - share of steps given as input (default 0.6, as in the paper).
 * @returns `{ inputs [N][round(fraction·L)], targets [N][L − inputLength], inputLength, outputLength }`.
 * @throws RangeError when the series are empty, shorter than 2 steps or of different lengths.
 * @example splitForecastSeries([[1, 2, 3, 4, 5]]); // inputs [[1, 2, 3]], targets [[4, 5]]
 */
export function splitForecastSeries(series: readonly (readonly number[])[], fraction = 0.6): ForecastSplit {
  const length = series[0]?.length ?? 0;
  if (length < 2) throw new RangeError(`splitForecastSeries: expected series of at least 2 steps, got ${series.length === 0 ? 'no series' : `length ${length}`}.`);
  const other = series.find((s) => s.length !== length);
  if (other !== undefined) throw new RangeError(`splitForecastSeries: expected series of one length ${length}, got one of length ${other.length}.`);
  const inputLength = Math.min(length - 1, Math.max(1, Math.round(fraction * length)));
  return {
    inputs: series.map((s) => s.slice(0, inputLength)),
    targets: series.map((s) => s.slice(inputLength)),
    inputLength,
    outputLength: length - inputLength,
  };
}
