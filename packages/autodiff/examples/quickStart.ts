import { checkGrad, matmul, mul, square, sub, sum, tensor, valueAndGrad, type Tensor } from '@softdtw/autodiff';

// Least squares: loss(w) = ‖A w − b‖², whose gradient is 2 Aᵀ(A w − b).
const A = tensor([[1, 2], [3, 4], [5, 6]]);
const b = tensor([1, 2, 3]);
const loss = (w: Tensor): Tensor => sum(square(sub(matmul(A, w), b)));

const w = tensor([0.5, -0.5]);
const { value, grad } = valueAndGrad(loss)(w);
console.log(value.item()); // 20.75
console.log(grad.toArray()); // [ -53, -68 ]

const stepped = sub(w, mul(0.01, grad)); // one gradient-descent step
console.log(loss(stepped).item().toFixed(4)); // 13.8611
console.log(checkGrad(loss, [w]).ok); // true
