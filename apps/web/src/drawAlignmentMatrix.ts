/**
 * drawAlignmentMatrix: the expected alignment matrix E = E_γ[A] of soft-DTW (Cuturi & Blondel,
 * ICML 2017, arXiv:1703.01541, §2.3: E = ∂dtw_γ/∂D) as a heatmap, with the optimal DTW path
 * (γ = 0) on top. Row r of E (time step r of x) is drawn top to bottom, column c (step c of y)
 * left to right; E's entries lie in [0, 1] and are shown on a fixed colour scale, so the
 * picture sharpens towards the path as γ decreases.
 */

/** Colour stops of the heatmap scale, from E = 0 to E = 1 (dark blue → teal → yellow). */
const STOPS: readonly (readonly [number, number, number])[] = [
  [13, 8, 60],
  [34, 96, 140],
  [42, 170, 140],
  [180, 220, 60],
  [253, 231, 37],
];

/**
 * Maps a value in [0, 1] to an RGB colour of the heatmap scale (clamped outside).
 *
 * @param t - value in [0, 1]
 * @returns [r, g, b], each 0…255
 * @example
 * heatColor(0); // [13, 8, 60]
 */
export function heatColor(t: number): [number, number, number] {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  const position = clamped * (STOPS.length - 1);
  const k = Math.min(STOPS.length - 2, Math.floor(position));
  const f = position - k;
  const a = STOPS[k] as readonly [number, number, number];
  const b = STOPS[k + 1] as readonly [number, number, number];
  return [Math.round(a[0] + f * (b[0] - a[0])), Math.round(a[1] + f * (b[1] - a[1])), Math.round(a[2] + f * (b[2] - a[2]))];
}

/**
 * Draws E (n × m, row-major) scaled to the canvas, and the path as a white line.
 *
 * @param canvas - target canvas (its width/height are the drawing size)
 * @param alignment - E, row-major [n · m], entries in [0, 1]
 * @param n - rows (length of x)
 * @param m - columns (length of y)
 * @param path - DTW path cells [i, j], from (0, 0) to (n − 1, m − 1)
 * @example
 * drawAlignmentMatrix(canvas, result.alignment, result.n, result.m, result.path);
 */
export function drawAlignmentMatrix(
  canvas: HTMLCanvasElement,
  alignment: Float64Array,
  n: number,
  m: number,
  path: readonly (readonly [number, number])[],
): void {
  const context = canvas.getContext('2d');
  if (context === null) return;
  const cells = new ImageData(m, n);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < m; c++) {
      const [red, green, blue] = heatColor(alignment[r * m + c] ?? 0);
      const offset = 4 * (r * m + c);
      cells.data[offset] = red;
      cells.data[offset + 1] = green;
      cells.data[offset + 2] = blue;
      cells.data[offset + 3] = 255;
    }
  }
  const small = document.createElement('canvas');
  small.width = m;
  small.height = n;
  small.getContext('2d')?.putImageData(cells, 0, 0);
  context.imageSmoothingEnabled = false;
  context.clearRect(0, 0, canvas.width, canvas.height);
  context.drawImage(small, 0, 0, canvas.width, canvas.height);
  const cellWidth = canvas.width / m;
  const cellHeight = canvas.height / n;
  context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
  context.lineWidth = 1.5;
  context.beginPath();
  path.forEach(([i, j], k) => {
    const px = (j + 0.5) * cellWidth;
    const py = (i + 0.5) * cellHeight;
    if (k === 0) context.moveTo(px, py);
    else context.lineTo(px, py);
  });
  context.stroke();
}
