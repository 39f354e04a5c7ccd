// @ts-check
/**
 * The embed-code generator (embed.html). Its form is built from the calculator's own field
 * table (widget-fields.json, written from the wasm crate's table and kept in step by a test),
 * group by group as in the calculator's form, plus the widget's own
 * attributes (language, theme, first tab, direction, compact). From the chosen values it writes
 * three kinds of code (a script tag, an iframe, an npm import); the preview is a calculator
 * built from the attributes of the script-tag code, parsed back, so it is exactly what the code
 * produces. Values the calculator would not use as given (a coin the rig cannot mine, a price
 * in another currency without a coin price) are explained next to the code, never changed.
 * Everything typed is set with `setAttribute` and shown with `textContent`; nothing is
 * inserted as HTML.
 */

import { loadWasm } from './mining-calculator.js';

/**
 * One input of the calculator, as its form shows it (see wasm/src/widget/catalog.rs).
 *
 * @typedef {object} WidgetField
 * @property {string} attribute
 * @property {string} label in English
 * @property {string} group its group's legend, in English; groups come in the form's order
 * @property {'number' | 'select' | 'toggle'} kind
 * @property {string} unit "", "hashrate", "W", "currency", "currency/kWh", "%", "coin", "s",
 *   "display-hashrate" (the coin's usual unit, e.g. TH/s) or "currency/display-hashrate"
 * @property {string} placeholder what an empty box means ("" where the rig or snapshot decides)
 * @property {string[]} views the tabs whose form shows the group (empty: every tab)
 * @property {boolean} market defaults to the dated snapshot
 * @property {boolean} customCoinOnly shown only for the `custom` coin
 */
/** @typedef {{ fields: WidgetField[], views: { id: string, label: string }[] }} Catalog */
/** @typedef {import('./pkg/minecalc_wasm.js').Rig} Rig */
/** @typedef {import('./pkg/minecalc_wasm.js').CoinInfo} CoinInfo */
/** @typedef {'script' | 'iframe' | 'npm'} Kind */

/** Groups open at first; the others are disclosures, like the calculator's own. */
const OPEN_GROUPS = 2;

/**
 * The iframe's height in the code (used as is without frame-resize.js): the calculator's
 * height in a column about 1000 px wide; in a narrower one it scrolls inside the frame.
 */
export const FRAME_HEIGHT = { full: 1900, compact: 950 };

/** How a unit is written after a label. */
const UNIT_TEXT = /** @type {Record<string, string>} */ ({
  W: 'W',
  '%': '%',
  s: 'seconds',
  'currency/kWh': 'per kWh',
  coin: 'coins',
  'display-hashrate': 'in the coin\'s usual unit, e.g. TH/s',
  'currency/display-hashrate': 'per TH/s or the coin\'s usual unit, per day',
});

const form = /** @type {HTMLFormElement | null} */ (document.getElementById('options'));
const code = document.getElementById('embed-code');
const kindNote = document.getElementById('kind-note');
const conflicts = document.getElementById('conflicts');
const slot = document.getElementById('preview-slot');

/** Where this site's files are, for code that loads them from here. */
const BASE = new URL('./', window.location.href);

/**
 * Escapes text for a double-quoted HTML attribute value in the generated code.
 *
 * @param {string} value
 * @returns {string}
 */
export function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * ` name="value"` for each attribute (` compact` alone when empty).
 *
 * @param {[string, string][]} attributes
 * @returns {string}
 */
function attributeText(attributes) {
  return attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
}

/**
 * The code to paste for `kind`, loading the files from `base`.
 *
 * @param {Kind} kind
 * @param {[string, string][]} attributes
 * @param {URL} [base]
 * @returns {string}
 */
export function embedCode(kind, attributes, base = BASE) {
  const file = (/** @type {string} */ name) => escapeAttribute(new URL(name, base).href);
  const tag = `<mining-calculator${attributeText(attributes)}>`;
  if (kind === 'iframe') {
    const query = new URLSearchParams(attributes).toString().replace(/=(?=&|$)/g, '');
    const compact = attributes.some(([name, value]) => name === 'compact' && value !== 'false');
    const height = compact ? FRAME_HEIGHT.compact : FRAME_HEIGHT.full;
    return [
      `<iframe data-minecalc src="${file(`frame.html${query ? `?${query}` : ''}`)}"`,
      `  title="Mining profitability calculator" width="100%" height="${height}"`,
      '  allow="clipboard-write" loading="lazy" style="border:0"></iframe>',
      `<script src="${file('frame-resize.js')}" defer></script>`,
    ].join('\n');
  }
  if (kind === 'npm') {
    return [
      'npm install minecalc',
      '',
      '// In your JavaScript entry module:',
      'import "minecalc";',
      '',
      '<!-- In your page or component: -->',
      `${tag}</mining-calculator>`,
    ].join('\n');
  }
  return [
    `<script type="module" src="${file('mining-calculator.js')}"></script>`,
    tag,
    `  <a href="${file('./')}">Mining profitability calculator</a>`,
    '</mining-calculator>',
  ].join('\n');
}

/** What each kind needs, in a sentence under the code. */
const KIND_NOTES = {
  script:
    'Works on your own site and on any other origin: this site sends Access-Control-Allow-Origin for the calculator’s files. To host the files yourself, copy mining-calculator.js and pkg/ and change the address.',
  iframe:
    'For platforms that strip scripts but allow iframes. frame-resize.js (optional) makes the iframe exactly as tall as the calculator; without it the iframe keeps the height above and scrolls inside.',
  npm: 'The package bundles the WebAssembly file through import.meta.url; Vite, webpack 5 and Parcel copy it for you. The npm import uses no files from this site.',
};

/**
 * The attributes the form describes, fields first (in the form's order), then the look.
 *
 * @param {HTMLFormElement} options
 * @returns {[string, string][]}
 */
export function chosenAttributes(options) {
  /** @type {[string, string][]} */
  const chosen = [];
  for (const control of options.querySelectorAll('input[name], select[name]')) {
    const input = /** @type {HTMLInputElement | HTMLSelectElement} */ (control);
    if (input instanceof HTMLInputElement && input.type === 'checkbox') {
      if (input.checked) chosen.push([input.name, '']);
    } else if (input.value.trim() !== '') {
      chosen.push([input.name, input.value.trim()]);
    }
  }
  return chosen;
}

/** @type {{ rigs: Rig[], coins: CoinInfo[] } | null} */
let tables = null;

/**
 * Why the calculator will not start from these values as given, in plain sentences.
 *
 * @param {[string, string][]} attributes
 * @returns {string[]}
 */
export function conflictsOf(attributes) {
  if (tables === null) return [];
  const get = (/** @type {string} */ name) => attributes.find(([n]) => n === name)?.[1];
  const out = [];
  const rig = tables.rigs.find((r) => r.id === get('rig'));
  const coin = tables.coins.find((c) => c.id === get('coin'));
  if (coin && !coin.mineable) {
    out.push(`${coin.name} cannot be mined: ${coin.note} The calculator will say so.`);
  } else if (rig && coin && !rig.modes.some((m) => m.algorithm === coin.algorithm)) {
    const mines = [...new Set(rig.modes.map((m) => tables?.coins.find((c) => c.algorithm === m.algorithm)?.algorithmName ?? m.algorithm))].join(', ');
    const usual = tables.coins.find((c) => c.mineable && rig.modes.some((m) => m.algorithm === c.algorithm));
    out.push(
      `The ${rig.name} cannot mine ${coin.name} (${coin.algorithmName}); it mines ${mines}. The calculator will start on ${usual?.name ?? 'the rig’s usual coin'} instead, and ignore market figures given for ${coin.name}. Choose another rig or coin to keep both.`,
    );
  }
  const currency = get('currency');
  if (currency && currency.toUpperCase() !== 'USD' && get('coin-price') === undefined) {
    out.push(`The snapshot’s coin prices are in US dollars and nothing is converted: with ${currency.toUpperCase()}, give the coin price (under Market data) in ${currency.toUpperCase()} too, or the calculator will ask readers for it.`);
  }
  if (get('coin') !== 'custom') {
    const custom = ['block-time', 'work-per-difficulty'].filter((name) => get(name) !== undefined);
    if (custom.length > 0) out.push(`${custom.join(' and ')} describe a custom chain: the calculator shows ${custom.length > 1 ? 'them' : 'it'} only with the coin “Other coin”.`);
  }
  return out;
}

/**
 * The attributes of the `<mining-calculator>` in `html`, parsed as a page would parse it.
 *
 * @param {string} html
 * @returns {[string, string][]}
 */
export function attributesIn(html) {
  const parsed = new DOMParser().parseFromString(html, 'text/html').querySelector('mining-calculator');
  return parsed ? [...parsed.attributes].map((a) => /** @type {[string, string]} */ ([a.name, a.value])) : [];
}

/** @returns {Kind} */
function chosenKind() {
  const checked = /** @type {HTMLInputElement | null} */ (document.querySelector('input[name="kind"]:checked'));
  return /** @type {Kind} */ (checked?.value ?? 'script');
}

let previewTimer = 0;
/** The code the preview was last built from (so unchanged code does not rebuild it). */
let previewed = '';

/** Rewrites the code and the conflict notes, and rebuilds the preview shortly after. */
function update() {
  if (!form || !code) return;
  const chosen = chosenAttributes(form);
  const kind = chosenKind();
  code.textContent = embedCode(kind, chosen);
  if (kindNote) kindNote.textContent = KIND_NOTES[kind];
  if (conflicts) {
    conflicts.replaceChildren(
      ...conflictsOf(chosen).map((text) => {
        const p = document.createElement('p');
        p.className = 'conflict';
        p.textContent = text;
        return p;
      }),
    );
  }
  window.clearTimeout(previewTimer);
  previewTimer = window.setTimeout(() => rebuildPreview(embedCode('script', chosen)), 150);
}

/**
 * Replaces the preview with a calculator carrying exactly the attributes of `scriptCode`.
 *
 * @param {string} scriptCode
 */
function rebuildPreview(scriptCode) {
  if (!slot || scriptCode === previewed) return;
  previewed = scriptCode;
  const preview = document.createElement('mining-calculator');
  preview.id = 'preview';
  preview.setAttribute('aria-describedby', 'preview-heading');
  for (const [name, value] of attributesIn(scriptCode)) preview.setAttribute(name, value);
  const loading = document.createElement('p');
  loading.textContent = 'Loading the preview…';
  preview.append(loading);
  slot.replaceChildren(preview);
  preview.dataset.code = scriptCode;
}

/**
 * One form control for a field of the calculator.
 *
 * @param {WidgetField} field
 * @param {{ rigs: Rig[], coins: CoinInfo[] }} data
 * @returns {HTMLLabelElement}
 */
function control(field, data) {
  const label = document.createElement('label');
  const unit = UNIT_TEXT[field.unit];
  label.append(unit ? `${field.label} (${unit})` : field.label);
  /** @type {HTMLInputElement | HTMLSelectElement} */
  let box;
  if (field.attribute === 'rig') {
    const select = document.createElement('select');
    select.append(new Option('Default (for the coin, else Antminer S21)', ''));
    const kinds = { asic: 'ASIC miners', gpu: 'Graphics cards', cpu: 'Processors' };
    for (const [kind, name] of Object.entries(kinds)) {
      const group = document.createElement('optgroup');
      group.label = name;
      for (const rig of data.rigs.filter((r) => r.kind === kind)) group.append(new Option(rig.name, rig.id));
      select.append(group);
    }
    select.append(new Option('Custom hardware (readers enter it)', 'custom'));
    box = select;
  } else if (field.attribute === 'coin') {
    const select = document.createElement('select');
    select.append(new Option('The rig’s usual coin', ''));
    for (const coin of data.coins) {
      const option = new Option(coin.id === 'custom' ? 'Other coin (readers enter its figures)' : `${coin.name} (${coin.ticker})`, coin.id);
      select.append(option);
    }
    box = select;
  } else if (field.attribute === 'currency') {
    const select = document.createElement('select');
    select.append(new Option('US dollar (USD)', ''));
    const names = new Intl.DisplayNames(['en'], { type: 'currency' });
    const codes = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : ['EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'JPY'];
    for (const c of codes.filter((c) => c !== 'USD')) select.append(new Option(`${names.of(c) ?? c} (${c})`, c));
    box = select;
  } else if (field.kind === 'toggle') {
    const select = document.createElement('select');
    select.append(new Option(`Default (${field.placeholder === 'false' ? 'off' : 'on'})`, ''), new Option('On', 'true'), new Option('Off', 'false'));
    box = select;
  } else {
    const input = document.createElement('input');
    input.inputMode = 'decimal';
    input.autocomplete = 'off';
    input.placeholder = field.placeholder || (field.market ? 'snapshot' : ['hashrate', 'power'].includes(field.attribute) ? 'the rig’s' : '');
    box = input;
  }
  box.name = field.attribute;
  label.append(box);
  if (field.customCoinOnly) label.dataset.customCoin = '';
  return label;
}

/**
 * Builds the field groups from the calculator's own table, before the "Look" group.
 *
 * @returns {Promise<void>}
 */
async function buildForm() {
  if (!form) return;
  const [wasm, catalog] = await Promise.all([
    loadWasm(),
    fetch(new URL('./widget-fields.json', import.meta.url)).then((r) => /** @type {Promise<Catalog>} */ (r.json())),
  ]);
  const data = { rigs: wasm.rigs(), coins: wasm.coins() };
  tables = data;
  const look = document.getElementById('look');
  /** @type {Map<string, HTMLElement>} */
  const groups = new Map();
  for (const field of catalog.fields) {
    // The widget shows the currency with the language in its title bar: so does the generator.
    if (field.attribute === 'currency' && look) {
      (look.querySelector('label') ?? look).after(control(field, data));
      continue;
    }
    let body = groups.get(field.group);
    if (body === undefined) {
      const open = groups.size < OPEN_GROUPS;
      const group = document.createElement(open ? 'fieldset' : 'details');
      group.className = open ? 'options' : 'options options-more';
      group.dataset.group = field.group;
      const title = document.createElement(open ? 'legend' : 'summary');
      title.textContent = field.views.length > 0 ? `${field.group} (${field.views.join(', ')} tabs)` : field.group;
      group.append(title);
      form.insertBefore(group, look);
      body = group;
      groups.set(field.group, body);
    }
    body.append(control(field, data));
  }
  const view = document.getElementById('opt-view');
  if (view) {
    view.replaceChildren(...catalog.views.map((v, i) => new Option(i === 0 ? `${v.label} (default)` : v.label, i === 0 ? '' : v.id)));
  }
}

if (form) {
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  for (const radio of document.querySelectorAll('input[name="kind"]')) radio.addEventListener('change', update);
  update();
  buildForm().then(update, (error) => console.warn('minecalc: could not build the generator’s form:', error));
}
