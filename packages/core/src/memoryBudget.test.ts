import { afterEach, describe, expect, it } from 'vitest';
import { InvalidArgumentError, MemoryBudgetError } from './errors.js';
import { checkMemoryBudget, DEFAULT_MEMORY_BUDGET, getMemoryBudget, setMemoryBudget } from './memoryBudget.js';
import { softDtwAlignment } from './softDtwAlignment.js';
import { softDtwValueAndGrad } from './softDtwValueAndGrad.js';

describe('memory budget', () => {
  afterEach(() => setMemoryBudget(DEFAULT_MEMORY_BUDGET));

  it('defaults to 2 GiB and can be changed', () => {
    expect(getMemoryBudget()).toBe(2 * 1024 ** 3);
    setMemoryBudget(1234);
    expect(getMemoryBudget()).toBe(1234);
    setMemoryBudget(Infinity);
    expect(getMemoryBudget()).toBe(Infinity);
  });

  it('rejects budgets that are not positive numbers', () => {
    for (const bad of [0, -1, NaN, '1' as unknown as number]) expect(() => setMemoryBudget(bad)).toThrow(InvalidArgumentError);
    expect(() => softDtwValueAndGrad([1], [1], { memoryBudget: -5 })).toThrow(InvalidArgumentError);
  });

  it('the per-call option overrides the process-wide budget in both directions', () => {
    const x = new Float64Array(300);
    setMemoryBudget(1000);
    expect(() => softDtwValueAndGrad(x, x)).toThrow(MemoryBudgetError);
    expect(softDtwValueAndGrad(x, x, { memoryBudget: 1e8 }).value).toBeLessThan(0);
    setMemoryBudget(DEFAULT_MEMORY_BUDGET);
    expect(() => softDtwAlignment(x, x, { memoryBudget: 1e5 })).toThrow(MemoryBudgetError);
  });

  it('counts 24 B per band cell for gradients and 1 B per cell at γ = 0', () => {
    const x = new Float64Array(1000);
    // 1e6 cells: ~24 MB of weights, ~1 MB of directions
    expect(() => softDtwValueAndGrad(x, x, { gamma: 1, memoryBudget: 20e6 })).toThrow(MemoryBudgetError);
    expect(softDtwValueAndGrad(x, x, { gamma: 0, memoryBudget: 2e6 }).value).toBe(0);
    // a band of 10 stores ~21 cells per row
    expect(softDtwValueAndGrad(x, x, { gamma: 1, band: 10, memoryBudget: 1e6 }).value).toBeLessThan(0);
  });

  it('checkMemoryBudget passes at the limit and fails one byte above it', () => {
    expect(() => checkMemoryBudget('op', 100, 100, 'things')).not.toThrow();
    expect(() => checkMemoryBudget('op', 101, 100, 'things')).toThrow(/op: expected at most 100 B \(100 bytes\).*needs 101 B \(101 bytes\) for things/);
  });
});
