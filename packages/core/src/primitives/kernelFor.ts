/**
 * Kernel lookup with the reference fallback: the kernel registered for (name, active backend)
 * if there is one, else the 'cpu' kernel (tensors keep their values in CPU memory, so the
 * reference kernels run under any backend).
 */
import { getKernel, hasKernel, type Backend, type KernelFn } from '@softdtw/autodiff';

/**
 * The kernel to run for a primitive or helper kernel on a backend.
 *
 * @param name - primitive or helper kernel name, e.g. 'SoftDtwGrad'
 * @param backend - the active backend
 * @returns the backend's kernel, or the cpu one
 * @throws KernelNotFoundError when neither exists
 * @example
 * const grad = kernelFor('SoftDtwGrad', getBackend());
 */
export function kernelFor<I, A, O>(name: string, backend: Backend): KernelFn<I, A, O> {
  return (hasKernel(name, backend.name) ? getKernel(name, backend.name) : getKernel(name, 'cpu')) as KernelFn<I, A, O>;
}
