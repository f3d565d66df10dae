import { ready } from '@softdtw/autodiff';
import { softDtw, softDtwBatchValueAndGrad } from '@softdtw/core';
import { registerWasmBackend } from '@softdtw/backend-wasm';

registerWasmBackend(); // or: import '@softdtw/backend-wasm/auto'
const backend = await ready(); // the highest-priority backend that starts
console.log(backend.name);

const x = [0, 1.5, 2, 3.5, 2, 0.5];
const y = [0, 2, 3, 1];
console.log(softDtw(x, y, { gamma: 1 }).toFixed(6)); // the same value as on 'cpu'
console.log(softDtw(x, y, { gamma: 1, dtype: 'float32' }).toFixed(4)); // f32x4 kernels: float32 accuracy
const { values, gradX } = softDtwBatchValueAndGrad([x, y], [y, x], { gamma: 0.1 });
console.log(Array.from(values, (v) => v.toFixed(6)).join(' '), JSON.stringify(gradX[0].map((g) => +g.toFixed(3))));
backend.dispose?.(); // terminates the worker pool, if one was started
