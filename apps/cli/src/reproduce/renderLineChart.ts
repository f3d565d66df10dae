/**
 * Line charts for the reproductions, as SVG (vega-lite → vega, headless) and PNG (resvg, with the
 * bundled Inter TTF so text renders the same on every machine: resvg draws no text without a font).
 */
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import { svgToPng } from '../plot/svgToPng.js';

/** One named line: `y[k]` drawn at `x[k]`. */
export interface ChartLine {
  readonly name: string;
  readonly x: readonly number[];
  readonly y: readonly number[];
  /** Draw dashed (e.g. the ground truth). */
  readonly dashed?: boolean;
}

/** A chart: title, axis titles and lines (colours follow the order of `lines`). */
export interface LineChart {
  readonly title: string;
  readonly xTitle: string;
  readonly yTitle: string;
  readonly lines: readonly ChartLine[];
  /** Pixel width and height of the plot area (default 520 × 260). */
  readonly width?: number;
  readonly height?: number;
}

/**
 * Render a line chart.
 * @param chart - title, axes, lines.
 * @returns `{ svg, png }`: SVG text and PNG bytes (2× zoom, white background).
 * @example
 * const { svg, png } = await renderLineChart({ title: 'GunPoint', xTitle: 'time', yTitle: 'value',
 *   lines: [{ name: 'truth', x: [0, 1], y: [0, 1] }] });
 */
export async function renderLineChart(chart: LineChart): Promise<{ svg: string; png: Uint8Array }> {
  const values = chart.lines.flatMap((line, order) => line.x.map((x, k) => ({ series: line.name, order, x, y: line.y[k], dashed: line.dashed === true })));
  const spec: vegaLite.TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: chart.title,
    width: chart.width ?? 520,
    height: chart.height ?? 260,
    data: { values },
    mark: { type: 'line', strokeWidth: 1.8 },
    encoding: {
      x: { field: 'x', type: 'quantitative', title: chart.xTitle },
      y: { field: 'y', type: 'quantitative', title: chart.yTitle, scale: { zero: false } },
      color: { field: 'series', type: 'nominal', sort: chart.lines.map((l) => l.name), title: null },
      strokeDash: { field: 'dashed', type: 'nominal', legend: null, scale: { domain: [false, true], range: [[1, 0], [5, 3]] } },
    },
    config: { font: 'Inter', legend: { labelLimit: 400 } },
  };
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return { svg, png: svgToPng(svg) };
  } finally {
    view.finalize();
  }
}
