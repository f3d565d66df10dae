/**
 * Memory and scale: the value-only path allocates O(min(n, m)) (checked through the memory
 * budget: a 10 MB budget lets n = m = 20 000 run value-only while value+gradient is refused
 * before allocating), and a band of radius 50 makes n = m = 1 000 000 a matter of seconds.
 * Full unbanded 20 000 × 20 000 (4e8 cells, ~15 s here) is opt-in: SOFTDTW_SLOW_TESTS=1.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MEMORY_BUDGET, dtw, getMemoryBudget, MemoryBudgetError, setMemoryBudget, softDtw, softDtwValueAndGrad } from '../src/index.js';

function sine(n: number, frequency: number, phase: number): Float64Array {
  return Float64Array.from({ length: n }, (_, t) => Math.sin(frequency * t + phase));
}

describe('memory and scale', () => {
  afterEach(() => setMemoryBudget(DEFAULT_MEMORY_BUDGET));

  it('n = m = 20 000 value-only fits a 10 MB budget (band 100); value+gradient is refused before allocating', () => {
    setMemoryBudget(10e6);
    expect(getMemoryBudget()).toBe(10e6);
    const x = sine(20_000, 0.01, 0);
    const y = sine(20_000, 0.0101, 0.3);
    const value = softDtw(x, y, { gamma: 1, band: 100 });
    expect(Number.isFinite(value)).toBe(true);
    expect(() => softDtwValueAndGrad(x, y, { gamma: 1 })).toThrow(MemoryBudgetError);
    expect(() => dtw(x, y)).toThrow(MemoryBudgetError); // 1 B/cell = 400 MB of directions
  });

  it.runIf(process.env['SOFTDTW_SLOW_TESTS'] === '1')('n = m = 20 000 unbanded value-only under a 10 MB budget', () => {
    setMemoryBudget(10e6);
    const start = performance.now();
    const value = softDtw(sine(20_000, 0.01, 0), sine(20_000, 0.0101, 0.3), { gamma: 1 });
    console.log(`[scale] 20 000 × 20 000 value-only: ${((performance.now() - start) / 1000).toFixed(1)} s, value ${value}`);
    expect(Number.isFinite(value)).toBe(true);
  });

  it('band r = 50 at n = m = 1 000 000 runs in seconds (value only)', () => {
    const n = 1_000_000;
    const x = sine(n, 0.001, 0);
    const y = sine(n, 0.001, 0.02);
    const start = performance.now();
    const value = softDtw(x, y, { gamma: 0.1, band: 50 });
    const seconds = (performance.now() - start) / 1000;
    console.log(`[scale] n = m = 1e6, band 50 (1.0e8 cells), value-only: ${seconds.toFixed(2)} s, value ${value.toFixed(6)}`);
    expect(Number.isFinite(value)).toBe(true);
    expect(seconds).toBeLessThan(30);
  });

  it('band r = 50 at n = m = 100 000 with gradient: 24 B per band cell', () => {
    const n = 100_000;
    const x = sine(n, 0.002, 0);
    const y = sine(n, 0.002, 0.05);
    const start = performance.now();
    const { value, gradX } = softDtwValueAndGrad(x, y, { gamma: 0.1, band: 50 });
    console.log(`[scale] n = m = 1e5, band 50, value+gradient: ${((performance.now() - start) / 1000).toFixed(2)} s`);
    expect(Number.isFinite(value)).toBe(true);
    expect(gradX.length).toBe(n);
  });
});
