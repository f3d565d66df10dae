/**
 * The backend registry: named factories with priorities, and the one active backend.
 *
 * Selection rules:
 * - `ready()`: if a backend is active, return it. Otherwise, when `process.env.SOFTDTW_BACKEND`
 *   is set, `setBackend(thatName)`; else the priority search (`'auto'`).
 * - Priority search: registered backends from highest priority to lowest (ties: first
 *   registered first); skip those whose `isSupported()` is not `true`; keep the first whose
 *   factory resolves. If none does: `BackendInitError` listing each backend and why it failed.
 * - `setBackend(name)`: that backend or an error (`BackendNotFoundError` listing the registered
 *   names, `BackendInitError` with the reason). Never a silent fallback, except for `'auto'`.
 * - `getBackend()` (synchronous): the active backend; if none, activates `'cpu'` (registered
 *   here, priority 1, synchronous factory), unless `SOFTDTW_BACKEND` names another backend
 *   (or `'auto'`), in which case it throws `BackendNotReadyError`: call `await ready()`.
 * - Created backends are cached; switching back reuses the instance. Re-registering a name with
 *   `{ override: true }` disposes the old instance and, if it was active, deactivates it.
 */
import { BackendInitError, BackendNotFoundError, BackendNotReadyError, DuplicateRegistrationError, InvalidArgumentError } from '../errors.js';
import type { Backend } from './Backend.js';
import { globalState, type BackendEntry, type SupportAnswer } from './globalState.js';

/** Options of {@link registerBackend}. */
export interface RegisterBackendOptions {
  /** Higher is tried first by `ready()`. The built-in cpu backend has priority 1. */
  readonly priority: number;
  /** `true` if usable here; `false` or a reason string if not. Called before the factory. */
  readonly isSupported?: () => SupportAnswer;
  /** Replace an existing registration of the same name instead of throwing. */
  readonly override?: boolean;
}

/** One row of {@link listBackends}. */
export interface BackendInfo {
  readonly name: string;
  readonly priority: number;
  readonly active: boolean;
  /** `true`, `false`, or the reason it is not supported. */
  readonly supported: SupportAnswer;
  readonly status: 'untried' | 'ready' | 'failed';
  readonly reason?: string;
}

/** Environment variable that names the backend `ready()` selects (`'auto'` = priority search). */
export const BACKEND_ENV_VAR = 'SOFTDTW_BACKEND';

const AUTO = 'auto';

/** The name under which the built-in reference backend is registered. */
export const CPU_BACKEND_NAME = 'cpu';

/**
 * Creates the built-in cpu backend: float64, synchronous; primitives run their reference loops.
 *
 * @returns a fresh cpu backend object
 * @example
 * ```ts
 * createCpuBackend().capabilities.float64; // true
 * ```
 */
export function createCpuBackend(): Backend {
  return { name: CPU_BACKEND_NAME, capabilities: { float64: true, syncRead: true } };
}

const state = globalState;

/**
 * Registers a backend factory.
 *
 * @param name - unique name (`'cpu'`, `'wasm'`, `'webgpu'`, ...)
 * @param factory - creates the backend; may be async (GPU adapters)
 * @param opts - `priority` (required), `isSupported`, `override`
 * @throws DuplicateRegistrationError when `name` is taken and `override` is not set
 * @example
 * ```ts
 * registerBackend('webgpu', () => createWebGpuBackend(), {
 *   priority: 3,
 *   isSupported: () => ('gpu' in navigator ? true : 'navigator.gpu is missing'),
 * });
 * ```
 */
export function registerBackend(name: string, factory: () => Backend | Promise<Backend>, opts: RegisterBackendOptions): void {
  if (typeof name !== 'string' || name.length === 0 || name === AUTO) {
    throw new InvalidArgumentError(`registerBackend: expected a non-empty name other than 'auto', got ${JSON.stringify(name)}. Pick a backend name such as 'wasm'.`);
  }
  if (typeof factory !== 'function') {
    throw new InvalidArgumentError(`registerBackend: expected a factory function, got ${typeof factory}. Pass () => backend or an async function.`);
  }
  if (typeof opts?.priority !== 'number' || !Number.isFinite(opts.priority)) {
    throw new InvalidArgumentError(`registerBackend: expected { priority: <finite number> }, got ${String(opts?.priority)}. The cpu backend has priority 1; pass a higher number to be preferred.`);
  }
  const existing = state.backends.get(name);
  if (existing !== undefined) {
    if (opts.override !== true) {
      throw new DuplicateRegistrationError(
        `registerBackend: expected a new backend name, got '${name}' which is already registered. Pass { override: true } to replace it.`,
      );
    }
    if (existing.instance !== undefined && state.active === existing.instance) state.active = undefined;
    existing.instance?.dispose?.();
  }
  state.backends.set(name, {
    name,
    factory,
    priority: opts.priority,
    isSupported: opts.isSupported,
    order: state.registrationCounter++,
    status: 'untried',
    reason: undefined,
    instance: undefined,
    pending: undefined,
  });
}

/**
 * Activates a backend by name, or by the priority search with `'auto'`.
 *
 * @param name - a registered name, or `'auto'`
 * @returns the active backend
 * @throws BackendNotFoundError for an unknown name (lists the registered ones)
 * @throws BackendInitError when the backend is unsupported or its factory fails
 * @example
 * ```ts
 * await setBackend('cpu');
 * ```
 */
export async function setBackend(name: string): Promise<Backend> {
  if (name === AUTO) return activate(await searchByPriority('setBackend'));
  const entry = findEntry(name, 'setBackend');
  return activate(await initialise(entry, 'setBackend'));
}

/**
 * Resolves once a backend is active; selects one if needed (see the rules at the top of this file).
 *
 * @returns the active backend
 * @throws BackendInitError when no backend can start (each one's reason is listed)
 * @example
 * ```ts
 * const backend = await ready();
 * backend.name; // 'cpu' unless a higher-priority backend is registered and supported
 * ```
 */
export async function ready(): Promise<Backend> {
  if (state.active !== undefined) return state.active;
  const requested = requestedBackendName();
  return requested === undefined ? setBackend(AUTO) : setBackend(requested);
}

/**
 * The active backend, activating `'cpu'` synchronously when none is active yet.
 *
 * @returns the active backend
 * @throws BackendNotReadyError when `SOFTDTW_BACKEND` names another backend: `await ready()` first
 * @example
 * ```ts
 * getBackend().name; // 'cpu'
 * ```
 */
export function getBackend(): Backend {
  if (state.active !== undefined) return state.active;
  const requested = requestedBackendName();
  if (requested !== undefined && requested !== CPU_BACKEND_NAME) {
    throw new BackendNotReadyError(
      `getBackend: expected an active backend, got none while ${BACKEND_ENV_VAR}='${requested}' asks for another than cpu. ` +
        'That backend may initialise asynchronously: call `await ready()` once before computing.',
    );
  }
  const entry = findEntry(CPU_BACKEND_NAME, 'getBackend');
  if (entry.instance !== undefined) return activate(entry.instance);
  const support = evaluateSupport(entry);
  if (support !== true) throw recordFailure(entry, `not supported: ${describeSupport(support)}`, 'getBackend');
  let created: Backend | Promise<Backend>;
  try {
    created = entry.factory();
  } catch (error) {
    throw recordFailure(entry, `factory threw: ${errorMessage(error)}`, 'getBackend', error);
  }
  if (created instanceof Promise) {
    throw new BackendNotReadyError(
      "getBackend: expected the 'cpu' backend factory to be synchronous, got a Promise (cpu was re-registered with an async factory). Call `await ready()` once before computing.",
    );
  }
  return activate(accept(entry, created, 'getBackend'));
}

/**
 * Every registered backend, highest priority first, with its support and initialisation status.
 *
 * @returns one row per backend
 * @example
 * ```ts
 * listBackends().map((b) => `${b.name}:${b.status}`); // ['cpu:ready']
 * ```
 */
export function listBackends(): BackendInfo[] {
  return sortedEntries().map((entry) => ({
    name: entry.name,
    priority: entry.priority,
    active: entry.instance !== undefined && entry.instance === state.active,
    supported: evaluateSupport(entry),
    status: entry.status,
    ...(entry.reason === undefined ? {} : { reason: entry.reason }),
  }));
}

/** Registers the built-in cpu backend if absent (module load, and after a test reset). Internal. */
export function registerCpuBackend(): void {
  if (!state.backends.has(CPU_BACKEND_NAME)) registerBackend(CPU_BACKEND_NAME, createCpuBackend, { priority: 1 });
}

registerCpuBackend();

function requestedBackendName(): string | undefined {
  if (typeof process === 'undefined' || typeof process.env !== 'object') return undefined;
  const value = process.env[BACKEND_ENV_VAR];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function sortedEntries(): BackendEntry[] {
  return [...state.backends.values()].sort((a, b) => b.priority - a.priority || a.order - b.order);
}

function findEntry(name: string, op: string): BackendEntry {
  const entry = state.backends.get(name);
  if (entry === undefined) {
    const registered = sortedEntries().map((e) => `${e.name} (priority ${e.priority})`);
    throw new BackendNotFoundError(
      `${op}: expected a registered backend name or 'auto', got '${name}'. Registered: ${registered.join(', ') || 'none'}. ` +
        'Register it with registerBackend(...) (or call the package’s registerXBackend()), or pick a registered name.',
    );
  }
  return entry;
}

async function searchByPriority(op: string): Promise<Backend> {
  const failures: string[] = [];
  for (const entry of sortedEntries()) {
    try {
      return await initialise(entry, op);
    } catch (error) {
      failures.push(`${entry.name}: ${entry.reason ?? errorMessage(error)}`);
    }
  }
  throw new BackendInitError(
    `${op}: expected at least one registered backend to initialise, got none: ${failures.join('; ') || 'no backend is registered'}. ` +
      'Register a supported backend, or fix the reported problem.',
  );
}

async function initialise(entry: BackendEntry, op: string): Promise<Backend> {
  if (entry.instance !== undefined) return entry.instance;
  if (entry.pending !== undefined) return entry.pending;
  const support = evaluateSupport(entry);
  if (support !== true) throw recordFailure(entry, `not supported: ${describeSupport(support)}`, op);
  entry.pending = (async () => {
    let created: Backend;
    try {
      created = await entry.factory();
    } catch (error) {
      throw recordFailure(entry, `factory failed: ${errorMessage(error)}`, op, error);
    }
    return accept(entry, created, op);
  })();
  try {
    return await entry.pending;
  } finally {
    entry.pending = undefined;
  }
}

function accept(entry: BackendEntry, created: unknown, op: string): Backend {
  const candidate = created as Partial<Backend> | null;
  if (typeof candidate !== 'object' || candidate === null || typeof candidate.capabilities !== 'object') {
    throw recordFailure(entry, 'factory returned something that is not a Backend ({ name, capabilities })', op);
  }
  if (candidate.name !== entry.name) {
    throw recordFailure(entry, `factory returned a backend named '${String(candidate.name)}' instead of '${entry.name}'`, op);
  }
  entry.instance = candidate as Backend;
  entry.status = 'ready';
  entry.reason = undefined;
  return entry.instance;
}

function activate(backend: Backend): Backend {
  state.active = backend;
  return backend;
}

function evaluateSupport(entry: BackendEntry): SupportAnswer {
  if (entry.isSupported === undefined) return true;
  try {
    const answer = entry.isSupported();
    return typeof answer === 'string' || typeof answer === 'boolean' ? answer : Boolean(answer);
  } catch (error) {
    return `isSupported() threw: ${errorMessage(error)}`;
  }
}

function describeSupport(answer: SupportAnswer): string {
  return typeof answer === 'string' ? answer : 'isSupported() returned false';
}

function recordFailure(entry: BackendEntry, reason: string, op: string, cause?: unknown): BackendInitError {
  entry.status = 'failed';
  entry.reason = reason;
  return new BackendInitError(
    `${op}: expected backend '${entry.name}' to initialise, got '${reason}'. Use another backend (listBackends() shows what is available) or fix the reported problem.`,
    cause === undefined ? undefined : { cause },
  );
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
