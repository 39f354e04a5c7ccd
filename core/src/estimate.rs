//! Today's numbers for one rig on one coin: coins, revenue, fees, electricity and profit per
//! day, month and year, with break-even prices, payback, efficiency and hashprice. The
//! per-day helpers on [`EstimateInput`] are the building blocks projections reuse.

use crate::num::Checked;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::Serialize;

use crate::coins::{self, Coin};
use crate::date::Date;
use crate::error::{Error, Result};
use crate::market::{self, Snapshot};
use crate::raw::{Fields, Raw};
use crate::units::{Difficulty, EnergyPrice, HashUnit, Hashrate, Percent, Power};

/// Seconds in a day.
pub const SECONDS_PER_DAY: Decimal = dec!(86_400);
/// Days in the "average month" that monthly totals use: 365.25 / 12.
pub const DAYS_PER_MONTH: Decimal = dec!(30.4375);
/// Days in the average (Julian) year that yearly totals use.
pub const DAYS_PER_YEAR: Decimal = dec!(365.25);
/// Decimal places of every amount in an output (then trailing zeros are dropped).
pub const OUTPUT_DP: u32 = 12;

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
    /// ISO 4217 code of the currency `coinPrice`, `electricityPrice` and `hardwareCost` are in
    /// (upper case; "USD" when not given). Typed amounts are taken as they are; the market
    /// data's USD price is converted at its dated FX rate.
    pub currency: String,
    /// Whether any market figure (price, difficulty, height, fees) came from market data.
    pub uses_snapshot: bool,
    /// The coin's market figures (a site's feed over the built-in snapshot) and their date.
    pub snapshot: Snapshot,
    /// The exchange rate the snapshot's USD price was converted at, when it was.
    pub fx: Option<FxUsed>,
}

/// An exchange rate applied to a USD market figure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FxUsed {
    /// Units of the chosen currency per US dollar.
    pub usd_to: Decimal,
    pub date: Date,
    pub source: String,
}

/// Names of the fields [`EstimateInput::read`] understands, in the JS API's spelling.
pub const ESTIMATE_FIELDS: [&str; 19] = [
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
    "market",
    "fx",
];

impl EstimateInput {
    /// Validates a loosely typed input object and rejects unknown fields.
    pub fn from_raw(raw: &Raw) -> Result<Self> {
        Fields::read_all(raw, Self::read)
    }

    /// Reads the estimate fields from `f` without rejecting the others, so that larger inputs
    /// (projections, simulations) can read theirs too and call `f.finish()` themselves.
    pub fn read(f: &Fields) -> Result<Self> {
        let coin = coins::find_mineable(&f.text_required("coin")?, &f.name("coin"))?;
        let custom = coin.id == "custom";
        let currency = match f.text("currency")? {
            None => "USD".to_owned(),
            Some(c) => market::currency_code(&c, &f.name("currency"))?,
        };
        // A site's market data (feed text or object) replaces the built-in snapshot's figures.
        let feed = market::read_input(f, "market")?;
        let fx_input = market::read_fx_input(f, "fx")?;
        let snapshot = market::snapshot(coin, feed.as_ref());
        let mut uses_snapshot = false;
        let mut fx = None;

        let hashrate_text = f.text_required("hashrate")?;
        let hashrate = Hashrate::parse(&hashrate_text, coin.hash_unit, &f.name("hashrate"))?;
        if hashrate.per_second().is_zero() {
            return Err(Error::range(
                f.name("hashrate"),
                "greater than 0",
                hashrate_text,
            ));
        }
        let power = match f.raw("powerWatts") {
            None => Power::default(),
            Some(Raw::Text(t)) => Power::parse(t, &f.name("powerWatts"))?,
            Some(_) => Power::watts(f.non_negative("powerWatts")?.unwrap_or_default()),
        };
        let electricity_price =
            EnergyPrice::per_kwh(f.non_negative("electricityPrice")?.unwrap_or_default());

        let coin_price = match f.non_negative("coinPrice")? {
            Some(p) => p,
            None if custom => {
                return Err(Error::Missing {
                    field: f.name("coinPrice"),
                });
            }
            None => {
                uses_snapshot = true;
                if currency == "USD" {
                    snapshot.price_usd
                } else {
                    // The snapshot's USD price, converted at the market data's dated rate.
                    let found = market::fx_rate_over(&currency, fx_input.as_ref(), feed.as_ref());
                    let Some((rate, stamp)) = found else {
                        return Err(Error::invalid(
                            f.name("currency"),
                            format!(
                                "no exchange rate for {currency} in the market data; give coinPrice \
                                 in {currency}, or choose one of {}",
                                market::currencies(feed.as_ref()).join(", ")
                            ),
                        ));
                    };
                    fx = Some(FxUsed {
                        usd_to: rate.normalize(),
                        date: stamp.date,
                        source: stamp.source,
                    });
                    snapshot
                        .price_usd
                        .mul_checked(rate)
                        .ok_or_else(|| Error::Overflow {
                            field: f.name("coinPrice"),
                        })?
                }
            }
        };

        let block_time_seconds = match f.positive("blockTimeSeconds")? {
            Some(t) => t,
            None if custom => {
                return Err(Error::Missing {
                    field: f.name("blockTimeSeconds"),
                });
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
                    return Err(Error::range(
                        f.name("networkHashrate"),
                        "greater than 0",
                        text,
                    ));
                }
                Network::Hashrate(n)
            }
            (true, false) => Network::Difficulty(Difficulty::new(
                f.positive("difficulty")?.unwrap_or_default(),
            )),
            (false, false) if custom => {
                return Err(Error::Missing {
                    field: f.name("difficulty"),
                });
            }
            (false, false) => {
                uses_snapshot = true;
                Network::Difficulty(Difficulty::new(snapshot.difficulty))
            }
        };
        // Read both so neither is reported as unknown.
        f.raw("difficulty");
        f.raw("networkHashrate");

        let work_per_difficulty = match f.positive("workPerDifficulty")? {
            Some(w) => w,
            None if custom && matches!(network, Network::Difficulty(_)) => {
                return Err(Error::Missing {
                    field: f.name("workPerDifficulty"),
                });
            }
            None => coin.work_per_difficulty,
        };

        let block_reward = f.non_negative("blockReward")?;
        let block_height = match f.integer_in("blockHeight", 0, MAX_HEIGHT)? {
            Some(h) => h,
            None => {
                // The snapshot height only matters when the reward comes from the schedule.
                uses_snapshot |= block_reward.is_none();
                snapshot.height
            }
        };
        if custom && block_reward.is_none() {
            return Err(Error::Missing {
                field: f.name("blockReward"),
            });
        }
        let tx_fees_per_block = match f.non_negative("txFeesPerBlock")? {
            Some(fees) => fees,
            // Typical fees come from the market data along with the scheduled reward; an
            // explicit blockReward (and a custom chain) means the caller gave the whole reward.
            None if custom || block_reward.is_some() => Decimal::ZERO,
            None => {
                uses_snapshot = true;
                snapshot.fees_per_block
            }
        };
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
            currency,
            uses_snapshot,
            snapshot,
            fx,
        })
    }

    /// The miner's reward per block at `height`, fees excluded: the explicit `blockReward`
    /// when given (taken as the miner's own reward, no share applied), else the coin's
    /// schedule via [`coins::miner_reward`] (miner share applied).
    pub fn reward_at(&self, height: u64) -> Result<Decimal> {
        match self.block_reward {
            Some(r) => Ok(r),
            None => coins::miner_reward(self.coin, height),
        }
    }

    /// Expected work (hashes or solutions) per block at difficulty `d` for this coin:
    /// `d × workPerDifficulty`.
    pub fn work_per_block(&self, d: Difficulty) -> Result<Decimal> {
        d.value()
            .mul_checked(self.work_per_difficulty)
            .ok_or_else(|| Error::overflow("difficulty"))
    }

    /// Expected work per block on today's network, times `multiplier` (1 for today; a
    /// projection passes its difficulty growth). Difficulty form: `D × workPerDifficulty`;
    /// network-hashrate form: `N × blockTimeSeconds`.
    pub fn network_work_per_block(&self, multiplier: Decimal) -> Result<Decimal> {
        let (today, field) = match self.network {
            Network::Difficulty(d) => (self.work_per_block(d)?, "difficulty"),
            Network::Hashrate(n) => (
                n.per_second()
                    .mul_checked(self.block_time_seconds)
                    .ok_or_else(|| Error::overflow("networkHashrate"))?,
                "networkHashrate",
            ),
        };
        let work = today
            .mul_checked(multiplier)
            .ok_or_else(|| Error::overflow(field))?;
        if work <= Decimal::ZERO {
            return Err(Error::invalid(
                field,
                "is too small to compute with: the work per block rounds to 0",
            ));
        }
        Ok(work)
    }

    /// The difficulty equivalent to the network's work times `multiplier`: the given
    /// difficulty, or `N × blockTime / workPerDifficulty` in the network-hashrate form.
    pub fn implied_difficulty(&self, multiplier: Decimal) -> Result<Difficulty> {
        let w = self.network_work_per_block(multiplier)?;
        w.div_checked(self.work_per_difficulty)
            .map(Difficulty::new)
            .ok_or_else(|| Error::overflow("difficulty"))
    }

    /// Blocks the chain produces per day at its target block time: `86,400 / blockTime`.
    pub fn chain_blocks_per_day(&self) -> Result<Decimal> {
        SECONDS_PER_DAY
            .div_checked(self.block_time_seconds)
            .ok_or_else(|| Error::overflow("blockTimeSeconds"))
    }

    /// Expected blocks this rig finds per day of running (uptime not applied):
    /// `H × hashrate_multiplier × 86,400 / W`, W = [`network_work_per_block`]
    /// (`difficulty_multiplier`). Multipliers are 1 for today.
    ///
    /// [`network_work_per_block`]: EstimateInput::network_work_per_block
    pub fn blocks_per_day(
        &self,
        difficulty_multiplier: Decimal,
        hashrate_multiplier: Decimal,
    ) -> Result<Decimal> {
        let w = self.network_work_per_block(difficulty_multiplier)?;
        let h = mul(self.hashrate.per_second(), hashrate_multiplier, "hashrate")?;
        mul_div(h, SECONDS_PER_DAY, w, "hashrate")
    }

    /// The fraction of the chain's blocks this rig is expected to find (uptime not applied):
    /// `blocks_per_day / chain_blocks_per_day`. Multiply by the blocks of a height range and
    /// by each block's reward to split a day at a halving.
    pub fn share_of_blocks(
        &self,
        difficulty_multiplier: Decimal,
        hashrate_multiplier: Decimal,
    ) -> Result<Decimal> {
        let w = self.network_work_per_block(difficulty_multiplier)?;
        let h = mul(self.hashrate.per_second(), hashrate_multiplier, "hashrate")?;
        mul_div(h, self.block_time_seconds, w, "hashrate")
    }

    /// Expected coins per day of running (uptime not applied) at `height`:
    /// `blocks_per_day × (reward_at(height) + txFeesPerBlock)`.
    pub fn coins_per_day(
        &self,
        height: u64,
        difficulty_multiplier: Decimal,
        hashrate_multiplier: Decimal,
    ) -> Result<Decimal> {
        let per_block = add(
            self.reward_at(height)?,
            self.tx_fees_per_block,
            "txFeesPerBlock",
        )?;
        let w = self.network_work_per_block(difficulty_multiplier)?;
        let h = mul(self.hashrate.per_second(), hashrate_multiplier, "hashrate")?;
        // H × R × 86,400 / W, multiplying first when that fits (exact), else dividing first.
        match h.mul_checked(per_block) {
            Some(hr) => mul_div(hr, SECONDS_PER_DAY, w, "hashrate"),
            None => mul(
                mul_div(h, SECONDS_PER_DAY, w, "hashrate")?,
                per_block,
                "hashrate",
            ),
        }
    }

    /// Power drawn at the wall including cooling/PSU overhead, in kW:
    /// `powerWatts × (1 + overhead%) / 1000`.
    pub fn wall_kilowatts(&self) -> Result<Decimal> {
        let w = mul(
            self.power.as_watts(),
            add(Decimal::ONE, self.overhead.fraction(), "overheadPercent")?,
            "powerWatts",
        )?;
        div(w, dec!(1000), "powerWatts")
    }

    /// Electricity cost of running `hours` at `price_per_kwh` (overhead included).
    pub fn electricity_cost(&self, hours: Decimal, price_per_kwh: Decimal) -> Result<Decimal> {
        let kwh = mul(self.wall_kilowatts()?, hours, "powerWatts")?;
        mul(kwh, price_per_kwh, "electricityPrice")
    }
}

/// The highest block height accepted (Kaspa's DAA score grows 864,000 a day).
pub const MAX_HEIGHT: u64 = 10_000_000_000;

// The arithmetic helpers below are `inline(never)`: rust_decimal marks its operations
// `inline(always)`, so each call site would otherwise carry a full copy of the algorithm.

/// `a × b` or an overflow error on `field`.
#[inline(never)]
pub(crate) fn mul(a: Decimal, b: Decimal, field: &str) -> Result<Decimal> {
    a.mul_checked(b).ok_or_else(|| Error::overflow(field))
}

/// `a + b` or an overflow error on `field`.
#[inline(never)]
pub(crate) fn add(a: Decimal, b: Decimal, field: &str) -> Result<Decimal> {
    a.add_checked(b).ok_or_else(|| Error::overflow(field))
}

/// `a − b` or an overflow error on `field`.
#[inline(never)]
pub(crate) fn sub(a: Decimal, b: Decimal, field: &str) -> Result<Decimal> {
    a.sub_checked(b).ok_or_else(|| Error::overflow(field))
}

/// `a / b` (b ≠ 0) or an overflow error on `field`.
#[inline(never)]
pub(crate) fn div(a: Decimal, b: Decimal, field: &str) -> Result<Decimal> {
    a.div_checked(b).ok_or_else(|| Error::overflow(field))
}

/// `a × b / c`: multiplies first when the product fits (keeping every digit), else divides
/// first. Overflow of both is an error on `field`.
pub(crate) fn mul_div(a: Decimal, b: Decimal, c: Decimal, field: &str) -> Result<Decimal> {
    match a.mul_checked(b) {
        Some(p) => div(p, c, field),
        None => mul(div(a, c, field)?, b, field),
    }
}

/// Rounds an output amount to [`OUTPUT_DP`] places and drops trailing zeros (and the sign of
/// a zero).
pub fn output(d: Decimal) -> Decimal {
    let r = d.round_dp(OUTPUT_DP).normalize();
    if r.is_zero() { Decimal::ZERO } else { r }
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

/// Today's estimate for one rig on one coin. Amounts are in `currency`; coins in the coin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Estimate {
    pub daily: Period,
    /// `daily × daysPerMonth`.
    pub monthly: Period,
    /// `daily × daysPerYear`.
    pub yearly: Period,
    /// 30.4375: the average month (365.25 / 12 days).
    pub days_per_month: Decimal,
    /// 365.25.
    pub days_per_year: Decimal,
    /// The electricity price per kWh at which the daily profit is 0; null when no power is
    /// drawn (zero power or uptime).
    pub break_even_electricity_price: Option<Decimal>,
    /// The coin price at which the daily profit is 0; null when no coins are mined (or the
    /// pool takes 100 %).
    pub break_even_coin_price: Option<Decimal>,
    /// `hardwareCost / daily profit`; null without a hardware cost or when profit ≤ 0.
    pub payback_days: Option<Decimal>,
    /// Power per unit of hashrate (device power, overhead excluded), e.g. J/TH.
    pub efficiency: Rate,
    /// Revenue per display unit of hashrate per day, at 100 % uptime before pool fee (the
    /// network-wide figure), e.g. "USD per TH/s per day".
    pub hashprice: Rate,
    /// ISO 4217 code of every amount.
    pub currency: String,
    /// The resolved inputs the numbers used.
    pub assumptions: Assumptions,
    /// Inputs that compute but look implausible (far outside anything real), by field.
    pub warnings: Vec<crate::plausible::Warning>,
}

/// The resolved inputs of an [`Estimate`], so a front end can show the arithmetic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Assumptions {
    pub coin: &'static str,
    pub currency: String,
    pub coin_price: Decimal,
    /// The chain difficulty (given, or the snapshot's); null in the network-hashrate form.
    pub difficulty: Option<Decimal>,
    /// The network hashrate in base units per second; null in the difficulty form.
    pub network_hashrate: Option<Decimal>,
    pub work_per_difficulty: Decimal,
    /// Expected hashes (or solutions) per block: `difficulty × workPerDifficulty` or
    /// `networkHashrate × blockTimeSeconds`.
    pub work_per_block: Decimal,
    /// The miner's reward per block, fees excluded.
    pub block_reward: Decimal,
    /// `"input"` when `blockReward` was given, `"schedule"` when it came from `blockHeight`.
    pub block_reward_source: &'static str,
    pub block_height: u64,
    pub block_time_seconds: Decimal,
    pub tx_fees_per_block: Decimal,
    /// Hashrate in base units per second.
    pub hashrate: Decimal,
    /// `H/s` or `Sol/s`.
    pub hash_unit: HashUnit,
    pub power_watts: Decimal,
    pub electricity_price: Decimal,
    pub pool_fee_percent: Decimal,
    pub uptime_percent: Decimal,
    pub overhead_percent: Decimal,
    pub hardware_cost: Option<Decimal>,
    /// Expected blocks found per day of running (uptime not applied).
    pub blocks_per_day: Decimal,
    /// The market data's date when any market figure came from it, else null.
    pub snapshot_date: Option<Date>,
    /// The market figures in use when any came from market data: their date, source, and
    /// whether they came from the site's feed or the built-in snapshot.
    pub market: Option<MarketUsed>,
    /// The exchange rate the market data's USD price was converted at, when it was.
    pub fx: Option<FxUsed>,
}

/// Which market data an estimate used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MarketUsed {
    pub date: Date,
    pub source: String,
    /// `"feed"` (the site's market data) or `"builtin"` (the snapshot in this build).
    pub origin: market::Origin,
    /// Figures the feed lacked, taken from the built-in snapshot.
    pub builtin_figures: Vec<&'static str>,
}

impl Period {
    fn scaled(&self, days: Decimal) -> Result<Period> {
        Ok(Period {
            coins: mul(self.coins, days, "hashrate")?,
            revenue: mul(self.revenue, days, "coinPrice")?,
            pool_fee: mul(self.pool_fee, days, "poolFeePercent")?,
            electricity: mul(self.electricity, days, "powerWatts")?,
            profit: sub(
                mul(self.revenue, days, "coinPrice")?,
                add(
                    mul(self.pool_fee, days, "poolFeePercent")?,
                    mul(self.electricity, days, "powerWatts")?,
                    "powerWatts",
                )?,
                "powerWatts",
            )?,
        })
    }

    fn rounded(&self) -> Period {
        Period {
            coins: output(self.coins),
            revenue: output(self.revenue),
            pool_fee: output(self.pool_fee),
            electricity: output(self.electricity),
            profit: output(self.profit),
        }
    }
}

/// Parses a JS-shaped input object and estimates it (see [`estimate`]).
pub fn estimate_raw(raw: &Raw) -> Result<Estimate> {
    estimate(&EstimateInput::from_raw(raw)?)
}

/// Today's coins, revenue, pool fee, electricity and profit per day, month and year:
///
/// - coins/day = H × 86,400 × (reward + txFeesPerBlock) / W × uptime, where W is the work per
///   block (`difficulty × workPerDifficulty`, or `networkHashrate × blockTimeSeconds`, which
///   makes it H / N × (reward + fees) × 86,400 / blockTime);
/// - revenue = coins × coinPrice; poolFee = revenue × poolFee%;
/// - electricity = powerWatts × (1 + overhead%) / 1000 × 24 × uptime × electricityPrice;
/// - profit = revenue − poolFee − electricity; month = 30.4375 days, year = 365.25 days.
///
/// Amounts are rounded to 12 decimal places at the end; overflow is a typed error.
pub fn estimate(input: &EstimateInput) -> Result<Estimate> {
    let uptime = input.uptime.fraction();
    let reward = input.reward_at(input.block_height)?;
    let work = input.network_work_per_block(Decimal::ONE)?;
    let blocks = input.blocks_per_day(Decimal::ONE, Decimal::ONE)?;
    let full_day_coins = input.coins_per_day(input.block_height, Decimal::ONE, Decimal::ONE)?;

    let coins = mul(full_day_coins, uptime, "hashrate")?;
    let revenue = mul(coins, input.coin_price, "coinPrice")?;
    let pool_fee = mul(revenue, input.pool_fee.fraction(), "poolFeePercent")?;
    let kwh = mul(
        input.wall_kilowatts()?,
        mul(dec!(24), uptime, "uptimePercent")?,
        "powerWatts",
    )?;
    let electricity = mul(
        kwh,
        input.electricity_price.as_per_kwh(),
        "electricityPrice",
    )?;
    let profit = sub(
        sub(revenue, pool_fee, "coinPrice")?,
        electricity,
        "powerWatts",
    )?;
    let daily = Period {
        coins,
        revenue,
        pool_fee,
        electricity,
        profit,
    };

    let kept = sub(Decimal::ONE, input.pool_fee.fraction(), "poolFeePercent")?;
    let break_even_electricity_price = if kwh.is_zero() {
        None
    } else {
        Some(div(
            sub(revenue, pool_fee, "coinPrice")?,
            kwh,
            "electricityPrice",
        )?)
    };
    let break_even_coin_price = if coins.is_zero() || kept.is_zero() {
        None
    } else {
        Some(div(
            electricity,
            mul(coins, kept, "hashrate")?,
            "coinPrice",
        )?)
    };
    let payback_days = match input.hardware_cost {
        Some(cost) if profit > Decimal::ZERO => Some(div(cost, profit, "hardwareCost")?),
        _ => None,
    };

    let algorithm = input.coin.algorithm;
    let unit = input.hashrate.unit();
    let display_rate = div(
        input.hashrate.per_second(),
        algorithm.display_factor(),
        "hashrate",
    )?;
    let efficiency = Rate {
        value: output(div(input.power.as_watts(), display_rate, "hashrate")?),
        unit: algorithm.efficiency_unit(unit),
    };
    let full_day_revenue = mul(full_day_coins, input.coin_price, "coinPrice")?;
    let hashprice = Rate {
        value: output(div(full_day_revenue, display_rate, "hashrate")?),
        unit: algorithm.hashprice_unit(unit, &input.currency),
    };

    let (difficulty, network_hashrate) = match input.network {
        Network::Difficulty(d) => (Some(d.value()), None),
        Network::Hashrate(n) => (None, Some(n.per_second())),
    };
    let assumptions = Assumptions {
        coin: input.coin.id,
        currency: input.currency.clone(),
        coin_price: input.coin_price.normalize(),
        difficulty: difficulty.map(|d| d.normalize()),
        network_hashrate: network_hashrate.map(|d| d.normalize()),
        work_per_difficulty: output(input.work_per_difficulty),
        work_per_block: output(work),
        block_reward: reward.normalize(),
        block_reward_source: if input.block_reward.is_some() {
            "input"
        } else {
            "schedule"
        },
        block_height: input.block_height,
        block_time_seconds: input.block_time_seconds.normalize(),
        tx_fees_per_block: input.tx_fees_per_block.normalize(),
        hashrate: input.hashrate.per_second().normalize(),
        hash_unit: unit,
        power_watts: input.power.as_watts().normalize(),
        electricity_price: input.electricity_price.as_per_kwh().normalize(),
        pool_fee_percent: input.pool_fee.value().normalize(),
        uptime_percent: input.uptime.value().normalize(),
        overhead_percent: input.overhead.value().normalize(),
        hardware_cost: input.hardware_cost.map(|d| d.normalize()),
        blocks_per_day: output(blocks),
        snapshot_date: input.uses_snapshot.then_some(input.snapshot.date),
        market: input.uses_snapshot.then(|| MarketUsed {
            date: input.snapshot.date,
            source: input.snapshot.source.clone(),
            origin: input.snapshot.origin,
            builtin_figures: input.snapshot.builtin_figures.clone(),
        }),
        fx: input.fx.clone(),
    };

    Ok(Estimate {
        monthly: daily.scaled(DAYS_PER_MONTH)?.rounded(),
        yearly: daily.scaled(DAYS_PER_YEAR)?.rounded(),
        daily: daily.rounded(),
        days_per_month: DAYS_PER_MONTH,
        days_per_year: DAYS_PER_YEAR,
        break_even_electricity_price: break_even_electricity_price.map(output),
        break_even_coin_price: break_even_coin_price.map(output),
        payback_days: payback_days.map(output),
        efficiency,
        hashprice,
        currency: input.currency.clone(),
        assumptions,
        warnings: crate::plausible::check(input),
    })
}
