// @ts-check
// Headlines a reader can trust, as a reader meets them: "how risky over two years?" and "which
// coin for my RTX 4090?" answered in at most three actions each, with no misleading sentence
// (Risk at an expensive electricity price without a hardware cost does not claim profit; Which
// coin names the best coin, or says none pays and below which price one would); Risk and
// Portfolio agree for the same rig, seed and paths; EUR chosen from the menu gives converted,
// non-empty results in Which coin, Portfolio and the CSV.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { errorsOf, launch, newPage } from './harness.mjs';
import { startServer } from './server.mjs';
import { field, fixtureHtml, openFixture, shadowTextContent, showProjection } from './widget-fixture.mjs';

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
 * A page with one calculator whose attributes are `attrs`, rendered.
 *
 * @param {string} attrs
 */
async function open(attrs) {
  const page = await newPage(browser, { viewport: { width: 1100, height: 1000 }, acceptDownloads: true });
  await openFixture(page, server.url, fixtureHtml(`<mining-calculator ${attrs}></mining-calculator>`));
  return page;
}

/**
 * Waits until `part`'s result panel shows a finished run of generation above `after`.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} part `risk` or `portfolio`
 * @param {number} [since]
 */
async function finished(page, part, since = 0) {
  const handle = await page.waitForFunction(
    ([p, g]) => {
      const body = document.querySelector('mining-calculator')?.shadowRoot?.querySelector(`[part="${p}"]`);
      const generation = Number(body?.getAttribute('data-generation') ?? '0');
      return body?.getAttribute('aria-busy') === 'false' && generation > Number(g) ? generation : null;
    },
    [part, String(since)],
    { timeout: 30_000 },
  );
  return /** @type {number} */ (await handle.jsonValue());
}

/**
 * Types `value` into a field like a reader: select all, type, leave with Tab.
 *
 * @param {import('playwright-core').Locator} calc
 * @param {string} name
 * @param {string} value
 */
async function type(calc, name, value) {
  const input = field(calc, name);
  await input.fill(value);
  await input.press('Tab');
}

test('"How risky over two years?" at 0.30 per kWh with no hardware cost: switched off, not "in profit"', async () => {
  // The S21's typical price would fill the hardware cost; this page sets none on purpose.
  const page = await open('rig="antminer-s21" hardware-cost="" electricity-price="0.30" paths="1000"');
  const calc = page.locator('mining-calculator');
  // One action: the Risk tab (the horizon is two years, 730 days, unless the reader changes it).
  await calc.locator('[data-view=risk]').click();
  await finished(page, 'risk');
  assert.equal(await field(calc, 'days').getAttribute('placeholder'), '730');

  const summary = calc.locator('#mc-panel-risk .mc-summary');
  const words = await summary.locator('.mc-words').innerText();
  assert.equal(await summary.locator('.mc-words').getAttribute('data-verdict'), 'RiskSwitchedOff');
  assert.match(words, /^Over 2 years the rig would lose money in most hours, so shutdown keeps it switched off in most futures \((\d+|>99) of 100\): on average it runs on (\d+|<1) % of the days\./);
  assert.match(words, /Enter a hardware cost to see the chance of paying it back\./);
  assert.doesNotMatch(words, /in profit/i);
  assert.equal(await summary.locator('.mc-kpi-label').textContent(), 'Switched off most of the time over 2 years');
  assert.match(await summary.locator('.mc-kpi-value').innerText(), /^(\d+|>99) in 100$/);

  // Cheap power: the headline says it measures running profit and how to see payback.
  await type(calc, 'electricity-price', '0.02');
  await page.waitForFunction(() => document.querySelector('mining-calculator')?.shadowRoot?.querySelector('#mc-panel-risk .mc-words')?.getAttribute('data-verdict') === 'RiskRunningProfit');
  assert.match(
    await summary.locator('.mc-words').innerText(),
    /^Without a hardware cost this measures running profit \(revenue minus pool fee and electricity\): in (\d+|>99|<1) of 100 simulated futures it is above zero after 2 years\. Enter a hardware cost to see payback\.$/,
  );
  assert.doesNotMatch(await shadowTextContent(page), /NaN|undefined|Infinity|\{[a-zA-Z]+\}/);
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('"Which coin for my RTX 4090?": the best coin named, or none pays with the break-even price', async () => {
  const page = await open('electricity-price="0.05"');
  const calc = page.locator('mining-calculator');
  // Action 1: the rig. Action 2: the Which coin tab.
  await field(calc, 'rig').selectOption('rtx-4090');
  await calc.locator('[data-view=coins]').click();
  const verdict = calc.locator('[part="verdict"]');
  await verdict.waitFor();
  const firstName = async () => (await calc.locator('[part="coins"] tbody tr th').first().innerText()).split('\n')[0]?.trim() ?? '';
  const cheap = await verdict.innerText();
  const key = await verdict.getAttribute('data-verdict');
  assert.ok(key === 'CoinsBest' || key === 'CoinsNonePays', `verdict ${key}`);
  const best = await firstName();
  assert.ok(best.length > 0);
  if (key === 'CoinsBest') {
    assert.ok(cheap.startsWith(`${best} pays best with this rig at your electricity price: +$`), cheap);
  } else {
    assert.match(cheap, new RegExp(`^No coin pays at \\$0\\.05 per kWh: the best, ${best}, makes −\\u2060?\\$`));
  }

  // Expensive power: none pays, and the sentence names the price below which one would.
  await type(calc, 'electricity-price', '1');
  await page.waitForFunction(() => document.querySelector('mining-calculator')?.shadowRoot?.querySelector('[part="verdict"]')?.getAttribute('data-verdict') === 'CoinsNonePays');
  const none = await verdict.innerText();
  assert.match(none, /^No coin pays at \$1\.00 per kWh: the best, .+, makes −\u2060?\$[\d.,]+ a day\. Mining starts to pay below \$[\d.,]+ per kWh \(.+\)\.$/);
  // That price is the highest break-even of the table.
  const cells = await calc.locator('[part="coins"] tbody tr[data-coin] td:last-child').allInnerTexts();
  const prices = cells.map((c) => Number(c.replace(/[^\d.]/g, ''))).filter((n) => n > 0);
  const stated = Number((/below \$([\d.,]+) per kWh/.exec(none)?.[1] ?? '').replace(/,/g, ''));
  assert.ok(Math.abs(stated - Math.max(...prices)) < 0.0051, `${stated} vs ${prices}`);
  assert.doesNotMatch(await shadowTextContent(page), /NaN|undefined|Infinity|\{[a-zA-Z]+\}/);
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('Risk and Portfolio give the same typical outcome for the same rig, seed and paths', async () => {
  const page = await open('rig="antminer-s21" electricity-price="0.06" hardware-cost="4000" paths="500" days="730" seed="9"');
  const calc = page.locator('mining-calculator');
  await calc.locator('[data-view=risk]').click();
  await finished(page, 'risk');
  const range = await calc.locator('[part="risk"] .mc-words').first().innerText();
  const typical = /: ([+−]\u2060?\$[\d,.]+) in a typical future/.exec(range)?.[1];
  assert.ok(typical, range);
  // Percentiles bound from one side: a 5th percentile at the whole loss is reached, not passed.
  assert.match(range, /1 in 20 ends at or below [+−]\u2060?\$[\d,.]+, 1 in 20 at or above [+−]\u2060?\$[\d,.]+\./);
  await calc.locator('[data-view=portfolio]').click();
  await finished(page, 'portfolio');
  const row = calc.locator('[part="portfolio"] tbody tr').first();
  assert.match(await row.locator('th').innerText(), /^Your rig \(form\)/);
  // The sentence joins the sign to the symbol (U+2060); the table cell holds the figure alone.
  assert.equal((await row.locator('td').allInnerTexts())[1], typical.replaceAll('\u2060', ''));
  // One coin only: no note about a joint draw.
  assert.doesNotMatch(await calc.locator('[part="portfolio"]').innerText(), /differ a little from the Risk tab/);
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('EUR from the menu: Which coin, Portfolio and the CSV are converted and not empty', async () => {
  const page = await open('rig="antminer-s21" electricity-price="0.06" paths="300" days="60"');
  const calc = page.locator('mining-calculator');
  /** The CSV of the hardware view's projection, as rows of cells. */
  const csv = async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), calc.locator('#mc-panel-hardware [data-action=download-csv]').click()]);
    const text = await readFile(/** @type {string} */ (await download.path()), 'utf8');
    return text.trimEnd().split('\r\n').map((l) => l.split(','));
  };
  await showProjection(calc);
  const usd = await csv();
  await field(calc, 'currency').selectOption('EUR');
  await page.waitForFunction(() => /** @type {any} */ (document.querySelector('mining-calculator'))?.result?.currency === 'EUR');
  const eur = await csv();
  assert.equal(eur.length, usd.length);
  const header = eur[0] ?? [];
  const revenue = header.indexOf('revenue');
  assert.ok(revenue > 0, header.join());
  const [r0, r1] = [Number(usd[1]?.[revenue]), Number(eur[1]?.[revenue])];
  assert.ok(r0 > 0 && r1 > 0, `${r0} ${r1}`);
  assert.ok(Math.abs(r1 / r0 - 1) > 0.001, `converted: ${r0} USD vs ${r1} EUR`);

  await calc.locator('[data-view=coins]').click();
  const rows = calc.locator('[part="coins"] tbody tr[data-coin]');
  await rows.first().waitFor();
  assert.ok((await rows.count()) >= 2);
  for (const cells of await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')))) {
    assert.match(cells[0] ?? '', /^[+−]\u2060?€[\d,.]+$/);
    assert.match(cells[1] ?? '', /^€[\d,.]+$/);
  }
  assert.match(await calc.locator('[part="verdict"]').innerText(), /€/);
  assert.doesNotMatch(await calc.locator('#mc-panel-coins').innerText(), /choose USD/);

  await calc.locator('[data-view=portfolio]').click();
  await finished(page, 'portfolio');
  const typical = await calc.locator('[part="portfolio"] tbody tr td:nth-child(3)').allInnerTexts();
  assert.ok(typical.length >= 2);
  for (const t of typical) assert.match(t, /^[+−]?\u2060?€[\d,.]+$/);
  assert.doesNotMatch(await shadowTextContent(page), /NaN|undefined|Infinity|\{[a-zA-Z]+\}/);
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('formulas show constants exactly, one minus sign, and hashprice per PH/s', async () => {
  const page = await open('rig="antminer-s21" electricity-price="0.30" hardware-cost="4000"');
  const calc = page.locator('mining-calculator');
  const panel = calc.locator('#mc-panel-hardware');
  await showProjection(calc);
  await panel.locator('.mc-how summary').first().click();
  const formulas = await panel.locator('.mc-formula').first().innerText();
  assert.match(formulas, /× 4,294,967,296 \(2³²\) =/);
  assert.doesNotMatch(formulas, /4,294,970,000/);
  const hashprice = await panel.locator('.mc-figure', { hasText: 'Hashprice' }).locator('.mc-figure-value').innerText();
  assert.match(hashprice, /^\$[\d,.]+ per PH\/s per day$/);
  // A loss over time: its return (−100 %) reads with the minus sign like the amounts beside it.
  const text = await shadowTextContent(page);
  assert.doesNotMatch(text, /(^|[\s(])-\d/m, 'a hyphen used as a minus sign');
  assert.match(text, /−\d+ %/);
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});
