/**
 * End-to-end test of the browser app in headless Debian Chromium (playwright-core, no bundled
 * browser): builds the app (or reuses a fresh dist), serves it on 127.0.0.1, drives the page
 * through its controls and reads the numbers it publishes on `window.__softdtw`.
 *
 * Checked: no console errors or uncaught page errors anywhere; the soft-DTW value of a pair
 * equals @softdtw/core's in this Node process on every backend that starts (tolerance per
 * backend, below); 'auto' picks the highest-priority backend that starts — webgpu when an
 * adapter exists; a named backend that is missing or cannot start (webgpu in a second browser
 * without WebGPU) is reported and not replaced — only 'auto' falls back; a dropped malformed file is reported
 * in the page; barycenters, k-means and the ONNX forecast run, in the worker, while the page
 * stays responsive; screenshots are written to test-output/ and are not blank.
 *
 * Without /usr/bin/chromium (or CHROMIUM_PATH) the suite is skipped with the reason logged.
 */
import { softDtw } from '@softdtw/core';
import { bundledDataset } from '@softdtw/datasets/node';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppState } from '../src/AppState.js';
import { builtApp, TEST_OUTPUT } from './buildApp.js';
import { decodePng, distinctColours } from './decodePng.js';
import { serveDirectory, type StaticServer } from './staticServer.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`[apps/web browser test] skipped: no Chromium at ${CHROMIUM} (install Debian's chromium, or set CHROMIUM_PATH).`);

const BASE_ARGS = ['--no-sandbox', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

/**
 * Relative tolerance of a backend's value against @softdtw/core's float64 cpu value, scaled by
 * max(1, |value|). cpu is the same code (bit-identical expected, 1e-12 for safety); wasm runs
 * float64 with its own exp/log polynomials (~1e-13 measured by its package; 1e-9 here); tfjs
 * and WebGPU compute in float32 (~6e-8 per operation, accumulated over n + m − 1 = 299
 * diagonals of soft-min: 2e-3 covers it with margin). Unknown backends get the tolerance of
 * the dtype they report.
 */
const TOLERANCE: Readonly<Record<string, number>> = { cpu: 1e-12, wasm: 1e-9, tfjs: 2e-3, webgpu: 2e-3 };
function toleranceOf(backend: string, dtype: 'float64' | 'float32'): number {
  return TOLERANCE[backend] ?? (dtype === 'float64' ? 1e-9 : 2e-3);
}

const gunPoint = bundledDataset('GunPoint', { split: 'train' }).train;

interface Browser {
  readonly context: BrowserContext;
  readonly userDataDir: string;
}

/** Console errors and uncaught errors from every page and worker, with where they came from. */
const problems: string[] = [];

async function launch(extraArgs: readonly string[]): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'softdtw-web-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...BASE_ARGS, ...extraArgs],
    viewport: { width: 1100, height: 900 },
  });
  return { context, userDataDir };
}

async function close(browser: Browser | undefined): Promise<void> {
  if (browser === undefined) return;
  await browser.context.close();
  rmSync(browser.userDataDir, { recursive: true, force: true });
}

/** Opens the app and waits until it has started (backends probed, GunPoint loaded, first alignment settled). */
async function openApp(browser: Browser, url: string, label: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`[${label}] console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`[${label}] uncaught: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(() => window.__softdtw?.ready === true && window.__softdtw.alignment.status !== 'running', undefined, { timeout: 60_000 });
  return page;
}

function appState(page: Page): Promise<AppState> {
  return page.evaluate(() => JSON.parse(JSON.stringify(window.__softdtw)) as AppState);
}

/** Sets the pair and γ through the page's controls and waits for that alignment. */
async function alignPair(page: Page, i: number, j: number, log10Gamma: number): Promise<AppState> {
  await page.fill('#pair-i', String(i));
  await page.fill('#pair-j', String(j));
  await page.evaluate((value) => {
    const slider = document.getElementById('gamma-slider') as HTMLInputElement;
    slider.value = value;
    slider.dispatchEvent(new Event('input'));
  }, String(log10Gamma));
  const gamma = Number((10 ** log10Gamma).toPrecision(3));
  await page.waitForFunction(
    ([i, j, gamma]) => {
      const a = window.__softdtw.alignment;
      return a.status !== 'running' && a.result !== null && a.result.i === i && a.result.j === j && a.result.gamma === gamma;
    },
    [i, j, gamma] as const,
    { timeout: 30_000 },
  );
  return appState(page);
}

async function waitForJob(page: Page, key: 'barycenters' | 'kmeans' | 'forecast', runsBefore: number): Promise<AppState> {
  await page.waitForFunction(([key, runs]) => window.__softdtw[key].runs > runs && window.__softdtw[key].status !== 'running', [key, runsBefore] as const, {
    timeout: 90_000,
  });
  return appState(page);
}

/** Distinct colours on a canvas of the page (drawn pictures have many; a blank one has 1). */
function canvasColours(page: Page, id: string): Promise<number> {
  return page.evaluate((id) => {
    const canvas = document.getElementById(id) as HTMLCanvasElement;
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
    const seen = new Set<number>();
    for (let k = 0; k < data.length; k += 4) seen.add(((data[k] ?? 0) << 16) | ((data[k + 1] ?? 0) << 8) | (data[k + 2] ?? 0));
    return seen.size;
  }, id);
}

async function screenshot(page: Page, name: string): Promise<{ path: string; width: number; height: number; colours: number }> {
  const path = join(TEST_OUTPUT, name);
  const png = await page.screenshot({ fullPage: true });
  writeFileSync(path, png);
  const image = decodePng(png);
  return { path, width: image.width, height: image.height, colours: distinctColours(image) };
}

function expectNoProblems(): void {
  expect(problems, problems.join('\n')).toEqual([]);
}

describe.skipIf(!HAVE_CHROMIUM)('the browser app in headless Chromium', () => {
  let server: StaticServer;
  let withGpu: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(TEST_OUTPUT, { recursive: true });
    for (const file of readdirSync(TEST_OUTPUT)) if (file.endsWith('.png')) rmSync(join(TEST_OUTPUT, file));
    const app = await builtApp();
    console.info(`[apps/web browser test] ${app.built ? 'built the app' : 'reused the fresh dist'} in ${(app.ms / 1000).toFixed(1)} s: ${app.directory}`);
    server = await serveDirectory(app.directory);
    withGpu = await launch(['--enable-unsafe-webgpu']);
    page = await openApp(withGpu, server.url, 'webgpu-enabled');
  });

  afterAll(async () => {
    await close(withGpu);
    await server?.close();
  });

  it('loads without console errors and draws the first alignment', async () => {
    const state = await appState(page);
    expect(state.crash).toBeNull();
    expect(state.dataset.result).toMatchObject({ name: 'GunPoint (train)', count: 50, minLength: 150 });
    expect(state.alignment.status, state.alignment.error ?? '').toBe('done');
    expect(await canvasColours(page, 'alignment-canvas')).toBeGreaterThan(20);
    expectNoProblems();
  });

  it("'auto' selects the highest-priority backend that starts", async () => {
    const state = await appState(page);
    console.info(
      `[apps/web browser test] backends: ${state.backends.map((b) => `${b.name}=${b.available ? 'yes' : `no (${b.reason ?? ''})`}`).join(', ')}` +
        `${state.failedPackages.length > 0 ? `; not registered: ${state.failedPackages.map((f) => `${f.packageName} (${f.reason})`).join('; ')}` : ''}`,
    );
    const best = [...state.backends].filter((b) => b.available).sort((a, b) => b.priority - a.priority)[0];
    expect(state.requestedBackend).toBe('auto');
    expect(state.backend).toBe(best?.name);
    expect(state.alignment.result?.backend).toBe(best?.name);
  });

  it('selects webgpu when an adapter is available', async (context) => {
    const adapter = await page.evaluate(async () => {
      const gpu = (navigator as unknown as { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
      return gpu === undefined ? 'navigator.gpu is missing' : (await gpu.requestAdapter()) === null ? 'requestAdapter() returned null' : 'ok';
    });
    const state = await appState(page);
    const webgpu = state.backends.find((b) => b.name === 'webgpu');
    if (adapter !== 'ok' || webgpu === undefined) {
      const reason =
        adapter !== 'ok'
          ? `no WebGPU adapter in this Chromium (${adapter})`
          : `the webgpu backend is not registered (${state.failedPackages.find((f) => f.backend === 'webgpu')?.reason ?? 'unknown'})`;
      console.warn(`[apps/web browser test] webgpu selection not checked: ${reason}`);
      context.skip();
      return;
    }
    expect(webgpu.available, webgpu.reason ?? '').toBe(true);
    expect(state.backend).toBe('webgpu');
  });

  it('computes the value Node computes, on every backend that starts', async () => {
    const [i, j, log10Gamma] = [3, 7, -1];
    const x = gunPoint.series[i] as number[];
    const y = gunPoint.series[j] as number[];
    const reference = softDtw(x, y, { gamma: 0.1 });
    const available = (await appState(page)).backends.filter((b) => b.available).map((b) => b.name);
    expect(available).toContain('cpu');
    const checked: string[] = [];
    for (const name of available) {
      await page.selectOption('#backend-select', name);
      await page.waitForFunction((name) => window.__softdtw.backend === name, name);
      // Move off and back so a fresh alignment is computed on this backend.
      await alignPair(page, i, j, 0);
      const state = await alignPair(page, i, j, log10Gamma);
      const result = state.alignment.result;
      expect(state.alignment.status, state.alignment.error ?? '').toBe('done');
      expect(result?.backend).toBe(name);
      const value = result?.value ?? NaN;
      const tolerance = toleranceOf(name, result?.dtype ?? 'float32');
      expect(Math.abs(value - reference), `${name}: ${value} vs Node ${reference}`).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(reference)));
      expect(Math.abs((result?.cpuValue ?? NaN) - reference)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(reference)));
      checked.push(`${name}: ${value} (${result?.dtype})`);
    }
    console.info(`[apps/web browser test] soft-DTW(GunPoint ${i}, ${j}; γ = 0.1): Node ${reference}; ${checked.join('; ')}`);
    await page.selectOption('#backend-select', 'auto');
    await page.waitForFunction(() => window.__softdtw.requestedBackend === 'auto' && window.__softdtw.backend !== null);
    expectNoProblems();
  });

  it("reports a backend that cannot start and does not replace it; only 'auto' falls back (Chromium without WebGPU)", async () => {
    const noGpu = await launch([]);
    try {
      const app = await openApp(noGpu, `${server.url}?backend=no-such-backend`, 'no-webgpu');
      let state = await appState(app);
      expect(state.backend).toBeNull();
      expect(state.backendError).toContain('E_BACKEND_NOT_FOUND');
      expect(state.alignment.status).toBe('error');
      expect(state.alignment.error).toContain('E_NO_BACKEND');
      expect(await app.locator('#backend-error').isVisible()).toBe(true);

      const webgpu = state.backends.find((b) => b.name === 'webgpu');
      if (webgpu === undefined) {
        console.warn('[apps/web browser test] webgpu is not registered: the unavailable-webgpu case is not checked');
      } else {
        expect(webgpu.available).toBe(false);
        expect(webgpu.reason).toMatch(/adapter|navigator\.gpu/);
        await app.selectOption('#backend-select', 'webgpu');
        await app.waitForFunction(() => window.__softdtw.requestedBackend === 'webgpu' && window.__softdtw.alignment.status !== 'running');
        state = await appState(app);
        expect(state.backend).toBeNull();
        expect(state.backendError).toContain('E_BACKEND_INIT');
        expect(state.alignment.error).toContain('E_NO_BACKEND');
        console.info(`[apps/web browser test] without WebGPU, 'webgpu' → ${state.backendError}`);
      }

      await app.selectOption('#backend-select', 'auto');
      await app.waitForFunction(() => window.__softdtw.backend !== null && window.__softdtw.alignment.status === 'done');
      state = await appState(app);
      const best = [...state.backends].filter((b) => b.available).sort((a, b) => b.priority - a.priority)[0];
      expect(state.backend).not.toBe('webgpu');
      expect(state.backend).toBe(best?.name);
      expect(state.alignment.result?.backend).toBe(best?.name);
      console.info(`[apps/web browser test] without WebGPU, 'auto' → ${state.backend}`);
    } finally {
      await close(noGpu);
    }
    expectNoProblems();
  });

  it('computes barycenters, k-means clusters and an ONNX forecast in the worker while the page stays responsive', async () => {
    await alignPair(page, 0, 1, 0);
    let state = await appState(page);
    await page.selectOption('#class-select', '1');
    await page.click('#barycenter-button');
    state = await waitForJob(page, 'barycenters', state.barycenters.runs);
    expect(state.barycenters.status, state.barycenters.error ?? '').toBe('done');
    expect(state.barycenters.result).toMatchObject({ label: '1', members: 24, length: 150 });
    expect(state.barycenters.result?.softDtwDtwLoss).toBeGreaterThan(0);
    expect(await canvasColours(page, 'barycenter-canvas')).toBeGreaterThan(20);

    await page.click('#kmeans-button');
    const roundTrips: number[] = [];
    while ((await page.evaluate(() => window.__softdtw.kmeans.status)) === 'running') {
      const started = performance.now();
      await page.evaluate(() => document.getElementById('gamma-value')?.textContent);
      roundTrips.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    state = await waitForJob(page, 'kmeans', 0);
    expect(state.kmeans.status, state.kmeans.error ?? '').toBe('done');
    expect(state.kmeans.result?.labels).toHaveLength(50);
    expect(roundTrips.length, 'k-means finished before the page could be probed').toBeGreaterThan(2);
    expect(Math.max(...roundTrips), `page round trips while k-means ran: ${roundTrips.map((t) => t.toFixed(0)).join(', ')} ms`).toBeLessThan(500);
    expect(await canvasColours(page, 'kmeans-canvas')).toBeGreaterThan(20);

    await page.fill('#forecast-epochs', '10');
    await page.click('#forecast-button');
    state = await waitForJob(page, 'forecast', 0);
    expect(state.forecast.status, state.forecast.error ?? '').toBe('done');
    expect(state.forecast.result).toMatchObject({ inputLength: 90, outputLength: 60, indices: [0, 1] });
    expect(state.forecast.result?.maxAbsDiff).toBeLessThan(1e-4);
    expect(await canvasColours(page, 'forecast-canvas')).toBeGreaterThan(20);
    expectNoProblems();
  });

  it('takes screenshots that are not blank', async () => {
    const blank = await withGpu?.context.newPage();
    const empty = await blank?.screenshot();
    await blank?.close();
    const full = await screenshot(page, `app-${(await appState(page)).backend ?? 'none'}.png`);
    const alignment = join(TEST_OUTPUT, 'alignment.png');
    const alignmentPng = await page.locator('#alignment-canvas').screenshot({ path: alignment });
    console.info(`[apps/web browser test] screenshots: ${full.path} (${full.width}×${full.height}, ${full.colours} colours), ${alignment}`);
    expect(full.width * full.height).toBeGreaterThan(0);
    expect(full.colours).toBeGreaterThan(100);
    expect(distinctColours(decodePng(alignmentPng))).toBeGreaterThan(20);
    if (empty !== undefined) expect(distinctColours(decodePng(empty))).toBe(1); // the check can tell blank from drawn
  });

  it('reports a malformed dropped file in the page and loads a good one', async () => {
    const before = await appState(page);
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['1\t0.5\t0.25\n2\t0.5\tabc\n'], 'broken.tsv', { type: 'text/tab-separated-values' }));
      document.getElementById('drop-zone')?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction((runs) => window.__softdtw.dataset.runs > runs, before.dataset.runs);
    let state = await appState(page);
    expect(state.dataset.status).toBe('error');
    expect(state.dataset.error).toMatch(/E_UCR_PARSE.*broken\.tsv, line 2, column 3/);
    expect(await page.locator('#dataset-error').textContent()).toContain('broken.tsv, line 2');
    expect(state.dataset.result?.name).toBe('GunPoint (train)');

    await page.setInputFiles('#file-input', { name: 'tiny.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from('1\t0\t1\t2\t1\n2\t0\t2\t1\n1\t1\t1\t0\t0\n') });
    await page.waitForFunction(() => window.__softdtw.dataset.result?.name === 'tiny.tsv' && window.__softdtw.alignment.status !== 'running');
    state = await alignPair(page, 0, 2, 0);
    expect(state.dataset.result).toMatchObject({ count: 3, minLength: 3, maxLength: 4 });
    const reference = softDtw([0, 1, 2, 1], [1, 1, 0, 0], { gamma: 1 });
    const result = state.alignment.result;
    expect(Math.abs((result?.value ?? NaN) - reference)).toBeLessThanOrEqual(toleranceOf(result?.backend ?? '', result?.dtype ?? 'float32') * Math.max(1, Math.abs(reference)));
    expectNoProblems();
  });
});
