/**
 * Median of a non-empty sample (the mean of the two middle values for an even count), as
 * `bench_common.h` computes it, so our figures and the C ones are summarised the same way.
 *
 * @param samples - timings, any order, length ≥ 1; not modified
 * @returns the median
 * @throws RangeError when `samples` is empty
 * @example
 * ```ts
 * median([3, 1, 2]); // 2
 * median([4, 1, 3, 2]); // 2.5
 * ```
 */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new RangeError('median: expected at least one sample, got none.');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : 0.5 * (sorted[mid - 1]! + sorted[mid]!);
}
