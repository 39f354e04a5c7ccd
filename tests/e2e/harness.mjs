// @ts-check
// Shared Playwright helpers for the browser tests: launch the system Chromium, open pages that
// record their requests and errors, run axe-core accessibility checks, and save screenshots.

import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);

/** Chromium installed by `cargo xtask setup` (Debian's `chromium` package). */
export const CHROMIUM_PATH = process.env.MINECALC_CHROMIUM ?? '/usr/bin/chromium';

/** Flags that keep Chromium headless, quiet and off the network on these machines. */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/**
 * The repository root: `$MINECALC_ROOT` (set by `cargo xtask test`) or two folders up from here.
 *
 * @returns {string}
 */
export function repoRoot() {
  return path.resolve(process.env.MINECALC_ROOT ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..'));
}

/**
 * Launches headless Chromium. Close it with `await browser.close()` (e.g. in an `after` hook).
 *
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
}

/** @type {WeakMap<import('playwright-core').Page, string[]>} */
const requestLog = new WeakMap();
/** @type {WeakMap<import('playwright-core').Page, string[]>} */
const errorLog = new WeakMap();

/**
 * Opens a page in a fresh browser context. Every request the page makes is recorded (full URL)
 * and can be read with `requestsOf(page)` (also available as `page.__requests`); uncaught page
 * errors and `console.error` messages are recorded for `errorsOf(page)`.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {import('playwright-core').BrowserContextOptions} [options] any context options, e.g.
 *   `{ colorScheme: 'dark', viewport: { width: 360, height: 740 }, reducedMotion: 'reduce', locale: 'de-DE' }`
 * @returns {Promise<import('playwright-core').Page>}
 */
export async function newPage(browser, options = {}) {
  const page = await browser.newPage(options);
  /** @type {string[]} */
  const requests = [];
  /** @type {string[]} */
  const errors = [];
  requestLog.set(page, requests);
  errorLog.set(page, errors);
  Object.defineProperty(page, '__requests', { value: requests, enumerable: false });
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // Chromium fetches /favicon.ico on its own; a page without one is not an error of the page.
    if (message.type() !== 'error' || message.location().url.endsWith('/favicon.ico')) return;
    errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  return page;
}

/**
 * URLs of all requests made by a page opened with `newPage`, in order.
 *
 * @param {import('playwright-core').Page} page
 * @returns {string[]}
 */
export function requestsOf(page) {
  const requests = requestLog.get(page);
  if (requests === undefined) throw new Error('requestsOf: open the page with newPage() from harness.mjs');
  return requests;
}

/**
 * Requests of a page that went anywhere but `origin` (e.g. `server.url`). `data:`, `blob:` and
 * `about:` URLs stay inside the page and are not counted. A test asserts this list is empty.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} origin
 * @returns {string[]}
 */
export function foreignRequests(page, origin) {
  const allowed = new URL(origin).origin;
  return requestsOf(page).filter((url) => {
    const { protocol, origin: other } = new URL(url);
    return !['data:', 'blob:', 'about:'].includes(protocol) && other !== allowed;
  });
}

/**
 * Uncaught errors and `console.error` messages of a page opened with `newPage`.
 *
 * @param {import('playwright-core').Page} page
 * @returns {string[]}
 */
export function errorsOf(page) {
  const errors = errorLog.get(page);
  if (errors === undefined) throw new Error('errorsOf: open the page with newPage() from harness.mjs');
  return errors;
}

/**
 * Adds axe-core (from node_modules, no network) to the current document. Call again after a
 * navigation. The source is evaluated through DevTools rather than added with
 * `page.addScriptTag`: an inline `<script>` is blocked (and logged as an error) on pages served
 * with a strict Content-Security-Policy, and DevTools evaluation is not governed by CSP.
 *
 * @param {import('playwright-core').Page} page
 * @returns {Promise<void>}
 */
export async function injectAxe(page) {
  if (await page.evaluate(() => 'axe' in window)) return;
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  if (!(await page.evaluate(() => 'axe' in window))) throw new Error('injectAxe: axe-core did not load');
}

/** @type {string | undefined} */
let axeSource;

/**
 * Runs axe-core with its default rules (WCAG 2.x A/AA and best practices) and returns its violations, injecting
 * axe first if needed. Shadow roots are included. `selector` limits the check to one element.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} [selector] CSS selector of the element to check; the whole document by default
 * @returns {Promise<import('axe-core').Result[]>}
 */
export async function axeViolations(page, selector) {
  await injectAxe(page);
  return page.evaluate(async (context) => {
    const axe = /** @type {typeof import('axe-core')} */ (/** @type {any} */ (window).axe);
    const results = await axe.run(context ?? document, { resultTypes: ['violations'] });
    return results.violations;
  }, selector ?? null);
}

/**
 * One line per violation and failing node, for assertion messages:
 * `assert.deepEqual(violations, [], formatViolations(violations))`.
 *
 * @param {import('axe-core').Result[]} violations
 * @returns {string}
 */
export function formatViolations(violations) {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${n.target.join(' ')}`))
    .join('\n');
}

/**
 * Path for a screenshot named `name` under `<repo>/target/screenshots/`, creating the folder.
 *
 * @param {string} name file name without extension, e.g. `widget-dark-360`
 * @returns {Promise<string>}
 */
export async function screenshotPath(name) {
  const folder = path.join(repoRoot(), 'target', 'screenshots');
  await mkdir(folder, { recursive: true });
  return path.join(folder, `${name.replace(/[^\w.-]+/g, '_')}.png`);
}

/**
 * Saves a full-page screenshot to `<repo>/target/screenshots/<name>.png` and returns its path.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} name
 * @returns {Promise<string>}
 */
export async function screenshot(page, name) {
  const file = await screenshotPath(name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
