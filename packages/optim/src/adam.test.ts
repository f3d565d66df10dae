import { describe, expect, it } from 'vitest';
import { seededRandom } from './__fixtures__/testFunctions.js';
import { adam } from './adam.js';
import { InvalidArgumentError, InvalidOptionError, InvalidStateError, NonFiniteGradientError, StructureMismatchError } from './errors.js';
import type { ParameterTree } from './ParameterTree.js';

describe('adam', () => {
  // Expected values computed by hand with 40-digit decimal arithmetic, independently of this code:
  // p0 = (1, −2), gradients (2, 0.5), (−1, 0.5), (0.25, −3); lr 0.1, β = (0.9, 0.999), ε = 1e-8.
  const gradients = [
    [2, 0.5],
    [-1, 0.5],
    [0.25, -3],
  ];

  it('matches hand-computed first steps', () => {
    const expected = [
      ['0.9000000004999999975', '-2.09999999800000004'],
      ['0.8733662967024313578', '-2.19999999600000008'],
      ['0.8458018311043601099', '-2.155541293630436868'],
    ];
    const opt = adam({ learningRate: 0.1 });
    let params = Float64Array.of(1, -2);
    gradients.forEach((g, k) => {
      params = opt.update(params, Float64Array.from(g));
      // 14 decimals: a few ulps of values near 2 (the decimal reference is exact; float64 rounds each operation)
      expect(params[0]).toBeCloseTo(Number(expected[k]![0]), 14);
      expect(params[1]).toBeCloseTo(Number(expected[k]![1]), 14);
    });
    expect(opt.step).toBe(3);
  });

  it('matches hand-computed first steps with decoupled weight decay (AdamW)', () => {
    const expected = [
      ['0.8990000004999999975', '-2.09799999800000004'],
      ['0.8714672967019313578', '-2.19590199600200008'],
      ['0.8430313638071581785', '-2.149247391636434868'],
    ];
    const opt = adam({ learningRate: 0.1, weightDecay: 0.01 });
    let params = Float64Array.of(1, -2);
    gradients.forEach((g, k) => {
      params = opt.update(params, Float64Array.from(g));
      // 14 decimals: a few ulps of values near 2 (the decimal reference is exact; float64 rounds each operation)
      expect(params[0]).toBeCloseTo(Number(expected[k]![0]), 14);
      expect(params[1]).toBeCloseTo(Number(expected[k]![1]), 14);
    });
  });

  it('minimizes a badly scaled quadratic', () => {
    // f = Σ c_i (x_i − t_i)² with scales c spanning 1e-2 .. 1e2: Adam's per-coordinate scaling copes.
    const c = [1e-2, 1, 1e2];
    const target = [3, -1, 0.5];
    const f = (x: Float64Array): number => x.reduce((s, v, i) => s + c[i]! * (v - target[i]!) ** 2, 0);
    const opt = adam({ learningRate: 0.05 });
    let x = new Float64Array(3);
    const start = f(x);
    for (let k = 0; k < 3000; k++) x = opt.update(x, x.map((v, i) => 2 * c[i]! * (v - target[i]!)));
    expect(f(x)).toBeLessThan(1e-6 * start);
  });

  it('never modifies params or grads, returns fresh arrays of the same types and structure', () => {
    const params = { W: Float64Array.of(1, 2, 3), b: Float32Array.of(0.5), layers: [Float64Array.of(-1)] };
    const grads = { W: Float64Array.of(0.1, 0.2, 0.3), b: Float32Array.of(1), layers: [Float64Array.of(2)] };
    const snapshot = JSON.stringify([params, grads], (_, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v));
    const next = adam().update(params, grads);
    expect(JSON.stringify([params, grads], (_, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v))).toBe(snapshot);
    expect(next.W).toBeInstanceOf(Float64Array);
    expect(next.b).toBeInstanceOf(Float32Array);
    expect(next.layers[0]).toBeInstanceOf(Float64Array);
    expect(next.W).not.toBe(params.W);
    expect(next.W[0]).toBeCloseTo(1 - (1e-3 * 0.1) / (0.1 + 1e-8), 15); // first step: lr·g/(|g| + ε)
  });

  it('state() survives JSON and resuming gives bit-identical parameters', () => {
    const random = seededRandom(5);
    const grads = Array.from({ length: 10 }, () => ({
      W: Float64Array.from({ length: 6 }, () => random() - 0.5),
      b: Float32Array.from({ length: 2 }, () => random() - 0.5),
    }));
    const init = { W: Float64Array.from({ length: 6 }, (_, i) => i / 6), b: Float32Array.of(0.1, -0.1) };

    const straight = adam({ learningRate: 0.01, weightDecay: 1e-3 });
    let p1 = init;
    for (const g of grads) p1 = straight.update(p1, g);

    const first = adam({ learningRate: 0.01, weightDecay: 1e-3 });
    let p2 = init;
    for (const g of grads.slice(0, 5)) p2 = first.update(p2, g);
    const saved = JSON.stringify(first.state());
    const resumed = adam(); // other hyperparameters: loadState restores the saved ones
    resumed.loadState(JSON.parse(saved));
    expect(resumed.options).toEqual(first.options);
    expect(resumed.step).toBe(5);
    for (const g of grads.slice(5)) p2 = resumed.update(p2, g);

    expect(Array.from(p2.W)).toEqual(Array.from(p1.W));
    expect(Array.from(p2.b)).toEqual(Array.from(p1.b));
    expect(resumed.state()).toEqual(straight.state());
  });

  it('state() describes every leaf by path with its moments', () => {
    const opt = adam({ learningRate: 0.1 });
    expect(opt.state()).toEqual({
      kind: 'adam',
      version: 1,
      step: 0,
      options: { learningRate: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: 0 },
      slots: [],
    });
    opt.update({ w: Float64Array.of(1) }, { w: Float64Array.of(2) });
    const state = opt.state();
    expect(state.slots.map((slot) => slot.path)).toEqual(['params.w']);
    expect(Object.keys(state.slots[0]!.buffers)).toEqual(['firstMoment', 'secondMoment']);
    expect(state.slots[0]!.buffers['firstMoment']![0]).toBeCloseTo(0.2, 15); // (1 − β1)·g
    expect(state.slots[0]!.buffers['secondMoment']![0]).toBeCloseTo(0.004, 15); // (1 − β2)·g²
    // a copy: mutating it does not touch the optimizer
    (state.slots[0]!.buffers['firstMoment'] as number[])[0] = 99;
    expect(opt.state().slots[0]!.buffers['firstMoment']![0]).toBeCloseTo(0.2, 15);
  });

  it('reset() forgets step and moments but keeps options', () => {
    const opt = adam({ learningRate: 0.1 });
    opt.update(Float64Array.of(1), Float64Array.of(2));
    opt.reset();
    expect(opt.step).toBe(0);
    expect(opt.state().slots).toEqual([]);
    expect(opt.options.learningRate).toBe(0.1);
    // after reset a different structure is accepted
    expect(() => opt.update([Float64Array.of(1, 2)], [Float64Array.of(1, 1)])).not.toThrow();
  });

  it('refuses a non-finite gradient without changing its state', () => {
    const opt = adam();
    const p = opt.update({ w: Float64Array.of(1, 2) }, { w: Float64Array.of(1, 1) });
    const before = JSON.stringify(opt.state());
    expect(() => opt.update(p, { w: Float64Array.of(1, NaN) })).toThrow(NonFiniteGradientError);
    expect(() => opt.update(p, { w: Float64Array.of(Infinity, 0) })).toThrow(/expected finite gradients, got grads\.w\[0\] = Infinity/);
    expect(JSON.stringify(opt.state())).toBe(before);
  });

  it('refuses parameters whose structure changed since the first update', () => {
    const opt = adam();
    opt.update({ w: Float64Array.of(1, 2) }, { w: Float64Array.of(1, 1) });
    expect(() => opt.update({ w: Float64Array.of(1, 2, 3) }, { w: Float64Array.of(1, 1, 1) })).toThrow(StructureMismatchError);
    expect(() => opt.update({ v: Float64Array.of(1, 2) }, { v: Float64Array.of(1, 1) })).toThrow(
      /expected params with the leaves this optimizer tracks \(params\.w\[2\]\), got params\.v\[2\]\. .*reset\(\)/,
    );
  });

  it('refuses gradients that do not match the parameters', () => {
    const opt = adam();
    const params = { W: Float64Array.of(1, 2), rest: [Float64Array.of(3)] };
    expect(() => opt.update(params, { W: Float64Array.of(1), rest: [Float64Array.of(3)] })).toThrow(
      /expected grads\.W to have 2 entries like params\.W, got a Float64Array of length 1/,
    );
    expect(() => opt.update(params, { W: Float64Array.of(1, 2) } as unknown as ParameterTree)).toThrow(
      /expected grads to be an object with keys \[W, rest\] like params, got keys \[W\]/,
    );
    expect(() => opt.update(params, { W: Float64Array.of(1, 2), rest: [] })).toThrow(
      /expected grads\.rest to be an array of length 1 like params\.rest, got an array of length 0/,
    );
    expect(() => opt.update(params, { W: [1, 2], rest: [Float64Array.of(3)] } as unknown as ParameterTree)).toThrow(StructureMismatchError);
    expect(() => opt.update({ W: [1, 2] } as unknown as ParameterTree, { W: [1, 2] } as unknown as ParameterTree)).toThrow(
      InvalidArgumentError,
    );
    expect(opt.step).toBe(0);
  });

  it('validates options', () => {
    expect(() => adam({ learningRate: 0 })).toThrow(InvalidOptionError);
    expect(() => adam({ learningRate: -1 })).toThrow(/adam: expected options\.learningRate to be a number in \(0, Infinity\], got -1/);
    expect(() => adam({ beta1: 1 })).toThrow(/options\.beta1 to be a number in \[0, 1\), got 1/);
    expect(() => adam({ beta2: -0.1 })).toThrow(/options\.beta2/);
    expect(() => adam({ epsilon: 0 })).toThrow(/options\.epsilon/);
    expect(() => adam({ weightDecay: -1 })).toThrow(/options\.weightDecay/);
  });

  it('loadState rejects states of another kind or malformed ones with InvalidStateError', () => {
    const opt = adam();
    opt.update(Float64Array.of(1), Float64Array.of(1));
    const good = opt.state();
    const bad: Array<[unknown, RegExp]> = [
      [null, /expected a state object, got null/],
      [{ ...good, kind: 'sgd' }, /expected a state with kind 'adam', got "sgd"/],
      [{ ...good, version: 2 }, /expected version 1, got 2/],
      [{ ...good, step: -1 }, /expected step to be an integer ≥ 0, got -1/],
      [{ ...good, options: { ...good.options, beta1: 2 } }, /options\.beta1 .* \(in the saved state's options\)/],
      [{ ...good, slots: 'x' }, /expected slots to be an array/],
      [{ ...good, slots: [{ path: 'params', buffers: { firstMoment: [0] } }] }, /buffers to have keys \[firstMoment, secondMoment\]/],
      [{ ...good, slots: [{ path: 'params', buffers: { firstMoment: [0], secondMoment: [null] } }] }, /hold finite numbers, got entry 0 = null/],
      [{ ...good, slots: [{ path: 'params', buffers: { firstMoment: [0], secondMoment: [0, 1] } }] }, /equal lengths, got 1 vs 2/],
    ];
    for (const [state, message] of bad) {
      expect(() => opt.loadState(state as typeof good)).toThrow(InvalidStateError);
      expect(() => opt.loadState(state as typeof good)).toThrow(message);
    }
    expect(opt.state()).toEqual(good); // failed loads change nothing
  });

  it('a loaded state must fit the parameters passed next', () => {
    const opt = adam();
    opt.update({ w: Float64Array.of(1, 2) }, { w: Float64Array.of(1, 1) });
    const other = adam();
    other.loadState(opt.state());
    expect(() => other.update({ w: Float64Array.of(1, 2, 3) }, { w: Float64Array.of(1, 1, 1) })).toThrow(StructureMismatchError);
  });
});
