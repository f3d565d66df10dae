/**
 * A backend under test: how to register and activate it, what arithmetic it runs, and which
 * kernels it implements (a kernel it lacks falls back to cpu, which the suite must not count as
 * a pass for that backend).
 */

/** One backend configuration the conformance suite runs against. */
export interface ConformanceTarget {
  /** Label in test names, e.g. 'wasm (float32)'. */
  readonly label: string;
  /** Registered backend name passed to setBackend. */
  readonly backend: string;
  /** Arithmetic requested through the `dtype` option and used to pick tolerances. */
  readonly dtype: 'float64' | 'float32';
  /** Registers the backend (imports its package); returns a reason string to skip when the platform lacks it (e.g. no GPU adapter). */
  readonly register: () => Promise<true | string>;
  /** The backend has a synchronous series-batch kernel (else only the async functions reach it). */
  readonly syncKernel: boolean;
  /** The backend has its own SoftDtwWithResiduals/SoftDtwGrad kernels (E on the autodiff tape). */
  readonly tapeKernels: boolean;
  /** Largest n = m the suite's long-series case uses (slow software GPUs get less). */
  readonly longLength: number;
}
