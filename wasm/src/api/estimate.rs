//! JS exports for today's estimate: `calculate`, `minerReward`, `expectedHeight`, `coins` and
//! `rigs`, with their
//! TypeScript types. Conversion only; the arithmetic lives in `minecalc_core::estimate`.

use minecalc_core::estimate::EstimateInput;
use minecalc_core::{Raw, coins, estimate, rigs};
use wasm_bindgen::prelude::*;

use crate::{core_error, read, to_js};

#[wasm_bindgen(typescript_custom_section)]
const TS_ESTIMATE: &'static str = r#"
/**
 * A decimal amount: JS numbers are accepted, strings are exact ("0.1"), both rounded to 28
 * decimal places. NaN, ±Infinity, BigInt (write 10n as 10 or "10"), Symbol and functions are
 * refused with an error on the field, never taken as "not given". Outputs are strings.
 */
export type DecimalInput = number | string;

/** Input of `calculate`. Fields not given take the coin's dated snapshot or the stated default. */
export interface EstimateInput {
  /** Coin id: "btc", "bch", "ltc", "doge", "xmr", "zec", "etc", "kas", "rvn" or "custom" ("eth" throws). */
  coin: string;
  /** Hashrate with unit: "200 TH/s", "420 kSol/s", "26783 H/s" (k, M, G, T, P, E = powers of 1000). */
  hashrate: string;
  /** Power in watts (a number), or text like "3.5 kW". Default 0. */
  powerWatts?: DecimalInput;
  /** Price of electricity per kWh. Default 0. */
  electricityPrice?: DecimalInput;
  /** Price of one coin (default: the market data's USD price, converted to `currency`; required for custom coins). */
  coinPrice?: DecimalInput;
  /** Chain difficulty (default: the snapshot's). Give this or `networkHashrate`, not both. */
  difficulty?: DecimalInput;
  /** Total network hashrate with unit, e.g. "600 EH/s": the network-hashrate form. */
  networkHashrate?: string;
  /** Miner's reward per block in coins (default: the schedule at `blockHeight`). */
  blockReward?: DecimalInput;
  /** Block height (Kaspa: DAA score) for the reward schedule (default: the snapshot's). */
  blockHeight?: DecimalInput;
  /** Transaction fees per block going to the miner, in coins. Default 0. */
  txFeesPerBlock?: DecimalInput;
  /** Seconds per block (custom coins, network-hashrate form). Default: the coin's. */
  blockTimeSeconds?: DecimalInput;
  /** Expected hashes per block at difficulty 1 (custom coins with `difficulty`). */
  workPerDifficulty?: DecimalInput;
  /** Pool fee, 0–100. Default 0. */
  poolFeePercent?: DecimalInput;
  /** Share of the time the rig runs, 0–100. Default 100. */
  uptimePercent?: DecimalInput;
  /** Extra power for cooling and PSU losses, 0–100 % of `powerWatts`. Default 0. */
  overheadPercent?: DecimalInput;
  /** Price paid for the hardware, for `paybackDays`. */
  hardwareCost?: DecimalInput;
  /** ISO 4217 code of every amount (default "USD", case-insensitive). Amounts you give are
   *  taken as they are; the market data's USD price is converted at its dated FX rate (a
   *  currency without a rate needs `coinPrice`). */
  currency?: string;
  /** Market data (`minecalc-market` JSON text or its parsed object) that replaces the
   *  built-in snapshot's figures, coin by coin. */
  market?: string | object;
  /** Exchange rates that override the market data's: `{ date: "2026-12-01", source?, usdTo: { EUR: "0.95" } }`. */
  fx?: { date: string; source?: string; usdTo: { [code: string]: DecimalInput } };
}

/** One period's totals; every amount is a decimal string. */
export interface Period {
  coins: string;
  revenue: string;
  poolFee: string;
  electricity: string;
  profit: string;
}

/** A value with its unit, e.g. { value: "17.5", unit: "J/TH" }. */
export interface Rate {
  value: string;
  unit: string;
}

/** The resolved inputs an estimate used (decimal strings; null when not applicable). */
export interface Assumptions {
  coin: string;
  currency: string;
  coinPrice: string;
  difficulty: string | null;
  networkHashrate: string | null;
  workPerDifficulty: string;
  workPerBlock: string;
  blockReward: string;
  blockRewardSource: "input" | "schedule";
  blockHeight: number;
  blockTimeSeconds: string;
  txFeesPerBlock: string;
  /** In base units per second (H/s or Sol/s). */
  hashrate: string;
  hashUnit: "H/s" | "Sol/s";
  powerWatts: string;
  electricityPrice: string;
  poolFeePercent: string;
  uptimePercent: string;
  overheadPercent: string;
  hardwareCost: string | null;
  blocksPerDay: string;
  /** The market data's date when any market figure came from it, else null. */
  snapshotDate: string | null;
  /** The market data in use when any figure came from it: date, source, origin. */
  market: { date: string; source: string; origin: "builtin" | "feed"; builtinFigures: string[] } | null;
  /** The FX rate the market data's USD price was converted at, when it was. */
  fx: { usdTo: string; date: string; source: string } | null;
}

/** Output of `calculate`. Month = 30.4375 days (average month), year = 365.25 days. */
export interface Estimate {
  daily: Period;
  monthly: Period;
  yearly: Period;
  daysPerMonth: string;
  daysPerYear: string;
  breakEvenElectricityPrice: string | null;
  breakEvenCoinPrice: string | null;
  paybackDays: string | null;
  efficiency: Rate;
  hashprice: Rate;
  currency: string;
  assumptions: Assumptions;
}

/** A dated market snapshot; figures go stale, the date says how stale. */
export interface Snapshot {
  date: string;
  priceUsd: string;
  difficulty: string;
  height: number;
  feesPerBlock: string;
  source: string;
  /** "builtin" (this build's snapshot) or "feed" (market data the site supplied). */
  origin: "builtin" | "feed";
  /** Figures a feed lacked, taken from the built-in snapshot. */
  builtinFigures: string[];
  /** The built-in snapshot's date. */
  builtinDate: string;
}

export type Algorithm =
  "sha256" | "scrypt" | "randomX" | "equihash" | "etchash" | "kHeavyHash" | "kawPow" | "none" | "custom";

/** A coin the calculator knows (`coins()`). */
export interface CoinInfo {
  id: string;
  name: string;
  ticker: string;
  algorithm: Algorithm;
  algorithmName: string;
  hashUnit: "H/s" | "Sol/s";
  /** The unit hashrates are usually quoted in, e.g. "TH/s". */
  displayHashUnit: string;
  blockTimeSeconds: string;
  workPerDifficulty: string;
  minerShare: string;
  mineable: boolean;
  note: string;
  snapshot: Snapshot;
}

/** One algorithm a rig mines. */
export interface RigMode {
  algorithm: Algorithm;
  /** With unit, e.g. "200 TH/s". */
  hashrate: string;
  powerWatts: string;
}

/** A hardware preset (`rigs()`). */
export interface Rig {
  id: string;
  name: string;
  maker: string;
  kind: "asic" | "gpu" | "cpu";
  /** Spec-sheet or launch month, "YYYY-MM". */
  date: string;
  modes: RigMode[];
  /** Where the hashrate and power figures come from. */
  specSource: string;
  /** A line for readers (what the figures assume, why a price is missing). */
  note: string;
  /** A dated typical price of a new unit, or null where none could be sourced. */
  price: RigPrice | null;
}

/** A typical rig price from the market data. */
export interface RigPrice {
  /** Decimal string. */
  value: string;
  currency: string;
  /** "YYYY-MM" or "YYYY-MM-DD". */
  date: string;
  source: string;
}

/**
 * Errors thrown by this module: the message names the field; `field` holds its name. A getter
 * or Proxy trap that throws while its field is read gives `field: could not be read (…)`; a run
 * used after `free()` gives `field: "run"`.
 */
export interface MinecalcError extends Error {
  field: string;
}
"#;

#[cfg(feature = "api")]
/// Today's estimate for one rig on one coin. Throws an `Error` with `.field` on bad input.
#[wasm_bindgen(js_name = calculate, unchecked_return_type = "Estimate")]
pub fn calculate(
    #[wasm_bindgen(unchecked_param_type = "EstimateInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    crate::call(input, EstimateInput::from_raw, estimate::estimate)
}

#[cfg(feature = "api")]
/// The coins a miner receives per block at `height` (Kaspa: DAA score), fees excluded, as a
/// decimal string. `height` may be a number or a decimal string; omitted means the snapshot's.
#[wasm_bindgen(js_name = minerReward, unchecked_return_type = "string")]
pub fn miner_reward(
    #[wasm_bindgen(unchecked_param_type = "string")] coin: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "number | string")] height: JsValue,
) -> Result<JsValue, JsValue> {
    let mut raw = Raw::map();
    raw.set("coin", read(&coin, "coin")?);
    raw.set("blockHeight", read(&height, "blockHeight")?);
    let reward = coins::miner_reward_raw(&raw).map_err(core_error)?;
    Ok(JsValue::from_str(&reward.to_string()))
}

#[cfg(feature = "api")]
/// The block height (Kaspa: DAA score) a coin is expected to have on `date` ("YYYY-MM-DD"):
/// the snapshot's height plus one block per block time since the snapshot's date. Pass it as
/// `blockHeight` to `project` so halvings land on their expected dates.
#[wasm_bindgen(js_name = expectedHeight)]
pub fn expected_height(
    #[wasm_bindgen(unchecked_param_type = "string")] coin: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] date: JsValue,
) -> Result<f64, JsValue> {
    let mut raw = Raw::map();
    raw.set("coin", read(&coin, "coin")?);
    raw.set("date", read(&date, "date")?);
    let height = coins::expected_height_raw(&raw).map_err(core_error)?;
    // Heights stay far below 2^53, so the JS number is exact.
    Ok(height as f64)
}

#[cfg(feature = "api")]
/// Every coin the calculator knows, mineable or not, in display order.
#[wasm_bindgen(js_name = coins, unchecked_return_type = "CoinInfo[]")]
pub fn coin_list() -> Result<JsValue, JsValue> {
    let list: Vec<coins::CoinInfo> = coins::all().iter().map(coins::Coin::info).collect();
    to_js(&list)
}

/// A preset with its typical price from the market data (null where none is sourced).
#[derive(serde::Serialize)]
struct PricedRig {
    #[serde(flatten)]
    rig: &'static rigs::Rig,
    price: Option<minecalc_core::market::RigPrice>,
}

#[cfg(feature = "api")]
/// Every rig preset: ASICs, then GPUs, then CPUs, each with its dated typical price.
#[wasm_bindgen(js_name = rigs, unchecked_return_type = "Rig[]")]
pub fn rig_list() -> Result<JsValue, JsValue> {
    let list: Vec<PricedRig> = rigs::all()
        .iter()
        .map(|rig| PricedRig {
            rig,
            price: minecalc_core::market::rig_price(rig.id, None),
        })
        .collect();
    to_js(&list)
}
