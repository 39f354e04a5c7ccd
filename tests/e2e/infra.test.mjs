// @ts-check
// Smoke test of the browser-test infrastructure itself (server.mjs, harness.mjs): a tiny page
// in a temporary folder is served, opened in Chromium, read, and checked for accessibility.

import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { axeViolations, errorsOf, foreignRequests, formatViolations, launch, newPage, requestsOf } from './harness.mjs';
import { startServer } from './server.mjs';

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Infra smoke test</title><script type="module" src="app.mjs"></script></head>
<body><main><h1>Hello</h1><p id="out">waiting</p></main></body>
</html>
`;
const APP = `document.getElementById('out').textContent = 'script ran';\n`;
// The smallest valid WebAssembly module: magic number and version.
const WASM = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
const CSP = "default-src 'self'";

/** @type {string} */
let dir;
/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'minecalc-infra-'));
  await writeFile(path.join(dir, 'index.html'), PAGE);
  await writeFile(path.join(dir, 'app.mjs'), APP);
  await writeFile(path.join(dir, 'empty.wasm'), WASM);
  server = await startServer({ root: dir, csp: CSP });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('the server sends the right MIME types, CSP and cache headers', async () => {
  const html = await fetch(`${server.url}/`);
  assert.equal(html.status, 200);
  assert.equal(html.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(html.headers.get('content-security-policy'), CSP);
  assert.equal(html.headers.get('cache-control'), 'no-cache');

  const wasm = await fetch(`${server.url}/empty.wasm`);
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  assert.equal(wasm.headers.get('content-security-policy'), null);
  assert.ok(await WebAssembly.validate(new Uint8Array(await wasm.arrayBuffer())));

  assert.equal((await fetch(`${server.url}/app.mjs`)).headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.equal((await fetch(`${server.url}/missing.js`)).status, 404);
});

test('the server refuses paths outside its root', async () => {
  for (const raw of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json']) {
    const status = await new Promise((resolve, reject) => {
      // node:http sends the path as written; fetch() would normalise the dots away first.
      const req = request({ host: '127.0.0.1', port: new URL(server.url).port, path: raw }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', reject);
      req.end();
    });
    assert.ok(status === 403 || status === 404, `${raw} answered ${status}`);
  }
});

test('Chromium opens the page, runs its script, and makes no outside request', async () => {
  const page = await newPage(browser, { colorScheme: 'dark', viewport: { width: 360, height: 640 } });
  await page.goto(server.url);
  await page.getByText('script ran').waitFor();
  assert.equal(await page.locator('h1').textContent(), 'Hello');

  assert.deepEqual(requestsOf(page), [`${server.url}/`, `${server.url}/app.mjs`]);
  assert.deepEqual(foreignRequests(page, server.url), []);
  assert.ok(requestsOf(page).every((url) => new URL(url).hostname === '127.0.0.1'));
  assert.ok(server.requests.includes('/app.mjs'), server.requests.join(', '));
  assert.deepEqual(errorsOf(page), []);

  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], formatViolations(violations));
  await page.close();
});
