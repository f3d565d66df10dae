/**
 * Test-only: puts the backend and kernel registries back to their state right after import
 * (only the cpu backend, not yet active; no kernels). Internal: not exported from the package.
 */
import { registerCpuBackend } from './backendRegistry.js';
import { globalState } from './globalState.js';

/**
 * Disposes every created backend and empties the registries, then re-registers cpu.
 *
 * @example
 * ```ts
 * afterEach(() => resetRegistryForTests());
 * ```
 */
export function resetRegistryForTests(): void {
  for (const entry of globalState.backends.values()) entry.instance?.dispose?.();
  globalState.backends.clear();
  globalState.kernels.clear();
  globalState.active = undefined;
  registerCpuBackend();
}
