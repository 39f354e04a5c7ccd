// @ts-check
/**
 * Scripts of minecalc's own pages (not part of the widget): copy buttons, the demo's event
 * log, and the service worker that keeps the site working offline after one visit.
 * Text is only ever set with `textContent`.
 */

/**
 * Copies the text of the element whose id a `[data-copy]` button names, and says so on the
 * button for a moment.
 *
 * @param {HTMLButtonElement} button
 */
async function copyFrom(button) {
  const target = document.getElementById(button.dataset.copy ?? '');
  if (!target) return;
  const text = target.textContent ?? '';
  const label = button.textContent;
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = 'Copied';
  } catch {
    // No clipboard permission (e.g. an insecure context): select the text for Ctrl+C instead.
    const range = document.createRange();
    range.selectNodeContents(target);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    button.textContent = 'Press Ctrl+C';
  }
  setTimeout(() => {
    button.textContent = label;
  }, 1600);
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button[data-copy]') : null;
  if (button instanceof HTMLButtonElement) void copyFrom(button);
});

/** Shows the latest `change` event of the demo calculator in plain words. */
function watchDemo() {
  const demo = document.getElementById('demo');
  const log = document.getElementById('event-log');
  if (!demo || !log) return;
  demo.addEventListener('change', (event) => {
    const detail = /** @type {CustomEvent<import('./pkg/minecalc_wasm.js').WidgetChangeDetail>} */ (event).detail;
    if (!detail) return;
    const fields = Object.keys(detail.input).length;
    log.textContent = detail.result
      ? `detail.result.daily.profit = "${detail.result.daily.profit}" ${detail.result.currency} (from ${fields} input fields)`
      : `detail.result = null: an input is invalid (${fields} input fields)`;
  });
}
watchDemo();

/** Registers the service worker on http(s) pages (not from file://, where it cannot run). */
function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  navigator.serviceWorker.register(new URL('./sw.js', import.meta.url)).catch((error) => {
    console.warn('minecalc: offline support is unavailable:', error);
  });
}
registerServiceWorker();
