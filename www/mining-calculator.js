// @ts-check
/**
 * <mining-calculator>: an embeddable crypto-mining profitability calculator.
 *
 *   <script type="module" src="mining-calculator.js"></script>
 *   <mining-calculator coin="btc" rig="antminer-s21" electricity-price="0.08"></mining-calculator>
 *
 * This module only defines the element. The widget (form, results, charts) is built in Rust
 * and rendered by the WebAssembly module into the element's shadow root. The wasm is loaded
 * once per page, shared by every instance. Light-DOM content inside the element (e.g. a link)
 * stays visible until the widget has rendered, and stays if it cannot load.
 *
 * A single-file build can inject the glue and the wasm before importing this module:
 * `globalThis.MINECALC_GLUE_URL` (URL of the wasm-bindgen glue module) and
 * `globalThis.MINECALC_WASM_BYTES` (the wasm as a Uint8Array).
 *
 * Events: `change` (bubbles, composed) with `detail = { input, result }` after every
 * recalculation; `result` is null while an input is invalid.
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

/** Attributes that are on/off switches: the property is a boolean. */
const BOOLEAN_ATTRIBUTES = new Set(['compact']);

/** @type {Promise<WasmModule> | undefined} */
let loading;

/**
 * Loads and initialises the wasm module once per page.
 *
 * @returns {Promise<WasmModule>}
 */
export function loadWasm() {
  loading ??= (async () => {
    const g = /** @type {{ MINECALC_GLUE_URL?: string, MINECALC_WASM_BYTES?: Uint8Array }} */ (globalThis);
    // A literal specifier (resolved against this module's URL, like the wasm below), so that
    // bundlers include the glue and share it with `minecalc/api` in the npm package.
    const wasm = /** @type {WasmModule} */ (
      g.MINECALC_GLUE_URL === undefined ? await import('./pkg/minecalc_wasm.js') : await import(/* @vite-ignore */ g.MINECALC_GLUE_URL)
    );
    await wasm.default({
      module_or_path: g.MINECALC_WASM_BYTES ?? new URL('./pkg/minecalc_wasm_bg.wasm', import.meta.url),
    });
    return wasm;
  })();
  return loading;
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
    return [...ATTRIBUTES, 'dir'];
  }

  /** @type {Widget | null} */
  #widget = null;
  /** @type {Promise<void> | null} */
  #ready = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    // Until the widget renders (or if it cannot), the light-DOM fallback shows through.
    root.append(document.createElement('slot'));
  }

  connectedCallback() {
    // Properties set before the element was defined would shadow the accessors.
    for (const name of ATTRIBUTES) {
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
    this.#ready ??= loadWasm().then(
      (wasm) => {
        if (this.#widget === null && this.shadowRoot !== null) {
          this.#widget = new wasm.Widget(this, this.shadowRoot);
        }
      },
      (error) => {
        console.warn('<mining-calculator>: could not load the calculator; showing the fallback content.', error);
        throw error;
      },
    );
    return this.#ready;
  }

  /**
   * @param {string} name
   * @param {string | null} oldValue
   * @param {string | null} newValue
   */
  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue !== newValue) this.#widget?.attributeChanged(name, newValue ?? undefined);
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

for (const name of ATTRIBUTES) {
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
