// @ts-check
// Screenshots of the demo page for people to look at: light and dark, a 320-pixel phone and a
// 1280-pixel desktop, written to target/screenshots/. The test also checks that nothing
// overflows the page sideways at 320 pixels.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, newPage, screenshot } from './harness.mjs';
import { startServer } from './server.mjs';
import { waitForCalculators } from './widget-fixture.mjs';

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

for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
  for (const width of [320, 1280]) {
    test(`screenshot of the demo, ${colorScheme}, ${width} px`, async (t) => {
      const page = await newPage(browser, { colorScheme, viewport: { width, height: 900 }, reducedMotion: 'reduce' });
      await page.goto(`${server.url}/`);
      await waitForCalculators(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than the ${width} px screen`);
      const file = await screenshot(page, `demo-${colorScheme}-${width}`);
      t.diagnostic(file);
      const widget = await page.locator('#demo').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { width: r.width, height: r.height };
      });
      assert.ok(widget.width <= width, `the calculator fits: ${widget.width} px`);
      assert.ok(widget.height > 300);
      await page.close();
    });
  }
}
