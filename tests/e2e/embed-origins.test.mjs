// @ts-check
// The widget embedded from another origin, the way a blog embeds it from a calculator site: the
// page on one local origin loads the element module from a second one. With the headers of the
// `_headers` file `cargo xtask dist` writes it renders; without them the fallback content stays
// and the console says why. Needs `dist/` (`cargo xtask test` writes it before this step).

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { errorsOf, launch, newPage, repoRoot, requestsOf } from './harness.mjs';
import { readHeadersFile, startServer } from './server.mjs';
import { resultOf, shadowText } from './widget-fixture.mjs';

const DIST = path.join(repoRoot(), 'dist');

/** @type {Awaited<ReturnType<typeof startServer>>} the calculator's site, with its `_headers` */
let widgets;
/** @type {Awaited<ReturnType<typeof startServer>>} the same files, served without them */
let bare;
/** @type {Awaited<ReturnType<typeof startServer>>} the same files, CORS on scripts only */
let scriptsOnly;
/** @type {Awaited<ReturnType<typeof startServer>>} the blog that embeds it */
let blog;
/** @type {string} the blog's folder */
let blogDir;
/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  // Real files on a real server: Chromium treats a page the test answers itself as public,
  // and public pages may not load from loopback addresses (Local Network Access).
  blogDir = await mkdtemp(path.join(tmpdir(), 'minecalc-blog-'));
  assert.ok(existsSync(path.join(DIST, '_headers')), 'dist/_headers is missing: run `cargo xtask dist` first');
  widgets = await startServer({ root: DIST, headers: await readHeadersFile(path.join(DIST, '_headers')) });
  bare = await startServer({ root: DIST });
  scriptsOnly = await startServer({
    root: DIST,
    headers: (pathname) => (pathname.endsWith('.js') ? { 'Access-Control-Allow-Origin': '*' } : /** @type {Record<string, string>} */ ({})),
  });
  blog = await startServer({ root: blogDir });
  for (const [name, from] of [['post.html', widgets.url], ['bare.html', bare.url], ['scripts-only.html', scriptsOnly.url]]) {
    await writeFile(path.join(blogDir, name), blogPost(from));
  }
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await Promise.all([widgets, bare, scriptsOnly, blog].map((s) => s?.close()));
  if (blogDir) await rm(blogDir, { recursive: true, force: true });
});

/**
 * A blog post on the blog's origin that embeds the calculator from `from`.
 *
 * @param {string} from origin of the calculator's files
 * @returns {string}
 */
function blogPost(from) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A blog post</title>
<script type="module" src="${from}/mining-calculator.js"></script></head>
<body><main><h1>Is a Litecoin miner worth it?</h1>
<mining-calculator rig="antminer-l9" coin="ltc" electricity-price="0.07">
  <a id="fallback" href="/mining-article">How mining profit is computed</a>
</mining-calculator>
</main></body></html>`;
}

/**
 * Opens a blog post: `post.html` embeds from the calculator's site, `bare.html` from the server
 * without headers, `scripts-only.html` from the one without them on the wasm.
 *
 * @param {string} name
 */
async function openPost(name) {
  const page = await newPage(browser, { viewport: { width: 1000, height: 900 } });
  recordWarnings(page);
  await page.goto(`${blog.url}/${name}`);
  return page;
}

/**
 * Waits until one of the page's console messages matches `pattern` and returns it.
 *
 * @param {import('playwright-core').Page} page
 * @param {RegExp} pattern
 * @returns {Promise<string>}
 */
async function consoleSays(page, pattern) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const said = errorsOf(page).concat(warnings.get(page) ?? []).find((m) => pattern.test(m));
    if (said !== undefined) return said;
    if (Date.now() > deadline) throw new Error(`the console never said ${pattern}; it said:\n${errorsOf(page).join('\n')}`);
    await page.waitForTimeout(100);
  }
}

/** @type {WeakMap<import('playwright-core').Page, string[]>} console warnings, by page */
const warnings = new WeakMap();

/**
 * Records a page's console warnings too (harness.mjs records errors).
 *
 * @param {import('playwright-core').Page} page
 */
function recordWarnings(page) {
  /** @type {string[]} */
  const list = [];
  warnings.set(page, list);
  page.on('console', (m) => {
    if (m.type() === 'warning') list.push(m.text());
  });
}

test('a page on another origin embeds the widget and reads a result', async () => {
  assert.notEqual(new URL(widgets.url).origin, new URL(blog.url).origin);
  const page = await openPost('post.html');
  await page.waitForFunction(() => customElements.get('mining-calculator') !== undefined);
  await page.locator('mining-calculator').evaluate((el) => /** @type {any} */ (el).ready);
  const result = await resultOf(page);
  assert.equal(result?.assumptions.coin, 'ltc');
  assert.match(await shadowText(page), /Litecoin/);
  assert.equal(await page.locator('#fallback').isVisible(), false, 'the fallback is hidden once the widget renders');
  // The wasm came from the calculator's origin, resolved from the module's own URL.
  assert.ok(requestsOf(page).includes(`${widgets.url}/pkg/minecalc_first_bg.wasm`), requestsOf(page).join('\n'));
  // So do the rest of the calculator and another language's texts, when a reader asks for them.
  const calc = page.locator('mining-calculator');
  await calc.locator('select[name="mc-lang"]').selectOption('de');
  await page.waitForFunction(() => document.querySelector('mining-calculator')?.shadowRoot?.querySelector('.mc-title')?.textContent === 'Mining-Rechner');
  assert.ok(requestsOf(page).includes(`${widgets.url}/lang/de.json`), requestsOf(page).join('\n'));
  await calc.locator('[data-view=risk]').click();
  await calc.locator('#mc-panel-risk [part=risk]').waitFor();
  assert.ok(requestsOf(page).includes(`${widgets.url}/pkg/minecalc_wasm_bg.wasm`), requestsOf(page).join('\n'));
  assert.deepEqual(errorsOf(page), []);
  await page.close();
});

test('without Access-Control-Allow-Origin the fallback stays and the console says why', async () => {
  const page = await openPost('bare.html');
  const said = await consoleSays(page, /Access-Control-Allow-Origin/);
  assert.match(said, /mining-calculator\.js/);
  assert.equal(await page.evaluate(() => customElements.get('mining-calculator')), undefined);
  assert.equal(await page.locator('#fallback').isVisible(), true, 'the fallback link is still shown');
  await page.close();
});

test('when only the wasm lacks the header, the element says so and keeps the fallback', async () => {
  const page = await openPost('scripts-only.html');
  await consoleSays(page, /minecalc_first_bg\.wasm.*Access-Control-Allow-Origin|Access-Control-Allow-Origin.*minecalc_first_bg\.wasm/s);
  await consoleSays(page, /<mining-calculator>: could not load the calculator; showing the fallback content/);
  assert.equal(await page.locator('#fallback').isVisible(), true, 'the fallback link is still shown');
  assert.equal(await resultOf(page), null);
  await page.close();
});

test('the docs give a blogger each way to embed, with the headers and message the files use', async () => {
  const { readFile } = await import('node:fs/promises');
  const docs = await readFile(path.join(DIST, 'docs.html'), 'utf8');
  for (const id of ['own-site', 'other-origin', 'iframe', 'npm']) assert.match(docs, new RegExp(`<h3 id="${id}">`), `docs.html#${id}`);
  const headers = await readFile(path.join(DIST, '_headers'), 'utf8');
  for (const [, name, value] of headers.matchAll(/^\s+([\w-]+): (.+)$/gm)) assert.ok(docs.includes(`${name}: ${value}`), `the docs name ${name}: ${value}`);
  for (const file of ['_headers', '.htaccess', 'nginx-minecalc.conf']) {
    assert.ok(existsSync(path.join(DIST, file)), `dist/${file}`);
    assert.ok(docs.includes(`<code>${file}</code>`), `the docs name ${file}`);
  }
  const frame = await readFile(path.join(DIST, 'frame.js'), 'utf8');
  for (const [, type] of frame.matchAll(/_MESSAGE = '([^']+)'/g)) assert.ok(docs.includes(`type: "${type}"`), `the docs give the message ${type}`);
});
