// @ts-check
/**
 * <mining-calculator>: an embeddable crypto-mining profitability calculator.
 *
 *   <script type="module" src="mining-calculator.js"></script>
 *   <mining-calculator coin="btc" rig="antminer-s21" electricity-price="0.08"></mining-calculator>
 *
 * This module only defines the element. The widget (form, results, charts) is built in Rust
 * and rendered by the WebAssembly module into the element's shadow root. Light-DOM content
 * inside the element (e.g. a link) stays visible until the widget has rendered, and stays if it
 * cannot load.
 *
 * Two modules, each loaded once per page and shared by every instance: the first module
 * (`pkg/minecalc_first*`: the frame and the own-hardware view, English, other languages'
 * texts from `lang/<tag>.json`) draws the first result; the full module (`pkg/minecalc_wasm*`:
 * every view and language, and the JS API) is loaded when a reader first opens a part the first
 * lacks, and takes over with the reader's inputs. `load="all"` on an element loads the full
 * module at once (for a page that is the calculator itself).
 *
 * A single-file build can inject the glue and the wasm before importing this module:
 * `globalThis.MINECALC_GLUE_URL` (URL of the wasm-bindgen glue module) and
 * `globalThis.MINECALC_WASM_BYTES` (the wasm as a Uint8Array).
 *
 * Events: `change` (bubbles, composed) with `detail = { input, result, marketInfo }` after
 * every recalculation; `result` is null while an input is invalid.
 *
 * Market data: `market-src="/minecalc-market.json"` names the site's own feed (format
 * `minecalc-market`, version 1). It is fetched once per page for every instance (same URL,
 * one request), without credentials, with a 10 s timeout and a 1 MB cap, and validated by the
 * core; a bad or missing feed keeps the built-in snapshot and shows a notice. The last good
 * feed is kept in the Cache API and used, with its date, when the network is off. The
 * `market` property takes a feed object or its JSON text directly.
 */

/** @typedef {typeof import('./pkg/minecalc_wasm.js')} WasmModule */
/** @typedef {import('./pkg/minecalc_wasm.js').Widget} Widget */
/** @typedef {import('./pkg/minecalc_wasm.js').Estimate} Estimate */
/** @typedef {import('./pkg/minecalc_wasm.js').WidgetChangeDetail} WidgetChangeDetail */

/**
 * Every attribute the element observes, reflected as a camelCase property
 * (`electricity-price` ↔ `electricityPrice`). The wasm widget's own list
 * (`Widget.attributeNames()`) must be a subset; a browser test checks it.
 */
export const ATTRIBUTES = Object.freeze([
  'rig',
  'coin',
  'hashrate',
  'power',
  'hardware-cost',
  'electricity-price',
  'currency',
  'pool-fee',
  'uptime',
  'overhead',
  'coin-price',
  'difficulty',
  'block-height',
  'block-reward',
  'tx-fees',
  'grow-difficulty',
  'block-time',
  'work-per-difficulty',
  'lang',
  'compact',
  'theme',
  'view',
  // Inputs of the views over time (documented with their defaults in index.html and docs.html):
  // the horizon and the assumptions (`days` … `off-peak-price`, under "Assumptions") and the
  // cloud contract (`contract-price`, `maintenance-fee`, `contract-days`).
  'days',
  'contract-price',
  'maintenance-fee',
  'contract-days',
  // The contract's own hashrate and the fee per hashrate unit per day, picked by the basis.
  'contract-hashrate',
  'maintenance-fee-basis',
  'maintenance-fee-per-unit',
  'difficulty-growth',
  'price-change',
  'electricity-price-change',
  'hashrate-decay',
  'tax',
  'shutdown-when-unprofitable',
  'resale',
  'off-peak-hours',
  'off-peak-price',
  // Inputs of the risk and portfolio simulations.
  'volatility',
  'difficulty-volatility',
  'paths',
  'seed',
  'correlation',
]);

/** Attributes the element handles itself (not forwarded to the wasm widget). */
const ELEMENT_ATTRIBUTES = Object.freeze(['market-src', 'load']);

/** The longest a feed may take to arrive, and the most bytes read of it. */
const FEED_TIMEOUT_MS = 10_000;
const FEED_MAX_BYTES = 1024 * 1024;
/** The Cache API cache that keeps the last good feed of each URL for offline use. */
const FEED_CACHE = 'minecalc-market-v1';

/**
 * A fetched feed: its text (and, for an offline copy, the day it was saved), or why not.
 *
 * @typedef {{ ok: true, text: string, saved?: string } | { ok: false, kind: 'http' | 'timeout' | 'size' | 'network', status: number }} FeedResult
 */

/** @type {Map<string, Promise<FeedResult>>} */
const feeds = new Map();

/**
 * The body of `response` as text, or null past `max` bytes (read in chunks, so a huge or
 * endless body is cut off instead of held in memory).
 *
 * @param {Response} response
 * @param {number} max
 * @returns {Promise<string | null>}
 */
async function boundedText(response, max) {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) return null;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  /** @type {Uint8Array[]} */
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

/**
 * Today as `YYYY-MM-DD` in the reader's time zone.
 *
 * @returns {string}
 */
function today() {
  const d = new Date();
  const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The saved copy of the feed at `url`, if the Cache API has one.
 *
 * @param {string} url
 * @returns {Promise<FeedResult | null>}
 */
async function cachedFeed(url) {
  try {
    if (typeof caches === 'undefined') return null;
    const cache = await caches.open(FEED_CACHE);
    const hit = await cache.match(url);
    if (!hit) return null;
    return { ok: true, text: await hit.text(), saved: hit.headers.get('x-minecalc-saved') ?? today() };
  } catch {
    return null;
  }
}

/**
 * Keeps a good feed for offline use (best effort: private modes may refuse).
 *
 * @param {string} url
 * @param {string} text
 */
async function saveFeed(url, text) {
  try {
    if (typeof caches === 'undefined') return;
    const cache = await caches.open(FEED_CACHE);
    await cache.put(
      url,
      new Response(text, { headers: { 'content-type': 'application/json', 'x-minecalc-saved': today() } }),
    );
  } catch {
    // Storage refused: the feed still works online.
  }
}

/**
 * Fetches the site's market data once per URL for the whole page. Failures fall back to the
 * last good copy in the cache; without one the result says what went wrong.
 *
 * @param {string} url absolute URL
 * @returns {Promise<FeedResult>}
 */
export function loadFeed(url) {
  let pending = feeds.get(url);
  if (!pending) {
    pending = (async () => {
      /** @type {FeedResult} */
      let failure;
      try {
        const response = await fetch(url, {
          credentials: 'omit',
          cache: 'no-cache',
          signal: AbortSignal.timeout(FEED_TIMEOUT_MS),
        });
        if (!response.ok) {
          failure = { ok: false, kind: 'http', status: response.status };
        } else {
          const text = await boundedText(response, FEED_MAX_BYTES);
          if (text === null) {
            failure = { ok: false, kind: 'size', status: response.status };
          } else {
            return { ok: true, text };
          }
        }
      } catch (error) {
        const timeout = error instanceof DOMException && error.name === 'TimeoutError';
        failure = { ok: false, kind: timeout ? 'timeout' : 'network', status: 0 };
      }
      return (await cachedFeed(url)) ?? failure;
    })();
    feeds.set(url, pending);
  }
  return pending;
}

/** Attributes that are on/off switches: the property is a boolean. */
const BOOLEAN_ATTRIBUTES = new Set(['compact', 'grow-difficulty']);

/** @type {Promise<WasmModule> | undefined} */
let loading;
/** @type {Promise<WasmModule> | undefined} */
let loadingFirst;

/**
 * Loads and initialises the full wasm module (every view and language, the JS API) once per
 * page. A failed load is tried again on the next call.
 *
 * @returns {Promise<WasmModule>}
 */
export function loadWasm() {
  loading ??= (async () => {
    const g = /** @type {{ MINECALC_GLUE_URL?: string, MINECALC_WASM_BYTES?: Uint8Array }} */ (globalThis);
    // A literal specifier (resolved against this module's URL, like the wasm below), so that
    // bundlers include the glue and share it with `minecalc/api` in the npm package.
    // The wasm's download starts beside the glue's instead of after it: one round trip less.
    const bytes = g.MINECALC_WASM_BYTES ?? early(new URL('./pkg/minecalc_wasm_bg.wasm', import.meta.url));
    const wasm = /** @type {WasmModule} */ (
      g.MINECALC_GLUE_URL === undefined ? await import('./pkg/minecalc_wasm.js') : await import(/* @vite-ignore */ g.MINECALC_GLUE_URL)
    );
    await wasm.default({ module_or_path: bytes });
    return wasm;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * Starts fetching `url` now, for the glue's init to stream-compile when it is ready
 * (wasm-bindgen's init takes a promise of the response). A failure surfaces there, not as an
 * unhandled rejection in between.
 *
 * @param {URL} url
 * @returns {Promise<Response>}
 */
function early(url) {
  const response = fetch(url);
  response.catch(() => {});
  return response;
}

/**
 * Loads the first module once per page: the frame and the own-hardware view. A single-file
 * build (which carries one module inline) uses the full module instead.
 *
 * @returns {Promise<WasmModule>}
 */
function loadFirst() {
  const g = /** @type {{ MINECALC_WASM_BYTES?: Uint8Array }} */ (globalThis);
  if (g.MINECALC_WASM_BYTES !== undefined) return loadWasm();
  loadingFirst ??= (async () => {
    // The wasm's download starts beside the glue's instead of after it: one round trip less
    // before the first result.
    const bytes = early(new URL('./pkg/minecalc_first_bg.wasm', import.meta.url));
    // The first module's Widget is the full module's class with fewer parts behind it.
    const wasm = /** @type {WasmModule} */ (/** @type {unknown} */ (await import('./pkg/minecalc_first.js')));
    await wasm.default({ module_or_path: bytes });
    return wasm;
  })();
  loadingFirst.catch(() => {
    loadingFirst = undefined;
  });
  return loadingFirst;
}

/** The languages whose texts the first module loads from `lang/` (English is built in). */
const LANGUAGE_FILES = new Set(['de', 'es', 'fr', 'pt', 'ru', 'zh']);

/** @type {Map<string, Promise<string | null>>} */
const languageTexts = new Map();

/**
 * The text of `lang/<tag>.json`, fetched once per page; null when it cannot be had (tried again
 * on the next call).
 *
 * @param {string} tag
 * @returns {Promise<string | null>}
 */
function languageText(tag) {
  let pending = languageTexts.get(tag);
  if (!pending) {
    pending = (async () => {
      try {
        const response = await fetch(new URL(`./lang/${tag}.json`, import.meta.url), {
          credentials: 'omit',
          signal: AbortSignal.timeout(FEED_TIMEOUT_MS),
        });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return await response.text();
      } catch (error) {
        console.warn(`<mining-calculator>: could not load the "${tag}" texts; showing English.`, error);
        return null;
      }
    })();
    languageTexts.set(tag, pending);
    pending.then((text) => {
      if (text === null) languageTexts.delete(tag);
    });
  }
  return pending;
}

/**
 * Gives `wasm` the message table of `tag`. Resolves to whether it is in; without it the widget
 * stays in the language it has.
 *
 * @param {WasmModule} wasm
 * @param {string} tag
 * @returns {Promise<boolean>}
 */
async function loadLanguage(wasm, tag) {
  if (!LANGUAGE_FILES.has(tag)) return false;
  const text = await languageText(tag);
  if (text === null) return false;
  try {
    wasm.addLanguage(tag, text);
    return true;
  } catch (error) {
    console.warn(`<mining-calculator>: the "${tag}" texts do not fit this build; showing English.`, error);
    return false;
  }
}

/**
 * The primary language the widget will most likely be shown in, guessed before the wasm has
 * arrived so that its texts download alongside it (the wasm decides: `Widget.missingLanguage`).
 * Same order as the widget: its `lang`, the nearest `lang` around it, the page's, the browser's.
 *
 * @param {HTMLElement} element
 * @returns {string}
 */
function likelyLanguage(element) {
  const tags = [
    element.getAttribute('lang'),
    element.parentElement?.closest('[lang]')?.getAttribute('lang'),
    document.documentElement.getAttribute('lang'),
    navigator.language,
  ];
  for (const tag of tags) {
    if (!tag?.trim()) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(tag.trim());
      if (canonical) return canonical.split('-')[0].toLowerCase();
    } catch {
      // A malformed tag: the widget skips it too.
    }
  }
  return 'en';
}

/**
 * A selector for the widget's focused control, to focus its twin after a hand-over.
 *
 * @param {ShadowRoot} root
 * @returns {string | null}
 */
function focusKey(root) {
  const active = root.activeElement;
  if (!active) return null;
  for (const name of ['data-view', 'name', 'data-action']) {
    const value = active.getAttribute(name);
    if (value) return `[${name}="${CSS.escape(value)}"]`;
  }
  return null;
}

/**
 * `electricity-price` → `electricityPrice`.
 *
 * @param {string} name
 * @returns {string}
 */
function camel(name) {
  return name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}

export class MiningCalculator extends HTMLElement {
  static get observedAttributes() {
    // `dir` too (the widget lays itself out right to left for `dir="rtl"`); it is not in
    // ATTRIBUTES because HTMLElement already reflects it as the `dir` property.
    return [...ATTRIBUTES, ...ELEMENT_ATTRIBUTES, 'dir'];
  }

  /** @type {Widget | null} */
  #widget = null;
  /** @type {Promise<void> | null} */
  #ready = null;
  /** @type {unknown} the last value given to the `market` property */
  #market = null;
  /** The `market-src` URL whose answer the widget shows (a later one wins). */
  #feedUrl = '';
  /**
   * The module behind `#widget`: the first or the full one.
   *
   * @type {WasmModule | null}
   */
  #module = null;
  /** The full module is being loaded for this element. */
  #upgrading = false;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    // Until the widget renders (or if it cannot), the light-DOM fallback shows through.
    root.append(document.createElement('slot'));
  }

  connectedCallback() {
    // Properties set before the element was defined would shadow the accessors.
    for (const name of [...ATTRIBUTES, ...ELEMENT_ATTRIBUTES, 'market']) {
      const prop = camel(name);
      if (Object.prototype.hasOwnProperty.call(this, prop)) {
        const value = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (this))[prop];
        delete (/** @type {Record<string, unknown>} */ (/** @type {unknown} */ (this)))[prop];
        /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (this))[prop] = value;
      }
    }
    this.#start();
  }

  /**
   * Resolves once the widget has rendered (rejects if the wasm cannot load).
   *
   * @returns {Promise<void>}
   */
  get ready() {
    return this.#start();
  }

  /** @returns {Promise<void>} */
  #start() {
    this.#ready ??= (async () => {
      const all = this.getAttribute('load')?.trim().toLowerCase() === 'all';
      // The first module has English only: start the page's language's texts now, beside it
      // (a single-file build has no first module, and every language).
      const guess = likelyLanguage(this);
      const split = /** @type {{ MINECALC_WASM_BYTES?: Uint8Array }} */ (globalThis).MINECALC_WASM_BYTES === undefined;
      if (!all && split && LANGUAGE_FILES.has(guess)) languageText(guess);
      const wasm = await (all ? loadWasm() : loadFirst());
      if (this.#widget !== null || this.shadowRoot === null) return;
      // The first module has English only: the page's language comes as data first.
      const missing = wasm.Widget.missingLanguage(this);
      if (missing !== undefined) await loadLanguage(wasm, missing);
      if (this.#widget === null) this.#create(wasm, '');
    })().catch((error) => {
      console.warn('<mining-calculator>: could not load the calculator; showing the fallback content.', error);
      throw error;
    });
    return this.#ready;
  }

  /**
   * Renders the widget of `wasm` into the shadow root, with the inputs a first module handed
   * over (`handover`, may be empty), and gives it the page's market data.
   *
   * @param {WasmModule} wasm
   * @param {string} handover
   * @returns {Promise<void>} settled once the widget has the page's market data
   */
  #create(wasm, handover) {
    if (this.shadowRoot === null) return Promise.resolve();
    this.#module = wasm;
    this.#widget = new wasm.Widget(this, this.shadowRoot, (what, tag, byReader) => {
      this.#need(what, tag, byReader);
    });
    if (handover) this.#widget.adopt(handover);
    if (this.#market === null) return this.#fetchFeed();
    this.#applyMarket(this.#market);
    return Promise.resolve();
  }

  /**
   * The first module asks for what it lacks: the full module, or a language's texts.
   *
   * @param {string} what
   * @param {string | undefined} tag
   * @param {boolean | undefined} byReader
   */
  async #need(what, tag, byReader) {
    if (what === 'full') {
      await this.#upgrade();
      return;
    }
    const wasm = this.#module;
    if (what !== 'lang' || typeof tag !== 'string' || wasm === null) return;
    if (!(await loadLanguage(wasm, tag)) || this.#module !== wasm) return;
    if (byReader) this.#widget?.setReaderLanguage(tag);
    else this.#widget?.attributeChanged('lang', this.getAttribute('lang') ?? undefined);
  }

  /** Loads the full module and lets its widget take over from the first module's. */
  async #upgrade() {
    if (this.#upgrading) return;
    this.#upgrading = true;
    try {
      let full;
      try {
        full = await loadWasm();
      } catch (error) {
        console.warn('<mining-calculator>: could not load the rest of the calculator.', error);
        this.#widget?.loadFailed();
        return;
      }
      const old = this.#widget;
      if (old === null || this.#module === full || this.shadowRoot === null) return;
      const state = old.handover();
      const focus = focusKey(this.shadowRoot);
      // The page sees one `change` for the hand-over, with the final state, not the new
      // widget's steps towards it (attributes only, then the reader's inputs, then the feed).
      /** @type {unknown} */
      let detail;
      /** @param {Event} event */
      const hold = (event) => {
        if (event.target !== this || !(event instanceof CustomEvent)) return;
        event.stopImmediatePropagation();
        detail = event.detail;
      };
      this.addEventListener('change', hold, { capture: true });
      old.free();
      this.#widget = null;
      /** @type {Promise<void>} */
      let settled = Promise.resolve();
      try {
        settled = this.#create(full, state);
        if (focus !== null) {
          const target = /** @type {HTMLElement | null} */ (
            this.shadowRoot.querySelector(focus === '[data-action="load-full"]' ? '[part~="projection"]' : focus)
          );
          if (target && !target.matches('button, input, select, [tabindex]')) target.tabIndex = -1;
          target?.focus();
        }
        await settled;
      } finally {
        this.removeEventListener('change', hold, { capture: true });
      }
      if (detail !== undefined) this.dispatchEvent(new CustomEvent('change', { bubbles: true, composed: true, detail }));
    } finally {
      this.#upgrading = false;
    }
  }

  /**
   * @param {string} name
   * @param {string | null} oldValue
   * @param {string | null} newValue
   */
  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (name === 'load') {
      if (newValue?.trim().toLowerCase() === 'all' && this.#widget !== null) this.#upgrade();
      return;
    }
    if (name === 'market-src') {
      if (this.#widget !== null && this.#market === null) this.#fetchFeed();
      return;
    }
    this.#widget?.attributeChanged(name, newValue ?? undefined);
  }

  /**
   * Fetches `market-src` (shared by every instance on the page) and hands it to the widget.
   *
   * @returns {Promise<void>} settled once the widget has the feed (or knows why not)
   */
  async #fetchFeed() {
    const src = this.getAttribute('market-src')?.trim();
    if (!src) return;
    let url;
    try {
      url = new URL(src, document.baseURI).href;
    } catch {
      this.#widget?.marketFailed('network', 0);
      return;
    }
    this.#feedUrl = url;
    await loadFeed(url).then((feed) => {
      // A newer market-src or a `market` property set meanwhile wins.
      if (this.#widget === null || this.#feedUrl !== url || this.#market !== null) return;
      // `in` narrows the union under any compiler settings (the npm build's too).
      if ('text' in feed) {
        this.#widget.setMarket(feed.text, feed.saved);
        if (feed.saved === undefined && this.#widget.marketInfo?.status === 'live') saveFeed(url, feed.text);
      } else {
        this.#widget.marketFailed(feed.kind, feed.status);
      }
    });
  }

  /**
   * Hands market data to the widget: JSON text as is, an object as its JSON.
   *
   * @param {unknown} value
   */
  #applyMarket(value) {
    if (this.#widget === null) return;
    let text;
    try {
      text = typeof value === 'string' ? value : JSON.stringify(value);
    } catch (error) {
      text = undefined;
    }
    if (typeof text !== 'string') {
      this.#widget.setMarket('not market data', undefined);
      return;
    }
    this.#widget.setMarket(text, undefined);
  }

  /**
   * Market data set by the page (a `minecalc-market` object or its JSON text) in place of
   * `market-src`; null goes back to `market-src` or the built-in snapshot.
   *
   * @returns {unknown}
   */
  get market() {
    return this.#market;
  }

  /** @param {unknown} value */
  set market(value) {
    this.#market = value ?? null;
    if (this.#widget === null) return;
    if (this.#market !== null) this.#applyMarket(this.#market);
    else if (this.getAttribute('market-src')) this.#fetchFeed();
    else this.#widget.setMarket('', undefined); // empty: back to the built-in snapshot
  }

  /**
   * Which market data the numbers use: `{ origin, source, date, ageDays, status, error, … }`.
   *
   * @returns {import('./pkg/minecalc_wasm.js').MarketInfoInUse | null}
   */
  get marketInfo() {
    return this.#widget?.marketInfo ?? null;
  }

  /**
   * The latest estimate (the shape `calculate` returns), or null while an input is invalid
   * or before the widget has rendered.
   *
   * @returns {Estimate | null}
   */
  get result() {
    return this.#widget?.result ?? null;
  }

  /**
   * The input object the widget last sent to the calculator (decimal strings).
   *
   * @returns {import('./pkg/minecalc_wasm.js').WidgetInput | null}
   */
  get input() {
    return this.#widget?.input ?? null;
  }
}

export default MiningCalculator;

for (const name of [...ATTRIBUTES, ...ELEMENT_ATTRIBUTES]) {
  const prop = camel(name);
  if (BOOLEAN_ATTRIBUTES.has(name)) {
    Object.defineProperty(MiningCalculator.prototype, prop, {
      configurable: true,
      enumerable: true,
      /** @this {HTMLElement} */
      get() {
        return this.hasAttribute(name) && this.getAttribute(name) !== 'false';
      },
      /**
       * @this {HTMLElement}
       * @param {unknown} value
       */
      set(value) {
        this.toggleAttribute(name, Boolean(value));
      },
    });
  } else {
    Object.defineProperty(MiningCalculator.prototype, prop, {
      configurable: true,
      enumerable: true,
      /** @this {HTMLElement} */
      get() {
        return this.getAttribute(name);
      },
      /**
       * @this {HTMLElement}
       * @param {unknown} value
       */
      set(value) {
        if (value === null || value === undefined) this.removeAttribute(name);
        else this.setAttribute(name, String(value));
      },
    });
  }
}

if (!customElements.get('mining-calculator')) {
  customElements.define('mining-calculator', MiningCalculator);
}
