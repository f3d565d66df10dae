/**
 * Line chart: the input series in light grey, barycenters bold on top (first feature of
 * multivariate series).
 */
import type * as vegaLite from 'vega-lite';
import { BOLD_COLORS, CHART_CONFIG, linePoints, type NamedLine } from './chartStyle.js';
import { renderVegaLite } from './renderVegaLite.js';

/**
 * Series with their barycenter(s).
 * @param chart - title, the series `[N][n_i]`, and the barycenters to draw bold.
 * @returns SVG text.
 * @example await barycenterChartSvg({ title: 'class 1', series: [[0, 1], [1, 2]], barycenters: [{ name: 'soft-DTW', values: [0.5, 1.5] }] });
 */
export async function barycenterChartSvg(chart: {
  readonly title: string;
  readonly series: readonly (readonly number[])[];
  readonly barycenters: readonly NamedLine[];
}): Promise<string> {
  const background = chart.series.flatMap((s, index) => s.map((y, t) => ({ id: index, t, y })));
  const spec: vegaLite.TopLevelSpec = {
    title: chart.title,
    width: 560,
    height: 260,
    config: CHART_CONFIG,
    layer: [
      {
        data: { values: background },
        mark: { type: 'line', strokeWidth: 0.8, color: '#bbbbbb', opacity: 0.6 },
        encoding: { x: { field: 't', type: 'quantitative', title: 'time step' }, y: { field: 'y', type: 'quantitative', title: 'value', scale: { zero: false } }, detail: { field: 'id', type: 'nominal' } },
      },
      {
        data: { values: linePoints(chart.barycenters) },
        mark: { type: 'line', strokeWidth: 2.4 },
        encoding: {
          x: { field: 't', type: 'quantitative' },
          y: { field: 'y', type: 'quantitative' },
          color: { field: 'name', type: 'nominal', title: null, sort: chart.barycenters.map((b) => b.name), scale: { range: BOLD_COLORS } },
        },
      },
    ],
  };
  return renderVegaLite(spec);
}
