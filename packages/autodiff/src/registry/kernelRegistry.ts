/**
 * The kernel registry: (primitive name, backend name) -> kernel function.
 *
 * Dispatch rule (used by every primitive made with `definePrimitive`): when a primitive is
 * evaluated without differentiation, the kernel registered for (primitive, active backend)
 * runs if there is one; otherwise the primitive record's own `forward` runs. That `forward`
 * is the reference implementation (plain loops over the typed arrays) and works on any
 * backend, because tensors keep their values in CPU memory. Inside a trace, `vjp.fwd` runs;
 * it may call kernels itself (`getKernel(name, backend.name)`), e.g. a heavy backward kernel.
 */
import { DuplicateRegistrationError, InvalidArgumentError, KernelNotFoundError } from '../errors.js';
import type { Backend } from './Backend.js';
import { globalState, type AnyKernelFn } from './globalState.js';

/**
 * A kernel: same signature as a primitive's `forward` (`(backend, inputs, attrs) => output`).
 * `I` and `A` default to loose types so helper kernels (e.g. a forward that also returns
 * residual tables) can return any `O`.
 */
export type KernelFn<I = Record<string, unknown>, A = unknown, O = unknown> = (backend: Backend, inputs: I, attrs: A) => O;

/** Options of {@link registerKernel}. */
export interface RegisterKernelOptions {
  /** Replace an existing kernel for the same pair instead of throwing. */
  readonly override?: boolean;
}

const kernels = globalState.kernels;

/**
 * Registers a kernel for a primitive on a backend.
 *
 * @param primitiveName - e.g. `'SoftDtw'` (a name from `primitiveNames.ts` or a package's own)
 * @param backendName - e.g. `'cpu'`, `'wasm'`; the backend need not be registered yet
 * @param fn - `(backend, inputs, attrs) => output`
 * @param opts - `{ override: true }` to replace an existing kernel
 * @throws DuplicateRegistrationError when the pair is taken and `override` is not set
 * @example
 * ```ts
 * registerKernel('Exp', 'wasm', (_backend, { x }: { x: Tensor }) => myWasmExp(x));
 * ```
 */
export function registerKernel<I, A, O>(primitiveName: string, backendName: string, fn: KernelFn<I, A, O>, opts: RegisterKernelOptions = {}): void {
  checkName(primitiveName, 'primitiveName');
  checkName(backendName, 'backendName');
  if (typeof fn !== 'function') {
    throw new InvalidArgumentError(`registerKernel: expected a kernel function, got ${typeof fn}. Pass (backend, inputs, attrs) => output.`);
  }
  let byBackend = kernels.get(primitiveName);
  if (byBackend === undefined) {
    byBackend = new Map();
    kernels.set(primitiveName, byBackend);
  }
  if (byBackend.has(backendName) && opts.override !== true) {
    throw new DuplicateRegistrationError(
      `registerKernel: expected a new (primitive, backend) pair, got ('${primitiveName}', '${backendName}') which is already registered. Pass { override: true } to replace it.`,
    );
  }
  byBackend.set(backendName, fn as AnyKernelFn);
}

/**
 * Looks up the kernel for a primitive on a backend.
 *
 * @param primitiveName - primitive name
 * @param backendName - backend name
 * @returns the kernel (typed by the caller's `I`, `A`, `O`)
 * @throws KernelNotFoundError listing the backends that do have this kernel
 * @example
 * ```ts
 * const softDtwGrad = getKernel<{ D: Tensor; R: Tensor }, { gamma: number }, Tensor>('SoftDtwGrad', 'cpu');
 * ```
 */
export function getKernel<I = Record<string, unknown>, A = unknown, O = unknown>(primitiveName: string, backendName: string): KernelFn<I, A, O> {
  const fn = kernels.get(primitiveName)?.get(backendName);
  if (fn === undefined) {
    const owners = [...(kernels.get(primitiveName)?.keys() ?? [])];
    const available = owners.length === 0 ? 'No backend has this kernel' : `Backends with this kernel: ${owners.join(', ')}`;
    throw new KernelNotFoundError(
      `getKernel: expected a kernel for primitive '${primitiveName}' on backend '${backendName}', got none. ${available}. ` +
        `Register one with registerKernel('${primitiveName}', '${backendName}', fn), or switch backend with setBackend(...).`,
    );
  }
  return fn as unknown as KernelFn<I, A, O>;
}

/**
 * Whether a kernel is registered for the pair.
 *
 * @param primitiveName - primitive name
 * @param backendName - backend name
 * @returns `true` if {@link getKernel} would succeed
 * @example
 * ```ts
 * hasKernel('SoftDtw', 'cpu');
 * ```
 */
export function hasKernel(primitiveName: string, backendName: string): boolean {
  return kernels.get(primitiveName)?.has(backendName) ?? false;
}

/**
 * Every registered (primitive, backend) pair, sorted by primitive then backend.
 *
 * @returns the pairs
 * @example
 * ```ts
 * listKernels().filter((k) => k.backend === 'cpu');
 * ```
 */
export function listKernels(): Array<{ primitive: string; backend: string }> {
  const pairs: Array<{ primitive: string; backend: string }> = [];
  for (const [primitive, byBackend] of kernels) for (const backend of byBackend.keys()) pairs.push({ primitive, backend });
  return pairs.sort((a, b) => a.primitive.localeCompare(b.primitive) || a.backend.localeCompare(b.backend));
}

function checkName(name: unknown, what: string): void {
  if (typeof name !== 'string' || name.length === 0) {
    throw new InvalidArgumentError(`registerKernel: expected ${what} as a non-empty string, got ${JSON.stringify(name)}. Pass a name such as 'cpu'.`);
  }
}
