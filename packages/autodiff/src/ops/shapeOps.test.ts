import { describe, expect, test } from 'vitest';
import { expectTensor } from '../../test/expectTensor.js';
import {
  assertGrad,
  assertVjp,
  broadcastTo,
  concat,
  expandDims,
  grad,
  mul,
  pad,
  randomNormal,
  reshape,
  slice,
  squeeze,
  stack,
  sum,
  sumToShape,
  tensor,
  transpose,
  type Tensor,
} from '../index.js';

const m = tensor([
  [1, 2, 3],
  [4, 5, 6],
]);

describe('shape op values', () => {
  test('reshape with and without -1, sharing the data', () => {
    const r = reshape(m, [3, -1]);
    expectTensor(r, [
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(r.data).toBe(m.data);
    expect(reshape(m, [6]).shape).toEqual([6]);
    expect(() => reshape(m, [4, -1])).toThrow(expect.objectContaining({ code: 'E_SHAPE' }));
    expect(() => reshape(m, [-1, -1])).toThrow(/at most one -1/);
    expect(() => reshape(m, [5])).toThrow(/expected a shape with 6 elements/);
  });
  test('transpose: default reverses, explicit perms, negative axes', () => {
    expectTensor(transpose(m), [
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
    const x = randomNormal([2, 3, 4], { seed: 1 });
    const t = transpose(x, [1, -1, 0]);
    expect(t.shape).toEqual([3, 4, 2]);
    expect(t.data[(2 * 4 + 3) * 2 + 1]).toBe(x.data[(1 * 3 + 2) * 4 + 3]);
    expect(() => transpose(x, [0, 0, 1])).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
  });
  test('slice with -1 size and implicit trailing axes', () => {
    expectTensor(slice(m, [0, 1], [2, -1]), [
      [2, 3],
      [5, 6],
    ]);
    expectTensor(slice(m, [1], [1]), [[4, 5, 6]]);
    expect(() => slice(m, [0, 2], [1, 2])).toThrow(/slice: expected begin and size inside \[2, 3\]/);
  });
  test('pad surrounds with zeros', () => {
    expectTensor(pad(tensor([[1]]), [[1, 0], [0, 2]]), [
      [0, 0, 0],
      [1, 0, 0],
    ]);
  });
  test('concat along each axis, with dtype promotion', () => {
    expectTensor(concat([m, tensor([[7, 8, 9]])], 0), [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    const c = concat([m, tensor([[0], [0]], { dtype: 'float32' })], -1);
    expect(c.dtype).toBe('float64');
    expectTensor(c, [
      [1, 2, 3, 0],
      [4, 5, 6, 0],
    ]);
    expect(() => concat([m, tensor([1, 2])], 0)).toThrow(expect.objectContaining({ code: 'E_SHAPE' }));
    expect(() => concat([], 0)).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
  });
  test('stack creates a new axis at any position', () => {
    const a = tensor([1, 2]);
    const b = tensor([3, 4]);
    expectTensor(stack([a, b]), [
      [1, 2],
      [3, 4],
    ]);
    expectTensor(stack([a, b], -1), [
      [1, 3],
      [2, 4],
    ]);
    expect(() => stack([a, tensor([1])])).toThrow(/stack: expected tensors of one shape/);
  });
  test('broadcastTo and sumToShape are adjoint shapes', () => {
    expectTensor(broadcastTo(tensor([[1], [2]]), [2, 2]), [
      [1, 1],
      [2, 2],
    ]);
    expectTensor(broadcastTo(tensor([1, 2]), [2, 2]), [
      [1, 2],
      [1, 2],
    ]);
    expect(() => broadcastTo(tensor([1, 2]), [3])).toThrow(expect.objectContaining({ code: 'E_SHAPE' }));
    expectTensor(sumToShape(m, [3]), [5, 7, 9]);
    expectTensor(sumToShape(m, [2, 1]), [[6], [15]]);
    expectTensor(sumToShape(m, []), 21);
    expect(() => sumToShape(m, [2])).toThrow(/sumToShape: expected a shape that broadcasts to \[2, 3\]/);
  });
  test('expandDims and squeeze', () => {
    expect(expandDims(m, 0).shape).toEqual([1, 2, 3]);
    expect(expandDims(m, -1).shape).toEqual([2, 3, 1]);
    expect(expandDims(m, [0, -1]).shape).toEqual([1, 2, 3, 1]);
    expect(squeeze(tensor([[[1], [2]]])).shape).toEqual([2]);
    expect(squeeze(tensor([[[1], [2]]]), -1).shape).toEqual([1, 2]);
    expect(() => squeeze(m, 0)).toThrow(/squeeze: expected axis 0 to have length 1, got 2/);
  });
});

describe('shape op gradients', () => {
  const x = randomNormal([2, 3, 4], { seed: 31 });
  const ops: Array<[string, (t: Tensor) => Tensor]> = [
    ['reshape', (t) => reshape(t, [4, -1])],
    ['transpose', (t) => transpose(t, [2, 0, 1])],
    ['slice', (t) => slice(t, [1, 0, 1], [1, 2, -1])],
    ['pad', (t) => pad(t, [[0, 1], [2, 0], [1, 1]])],
    ['concat with itself', (t) => concat([t, mul(t, 2)], 1)],
    ['stack', (t) => stack([t, t], 2)],
    ['broadcastTo', (t) => broadcastTo(t, [5, 2, 3, 4])],
    ['sumToShape', (t) => sumToShape(t, [3, 1])],
    ['expandDims', (t) => expandDims(t, 1)],
    ['squeeze', (t) => squeeze(slice(t, [0, 0, 0], [1, -1, 1]))],
  ];
  test.each(ops)('%s: checkGrad and checkVjp', (_name, op) => {
    const weights = randomNormal(op(x).shape, { seed: 32 });
    assertGrad((t) => sum(mul(op(t), weights)), [x]);
    assertVjp(op, [x], { seed: 5 });
  });
  test('concat of two inputs: each gets its own slice of the cotangent', () => {
    const [ga, gb] = grad((a: Tensor, b: Tensor) => sum(mul(concat([a, b]), tensor([1, 2, 3]))), [0, 1])(tensor([0]), tensor([0, 0]));
    expectTensor(ga, [1]);
    expectTensor(gb, [2, 3]);
  });
});
