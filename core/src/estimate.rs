//! Today's numbers for one rig on one coin: coins, revenue, fees, electricity and profit per
//! day, month and year, with break-even prices, payback and efficiency.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::coins::{self, Coin};
use crate::error::{Error, Result};
use crate::raw::{Fields, Raw};
use crate::units::{Difficulty, EnergyPrice, Hashrate, Percent, Power};

/// How the network's total work is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Network {
    /// Chain difficulty: work per block is `D × coin.work_per_difficulty`.
    Difficulty(Difficulty),
    /// Total network hashrate: work per block is `N × block time`.
    Hashrate(Hashrate),
}

/// A validated estimate input. Build it with [`EstimateInput::from_raw`] (JS objects, JSON,
/// attributes) or field by field in Rust.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EstimateInput {
    pub coin: &'static Coin,
    pub hashrate: Hashrate,
    pub power: Power,
    pub electricity_price: EnergyPrice,
    /// Currency per coin (the snapshot's USD price when not given).
    pub coin_price: Decimal,
    pub network: Network,
    /// Seconds per block (the coin's, or given for custom chains / network-hashrate form).
    pub block_time_seconds: Decimal,
    /// W(D)/D: expected work per block at difficulty 1 (given for custom chains).
    pub work_per_difficulty: Decimal,
    /// Block height the reward is taken at (the snapshot's when not given).
    pub block_height: u64,
    /// An explicit reward per block that overrides the schedule (and the miner share).
    pub block_reward: Option<Decimal>,
    /// Transaction fees per block going to the miner, in coins.
    pub tx_fees_per_block: Decimal,
    pub pool_fee: Percent,
    pub uptime: Percent,
    pub overhead: Percent,
    pub hardware_cost: Option<Decimal>,
}

/// Names of the fields [`EstimateInput::read`] understands, in the JS API's spelling.
pub const ESTIMATE_FIELDS: [&str; 17] = [
    "coin",
    "hashrate",
    "powerWatts",
    "electricityPrice",
    "coinPrice",
    "difficulty",
    "networkHashrate",
    "blockReward",
    "blockHeight",
    "txFeesPerBlock",
    "blockTimeSeconds",
    "workPerDifficulty",
    "poolFeePercent",
    "uptimePercent",
    "overheadPercent",
    "hardwareCost",
    "currency",
];

impl EstimateInput {
    /// Validates a loosely typed input object and rejects unknown fields.
    pub fn from_raw(raw: &Raw) -> Result<Self> {
        let f = Fields::new(raw)?;
        let input = Self::read(&f)?;
        f.finish()?;
        Ok(input)
    }

    /// Reads the estimate fields from `f` without rejecting the others, so that larger inputs
    /// (projections, simulations) can read theirs too and call `f.finish()` themselves.
    pub fn read(f: &Fields) -> Result<Self> {
        let coin = coins::find_mineable(&f.text_required("coin")?, &f.name("coin"))?;
        let custom = coin.id == "custom";
        // `currency` only labels amounts; it is accepted so front ends can pass it through.
        f.text("currency")?;

        let hashrate_text = f.text_required("hashrate")?;
        let hashrate = Hashrate::parse(&hashrate_text, coin.hash_unit, &f.name("hashrate"))?;
        let power = match f.raw("powerWatts") {
            None => Power::default(),
            Some(Raw::Text(t)) => Power::parse(t, &f.name("powerWatts"))?,
            Some(_) => Power::watts(f.non_negative("powerWatts")?.unwrap_or_default()),
        };
        let electricity_price =
            EnergyPrice::per_kwh(f.non_negative("electricityPrice")?.unwrap_or_default());

        let coin_price = match f.non_negative("coinPrice")? {
            Some(p) => p,
            None if custom => return Err(Error::Missing { field: f.name("coinPrice") }),
            None => coin.snapshot.price_usd,
        };

        let block_time_seconds = match f.positive("blockTimeSeconds")? {
            Some(t) => t,
            None if custom => {
                return Err(Error::Missing { field: f.name("blockTimeSeconds") });
            }
            None => coin.block_time_seconds,
        };

        let network = match (f.has("difficulty"), f.has("networkHashrate")) {
            (true, true) => {
                return Err(Error::invalid(
                    f.name("networkHashrate"),
                    "give either difficulty or networkHashrate, not both",
                ));
            }
            (_, true) => {
                let text = f.text_required("networkHashrate")?;
                let n = Hashrate::parse(&text, coin.hash_unit, &f.name("networkHashrate"))?;
                if n.per_second().is_zero() {
                    return Err(Error::range(f.name("networkHashrate"), "greater than 0", text));
                }
                Network::Hashrate(n)
            }
            (true, false) => Network::Difficulty(Difficulty::new(
                f.positive("difficulty")?.unwrap_or_default(),
            )),
            (false, false) if custom => {
                return Err(Error::Missing { field: f.name("difficulty") });
            }
            (false, false) => Network::Difficulty(Difficulty::new(coin.snapshot.difficulty)),
        };
        // Read both so neither is reported as unknown.
        f.raw("difficulty");
        f.raw("networkHashrate");

        let work_per_difficulty = match f.positive("workPerDifficulty")? {
            Some(w) => w,
            None if custom && matches!(network, Network::Difficulty(_)) => {
                return Err(Error::Missing { field: f.name("workPerDifficulty") });
            }
            None => coin.work_per_difficulty,
        };

        let block_height = f.integer_in("blockHeight", 0, 10_000_000_000)?.unwrap_or(coin.snapshot.height);
        let block_reward = f.non_negative("blockReward")?;
        if custom && block_reward.is_none() {
            return Err(Error::Missing { field: f.name("blockReward") });
        }
        let tx_fees_per_block = f.non_negative("txFeesPerBlock")?.unwrap_or_default();
        let pool_fee = Percent::new(f.percent("poolFeePercent")?.unwrap_or_default());
        let uptime = Percent::new(f.percent("uptimePercent")?.unwrap_or(Decimal::ONE_HUNDRED));
        let overhead = Percent::new(f.percent("overheadPercent")?.unwrap_or_default());
        let hardware_cost = f.non_negative("hardwareCost")?;

        Ok(EstimateInput {
            coin,
            hashrate,
            power,
            electricity_price,
            coin_price,
            network,
            block_time_seconds,
            work_per_difficulty,
            block_height,
            block_reward,
            tx_fees_per_block,
            pool_fee,
            uptime,
            overhead,
            hardware_cost,
        })
    }
}

/// One period's totals. All amounts in the currency of `coinPrice`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Period {
    pub coins: Decimal,
    pub revenue: Decimal,
    pub pool_fee: Decimal,
    pub electricity: Decimal,
    pub profit: Decimal,
}

/// A value with its unit, e.g. `{ value: "17.5", unit: "J/TH" }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rate {
    pub value: Decimal,
    pub unit: String,
}
