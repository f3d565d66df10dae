import { describe, expect, it } from 'vitest';
import { seededRandom } from './__fixtures__/testFunctions.js';
import { LbfgsMemory } from './LbfgsMemory.js';

const randomVector = (n: number, random: () => number): Float64Array => Float64Array.from({ length: n }, () => 2 * random() - 1);

/** Dense BFGS inverse update: H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, H_0 = γ I. The oracle for the two-loop recursion. */
function denseInverseHessian(pairs: Array<[Float64Array, Float64Array]>, n: number): Float64Array {
  const [sLast, yLast] = pairs[pairs.length - 1];
  let sy = 0;
  let yy = 0;
  for (let i = 0; i < n; i++) {
    sy += sLast[i] * yLast[i];
    yy += yLast[i] * yLast[i];
  }
  let H = new Float64Array(n * n);
  for (let i = 0; i < n; i++) H[i * n + i] = sy / yy;
  for (const [s, y] of pairs) {
    let rhoInv = 0;
    for (let i = 0; i < n; i++) rhoInv += s[i] * y[i];
    const rho = 1 / rhoInv;
    // V = I − ρ y sᵀ; H' = Vᵀ H V + ρ s sᵀ
    const V = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) V[i * n + j] = (i === j ? 1 : 0) - rho * y[i] * s[j];
    const HV = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        let acc = 0;
        for (let k = 0; k < n; k++) acc += H[i * n + k] * V[k * n + j];
        HV[i * n + j] = acc;
      }
    const next = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        let acc = 0;
        for (let k = 0; k < n; k++) acc += V[k * n + i] * HV[k * n + j];
        next[i * n + j] = acc + rho * s[i] * s[j];
      }
    H = next;
  }
  return H;
}

/** A curvature pair from a random SPD matrix, so s·y > 0. */
function randomPairs(count: number, n: number, seed: number): Array<[Float64Array, Float64Array]> {
  const random = seededRandom(seed);
  const B = Float64Array.from({ length: n * n }, () => random() - 0.5);
  const pairs: Array<[Float64Array, Float64Array]> = [];
  for (let p = 0; p < count; p++) {
    const s = randomVector(n, random);
    // y = (BᵀB + I) s
    const Bs = new Float64Array(n);
    for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) Bs[i] += B[i * n + k] * s[k];
    const y = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      y[j] = s[j];
      for (let i = 0; i < n; i++) y[j] += B[i * n + j] * Bs[i];
    }
    pairs.push([s, y]);
  }
  return pairs;
}

describe('LbfgsMemory', () => {
  it('the two-loop recursion equals the dense BFGS inverse-Hessian product', () => {
    const n = 6;
    const pairs = randomPairs(4, n, 11);
    const memory = new LbfgsMemory(n, 10);
    for (const [s, y] of pairs) expect(memory.push(s, y)).toBe(true);
    const grad = randomVector(n, seededRandom(12));
    const H = denseInverseHessian(pairs, n);
    const expected = Array.from({ length: n }, (_, i) => {
      let acc = 0;
      for (let j = 0; j < n; j++) acc -= H[i * n + j] * grad[j];
      return acc;
    });
    const direction = memory.direction(grad);
    expected.forEach((value, i) => expect(direction[i]).toBeCloseTo(value, 12));
  });

  it('keeps at most `capacity` pairs, evicting the oldest (ring buffer)', () => {
    const n = 5;
    const capacity = 3;
    const pairs = randomPairs(8, n, 21);
    const memory = new LbfgsMemory(n, capacity);
    for (const [s, y] of pairs) {
      memory.push(s, y);
      expect(memory.size).toBeLessThanOrEqual(capacity);
    }
    expect(memory.size).toBe(capacity);
    const fresh = new LbfgsMemory(n, capacity);
    for (const [s, y] of pairs.slice(-capacity)) fresh.push(s, y);
    const grad = randomVector(n, seededRandom(22));
    expect(Array.from(memory.direction(grad))).toEqual(Array.from(fresh.direction(grad)));
  });

  it('skips pairs with s·y ≤ ε·y·y or non-finite entries', () => {
    const memory = new LbfgsMemory(2, 4);
    expect(memory.push(Float64Array.of(1, 0), Float64Array.of(-1, 0))).toBe(false); // negative curvature
    expect(memory.push(Float64Array.of(1, 0), Float64Array.of(0, 1))).toBe(false); // s·y = 0
    expect(memory.push(Float64Array.of(1, 0), Float64Array.of(NaN, 0))).toBe(false);
    expect(memory.size).toBe(0);
    expect(memory.push(Float64Array.of(1, 0), Float64Array.of(2, 0))).toBe(true);
    expect(memory.size).toBe(1);
  });

  it('returns −grad when empty, uses γ = s·y / y·y scaling, and forgets on clear()', () => {
    const memory = new LbfgsMemory(2, 4);
    expect(Array.from(memory.direction(Float64Array.of(3, -4)))).toEqual([-3, 4]);
    memory.push(Float64Array.of(1, 1), Float64Array.of(4, 4));
    expect(memory.initialScaling()).toBe(0.25);
    // H maps y to s exactly (secant equation): d(y) = −s
    expect(Array.from(memory.direction(Float64Array.of(4, 4)))).toEqual([-1, -1]);
    memory.clear();
    expect(memory.size).toBe(0);
    expect(memory.initialScaling()).toBe(1);
  });

  it('copies the pairs it stores and does not modify the gradient', () => {
    const memory = new LbfgsMemory(2, 2);
    const s = Float64Array.of(1, 0);
    const y = Float64Array.of(2, 0);
    memory.push(s, y);
    s[0] = 100;
    y[0] = -5;
    const grad = Float64Array.of(4, 0);
    expect(Array.from(memory.direction(grad))).toEqual([-2, -0]);
    expect(Array.from(grad)).toEqual([4, 0]);
  });
});
