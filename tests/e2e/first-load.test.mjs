// @ts-check
// The first load: what a page downloads before the widget shows its first number (the element,
// the first module's glue and wasm, and the page language's texts), measured from the requests
// a real page makes against the deployable `dist/` build; and how the rest arrives when a reader
// first opens a part the first module lacks (another tab, the projection, a language).

import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { errorsOf, foreignRequests, launch, newPage, repoRoot, requestsOf } from './harness.mjs';
import { startServer } from './server.mjs';
import { field, fixtureHtml, openFixture, resultOf, shadowText } from './widget-fixture.mjs';

/** The budget of issue 11: the first result from 90 KB gzip. */
const FIRST_LOAD_TARGET = 90 * 1024;
/**
 * The regression ceiling: the first load as last measured (123.5 KB gzip; 151.5 KB when the split
 * landed, see CHANGELOG.md and ARCHITECTURE.md "First load") plus about 2 %. The target above is
 * not met yet; this fails the build when the first load grows instead of shrinking. Lower it as
 * it shrinks.
 */
const FIRST_LOAD_CEILING = 126 * 1024;

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {Awaited<ReturnType<typeof startServer>>} */
let dist;
/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  server = await startServer();
  dist = await startServer({ root: path.join(repoRoot(), 'dist') });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await dist?.close();
});

/** Paths of the full module, which a first view must not fetch. */
const FULL = ['/pkg/minecalc_wasm.js', '/pkg/minecalc_wasm_bg.wasm'];

/**
 * Opens `html` on `origin` and records every response's body until the first `change`.
 *
 * @param {string} origin
 * @param {string} html
 */
async function measure(origin, html) {
  const page = await newPage(browser);
  /** @type {Promise<{ path: string, gzip: number }>[]} */
  const bodies = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname === '/first.html') return;
    bodies.push(response.body().then((body) => ({ path: url.pathname, gzip: gzipSync(body, { level: 9 }).length })));
  });
  await openFixture(page, origin, html, 'first.html');
  assert.ok(await resultOf(page), 'a first result');
  const files = await Promise.all(bodies);
  return { page, files, total: files.reduce((sum, f) => sum + f.gzip, 0) };
}

/**
 * Holds the full module's wasm back until the returned function is called, so a test can see
 * the loading state.
 *
 * @param {import('playwright-core').Page} page
 * @returns {Promise<() => void>}
 */
async function holdFullModule(page) {
  /** @type {() => void} */
  let release = () => {};
  const held = new Promise((resolve) => {
    release = () => resolve(undefined);
  });
  await page.route('**/pkg/minecalc_wasm_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('the first result needs only the element, the first module and the page’s texts, within the budget', async () => {
  const { page, files, total } = await measure(dist.url, fixtureHtml('<mining-calculator rig="antminer-s21" electricity-price="0.08"></mining-calculator>'));
  const kb = (/** @type {number} */ n) => (n / 1024).toFixed(1);
  console.log(`first load (gzip -9, dist/): ${files.map((f) => `${f.path} ${kb(f.gzip)} KB`).join(', ')}; total ${kb(total)} KB (target ${kb(FIRST_LOAD_TARGET)} KB, ceiling ${kb(FIRST_LOAD_CEILING)} KB)`);
  assert.deepEqual(files.map((f) => f.path).sort(), ['/mining-calculator.js', '/pkg/minecalc_first.js', '/pkg/minecalc_first_bg.wasm']);
  assert.ok(total <= FIRST_LOAD_CEILING, `first load ${total} B gzip is over the ceiling of ${FIRST_LOAD_CEILING} B`);
  if (total > FIRST_LOAD_TARGET) console.log(`first load: NOT MET: ${kb(total - FIRST_LOAD_TARGET)} KB over the ${kb(FIRST_LOAD_TARGET)} KB target`);
  assert.deepEqual(foreignRequests(page, dist.url), []);
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('a German page gets German texts from lang/de.json, without the full module', async () => {
  const { page, files } = await measure(dist.url, fixtureHtml('<mining-calculator rig="antminer-s21"></mining-calculator>', 'de'));
  assert.ok(files.some((f) => f.path === '/lang/de.json'), 'the German table is fetched');
  // ... beside the wasm, not after it: the element guesses the language before the wasm is in.
  const order = requestsOf(page).map((url) => new URL(url).pathname);
  assert.ok(order.indexOf('/lang/de.json') < order.indexOf('/pkg/minecalc_first_bg.wasm'), order.join(', '));
  assert.ok(!files.some((f) => FULL.includes(f.path)), 'no full module');
  assert.match(await shadowText(page), /Gewinn pro Tag/);
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('opening another tab loads the rest once, shows a loading state, then the view with the reader’s inputs', async () => {
  const page = await newPage(browser, { viewport: { width: 1100, height: 900 } });
  // Hold the full module back a moment, so the loading state can be seen.
  const release = await holdFullModule(page);
  await openFixture(page, server.url, fixtureHtml('<mining-calculator id="a" rig="antminer-s21"></mining-calculator><mining-calculator id="b" rig="antminer-l9"></mining-calculator>'));
  const calc = page.locator('#a');
  await field(calc, 'electricity-price').fill('0.07');
  // What the page hears: one `change` for the hand-over, already with the reader's input.
  await page.evaluate(() => {
    const seen = /** @type {string[]} */ ([]);
    /** @type {any} */ (window).changes = seen;
    document.addEventListener('change', (event) => {
      if (/** @type {Element} */ (event.target).id === 'a') seen.push(/** @type {CustomEvent} */ (event).detail.input.electricityPrice);
    });
  });
  await calc.locator('[data-view=risk]').click();
  const loading = calc.locator('#mc-panel-risk .mc-loading');
  assert.equal(await loading.innerText(), 'Loading…');
  assert.equal(await loading.getAttribute('role'), 'status');
  release();
  await calc.locator('#mc-panel-risk [part=risk]').waitFor();
  // The reader's input, place and focus survive the hand-over.
  assert.equal(await field(calc, 'electricity-price').inputValue(), '0.07');
  assert.equal(await calc.locator('[data-view=risk]').getAttribute('aria-selected'), 'true');
  assert.equal(await page.evaluate(() => document.querySelector('#a')?.shadowRoot?.activeElement?.getAttribute('data-view')), 'risk');
  assert.equal((await resultOf(page, '#a')).assumptions.electricityPrice, '0.07');
  assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).changes), ['0.07']);
  // The other widget upgrades from the same download.
  await page.locator('#b').locator('[data-view=compare]').click();
  await page.locator('#b').locator('#mc-panel-compare .mc-kpi-label').waitFor({ state: 'attached' });
  const full = requestsOf(page).filter((url) => FULL.includes(new URL(url).pathname));
  assert.equal(full.length, 2, `one request per file of the full module: ${full.join(', ')}`);
  // Nothing of the freed first widgets fires later (the announcement after an input waits 750 ms).
  await page.waitForTimeout(900);
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('"Show the projection" brings the chart in and moves focus to it', async () => {
  const page = await newPage(browser, { viewport: { width: 1100, height: 900 } });
  await openFixture(page, server.url, fixtureHtml('<mining-calculator rig="antminer-s21" hardware-cost="4000"></mining-calculator>'));
  const calc = page.locator('mining-calculator');
  await calc.locator('[data-action=load-full]').focus();
  await page.keyboard.press('Enter');
  await calc.locator('#mc-panel-hardware [part=projection] svg').first().waitFor();
  assert.equal(await calc.locator('[data-action=load-full]').count(), 0);
  assert.equal(await page.evaluate(() => document.querySelector('mining-calculator')?.shadowRoot?.activeElement?.getAttribute('part')), 'projection');
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('when the rest cannot load, the tab says so, and opening it again tries again', async () => {
  const page = await newPage(browser, { viewport: { width: 1100, height: 900 } });
  let refuse = true;
  await page.route('**/pkg/minecalc_wasm_bg.wasm', (route) => (refuse ? route.abort() : route.continue()));
  await openFixture(page, server.url, fixtureHtml('<mining-calculator rig="antminer-s21"></mining-calculator>'));
  const calc = page.locator('mining-calculator');
  await calc.locator('[data-view=compare]').click();
  const status = calc.locator('#mc-panel-compare .mc-loading');
  await page.waitForFunction(() => /could not be loaded/.test(document.querySelector('mining-calculator')?.shadowRoot?.querySelector('#mc-panel-compare .mc-loading')?.textContent ?? ''));
  assert.match(await status.innerText(), /Check the connection/);
  // The first view still works meanwhile.
  await calc.locator('[data-view=hardware]').click();
  await field(calc, 'electricity-price').fill('0.05');
  assert.equal((await resultOf(page)).assumptions.electricityPrice, '0.05');
  refuse = false;
  await calc.locator('[data-view=compare]').click();
  await calc.locator('#mc-panel-compare .mc-kpi-label').waitFor({ state: 'attached' });
  assert.equal(await field(calc, 'electricity-price').inputValue(), '0.05');
  await page.close();
});

test('the assumptions and today’s difficulty estimate come with the rest, and say so while it loads', async () => {
  const page = await newPage(browser, { viewport: { width: 1100, height: 900 } });
  const release = await holdFullModule(page);
  // The assumptions' values, set by the page, travel with the form though the first module shows none.
  await openFixture(page, server.url, fixtureHtml('<mining-calculator rig="antminer-s21" difficulty-growth="3"></mining-calculator>'));
  const calc = page.locator('mining-calculator');
  assert.equal(await calc.locator('[data-field=days]').isHidden(), true, 'no assumptions in the first module');
  const snapshot = await field(calc, 'difficulty').inputValue();
  const hint = calc.locator('[data-field=grow-difficulty] .mc-hint');
  await field(calc, 'grow-difficulty').check();
  await page.waitForFunction(() => document.querySelector('mining-calculator')?.shadowRoot?.querySelector('[data-field=grow-difficulty] .mc-hint')?.textContent === 'Loading…');
  // Nothing is claimed meanwhile: the difficulty is still the data's.
  assert.equal(await field(calc, 'difficulty').inputValue(), snapshot);
  release();
  await calc.locator('#mc-panel-hardware [part=projection] svg').first().waitFor();
  assert.equal(await field(calc, 'grow-difficulty').isChecked(), true);
  assert.match(await calc.locator('[data-field=difficulty] .mc-hint').innerText(), /^Estimate for today: .* grown 3 % a month for \d+ days/);
  assert.ok(Number((await resultOf(page)).assumptions.difficulty) > Number(snapshot), 'the grown difficulty is used');
  assert.equal(await calc.locator('[data-field=days]').isVisible(), true, 'the assumptions show with the full module');
  assert.match(await hint.innerText(), /^Grows the market data/);
  // The first widget was freed within a second of the input: its pending announcement must not
  // fire into a freed closure.
  await page.waitForTimeout(900);
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});
