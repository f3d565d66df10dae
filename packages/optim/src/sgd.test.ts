import { describe, expect, it } from 'vitest';
import { InvalidOptionError, InvalidStateError } from './errors.js';
import { sgd } from './sgd.js';

describe('sgd', () => {
  it('plain SGD: θ ← θ − lr·g', () => {
    const opt = sgd({ learningRate: 0.1 });
    const p1 = opt.update(Float64Array.of(1, -1), Float64Array.of(2, 4));
    expect(Array.from(p1)).toEqual([1 - 0.1 * 2, -1 - 0.1 * 4]);
    expect(opt.state().slots).toEqual([{ path: 'params', buffers: {} }]);
  });

  it('heavy-ball momentum matches hand-computed steps', () => {
    // b1 = 2 → θ = 1 − 0.2 = 0.8;  b2 = 0.9·2 + 2 = 3.8 → θ = 0.8 − 0.38 = 0.42;  b3 = 0.9·3.8 − 1 = 2.42 → θ = 0.178
    const opt = sgd({ learningRate: 0.1, momentum: 0.9 });
    let p = Float64Array.of(1);
    const seen: number[] = [];
    for (const g of [2, 2, -1]) {
      p = opt.update(p, Float64Array.of(g));
      seen.push(p[0]!);
    }
    expect(seen[0]).toBeCloseTo(0.8, 15);
    expect(seen[1]).toBeCloseTo(0.42, 15);
    expect(seen[2]).toBeCloseTo(0.178, 15);
  });

  it('Nesterov momentum matches hand-computed steps', () => {
    // b1 = 2, d = 2 + 0.9·2 = 3.8 → θ = 0.62;  b2 = 3.8, d = 2 + 3.42 = 5.42 → θ = 0.078
    const opt = sgd({ learningRate: 0.1, momentum: 0.9, nesterov: true });
    const p1 = opt.update(Float64Array.of(1), Float64Array.of(2));
    expect(p1[0]).toBeCloseTo(0.62, 15);
    const p2 = opt.update(p1, Float64Array.of(2));
    expect(p2[0]).toBeCloseTo(0.078, 15);
  });

  it('reduces a quadratic, and momentum gets there in fewer steps on an ill-conditioned one', () => {
    const c = [1, 50];
    const f = (x: Float64Array): number => c[0]! * x[0]! ** 2 + c[1]! * x[1]! ** 2;
    const stepsTo = (momentum: number): number => {
      const opt = sgd({ learningRate: 0.009, momentum });
      let x = Float64Array.of(1, 1);
      for (let k = 1; k <= 10_000; k++) {
        x = opt.update(x, x.map((v, i) => 2 * c[i]! * v));
        if (f(x) < 1e-10) return k;
      }
      return Infinity;
    };
    const plain = stepsTo(0);
    const heavy = stepsTo(0.9);
    expect(plain).toBeLessThan(10_000);
    expect(heavy).toBeLessThan(plain);
  });

  it('state round-trips through JSON with bit-identical continuation', () => {
    const grads = [0.3, -0.7, 1.1, 0.05, -0.2, 0.9].map((g) => ({ a: Float64Array.of(g, -g) }));
    const straight = sgd({ learningRate: 0.05, momentum: 0.8, nesterov: true });
    let p1 = { a: Float64Array.of(1, 2) };
    for (const g of grads) p1 = straight.update(p1, g);
    const first = sgd({ learningRate: 0.05, momentum: 0.8, nesterov: true });
    let p2 = { a: Float64Array.of(1, 2) };
    for (const g of grads.slice(0, 3)) p2 = first.update(p2, g);
    const resumed = sgd({ learningRate: 1 });
    resumed.loadState(JSON.parse(JSON.stringify(first.state())));
    for (const g of grads.slice(3)) p2 = resumed.update(p2, g);
    expect(Array.from(p2.a)).toEqual(Array.from(p1.a));
  });

  it('validates options', () => {
    expect(() => sgd({} as { learningRate: number })).toThrow(/sgd: expected options\.learningRate to be a number > 0, got undefined/);
    expect(() => sgd({ learningRate: 0 })).toThrow(InvalidOptionError);
    expect(() => sgd({ learningRate: 0.1, momentum: 1 })).toThrow(/options\.momentum to be a number in \[0, 1\), got 1/);
    expect(() => sgd({ learningRate: 0.1, nesterov: true })).toThrow(/expected options\.momentum > 0 with nesterov: true/);
    expect(() => sgd({ learningRate: 0.1, nesterov: 'yes' as unknown as boolean })).toThrow(/options\.nesterov to be a boolean/);
  });

  it('refuses an Adam state', () => {
    const opt = sgd({ learningRate: 0.1 });
    const adamLike = { kind: 'adam', version: 1, step: 0, options: {}, slots: [] };
    expect(() => opt.loadState(adamLike as unknown as ReturnType<typeof opt.state>)).toThrow(InvalidStateError);
  });
});
