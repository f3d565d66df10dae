/**
 * `--class LABEL`: keep the series of one class (barycenter, cluster), with clear errors when the
 * input has no labels or not that one.
 */
import { CliUsageError } from '../CliUsageError.js';
import type { SeriesData } from '../input/SeriesData.js';

/**
 * Keep the series labelled `label`.
 * @param data - the series and labels.
 * @param label - the class to keep, or undefined to keep all.
 * @returns the subset (labels kept).
 * @throws {@link CliUsageError} when the input has no labels or no series of that class.
 * @example selectClass(readSeriesInput('bundled:GunPoint'), '1').series.length; // 24
 */
export function selectClass(data: SeriesData, label: string | undefined): SeriesData {
  if (label === undefined) return data;
  if (data.labels === undefined) {
    throw new CliUsageError(`--class: ${data.source} has no class labels. Use a UCR .tsv, a CSV with a label column (--label-column), or JSON with "labels"; or drop --class.`);
  }
  const keep = data.labels.flatMap((l, i) => (l === label ? [i] : []));
  if (keep.length === 0) {
    const classes = [...new Set(data.labels)].slice(0, 12).join(', ');
    throw new CliUsageError(`--class: expected one of the labels in ${data.source} (${classes}), got "${label}".`);
  }
  return { series: keep.map((i) => data.series[i]!), labels: keep.map((i) => data.labels![i]!), source: `${data.source} (class ${label})` };
}
