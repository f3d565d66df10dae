/**
 * What the CLI's line charts share: the named line type, the vega-lite config (bundled font) and
 * the colours of the bold lines.
 */
import { PLOT_FONT_FAMILY } from './svgToPng.js';

/** A named line. */
export interface NamedLine {
  readonly name: string;
  readonly values: readonly number[];
  /** First time index (default 0): a forecast starts after its input. */
  readonly start?: number;
}

/** vega-lite config of every line chart: the bundled font, long legend labels, a light frame. */
export const CHART_CONFIG = { font: PLOT_FONT_FAMILY, legend: { labelLimit: 400 }, view: { stroke: '#ddd' } };

/** Colours of bold lines (barycenters, forecasts), in order. */
export const BOLD_COLORS = ['#1f77b4', '#e4572e', '#2ca02c', '#9467bd', '#8c564b', '#17becf', '#bcbd22', '#7f7f7f'];

/**
 * Points of named lines for a vega-lite `data.values`.
 * @param lines - the lines.
 * @returns one record per point: `{ name, order, t, y }`.
 * @example linePoints([{ name: 'a', values: [1, 2] }]); // [{ name: 'a', order: 0, t: 0, y: 1 }, …]
 */
export function linePoints(lines: readonly NamedLine[]): Record<string, unknown>[] {
  return lines.flatMap((line, order) => line.values.map((y, t) => ({ name: line.name, order, t: t + (line.start ?? 0), y })));
}
