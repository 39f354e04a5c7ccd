// @ts-check
// Answers a reader can trust: any currency converts the market data's prices (from the menu or
// the attribute, in any case), a priced rig fills its typical cost so payback shows at once,
// implausible figures are flagged next to their field, free power is said, and a rig that
// cannot mine the asked coin says so instead of switching silently.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { errorsOf, launch, newPage } from './harness.mjs';
import { startServer } from './server.mjs';
import { field, fixtureHtml, openFixture, resultOf } from './widget-fixture.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * @param {string} body
 */
async function open(body) {
  const page = await newPage(browser, { viewport: { width: 1100, height: 900 } });
  await openFixture(page, server.url, fixtureHtml(body));
  return page;
}

/** @param {import('playwright-core').Page} page */
async function visibleText(page) {
  return page.locator('mining-calculator').first().evaluate((el) => /** @type {HTMLElement} */ (el.shadowRoot?.querySelector('.mc'))?.innerText ?? '');
}

test('"S21 at 0.12 in EUR": the menu converts the market price, and every figure is in euros', async () => {
  const page = await open('<mining-calculator rig="antminer-s21" electricity-price="0.12"></mining-calculator>');
  const calc = page.locator('mining-calculator');
  const usd = await resultOf(page);
  await field(calc, 'currency').selectOption('EUR');
  const eur = await resultOf(page);
  assert.equal(eur.currency, 'EUR');
  assert.ok(eur.assumptions.fx, 'the rate used is named');
  const rate = Number(eur.assumptions.fx.usdTo);
  assert.ok(Math.abs(Number(eur.assumptions.coinPrice) - Number(usd.assumptions.coinPrice) * rate) < 1e-6);
  assert.match(await calc.locator('#mc-panel-hardware .mc-kpi-value').innerText(), /€/);
  assert.match(await calc.locator('[data-field="coin-price"] .mc-hint').innerText(), /Converted at 1 USD = .* EUR/);
  // The typical rig price follows the currency too, so payback answers in euros.
  assert.ok(eur.paybackDays === null || Number(eur.paybackDays) > 0);
  assert.match(await calc.locator('[data-field="hardware-cost"] .mc-hint').innerText(), /Typical price of a new unit: €/);
  const text = await visibleText(page);
  assert.doesNotMatch(text, /NaN|undefined|\$/);
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('currency="eur" on a blog: the menu shows EUR and the results are non-empty euros', async () => {
  const page = await open('<mining-calculator rig="antminer-s21" currency="eur" lang="de"></mining-calculator>');
  const calc = page.locator('mining-calculator');
  assert.equal(await field(calc, 'currency').inputValue(), 'EUR');
  const result = await resultOf(page);
  assert.ok(result, 'a result, not dashes');
  assert.equal(result.currency, 'EUR');
  assert.match(await calc.locator('#mc-panel-hardware .mc-kpi-value').innerText(), /€/);
  assert.doesNotMatch(await calc.locator('#mc-panel-hardware .mc-table').innerText(), /—/);
  await page.close();
});

test('picking a priced rig fills its typical price, so payback appears at once; a typed cost stays', async () => {
  const page = await open('<mining-calculator rig="custom" coin="btc" hashrate="100 TH/s" electricity-price="0.03"></mining-calculator>');
  const calc = page.locator('mining-calculator');
  assert.equal(await field(calc, 'hardware-cost').inputValue(), '');
  await field(calc, 'rig').selectOption('antminer-s21');
  const result = await resultOf(page);
  const rigs = await page.evaluate(async () => {
    const glue = '/pkg/minecalc_wasm.js';
    const wasm = await import(glue);
    await wasm.default(); // the page may have loaded only the first module
    return wasm.rigs();
  });
  const s21 = rigs.find((/** @type {any} */ r) => r.id === 'antminer-s21');
  assert.ok(s21.price, 'the S21 has a dated price');
  assert.equal(result.assumptions.hardwareCost, s21.price.value);
  assert.ok(result.paybackDays, 'payback answers');
  assert.notEqual(await calc.locator('.mc-figure', { hasText: 'Payback' }).locator('.mc-figure-value').innerText(), 'Enter a hardware cost');
  await field(calc, 'hardware-cost').fill('1500');
  await page.keyboard.press('Tab');
  await field(calc, 'rig').selectOption('antminer-s21-pro');
  assert.equal(await field(calc, 'hardware-cost').inputValue(), '1500');
  await page.close();
});

test('implausible figures compute but are flagged on their field; free power is said', async () => {
  const page = await open('<mining-calculator rig="antminer-s21" electricity-price="0.08"></mining-calculator>');
  const calc = page.locator('mining-calculator');
  await field(calc, 'difficulty').fill('1');
  await page.keyboard.press('Tab');
  const result = await resultOf(page);
  assert.ok(result, 'it still computes');
  assert.ok(result.warnings.some((/** @type {any} */ w) => w.code === 'difficultyFarBelowMarket'));
  const difficulty = calc.locator('[data-field="difficulty"]');
  assert.match(await difficulty.getAttribute('class') ?? '', /is-warning/);
  assert.match(await difficulty.locator('.mc-hint').innerText(), /1,000 times below the network's difficulty/);
  await field(calc, 'electricity-price').fill('');
  await page.keyboard.press('Tab');
  assert.match(await calc.locator('[data-field="electricity-price"] .mc-hint').innerText(), /free power assumed/);
  await page.close();
});

test('a GPU asked to mine BTC says it cannot, and which coin it shows instead', async () => {
  const page = await open('<mining-calculator rig="rtx-4090" coin="btc"></mining-calculator>');
  const calc = page.locator('mining-calculator');
  assert.notEqual(await field(calc, 'coin').inputValue(), 'btc');
  const hint = await calc.locator('[data-field="coin"] .mc-hint').innerText();
  assert.match(hint, /RTX 4090 cannot mine BTC: showing [A-Z]+, which it can mine\./);
  assert.ok(await resultOf(page));
  await page.close();
});

test('Zcash past height 4,406,400 pays the miner the whole subsidy', async () => {
  const page = await open('<mining-calculator coin="zec" block-height="4406400"></mining-calculator>');
  const result = await resultOf(page);
  assert.equal(result.assumptions.blockReward, '0.78125');
  await page.close();
});

test('a reader picks their own language in the widget, and the link keeps it', async () => {
  const page = await newPage(browser, { viewport: { width: 1100, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  await openFixture(page, server.url, fixtureHtml('<mining-calculator id="calc" rig="antminer-s21" lang="en"></mining-calculator>'), 'lang.html');
  const calc = page.locator('mining-calculator');
  const menu = calc.locator('select[name="mc-lang"]');
  assert.equal(await menu.inputValue(), 'en');
  assert.equal(await menu.getAttribute('aria-label'), 'Language');
  await menu.selectOption('fr');
  await page.waitForFunction(() => document.querySelector('mining-calculator')?.shadowRoot?.querySelector('.mc-title')?.textContent === 'Calculateur de minage');
  assert.equal(await calc.locator('select[name="mc-lang"]').inputValue(), 'fr');
  assert.ok(await resultOf(page), 'still a result');
  await calc.locator('#mc-panel-hardware [data-action=copy-link]').click();
  await page.waitForFunction(() => location.hash.startsWith('#mc='));
  const pairs = new URLSearchParams(new URL(page.url()).hash.slice('#mc='.length));
  assert.equal(pairs.get('lang'), 'fr');
  // Opening the link gives the reader's language back.
  const copy = await newPage(browser, { viewport: { width: 1100, height: 900 } });
  await copy.route(`${server.url}/lang.html`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureHtml('<mining-calculator id="calc" rig="antminer-s21" lang="en"></mining-calculator>') }));
  await copy.goto(page.url());
  await copy.waitForFunction(() => document.querySelector('mining-calculator')?.shadowRoot?.querySelector('.mc-title')?.textContent === 'Calculateur de minage');
  assert.deepEqual(errorsOf(page), []);
  assert.deepEqual(errorsOf(copy), []);
  await page.close();
  await copy.close();
});
