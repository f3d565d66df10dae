/**
 * The one mutable state of the package, kept in a single slot on `globalThis` so that it is a
 * singleton per process even if the module is evaluated twice (two bundles, dist + src).
 *
 * - Same version evaluated twice: both copies share this slot (one registry, one tape clock).
 * - Different versions: the second copy throws {@link DuplicateModuleError} at import time,
 *   instead of silently forking the backend and kernel registries.
 */
import { DuplicateModuleError } from '../errors.js';
import type { Trace } from '../tape/TapeNode.js';
import { VERSION } from '../version.js';
import type { Backend } from './Backend.js';

/** A kernel: same signature as a primitive's `forward`. Typed loosely here; see `registerKernel`. */
export type AnyKernelFn = (backend: Backend, inputs: never, attrs: never) => unknown;

/** Result of `isSupported`: `true`, `false`, or a reason why not. */
export type SupportAnswer = boolean | string;

/** One registered backend. */
export interface BackendEntry {
  readonly name: string;
  readonly factory: () => Backend | Promise<Backend>;
  readonly priority: number;
  readonly isSupported: (() => SupportAnswer) | undefined;
  /** Registration order, to break priority ties (first registered wins). */
  readonly order: number;
  status: 'untried' | 'ready' | 'failed';
  reason: string | undefined;
  instance: Backend | undefined;
  pending: Promise<Backend> | undefined;
}

/** Everything mutable, per process. */
export interface GlobalState {
  readonly version: string;
  readonly backends: Map<string, BackendEntry>;
  /** primitive name -> backend name -> kernel */
  readonly kernels: Map<string, Map<string, AnyKernelFn>>;
  active: Backend | undefined;
  registrationCounter: number;
  readonly tape: {
    nextNodeId: number;
    nextTraceId: number;
    /** > 0 while a primitive's own forward runs: its inner ops must not be recorded. */
    suspendDepth: number;
    /** Traces whose `f` is running, innermost last. */
    readonly activeTraces: Trace[];
  };
}

const SLOT: unique symbol = Symbol.for('@softdtw/autodiff/registry');

function createState(): GlobalState {
  return {
    version: VERSION,
    backends: new Map(),
    kernels: new Map(),
    active: undefined,
    registrationCounter: 0,
    tape: { nextNodeId: 0, nextTraceId: 0, suspendDepth: 0, activeTraces: [] },
  };
}

/**
 * The guard a second copy runs when it finds the slot taken. Internal (exported for tests).
 *
 * @param existingVersion - version recorded in the slot by the first copy
 * @param version - version of the copy that is initialising
 * @returns nothing; throws {@link DuplicateModuleError} when they differ
 */
export function assertCompatibleVersions(existingVersion: string, version: string): void {
  if (existingVersion !== version) {
    throw new DuplicateModuleError(
      `@softdtw/autodiff: expected one copy per process, got versions ${existingVersion} and ${version}. ` +
        'Two copies would keep two backend registries; make every package depend on one version (`npm dedupe`, or align the peerDependency ranges).',
    );
  }
}

function claimSlot(): GlobalState {
  const holder = globalThis as { [SLOT]?: GlobalState };
  const existing = holder[SLOT];
  if (existing !== undefined) {
    assertCompatibleVersions(existing.version, VERSION);
    return existing;
  }
  const state = createState();
  Object.defineProperty(holder, SLOT, { value: state, enumerable: false, configurable: true, writable: false });
  return state;
}

/** The process-wide state. Internal. */
export const globalState: GlobalState = claimSlot();

