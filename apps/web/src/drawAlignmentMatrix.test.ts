import { describe, expect, it } from 'vitest';
import { heatColor } from './drawAlignmentMatrix.js';

describe('heatColor', () => {
  it('maps 0 and 1 to the ends of the scale and clamps outside [0, 1]', () => {
    expect(heatColor(0)).toEqual([13, 8, 60]);
    expect(heatColor(1)).toEqual([253, 231, 37]);
    expect(heatColor(-5)).toEqual(heatColor(0));
    expect(heatColor(7)).toEqual(heatColor(1));
    expect(heatColor(Number.NaN)).toEqual(heatColor(0));
  });

  it('is monotone in brightness, so larger E reads as brighter', () => {
    const brightness = (t: number): number => heatColor(t).reduce((a, b) => a + b, 0);
    for (let k = 0; k < 100; k++) expect(brightness((k + 1) / 100)).toBeGreaterThanOrEqual(brightness(k / 100));
  });
});
