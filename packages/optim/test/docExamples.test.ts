/**
 * The `@example` blocks of the public TSDoc, run as written, with the results their comments claim.
 */
import { mul, square, sub, sum, tensor } from '@softdtw/autodiff';
import { describe, expect, it } from 'vitest';
import {
  adam,
  containsTensor,
  cubicMinimizer,
  flattenTree,
  isParameterLeaf,
  leafValues,
  minimizeLbfgs,
  sgd,
  strongWolfeLineSearch,
  tensorObjective,
} from '../src/index.js';

describe('TSDoc examples', () => {
  it('minimizeLbfgs', () => {
    const r = minimizeLbfgs(
      (x) => ({ value: (x[0]! - 3) ** 2 + 10 * (x[1]! + 1) ** 2, grad: [2 * (x[0]! - 3), 20 * (x[1]! + 1)] }),
      [0, 0],
    );
    expect(r.reason).toBe('gradient-tolerance');
    expect(Array.from(r.x, (v) => v.toFixed(6))).toEqual(['3.000000', '-1.000000']);
    const t = minimizeLbfgs((p) => sum(mul(tensor([1, 10]), square(sub(p.w, tensor([3, -1]))))), { w: tensor([0, 0]) });
    const [a, b] = t.params.w.toArray() as number[];
    expect(a).toBeCloseTo(3, 5);
    expect(b).toBeCloseTo(-1, 5);
  });

  it('tensorObjective, containsTensor, isParameterLeaf, leafValues', () => {
    const { objective, flat } = tensorObjective((p) => sum(square(p.w)), { w: tensor([3, 4]) }, 'demo');
    const out = objective(flat.vector);
    expect(out.value).toBe(25);
    expect(Array.from(out.grad)).toEqual([6, 8]);
    expect(containsTensor({ w: tensor([1]) })).toBe(true);
    expect(containsTensor([1, 2])).toBe(false);
    expect(isParameterLeaf(new Float64Array(3))).toBe(true);
    expect(isParameterLeaf(tensor([[1, 2]]))).toBe(true);
    expect(Array.from(leafValues(tensor([[1, 2], [3, 4]])))).toEqual([1, 2, 3, 4]);
  });

  it('adam', () => {
    const opt = adam({ learningRate: 0.1 });
    let params = { w: Float64Array.of(1) };
    for (let i = 0; i < 3; i++) params = opt.update(params, { w: Float64Array.of(2 * params.w[0]!) });
    expect(params.w[0]).toBeCloseTo(0.7, 2);
  });

  it('sgd', () => {
    const opt = sgd({ learningRate: 0.1, momentum: 0.9 });
    const p1 = opt.update([Float64Array.of(1)], [Float64Array.of(2)]);
    expect(p1[0]![0]).toBeCloseTo(0.8, 15);
    const p2 = opt.update(p1, [Float64Array.of(2)]);
    expect(p2[0]![0]).toBeCloseTo(0.42, 15);
  });

  it('strongWolfeLineSearch and cubicMinimizer', () => {
    const r = strongWolfeLineSearch((a) => ({ alpha: a, value: (a - 2) ** 2, slope: 2 * (a - 2) }), { value: 4, slope: -4 }, 5);
    expect(r.status).toBe('wolfe');
    expect(r.point?.alpha).toBeCloseTo(2, 12);
    expect(cubicMinimizer({ alpha: 0, value: 1, slope: -2 }, { alpha: 3, value: 4, slope: 4 })).toBeCloseTo(1, 14);
  });

  it('flattenTree', () => {
    const flat = flattenTree({ w: Float64Array.of(1, 2), b: Float64Array.of(3) });
    expect(Array.from(flat.vector)).toEqual([1, 2, 3]);
    const back = flat.unflatten([4, 5, 6]);
    expect(Array.from(back.w)).toEqual([4, 5]);
    expect(Array.from(back.b)).toEqual([6]);
  });
});
