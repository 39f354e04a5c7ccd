//! A portfolio of rigs, cloud contracts and coin holdings simulated together with correlated
//! prices, the combined spread shown next to each position's alone so the effect of
//! diversifying is visible. Runs in chunks like [`super::Simulator`].
//!
//! # The model
//!
//! Every position's deterministic path is its own: a rig's is its projection ([`crate::project`]),
//! a contract's is [`crate::contract`]'s day engine run, a holding's is its price growing at its
//! `priceChangePercentPerYear`. Noise is per coin, shared by every position on that coin: the
//! price multiplier `exp(σₚ·W − σₚ²·t/2)` and, for mined coins, the difficulty multiplier
//! `exp(σ_d·V − σ_d²·t/2)` (see [`super::Simulator`]). Each day's price shocks of the `n` coins
//! are equicorrelated standard normals `Z = b·E + (a − b)·mean(E)·1` with `E` independent,
//! `a = √(1 + (n − 1)ρ)`, `b = √(1 − ρ)`: the covariance is exactly `(1 − ρ)·I + ρ·11ᵀ`, which
//! is valid for `−1/(n − 1) ≤ ρ ≤ 1` (so with three coins ρ cannot go below −0.5). Difficulty
//! shocks are independent. A portfolio of one coin that is only mined (one rig, say) draws its
//! revenue noise as [`super::Simulator`] does, one normal a day with the summed variance, so a
//! rig alone gets the Risk view's figures for the same seed and paths.
//!
//! A position's profit on a day is what it has made by then minus what it cost: a rig's
//! cumulative profit after tax minus `hardwareCost` (plus `resaleValue` on the last day), a
//! contract's revenue after pool fee minus its fees minus `contractPrice` (it stops on the first
//! day whose fee exceeds revenue when `endsWhenUnprofitable`, and after `contractDays`), a
//! holding's value at the next morning's price minus the money put in. `points` are percentiles
//! of the sum; `combined` and `positions[i]` describe the final values. `spreadPercent` is
//! `(p95 − p5) / outlay × 100`: comparable across positions of different sizes.

use crate::num::Checked;
use std::collections::BTreeMap;

use rand_distr::{Distribution, StandardNormal};
use rand_xoshiro::Xoshiro256PlusPlus;
use rand_xoshiro::rand_core::SeedableRng;
use rust_decimal::Decimal;
use serde::Serialize;

use super::percentile::mean;
use super::simulate::{
    Band, FinalProfit, RigPlan, SimulationPoint, log_steps, noisier, read_paths_and_seed,
    sample_days, volatility,
};
use super::{DEFAULT_CORRELATION, DEFAULT_DIFFICULTY_VOLATILITY, default_volatility};
use super::{exact, fraction, from_f64, to_f64};
use crate::coins::{self, Coin};
use crate::contract::ContractInput;
use crate::date::Date;
use crate::error::{Error, Result};
use crate::estimate::{DAYS_PER_YEAR, EstimateInput};
use crate::market;
use crate::project::{ProjectionInput, daily_factor, read_horizon};
use crate::raw::{Fields, Raw};
use crate::units::{EnergyPrice, Percent, Power};

/// Most positions in one portfolio.
pub const MAX_POSITIONS: usize = 10;

/// What a position is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum PositionKind {
    /// A rig of one's own (a projection input).
    Rig,
    /// A cloud-mining contract.
    Contract,
    /// Coins bought and held.
    Hold,
    /// The whole portfolio (only in outputs).
    Portfolio,
}

/// Coins bought on day 0 and held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoldInput {
    pub coin: &'static Coin,
    /// Coins held.
    pub coins: Decimal,
    /// Money put in: `coins × coinPrice`, or the `invested` given.
    pub invested: Decimal,
    /// The price on day 0 (the snapshot's when not given).
    pub coin_price: Decimal,
    pub price_change_percent_per_year: Decimal,
    pub currency: String,
}

impl HoldInput {
    /// Reads `coin`, `coins` or `invested` (exactly one), `coinPrice`, `priceChangePercentPerYear`
    /// and `currency`.
    pub fn read(f: &Fields) -> Result<Self> {
        let coin = coins::find(&f.text_required("coin")?, &f.name("coin"))?;
        let currency = crate::units::read_currency(f, "currency")?;
        let coin_price = match f.positive("coinPrice")? {
            Some(p) => p,
            None => {
                // The built-in snapshot's USD price, converted at its dated FX rate.
                let usd = coin.snapshot().price_usd;
                let rate = market::fx_rate(&currency, None).map(|(r, _)| r);
                match rate.and_then(|r| usd.mul_checked(r)) {
                    Some(p) if p > Decimal::ZERO => p,
                    _ => {
                        return Err(Error::Missing {
                            field: f.name("coinPrice"),
                        });
                    }
                }
            }
        };
        let over = || Error::overflow(f.name("coins"));
        let (coins, invested) = match (f.positive("coins")?, f.positive("invested")?) {
            (Some(c), None) => (c, c.mul_checked(coin_price).ok_or_else(over)?),
            (None, Some(i)) => (i.div_checked(coin_price).ok_or_else(over)?, i),
            (Some(_), Some(_)) => {
                return Err(Error::invalid(
                    f.name("invested"),
                    "give either coins or invested, not both",
                ));
            }
            (None, None) => {
                return Err(Error::Missing {
                    field: f.name("invested"),
                });
            }
        };
        let change = f
            .decimal_in(
                "priceChangePercentPerYear",
                Some(-Decimal::ONE_HUNDRED),
                None,
            )?
            .unwrap_or_default();
        if change <= -Decimal::ONE_HUNDRED {
            return Err(Error::range(
                f.name("priceChangePercentPerYear"),
                "greater than -100",
                change,
            ));
        }
        Ok(HoldInput {
            coin,
            coins,
            invested,
            coin_price,
            price_change_percent_per_year: change,
            currency,
        })
    }
}

/// One position of a portfolio.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Position {
    Rig(Box<ProjectionInput>),
    Contract(Box<ContractInput>),
    Hold(HoldInput),
}

impl Position {
    fn kind(&self) -> PositionKind {
        match self {
            Position::Rig(_) => PositionKind::Rig,
            Position::Contract(_) => PositionKind::Contract,
            Position::Hold(_) => PositionKind::Hold,
        }
    }

    fn coin(&self) -> &'static Coin {
        match self {
            Position::Rig(p) => p.estimate.coin,
            Position::Contract(c) => c.market.coin,
            Position::Hold(h) => h.coin,
        }
    }

    fn currency(&self) -> &str {
        match self {
            Position::Rig(p) => &p.estimate.currency,
            Position::Contract(c) => &c.market.currency,
            Position::Hold(h) => &h.currency,
        }
    }

    /// What the position costs up front.
    fn outlay(&self) -> Decimal {
        match self {
            Position::Rig(p) => p.estimate.hardware_cost.unwrap_or_default(),
            Position::Contract(c) => c.contract_price,
            Position::Hold(h) => h.invested,
        }
    }
}

/// A validated portfolio input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortfolioInput {
    pub start_date: Date,
    /// The horizon, 1–3653 days.
    pub days: u32,
    /// Correlation between any two coins' price shocks, −1 to 1 (default 0.7).
    pub correlation: Decimal,
    /// Annual price volatility per coin of the positions, percent.
    pub price_volatility: BTreeMap<&'static str, Decimal>,
    pub difficulty_volatility_percent_per_year: Decimal,
    pub paths: u32,
    pub seed: u64,
    pub currency: String,
    pub positions: Vec<Position>,
}

/// Top-level fields a position inherits when it does not give its own, per kind.
fn inherited(kind: PositionKind) -> &'static [&'static str] {
    match kind {
        PositionKind::Rig => &[
            "startDate",
            "days",
            "currency",
            "priceChangePercentPerYear",
            "difficultyGrowthPercentPerMonth",
        ],
        PositionKind::Contract => &[
            "startDate",
            "contractDays",
            "currency",
            "priceChangePercentPerYear",
            "difficultyGrowthPercentPerMonth",
        ],
        PositionKind::Hold | PositionKind::Portfolio => &["currency", "priceChangePercentPerYear"],
    }
}

impl PortfolioInput {
    /// Validates a loosely typed input object and rejects unknown fields.
    ///
    /// Top level: `startDate`, `days`, `positions` (1–10, each with `kind`: `rig`, `contract` or
    /// `hold`), `correlation`, `priceVolatilityPercentPerYear` (one number for every coin, or
    /// an object by coin id; default per coin), `difficultyVolatilityPercentPerYear`, `paths`,
    /// `seed`, `currency`, and `priceChangePercentPerYear` / `difficultyGrowthPercentPerMonth`
    /// as defaults for the positions. A rig position is a projection input, a contract a
    /// contract input (`contractDays` default: the portfolio's days), a holding
    /// `{ coin, coins | invested, coinPrice, priceChangePercentPerYear }`.
    pub fn from_raw(raw: &Raw) -> Result<Self> {
        let f = Fields::new(raw)?;
        let (start_date, days) = read_horizon(&f, "days")?;
        let currency = crate::units::read_currency(&f, "currency")?;
        let correlation = f
            .decimal_in("correlation", Some(-Decimal::ONE), Some(Decimal::ONE))?
            .unwrap_or(DEFAULT_CORRELATION);
        let difficulty_volatility_percent_per_year =
            volatility(&f, "difficultyVolatilityPercentPerYear")?
                .unwrap_or(DEFAULT_DIFFICULTY_VOLATILITY);
        let (paths, seed) = read_paths_and_seed(&f)?;
        // Defaults the positions inherit (validated where each position reads them).
        let mut defaults = BTreeMap::new();
        for key in [
            "priceChangePercentPerYear",
            "difficultyGrowthPercentPerMonth",
        ] {
            if let Some(v) = f.raw(key) {
                defaults.insert(key, v.clone());
            }
        }
        defaults.insert("startDate", Raw::from(start_date.to_string()));
        defaults.insert("days", Raw::from(u64::from(days)));
        defaults.insert("contractDays", Raw::from(u64::from(days)));
        defaults.insert("currency", Raw::from(currency.clone()));

        let items = match f.raw("positions") {
            Some(Raw::List(items)) if !items.is_empty() => items,
            Some(Raw::List(_)) | None => {
                return Err(Error::Missing {
                    field: f.name("positions"),
                });
            }
            Some(_) => return Err(Error::invalid(f.name("positions"), "must be a list")),
        };
        if items.len() > MAX_POSITIONS {
            return Err(Error::range(
                f.name("positions"),
                format!("a list of 1 to {MAX_POSITIONS} positions"),
                format!("{} positions", items.len()),
            ));
        }
        let mut positions = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let name = f.name(&format!("positions[{i}]"));
            positions.push(read_position(
                item, &name, &defaults, start_date, days, &currency,
            )?);
        }
        let price_volatility = read_volatilities(&f, &positions)?;
        f.finish()?;

        let n = price_volatility.len();
        if n >= 2 {
            let floor = -Decimal::ONE / Decimal::from(n as u64 - 1);
            if correlation < floor {
                return Err(Error::range(
                    f.name("correlation"),
                    format!(
                        "between {} and 1 for {n} coins",
                        floor.round_dp(4).normalize()
                    ),
                    correlation.normalize(),
                ));
            }
        }
        Ok(PortfolioInput {
            start_date,
            days,
            correlation,
            price_volatility,
            difficulty_volatility_percent_per_year,
            paths,
            seed,
            currency,
            positions,
        })
    }
}

/// Reads one position, filling in what it inherits and checking it fits the portfolio.
fn read_position(
    item: &Raw,
    name: &str,
    defaults: &BTreeMap<&str, Raw>,
    start_date: Date,
    days: u32,
    currency: &str,
) -> Result<Position> {
    let probe = Fields::nested(item, name)?;
    let kind = match probe.text_required("kind")?.to_ascii_lowercase().as_str() {
        "rig" => PositionKind::Rig,
        "contract" => PositionKind::Contract,
        "hold" => PositionKind::Hold,
        other => {
            return Err(Error::invalid(
                probe.name("kind"),
                format!("must be \"rig\", \"contract\" or \"hold\", got \"{other}\""),
            ));
        }
    };
    let mut raw = item.clone();
    for key in inherited(kind) {
        if !probe.has(key)
            && let Some(v) = defaults.get(key)
        {
            raw.set(key, v.clone());
        }
    }
    let f = Fields::nested(&raw, name)?;
    f.raw("kind");
    let position = match kind {
        PositionKind::Rig => {
            let p = ProjectionInput::read(&f)?;
            if p.days != days {
                return Err(Error::range(
                    f.name("days"),
                    format!("the portfolio's days ({days})"),
                    p.days,
                ));
            }
            Position::Rig(Box::new(p))
        }
        PositionKind::Contract => {
            let c = ContractInput::read(&f)?;
            if c.contract_days > days {
                return Err(Error::range(
                    f.name("contractDays"),
                    format!("at most the portfolio's days ({days})"),
                    c.contract_days,
                ));
            }
            Position::Contract(Box::new(c))
        }
        PositionKind::Hold | PositionKind::Portfolio => Position::Hold(HoldInput::read(&f)?),
    };
    f.finish()?;
    let start = match &position {
        Position::Rig(p) => p.start_date,
        Position::Contract(c) => c.start_date,
        Position::Hold(_) => start_date,
    };
    if start != start_date {
        return Err(Error::range(
            f.name("startDate"),
            format!("the portfolio's startDate ({start_date})"),
            start,
        ));
    }
    if position.currency() != currency {
        return Err(Error::range(
            f.name("currency"),
            format!("the portfolio's currency ({currency})"),
            position.currency(),
        ));
    }
    Ok(position)
}

/// `priceVolatilityPercentPerYear`: one number for all coins or an object by coin id; every
/// coin of the positions gets a value (its default when not given).
fn read_volatilities(
    f: &Fields,
    positions: &[Position],
) -> Result<BTreeMap<&'static str, Decimal>> {
    let key = "priceVolatilityPercentPerYear";
    let mut given: BTreeMap<&'static str, Decimal> = BTreeMap::new();
    let mut all = None;
    match f.raw(key) {
        None => {}
        Some(map @ Raw::Map(m)) => {
            let inner = Fields::nested(map, &f.name(key))?;
            for id in m.keys() {
                let coin = coins::find(id, &inner.name(id))?;
                if let Some(v) = volatility(&inner, id)? {
                    given.insert(coin.id, v);
                }
            }
            inner.finish()?;
        }
        Some(_) => all = volatility(f, key)?,
    }
    Ok(positions
        .iter()
        .map(|p| {
            let coin = p.coin();
            let v = given
                .get(coin.id)
                .copied()
                .or(all)
                .unwrap_or_else(|| default_volatility(coin));
            (coin.id, v)
        })
        .collect())
}

/// The final-value statistics of one position or of the whole portfolio.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PositionRisk {
    pub kind: PositionKind,
    /// The position's coin; null for the whole portfolio.
    pub coin: Option<&'static str>,
    /// What it costs up front: hardware cost, contract price or money invested.
    pub outlay: Decimal,
    /// Percentiles and mean of the final profit (after the outlay).
    pub final_profit: FinalProfit,
    pub probability_of_loss: Decimal,
    /// The loss at the 5th percentile (positive), 0 when that is not a loss.
    pub value_at_risk95: Decimal,
    /// `(p95 − p5) / outlay × 100`; null without an outlay.
    pub spread_percent: Option<Decimal>,
}

/// The result of a portfolio simulation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Portfolio {
    pub currency: String,
    pub paths: u32,
    pub seed: u64,
    pub days: u32,
    pub start_date: Date,
    pub correlation: Decimal,
    /// The volatility used for each coin.
    pub price_volatility_percent_per_year: BTreeMap<&'static str, Decimal>,
    pub difficulty_volatility_percent_per_year: Decimal,
    /// Percentiles of the whole portfolio's profit over time (after outlays).
    pub points: Vec<SimulationPoint>,
    /// The whole portfolio.
    pub combined: PositionRisk,
    /// Each position alone, in input order.
    pub positions: Vec<PositionRisk>,
    /// The sum of the positions' `valueAtRisk95`: what the combined one would be without any
    /// diversification.
    pub separate_value_at_risk95: Decimal,
}

/// A position's deterministic plan in `f64`.
#[derive(Debug, Clone)]
enum Plan {
    Rig {
        plan: RigPlan,
        cost: f64,
        resale: f64,
    },
    Contract {
        plan: RigPlan,
        fee: f64,
        price: f64,
        ends: bool,
    },
    Hold {
        coins: f64,
        invested: f64,
        prices: Vec<f64>,
    },
}

/// What a position has made so far on one path.
#[derive(Debug, Clone, Copy, Default)]
struct Running {
    cum: f64,
    ended: bool,
}

impl Plan {
    /// The position's profit after day `d` (the last day when `last`), given the coin's
    /// revenue multiplier `revenue` (price over difficulty noise) and price multiplier `price`.
    #[inline(always)]
    fn value(&self, run: &mut Running, d: usize, last: bool, revenue: f64, price: f64) -> f64 {
        match self {
            Plan::Rig { plan, cost, resale } => {
                if let Some(day) = plan.days.get(d) {
                    run.cum += plan.profit(day, revenue);
                }
                // The same sum as `Simulator`'s final profit, so one rig alone agrees bit for bit.
                if last {
                    run.cum + (*resale - *cost)
                } else {
                    run.cum - cost
                }
            }
            Plan::Contract {
                plan,
                fee,
                price: outlay,
                ends,
            } => {
                if !run.ended
                    && let Some(day) = plan.days.get(d)
                {
                    let earned = day.income_a * revenue;
                    if *ends && *fee > earned {
                        run.ended = true;
                    } else {
                        run.cum += earned - fee;
                    }
                }
                run.cum - outlay
            }
            Plan::Hold {
                coins,
                invested,
                prices,
            } => coins * prices.get(d + 1).copied().unwrap_or(0.0) * price - invested,
        }
    }
}

/// The per-coin noise parameters and antithetic tables.
#[derive(Debug, Clone)]
struct Noise {
    price_drift: f64,
    price_step: f64,
    difficulty_drift: f64,
    difficulty_step: f64,
    /// Whether any rig or contract mines the coin (it then needs difficulty noise).
    mined: bool,
    /// Whether any holding is in the coin (it then needs the price multiplier).
    held: bool,
    /// `e^(2·price drift·(k + 1))` per day: the partner path's price multiplier times ours.
    anti_price: Vec<f64>,
    /// The same for the revenue multiplier (price drift less difficulty drift).
    anti_revenue: Vec<f64>,
}

/// A portfolio simulation run in chunks, like [`super::Simulator`], in antithetic pairs: the
/// second path of a pair negates every normal of the first, so its multipliers cost a
/// division each instead of normals and exponentials.
#[derive(Debug, Clone)]
pub struct PortfolioSimulator {
    plans: Vec<(Plan, usize)>,
    noise: Vec<Noise>,
    /// The equicorrelation scales `b` and `a − b`.
    own: f64,
    common: f64,
    /// One coin, mined and not held: its revenue multiplier gets one normal a day with
    /// `Simulator`'s drift and step (price and difficulty noise summed, identical in
    /// distribution), so a rig alone here gives the Risk view's figures for the same seed.
    single: Option<(f64, f64)>,
    rng: Xoshiro256PlusPlus,
    days: usize,
    dates: Vec<Date>,
    paths: usize,
    done: usize,
    sample_days: Vec<usize>,
    /// The portfolio's profit, one row of `paths` per sample day.
    samples: Vec<f64>,
    /// Final profit, one row of `paths` per position, then one for the portfolio.
    finals: Vec<f64>,
    input: PortfolioInput,
    // Per-pair scratch, reused: per coin, then per position for each of the two paths.
    shocks: Vec<f64>,
    log_price: Vec<f64>,
    log_difficulty: Vec<f64>,
    multipliers: Vec<[f64; 4]>,
    running: Vec<[Running; 2]>,
}

/// The projection a contract's coins come from: the same market, no power (as in
/// [`crate::contract`]).
fn contract_projection(c: &ContractInput) -> ProjectionInput {
    ProjectionInput {
        estimate: EstimateInput {
            power: Power::default(),
            electricity_price: EnergyPrice::default(),
            overhead: Percent::ZERO,
            hardware_cost: None,
            ..c.market.clone()
        },
        start_date: c.start_date,
        days: c.contract_days,
        market: c.path,
        electricity_price_change_percent_per_year: Decimal::ZERO,
        hashrate_decay_percent_per_year: Decimal::ZERO,
        tax: Percent::ZERO,
        shutdown_when_unprofitable: false,
        resale_value: Percent::ZERO,
        off_peak: None,
    }
}

impl PortfolioSimulator {
    /// Prepares a run: every position's plan, the noise per coin and the buffers.
    pub fn new(input: &PortfolioInput) -> Result<PortfolioSimulator> {
        let coin_ids: Vec<&'static str> = input.price_volatility.keys().copied().collect();
        let index = |id: &str| coin_ids.iter().position(|c| *c == id).unwrap_or(0);
        let days = input.days as usize;
        let mut noise: Vec<Noise> = coin_ids
            .iter()
            .map(|id| {
                let sigma = input.price_volatility.get(id).copied().unwrap_or_default();
                let (price_drift, price_step) = log_steps(sigma, Decimal::ZERO);
                let (d, s) = log_steps(Decimal::ZERO, input.difficulty_volatility_percent_per_year);
                Noise {
                    price_drift,
                    price_step,
                    difficulty_drift: -d,
                    difficulty_step: s,
                    mined: false,
                    held: false,
                    anti_price: Vec::new(),
                    anti_revenue: Vec::new(),
                }
            })
            .collect();
        let mut plans = Vec::with_capacity(input.positions.len());
        let mut dates = Vec::new();
        for position in &input.positions {
            let c = index(position.coin().id);
            let plan = match position {
                Position::Rig(p) => {
                    let plan = RigPlan::build(p)?;
                    dates.clone_from(&plan.dates);
                    noise[c].mined = true;
                    Plan::Rig {
                        cost: plan.hardware_cost.map_or(0.0, to_f64),
                        resale: to_f64(plan.resale_value),
                        plan,
                    }
                }
                Position::Contract(k) => {
                    noise[c].mined = true;
                    Plan::Contract {
                        plan: RigPlan::build(&contract_projection(k))?,
                        fee: to_f64(k.maintenance_fee_per_day),
                        price: to_f64(k.contract_price),
                        ends: k.ends_when_unprofitable,
                    }
                }
                Position::Hold(h) => {
                    noise[c].held = true;
                    let field = "priceChangePercentPerYear";
                    let f = to_f64(daily_factor(
                        h.price_change_percent_per_year,
                        DAYS_PER_YEAR,
                        field,
                    )?);
                    let mut p = to_f64(h.coin_price);
                    let prices = (0..=days)
                        .map(|_| {
                            let today = p;
                            p *= f;
                            today
                        })
                        .collect();
                    Plan::Hold {
                        coins: to_f64(h.coins),
                        invested: to_f64(h.invested),
                        prices,
                    }
                }
            };
            plans.push((plan, c));
        }
        let single = match noise.as_slice() {
            [n] if n.mined && !n.held => Some(log_steps(
                input
                    .price_volatility
                    .values()
                    .next()
                    .copied()
                    .unwrap_or_default(),
                input.difficulty_volatility_percent_per_year,
            )),
            _ => None,
        };
        for n in &mut noise {
            let revenue_drift = if let Some((drift, _)) = single {
                drift
            } else if n.mined {
                n.price_drift - n.difficulty_drift
            } else {
                n.price_drift
            };
            n.anti_price = (1..=days)
                .map(|k| libm::exp(2.0 * n.price_drift * k as f64))
                .collect();
            n.anti_revenue = (1..=days)
                .map(|k| libm::exp(2.0 * revenue_drift * k as f64))
                .collect();
        }
        if dates.len() != days {
            dates = (0..days)
                .map(|k| {
                    input
                        .start_date
                        .add_days(k as i64)
                        .unwrap_or(input.start_date)
                })
                .collect();
        }
        let n = coin_ids.len();
        let rho = to_f64(input.correlation);
        let a = libm::sqrt((1.0 + (n as f64 - 1.0) * rho).max(0.0));
        let b = libm::sqrt((1.0 - rho).max(0.0));
        let paths = input.paths as usize;
        let sample_days = sample_days(days);
        let positions = plans.len();
        Ok(PortfolioSimulator {
            plans,
            noise,
            own: b,
            common: a - b,
            single,
            rng: Xoshiro256PlusPlus::seed_from_u64(input.seed),
            days,
            dates,
            paths,
            done: 0,
            samples: vec![0.0; sample_days.len() * paths],
            sample_days,
            finals: vec![0.0; (positions + 1) * paths],
            input: input.clone(),
            shocks: vec![0.0; n],
            log_price: vec![0.0; n],
            log_difficulty: vec![0.0; n],
            multipliers: vec![[1.0; 4]; n],
            running: vec![[Running::default(); 2]; positions],
        })
    }

    /// Simulates at least `n` more paths (whole antithetic pairs), never beyond the paths asked
    /// for, and returns the progress (0–1).
    pub fn run(&mut self, n: usize) -> f64 {
        let end = self.done.saturating_add(n).min(self.paths);
        while self.done < end {
            let pair = self.done + 1 < self.paths;
            self.run_pair(self.done, pair);
            self.done += if pair { 2 } else { 1 };
        }
        self.progress()
    }

    /// Simulates path `first` and, when `pair`, its antithetic partner `first + 1`.
    fn run_pair(&mut self, first: usize, pair: bool) {
        let Self {
            plans,
            noise,
            own,
            common,
            single,
            rng,
            days,
            paths,
            sample_days,
            samples,
            finals,
            shocks,
            log_price,
            log_difficulty,
            multipliers,
            running,
            ..
        } = self;
        let (days, paths) = (*days, *paths);
        log_price.fill(0.0);
        log_difficulty.fill(0.0);
        running.fill([Running::default(); 2]);
        let mut k = 0;
        let mut next = sample_days.first().copied().unwrap_or(usize::MAX);
        for d in 0..days {
            if let (Some((drift, step)), Some(n), Some(m), Some(log)) = (
                *single,
                noise.first(),
                multipliers.first_mut(),
                log_price.first_mut(),
            ) {
                let z: f64 = StandardNormal.sample(rng);
                *log += drift + step * z;
                m[0] = super::exp::exp(*log);
                m[2] = n.anti_revenue[d] / m[0];
            } else {
                let mut sum = 0.0;
                for e in shocks.iter_mut() {
                    *e = StandardNormal.sample(rng);
                    sum += *e;
                }
                let shared = *common * sum / shocks.len().max(1) as f64;
                for (c, n) in noise.iter().enumerate() {
                    let z = *own * shocks[c] + shared;
                    log_price[c] += n.price_drift + n.price_step * z;
                    if n.mined {
                        let w: f64 = StandardNormal.sample(rng);
                        log_difficulty[c] += n.difficulty_drift + n.difficulty_step * w;
                    }
                    // [revenue, price] for our path, then for the partner.
                    let m = &mut multipliers[c];
                    if n.held {
                        m[1] = super::exp::exp(log_price[c]);
                        m[3] = n.anti_price[d] / m[1];
                    }
                    if n.mined {
                        m[0] = super::exp::exp(log_price[c] - log_difficulty[c]);
                        m[2] = n.anti_revenue[d] / m[0];
                    }
                }
            }
            let last = d + 1 == days;
            let (mut total_a, mut total_b) = (0.0, 0.0);
            for (i, ((plan, c), run)) in plans.iter().zip(running.iter_mut()).enumerate() {
                let m = multipliers[*c];
                let a = plan.value(&mut run[0], d, last, m[0], m[1]);
                let b = plan.value(&mut run[1], d, last, m[2], m[3]);
                total_a += a;
                total_b += b;
                if last {
                    finals[i * paths + first] = a;
                    if pair {
                        finals[i * paths + first + 1] = b;
                    }
                }
            }
            if last {
                finals[plans.len() * paths + first] = total_a;
                if pair {
                    finals[plans.len() * paths + first + 1] = total_b;
                }
            }
            if d == next {
                samples[k * paths + first] = total_a;
                if pair {
                    samples[k * paths + first + 1] = total_b;
                }
                k += 1;
                next = sample_days.get(k).copied().unwrap_or(usize::MAX);
            }
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

    /// The statistics of the paths simulated so far.
    pub fn finish(&self) -> Result<Portfolio> {
        let n = self.done;
        if n == 0 {
            return Err(Error::invalid("paths", "no path has been simulated yet"));
        }
        let top = self
            .input
            .price_volatility
            .values()
            .copied()
            .max()
            .unwrap_or_default();
        let field = noisier(top, self.input.difficulty_volatility_percent_per_year);
        let mut scratch = Vec::with_capacity(n);
        let mut points = Vec::with_capacity(self.sample_days.len());
        for (k, &d) in self.sample_days.iter().enumerate() {
            let row = &self.samples[k * self.paths..k * self.paths + n];
            let (band, _) = Band::of(row, &mut scratch, field)?;
            let date = self.dates.get(d).copied().unwrap_or(self.input.start_date);
            points.push(SimulationPoint {
                day: d as u32 + 1,
                date,
                band,
            });
        }
        let risk = |row: usize,
                    kind: PositionKind,
                    coin: Option<&'static str>,
                    outlay: Decimal,
                    scratch: &mut Vec<i64>|
         -> Result<PositionRisk> {
            let finals = &self.finals[row * self.paths..row * self.paths + n];
            let losses = finals.iter().filter(|&&x| x < 0.0).count();
            let (band, q) = Band::of(finals, scratch, field)?;
            let spread_percent = if outlay > Decimal::ZERO {
                Some(from_f64((q[4] - q[0]) / to_f64(outlay) * 100.0, field)?)
            } else {
                None
            };
            Ok(PositionRisk {
                kind,
                coin,
                outlay: exact(outlay),
                final_profit: FinalProfit {
                    band,
                    mean: from_f64(mean(finals), field)?,
                },
                probability_of_loss: fraction(losses, n),
                value_at_risk95: from_f64((-q[0]).max(0.0), field)?,
                spread_percent,
            })
        };
        let mut positions = Vec::with_capacity(self.plans.len());
        let mut total_outlay = Decimal::ZERO;
        for (i, p) in self.input.positions.iter().enumerate() {
            let outlay = p.outlay();
            total_outlay = total_outlay
                .add_checked(outlay)
                .ok_or_else(|| Error::overflow("positions"))?;
            positions.push(risk(i, p.kind(), Some(p.coin().id), outlay, &mut scratch)?);
        }
        let combined = risk(
            self.plans.len(),
            PositionKind::Portfolio,
            None,
            total_outlay,
            &mut scratch,
        )?;
        let separate_value_at_risk95 = positions.iter().map(|p| p.value_at_risk95).sum();
        let input = &self.input;
        Ok(Portfolio {
            currency: input.currency.clone(),
            paths: n as u32,
            seed: input.seed,
            days: input.days,
            start_date: input.start_date,
            correlation: input.correlation.normalize(),
            price_volatility_percent_per_year: input
                .price_volatility
                .iter()
                .map(|(k, v)| (*k, v.normalize()))
                .collect(),
            difficulty_volatility_percent_per_year: input
                .difficulty_volatility_percent_per_year
                .normalize(),
            points,
            combined,
            positions,
            separate_value_at_risk95,
        })
    }
}

/// Simulates a portfolio in one go.
pub fn portfolio(input: &PortfolioInput) -> Result<Portfolio> {
    let mut s = PortfolioSimulator::new(input)?;
    s.run(usize::MAX);
    s.finish()
}
