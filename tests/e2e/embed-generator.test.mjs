// @ts-check
// The embed-code generator (embed.html) as a blogger uses it: every attribute is there, grouped
// as in the widget's own form; a coin the rig cannot mine is explained, never changed; the
// preview is built from the code and matches it exactly; the code comes as a script tag, an
// iframe and an npm import; Copy copies it; and it all fits a 320-pixel phone.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { errorsOf, launch, newPage, screenshot } from './harness.mjs';
import { startServer } from './server.mjs';

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
 * Opens the generator and waits for its form and the preview.
 *
 * @param {number} [width]
 * @param {import('playwright-core').BrowserContextOptions} [options]
 */
async function openGenerator(width = 1280, options = {}) {
  const page = await newPage(browser, { viewport: { width, height: 900 }, reducedMotion: 'reduce', ...options });
  await page.goto(`${server.url}/embed.html`);
  await page.locator('#options select[name="rig"] option[value="antminer-l9"]').waitFor({ state: 'attached' });
  await previewSettled(page);
  return page;
}

/**
 * Waits until the preview has been rebuilt from the current code and has rendered.
 *
 * @param {import('playwright-core').Page} page
 */
async function previewSettled(page) {
  await page.waitForFunction(() => {
    const preview = /** @type {any} */ (document.getElementById('preview'));
    const code = document.getElementById('embed-code')?.textContent ?? '';
    const kind = /** @type {HTMLInputElement | null} */ (document.querySelector('input[name="kind"]:checked'))?.value;
    return preview?.shadowRoot?.querySelector('.mc-form') && (kind !== 'script' || preview.dataset.code === code);
  });
}

/**
 * Chooses the code's kind.
 *
 * @param {import('playwright-core').Page} page
 * @param {'script' | 'iframe' | 'npm'} kind
 */
async function showCode(page, kind) {
  await page.locator(`input[name="kind"][value="${kind}"]`).check();
  return page.locator('#embed-code').innerText();
}

test('every attribute has a control, grouped and ordered as in the widget’s form', async () => {
  const page = await openGenerator();
  const names = await page.evaluate(async () => {
    const glue = '/pkg/minecalc_wasm.js';
    const wasm = await import(glue);
    await wasm.default(); // the page may have loaded only the first module
    return /** @type {string[]} */ (wasm.Widget.attributeNames());
  });
  for (const name of [...names, 'dir']) {
    assert.equal(await page.locator(`#options [name="${name}"]`).count(), 1, `a control for ${name}`);
  }
  const generator = await page.evaluate(() =>
    [...document.querySelectorAll('#options [data-group]')].map((g) => ({
      group: /** @type {HTMLElement} */ (g).dataset.group,
      fields: [...g.querySelectorAll('[name]')].map((f) => f.getAttribute('name')),
    })),
  );
  const widget = await page.evaluate(() =>
    [...(document.getElementById('preview')?.shadowRoot?.querySelectorAll('.mc-form > fieldset, .mc-form > details') ?? [])].map((g) => ({
      group: g.querySelector('legend, summary > span')?.textContent ?? '',
      fields: [...g.querySelectorAll('[data-field]')].map((f) => /** @type {HTMLElement} */ (f).dataset.field),
    })),
  );
  assert.deepEqual(generator, widget);
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('a coin the rig cannot mine is explained next to the code, and kept as chosen', async () => {
  const page = await openGenerator();
  assert.equal(await page.locator('.conflict').count(), 0, 'no conflict at first');
  await page.selectOption('#options select[name="rig"]', 'antminer-l9');
  await page.selectOption('#options select[name="coin"]', 'btc');
  await previewSettled(page);
  const conflict = await page.locator('.conflict').innerText();
  assert.match(conflict, /Antminer L9 cannot mine Bitcoin/);
  assert.match(conflict, /start on Litecoin/);
  assert.equal(await page.locator('#options select[name="coin"]').inputValue(), 'btc', 'the choice is not changed');
  assert.match(await page.locator('#embed-code').innerText(), /<mining-calculator rig="antminer-l9" coin="btc">/);
  assert.equal(await page.locator('#preview').getAttribute('coin'), 'btc');
  // A currency without a coin price is explained too, and goes away once the price is given.
  await page.selectOption('#options select[name="coin"]', 'ltc');
  await page.selectOption('#options select[name="currency"]', 'EUR');
  assert.match(await page.locator('#conflicts').innerText(), /with EUR, give the coin price \(under Market data\) in EUR too/);
  await page.locator('#options summary', { hasText: 'Market data' }).click();
  await page.locator('#options input[name="coin-price"]').fill('70');
  await page.waitForFunction(() => document.querySelectorAll('.conflict').length === 0);
  await page.close();
});

test('the preview is exactly what the code produces, as a script tag, an iframe and npm', async () => {
  const page = await openGenerator();
  await page.evaluate(() => document.querySelectorAll('#options details').forEach((d) => d.setAttribute('open', '')));
  await page.selectOption('#options select[name="rig"]', 'rtx-4090');
  await page.selectOption('#options select[name="coin"]', 'etc');
  await page.locator('#options input[name="electricity-price"]').fill('0.21');
  await page.locator('#options input[name="coin-price"]').fill('15"<b>&amp;');
  await page.locator('#options input[name="days"]').fill('365');
  await page.selectOption('#options select[name="shutdown-when-unprofitable"]', 'false');
  await page.selectOption('#options select[name="view"]', 'risk');
  await page.locator('#options input[name="compact"]').check();
  await previewSettled(page);
  const expected = [
    ['rig', 'rtx-4090'],
    ['coin', 'etc'],
    ['electricity-price', '0.21'],
    ['coin-price', '15"<b>&amp;'],
    ['days', '365'],
    ['shutdown-when-unprofitable', 'false'],
    ['view', 'risk'],
    ['compact', ''],
  ];

  const script = await showCode(page, 'script');
  assert.match(script, /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/mining-calculator\.js"><\/script>\n<mining-calculator /);
  assert.match(script, / coin-price="15&quot;&lt;b&gt;&amp;amp;"/, 'values are escaped');
  const parsed = await page.evaluate((html) => {
    const el = new DOMParser().parseFromString(html, 'text/html').querySelector('mining-calculator');
    return el ? [...el.attributes].map((a) => [a.name, a.value]) : [];
  }, script);
  assert.deepEqual(parsed, expected);
  const preview = await page.locator('#preview').evaluate((el) => [...el.attributes].map((a) => [a.name, a.value]).filter(([n]) => !['id', 'aria-describedby', 'data-code'].includes(n)));
  assert.deepEqual(preview, expected, 'the preview carries exactly the code’s attributes');
  assert.equal(await page.locator('#preview').evaluate((el) => /** @type {any} */ (el).input?.electricityPrice), '0.21');

  const iframe = await showCode(page, 'iframe');
  const src = /src="([^"]+frame\.html[^"]*)"/.exec(iframe)?.[1].replace(/&amp;/g, '&') ?? '';
  assert.deepEqual([...new URL(src).searchParams], expected);
  assert.match(iframe, /<iframe data-minecalc /);
  assert.match(iframe, /height="\d+"/);
  assert.match(iframe, /<script src="[^"]+\/frame-resize\.js" defer><\/script>/);

  const npm = await showCode(page, 'npm');
  assert.match(npm, /^npm install minecalc\n/);
  assert.match(npm, /import "minecalc";/);
  assert.ok(npm.includes(/<mining-calculator [^>]*>/.exec(script)?.[0] ?? 'missing'), 'the same tag');
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('Copy puts the code on the clipboard', async () => {
  const page = await openGenerator(1280, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.selectOption('#options select[name="rig"]', 'antminer-s21-pro');
  const code = await showCode(page, 'iframe');
  await page.locator('button.copy[data-copy="embed-code"]').click();
  await page.locator('button.copy[data-copy="embed-code"]', { hasText: 'Copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  await page.close();
});

for (const width of [320, 375]) {
  test(`the generator fits a ${width}-pixel phone`, async (t) => {
    const page = await openGenerator(width);
    await page.selectOption('#options select[name="rig"]', 'antminer-l9');
    await page.selectOption('#options select[name="coin"]', 'btc');
    await showCode(page, 'iframe');
    await previewSettled(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
    const preview = await page.locator('#preview').evaluate((el) => el.getBoundingClientRect().width);
    assert.ok(preview <= width, `the preview fits: ${preview} px`);
    t.diagnostic(await screenshot(page, `embed-generator-${width}`));
    await page.close();
  });
}
