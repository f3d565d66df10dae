import { describe, expect, it } from 'vitest';
import { NO_BAND_RADIUS, NO_TILE, PAIR_WORDS, WORK_WORDS, pairEdgeFloats, pairTileCount, planSeriesBatch, tileInBand } from './planSeriesBatch.js';

function bruteForceTileInBand(ti: number, tj: number, n: number, m: number, tile: number, radius: number): boolean {
  for (let i = ti * tile; i < Math.min(n, ti * tile + tile); i++) {
    for (let j = tj * tile; j < Math.min(m, tj * tile + tile); j++) if (Math.abs(i - j) <= radius) return true;
  }
  return false;
}

function singlePair(n: number, m: number) {
  return { xStart: Int32Array.of(0), yStart: Int32Array.of(0), lengthsX: Int32Array.of(n), lengthsY: Int32Array.of(m), xRows: n, yRows: m };
}

describe('tileInBand', () => {
  it('agrees with a cell-by-cell search on every tile of assorted shapes and bands', () => {
    for (const [n, m, tile] of [[10, 13, 4], [37, 20, 8], [64, 64, 32], [5, 90, 16]] as const) {
      for (const radius of [0, 1, 3, 7, 17, Math.abs(n - m), NO_BAND_RADIUS]) {
        if (radius < Math.abs(n - m)) continue;
        for (let ti = 0; ti < Math.ceil(n / tile); ti++) {
          for (let tj = 0; tj < Math.ceil(m / tile); tj++) {
            expect(tileInBand(ti, tj, n, m, tile, radius), `${n}x${m} T=${tile} r=${radius} (${ti},${tj})`).toBe(bruteForceTileInBand(ti, tj, n, m, tile, radius));
          }
        }
      }
    }
  });
});

describe('planSeriesBatch', () => {
  it('puts tile (ti, tj) in dispatch ti + tj, each tile once, and skips tiles outside the band', () => {
    const plan = planSeriesBatch(singlePair(300, 260), 64, 50, false);
    const tilesX = 5;
    const tilesY = 5;
    const seen = new Set<string>();
    plan.diagonals.forEach((d, D) => {
      for (let e = d.start; e < d.start + d.count; e++) {
        const at = plan.workBase + WORK_WORDS * e;
        expect(plan.words[at]).toBe(0);
        const ti = plan.words[at + 1];
        const tj = plan.words[at + 2];
        expect(ti + tj).toBe(D);
        expect(plan.words[at + 3]).toBe(e);
        seen.add(`${ti},${tj}`);
      }
    });
    let expected = 0;
    for (let ti = 0; ti < tilesX; ti++) for (let tj = 0; tj < tilesY; tj++) if (bruteForceTileInBand(ti, tj, 300, 260, 64, 50)) expected++;
    expect(seen.size).toBe(expected);
    expect(plan.tileCount).toBe(expected);
    expect(expected).toBeLessThan(tilesX * tilesY); // the band really skipped some
    expect(pairTileCount(300, 260, 64, 50)).toBe(expected);
  });

  it('writes pair records, tile tables and row owners for a batch with shared-free rows', () => {
    const input = {
      xStart: Int32Array.of(0, 5),
      yStart: Int32Array.of(3, 0),
      lengthsX: Int32Array.of(5, 40),
      lengthsY: Int32Array.of(33, 3),
      xRows: 46,
      yRows: 36,
    };
    const plan = planSeriesBatch(input, 32, NO_BAND_RADIUS, true);
    const pair1 = Array.from(plan.words.subarray(PAIR_WORDS, 2 * PAIR_WORDS));
    expect(pair1.slice(0, 6)).toEqual([5, 0, 40, 3, 2, 1]);
    expect(pair1[6]).toBe(pairEdgeFloats(5, 33, 32)); // pair 1's edges follow pair 0's
    // Pair 0 is 1 × 2 tiles, pair 1 is 2 × 1: both tile tables point at valid work entries.
    for (let k = 0; k < 2; k++) {
      const tableBase = plan.words[PAIR_WORDS * k + 7];
      const tiles = plan.words[PAIR_WORDS * k + 4] * plan.words[PAIR_WORDS * k + 5];
      for (let q = 0; q < tiles; q++) {
        const slab = plan.words[tableBase + q];
        expect(slab).toBeLessThan(plan.tileCount);
        expect(plan.words[plan.workBase + WORK_WORDS * slab]).toBe(k);
      }
    }
    const ownersX = Array.from(plan.words.subarray(plan.ownerXBase, plan.ownerXBase + 46));
    expect(ownersX.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(ownersX.slice(5, 45).every((owner) => owner === 1)).toBe(true);
    expect(ownersX[45]).toBe(NO_TILE); // a row no pair uses
    const ownersY = Array.from(plan.words.subarray(plan.ownerYBase, plan.ownerYBase + 36));
    expect(ownersY.slice(0, 3)).toEqual([1, 1, 1]);
    expect(ownersY.slice(3).every((owner) => owner === 0)).toBe(true);
  });

  it('needs no edges for single-tile pairs and 3((tilesX − 1)m + (tilesY − 1)n) floats otherwise', () => {
    expect(pairEdgeFloats(128, 128, 128)).toBe(0);
    expect(pairEdgeFloats(129, 128, 128)).toBe(3 * 128);
    expect(pairEdgeFloats(300, 200, 128)).toBe(3 * (2 * 200 + 1 * 300));
    expect(planSeriesBatch(singlePair(300, 200), 128, NO_BAND_RADIUS, false).edgeFloats).toBe(pairEdgeFloats(300, 200, 128));
  });
});
