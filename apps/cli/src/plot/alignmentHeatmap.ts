/**
 * The expected alignment matrix E of soft-DTW as a heatmap, with the optimal DTW path drawn over
 * it. Row i is step i of x (top to bottom), column j is step j of y (left to right), as in the
 * matrix E = ∂ dtw_γ(x, y) / ∂D. The cells are one embedded PNG (one pixel per cell, drawn without
 * smoothing), the path and axes are vega marks; the colour scale is vega's "blues" from 0 to 1.
 */
import * as vega from 'vega';
import { encodePng } from './encodePng.js';
import { renderVega } from './renderVegaLite.js';
import { PLOT_FONT_FAMILY } from './svgToPng.js';

/** Inputs of {@link alignmentHeatmapSvg}. */
export interface AlignmentHeatmap {
  /** E: `[n][m]`, entries in [0, 1]. */
  readonly alignment: readonly (readonly number[])[];
  /** The DTW path as `[i, j]` cells, or undefined to draw none. */
  readonly path?: readonly (readonly [number, number])[];
  /** Chart title. */
  readonly title: string;
  /** Longest side of the plot area in pixels (default 360). */
  readonly size?: number;
}

function parseRgb(color: string): [number, number, number] {
  const rgb = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(color);
  if (rgb !== null) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (hex !== null) return [parseInt(hex[1] ?? '0', 16), parseInt(hex[2] ?? '0', 16), parseInt(hex[3] ?? '0', 16)];
  return [0, 0, 0];
}

function heatmapDataUrl(alignment: readonly (readonly number[])[]): string {
  const n = alignment.length;
  const m = alignment[0]?.length ?? 0;
  const interpolate = vega.scheme('blues') as (t: number) => string;
  const palette = Array.from({ length: 256 }, (_, k) => parseRgb(interpolate(k / 255)));
  const rgba = new Uint8Array(n * m * 4);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const e = Math.min(1, Math.max(0, alignment[i]?.[j] ?? 0));
      const [r, g, b] = palette[Math.round(e * 255)] ?? [0, 0, 0];
      const at = (i * m + j) * 4;
      rgba[at] = r;
      rgba[at + 1] = g;
      rgba[at + 2] = b;
      rgba[at + 3] = 255;
    }
  }
  return `data:image/png;base64,${Buffer.from(encodePng(m, n, rgba)).toString('base64')}`;
}

/**
 * Render the heatmap.
 * @param chart - E `[n][m]`, the DTW path, a title.
 * @returns SVG text (write it with `writePlot` as .svg or .png).
 * @example
 * const { alignment } = softDtwAlignment(x, y, { gamma: 1 });
 * const svg = await alignmentHeatmapSvg({ alignment, path: dtw(x, y).path, title: 'E' });
 */
export async function alignmentHeatmapSvg(chart: AlignmentHeatmap): Promise<string> {
  const n = chart.alignment.length;
  const m = chart.alignment[0]?.length ?? 0;
  const size = chart.size ?? 360;
  const scale = size / Math.max(n, m);
  const width = Math.max(40, Math.round(m * scale));
  const height = Math.max(40, Math.round(n * scale));
  const pathValues = (chart.path ?? []).map(([i, j]) => ({ i: i + 0.5, j: j + 0.5 }));
  const spec: vega.Spec = {
    $schema: 'https://vega.github.io/schema/vega/v6.json',
    width,
    height,
    padding: 8,
    title: { text: chart.title, font: PLOT_FONT_FAMILY },
    config: { font: PLOT_FONT_FAMILY } as vega.Config,
    data: [{ name: 'path', values: pathValues }],
    scales: [
      { name: 'x', type: 'linear', domain: [0, m], range: 'width', zero: true, nice: false },
      { name: 'y', type: 'linear', domain: [0, n], range: [0, height], zero: true, nice: false },
      { name: 'color', type: 'linear', domain: [0, 1], range: { scheme: 'blues' } },
    ],
    axes: [
      { orient: 'top', scale: 'x', title: `y: step j (m = ${m})`, tickCount: 5 },
      { orient: 'left', scale: 'y', title: `x: step i (n = ${n})`, tickCount: 5 },
    ],
    legends: [{ fill: 'color', type: 'gradient', title: 'E', gradientLength: Math.min(200, height) }],
    marks: [
      {
        type: 'image',
        encode: {
          enter: {
            x: { value: 0 },
            y: { value: 0 },
            width: { signal: 'width' },
            height: { signal: 'height' },
            url: { value: heatmapDataUrl(chart.alignment) },
            aspect: { value: false },
            smooth: { value: false },
          },
        },
      },
      {
        type: 'line',
        from: { data: 'path' },
        encode: {
          enter: {
            x: { scale: 'x', field: 'j' },
            y: { scale: 'y', field: 'i' },
            stroke: { value: '#e4572e' },
            strokeWidth: { value: 1.5 },
            strokeDash: { value: [4, 2] },
          },
        },
      },
    ],
  };
  return renderVega(spec);
}
