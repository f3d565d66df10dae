/**
 * staticServer: a tiny static file server on 127.0.0.1 for the built app (node:http, no
 * dependencies). It serves the correct MIME types for .wasm (needed by
 * WebAssembly.instantiateStreaming) and .mjs, answers 404 for missing files and 403 for paths
 * that leave the root.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** Content types by file extension. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

/** A running server. */
export interface StaticServer {
  /** Base URL, e.g. http://127.0.0.1:41234/ */
  readonly url: string;
  /** Paths requested so far (for diagnostics). */
  readonly requested: string[];
  close(): Promise<void>;
}

/**
 * Serves `root` on an ephemeral port of 127.0.0.1 (`/` serves `index.html`).
 *
 * @param root - absolute directory to serve
 * @returns the base URL and a close function
 * @example
 * const server = await serveDirectory('/path/to/dist');
 * await fetch(server.url); // index.html
 * await server.close();
 */
export async function serveDirectory(root: string): Promise<StaticServer> {
  const requested: string[] = [];
  const base = normalize(root);
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requested.push(pathname);
    const file = normalize(join(base, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    let size: number;
    try {
      const stats = statSync(file);
      if (!stats.isFile()) throw new Error('not a file');
      size = stats.size;
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${pathname}`);
      return;
    }
    response.writeHead(200, {
      'content-type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': String(size),
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requested,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
