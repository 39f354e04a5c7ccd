// @ts-check
// The <mining-calculator> element as a reader and an embedding page use it: typing values,
// reading the visible figures (checked against the core's worked examples), live attributes,
// the change event and result property, field messages, languages, and GPU/ETH handling.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { errorsOf, launch, newPage } from './harness.mjs';
import { startServer } from './server.mjs';
import { field, fixtureHtml, intl, openFixture, resultOf, rowCells, shadowTextContent } from './widget-fixture.mjs';

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
 * A page with `body` in it, rendered.
 *
 * @param {string} body
 * @param {import('playwright-core').BrowserContextOptions} [options]
 */
async function open(body, options = {}) {
  const page = await newPage(browser, { viewport: { width: 1100, height: 900 }, ...options });
  await openFixture(page, server.url, fixtureHtml(body));
  return page;
}

/**
 * `Intl`'s text as the widget shows a figure on its own: with a true minus sign (U+2212). (In
 * running text a sign before a currency symbol is also joined to it by U+2060.)
 *
 * @param {string} text
 */
function widgetSigns(text) {
  return text.replaceAll('-', '\u2212');
}

/**
 * What `calculate()` of the page's own wasm module returns for the element's last input.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} [selector]
 */
async function coreResultFor(page, selector = 'mining-calculator') {
  return page.locator(selector).first().evaluate(async (el) => {
    const glue = '/pkg/minecalc_wasm.js';
    const wasm = await import(glue);
    await wasm.default(); // the page may have loaded only the first module
    return wasm.calculate(/** @type {any} */ (el).input);
  });
}

test('the demo page renders the calculator with a result and no errors', async () => {
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(server.url);
  const calc = page.locator('mining-calculator#demo');
  await calc.locator('#mc-panel-hardware .mc-kpi-value').waitFor();
  const result = await resultOf(page, '#demo');
  assert.ok(result, 'result is set');
  assert.equal(result.assumptions.coin, 'btc');
  assert.equal(result.assumptions.electricityPrice, '0.08');
  // The headline shows the daily profit, signed, as Intl formats it.
  // Amounts under a dollar keep up to four decimals (as `Fmt::money_signed` does).
  const small = Math.abs(Number(result.daily.profit)) < 1;
  const expected = await intl(page, result.daily.profit, {
    style: 'currency',
    currency: 'USD',
    signDisplay: 'exceptZero',
    ...(small ? { minimumFractionDigits: 2, maximumFractionDigits: 4 } : {}),
  });
  assert.equal(await calc.locator('#mc-panel-hardware .mc-kpi-value').innerText(), widgetSigns(expected));
  // The fallback paragraph is no longer shown: the shadow root has no slot.
  assert.equal(await calc.evaluate((el) => el.shadowRoot?.querySelector('slot') ?? null), null);
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('typing the LTC worked example gives 0.040233135223 LTC a day, as the core does', async () => {
  const page = await open('<mining-calculator coin="ltc" rig="custom"></mining-calculator>');
  const calc = page.locator('mining-calculator');
  await field(calc, 'hashrate').fill('16');
  await field(calc, 'hash-unit').selectOption('GH/s');
  await field(calc, 'difficulty').fill('50000000');
  await field(calc, 'block-reward').fill('6.25');
  await page.keyboard.press('Tab');

  const result = await resultOf(page);
  assert.equal(result.daily.coins, '0.040233135223');
  const [day] = await rowCells(calc, 'LTC mined');
  assert.equal(day, await intl(page, '0.040233135223', { maximumSignificantDigits: 6 }));
  assert.equal(day, '0.0402331');
  assert.deepEqual(result, await coreResultFor(page));
  const input = await calc.evaluate((el) => /** @type {any} */ (el).input);
  assert.equal(input.hashrate, '16 GH/s');
  assert.equal(input.difficulty, '50000000');
  assert.equal(input.blockReward, '6.25');
  await page.close();
});

test('typing the XMR worked example gives 0.0034710768 XMR a day', async () => {
  const page = await open('<mining-calculator coin="xmr" rig="custom"></mining-calculator>');
  const calc = page.locator('mining-calculator');
  await field(calc, 'hashrate').fill('26783');
  await field(calc, 'hash-unit').selectOption('H/s');
  await field(calc, 'difficulty').fill('400000000000');
  await field(calc, 'block-reward').fill('0.6');
  await page.keyboard.press('Tab');
  const result = await resultOf(page);
  assert.equal(result.daily.coins, '0.0034710768');
  const [day] = await rowCells(calc, 'XMR mined');
  assert.equal(day, '0.00347108');
  assert.deepEqual(result, await coreResultFor(page));
  await page.close();
});

test('money rows read as the core computes them, losses with a minus sign and the loss colour', async () => {
  const page = await open('<mining-calculator rig="antminer-s19-pro" coin="btc" electricity-price="0.30" pool-fee="2"></mining-calculator>');
  const calc = page.locator('mining-calculator');
  const result = await resultOf(page);
  assert.ok(result.daily.profit.startsWith('-'), `an S19 Pro at 0.30/kWh loses money: ${result.daily.profit}`);
  const [dayProfit, monthProfit] = await rowCells(calc, 'Profit');
  // Amounts under a dollar keep up to four decimals (as `Fmt::money_signed` does).
  const small = Math.abs(Number(result.daily.profit)) < 1;
  const expected = await intl(page, result.daily.profit, {
    style: 'currency',
    currency: 'USD',
    signDisplay: 'exceptZero',
    ...(small ? { minimumFractionDigits: 2, maximumFractionDigits: 4 } : {}),
  });
  assert.equal(dayProfit, widgetSigns(expected));
  assert.match(dayProfit, /^\u2212\u2060?\$/);
  assert.match(monthProfit, /^\u2212\u2060?\$/);
  const profitCell = calc.locator('#mc-panel-hardware .mc-row-total td').first();
  assert.equal(await profitCell.evaluate((td) => td.classList.contains('is-loss')), true);
  const colours = await calc.evaluate((el) => {
    const root = /** @type {ShadowRoot} */ (el.shadowRoot);
    const loss = root.querySelector('#mc-panel-hardware .mc-row-total td.is-loss');
    const plain = root.querySelector('#mc-panel-hardware .mc-table tbody tr td');
    return [loss && getComputedStyle(loss).color, plain && getComputedStyle(plain).color];
  });
  assert.notEqual(colours[0], colours[1], 'a loss has its own colour');
  // Costs read as amounts taken away.
  const [feeDay] = await rowCells(calc, 'Pool fee');
  assert.match(feeDay, /^\u2212\u2060?\$\d/);
  const [electricityDay] = await rowCells(calc, 'Electricity');
  const electricity = await intl(page, `-${result.daily.electricity}`, { style: 'currency', currency: 'USD', signDisplay: 'exceptZero' });
  assert.equal(electricityDay, widgetSigns(electricity));
  await page.close();
});

test('attributes changed from script update the calculator, and properties reflect them', async () => {
  const page = await open('<mining-calculator coin="btc" rig="antminer-s21"></mining-calculator>');
  const calc = page.locator('mining-calculator');
  const before = await resultOf(page);
  assert.equal(before.assumptions.electricityPrice, '0.1');

  await calc.evaluate((el) => {
    /** @type {any} */ (el).electricityPrice = 0.05;
  });
  assert.equal(await calc.getAttribute('electricity-price'), '0.05');
  assert.equal((await resultOf(page)).assumptions.electricityPrice, '0.05');
  assert.equal(await field(calc, 'electricity-price').inputValue(), '0.05');

  await calc.evaluate((el) => el.setAttribute('rig', 'antminer-l7'));
  assert.equal(await calc.evaluate((el) => /** @type {any} */ (el).rig), 'antminer-l7');
  assert.equal(await field(calc, 'coin').inputValue(), 'ltc');
  const ltc = await resultOf(page);
  assert.equal(ltc.assumptions.coin, 'ltc');
  assert.equal(ltc.assumptions.hashrate, '9500000000');

  await calc.evaluate((el) => el.setAttribute('hardware-cost', '5000'));
  assert.ok((await resultOf(page)).paybackDays !== undefined);
  await calc.evaluate((el) => el.setAttribute('currency', 'EUR'));
  // The market data's dollar price is converted at its dated rate, and the hint says so.
  const converted = await resultOf(page);
  assert.equal(converted.currency, 'EUR');
  assert.ok(converted.assumptions.fx, 'the FX rate used is named');
  assert.match(
    await calc.locator('[data-field="coin-price"] .mc-hint').innerText(),
    new RegExp(`Converted at 1 USD = ${converted.assumptions.fx.usdTo.slice(0, 4)}.* EUR`),
  );
  assert.match(await calc.locator('#mc-panel-hardware .mc-kpi-value').innerText(), /€/);
  await calc.evaluate((el) => el.setAttribute('coin-price', '70'));
  const eur = await resultOf(page);
  assert.equal(eur.currency, 'EUR');
  assert.equal(eur.assumptions.coinPrice, '70');
  assert.equal(eur.assumptions.fx, null);

  await calc.evaluate((el) => {
    /** @type {any} */ (el).compact = true;
  });
  assert.equal(await calc.getAttribute('compact'), '');
  assert.equal(await calc.locator('#mc-panel-hardware .mc-results-body > .mc-chart-box').isVisible(), false);
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('two calculators on one page stay independent', async () => {
  const page = await open(
    '<mining-calculator id="one" rig="antminer-s21"></mining-calculator><mining-calculator id="two" rig="antminer-s21"></mining-calculator>',
  );
  const one = page.locator('#one');
  await field(one, 'electricity-price').fill('0.2');
  await page.keyboard.press('Tab');
  assert.equal((await resultOf(page, '#one')).assumptions.electricityPrice, '0.2');
  assert.equal((await resultOf(page, '#two')).assumptions.electricityPrice, '0.1');
  await page.locator('#two').evaluate((el) => el.setAttribute('pool-fee', '3'));
  assert.equal((await resultOf(page, '#one')).assumptions.poolFeePercent, '0');
  assert.equal((await resultOf(page, '#two')).assumptions.poolFeePercent, '3');
  // Each has its own shadow root and ids.
  assert.equal(await field(page.locator('#two'), 'electricity-price').inputValue(), '0.10');
  await page.close();
});

test('a change event with { input, result } bubbles out of the calculator after each recalculation', async () => {
  const page = await open('<div id="wrap"><mining-calculator rig="antminer-s21"></mining-calculator></div>');
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.events = [];
    document.getElementById('wrap')?.addEventListener('change', (event) => {
      const e = /** @type {CustomEvent} */ (event);
      w.events.push({ bubbles: e.bubbles, composed: e.composed, detail: e.detail, sameResult: e.detail.result === /** @type {any} */ (e.target).result });
    });
  });
  const calc = page.locator('mining-calculator');
  await field(calc, 'pool-fee').fill('2');
  const events = await page.evaluate(() => /** @type {any} */ (window).events);
  assert.ok(events.length >= 1, 'change fired');
  const last = events.at(-1);
  assert.equal(last.bubbles, true);
  assert.equal(last.composed, true);
  assert.equal(last.detail.input.poolFeePercent, '2');
  assert.equal(last.detail.input.coin, 'btc');
  assert.equal(last.detail.result.assumptions.poolFeePercent, '2');
  assert.equal(last.sameResult, true);
  assert.deepEqual(last.detail.result, await resultOf(page));

  await field(calc, 'pool-fee').fill('200');
  const invalid = await page.evaluate(() => /** @type {any} */ (window).events.at(-1));
  assert.equal(invalid.detail.result, null);
  assert.equal(invalid.detail.input.poolFeePercent, '200');
  await page.close();
});

test('invalid entries show a message on their field, dim the results, and never show NaN', async () => {
  const page = await open('<mining-calculator rig="antminer-s21"></mining-calculator>');
  const calc = page.locator('mining-calculator');
  const goodProfit = await calc.locator('#mc-panel-hardware .mc-kpi-value').innerText();

  const fee = field(calc, 'pool-fee');
  await fee.fill('150');
  await page.keyboard.press('Tab');
  assert.equal(await fee.getAttribute('aria-invalid'), 'true');
  const message = calc.locator('[data-field="pool-fee"] .mc-error');
  assert.equal(await message.innerText(), 'Must be between 0 and 100 (you entered 150).');
  const describedBy = (await fee.getAttribute('aria-describedby')) ?? '';
  assert.ok(describedBy.split(' ').includes(/** @type {string} */ (await message.getAttribute('id'))));
  assert.equal(await resultOf(page), null);
  assert.equal(await calc.locator('#mc-panel-hardware .mc-results-body').evaluate((b) => b.classList.contains('is-stale')), true);
  assert.equal(await calc.locator('#mc-panel-hardware .mc-status').isVisible(), true);
  // The last good figures stay, dimmed; nothing reads NaN or undefined.
  assert.equal(await calc.locator('#mc-panel-hardware .mc-kpi-value').innerText(), goodProfit);

  for (const [label, text] of [['hashrate', 'abc'], ['power', '-5'], ['electricity-price', '1e'], ['uptime', '1,5'], ['difficulty', '0']]) {
    const box = field(calc, label);
    await box.fill(text);
    await page.keyboard.press('Tab');
    const all = await shadowTextContent(page);
    assert.doesNotMatch(all, /NaN|undefined|Infinity/, `after typing ${text} in ${label}`);
    assert.ok((await calc.locator('.mc-error:not([hidden])').count()) >= 1, `a message for ${label}`);
  }

  // Fixing every field brings the results back.
  await calc.evaluate((el) => el.setAttribute('rig', 'antminer-s19-pro'));
  await field(calc, 'pool-fee').fill('1');
  await field(calc, 'electricity-price').fill('0.07');
  await field(calc, 'uptime').fill('95');
  await field(calc, 'difficulty').fill('100000000000000');
  const result = await resultOf(page);
  assert.ok(result, 'valid again');
  assert.equal(result.assumptions.uptimePercent, '95');
  assert.equal(await calc.locator('.mc-error:not([hidden])').count(), 0);
  assert.equal(await calc.locator('#mc-panel-hardware .mc-status').isVisible(), false);
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('a currency that is no ISO 4217 code is refused on its field and never shown, and clearing it shows dollars', async () => {
  const page = await open('<mining-calculator coin="btc" rig="antminer-s21" currency="NaN"></mining-calculator>');
  const calc = page.locator('mining-calculator');
  assert.equal(await resultOf(page), null);
  assert.match(await calc.locator('[data-field="currency"] .mc-error').innerText(), /ISO 4217/);
  assert.doesNotMatch(await shadowTextContent(page), /NAN/);
  await calc.evaluate((el) => el.removeAttribute('currency'));
  assert.equal((await resultOf(page)).currency, 'USD');
  assert.match(await calc.locator('#mc-panel-hardware .mc-kpi-value').innerText(), /\$/);
  assert.doesNotMatch(await shadowTextContent(page), /NAN/);
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('bad attribute values show their message on the field, as text', async () => {
  const page = await open('<mining-calculator rig="no-such-rig" pool-fee="&lt;b&gt;lots&lt;/b&gt;" hashrate="12 XH/s"></mining-calculator>');
  const calc = page.locator('mining-calculator');
  assert.match(await calc.locator('[data-field="rig"] .mc-error').innerText(), /Unknown rig “no-such-rig”/);
  // One core error at a time: the first field the core reads that is wrong.
  const errors = await calc.locator('.mc-error:not([hidden])').allInnerTexts();
  assert.ok(errors.length >= 2, errors.join(' | '));
  // Markup in an attribute is shown as typed, never parsed.
  assert.equal(await calc.evaluate((el) => el.shadowRoot?.querySelector('b') ?? null), null);
  assert.equal(await field(calc, 'pool-fee').inputValue(), '<b>lots</b>');
  assert.equal(await resultOf(page), null);
  await calc.evaluate((el) => {
    el.setAttribute('hashrate', '190 TH/s');
    el.setAttribute('pool-fee', '1');
    el.setAttribute('rig', 'custom');
  });
  assert.ok(await resultOf(page));
  assert.equal(await calc.locator('.mc-error:not([hidden])').count(), 0);
  await page.close();
});

test('a GPU lists the coins its algorithms mine, uses each algorithm’s figures, and explains ETH', async () => {
  const page = await open('<mining-calculator rig="rtx-3080"></mining-calculator>');
  const calc = page.locator('mining-calculator');
  const coin = field(calc, 'coin');
  assert.equal(await coin.inputValue(), 'etc');
  const options = await coin.locator('option').evaluateAll((os) => os.map((o) => [/** @type {HTMLOptionElement} */ (o).value, /** @type {HTMLOptionElement} */ (o).disabled]));
  assert.deepEqual(options.map(([v]) => v).sort(), ['etc', 'eth', 'rvn']);
  assert.deepEqual(options.find(([v]) => v === 'eth'), ['eth', true]);
  assert.match(await calc.locator('[data-field="coin"] .mc-hint').innerText(), /proof of stake on 15 Sep 2022.*Ethereum Classic \(ETC\)/);
  assert.equal(await field(calc, 'hashrate').inputValue(), '97.9');
  assert.equal(await field(calc, 'hash-unit').inputValue(), 'MH/s');

  await coin.selectOption('rvn');
  assert.equal(await field(calc, 'hashrate').inputValue(), '46.4');
  assert.equal(await field(calc, 'power').inputValue(), '279');
  assert.equal((await resultOf(page)).assumptions.coin, 'rvn');

  // Picking an ASIC switches to a coin it can mine.
  await field(calc, 'rig').selectOption('antminer-z15');
  assert.equal(await coin.inputValue(), 'zec');
  assert.equal(await field(calc, 'hash-unit').inputValue(), 'kSol/s');
  assert.equal((await resultOf(page)).assumptions.hashrate, '420000');

  // ETH given by the host is refused on the coin field with the reason.
  await calc.evaluate((el) => el.setAttribute('coin', 'eth'));
  assert.match(await calc.locator('[data-field="coin"] .mc-error').innerText(), /proof of stake/);
  assert.equal(await resultOf(page), null);
  await page.close();
});

test('market figures start from the dated snapshot, the reward follows the height, and can be reset', async () => {
  const page = await open('<mining-calculator rig="antminer-s21"></mining-calculator>');
  const calc = page.locator('mining-calculator');
  assert.match(await calc.locator('[data-field="coin-price"] .mc-hint').innerText(), /^Built-in snapshot of .* · edit to update$/);
  assert.match(await calc.locator('[data-group="market"] summary').innerText(), /as of/);
  assert.equal(await field(calc, 'block-reward').inputValue(), '3.125');
  const snapshot = await resultOf(page);
  assert.ok(snapshot.assumptions.snapshotDate, 'the core used the snapshot');

  await field(calc, 'block-height').fill('1050000');
  assert.equal(await field(calc, 'block-reward').inputValue(), '1.5625');
  assert.equal((await resultOf(page)).assumptions.blockReward, '1.5625');
  const rewardHint = calc.locator('[data-field="block-reward"] .mc-hint');
  assert.equal(await rewardHint.innerText(), 'From the schedule at block 1050000 · edit to override');
  // A mistyped height has its message on its own field; the reward's hint does not repeat it.
  await field(calc, 'block-height').fill('NaN');
  assert.match(await calc.locator('#mc-f-block-height-error').innerText(), /./);
  assert.equal(await rewardHint.innerText(), '');
  await field(calc, 'block-height').fill('1050000');
  await field(calc, 'coin-price').fill('120000');
  assert.match(await calc.locator('[data-field="coin-price"] .mc-hint').innerText(), /Your figure/);
  const reset = calc.getByRole('button', { name: 'Use the snapshot values' });
  await reset.click();
  assert.equal(await field(calc, 'block-reward').inputValue(), '3.125');
  assert.deepEqual((await resultOf(page)).assumptions, snapshot.assumptions);
  assert.equal(await reset.isVisible(), false);
  await page.close();
});

test('each figure explains itself with the formula and the current numbers', async () => {
  const page = await open('<mining-calculator rig="antminer-s21" hardware-cost="4000" electricity-price="0.05"></mining-calculator>');
  const calc = page.locator('mining-calculator');
  const figures = calc.locator('#mc-panel-hardware .mc-results-body > .mc-figures > .mc-figure');
  assert.equal(await figures.count(), 5);
  for (let i = 0; i < 5; i++) {
    const figure = figures.nth(i);
    await figure.locator('summary').click();
    const formula = await figure.locator('.mc-formula').innerText();
    assert.match(formula, /=.*\d/, `figure ${i} shows numbers`);
  }
  const payback = await calc.locator('#mc-panel-hardware .mc-results-body > .mc-figures > .mc-figure', { hasText: 'Payback' }).locator('.mc-figure-value').innerText();
  assert.match(payback, /^\d[\d,]* days · around /);
  await calc.locator('#mc-panel-hardware .mc-how').first().locator('summary').click();
  const breakdown = await calc.locator('#mc-panel-hardware .mc-how').first().locator('.mc-formula').innerText();
  assert.match(breakdown, /200 TH\/s × 86,400 s × \(3\.125 \+ 0\.02\) BTC/);
  assert.match(breakdown, /3,500 W × \(1 \+ 0 %\) × 24 h × 100 % × \$0\.05\/kWh = \$4\.20/);
  await page.close();
});

test('the electricity chart marks the reader’s price, moves the mark in place, and redraws for another rig', async () => {
  const page = await open('<mining-calculator rig="antminer-s21" electricity-price="0.05"></mining-calculator>');
  const calc = page.locator('mining-calculator');
  const chart = calc.locator('#mc-panel-hardware .mc-chart-box svg');
  const mark = async () => chart.evaluate((svg) => {
    const dot = /** @type {SVGCircleElement} */ (svg.querySelector('circle.mc-dot'));
    return { cx: Number(dot.getAttribute('cx')), cls: dot.getAttribute('class'), title: dot.textContent, label: svg.querySelector('.mc-dot-label')?.textContent, be: svg.querySelector('.mc-ref-label')?.textContent };
  });
  const before = await mark();
  assert.deepEqual([before.cls, before.title, before.label], ['mc-dot is-profit', 'you: $0.05', 'you: $0.05']);
  assert.match(before.be ?? '', /^break-even \$0\.07\d+$/);
  await chart.evaluate((svg) => { /** @type {any} */ (svg).dataset.seen = '1'; });
  // A price within the chart's range: the same <svg>, only the mark moves.
  await field(calc, 'electricity-price').fill('0.055');
  const moved = await mark();
  assert.equal(await chart.getAttribute('data-seen'), '1', 'the same <svg>');
  assert.ok(moved.cx > before.cx, `the mark moves right: ${before.cx} → ${moved.cx}`);
  assert.deepEqual([moved.cls, moved.title, moved.label, moved.be], ['mc-dot is-profit', 'you: $0.055', 'you: $0.055', before.be]);
  // Past the break-even the mark turns to a loss (and the range widens to hold it).
  await field(calc, 'electricity-price').fill('0.09');
  const after = await mark();
  assert.deepEqual([after.cls, after.title, after.be], ['mc-dot is-loss', 'you: $0.09', before.be]);
  assert.match(await calc.locator('#mc-panel-hardware .mc-chart-box figcaption').innerText(), /At your \$0\.09 it is −\u2060\$/); // joined in running text
  await chart.evaluate((svg) => { /** @type {any} */ (svg).dataset.seen = '1'; });
  // Another rig moves the lines and the break-even: the chart is drawn anew.
  await field(calc, 'rig').selectOption('antminer-s19-pro');
  assert.equal(await chart.getAttribute('data-seen'), null);
  assert.notEqual((await mark()).be, before.be);
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('German, Spanish, French, Portuguese, Russian and Chinese text, local number formats, and comma decimals', async () => {
  const page = await open('<mining-calculator id="de" lang="de" rig="antminer-s21"></mining-calculator><mining-calculator id="es" lang="es-ES" rig="antminer-s21"></mining-calculator>');
  const de = page.locator('#de');
  assert.equal(await field(de, 'electricity-price').inputValue(), '0,10');
  await field(de, 'electricity-price').fill('0,2');
  const result = await resultOf(page, '#de');
  assert.equal(result.assumptions.electricityPrice, '0.2');
  const text = await shadowTextContent(page, '#de');
  assert.match(text, /Gewinn pro Tag/);
  const expected = await intl(page, result.daily.profit, { style: 'currency', currency: 'USD', signDisplay: 'exceptZero' }, 'de');
  assert.equal(await de.locator('#mc-panel-hardware .mc-kpi-value').innerText(), widgetSigns(expected));
  await field(de, 'pool-fee').fill('150');
  assert.equal(await de.locator('[data-field="pool-fee"] .mc-error').innerText(), 'Erlaubt ist zwischen 0 und 100 (eingegeben: 150).');

  const es = page.locator('#es');
  assert.match(await shadowTextContent(page, '#es'), /Beneficio diario/);
  assert.ok(await field(es, 'electricity-price').isVisible());
  // The other tables, picked by the primary subtag (the first module fetches each one's texts
  // first, so the change may take a moment).
  for (const [lang, heading] of [['fr-FR', 'Bénéfice par jour'], ['pt-BR', 'Lucro por dia'], ['ru', 'Прибыль в день'], ['zh-CN', '每日利润']]) {
    await es.evaluate((el, l) => el.setAttribute('lang', l), lang);
    await page.waitForFunction((h) => document.querySelector('#es')?.shadowRoot?.textContent?.includes(h), heading);
    assert.match(await shadowTextContent(page, '#es'), new RegExp(heading), lang);
  }
  // A language without a table gets English text with its own number format.
  await es.evaluate((el) => el.setAttribute('lang', 'it'));
  assert.match(await shadowTextContent(page, '#es'), /Profit per day/);
  assert.match(await es.locator('#mc-panel-hardware .mc-kpi-value').innerText(), /USD|\$/);
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('the element observes every attribute the widget reads', async () => {
  const page = await open('<mining-calculator></mining-calculator>');
  const [observed, read] = await page.evaluate(async () => {
    const glue = '/pkg/minecalc_wasm.js';
    const wasm = await import(glue);
    await wasm.default(); // the page may have loaded only the first module
    const ctor = /** @type {any} */ (customElements.get('mining-calculator'));
    return [ctor.observedAttributes, wasm.Widget.attributeNames()];
  });
  for (const name of read) assert.ok(observed.includes(name), `${name} is observed`);
  await page.close();
});

test('light-DOM fallback stays visible when the calculator cannot load', async () => {
  const page = await newPage(browser);
  await page.route('**/pkg/minecalc_*_bg.wasm', (route) => route.abort());
  const url = `${server.url}/fallback.html`;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html', body: fixtureHtml('<mining-calculator><a href="docs.html">How profit is computed</a></mining-calculator>') }),
  );
  await page.goto(url);
  const failed = await page.evaluate(() =>
    /** @type {any} */ (document.querySelector('mining-calculator')).ready.then(
      () => false,
      () => true,
    ),
  );
  assert.equal(failed, true);
  assert.equal(await page.getByRole('link', { name: 'How profit is computed' }).isVisible(), true);
  await page.close();
});
