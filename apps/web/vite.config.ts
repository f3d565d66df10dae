/**
 * Vite config of the browser app.
 *
 * - Sibling packages resolve to their TypeScript sources through the `@softdtw/source` export
 *   condition, so the app builds without building the packages first.
 * - `@softdtw/datasets-data` points at @softdtw/datasets' `data/` folder: the bundled UCR files
 *   are imported with `?url` and emitted as assets.
 * - `onnxruntime-web` is aliased to its wasm-only build (`onnxruntime-web/wasm`): the app runs
 *   ONNX models on the wasm execution provider only, and that build's .wasm is half the size of
 *   the default one. The worker points `ort.env.wasm.wasmPaths` at the emitted .wasm.
 * - The worker is an ES module worker, so it can split the optional backends into chunks.
 */
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

const require = createRequire(import.meta.url);
const appRoot = dirname(fileURLToPath(import.meta.url));
const datasetsData = join(dirname(require.resolve('@softdtw/datasets/package.json')), 'data');

export default defineConfig({
  root: appRoot,
  resolve: {
    conditions: ['@softdtw/source', ...defaultClientConditions],
    alias: [
      { find: /^onnxruntime-web$/, replacement: 'onnxruntime-web/wasm' },
      { find: '@softdtw/datasets-data', replacement: datasetsData },
    ],
  },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // onnxruntime-web's wasm glue and tfjs are large by nature; they load in the worker only.
    chunkSizeWarningLimit: 2048,
    // The worker bundle is built inside the page's build, which makes Rolldown's "slow plugin"
    // timing warning fire on every build of this app; it says nothing actionable here.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  // The dev server serves the sibling packages' sources and the datasets from the repository.
  server: { fs: { allow: [resolve(appRoot, '../..')] } },
  optimizeDeps: { exclude: ['onnxruntime-web'] },
});
