//! Projections over time: one rig, day by day, through difficulty growth, price and
//! electricity-price changes, ageing hardware, halvings and eras, shutdown in unprofitable
//! hours, off-peak tariffs, tax and resale, with the payback date and ROI.
//!
//! # The rules, in one place
//!
//! **Days.** Day 0 is `startDate`; day `k` is `startDate + k`. A projection has `days` days
//! (1–3653, ten years). Day 0 uses the start values exactly as [`crate::estimate`] would.
//!
//! **Compounding.** A month is 30.4375 days and a year 365.25 days (as everywhere in the
//! core). A monthly rate `r` becomes the daily factor `f = (1 + r)^(1/30.4375)`, a yearly rate
//! `(1 + r)^(1/365.25)`; day `k`'s value is `start × f^k`, so after exactly one average month
//! (year) the value has grown by `r`. The factor is computed once, in `Decimal`, as
//! `exp(ln(1 + r) / period)` (accurate to about 27 significant digits; tested against
//! `f^487 = (1 + r)^16` and `f^1461 = (1 + r)^4`); each day multiplies the previous day's value
//! by it (accumulated rounding stays below 10^-24 relative over ten years). Difficulty (or
//! network hashrate) grows by `difficultyGrowthPercentPerMonth`, the coin price by
//! `priceChangePercentPerYear`, both electricity prices (peak and off-peak) by
//! `electricityPriceChangePercentPerYear`, and the rig's hashrate falls by
//! `hashrateDecayPercentPerYear` (ageing hardware: its power draw stays the same). Rates may be
//! negative (greater than −100 %); the decay is 0 or more and below 100 %.
//!
//! **Heights and rewards.** The chain advances `86400 / blockTimeSeconds` blocks a day (not
//! necessarily a whole number: ETC's 13 s gives 6646.15…). Day `k` covers the block positions
//! `[h₀ + k·n, h₀ + (k+1)·n)`, block `h` occupying `[h, h + 1)`, and each block earns the
//! reward at its own height: the day's `reward` is the average miner reward over those blocks
//! (fees excluded), so a halving in mid-day splits the day (BTC from height 209,900: 100 blocks
//! at 50 and 44 at 25, average 42.361…). The sum is taken piecewise over runs of blocks that
//! pay the same; a run's end is found by galloping and bisection over
//! [`crate::coins::miner_reward`] (every schedule in the table is monotone in height), so a
//! day costs no reward look-up unless it reaches a new run, and ten years of BTC (525,960
//! blocks) take a few dozen look-ups in all, never one per block. An explicit `blockReward`
//! holds the reward constant (no schedule, no halvings). `txFeesPerBlock` is held constant in
//! coins. `blockHeight` defaults to the coin snapshot's height, as in the estimate.
//!
//! **Halvings reported.** `halvings` lists every change of the per-block miner reward of at
//! least 10 % (halvings, ZEC's Blossom and halvings, ETC's 20 % eras, DOGE's early halvings),
//! dated on the day whose blocks include the first block at the new reward. Kaspa's monthly
//! 2^(−1/12) ≈ 5.6 % steps are not listed (they would put twelve markers a year on a chart);
//! they show in each day's `reward`.
//!
//! **A day's money.** With `H` the day's hashrate, `W` the day's work per block
//! (`difficulty × workPerDifficulty`, or network hashrate × block time) and `R` the day's
//! average reward plus fees, a rig running all 24 hours mines `H · 86400 · R / W` coins,
//! computed as the estimate's coins per day at the start values and reward `R`, times
//! `(hashrate factor / difficulty factor)^k`. The day splits into hour classes: with an
//! off-peak tariff, `offPeakHoursPerDay` hours at `offPeakElectricityPrice` and the rest at
//! `electricityPrice` (the peak price); without one, 24 hours at `electricityPrice`. Each class
//! runs `hours × uptime` hours and yields coins in proportion, revenue = coins × price, pool
//! fee = revenue × pool fee %, electricity = kW × (1 + overhead) × hours × that class's price.
//! With `shutdownWhenUnprofitable` (the default) a class runs only when its revenue after pool
//! fee exceeds its electricity (so a rig that pays only at off-peak rates runs only those
//! hours, and a day's profit is never negative); without it every class runs. `hoursRun` is
//! the sum of the running classes' hours. `tax` is `taxPercent` of the day's profit when that
//! is positive (tax is settled per day: losses are not carried forward), and `profit` is after
//! it.
//!
//! **Totals.** `cumulativeProfit` is the running sum of `profit`; `paybackDate` is the first day
//! on which it reaches `hardwareCost` (null without a hardware cost, or if never);
//! `resaleValue = hardwareCost × resaleValuePercent`, received at the end;
//! `roiPercent = (totalProfit + resaleValue − hardwareCost) / hardwareCost × 100` (null without
//! a hardware cost; a cost of 0 counts as none). Amounts are exact `Decimal`s internally and
//! rounded to 12 decimal places only in the returned values. Arithmetic that leaves Decimal's
//! range (e.g. difficulty ×11 a month for years) is an [`Error::Overflow`] naming the rate.
//!
//! **Cost.** About thirty Decimal operations a day, a dozen of them products of two
//! 28-digit numbers (the growth factors' powers times amounts) that must be rounded back into
//! 96 bits: 3653 days take about 4 ms in Chromium with every feature on. The day engine runs
//! in two parts: the chain's side of each day ([`DayPath`]: date, height, reward, coins of 24
//! hours, difficulty, price) and then the rig's money. A front end that recomputes as the
//! reader types keeps the path ([`project_unrounded_with`]): a new electricity price, power
//! or tariff then costs only the money, with the same digits and the same errors.
//! [`json::write`] writes the result as JSON text several times faster than serde would.

pub mod json;

use crate::num::Checked;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, MathematicalOps};
use rust_decimal_macros::dec;
use serde::Serialize;

use crate::date::Date;
use crate::error::{Error, Result};
pub use crate::estimate::{DAYS_PER_MONTH, DAYS_PER_YEAR};
use crate::estimate::{EstimateInput, Network, add, div, mul, output as out, sub};
use crate::raw::{Fields, Raw};
use crate::units::{EnergyPrice, Percent};

/// The longest projection: ten years of days (3652.5, rounded up).
pub const MAX_DAYS: u64 = 3653;

/// The fields [`ProjectionInput::read`] adds to [`crate::estimate::ESTIMATE_FIELDS`].
pub const PROJECTION_FIELDS: [&str; 11] = [
    "startDate",
    "days",
    "difficultyGrowthPercentPerMonth",
    "priceChangePercentPerYear",
    "electricityPriceChangePercentPerYear",
    "hashrateDecayPercentPerYear",
    "taxPercent",
    "shutdownWhenUnprofitable",
    "resaleValuePercent",
    "offPeakHoursPerDay",
    "offPeakElectricityPrice",
];

/// Largest accepted monthly difficulty growth, in percent (×11 a month).
const MAX_MONTHLY_GROWTH: Decimal = dec!(1000);
/// Largest accepted yearly price change, in percent (×101 a year).
const MAX_YEARLY_CHANGE: Decimal = dec!(10000);

/// A cheaper electricity price for some hours of every day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OffPeak {
    /// Hours a day at the off-peak price, 0–24.
    pub hours_per_day: Decimal,
    /// The off-peak price (on day 0; it changes at the electricity rate like the peak price).
    pub price: EnergyPrice,
}

/// How the market moves from the start values. Rates are in percent per average month or
/// year (see the module documentation for the compounding rule).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MarketPath {
    /// `difficultyGrowthPercentPerMonth` (applies to a given network hashrate alike).
    pub difficulty_growth_percent_per_month: Decimal,
    /// `priceChangePercentPerYear`.
    pub price_change_percent_per_year: Decimal,
}

impl MarketPath {
    /// Reads the two market-path rates (both default to 0).
    pub fn read(f: &Fields) -> Result<Self> {
        Ok(MarketPath {
            difficulty_growth_percent_per_month: growth(
                f,
                "difficultyGrowthPercentPerMonth",
                MAX_MONTHLY_GROWTH,
            )?,
            price_change_percent_per_year: growth(
                f,
                "priceChangePercentPerYear",
                MAX_YEARLY_CHANGE,
            )?,
        })
    }
}

/// A validated projection input: an estimate input plus the horizon, the market path and the
/// rig's circumstances.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectionInput {
    /// The start values (day 0) and the rig.
    pub estimate: EstimateInput,
    /// Day 0. The core reads no clock: front ends pass today.
    pub start_date: Date,
    /// Number of days, 1–3653.
    pub days: u32,
    pub market: MarketPath,
    /// `electricityPriceChangePercentPerYear`.
    pub electricity_price_change_percent_per_year: Decimal,
    /// `hashrateDecayPercentPerYear`: 0 or more, below 100.
    pub hashrate_decay_percent_per_year: Decimal,
    /// `taxPercent`, charged on each day's positive profit.
    pub tax: Percent,
    /// `shutdownWhenUnprofitable` (default true).
    pub shutdown_when_unprofitable: bool,
    /// `resaleValuePercent` of `hardwareCost`, received at the end.
    pub resale_value: Percent,
    /// `offPeakHoursPerDay` with `offPeakElectricityPrice`.
    pub off_peak: Option<OffPeak>,
}

impl ProjectionInput {
    /// Validates a loosely typed input object and rejects unknown fields.
    pub fn from_raw(raw: &Raw) -> Result<Self> {
        Fields::read_all(raw, Self::read)
    }

    /// Reads the estimate fields, then the projection's own (see [`PROJECTION_FIELDS`]),
    /// without rejecting others.
    pub fn read(f: &Fields) -> Result<Self> {
        let estimate = EstimateInput::read(f)?;
        let (start_date, days) = read_horizon(f, "days")?;
        let market = MarketPath::read(f)?;
        let electricity_price_change_percent_per_year =
            growth(f, "electricityPriceChangePercentPerYear", MAX_YEARLY_CHANGE)?;
        let decay_key = "hashrateDecayPercentPerYear";
        let hashrate_decay_percent_per_year = match f.decimal(decay_key)? {
            None => Decimal::ZERO,
            Some(v) if v >= Decimal::ZERO && v < Decimal::ONE_HUNDRED => v,
            Some(v) => {
                return Err(Error::range(
                    f.name(decay_key),
                    "0 or more and less than 100",
                    v.normalize(),
                ));
            }
        };
        let tax = Percent::new(f.percent("taxPercent")?.unwrap_or_default());
        let shutdown_when_unprofitable = f.boolean("shutdownWhenUnprofitable")?.unwrap_or(true);
        let resale_value = Percent::new(f.percent("resaleValuePercent")?.unwrap_or_default());
        let hours = f.decimal_in("offPeakHoursPerDay", Some(Decimal::ZERO), Some(dec!(24)))?;
        let price = f.non_negative("offPeakElectricityPrice")?;
        let off_peak = match (hours, price) {
            (Some(hours_per_day), Some(p)) => Some(OffPeak {
                hours_per_day,
                price: EnergyPrice::per_kwh(p),
            }),
            (None, None) => None,
            (Some(_), None) => {
                return Err(Error::Missing {
                    field: f.name("offPeakElectricityPrice"),
                });
            }
            (None, Some(_)) => {
                return Err(Error::Missing {
                    field: f.name("offPeakHoursPerDay"),
                });
            }
        };
        Ok(ProjectionInput {
            estimate,
            start_date,
            days,
            market,
            electricity_price_change_percent_per_year,
            hashrate_decay_percent_per_year,
            tax,
            shutdown_when_unprofitable,
            resale_value,
            off_peak,
        })
    }
}

/// Reads `startDate` (required) and the day count under `days_key` (required, 1–3653), and
/// checks that the last day is a representable date.
pub(crate) fn read_horizon(f: &Fields, days_key: &str) -> Result<(Date, u32)> {
    let start = Date::read(f, "startDate")?.ok_or_else(|| Error::Missing {
        field: f.name("startDate"),
    })?;
    let days = f
        .integer_in(days_key, 1, MAX_DAYS)?
        .ok_or_else(|| Error::Missing {
            field: f.name(days_key),
        })?;
    // `days` ≤ 3653 fits in u32; the last day must exist in the calendar (up to 9999-12-31).
    let days =
        u32::try_from(days).map_err(|_| Error::range(f.name(days_key), "at most 3653", days))?;
    // Day 0 is the start date, so the last day is `days - 1` after it.
    let last = i64::from(days) - 1;
    if start.add_days(last).is_none() {
        let latest = Date::MAX.add_days(-last).unwrap_or(Date::MIN);
        return Err(Error::range(
            f.name("startDate"),
            format!("no later than {latest} for {days} days"),
            start,
        ));
    }
    Ok((start, days))
}

/// A growth rate in percent: greater than −100, at most `max`; 0 when not given.
fn growth(f: &Fields, key: &str, max: Decimal) -> Result<Decimal> {
    match f.decimal(key)? {
        None => Ok(Decimal::ZERO),
        Some(v) if v > -Decimal::ONE_HUNDRED && v <= max => Ok(v),
        Some(v) => Err(Error::range(
            f.name(key),
            format!("greater than -100 and at most {max}"),
            v.normalize(),
        )),
    }
}

/// The daily factor of a rate of `percent` per `period_days`: `(1 + percent/100)^(1/period)`,
/// computed as `exp(ln(1 + r) / period)`. Exactly 1 for a zero rate. `field` names the rate.
pub fn daily_factor(percent: Decimal, period_days: Decimal, field: &str) -> Result<Decimal> {
    compound(percent, Decimal::ONE, period_days, field)
}

/// The factor `days` of growth at `percent` per `period_days` compound to:
/// `(1 + percent/100)^(days/period)`. Front ends use it to estimate today's difficulty from
/// dated data.
pub fn growth_factor(
    percent: Decimal,
    period_days: Decimal,
    days: i64,
    field: &str,
) -> Result<Decimal> {
    compound(percent, Decimal::from(days), period_days, field)
}

/// `(1 + percent/100)^(days/period)` as `exp(ln(1 + r) × days / period)`; exactly 1 for a zero
/// rate or no days.
fn compound(percent: Decimal, days: Decimal, period_days: Decimal, field: &str) -> Result<Decimal> {
    if percent.is_zero() || days.is_zero() {
        return Ok(Decimal::ONE);
    }
    let base = percent
        .div_checked(Decimal::ONE_HUNDRED)
        .and_then(|r| r.add_checked(Decimal::ONE))
        .filter(|b| *b > Decimal::ZERO)
        .ok_or_else(|| Error::range(field, "greater than -100", percent.normalize()))?;
    base.checked_ln()
        .and_then(|l| l.mul_checked(days))
        .and_then(|l| l.div_checked(period_days))
        .and_then(|x| x.checked_exp())
        .ok_or_else(|| Error::overflow(field))
}

/// One day of a projection. Amounts are in the currency of `coinPrice`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProjectionDay {
    pub date: Date,
    /// Height of the day's first block.
    pub height: u64,
    /// Average miner reward per block over the day's blocks, fees excluded.
    pub reward: Decimal,
    /// Network difficulty (with a network hashrate given: the equivalent difficulty,
    /// hashrate × block time / workPerDifficulty).
    pub difficulty: Decimal,
    pub coin_price: Decimal,
    /// The (peak) electricity price per kWh.
    pub electricity_price: Decimal,
    pub hours_run: Decimal,
    pub coins: Decimal,
    pub revenue: Decimal,
    pub pool_fee: Decimal,
    pub electricity: Decimal,
    pub tax: Decimal,
    pub profit: Decimal,
    pub cumulative_profit: Decimal,
}

/// A change of the per-block miner reward of at least 10 %.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Halving {
    /// The day whose blocks include the first block at the new reward.
    pub date: Date,
    /// The first height at the new reward.
    pub height: u64,
    pub reward_before: Decimal,
    pub reward_after: Decimal,
}

/// A projection's daily series and totals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Projection {
    /// The currency of every amount (the input's `currency`, default USD).
    pub currency: String,
    pub start_date: Date,
    /// The last day of the series.
    pub end_date: Date,
    /// The month and year lengths behind the growth rates: "30.4375" and "365.25".
    pub days_per_month: Decimal,
    pub days_per_year: Decimal,
    pub days: Vec<ProjectionDay>,
    pub total_coins: Decimal,
    pub total_revenue: Decimal,
    pub total_pool_fee: Decimal,
    pub total_electricity: Decimal,
    pub total_tax: Decimal,
    pub total_profit: Decimal,
    pub hardware_cost: Option<Decimal>,
    /// `hardwareCost × resaleValuePercent` (0 without a hardware cost).
    pub resale_value: Decimal,
    /// First day whose cumulative profit reaches `hardwareCost`.
    pub payback_date: Option<Date>,
    /// `(totalProfit + resaleValue − hardwareCost) / hardwareCost × 100`.
    pub roi_percent: Option<Decimal>,
    pub halvings: Vec<Halving>,
}

/// Projects `input` day by day. See the module documentation for every rule.
pub fn project(input: &ProjectionInput) -> Result<Projection> {
    project_unrounded(input).map(Projection::rounded)
}

/// [`project_unrounded`] taking the chain's side of the days from `path` when only the rig's
/// money inputs changed since it was filled (see [`DayPath`]); the result is the same.
pub fn project_unrounded_with(input: &ProjectionInput, path: &mut DayPath) -> Result<Projection> {
    run_with(input, path)?.projection(input)
}

/// [`project`] before the output rounding: every amount exact (totals, payback and ROI are
/// the same figures `project` rounds). For comparisons built on it, and for front ends that
/// draw the series and round it only for the days they show or export
/// ([`Projection::rounded`], [`ProjectionDay::rounded`]).
pub fn project_unrounded(input: &ProjectionInput) -> Result<Projection> {
    run(input)?.projection(input)
}

/// An unrounded run of the day engine: the series, the halvings crossed and the coin price
/// at the end of the horizon (`startDate + days`).
#[derive(Debug, Clone)]
pub(crate) struct Run {
    pub days: Vec<ProjectionDay>,
    pub halvings: Vec<Halving>,
    /// The coin price on the day after the last (the end of the horizon).
    pub end_coin_price: Decimal,
}

impl Run {
    /// Totals, payback and ROI over the series, unrounded.
    fn projection(self, input: &ProjectionInput) -> Result<Projection> {
        let over = || Error::overflow("days");
        let mut totals = [Decimal::ZERO; 6];
        for d in &self.days {
            let parts = [
                d.coins,
                d.revenue,
                d.pool_fee,
                d.electricity,
                d.tax,
                d.profit,
            ];
            for (t, p) in totals.iter_mut().zip(parts) {
                *t = t.add_checked(p).ok_or_else(over)?;
            }
        }
        let [
            total_coins,
            total_revenue,
            total_pool_fee,
            total_electricity,
            total_tax,
            total_profit,
        ] = totals;
        let cost = input.estimate.hardware_cost.filter(|c| !c.is_zero());
        let resale_value = match cost {
            Some(c) => c
                .mul_checked(input.resale_value.fraction())
                .ok_or_else(|| Error::overflow("hardwareCost"))?,
            None => Decimal::ZERO,
        };
        let payback_date = cost.and_then(|c| {
            self.days
                .iter()
                .find(|d| d.cumulative_profit >= c)
                .map(|d| d.date)
        });
        let roi_percent = match cost {
            Some(c) => Some(
                total_profit
                    .add_checked(resale_value)
                    .and_then(|v| v.sub_checked(c))
                    .and_then(|v| v.div_checked(c))
                    .and_then(|v| v.mul_checked(Decimal::ONE_HUNDRED))
                    .ok_or_else(|| Error::overflow("hardwareCost"))?,
            ),
            None => None,
        };
        let end_date = self.days.last().map_or(input.start_date, |d| d.date);
        Ok(Projection {
            currency: input.estimate.currency.clone(),
            start_date: input.start_date,
            end_date,
            days_per_month: DAYS_PER_MONTH,
            days_per_year: DAYS_PER_YEAR,
            days: self.days,
            total_coins,
            total_revenue,
            total_pool_fee,
            total_electricity,
            total_tax,
            total_profit,
            hardware_cost: input.estimate.hardware_cost,
            resale_value,
            payback_date,
            roi_percent,
            halvings: self.halvings,
        })
    }
}

impl ProjectionDay {
    /// The day's decimal figures in the order of its fields (and of the CSV's columns after
    /// `date` and `height`): reward, difficulty, coin price, electricity price, hours run,
    /// coins, revenue, pool fee, electricity, tax, profit, cumulative profit.
    pub fn decimals(&self) -> [Decimal; 12] {
        [
            self.reward,
            self.difficulty,
            self.coin_price,
            self.electricity_price,
            self.hours_run,
            self.coins,
            self.revenue,
            self.pool_fee,
            self.electricity,
            self.tax,
            self.profit,
            self.cumulative_profit,
        ]
    }

    /// The day as [`project`] returns it: amounts rounded to 12 places, trailing zeros dropped.
    pub fn rounded(self) -> Self {
        ProjectionDay {
            date: self.date,
            height: self.height,
            reward: out(self.reward),
            difficulty: out(self.difficulty),
            coin_price: out(self.coin_price),
            electricity_price: out(self.electricity_price),
            hours_run: out(self.hours_run),
            coins: out(self.coins),
            revenue: out(self.revenue),
            pool_fee: out(self.pool_fee),
            electricity: out(self.electricity),
            tax: out(self.tax),
            profit: out(self.profit),
            cumulative_profit: out(self.cumulative_profit),
        }
    }
}

impl Halving {
    fn rounded(self) -> Self {
        Halving {
            reward_before: out(self.reward_before),
            reward_after: out(self.reward_after),
            ..self
        }
    }
}

impl Projection {
    /// What [`project`] returns for [`project_unrounded`]'s result: every amount rounded.
    pub fn rounded(self) -> Self {
        Projection {
            days: self.days.into_iter().map(ProjectionDay::rounded).collect(),
            total_coins: out(self.total_coins),
            total_revenue: out(self.total_revenue),
            total_pool_fee: out(self.total_pool_fee),
            total_electricity: out(self.total_electricity),
            total_tax: out(self.total_tax),
            total_profit: out(self.total_profit),
            hardware_cost: self.hardware_cost.map(out),
            resale_value: out(self.resale_value),
            roi_percent: self.roi_percent.map(out),
            halvings: self.halvings.into_iter().map(Halving::rounded).collect(),
            ..self
        }
    }
}

/// The reward schedule walked in runs of blocks that pay the same, so that a day costs no
/// reward look-ups at all unless it reaches a new run. A run's end is found by galloping
/// (1, 2, 4, … blocks ahead) and then bisection, which relies on the schedule being monotone
/// in height (every schedule in the coin table is): about 2·log₂(run length) look-ups per
/// schedule change, never one per block.
#[derive(Debug)]
struct RewardRuns<'a> {
    e: &'a EstimateInput,
    /// The last height any day of the projection touches.
    max: u64,
    /// The current run: first height, last height, reward.
    run: Option<(u64, u64, Decimal)>,
    /// Changes found, as (first height at the new reward, before, after).
    changes: Vec<(u64, Decimal, Decimal)>,
}

/// A day's reward per block.
#[derive(Debug, Clone, Copy)]
struct DayReward {
    /// The average over the day's blocks (block `h` occupying positions `[h, h + 1)`).
    average: Decimal,
    /// Whether every block of the day pays the same.
    uniform: bool,
}

impl<'a> RewardRuns<'a> {
    fn new(e: &'a EstimateInput, max: u64) -> Self {
        // An explicit reward is one run covering every height.
        let run = e.block_reward.map(|r| (0, u64::MAX, r));
        RewardRuns {
            e,
            max,
            run,
            changes: Vec::new(),
        }
    }

    /// The run containing height `h`, which is never before the current run.
    fn run_at(&mut self, h: u64) -> Result<(u64, u64, Decimal)> {
        if let Some(run) = self.run
            && run.0 <= h
            && h <= run.1
        {
            return Ok(run);
        }
        let r = self.e.reward_at(h)?;
        if let Some((_, end, before)) = self.run
            && end.checked_add(1) == Some(h)
            && before != r
        {
            self.changes.push((h, before, r));
        }
        // Gallop: `lo` pays r; stop at the first probe that does not (`hi`) or at `max`.
        let (mut lo, mut step) = (h, 1u64);
        let mut hi = None;
        while lo < self.max {
            let probe = lo.saturating_add(step).min(self.max);
            if self.e.reward_at(probe)? == r {
                lo = probe;
                step = step.saturating_mul(2);
            } else {
                hi = Some(probe);
                break;
            }
        }
        if let Some(mut hi) = hi {
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                if self.e.reward_at(mid)? == r {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
        }
        let run = (h, lo, r);
        self.run = Some(run);
        Ok(run)
    }

    /// The reward over the block positions `[p, q)`: piecewise between runs.
    fn day(&mut self, p: Decimal, q: Decimal) -> Result<DayReward> {
        let height = "blockHeight";
        let first = p.floor().to_u64().ok_or_else(|| Error::overflow(height))?;
        let last = q
            .ceil()
            .to_u64()
            .and_then(|c| c.checked_sub(1))
            .ok_or_else(|| Error::overflow(height))?
            .max(first);
        let (mut cur, mut sum) = (first, Decimal::ZERO);
        loop {
            let (_, end, r) = self.run_at(cur)?;
            if cur == first && end >= last {
                return Ok(DayReward {
                    average: r,
                    uniform: true,
                });
            }
            let from = Decimal::from(cur).max(p);
            let to = add(Decimal::from(end), Decimal::ONE, height)?.min(q);
            sum = add(sum, mul(sub(to, from, height)?, r, height)?, height)?;
            if end >= last {
                break;
            }
            cur = end + 1;
        }
        Ok(DayReward {
            average: div(sum, sub(q, p, height)?, height)?,
            uniform: false,
        })
    }
}

/// The highest block height a projection reaches: 2^53 − 1, the largest integer a JS number
/// holds exactly (heights are numbers in the JS output).
pub const MAX_PROJECTED_HEIGHT: u64 = (1 << 53) - 1;

/// Runs the day engine over `input`'s horizon. Shared by [`project`], cloud contracts and
/// outlay comparisons: this is the one per-day loop. Coins, work per block and power come
/// from the [`EstimateInput`] helpers that [`crate::estimate::estimate`] uses: a day's coins
/// are the estimate's coins per day at that day's reward, times (hashrate factor /
/// difficulty factor)^k; electricity is the estimate's kWh times the day's price.
pub(crate) fn run(input: &ProjectionInput) -> Result<Run> {
    run_with(input, &mut DayPath::default())
}

/// [`run`], with the chain's side of the days taken from `path` when it was computed for the
/// same chain inputs (and computed into it otherwise).
fn run_with(input: &ProjectionInput, path: &mut DayPath) -> Result<Run> {
    let e = &input.estimate;
    let blocks_per_day = e.chain_blocks_per_day()?;
    let difficulty_field = "difficultyGrowthPercentPerMonth";
    let difficulty_factor = daily_factor(
        input.market.difficulty_growth_percent_per_month,
        DAYS_PER_MONTH,
        difficulty_field,
    )?;
    let price_field = "priceChangePercentPerYear";
    let price_factor = daily_factor(
        input.market.price_change_percent_per_year,
        DAYS_PER_YEAR,
        price_field,
    )?;
    let electricity_field = "electricityPriceChangePercentPerYear";
    let electricity_factor = daily_factor(
        input.electricity_price_change_percent_per_year,
        DAYS_PER_YEAR,
        electricity_field,
    )?;
    let hashrate_factor = daily_factor(
        -input.hashrate_decay_percent_per_year,
        DAYS_PER_YEAR,
        "hashrateDecayPercentPerYear",
    )?;
    // A rig's share of the blocks moves with hashrate / difficulty: one factor for both.
    let coins_factor = div(hashrate_factor, difficulty_factor, difficulty_field)?;
    let pool = e.pool_fee.fraction();
    let tax = input.tax.fraction();
    let start_height = Decimal::from(e.block_height);
    let today_difficulty = match e.network {
        Network::Difficulty(d) => d.value(),
        Network::Hashrate(_) => e.implied_difficulty(Decimal::ONE)?.value(),
    };
    // Blocks a day this rig finds at today's hashrate and work, for days split by a change.
    let rig_blocks_per_day = e.blocks_per_day(Decimal::ONE, Decimal::ONE)?;

    // The hour classes are the same every day; only their price per kWh changes.
    let wall_kw = e.wall_kilowatts()?;
    let class = |hours: Decimal| -> Result<HourClass> {
        let run = hours * e.uptime.fraction();
        Ok(HourClass {
            hours: run,
            share: run / dec!(24),
            kwh: mul(wall_kw, run, "powerWatts")?,
        })
    };
    let (off_peak_class, peak_class) = match input.off_peak {
        Some(o) => (
            Some(class(o.hours_per_day)?),
            class(dec!(24) - o.hours_per_day)?,
        ),
        None => (None, class(dec!(24))?),
    };

    // The peak and off-peak prices of day k: start × factor^k, one multiplication a day.
    let mut electricity_price = e.electricity_price.as_per_kwh();
    let mut off_peak_price = input
        .off_peak
        .map(|o| o.price.as_per_kwh())
        .unwrap_or_default();

    let last_block = mul(
        blocks_per_day,
        Decimal::from(input.days),
        "blockTimeSeconds",
    )
    .and_then(|b| add(b, start_height, "blockHeight"))?
    .ceil()
    .to_u64()
    .and_then(|c| c.checked_sub(1))
    .ok_or_else(|| Error::overflow("blockHeight"))?;
    if last_block > MAX_PROJECTED_HEIGHT {
        // Heights are JS numbers in the output: beyond 2^53 − 1 they would not be exact.
        return Err(Error::range(
            "blockTimeSeconds",
            format!("long enough that the last day's height stays within {MAX_PROJECTED_HEIGHT}"),
            e.block_time_seconds.normalize(),
        ));
    }
    let key = ChainKey::of(input);
    if path.key.as_ref() != Some(&key) {
        let chain = Chain {
            blocks_per_day,
            start_height,
            difficulty_factor,
            coins_factor,
            price_factor,
            today_difficulty,
            rig_blocks_per_day,
            last_block,
        };
        *path = DayPath::compute(input, &chain);
        path.key = Some(key);
    }

    let mut days = Vec::with_capacity(input.days as usize);
    let mut cumulative = Decimal::ZERO;
    let failure = path.failure.as_ref();
    for k in 0..input.days {
        if let Some((day, Stage::BeforeMoney, e)) = failure
            && *day == k
        {
            return Err(e.clone());
        }
        let Some(chain) = path.days.get(k as usize) else {
            return Err(Error::overflow("days"));
        };
        // The running classes' money and its profit. One running class is the day itself
        // (adding it to zero would change neither value nor scale), so its profit is reused.
        let mut running: Option<(Money, Decimal)> = None;
        let classes = [
            off_peak_class.map(|c| (c, off_peak_price)),
            Some((peak_class, electricity_price)),
        ];
        for (class, kwh_price) in classes.into_iter().flatten() {
            if class.hours.is_zero() {
                continue;
            }
            let m = Money::for_class(class, chain.full_day_coins, chain.price, pool, kwh_price)?;
            let profit = m.profit()?;
            if !input.shutdown_when_unprofitable || profit > Decimal::ZERO {
                running = Some(match running {
                    None => (m, profit),
                    Some((sum, _)) => {
                        let sum = sum.plus(&m)?;
                        (sum, sum.profit()?)
                    }
                });
            }
        }
        let (day, pre_tax) = running.unwrap_or_default();
        let day_tax = if pre_tax > Decimal::ZERO {
            pre_tax * tax
        } else {
            Decimal::ZERO
        };
        let profit = pre_tax - day_tax;
        cumulative = add(cumulative, profit, "days")?;
        days.push(ProjectionDay {
            date: chain.date,
            height: chain.height,
            reward: chain.reward,
            difficulty: chain.difficulty,
            coin_price: chain.price,
            electricity_price,
            hours_run: day.hours,
            coins: day.coins,
            revenue: day.revenue,
            pool_fee: day.pool_fee,
            electricity: day.electricity,
            tax: day_tax,
            profit,
            cumulative_profit: cumulative,
        });

        // Tomorrow's values: the chain's first (difficulty, share of the blocks, price), then
        // the electricity prices, one more factor each.
        if let Some((day, Stage::AfterMoney, e)) = failure
            && *day == k
        {
            return Err(e.clone());
        }
        electricity_price = mul(electricity_price, electricity_factor, electricity_field)?;
        if off_peak_class.is_some() {
            off_peak_price = mul(off_peak_price, electricity_factor, electricity_field)?;
        }
    }
    Ok(Run {
        days,
        halvings: path.halvings.clone(),
        end_coin_price: path.end_coin_price,
    })
}

/// What a [`DayPath`] depends on: every input [`DayPath::compute`] and the figures it is given
/// ([`Chain`]) are made from (coin and reward schedule, hashrate, network, block time, work,
/// height, fees, price, the market path, hashrate decay, horizon), and none of the rig's money
/// (power, electricity prices and their change, pool fee, uptime, overhead, costs, tax,
/// shutdown, tariffs). A test changes each of them and compares with a fresh projection.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ChainKey {
    coin: &'static str,
    hashrate: Decimal,
    network: Network,
    block_time_seconds: Decimal,
    work_per_difficulty: Decimal,
    block_height: u64,
    block_reward: Option<Decimal>,
    tx_fees_per_block: Decimal,
    coin_price: Decimal,
    start_date: Date,
    days: u32,
    market: MarketPath,
    hashrate_decay_percent_per_year: Decimal,
}

impl ChainKey {
    fn of(input: &ProjectionInput) -> ChainKey {
        let e = &input.estimate;
        ChainKey {
            coin: e.coin.id,
            hashrate: e.hashrate.per_second(),
            network: e.network,
            block_time_seconds: e.block_time_seconds,
            work_per_difficulty: e.work_per_difficulty,
            block_height: e.block_height,
            block_reward: e.block_reward,
            tx_fees_per_block: e.tx_fees_per_block,
            coin_price: e.coin_price,
            start_date: input.start_date,
            days: input.days,
            market: input.market,
            hashrate_decay_percent_per_year: input.hashrate_decay_percent_per_year,
        }
    }
}

/// The chain's figures a day's money is computed from, fixed for a whole projection.
#[derive(Debug, Clone, Copy)]
struct Chain {
    blocks_per_day: Decimal,
    start_height: Decimal,
    difficulty_factor: Decimal,
    coins_factor: Decimal,
    price_factor: Decimal,
    today_difficulty: Decimal,
    rig_blocks_per_day: Decimal,
    last_block: u64,
}

/// One day of a projection before its money: date, first height, average reward, the coins
/// of 24 hours' running, difficulty and coin price.
#[derive(Debug, Clone, Copy)]
struct ChainDay {
    date: Date,
    height: u64,
    reward: Decimal,
    full_day_coins: Decimal,
    difficulty: Decimal,
    price: Decimal,
}

/// Where, within a day, computing the path failed: before that day's money (its date, height,
/// reward, coins or difficulty) or after it (the next day's factors).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    BeforeMoney,
    AfterMoney,
}

/// The chain's side of a projection, day by day: what the rig's money is computed from,
/// and what does not change when only that money's inputs do (the power, the electricity
/// price and its change, pool fee, uptime, overhead, costs, tax, shutdown, tariffs). It is
/// about half of a day's Decimal work: the reward runs, five of the growth products and the
/// day's coins. Front ends that recompute as the reader types keep one and pass it to
/// [`project_unrounded_with`], which computes it again only when its inputs changed. The
/// values are the ones [`project`] computes, to the last digit, and so are the errors: a
/// failure is kept with the day and the point of the day where the one-pass loop met it.
#[derive(Debug, Clone, Default)]
pub struct DayPath {
    key: Option<ChainKey>,
    days: Vec<ChainDay>,
    halvings: Vec<Halving>,
    end_coin_price: Decimal,
    failure: Option<(u32, Stage, Error)>,
}

impl DayPath {
    /// The path of `input` over its whole horizon, up to the first failure.
    fn compute(input: &ProjectionInput, c: &Chain) -> DayPath {
        let mut path = DayPath {
            days: Vec::with_capacity(input.days as usize),
            ..DayPath::default()
        };
        let e = &input.estimate;
        let difficulty_field = "difficultyGrowthPercentPerMonth";
        // Day k's values: start × factor^k, one multiplication a day.
        let mut difficulty_multiplier = Decimal::ONE;
        let mut coins_multiplier = Decimal::ONE;
        let mut price = e.coin_price;
        let mut runs = RewardRuns::new(e, c.last_block);
        // The estimate's coins per day at the last uniform day's reward.
        let mut cached: Option<(Decimal, Decimal)> = None;
        for k in 0..input.days {
            let day = (|| -> Result<ChainDay> {
                let date = input.start_date.add_days(i64::from(k)).ok_or_else(|| {
                    Error::range(
                        "startDate",
                        "a date that leaves room for the projection",
                        input.start_date,
                    )
                })?;
                let from = add(
                    mul(c.blocks_per_day, Decimal::from(k), "blockTimeSeconds")?,
                    c.start_height,
                    "blockHeight",
                )?;
                let to = add(from, c.blocks_per_day, "blockTimeSeconds")?;
                let height = from
                    .floor()
                    .to_u64()
                    .ok_or_else(|| Error::overflow("blockHeight"))?;
                let day_reward = runs.day(from, to)?;
                let reward = day_reward.average;
                for (h, before, after) in runs.changes.drain(..) {
                    if is_halving_like(before, after) {
                        path.halvings.push(Halving {
                            date,
                            height: h,
                            reward_before: before,
                            reward_after: after,
                        });
                    }
                }
                // Coins for 24 h of running at today's hashrate and work: H · 86400 · (R + fees) / W.
                let today_coins = match cached {
                    Some((r, coins)) if day_reward.uniform && r == reward => coins,
                    _ if day_reward.uniform => {
                        let coins = e.coins_per_day(height, Decimal::ONE, Decimal::ONE)?;
                        cached = Some((reward, coins));
                        coins
                    }
                    _ => {
                        let per_block = add(reward, e.tx_fees_per_block, "txFeesPerBlock")?;
                        mul(c.rig_blocks_per_day, per_block, "hashrate")?
                    }
                };
                Ok(ChainDay {
                    date,
                    height,
                    reward,
                    full_day_coins: mul(today_coins, coins_multiplier, difficulty_field)?,
                    difficulty: mul(c.today_difficulty, difficulty_multiplier, difficulty_field)?,
                    price,
                })
            })();
            match day {
                Ok(day) => path.days.push(day),
                Err(e) => {
                    path.failure = Some((k, Stage::BeforeMoney, e));
                    return path;
                }
            }
            let tomorrow = (|| -> Result<()> {
                difficulty_multiplier =
                    mul(difficulty_multiplier, c.difficulty_factor, difficulty_field)?;
                coins_multiplier = mul(coins_multiplier, c.coins_factor, difficulty_field)?;
                price = mul(price, c.price_factor, "priceChangePercentPerYear")?;
                Ok(())
            })();
            if let Err(e) = tomorrow {
                path.failure = Some((k, Stage::AfterMoney, e));
                return path;
            }
        }
        path.end_coin_price = price;
        path
    }
}

/// Some hours of every day at one electricity price: hours run (uptime applied), their
/// share of a full day's coins, and the kWh they draw at the wall.
#[derive(Debug, Clone, Copy)]
struct HourClass {
    hours: Decimal,
    share: Decimal,
    kwh: Decimal,
}

/// Whether a reward change is big enough to list: at least 10 % either way.
fn is_halving_like(before: Decimal, after: Decimal) -> bool {
    if before.is_zero() {
        return !after.is_zero();
    }
    (before - after).abs() * dec!(10) >= before.abs()
}

/// The money of some hours of one day.
#[derive(Debug, Clone, Copy, Default)]
struct Money {
    hours: Decimal,
    coins: Decimal,
    revenue: Decimal,
    pool_fee: Decimal,
    electricity: Decimal,
}

impl Money {
    /// One hour class of a day, given the coins of a full day: coins in proportion,
    /// revenue = coins × price, pool fee = revenue × pool, electricity = kWh × `kwh_price`.
    fn for_class(
        class: HourClass,
        full_day_coins: Decimal,
        price: Decimal,
        pool: Decimal,
        kwh_price: Decimal,
    ) -> Result<Self> {
        let coins = mul(full_day_coins, class.share, "hashrate")?;
        let revenue = mul(coins, price, "coinPrice")?;
        let pool_fee = revenue * pool;
        let electricity = mul(class.kwh, kwh_price, "electricityPrice")?;
        Ok(Money {
            hours: class.hours,
            coins,
            revenue,
            pool_fee,
            electricity,
        })
    }

    /// Revenue − pool fee − electricity.
    fn profit(&self) -> Result<Decimal> {
        sub(
            sub(self.revenue, self.pool_fee, "coinPrice")?,
            self.electricity,
            "powerWatts",
        )
    }

    fn plus(&self, o: &Money) -> Result<Money> {
        Ok(Money {
            hours: self.hours + o.hours,
            coins: add(self.coins, o.coins, "hashrate")?,
            revenue: add(self.revenue, o.revenue, "coinPrice")?,
            pool_fee: add(self.pool_fee, o.pool_fee, "coinPrice")?,
            electricity: add(self.electricity, o.electricity, "powerWatts")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::estimate::estimate;

    fn input(extra: &[(&str, Raw)]) -> Result<ProjectionInput> {
        let mut raw = Raw::map()
            .with("coin", "btc")
            .with("hashrate", "100 TH/s")
            .with("powerWatts", Raw::from(3000u64))
            .with("electricityPrice", "0.05")
            .with("coinPrice", Raw::from(60_000u64))
            .with("difficulty", "100000000000000")
            .with("startDate", "2028-01-01")
            .with("days", Raw::from(30u64));
        for (k, v) in extra {
            raw.set(k, v.clone());
        }
        ProjectionInput::from_raw(&raw)
    }

    fn run_ok(extra: &[(&str, Raw)]) -> Projection {
        input(extra)
            .and_then(|i| project(&i))
            .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn daily_factors_compound_to_the_stated_rate() {
        // 30.4375 = 487/16 and 365.25 = 1461/4: f^487 must equal (1 + r)^16, f^1461 (1 + r)^4.
        for percent in [
            dec!(5),
            dec!(-5),
            dec!(0.01),
            dec!(100),
            dec!(-50),
            dec!(1000),
            dec!(-90),
        ] {
            let base = Decimal::ONE + percent / Decimal::ONE_HUNDRED;
            for (period, num, den) in [(DAYS_PER_MONTH, 487, 16), (DAYS_PER_YEAR, 1461, 4)] {
                let f = daily_factor(percent, period, "r").unwrap_or_else(|e| panic!("{e}"));
                let lhs = f.checked_powu(num).unwrap_or_default();
                let rhs = base.checked_powu(den).unwrap_or_default();
                let rel = ((lhs - rhs) / rhs).abs();
                assert!(
                    rel < dec!(1e-20),
                    "{percent}% over {period}: {lhs} vs {rhs}"
                );
            }
        }
        // Against 40-digit references (Python decimal, prec 40).
        let f = daily_factor(dec!(5), DAYS_PER_MONTH, "r").unwrap_or_default();
        assert!(
            (f - dec!(1.0016042477032711292796226238)).abs() < dec!(1e-25),
            "{f}"
        );
        let f = daily_factor(dec!(-5), DAYS_PER_YEAR, "r").unwrap_or_default();
        assert!(
            (f - dec!(0.9998595764738928784913420304)).abs() < dec!(1e-25),
            "{f}"
        );
        assert_eq!(
            daily_factor(Decimal::ZERO, DAYS_PER_YEAR, "r"),
            Ok(Decimal::ONE)
        );
    }

    #[test]
    fn flat_market_repeats_the_estimate() {
        let i = input(&[
            ("uptimePercent", "97".into()),
            ("poolFeePercent", "2".into()),
        ])
        .unwrap_or_else(|e| panic!("{e}"));
        let est = estimate(&i.estimate).unwrap_or_else(|e| panic!("{e}"));
        let p = project(&i).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(p.days.len(), 30);
        for d in &p.days {
            assert_eq!(
                (d.coins, d.revenue, d.electricity),
                (est.daily.coins, est.daily.revenue, est.daily.electricity)
            );
            assert_eq!(
                (d.pool_fee, d.profit),
                (est.daily.pool_fee, est.daily.profit)
            );
        }
        // The estimate's daily profit is rounded to 12 places; thirty of them differ by < 30 × 0.5e-12.
        assert!((p.total_profit - est.daily.profit * dec!(30)).abs() < dec!(15e-12));
        assert_eq!(p.end_date.to_string(), "2028-01-30");
        assert!(p.halvings.is_empty());
    }

    #[test]
    fn a_halving_in_mid_day_splits_the_day() {
        // 144 blocks a day from 209,900: 100 at 50 BTC, 44 at 25 BTC.
        let p = run_ok(&[
            ("blockHeight", Raw::from(209_900u64)),
            ("days", Raw::from(2u64)),
        ]);
        assert_eq!(p.days[0].reward, out(dec!(6100) / dec!(144)));
        assert_eq!(p.days[1].height, 210_044);
        assert_eq!(p.days[1].reward, dec!(25));
        let h = &p.halvings;
        assert_eq!(h.len(), 1);
        assert_eq!(
            (h[0].date.to_string(), h[0].height),
            ("2028-01-01".to_owned(), 210_000)
        );
        assert_eq!(
            (h[0].reward_before, h[0].reward_after),
            (dec!(50), dec!(25))
        );
    }

    #[test]
    fn growth_compounds_by_the_day() {
        // 2 % a month for one average month is 1.02; for twelve, 1.02^12.
        let month = growth_factor(dec!(2), DAYS_PER_MONTH, 0, "g").unwrap_or_default();
        assert_eq!(month, Decimal::ONE);
        let f = growth_factor(dec!(2), dec!(30), 30, "g").unwrap_or_default();
        assert!((f - dec!(1.02)).abs() < dec!(1e-20), "{f}");
        let year = growth_factor(dec!(2), dec!(30), 360, "g").unwrap_or_default();
        assert!(
            (year - dec!(1.26824179456254467)).abs() < dec!(1e-15),
            "{year}"
        );
        assert!(growth_factor(dec!(-100), dec!(30), 1, "g").is_err());
    }

    #[test]
    fn a_halving_at_a_day_boundary_starts_the_next_day() {
        let p = run_ok(&[
            ("blockHeight", Raw::from(209_856u64)),
            ("days", Raw::from(2u64)),
            // No fees, so a day's coins are its subsidy alone.
            ("txFeesPerBlock", Raw::from(0u64)),
        ]);
        assert_eq!((p.days[0].reward, p.days[1].reward), (dec!(50), dec!(25)));
        assert!((p.days[1].coins * dec!(2) - p.days[0].coins).abs() <= dec!(1e-12));
        assert_eq!(p.halvings.len(), 1);
        assert_eq!(p.halvings[0].date.to_string(), "2028-01-02");
    }

    #[test]
    fn an_explicit_reward_ignores_the_schedule() {
        let p = run_ok(&[
            ("blockHeight", Raw::from(209_900u64)),
            ("blockReward", "50".into()),
        ]);
        assert!(p.halvings.is_empty());
        assert!(p.days.iter().all(|d| d.reward == dec!(50)));
    }

    #[test]
    fn fractional_blocks_per_day_and_eras() {
        // ETC: 13 s blocks → 6646.15… a day; the era boundary at 25,000,001 is crossed.
        let p = run_ok(&[
            ("coin", "etc".into()),
            ("hashrate", "100 MH/s".into()),
            ("difficulty", "2000000000000000".into()),
            ("coinPrice", "20".into()),
            ("blockHeight", Raw::from(24_990_000u64)),
            ("days", Raw::from(3u64)),
        ]);
        assert_eq!(p.days[1].height, 24_996_646);
        assert_eq!(p.days[2].height, 25_003_292);
        assert_eq!(p.halvings.len(), 1);
        assert_eq!(p.halvings[0].height, 25_000_001);
        assert_eq!(p.halvings[0].date.to_string(), "2028-01-02");
        assert_eq!(p.days[2].reward, dec!(1.6384));
        assert!(p.days[1].reward < dec!(2.048) && p.days[1].reward > dec!(1.6384));
    }

    #[test]
    fn kaspa_monthly_steps_are_not_listed_as_halvings() {
        let p = run_ok(&[
            ("coin", "kas".into()),
            ("hashrate", "10 TH/s".into()),
            ("difficulty", "50000000000000000".into()),
            ("coinPrice", "0.1".into()),
            ("days", Raw::from(365u64)),
        ]);
        assert!(p.halvings.is_empty());
        assert!(p.days[364].reward < p.days[0].reward * dec!(0.6));
    }

    #[test]
    fn shutdown_and_off_peak_hours() {
        // 3 kW at 0.50 costs 36/day; at 0.01 it costs 0.72: only the 8 off-peak hours pay.
        let p = run_ok(&[
            ("electricityPrice", "0.5".into()),
            ("offPeakHoursPerDay", Raw::from(8u64)),
            ("offPeakElectricityPrice", "0.01".into()),
            ("days", Raw::from(3u64)),
        ]);
        for d in &p.days {
            assert_eq!(d.hours_run, dec!(8));
            assert_eq!(d.electricity, dec!(0.24));
            assert!(d.profit > Decimal::ZERO);
        }
        let off = run_ok(&[
            ("electricityPrice", "0.5".into()),
            ("offPeakHoursPerDay", Raw::from(8u64)),
            ("offPeakElectricityPrice", "0.01".into()),
            ("shutdownWhenUnprofitable", false.into()),
            ("days", Raw::from(3u64)),
        ]);
        assert_eq!(off.days[0].hours_run, dec!(24));
        assert_eq!(off.days[0].electricity, dec!(0.24) + dec!(24));
    }

    #[test]
    fn long_projection_runs_ten_years() {
        let p = run_ok(&[
            ("blockHeight", Raw::from(1_000_000u64)),
            ("days", Raw::from(3653u64)),
            ("difficultyGrowthPercentPerMonth", "3".into()),
            ("priceChangePercentPerYear", "20".into()),
            ("electricityPriceChangePercentPerYear", "3".into()),
            ("hashrateDecayPercentPerYear", "5".into()),
            ("hardwareCost", "4000".into()),
            ("resaleValuePercent", "10".into()),
            ("taxPercent", "25".into()),
        ]);
        assert_eq!(p.days.len(), 3653);
        assert_eq!(p.end_date.to_string(), "2037-12-31");
        let heights: Vec<u64> = p.halvings.iter().map(|h| h.height).collect();
        assert_eq!(heights, vec![1_050_000, 1_260_000, 1_470_000]);
        assert!(p.days.iter().all(|d| d.profit >= Decimal::ZERO));
        assert_eq!(p.resale_value, dec!(400));
        assert!(p.roi_percent.is_some());
    }

    #[test]
    fn inputs_are_validated_by_field() {
        let err = |extra: &[(&str, Raw)]| {
            input(extra)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        };
        assert_eq!(
            err(&[("days", Raw::from(0u64))]),
            "days: must be a whole number between 1 and 3653, got 0"
        );
        assert_eq!(
            err(&[("startDate", "tomorrow".into())]),
            "startDate: must be a date written YYYY-MM-DD, like 2026-11-25, got \"tomorrow\""
        );
        assert_eq!(
            err(&[("difficultyGrowthPercentPerMonth", "-100".into())]),
            "difficultyGrowthPercentPerMonth: must be greater than -100 and at most 1000, got -100"
        );
        assert_eq!(
            err(&[("hashrateDecayPercentPerYear", "100".into())]),
            "hashrateDecayPercentPerYear: must be 0 or more and less than 100, got 100"
        );
        assert_eq!(
            err(&[("offPeakHoursPerDay", Raw::from(8u64))]),
            "offPeakElectricityPrice: is required"
        );
        assert_eq!(
            err(&[
                ("offPeakHoursPerDay", Raw::from(25u64)),
                ("offPeakElectricityPrice", "0.1".into())
            ]),
            "offPeakHoursPerDay: must be between 0 and 24, got 25"
        );
        assert_eq!(
            err(&[("startDate", "9999-12-15".into())]),
            "startDate: must be no later than 9999-12-02 for 30 days, got 9999-12-15"
        );
        assert_eq!(
            err(&[("taxpercent", "5".into())]),
            "taxpercent: unknown field; did you mean taxPercent?"
        );
        let missing = Raw::map().with("coin", "btc").with("hashrate", "1 TH/s");
        assert_eq!(
            ProjectionInput::from_raw(&missing)
                .err()
                .map(|e| e.to_string())
                .as_deref(),
            Some("startDate: is required")
        );
    }

    #[test]
    fn a_kept_day_path_gives_what_a_fresh_one_gives() {
        let mut path = DayPath::default();
        let long = [
            ("days", Raw::from(3653u64)),
            ("blockHeight", Raw::from(1_049_000u64)),
            ("difficultyGrowthPercentPerMonth", "2".into()),
            ("priceChangePercentPerYear", "10".into()),
            ("hardwareCost", "4000".into()),
        ];
        let steps: [&[(&str, Raw)]; 21] = [
            &[],
            &[("electricityPrice", "0.07".into())],
            &[
                ("electricityPrice", "0.07".into()),
                ("offPeakHoursPerDay", "8".into()),
                ("offPeakElectricityPrice", "0.01".into()),
                ("taxPercent", "20".into()),
            ],
            // Each chain input: the path is computed again.
            &[("hashrate", "120 TH/s".into())],
            &[
                ("hashrate", "120 TH/s".into()),
                ("powerWatts", Raw::from(1u64)),
            ],
            &[("difficulty", "90000000000000".into())],
            &[
                ("networkHashrate", "700 EH/s".into()),
                ("difficulty", Raw::Null),
            ],
            &[("blockTimeSeconds", "590".into())],
            &[("blockHeight", Raw::from(1_049_999u64))],
            &[("blockReward", "3".into())],
            &[("txFeesPerBlock", "0.5".into())],
            &[("coinPrice", "70000".into())],
            &[("startDate", "2028-02-29".into())],
            &[("days", Raw::from(3000u64))],
            &[("difficultyGrowthPercentPerMonth", "-1".into())],
            &[("priceChangePercentPerYear", "0".into())],
            &[("hashrateDecayPercentPerYear", "12".into())],
            &[("coin", "bch".into())],
            &[
                ("coin", "custom".into()),
                ("blockReward", "50".into()),
                ("blockTimeSeconds", "60".into()),
                ("workPerDifficulty", "1000".into()),
            ],
            // Errors come out as from the one-pass loop: the chain's, then the money's.
            &[("difficultyGrowthPercentPerMonth", "1000".into())],
            &[
                ("coinPrice", "1e20".into()),
                ("priceChangePercentPerYear", "10000".into()),
            ],
        ];
        for extra in steps {
            let all: Vec<(&str, Raw)> = long.iter().cloned().chain(extra.iter().cloned()).collect();
            let i = input(&all).unwrap_or_else(|e| panic!("{e}"));
            let fresh = project_unrounded(&i);
            assert_eq!(project_unrounded_with(&i, &mut path), fresh, "{extra:?}");
            // Again, from the kept path.
            assert_eq!(project_unrounded_with(&i, &mut path), fresh, "{extra:?}");
        }
    }

    #[test]
    fn runaway_growth_is_a_typed_error() {
        // A difficulty ×11 a month leaves Decimal's range after about two years; one that
        // falls 99.999 % a month makes the coins (then their sums) overflow instead.
        for (growth, field) in [
            ("1000", "difficultyGrowthPercentPerMonth"),
            ("-99.999", "days"),
        ] {
            let e = input(&[
                ("difficultyGrowthPercentPerMonth", growth.into()),
                ("days", Raw::from(3653u64)),
            ])
            .and_then(|i| project(&i));
            assert_eq!(e.err(), Some(Error::overflow(field)), "{growth}");
        }
        let e = input(&[
            ("priceChangePercentPerYear", "10000".into()),
            ("days", Raw::from(3653u64)),
            ("coinPrice", "1e20".into()),
        ])
        .and_then(|i| project(&i));
        assert!(matches!(e, Err(Error::Overflow { .. })), "{e:?}");
    }
}
