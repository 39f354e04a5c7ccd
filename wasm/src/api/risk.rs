//! JS exports for risk and choice: `simulate`, `sensitivity`, `soloOdds`, `compare`,
//! `portfolio`, `riskDefaults`, and the `SimulationRun` / `PortfolioRun` classes a page steps a
//! little at a time. Conversion only; the statistics live in `minecalc_core::risk`.

use minecalc_core::risk::{
    self, CompareInput, PortfolioInput, PortfolioSimulator, SensitivityInput, SimulationInput,
    Simulator, SoloInput,
};
use wasm_bindgen::prelude::*;

use crate::{core_error, from_js, js_error, to_js};

#[wasm_bindgen(typescript_custom_section)]
const TS_RISK: &'static str = r#"
/**
 * Input of `simulate` and `new SimulationRun`: a projection input plus the noise. The coin
 * price follows geometric Brownian motion around the projection's path and difficulty gets its
 * own lognormal noise; everything else is exactly `project`'s. Results are estimates: the same
 * seed gives the same result on every platform.
 */
export interface SimulationInput extends ProjectionInput {
  /** Annualised price volatility in percent, 0–500. Default: the coin's (see `riskDefaults()`). */
  priceVolatilityPercentPerYear?: DecimalInput;
  /** Annualised volatility of difficulty growth in percent, 0–500. Default 20. */
  difficultyVolatilityPercentPerYear?: DecimalInput;
  /**
   * Simulated paths, 1–20000. Default 2000. `simulate` refuses more than 30,000,000 paths × days
   * (about a quarter of a second) on `paths`: run larger ones with `SimulationRun`.
   */
  paths?: number | string;
  /** Seed of the random stream, 0 to 2^53 − 1. Default 1. */
  seed?: number | string;
}

/** The 5th, 25th, 50th, 75th and 95th percentiles, as decimal strings. */
export interface PercentileBand {
  p5: string;
  p25: string;
  p50: string;
  p75: string;
  p95: string;
}

/** Percentiles of cumulative profit through one day (at most 121 such days, evenly spaced, always the last). */
export interface SimulationPoint extends PercentileBand {
  /** Days elapsed: 1 is the start date. */
  day: number;
  date: DateText;
}

/** Percentiles and mean of a final profit. */
export interface FinalProfit extends PercentileBand {
  mean: string;
}

/**
 * Output of `simulate`. Amounts are decimal strings with 10 significant digits, probabilities
 * exact fractions "0"–"1" (paths that did / all paths), counts are numbers.
 */
export interface Simulation {
  currency: string;
  /** Paths simulated (fewer than asked when a `SimulationRun` is read early). */
  paths: number;
  seed: number;
  days: number;
  startDate: DateText;
  priceVolatilityPercentPerYear: string;
  difficultyVolatilityPercentPerYear: string;
  /** The payback line of the fan chart; null without a hardware cost. */
  hardwareCost: string | null;
  resaleValue: string;
  /** Percentiles of cumulative profit (before hardware cost, like `project`'s cumulativeProfit). */
  points: SimulationPoint[];
  /** Percentiles and mean of totalProfit + resaleValue − hardwareCost. */
  finalProfit: FinalProfit;
  /** Share of paths whose cumulative profit reaches hardwareCost; null without one. */
  probabilityOfPayback: string | null;
  /** Share of paths whose final profit is below 0. */
  probabilityOfLoss: string;
  /** Share of paths whose final profit is above 0 (a path held at 0 by shutdown is neither). */
  probabilityOfProfit: string;
  /** Whether the rig is switched off in hours that lose money. */
  shutdownWhenUnprofitable: boolean;
  /** Share of all simulated days on which the rig runs at all; "1" without shutdown. */
  runningShare: string;
  /** Share of paths on which the rig runs on fewer than half of the days; "0" without shutdown. */
  probabilityMostlyOff: string;
  /** The loss at the 5th percentile of final profit, as a positive amount; "0" when that is no loss. */
  valueAtRisk95: string;
  /** Median days to payback over all paths; null when fewer than half pay back. */
  medianPaybackDays: number | null;
}

/**
 * Input of `sensitivity`: an estimate input (measuring today's daily profit), or with
 * `startDate` a projection input (measuring total profit over `days`, default 365).
 */
export interface SensitivityInput
  extends EstimateInput,
    Partial<Omit<ProjectionInput, keyof EstimateInput>> {
  /** How far each input is moved down and up, in percent: above 0, at most 100. Default 20. */
  deltaPercent?: DecimalInput;
}

export type SensitivityParameter =
  "coinPrice" | "difficulty" | "electricityPrice" | "hashrate" | "powerWatts" | "poolFeePercent";

/** One bar of the tornado chart. */
export interface SensitivityRow {
  /** `difficulty` stands for `networkHashrate` when that was given. */
  parameter: SensitivityParameter;
  /** Today's value (hashrates in base units per second, pool fee in percent). */
  baseValue: string;
  low: { value: string; profit: string };
  high: { value: string; profit: string };
  /** |high.profit − low.profit|. */
  impact: string;
}

/** Daily profit over electricity price (rows) × coin price (columns). */
export interface SensitivityGrid {
  metric: "dailyProfit";
  /** 0 %, 20 %, …, 200 % of today's price (of the break-even price when today's is 0). */
  electricityPrices: string[];
  coinPrices: string[];
  baseElectricityIndex: number;
  baseCoinPriceIndex: number;
  /** profit[i][j] at electricityPrices[i] and coinPrices[j]. */
  profit: string[][];
  breakEvenElectricityPrice: string | null;
  breakEvenCoinPrice: string | null;
}

/** Output of `sensitivity`. */
export interface Sensitivity {
  currency: string;
  metric: "totalProfit" | "dailyProfit";
  /** The projection's days; null for dailyProfit. */
  days: number | null;
  deltaPercent: string;
  baseProfit: string;
  /** Biggest impact first. */
  rows: SensitivityRow[];
  grid: SensitivityGrid;
}

/** Input of `soloOdds`: an estimate input plus the period. */
export interface SoloInput extends EstimateInput {
  /** The period in days, above 0, at most 36525. Default 365. */
  days?: DecimalInput;
}

/** Output of `soloOdds`. Probabilities are fractions "0"–"1". */
export interface SoloOdds {
  coin: string;
  days: string;
  /** This hashrate's share of the network's. */
  shareOfNetwork: string;
  networkBlocksPerDay: string;
  expectedBlocksPerDay: string;
  expectedBlocks: string;
  /** 1 − e^(−expectedBlocks): the chance of at least one block in the period (Poisson). */
  probabilityAtLeastOne: string;
  /** Mean wait for the first block; null at zero uptime or when beyond any representable number. */
  expectedDaysToBlock: string | null;
  /** The wait by which half of all such miners have found one (ln 2 / rate). */
  medianDaysToBlock: string | null;
  /** What one block pays: subsidy (miner share) + fees, in coins and in the currency. */
  blockValue: { coins: string; value: string };
  /** Electricity over the period. */
  electricity: string;
  /** The odds for 1, 7, 30.4375 and 365.25 days. */
  periods: { days: string; expectedBlocks: string; probabilityAtLeastOne: string }[];
}

/** One algorithm a rig mines, for `compare`. */
export interface CompareMode {
  algorithm: Algorithm | string;
  /** With unit, e.g. "97.9 MH/s". */
  hashrate: string;
  powerWatts?: DecimalInput;
}

/** Market figures of one coin that replace its snapshot in `compare`. */
export interface CoinOverride {
  coinPrice?: DecimalInput;
  difficulty?: DecimalInput;
  networkHashrate?: string;
  blockReward?: DecimalInput;
  blockHeight?: DecimalInput;
  txFeesPerBlock?: DecimalInput;
}

/** Input of `compare`: a preset (`rig`) and/or explicit `modes` (they replace the preset's per algorithm). */
export interface CompareInput {
  /** A preset id from `rigs()`, e.g. "rtx-3080". */
  rig?: string;
  modes?: CompareMode[];
  electricityPrice?: DecimalInput;
  poolFeePercent?: DecimalInput;
  uptimePercent?: DecimalInput;
  overheadPercent?: DecimalInput;
  currency?: string;
  /** By coin id, e.g. { etc: { coinPrice: 18 } }. */
  coins?: Record<string, CoinOverride>;
}

/** One row of `compare`: per day, in the currency. */
export interface CompareRow {
  /** A coin id, or "ltc+doge" for merged mining. */
  coin: string;
  name: string;
  algorithm: Algorithm;
  hashrate: string;
  powerWatts: string;
  /** Coins per day; null on the merged row. */
  coins: string | null;
  revenue: string;
  poolFee: string;
  electricity: string;
  profit: string;
  breakEvenElectricityPrice: string | null;
  /** LTC: "doge" — the same work also earns Dogecoin. */
  mergedWith: string | null;
  /** That coin's revenue after pool fee per day. */
  mergedRevenue: string | null;
  snapshotDate: string | null;
}

/** Output of `compare`. */
export interface Comparison {
  currency: string;
  rig: string | null;
  /** Highest daily profit first. */
  rows: CompareRow[];
}

/** Coins bought on day 0 and held, in a portfolio. Give `coins` or `invested`. */
export interface HoldPosition {
  kind: "hold";
  coin: string;
  coins?: DecimalInput;
  invested?: DecimalInput;
  coinPrice?: DecimalInput;
  priceChangePercentPerYear?: DecimalInput;
  currency?: string;
}

/** A rig of one's own in a portfolio: a projection input (startDate and days come from the portfolio). */
export type RigPosition = { kind: "rig" } & Omit<ProjectionInput, "startDate" | "days"> &
  Partial<Pick<ProjectionInput, "startDate" | "days">>;

/** A cloud contract in a portfolio (startDate from the portfolio, contractDays default its days). */
export type ContractPosition = { kind: "contract" } & Omit<ContractInput, "startDate" | "contractDays"> &
  Partial<Pick<ContractInput, "startDate" | "contractDays">>;

export type PortfolioPosition = RigPosition | ContractPosition | HoldPosition;

/** Input of `portfolio` and `new PortfolioRun`. */
export interface PortfolioInput {
  startDate: DateText;
  days: number | string;
  /** 1–10 positions. */
  positions: PortfolioPosition[];
  /** Between any two coins' price shocks, −1 to 1 (at least −1/(n−1) for n coins). Default 0.7. */
  correlation?: DecimalInput;
  /** One value for every coin, or by coin id; default per coin (`riskDefaults()`). */
  priceVolatilityPercentPerYear?: DecimalInput | Record<string, DecimalInput>;
  difficultyVolatilityPercentPerYear?: DecimalInput;
  /**
   * Simulated paths, 1–20000. Default 2000. `portfolio` refuses more than 15,000,000 paths ×
   * days × positions on `paths`: run larger ones with `PortfolioRun`.
   */
  paths?: number | string;
  seed?: number | string;
  /** ISO 4217 code labelling every amount (default "USD"). */
  currency?: string;
  /** Defaults for the positions that do not give their own. */
  priceChangePercentPerYear?: DecimalInput;
  difficultyGrowthPercentPerMonth?: DecimalInput;
}

/** Final-value statistics of one position or of the whole portfolio. */
export interface PositionRisk {
  kind: "rig" | "contract" | "hold" | "portfolio";
  coin: string | null;
  /** Hardware cost, contract price or money invested. */
  outlay: string;
  finalProfit: FinalProfit;
  probabilityOfLoss: string;
  valueAtRisk95: string;
  /** (p95 − p5) / outlay × 100: comparable across sizes; null without an outlay. */
  spreadPercent: string | null;
}

/** Output of `portfolio`. */
export interface Portfolio {
  currency: string;
  paths: number;
  seed: number;
  days: number;
  startDate: DateText;
  correlation: string;
  priceVolatilityPercentPerYear: Record<string, string>;
  difficultyVolatilityPercentPerYear: string;
  /** Percentiles of the whole portfolio's profit after outlays, over time. */
  points: SimulationPoint[];
  combined: PositionRisk;
  positions: PositionRisk[];
  /** The sum of the positions' valueAtRisk95: what it would be without diversification. */
  separateValueAtRisk95: string;
}

/** The defaults of the risk inputs (`riskDefaults()`). */
export interface RiskDefaults {
  paths: number;
  maxPaths: number;
  seed: number;
  maxSeed: number;
  difficultyVolatilityPercentPerYear: string;
  maxVolatilityPercentPerYear: string;
  correlation: string;
  coins: { coin: string; priceVolatilityPercentPerYear: string }[];
  volatilitySource: string;
}
"#;

/// A Monte Carlo simulation of a projection, in one call. For long runs use `SimulationRun`:
/// above [`MAX_SYNC_SIMULATION_WORK`] path-days this throws on `paths`.
#[wasm_bindgen(js_name = simulate, unchecked_return_type = "Simulation")]
pub fn simulate(
    #[wasm_bindgen(unchecked_param_type = "SimulationInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let input = SimulationInput::from_raw(&from_js(input)?).map_err(core_error)?;
    let work = simulation_work(&input);
    within_sync_bound(work.paths, work.per_path, MAX_SYNC_SIMULATION_WORK, &work)?;
    to_js(&risk::simulate(&input).map_err(core_error)?)
}

/// Tornado rows and the break-even grid. Throws an `Error` with `.field` on bad input.
#[wasm_bindgen(js_name = sensitivity, unchecked_return_type = "Sensitivity")]
pub fn sensitivity(
    #[wasm_bindgen(unchecked_param_type = "SensitivityInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    crate::call(input, SensitivityInput::from_raw, risk::sensitivity)
}

/// Solo-mining odds: expected blocks, the chance of at least one, the wait, a block's value.
#[wasm_bindgen(js_name = soloOdds, unchecked_return_type = "SoloOdds")]
pub fn solo_odds(
    #[wasm_bindgen(unchecked_param_type = "SoloInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    crate::call(input, SoloInput::from_raw, risk::solo_odds)
}

/// Every coin a rig can mine, ranked by today's daily profit.
#[wasm_bindgen(js_name = compare, unchecked_return_type = "Comparison")]
pub fn compare(
    #[wasm_bindgen(unchecked_param_type = "CompareInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    crate::call(input, CompareInput::from_raw, risk::compare)
}

/// A portfolio simulated with correlated prices, in one call. For long runs use
/// `PortfolioRun`: above [`MAX_SYNC_PORTFOLIO_WORK`] path-days × positions this throws on
/// `paths`.
#[wasm_bindgen(js_name = portfolio, unchecked_return_type = "Portfolio")]
pub fn portfolio(
    #[wasm_bindgen(unchecked_param_type = "PortfolioInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let input = PortfolioInput::from_raw(&from_js(input)?).map_err(core_error)?;
    let work = portfolio_work(&input);
    within_sync_bound(work.paths, work.per_path, MAX_SYNC_PORTFOLIO_WORK, &work)?;
    to_js(&risk::portfolio(&input).map_err(core_error)?)
}

/// The defaults of every risk input, with the per-coin volatility table.
#[wasm_bindgen(js_name = riskDefaults, unchecked_return_type = "RiskDefaults")]
pub fn risk_defaults() -> Result<JsValue, JsValue> {
    to_js(&risk::risk_defaults())
}

/// Work a synchronous `simulate` may do, in simulated path-days (paths × days): about 0.25 s
/// on a 2-core 2020s laptop, in Node or Chromium. Larger runs go to `SimulationRun`.
pub const MAX_SYNC_SIMULATION_WORK: u64 = 30_000_000;
/// Work a synchronous `portfolio` may do, in path-days × positions: about 0.3 s on the same
/// machine. Larger runs go to `PortfolioRun`.
pub const MAX_SYNC_PORTFOLIO_WORK: u64 = 15_000_000;
/// Work one `SimulationRun.step` does at most (about 0.1 s); a larger `paths` is cut to it and
/// `progress()` says how far the run got.
pub const MAX_STEP_SIMULATION_WORK: u64 = 10_000_000;
/// Work one `PortfolioRun.step` does at most (about 0.1 s).
pub const MAX_STEP_PORTFOLIO_WORK: u64 = 5_000_000;

/// The size of a run: paths, and the work per path (days, times positions for a portfolio).
#[derive(Debug, Clone, Copy)]
struct Work {
    paths: u64,
    per_path: u64,
    /// The unit of `per_path` and the class that runs it in steps, for messages.
    unit: &'static str,
    class: &'static str,
}

fn simulation_work(input: &SimulationInput) -> Work {
    Work {
        paths: u64::from(input.paths),
        per_path: u64::from(input.projection.days),
        unit: "days",
        class: "SimulationRun",
    }
}

fn portfolio_work(input: &PortfolioInput) -> Work {
    let positions = input.positions.len().max(1) as u64;
    Work {
        paths: u64::from(input.paths),
        per_path: u64::from(input.days) * positions,
        unit: "days × positions",
        class: "PortfolioRun",
    }
}

/// Refuses a synchronous run whose work exceeds `bound`, naming `paths` and the chunked class.
fn within_sync_bound(paths: u64, per_path: u64, bound: u64, work: &Work) -> Result<(), JsValue> {
    let total = paths.saturating_mul(per_path);
    if total <= bound {
        return Ok(());
    }
    Err(js_error(
        "paths",
        &format!(
            "paths: {paths} paths × {per_path} {} is {total}, more than the {bound} one call \
             may simulate without blocking the page; use fewer paths, or {} to run it in steps",
            work.unit, work.class
        ),
    ))
}

/// What the two run classes share: stepping within a bound, cancelling, and refusing use
/// after `free()` with an `Error` (the generated `free()` would leave a null pointer that
/// makes every later call throw from inside wasm).
#[derive(Debug)]
struct Chunked<S> {
    /// `None` once freed.
    sim: Option<S>,
    cancelled: bool,
    /// The most paths one step may simulate.
    step_paths: usize,
    class: &'static str,
}

/// The core's two chunked simulators, seen alike.
trait Stepper {
    fn run(&mut self, n: usize) -> f64;
    fn done(&self) -> bool;
    fn progress(&self) -> f64;
}

impl Stepper for Simulator {
    fn run(&mut self, n: usize) -> f64 {
        Simulator::run(self, n)
    }
    fn done(&self) -> bool {
        Simulator::done(self)
    }
    fn progress(&self) -> f64 {
        Simulator::progress(self)
    }
}

impl Stepper for PortfolioSimulator {
    fn run(&mut self, n: usize) -> f64 {
        PortfolioSimulator::run(self, n)
    }
    fn done(&self) -> bool {
        PortfolioSimulator::done(self)
    }
    fn progress(&self) -> f64 {
        PortfolioSimulator::progress(self)
    }
}

impl<S: Stepper> Chunked<S> {
    fn new(sim: S, work: Work, step_bound: u64) -> Self {
        let step_paths = (step_bound / work.per_path.max(1)).max(2);
        Chunked {
            sim: Some(sim),
            cancelled: false,
            step_paths: usize::try_from(step_paths).unwrap_or(usize::MAX),
            class: work.class,
        }
    }

    fn sim(&self) -> Result<&S, JsValue> {
        self.sim.as_ref().ok_or_else(|| {
            js_error(
                "run",
                &format!(
                    "run: this {} was freed; create a new one to simulate again",
                    self.class
                ),
            )
        })
    }

    fn step(&mut self, paths: &JsValue) -> Result<f64, JsValue> {
        self.sim()?;
        let n = paths
            .as_f64()
            .filter(|n| n.fract() == 0.0 && *n >= 0.0)
            .ok_or_else(|| {
                let got = crate::describe(paths);
                js_error(
                    "paths",
                    &format!("paths: must be a whole number, 0 or more, got {got}"),
                )
            })?;
        // `n as usize` saturates; the cap keeps one step short.
        let n = (n as usize).min(self.step_paths);
        match self.sim.as_mut() {
            Some(sim) if !self.cancelled => Ok(sim.run(n)),
            Some(sim) => Ok(sim.progress()),
            None => Ok(1.0),
        }
    }

    fn done(&self) -> Result<bool, JsValue> {
        let sim = self.sim()?;
        Ok(self.cancelled || sim.done())
    }

    fn progress(&self) -> Result<f64, JsValue> {
        Ok(self.sim()?.progress())
    }

    fn cancel(&mut self) -> Result<(), JsValue> {
        self.sim()?;
        self.cancelled = true;
        Ok(())
    }

    fn free(&mut self) {
        self.sim = None;
    }
}

/// A simulation stepped by the page: `new SimulationRun(input)`, then `step(paths)` from a
/// timer or `requestIdleCallback` until `done()`, then `result()`. Any split into steps gives
/// the one-shot `simulate` result exactly. One step simulates at most
/// [`MAX_STEP_SIMULATION_WORK`] path-days, so a large `paths` returns early. `cancel()` stops
/// a stale run (its `result()` keeps the paths simulated so far); `free()` releases it, after
/// which every method throws an `Error` with `field: "run"`.
#[wasm_bindgen]
#[derive(Debug)]
pub struct SimulationRun {
    run: Chunked<Simulator>,
}

#[wasm_bindgen]
impl SimulationRun {
    /// Validates the input and prepares the run. Throws an `Error` with `.field` on bad input.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "SimulationInput")] input: JsValue,
    ) -> Result<SimulationRun, JsValue> {
        let raw = from_js(input)?;
        let input = SimulationInput::from_raw(&raw).map_err(core_error)?;
        let sim = Simulator::new(&input).map_err(core_error)?;
        Ok(SimulationRun {
            run: Chunked::new(sim, simulation_work(&input), MAX_STEP_SIMULATION_WORK),
        })
    }

    /// Simulates about `paths` more paths (whole antithetic pairs; at most 10,000,000 paths ×
    /// days a step, about 0.1 s) and returns the progress, 0–1. `paths` must be a whole number.
    pub fn step(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "number")] paths: JsValue,
    ) -> Result<f64, JsValue> {
        self.run.step(&paths)
    }

    /// Whether the run has nothing left to do: every path simulated, or cancelled.
    pub fn done(&self) -> Result<bool, JsValue> {
        self.run.done()
    }

    /// Paths simulated over paths asked for, 0–1.
    pub fn progress(&self) -> Result<f64, JsValue> {
        self.run.progress()
    }

    /// Stops the run: `step` does nothing more, `done()` is true, and `result()` gives the
    /// paths simulated so far.
    pub fn cancel(&mut self) -> Result<(), JsValue> {
        self.run.cancel()
    }

    /// Releases the run's memory. Later calls throw an `Error` saying the run was freed.
    #[wasm_bindgen(js_name = free)]
    pub fn release(&mut self) {
        self.run.free();
    }

    /// The statistics of the paths simulated so far (all of them once `done()`).
    #[wasm_bindgen(unchecked_return_type = "Simulation")]
    pub fn result(&self) -> Result<JsValue, JsValue> {
        to_js(&self.run.sim()?.finish().map_err(core_error)?)
    }
}

/// A portfolio simulation stepped by the page, like `SimulationRun` (at most
/// [`MAX_STEP_PORTFOLIO_WORK`] path-days × positions a step).
#[wasm_bindgen]
#[derive(Debug)]
pub struct PortfolioRun {
    run: Chunked<PortfolioSimulator>,
}

#[wasm_bindgen]
impl PortfolioRun {
    /// Validates the input and prepares the run. Throws an `Error` with `.field` on bad input.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "PortfolioInput")] input: JsValue,
    ) -> Result<PortfolioRun, JsValue> {
        let raw = from_js(input)?;
        let input = PortfolioInput::from_raw(&raw).map_err(core_error)?;
        let sim = PortfolioSimulator::new(&input).map_err(core_error)?;
        Ok(PortfolioRun {
            run: Chunked::new(sim, portfolio_work(&input), MAX_STEP_PORTFOLIO_WORK),
        })
    }

    /// Simulates up to `paths` more paths (at most 5,000,000 paths × days × positions a step,
    /// about 0.1 s) and returns the progress, 0–1. `paths` must be a whole number.
    pub fn step(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "number")] paths: JsValue,
    ) -> Result<f64, JsValue> {
        self.run.step(&paths)
    }

    /// Whether the run has nothing left to do: every path simulated, or cancelled.
    pub fn done(&self) -> Result<bool, JsValue> {
        self.run.done()
    }

    /// Paths simulated over paths asked for, 0–1.
    pub fn progress(&self) -> Result<f64, JsValue> {
        self.run.progress()
    }

    /// Stops the run; `result()` gives the paths simulated so far.
    pub fn cancel(&mut self) -> Result<(), JsValue> {
        self.run.cancel()
    }

    /// Releases the run's memory. Later calls throw an `Error` saying the run was freed.
    #[wasm_bindgen(js_name = free)]
    pub fn release(&mut self) {
        self.run.free();
    }

    /// The statistics of the paths simulated so far.
    #[wasm_bindgen(unchecked_return_type = "Portfolio")]
    pub fn result(&self) -> Result<JsValue, JsValue> {
        to_js(&self.run.sim()?.finish().map_err(core_error)?)
    }
}
