import { setBackend } from '@softdtw/autodiff';
import { registerTfjsBackend, softDtwLoss } from '@softdtw/backend-tfjs';
import { softDtw } from '@softdtw/core';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu'; // or -wasm, -webgpu, or all of '@tensorflow/tfjs'

tf.env().set('PROD', true); // no "install tfjs-node" notice
await tf.setBackend('cpu');

// 1. softDtwLoss: a tfjs op with its own gradient, for training tfjs models.
const x = tf.tensor2d([[0], [1], [3]]); // [n, p]; a batch is [b, n, p]
const y = tf.tensor2d([[0], [2]]);
const loss = softDtwLoss(x, y, { gamma: 0.1 });
const [gradX, gradY] = tf.grads((a: tf.Tensor, b: tf.Tensor) => softDtwLoss(a, b, { gamma: 0.1 }))([x, y]);
const rounded = (t: tf.Tensor) => JSON.stringify(Array.from(t.dataSync(), (v) => +v.toFixed(4)));
console.log(loss.dataSync()[0]!.toFixed(4), rounded(gradX!), rounded(gradY!)); // ∂loss/∂x, ∂loss/∂y

// 2. The 'tfjs' backend: @softdtw/core's functions computed with tfjs ops (float32).
registerTfjsBackend({ tf });
await setBackend('tfjs');
console.log(softDtw([0, 1, 3], [0, 2], { gamma: 0.1 }).toFixed(4), softDtw([0, 1, 3], [0, 2], { gamma: 0 })); // γ = 0: DTW
