// @ts-check
// The npm package as a site installs it: `npm pack` dist/npm (written by `cargo xtask package`),
// install the tarball into a copy of this scratch Vite app (vite pinned in package-lock.json,
// so only the npm registry is used, through the lock file), type-check the app against the
// package's .d.ts, `vite build`, serve the output, open it in Chromium, and read a result from
// both the element and the API. Run by `cargo xtask test`.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, test } from 'node:test';
import { errorsOf, foreignRequests, launch, newPage, repoRoot, requestsOf } from '../e2e/harness.mjs';
import { startServer } from '../e2e/server.mjs';

const run = promisify(execFile);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const PACKAGE = path.join(repoRoot(), 'dist', 'npm');
const APP_FILES = ['package.json', 'package-lock.json', 'index.html', 'main.js', 'tsconfig.json'];
/** npm flags: no audit or fund requests, and the cache first, so warm runs need no network. */
const QUIET = ['--prefer-offline', '--no-audit', '--no-fund'];

/** @type {string} */
let app;
/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {Awaited<ReturnType<typeof launch>>} */
let browser;

/**
 * Runs a command in `cwd`; on failure the error carries its output.
 *
 * @param {string} cwd
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<string>} stdout
 */
async function sh(cwd, command, args) {
  try {
    const { stdout } = await run(command, args, { cwd, maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = /** @type {{ stdout?: string, stderr?: string, message: string }} */ (error);
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

before(async () => {
  assert.ok(existsSync(path.join(PACKAGE, 'package.json')), 'dist/npm is missing: run `cargo xtask package` first');
  app = await mkdtemp(path.join(tmpdir(), 'minecalc-npm-app-'));
  for (const file of APP_FILES) await copyFile(path.join(HERE, file), path.join(app, file));
  const packed = JSON.parse(await sh(PACKAGE, 'npm', ['pack', '--json', '--pack-destination', app]));
  const tarball = path.join(app, packed[0].filename);
  await sh(app, 'npm', ['ci', ...QUIET]);
  await sh(app, 'npm', ['install', '--no-save', ...QUIET, tarball]);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (app) await rm(app, { recursive: true, force: true });
});

test('the package has its entries, their types, and the wasm', async () => {
  const installed = path.join(app, 'node_modules', 'minecalc');
  for (const file of ['mining-calculator.js', 'mining-calculator.d.ts', 'pkg/minecalc_wasm.js', 'pkg/minecalc_wasm.d.ts', 'pkg/minecalc_wasm_bg.wasm', 'pkg/minecalc_first.js', 'pkg/minecalc_first_bg.wasm', 'pkg/minecalc_api.js', 'pkg/minecalc_api.d.ts', 'pkg/minecalc_api_bg.wasm', 'lang/de.json', 'README.md', 'LICENSE-MIT', 'LICENSE-APACHE']) {
    assert.ok(existsSync(path.join(installed, file)), `the tarball lacks ${file}`);
  }
  // `minecalc/api-only` resolves through the package's exports and answers (in Node here).
  const script = [
    "import { readFileSync } from 'node:fs';",
    "import { initSync, calculate } from 'minecalc/api-only';",
    "initSync({ module: readFileSync('node_modules/minecalc/pkg/minecalc_api_bg.wasm') });",
    "process.stdout.write(calculate({ coin: 'ltc', hashrate: '16 GH/s', difficulty: '50000000', blockReward: '6.25', powerWatts: 3425, electricityPrice: '0.10' }).daily.coins);",
  ].join('\n');
  assert.equal(await sh(app, 'node', ['--input-type=module', '-e', script]), '0.040233135223');
  // The app's JS is checked against the package's types (the element's properties, the API).
  const tsc = path.join(repoRoot(), 'tests', 'e2e', 'node_modules', '.bin', 'tsc');
  await sh(app, tsc, ['--noEmit', '-p', 'tsconfig.json']);
});

test('a Vite build of a site using the package shows a result', async () => {
  await sh(app, path.join(app, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn']);
  const assets = await readdir(path.join(app, 'dist', 'assets'));
  assert.ok(assets.some((name) => name.endsWith('.wasm')), `Vite copied the wasm: ${assets.join(', ')}`);
  assert.ok(assets.some((name) => /^de-[\w-]+\.json$/.test(name)), `Vite copied the German texts: ${assets.join(', ')}`);

  server = await startServer({ root: path.join(app, 'dist') });
  browser = await launch();
  const page = await newPage(browser, { viewport: { width: 1000, height: 900 } });
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => document.querySelector('mining-calculator')?.getAttribute('data-profit'), undefined, { timeout: 20_000 });
  const read = await page.evaluate(() => {
    const calc = /** @type {any} */ (document.querySelector('mining-calculator'));
    return { coin: calc.result?.assumptions.coin, price: calc.input?.electricityPrice, api: document.getElementById('api')?.textContent };
  });
  assert.deepEqual(read, { coin: 'ltc', price: '0.08', api: '0.040233135223' });
  // From the site's own assets: the element's first module and the API's full module (which
  // the element would also load if a reader opened another tab), each once.
  const wasm = requestsOf(page).filter((url) => url.endsWith('.wasm')).map((url) => new URL(url).pathname).sort();
  assert.equal(wasm.length, 2, wasm.join('\n'));
  assert.match(wasm[0], /^\/assets\/minecalc_first_bg-[\w-]+\.wasm$/);
  assert.match(wasm[1], /^\/assets\/minecalc_wasm_bg-[\w-]+\.wasm$/);
  assert.deepEqual(foreignRequests(page, server.url), []);
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});
