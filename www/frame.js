// @ts-check
/**
 * frame.html: one calculator configured from the query string, for <iframe> embeds.
 *
 * - Every attribute of <mining-calculator> (and `dir`) may be a query parameter:
 *   `frame.html?rig=antminer-l9&coin=ltc&electricity-price=0.07&compact`. A parameter
 *   without a value (`compact`) sets the attribute empty. Unknown parameters are ignored.
 * - The page posts its height to the parent whenever it changes:
 *   `parent.postMessage({ type: "minecalc:height", height: <px> }, "*")`, and again when the
 *   parent asks with `{ type: "minecalc:measure" }`. frame-resize.js on the host page uses it.
 *   The height is no secret, so it goes to any parent; the parent checks where it came from.
 */

import { ATTRIBUTES } from './mining-calculator.js';

/** The message the frame posts to its parent. */
export const HEIGHT_MESSAGE = 'minecalc:height';
/** The message a parent may post to ask for the height again (e.g. when its script loads late). */
export const MEASURE_MESSAGE = 'minecalc:measure';

const calculator = document.getElementById('calculator');
const params = new URLSearchParams(window.location.search);

if (calculator !== null) {
  // Set before the widget renders (the wasm loads asynchronously), so it renders once, configured.
  for (const name of [...ATTRIBUTES, 'dir']) {
    const value = params.get(name);
    if (value !== null) calculator.setAttribute(name, value);
  }
}
// The page's language is the calculator's (and the reader's when the embed does not say).
document.documentElement.lang = params.get('lang') ?? navigator.language ?? 'en';

/** @type {number} */
let lastSent = -1;

/** Posts the page's height to the parent if it changed (or if `force`). */
function postHeight(force = false) {
  if (window.parent === window) return;
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === lastSent && !force) return;
  lastSent = height;
  window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
}

new ResizeObserver(() => postHeight()).observe(document.body);
window.addEventListener('message', (event) => {
  const data = /** @type {unknown} */ (event.data);
  if (event.source === window.parent && typeof data === 'object' && data !== null && /** @type {{ type?: unknown }} */ (data).type === MEASURE_MESSAGE) {
    postHeight(true);
  }
});
