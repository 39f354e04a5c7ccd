//! JS exports for money over time: `project`, `evaluateContract` and `compareOutlay`, with
//! their TypeScript types. Conversion only; the rules live in `minecalc_core::project` and
//! `minecalc_core::contract`.

use js_sys::{Function, Object, Reflect};
use minecalc_core::contract::{self, ContractInput, OutlayInput};
use minecalc_core::date::Date;
use minecalc_core::project::{self, ProjectionDay, ProjectionInput};
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TIME: &'static str = r#"
/** A calendar date written "YYYY-MM-DD". */
export type DateText = string;

/**
 * Input of `project`: an estimate input (its values are day 0) plus the horizon and the
 * market path. Growth compounds per day: a monthly rate r becomes (1 + r)^(1/30.4375) a day,
 * a yearly one (1 + r)^(1/365.25); day k's value is start × factor^k.
 */
export interface ProjectionInput extends EstimateInput {
  /** Day 0, "YYYY-MM-DD". Required: the calculator reads no clock, pass today. */
  startDate: DateText;
  /** Number of days, 1–3653 (ten years). Required. */
  days: number | string;
  /** Difficulty (or network hashrate) growth per average month, in percent; above -100, at most 1000. Default 0. */
  difficultyGrowthPercentPerMonth?: DecimalInput;
  /** Coin price change per year, in percent; above -100, at most 10000. Default 0. */
  priceChangePercentPerYear?: DecimalInput;
  /** Electricity price change per year (peak and off-peak), in percent; above -100. Default 0. */
  electricityPriceChangePercentPerYear?: DecimalInput;
  /** Hashrate lost per year by ageing hardware, 0 to below 100 percent (power stays). Default 0. */
  hashrateDecayPercentPerYear?: DecimalInput;
  /** Tax on each day's positive profit, 0–100. Default 0. */
  taxPercent?: DecimalInput;
  /** Run only in hours that earn more than their electricity. Default true. */
  shutdownWhenUnprofitable?: boolean | string;
  /** Share of `hardwareCost` recovered by reselling the hardware at the end, 0–100. Default 0. */
  resaleValuePercent?: DecimalInput;
  /** Hours a day at the off-peak price, 0–24 (`electricityPrice` is then the peak price). */
  offPeakHoursPerDay?: DecimalInput;
  /** Off-peak price per kWh; required with `offPeakHoursPerDay`. */
  offPeakElectricityPrice?: DecimalInput;
}

/** One day of a projection; amounts are decimal strings in the input's currency. */
export interface ProjectionDay {
  date: DateText;
  /** Height of the day's first block (Kaspa: DAA score). */
  height: number;
  /** Average miner reward per block over the day's blocks, fees excluded (a halving in mid-day splits it). */
  reward: string;
  /** Difficulty (network-hashrate form: the equivalent difficulty). */
  difficulty: string;
  coinPrice: string;
  /** The (peak) price per kWh that day. */
  electricityPrice: string;
  hoursRun: string;
  coins: string;
  revenue: string;
  poolFee: string;
  electricity: string;
  tax: string;
  profit: string;
  cumulativeProfit: string;
}

/** A change of the per-block reward of at least 10 % (halvings, ETC eras; not Kaspa's monthly steps). */
export interface Halving {
  /** The day whose blocks include the first block at the new reward. */
  date: DateText;
  height: number;
  rewardBefore: string;
  rewardAfter: string;
}

/** Output of `project`. */
export interface Projection {
  currency: string;
  startDate: DateText;
  /** The last day of the series. */
  endDate: DateText;
  daysPerMonth: string;
  daysPerYear: string;
  /**
   * The daily series. Parsed when first read (reading the totals costs no day objects); an
   * enumerable accessor, so `JSON.stringify`, spreading and `structuredClone` see the array.
   */
  days: ProjectionDay[];
  totalCoins: string;
  totalRevenue: string;
  totalPoolFee: string;
  totalElectricity: string;
  totalTax: string;
  totalProfit: string;
  hardwareCost: string | null;
  /** hardwareCost × resaleValuePercent ("0" without a hardware cost). */
  resaleValue: string;
  /** First day whose cumulative profit reaches hardwareCost; null if never or without one. */
  paybackDate: DateText | null;
  /** (totalProfit + resaleValue − hardwareCost) / hardwareCost × 100; null without a hardware cost. */
  roiPercent: string | null;
  halvings: Halving[];
}

/**
 * Input of `evaluateContract`: a cloud-mining contract. Takes the market fields of
 * `EstimateInput` (coin, hashrate = contracted, coinPrice, difficulty or networkHashrate,
 * blockHeight, blockReward, txFeesPerBlock, blockTimeSeconds, workPerDifficulty,
 * poolFeePercent, uptimePercent, currency); powerWatts, electricityPrice, overheadPercent and
 * hardwareCost are refused.
 */
export interface ContractInput
  extends Omit<EstimateInput, "powerWatts" | "electricityPrice" | "overheadPercent" | "hardwareCost" | "hashrate"> {
  /** The contracted hashrate, e.g. "100 TH/s". Give this or `hashrate` (older inputs), not both. */
  contractHashrate?: string;
  /** The contracted hashrate under its older name; used when `contractHashrate` is absent. */
  hashrate?: string;
  /** Paid up front, greater than 0. Required. */
  contractPrice: DecimalInput;
  /** For the whole contract, per day, in the currency. Default 0. Not with `maintenanceFeePerUnitPerDay`. */
  maintenanceFeePerDay?: DecimalInput;
  /**
   * Per display unit of hashrate per day, as providers quote it: per TH/s (SHA-256, kHeavyHash),
   * GH/s (Scrypt), MH/s (Etchash, KawPow), kH/s (RandomX) or kSol/s (Equihash). Not with
   * `maintenanceFeePerDay`.
   */
  maintenanceFeePerUnitPerDay?: DecimalInput;
  /** Contract length in days, 1–3653. Required. */
  contractDays: number | string;
  /** Day 0, "YYYY-MM-DD". Required. */
  startDate: DateText;
  difficultyGrowthPercentPerMonth?: DecimalInput;
  priceChangePercentPerYear?: DecimalInput;
  /** The provider stops the contract once the daily fee exceeds the day's revenue. Default true. */
  endsWhenUnprofitable?: boolean | string;
}

/** One day of a contract. */
export interface ContractDay {
  date: DateText;
  /** Coins credited, after the pool fee. */
  coins: string;
  /** coins × price. */
  revenue: string;
  /** The maintenance fee. */
  fee: string;
  /** revenue − fee. */
  profit: string;
  cumulativeProfit: string;
  /** Coins held so far if none are sold. */
  heldCoins: string;
}

/** contractPrice spent on the coin on day 0 and held to the end of the term. */
export interface HoldAlternative {
  coins: string;
  endValue: string;
  profit: string;
}

/** Output of `evaluateContract`. */
export interface ContractEvaluation {
  currency: string;
  startDate: DateText;
  /** The term's last day. */
  endDate: DateText;
  contractDays: number;
  daysPerMonth: string;
  daysPerYear: string;
  /** The days the contract ran (it stops before `endedEarlyOn`). */
  days: ContractDay[];
  totalCoins: string;
  totalRevenue: string;
  totalFees: string;
  contractPrice: string;
  /** totalRevenue − totalFees − contractPrice (coins sold daily). */
  netProfit: string;
  /** The coin price at startDate + contractDays. */
  endCoinPrice: string;
  /** totalCoins × endCoinPrice − totalFees − contractPrice (coins kept to the end). */
  heldCoinsValue: string;
  /** netProfit / contractPrice × 100. */
  roiPercent: string;
  paybackDate: DateText | null;
  /** The first day the provider did not run the contract, or null. */
  endedEarlyOn: DateText | null;
  holdAlternative: HoldAlternative;
  /** The highest profit; ties go to buyCoin, then cloudSell, then cloudHold. */
  verdict: "cloudSell" | "cloudHold" | "buyCoin";
  halvings: Halving[];
  /** The contracted hashrate in `hashrateUnit`, e.g. "100". */
  contractHashrate: string;
  /** The display unit of `contractHashrate` and the fee per unit, e.g. "TH/s". */
  hashrateUnit: string;
  /** The fee charged for each day run, for the whole contract. */
  maintenanceFeePerDay: string;
  /** The same fee per `hashrateUnit` per day. */
  maintenanceFeePerUnitPerDay: string;
  /** Which fee field gave the fee ("perDay" also when none was given). */
  maintenanceFeeBasis: "perDay" | "perUnitPerDay";
  /** The coin price on startDate, at which holdAlternative buys. */
  startCoinPrice: string;
  /** priceChangePercentPerYear is 0: buying the coin and holding it neither gains nor loses. */
  flatPrice: boolean;
}

/**
 * Input of `compareOutlay`: a projection whose `hardwareCost` (required) is the outlay, plus
 * the cloud contract the same money buys for the same days.
 */
export interface OutlayInput extends ProjectionInput {
  hardwareCost: DecimalInput;
  /** The hashrate a contract priced at the outlay buys, e.g. "150 TH/s". Required. */
  contractHashrate: string;
  /** The contract's daily fee. Default 0. Not with `maintenanceFeePerUnitPerDay`. */
  maintenanceFeePerDay?: DecimalInput;
  /** The fee per display unit of `contractHashrate` (TH/s, …) per day. Not with `maintenanceFeePerDay`. */
  maintenanceFeePerUnitPerDay?: DecimalInput;
  /** Default true. */
  contractEndsWhenUnprofitable?: boolean | string;
}

/** One use of the outlay: profit after getting the outlay back, after tax. */
export interface Outcome {
  profit: string;
  /** profit / outlay × 100. */
  roiPercent: string;
  /** When the cash flows repay the outlay (hardware and cloudSell only; before tax). */
  paybackDate: DateText | null;
}

/** Output of `compareOutlay`: the same money, the same days, the same market path. */
export interface OutlayComparison {
  currency: string;
  outlay: string;
  startDate: DateText;
  endDate: DateText;
  days: number;
  /** Applied alike to each option's positive final profit. */
  taxPercent: string;
  hardware: Outcome;
  cloudSell: Outcome;
  cloudHold: Outcome;
  buyCoin: Outcome;
  cloudEndedEarlyOn: DateText | null;
  /** Coins the outlay buys on day 0. */
  coinsBought: string;
  /** The highest profit; ties go to buyCoin, cloudSell, cloudHold, hardware in that order. */
  best: "hardware" | "cloudSell" | "cloudHold" | "buyCoin";
}
"#;

/// One rig day by day over `days` from `startDate`: halvings, growth, shutdown, tariffs, tax,
/// payback and ROI. Throws an `Error` with `.field` on bad input.
///
/// Ten years of days are 51,000 fields. Set one by one across the wasm boundary (a string
/// decoded per key and per value, as `serde_wasm_bindgen` does) they took two thirds of the
/// call. Instead the core writes the projection as JSON text (`project::json`, rounding as it
/// goes) and `JSON.parse` builds the objects natively, with the same keys in the same order
/// and the same strings. The daily series is kept as packed exact values and written and
/// parsed when `days` is first read ([`lazy_days`]): a page that wants the totals, payback
/// and ROI does not pay for 3,653 day objects.
#[wasm_bindgen(js_name = project, unchecked_return_type = "Projection")]
pub fn project(
    #[wasm_bindgen(unchecked_param_type = "ProjectionInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let raw = crate::from_js(input)?;
    let input = ProjectionInput::from_raw(&raw).map_err(crate::core_error)?;
    let exact = project::project_unrounded(&input).map_err(crate::core_error)?;
    let unreadable = || crate::js_error("output", "output: could not be converted");
    let head = js_sys::JSON::parse(&project::json::write_head(&exact)).map_err(|_| unreadable())?;
    let packed = js_sys::Uint8Array::from(pack(&exact.days).as_slice());
    lazy_days(&head, packed.into()).ok_or_else(unreadable)?;
    Ok(head)
}

/// Bytes per packed day: date and height, then twelve amounts as `Decimal::serialize` writes
/// them.
const DAY_BYTES: usize = 8 + 8 + 12 * 16;

/// The exact days in bytes, for keeping in the JS heap (where their size counts towards the
/// garbage collector's pace, as wasm memory would not) until `days` is read.
fn pack(days: &[ProjectionDay]) -> Vec<u8> {
    let mut out = Vec::with_capacity(days.len() * DAY_BYTES);
    for d in days {
        out.extend_from_slice(&d.date.days_since_epoch().to_le_bytes());
        out.extend_from_slice(&d.height.to_le_bytes());
        for v in d.decimals() {
            out.extend_from_slice(&v.serialize());
        }
    }
    out
}

/// The days [`pack`] wrote (`None` for bytes it did not write).
fn unpack(bytes: &[u8]) -> Option<Vec<ProjectionDay>> {
    let word = |b: &[u8]| b.try_into().ok().map(u64::from_le_bytes);
    let amount = |b: &[u8]| b.try_into().ok().map(Decimal::deserialize);
    bytes
        .chunks_exact(DAY_BYTES)
        .map(|d| {
            let a = |i: usize| amount(&d[16 + i * 16..32 + i * 16]);
            Some(ProjectionDay {
                date: Date::from_days_since_epoch(word(&d[..8])? as i64)?,
                height: word(&d[8..16])?,
                reward: a(0)?,
                difficulty: a(1)?,
                coin_price: a(2)?,
                electricity_price: a(3)?,
                hours_run: a(4)?,
                coins: a(5)?,
                revenue: a(6)?,
                pool_fee: a(7)?,
                electricity: a(8)?,
                tax: a(9)?,
                profit: a(10)?,
                cumulative_profit: a(11)?,
            })
        })
        .collect()
}

/// The parsed days of a cell holding packed ones (`null` if they cannot be read).
#[inline(never)]
fn materialize(packed: JsValue) -> JsValue {
    packed
        .dyn_into::<js_sys::Uint8Array>()
        .ok()
        .and_then(|bytes| unpack(&bytes.to_vec()))
        .and_then(|days| js_sys::JSON::parse(&project::json::write_days(&days)).ok())
        .unwrap_or(JsValue::NULL)
}

thread_local! {
    /// The getter and setter behind every projection's `days`, made once. Each projection
    /// binds them to its own cell (`{ packed }`, then `{ days }`), a bare JS object, so the
    /// packed days and the parsed series live (and are collected) with the projection in the
    /// JS heap.
    static DAYS_ACCESSORS: (Function, Function) = {
        let get = Closure::<dyn Fn(JsValue) -> JsValue>::new(|cell: JsValue| {
            let parsed = Reflect::get(&cell, &"days".into()).unwrap_or(JsValue::UNDEFINED);
            if !parsed.is_undefined() {
                return parsed;
            }
            let packed = Reflect::get(&cell, &"packed".into()).unwrap_or(JsValue::UNDEFINED);
            let parsed = materialize(packed);
            let _ = Reflect::set(&cell, &"days".into(), &parsed);
            let _ = Reflect::delete_property(cell.unchecked_ref::<Object>(), &"packed".into());
            parsed
        });
        let set = Closure::<dyn Fn(JsValue, JsValue)>::new(|cell: JsValue, value: JsValue| {
            let _ = Reflect::set(&cell, &"days".into(), &value);
            let _ = Reflect::delete_property(cell.unchecked_ref::<Object>(), &"packed".into());
        });
        // Module-long: the closures are never freed (two per loaded module).
        (get.into_js_value().unchecked_into(), set.into_js_value().unchecked_into())
    };
}

/// Makes `projection.days` (a `null` placeholder, so the key keeps its place) an enumerable
/// accessor that unpacks `packed` (the exact days, see [`pack`]), writes and parses their JSON
/// on first read, and returns that same array from then on; assigning to it stores the value
/// assigned, as for a data property.
/// `JSON.stringify`, spreading, `structuredClone` and `postMessage` read through it.
fn lazy_days(projection: &JsValue, packed: JsValue) -> Option<()> {
    // Without a prototype, so no setter or getter a page put on `Object.prototype` runs.
    let bare = || Object::create(JsValue::NULL.unchecked_ref());
    let cell = bare();
    Reflect::set(&cell, &"packed".into(), &packed).ok()?;
    let (get, set) = DAYS_ACCESSORS.with(|(g, s)| {
        (
            g.bind1(&JsValue::NULL, &cell),
            s.bind1(&JsValue::NULL, &cell),
        )
    });
    let descriptor = bare();
    Reflect::set(&descriptor, &"get".into(), &get).ok()?;
    Reflect::set(&descriptor, &"set".into(), &set).ok()?;
    Reflect::set(&descriptor, &"enumerable".into(), &JsValue::TRUE).ok()?;
    Reflect::set(&descriptor, &"configurable".into(), &JsValue::TRUE).ok()?;
    Reflect::define_property(
        projection.unchecked_ref::<Object>(),
        &"days".into(),
        &descriptor,
    )
    .ok()
    .filter(|defined| *defined)
    .map(|_| ())
}

/// A cloud-mining contract day by day, against holding its coins and against buying the
/// coin with the contract price. Throws an `Error` with `.field` on bad input.
#[wasm_bindgen(js_name = evaluateContract, unchecked_return_type = "ContractEvaluation")]
pub fn evaluate_contract(
    #[wasm_bindgen(unchecked_param_type = "ContractInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    crate::call(input, ContractInput::from_raw, contract::evaluate_contract)
}

/// Owning a rig, a cloud contract and buying the coin, for the same outlay and market path.
/// Throws an `Error` with `.field` on bad input.
#[wasm_bindgen(js_name = compareOutlay, unchecked_return_type = "OutlayComparison")]
pub fn compare_outlay(
    #[wasm_bindgen(unchecked_param_type = "OutlayInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    crate::call(input, OutlayInput::from_raw, contract::compare_outlay)
}
