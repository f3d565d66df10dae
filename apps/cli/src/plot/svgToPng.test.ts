import { expect, test } from 'vitest';
import { renderFig7Svg } from '../reproduce/fig7/renderFig7Svg.js';
import { svgToPng } from './svgToPng.js';

test('svgToPng rasterises the hand-written Figure 7 SVG at 2× zoom (400 px → 800 px)', () => {
  const png = svgToPng(renderFig7Svg([{ dataset: 'A', softDtwAccuracy: 0.9, dbaAccuracy: 0.7 }]));
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset);
  expect([view.getUint32(16), view.getUint32(20)]).toEqual([800, 800]);
  expect(svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="5"/>', 3).length).toBeGreaterThan(0);
});
