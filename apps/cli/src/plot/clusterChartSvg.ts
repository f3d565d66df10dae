/**
 * Clusters: one panel per cluster, its members in light colour, its centroid bold.
 */
import type * as vegaLite from 'vega-lite';
import { CHART_CONFIG } from './chartStyle.js';
import { renderVegaLite } from './renderVegaLite.js';

/**
 * Clusters: one panel per cluster, members thin, centroid bold.
 * @param chart - title, series `[N][n_i]`, cluster index per series `[N]`, centroids `[k][L]`.
 * @returns SVG text.
 * @example await clusterChartSvg({ title: 'k-means', series, labels: model.labels, centroids });
 */
export async function clusterChartSvg(chart: {
  readonly title: string;
  readonly series: readonly (readonly number[])[];
  readonly labels: readonly number[];
  readonly centroids: readonly (readonly number[])[];
}): Promise<string> {
  const counts = chart.centroids.map((_, c) => chart.labels.filter((l) => l === c).length);
  const panel = (c: number): string => `cluster ${c} (${counts[c] ?? 0} series)`;
  const members = chart.series.flatMap((s, index) => s.map((y, t) => ({ id: index, t, y, panel: panel(chart.labels[index] ?? 0), role: 'member' })));
  const centroids = chart.centroids.flatMap((s, c) => s.map((y, t) => ({ id: -1 - c, t, y, panel: panel(c), role: 'centroid' })));
  const columns = Math.min(chart.centroids.length, 3);
  const spec: vegaLite.TopLevelSpec = {
    title: chart.title,
    config: CHART_CONFIG,
    data: { values: [...members, ...centroids] },
    facet: { field: 'panel', type: 'nominal', title: null, sort: chart.centroids.map((_, c) => panel(c)) },
    columns,
    spec: {
      width: columns === 1 ? 520 : 260,
      height: 180,
      layer: [
        {
          transform: [{ filter: "datum.role === 'member'" }],
          mark: { type: 'line', strokeWidth: 0.8, opacity: 0.45, color: '#8fb3d9' },
          encoding: { x: { field: 't', type: 'quantitative', title: 'time step' }, y: { field: 'y', type: 'quantitative', title: 'value', scale: { zero: false } }, detail: { field: 'id', type: 'nominal' } },
        },
        {
          transform: [{ filter: "datum.role === 'centroid'" }],
          mark: { type: 'line', strokeWidth: 2.4, color: '#e4572e' },
          encoding: { x: { field: 't', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } },
        },
      ],
    },
  };
  return renderVegaLite(spec);
}
