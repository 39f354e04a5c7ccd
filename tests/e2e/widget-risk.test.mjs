// @ts-check
// The risk and choice views of <mining-calculator> as a reader meets them: the Risk view's
// Monte Carlo runs in slices with a progress bar and ends in a fan chart and plain words; a
// newer input cancels a stale run; the page never freezes (no long task over 200 ms); "What
// matters", "Which coin" (a GPU's coins ranked as the core ranks them) and "Portfolio" (add
// and remove positions, combined vs separate). Screenshots go to target/screenshots/risk-*.png.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, errorsOf, formatViolations, launch, newPage, screenshot } from './harness.mjs';
import { startServer } from './server.mjs';
import { fixtureHtml, openFixture, shadowTextContent } from './widget-fixture.mjs';

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

/** A Bitcoin rig with a hardware cost, so the Risk view talks about payback. */
const RIG = 'rig="antminer-s21" electricity-price="0.06" hardware-cost="4000" coin-price="90000"';

/**
 * A page with one calculator whose attributes are `attrs`, rendered.
 *
 * @param {string} attrs
 * @param {import('playwright-core').BrowserContextOptions} [options]
 */
async function open(attrs, options = {}) {
  const page = await newPage(browser, { viewport: { width: 1100, height: 1000 }, ...options });
  await openFixture(page, server.url, fixtureHtml(`<mining-calculator ${attrs}></mining-calculator>`));
  return page;
}

/**
 * Waits until the view's result panel shows a finished run of `seed` and returns its stamp.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} part `risk` or `portfolio`
 * @param {string} seed
 */
async function finished(page, part, seed) {
  const handle = await page.waitForFunction(
    ([p, s]) => {
      const body = document.querySelector('mining-calculator')?.shadowRoot?.querySelector(`[part="${p}"]`);
      return body?.getAttribute('data-seed') === s && body.getAttribute('aria-busy') === 'false'
        ? { generation: Number(body.getAttribute('data-generation')), ms: Number(body.getAttribute('data-ms')) }
        : null;
    },
    [part, seed],
    { timeout: 30_000 },
  );
  return /** @type {{ generation: number, ms: number }} */ (await handle.jsonValue());
}

test('the Risk view shows progress, then a fan chart and the odds in plain words', async () => {
  const page = await open(`${RIG} view="risk" days="1826" paths="20000" seed="3"`);
  const calc = page.locator('mining-calculator');
  const panel = calc.locator('#mc-panel-risk');
  await finished(page, 'risk', '3');

  // A new seed starts a run: the progress line shows at once, labelled, with its bar.
  const during = await calc.evaluate((el) => {
    el.setAttribute('seed', '4');
    const root = /** @type {ShadowRoot} */ (el.shadowRoot);
    const row = /** @type {HTMLElement} */ (root.querySelector('.mc-running'));
    const bar = /** @type {HTMLProgressElement} */ (row.querySelector('progress'));
    const label = root.getElementById(bar.getAttribute('aria-labelledby') ?? '');
    return {
      hidden: row.hidden,
      label: label?.textContent,
      max: bar.max,
      busy: root.querySelector('[part="risk"]')?.getAttribute('aria-busy'),
    };
  });
  assert.deepEqual(during, { hidden: false, label: 'Simulating 20,000 futures…', max: 100, busy: 'true' });
  await finished(page, 'risk', '4');
  assert.equal(await panel.locator('.mc-running').isHidden(), true);

  const chart = calc.locator('[part="risk"] svg.mc-chart');
  assert.equal(await chart.locator('path.mc-band').count(), 1);
  assert.equal(await chart.locator('path.mc-band-strong').count(), 1);
  assert.equal(await chart.locator('path.mc-line').count(), 1);
  assert.equal(await chart.locator('line.mc-ref').count(), 1, 'the payback line at the hardware cost');
  assert.equal(await chart.locator('title').first().textContent(), 'Cumulative profit in simulated futures');
  assert.match((await chart.locator('desc').textContent()) ?? '', /^Cumulative profit after 5 years: median /);

  const words = await panel.locator('.mc-summary .mc-words').innerText();
  assert.match(words, /^In (\d+|<1|>99) of 100 simulated futures this rig pays for itself within 5 years\. In (\d+|<1|>99) of 100 it ends at a loss/);
  assert.match(await panel.locator('.mc-summary .mc-kpi-value').innerText(), /^(\d+|<1|>99) in 100$/);
  const text = await calc.locator('[part="risk"]').innerText();
  assert.match(text, /Estimates from 20,000 simulated futures with seed 4, not a forecast/);
  assert.match(text, /Price volatility 50 % a year \(typical for Bitcoin\): in about 2 of 3 years the price ends between −39 % and \+65 % of its trend/);
  assert.doesNotMatch(await shadowTextContent(page), /NaN|undefined|Infinity|\{[a-zA-Z]+\}/);

  // The same seed gives the same figures.
  const first = await panel.locator('.mc-summary').innerText();
  await calc.evaluate((el) => el.setAttribute('seed', '5'));
  await finished(page, 'risk', '5');
  await calc.evaluate((el) => el.setAttribute('seed', '4'));
  await finished(page, 'risk', '4');
  assert.equal(await panel.locator('.mc-summary').innerText(), first);

  const violations = await axeViolations(page, 'mining-calculator');
  assert.deepEqual(violations, [], formatViolations(violations));
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('a new input during a run cancels it: the stale result never appears', async () => {
  const page = await open(`${RIG} view="risk" days="3653" paths="20000" seed="1"`);
  const calc = page.locator('mining-calculator');
  const before = await finished(page, 'risk', '1');
  // Record every seed the result panel ever shows from here on.
  await calc.evaluate((el) => {
    const body = /** @type {Element} */ (el.shadowRoot?.querySelector('[part="risk"]'));
    const seen = /** @type {string[]} */ ([]);
    /** @type {any} */ (window).seen = seen;
    new MutationObserver(() => seen.push(body.getAttribute('data-seed') ?? '')).observe(body, { attributeFilter: ['data-seed'] });
    el.setAttribute('seed', '11');
  });
  // Wait until the stale run is under way (its bar has moved), then change the input.
  await page.waitForFunction(() => {
    const bar = /** @type {HTMLProgressElement | null | undefined} */ (document.querySelector('mining-calculator')?.shadowRoot?.querySelector('.mc-running progress'));
    return bar !== null && bar !== undefined && bar.value > 0 && bar.value < 100;
  }, undefined, { polling: 'raf' });
  await calc.evaluate((el) => el.setAttribute('seed', '12'));
  const after = await finished(page, 'risk', '12');
  assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).seen), ['12']);
  assert.equal(after.generation, before.generation + 2, 'one run started and dropped, one finished');
  assert.match(await calc.locator('[part="risk"]').innerText(), /with seed 12,/);

  // An invalid input stops the run and shows the field message; no NaN anywhere.
  await calc.evaluate((el) => el.setAttribute('seed', 'abc'));
  const seedField = calc.locator('.mc-field[data-field="seed"]');
  assert.equal(await seedField.locator('.mc-error').innerText(), 'Enter a number, like 0.12 or 3500.');
  assert.doesNotMatch(await shadowTextContent(page), /NaN|undefined|Infinity|\{[a-zA-Z]+\}/);
  await calc.evaluate((el) => el.setAttribute('paths', '50000'));
  assert.match(await calc.locator('.mc-field[data-field="paths"] .mc-error').innerText(), /^Must be /);
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('changing the language mid-run rebuilds the view; the old run stops without a page error', async () => {
  const page = await open(`${RIG} view="risk" days="3653" paths="20000" seed="1"`);
  const calc = page.locator('mining-calculator');
  await finished(page, 'risk', '1');
  await calc.evaluate((el) => el.setAttribute('seed', '21'));
  await page.waitForFunction(() => {
    const bar = /** @type {HTMLProgressElement | null | undefined} */ (document.querySelector('mining-calculator')?.shadowRoot?.querySelector('.mc-running progress'));
    return bar !== null && bar !== undefined && bar.value > 0 && bar.value < 100;
  }, undefined, { polling: 'raf' });
  // A new language rebuilds every view: the running one's queued slices find it gone.
  await calc.evaluate((el) => el.setAttribute('lang', 'de'));
  await finished(page, 'risk', '21');
  assert.match(await calc.locator('[part="risk"]').innerText(), /mit Startwert 21/);
  await page.waitForTimeout(300);
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('the page stays responsive while simulating: no long task over 200 ms', async (t) => {
  const page = await open(`${RIG} view="risk" days="1826" paths="2000" seed="1"`);
  const calc = page.locator('mining-calculator');
  await finished(page, 'risk', '1');
  await page.evaluate(() => {
    const longest = /** @type {number[]} */ ([]);
    /** @type {any} */ (window).longTasks = longest;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  // The product target: 10,000 paths × 1,826 days; then the largest run the widget accepts.
  await calc.evaluate((el) => {
    el.setAttribute('paths', '10000');
    el.setAttribute('seed', '2');
  });
  const target = await finished(page, 'risk', '2');
  t.diagnostic(`10,000 paths × 1,826 days through the widget: ${target.ms} ms (input to result, in slices)`);
  await calc.evaluate((el) => {
    el.setAttribute('paths', '20000');
    el.setAttribute('days', '3653');
    el.setAttribute('seed', '3');
  });
  const big = await finished(page, 'risk', '3');
  t.diagnostic(`20,000 paths × 3,653 days: ${big.ms} ms`);
  const tasks = /** @type {number[]} */ (await page.evaluate(() => /** @type {any} */ (window).longTasks));
  t.diagnostic(`long tasks while simulating: ${tasks.map((d) => Math.round(d)).join(', ') || 'none'}`);
  assert.ok(tasks.every((d) => d < 200), `a long task took ${Math.max(...tasks)} ms`);
  await page.close();
});

test('What matters: a tornado of six inputs and a break-even heatmap, each with a text alternative', async () => {
  const page = await open(`${RIG} view="matters"`);
  const calc = page.locator('mining-calculator');
  const body = calc.locator('[part="matters"]');
  await body.locator('svg.mc-chart').nth(1).waitFor();
  const tornado = body.locator('svg.mc-chart').first();
  assert.equal(await tornado.locator('rect.mc-bar').count(), 12);
  assert.match((await tornado.locator('desc').textContent()) ?? '', /matters most: at −20 % the daily profit is /);
  // Each input with a swing has its bars; one that moves nothing says so instead of a blank row.
  const notes = await tornado.locator('text.mc-row-note').allTextContents();
  assert.deepEqual(notes, ['no change either way'], 'the pool fee at 0 % moves nothing');
  await calc.evaluate((el) => el.setAttribute('pool-fee', '2'));
  await tornado.locator('text.mc-row-note').waitFor({ state: 'detached' });
  assert.equal(await body.locator('svg.mc-chart').first().locator('text.mc-row-note').count(), 0);
  // The hidden table says the same as the bars.
  const rows = await body.locator('.mc-sr-only table tbody tr').count();
  assert.equal(rows, 6);
  const heat = body.locator('svg.mc-chart').nth(1);
  assert.equal(await heat.locator('rect.mc-heat').count(), 121);
  assert.equal(await heat.locator('circle.mc-dot').count(), 1, 'the reader is marked');
  assert.match((await heat.locator('desc').textContent()) ?? '', /electricity up to \$0\.\d+ per kWh pays/);
  assert.doesNotMatch(await shadowTextContent(page), /NaN|undefined|Infinity|\{[a-zA-Z]+\}/);
  const violations = await axeViolations(page, 'mining-calculator');
  assert.deepEqual(violations, [], formatViolations(violations));
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('Which coin: a GPU\'s coins in the order the core ranks them, and solo odds', async () => {
  const page = await open('rig="rtx-3080" coin="etc" electricity-price="0.10" view="coins"');
  const calc = page.locator('mining-calculator');
  const order = () => calc.locator('[part="coins"] tbody tr[data-coin]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-coin')));
  /** @param {string} price */
  const coreOrder = (price) =>
    page.evaluate(async (p) => {
      // A variable keeps tsc from resolving the page's URL as a module path.
      const glue = '/pkg/minecalc_wasm.js';
      const wasm = await import(glue);
      await wasm.default(); // the page may have loaded only the first module
      const c = wasm.compare({ rig: 'rtx-3080', electricityPrice: '0.10', coins: { etc: { coinPrice: p } } });
      return c.rows.map((/** @type {{ coin: string }} */ r) => r.coin);
    }, price);

  for (const [price, first] of [['1000', 'etc'], ['0.01', 'rvn']]) {
    await calc.evaluate((el, p) => el.setAttribute('coin-price', p), price);
    await page.waitForFunction(
      (f) => document.querySelector('mining-calculator')?.shadowRoot?.querySelector('[part="coins"] tbody tr')?.getAttribute('data-coin') === f,
      first,
    );
    const shown = await order();
    assert.deepEqual(shown, await coreOrder(price));
    assert.deepEqual([...shown].sort(), ['etc', 'rvn']);
  }
  const mine = calc.locator('tr.is-current');
  assert.equal(await mine.getAttribute('data-coin'), 'etc');
  assert.match(await mine.innerText(), /your choice/);
  assert.match(await mine.locator('td').last().innerText(), /\/kWh$/);

  const solo = calc.locator('.mc-solo');
  assert.match(await solo.locator('.mc-solo-title').innerText(), /Solo mining Ethereum Classic/i);
  assert.match(await solo.locator('.mc-words').innerText(), /^Mining alone, this rig would find a block about once every .+: a .+ % chance of at least one within a year\. One block pays /);
  assert.equal(await solo.locator('tbody tr').count(), 4);
  assert.doesNotMatch(await shadowTextContent(page), /NaN|undefined|Infinity|\{[a-zA-Z]+\}/);
  const violations = await axeViolations(page, 'mining-calculator');
  assert.deepEqual(violations, [], formatViolations(violations));
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('Portfolio: add and remove positions; each alone next to all together', async () => {
  const page = await open(`${RIG} view="portfolio" paths="1000"`);
  const calc = page.locator('mining-calculator');
  const rows = calc.locator('[part="portfolio"] tbody tr');
  await finished(page, 'portfolio', '1');
  assert.deepEqual(await rows.locator('th').allInnerTexts(), ['Your rig (form) · BTC', 'All together']);

  // Add 5,000 dollars of Litecoin held.
  await calc.getByLabel('Position', { exact: true }).selectOption('hold');
  await calc.locator('#mc-pf-coin').selectOption('ltc');
  await calc.getByLabel('Amount invested', { exact: true }).fill('5000');
  await calc.getByRole('button', { name: 'Add position' }).click();
  await page.waitForFunction(() => document.querySelector('mining-calculator')?.shadowRoot?.querySelector('[part="portfolio"]')?.getAttribute('data-positions') === '2');
  await finished(page, 'portfolio', '1');
  const names = await rows.locator('th').allInnerTexts();
  assert.equal(names.length, 3);
  assert.match(names[1], /^Coins held · LTC · \$5,000\.00/);
  assert.match(names[2], /^All together/);
  for (const row of await rows.all()) {
    const cells = await row.locator('td').allInnerTexts();
    assert.equal(cells.length, 3);
    assert.match(cells[0], /^(\d+|<1|>99) in 100$/);
    assert.match(cells[2], /…/);
  }
  assert.match(await calc.locator('[part="portfolio"] .mc-words').innerText(), /worst 1 in 20 futures/);

  // The add form names its units; the amount and fee follow the form's currency, and so does
  // an added position's label (its number stays as typed, as the form's money fields do).
  const units = () => calc.locator('.mc-pf-add .mc-unit').allTextContents();
  assert.deepEqual(await units(), ['W', 'USD', 'USD']);
  await calc.locator('select[name="currency"]').selectOption('EUR');
  await page.waitForFunction(() => /Coins held · LTC · €5,000\.00/.test(document.querySelector('mining-calculator')?.shadowRoot?.querySelector('[part="portfolio"] tbody')?.textContent ?? ''));
  assert.deepEqual(await units(), ['W', 'EUR', 'EUR']);
  await calc.locator('select[name="currency"]').selectOption('USD');
  await finished(page, 'portfolio', '1');

  // A bad position is refused with its message; the list stays.
  await calc.getByLabel('Position', { exact: true }).selectOption('rig');
  await calc.getByLabel('Hashrate', { exact: true }).last().fill('lots');
  await calc.getByRole('button', { name: 'Add position' }).click();
  await calc.locator('.mc-pf-add .mc-error').waitFor();
  assert.equal(await rows.count(), 3);

  await calc.getByRole('button', { name: /^Remove: Coins held/ }).click();
  await page.waitForFunction(() => document.querySelector('mining-calculator')?.shadowRoot?.querySelector('[part="portfolio"]')?.getAttribute('data-positions') === '1');
  assert.equal(await rows.count(), 2);
  // The removed row took its button with it: the keyboard's place moves to "Add position".
  assert.equal(await calc.evaluate((el) => el.shadowRoot?.activeElement?.getAttribute('data-pf')), 'add');
  assert.doesNotMatch(await shadowTextContent(page), /NaN|undefined|Infinity|\{[a-zA-Z]+\}/);
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('Portfolio: "Copy link" carries the added positions, and the link restores them', async () => {
  const page = await open(`${RIG} view="portfolio" paths="200"`, { permissions: ['clipboard-read', 'clipboard-write'] });
  const calc = page.locator('mining-calculator');
  await finished(page, 'portfolio', '1');
  await calc.getByLabel('Position', { exact: true }).selectOption('hold');
  await calc.locator('#mc-pf-coin').selectOption('ltc');
  await calc.getByLabel('Amount invested', { exact: true }).fill('5000');
  await calc.getByRole('button', { name: 'Add position' }).click();
  await page.waitForFunction(() => document.querySelector('mining-calculator')?.shadowRoot?.querySelector('[part="portfolio"]')?.getAttribute('data-positions') === '2');
  await calc.locator('#mc-panel-portfolio [data-action=copy-link]').click();
  await page.waitForFunction(() => document.querySelector('mining-calculator')?.shadowRoot?.querySelector('#mc-panel-portfolio .mc-share-status')?.textContent === 'Link copied.');
  const hash = new URL(page.url()).hash;
  const pairs = new URLSearchParams(hash.slice('#mc='.length));
  assert.equal(pairs.get('view'), 'portfolio');
  assert.deepEqual(pairs.getAll('position').map((p) => p.split('|').map(decodeURIComponent)).map((v) => [v[0], v[1], v[4]]), [['hold', 'ltc', '5000']]);

  // The same fixture opened with that fragment shows the position again, checked by the core.
  const copy = await newPage(browser, { viewport: { width: 1100, height: 1000 } });
  await copy.route(`${server.url}/fixture.html`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureHtml(`<mining-calculator ${RIG} paths="200"></mining-calculator>`) }));
  await copy.goto(`${server.url}/fixture.html${hash}`);
  await copy.waitForFunction(() => document.querySelector('mining-calculator')?.shadowRoot?.querySelector('[part="portfolio"]')?.getAttribute('data-positions') === '2', null, { timeout: 30_000 });
  const names = await copy.locator('mining-calculator').locator('[part="portfolio"] tbody tr th').allInnerTexts();
  assert.match(names[1], /^Coins held · LTC · \$5,000\.00/);

  // A tampered position is refused like a bad "Add": nothing is added, nothing is injected.
  const bad = await newPage(browser, { viewport: { width: 1100, height: 1000 } });
  await bad.route(`${server.url}/fixture.html`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureHtml(`<mining-calculator ${RIG} paths="200"></mining-calculator>`) }));
  await bad.goto(`${server.url}/fixture.html#mc=view=portfolio&position=${encodeURIComponent('rig|ltc|<img src=x onerror=alert(1)>|1|2|3')}`);
  await bad.locator('mining-calculator').locator('.mc-pf-add .mc-error').waitFor();
  assert.equal(await bad.locator('mining-calculator').locator('[part="portfolio"] img').count(), 0);
  assert.deepEqual(errorsOf(page), []);
  assert.deepEqual(errorsOf(copy), []);
  await Promise.all([page.close(), copy.close(), bad.close()]);
});

for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
  for (const width of [320, 1280]) {
    test(`screenshots of the risk views, ${colorScheme}, ${width} px`, async (t) => {
      const page = await open(`${RIG} view="risk"`, { colorScheme, viewport: { width, height: 900 }, reducedMotion: 'reduce' });
      const calc = page.locator('mining-calculator');
      for (const view of ['risk', 'matters', 'coins', 'portfolio']) {
        await calc.evaluate((el, v) => el.setAttribute('view', v), view);
        if (view === 'risk' || view === 'portfolio') await finished(page, view, '1');
        else await calc.locator(`[part="${view}"] tbody tr`).first().waitFor({ state: 'attached' });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${view}: the page is ${overflow} px wider than the screen`);
        t.diagnostic(await screenshot(page, `risk-${view}-${colorScheme}-${width}`));
      }
      await page.close();
    });
  }
}
