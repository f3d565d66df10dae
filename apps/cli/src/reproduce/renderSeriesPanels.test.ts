import { expect, test } from 'vitest';
import { renderSeriesPanels } from './renderSeriesPanels.js';

test('series panels render to SVG with every panel title and the legend, and to a PNG of the grid', async () => {
  const { svg, png } = await renderSeriesPanels({
    title: 'Toy barycenters',
    subtitle: '2 series',
    columns: 2,
    panels: [
      { title: 'method A: loss 0.1', series: [[0, 1, 0], [0, 2, 0, 0]], barycenter: [0, 1.5, 0] },
      { title: 'method B: loss 0.2', series: [[0, 1, 0]], barycenter: [0, 1, 0.5] },
      { title: 'method C: loss 0.3', series: [[1, 1, 0]], barycenter: [1, 1, 0] },
    ],
    barycenterLabel: 'centroid',
  });
  expect(svg.startsWith('<svg')).toBe(true);
  for (const text of ['Toy barycenters', '2 series', 'method A: loss 0.1', 'method B: loss 0.2', 'method C: loss 0.3', 'centroid', 'time step']) expect(svg).toContain(text);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Two 300-pixel panels per row at 2× zoom: wider than 1200 pixels; two rows of 180: taller than 720.
  const view = new DataView(png.buffer, png.byteOffset);
  expect(view.getUint32(16)).toBeGreaterThan(1200);
  expect(view.getUint32(20)).toBeGreaterThan(720);
  // A long subtitle is wrapped, not allowed to widen the figure: two 300-pixel panels stay under 800 SVG pixels.
  const long = await renderSeriesPanels({ title: 'T', subtitle: 'word '.repeat(60), columns: 2, panels: [{ title: 'a', series: [[0, 1]], barycenter: [0, 1] }, { title: 'b', series: [[0, 1]], barycenter: [1, 0] }] });
  expect(Number(/width="(\d+)"/.exec(long.svg)?.[1])).toBeLessThan(800);
}, 30_000);
