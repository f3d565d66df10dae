/**
 * The tfjs namespace the kernels compute with: `@tensorflow/tfjs-core` itself, or any package
 * that re-exports it (`@tensorflow/tfjs`, `@tensorflow/tfjs-node`). Only tfjs-core ops are used,
 * so every tfjs backend (cpu, wasm, webgl, webgpu) runs them.
 */
import type * as tfjsCore from '@tensorflow/tfjs-core';

/** The `tf` namespace object (`import * as tf from '@tensorflow/tfjs-core'`). */
export type TfjsModule = typeof tfjsCore;
