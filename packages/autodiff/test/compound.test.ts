/**
 * Cross-module checks on non-trivial expressions: a tiny MLP (tanh hidden layer, sigmoid output),
 * a softmax cross-entropy built on logSumExp, and a mean squared error, all differentiated with
 * pytree parameters and compared with central finite differences in float64.
 */
import { describe, expect, test } from 'vitest';
import {
  add,
  assertGrad,
  assertVjp,
  grad,
  logSumExp,
  matmul,
  mean,
  mul,
  randomNormal,
  sigmoid,
  square,
  sub,
  sum,
  tanh,
  tensor,
  valueAndGrad,
  type Tensor,
} from '../src/index.js';

interface Params {
  W1: Tensor;
  b1: Tensor;
  W2: Tensor;
  b2: Tensor;
}

const params: Params = {
  W1: randomNormal([3, 5], { seed: 1, std: 0.5 }),
  b1: randomNormal([5], { seed: 2, std: 0.1 }),
  W2: randomNormal([5, 2], { seed: 3, std: 0.5 }),
  b2: randomNormal([2], { seed: 4, std: 0.1 }),
};
const inputs = randomNormal([4, 3], { seed: 5 });
const targets = tensor([[0, 1], [1, 0], [1, 1], [0, 0]]);

function mlp(p: Params, x: Tensor): Tensor {
  const hidden = tanh(add(matmul(x, p.W1), p.b1));
  return sigmoid(add(matmul(hidden, p.W2), p.b2));
}

const mse = (p: Params): Tensor => mean(square(sub(mlp(p, inputs), targets)));

/** Softmax cross-entropy of logits [n, k] against one-hot labels [n, k]: mean(logSumExp(z) − Σ y·z). */
const crossEntropy = (p: Params): Tensor => {
  const logits = add(matmul(tanh(add(matmul(inputs, p.W1), p.b1)), p.W2), p.b2);
  return mean(sub(logSumExp(logits, 1), sum(mul(targets, logits), 1)));
};

/** The same loss as a function of the four tensors, for the checkers (which take tensor lists). */
const asTensors = (loss: (p: Params) => Tensor) => (W1: Tensor, b1: Tensor, W2: Tensor, b2: Tensor) => loss({ W1, b1, W2, b2 });
const flat = [params.W1, params.b1, params.W2, params.b2];

describe('compound expressions against finite differences', () => {
  test('MLP + MSE: every parameter entry', () => {
    assertGrad(asTensors(mse), flat);
  });

  test('MLP logits + log-sum-exp cross-entropy: every parameter entry', () => {
    assertGrad(asTensors(crossEntropy), flat);
  });

  test('MLP outputs (non-scalar): inner-product VJP check', () => {
    assertVjp((W1, b1, W2, b2) => mlp({ W1, b1, W2, b2 }, inputs), flat, { seed: 9 });
  });

  test('pytree gradients match the flat gradients', () => {
    const tree = grad(mse)(params);
    const list = grad(asTensors(mse), [0, 1, 2, 3])(...(flat as [Tensor, Tensor, Tensor, Tensor]));
    expect(Array.from(tree.W1.data)).toEqual(Array.from(list[0].data));
    expect(Array.from(tree.b2.data)).toEqual(Array.from(list[3].data));
  });

  test('gradient descent on the pytree lowers the loss', () => {
    let p = params;
    const step = valueAndGrad(mse);
    const first = step(p).value.item();
    for (let i = 0; i < 50; i++) {
      const { grad: g } = step(p);
      p = { W1: sub(p.W1, mul(0.5, g.W1)), b1: sub(p.b1, mul(0.5, g.b1)), W2: sub(p.W2, mul(0.5, g.W2)), b2: sub(p.b2, mul(0.5, g.b2)) };
    }
    const last = step(p).value.item();
    expect(last).toBeLessThan(first * 0.8);
  });
});
