// A seeded fuzzer of the JS API, run by `cargo xtask fuzz [--cases N] [--seed S]` (default
// 1,000,000 cases) and, as a 20,000-case slice with a fixed seed, by `cargo xtask test`.
//
// It calls every export of the built module (www/pkg) in Node with hostile values and shapes
// (NaN, ±Infinity, −0, huge and tiny numbers, digit strings of other scripts, BigInt, Symbol,
// functions, throwing getters, Proxies with throwing traps, revoked Proxies, cycles, prototype
// keys, re-entrant getters, use of freed runs) and classifies each call:
//
//   ok        returned, and the output passed the output checks
//   field     threw an Error whose `field` names the input and whose message starts with it
//   panic     a WebAssembly.RuntimeError (a Rust panic aborts with `unreachable`)
//   poisoned  the call left the wasm shadow stack pointer moved (an exception unwound through
//             wasm frames): the module leaks on every such call and soon dies for every caller
//   escape    the host's own exception, or a TypeError/RangeError, came back instead of a field
//             error
//   nofield   an Error without `field` (or whose message does not start with it)
//   lax       a non-data value (Symbol, BigInt, function, throwing getter or trap) was accepted
//   bad       the output holds NaN, Infinity, a non-ISO currency, markup or an unsafe height
//   slow      the call took longer than --slow-ms (default 2000)
//
// The stack pointer is watched by exporting the module's `__stack_pointer` global from a copy of
// the wasm bytes (the first mutable i32 global, whose initial value is the top of the stack).
// Before fuzzing, a self-check feeds the classifier one known case of each class (a moved stack
// pointer, a real exception unwinding through wasm on a throwaway instance, a host exception,
// a RuntimeError, ...) and fails if any is misclassified, so the fuzz step can fail. Every failure is printed with a minimal reproducer (fields removed one at a
// time while the class stays the same).
//
// Deliberately outside the tsc set (tsconfig.json, tests/e2e/tsconfig.json): it builds values
// that defeat the API's types on purpose.

import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = process.env.MINECALC_ROOT ?? path.resolve(here, '../..');

// ---------------------------------------------------------------- options

function options(argv) {
  const o = { cases: 1_000_000, seed: 1, slowMs: 2000, pkg: path.join(root, 'www/pkg'), quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--cases') o.cases = Number(next());
    else if (a === '--seed') o.seed = Number(next());
    else if (a === '--slow-ms') o.slowMs = Number(next());
    else if (a === '--pkg') o.pkg = path.resolve(next());
    else if (a === '--quiet') o.quiet = true;
    else throw new Error(`unknown option ${a} (use --cases N --seed S --slow-ms MS --pkg DIR --quiet)`);
  }
  if (!Number.isSafeInteger(o.cases) || o.cases < 0) throw new Error('--cases must be a whole number');
  if (!Number.isSafeInteger(o.seed)) throw new Error('--seed must be a whole number');
  return o;
}

// ---------------------------------------------------------------- the module, instrumented

function leb(bytes, at) {
  let value = 0, shift = 0, b;
  do {
    b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return [value, at];
}

function lebBytes(n) {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return out;
}

/** The wasm bytes with the stack pointer global exported as `__fuzz_stack_pointer`. */
export function instrument(bytes) {
  const sections = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, body] = leb(bytes, at + 1);
    sections.push({ id, start: at, body, end: body + size });
    at = body + size;
  }
  // Imported globals come first in the index space.
  let importedGlobals = 0;
  const imports = sections.find((s) => s.id === 2);
  if (imports) {
    let [count, p] = leb(bytes, imports.body);
    for (let i = 0; i < count; i++) {
      let n;
      [n, p] = leb(bytes, p); p += n;
      [n, p] = leb(bytes, p); p += n;
      const kind = bytes[p++];
      if (kind === 0) [, p] = leb(bytes, p);
      else if (kind === 1) { p++; const flags = bytes[p++]; [, p] = leb(bytes, p); if (flags & 1) [, p] = leb(bytes, p); }
      else if (kind === 2) { const flags = bytes[p++]; [, p] = leb(bytes, p); if (flags & 1) [, p] = leb(bytes, p); }
      else if (kind === 3) { p += 2; importedGlobals++; }
      else if (kind === 4) { p++; [, p] = leb(bytes, p); }
    }
  }
  const globals = sections.find((s) => s.id === 6);
  if (!globals) throw new Error('the wasm has no global section');
  let [count, p] = leb(bytes, globals.body);
  let index = -1;
  for (let i = 0; i < count && index < 0; i++) {
    const type = bytes[p], mutable = bytes[p + 1];
    p += 2;
    const op = bytes[p];
    if (type === 0x7f && mutable === 1 && op === 0x41) {
      index = importedGlobals + i;
      break;
    }
    // Skip the init expression up to its `end` (0x0b); constants here are single instructions.
    p++;
    if (op === 0x41 || op === 0x42) [, p] = leb(bytes, p);
    else if (op === 0x43) p += 4;
    else if (op === 0x44) p += 8;
    else if (op === 0x23 || op === 0xd2) [, p] = leb(bytes, p);
    else if (op === 0xd0) p++;
    p++; // end
  }
  if (index < 0) throw new Error('no mutable i32 global (the stack pointer) found');
  const exports = sections.find((s) => s.id === 7);
  if (!exports) throw new Error('the wasm has no export section');
  const [n, entries] = leb(bytes, exports.body);
  const name = new TextEncoder().encode('__fuzz_stack_pointer');
  const entry = [...lebBytes(name.length), ...name, 0x03, ...lebBytes(index)];
  const body = [...lebBytes(n + 1), ...bytes.subarray(entries, exports.end), ...entry];
  const section = [0x07, ...lebBytes(body.length), ...body];
  const out = new Uint8Array(exports.start + section.length + (bytes.length - exports.end));
  out.set(bytes.subarray(0, exports.start), 0);
  out.set(section, exports.start);
  out.set(bytes.subarray(exports.end), exports.start + section.length);
  return out;
}

let loads = 0;
/** A fresh instance of the module: its exports (`m`) and the stack pointer global (`sp`). */
async function load(pkg) {
  const bytes = instrument(readFileSync(path.join(pkg, 'minecalc_wasm_bg.wasm')));
  // A query string gives a fresh copy of the glue (it keeps one instance per copy).
  const m = await import(`${pathToFileURL(path.join(pkg, 'minecalc_wasm.js')).href}?instance=${loads++}`);
  const exports = m.initSync({ module: bytes });
  const sp = exports.__fuzz_stack_pointer;
  if (!(sp instanceof WebAssembly.Global)) throw new Error('instrumentation failed: no stack pointer export');
  return { m, sp, baseline: sp.value };
}

// ---------------------------------------------------------------- seeded randomness

function rng(seed) {
  let s = (seed >>> 0) ^ 0x9e3779b9;
  let t = Math.floor(seed / 2 ** 32) ^ 0x85ebca6b;
  const next = () => {
    // xorshift64-ish on two 32-bit halves, good enough to pick cases.
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    t = (t + 0x6d2b79f5) >>> 0;
    let z = t;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return (((z ^ (z >>> 14)) >>> 0) ^ s) >>> 0;
  };
  const r = {
    int: (n) => next() % n,
    chance: (p) => next() / 2 ** 32 < p,
    pick: (list) => list[next() % list.length],
  };
  return r;
}

// ---------------------------------------------------------------- recipes: values with their source

// A recipe is a JSON-able description of a value; `build` makes the value, `source` writes it
// as JavaScript for a reproducer, `hostile` says whether reading it must fail.
const HOST = 'FUZZ-HOST';

const THROWN = {
  error: () => new Error(HOST),
  string: () => HOST,
  number: () => 4242,
  symbol: () => Symbol(HOST),
  proxy: () => new Proxy({}, { get() { throw new Error(HOST); } }),
  undefined: () => undefined,
};
const THROWN_SOURCE = {
  error: `new Error("${HOST}")`, string: `"${HOST}"`, number: '4242', symbol: `Symbol("${HOST}")`,
  proxy: `new Proxy({}, { get() { throw new Error("${HOST}"); } })`, undefined: 'undefined',
};

/** Values and objects a module must treat as data errors, never as "not given". */
function build(r, ctx) {
  switch (r.t) {
    case 'v': return r.v;
    case 'undef': return undefined;
    case 'num': return Number(r.v);
    case 'big': return BigInt(r.v);
    case 'sym': return Symbol('s');
    case 'fn': return function f() { return 1; };
    case 'long': return r.ch.repeat(r.n);
    case 'arr': return r.items.map((x) => build(x, ctx));
    case 'obj': {
      const o = r.nullProto ? Object.create(null) : {};
      for (const [k, v] of r.f) {
        if (v.t === 'throws') {
          Object.defineProperty(o, k, { enumerable: true, configurable: true, get() { throw THROWN[v.how](); } });
        } else if (v.t === 'reenter') {
          Object.defineProperty(o, k, {
            enumerable: true, configurable: true,
            get() { ctx.m.calculate({ coin: 'ltc', hashrate: '16 GH/s' }); try { ctx.m.calculate({ coin: Symbol('x') }); } catch {} return v.value; },
          });
        } else {
          // defineProperty: `o["__proto__"] = x` would set the prototype, not a field.
          Object.defineProperty(o, k, { value: build(v, ctx), enumerable: true, configurable: true, writable: true });
        }
      }
      return o;
    }
    case 'json': return JSON.parse(r.text);
    case 'proxy': {
      const target = build(r.target, ctx);
      const handler = {};
      handler[r.trap] = () => { throw THROWN[r.how](); };
      return new Proxy(target, handler);
    }
    case 'revoked': { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; }
    case 'valueOf': return { valueOf() { throw THROWN[r.how](); }, toString() { throw THROWN[r.how](); } };
    case 'builtin': return ({
      date: () => new Date(0), nan_date: () => new Date(NaN), regexp: () => /x/g, map: () => new Map([['a', 1]]),
      set: () => new Set([1]), u8: () => new Uint8Array([1, 2]), strobj: () => new String('5'), numobj: () => new Number(5),
      boolobj: () => new Boolean(false), error: () => new Error('e'), promise: () => Promise.resolve(1), weak: () => new WeakMap(),
      holey: () => [1, , 3], huge_len: () => { const a = []; a.length = 2 ** 32 - 1; return a; },
    })[r.v]();
    // Outside an object: an object whose one field throws, and a plain value.
    case 'throws': return build({ t: 'obj', f: [['x', r]] }, ctx);
    case 'reenter': return r.value;
    case 'cycle': { const o = { a: 1 }; o.self = o; return o; }
    case 'deep': { let o = { x: 1 }; for (let i = 0; i < r.n; i++) o = { x: o }; return o; }
    case 'wide': { const o = {}; for (let i = 0; i < r.n; i++) o[`k${i}`] = i; return o; }
    default: throw new Error(`unknown recipe ${r.t}`);
  }
}

function source(r) {
  switch (r.t) {
    case 'v': return JSON.stringify(r.v);
    case 'undef': return 'undefined';
    case 'num': return r.v === '-0' ? '-0' : (r.v.startsWith('-') ? `-${r.v.slice(1)}` : r.v);
    case 'big': return `${r.v}n`;
    case 'sym': return 'Symbol("s")';
    case 'fn': return 'function f() { return 1; }';
    case 'long': return `${JSON.stringify(r.ch)}.repeat(${r.n})`;
    case 'arr': return `[${r.items.map(source).join(', ')}]`;
    case 'obj': {
      const parts = r.f.map(([k, v]) => {
        // A computed key makes `__proto__` an own field, as defineProperty does.
        const key = /^[A-Za-z_$][\w$]*$/.test(k) && k !== '__proto__' ? k : `[${JSON.stringify(k)}]`;
        if (v.t === 'throws') return `get ${key}() { throw ${THROWN_SOURCE[v.how]}; }`;
        if (v.t === 'reenter') return `get ${key}() { calculate({ coin: "ltc", hashrate: "16 GH/s" }); return ${JSON.stringify(v.value)}; }`;
        return `${key}: ${source(v)}`;
      });
      const body = `{ ${parts.join(', ')} }`;
      return r.nullProto ? `Object.assign(Object.create(null), ${body})` : body;
    }
    case 'json': return `JSON.parse(${JSON.stringify(r.text)})`;
    case 'proxy': return `new Proxy(${source(r.target)}, { ${r.trap}() { throw ${THROWN_SOURCE[r.how]}; } })`;
    case 'revoked': return '(() => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; })()';
    case 'valueOf': return `{ valueOf() { throw ${THROWN_SOURCE[r.how]}; }, toString() { throw ${THROWN_SOURCE[r.how]}; } }`;
    case 'builtin': return `/* ${r.v} */ ${({ date: 'new Date(0)', nan_date: 'new Date(NaN)', regexp: '/x/g', map: 'new Map([["a", 1]])', set: 'new Set([1])', u8: 'new Uint8Array([1, 2])', strobj: 'new String("5")', numobj: 'new Number(5)', boolobj: 'new Boolean(false)', error: 'new Error("e")', promise: 'Promise.resolve(1)', weak: 'new WeakMap()', holey: '[1, , 3]', huge_len: 'Object.assign([], { length: 2 ** 32 - 1 })' })[r.v]}`;
    case 'throws': return source({ t: 'obj', f: [['x', r]] });
    case 'reenter': return JSON.stringify(r.value);
    case 'cycle': return '(() => { const o = { a: 1 }; o.self = o; return o; })()';
    case 'deep': return `/* ${r.n} levels */ (() => { let o = { x: 1 }; for (let i = 0; i < ${r.n}; i++) o = { x: o }; return o; })()`;
    case 'wide': return `Object.fromEntries(Array.from({ length: ${r.n} }, (_, i) => ["k" + i, i]))`;
    default: return `/* ${r.t} */`;
  }
}

/** Whether reading `r` must fail: it holds a value that is not data, or reading it throws. */
function hostile(r) {
  switch (r.t) {
    case 'big': case 'sym': case 'fn': case 'throws': case 'revoked': case 'valueOf': return true;
    case 'num': return !Number.isFinite(Number(r.v));
    case 'proxy': return ['get', 'ownKeys', 'getOwnPropertyDescriptor'].includes(r.trap) || hostile(r.target);
    case 'arr': return r.items.some(hostile);
    case 'obj': return r.f.some(([, v]) => hostile(v));
    case 'builtin': return ['promise'].includes(r.v) ? false : false;
    default: return false;
  }
}

const v = (x) => ({ t: 'v', v: x });
const obj = (o) => ({ t: 'obj', f: Object.entries(o).map(([k, x]) => [k, x && typeof x === 'object' && 't' in x ? x : toRecipe(x)]) });
function toRecipe(x) {
  if (Array.isArray(x)) return { t: 'arr', items: x.map(toRecipe) };
  if (x && typeof x === 'object') return obj(x);
  return v(x);
}

// ---------------------------------------------------------------- the exports and their inputs

const RIG = { coin: 'ltc', hashrate: '16 GH/s', powerWatts: 3425, electricityPrice: '0.10' };
const PROJ = { ...RIG, startDate: '2026-01-01', days: 30 };
const CONTRACT = { coin: 'btc', hashrate: '100 TH/s', contractPrice: 1000, contractDays: 30, startDate: '2026-01-01' };
const PORTFOLIO = {
  startDate: '2026-01-01', days: 30, paths: 20,
  positions: [{ kind: 'rig', ...RIG }, { kind: 'hold', coin: 'btc', coins: 1 }, { kind: 'contract', coin: 'btc', hashrate: '100 TH/s', contractPrice: 1000 }],
};

const ESTIMATE_KEYS = ['coin', 'hashrate', 'powerWatts', 'electricityPrice', 'coinPrice', 'difficulty', 'networkHashrate', 'blockReward', 'blockHeight', 'txFeesPerBlock', 'blockTimeSeconds', 'workPerDifficulty', 'poolFeePercent', 'uptimePercent', 'overheadPercent', 'hardwareCost', 'currency', 'market'];
const PROJECTION_KEYS = [...ESTIMATE_KEYS, 'startDate', 'days', 'difficultyGrowthPercentPerMonth', 'priceChangePercentPerYear', 'electricityPriceChangePercentPerYear', 'hashrateDecayPercentPerYear', 'taxPercent', 'shutdownWhenUnprofitable', 'resaleValuePercent', 'offPeakHoursPerDay', 'offPeakElectricityPrice'];
const SIMULATION_KEYS = [...PROJECTION_KEYS, 'priceVolatilityPercentPerYear', 'difficultyVolatilityPercentPerYear', 'paths', 'seed'];
const CONTRACT_KEYS = ['coin', 'hashrate', 'coinPrice', 'difficulty', 'networkHashrate', 'blockHeight', 'blockReward', 'txFeesPerBlock', 'blockTimeSeconds', 'workPerDifficulty', 'poolFeePercent', 'uptimePercent', 'currency', 'contractPrice', 'maintenanceFeePerDay', 'contractDays', 'startDate', 'difficultyGrowthPercentPerMonth', 'priceChangePercentPerYear', 'endsWhenUnprofitable'];
const OUTLAY_KEYS = [...PROJECTION_KEYS, 'contractHashrate', 'maintenanceFeePerDay', 'contractEndsWhenUnprofitable'];
const PORTFOLIO_KEYS = ['startDate', 'days', 'positions', 'correlation', 'priceVolatilityPercentPerYear', 'difficultyVolatilityPercentPerYear', 'paths', 'seed', 'currency', 'priceChangePercentPerYear', 'difficultyGrowthPercentPerMonth'];
const COMPARE_KEYS = ['rig', 'modes', 'electricityPrice', 'poolFeePercent', 'uptimePercent', 'overheadPercent', 'currency', 'coins'];
const ODD_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '', ' coin', 'COIN', 'poolfeepercent', '0', 'length'];

/** One-input exports: name, base input, keys to mutate. */
const INPUTS = {
  calculate: [RIG, ESTIMATE_KEYS],
  project: [PROJ, PROJECTION_KEYS],
  evaluateContract: [CONTRACT, CONTRACT_KEYS],
  compareOutlay: [{ ...PROJ, hardwareCost: 5000, contractHashrate: '10 GH/s' }, OUTLAY_KEYS],
  simulate: [{ ...PROJ, paths: 20 }, SIMULATION_KEYS],
  sensitivity: [PROJ, [...PROJECTION_KEYS, 'deltaPercent']],
  soloOdds: [{ ...RIG, days: 30 }, [...ESTIMATE_KEYS, 'days']],
  compare: [{ rig: 'antminer-l7', electricityPrice: '0.1' }, COMPARE_KEYS],
  portfolio: [PORTFOLIO, PORTFOLIO_KEYS],
  SimulationRun: [{ ...PROJ, paths: 20 }, SIMULATION_KEYS],
  PortfolioRun: [PORTFOLIO, PORTFOLIO_KEYS],
};

// Big but allowed sizes, picked now and then so the sync bounds and slow calls are exercised.
const BIG = [
  { days: 3653, paths: 20000 }, { days: 3653, paths: 10000 }, { days: 3653, paths: 2000 }, { days: 2000, paths: 20000 },
  { days: 3653 }, { days: 3653, paths: 5000 }, { days: 1000, paths: 20000 },
];

/** Hostile scalar and object values for any field. */
function hostileValue(r, depth = 0) {
  const k = r.int(40);
  switch (k) {
    case 0: return { t: 'num', v: r.pick(['NaN', 'Infinity', '-Infinity']) };
    case 1: return { t: 'num', v: r.pick(['-0', '5e-324', '1e-320', '1e-28', '1.5e-29', '1e308', '1.7976931348623157e308', '9007199254740993', '18446744073709551615', '1e21', '-1', '0', '1e-7', '0.1', '123456789.123456789', '-1e308']) };
    case 2: return { t: 'big', v: r.pick(['0', '10', '-1', '18446744073709551616', '365']) };
    case 3: return { t: 'sym' };
    case 4: return { t: 'fn' };
    case 5: return { t: 'throws', how: r.pick(Object.keys(THROWN)) };
    case 6: return { t: 'proxy', target: r.chance(0.5) ? obj({ a: 1 }) : { t: 'arr', items: [v(1)] }, trap: r.pick(['get', 'ownKeys', 'getOwnPropertyDescriptor', 'has', 'getPrototypeOf', 'apply']), how: r.pick(Object.keys(THROWN)) };
    case 7: return { t: 'revoked' };
    case 8: return { t: 'valueOf', how: r.pick(Object.keys(THROWN)) };
    case 9: return { t: 'builtin', v: r.pick(['date', 'nan_date', 'regexp', 'map', 'set', 'u8', 'strobj', 'numobj', 'boolobj', 'error', 'promise', 'weak', 'holey', 'huge_len']) };
    case 10: return { t: 'cycle' };
    case 11: return { t: 'deep', n: r.pick([3, 7, 8, 9, 50, 2000]) };
    case 12: return { t: 'wide', n: r.pick([5, 999, 1001, 5000]) };
    case 13: return { t: 'long', ch: r.pick(['9', '0', '1', 'a', ' ', '\u0661', '\ud800', '<']), n: r.pick([29, 100, 1000, 100000, 1048577]) };
    case 14: return v(r.pick(['', ' ', '\t\n', '\u00a0', '\u3000']));
    case 15: return v(r.pick(['NaN', 'nan', 'Infinity', '-Infinity', 'inf', '1e400', '-1e400', '1e-400', '5e-324', '1e+21', '1e', 'e5', '.', '.5', '5.', '+5', '--5', '1.2.3']));
    case 16: return v(r.pick(['\u0661\u0662\u0663', '\u06f1\u06f2', '\u0967\u0968', '１２', '1,5', '1.000,5', '1 000', '1_000', '0x10', '0b11', '0o7', '1e3', ' 12 ', '12abc', '$12', '12%', '٫٥']));
    case 17: return v(r.pick(['16 GH/s/s', 'GH/s', '16 XH/s', '16 gh/s', '16GH/s', '-16 GH/s', '1e-28 H/s', '1e400 H/s', 'NaN H/s', '16 Sol/s', '16 kW', '3.5 kW', '3.5 GW', '16 GH/s ', '0 H/s', '99999999999999999999999999999999 EH/s']));
    case 18: return v(r.pick(['2026-02-30', '2026-13-01', '2026-00-10', '0000-01-01', '9999-12-31', '10000-01-01', '2026-1-1', '2026-01-01T00:00:00Z', '2026/01/01', '-2026-01-01', '2024-02-29', '2023-02-29', '0001-01-01']));
    case 19: return v(r.pick(['18446744073709551615', '18446744073709551616', '9007199254740993', '10000000001', '10000000000', '-1', '1.5', '1e10', '99999999999999999999999999999999']));
    case 20: return v(r.pick(['<img src=x onerror=alert(1)>', '"><script>', '${x}', '%00', '\u0000', 'NaN', 'nan', 'XXX', 'BTC', 'usd', 'US', 'USDT', 'Ω', 'ltc', 'eth', 'custom', 'doge', 'ETH', 'btc ', 'bitcoin']));
    case 21: return v(r.pick([true, false, null, 0, 1, 100, 101, 3653, 3654, 20000, 20001, 10, 1e9]));
    case 22: return { t: 'undef' };
    case 23: return depth < 2 ? { t: 'arr', items: [hostileValue(r, depth + 1)] } : v([]);
    case 24: return depth < 2 ? { t: 'obj', f: [[r.pick(ODD_KEYS), hostileValue(r, depth + 1)]] } : v({});
    case 25: return { t: 'obj', f: [], nullProto: true };
    case 26: return { t: 'json', text: '{"__proto__": {"coin": "btc"}, "a": 1}' };
    case 27: return { t: 'reenter', value: r.pick(['1', '16 GH/s', 'ltc']) };
    default: return v(r.pick([0, 1, -1, 0.5, 2, 50, '0', '1', '50', '0.1', 'true', 'false', 'yes', 'on', 'x', 'ltc', 'btc', '16 GH/s', '2026-01-01', 30, '30']));
  }
}

/** A mutated input for `name`: the base with one to three fields replaced, added or removed. */
function mutate(r, name) {
  const [base, keys] = INPUTS[name];
  const fields = Object.entries(base).map(([k, x]) => [k, toRecipe(x)]);
  if (r.chance(0.002)) {
    const big = r.pick(BIG);
    for (const [k, x] of Object.entries(big)) set(fields, k, v(x));
    return { t: 'obj', f: fields };
  }
  const n = 1 + r.int(3);
  for (let i = 0; i < n; i++) {
    const roll = r.int(20);
    if (roll === 0 && fields.length) fields.splice(r.int(fields.length), 1);
    else if (roll === 1) set(fields, r.pick(ODD_KEYS), hostileValue(r));
    else if (roll === 2 && /^[pP]ortfolio/.test(name)) {
      // A hostile position, or a hostile field inside one.
      const positions = fields.find(([k]) => k === 'positions');
      if (positions && positions[1].t === 'arr' && positions[1].items.length) {
        const p = positions[1].items[r.int(positions[1].items.length)];
        if (p.t === 'obj') set(p.f, r.pick([...ESTIMATE_KEYS, 'kind', 'coins', 'invested', 'contractPrice', 'contractDays']), hostileValue(r));
      }
    } else set(fields, r.pick(keys), hostileValue(r));
  }
  const input = { t: 'obj', f: fields };
  const wrap = r.int(200);
  if (wrap === 0) return hostileValue(r);
  if (wrap === 1) return { t: 'proxy', target: input, trap: r.pick(['get', 'ownKeys', 'getOwnPropertyDescriptor', 'has']), how: r.pick(Object.keys(THROWN)) };
  if (wrap === 2) return { t: 'arr', items: [input] };
  return input;
}

function set(fields, key, value) {
  const at = fields.findIndex(([k]) => k === key);
  if (at >= 0) fields[at] = [key, value];
  else fields.push([key, value]);
}

// ---------------------------------------------------------------- classification

const ISO_LIKE = /^[A-Z]{3}$/;
const MAX_HEIGHT = 10_000_000_000;

/** Why an output is bad, or null. */
function badOutput(out, name) {
  if (name === 'expectedHeight') {
    return Number.isSafeInteger(out) && out >= 0 && out <= MAX_HEIGHT ? null : `height ${out} is beyond the ${MAX_HEIGHT} project accepts`;
  }
  const seen = new Set();
  const walk = (x, where) => {
    if (typeof x === 'number') return Number.isFinite(x) ? null : `${where} is ${x}`;
    if (typeof x === 'string') {
      if (/NaN|Infinity|undefined|</.test(x)) return `${where} is ${JSON.stringify(x.slice(0, 60))}`;
      return null;
    }
    if (x === null || typeof x !== 'object') return null;
    if (seen.has(x)) return null;
    seen.add(x);
    for (const [k, y] of Object.entries(x)) {
      if (k === 'currency' && !(typeof y === 'string' && ISO_LIKE.test(y) && y !== 'NAN' && y !== 'INF')) return `${where}.currency is ${JSON.stringify(y)}`;
      if (k === 'height' && !(Number.isSafeInteger(y))) return `${where}.height is ${y}`;
      const why = walk(y, `${where}.${k}`);
      if (why) return why;
    }
    return null;
  };
  // Tables shipped with the module (coin notes, rig names) may say anything; check their shape only.
  if (['coins', 'rigs', 'riskDefaults', 'attributeNames'].includes(name)) return null;
  return walk(out, 'result');
}

function isHostException(e) {
  return e === HOST || e === 4242 || (typeof e === 'symbol' && e.description === HOST) ||
    (e instanceof Error && e.message === HOST) || (typeof e === 'object' && e !== null && !(e instanceof Error));
}

/**
 * Runs `f` and classifies it. `expectError`: the input holds a value that must be refused.
 * Returns { cls, detail, ms }.
 */
export function classify(ctx, f, name, expectError, slowMs) {
  const t0 = performance.now();
  let out, thrown, threw = false;
  try {
    out = f();
  } catch (e) {
    threw = true;
    thrown = e;
  }
  const ms = performance.now() - t0;
  const sp = ctx.sp.value;
  let cls, detail = '';
  if (threw && thrown instanceof WebAssembly.RuntimeError) {
    cls = 'panic'; detail = String(thrown.message);
  } else if (sp !== ctx.baseline) {
    cls = 'poisoned'; detail = `stack pointer moved by ${ctx.baseline - sp} bytes`;
  } else if (threw) {
    const isError = thrown instanceof Error;
    const field = isError ? thrown.field : undefined;
    if (isError && typeof field === 'string' && field.length > 0 && thrown.message.startsWith(`${field}:`)) {
      cls = 'field'; detail = thrown.message;
    } else if (isHostException(thrown) || thrown instanceof TypeError || thrown instanceof RangeError) {
      cls = 'escape'; detail = describe(thrown);
    } else {
      cls = 'nofield'; detail = describe(thrown);
    }
  } else if (expectError) {
    cls = 'lax'; detail = 'accepted a non-data value (or answered after free())';
  } else {
    const why = badOutput(out, name);
    cls = why ? 'bad' : 'ok'; detail = why ?? '';
  }
  if (ms > slowMs && (cls === 'ok' || cls === 'field')) {
    cls = 'slow'; detail = `${ms.toFixed(0)} ms`;
  }
  return { cls, detail, ms, out };
}

function describe(e) {
  try {
    if (e instanceof Error) return `${e.constructor.name}: ${e.message}${'field' in e ? ` (field ${String(e.field)})` : ''}`;
    if (typeof e === 'symbol') return e.toString();
    if (typeof e === 'object' && e !== null) return 'an object';
    return `${typeof e} ${String(e)}`;
  } catch {
    return 'an unprintable value';
  }
}

// ---------------------------------------------------------------- cases

/** One case: { name, args: recipes, expect, run(ctx, values) }, or a run-method step. */
function makeCase(r) {
  const roll = r.int(100);
  if (roll < 2) return { name: 'minerReward', args: [r.chance(0.7) ? v(r.pick(['btc', 'ltc', 'doge', 'xmr', 'kas', 'etc', 'zec', 'eth', 'custom'])) : hostileValue(r), r.chance(0.5) ? v(r.pick([0, 840000, 1e9, '210000'])) : hostileValue(r)] };
  if (roll < 4) return { name: 'expectedHeight', args: [r.chance(0.7) ? v(r.pick(['btc', 'kas', 'ltc', 'rvn', 'eth'])) : hostileValue(r), r.chance(0.4) ? v(r.pick(['2026-01-01', '9999-12-31', '0001-01-01', '5000-01-01', '2100-06-30'])) : hostileValue(r)] };
  if (roll < 5) return { name: r.pick(['coins', 'rigs', 'riskDefaults', 'attributeNames']), args: r.chance(0.5) ? [] : [hostileValue(r)] };
  if (roll < 6) return { name: 'Widget', args: [hostileValue(r), hostileValue(r)] };
  if (roll < 14) return { name: r.pick(['SimulationRun', 'PortfolioRun']), run: true };
  const name = r.pick(['calculate', 'calculate', 'calculate', 'project', 'evaluateContract', 'compareOutlay', 'simulate', 'sensitivity', 'soloOdds', 'compare', 'portfolio']);
  return { name, args: [mutate(r, name)] };
}

function call(ctx, name, args) {
  const m = ctx.m;
  switch (name) {
    case 'Widget': return () => new m.Widget(args[0], args[1]);
    case 'attributeNames': return () => m.Widget.attributeNames(...args);
    case 'SimulationRun': return () => new m.SimulationRun(args[0]);
    case 'PortfolioRun': return () => new m.PortfolioRun(args[0]);
    default: return () => m[name](...args);
  }
}

const NO_PARAMS = ['coins', 'rigs', 'riskDefaults', 'attributeNames'];
const METHODS = ['step', 'step', 'step', 'done', 'progress', 'result', 'cancel', 'free', 'free'];

// ---------------------------------------------------------------- the run

/** Tallies and the first reproducers of each failure class. */
class Report {
  constructor() {
    this.counts = { ok: 0, field: 0, panic: 0, poisoned: 0, escape: 0, nofield: 0, lax: 0, bad: 0, slow: 0 };
    this.over1s = 0;
    this.maxMs = 0;
    this.maxName = '';
    this.failures = new Map();
  }
  add(name, res) {
    this.counts[res.cls]++;
    if (res.ms > 1000) this.over1s++;
    if (res.ms > this.maxMs) { this.maxMs = res.ms; this.maxName = name; }
  }
}

const FAILING = new Set(['panic', 'poisoned', 'escape', 'nofield', 'lax', 'bad', 'slow']);

async function main() {
  const o = options(process.argv.slice(2));
  let ctx = await load(o.pkg);
  await selfCheck(ctx, o);
  const r = rng(o.seed);
  const report = new Report();
  const canary = JSON.stringify(ctx.m.calculate({ coin: 'ltc', hashrate: '16 GH/s' }));
  const started = performance.now();
  let done = 0;
  const liveRuns = [];

  const record = async (name, recipes, res, build) => {
    report.add(name, res);
    if (!FAILING.has(res.cls)) return;
    const key = `${res.cls} ${name}`;
    if (!report.failures.has(key) || report.failures.get(key).count < 1) {
      const minimal = recipes ? await minimize(o, name, recipes, res.cls) : null;
      report.failures.set(key, { count: 0, cls: res.cls, name, detail: res.detail, repro: minimal ?? build });
    }
    report.failures.get(key).count++;
    if (res.cls === 'panic' || res.cls === 'poisoned') {
      ctx = await load(o.pkg); // the old instance is broken: carry on with a fresh one
      liveRuns.length = 0;
    }
  };

  while (done < o.cases) {
    const c = makeCase(r);
    if (c.run) {
      // A run: the constructor with a (mostly valid) input, then a few method calls.
      const recipe = r.chance(0.5) ? toRecipe(INPUTS[c.name][0]) : mutate(r, c.name);
      const res = classify(ctx, call(ctx, c.name, [build(recipe, ctx)]), c.name, hostile(recipe), o.slowMs);
      await record(c.name, [recipe], res);
      done++;
      if (res.cls !== 'ok') continue;
      const run = res.out;
      const steps = 1 + r.int(6);
      const trail = [];
      let freed = false;
      for (let i = 0; i < steps && done < o.cases; i++) {
        const method = r.pick(METHODS);
        let arg = v(r.pick([1, 2, 7, 20, 1e6, 0]));
        if (method === 'step' && r.chance(0.3)) arg = hostileValue(r);
        trail.push(method === 'step' ? `step(${source(arg)})` : `${method}()`);
        const value = build(arg, ctx);
        // After free() every method but free must throw (the run was freed).
        const expectError = (freed && method !== 'free') || (method === 'step' && hostile(arg));
        const resM = classify(ctx, () => run[method](value), `${c.name}.${method}`, expectError, o.slowMs);
        if (method === 'free') freed = true;
        const repro = `const run = new ${c.name}(${source(recipe)});\nrun.${trail.join(';\nrun.')};`;
        await record(`${c.name}.${method}`, null, resM, repro);
        done++;
      }
      if (r.chance(0.1)) liveRuns.push(run); // some stay unfreed until garbage collection
      if (liveRuns.length > 50) liveRuns.length = 0;
      continue;
    }
    const values = c.args.map((a) => build(a, ctx));
    // Exports without parameters ignore extra arguments: nothing there must be refused.
    const expectError = !NO_PARAMS.includes(c.name) && c.args.some(hostile);
    const res = classify(ctx, call(ctx, c.name, values), c.name, expectError, o.slowMs);
    await record(c.name, c.args, res);
    done++;
    if (done % 10_000 === 0) {
      const now = JSON.stringify(ctx.m.calculate({ coin: 'ltc', hashrate: '16 GH/s' }));
      if (now !== canary) {
        report.counts.poisoned++;
        report.failures.set(`poisoned canary ${done}`, { count: 1, cls: 'poisoned', name: 'calculate', detail: 'the canary calculation changed', repro: '(all calls before this one)' });
      }
      if (!o.quiet && done % 100_000 === 0) {
        const s = (performance.now() - started) / 1000;
        console.log(`fuzz: ${done} cases in ${s.toFixed(1)} s`);
      }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  print(o, report, done, seconds);
  const failed = [...FAILING].reduce((n, k) => n + report.counts[k], 0);
  process.exitCode = failed > 0 ? 1 : 0;
}

/** Drops fields (top level and one level down) while the class stays `cls`. */
async function minimize(o, name, recipes, cls) {
  const again = async (candidate) => {
    const ctx = await load(o.pkg);
    const expectError = !NO_PARAMS.includes(name) && candidate.some(hostile);
    const res = classify(ctx, call(ctx, name, candidate.map((x) => build(x, ctx))), name, expectError, o.slowMs);
    return res.cls === cls;
  };
  let best = structuredClone(recipes);
  for (let a = 0; a < best.length; a++) {
    const target = best[a].t === 'proxy' ? best[a].target : best[a];
    if (target.t !== 'obj') continue;
    for (let i = target.f.length - 1; i >= 0; i--) {
      const removed = target.f.splice(i, 1)[0];
      if (!(await again(best))) target.f.splice(i, 0, removed);
    }
  }
  return `${name === 'Widget' || name.endsWith('Run') ? `new ${name}` : name}(${best.map(source).join(', ')})`;
}

function print(o, report, done, seconds) {
  const c = report.counts;
  console.log(`\nfuzz: ${done} cases, seed ${o.seed}, in ${seconds.toFixed(1)} s (${Math.round(done / seconds)} calls/s)`);
  console.log(`fuzz: ok ${c.ok}, field errors ${c.field}`);
  console.log(`fuzz: panics ${c.panic}, poisoned ${c.poisoned}, escapes ${c.escape}, errors without field ${c.nofield}, lax ${c.lax}, bad output ${c.bad}, slow (> ${o.slowMs} ms) ${c.slow}`);
  console.log(`fuzz: calls over 1 s: ${report.over1s}; slowest ${report.maxMs.toFixed(0)} ms (${report.maxName})`);
  for (const f of report.failures.values()) {
    console.log(`\n[${f.cls}] ${f.name} ×${f.count}: ${f.detail}\n  reproducer: ${f.repro}`);
  }
}

/** Checks the classifier on one known case of each class, so this step can fail. */
async function selfCheck(ctx, o) {
  const base = { coin: 'ltc', hashrate: '16 GH/s' };
  const expect = (want, f, name = 'calculate', expectError = false, slowMs = o.slowMs) => {
    const got = classify(ctx, f, name, expectError, slowMs);
    if (got.cls !== want) throw new Error(`fuzz self-check: expected ${want}, classified ${got.cls} (${got.detail})`);
  };
  expect('ok', () => ctx.m.calculate(base));
  expect('field', () => ctx.m.calculate({ ...base, poolFeePercent: 150 }));
  // A call that leaves the stack pointer moved, as an exception unwinding through wasm does.
  expect('poisoned', () => { ctx.m.coins(); ctx.sp.value = ctx.baseline - 16; });
  ctx.sp.value = ctx.baseline;
  expect('panic', () => { throw new WebAssembly.RuntimeError('unreachable'); });
  expect('escape', () => { throw new Error(HOST); });
  expect('escape', () => { throw new TypeError('Cannot convert a Symbol value to a string'); });
  expect('nofield', () => { throw new Error('null pointer passed to rust'); });
  expect('lax', () => ctx.m.calculate(base), 'calculate', true);
  expect('bad', () => ({ currency: 'NAN', daily: { coins: '7.94' } }));
  expect('bad', () => 2e10, 'expectedHeight');
  expect('slow', () => { const end = performance.now() + 5; while (performance.now() < end); return {}; }, 'calculate', false, 1);
  // A real unwinding through wasm frames, on a throwaway instance: a method called on an
  // object the class did not construct (wasm-bindgen's null-pointer check throws from inside
  // wasm). Forged receivers are outside the API's contract; they are here to prove the check.
  const victim = await load(o.pkg);
  const forged = classify(victim, () => Object.create(victim.m.SimulationRun.prototype).step(1), 'SimulationRun.step', false, o.slowMs);
  if (forged.cls !== 'poisoned') throw new Error(`fuzz self-check: a real unwinding was classified ${forged.cls}`);
  // Every base input works as given.
  for (const [name, [input]] of Object.entries(INPUTS)) {
    expect('ok', call(ctx, name, [input]), name);
  }
  // The exported global is the real stack pointer: seen from a getter the reader calls, the
  // frames below have moved it; after the call it is back.
  let inside = ctx.baseline;
  ctx.m.calculate({ ...base, get powerWatts() { inside = ctx.sp.value; return 1; } });
  if (!(inside < ctx.baseline) || ctx.sp.value !== ctx.baseline) {
    throw new Error(`fuzz self-check: global ${inside}/${ctx.sp.value} (baseline ${ctx.baseline}) is not the stack pointer`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`fuzz: ${e.stack ?? e}`);
    process.exitCode = 2;
  });
}
