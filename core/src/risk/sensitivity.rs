//! What matters most: profit with each of coin price, difficulty, electricity price, hashrate,
//! power and pool fee moved down and up (a tornado chart, biggest swing first), and a break-even
//! grid over electricity price × coin price. Exact: every figure is `estimate` or `project`.

use crate::num::Checked;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::estimate::{EstimateInput, Network, estimate, output};
use crate::project::{ProjectionInput, project};
use crate::raw::{Fields, Raw};
use crate::units::{Difficulty, EnergyPrice, Hashrate, Percent, Power};

/// Default swing, in percent.
const DEFAULT_DELTA: Decimal = dec!(20);
/// Grid steps per axis: 0 %, 20 %, …, 200 % of today's value.
const GRID_STEPS: usize = 11;
/// The index of today's value on a proportional axis (100 %).
const GRID_BASE: usize = 5;
/// Days a projection covers when `startDate` is given without `days`.
const DEFAULT_DAYS: u64 = 365;

/// What the tornado measures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Basis {
    /// Today's daily profit (no `startDate`).
    Estimate(Box<EstimateInput>),
    /// Total profit of a projection (`startDate` given; `days` default 365).
    Projection(Box<ProjectionInput>),
}

impl Basis {
    fn estimate_input(&self) -> &EstimateInput {
        match self {
            Basis::Estimate(e) => e,
            Basis::Projection(p) => &p.estimate,
        }
    }

    fn estimate_input_mut(&mut self) -> &mut EstimateInput {
        match self {
            Basis::Estimate(e) => e,
            Basis::Projection(p) => &mut p.estimate,
        }
    }

    fn profit(&self) -> Result<Decimal> {
        match self {
            Basis::Estimate(e) => Ok(estimate(e)?.daily.profit),
            Basis::Projection(p) => Ok(project(p)?.total_profit),
        }
    }
}

/// A validated sensitivity input: an estimate or projection input plus `deltaPercent`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SensitivityInput {
    pub basis: Basis,
    /// The swing in percent, greater than 0 and at most 100 (default 20).
    pub delta_percent: Decimal,
}

impl SensitivityInput {
    /// Validates a loosely typed input object and rejects unknown fields. With `startDate`
    /// (or `days`) the input is a projection's and the tornado measures its total profit over
    /// `days` (default 365); otherwise an estimate's, measuring today's daily profit.
    pub fn from_raw(raw: &Raw) -> Result<Self> {
        let given = |k: &str| raw.get(k).is_some_and(Raw::is_given);
        let over_time = given("startDate") || given("days");
        let mut raw = raw.clone();
        if over_time && !given("days") {
            raw.set("days", DEFAULT_DAYS);
        }
        let f = Fields::new(&raw)?;
        let basis = if over_time {
            Basis::Projection(Box::new(ProjectionInput::read(&f)?))
        } else {
            Basis::Estimate(Box::new(EstimateInput::read(&f)?))
        };
        let delta_percent = match f.decimal("deltaPercent")? {
            None => DEFAULT_DELTA,
            Some(d) if d > Decimal::ZERO && d <= Decimal::ONE_HUNDRED => d,
            Some(d) => {
                return Err(Error::range(
                    f.name("deltaPercent"),
                    "greater than 0 and at most 100",
                    d.normalize(),
                ));
            }
        };
        f.finish()?;
        Ok(SensitivityInput {
            basis,
            delta_percent,
        })
    }
}

/// The inputs the tornado moves, in display order.
const PARAMETERS: [&str; 6] = [
    "coinPrice",
    "difficulty",
    "electricityPrice",
    "hashrate",
    "powerWatts",
    "poolFeePercent",
];

/// An input value and the profit it gives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SensitivityValue {
    pub value: Decimal,
    pub profit: Decimal,
}

/// One bar of the tornado.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SensitivityRow {
    /// The input's field name (`difficulty` stands for `networkHashrate` when that was given).
    pub parameter: &'static str,
    /// Today's value (hashrates in base units per second, pool fee in percent).
    pub base_value: Decimal,
    /// At `−deltaPercent` (pool fee at most 100 %).
    pub low: SensitivityValue,
    /// At `+deltaPercent`.
    pub high: SensitivityValue,
    /// `|high.profit − low.profit|`.
    pub impact: Decimal,
}

/// Daily profit over electricity price (rows) × coin price (columns).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SensitivityGrid {
    /// Always `dailyProfit`: today's profit per day, from `estimate`.
    pub metric: &'static str,
    /// 0 %, 20 %, …, 200 % of today's price per kWh (of the break-even price when today's is
    /// 0, so the axis runs from 0 to twice the break-even price).
    pub electricity_prices: Vec<Decimal>,
    /// The same steps of today's coin price (of the break-even coin price when today's is 0).
    pub coin_prices: Vec<Decimal>,
    /// Where today's electricity price sits on its axis.
    pub base_electricity_index: usize,
    /// Where today's coin price sits on its axis.
    pub base_coin_price_index: usize,
    /// `profit[i][j]`: daily profit at `electricityPrices[i]` and `coinPrices[j]`.
    pub profit: Vec<Vec<Decimal>>,
    pub break_even_electricity_price: Option<Decimal>,
    pub break_even_coin_price: Option<Decimal>,
}

/// The tornado and the grid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Sensitivity {
    pub currency: String,
    /// `totalProfit` (a projection's, over `days`) or `dailyProfit` (today's estimate).
    pub metric: &'static str,
    /// The projection's days; null for `dailyProfit`.
    pub days: Option<u32>,
    pub delta_percent: Decimal,
    /// The profit at today's values.
    pub base_profit: Decimal,
    /// Biggest impact first; ties in display order.
    pub rows: Vec<SensitivityRow>,
    pub grid: SensitivityGrid,
}

/// The tornado rows and the break-even grid for `input`.
pub fn sensitivity(input: &SensitivityInput) -> Result<Sensitivity> {
    let base_profit = input.basis.profit()?;
    let swing = input.delta_percent / Decimal::ONE_HUNDRED;
    let (down, up) = (Decimal::ONE - swing, Decimal::ONE + swing);
    let mut rows = Vec::with_capacity(PARAMETERS.len());
    for parameter in PARAMETERS {
        let (low_basis, low_value) = vary(&input.basis, parameter, down)?;
        let (high_basis, high_value) = vary(&input.basis, parameter, up)?;
        let low = low_basis.profit()?;
        let high = high_basis.profit()?;
        rows.push(SensitivityRow {
            parameter,
            base_value: value_of(input.basis.estimate_input(), parameter).normalize(),
            low: SensitivityValue {
                value: output(low_value),
                profit: low,
            },
            high: SensitivityValue {
                value: output(high_value),
                profit: high,
            },
            impact: (high - low).abs(),
        });
    }
    // A stable sort keeps the display order among equal impacts.
    super::sort_rows(&mut rows, |a, b| b.impact.cmp(&a.impact));

    let (metric, days) = match &input.basis {
        Basis::Estimate(_) => ("dailyProfit", None),
        Basis::Projection(p) => ("totalProfit", Some(p.days)),
    };
    let e = input.basis.estimate_input();
    Ok(Sensitivity {
        currency: e.currency.clone(),
        metric,
        days,
        delta_percent: input.delta_percent.normalize(),
        base_profit,
        rows,
        grid: grid(e)?,
    })
}

/// Today's value of `parameter` in `e`.
fn value_of(e: &EstimateInput, parameter: &str) -> Decimal {
    match parameter {
        "coinPrice" => e.coin_price,
        "difficulty" => match e.network {
            Network::Difficulty(d) => d.value(),
            Network::Hashrate(n) => n.per_second(),
        },
        "electricityPrice" => e.electricity_price.as_per_kwh(),
        "hashrate" => e.hashrate.per_second(),
        "powerWatts" => e.power.as_watts(),
        _ => e.pool_fee.value(),
    }
}

/// `basis` with `parameter` multiplied by `factor`, and the new value. Electricity scales the
/// off-peak price too; the pool fee stays within 100 %.
fn vary(basis: &Basis, parameter: &'static str, factor: Decimal) -> Result<(Basis, Decimal)> {
    let scale = |v: Decimal| {
        v.mul_checked(factor)
            .ok_or_else(|| Error::overflow(parameter))
    };
    let mut b = basis.clone();
    if parameter == "electricityPrice"
        && let Basis::Projection(p) = &mut b
        && let Some(o) = &mut p.off_peak
    {
        o.price = EnergyPrice::per_kwh(scale(o.price.as_per_kwh())?);
    }
    let e = b.estimate_input_mut();
    let value = scale(value_of(e, parameter))?;
    let value = match parameter {
        "coinPrice" => {
            e.coin_price = value;
            value
        }
        "difficulty" => {
            e.network = match e.network {
                Network::Difficulty(_) => Network::Difficulty(Difficulty::new(value)),
                Network::Hashrate(n) => Network::Hashrate(Hashrate::new(value, n.unit())),
            };
            value
        }
        "electricityPrice" => {
            e.electricity_price = EnergyPrice::per_kwh(value);
            value
        }
        "hashrate" => {
            e.hashrate = Hashrate::new(value, e.hashrate.unit());
            value
        }
        "powerWatts" => {
            e.power = Power::watts(value);
            value
        }
        _ => {
            let capped = value.min(Decimal::ONE_HUNDRED);
            e.pool_fee = Percent::new(capped);
            capped
        }
    };
    Ok((b, value))
}

/// Eleven steps from 0 to twice `base` (twice `fallback` when `base` is 0), and the index of
/// `base` on it.
fn axis(base: Decimal, fallback: Option<Decimal>, field: &str) -> Result<(Vec<Decimal>, usize)> {
    let (top, at) = if base.is_zero() {
        (
            fallback.filter(|f| *f > Decimal::ZERO).unwrap_or_default(),
            0,
        )
    } else {
        (base, GRID_BASE)
    };
    let steps = (0..GRID_STEPS)
        .map(|i| {
            top.mul_checked(Decimal::from(i as u64))
                .map(|v| v / Decimal::from(GRID_BASE as u64))
                .ok_or_else(|| Error::overflow(field))
        })
        .collect::<Result<Vec<_>>>()?;
    Ok((steps, at))
}

/// The break-even grid around today's estimate.
fn grid(e: &EstimateInput) -> Result<SensitivityGrid> {
    let today = estimate(e)?;
    let (electricity_prices, base_electricity_index) = axis(
        e.electricity_price.as_per_kwh(),
        today.break_even_electricity_price,
        "electricityPrice",
    )?;
    let (coin_prices, base_coin_price_index) =
        axis(e.coin_price, today.break_even_coin_price, "coinPrice")?;
    let mut profit = Vec::with_capacity(GRID_STEPS);
    for &kwh in &electricity_prices {
        let mut row = Vec::with_capacity(GRID_STEPS);
        for &price in &coin_prices {
            let cell = EstimateInput {
                electricity_price: EnergyPrice::per_kwh(kwh),
                coin_price: price,
                ..e.clone()
            };
            row.push(estimate(&cell)?.daily.profit);
        }
        profit.push(row);
    }
    Ok(SensitivityGrid {
        metric: "dailyProfit",
        electricity_prices: electricity_prices.into_iter().map(output).collect(),
        coin_prices: coin_prices.into_iter().map(output).collect(),
        base_electricity_index,
        base_coin_price_index,
        profit,
        break_even_electricity_price: today.break_even_electricity_price,
        break_even_coin_price: today.break_even_coin_price,
    })
}
