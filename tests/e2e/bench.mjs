// @ts-check
// Chromium benchmark of the risk engine, run by `cargo xtask bench` (not a test: it prints
// figures and fails only if the page cannot run). Loads the built www/pkg in a real page and
// times, with performance.now() inside the page, best of 5 after a warm-up (so V8 has tiered
// the wasm up): `simulate` with 10,000 paths × 1,826 days (target: under 150 ms), the same run
// stepped through `SimulationRun` in chunks of 500 paths (the longest step is what a page
// feels), and a 3,653-day `project`.

import { errorsOf, launch, newPage } from './harness.mjs';
import { startServer } from './server.mjs';

/** The simulation input: a Bitcoin rig with every projection feature switched on. */
const INPUT = Object.freeze({
  coin: 'btc',
  hashrate: '200 TH/s',
  powerWatts: 3500,
  electricityPrice: '0.08',
  offPeakHoursPerDay: 8,
  offPeakElectricityPrice: '0.05',
  coinPrice: 90000,
  difficulty: '150000000000000',
  blockHeight: 925000,
  hardwareCost: 4000,
  resaleValuePercent: 10,
  poolFeePercent: 2,
  taxPercent: 20,
  difficultyGrowthPercentPerMonth: 2,
  priceChangePercentPerYear: 10,
  electricityPriceChangePercentPerYear: 3,
  hashrateDecayPercentPerYear: 5,
  startDate: '2026-11-25',
});

/**
 * @typedef {object} Figures
 * @property {number} simulate best one-shot `simulate`, ms
 * @property {number} chunked best total of a `SimulationRun` stepped 500 paths at a time, ms
 * @property {number} longestStep the longest single step of those runs, ms
 * @property {number} project best 3,653-day `project`, ms
 * @property {string} median the final profit's median, to show the run did real work
 */

const server = await startServer();
const browser = await launch();
let failed = false;
try {
  const page = await newPage(browser);
  // Any same-origin document will do: the benchmark imports the package itself.
  await page.goto(`${server.url}/pkg/minecalc_wasm.js`);
  /** @type {Figures} */
  const figures = await page.evaluate(async (base) => {
    const url = '/pkg/minecalc_wasm.js';
    const wasm = await import(url);
    await wasm.default();
    const simulation = { ...base, days: 1826, paths: 10000, seed: 7 };
    /**
     * @param {number} runs
     * @param {() => void} body
     */
    const best = (runs, body) => {
      let fastest = Infinity;
      for (let i = 0; i < runs; i += 1) {
        const start = performance.now();
        body();
        fastest = Math.min(fastest, performance.now() - start);
      }
      return fastest;
    };
    // Warm-up: let V8 move the hot functions from its baseline to its optimising compiler.
    wasm.simulate({ ...simulation, paths: 2000 });
    let median = '';
    const simulate = best(5, () => {
      median = wasm.simulate(simulation).finalProfit.p50;
    });
    let longestStep = 0;
    const chunked = best(3, () => {
      const run = new wasm.SimulationRun(simulation);
      while (!run.done()) {
        const start = performance.now();
        run.step(500);
        longestStep = Math.max(longestStep, performance.now() - start);
      }
      run.result();
      run.free();
    });
    const project = best(5, () => wasm.project({ ...base, days: 3653 }));
    return { simulate, chunked, longestStep, project, median };
  }, INPUT);
  const ms = (/** @type {number} */ t) => `${t.toFixed(1)} ms`;
  console.log(`chromium risk/simulate 10,000 paths x 1,826 days: ${ms(figures.simulate)} (best of 5; target < 150 ms)`);
  console.log(`chromium risk/simulate per path-day: ${((figures.simulate * 1e6) / (10000 * 1826)).toFixed(2)} ns`);
  console.log(`chromium risk/SimulationRun in steps of 500 paths: ${ms(figures.chunked)} total, longest step ${ms(figures.longestStep)}`);
  console.log(`chromium project 3,653 days: ${ms(figures.project)} (best of 5)`);
  console.log(`(final profit median ${figures.median})`);
  const errors = errorsOf(page).filter((e) => !e.includes('404'));
  if (errors.length > 0) {
    console.error(errors.join('\n'));
    failed = true;
  }
} catch (error) {
  console.error('bench.mjs:', error);
  failed = true;
} finally {
  await browser.close();
  await server.close();
}
process.exitCode = failed ? 1 : 0;
