/**
 * Test support: compare a tensor with nested arrays, within a tolerance (exact by default).
 */
import { expect } from 'vitest';
import type { NestedArray, Tensor } from '../src/index.js';

/** Asserts that `actual` has the shape and values of `expected`, each within `tolerance`. */
export function expectTensor(actual: Tensor, expected: number | NestedArray, tolerance = 0): void {
  const values = actual.toArray();
  expect(shapeOf(values)).toEqual(shapeOf(expected));
  const actualFlat = flatten(values);
  const expectedFlat = flatten(expected);
  actualFlat.forEach((value, i) => {
    const target = expectedFlat[i] as number;
    if (Number.isNaN(target)) expect(value).toBeNaN();
    else if (tolerance === 0 || !Number.isFinite(target)) expect(value).toBe(target);
    else expect(Math.abs(value - target), `element ${i}: ${value} vs ${target}`).toBeLessThanOrEqual(tolerance);
  });
}

function shapeOf(value: number | NestedArray): number[] {
  const shape: number[] = [];
  let level: number | NestedArray = value;
  while (Array.isArray(level)) {
    shape.push(level.length);
    level = level[0] as number | NestedArray;
  }
  return shape;
}

function flatten(value: number | NestedArray): number[] {
  return typeof value === 'number' ? [value] : value.flatMap(flatten);
}
