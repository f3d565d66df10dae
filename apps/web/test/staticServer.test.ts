import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory, type StaticServer } from './staticServer.js';

describe('serveDirectory', () => {
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'softdtw-static-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><p>hi</p>');
    writeFileSync(join(root, 'kernel.wasm'), Uint8Array.from([0, 97, 115, 109, 1, 0, 0, 0]));
    writeFileSync(join(root, 'glue.mjs'), 'export {};');
    server = await serveDirectory(root);
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves index.html at / and the right MIME types for .wasm and .mjs', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await fetch(server.url);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('<p>hi</p>');
    const wasm = await fetch(`${server.url}kernel.wasm`);
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect(WebAssembly.validate(new Uint8Array(await wasm.arrayBuffer()))).toBe(true);
    expect((await fetch(`${server.url}glue.mjs`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for missing files and 403 for paths outside the root', async () => {
    expect((await fetch(`${server.url}nope.js`)).status).toBe(404);
    expect((await fetch(`${server.url}..%2F..%2F..%2Fetc%2Fpasswd`)).status).toBe(403);
    expect(server.requested).toContain('/kernel.wasm');
  });
});
