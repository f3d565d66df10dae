/**
 * Small multiples of time series in the style of the paper's Figures 5 and 6: each panel draws a
 * set of series thin and grey and one highlighted series (a barycenter) thick and red over them.
 * SVG by vega-lite → vega (headless), PNG by resvg with the bundled Inter font ({@link svgToPng}).
 */
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import { svgToPng } from '../plot/svgToPng.js';

/** One panel: the series behind, the barycenter in front, and a title. */
export interface SeriesPanel {
  /** Panel title, e.g. `soft-DTW (γ = 1): DTW loss 0.0748`. */
  readonly title: string;
  /** The background series, each `[m_i]` (drawn at time steps 0…m_i−1). */
  readonly series: readonly (readonly number[])[];
  /** The highlighted series `[L]`. */
  readonly barycenter: readonly number[];
}

/** A grid of panels, filled row by row. */
export interface SeriesPanelsChart {
  /** Figure title. */
  readonly title: string;
  /** Text under the title (settings, data), wrapped at about 80 characters a line. */
  readonly subtitle?: string;
  /** The panels, in reading order. */
  readonly panels: readonly SeriesPanel[];
  /** Panels per row. */
  readonly columns: number;
  /** Legend names of the two kinds of lines (default 'series' and 'barycenter'). */
  readonly seriesLabel?: string;
  readonly barycenterLabel?: string;
  /** Pixel size of each panel's plot area (default 300 × 180). */
  readonly width?: number;
  readonly height?: number;
}

/**
 * Render the panels with shared axes.
 * @param chart - title, panels, columns.
 * @returns `{ svg, png }`: SVG text and PNG bytes (2× zoom, white background).
 * @example
 * const { svg, png } = await renderSeriesPanels({ title: 'ECG200', columns: 2,
 *   panels: [{ title: 'DBA', series: [[0, 1, 0], [0, 2, 0]], barycenter: [0, 1.5, 0] }] });
 */
export async function renderSeriesPanels(chart: SeriesPanelsChart): Promise<{ svg: string; png: Uint8Array }> {
  const seriesLabel = chart.seriesLabel ?? 'series';
  const barycenterLabel = chart.barycenterLabel ?? 'barycenter';
  const color = { field: 'kind', type: 'nominal', title: null, scale: { domain: [seriesLabel, barycenterLabel], range: ['#b4b4b4', '#d62728'] } } as const;
  const x = { field: 'x', type: 'quantitative', title: 'time step' } as const;
  const y = { field: 'y', type: 'quantitative', title: 'value', scale: { zero: false } } as const;
  const spec: vegaLite.TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    // Wrapped by hand: headless vega over-estimates text widths and would widen the figure to fit one long line.
    title: chart.subtitle === undefined ? chart.title : { text: chart.title, subtitle: wrapWords(chart.subtitle, 80) },
    columns: chart.columns,
    // 'flush': only the plot areas set the grid; headless vega over-estimates the panel titles' widths
    // and would otherwise leave wide gaps between the columns.
    bounds: 'flush',
    spacing: { row: 56, column: 40 },
    concat: chart.panels.map((panel) => ({
      title: panel.title,
      width: chart.width ?? 300,
      height: chart.height ?? 180,
      layer: [
        {
          data: { values: panel.series.flatMap((s, id) => s.map((value, t) => ({ kind: seriesLabel, id, x: t, y: value }))) },
          mark: { type: 'line', strokeWidth: 0.8, opacity: 0.8 },
          encoding: { x, y, color, detail: { field: 'id', type: 'nominal' } },
        },
        {
          data: { values: panel.barycenter.map((value, t) => ({ kind: barycenterLabel, x: t, y: value })) },
          mark: { type: 'line', strokeWidth: 2.2 },
          encoding: { x, y, color },
        },
      ],
    })),
    resolve: { scale: { x: 'shared', y: 'shared', color: 'shared' } },
    config: { font: 'Inter', legend: { orient: 'top', labelLimit: 400 }, title: { subtitleColor: '#555' } },
  };
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return { svg, png: svgToPng(svg) };
  } finally {
    view.finalize();
  }
}

/** Split text into lines of at most `width` characters at spaces (a longer word gets a line of its own). */
function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
