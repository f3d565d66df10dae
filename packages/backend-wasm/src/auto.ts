/**
 * Side-effect entry (`import '@softdtw/backend-wasm/auto'`, listed in package.json "sideEffects"): registers the
 * 'wasm' backend with default options.
 */
import { registerWasmBackend } from './registerWasmBackend.js';

registerWasmBackend();
