import type { SeriesBatchInputs } from '@softdtw/core';
import { describe, expect, it } from 'vitest';
import { padSeriesBatchChunk, planSeriesBatchChunks } from './seriesBatchChunks.js';

describe('planSeriesBatchChunks', () => {
  it('covers every pair once, longest first, within the cell budget', () => {
    const lengthsX = Int32Array.of(3, 10, 1, 7, 10, 2);
    const lengthsY = Int32Array.of(3, 9, 4, 7, 10, 8);
    const chunks = planSeriesBatchChunks(lengthsX, lengthsY, 220);
    const seen = chunks.flatMap((c) => Array.from(c.pairs)).sort();
    expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
    expect(Array.from(chunks[0]!.pairs)).toEqual([4, 1]);
    for (const chunk of chunks) {
      expect(chunk.pairs.length * chunk.n * chunk.m).toBeLessThanOrEqual(220);
      for (const k of chunk.pairs) {
        expect(lengthsX[k]).toBeLessThanOrEqual(chunk.n);
        expect(lengthsY[k]).toBeLessThanOrEqual(chunk.m);
      }
    }
  });

  it('gives a pair larger than the budget a chunk of its own', () => {
    const chunks = planSeriesBatchChunks(Int32Array.of(50, 2), Int32Array.of(50, 2), 100);
    expect(chunks.map((c) => Array.from(c.pairs))).toEqual([[0], [1]]);
  });
});

describe('padSeriesBatchChunk', () => {
  it('copies each pair into zero-padded [b, n, p] and [b, m, p] buffers', () => {
    const inputs: SeriesBatchInputs = {
      x: Float64Array.of(1, 2, 3, 4, 5, 6),
      y: Float64Array.of(7, 8, 9, 10),
      xStart: Int32Array.of(0, 2),
      yStart: Int32Array.of(0, 1),
      lengthsX: Int32Array.of(2, 1),
      lengthsY: Int32Array.of(1, 1),
    };
    const padded = padSeriesBatchChunk(inputs, 2, { pairs: Int32Array.of(1, 0), n: 2, m: 1 });
    expect(Array.from(padded.X)).toEqual([5, 6, 0, 0, 1, 2, 3, 4]);
    expect(Array.from(padded.Y)).toEqual([9, 10, 7, 8]);
    expect(Array.from(padded.lengthsX)).toEqual([1, 2]);
  });
});
