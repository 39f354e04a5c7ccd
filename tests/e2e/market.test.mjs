// @ts-check
// The site's own market data (`market-src`): the numbers follow the feed; a missing, slow,
// invalid or oversized feed keeps the built-in snapshot and says why; instances share one
// request; an offline reader gets the last good copy with its date; old data is flagged at
// the headline; and nothing is requested from any origin but the site's.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { errorsOf, foreignRequests, launch, newPage, requestsOf } from './harness.mjs';
import { startServer } from './server.mjs';
import { fixtureHtml, openFixture, resultOf, waitForCalculators } from './widget-fixture.mjs';

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
 * `YYYY-MM-DD`, `days` before today (the reader's local date, as the widget takes it).
 *
 * @param {number} days
 */
function daysAgo(days) {
  const d = new Date();
  d.setDate(d.getDate() - days);
  const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * A feed with BTC figures observed `age` days ago.
 *
 * @param {number} age
 */
function feed(age = 1) {
  return JSON.stringify({
    format: 'minecalc-market',
    version: 1,
    generatedAt: `${daysAgo(age)}T06:00:00Z`,
    coins: {
      btc: {
        priceUsd: '100000',
        difficulty: '100000000000000',
        height: 1000000,
        txFeesPerBlock: '0.05',
        observedAt: daysAgo(age),
        source: 'test feed',
      },
    },
  });
}

/**
 * A page whose calculators name `/feeds/market.json`, answered by `answer`.
 *
 * @param {(route: import('playwright-core').Route) => Promise<void> | void} answer
 * @param {string} [body]
 */
async function openWithFeed(answer, body = '<mining-calculator rig="antminer-s21" electricity-price="0.08" market-src="/feeds/market.json"></mining-calculator>') {
  const page = await newPage(browser, { viewport: { width: 1100, height: 900 } });
  await page.route(`${server.url}/feeds/market.json`, answer);
  await openFixture(page, server.url, fixtureHtml(body));
  return page;
}

/**
 * Waits until the first calculator's market data has settled (fetched or failed).
 *
 * @param {import('playwright-core').Page} page
 * @param {number} [timeout]
 */
async function settled(page, timeout = 15_000) {
  await page.waitForFunction(() => {
    const info = /** @type {any} */ (document.querySelector('mining-calculator'))?.marketInfo;
    return info && info.status !== 'none';
  }, undefined, { timeout });
  return page.locator('mining-calculator').first().evaluate((el) => /** @type {any} */ (el).marketInfo);
}

/** @param {import('playwright-core').Page} page */
async function noticeText(page) {
  const notice = page.locator('mining-calculator').first().locator('.mc-notice[part="notice"]');
  return (await notice.isVisible()) ? notice.innerText() : '';
}

test('the numbers follow the site feed, and each figure says where it came from', async () => {
  const page = await openWithFeed((route) => route.fulfill({ contentType: 'application/json', body: feed(1) }));
  const info = await settled(page);
  assert.equal(info.origin, 'feed');
  assert.equal(info.status, 'live');
  assert.equal(info.source, 'test feed');
  assert.equal(info.ageDays, 1);
  const result = await resultOf(page);
  assert.equal(result.assumptions.coinPrice, '100000');
  assert.equal(result.assumptions.difficulty, '100000000000000');
  // The height moves on from the feed's by one block per block time: one day of BTC blocks.
  assert.equal(result.assumptions.blockHeight, 1000000 + 144);
  assert.equal(result.assumptions.txFeesPerBlock, '0.05');
  assert.equal(result.assumptions.market.origin, 'feed');
  const calc = page.locator('mining-calculator');
  assert.match(await calc.locator('[data-field="coin-price"] .mc-hint').innerText(), /^From this site's market data, .*, source test feed/);
  assert.match(await calc.locator('#mc-panel-hardware .mc-kpi-data').innerText(), /this site's data/);
  assert.equal(await calc.locator('#mc-panel-hardware .mc-age').isVisible(), false, 'a fresh feed has no age notice');
  assert.equal(await noticeText(page), '');
  // The change event carries it too.
  const detail = await calc.evaluate(
    (el) =>
      new Promise((resolve) => {
        el.addEventListener('change', (e) => resolve(/** @type {CustomEvent} */ (e).detail.marketInfo), { once: true });
        el.setAttribute('electricity-price', '0.07');
      }),
  );
  assert.equal(/** @type {any} */ (detail).origin, 'feed');
  assert.deepEqual(foreignRequests(page, server.url), []);
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

for (const [name, answer, expected] of /** @type {const} */ ([
  ['a 404', (/** @type {import('playwright-core').Route} */ route) => route.fulfill({ status: 404, body: 'not here' }), /HTTP 404/],
  ['an invalid feed', (/** @type {import('playwright-core').Route} */ route) => route.fulfill({ contentType: 'application/json', body: feed(1).replace('"100000000000000"', '"-5"') }), /coins\.btc\.difficulty: must be greater than 0, got "-5"/],
  ['an oversized feed', (/** @type {import('playwright-core').Route} */ route) => route.fulfill({ contentType: 'application/json', body: ' '.repeat(2 * 1024 * 1024) + feed(1) }), /larger than 1 MB/],
  ['HTML instead of JSON', (/** @type {import('playwright-core').Route} */ route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><p>Oops</p>' }), /not valid JSON/],
])) {
  test(`${name} keeps the built-in snapshot and shows why`, async () => {
    const page = await openWithFeed(answer);
    const info = await settled(page);
    assert.equal(info.status, 'failed');
    assert.equal(info.origin, 'builtin');
    assert.match(await noticeText(page), /^This site's market data could not be used \(/);
    assert.match(await noticeText(page), expected);
    const result = await resultOf(page);
    assert.ok(result, 'the widget still computes');
    assert.equal(result.assumptions.market.origin, 'builtin');
    const text = await page.locator('mining-calculator').evaluate((el) => el.shadowRoot?.textContent ?? '');
    assert.doesNotMatch(text, /NaN|undefined/);
    // Chromium itself logs a failed load (the 404) to the console; nothing else may appear.
    assert.deepEqual(errorsOf(page).filter((e) => !e.includes('Failed to load resource')), []);
    await page.close();
  });
}

test('a feed that never answers times out after 10 s and keeps the snapshot', async () => {
  const page = await openWithFeed(() => {
    // Never answered.
  });
  const info = await settled(page, 20_000);
  assert.equal(info.status, 'failed');
  assert.match(await noticeText(page), /no answer within 10 seconds/);
  assert.ok(await resultOf(page));
  await page.close();
});

test('two calculators on a page share one request for the feed', async () => {
  const page = await openWithFeed(
    (route) => route.fulfill({ contentType: 'application/json', body: feed(1) }),
    '<mining-calculator rig="antminer-s21" market-src="/feeds/market.json"></mining-calculator><mining-calculator rig="antminer-l7" market-src="feeds/market.json"></mining-calculator>',
  );
  await settled(page);
  await page.waitForFunction(() => [...document.querySelectorAll('mining-calculator')].every((el) => /** @type {any} */ (el).marketInfo?.status === 'live'));
  const fetched = requestsOf(page).filter((url) => url.endsWith('/feeds/market.json'));
  assert.equal(fetched.length, 1, fetched.join(', '));
  await page.close();
});

test('a 60-day-old feed shows the age notice at the headline; a 200-day-old one marks the headline', async () => {
  for (const [age, old] of [[60, false], [200, true]]) {
    const page = await openWithFeed((route) => route.fulfill({ contentType: 'application/json', body: feed(/** @type {number} */ (age)) }));
    await settled(page);
    const calc = page.locator('mining-calculator');
    const notice = calc.locator('#mc-panel-hardware .mc-age');
    assert.ok(await notice.isVisible(), `${age} days: notice shown`);
    assert.match(await notice.innerText(), new RegExp(`This market data is ${age} days old\\. Difficulty has usually risen since`));
    const label = await calc.locator('#mc-panel-hardware .mc-kpi-label').innerText();
    if (old) assert.match(label, /Based on old data/i);
    else assert.doesNotMatch(label, /old data/i);
    await page.close();
  }
});

test('the age notice is translated', async () => {
  const page = await newPage(browser);
  await page.route(`${server.url}/feeds/market.json`, (route) => route.fulfill({ contentType: 'application/json', body: feed(60) }));
  await openFixture(page, server.url, fixtureHtml('<mining-calculator lang="de" market-src="/feeds/market.json"></mining-calculator>', 'de'));
  await settled(page);
  assert.match(await page.locator('mining-calculator .mc-age').innerText(), /Diese Marktdaten sind 60 Tage alt/);
  await page.close();
});

test('the demo reads the site feed, and after one visit uses the saved copy offline, with its date', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await waitForCalculators(page);
  const online = await page.locator('#demo').evaluate(async (el) => {
    const deadline = Date.now() + 10_000;
    while (/** @type {any} */ (el).marketInfo?.status !== 'live' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    return /** @type {any} */ (el).marketInfo;
  });
  assert.equal(online.status, 'live');
  assert.equal(online.origin, 'feed');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    // The element saves the feed in the background: wait for it.
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const cache = await caches.open('minecalc-market-v1');
      if ((await cache.keys()).length > 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await waitForCalculators(page);
  const offline = await page.locator('#demo').evaluate(async (el) => {
    const deadline = Date.now() + 10_000;
    while (/** @type {any} */ (el).marketInfo?.status === 'none' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    return /** @type {any} */ (el).marketInfo;
  });
  assert.equal(offline.status, 'cached');
  assert.equal(offline.origin, 'feed');
  assert.match(
    await page.locator('#demo .mc-notice[part="notice"]').innerText(),
    /^Offline: using this site's market data saved on /,
  );
  await context.close();
});

test('the broken-feed demo page shows the notice and the snapshot', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}/demo-broken-feed.html`);
  await waitForCalculators(page);
  const info = await settled(page);
  assert.equal(info.status, 'failed');
  assert.match(await noticeText(page), /could not be used/);
  assert.ok(await resultOf(page));
  assert.deepEqual(foreignRequests(page, server.url), []);
  await page.close();
});

test('the market property takes a feed object from the page', async () => {
  const page = await openWithFeed((route) => route.fulfill({ status: 404, body: '' }), '<mining-calculator rig="antminer-s21"></mining-calculator>');
  const calc = page.locator('mining-calculator');
  await calc.evaluate((el, text) => {
    /** @type {any} */ (el).market = JSON.parse(text);
  }, feed(2));
  const info = await calc.evaluate((el) => /** @type {any} */ (el).marketInfo);
  assert.equal(info.origin, 'feed');
  assert.equal(info.ageDays, 2);
  assert.equal((await resultOf(page)).assumptions.coinPrice, '100000');
  // Back to the built-in snapshot.
  await calc.evaluate((el) => {
    /** @type {any} */ (el).market = null;
  });
  assert.equal((await calc.evaluate((el) => /** @type {any} */ (el).marketInfo)).origin, 'builtin');
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});
