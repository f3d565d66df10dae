import { describe, expect, test } from 'vitest';
import { createRng, randomNormal, randomUniform } from '../index.js';

describe('createRng (SplitMix32)', () => {
  test('the same seed gives the same stream; different seeds differ', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const sa = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c.nextUint32())).not.toEqual(sa);
  });

  test('known first outputs (pins the algorithm across platforms)', () => {
    const rng = createRng(0);
    // SplitMix32: state = 0x9e3779b9, then the murmur3 finaliser.
    let z = 0x9e3779b9 | 0;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    expect(rng.nextUint32()).toBe((z ^ (z >>> 16)) >>> 0);
  });

  test('uniform floats lie in [0, 1) with mean ≈ 1/2; normals have mean ≈ 0 and variance ≈ 1', () => {
    const rng = createRng(7);
    const n = 20_000;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.nextFloat();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
    }
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.01);
    let mean = 0;
    let square = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.nextNormal();
      mean += z / n;
      square += (z * z) / n;
    }
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(square - 1)).toBeLessThan(0.05);
  });

  test('rejects non-finite seeds', () => {
    expect(() => createRng(NaN)).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
  });
});

describe('randomNormal / randomUniform', () => {
  test('reproducible from the seed, shaped, typed, scaled', () => {
    expect(randomNormal([2, 3], { seed: 1 }).toArray()).toEqual(randomNormal([2, 3], { seed: 1 }).toArray());
    const w = randomNormal([1000], { seed: 2, mean: 5, std: 0.1, dtype: 'float32' });
    expect(w.dtype).toBe('float32');
    const avg = Array.from(w.data).reduce((s, v) => s + v, 0) / w.size;
    expect(Math.abs(avg - 5)).toBeLessThan(0.02);
    const u = randomUniform([1000], { seed: 3, low: -2, high: -1 });
    expect(u.data.every((v) => v >= -2 && v < -1)).toBe(true);
    expect(() => randomUniform([1], { seed: 0, low: 1, high: 0 })).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
  });
});
