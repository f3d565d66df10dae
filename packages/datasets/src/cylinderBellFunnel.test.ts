import { describe, expect, it } from 'vitest';
import { CBF_CLASSES, cylinderBellFunnel } from './cylinderBellFunnel.js';
import type { CbfClass } from './cylinderBellFunnel.js';
import { InvalidArgumentError } from './errors.js';

/** The noiseless unit-amplitude shape of a class on [a, b] at 1-based time t (the module's formulas). */
function unitShape(shape: CbfClass, t: number, a: number, b: number): number {
  if (t < a || t > b) return 0;
  if (shape === 'cylinder') return 1;
  return shape === 'bell' ? (t - a) / (b - a) : (b - t) / (b - a);
}

const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
const variance = (xs: readonly number[]): number => {
  const mu = mean(xs);
  return mean(xs.map((x) => (x - mu) ** 2));
};

describe('cylinderBellFunnel', () => {
  const perClass = 200;
  const data = cylinderBellFunnel({ perClass, seed: 1994 });

  it('returns 3·perClass series of length 128, classes interleaved', () => {
    expect(data.series).toHaveLength(3 * perClass);
    expect(data.series.every((s) => s.length === 128)).toBe(true);
    expect(data.labels.slice(0, 6)).toEqual(['cylinder', 'bell', 'funnel', 'cylinder', 'bell', 'funnel']);
    for (const shape of CBF_CLASSES) expect(data.labels.filter((l) => l === shape)).toHaveLength(perClass);
  });

  it('draws a ∈ [16, 32] and b − a ∈ [32, 96] as integers, covering both ranges', () => {
    const starts = data.events.map((e) => e.a);
    const widths = data.events.map((e) => e.b - e.a);
    expect(starts.every((a) => Number.isInteger(a) && a >= 16 && a <= 32)).toBe(true);
    expect(widths.every((w) => Number.isInteger(w) && w >= 32 && w <= 96)).toBe(true);
    expect([Math.min(...starts), Math.max(...starts)]).toEqual([16, 32]);
    expect([Math.min(...widths), Math.max(...widths)]).toEqual([32, 96]);
    expect(data.events.every((e) => e.b <= 128)).toBe(true);
  });

  it('fits the model (6 + η)·shape + ε: amplitude ≈ N(6, 1), residual ≈ N(0, 1), per class', () => {
    for (const shape of CBF_CLASSES) {
      const amplitudes: number[] = [];
      const residuals: number[] = [];
      data.series.forEach((series, k) => {
        if (data.labels[k] !== shape) return;
        const { a, b } = data.events[k]!;
        const basis = series.map((_, i) => unitShape(shape, i + 1, a, b));
        // Least squares for y = c · basis + noise: c = ⟨y, basis⟩ / ⟨basis, basis⟩.
        const c = series.reduce((s, y, i) => s + y * basis[i]!, 0) / basis.reduce((s, x) => s + x * x, 0);
        amplitudes.push(c);
        series.forEach((y, i) => residuals.push(y - c * basis[i]!));
      });
      expect(Math.abs(mean(amplitudes) - 6)).toBeLessThan(0.25); // se ≈ 1/√200 ≈ 0.07 (plus fit noise)
      expect(variance(amplitudes)).toBeGreaterThan(0.7); // η adds unit variance on top of the fit's own
      expect(variance(amplitudes)).toBeLessThan(1.5);
      expect(Math.abs(mean(residuals))).toBeLessThan(0.02);
      expect(Math.abs(variance(residuals) - 1)).toBeLessThan(0.03);
    }
  });

  it('has a cylinder plateau, a bell ramping up and a funnel ramping down inside [a, b]', () => {
    const thirds = (shape: CbfClass): [number, number, number] => {
      const parts: [number[], number[], number[]] = [[], [], []];
      data.series.forEach((series, k) => {
        if (data.labels[k] !== shape) return;
        const { a, b } = data.events[k]!;
        for (let t = a; t <= b; t++) parts[Math.min(2, Math.floor((3 * (t - a)) / (b - a + 1)))]!.push(series[t - 1]!);
      });
      return parts.map(mean) as [number, number, number];
    };
    const [c1, c2, c3] = thirds('cylinder');
    expect(Math.max(c1, c2, c3) - Math.min(c1, c2, c3)).toBeLessThan(0.3);
    expect(c2).toBeGreaterThan(5.5);
    const [b1, b2, b3] = thirds('bell');
    expect(b1).toBeLessThan(b2 - 1.5);
    expect(b2).toBeLessThan(b3 - 1.5);
    const [f1, f2, f3] = thirds('funnel');
    expect(f1).toBeGreaterThan(f2 + 1.5);
    expect(f2).toBeGreaterThan(f3 + 1.5);
  });

  it('orders the class means as expected: ~0 before t = 16 for all, cylinder > funnel > bell at t = 40', () => {
    const classMeanAt = (shape: CbfClass, t: number): number =>
      mean(data.series.filter((_, k) => data.labels[k] === shape).map((s) => s[t - 1]!));
    for (const shape of CBF_CLASSES) expect(Math.abs(classMeanAt(shape, 8))).toBeLessThan(0.3);
    // t = 40 lies inside every event (a ≤ 32, b ≥ a + 32 ≥ 48).
    expect(classMeanAt('cylinder', 40)).toBeGreaterThan(classMeanAt('funnel', 40) + 0.5);
    expect(classMeanAt('funnel', 40)).toBeGreaterThan(classMeanAt('bell', 40) + 2);
  });

  it('is reproducible with a seed, different across seeds, and default seed 0', () => {
    expect(cylinderBellFunnel({ perClass: 2, seed: 5 })).toEqual(cylinderBellFunnel({ perClass: 2, seed: 5 }));
    expect(cylinderBellFunnel({ perClass: 2, seed: 5 }).series).not.toEqual(cylinderBellFunnel({ perClass: 2, seed: 6 }).series);
    expect(cylinderBellFunnel({ perClass: 2 })).toEqual(cylinderBellFunnel({ perClass: 2, seed: 0 }));
  });

  it('scales the event ranges with the length and keeps b ≤ L', () => {
    for (const length of [8, 9, 10, 64, 300]) {
      const short = cylinderBellFunnel({ perClass: 30, length, seed: 3 });
      expect(short.series.every((s) => s.length === length)).toBe(true);
      for (const { a, b } of short.events) {
        expect(a).toBeGreaterThanOrEqual(Math.max(1, Math.round((16 * length) / 128)));
        expect(b - a).toBeGreaterThanOrEqual(2);
        expect(b).toBeLessThanOrEqual(length);
      }
    }
    const long = cylinderBellFunnel({ perClass: 50, length: 256, seed: 3 });
    expect(Math.max(...long.events.map((e) => e.a))).toBeLessThanOrEqual(64);
    expect(Math.max(...long.events.map((e) => e.b - e.a))).toBeGreaterThan(150);
  });

  it('rejects invalid options', () => {
    expect(() => cylinderBellFunnel({ perClass: 0 })).toThrow(InvalidArgumentError);
    expect(() => cylinderBellFunnel({ perClass: 1.5 })).toThrow(/positive integer, got 1.5/);
    expect(() => cylinderBellFunnel({ perClass: 1, length: 7 })).toThrow(/integer ≥ 8, got 7/);
    expect(() => cylinderBellFunnel({ perClass: 1, seed: 0.1 })).toThrow(/integer seed/);
  });
});
