// @ts-check
// The benchmark's web server: serves <repo>/dist (the deployable build, minified as a site would
// host it, so the first-load row matches the size gate's) the way a host would, compressed (gzip -9,
// the level `cargo xtask build` reports sizes at, for any client that accepts it), plus
// pages and files the benchmark makes up (`pages`). Unlike the tests' server.mjs it answers
// everything itself, so Chromium's network emulation applies to every request (a response
// fulfilled by `page.route` would skip the emulated link).

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from './harness.mjs';
import { MIME_TYPES } from './server.mjs';

/**
 * @typedef {object} BenchServer
 * @property {string} url origin, without a trailing slash
 * @property {(name: string, body: string | Buffer, type?: string) => void} page serves `body` at `/name`
 * @property {() => Promise<void>} close
 */

/** gzip -9 of `body`. */
export function gzip(/** @type {string | Buffer} */ body) {
  return gzipSync(body, { level: 9 });
}

/**
 * Starts the server on 127.0.0.1 at a free port.
 *
 * @returns {Promise<BenchServer>}
 */
export async function startBenchServer() {
  const root = path.join(repoRoot(), 'dist');
  /** @type {Map<string, { body: Buffer, type: string }>} */
  const pages = new Map();
  /** Compressed files, by path (the files do not change during a run). */
  /** @type {Map<string, Buffer>} */
  const compressed = new Map();

  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    respond(pathname, /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')))
      .then(({ status, type, body, zipped }) => {
        /** @type {Record<string, string>} */
        const headers = { 'Content-Type': type, 'Cache-Control': 'no-store', 'Content-Length': String(body.length) };
        if (zipped) headers['Content-Encoding'] = 'gzip';
        res.writeHead(status, headers);
        res.end(body);
      })
      .catch((/** @type {unknown} */ error) => {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(String(error));
      });
  });

  /**
   * @param {string} pathname
   * @param {boolean} acceptsGzip
   * @returns {Promise<{ status: number, type: string, body: Buffer, zipped: boolean }>}
   */
  async function respond(pathname, acceptsGzip) {
    let file = pages.get(pathname);
    if (file === undefined) {
      const full = path.resolve(root, `.${pathname}`);
      if (!full.startsWith(root + path.sep)) return { status: 403, type: 'text/plain', body: Buffer.from('403\n'), zipped: false };
      try {
        const ext = /** @type {keyof typeof MIME_TYPES} */ (path.extname(full).toLowerCase());
        file = { body: await readFile(full), type: MIME_TYPES[ext] ?? 'application/octet-stream' };
      } catch {
        return { status: 404, type: 'text/plain', body: Buffer.from('404\n'), zipped: false };
      }
    }
    if (!acceptsGzip) return { status: 200, type: file.type, body: file.body, zipped: false };
    let zipped = compressed.get(pathname);
    if (zipped === undefined) {
      zipped = gzip(file.body);
      compressed.set(pathname, zipped);
    }
    return { status: 200, type: file.type, body: zipped, zipped: true };
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error(`unexpected server address: ${String(address)}`);
  return {
    url: `http://127.0.0.1:${address.port}`,
    page(name, body, type = 'text/html; charset=utf-8') {
      const key = `/${name}`;
      pages.set(key, { body: Buffer.from(body), type });
      compressed.delete(key);
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
