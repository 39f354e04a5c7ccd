//! Monte Carlo over a projection: the coin price follows geometric Brownian motion around the
//! projection's path and difficulty gets its own lognormal noise; everything else is exactly the
//! projection's. Runs in chunks so a page never freezes.
//!
//! # The model
//!
//! The deterministic projection ([`crate::project`]) fixes each day's expected coin price
//! `P̄ₖ` and difficulty `D̄ₖ`. A path multiplies them by lognormal noise with mean 1:
//! `Pₖ = P̄ₖ · exp(σₚ·Wₖ − σₚ²·tₖ/2)` and `Dₖ = D̄ₖ · exp(σ_d·Vₖ − σ_d²·tₖ/2)`, with `W`, `V`
//! independent Brownian motions in years (`tₖ = (k + 1) / 365.25`; day 0 already moves). So a
//! day's log-return is `ln(1 + drift) − σ²/2·dt + σ·√dt·Z`, `dt = 1/365.25`, and the
//! projection's price and difficulty are the means of the simulated ones (revenue, which goes
//! with `P/D`, averages a little above the projection's when difficulty is noisy:
//! `E[1/D] = e^(σ_d²·t)/D̄`). A day's revenue is `P̄ₖ/D̄ₖ · Mₖ` times the rig's constants, with
//! `ln Mₖ` a Brownian motion with variance `(σₚ² + σ_d²)·tₖ` and drift `−(σₚ² − σ_d²)·tₖ/2`:
//! one standard normal per path-day (the sum of the two independent normals, identical in
//! distribution), and half of that with antithetic pairs (see [`Simulator`]).
//!
//! A day's money per hour class (off-peak, peak) is `income · M − electricity`, where `income`
//! is that class's revenue after pool fee on the deterministic path; with
//! `shutdownWhenUnprofitable` a class with negative money does not run; tax takes `taxPercent`
//! of a positive day. These per-day `income` and `electricity` figures come once from the
//! projection day engine run with shutdown and tax off (so they are the full-day figures),
//! converted to `f64`. With both volatilities 0 every path is the projection.
//!
//! # Outputs
//!
//! `points` are percentiles of the cumulative profit (as `project`'s `cumulativeProfit`, before
//! hardware cost: the payback line is `hardwareCost`) on at most [`MAX_POINTS`] days, always
//! including the last. `finalProfit` is the outcome after hardware cost and resale
//! (`totalProfit + resaleValue − hardwareCost`), the figure `probabilityOfLoss` and
//! `valueAtRisk95` describe; `probabilityOfProfit` counts the paths above 0. With
//! `shutdownWhenUnprofitable`, `runningShare` is the share of simulated days on which the rig
//! runs at all and `probabilityMostlyOff` the share of paths on which it runs on fewer than
//! half of the days: a path held at 0 by shutdown is neither a loss nor a profit. Amounts are decimal strings with 10 significant digits,
//! probabilities are exact `k / paths` fractions, counts (`day`, `paths`, `seed`, `days`,
//! `medianPaybackDays`) are numbers.

use crate::num::Checked;
use rand_distr::{Distribution, StandardNormal};
use rand_xoshiro::Xoshiro256PlusPlus;
use rand_xoshiro::rand_core::SeedableRng;
use rust_decimal::Decimal;
use serde::Serialize;

use super::percentile::{LEVELS, mean, quantiles};
use super::{
    DEFAULT_DIFFICULTY_VOLATILITY, DEFAULT_PATHS, DEFAULT_SEED, MAX_PATHS, MAX_SEED,
    MAX_VOLATILITY_PERCENT, default_volatility, fraction, from_f64, to_f64,
};
use crate::date::Date;
use crate::error::{Error, Result};
use crate::estimate::DAYS_PER_YEAR;
use crate::project::{self, ProjectionInput, daily_factor};
use crate::raw::{Fields, Raw};
use crate::units::Percent;

/// Most sample days in `points` (the last day is always added, so one more at most).
pub const MAX_POINTS: usize = 120;

/// The fields [`SimulationInput::read`] adds to the projection's.
pub const SIMULATION_FIELDS: [&str; 4] = [
    "priceVolatilityPercentPerYear",
    "difficultyVolatilityPercentPerYear",
    "paths",
    "seed",
];

/// A validated simulation input: a projection plus volatilities, path count and seed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimulationInput {
    pub projection: ProjectionInput,
    /// Annualised volatility of the coin price, percent (default: [`default_volatility`]).
    pub price_volatility_percent_per_year: Decimal,
    /// Annualised volatility of difficulty growth, percent (default 20).
    pub difficulty_volatility_percent_per_year: Decimal,
    /// 1–20,000 (default 2,000).
    pub paths: u32,
    /// 0 to 2^53 − 1 (default 1).
    pub seed: u64,
}

impl SimulationInput {
    /// Validates a loosely typed input object and rejects unknown fields.
    pub fn from_raw(raw: &Raw) -> Result<Self> {
        Fields::read_all(raw, Self::read)
    }

    /// Reads the projection's fields, then [`SIMULATION_FIELDS`].
    pub fn read(f: &Fields) -> Result<Self> {
        let projection = ProjectionInput::read(f)?;
        let coin = projection.estimate.coin;
        let price = volatility(f, "priceVolatilityPercentPerYear")?
            .unwrap_or_else(|| default_volatility(coin));
        let difficulty = volatility(f, "difficultyVolatilityPercentPerYear")?
            .unwrap_or(DEFAULT_DIFFICULTY_VOLATILITY);
        let (paths, seed) = read_paths_and_seed(f)?;
        Ok(SimulationInput {
            projection,
            price_volatility_percent_per_year: price,
            difficulty_volatility_percent_per_year: difficulty,
            paths,
            seed,
        })
    }
}

/// An annual volatility in percent, 0–500.
pub(crate) fn volatility(f: &Fields, key: &str) -> Result<Option<Decimal>> {
    f.decimal_in(key, Some(Decimal::ZERO), Some(MAX_VOLATILITY_PERCENT))
}

/// `paths` (1–20,000, default 2,000) and `seed` (0 to 2^53 − 1, default 1).
pub(crate) fn read_paths_and_seed(f: &Fields) -> Result<(u32, u64)> {
    let paths = f
        .integer_in("paths", 1, MAX_PATHS)?
        .unwrap_or(DEFAULT_PATHS);
    let paths =
        u32::try_from(paths).map_err(|_| Error::range(f.name("paths"), "at most 20000", paths))?;
    let seed = f.integer_in("seed", 0, MAX_SEED)?.unwrap_or(DEFAULT_SEED);
    Ok((paths, seed))
}

/// One sample day of the fan chart: percentiles of cumulative profit through that day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SimulationPoint {
    /// Days elapsed (1 = through the start date).
    pub day: u32,
    /// The date of that day.
    pub date: Date,
    #[serde(flatten)]
    pub band: Band,
}

/// The five reported percentiles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Band {
    pub p5: Decimal,
    pub p25: Decimal,
    pub p50: Decimal,
    pub p75: Decimal,
    pub p95: Decimal,
}

impl Band {
    /// The band of `xs` (reordered), each value converted with `field` named on overflow.
    pub(crate) fn of(xs: &[f64], scratch: &mut Vec<i64>, field: &str) -> Result<(Band, [f64; 5])> {
        let q = quantiles(xs, scratch, &LEVELS);
        let band = Band {
            p5: from_f64(q[0], field)?,
            p25: from_f64(q[1], field)?,
            p50: from_f64(q[2], field)?,
            p75: from_f64(q[3], field)?,
            p95: from_f64(q[4], field)?,
        };
        Ok((band, q))
    }
}

/// Percentiles and mean of the final outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FinalProfit {
    #[serde(flatten)]
    pub band: Band,
    pub mean: Decimal,
}

/// The result of a simulation. See the module documentation for each figure's meaning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Simulation {
    pub currency: String,
    /// Paths simulated (fewer than asked when a chunked run is read early).
    pub paths: u32,
    pub seed: u64,
    pub days: u32,
    pub start_date: Date,
    pub price_volatility_percent_per_year: Decimal,
    pub difficulty_volatility_percent_per_year: Decimal,
    /// The payback line of the fan chart; null without a hardware cost.
    pub hardware_cost: Option<Decimal>,
    /// `hardwareCost × resaleValuePercent`, added at the end of every path.
    pub resale_value: Decimal,
    /// Percentiles of cumulative profit over time.
    pub points: Vec<SimulationPoint>,
    /// Percentiles and mean of `totalProfit + resaleValue − hardwareCost`.
    pub final_profit: FinalProfit,
    /// Share of paths whose cumulative profit reaches `hardwareCost` within the horizon; null
    /// without a hardware cost.
    pub probability_of_payback: Option<Decimal>,
    /// Share of paths whose final profit is below 0.
    pub probability_of_loss: Decimal,
    /// Share of paths whose final profit is above 0 (a path held at exactly 0 by shutdown is
    /// neither).
    pub probability_of_profit: Decimal,
    /// Whether the rig is switched off in hours that lose money (`shutdownWhenUnprofitable`).
    pub shutdown_when_unprofitable: bool,
    /// Share of all simulated path-days on which the rig runs at least one hour class: 1
    /// without shutdown.
    pub running_share: Decimal,
    /// Share of paths on which the rig runs on fewer than half of the days (0 without shutdown).
    pub probability_mostly_off: Decimal,
    /// The loss at the 5th percentile of final profit (a positive amount), 0 when that
    /// percentile is not a loss.
    pub value_at_risk95: Decimal,
    /// The median day count to payback over all paths; null when fewer than half pay back
    /// (or without a hardware cost).
    pub median_payback_days: Option<u32>,
}

/// One day of a rig's plan: for each hour class (a: peak or the only tariff, b: off-peak),
/// revenue after pool fee on the deterministic path and electricity, in the currency.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct RigDay {
    pub income_a: f64,
    pub cost_a: f64,
    pub income_b: f64,
    pub cost_b: f64,
}

/// A rig's deterministic per-day figures in `f64`, from the projection day engine.
#[derive(Debug, Clone)]
pub(crate) struct RigPlan {
    pub days: Vec<RigDay>,
    pub dates: Vec<Date>,
    pub shutdown: bool,
    /// `taxPercent` as a fraction.
    pub tax: f64,
    /// The hardware cost, if any (0 counts as none, as in `project`).
    pub hardware_cost: Option<Decimal>,
    pub resale_value: Decimal,
}

impl RigPlan {
    /// Runs the projection engine once with shutdown and tax off and keeps what a path needs.
    pub fn build(input: &ProjectionInput) -> Result<RigPlan> {
        let flat = ProjectionInput {
            shutdown_when_unprofitable: false,
            tax: Percent::ZERO,
            ..input.clone()
        };
        let run = project::run(&flat)?;
        let e = &input.estimate;
        let uptime = e.uptime.fraction();
        let kw = to_f64(e.wall_kilowatts()?);
        let (off_hours, off_price) = input
            .off_peak
            .map(|o| (o.hours_per_day, o.price.as_per_kwh()))
            .unwrap_or_default();
        let day_hours = Decimal::from(24);
        let share_b = to_f64(off_hours / day_hours);
        let share_a = to_f64((day_hours - off_hours) / day_hours);
        let hours_b = to_f64(off_hours * uptime);
        let hours_a = to_f64((day_hours - off_hours) * uptime);
        // The off-peak price moves at the electricity rate, one factor a day, like `project`.
        let field = "electricityPriceChangePercentPerYear";
        let factor = to_f64(daily_factor(
            input.electricity_price_change_percent_per_year,
            DAYS_PER_YEAR,
            field,
        )?);
        let mut off = to_f64(off_price);
        let mut days = Vec::with_capacity(run.days.len());
        let mut dates = Vec::with_capacity(run.days.len());
        for d in &run.days {
            let net = d
                .revenue
                .sub_checked(d.pool_fee)
                .ok_or_else(|| Error::overflow("coinPrice"))?;
            let net = to_f64(net);
            days.push(RigDay {
                income_a: net * share_a,
                cost_a: kw * hours_a * to_f64(d.electricity_price),
                income_b: net * share_b,
                cost_b: kw * hours_b * off,
            });
            off *= factor;
            dates.push(d.date);
        }
        let hardware_cost = e.hardware_cost.filter(|c| !c.is_zero());
        let resale_value = match hardware_cost {
            Some(c) => c
                .mul_checked(input.resale_value.fraction())
                .ok_or_else(|| Error::overflow("hardwareCost"))?,
            None => Decimal::ZERO,
        };
        Ok(RigPlan {
            days,
            dates,
            shutdown: input.shutdown_when_unprofitable,
            tax: to_f64(input.tax.fraction()),
            hardware_cost,
            resale_value,
        })
    }

    /// A day's profit after tax when revenue is `m` times the deterministic path's.
    #[inline(always)]
    pub fn profit(&self, day: &RigDay, m: f64) -> f64 {
        let a = day.income_a * m - day.cost_a;
        let b = day.income_b * m - day.cost_b;
        // `if` rather than `f64::max`, which wasm lowers to a call of `fmax`.
        let pre = if self.shutdown {
            positive(a) + positive(b)
        } else {
            a + b
        };
        pre - self.tax * positive(pre)
    }

    /// Whether the rig runs at all on a day when revenue is `m` times the deterministic
    /// path's: always without shutdown, else when an hour class earns more than it costs.
    #[inline(always)]
    pub fn runs(&self, day: &RigDay, m: f64) -> bool {
        !self.shutdown || day.income_a * m > day.cost_a || day.income_b * m > day.cost_b
    }
}

/// `x` when above 0, else 0 (NaN gives 0).
#[inline(always)]
fn positive(x: f64) -> f64 {
    if x > 0.0 { x } else { 0.0 }
}

/// The days (0-based) whose cumulative values are recorded: every `step`-th day so that at
/// most [`MAX_POINTS`] are taken, and always the last.
pub(crate) fn sample_days(days: usize) -> Vec<usize> {
    if days == 0 {
        return Vec::new();
    }
    let step = days.div_ceil(MAX_POINTS);
    let mut out: Vec<usize> = (1..=days / step).map(|k| k * step - 1).collect();
    if out.last() != Some(&(days - 1)) {
        out.push(days - 1);
    }
    out
}

/// Per-day drift and standard deviation of `ln M` (see the module documentation) for annual
/// volatilities in percent.
pub(crate) fn log_steps(price_percent: Decimal, difficulty_percent: Decimal) -> (f64, f64) {
    let dt = 1.0 / 365.25;
    let sp = to_f64(price_percent) / 100.0;
    let sd = to_f64(difficulty_percent) / 100.0;
    let drift = -(sp * sp - sd * sd) * dt / 2.0;
    let step = libm::sqrt((sp * sp + sd * sd) * dt);
    (drift, step)
}

/// Never paid back.
const NEVER: u32 = u32::MAX;

/// A simulation run in chunks: [`Simulator::run`] continues one random stream, so any split
/// into chunks gives the one-shot result bit for bit.
///
/// Paths come in antithetic pairs (paths `2j` and `2j + 1`): the second uses the negated normals
/// of the first, so `ln M' = 2·drift·t − ln M` and `M' = e^(2·drift·t) / M` costs a division
/// instead of a normal and an exponential. Each path still has exactly the model's
/// distribution; pairing halves the work and reduces the sampling error of the mean.
#[derive(Debug, Clone)]
pub struct Simulator {
    plan: RigPlan,
    rng: Xoshiro256PlusPlus,
    drift: f64,
    step: f64,
    /// `e^(2·drift·(k + 1))` per day: the antithetic partner's multiplier times `M`.
    anti: Vec<f64>,
    /// The current pair's `ln M` per day (a buffer reused across paths).
    m: Vec<f64>,
    /// The payback line (+∞ without a hardware cost, so no path pays back).
    payback_line: f64,
    hardware_cost: f64,
    resale_value: f64,
    paths: usize,
    done: usize,
    /// Recorded day indices.
    sample_days: Vec<usize>,
    /// Cumulative profit, `sample_days.len()` rows of `paths` (row = sample day).
    samples: Vec<f64>,
    /// Final profit after hardware cost and resale, per path.
    finals: Vec<f64>,
    /// Days to payback per path, or [`NEVER`].
    payback: Vec<u32>,
    /// Days on which the rig runs, per path.
    days_on: Vec<u32>,
    input: SimulationInput,
}

/// One path's running state.
#[derive(Debug, Clone, Copy)]
struct PathState {
    cum: f64,
    paid: u32,
    on: u32,
}

impl PathState {
    const START: PathState = PathState {
        cum: 0.0,
        paid: NEVER,
        on: 0,
    };

    #[inline(always)]
    fn add(&mut self, profit: f64, day: usize, line: f64) {
        self.cum += profit;
        if self.cum >= line && self.paid == NEVER {
            self.paid = day as u32 + 1;
        }
    }
}

impl Simulator {
    /// Prepares a run: the projection's plan, the seeded generator and the result buffers.
    pub fn new(input: &SimulationInput) -> Result<Simulator> {
        let plan = RigPlan::build(&input.projection)?;
        let (drift, step) = log_steps(
            input.price_volatility_percent_per_year,
            input.difficulty_volatility_percent_per_year,
        );
        let anti: Vec<f64> = (1..=plan.days.len())
            .map(|k| libm::exp(2.0 * drift * k as f64))
            .collect();
        let paths = input.paths as usize;
        let sample_days = sample_days(plan.days.len());
        Ok(Simulator {
            rng: Xoshiro256PlusPlus::seed_from_u64(input.seed),
            drift,
            step,
            m: vec![0.0; anti.len()],
            anti,
            payback_line: plan.hardware_cost.map_or(f64::INFINITY, to_f64),
            hardware_cost: plan.hardware_cost.map_or(0.0, to_f64),
            resale_value: to_f64(plan.resale_value),
            paths,
            done: 0,
            samples: vec![0.0; sample_days.len() * paths],
            sample_days,
            finals: vec![0.0; paths],
            payback: vec![NEVER; paths],
            days_on: vec![0; paths],
            plan,
            input: input.clone(),
        })
    }

    /// Simulates at least `n` more paths (whole antithetic pairs, so one more when `n` ends
    /// in the middle of a pair), never beyond the paths asked for, and returns the progress
    /// (0–1).
    pub fn run(&mut self, n: usize) -> f64 {
        let end = self.done.saturating_add(n).min(self.paths);
        while self.done < end {
            let first = self.done;
            let pair = first + 1 < self.paths;
            self.run_pair(first, pair);
            self.done += if pair { 2 } else { 1 };
        }
        self.progress()
    }

    /// Simulates path `first` and, when `pair`, its antithetic partner `first + 1`: first the
    /// running sum of the path's normals for every day, then day by day the multipliers and the
    /// money of both paths.
    fn run_pair(&mut self, first: usize, pair: bool) {
        let noisy = self.step != 0.0 || self.drift != 0.0;
        if noisy {
            // A local copy keeps the generator's state in registers.
            let mut rng = self.rng.clone();
            let (drift, step) = (self.drift, self.step);
            let mut log_m = 0.0;
            for m in &mut self.m {
                let z: f64 = StandardNormal.sample(&mut rng);
                log_m += drift + step * z;
                *m = log_m;
            }
            self.rng = rng;
        }
        let line = self.payback_line;
        let (mut a, mut b) = (PathState::START, PathState::START);
        let mut k = 0;
        let mut next = self.sample_days.first().copied().unwrap_or(usize::MAX);
        let days = self.plan.days.iter().zip(self.m.iter().zip(&self.anti));
        for (d, (day, (&log_m, &anti))) in days.enumerate() {
            let (m, m2) = if noisy {
                let m = super::exp::exp(log_m);
                (m, anti / m)
            } else {
                (1.0, 1.0)
            };
            a.add(self.plan.profit(day, m), d, line);
            b.add(self.plan.profit(day, m2), d, line);
            if self.plan.shutdown {
                a.on += u32::from(self.plan.runs(day, m));
                b.on += u32::from(self.plan.runs(day, m2));
            }
            if d == next {
                let row = k * self.paths + first;
                self.samples[row] = a.cum;
                if pair {
                    self.samples[row + 1] = b.cum;
                }
                k += 1;
                next = self.sample_days.get(k).copied().unwrap_or(usize::MAX);
            }
        }
        let end = self.resale_value - self.hardware_cost;
        self.finals[first] = a.cum + end;
        self.payback[first] = a.paid;
        self.days_on[first] = a.on;
        if pair {
            self.finals[first + 1] = b.cum + end;
            self.payback[first + 1] = b.paid;
            self.days_on[first + 1] = b.on;
        }
    }

    /// Whether every path has been simulated.
    pub fn done(&self) -> bool {
        self.done >= self.paths
    }

    /// Paths simulated so far over paths asked for, 0–1.
    pub fn progress(&self) -> f64 {
        if self.paths == 0 {
            1.0
        } else {
            self.done as f64 / self.paths as f64
        }
    }

    /// The statistics of the paths simulated so far (all of them once [`done`](Self::done)).
    pub fn finish(&self) -> Result<Simulation> {
        let n = self.done;
        if n == 0 {
            return Err(Error::invalid("paths", "no path has been simulated yet"));
        }
        // Figures beyond Decimal's range come from extreme noise: blame the larger volatility.
        let field = noisier(
            self.input.price_volatility_percent_per_year,
            self.input.difficulty_volatility_percent_per_year,
        );
        let mut scratch = Vec::with_capacity(n);
        let mut points = Vec::with_capacity(self.sample_days.len());
        for (k, &d) in self.sample_days.iter().enumerate() {
            let row = &self.samples[k * self.paths..k * self.paths + n];
            let (band, _) = Band::of(row, &mut scratch, field)?;
            points.push(SimulationPoint {
                day: d as u32 + 1,
                date: self.plan.dates[d],
                band,
            });
        }
        let finals = &self.finals[..n];
        let losses = finals.iter().filter(|&&x| x < 0.0).count();
        let profits = finals.iter().filter(|&&x| x > 0.0).count();
        let days = self.plan.days.len();
        let (running_share, mostly_off) = if self.plan.shutdown && days > 0 {
            let on = &self.days_on[..n];
            let total: u64 = on.iter().map(|&d| u64::from(d)).sum();
            let share = super::exact(Decimal::from(total) / Decimal::from((days * n) as u64));
            // Fewer than half of the days: `2·on < days`.
            let off = on.iter().filter(|&&d| (2 * d as usize) < days).count();
            (share, fraction(off, n))
        } else {
            (Decimal::ONE, Decimal::ZERO)
        };
        let (band, q) = Band::of(finals, &mut scratch, field)?;
        let value_at_risk95 = from_f64((-q[0]).max(0.0), field)?;

        let (probability_of_payback, median_payback_days) = match self.plan.hardware_cost {
            None => (None, None),
            Some(_) => {
                let mut days = self.payback[..n].to_vec();
                let paid = days.iter().filter(|&&d| d != NEVER).count();
                // The lower median: defined when at least half the paths pay back.
                let (_, &mut median, _) = days.select_nth_unstable((n - 1) / 2);
                (Some(fraction(paid, n)), (median != NEVER).then_some(median))
            }
        };
        let input = &self.input;
        Ok(Simulation {
            currency: input.projection.estimate.currency.clone(),
            paths: n as u32,
            seed: input.seed,
            days: input.projection.days,
            start_date: input.projection.start_date,
            price_volatility_percent_per_year: input.price_volatility_percent_per_year.normalize(),
            difficulty_volatility_percent_per_year: input
                .difficulty_volatility_percent_per_year
                .normalize(),
            hardware_cost: self.plan.hardware_cost.map(super::exact),
            resale_value: super::exact(self.plan.resale_value),
            points,
            final_profit: FinalProfit {
                band,
                mean: from_f64(mean(finals), field)?,
            },
            probability_of_payback,
            probability_of_loss: fraction(losses, n),
            probability_of_profit: fraction(profits, n),
            shutdown_when_unprofitable: self.plan.shutdown,
            running_share,
            probability_mostly_off: mostly_off,
            value_at_risk95,
            median_payback_days,
        })
    }
}

/// The volatility field to name when a simulated figure overflows: the larger one.
pub(crate) fn noisier(price: Decimal, difficulty: Decimal) -> &'static str {
    if difficulty > price {
        "difficultyVolatilityPercentPerYear"
    } else {
        "priceVolatilityPercentPerYear"
    }
}

/// Simulates `input` in one go.
pub fn simulate(input: &SimulationInput) -> Result<Simulation> {
    let mut s = Simulator::new(input)?;
    s.run(usize::MAX);
    s.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_days_are_capped_and_end_on_the_last_day() {
        assert_eq!(sample_days(3), vec![0, 1, 2]);
        let s = sample_days(1826);
        assert!(s.len() <= MAX_POINTS + 1);
        assert_eq!(s.last(), Some(&1825));
        assert_eq!(s[0], 1826usize.div_ceil(MAX_POINTS) - 1);
        assert!(s.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(sample_days(MAX_POINTS).len(), MAX_POINTS);
        assert_eq!(sample_days(3653).last(), Some(&3652));
    }
}
