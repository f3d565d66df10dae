/**
 * The optimizers over autodiff tensors, end to end: L-BFGS on tensor trees (exact least squares,
 * Rosenbrock), Adam/SGD training a small model with gradients from `grad`.
 */
import {
  add,
  createRng,
  grad,
  matmul,
  mean,
  mul,
  randomNormal,
  slice,
  square,
  sub,
  sum,
  tensor,
  type Tensor,
} from '@softdtw/autodiff';
import { describe, expect, it } from 'vitest';
import { adam, minimizeLbfgs, sgd } from '../src/index.js';

/** y = X W* + b* + noise-free, X: [32, 3]. */
function regressionProblem(): { X: Tensor; y: Tensor; trueW: number[]; trueB: number } {
  const X = randomNormal([32, 3], { seed: 17 });
  const trueW = [1.5, -2, 0.25];
  const trueB = 0.75;
  const y = add(matmul(X, tensor(trueW.map((w) => [w]))), trueB);
  return { X, y, trueW, trueB };
}

describe('minimizeLbfgs over tensor trees', () => {
  it('solves least squares exactly and returns the parameters as tensors of the original shapes', () => {
    const { X, y, trueW, trueB } = regressionProblem();
    const params0 = { W: tensor([[0], [0], [0]]), b: tensor(0) };
    const loss = (p: typeof params0): Tensor => mean(square(sub(add(matmul(X, p.W), p.b), y)));
    const r = minimizeLbfgs(loss, params0, { gradTol: 1e-10, valueTol: 0 });
    expect(r.reason).toBe('gradient-tolerance');
    expect(r.params.W.shape).toEqual([3, 1]);
    expect(r.params.b.shape).toEqual([]);
    (r.params.W.toArray() as number[][]).forEach(([w], i) => expect(w).toBeCloseTo(trueW[i]!, 8));
    expect(r.params.b.item()).toBeCloseTo(trueB, 8);
    expect(r.x.length).toBe(4);
    // params0 untouched
    expect(params0.W.toArray()).toEqual([[0], [0], [0]]);
  });

  it('matches the flat form step for step on Rosenbrock', () => {
    const rosenbrock = (p: { xy: Tensor }): Tensor => {
      const x = slice(p.xy, [0], [1]);
      const y = slice(p.xy, [1], [1]);
      return sum(add(square(sub(1, x)), mul(100, square(sub(y, square(x))))));
    };
    const viaTensors = minimizeLbfgs(rosenbrock, { xy: tensor([-1.2, 1]) });
    const flat = minimizeLbfgs(
      (v) => {
        const [x, y] = [v[0]!, v[1]!];
        return { value: (1 - x) ** 2 + 100 * (y - x * x) ** 2, grad: [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)] };
      },
      [-1.2, 1],
    );
    expect(viaTensors.iterations).toBe(flat.iterations);
    expect(viaTensors.reason).toBe(flat.reason);
    expect(viaTensors.params.xy.data[0]).toBeCloseTo(1, 5);
    expect(viaTensors.params.xy.data[1]).toBeCloseTo(1, 5);
  });

  it('keeps float32 parameters float32', () => {
    const r = minimizeLbfgs((p: Tensor) => sum(square(sub(p, 2))), tensor([0, 0], { dtype: 'float32' }), { gradTol: 1e-4 });
    expect(r.params.dtype).toBe('float32');
    expect(r.params.data).toBeInstanceOf(Float32Array);
    for (const v of r.params.data) expect(v).toBeCloseTo(2, 6);
  });
});

describe('adam and sgd over tensor trees', () => {
  it('adam trains a linear model on minibatches to the true weights', () => {
    const { X, y, trueW, trueB } = regressionProblem();
    const opt = adam({ learningRate: 0.05 });
    let params = { W: randomNormal([3, 1], { seed: 3 }), b: tensor(0) };
    const rng = createRng(9);
    const loss = (p: typeof params, xb: Tensor, yb: Tensor): Tensor => mean(square(sub(add(matmul(xb, p.W), p.b), yb)));
    const lossGrad = grad(loss);
    for (let epoch = 0; epoch < 300; epoch++) {
      const start = Math.floor(rng.nextFloat() * 24);
      const rows = Array.from({ length: 8 }, (_, i) => start + i);
      const xb = tensor(rows.map((r) => Array.from(X.data.subarray(3 * r, 3 * r + 3))));
      const yb = tensor(rows.map((r) => [y.data[r]!]));
      params = opt.update(params, lossGrad(params, xb, yb));
    }
    expect(params.W.shape).toEqual([3, 1]);
    (params.W.toArray() as number[][]).forEach(([w], i) => expect(w).toBeCloseTo(trueW[i]!, 2));
    expect(params.b.item()).toBeCloseTo(trueB, 2);
    expect(opt.step).toBe(300);
    expect(opt.state().slots.map((s) => s.path)).toEqual(['params.W', 'params.b']);
  });

  it('sgd with momentum on tensors, and tensor/typed-array gradients are interchangeable', () => {
    const opt = sgd({ learningRate: 0.1, momentum: 0.9 });
    const p1 = opt.update({ w: tensor([[1, 2]]) }, { w: tensor([[2, 2]]) });
    expect(p1.w.shape).toEqual([1, 2]);
    expect(p1.w.toArray()).toEqual([[0.8, 1.8]]);
    const p2 = opt.update(p1, { w: Float64Array.of(2, 2) });
    expect((p2.w.toArray() as number[][])[0]![0]).toBeCloseTo(0.42, 15);
  });

  it('refuses a gradient tensor of another shape', () => {
    const opt = adam();
    expect(() => opt.update({ w: tensor([[1, 2]]) }, { w: tensor([1, 2]) })).toThrow(
      /expected grads\.w to have shape \[1, 2\] like params\.w, got a Tensor of shape \[2\]/,
    );
  });
});
