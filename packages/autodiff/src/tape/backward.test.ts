import { describe, expect, test } from 'vitest';
import { expectTensor } from '../../test/expectTensor.js';
import { add, exp, grad, mul, sub, sum, tensor, valueAndGrad, type Tensor } from '../index.js';
import { globalState } from '../registry/globalState.js';
import { TAPE_NODE } from './TapeNode.js';

describe('backward pass', () => {
  test('a 100 000-op chain differentiates without stack overflow (iterative sort)', () => {
    const chain = (x: Tensor): Tensor => {
      let y = x;
      for (let i = 0; i < 100_000; i++) y = add(y, 1);
      return y;
    };
    const { value, grad: g } = valueAndGrad(chain)(tensor(0));
    expect(value.item()).toBe(100_000);
    expect(g.item()).toBe(1);
  });

  test('a diamond (shared subexpression) accumulates both paths', () => {
    // f(x) = e^x · e^x: the node e^x has two consumers, so its cotangent is the sum of both.
    const g = grad((x: Tensor) => {
      const e = exp(x);
      return sum(mul(e, e));
    })(tensor([0.5]));
    expectTensor(g, [2 * Math.exp(1)], 1e-14);
  });

  test('the same input used many times sums its contributions', () => {
    // 2x + (x − 5x) = −2x
    const g = grad((x: Tensor) => sum(add(add(x, x), sub(x, mul(x, 5)))))(tensor([1, 2]));
    expectTensor(g, [-2, -2]);
  });

  test('ops outside grad record nothing (no tape memory)', () => {
    const before = globalState.tape.nextNodeId;
    const y = exp(add(tensor([1, 2]), 1));
    expect(y[TAPE_NODE]).toBeUndefined();
    expect(globalState.tape.nextNodeId).toBe(before);
  });

  test('values and gradients returned by grad carry no tape node', () => {
    const { value, grad: g } = valueAndGrad((x: Tensor) => sum(exp(x)))(tensor([1]));
    expect(value[TAPE_NODE]).toBeUndefined();
    expect(g[TAPE_NODE]).toBeUndefined();
    expect(globalState.tape.activeTraces).toHaveLength(0);
  });

  test('a trace is closed even when f throws, and later ops record nothing', () => {
    let leaked: Tensor | undefined;
    expect(() =>
      grad((x: Tensor) => {
        leaked = exp(x);
        throw new Error('boom');
      })(tensor([1])),
    ).toThrow('boom');
    expect(globalState.tape.activeTraces).toHaveLength(0);
    const before = globalState.tape.nextNodeId;
    const after = mul(leaked as Tensor, 2);
    expect(after[TAPE_NODE]).toBeUndefined();
    expect(globalState.tape.nextNodeId).toBe(before);
  });
});
