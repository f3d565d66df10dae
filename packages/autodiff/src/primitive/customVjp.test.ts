import { describe, expect, test } from 'vitest';
import { expectTensor } from '../../test/expectTensor.js';
import { add, assertVjp, checkVjp, customVjp, exp, grad, log, mul, sigmoid, sum, tensor, type Tensor } from '../index.js';

const softplusPlain = (x: Tensor): Tensor => log(add(1, exp(x)));

describe('customVjp', () => {
  const softplus = customVjp(softplusPlain).defVjp(
    (x) => [softplusPlain(x), { x }],
    ({ x }, ct) => [mul(ct, sigmoid(x))],
  );

  test('behaves like f outside grad', () => {
    expectTensor(softplus(tensor([0, 1])), [Math.log(2), Math.log(1 + Math.E)], 1e-15);
  });

  test('is differentiated with the custom rule (and the rule is right)', () => {
    expectTensor(grad((x: Tensor) => sum(softplus(x)))(tensor([0])), [0.5]);
    assertVjp(softplus, [tensor([-1, 0.5, 2])]);
  });

  test('the custom rule replaces the automatic one (deliberately scaled rule)', () => {
    const doubled = customVjp((x: Tensor) => mul(x, 1)).defVjp(
      (x) => [mul(x, 1), {}],
      (_residuals, ct) => [mul(ct, 2)],
    );
    expectTensor(grad((x: Tensor) => sum(doubled(x)))(tensor([1, 2])), [2, 2]);
    expect(checkVjp(doubled, [tensor([1, 2])]).ok).toBe(false);
  });

  test('null cotangents mean zero; multiple arguments', () => {
    const firstOnly = customVjp((a: Tensor, b: Tensor) => mul(a, b)).defVjp(
      (a, b) => [mul(a, b), { b }],
      ({ b }, ct) => [mul(ct, b), null],
    );
    const [ga, gb] = grad((a: Tensor, b: Tensor) => sum(firstOnly(a, b)), [0, 1])(tensor([2]), tensor([3]));
    expectTensor(ga, [3]);
    expectTensor(gb, [0]);
  });

  test('a bwd with the wrong count or shape is reported with the function name', () => {
    function broken(a: Tensor): Tensor {
      return mul(a, 2);
    }
    const wrongCount = customVjp(broken).defVjp((a) => [broken(a), {}], (_r, ct) => [ct, ct]);
    expect(() => grad((a: Tensor) => sum(wrongCount(a)))(tensor([1]))).toThrow(/customVjp\(broken\): expected bwd to return 1 cotangents/);
    const wrongShape = customVjp(broken).defVjp((a) => [broken(a), {}], () => [tensor([1, 2])]);
    expect(() => grad((a: Tensor) => sum(wrongShape(a)))(tensor([1]))).toThrow(expect.objectContaining({ code: 'E_SHAPE' }));
  });

  test('non-tensor arguments are rejected', () => {
    expect(() => softplus(1 as unknown as Tensor)).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
  });
});
