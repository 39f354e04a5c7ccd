// @ts-check
// The "Cloud contract" tab as a reader asking issue 10's question meets it: "$1,000 for
// 100 TH/s for a year at $0.05 per TH/s per day, or just buy BTC?" answered in three typed
// fields after opening the tab (the hashrate defaults to 100 TH/s and the fee to per TH/s per
// day): a verdict sentence against buying BTC, the flat-price sentence instead of crowning
// "buy and hold" best at $0.00, the worked example, the rig's fields hidden, and the price
// path the reader sets. Screenshot: target/screenshots/cloud-question.png.

import assert from 'node:assert/strict';
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

/**
 * Opens a page with one calculator with `attrs` at `cloud.html`, rendered.
 *
 * @param {string} attrs
 * @param {string} [lang]
 */
async function open(attrs, lang = 'en') {
  const page = await newPage(browser, { viewport: { width: 1100, height: 1200 } });
  const url = `${server.url}/cloud.html`;
  const html = fixtureHtml(`<mining-calculator id="calc" ${attrs}><a href="/">Mining calculator</a></mining-calculator>`, lang);
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(url);
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
 * The visible text of the cloud panel's part `selector`.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 */
function cloud(page, selector) {
  return calc(page).locator(`#mc-panel-cloud ${selector}`.trim()).innerText();
}

/** "$1,234.56" or "−$1,234.56" → 1234.56 / −1234.56. */
function dollars(/** @type {string} */ text) {
  const m = /([+−-]?)\u2060?\$([\d,]+\.\d\d)/.exec(text);
  assert.ok(m, text);
  return (m[1] === '−' || m[1] === '-' ? -1 : 1) * Number((m[2] ?? '').replaceAll(',', ''));
}

test("issue 10's question is answered in three typed fields after opening the tab", async () => {
  const page = await open('');
  await calc(page).locator('[data-view=cloud]').click();
  // Before a price: a prompt, and the contract's own fields with their defaults.
  assert.match(await cloud(page, '.mc-prompt'), /Enter a contract price/);
  assert.equal(await field(calc(page), 'contract-hashrate').getAttribute('placeholder'), '100');
  assert.equal(await calc(page).locator('#mc-f-contract-hashrate-unit').innerText(), 'TH/s');
  assert.equal(await field(calc(page), 'maintenance-fee-basis').inputValue(), 'per-unit');
  assert.deepEqual(await field(calc(page), 'maintenance-fee-basis').locator('option').allInnerTexts(), ['per TH/s per day', 'per day, whole contract']);
  // The rig's own fields do not apply to a contract, and are hidden.
  for (const name of ['rig', 'hashrate', 'power', 'hardware-cost', 'electricity-price', 'overhead', 'days', 'tax', 'resale']) {
    assert.equal(await field(calc(page), name).isVisible(), false, name);
  }
  for (const name of ['coin', 'contract-hashrate', 'contract-price', 'contract-days', 'maintenance-fee-per-unit', 'price-change', 'difficulty-growth']) {
    assert.equal(await field(calc(page), name).isVisible(), true, name);
  }
  assert.equal(await field(calc(page), 'maintenance-fee').isVisible(), false);
  // Nor is the rig's profit per day kept in view on phones.
  assert.equal(await calc(page).locator('.mc-sticky').getAttribute('hidden'), '');

  // The three actions.
  await type(page, 'contract-price', '1000');
  await type(page, 'contract-days', '365');
  await type(page, 'maintenance-fee-per-unit', '0.05');

  const verdict = await cloud(page, '.mc-verdict');
  assert.match(verdict, /^At a flat BTC price the contract \(coins (sold daily|kept to the end)\) (makes|loses) \$[\d,]+\.\d\d; BTC bought for \$1,000\.00 would still be worth \$1,000\.00 at the end, so /, verdict);
  const net = dollars(await cloud(page, '.mc-kpi-value'));
  if (net < 0) {
    assert.ok(verdict.endsWith(`so buying BTC, or keeping the money, does ${verdict.match(/loses (\$[\d,.]+)/)?.[1]} better.`), verdict);
  }
  // Flat price: said in words, and "buy and hold" is not crowned best at $0.00.
  assert.equal(
    await cloud(page, '.mc-price-path'),
    'The coin price is assumed flat (0 % a year, under Assumptions), so holding BTC neither gains nor loses. Set a price change there to compare with a rising or falling price.',
  );
  const buyRow = calc(page).locator('#mc-panel-cloud .mc-outcomes tbody tr').nth(2);
  assert.match(await buyRow.innerText(), /^Buy BTC on day one and hold/);
  assert.match(await buyRow.locator('td').first().innerText(), /^[+−-]?\u2060?\$0\.00$/);
  assert.equal(await buyRow.locator('.mc-badge').isVisible(), false);

  // The worked example, from the same numbers.
  const example = await cloud(page, '.mc-example');
  assert.match(example, /^Worked example: \$1,000\.00 for 100 TH\/s for 365 days at \$0\.05 per TH\/s per day\. The fee is 100 TH\/s × \$0\.05 = \$5\.00 a day\. Over [\d,]+ days? the contract mines [\d.]+ BTC after the pool fee, sold day by day for \$[\d,]+\.\d\d, and the fees come to \$[\d,]+\.\d\d: \$[\d,]+\.\d\d − \$[\d,]+\.\d\d − \$1,000\.00 = [+−]\u2060?\$[\d,]+\.\d\d\.$/, example);
  assert.equal(dollars(example.slice(example.lastIndexOf('='))), net);
  const [revenue, fees] = [...example.matchAll(/for (\$[\d,]+\.\d\d), and the fees come to (\$[\d,]+\.\d\d)/g)][0]?.slice(1) ?? [];
  assert.ok(Math.abs(dollars(revenue ?? '') - dollars(fees ?? '') - 1000 - net) < 0.015, example);

  // What the core was given: the contract's hashrate and the fee per TH/s, not the rig's.
  const text = await shadowTextContent(page);
  assert.doesNotMatch(text, /NaN|undefined|Infinity/);
  await screenshot(page, 'cloud-question');
  const violations = await axeViolations(page, 'mining-calculator');
  assert.deepEqual(violations, [], formatViolations(violations));
  assert.deepEqual(errorsOf(page), []);
  assert.deepEqual(foreignRequests(page, server.url), []);
});

test('the hold alternative follows the price path the reader sets, and a contract that runs is summed up', async () => {
  // A BTC price at which 100 TH/s out-earns $5 a day, so the contract runs its term.
  const page = await open('view="cloud" coin-price="200000" difficulty-growth="0"');
  await type(page, 'contract-price', '1000');
  await type(page, 'maintenance-fee-per-unit', '0.05');
  const flat = await cloud(page, '.mc-verdict');
  assert.match(flat, /^At a flat BTC price the contract \(coins sold daily\) makes \$[\d,]+\.\d\d; BTC bought for \$1,000\.00 would still be worth \$1,000\.00 at the end, so the contract does \$[\d,]+\.\d\d better\.$/, flat);
  assert.equal(await calc(page).locator('#mc-panel-cloud .mc-outcomes tr.is-best').count(), 1);
  assert.equal(await calc(page).locator('#mc-panel-cloud .mc-ended').isVisible(), false);
  assert.match(await cloud(page, '.mc-example'), /Over 365 days the contract mines/);

  // A rising price: buying BTC now gains, and the sentence compares the two.
  await type(page, 'price-change', '50');
  const rising = await cloud(page, '.mc-verdict');
  assert.match(rising, /^(The contract \(coins (sold daily|kept to the end)\) ends at [+−]\u2060?\$[\d,]+\.\d\d, \$[\d,]+\.\d\d better than buying BTC for \$1,000\.00 and holding it \(\+\u2060?\$[\d,]+\.\d\d\)|Buying BTC for \$1,000\.00 and holding it ends at \+\$[\d,]+\.\d\d, \$[\d,]+\.\d\d better than the contract \(coins (sold daily|kept to the end), [+−]\$[\d,]+\.\d\d\))\.$/, rising);
  assert.match(await cloud(page, '.mc-price-path'), /^The coin price changes \+50 % a year \(under Assumptions\): \$200,000\.00 today, \$[\d,]+\.\d\d at the end of the term\.$/);
  const buy = dollars(await calc(page).locator('#mc-panel-cloud .mc-outcomes tbody tr').nth(2).locator('td').first().innerText());
  assert.ok(buy > 400 && buy < 550, String(buy));

  // The fee for the whole contract instead: the other box, and the example says so.
  await field(calc(page), 'maintenance-fee-basis').selectOption('whole-contract');
  assert.equal(await field(calc(page), 'maintenance-fee-per-unit').isVisible(), false);
  assert.equal(await field(calc(page), 'maintenance-fee').isVisible(), true);
  await type(page, 'maintenance-fee', '5');
  assert.match(await cloud(page, '.mc-example'), /^Worked example: \$1,000\.00 for 100 TH\/s for 365 days at \$5\.00 a day for the whole contract \(\$0\.05 per TH\/s per day\)\./);
  assert.doesNotMatch(await shadowTextContent(page), /NaN|undefined|Infinity|\{[a-zA-Z]+\}/);
  assert.deepEqual(errorsOf(page), []);
});

test('other coins name their unit; pages that set the fee for the whole contract keep that meaning', async () => {
  const page = await open('coin="ltc" view="cloud" contract-price="500" maintenance-fee="1"');
  assert.equal(await field(calc(page), 'maintenance-fee-basis').inputValue(), 'whole-contract');
  assert.deepEqual(await field(calc(page), 'maintenance-fee-basis').locator('option').allInnerTexts(), ['per GH/s per day', 'per day, whole contract']);
  assert.match(await cloud(page, '.mc-example'), /^Worked example: \$500\.00 for 100 GH\/s for 365 days at \$1\.00 a day for the whole contract \(\$0\.01 per GH\/s per day\)\./);
  // A hashrate with its own unit is taken as written; a wrong unit is said on the field.
  await type(page, 'contract-hashrate', '1 TH/s');
  assert.match(await cloud(page, '.mc-example'), /for 1,000 GH\/s for 365 days/);
  await type(page, 'contract-hashrate', '5 kSol/s');
  assert.match(await calc(page).locator('#mc-f-contract-hashrate-error').innerText(), /H\/s/);
  assert.deepEqual(errorsOf(page), []);

  const de = await open('view="cloud" contract-price="1000" maintenance-fee-per-unit="0,05"', 'de');
  const text = await cloud(de, '');
  assert.match(await cloud(de, '.mc-price-path'), /^Der Coin-Kurs ist als gleichbleibend angenommen/);
  assert.match(await cloud(de, '.mc-example'), /^Rechenbeispiel: 1\.000,00\s\$ für 100 TH\/s über 365 Tage zu 0,05\s\$ pro TH\/s und Tag\./);
  assert.doesNotMatch(text, /NaN|undefined|\{[a-zA-Z]+\}/);
  assert.deepEqual(errorsOf(de), []);
});

test('the comparison says which of its two figures is missing, and its headline keeps its label', async () => {
  const page = await open('view="compare" rig="antminer-s21" days="730"');
  const prompt = calc(page).locator('#mc-panel-compare .mc-prompt');
  const label = calc(page).locator('#mc-panel-compare .mc-kpi-label');
  // The rig's typical price fills the hardware cost: only the contract price is missing.
  assert.equal(await field(calc(page), 'hardware-cost').inputValue(), '2699');
  assert.equal(await prompt.textContent(), 'Enter a contract price under Cloud contract to compare.');
  assert.equal(await label.textContent(), 'Best after 730 days');
  await type(page, 'hardware-cost', '0');
  assert.equal(await prompt.textContent(), 'Enter a hardware cost (the money to spend) and a contract price to compare.');
  await type(page, 'contract-price', '1000');
  assert.equal(await prompt.textContent(), 'Enter a hardware cost (the money to spend) to compare.');
  assert.equal(await label.textContent(), 'Best after 730 days');
  await type(page, 'hardware-cost', '2699');
  assert.ok(await prompt.isHidden());
  assert.match(await calc(page).locator('#mc-panel-compare .mc-kpi-value').innerText(), /^(Own hardware|Contract|Buy BTC)/);
  assert.deepEqual(errorsOf(page), []);
});
