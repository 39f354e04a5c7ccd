//! Cloud-mining contracts day by day, against simply buying the coin, and owning a rig, a
//! contract and the coin side by side for the same outlay and market path.
//!
//! # Rules
//!
//! A contract rents `contractHashrate` (or, when that is absent, `hashrate`: older inputs) for
//! `contractDays` days from `startDate` for `contractPrice` paid up front, plus a maintenance
//! fee held constant: either `maintenanceFeePerDay` for the whole contract, or
//! `maintenanceFeePerUnitPerDay` per display unit of the algorithm's hashrate (TH/s for SHA-256
//! and kHeavyHash, GH/s for Scrypt, MH/s for Etchash and KawPow, kH/s for RandomX, kSol/s for
//! Equihash; see [`crate::coins::Algorithm::display_prefix`]), as providers quote it, so
//! 100 TH/s at 0.05 a TH/s a day is 5 a day. Giving both hashrates, or both fees, is an error
//! on the contract's field; the evaluation reports the daily fee it used and how it was given.
//! Its coins come from the projection day engine ([`crate::project`]) with no power
//! and no electricity: same heights, halvings, difficulty growth and price path. The pool fee
//! is taken in coins, so a day's `coins` are after it and `revenue = coins × price`.
//!
//! With `endsWhenUnprofitable` (the default, as many contracts say) the provider stops the
//! contract on the first day whose fee exceeds that day's revenue: that day and the rest are
//! not mined and not charged; `endedEarlyOn` names it and the series stops before it.
//!
//! **The three outcomes** share one horizon, the contract's term, and one end price: the coin
//! price at `startDate + contractDays` (the morning after the last day, per the projection's
//! compounding rule).
//! - `cloudSell`: coins sold each day: `netProfit = totalRevenue − totalFees − contractPrice`.
//! - `cloudHold`: every coin kept to the end: `heldCoinsValue = totalCoins × end price −
//!   totalFees − contractPrice`.
//! - `buyCoin`: `contractPrice` spent on the coin at the start price on day 0 and held:
//!   `holdAlternative.profit = contractPrice × end price / start price − contractPrice`
//!   (exactly 0 under a flat price, which `flatPrice` says: then holding neither gains nor
//!   loses, and the comparison only says whether the contract makes or loses money).
//!
//! `verdict` is the outcome with the highest profit, compared at the output's 12 decimal places;
//! on a tie the simpler position wins: `buyCoin` (no counterparty), then `cloudSell` (no price
//! exposure on the mined coins), then `cloudHold`.
//!
//! [`compare_outlay`] sets a rig (a projection whose `hardwareCost` is the outlay), a
//! contract bought with the same money, and the coin bought with it side by side over the
//! projection's days; see [`OutlayComparison`].

use crate::num::Checked;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::date::Date;
use crate::error::{Error, Result};
use crate::estimate::EstimateInput;
use crate::estimate::output as out;
use crate::project::{
    self, DAYS_PER_MONTH, DAYS_PER_YEAR, Halving, MarketPath, ProjectionInput, read_horizon,
};
use crate::raw::{Fields, Raw};
use crate::units::{EnergyPrice, Hashrate, Percent, Power};

/// The fields [`ContractInput::read`] adds to the estimate fields it shares (coin, hashrate,
/// coinPrice, difficulty or networkHashrate, blockHeight, blockReward, txFeesPerBlock,
/// blockTimeSeconds, workPerDifficulty, poolFeePercent, uptimePercent, currency).
pub const CONTRACT_FIELDS: [&str; 9] = [
    "contractPrice",
    "maintenanceFeePerDay",
    "contractDays",
    "startDate",
    "difficultyGrowthPercentPerMonth",
    "priceChangePercentPerYear",
    "endsWhenUnprofitable",
    "contractHashrate",
    "maintenanceFeePerUnitPerDay",
];

/// The fields [`OutlayInput::read`] adds to the projection's.
pub const OUTLAY_FIELDS: [&str; 4] = [
    "contractHashrate",
    "maintenanceFeePerDay",
    "contractEndsWhenUnprofitable",
    "maintenanceFeePerUnitPerDay",
];

/// Estimate fields that describe a rig of one's own, meaningless for a contract.
const RIG_ONLY: [&str; 4] = [
    "powerWatts",
    "electricityPrice",
    "overheadPercent",
    "hardwareCost",
];

/// How a contract's maintenance fee was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum FeeBasis {
    /// `maintenanceFeePerDay`: per day for the whole contract (also when no fee is given).
    PerDay,
    /// `maintenanceFeePerUnitPerDay`: per display unit of hashrate (TH/s, …) per day.
    PerUnitPerDay,
}

/// A validated cloud-mining contract.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContractInput {
    /// The coin, the contracted hashrate (`contractHashrate`, else `hashrate`), and the
    /// start values of the market. Its power, electricity price, overhead and hardware cost
    /// are zero / absent.
    pub market: EstimateInput,
    pub start_date: Date,
    /// `contractDays`, 1–3653.
    pub contract_days: u32,
    pub path: MarketPath,
    /// Paid up front, greater than 0.
    pub contract_price: Decimal,
    /// For the whole contract, per day: as given, or `maintenanceFeePerUnitPerDay` times the
    /// hashrate in display units.
    pub maintenance_fee_per_day: Decimal,
    /// Which of the two fee fields gave the fee.
    pub fee_basis: FeeBasis,
    /// `endsWhenUnprofitable` (default true).
    pub ends_when_unprofitable: bool,
}

impl ContractInput {
    /// Validates a loosely typed input object and rejects unknown fields.
    pub fn from_raw(raw: &Raw) -> Result<Self> {
        Fields::read_all(raw, Self::read)
    }

    /// Reads the shared estimate fields and the contract's own (see [`CONTRACT_FIELDS`]).
    /// A rig's fields (`powerWatts`, `electricityPrice`, `overheadPercent`, `hardwareCost`)
    /// are refused: the maintenance fee covers power and there is no hardware to buy.
    pub fn read(f: &Fields) -> Result<Self> {
        if let Some(key) = RIG_ONLY.iter().find(|k| f.has(k)) {
            return Err(Error::invalid(
                f.name(key),
                "not used by a cloud contract (the maintenance fee covers power and there is \
                 no hardware to buy)",
            ));
        }
        let market = if f.has("contractHashrate") {
            if f.has("hashrate") {
                return Err(Error::invalid(
                    f.name("contractHashrate"),
                    "give the contracted hashrate as contractHashrate or as hashrate, not both",
                ));
            }
            // A null or blank `hashrate` is "not given": read it so it is not unknown.
            f.raw("hashrate");
            f.with_alias("hashrate", "contractHashrate", EstimateInput::read)?
        } else {
            EstimateInput::read(f)?
        };
        let (start_date, contract_days) = read_horizon(f, "contractDays")?;
        let path = MarketPath::read(f)?;
        let contract_price = f.positive("contractPrice")?.ok_or_else(|| Error::Missing {
            field: f.name("contractPrice"),
        })?;
        let (maintenance_fee_per_day, fee_basis) = read_fee(f, &market)?;
        let ends_when_unprofitable = f.boolean("endsWhenUnprofitable")?.unwrap_or(true);
        require_price(&market, f)?;
        Ok(ContractInput {
            market,
            start_date,
            contract_days,
            path,
            contract_price,
            maintenance_fee_per_day,
            fee_basis,
            ends_when_unprofitable,
        })
    }

    /// The contracted hashrate in the algorithm's display unit (100 for 100 TH/s).
    pub fn display_hashrate(&self) -> Decimal {
        display_units(&self.market)
    }

    /// The projection the contract's coins come from: the same market, no power.
    fn projection(&self) -> ProjectionInput {
        let market = EstimateInput {
            power: Power::default(),
            electricity_price: EnergyPrice::default(),
            overhead: Percent::ZERO,
            hardware_cost: None,
            ..self.market.clone()
        };
        ProjectionInput {
            estimate: market,
            start_date: self.start_date,
            days: self.contract_days,
            market: self.path,
            electricity_price_change_percent_per_year: Decimal::ZERO,
            hashrate_decay_percent_per_year: Decimal::ZERO,
            tax: Percent::ZERO,
            shutdown_when_unprofitable: false,
            resale_value: Percent::ZERO,
            off_peak: None,
        }
    }
}

/// The hashrate of `market` in its algorithm's display unit (exact: a power of ten).
fn display_units(market: &EstimateInput) -> Decimal {
    market
        .hashrate
        .per_second()
        .div_checked(market.coin.algorithm.display_factor())
        .unwrap_or_default()
}

/// `maintenanceFeePerDay` or `maintenanceFeePerUnitPerDay` (not both) as a fee per day for
/// the whole contract of `market`'s hashrate; no fee is a fee of 0 per day.
fn read_fee(f: &Fields, market: &EstimateInput) -> Result<(Decimal, FeeBasis)> {
    let per_day = f.non_negative("maintenanceFeePerDay")?;
    let per_unit = f.non_negative("maintenanceFeePerUnitPerDay")?;
    match (per_day, per_unit) {
        (Some(_), Some(_)) => Err(Error::invalid(
            f.name("maintenanceFeePerUnitPerDay"),
            format!(
                "give the fee per {}/s per day or maintenanceFeePerDay for the whole \
                 contract, not both",
                market.coin.algorithm.display_work(market.coin.hash_unit)
            ),
        )),
        (None, Some(fee)) => fee
            .mul_checked(display_units(market))
            .map(|day| (day, FeeBasis::PerUnitPerDay))
            .ok_or_else(|| Error::overflow(f.name("maintenanceFeePerUnitPerDay"))),
        (day, None) => Ok((day.unwrap_or_default(), FeeBasis::PerDay)),
    }
}

/// Buying the coin needs a price to buy it at.
fn require_price(market: &EstimateInput, f: &Fields) -> Result<()> {
    if market.coin_price > Decimal::ZERO {
        Ok(())
    } else {
        Err(Error::range(
            f.name("coinPrice"),
            "greater than 0 to compare with buying the coin",
            market.coin_price.normalize(),
        ))
    }
}

/// One day of a contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ContractDay {
    pub date: Date,
    /// Coins credited, after the pool fee.
    pub coins: Decimal,
    /// `coins × price`.
    pub revenue: Decimal,
    /// The maintenance fee.
    pub fee: Decimal,
    /// `revenue − fee`.
    pub profit: Decimal,
    /// Running sum of `profit` (the contract price not subtracted).
    pub cumulative_profit: Decimal,
    /// Running sum of `coins`: what a holder has at the end of the day.
    pub held_coins: Decimal,
}

/// `contractPrice` spent on the coin on day 0 and held to the end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HoldAlternative {
    pub coins: Decimal,
    pub end_value: Decimal,
    /// `endValue − contractPrice`.
    pub profit: Decimal,
}

/// Which use of the contract price did best.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Verdict {
    /// The contract, selling the coins daily.
    CloudSell,
    /// The contract, holding every coin to the end.
    CloudHold,
    /// Buying the coin on day 0 instead.
    BuyCoin,
}

/// A contract's daily series, totals and the comparison with buying the coin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ContractEvaluation {
    /// The currency of every amount.
    pub currency: String,
    pub start_date: Date,
    /// The term's last day (even when the contract ended early).
    pub end_date: Date,
    pub contract_days: u32,
    pub days_per_month: Decimal,
    pub days_per_year: Decimal,
    /// The days the contract ran.
    pub days: Vec<ContractDay>,
    pub total_coins: Decimal,
    pub total_revenue: Decimal,
    pub total_fees: Decimal,
    pub contract_price: Decimal,
    /// `totalRevenue − totalFees − contractPrice`: coins sold daily.
    pub net_profit: Decimal,
    /// The coin price at the end of the term (`startDate + contractDays`).
    pub end_coin_price: Decimal,
    /// `totalCoins × endCoinPrice − totalFees − contractPrice`: coins kept to the end.
    pub held_coins_value: Decimal,
    /// `netProfit / contractPrice × 100`.
    pub roi_percent: Decimal,
    /// First day whose cumulative profit reaches the contract price.
    pub payback_date: Option<Date>,
    /// The first day the provider did not run the contract (fee above revenue).
    pub ended_early_on: Option<Date>,
    pub hold_alternative: HoldAlternative,
    pub verdict: Verdict,
    /// Reward changes crossed during the term (see [`crate::project`]).
    pub halvings: Vec<Halving>,
    /// The contracted hashrate in `hashrateUnit` (100 for 100 TH/s).
    pub contract_hashrate: Decimal,
    /// The display unit of `contractHashrate` and of the fee per unit: `TH/s` for SHA-256,
    /// `GH/s` Scrypt, `MH/s` Etchash and KawPow, `kH/s` RandomX, `kSol/s` Equihash.
    pub hashrate_unit: String,
    /// The fee charged for each day the contract runs, for the whole contract.
    pub maintenance_fee_per_day: Decimal,
    /// The same fee per `hashrateUnit` per day (`maintenanceFeePerDay / contractHashrate`).
    pub maintenance_fee_per_unit_per_day: Decimal,
    /// How the fee was given: `perDay` (`maintenanceFeePerDay`, or no fee) or
    /// `perUnitPerDay` (`maintenanceFeePerUnitPerDay × contractHashrate`).
    pub maintenance_fee_basis: FeeBasis,
    /// The coin price on `startDate`, at which `holdAlternative` buys.
    pub start_coin_price: Decimal,
    /// `priceChangePercentPerYear` is 0: the coin price stays at `startCoinPrice`, so buying
    /// the coin and holding it neither gains nor loses (`holdAlternative.profit` is 0).
    pub flat_price: bool,
}

/// Evaluates a cloud-mining contract. See the module documentation for the rules.
pub fn evaluate_contract(input: &ContractInput) -> Result<ContractEvaluation> {
    evaluate(input).map(ContractEvaluation::rounded)
}

/// The unrounded evaluation.
fn evaluate(input: &ContractInput) -> Result<ContractEvaluation> {
    let run = project::run(&input.projection())?;
    let over = |field: &str| Error::overflow(field);
    let fee = input.maintenance_fee_per_day;
    let pool_kept = Decimal::ONE - input.market.pool_fee.fraction();
    let mut days = Vec::with_capacity(run.days.len());
    let (mut cumulative, mut held, mut total_revenue, mut total_fees) =
        (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    let mut ended_early_on = None;
    for d in &run.days {
        let revenue = d
            .revenue
            .sub_checked(d.pool_fee)
            .ok_or_else(|| over("coinPrice"))?;
        if input.ends_when_unprofitable && fee > revenue {
            ended_early_on = Some(d.date);
            break;
        }
        let coins = d.coins * pool_kept;
        let profit = revenue
            .sub_checked(fee)
            .ok_or_else(|| over("maintenanceFeePerDay"))?;
        cumulative = cumulative
            .add_checked(profit)
            .ok_or_else(|| over("contractDays"))?;
        held = held.add_checked(coins).ok_or_else(|| over("hashrate"))?;
        total_revenue = total_revenue
            .add_checked(revenue)
            .ok_or_else(|| over("coinPrice"))?;
        total_fees = total_fees
            .add_checked(fee)
            .ok_or_else(|| over("maintenanceFeePerDay"))?;
        days.push(ContractDay {
            date: d.date,
            coins,
            revenue,
            fee,
            profit,
            cumulative_profit: cumulative,
            held_coins: held,
        });
    }
    let price = input.contract_price;
    let end_price = run.end_coin_price;
    let net_profit = total_revenue
        .sub_checked(total_fees)
        .and_then(|x| x.sub_checked(price))
        .ok_or_else(|| over("contractPrice"))?;
    let held_coins_value = held
        .mul_checked(end_price)
        .and_then(|x| x.sub_checked(total_fees))
        .and_then(|x| x.sub_checked(price))
        .ok_or_else(|| over("priceChangePercentPerYear"))?;
    let roi_percent = percent_of(net_profit, price).ok_or_else(|| over("contractPrice"))?;
    let payback_date = days
        .iter()
        .find(|d| d.cumulative_profit >= price)
        .map(|d| d.date);
    let hold_alternative = hold(price, input.market.coin_price, end_price)?;
    let verdict = pick(&[
        (Verdict::BuyCoin, hold_alternative.profit),
        (Verdict::CloudSell, net_profit),
        (Verdict::CloudHold, held_coins_value),
    ]);
    let end_date = input
        .start_date
        .add_days(i64::from(input.contract_days) - 1)
        .unwrap_or(input.start_date);
    let contract_hashrate = input.display_hashrate();
    let algorithm = input.market.coin.algorithm;
    Ok(ContractEvaluation {
        currency: input.market.currency.clone(),
        start_date: input.start_date,
        end_date,
        contract_days: input.contract_days,
        days_per_month: DAYS_PER_MONTH,
        days_per_year: DAYS_PER_YEAR,
        days,
        total_coins: held,
        total_revenue,
        total_fees,
        contract_price: price,
        net_profit,
        end_coin_price: end_price,
        held_coins_value,
        roi_percent,
        payback_date,
        ended_early_on,
        hold_alternative,
        verdict,
        halvings: run.halvings,
        contract_hashrate,
        hashrate_unit: format!("{}/s", algorithm.display_work(input.market.coin.hash_unit)),
        maintenance_fee_per_day: fee,
        maintenance_fee_per_unit_per_day: fee.div_checked(contract_hashrate).unwrap_or_default(),
        maintenance_fee_basis: input.fee_basis,
        start_coin_price: input.market.coin_price,
        flat_price: input.path.price_change_percent_per_year.is_zero(),
    })
}

/// `amount` spent on the coin at `start_price` and valued at `end_price`. The end value is
/// computed as `amount × end / start` so a flat price gives back `amount` exactly.
fn hold(amount: Decimal, start_price: Decimal, end_price: Decimal) -> Result<HoldAlternative> {
    let over = || Error::overflow("coinPrice");
    let coins = amount.div_checked(start_price).ok_or_else(over)?;
    let end_value = amount
        .mul_checked(end_price)
        .and_then(|x| x.div_checked(start_price))
        .ok_or_else(over)?;
    let profit = end_value.sub_checked(amount).ok_or_else(over)?;
    Ok(HoldAlternative {
        coins,
        end_value,
        profit,
    })
}

/// `part / whole × 100`.
fn percent_of(part: Decimal, whole: Decimal) -> Option<Decimal> {
    part.div_checked(whole)?.mul_checked(Decimal::ONE_HUNDRED)
}

/// The option with the highest profit at output precision; the first listed wins a tie.
fn pick<T: Copy>(options: &[(T, Decimal)]) -> T {
    let mut best = options[0];
    for &(choice, profit) in &options[1..] {
        if out(profit) > out(best.1) {
            best = (choice, profit);
        }
    }
    best.0
}

impl ContractEvaluation {
    fn rounded(self) -> Self {
        ContractEvaluation {
            days: self
                .days
                .into_iter()
                .map(|d| ContractDay {
                    date: d.date,
                    coins: out(d.coins),
                    revenue: out(d.revenue),
                    fee: out(d.fee),
                    profit: out(d.profit),
                    cumulative_profit: out(d.cumulative_profit),
                    held_coins: out(d.held_coins),
                })
                .collect(),
            total_coins: out(self.total_coins),
            total_revenue: out(self.total_revenue),
            total_fees: out(self.total_fees),
            contract_price: out(self.contract_price),
            net_profit: out(self.net_profit),
            end_coin_price: out(self.end_coin_price),
            contract_hashrate: out(self.contract_hashrate),
            maintenance_fee_per_day: out(self.maintenance_fee_per_day),
            maintenance_fee_per_unit_per_day: out(self.maintenance_fee_per_unit_per_day),
            start_coin_price: out(self.start_coin_price),
            held_coins_value: out(self.held_coins_value),
            roi_percent: out(self.roi_percent),
            hold_alternative: HoldAlternative {
                coins: out(self.hold_alternative.coins),
                end_value: out(self.hold_alternative.end_value),
                profit: out(self.hold_alternative.profit),
            },
            halvings: self
                .halvings
                .into_iter()
                .map(|h| Halving {
                    reward_before: out(h.reward_before),
                    reward_after: out(h.reward_after),
                    ..h
                })
                .collect(),
            ..self
        }
    }
}

/// A rig, a cloud contract and the coin itself, bought with the same money on the same
/// market path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutlayInput {
    /// The rig; its `hardwareCost` is the outlay (required, greater than 0).
    pub projection: ProjectionInput,
    /// The hashrate a contract priced at the outlay buys for the projection's days.
    pub contract_hashrate: Hashrate,
    /// The contract's daily fee, for the whole contract (`maintenanceFeePerDay`, or
    /// `maintenanceFeePerUnitPerDay` times `contractHashrate` in display units).
    pub maintenance_fee_per_day: Decimal,
    /// `contractEndsWhenUnprofitable` (default true).
    pub contract_ends_when_unprofitable: bool,
}

impl OutlayInput {
    /// Validates a loosely typed input object and rejects unknown fields.
    pub fn from_raw(raw: &Raw) -> Result<Self> {
        Fields::read_all(raw, Self::read)
    }

    /// Reads the projection fields, then [`OUTLAY_FIELDS`].
    pub fn read(f: &Fields) -> Result<Self> {
        let projection = ProjectionInput::read(f)?;
        match projection.estimate.hardware_cost {
            None => {
                return Err(Error::Missing {
                    field: f.name("hardwareCost"),
                });
            }
            Some(c) if c.is_zero() => {
                return Err(Error::range(
                    f.name("hardwareCost"),
                    "greater than 0 (the outlay)",
                    c,
                ));
            }
            Some(_) => {}
        }
        require_price(&projection.estimate, f)?;
        let text = f.text_required("contractHashrate")?;
        let contract_hashrate = Hashrate::parse(
            &text,
            projection.estimate.coin.hash_unit,
            &f.name("contractHashrate"),
        )?;
        let contract = EstimateInput {
            hashrate: contract_hashrate,
            ..projection.estimate.clone()
        };
        let (maintenance_fee_per_day, _) = read_fee(f, &contract)?;
        let contract_ends_when_unprofitable =
            f.boolean("contractEndsWhenUnprofitable")?.unwrap_or(true);
        Ok(OutlayInput {
            projection,
            contract_hashrate,
            maintenance_fee_per_day,
            contract_ends_when_unprofitable,
        })
    }
}

/// One way of using the outlay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Outcome {
    /// Gain at the end of the horizon after getting the outlay back, after tax.
    pub profit: Decimal,
    /// `profit / outlay × 100`.
    pub roi_percent: Decimal,
    /// When the cash flows repay the outlay (rig and cloud-sell only).
    pub payback_date: Option<Date>,
}

/// Which use of the outlay did best.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Best {
    Hardware,
    CloudSell,
    CloudHold,
    BuyCoin,
}

/// Rig vs contract vs coin for the same outlay, the same days and the same market path.
///
/// - `hardware`: the projection before tax, `totalProfit + resaleValue − outlay`;
/// - `cloudSell` / `cloudHold`: a contract of `contractHashrate` priced at the outlay for the
///   projection's days (uptime 100 %, the projection's pool fee): `netProfit` /
///   `heldCoinsValue`;
/// - `buyCoin`: the outlay spent on the coin on day 0, valued at the end of the horizon.
///
/// So that the four compare fairly, `taxPercent` is applied the same way to each: to its
/// positive final profit (not per day as in [`crate::project::project`]); payback dates are
/// before tax. `best` is the highest
/// profit; on a tie: `buyCoin`, `cloudSell`, `cloudHold`, `hardware`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OutlayComparison {
    /// The currency of every amount.
    pub currency: String,
    pub outlay: Decimal,
    pub start_date: Date,
    pub end_date: Date,
    pub days: u32,
    pub tax_percent: Decimal,
    pub hardware: Outcome,
    pub cloud_sell: Outcome,
    pub cloud_hold: Outcome,
    pub buy_coin: Outcome,
    /// The first day the provider did not run the contract, if it ended early.
    pub cloud_ended_early_on: Option<Date>,
    /// Coins the outlay buys on day 0.
    pub coins_bought: Decimal,
    pub best: Best,
}

/// Compares a rig, a cloud contract and buying the coin for the same outlay.
pub fn compare_outlay(input: &OutlayInput) -> Result<OutlayComparison> {
    let p = &input.projection;
    let outlay = p.estimate.hardware_cost.unwrap_or_default();
    let tax = p.tax.fraction();
    let over = || Error::overflow("hardwareCost");
    let after_tax = |profit: Decimal| {
        if profit > Decimal::ZERO {
            profit - profit * tax
        } else {
            profit
        }
    };
    let outcome = |profit: Decimal, payback_date: Option<Date>| -> Result<Outcome> {
        let profit = after_tax(profit);
        Ok(Outcome {
            profit: out(profit),
            roi_percent: out(percent_of(profit, outlay).ok_or_else(over)?),
            payback_date,
        })
    };

    let pre_tax = ProjectionInput {
        tax: Percent::ZERO,
        ..p.clone()
    };
    let rig = project::project_unrounded(&pre_tax)?;
    let rig_profit = rig
        .total_profit
        .add_checked(rig.resale_value)
        .and_then(|x| x.sub_checked(outlay))
        .ok_or_else(over)?;

    let contract = ContractInput {
        market: EstimateInput {
            hashrate: input.contract_hashrate,
            uptime: Percent::FULL,
            ..p.estimate.clone()
        },
        start_date: p.start_date,
        contract_days: p.days,
        path: p.market,
        contract_price: outlay,
        maintenance_fee_per_day: input.maintenance_fee_per_day,
        fee_basis: FeeBasis::PerDay,
        ends_when_unprofitable: input.contract_ends_when_unprofitable,
    };
    let cloud = evaluate(&contract)?;

    let hardware = outcome(rig_profit, rig.payback_date)?;
    let cloud_sell = outcome(cloud.net_profit, cloud.payback_date)?;
    let cloud_hold = outcome(cloud.held_coins_value, None)?;
    let buy_coin = outcome(cloud.hold_alternative.profit, None)?;
    let best = pick(&[
        (Best::BuyCoin, buy_coin.profit),
        (Best::CloudSell, cloud_sell.profit),
        (Best::CloudHold, cloud_hold.profit),
        (Best::Hardware, hardware.profit),
    ]);
    Ok(OutlayComparison {
        currency: p.estimate.currency.clone(),
        outlay: out(outlay),
        start_date: p.start_date,
        end_date: rig.end_date,
        days: p.days,
        tax_percent: p.tax.value().normalize(),
        hardware,
        cloud_sell,
        cloud_hold,
        buy_coin,
        cloud_ended_early_on: cloud.ended_early_on,
        coins_bought: out(cloud.hold_alternative.coins),
        best,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    /// 100 TH/s of BTC at D = 1e14, reward 3.125, price 60,000: 100e12 × 86400 × 3.125 /
    /// (1e14 × 2^32) = 0.0000628643… BTC a day, about 3.77 a day in revenue.
    fn contract(extra: &[(&str, Raw)]) -> Result<ContractEvaluation> {
        let mut raw = Raw::map()
            .with("coin", "btc")
            .with("hashrate", "100 TH/s")
            .with("coinPrice", Raw::from(60_000u64))
            .with("difficulty", "100000000000000")
            .with("blockReward", "3.125")
            .with("startDate", "2028-01-01")
            .with("contractDays", Raw::from(30u64))
            .with("contractPrice", Raw::from(100u64))
            .with("maintenanceFeePerDay", "1");
        for (k, v) in extra {
            raw.set(k, v.clone());
        }
        ContractInput::from_raw(&raw).and_then(|i| evaluate_contract(&i))
    }

    fn ok(extra: &[(&str, Raw)]) -> ContractEvaluation {
        contract(extra).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn flat_market_contract() {
        let c = ok(&[]);
        let daily = dec!(100e12) * dec!(86400) * dec!(3.125) / (dec!(1e14) * dec!(4294967296));
        assert_eq!(c.days.len(), 30);
        assert_eq!(c.days[0].coins, out(daily));
        assert_eq!(c.total_fees, dec!(30));
        assert_eq!(
            c.net_profit,
            out(daily * dec!(60000) * dec!(30) - dec!(130))
        );
        // Under a flat price, holding the mined coins is worth the same as selling them.
        assert_eq!(c.held_coins_value, c.net_profit);
        assert_eq!(c.hold_alternative.profit, Decimal::ZERO);
        assert_eq!(c.hold_alternative.end_value, dec!(100));
        assert_eq!(c.ended_early_on, None);
        // netProfit ≈ −16.9: buying the coin (0) wins.
        assert_eq!(c.verdict, Verdict::BuyCoin);
        assert_eq!(c.end_date.to_string(), "2028-01-30");
    }

    #[test]
    fn ends_when_fees_exceed_revenue() {
        // Revenue 3.77 falls 20 % a month; the fee of 3 exceeds it after about a month.
        let c = ok(&[
            ("maintenanceFeePerDay", "3".into()),
            ("difficultyGrowthPercentPerMonth", "25".into()),
            ("contractDays", Raw::from(365u64)),
        ]);
        let ended = c.ended_early_on.unwrap_or_else(|| panic!("did not end"));
        assert_eq!(c.days.len() as i64, c.start_date.days_until(ended));
        assert!(c.days.iter().all(|d| d.profit >= Decimal::ZERO));
        let kept = ok(&[
            ("maintenanceFeePerDay", "3".into()),
            ("difficultyGrowthPercentPerMonth", "25".into()),
            ("contractDays", Raw::from(365u64)),
            ("endsWhenUnprofitable", false.into()),
        ]);
        assert_eq!(kept.days.len(), 365);
        assert!(kept.net_profit < c.net_profit);
    }

    #[test]
    fn a_rising_price_favours_holding() {
        let c = ok(&[
            ("priceChangePercentPerYear", "100".into()),
            ("maintenanceFeePerDay", "0".into()),
        ]);
        assert!(c.held_coins_value > c.net_profit);
        assert!(c.hold_alternative.profit > Decimal::ZERO);
        assert_ne!(c.verdict, Verdict::CloudSell);
    }

    #[test]
    fn rig_fields_are_refused() {
        let e = contract(&[("powerWatts", Raw::from(3000u64))])
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            e.as_deref(),
            Some(
                "powerWatts: not used by a cloud contract (the maintenance fee covers power and there is no hardware to buy)"
            )
        );
        let e = contract(&[("contractPrice", Raw::from(0u64))])
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            e.as_deref(),
            Some("contractPrice: must be greater than 0, got 0")
        );
        let e = contract(&[("coinPrice", Raw::from(0u64))])
            .err()
            .map(|e| e.field().to_owned());
        assert_eq!(e.as_deref(), Some("coinPrice"));
    }

    #[test]
    fn a_fee_per_th_per_day_is_charged_on_the_contracted_hashrate() {
        // 100 TH/s at 0.05 a TH/s a day = 5 a day; the hashrate under its own name.
        let c = ok(&[
            ("hashrate", Raw::Null),
            ("contractHashrate", "100 TH/s".into()),
            ("maintenanceFeePerDay", Raw::Null),
            ("maintenanceFeePerUnitPerDay", "0.05".into()),
            ("endsWhenUnprofitable", false.into()),
        ]);
        assert_eq!(c.maintenance_fee_per_day, dec!(5));
        assert_eq!(c.maintenance_fee_basis, FeeBasis::PerUnitPerDay);
        assert_eq!(c.total_fees, dec!(150));
        assert_eq!(c.contract_hashrate, dec!(100));
        assert_eq!(c.hashrate_unit, "TH/s");
        assert!(c.flat_price);
        assert_eq!(c.start_coin_price, dec!(60000));
        // The same contract with its hashrate as `hashrate` and the fee for the whole of it.
        let same = ok(&[
            ("maintenanceFeePerDay", "5".into()),
            ("endsWhenUnprofitable", false.into()),
        ]);
        assert_eq!(same.net_profit, c.net_profit);
        assert_eq!(same.maintenance_fee_per_unit_per_day, dec!(0.05));
        assert_eq!(same.maintenance_fee_basis, FeeBasis::PerDay);
    }

    #[test]
    fn one_hashrate_and_one_fee() {
        let e = contract(&[("contractHashrate", "100 TH/s".into())])
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            e.as_deref(),
            Some(
                "contractHashrate: give the contracted hashrate as contractHashrate or as hashrate, not both"
            )
        );
        let e = contract(&[("maintenanceFeePerUnitPerDay", "0.05".into())])
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            e.as_deref(),
            Some(
                "maintenanceFeePerUnitPerDay: give the fee per TH/s per day or maintenanceFeePerDay for the whole contract, not both"
            )
        );
        // Errors in the contracted hashrate name it.
        let e = contract(&[
            ("hashrate", Raw::Null),
            ("contractHashrate", "100 Sol/s".into()),
        ])
        .err()
        .map(|e| e.field().to_owned());
        assert_eq!(e.as_deref(), Some("contractHashrate"));
    }

    #[test]
    fn outlay_comparison_uses_one_market_path() {
        let raw = Raw::map()
            .with("coin", "btc")
            .with("hashrate", "200 TH/s")
            .with("powerWatts", Raw::from(3500u64))
            .with("electricityPrice", "0.06")
            .with("coinPrice", Raw::from(60_000u64))
            .with("difficulty", "100000000000000")
            .with("blockReward", "3.125")
            .with("startDate", "2028-01-01")
            .with("days", Raw::from(365u64))
            .with("hardwareCost", Raw::from(4000u64))
            .with("contractHashrate", "150 TH/s")
            .with("maintenanceFeePerDay", "2");
        let c = OutlayInput::from_raw(&raw)
            .and_then(|i| compare_outlay(&i))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(c.outlay, dec!(4000));
        assert_eq!(c.buy_coin.profit, Decimal::ZERO);
        assert_eq!(c.cloud_sell.profit, c.cloud_hold.profit);
        assert_eq!(c.coins_bought, out(dec!(4000) / dec!(60000)));
        // The rig: 7.54 − 5.04 a day for 365 days − 4000 < 0; the contract: 5.66 − 2 a day.
        assert!(c.hardware.profit < Decimal::ZERO);
        assert_eq!(c.best, Best::BuyCoin);
        let missing = OutlayInput::from_raw(&raw.clone().with("hardwareCost", Raw::Null));
        assert_eq!(
            missing.err().map(|e| e.to_string()).as_deref(),
            Some("hardwareCost: is required")
        );
    }
}
