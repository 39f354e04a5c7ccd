// @ts-check
// The calculator asks nothing of the network but its own files: every request a page makes is
// recorded and checked, it renders under a strict Content-Security-Policy, the single-file
// build works from file:// with the network blocked, and the demo works offline after one visit.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { errorsOf, foreignRequests, launch, newPage, repoRoot, requestsOf } from './harness.mjs';
import { startServer } from './server.mjs';
import { fixtureHtml, openFixture, resultOf, rowCells, waitForCalculators } from './widget-fixture.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {Awaited<ReturnType<typeof startServer>>} */
let strict;
/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  server = await startServer();
  strict = await startServer({ csp: CSP });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await strict?.close();
});

test('a page with a calculator requests only the element module and the first module’s glue and wasm', async () => {
  const page = await newPage(browser);
  await openFixture(page, server.url, fixtureHtml('<mining-calculator rig="antminer-s21"></mining-calculator><mining-calculator rig="rtx-3080"></mining-calculator>'));
  // Use it a little: typing and switching rigs must not fetch anything either.
  const calc = page.locator('mining-calculator').first();
  await calc.locator('[name="electricity-price"]').fill('0.12');
  await calc.locator('[name="rig"]').selectOption('antminer-l9');
  await calc.locator('details.mc-how summary').first().click();
  await page.waitForTimeout(200);
  const paths = requestsOf(page).map((url) => new URL(url).pathname);
  assert.deepEqual(paths.sort(), ['/fixture.html', '/mining-calculator.js', '/pkg/minecalc_first.js', '/pkg/minecalc_first_bg.wasm'].sort());
  assert.deepEqual(foreignRequests(page, server.url), []);
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('every page of the site requests only its own files', async () => {
  for (const name of ['index.html', 'docs.html', 'embed.html']) {
    const page = await newPage(browser);
    await page.goto(`${server.url}/${name}`);
    if (name !== 'docs.html') await waitForCalculators(page);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(foreignRequests(page, server.url), [], name);
    assert.deepEqual(errorsOf(page), [], name);
    await page.close();
  }
});

test("the demo renders under Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'", async () => {
  for (const name of ['index.html', 'embed.html', 'docs.html']) {
    const page = await newPage(browser);
    /** @type {string[]} */
    const logged = [];
    page.on('console', (message) => logged.push(`${message.type()}: ${message.text()}`));
    const response = await page.goto(`${strict.url}/${name}`);
    assert.equal(response?.headers()['content-security-policy'], CSP);
    if (name !== 'docs.html') {
      await waitForCalculators(page);
      assert.ok(await resultOf(page), `${name}: the calculator computed a result`);
      // The constructable stylesheet applies: the frame has its border and padding.
      const padding = await page.locator('mining-calculator').first().evaluate((el) => getComputedStyle(/** @type {Element} */ (el.shadowRoot?.querySelector('.mc'))).paddingTop);
      assert.notEqual(padding, '0px');
    }
    await page.waitForLoadState('networkidle');
    assert.deepEqual(
      logged.filter((line) => /Content.Security.Policy|Refused to/i.test(line)),
      [],
      `${name}: no CSP violations`,
    );
    assert.deepEqual(errorsOf(page), [], name);
    await page.close();
  }
});

test('dist/minecalc.html works from file:// with every network request blocked', async (t) => {
  const file = path.join(repoRoot(), 'dist', 'minecalc.html');
  assert.ok(existsSync(file), `${file} is missing: run \`cargo xtask dist\` first (cargo xtask test does)`);
  const context = await browser.newContext();
  await context.setOffline(true);
  /** @type {string[]} */
  const blocked = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(pathToFileURL(file).href);
  await waitForCalculators(page);
  const calc = page.locator('mining-calculator');
  await calc.locator('[name="electricity-price"]').fill('0.05');
  const result = await resultOf(page);
  assert.ok(result, 'the offline file computes');
  assert.equal(result.assumptions.electricityPrice, '0.05');
  const [day] = await rowCells(calc, 'BTC mined');
  assert.match(day, /^0\.0\d+$/);
  assert.deepEqual(blocked, [], 'no request left the file');
  assert.deepEqual(errors, []);
  t.diagnostic(`dist/minecalc.html rendered from ${pathToFileURL(file).href}`);
  await context.close();
});

test('after one visit the demo works offline (service worker)', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await waitForCalculators(page);
  // Wait until the worker has installed and cached the site, and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await waitForCalculators(page);
  assert.ok(await resultOf(page, '#demo'), 'the calculator works offline');
  await page.goto(`${server.url}/docs.html`);
  assert.equal(await page.locator('h1').innerText(), 'Docs for embedders');
  await context.close();
});
