/**
 * The CLI's `--backend auto|cpu|wasm|tfjs|webgpu`, in one place.
 *
 * Backend packages are loaded lazily, with dynamic `import()`, and only when asked for (or for
 * `auto`): a backend that is broken or missing on this machine cannot break the commands that do
 * not use it. Each package exports `register<Name>Backend()`, which registers it in
 * `@softdtw/autodiff`'s registry; then `setBackend(name)` starts it.
 *
 * - An unknown name is a usage error (exit 2) listing the valid names.
 * - A named backend that cannot load or start is a runtime error (exit 1) with its reason. There is
 *   no silent fallback, except for `auto`, which keeps the highest-priority backend that starts
 *   (webgpu 4, wasm 3, tfjs 2, cpu 1) and says in `skipped` why the others did not.
 * - webgpu in Node needs a GPU object: the package's `./node` helper when it has one, else
 *   `create([])` from the `webgpu` package (Dawn). Without a Vulkan driver Dawn finds no adapter; on
 *   a machine without a GPU, `VK_ICD_FILENAMES=/usr/lib/chromium/vk_swiftshader_icd.json` selects
 *   SwiftShader (slow, for testing).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listBackends, setBackend } from '@softdtw/autodiff';
import { CliRuntimeError } from './CliRuntimeError.js';
import { CliUsageError } from './CliUsageError.js';

/** Names `--backend` accepts. */
export const BACKEND_CHOICES = ['auto', 'cpu', 'wasm', 'tfjs', 'webgpu'] as const;

/** One of {@link BACKEND_CHOICES}. */
export type BackendChoice = (typeof BACKEND_CHOICES)[number];

/** A backend package that registers itself on demand. */
type LoadableBackend = Exclude<BackendChoice, 'auto' | 'cpu'>;

/** The backend that runs the computation, and why others were passed over (for `auto`). */
export interface SelectedBackend {
  /** The active backend's registry name. */
  readonly name: string;
  /** What `auto` tried and could not use: `name: reason`. Empty for a named backend. */
  readonly skipped: readonly string[];
}

/** Environment variable that sets the default of `--backend` (also read by `@softdtw/autodiff`). */
export const BACKEND_ENV = 'SOFTDTW_BACKEND';

/**
 * The default of `--backend`: `$SOFTDTW_BACKEND` when set, else `cpu` (the float64 reference:
 * the same numbers on every machine; pass `--backend auto` for the fastest backend that starts).
 * @returns the default backend name.
 * @example defaultBackendName(); // 'cpu'
 */
export function defaultBackendName(): string {
  const fromEnv = process.env[BACKEND_ENV]?.trim();
  return fromEnv === undefined || fromEnv === '' ? 'cpu' : fromEnv;
}

// Module specifiers held in variables, so that TypeScript does not require a subpath or an export
// that a backend package has not published yet; the checks below say what is missing at run time.
const PACKAGES: Record<LoadableBackend, { readonly specifier: string; readonly register: string }> = {
  wasm: { specifier: '@softdtw/backend-wasm', register: 'registerWasmBackend' },
  tfjs: { specifier: '@softdtw/backend-tfjs', register: 'registerTfjsBackend' },
  webgpu: { specifier: '@softdtw/backend-webgpu', register: 'registerWebGpuBackend' },
};
const WEBGPU_NODE_HELPER = '@softdtw/backend-webgpu/node';
const DAWN_PACKAGE = 'webgpu';
/** tfjs kernels run on a tfjs backend: its WASM backend when it loads (faster), and its CPU backend always. */
const TFJS_KERNEL_BACKENDS = ['@tensorflow/tfjs-backend-cpu', '@tensorflow/tfjs-backend-wasm'];

type Module = Record<string, unknown>;

const registered = new Set<LoadableBackend>();

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? message).replace(/\.+$/, '');
}

async function importModule(specifier: string): Promise<Module> {
  return (await import(specifier)) as Module;
}

/**
 * Whether `auto` should try webgpu in Node: only where a GPU or a Vulkan driver is in sight (a
 * render node, an NVIDIA device, or `VK_ICD_FILENAMES` / `VK_DRIVER_FILES` set). Elsewhere Dawn
 * finds no adapter anyway, after printing driver warnings on stderr that a user did not ask for.
 */
function webGpuWorthTrying(): true | string {
  if ((process.env['VK_ICD_FILENAMES'] ?? '') !== '' || (process.env['VK_DRIVER_FILES'] ?? '') !== '') return true;
  if (existsSync('/dev/dri') || existsSync('/dev/nvidia0') || process.platform === 'darwin' || process.platform === 'win32') return true;
  return 'no GPU device (/dev/dri, /dev/nvidia0) and VK_ICD_FILENAMES unset: not tried by auto (pass --backend webgpu to try it)';
}

/** The GPU object for webgpu in Node: the backend's own helper if it has one, else Dawn's `create([])`. */
async function nodeGpu(): Promise<unknown> {
  // Dawn's Vulkan loader prints "XDG_RUNTIME_DIR is invalid" when the variable is unset (headless
  // servers, containers); a private temporary directory satisfies it and nothing else reads it here.
  if ((process.env['XDG_RUNTIME_DIR'] ?? '') === '') process.env['XDG_RUNTIME_DIR'] = mkdtempSync(join(tmpdir(), 'softdtw-xdg-'));
  let helper: Module | undefined;
  try {
    helper = await importModule(WEBGPU_NODE_HELPER);
  } catch {
    helper = undefined; // no ./node subpath: use the webgpu package directly
  }
  const factory = helper?.['createNodeGpu'] ?? helper?.['nodeGpu'];
  if (typeof factory === 'function') return (await (factory as () => unknown)()) as unknown;
  const dawn = await importModule(DAWN_PACKAGE);
  const globals = dawn['globals'];
  if (typeof globals === 'object' && globals !== null) {
    for (const [key, value] of Object.entries(globals)) if (!(key in globalThis)) Object.assign(globalThis, { [key]: value });
  }
  const create = dawn['create'];
  if (typeof create !== 'function') throw new Error(`the ${DAWN_PACKAGE} package has no create() export`);
  return (create as (flags: string[]) => unknown)([]);
}

/**
 * Load a backend package and call its `register<Name>Backend()`; idempotent.
 * @throws Error with the reason (package missing, no register export, register failed).
 */
async function registerPackage(name: LoadableBackend): Promise<void> {
  if (registered.has(name) || listBackends().some((b) => b.name === name)) {
    registered.add(name);
    return;
  }
  const { specifier, register } = PACKAGES[name];
  let module: Module;
  try {
    module = await importModule(specifier);
  } catch (error) {
    throw new Error(`could not load ${specifier}: ${reasonOf(error)}`);
  }
  const registerFn = module[register];
  if (typeof registerFn !== 'function') {
    throw new Error(`${specifier} does not export ${register}() in this build (the backend is not available yet)`);
  }
  if (name === 'tfjs') {
    for (const kernels of TFJS_KERNEL_BACKENDS) {
      try {
        await importModule(kernels);
      } catch {
        // an optional tfjs backend that does not load here; tfjs uses the others
      }
    }
  }
  const options = name === 'webgpu' ? { gpu: await nodeGpu() } : undefined;
  try {
    (registerFn as (options?: unknown) => void)(options);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'E_DUPLICATE_REGISTRATION') throw error;
  }
  registered.add(name);
}

/**
 * Check a `--backend` value.
 * @param text - the raw option.
 * @returns the name, typed.
 * @throws {@link CliUsageError} for an unknown name, listing the valid ones.
 * @example parseBackendChoice('wasm'); // 'wasm'
 */
export function parseBackendChoice(text: string): BackendChoice {
  if (!(BACKEND_CHOICES as readonly string[]).includes(text)) {
    throw new CliUsageError(`--backend: expected one of ${BACKEND_CHOICES.join(', ')}, got "${text}". Example: --backend cpu`);
  }
  return text as BackendChoice;
}

/**
 * Make `name` the active backend of `@softdtw/autodiff` (registering its package first).
 * @param name - a `--backend` value: `auto`, `cpu`, `wasm`, `tfjs` or `webgpu`.
 * @returns the active backend's name and, for `auto`, why the others were skipped.
 * @throws {@link CliUsageError} for an unknown name (exit 2).
 * @throws {@link CliRuntimeError} when the named backend cannot load or start, with its reason (exit 1).
 * @example
 * const { name } = await selectBackend('auto'); // 'wasm' where WASM SIMD works, else 'cpu'
 */
export async function selectBackend(name: string): Promise<SelectedBackend> {
  const choice = parseBackendChoice(name);
  if (choice === 'auto') {
    const skipped: string[] = [];
    for (const candidate of Object.keys(PACKAGES) as LoadableBackend[]) {
      const worth = candidate === 'webgpu' ? webGpuWorthTrying() : true;
      if (worth !== true) {
        skipped.push(`webgpu: ${worth}`);
        continue;
      }
      try {
        await registerPackage(candidate);
      } catch (error) {
        skipped.push(`${candidate}: ${reasonOf(error)}`);
      }
    }
    const backend = await setBackend('auto');
    for (const info of listBackends()) {
      if (info.name !== backend.name && info.status === 'failed' && !skipped.some((s) => s.startsWith(`${info.name}:`))) {
        skipped.push(`${info.name}: ${info.reason ?? 'failed to start'}`);
      }
    }
    return { name: backend.name, skipped };
  }
  if (choice !== 'cpu') {
    try {
      await registerPackage(choice);
    } catch (error) {
      throw new CliRuntimeError(`--backend ${choice}: ${reasonOf(error)}. Use --backend cpu (always available) or --backend auto.`);
    }
  }
  try {
    const backend = await setBackend(choice);
    return { name: backend.name, skipped: [] };
  } catch (error) {
    throw new CliRuntimeError(`--backend ${choice}: the backend did not start: ${reasonOf(error)}. Use --backend cpu (always available) or --backend auto.`);
  }
}
