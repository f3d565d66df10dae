import { expect, test } from 'vitest';
import { renderLineChart } from './renderLineChart.js';

test('a line chart renders to SVG with its title and legend, and to a PNG', async () => {
  const { svg, png } = await renderLineChart({
    title: 'Toy forecast',
    xTitle: 'time step',
    yTitle: 'value',
    lines: [
      { name: 'input', x: [0, 1, 2], y: [0, 1, 0] },
      { name: 'truth', x: [2, 3, 4], y: [0, 2, 0], dashed: true },
    ],
  });
  expect(svg.startsWith('<svg')).toBe(true);
  for (const text of ['Toy forecast', 'time step', 'input', 'truth']) expect(svg).toContain(text);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // 2× zoom of a chart with a 520-pixel-wide plot area: the PNG is wider than 1040 pixels.
  const width = new DataView(png.buffer, png.byteOffset).getUint32(16);
  expect(width).toBeGreaterThan(1040);
}, 30_000);
