import { dtw, pairwiseSoftDtw, softDtw, softDtwDivergence, softDtwValueAndGrad } from '@softdtw/core';

const x = [0, 1.5, 2, 3.5, 2, 0.5];
const y = [0, 2, 3, 1];

console.log(softDtw(x, y, { gamma: 1 }).toFixed(6)); // soft-DTW value (can be negative)
const { value, gradX } = softDtwValueAndGrad(x, y, { gamma: 0.1 });
console.log(value.toFixed(6), JSON.stringify(gradX.map((g) => +g.toFixed(3)))); // value and ∂value/∂x
const { value: cost, path } = dtw(x, y); // γ = 0: classic DTW, sum of squared distances
console.log(cost, JSON.stringify(path));
console.log(softDtwDivergence(x, y, { gamma: 1 }).toFixed(6)); // ≥ 0, and 0 when x = y
console.log(JSON.stringify(pairwiseSoftDtw([x, y, [1, 2]], undefined, { gamma: 0 })));
