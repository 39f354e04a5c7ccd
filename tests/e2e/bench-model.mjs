// @ts-check
// The Risk view's Monte Carlo written as a JavaScript developer would write it: plain `f64`
// (JS numbers), `Math.exp`/`Math.pow`, a small seeded generator and typed arrays. The
// benchmark runs it next to the wasm `simulate` in the same page, to show what the Rust/wasm
// engine buys. It is the same model as `core/src/risk/simulate.rs` (see that module's
// documentation): the deterministic day path (halvings splitting a day, difficulty, price and
// electricity growth, ageing hardware, peak and off-peak hours, pool fee), then per path a
// lognormal revenue multiplier with antithetic pairs, shutdown of hour classes that lose
// money, tax on positive days, payback, and percentiles (type 7) on at most 120 sample days.
// It is not a second implementation to trust: amounts here are floats, and the random
// stream differs from the core's, so results agree with `simulate` only statistically.
//
// Runs in the page (imported from the benchmark's server) and in Node alike.

/**
 * The model's inputs, all plain numbers (the benchmark reads them off its `simulate` input).
 *
 * @typedef {object} ModelInput
 * @property {number} hashrate H/s
 * @property {number} powerWatts
 * @property {number} overheadPercent
 * @property {number} uptimePercent
 * @property {number} electricityPrice peak price per kWh on day 0
 * @property {number} offPeakHoursPerDay
 * @property {number} offPeakElectricityPrice
 * @property {number} coinPrice
 * @property {number} difficulty
 * @property {number} workPerDifficulty hashes per difficulty unit (2^32 for Bitcoin)
 * @property {number} blockTimeSeconds
 * @property {number} blockHeight
 * @property {number} initialReward the schedule's first reward (50 for Bitcoin)
 * @property {number} halvingInterval blocks between halvings (210,000 for Bitcoin)
 * @property {number} txFeesPerBlock
 * @property {number} poolFeePercent
 * @property {number} taxPercent
 * @property {number} hardwareCost
 * @property {number} resaleValuePercent
 * @property {number} difficultyGrowthPercentPerMonth
 * @property {number} priceChangePercentPerYear
 * @property {number} electricityPriceChangePercentPerYear
 * @property {number} hashrateDecayPercentPerYear
 * @property {boolean} shutdownWhenUnprofitable
 * @property {number} priceVolatilityPercentPerYear
 * @property {number} difficultyVolatilityPercentPerYear
 * @property {number} days
 * @property {number} paths
 * @property {number} seed
 */

/**
 * @typedef {{ p5: number, p25: number, p50: number, p75: number, p95: number }} Band
 * @typedef {object} ModelResult
 * @property {(Band & { day: number })[]} points
 * @property {Band & { mean: number }} finalProfit
 * @property {number} probabilityOfPayback
 * @property {number} probabilityOfLoss
 * @property {number} runningShare
 * @property {number | null} medianPaybackDays
 */

const DAYS_PER_MONTH = 30.4375;
const DAYS_PER_YEAR = 365.25;
const MAX_POINTS = 120;

/** `(1 + percent/100)^(1/period)`. */
const dailyFactor = (/** @type {number} */ percent, /** @type {number} */ period) => Math.pow(1 + percent / 100, 1 / period);

/**
 * The per-day income after pool fee and electricity of each hour class (a: peak, b:
 * off-peak) on the deterministic path, every class running.
 *
 * @param {ModelInput} m
 */
export function plan(m) {
  const n = 86400 / m.blockTimeSeconds;
  const reward = (/** @type {number} */ h) => m.initialReward / 2 ** Math.floor(h / m.halvingInterval);
  /** The average reward over block positions [p, q), split at halvings. */
  const average = (/** @type {number} */ p, /** @type {number} */ q) => {
    let sum = 0;
    for (let at = p; at < q; ) {
      const end = Math.min(q, (Math.floor(Math.floor(at) / m.halvingInterval) + 1) * m.halvingInterval);
      sum += (end - at) * reward(Math.floor(at));
      at = end;
    }
    return sum / (q - p);
  };
  const uptime = m.uptimePercent / 100;
  const kw = (m.powerWatts * (1 + m.overheadPercent / 100)) / 1000;
  const offHours = m.offPeakHoursPerDay;
  const [shareA, shareB] = [(24 - offHours) / 24, offHours / 24];
  const [hoursA, hoursB] = [(24 - offHours) * uptime, offHours * uptime];
  const difficultyFactor = dailyFactor(m.difficultyGrowthPercentPerMonth, DAYS_PER_MONTH);
  const coinsFactor = dailyFactor(-m.hashrateDecayPercentPerYear, DAYS_PER_YEAR) / difficultyFactor;
  const priceFactor = dailyFactor(m.priceChangePercentPerYear, DAYS_PER_YEAR);
  const electricityFactor = dailyFactor(m.electricityPriceChangePercentPerYear, DAYS_PER_YEAR);
  const blocksPerDay = (m.hashrate * 86400) / (m.difficulty * m.workPerDifficulty);
  const incomeA = new Float64Array(m.days);
  const costA = new Float64Array(m.days);
  const incomeB = new Float64Array(m.days);
  const costB = new Float64Array(m.days);
  let [coinsMultiplier, price, peak, off] = [1, m.coinPrice, m.electricityPrice, m.offPeakElectricityPrice];
  for (let k = 0; k < m.days; k++) {
    const from = m.blockHeight + k * n;
    const coins = blocksPerDay * (average(from, from + n) + m.txFeesPerBlock) * coinsMultiplier;
    const net = coins * uptime * price * (1 - m.poolFeePercent / 100);
    incomeA[k] = net * shareA;
    costA[k] = kw * hoursA * peak;
    incomeB[k] = net * shareB;
    costB[k] = kw * hoursB * off;
    coinsMultiplier *= coinsFactor;
    price *= priceFactor;
    peak *= electricityFactor;
    off *= electricityFactor;
  }
  return { incomeA, costA, incomeB, costB };
}

/** xoshiro128**, seeded through splitmix32: uniform numbers in [0, 1). */
function generator(/** @type {number} */ seed) {
  let x = seed >>> 0;
  const split = () => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let [a, b, c, d] = [split(), split(), split(), split()];
  return () => {
    const r = Math.imul(((Math.imul(b, 5) << 7) | (Math.imul(b, 5) >>> 25)), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = (d << 11) | (d >>> 21);
    return r / 4294967296;
  };
}

/** Standard normals by Marsaglia's polar method (two per accepted pair). */
function normals(/** @type {() => number} */ uniform) {
  let spare = 0;
  let has = false;
  return () => {
    if (has) {
      has = false;
      return spare;
    }
    let u, v, s;
    do {
      u = 2 * uniform() - 1;
      v = 2 * uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    spare = v * f;
    has = true;
    return u * f;
  };
}

/** Type-7 percentiles of `xs` (sorted in place). */
function band(/** @type {Float64Array} */ xs) {
  xs.sort();
  const at = (/** @type {number} */ p) => {
    const h = (xs.length - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, xs.length - 1);
    return xs[lo] + (h - lo) * (xs[hi] - xs[lo]);
  };
  return { p5: at(0.05), p25: at(0.25), p50: at(0.5), p75: at(0.75), p95: at(0.95) };
}

/**
 * Simulates `m.paths` paths of `m.days` days.
 *
 * @param {ModelInput} m
 * @returns {ModelResult}
 */
export function simulate(m) {
  const { incomeA, costA, incomeB, costB } = plan(m);
  const days = m.days;
  const paths = m.paths;
  const dt = 1 / DAYS_PER_YEAR;
  const [sp, sd] = [m.priceVolatilityPercentPerYear / 100, m.difficultyVolatilityPercentPerYear / 100];
  const drift = (-(sp * sp - sd * sd) * dt) / 2;
  const step = Math.sqrt((sp * sp + sd * sd) * dt);
  const anti = new Float64Array(days);
  for (let k = 0; k < days; k++) anti[k] = Math.exp(2 * drift * (k + 1));
  const every = Math.ceil(days / MAX_POINTS);
  /** @type {number[]} */
  const sampleDays = [];
  for (let k = 1; k <= Math.floor(days / every); k++) sampleDays.push(k * every - 1);
  if (sampleDays.at(-1) !== days - 1) sampleDays.push(days - 1);
  const samples = sampleDays.map(() => new Float64Array(paths));
  const finals = new Float64Array(paths);
  const payback = new Float64Array(paths).fill(Infinity);
  let daysOn = 0;
  const tax = m.taxPercent / 100;
  const cost = m.hardwareCost;
  const line = cost > 0 ? cost : Infinity;
  const end = (cost * m.resaleValuePercent) / 100 - cost;
  const shutdown = m.shutdownWhenUnprofitable;
  const normal = normals(generator(m.seed));
  const logM = new Float64Array(days);
  /** One day's profit after tax at revenue multiplier `x`. */
  const profit = (/** @type {number} */ k, /** @type {number} */ x) => {
    const a = incomeA[k] * x - costA[k];
    const b = incomeB[k] * x - costB[k];
    const pre = shutdown ? (a > 0 ? a : 0) + (b > 0 ? b : 0) : a + b;
    return pre - tax * (pre > 0 ? pre : 0);
  };
  for (let first = 0; first < paths; first += 2) {
    const pair = first + 1 < paths;
    let sum = 0;
    for (let k = 0; k < days; k++) {
      sum += drift + step * normal();
      logM[k] = sum;
    }
    let [cumA, cumB] = [0, 0];
    let next = 0;
    for (let k = 0; k < days; k++) {
      const x = Math.exp(logM[k]);
      const y = anti[k] / x;
      cumA += profit(k, x);
      cumB += profit(k, y);
      if (cumA >= line && payback[first] === Infinity) payback[first] = k + 1;
      if (pair && cumB >= line && payback[first + 1] === Infinity) payback[first + 1] = k + 1;
      if (shutdown) {
        daysOn += incomeA[k] * x > costA[k] || incomeB[k] * x > costB[k] ? 1 : 0;
        if (pair) daysOn += incomeA[k] * y > costA[k] || incomeB[k] * y > costB[k] ? 1 : 0;
      }
      if (k === sampleDays[next]) {
        samples[next][first] = cumA;
        if (pair) samples[next][first + 1] = cumB;
        next += 1;
      }
    }
    finals[first] = cumA + end;
    if (pair) finals[first + 1] = cumB + end;
  }
  const points = samples.map((row, i) => ({ day: sampleDays[i] + 1, ...band(row) }));
  let [mean, losses] = [0, 0];
  for (const f of finals) {
    mean += f / paths;
    if (f < 0) losses += 1;
  }
  const paid = payback.filter((d) => d !== Infinity).length;
  const median = payback.sort()[Math.floor((paths - 1) / 2)];
  return {
    points,
    finalProfit: { ...band(finals), mean },
    probabilityOfPayback: paid / paths,
    probabilityOfLoss: losses / paths,
    runningShare: shutdown ? daysOn / (days * paths) : 1,
    medianPaybackDays: median === Infinity ? null : median,
  };
}
