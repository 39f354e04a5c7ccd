// @ts-check
/**
 * The embed-code generator (embed.html): reads the options form, sets the same attributes on
 * the preview calculator, and writes the tag to copy. Everything the reader types is set
 * with `setAttribute` and shown with `textContent`; nothing is parsed as HTML.
 */

import { loadWasm } from './mining-calculator.js';

const form = /** @type {HTMLFormElement | null} */ (document.getElementById('options'));
const preview = document.getElementById('preview');
const code = document.getElementById('embed-code');

/** Attributes the form can set, in the order they are written into the tag. */
const ATTRIBUTE_ORDER = ['rig', 'coin', 'electricity-price', 'currency', 'coin-price', 'pool-fee', 'hardware-cost', 'lang', 'theme', 'compact'];

/**
 * Escapes text for a double-quoted HTML attribute value in the generated code.
 *
 * @param {string} value
 * @returns {string}
 */
function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The attributes the options describe, in tag order, with empty values left out.
 *
 * @param {HTMLFormElement} options
 * @returns {[string, string][]}
 */
function chosenAttributes(options) {
  const data = new FormData(options);
  /** @type {[string, string][]} */
  const chosen = [];
  for (const name of ATTRIBUTE_ORDER) {
    const value = data.get(name);
    if (name === 'compact') {
      if (value !== null) chosen.push([name, '']);
    } else if (typeof value === 'string' && value.trim() !== '') {
      chosen.push([name, value.trim()]);
    }
  }
  return chosen;
}

/**
 * The code to paste: the module script and the tag with its attributes.
 *
 * @param {[string, string][]} attributes
 * @returns {string}
 */
export function embedCode(attributes) {
  const attrs = attributes.map(([name, value]) => (value === '' && name === 'compact' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  return [
    '<script type="module" src="mining-calculator.js"></script>',
    `<mining-calculator${attrs}>`,
    '  <a href="https://example.com/how-mining-profit-is-computed">How mining profit is computed</a>',
    '</mining-calculator>',
  ].join('\n');
}

/** Applies the options to the preview and rewrites the code. */
function update() {
  if (!form || !preview || !code) return;
  const chosen = chosenAttributes(form);
  for (const name of ATTRIBUTE_ORDER) {
    const entry = chosen.find(([n]) => n === name);
    if (entry === undefined) {
      if (preview.hasAttribute(name)) preview.removeAttribute(name);
    } else if (preview.getAttribute(name) !== entry[1]) {
      preview.setAttribute(name, entry[1]);
    }
  }
  code.textContent = embedCode(chosen);
}

/**
 * Fills the rig and coin lists from the calculator's own tables.
 *
 * @returns {Promise<void>}
 */
async function fillLists() {
  const wasm = await loadWasm();
  const rigSelect = document.getElementById('opt-rig');
  const coinSelect = document.getElementById('opt-coin');
  if (rigSelect) {
    const groups = { asic: 'ASIC miners', gpu: 'Graphics cards', cpu: 'Processors' };
    for (const [kind, label] of Object.entries(groups)) {
      const group = document.createElement('optgroup');
      group.label = label;
      for (const rig of wasm.rigs().filter((r) => r.kind === kind)) {
        group.append(new Option(rig.name, rig.id));
      }
      rigSelect.append(group);
    }
    rigSelect.append(new Option('Custom hardware', 'custom'));
  }
  if (coinSelect) {
    for (const coin of wasm.coins().filter((c) => c.mineable)) {
      coinSelect.append(new Option(coin.id === 'custom' ? 'Other coin (reader enters its figures)' : `${coin.name} (${coin.ticker})`, coin.id));
    }
  }
}

if (form) {
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  update();
  fillLists().then(update, (error) => console.warn('minecalc: could not load the rig and coin lists:', error));
}
