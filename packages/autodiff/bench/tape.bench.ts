/**
 * Tape overhead and reference-kernel speed. Run with `npx nx run @softdtw/autodiff:bench`.
 * Record the machine with the numbers; these are the readable cpu loops, not a fast path.
 */
import { bench, describe } from 'vitest';
import { add, grad, matmul, randomNormal, sum, tanh, tensor, valueAndGrad, type Tensor } from '../src/index.js';

const chain = (x: Tensor): Tensor => {
  let y = x;
  for (let i = 0; i < 10_000; i++) y = add(y, 1);
  return y;
};

describe('tape: 10 000 scalar adds', () => {
  bench('untraced', () => {
    chain(tensor(0));
  });
  bench('grad (trace + backward)', () => {
    grad(chain)(tensor(0));
  });
});

describe('matmul 128 × 128', () => {
  const a = randomNormal([128, 128], { seed: 1 });
  const b = randomNormal([128, 128], { seed: 2 });
  bench('forward', () => {
    matmul(a, b);
  });
  bench('valueAndGrad of sum(tanh(a @ b)) w.r.t. a and b', () => {
    valueAndGrad((x: Tensor, y: Tensor) => sum(tanh(matmul(x, y))), [0, 1])(a, b);
  });
});
