// Golden error vectors for the JS boundary: every file in tests/vectors/errors/ holds cases
// `{ source, call, input | args, expect: { field, message } }`; each call must throw an Error
// whose `field` is `expect.field`, whose message starts with that field and contains
// `expect.message`, and must leave the wasm stack pointer where it was. Run by
// `cargo xtask test` (and directly: `node tests/fuzz/error-vectors.mjs`) against www/pkg.
//
// JSON cannot hold the hostile values, so a value `{ "$": kind, ... }` stands for one:
//   NaN, Infinity, -Infinity, -0, undefined, symbol, function,
//   { "$": "bigint", "v": "10" }, { "$": "number", "v": "5e-324" },
//   { "$": "repeat", "text": "9", "times": 100000 },
//   { "$": "throws", "with": "error" | "string" | "number" | "symbol" }  (as a field: a getter that throws),
//   { "$": "proxy", "trap": "get" | "ownKeys" | ..., "target": value }, { "$": "revoked" },
//   { "$": "deep", "levels": 9 }, { "$": "wide", "fields": 1001 }, { "$": "cycle" },
//   { "$": "freed", "class": "SimulationRun", "input": value, "method": "step", "args": [...] }
//     (the call is that method on a run freed first).
// Keys are set with defineProperty, so `"__proto__"` is an ordinary own field.

import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { instrument } from './fuzz.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = process.env.MINECALC_ROOT ?? path.resolve(here, '../..');
const pkg = path.join(root, 'www/pkg');
const dir = path.join(root, 'tests/vectors/errors');

const m = await import(pathToFileURL(path.join(pkg, 'minecalc_wasm.js')).href);
const exports = m.initSync({ module: instrument(readFileSync(path.join(pkg, 'minecalc_wasm_bg.wasm'))) });
const sp = exports.__fuzz_stack_pointer;
const baseline = sp.value;

const THROW = {
  error: () => new Error('thrown by the host'),
  string: () => 'thrown by the host',
  number: () => 4242,
  symbol: () => Symbol('thrown by the host'),
};

function value(x) {
  if (Array.isArray(x)) return x.map(value);
  if (x === null || typeof x !== 'object') return x;
  if (!('$' in x)) {
    const o = {};
    for (const [k, v] of Object.entries(x)) {
      if (v && typeof v === 'object' && v.$ === 'throws') {
        Object.defineProperty(o, k, { enumerable: true, get() { throw THROW[v.with ?? 'error'](); } });
      } else {
        Object.defineProperty(o, k, { enumerable: true, writable: true, value: value(v) });
      }
    }
    return o;
  }
  switch (x.$) {
    case 'NaN': return NaN;
    case 'Infinity': return Infinity;
    case '-Infinity': return -Infinity;
    case '-0': return -0;
    case 'undefined': return undefined;
    case 'symbol': return Symbol('s');
    case 'function': return () => 1;
    case 'bigint': return BigInt(x.v);
    case 'number': return Number(x.v);
    case 'repeat': return x.text.repeat(x.times);
    case 'throws': return value({ x: x });
    case 'proxy': {
      const handler = { [x.trap]() { throw THROW[x.with ?? 'error'](); } };
      return new Proxy(value(x.target ?? {}), handler);
    }
    case 'revoked': { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; }
    case 'deep': { let o = {}; for (let i = 0; i < x.levels; i++) o = { x: o }; return o; }
    case 'wide': return Object.fromEntries(Array.from({ length: x.fields }, (_, i) => [`k${i}`, i]));
    case 'cycle': { const o = {}; o.self = o; return o; }
    default: throw new Error(`unknown special value ${x.$}`);
  }
}

function invoke(c) {
  const args = c.args ? c.args.map(value) : [value(c.input)];
  if (c.call === 'SimulationRun' || c.call === 'PortfolioRun') return () => new m[c.call](args[0]);
  if (c.call === 'Widget') return () => new m.Widget(args[0], args[1]);
  if (c.call === 'freed') {
    const run = new m[c.class](value(c.input));
    run.free();
    return () => run[c.method](...(c.methodArgs ?? []).map(value));
  }
  return () => m[c.call](...args);
}

const failures = [];
let count = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const cases = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  for (const [i, c] of cases.entries()) {
    count++;
    const where = `${file}[${i}] (${c.source})`;
    let thrown, threw = false;
    try {
      invoke(c)();
    } catch (e) {
      threw = true;
      thrown = e;
    }
    const moved = baseline - sp.value;
    if (moved !== 0) {
      failures.push(`${where}: the stack pointer moved by ${moved} bytes`);
      sp.value = baseline;
    } else if (!threw) {
      failures.push(`${where}: did not throw`);
    } else if (!(thrown instanceof Error) || thrown.field !== c.expect.field) {
      failures.push(`${where}: expected field ${c.expect.field}, got ${thrown instanceof Error ? `${thrown.field} (${thrown.message})` : String(typeof thrown)}`);
    } else if (!thrown.message.startsWith(`${thrown.field}:`) || !thrown.message.includes(c.expect.message)) {
      failures.push(`${where}: expected a message containing ${JSON.stringify(c.expect.message)}, got ${JSON.stringify(thrown.message)}`);
    }
  }
}
console.log(`error vectors: ${count - failures.length} of ${count} passed`);
for (const f of failures) console.log(`  FAIL ${f}`);
process.exitCode = failures.length ? 1 : 0;
