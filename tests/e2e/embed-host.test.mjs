// @ts-check
// The widget on any host page: a hostile stylesheet (huge inherited text, letter spacing, a
// right-to-left body, content-box everywhere) must leave its text, signs and layout as they
// are on a plain page, at 375 and 1280 pixels; `dir="rtl"` on the element lays the widget
// itself out right to left with numbers still reading −$1.23. Screenshots go to
// target/screenshots/host-*.png.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { errorsOf, launch, newPage, screenshot } from './harness.mjs';
import { startServer } from './server.mjs';
import { openFixture } from './widget-fixture.mjs';

const HOSTILE = `* { font-size: 22px !important; line-height: 3 !important; letter-spacing: .3em;
  box-sizing: content-box !important; word-spacing: .5em; text-transform: uppercase; text-indent: 2em; }
body { direction: rtl; text-align: right; font-family: serif; white-space: pre; }`;

/** A loss (so the headline has a minus sign) at a price a reader in an expensive country pays. */
const CALCULATOR = '<mining-calculator rig="antminer-s19-pro" electricity-price="0.40"></mining-calculator>';

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
 * A page holding `body`, with `css` in its head.
 *
 * @param {string} body
 * @param {string} css
 */
function hostPage(body, css) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host page</title><style>${css}</style>
<script type="module" src="/mining-calculator.js"></script></head>
<body><main><h1>A host page</h1>${body}</main></body></html>`;
}

/**
 * What a layout check compares: the widget's size, its text, the headline's font and box, and
 * where the headline's minus sign is drawn relative to its first digit.
 *
 * @param {import('playwright-core').Page} page
 */
async function measure(page) {
  return page.locator('mining-calculator').evaluate((host) => {
    const root = /** @type {ShadowRoot} */ (host.shadowRoot);
    const mc = /** @type {HTMLElement} */ (root.querySelector('.mc'));
    const kpi = /** @type {HTMLElement} */ (root.querySelector('#mc-panel-hardware .mc-kpi-value'));
    const text = /** @type {Text} */ (kpi.firstChild);
    const at = (/** @type {number} */ i) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect().left;
    };
    const sign = text.data.indexOf('−');
    const digit = text.data.search(/\d/);
    const style = getComputedStyle(kpi);
    const box = mc.getBoundingClientRect();
    const form = /** @type {HTMLElement} */ (root.querySelector('.mc-form')).getBoundingClientRect();
    return {
      width: Math.round(box.width),
      height: Math.round(box.height),
      text: mc.innerText,
      kpi: kpi.textContent,
      font: [style.fontSize, style.lineHeight, style.letterSpacing, style.textTransform, style.fontFamily],
      direction: getComputedStyle(mc).direction,
      signBeforeDigits: sign >= 0 && digit > sign && at(sign) < at(digit),
      formLeft: Math.round(form.left - box.left),
      formRight: Math.round(box.right - form.right),
    };
  });
}

for (const width of [375, 1280]) {
  test(`a hostile page leaves the widget as it is on a plain page, ${width} px`, async (t) => {
    const plain = await newPage(browser, { viewport: { width, height: 900 }, reducedMotion: 'reduce' });
    await openFixture(plain, server.url, hostPage(CALCULATOR, ''), 'plain.html');
    const hostile = await newPage(browser, { viewport: { width, height: 900 }, reducedMotion: 'reduce' });
    await openFixture(hostile, server.url, hostPage(CALCULATOR, HOSTILE), 'hostile.html');
    // The hostile page is really hostile: the widget's host element inherits all of it.
    const outside = await hostile.locator('h1').evaluate((el) => [getComputedStyle(el).fontSize, getComputedStyle(el).direction]);
    assert.deepEqual(outside, ['22px', 'rtl']);
    const [a, b] = [await measure(plain), await measure(hostile)];
    t.diagnostic(await screenshot(hostile, `host-hostile-${width}`));
    assert.equal(b.direction, 'ltr');
    assert.ok(a.signBeforeDigits && b.signBeforeDigits, `the minus sign comes before the digits: ${b.kpi}`);
    assert.deepEqual(b.font, a.font);
    assert.equal(b.text, a.text);
    // The host's box may differ (content-box, padding), not the widget inside it.
    assert.equal(b.height, a.height, 'the widget is as tall as on a plain page');
    assert.ok(Math.abs(b.width - a.width) <= 1, `width ${b.width} vs ${a.width}`);
    assert.ok(b.width <= width, `fits the ${width} px screen`);
    assert.deepEqual(errorsOf(hostile), []);
    await plain.close();
    await hostile.close();
  });
}

test('dir="rtl" lays the widget out right to left and keeps signed numbers readable', async (t) => {
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  await openFixture(page, server.url, hostPage(CALCULATOR.replace('<mining-calculator', '<mining-calculator dir="rtl"'), HOSTILE), 'rtl.html');
  const rtl = await measure(page);
  t.diagnostic(await screenshot(page, 'host-rtl-1280'));
  assert.equal(rtl.direction, 'rtl');
  assert.ok(rtl.signBeforeDigits, `the minus sign comes before the digits: ${rtl.kpi}`);
  assert.ok(rtl.formRight < rtl.formLeft, `the form is on the right: ${JSON.stringify(rtl)}`);
  // A chart is drawn in absolute coordinates: its money labels stay left of the plot and its
  // labels inside it (an RTL direction would flip every text-anchor onto the plot).
  const chart = await page.locator('mining-calculator').evaluate((el) => {
    const svg = /** @type {SVGSVGElement} */ (el.shadowRoot?.querySelector('svg.mc-chart'));
    const box = svg.getBoundingClientRect();
    const plotLeft = Math.min(...[...svg.querySelectorAll('.mc-axis-y line')].map((l) => l.getBoundingClientRect().left));
    const yLabels = [...svg.querySelectorAll('.mc-axis-y text')].map((t) => t.getBoundingClientRect());
    const texts = [...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect()).filter((r) => r.width > 0);
    return {
      plotLeft,
      yLabelsRight: Math.max(...yLabels.map((r) => r.right)),
      outside: texts.filter((r) => r.left < box.left - 1 || r.right > box.right + 1).length,
    };
  });
  assert.ok(chart.yLabelsRight <= chart.plotLeft, `the y labels end left of the plot: ${JSON.stringify(chart)}`);
  assert.equal(chart.outside, 0, 'every chart text inside the chart');
  // And back, live.
  await page.locator('mining-calculator').evaluate((el) => el.removeAttribute('dir'));
  const ltr = await measure(page);
  assert.equal(ltr.direction, 'ltr');
  assert.ok(ltr.formLeft < ltr.formRight);
  assert.equal(ltr.kpi?.includes('\u2066'), false, 'no isolates in a left-to-right widget');
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});
