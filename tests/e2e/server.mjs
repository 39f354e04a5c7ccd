// @ts-check
// Static file server for the browser tests: serves a folder (by default <repo>/www) on
// 127.0.0.1 at a free port, with the right MIME types, and records every request it receives.
// It can also send the headers of a Netlify-style `_headers` file (the one `cargo xtask dist`
// writes), so the cross-origin tests check the file a host would deploy.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from './harness.mjs';

/** MIME types by lower-case file extension. Anything else is served as application/octet-stream. */
export const MIME_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
});

/**
 * @typedef {object} StaticServer
 * @property {string} url Origin of the server, without a trailing slash, e.g. `http://127.0.0.1:41234`.
 *   `page.goto(server.url)` loads `<root>/index.html`; `${server.url}/demo.html` loads a page.
 * @property {string[]} requests Every request target received, in order, as sent by the client
 *   (path plus query string, e.g. `/pkg/minecalc_wasm_bg.wasm`).
 * @property {() => Promise<void>} close Stops the server and drops open connections.
 */

/**
 * Starts a static file server on 127.0.0.1 at a port chosen by the OS.
 *
 * - `GET`/`HEAD` only; `/` and `/dir/` serve `index.html` of that folder.
 * - Paths that would leave `root` (`..`, encoded or not) get 403; missing files get 404.
 * - Every response carries `Cache-Control: no-cache`; HTML responses also carry
 *   `Content-Security-Policy: <csp>` when `csp` is given; `headers` adds headers by path.
 *
 * @param {{ root?: string, csp?: string, headers?: HeaderRules }} [options]
 *   `root`: folder to serve (default `<repo>/www`); `csp`: policy to send with HTML pages;
 *   `headers`: extra headers per path, e.g. from `readHeadersFile`.
 * @returns {Promise<StaticServer>}
 */
export async function startServer({ root, csp, headers: rules } = {}) {
  const base = path.resolve(root ?? path.join(repoRoot(), 'www'));
  /** @type {string[]} */
  const requests = [];

  const server = createServer((req, res) => {
    const target = req.url ?? '/';
    requests.push(target);
    serve(base, target, req.method ?? 'GET', csp)
      .then(({ status, headers, body }) => {
        const extra = status === 200 && rules ? rules(new URL(target, 'http://127.0.0.1').pathname) : {};
        res.writeHead(status, { 'Cache-Control': 'no-cache', ...headers, ...extra });
        res.end(req.method === 'HEAD' ? undefined : body);
      })
      .catch((/** @type {unknown} */ error) => {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
        res.end(`500 Internal Server Error\n${String(error)}\n`);
      });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error(`unexpected server address: ${String(address)}`);
  }

  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** @typedef {(pathname: string) => Record<string, string>} HeaderRules */

/**
 * Reads a Netlify / Cloudflare Pages `_headers` file: a path pattern on its own line (`*`
 * matches anything, e.g. `/pkg/*`), then its headers indented, `Name: value`. `#` starts a
 * comment. Returns the headers of every rule whose pattern matches a path.
 *
 * @param {string} file
 * @returns {Promise<HeaderRules>}
 */
export async function readHeadersFile(file) {
  /** @type {{ pattern: RegExp, headers: [string, string][] }[]} */
  const rules = [];
  for (const line of (await readFile(file, 'utf8')).split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().split('*').map((part) => part.replace(/[.?+^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const at = line.indexOf(':');
      const rule = rules.at(-1);
      if (at < 0 || rule === undefined) throw new Error(`${file}: cannot read ${JSON.stringify(line)}`);
      rule.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return (pathname) => Object.fromEntries(rules.filter((r) => r.pattern.test(pathname)).flatMap((r) => r.headers));
}

/**
 * Works out the response for one request.
 *
 * @param {string} base absolute folder being served
 * @param {string} target request target (path and query)
 * @param {string} method HTTP method
 * @param {string | undefined} csp Content-Security-Policy for HTML responses
 * @returns {Promise<{ status: number, headers: Record<string, string>, body: Buffer | string }>}
 */
async function serve(base, target, method, csp) {
  const text = { 'Content-Type': 'text/plain; charset=utf-8' };
  if (method !== 'GET' && method !== 'HEAD') {
    return { status: 405, headers: { ...text, Allow: 'GET, HEAD' }, body: '405 Method Not Allowed\n' };
  }

  let pathname;
  try {
    pathname = decodeURIComponent(new URL(target, 'http://127.0.0.1').pathname);
  } catch {
    return { status: 400, headers: text, body: '400 Bad Request\n' };
  }
  // `new URL` already resolves plain `..` segments; this also catches encoded ones (%2e%2e, %2f).
  if (pathname.includes('\0') || pathname.split(/[\\/]/).includes('..')) {
    return { status: 403, headers: text, body: '403 Forbidden\n' };
  }

  let file = path.resolve(base, `.${pathname}`);
  if (file !== base && !file.startsWith(base + path.sep)) {
    return { status: 403, headers: text, body: '403 Forbidden\n' };
  }
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = path.join(file, 'index.html');
  }
  const body = await readFile(file).catch(() => null);
  if (body === null) {
    return { status: 404, headers: text, body: `404 Not Found: ${pathname}\n` };
  }

  const extension = path.extname(file).toLowerCase();
  const type = /** @type {Record<string, string>} */ (MIME_TYPES)[extension] ?? 'application/octet-stream';
  /** @type {Record<string, string>} */
  const headers = { 'Content-Type': type, 'Content-Length': String(body.length) };
  if (csp !== undefined && type.startsWith('text/html')) {
    headers['Content-Security-Policy'] = csp;
  }
  return { status: 200, headers, body };
}
