// @ts-check
/**
 * frame-resize.js: sizes minecalc iframes to their content. Add it once to the page that holds
 * the iframes, which need a `data-minecalc` attribute:
 *
 *   <iframe data-minecalc src="https://calc.example/frame.html?coin=ltc" title="Mining calculator"
 *     width="100%" height="1150" loading="lazy"></iframe>
 *   <script src="https://calc.example/frame-resize.js" defer></script>
 *
 * frame.html posts `{ type: "minecalc:height", height: <px> }` whenever its height changes. A
 * message is used only when it comes from the contentWindow of one of those iframes *and* from
 * the origin of that iframe's `src` (the opaque origin "null" when the iframe is sandboxed
 * without `allow-same-origin`); anything else is ignored. Without this script the iframe keeps
 * its `height` attribute and scrolls inside when the calculator is taller.
 */
(() => {
  const HEIGHT_MESSAGE = 'minecalc:height';
  const MEASURE_MESSAGE = 'minecalc:measure';
  /** Heights outside this range are clamped, whatever a message says. */
  const MIN_HEIGHT = 100;
  const MAX_HEIGHT = 20000;

  /** @returns {HTMLIFrameElement[]} */
  function frames() {
    return [...document.querySelectorAll('iframe[data-minecalc]')].filter(
      (el) => el instanceof HTMLIFrameElement,
    );
  }

  /**
   * The origin messages from `frame` must have.
   *
   * @param {HTMLIFrameElement} frame
   * @returns {string | null}
   */
  function expectedOrigin(frame) {
    if (frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin')) return 'null';
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch {
      return null;
    }
  }

  window.addEventListener('message', (event) => {
    const data = /** @type {unknown} */ (event.data);
    if (typeof data !== 'object' || data === null) return;
    const { type, height } = /** @type {{ type?: unknown, height?: unknown }} */ (data);
    if (type !== HEIGHT_MESSAGE || typeof height !== 'number' || !Number.isFinite(height)) return;
    const frame = frames().find((f) => f.contentWindow !== null && f.contentWindow === event.source);
    if (frame === undefined || event.origin !== expectedOrigin(frame)) return;
    const px = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
    frame.style.height = `${px}px`;
  });

  /**
   * Asks a frame for its height (it may have posted it before this script ran).
   *
   * @param {HTMLIFrameElement} frame
   */
  function ask(frame) {
    frame.contentWindow?.postMessage({ type: MEASURE_MESSAGE }, '*');
  }

  function start() {
    for (const frame of frames()) {
      frame.addEventListener('load', () => ask(frame));
      ask(frame);
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
