import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { BACKEND_ENV_VAR, getBackend, listBackends, ready, registerBackend, setBackend, type Backend } from '../index.js';
import { resetRegistryForTests } from './resetRegistry.js';

const make = (name: string, extra: Partial<Backend> = {}): Backend => ({ name, capabilities: { float64: false, syncRead: false }, ...extra });

beforeEach(() => {
  resetRegistryForTests();
  vi.stubEnv(BACKEND_ENV_VAR, '');
});
afterEach(() => {
  vi.unstubAllEnvs();
  resetRegistryForTests();
});

describe('backend registry', () => {
  test('cpu is registered with priority 1 and getBackend activates it synchronously', () => {
    expect(listBackends()).toEqual([{ name: 'cpu', priority: 1, active: false, supported: true, status: 'untried' }]);
    const backend = getBackend();
    expect(backend.name).toBe('cpu');
    expect(backend.capabilities).toEqual({ float64: true, syncRead: true });
    expect(listBackends()[0]).toMatchObject({ active: true, status: 'ready' });
  });

  test('ready() picks the highest-priority backend that initialises', async () => {
    registerBackend('mid', () => make('mid'), { priority: 2 });
    registerBackend('high', async () => make('high'), { priority: 3 });
    expect((await ready()).name).toBe('high');
    expect(listBackends().map((b) => b.name)).toEqual(['high', 'mid', 'cpu']);
    expect(getBackend().name).toBe('high');
  });

  test('ready() skips unsupported backends (false or a reason) and failing factories', async () => {
    registerBackend('gpu', () => make('gpu'), { priority: 5, isSupported: () => 'navigator.gpu is missing' });
    registerBackend('off', () => make('off'), { priority: 4, isSupported: () => false });
    registerBackend('flaky', () => Promise.reject(new Error('no adapter')), { priority: 3 });
    expect((await ready()).name).toBe('cpu');
    const rows = Object.fromEntries(listBackends().map((b) => [b.name, b]));
    expect(rows['gpu']).toMatchObject({ supported: 'navigator.gpu is missing', status: 'failed', reason: 'not supported: navigator.gpu is missing' });
    expect(rows['off']).toMatchObject({ supported: false, status: 'failed' });
    expect(rows['flaky']).toMatchObject({ status: 'failed', reason: 'factory failed: no adapter' });
  });

  test('ready() with every backend failing lists each one and why', async () => {
    registerBackend('cpu', () => { throw new Error('cpu disabled'); }, { priority: 1, override: true });
    registerBackend('gpu', () => make('gpu'), { priority: 5, isSupported: () => 'no GPU' });
    await expect(ready()).rejects.toMatchObject({ code: 'E_BACKEND_INIT' });
    await expect(ready()).rejects.toThrow(/gpu: not supported: no GPU; cpu: factory failed: cpu disabled/);
  });

  test('setBackend(name) uses that backend or fails loudly (no silent fallback)', async () => {
    registerBackend('gpu', () => make('gpu'), { priority: 5, isSupported: () => 'no GPU' });
    registerBackend('broken', () => { throw new Error('bad init'); }, { priority: 0 });
    await expect(setBackend('gpu')).rejects.toThrow("setBackend: expected backend 'gpu' to initialise, got 'not supported: no GPU'.");
    await expect(setBackend('broken')).rejects.toMatchObject({ code: 'E_BACKEND_INIT', cause: expect.objectContaining({ message: 'bad init' }) });
    await expect(setBackend('nope')).rejects.toThrow("setBackend: expected a registered backend name or 'auto', got 'nope'. Registered: gpu (priority 5), cpu (priority 1), broken (priority 0).");
    await expect(setBackend('nope')).rejects.toMatchObject({ code: 'E_BACKEND_NOT_FOUND' });
    expect((await setBackend('auto')).name).toBe('cpu');
  });

  test('created backends are cached; switching back reuses the instance', async () => {
    const factory = vi.fn(() => make('other'));
    registerBackend('other', factory, { priority: 0 });
    const first = await setBackend('other');
    await setBackend('cpu');
    expect(await setBackend('other')).toBe(first);
    expect(factory).toHaveBeenCalledTimes(1);
  });

  test('concurrent ready() calls initialise a backend once', async () => {
    const factory = vi.fn(async () => make('slow'));
    registerBackend('slow', factory, { priority: 9 });
    const [a, b] = await Promise.all([ready(), ready()]);
    expect(a).toBe(b);
    expect(factory).toHaveBeenCalledTimes(1);
  });

  test('a factory returning a wrongly named or malformed backend is rejected', async () => {
    registerBackend('liar', () => make('other-name'), { priority: 0 });
    registerBackend('junk', () => 42 as unknown as Backend, { priority: 0 });
    await expect(setBackend('liar')).rejects.toThrow(/named 'other-name' instead of 'liar'/);
    await expect(setBackend('junk')).rejects.toThrow(/not a Backend/);
  });

  test('isSupported that throws counts as unsupported with the reason', async () => {
    registerBackend('throws', () => make('throws'), { priority: 0, isSupported: () => { throw new Error('probe crashed'); } });
    expect(listBackends().find((b) => b.name === 'throws')?.supported).toBe('isSupported() threw: probe crashed');
    await expect(setBackend('throws')).rejects.toThrow(/probe crashed/);
  });

  test('duplicate registration throws; override replaces, disposes and deactivates', async () => {
    const dispose = vi.fn();
    registerBackend('x', () => make('x', { dispose }), { priority: 0 });
    expect(() => registerBackend('x', () => make('x'), { priority: 0 })).toThrow(
      "registerBackend: expected a new backend name, got 'x' which is already registered. Pass { override: true } to replace it.",
    );
    await setBackend('x');
    registerBackend('x', () => make('x'), { priority: 7, override: true });
    expect(dispose).toHaveBeenCalledTimes(1);
    expect(listBackends()[0]).toMatchObject({ name: 'x', priority: 7, active: false, status: 'untried' });
    expect(getBackend().name).toBe('cpu');
  });

  test('invalid registrations are InvalidArgumentErrors', () => {
    expect(() => registerBackend('', () => make(''), { priority: 0 })).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
    expect(() => registerBackend('auto', () => make('auto'), { priority: 0 })).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
    expect(() => registerBackend('p', () => make('p'), { priority: NaN })).toThrow(/finite number/);
  });
});

describe('SOFTDTW_BACKEND', () => {
  test('ready() honours it over priorities', async () => {
    registerBackend('high', () => make('high'), { priority: 9 });
    vi.stubEnv(BACKEND_ENV_VAR, 'cpu');
    expect((await ready()).name).toBe('cpu');
  });

  test("'auto' means the priority search", async () => {
    registerBackend('high', () => make('high'), { priority: 9 });
    vi.stubEnv(BACKEND_ENV_VAR, 'auto');
    expect((await ready()).name).toBe('high');
  });

  test('naming an unknown backend is a BackendNotFoundError listing what is registered', async () => {
    vi.stubEnv(BACKEND_ENV_VAR, 'webgpu');
    await expect(ready()).rejects.toThrow(/got 'webgpu'. Registered: cpu \(priority 1\)/);
  });

  test('getBackend() before ready() with another backend named: BackendNotReadyError', () => {
    registerBackend('wasm', async () => make('wasm'), { priority: 2 });
    vi.stubEnv(BACKEND_ENV_VAR, 'wasm');
    expect(() => getBackend()).toThrow(expect.objectContaining({ code: 'E_BACKEND_NOT_READY', message: expect.stringContaining('await ready()') }));
  });

  test('getBackend() after ready() returns the named backend', async () => {
    registerBackend('wasm', async () => make('wasm'), { priority: 2 });
    vi.stubEnv(BACKEND_ENV_VAR, 'wasm');
    await ready();
    expect(getBackend().name).toBe('wasm');
  });

  test('getBackend() with cpu named activates cpu synchronously', () => {
    vi.stubEnv(BACKEND_ENV_VAR, 'cpu');
    expect(getBackend().name).toBe('cpu');
  });
});
