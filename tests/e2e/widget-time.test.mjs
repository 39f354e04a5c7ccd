// @ts-check
// The views over time of <mining-calculator>, as a reader meets them: the "Own hardware",
// "Cloud contract" and "Compare" tabs (mouse and arrow keys, and the `view` attribute), the
// cumulative-profit chart with its payback marker and halvings, "Download CSV" of the daily
// series, "Copy link" and opening that link, a tampered link, the shutdown checkbox, and a
// ten-year daily projection recalculating on every input (its speed is `cargo xtask bench`'s
// to measure). Screenshots: target/screenshots/time-*.png.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { axeViolations, errorsOf, foreignRequests, formatViolations, launch, newPage, screenshot } from './harness.mjs';
import { startServer } from './server.mjs';
import { field, fixtureHtml, shadowTextContent, waitForCalculators } from './widget-fixture.mjs';

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

/** The columns "Download CSV" writes for a projection (the `ProjectionDay` fields). */
const PROJECTION_COLUMNS =
  'date,height,reward,difficulty,coinPrice,electricityPrice,hoursRun,coins,revenue,poolFee,electricity,tax,profit,cumulativeProfit';
/** The columns for a cloud contract (the `ContractDay` fields). */
const CONTRACT_COLUMNS = 'date,coins,revenue,fee,profit,cumulativeProfit,heldCoins';

/** A Bitcoin rig that pays back within two years at the snapshot's figures. */
const RIG = 'rig="antminer-s21" electricity-price="0.05" hardware-cost="1500" coin-price="100000"';
/** A cloud contract of 100 TH/s (the default) with a fee for the whole contract, as pages
 * written before the fee per TH/s wrote it. */
const CONTRACT = 'contract-price="2500" maintenance-fee="1" contract-days="365"';

/**
 * Opens a page with one calculator with `attrs` at `time.html` plus `hash`, rendered.
 *
 * @param {string} attrs
 * @param {{ hash?: string, options?: import('playwright-core').BrowserContextOptions }} [how]
 */
async function open(attrs, { hash = '', options = {} } = {}) {
  const page = await newPage(browser, { viewport: { width: 1100, height: 1000 }, ...options });
  const url = `${server.url}/time.html`;
  const html = fixtureHtml(`<mining-calculator load="all" id="calc" ${attrs}><a href="/">Mining calculator</a></mining-calculator>`);
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(url + hash);
  await waitForCalculators(page);
  return page;
}

/**
 * The calculator's locator.
 *
 * @param {import('playwright-core').Page} page
 */
function calc(page) {
  return page.locator('mining-calculator');
}

/**
 * Types `value` into a field like a reader: select all, type, leave with Tab.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} name
 * @param {string} value
 */
async function type(page, name, value) {
  const input = field(calc(page), name);
  await input.fill(value);
  await input.press('Tab');
}

/**
 * The ids of the selected tab and of the shown panels.
 *
 * @param {import('playwright-core').Page} page
 */
async function selection(page) {
  return calc(page).evaluate((el) => {
    const root = /** @type {ShadowRoot} */ (el.shadowRoot);
    const tab = root.querySelector('[role=tab][aria-selected=true]')?.getAttribute('data-view');
    const shown = [...root.querySelectorAll('.mc-panel:not([hidden])')].map((p) => p.id);
    return { tab, shown };
  });
}

test('tabs switch between Own hardware, Cloud contract and Compare by mouse, keys and attribute', async () => {
  const page = await open(`${RIG} ${CONTRACT}`);
  const tabs = calc(page).locator('[role=tab]');
  assert.deepEqual((await tabs.allInnerTexts()).slice(0, 3), ['Own hardware', 'Cloud contract', 'Compare']);
  assert.deepEqual(await selection(page), { tab: 'hardware', shown: ['mc-panel-hardware'] });

  await calc(page).locator('[data-view=cloud]').click();
  assert.deepEqual(await selection(page), { tab: 'cloud', shown: ['mc-panel-cloud'] });
  // The contract's fields show with its tab, and of the assumptions those a contract uses:
  // the projection's horizon and the rig's own fields are hidden (see cloud.test.mjs).
  assert.equal(await field(calc(page), 'contract-price').isVisible(), true);
  assert.equal(await field(calc(page), 'price-change').isVisible(), true);
  assert.equal(await field(calc(page), 'days').isVisible(), false);
  assert.equal(await field(calc(page), 'power').isVisible(), false);

  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await selection(page), { tab: 'compare', shown: ['mc-panel-compare'] });
  assert.equal(await page.evaluate(() => document.querySelector('mining-calculator')?.shadowRoot?.activeElement?.getAttribute('data-view')), 'compare');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  assert.deepEqual(await selection(page), { tab: 'hardware', shown: ['mc-panel-hardware'] });
  assert.equal(await field(calc(page), 'contract-price').isVisible(), false);

  await calc(page).evaluate((el) => el.setAttribute('view', 'compare'));
  assert.deepEqual(await selection(page), { tab: 'compare', shown: ['mc-panel-compare'] });
  // Compare: one best option, marked; the kpi names it.
  const best = calc(page).locator('#mc-panel-compare .mc-outcomes tr.is-best');
  assert.equal(await best.count(), 1);
  const kpi = await calc(page).locator('#mc-panel-compare .mc-kpi-value').innerText();
  assert.ok((await best.locator('th').innerText()).startsWith(kpi), kpi);
  const cells = await calc(page).locator('#mc-panel-compare .mc-outcomes td').allInnerTexts();
  assert.equal(cells.length, 8);
  assert.ok(cells.every((c) => /\d/.test(c) && !/NaN|undefined/.test(c)), cells.join(' | '));

  const view = await open(`${RIG} ${CONTRACT} view="cloud"`);
  assert.deepEqual(await selection(view), { tab: 'cloud', shown: ['mc-panel-cloud'] });
  const net = await calc(view).locator('#mc-panel-cloud .mc-kpi-value').innerText();
  assert.match(net, /^[+−-]\u2060?\$[\d,]+\.\d\d$/);
  assert.deepEqual(errorsOf(page), []);
  assert.deepEqual(foreignRequests(page, server.url), []);
});

test('the chart marks the payback date and the halvings, with a text summary', async () => {
  const page = await open(`${RIG} days="3653"`);
  const section = calc(page).locator('[part=projection]');
  const marker = section.locator('svg .mc-payback');
  assert.equal(await marker.count(), 1);
  assert.equal(await marker.getAttribute('hidden'), null);
  const date = await marker.getAttribute('data-date');
  assert.match(date ?? '', /^\d{4}-\d\d-\d\d$/);
  const pretty = await page.evaluate((d) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(d)), date ?? '');
  assert.equal(await marker.locator('title').textContent(), `pays back ${pretty}`);
  const summary = await section.locator('figcaption').innerText();
  assert.ok(summary.startsWith(`Pays back on ${pretty}. After 3,653 days:`), summary);
  assert.equal(await section.locator('.mc-figure-value').nth(1).innerText(), pretty);
  // Ten years of Bitcoin from today's expected height cross the 2028, 2032 and 2036 halvings.
  const halvings = await section.locator('svg .mc-halving').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-date')?.slice(0, 4)));
  assert.deepEqual(halvings, ['2028', '2032', '2036']);
  assert.match((await section.locator('svg .mc-halving title').first().textContent()) ?? '', /^Halving on .*: 3\.125 → 1\.5625 BTC per block$/);
  // A short path whatever the horizon, and axis labels from Intl.
  const points = await section.locator('svg .mc-line-net').evaluate((p) => (p.getAttribute('d')?.match(/[ML]/g) ?? []).length);
  assert.ok(points > 100 && points <= 402, String(points));
  const ticks = await section.locator('svg .mc-axis-x text').allTextContents();
  assert.ok(ticks.length >= 2 && ticks.every((t) => /^20\d\d$/.test(t)), ticks.join());
  assert.equal(await section.locator('svg[role=img]').getAttribute('aria-label'), 'Cumulative profit after the upfront cost');

  // No hardware cost: no marker, and the summary says what to enter.
  await type(page, 'hardware-cost', '');
  assert.equal(await marker.getAttribute('hidden'), '');
  assert.match(await section.locator('figcaption').innerText(), /Enter a hardware cost to see when it pays back\.$/);
  assert.doesNotMatch(await shadowTextContent(page), /NaN|undefined/);
  assert.deepEqual(errorsOf(page), []);
});

test('"Download CSV" saves the daily series with the documented columns', async () => {
  const page = await open(`${RIG} days="30"`);
  const [download] = await Promise.all([page.waitForEvent('download'), calc(page).locator('#mc-panel-hardware [data-action=download-csv]').click()]);
  assert.match(download.suggestedFilename(), /^minecalc-\d{4}-\d\d-\d\d\.csv$/);
  const text = await readFile(/** @type {string} */ (await download.path()), 'utf8');
  const lines = text.trimEnd().split('\r\n');
  assert.equal(lines[0], PROJECTION_COLUMNS);
  assert.equal(lines.length, 31);
  const first = /** @type {string} */ (lines[1]).split(',');
  assert.equal(first.length, 14);
  assert.match(first[0] ?? '', /^\d{4}-\d\d-\d\d$/);
  assert.ok(first.slice(1).every((v) => /^-?\d+(\.\d+)?$/.test(v)), first.join());
  // The cumulative profit of the last row is the sum of the daily profits.
  const rows = lines.slice(1).map((l) => l.split(','));
  const sum = rows.reduce((s, r) => s + Number(r[12]), 0);
  assert.ok(Math.abs(sum - Number(rows[29]?.[13])) < 1e-6);

  await calc(page).locator('[data-view=cloud]').click();
  await type(page, 'contract-price', '2500');
  await type(page, 'contract-days', '90');
  const [contract] = await Promise.all([page.waitForEvent('download'), calc(page).locator('#mc-panel-cloud [data-action=download-csv]').click()]);
  const contractLines = (await readFile(/** @type {string} */ (await contract.path()), 'utf8')).trimEnd().split('\r\n');
  assert.equal(contractLines[0], CONTRACT_COLUMNS);
  assert.equal(contractLines.length, 91);
  assert.deepEqual(errorsOf(page), []);
});

test('"Copy link" puts every input in the URL and the link opens the same calculation', async () => {
  const page = await open(`${RIG} ${CONTRACT}`, { options: { permissions: ['clipboard-read', 'clipboard-write'] } });
  await field(calc(page), 'rig').selectOption('antminer-l7');
  await type(page, 'pool-fee', '2');
  await type(page, 'days', '400');
  await type(page, 'difficulty-growth', '3.5');
  await calc(page).locator('[name=shutdown-when-unprofitable]').click();
  await calc(page).locator('[data-view=cloud]').click();
  await type(page, 'maintenance-fee', '0.5');
  await calc(page).locator('#mc-panel-cloud [data-action=copy-link]').click();
  await page.waitForFunction(() => document.querySelector('mining-calculator')?.shadowRoot?.querySelector('#mc-panel-cloud .mc-share-status')?.textContent === 'Link copied.');

  const url = page.url();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
  const hash = new URL(url).hash;
  assert.ok(hash.startsWith('#mc=id=calc&view=cloud&'), hash);
  const pairs = new URLSearchParams(hash.slice('#mc='.length));
  assert.equal(pairs.get('rig'), 'antminer-l7');
  assert.equal(pairs.get('coin'), 'ltc');
  assert.equal(pairs.get('poolFeePercent'), '2');
  assert.equal(pairs.get('shutdownWhenUnprofitable'), 'false');
  const input = await calc(page).evaluate((el) => /** @type {any} */ (el).input);

  const copy = await newPage(browser, { viewport: { width: 1100, height: 1000 } });
  const html = fixtureHtml(`<mining-calculator load="all" id="calc" ${RIG} ${CONTRACT}></mining-calculator>`);
  await copy.route(`${server.url}/time.html`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await copy.goto(url);
  await waitForCalculators(copy);
  await copy.waitForFunction(() => /** @type {HTMLInputElement | null | undefined} */ (document.querySelector('mining-calculator')?.shadowRoot?.querySelector('[name=days]'))?.value === '400');
  assert.deepEqual(await selection(copy), { tab: 'cloud', shown: ['mc-panel-cloud'] });
  for (const [name, value] of [['rig', 'antminer-l7'], ['coin', 'ltc'], ['pool-fee', '2'], ['days', '400'], ['difficulty-growth', '3.5'], ['maintenance-fee', '0.5'], ['contract-price', '2500']]) {
    assert.equal(await field(calc(copy), /** @type {string} */ (name)).inputValue(), value, name);
  }
  assert.equal(await calc(copy).locator('[name=shutdown-when-unprofitable]').isChecked(), false);
  assert.deepEqual(await calc(copy).evaluate((el) => /** @type {any} */ (el).input), input);
  assert.equal(
    await calc(copy).locator('#mc-panel-cloud .mc-kpi-value').innerText(),
    await calc(page).locator('#mc-panel-cloud .mc-kpi-value').innerText(),
  );
  assert.deepEqual(errorsOf(page), []);
  assert.deepEqual(errorsOf(copy), []);
});

test('"Copy link" when the clipboard refuses says so, with no page error', async () => {
  // Chromium refuses a write when the document is not focused; some pages have no clipboard.
  const refusals = {
    rejects: "navigator.clipboard.writeText = () => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError'));",
    throws: "navigator.clipboard.writeText = () => { throw new TypeError('clipboard is broken'); };",
    missing: "Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });",
  };
  for (const [how, script] of Object.entries(refusals)) {
    const page = await newPage(browser, { viewport: { width: 1100, height: 1000 } });
    await page.addInitScript(script);
    const url = `${server.url}/time.html`;
    const html = fixtureHtml(`<mining-calculator load="all" id="calc" ${RIG}></mining-calculator>`);
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(url);
    await waitForCalculators(page);
    await calc(page).locator('#mc-panel-hardware [data-action=copy-link]').click();
    const status = calc(page).locator('#mc-panel-hardware .mc-share-status');
    await page.waitForFunction(
      () => document.querySelector('mining-calculator')?.shadowRoot?.querySelector('#mc-panel-hardware .mc-share-status')?.textContent?.startsWith('Could not copy'),
    );
    assert.equal(await status.innerText(), 'Could not copy the link: the browser refused. It is in the address bar.', how);
    assert.ok(new URL(page.url()).hash.startsWith('#mc=id=calc&'), `${how}: the link is in the address bar`);
    // A rejection left unhandled would surface a moment later.
    await page.waitForTimeout(100);
    assert.deepEqual(errorsOf(page), [], how);
    await page.close();
  }
});

test('links carry numbers with a dot, whatever the language they were made in', async () => {
  const page = await open(`${RIG} lang="de"`);
  await type(page, 'pool-fee', '1,5');
  await calc(page).locator('#mc-panel-hardware [data-action=copy-link]').click();
  assert.match(await calc(page).locator('#mc-panel-hardware .mc-share-status').innerText(), /^(Link kopiert|Der Link steht in der Adresszeile)\.$/);
  const hash = new URL(page.url()).hash;
  assert.equal(new URLSearchParams(hash.slice('#mc='.length)).get('poolFeePercent'), '1.5');
  assert.equal(await calc(page).locator('[part=projection] dt').first().innerText(), 'Gewinn über 730 Tage');
  const english = await open(RIG, { hash });
  assert.equal(await field(calc(english), 'pool-fee').inputValue(), '1.5');
  assert.equal(await calc(english).locator('.mc-field.is-invalid').count(), 0);
  assert.deepEqual(errorsOf(page), []);
});

test('a tampered link gives field messages and never markup', async () => {
  /** @type {string[]} */
  const dialogs = [];
  const hash = '#mc=poolFeePercent=999&hashrate=<img src=x onerror=alert(1)>&days=99999&rig=<b>x</b>&unknown=1';
  const page = await open(RIG, { hash });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const invalid = () =>
    calc(page).evaluate((el) => [...(el.shadowRoot?.querySelectorAll('.mc-field.is-invalid') ?? [])].map((f) => f.getAttribute('data-field')));
  const message = (/** @type {string} */ name) => calc(page).locator(`[data-field="${name}"] .mc-error`).innerText();
  // The core names the first bad field; each fix reveals the next.
  assert.deepEqual(await invalid(), ['hashrate']);
  assert.equal(await message('hashrate'), 'Enter a number, like 0.12 or 3500.');
  assert.equal(await field(calc(page), 'hashrate').inputValue(), '<img src=x onerror=alert(1)>');
  assert.equal(await field(calc(page), 'rig').inputValue(), '<b>x</b>');
  assert.equal(await calc(page).evaluate((el) => /** @type {any} */ (el).result), null);
  const markup = await calc(page).evaluate((el) => {
    const all = [...(el.shadowRoot?.querySelectorAll('img, b') ?? []), ...document.querySelectorAll('img, b')];
    return all.length;
  });
  assert.equal(markup, 0);

  await type(page, 'hashrate', '200');
  assert.deepEqual(await invalid(), ['pool-fee']);
  assert.equal(await message('pool-fee'), 'Must be between 0 and 100 (you entered 999).');
  await type(page, 'pool-fee', '1');
  assert.deepEqual(await invalid(), ['days']);
  assert.equal(await message('days'), 'Must be a whole number between 1 and 3653 (you entered 99999).');
  await type(page, 'days', '365');
  assert.deepEqual(await invalid(), []);
  assert.notEqual(await calc(page).evaluate((el) => /** @type {any} */ (el).result), null);
  await page.waitForTimeout(100);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errorsOf(page), []);
});

test('switching off unprofitable hours keeps every day at or above zero', async () => {
  // At 0.15 a kWh the rig loses money every hour: off, it mines nothing and loses nothing.
  const page = await open('rig="antminer-s21" electricity-price="0.15" hardware-cost="4000" days="60"');
  const profit = calc(page).locator('[part=projection] .mc-figure-value').first();
  assert.equal(await profit.innerText(), '$0.00');
  const check = calc(page).locator('[name=shutdown-when-unprofitable]');
  assert.equal(await check.isChecked(), true);
  assert.equal(await calc(page).locator('label[for="mc-f-shutdown-when-unprofitable"]').innerText(), 'Switch off in hours that lose money');
  await check.press('Space');
  assert.equal(await check.isChecked(), false);
  assert.match(await profit.innerText(), /^−\u2060?\$/);
  await calc(page).locator('label[for="mc-f-shutdown-when-unprofitable"]').click();
  assert.equal(await check.isChecked(), true);
  assert.equal(await profit.innerText(), '$0.00');
  // The attribute sets it too.
  await calc(page).evaluate((el) => el.setAttribute('shutdown-when-unprofitable', 'false'));
  assert.match(await profit.innerText(), /^−\u2060?\$/);
  assert.deepEqual(errorsOf(page), []);
});

test('the shutdown checkbox is a real checkbox on every tab that shows the assumptions', async () => {
  // Opened straight on the Risk tab: the form's own checkbox, on by default, follows the attribute.
  const page = await open('rig="antminer-s21" view="risk" paths="200"');
  const check = calc(page).locator('[name=shutdown-when-unprofitable]');
  assert.equal(await check.getAttribute('type'), 'checkbox');
  assert.equal(await check.isChecked(), true);
  await calc(page).evaluate((el) => el.setAttribute('shutdown-when-unprofitable', 'false'));
  assert.equal(await check.isChecked(), false);
  await calc(page).evaluate((el) => el.removeAttribute('shutdown-when-unprofitable'));
  assert.equal(await check.isChecked(), true);
  assert.deepEqual(errorsOf(page), []);
});

test('a ten-year daily projection recalculates on every input', async () => {
  // How fast is for `cargo xtask bench` to say (tests/e2e/bench.mjs): tests assert no timing.
  const page = await open(`${RIG} days="3653"`);
  const changes = await calc(page).evaluate(async (el) => {
    const input = /** @type {HTMLInputElement} */ (el.shadowRoot?.querySelector('[name=electricity-price]'));
    let count = 0;
    el.addEventListener('change', () => (count += 1));
    for (let i = 0; i < 7; i++) {
      input.value = (0.05 + i / 1000).toFixed(3);
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }
    return count;
  });
  assert.equal(changes, 7);
  assert.equal(await calc(page).locator('[part=projection] dt').first().innerText(), 'Profit in 3,653 days');
  assert.deepEqual(errorsOf(page), []);
});

test('the views over time pass axe and are screenshotted at 320 px and 1280 px, light and dark', async () => {
  for (const [width, scheme] of /** @type {const} */ ([[320, 'light'], [320, 'dark'], [1280, 'light'], [1280, 'dark']])) {
    for (const view of ['hardware', 'cloud', 'compare']) {
      const page = await open(`${RIG} ${CONTRACT} days="1461" view="${view}"`, {
        options: { viewport: { width, height: 900 }, colorScheme: scheme },
      });
      const violations = await axeViolations(page, 'mining-calculator');
      assert.deepEqual(violations, [], formatViolations(violations));
      await screenshot(page, `time-${view}-${width}-${scheme}`);
      const overflow = await calc(page).evaluate((el) => {
        const panel = el.shadowRoot?.querySelector('.mc-panel:not([hidden])');
        const limit = (panel?.getBoundingClientRect().right ?? 0) + 1;
        const parts = panel?.querySelectorAll('[part=projection], .mc-chart, .mc-share, .mc-outcomes') ?? [];
        return [...parts].filter((p) => p.getBoundingClientRect().right > limit).map((p) => p.getAttribute('class'));
      });
      assert.deepEqual(overflow, [], `${view} at ${width} px`);
      assert.deepEqual(errorsOf(page), []);
      await page.close();
    }
  }
});
