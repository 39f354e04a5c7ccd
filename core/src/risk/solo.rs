//! Solo-mining odds: how many blocks a hashrate finds on its own, the chance of finding at least
//! one in a period (Poisson: `1 − e^(−expected)`), the expected wait, and what one block pays.

use crate::num::Checked;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::Serialize;

use super::{exact, to_f64};
use crate::coins;
use crate::error::{Error, Result};
use crate::estimate::{EstimateInput, Network};
use crate::raw::{Fields, Raw};

/// Longest period accepted, in days (a century).
const MAX_DAYS: Decimal = dec!(36525);

/// Periods every answer also reports, in days: a day, a week, an average month
/// (365.25 / 12 = 30.4375 days) and an average year (365.25 days).
const PERIODS: [Decimal; 4] = [dec!(1), dec!(7), dec!(30.4375), dec!(365.25)];

/// A validated solo-odds input: the estimate input (coin, hashrate, difficulty or network
/// hashrate, reward, fees, price, power, uptime…) plus the period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SoloInput {
    pub estimate: EstimateInput,
    /// The period asked about, in days (default 365).
    pub days: Decimal,
}

impl SoloInput {
    /// Validates a loosely typed input object and rejects unknown fields.
    pub fn from_raw(raw: &Raw) -> Result<Self> {
        Fields::read_all(raw, Self::read)
    }

    /// Reads the solo-odds fields from `f` (the estimate's, then `days`).
    pub fn read(f: &Fields) -> Result<Self> {
        let estimate = EstimateInput::read(f)?;
        let days = match f.positive("days")? {
            Some(d) if d > MAX_DAYS => {
                return Err(Error::range(
                    f.name("days"),
                    format!("greater than 0 and at most {MAX_DAYS}"),
                    d.normalize(),
                ));
            }
            Some(d) => d,
            None => dec!(365),
        };
        Ok(SoloInput { estimate, days })
    }
}

/// What one found block pays the miner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BlockValue {
    /// Subsidy (miner share) plus transaction fees, in coins.
    pub coins: Decimal,
    /// `coins × coinPrice`, in the currency.
    pub value: Decimal,
}

/// The odds over one period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SoloPeriod {
    pub days: Decimal,
    pub expected_blocks: Decimal,
    pub probability_at_least_one: Decimal,
}

/// Solo-mining odds. Probabilities are fractions in 0–1. Tiny expectations keep 12
/// significant digits (a USB miner's odds on Bitcoin are around one in a hundred million a day).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SoloOdds {
    pub coin: &'static str,
    /// The period asked about, in days.
    pub days: Decimal,
    /// This hashrate's share of the network's (`H / N`).
    pub share_of_network: Decimal,
    /// Blocks the whole network finds per day (`86400 / blockTime`).
    pub network_blocks_per_day: Decimal,
    /// Blocks this hashrate finds per day on average (after uptime).
    pub expected_blocks_per_day: Decimal,
    /// Blocks expected over the period.
    pub expected_blocks: Decimal,
    /// `1 − e^(−expectedBlocks)`: the chance of at least one block in the period.
    pub probability_at_least_one: Decimal,
    /// Mean wait for the first block, in days (`1 / expectedBlocksPerDay`); null when no block
    /// can be expected (zero uptime) or the wait is beyond any representable number.
    pub expected_days_to_block: Option<Decimal>,
    /// The wait by which half of all such miners have found a block (`ln 2 / rate`), in days;
    /// null like `expectedDaysToBlock`.
    pub median_days_to_block: Option<Decimal>,
    /// What one block pays.
    pub block_value: BlockValue,
    /// Electricity over the period, in the currency (solo or not, the power bill is certain).
    pub electricity: Decimal,
    /// The same odds for a day, a week, an average month and an average year.
    pub periods: Vec<SoloPeriod>,
}

/// Solo-mining odds for `input`.
pub fn solo_odds(input: &SoloInput) -> Result<SoloOdds> {
    let e = &input.estimate;
    let overflow = || Error::overflow("hashrate");
    let hashrate = e.hashrate.per_second();
    let uptime = e.uptime.fraction();
    let network_blocks_per_day = dec!(86400)
        .div_checked(e.block_time_seconds)
        .ok_or_else(|| Error::overflow("blockTimeSeconds"))?;
    // The network's hashrate: given, or implied by the difficulty (work per block / block time).
    let network_hashrate = match e.network {
        Network::Hashrate(n) => n.per_second(),
        Network::Difficulty(d) => d
            .value()
            .mul_checked(e.work_per_difficulty)
            .and_then(|w| w.div_checked(e.block_time_seconds))
            .ok_or_else(|| Error::overflow("difficulty"))?,
    };
    if network_hashrate.is_zero() {
        return Err(Error::range("difficulty", "greater than 0", 0));
    }
    let share = hashrate
        .div_checked(network_hashrate)
        .ok_or_else(overflow)?;
    let per_day = share
        .mul_checked(network_blocks_per_day)
        .and_then(|x| x.mul_checked(uptime))
        .ok_or_else(overflow)?;
    let expected = per_day.mul_checked(input.days).ok_or_else(overflow)?;

    let reward = match e.block_reward {
        Some(r) => r,
        None => coins::miner_reward(e.coin, e.block_height)?,
    };
    let block_coins = reward
        .add_checked(e.tx_fees_per_block)
        .ok_or_else(|| Error::overflow("txFeesPerBlock"))?;
    let block_value = block_coins
        .mul_checked(e.coin_price)
        .ok_or_else(|| Error::overflow("coinPrice"))?;

    let kw = e.power.as_kilowatts() * (Decimal::ONE + e.overhead.fraction());
    let electricity = kw
        .mul_checked(dec!(24))
        .and_then(|x| x.mul_checked(uptime))
        .and_then(|x| x.mul_checked(input.days))
        .and_then(|x| x.mul_checked(e.electricity_price.as_per_kwh()))
        .ok_or_else(|| Error::overflow("electricityPrice"))?;

    let rate = to_f64(per_day);
    // A wait too long for a Decimal (a tiny hashrate on a big chain) is as good as never.
    let (mean_wait, median_wait) = if per_day.is_zero() {
        (None, None)
    } else {
        let mean = Decimal::ONE.div_checked(per_day).map(exact);
        let median = super::from_f64(core::f64::consts::LN_2 / rate, "hashrate").ok();
        (mean, median)
    };

    let periods = PERIODS
        .iter()
        .map(|&days| {
            let blocks = per_day.mul_checked(days).ok_or_else(overflow)?;
            Ok(SoloPeriod {
                days,
                expected_blocks: significant(blocks),
                probability_at_least_one: poisson_at_least_one(to_f64(blocks))?,
            })
        })
        .collect::<Result<Vec<_>>>()?;

    Ok(SoloOdds {
        coin: e.coin.id,
        days: input.days.normalize(),
        share_of_network: significant(share),
        network_blocks_per_day: exact(network_blocks_per_day),
        expected_blocks_per_day: significant(per_day),
        expected_blocks: significant(expected),
        probability_at_least_one: poisson_at_least_one(to_f64(expected))?,
        expected_days_to_block: mean_wait,
        median_days_to_block: median_wait,
        block_value: BlockValue {
            coins: exact(block_coins),
            value: exact(block_value),
        },
        electricity: exact(electricity),
        periods,
    })
}

/// `P(N ≥ 1)` for a Poisson count with mean `expected`: `1 − e^(−expected)`, computed as
/// `−expm1(−expected)` so that tiny odds keep their digits.
fn poisson_at_least_one(expected: f64) -> Result<Decimal> {
    let p = -libm::expm1(-expected);
    super::from_f64(p.clamp(0.0, 1.0), "hashrate")
}

/// Twelve significant digits (small expectations would vanish at twelve decimal places).
fn significant(d: Decimal) -> Decimal {
    crate::num::round_significant(d, 12)
        .unwrap_or(d)
        .normalize()
}
