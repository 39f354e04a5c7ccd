// @ts-check
// The iframe embed: a blog on one origin shows dist/frame.html from the calculator's origin.
// The frame is configured by its query string and posts its height; frame-resize.js on the
// blog sizes the iframe to it, as the widget grows and shrinks, and ignores the same message
// from anywhere else. Sandboxed (`allow-scripts allow-popups`) it still works, and without
// frame-resize.js the iframe keeps its own height. Needs `dist/`.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { errorsOf, launch, newPage, repoRoot } from './harness.mjs';
import { readHeadersFile, startServer } from './server.mjs';

const DIST = path.join(repoRoot(), 'dist');

/** @type {Awaited<ReturnType<typeof startServer>>} the calculator's site */
let widgets;
/** @type {Awaited<ReturnType<typeof startServer>>} the blog */
let blog;
/** @type {Awaited<ReturnType<typeof startServer>>} a third origin that tries to resize frames */
let foreign;
/** @type {string[]} */
const folders = [];
/** @type {import('playwright-core').Browser} */
let browser;

/**
 * A server for a temporary folder holding `files` (real files: Chromium treats pages the test
 * answers itself as public, and those may not load from loopback addresses).
 *
 * @param {Record<string, string>} files
 */
async function serveFiles(files) {
  const dir = await mkdtemp(path.join(tmpdir(), 'minecalc-frame-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return startServer({ root: dir });
}

/**
 * A blog page holding `body`, which records every message the page receives in `__seen`.
 *
 * @param {string} body
 */
function page(body) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A blog post</title>
<script>window.__seen = []; addEventListener('message', (e) => __seen.push({ origin: e.origin, data: e.data }));</script>
</head><body><main><h1>Is a Litecoin miner worth it?</h1>
${body}
</main></body></html>`;
}

before(async () => {
  assert.ok(existsSync(path.join(DIST, 'frame.html')), 'dist/frame.html is missing: run `cargo xtask dist` first');
  widgets = await startServer({ root: DIST, headers: await readHeadersFile(path.join(DIST, '_headers')) });
  // Pretends to be the calculator's frame: posts a tiny height to its parent, and again when asked.
  foreign = await serveFiles({
    'spoof.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body><script>
const say = () => parent.postMessage({ type: 'minecalc:height', height: 123 }, '*');
addEventListener('message', say); say();
</script></body></html>`,
  });
  const A = widgets.url;
  const frame = `${A}/frame.html?compact&coin=ltc&rig=antminer-l9&electricity-price=0.07`;
  blog = await serveFiles({
    'resize.html': page(`<iframe id="calc" data-minecalc src="${frame}" title="Mining calculator" width="100%" height="300"></iframe>
<iframe id="moved" data-minecalc src="${A}/moved.html" title="Moved" height="300"></iframe>
<iframe id="foreign" src="${foreign.url}/spoof.html" title="Foreign" height="300"></iframe>
<script src="${A}/frame-resize.js"></script>`),
    'sandboxed.html': page(`<iframe id="calc" data-minecalc sandbox="allow-scripts allow-popups" src="${A}/frame.html?view=hardware&hardware-cost=4000&lang=de" title="Mining calculator" width="100%" height="300"></iframe>
<script src="${A}/frame-resize.js"></script>`),
    'plain.html': page(`<iframe id="calc" src="${A}/frame.html?coin=ltc&rig=antminer-l9" title="Mining calculator" width="100%" height="1150"></iframe>`),
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await Promise.all([widgets, blog, foreign].map((s) => s?.close()));
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * Opens a blog page and returns it with the calculator's frame, once its widget has rendered.
 *
 * @param {string} name
 * @param {number} [width]
 */
async function openBlog(name, width = 800) {
  const tab = await newPage(browser, { viewport: { width, height: 900 } });
  // The `moved` iframe's address redirects to the foreign origin, as a hijacked frame would.
  await tab.route(`${widgets.url}/moved.html`, (route) => route.fulfill({ status: 302, headers: { Location: `${foreign.url}/spoof.html` } }));
  await tab.goto(`${blog.url}/${name}`);
  const handle = await tab.locator('#calc').elementHandle();
  const frame = await handle?.contentFrame();
  assert.ok(frame, 'the calculator iframe has a frame');
  await frame.waitForFunction(() => /** @type {any} */ (document.querySelector('mining-calculator'))?.result != null);
  return { tab, frame };
}

/**
 * The iframe's height and the height of the frame's content, once they agree (or after 5 s).
 *
 * @param {import('playwright-core').Page} tab
 * @param {import('playwright-core').Frame} frame
 */
async function settledHeights(tab, frame) {
  let heights = { iframe: 0, content: -1 };
  for (let i = 0; i < 50; i += 1) {
    const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    const iframe = await tab.locator("#calc").evaluate((el) => el.clientHeight);
    heights = { iframe, content };
    if (Math.abs(iframe - content) <= 1) break;
    await tab.waitForTimeout(100);
  }
  return heights;
}

test('the iframe follows the widget as it grows and shrinks, and ignores foreign messages', async () => {
  const { tab, frame } = await openBlog('resize.html');
  // Configured from the query string.
  const attrs = await frame.locator('mining-calculator').evaluate((el) => [el.hasAttribute('compact'), el.getAttribute('coin'), el.getAttribute('electricity-price')]);
  assert.deepEqual(attrs, [true, 'ltc', '0.07']);

  const compact = await settledHeights(tab, frame);
  assert.ok(Math.abs(compact.iframe - compact.content) <= 1, `iframe ${compact.iframe} px, content ${compact.content} px`);
  assert.notEqual(compact.iframe, 300, 'the iframe was resized');

  await frame.locator('mining-calculator').evaluate((el) => el.removeAttribute('compact'));
  const full = await settledHeights(tab, frame);
  assert.ok(full.content > compact.content + 100, `the full widget is taller: ${full.content} vs ${compact.content} px`);
  assert.ok(Math.abs(full.iframe - full.content) <= 1, `grew: iframe ${full.iframe} px, content ${full.content} px`);

  await frame.locator('mining-calculator').evaluate((el) => el.setAttribute('compact', ''));
  const again = await settledHeights(tab, frame);
  assert.ok(Math.abs(again.iframe - again.content) <= 1 && again.iframe < full.iframe, `shrank: iframe ${again.iframe} px, content ${again.content} px`);

  // Both the foreign frame and the hijacked `data-minecalc` frame did post their message...
  const foreignOrigin = new URL(foreign.url).origin;
  await tab.waitForFunction((origin) => /** @type {any} */ (window).__seen.filter((/** @type {any} */ m) => m.origin === origin).length >= 2, foreignOrigin);
  await tab.waitForTimeout(200);
  // ...and neither resized anything.
  const styles = await tab.evaluate(() => ['moved', 'foreign'].map((id) => document.getElementById(id)?.style.height));
  assert.deepEqual(styles, ['', '']);
  const last = await settledHeights(tab, frame);
  assert.equal(last.iframe, again.iframe, 'the calculator iframe kept its height');
  assert.deepEqual(errorsOf(tab), []);
  await tab.close();
});

test('a sandboxed iframe (allow-scripts allow-popups) works, is sized, and its buttons fail softly', async () => {
  const { tab, frame } = await openBlog('sandboxed.html', 420);
  assert.equal(await frame.evaluate(() => window.origin), 'null', 'the frame has an opaque origin');
  const heights = await settledHeights(tab, frame);
  assert.ok(Math.abs(heights.iframe - heights.content) <= 1, `iframe ${heights.iframe} px, content ${heights.content} px`);
  const calc = frame.locator('mining-calculator');
  // The clipboard is blocked in the sandbox: the link is shown, selected, to copy by hand.
  await calc.locator('[data-action="copy-link"]').first().click();
  const link = calc.locator('.mc-share-link');
  await link.waitFor();
  const shown = await link.evaluate((el) => {
    const input = /** @type {HTMLInputElement} */ (el);
    return { value: input.value, selected: (input.selectionEnd ?? 0) - (input.selectionStart ?? 0), readOnly: input.readOnly };
  });
  assert.match(shown.value, /\/frame\.html\?view=hardware.*#mc=.*hardwareCost=4000/);
  assert.equal(shown.selected, shown.value.length, 'the whole link is selected');
  assert.equal(shown.readOnly, true);
  // A second click replaces the field rather than adding another.
  await calc.locator('[data-action="copy-link"]').first().click();
  await tab.waitForTimeout(100);
  assert.equal(await link.count(), 1);
  // "Download CSV" comes with the projection (the rest of the calculator, loaded on request).
  await calc.locator('[data-action="load-full"]').click();
  await calc.locator('[data-action="download-csv"]').first().click();
  await tab.waitForTimeout(300);
  // Chromium may log that the sandbox blocked the download; nothing else may go wrong.
  const errors = errorsOf(tab).filter((e) => !/Download is disallowed|sandboxed/i.test(e));
  assert.deepEqual(errors, []);
  await tab.close();
});

test('without frame-resize.js the iframe keeps its height and the widget works inside it', async () => {
  const { tab, frame } = await openBlog('plain.html', 375);
  const height = await tab.locator("#calc").evaluate((el) => el.clientHeight);
  assert.equal(height, 1150);
  const text = await frame.locator('mining-calculator').evaluate((el) => /** @type {HTMLElement} */ (el.shadowRoot?.querySelector('.mc'))?.innerText ?? '');
  assert.match(text, /Litecoin/);
  assert.deepEqual(errorsOf(tab), []);
  await tab.close();
});
