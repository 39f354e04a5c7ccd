// @ts-check
// Helpers for the <mining-calculator> browser tests: serve a test page from the www/ origin,
// wait for calculators to render, and read what a reader sees inside their shadow roots.

/**
 * A minimal page that loads the element module and holds `body` (HTML of calculators).
 *
 * @param {string} body
 * @param {string} [lang]
 * @returns {string}
 */
export function fixtureHtml(body, lang = 'en') {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Calculator test page</title>
<script type="module" src="/mining-calculator.js"></script></head>
<body><main>
<h1>Calculator test page</h1>
${body}
</main></body>
</html>
`;
}

/**
 * Opens a test page at `<origin>/<name>` whose HTML is `html` (answered by the browser
 * itself, so the page's own files still come from the real server and origin).
 *
 * @param {import('playwright-core').Page} page
 * @param {string} origin e.g. `server.url`
 * @param {string} html
 * @param {string} [name]
 */
export async function openFixture(page, origin, html, name = 'fixture.html') {
  const url = `${origin}/${name}`;
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(url);
  await waitForCalculators(page);
}

/**
 * Waits until every calculator on the page has rendered.
 *
 * @param {import('playwright-core').Page} page
 */
export async function waitForCalculators(page) {
  await page.waitForFunction(() => customElements.get('mining-calculator') !== undefined);
  await page.evaluate(async () => {
    const all = /** @type {NodeListOf<HTMLElement & { ready: Promise<void> }>} */ (document.querySelectorAll('mining-calculator'));
    await Promise.all([...all].map((el) => el.ready));
  });
}

/**
 * The text a reader sees in a calculator's shadow root (all of it, hidden parts excluded).
 *
 * @param {import('playwright-core').Page} page
 * @param {string} [selector]
 * @returns {Promise<string>}
 */
export async function shadowText(page, selector = 'mining-calculator') {
  return page.locator(selector).first().evaluate((el) => /** @type {HTMLElement} */ (el.shadowRoot?.querySelector('.mc'))?.innerText ?? '');
}

/**
 * The whole text content of a calculator's shadow root, hidden parts included (to look for
 * "NaN" or "undefined" anywhere).
 *
 * @param {import('playwright-core').Page} page
 * @param {string} [selector]
 * @returns {Promise<string>}
 */
export async function shadowTextContent(page, selector = 'mining-calculator') {
  return page.locator(selector).first().evaluate((el) => el.shadowRoot?.textContent ?? '');
}

/**
 * The element's `result` property.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} [selector]
 * @returns {Promise<any>}
 */
export async function resultOf(page, selector = 'mining-calculator') {
  return page.locator(selector).first().evaluate((el) => /** @type {any} */ (el).result);
}

/**
 * A field's control (input or select) by its attribute name, e.g. `electricity-price`, or
 * `hash-unit` for the hashrate unit list. (Labels repeat across views, names do not.)
 *
 * @param {import('playwright-core').Locator} calculator
 * @param {string} name
 * @returns {import('playwright-core').Locator}
 */
export function field(calculator, name) {
  return calculator.locator(`[name="${name}"]`);
}

/**
 * The visible cells (day, month, year) of a row of the breakdown table, by its label.
 *
 * @param {import('playwright-core').Locator} calculator
 * @param {string | RegExp} label
 * @returns {Promise<string[]>}
 */
export async function rowCells(calculator, label) {
  return calculator.locator('#mc-panel-hardware .mc-table tr', { has: calculator.page().locator('th', { hasText: label }) }).locator('td').allInnerTexts();
}

/**
 * Formats decimal text the way a calculator does for `style` in `locale`, using the page's Intl.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} decimal
 * @param {Intl.NumberFormatOptions} options
 * @param {string} [locale]
 * @returns {Promise<string>}
 */
export async function intl(page, decimal, options, locale = 'en') {
  return page.evaluate(
    ([d, o, l]) => new Intl.NumberFormat(/** @type {string} */ (l), /** @type {Intl.NumberFormatOptions} */ (o)).format(/** @type {any} */ (d)),
    /** @type {[string, Intl.NumberFormatOptions, string]} */ ([decimal, options, locale]),
  );
}

/**
 * Opens the projection under "Own hardware": a widget on the first module shows an "Over
 * time" button that loads the full module; afterwards (or with the full module already) the
 * projection's figures are there.
 *
 * @param {import('playwright-core').Locator} calc the `<mining-calculator>`
 */
export async function showProjection(calc) {
  const button = calc.locator('#mc-panel-hardware [data-action=load-full]');
  if (await button.count()) await button.click();
  await calc.locator('#mc-panel-hardware [part=projection] .mc-figures').waitFor();
}
