/**
 * The public functions accept @softdtw/autodiff Tensors: results land on the tape, `grad`
 * differentiates through them, and they agree with the plain-array API.
 */
import {
  abs,
  checkGrad,
  grad,
  matmul,
  reshape,
  sub,
  sum,
  tensor,
  Tensor,
  valueAndGrad,
} from '@softdtw/autodiff';
import { describe, expect, it } from 'vitest';
import {
  dtw,
  MemoryBudgetError,
  NonFiniteValueError,
  pairwiseSoftDtw,
  ShapeError,
  softDtw,
  softDtwAlignment,
  softDtwBatch,
  softDtwBatchValueAndGrad,
  softDtwDivergence,
  softDtwFromCost,
  softDtwFromCostValueAndGrad,
  softDtwValueAndGrad,
  squaredEuclideanCost,
} from '../src/index.js';
import { randomSeries, seededRandom, toRows } from './enumerateAlignmentPaths.js';

const random = seededRandom(51);
const rows = (n: number, p: number) => toRows(randomSeries(random, n, p), n, p);

describe('Tensor inputs', () => {
  const x = rows(7, 2);
  const y = rows(9, 2);

  it('softDtw(Tensor, Tensor) is a scalar Tensor equal to the plain value', () => {
    const value = softDtw(tensor(x), tensor(y), { gamma: 0.3 });
    expect(value).toBeInstanceOf(Tensor);
    expect(value.shape).toEqual([]);
    expect(value.item()).toBeCloseTo(softDtw(x, y, { gamma: 0.3 }), 13);
    expect(softDtw(tensor(x), y, { gamma: 0.3 }).item()).toBeCloseTo(value.item(), 15); // mixed inputs
  });

  it('grad through softDtw(Tensor) matches the plain gradX and gradY', () => {
    const [gx, gy] = grad((a: Tensor, b: Tensor) => softDtw(a, b, { gamma: 0.3 }), [0, 1])(tensor(x), tensor(y));
    const plain = softDtwValueAndGrad(x, y, { gamma: 0.3 });
    (gx.toArray() as number[][]).forEach((row, i) => row.forEach((g, k) => expect(g).toBeCloseTo(plain.gradX[i][k], 12)));
    (gy.toArray() as number[][]).forEach((row, j) => row.forEach((g, k) => expect(g).toBeCloseTo(plain.gradY[j][k], 12)));
  });

  it('univariate Tensors [n] work and keep their shape in gradients', () => {
    const a = Array.from(randomSeries(random, 6, 1));
    const b = Array.from(randomSeries(random, 4, 1));
    const g = grad((t: Tensor) => softDtw(t, tensor(b), { gamma: 1, band: 3 }))(tensor(a));
    expect(g.shape).toEqual([6]);
    const plain = softDtwValueAndGrad(a, b, { gamma: 1, band: 3 }).gradX;
    plain.forEach((v, i) => expect(g.data[i]).toBeCloseTo(v, 12));
  });

  it('trains through a model: grad(w => softDtw(model(w, x), y)) passes checkGrad', () => {
    const inputs = tensor(rows(8, 3));
    const target = tensor(rows(6, 2));
    const model = (w: Tensor, input: Tensor) => matmul(input, w); // [8, 3] × [3, 2]
    const w = tensor(rows(3, 2));
    const report = checkGrad((weights: Tensor) => softDtw(model(weights, inputs), target, { gamma: 0.5 }), [w]);
    expect(report.ok).toBe(true);
    const { value, grad: gw } = valueAndGrad((weights: Tensor) => softDtw(model(weights, inputs), target, { gamma: 0.5 }))(w);
    expect(value.item()).toBeCloseTo(softDtw(model(w, inputs).toArray() as number[][], target.toArray() as number[][], { gamma: 0.5 }), 12);
    expect(gw.shape).toEqual([3, 2]);
  });

  it('a user-defined cost (absolute difference) composes with softDtwFromCost and passes checkGrad', () => {
    const a = tensor([0.1, 1.3, 2.2, 0.7, -0.4]);
    const b = tensor([0.3, 2.0, 0.9, -0.1]);
    const absCost = (s: Tensor, t: Tensor) => abs(sub(reshape(s, [5, 1]), reshape(t, [1, 4])));
    const f = (s: Tensor, t: Tensor) => softDtwFromCost(absCost(s, t), { gamma: 0.2 });
    expect(checkGrad(f, [a, b]).ok).toBe(true);
    const plainD = (absCost(a, b).toArray() as number[][]);
    expect(f(a, b).item()).toBeCloseTo(softDtwFromCost(plainD, { gamma: 0.2 }), 14);
  });

  it('a learned linear map inside the cost composes and passes checkGrad', () => {
    const a = tensor(rows(6, 3));
    const b = tensor(rows(5, 3));
    const f = (W: Tensor) => softDtw(matmul(a, W), matmul(b, W), { gamma: 1 });
    expect(checkGrad(f, [tensor(rows(3, 2))]).ok).toBe(true);
    const viaCost = (W: Tensor) => softDtwFromCost(squaredEuclideanCost(matmul(a, W), matmul(b, W)), { gamma: 1 });
    const W = tensor(rows(3, 2));
    expect(viaCost(W).item()).toBeCloseTo(f(W).item(), 14);
  });

  it('softDtwDivergence on Tensors equals the plain value and is differentiable', () => {
    const value = softDtwDivergence(tensor(x), tensor(y), { gamma: 0.7 });
    expect(value.item()).toBeCloseTo(softDtwDivergence(x, y, { gamma: 0.7 }), 12);
    expect(checkGrad((a: Tensor) => softDtwDivergence(a, tensor(y), { gamma: 0.7 }), [tensor(x)]).ok).toBe(true);
    const atSelf = grad((a: Tensor) => softDtwDivergence(a, tensor(x), { gamma: 0.7 }))(tensor(x));
    for (const g of atSelf.data) expect(Math.abs(g)).toBeLessThan(1e-12); // minimum at x = y
  });

  it('softDtwBatch on padded Tensors [b, n, p] with lengths equals the plain batch', () => {
    const xs = [rows(5, 2), rows(3, 2)];
    const ys = [rows(4, 2), rows(5, 2)];
    const pad = (series: number[][][], length: number) =>
      new Tensor(Float64Array.from(series.flatMap((s) => [...s, ...Array.from({ length: length - s.length }, () => [0, 0])].flat())), [series.length, length, 2]);
    const values = softDtwBatch(pad(xs, 5), pad(ys, 5), { gamma: 0.5, lengthsX: [5, 3], lengthsY: [4, 5] });
    expect(values.shape).toEqual([2]);
    const plain = softDtwBatch(xs, ys, { gamma: 0.5 });
    expect(values.data[0]).toBeCloseTo(plain[0], 12);
    expect(values.data[1]).toBeCloseTo(plain[1], 12);
    const gradX = grad((X: Tensor) => sum(softDtwBatch(X, pad(ys, 5), { gamma: 0.5, lengthsX: [5, 3], lengthsY: [4, 5] })))(pad(xs, 5));
    const first = softDtwValueAndGrad(xs[1], ys[1], { gamma: 0.5 }).gradX;
    expect(gradX.data[5 * 2 + 0]).toBeCloseTo(first[0][0], 12);
    expect(gradX.data[5 * 2 + 3 * 2]).toBe(0); // padding gets no gradient
  });

  it('arrays holding Tensors give stacked Tensors (batch and pairwise)', () => {
    const xs = [tensor(rows(4, 1)), tensor(rows(3, 1))];
    const ys = [tensor(rows(2, 1)), tensor(rows(5, 1))];
    const values = softDtwBatch(xs, ys, { gamma: 1 });
    expect(values.shape).toEqual([2]);
    const matrix = pairwiseSoftDtw(xs, undefined, { gamma: 1 });
    expect(matrix.shape).toEqual([2, 2]);
    const plain = pairwiseSoftDtw(xs.map((t) => t.toArray() as number[][]), undefined, { gamma: 1 });
    plain.forEach((row, i) => row.forEach((v, j) => expect(matrix.data[i * 2 + j]).toBeCloseTo(v, 12)));
  });

  it('softDtwValueAndGrad, softDtwAlignment and dtw accept Tensors and return Tensors', () => {
    const plain = softDtwValueAndGrad(x, y, { gamma: 0.3 });
    const t = softDtwValueAndGrad(tensor(x), tensor(y), { gamma: 0.3 });
    expect(t.value.item()).toBe(plain.value);
    expect(t.gradX.toArray()).toEqual(plain.gradX);
    const alignment = softDtwAlignment(tensor(x), tensor(y), { gamma: 0.3 });
    expect(alignment.alignment.toArray()).toEqual(softDtwAlignment(x, y, { gamma: 0.3 }).alignment);
    const hard = dtw(tensor(x), tensor(y));
    expect(hard.value.item()).toBeCloseTo(dtw(x, y).value, 13);
    expect(hard.path).toEqual(dtw(x, y).path);
    const g = grad((a: Tensor) => dtw(a, tensor(y)).value)(tensor(x));
    (g.toArray() as number[][]).forEach((row, i) => row.forEach((v, k) => expect(v).toBeCloseTo(softDtwValueAndGrad(x, y, { gamma: 0 }).gradX[i][k], 12)));
  });

  it('softDtwFromCostValueAndGrad on a Tensor returns E', () => {
    const D = [[0, 2, 3], [1, 0, 2]];
    const t = softDtwFromCostValueAndGrad(tensor(D), { gamma: 0.5 });
    const plain = softDtwFromCostValueAndGrad(D, { gamma: 0.5 });
    expect(t.value.item()).toBe(plain.value);
    expect(t.gradD.toArray()).toEqual(plain.gradD);
  });

  it('validates Tensor series', () => {
    expect(() => softDtw(tensor([[[1]]]), tensor([1]))).toThrow(ShapeError);
    expect(() => softDtw(tensor([1, NaN]), tensor([1]))).toThrow(NonFiniteValueError);
    expect(() => softDtw(tensor([[1, 2]]), tensor([[1]]))).toThrow(/same number of features, got 2 and 1/);
  });
});

describe('softDtwBatchValueAndGrad with Tensors', () => {
  it('returns Tensors equal to the plain results, and checks batch sizes', () => {
    const xs = [rows(4, 2), rows(6, 2)];
    const ys = [rows(5, 2), rows(3, 2)];
    const t = softDtwBatchValueAndGrad(xs.map((s) => tensor(s)), ys, { gamma: 0.6 });
    const plain = softDtwBatchValueAndGrad(xs, ys, { gamma: 0.6 });
    expect(Array.from(t.values.data)).toEqual(Array.from(plain.values));
    expect(t.gradX.map((g) => g.toArray())).toEqual(plain.gradX);
    expect(t.gradY[1]).toBeInstanceOf(Tensor);
    expect(() => softDtwBatchValueAndGrad([tensor([1])], [], {})).toThrow(/got 1 and 0/);
  });
});

describe('memory budget on the autodiff path', () => {
  it('counts 40 B per DP cell for series Tensors and refuses before allocating', () => {
    const t = tensor(new Array(100).fill(0));
    expect(() => softDtw(t, t, { memoryBudget: 100 * 100 * 40 - 1 })).toThrow(MemoryBudgetError);
    expect(softDtw(t, t, { memoryBudget: 100 * 100 * 40 }).item()).toBeLessThan(0);
    expect(() => softDtwFromCost(tensor([[1, 2]]), { memoryBudget: 10 })).toThrow(MemoryBudgetError);
  });
});
