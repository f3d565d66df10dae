/**
 * Side-effect entry: registers the 'webgpu' backend with default options (navigator.gpu).
 * `import '@softdtw/backend-webgpu/auto'` in a browser; in Node call
 * `registerWebGpuBackend({ gpu: await createNodeGpu() })` instead.
 */
import { registerWebGpuBackend } from './registerWebGpuBackend.js';

registerWebGpuBackend();
