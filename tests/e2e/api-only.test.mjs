// @ts-check
// The API-only module (`pkg/minecalc_api*`: minecalc-wasm with `api` alone), for pages that want
// the numbers without the widget: every export of the full module's JS API but the widget's,
// the same answers, and a smaller download. Runs in Node against the built www/pkg.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { test } from 'node:test';
import { repoRoot } from './harness.mjs';

const pkg = path.join(repoRoot(), 'www', 'pkg');
/** @param {string} name */
const wasmOf = (name) => readFileSync(path.join(pkg, `${name}_bg.wasm`));

/** @type {typeof import('../../www/pkg/minecalc_wasm.js')} */
const full = await import(pathToFileURL(path.join(pkg, 'minecalc_wasm.js')).href);
/** @type {typeof import('../../www/pkg/minecalc_api.js')} */
const api = await import(pathToFileURL(path.join(pkg, 'minecalc_api.js')).href);
full.initSync({ module: wasmOf('minecalc_wasm') });
api.initSync({ module: wasmOf('minecalc_api') });

/** The full module's exports that belong to the widget. */
const WIDGET_ONLY = ['Widget', 'addLanguage'];

test('the API-only module has every export of the JS API, and not the widget', () => {
  const want = Object.keys(full).filter((k) => !WIDGET_ONLY.includes(k)).sort();
  assert.deepEqual(Object.keys(api).sort(), want);
  assert.ok(want.length >= 15, want.join(' '));
});

test('it gives the full module’s answers', () => {
  const ltc = { coin: 'ltc', hashrate: '16 GH/s', difficulty: '50000000', blockReward: '6.25', powerWatts: 3425, electricityPrice: '0.10' };
  assert.equal(api.calculate(ltc).daily.coins, '0.040233135223');
  assert.deepEqual(api.calculate(ltc), full.calculate(ltc));
  const projection = { ...ltc, coinPrice: 80, hardwareCost: 4000, days: 400, startDate: '2026-12-01', blockHeight: 3000000 };
  assert.deepEqual(JSON.parse(JSON.stringify(api.project(projection))), JSON.parse(JSON.stringify(full.project(projection))));
  const risk = { ...projection, days: 200, paths: 500, seed: 3 };
  assert.deepEqual(api.simulate(risk), full.simulate(risk));
  assert.deepEqual(api.coins(), full.coins());
  assert.deepEqual(api.rigs(), full.rigs());
  assert.ok(api.rigs().every((r) => r.specSource !== ''), 'the rigs keep their citations');
  assert.equal(api.minerReward('btc', 1_050_000), full.minerReward('btc', 1_050_000));
  // Errors name their field, as the full module's do.
  assert.throws(() => api.calculate({ ...ltc, powerWatts: 'lots' }), (/** @type {any} */ e) => e.field === 'powerWatts');
});

test('it is a smaller download than the full module', () => {
  const gz = (/** @type {string} */ name) => gzipSync(wasmOf(name), { level: 9 }).length;
  const [apiOnly, whole] = [gz('minecalc_api'), gz('minecalc_wasm')];
  console.log(`API-only wasm ${(apiOnly / 1024).toFixed(1)} KB gzip, full ${(whole / 1024).toFixed(1)} KB`);
  assert.ok(apiOnly < whole * 0.7, `${apiOnly} B is not much below the full module's ${whole} B: is the widget left out?`);
});
