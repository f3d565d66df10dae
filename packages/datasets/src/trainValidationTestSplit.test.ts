import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { trainValidationTestSplit } from './trainValidationTestSplit.js';
import { InvalidArgumentError } from './errors.js';

const countBy = (labels: readonly string[]): Record<string, number> =>
  labels.reduce<Record<string, number>>((counts, label) => ({ ...counts, [label]: (counts[label] ?? 0) + 1 }), {});

describe('trainValidationTestSplit (indices)', () => {
  it('is reproducible with a seed and changes with the seed', () => {
    const a = trainValidationTestSplit(40, { seed: 3 });
    expect(trainValidationTestSplit(40, { seed: 3 })).toEqual(a);
    expect(trainValidationTestSplit(40, { seed: 4 })).not.toEqual(a);
    expect(trainValidationTestSplit(40)).toEqual(trainValidationTestSplit(40, { seed: 0 }));
  });

  it('returns disjoint, ascending parts that cover 0..n−1, sized by largest remainders', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (n, seed, p, q) => {
          const [low, high] = p <= q ? [p, q] : [q, p];
          const fractions: [number, number, number] = [low / 100, (high - low) / 100, 1 - high / 100];
          const { train, validation, test } = trainValidationTestSplit(n, { fractions, seed });
          const all = [...train, ...validation, ...test].sort((x, y) => x - y);
          expect(all).toEqual(Array.from({ length: n }, (_, i) => i));
          for (const [part, fraction] of [[train, fractions[0]], [validation, fractions[1]], [test, fractions[2]]] as const) {
            expect(part).toEqual([...part].sort((x, y) => x - y));
            expect(Math.abs(part.length - n * fraction)).toBeLessThan(1);
            if (fraction === 0) expect(part).toEqual([]);
          }
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it('uses 50 / 25 / 25 by default', () => {
    const { train, validation, test } = trainValidationTestSplit(100, { seed: 1 });
    expect([train.length, validation.length, test.length]).toEqual([50, 25, 25]);
  });

  it('gives leftover items to the largest remainders, ties to train first', () => {
    const sizes = (n: number, fractions: [number, number, number]): number[] =>
      Object.values(trainValidationTestSplit(n, { fractions, seed: 0 })).map((part) => part.length);
    expect(sizes(10, [0.5, 0.25, 0.25])).toEqual([5, 3, 2]); // 5, 2.5, 2.5 → tie goes to validation
    expect(sizes(7, [0.6, 0.2, 0.2])).toEqual([4, 2, 1]); // 4.2, 1.4, 1.4
    expect(sizes(1, [0.5, 0.25, 0.25])).toEqual([1, 0, 0]);
    expect(sizes(3, [1, 0, 0])).toEqual([3, 0, 0]);
  });

  it('stratifies by a label array: each class split in proportion', () => {
    const labels = [...Array<string>(40).fill('a'), ...Array<string>(20).fill('b'), ...Array<string>(8).fill('c')];
    const { train, validation, test } = trainValidationTestSplit(labels.length, { seed: 9, stratify: labels });
    const classCounts = (part: number[]): Record<string, number> => countBy(part.map((i) => labels[i] as string));
    expect(classCounts(train)).toEqual({ a: 20, b: 10, c: 4 });
    expect(classCounts(validation)).toEqual({ a: 10, b: 5, c: 2 });
    expect(classCounts(test)).toEqual({ a: 10, b: 5, c: 2 });
  });

  it('shuffles: over many seeds a plain split of sorted labels varies, a stratified one does not', () => {
    const labels = [...Array<string>(50).fill('a'), ...Array<string>(50).fill('b')];
    const plainCounts = new Set<number>();
    let balanced = 0;
    for (let seed = 0; seed < 200; seed++) {
      const plain = countBy(trainValidationTestSplit(100, { seed }).train.map((i) => labels[i] as string))['a'] ?? 0;
      plainCounts.add(plain);
      if (plain === 25) balanced++;
      const stratified = trainValidationTestSplit(100, { seed, stratify: labels }).train;
      expect(countBy(stratified.map((i) => labels[i] as string))).toEqual({ a: 25, b: 25 });
    }
    // Hypergeometric(100, 50, 50): P(25 a's) ≈ 0.16 and the count spreads over ±7 or so.
    expect(balanced / 200).toBeLessThan(0.3);
    expect(plainCounts.size).toBeGreaterThanOrEqual(8);
  });

  it('rejects bad inputs with messages that say how to fix them', () => {
    expect(() => trainValidationTestSplit(-1)).toThrow(InvalidArgumentError);
    expect(() => trainValidationTestSplit(2.5)).toThrow(/non-negative integer/);
    expect(() => trainValidationTestSplit(10, { fractions: [0.5, 0.5, 0.5] })).toThrow(/summing to 1, got \[0.5, 0.5, 0.5\]/);
    expect(() => trainValidationTestSplit(10, { fractions: [1.2, -0.1, -0.1] })).toThrow(/each ≥ 0/);
    expect(() => trainValidationTestSplit(10, { seed: 0.5 })).toThrow(/integer seed/);
    expect(() => trainValidationTestSplit(3, { stratify: ['a', 'b'] })).toThrow(/expected 3 labels in stratify/);
    // @ts-expect-error stratify: true needs the dataset form
    expect(() => trainValidationTestSplit(3, { stratify: true })).toThrow(/got a boolean/);
  });
});

describe('trainValidationTestSplit (dataset)', () => {
  const data = {
    series: Array.from({ length: 12 }, (_, i) => [i, i + 0.5]),
    labels: Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? 'x' : 'y')),
  };

  it('returns the subsets at the returned indices, sharing the series arrays', () => {
    const split = trainValidationTestSplit(data, { seed: 2 });
    for (const part of ['train', 'validation', 'test'] as const) {
      expect(split[part].series).toEqual(split.indices[part].map((i) => data.series[i]));
      expect(split[part].labels).toEqual(split.indices[part].map((i) => data.labels[i]));
      split.indices[part].forEach((i, k) => expect(split[part].series[k]).toBe(data.series[i]));
    }
    expect(split.indices).toEqual(trainValidationTestSplit(12, { seed: 2 }));
  });

  it('stratifies by the dataset labels with stratify: true', () => {
    const split = trainValidationTestSplit(data, { seed: 2, stratify: true, fractions: [0.5, 0.25, 0.25] });
    expect(countBy(split.train.labels)).toEqual({ x: 2, y: 4 });
    expect(countBy(split.validation.labels)).toEqual({ x: 1, y: 2 });
    expect(countBy(split.test.labels)).toEqual({ x: 1, y: 2 });
  });

  it('rejects mismatched series and labels', () => {
    expect(() => trainValidationTestSplit({ series: [[1]], labels: ['a', 'b'] })).toThrow(/got 1 series and 2 labels/);
  });
});
