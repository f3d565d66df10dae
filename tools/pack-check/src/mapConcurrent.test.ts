import { describe, expect, it } from 'vitest';
import { mapConcurrent } from './mapConcurrent.js';

describe('mapConcurrent', () => {
  it('never runs more than the limit at once, and keeps input order', async () => {
    let running = 0;
    let peak = 0;
    const results = mapConcurrent([30, 10, 20, 5, 15], 2, async (ms) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running -= 1;
      return ms * 2;
    });
    expect(await Promise.all(results)).toEqual([60, 20, 40, 10, 30]);
    expect(peak).toBe(2);
  });

  it('keeps a rejection with its own item and goes on with the others', async () => {
    const results = mapConcurrent([1, 2, 3], 1, async (x) => {
      if (x === 2) throw new Error('two');
      return x;
    });
    const settled = await Promise.allSettled(results);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
