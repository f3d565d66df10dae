/**
 * Forecasts beside the truth: a series' input part, the true continuation (dashed) and the
 * forecasts, which start after the input.
 */
import type * as vegaLite from 'vega-lite';
import { BOLD_COLORS, CHART_CONFIG, type NamedLine } from './chartStyle.js';
import { renderVegaLite } from './renderVegaLite.js';

/**
 * Forecasts beside the truth: the input part, the true continuation (dashed) and each forecast.
 * @param chart - title, `input` `[T_in]`, `truth` `[T_out]` (optional) and `forecasts` (each starting at T_in).
 * @returns SVG text.
 * @example await forecastChartSvg({ title: 'ECG200 #0', input, truth, forecasts: [{ name: 'soft-DTW', values: yhat, start: input.length }] });
 */
export async function forecastChartSvg(chart: {
  readonly title: string;
  readonly input: readonly number[];
  readonly truth?: readonly number[];
  readonly forecasts: readonly NamedLine[];
}): Promise<string> {
  const inputLength = chart.input.length;
  const lines: NamedLine[] = [
    { name: 'input', values: chart.input },
    ...(chart.truth === undefined ? [] : [{ name: 'truth', values: [chart.input[inputLength - 1] ?? 0, ...chart.truth], start: inputLength - 1 }]),
    ...chart.forecasts,
  ];
  const dashed = new Set(['truth']);
  const values = lines.flatMap((line, order) => line.values.map((y, t) => ({ name: line.name, order, t: t + (line.start ?? 0), y, dashed: dashed.has(line.name) })));
  const spec: vegaLite.TopLevelSpec = {
    title: chart.title,
    width: 560,
    height: 240,
    config: CHART_CONFIG,
    data: { values },
    mark: { type: 'line', strokeWidth: 1.8 },
    encoding: {
      x: { field: 't', type: 'quantitative', title: 'time step' },
      y: { field: 'y', type: 'quantitative', title: 'value', scale: { zero: false } },
      color: { field: 'name', type: 'nominal', title: null, sort: lines.map((l) => l.name), scale: { range: ['#333333', '#999999', ...BOLD_COLORS.slice(1)] } },
      strokeDash: { field: 'dashed', type: 'nominal', legend: null, scale: { domain: [false, true], range: [[1, 0], [5, 3]] } },
    },
  };
  return renderVegaLite(spec);
}
