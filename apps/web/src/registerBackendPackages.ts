/**
 * Loads the optional backend packages and registers their backends, one by one, each guarded:
 * a package that is missing, fails to import, lacks its register function, or throws while
 * registering becomes a `BackendPackageFailure` with the reason, which the backend picker
 * shows. The page never breaks because a backend is broken; the built-in `cpu` backend of
 * @softdtw/autodiff is always there.
 *
 * The imports are dynamic, so each backend is its own chunk and a failure stays in its chunk.
 */
import type { BackendPackageFailure } from './protocol.js';

/** One optional backend package and how to register it. */
export interface BackendPackage {
  /** npm name, for messages. */
  readonly packageName: string;
  /** The backend name it registers. */
  readonly backend: string;
  /** The exported function that registers it. */
  readonly registerFunction: string;
  /** Imports the package (a dynamic import, so that the bundler splits it off). */
  readonly load: () => Promise<unknown>;
  /** The argument passed to the register function, if any. */
  readonly options?: unknown;
}

/** The backend packages of issue 3, highest priority first. */
export const BACKEND_PACKAGES: readonly BackendPackage[] = [
  {
    packageName: '@softdtw/backend-webgpu',
    backend: 'webgpu',
    registerFunction: 'registerWebGpuBackend',
    load: () => import('@softdtw/backend-webgpu'),
  },
  {
    packageName: '@softdtw/backend-wasm',
    backend: 'wasm',
    registerFunction: 'registerWasmBackend',
    load: () => import('@softdtw/backend-wasm'),
  },
  {
    packageName: '@softdtw/backend-tfjs',
    backend: 'tfjs',
    registerFunction: 'registerTfjsBackend',
    load: () => import('@softdtw/backend-tfjs'),
    // tfjs-core computes on whichever tfjs backend is registered with it: the app ships
    // tfjs's plain-JavaScript cpu backend, loaded only when the 'tfjs' backend starts.
    options: { tf: loadTfjsWithCpuBackend },
  },
];

/**
 * Imports each package and calls its register function; never throws.
 *
 * @param packages - the packages to try (default: BACKEND_PACKAGES)
 * @returns one failure per package that could not be registered (empty when all were)
 * @example
 * const failures = await registerBackendPackages();
 * failures.map((f) => `${f.packageName}: ${f.reason}`);
 */
export async function registerBackendPackages(packages: readonly BackendPackage[] = BACKEND_PACKAGES): Promise<BackendPackageFailure[]> {
  const failures: BackendPackageFailure[] = [];
  for (const pkg of packages) {
    const reason = await registerOne(pkg);
    if (reason !== undefined) failures.push({ packageName: pkg.packageName, backend: pkg.backend, reason });
  }
  return failures;
}

async function registerOne(pkg: BackendPackage): Promise<string | undefined> {
  let module: unknown;
  try {
    module = await pkg.load();
  } catch (error) {
    return `could not load ${pkg.packageName}: ${describe(error)}`;
  }
  const register = (module as Record<string, unknown> | null)?.[pkg.registerFunction];
  if (typeof register !== 'function') {
    return `${pkg.packageName} does not export ${pkg.registerFunction}() (this build of the package has no ${pkg.backend} backend yet)`;
  }
  try {
    await (register as (options?: unknown) => unknown)(pkg.options);
  } catch (error) {
    return `${pkg.registerFunction}() threw: ${describe(error)}`;
  }
  return undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Loads tfjs-core with tfjs's cpu backend registered (the `tf` loader given to registerTfjsBackend).
 *
 * @returns the tfjs-core namespace
 * @example
 * const tf = await loadTfjsWithCpuBackend();
 */
export async function loadTfjsWithCpuBackend(): Promise<unknown> {
  const tf = await import('@tensorflow/tfjs-core');
  await import('@tensorflow/tfjs-backend-cpu');
  return tf;
}
