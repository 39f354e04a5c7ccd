// @ts-check
// Accessibility: axe-core finds no violations on the site's pages (light and dark, widget in
// its normal and its error state), and a keyboard alone reaches every field of the calculator.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, formatViolations, launch, newPage } from './harness.mjs';
import { startServer } from './server.mjs';
import { fixtureHtml, openFixture, waitForCalculators } from './widget-fixture.mjs';

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
  for (const name of ['index.html', 'embed.html', 'docs.html']) {
    test(`axe finds no violations on ${name} (${colorScheme})`, async () => {
      const page = await newPage(browser, { colorScheme, viewport: { width: 1280, height: 900 } });
      await page.goto(`${server.url}/${name}`);
      if (name !== 'docs.html') await waitForCalculators(page);
      // Open every disclosure so the formulas are checked too.
      await page.locator('mining-calculator details:not([open]) > summary').evaluateAll((summaries) => summaries.forEach((s) => /** @type {HTMLElement} */ (s).click()));
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], formatViolations(violations));
      await page.close();
    });
  }
}

test('axe finds no violations in the error state, narrow, dark, compact and in German', async () => {
  const page = await newPage(browser, { colorScheme: 'dark', viewport: { width: 320, height: 700 } });
  await openFixture(
    page,
    server.url,
    fixtureHtml('<mining-calculator id="a" pool-fee="150"></mining-calculator><mining-calculator id="b" compact lang="de" theme="light" currency="EUR"></mining-calculator>'),
  );
  await page.locator('#a').locator('[name="hashrate"]').fill('abc');
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], formatViolations(violations));
  await page.close();
});

test('the keyboard alone reaches every field, in order, and tabs move with the arrow keys', async () => {
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await openFixture(page, server.url, fixtureHtml('<button id="before">before</button><mining-calculator rig="antminer-s21"></mining-calculator><button id="after">after</button>'));
  const calc = page.locator('mining-calculator');
  const expected = await calc.evaluate((el) =>
    [...(el.shadowRoot?.querySelectorAll('input, select, button, summary') ?? [])]
      .filter((c) => /** @type {HTMLElement} */ (c).offsetParent !== null && !(/** @type {any} */ (c).disabled) && c.getAttribute('tabindex') !== '-1')
      .map((c) => c.getAttribute('name') ?? c.getAttribute('data-view') ?? c.textContent?.trim() ?? ''),
  );
  assert.ok(expected.includes('electricity-price') && expected.includes('hash-unit') && expected.includes('coin-price'));

  await page.locator('#before').focus();
  /** @type {string[]} */
  const reached = [];
  for (let i = 0; i < expected.length + 20; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      if (active?.id === 'after') return null;
      return active?.getAttribute('name') ?? active?.getAttribute('data-view') ?? active?.textContent?.trim() ?? '';
    });
    if (focused === null) break;
    reached.push(focused);
  }
  for (const name of expected) assert.ok(reached.includes(name), `Tab reaches ${name}; reached: ${reached.join(', ')}`);
  // Fields are visited in the order they are shown.
  const fieldOrder = reached.filter((n) => ['rig', 'coin', 'hashrate', 'electricity-price', 'coin-price'].includes(n));
  assert.deepEqual(fieldOrder, ['rig', 'coin', 'hashrate', 'electricity-price', 'coin-price']);

  // Typing with the keyboard alone updates the result.
  await calc.locator('[name="pool-fee"]').focus();
  await page.keyboard.type('2');
  assert.equal(await calc.evaluate((el) => /** @type {any} */ (el).result.assumptions.poolFeePercent), '2');

  // With more than one view, the tab list is a real tablist driven by arrow keys.
  const tabs = calc.getByRole('tab');
  if ((await tabs.count()) > 1) {
    await tabs.first().focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await tabs.nth(1).getAttribute('aria-selected'), 'true');
    assert.equal(await tabs.first().getAttribute('aria-selected'), 'false');
    const focusedTab = await calc.evaluate((el) => el.shadowRoot?.activeElement?.getAttribute('role'));
    assert.equal(focusedTab, 'tab');
    await page.keyboard.press('Home');
    assert.equal(await tabs.first().getAttribute('aria-selected'), 'true');
  }
  await page.close();
});

test('a switch is drawn whole and shows its focus ring when reached by keyboard', async () => {
  const page = await newPage(browser, { viewport: { width: 375, height: 800 } });
  await openFixture(page, server.url, fixtureHtml('<mining-calculator rig="antminer-s21"></mining-calculator>'));
  const calc = page.locator('mining-calculator');
  const toggle = calc.locator('[name="grow-difficulty"]');
  await toggle.waitFor();
  // Reached with Tab from the field before it, so :focus-visible applies.
  await calc.locator('[name="tx-fees"]').focus();
  await page.keyboard.press('Tab');
  const drawn = await toggle.evaluate((input) => {
    const box = input.getBoundingClientRect();
    // The switch's wrappers up to its field: none may clip the checkbox or its ring.
    const clippers = [];
    for (let el = input.parentElement; el && !el.classList.contains('mc-field'); el = el.parentElement) {
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const roomy = r.left <= box.left - 3 && r.right >= box.right + 3 && r.top <= box.top - 3 && r.bottom >= box.bottom + 3;
      if (cs.overflow !== 'visible' && !roomy) clippers.push(`${el.className} (overflow ${cs.overflow}, radius ${cs.borderRadius})`);
    }
    const root = /** @type {ShadowRoot} */ (input.getRootNode());
    return { focused: root.activeElement === input, outline: getComputedStyle(input).outlineStyle, clippers };
  });
  assert.ok(drawn.focused, 'Tab from the fees field reaches the switch');
  assert.notEqual(drawn.outline, 'none', 'the focused switch has a focus ring');
  assert.deepEqual(drawn.clippers, [], 'nothing clips the switch or its ring');
  await page.close();
});

test('every control the keyboard reaches shows a focus ring, in the first module and in every view', async () => {
  const pages = [
    ['first module', '<mining-calculator rig="antminer-s21"></mining-calculator>'],
    ...['hardware', 'cloud', 'compare', 'risk', 'matters', 'coins', 'portfolio'].map((view) => [
      view,
      `<mining-calculator load="all" view="${view}" rig="antminer-s21"></mining-calculator>`,
    ]),
  ];
  for (const [name, calculator] of pages) {
    const page = await newPage(browser, { viewport: { width: 1100, height: 900 } });
    await openFixture(page, server.url, fixtureHtml(`<button id="before">before</button>${calculator}<button id="after">after</button>`));
    await page.locator('mining-calculator').evaluate((el) => /** @type {any} */ (el).ready);
    await page.locator('#before').focus();
    /** @type {string[]} */
    const unringed = [];
    for (let i = 0; i < 150; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        if (!active || active.id === 'after') return null;
        const style = getComputedStyle(active);
        // Its own outline, or the frame of its field (`.mc-control:focus-within`).
        const frame = active.closest('.mc-control');
        const ring =
          (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') ||
          (frame !== null && getComputedStyle(frame).boxShadow !== 'none');
        const label = active.getAttribute('name') ?? active.getAttribute('data-view') ?? active.textContent?.trim().slice(0, 40) ?? active.localName;
        return { ring, label: `${active.localName} ${label}` };
      });
      if (focus === null) break;
      if (!focus.ring) unringed.push(focus.label);
    }
    assert.deepEqual(unringed, [], `${name}: controls without a visible focus ring`);
    await page.close();
  }
});

test('the headline result is announced once typing pauses, a field error too, and every control has a name', async () => {
  const page = await newPage(browser);
  await openFixture(page, server.url, fixtureHtml('<mining-calculator></mining-calculator>'));
  const calc = page.locator('mining-calculator');
  // One polite live region, silent until the reader types; nothing else announces keystrokes.
  const live = calc.locator('[aria-live]');
  assert.equal(await live.count(), 1);
  assert.equal(await live.getAttribute('aria-atomic'), 'true');
  assert.equal(await live.textContent(), '');
  const box = calc.locator('[name="electricity-price"]');
  await box.selectText();
  await box.pressSequentially('0.12', { delay: 60 });
  await page.waitForTimeout(200);
  assert.equal(await live.textContent(), '', 'nothing is announced while typing');
  await page.waitForFunction(() => (document.querySelector('mining-calculator')?.shadowRoot?.querySelector('[aria-live]')?.textContent ?? '') !== '', undefined, { timeout: 3000 });
  assert.match(await live.textContent() ?? '', /Profit per day.*\$/);
  // An invalid entry is announced with its field.
  await box.fill('abc');
  await page.waitForFunction(() => /Electricity price:/.test(document.querySelector('mining-calculator')?.shadowRoot?.querySelector('[aria-live]')?.textContent ?? ''), undefined, { timeout: 3000 });
  await box.fill('0.10');
  // "Skip to results" takes keyboard users past the form to the results.
  await calc.locator('.mc-skip').focus();
  await page.keyboard.press('Enter');
  const focused = await calc.evaluate((el) => el.shadowRoot?.activeElement?.getAttribute('id') ?? '');
  assert.match(focused, /^mc-panel-/);
  const unnamed = await calc.evaluate((el) =>
    [...(el.shadowRoot?.querySelectorAll('input, select') ?? [])]
      .filter((c) => !c.getAttribute('aria-label') && !(/** @type {HTMLInputElement} */ (c).labels?.length))
      .map((c) => c.getAttribute('name')),
  );
  assert.deepEqual(unnamed, []);
  await page.close();
});

test('on a 320 px phone every chart label stays inside its chart, in the longest languages', async () => {
  for (const lang of ['fr', 'de', 'ru', 'pt', 'es']) {
    const page = await newPage(browser, { viewport: { width: 320, height: 700 } });
    await openFixture(page, server.url, fixtureHtml('<mining-calculator load="all" rig="antminer-s21" contract-price="1000" paths="200"></mining-calculator>', lang));
    const calc = page.locator('mining-calculator');
    for (const view of ['hardware', 'cloud', 'compare', 'risk', 'matters', 'coins']) {
      await calc.locator(`[data-view=${view}]`).click();
      const panel = calc.locator(`#mc-panel-${view}`);
      // Risk draws when its run ends; the others on the click.
      if (view === 'risk') await panel.locator('svg.mc-chart').first().waitFor();
      const outside = await panel.evaluate((p) =>
        [...p.querySelectorAll('svg.mc-chart')].flatMap((chart) => {
          const box = chart.getBoundingClientRect();
          return [...chart.querySelectorAll('text')]
            .filter((t) => t.textContent && !t.closest('[hidden]'))
            .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
            .filter(({ r }) => r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1))
            .map(({ text, r }) => `${text} (${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(box.left)}–${Math.round(box.right)})`);
        }),
      );
      assert.deepEqual(outside, [], `${lang} ${view}`);
    }
    await page.close();
  }
});

test('beside the form on a mid-width widget, the results column holds its tables', async () => {
  // At 720–850 px the results column is narrower than a phone's widget: its tables take their
  // narrow layout from the column's width, not the widget's.
  for (const [lang, width] of /** @type {const} */ ([['pt', 760], ['fr', 800], ['de', 740]])) {
    const page = await newPage(browser, { viewport: { width, height: 800 } });
    await openFixture(page, server.url, fixtureHtml('<mining-calculator load="all" rig="antminer-s21" contract-price="1000" paths="200"></mining-calculator>', lang));
    const calc = page.locator('mining-calculator');
    for (const view of ['hardware', 'cloud', 'compare', 'coins', 'portfolio']) {
      await calc.locator(`[data-view=${view}]`).click();
      const panel = calc.locator(`#mc-panel-${view}`);
      await panel.locator('table').first().waitFor();
      const outside = await panel.evaluate((p) => {
        const box = p.getBoundingClientRect();
        return [...p.querySelectorAll('table, td, th')]
          .filter((e) => !e.closest('[hidden], .mc-sr-only'))
          .map((e) => ({ e, r: e.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && r.right > box.right + 1)
          .map(({ e, r }) => `${e.tagName} "${(e.textContent ?? '').slice(0, 30)}" ends at ${Math.round(r.right)} > ${Math.round(box.right)}`);
      });
      assert.deepEqual(outside, [], `${lang} ${width} px ${view}`);
    }
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true, 'no sideways scroll');
    await page.close();
  }
});
