import { grad, mul, tensor, type Tensor } from '@softdtw/autodiff';
import { dtw, softDtw, softDtwValueAndGrad } from '@softdtw/core';

const x = [0, 1, 2, 3, 2, 1];
const y = [0, 0, 1, 3, 3, 1, 0];
console.log(softDtw(x, y, { gamma: 0.1 }).toFixed(4)); // smooth DTW discrepancy
console.log(dtw(x, y).value); // hard DTW: sum of squared costs on the optimal path
console.log(JSON.stringify(softDtwValueAndGrad(x, y, { gamma: 0.1 }).gradX.map((g) => +g.toFixed(3)))); // ∂/∂x

// Inside your own model: soft-DTW is an autodiff primitive with a custom VJP.
const xs = tensor(x.map((v) => [v])); // [n, 1]
const ys = tensor(y.map((v) => [v])); // [m, 1]
const loss = (scale: Tensor) => softDtw(mul(xs, scale), ys, { gamma: 0.1 });
console.log(grad(loss)(tensor(1.5)).item().toFixed(4)); // d loss / d scale
