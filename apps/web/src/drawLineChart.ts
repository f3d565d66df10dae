/**
 * drawLineChart: a small line chart on a canvas for series, barycenters, clusters and
 * forecasts. Every layer is a set of series drawn in one colour and width, starting at time
 * step `start`; the axes fit all layers. No library: the app stays small and offline.
 */

/** One group of lines drawn the same way. */
export interface ChartLayer {
  readonly series: readonly (readonly number[])[];
  /** CSS colour. */
  readonly color: string;
  /** Line width in pixels (default 1). */
  readonly width?: number;
  /** Time step of each series' first value (default 0). */
  readonly start?: number;
  /** Dashed line. */
  readonly dashed?: boolean;
}

/** Options of {@link drawLineChart}. */
export interface ChartOptions {
  /** A vertical marker at this time step (e.g. where the forecast starts). */
  readonly marker?: number;
  /** Legend entries, drawn top-left. */
  readonly legend?: readonly { readonly label: string; readonly color: string }[];
}

const PADDING = { left: 40, right: 10, top: 10, bottom: 22 };

/**
 * Clears the canvas and draws the layers with axes fitted to them.
 *
 * @param canvas - target canvas
 * @param layers - drawn in order (later layers on top)
 * @param options - marker and legend
 * @example
 * drawLineChart(canvas, [{ series: members, color: '#ccc' }, { series: [barycenter], color: '#d62728', width: 3 }]);
 */
export function drawLineChart(canvas: HTMLCanvasElement, layers: readonly ChartLayer[], options: ChartOptions = {}): void {
  const context = canvas.getContext('2d');
  if (context === null) return;
  const { width, height } = canvas;
  context.clearRect(0, 0, width, height);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  let lo = Infinity;
  let hi = -Infinity;
  let steps = 1;
  for (const layer of layers) {
    for (const s of layer.series) {
      steps = Math.max(steps, (layer.start ?? 0) + s.length);
      for (const v of s) {
        if (Number.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
  }
  if (!Number.isFinite(lo)) return;
  if (hi === lo) {
    hi += 1;
    lo -= 1;
  }
  const plotWidth = width - PADDING.left - PADDING.right;
  const plotHeight = height - PADDING.top - PADDING.bottom;
  const px = (t: number): number => PADDING.left + (steps <= 1 ? 0 : (t / (steps - 1)) * plotWidth);
  const py = (v: number): number => PADDING.top + (1 - (v - lo) / (hi - lo)) * plotHeight;

  context.strokeStyle = '#888888';
  context.lineWidth = 1;
  context.strokeRect(PADDING.left, PADDING.top, plotWidth, plotHeight);
  context.fillStyle = '#444444';
  context.font = '10px sans-serif';
  context.textAlign = 'right';
  context.fillText(hi.toPrecision(3), PADDING.left - 4, PADDING.top + 8);
  context.fillText(lo.toPrecision(3), PADDING.left - 4, PADDING.top + plotHeight);
  context.textAlign = 'center';
  context.fillText('0', px(0), height - 6);
  context.fillText(String(steps - 1), px(steps - 1), height - 6);

  if (options.marker !== undefined) {
    context.strokeStyle = '#999999';
    context.setLineDash([4, 4]);
    context.beginPath();
    context.moveTo(px(options.marker), PADDING.top);
    context.lineTo(px(options.marker), PADDING.top + plotHeight);
    context.stroke();
  }
  for (const layer of layers) {
    context.strokeStyle = layer.color;
    context.lineWidth = layer.width ?? 1;
    context.setLineDash(layer.dashed === true ? [6, 4] : []);
    for (const s of layer.series) {
      context.beginPath();
      s.forEach((v, t) => {
        const x = px((layer.start ?? 0) + t);
        const y = py(v);
        if (t === 0) context.moveTo(x, y);
        else context.lineTo(x, y);
      });
      context.stroke();
    }
  }
  context.setLineDash([]);
  options.legend?.forEach((entry, k) => {
    const y = PADDING.top + 12 + 14 * k;
    context.fillStyle = entry.color;
    context.fillRect(PADDING.left + 8, y - 7, 12, 4);
    context.fillStyle = '#222222';
    context.textAlign = 'left';
    context.fillText(entry.label, PADDING.left + 24, y - 2);
  });
}

/** Distinct colours for clusters and classes. */
export const PALETTE: readonly string[] = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];
