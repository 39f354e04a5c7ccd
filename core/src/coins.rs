//! The coin table: each chain's consensus parameters (algorithm, block time, work per
//! difficulty unit, emission schedule, miner share) and a dated market snapshot, plus
//! [`miner_reward`], the per-block subsidy a miner receives at a height. Rows: `coin_table.rs`.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal_macros::dec;
use serde::Serialize;

use crate::date::Date;
use crate::error::{Error, Result};
use crate::num::Checked;
use crate::units::{HashUnit, prefix_factor};

/// Proof-of-work algorithms the calculator knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Algorithm {
    Sha256,
    Scrypt,
    RandomX,
    Equihash,
    Etchash,
    KHeavyHash,
    KawPow,
    /// Proof of stake (ETH): nothing to mine.
    None,
    /// A user-described chain.
    Custom,
}

impl Algorithm {
    /// Every algorithm, in display order.
    pub const ALL: [Algorithm; 9] = [
        Algorithm::Sha256,
        Algorithm::Scrypt,
        Algorithm::RandomX,
        Algorithm::Equihash,
        Algorithm::Etchash,
        Algorithm::KHeavyHash,
        Algorithm::KawPow,
        Algorithm::None,
        Algorithm::Custom,
    ];

    /// The id used in JSON and JS (the serde spelling): `sha256`, `kHeavyHash`, …
    pub fn id(self) -> &'static str {
        match self {
            Algorithm::Sha256 => "sha256",
            Algorithm::Scrypt => "scrypt",
            Algorithm::RandomX => "randomX",
            Algorithm::Equihash => "equihash",
            Algorithm::Etchash => "etchash",
            Algorithm::KHeavyHash => "kHeavyHash",
            Algorithm::KawPow => "kawPow",
            Algorithm::None => "none",
            Algorithm::Custom => "custom",
        }
    }

    /// The usual written name: `SHA-256`, `Equihash`, `kHeavyHash`, …
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::Sha256 => "SHA-256",
            Algorithm::Scrypt => "Scrypt",
            Algorithm::RandomX => "RandomX",
            Algorithm::Equihash => "Equihash",
            Algorithm::Etchash => "Etchash",
            Algorithm::KHeavyHash => "kHeavyHash",
            Algorithm::KawPow => "KawPow",
            Algorithm::None => "none (proof of stake)",
            Algorithm::Custom => "custom",
        }
    }

    /// Finds an algorithm by id or name, ignoring case and `-`/`_`/spaces (`"SHA-256"`,
    /// `"sha256"`, `"kheavyhash"`). `field` names the input for the error.
    pub fn parse(text: &str, field: &str) -> Result<Self> {
        let squash = |s: &str| {
            s.chars()
                .filter(|c| !matches!(c, '-' | '_' | ' '))
                .collect::<String>()
                .to_ascii_lowercase()
        };
        let want = squash(text);
        Algorithm::ALL
            .into_iter()
            .find(|a| squash(a.id()) == want || squash(a.name()) == want)
            .ok_or_else(|| {
                let known: Vec<&str> = Algorithm::ALL.iter().map(|a| a.id()).collect();
                Error::invalid(
                    field,
                    format!(
                        "unknown algorithm \"{}\"; known: {}",
                        text.trim(),
                        known.join(", ")
                    ),
                )
            })
    }

    /// The SI prefix hashrates of this algorithm are usually quoted in, and in which
    /// efficiency (J per unit) and hashprice (revenue per unit per day) are shown:
    /// `T` for SHA-256 and kHeavyHash, `G` for Scrypt, `M` for Etchash, KawPow and custom
    /// chains, `k` for RandomX and Equihash.
    pub fn display_prefix(self) -> &'static str {
        match self {
            Algorithm::Sha256 | Algorithm::KHeavyHash => "T",
            Algorithm::Scrypt => "G",
            Algorithm::Etchash | Algorithm::KawPow | Algorithm::Custom | Algorithm::None => "M",
            Algorithm::RandomX | Algorithm::Equihash => "k",
        }
    }

    /// The display unit of work without "/s", e.g. `TH`, `GH`, `kSol`, for `unit`.
    pub fn display_work(self, unit: HashUnit) -> String {
        format!("{}{}", self.display_prefix(), unit.work())
    }

    /// Base units (H or Sol) in one display unit, e.g. 10^12 for TH.
    pub fn display_factor(self) -> Decimal {
        prefix_factor(self.display_prefix()).unwrap_or(Decimal::ONE)
    }

    /// The prefix the market quotes hashprice in, for display: `P` for SHA-256 (hashprice
    /// indexes such as Luxor's Hashrate Index quote bitcoin in USD per PH/s per day), else the
    /// display prefix. The JS API's `hashprice` stays per display unit (`display_prefix`).
    pub fn hashprice_prefix(self) -> &'static str {
        match self {
            Algorithm::Sha256 => "P",
            other => other.display_prefix(),
        }
    }

    /// Base units in one hashprice unit, e.g. 10^15 for PH.
    pub fn hashprice_factor(self) -> Decimal {
        prefix_factor(self.hashprice_prefix()).unwrap_or(Decimal::ONE)
    }

    /// The efficiency unit, e.g. `J/TH`, `J/kSol`.
    pub fn efficiency_unit(self, unit: HashUnit) -> String {
        format!("J/{}", self.display_work(unit))
    }

    /// The hashprice unit in `currency`, e.g. `USD per TH/s per day`.
    pub fn hashprice_unit(self, unit: HashUnit, currency: &str) -> String {
        format!("{currency} per {}/s per day", self.display_work(unit))
    }
}

/// How a chain's block subsidy depends on height. Fees are not part of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schedule {
    /// `initial >> floor(height / interval)` (BTC, BCH, LTC, RVN).
    Halving { initial: Decimal, interval: u64 },
    /// The same reward at every height.
    Fixed(Decimal),
    /// Dogecoin: random rewards below height 145,000 (refused), then 500,000 DOGE halved every
    /// 100,000 blocks, and a fixed 10,000 DOGE from height 600,000 on.
    Dogecoin,
    /// Monero: the tail emission from `tail_start` on; earlier heights depend on the
    /// already-emitted supply, not on height, and are refused.
    MoneroTail { tail: Decimal, tail_start: u64 },
    /// Zcash after Blossom: see `miner_reward` for the exact rule.
    Zcash,
    /// Ethereum Classic ECIP-1017: `initial × 0.8^floor((height − 1) / era)`.
    Eras { initial: Decimal, era: u64 },
    /// Kaspa's chromatic phase: the reward per second falls by 2^(−1/12) each month;
    /// `height` is the DAA score.
    Kaspa,
    /// No schedule: the reward must be given (custom chains) or mining is impossible (ETH).
    None,
}

pub use crate::market::Snapshot;

/// A chain and everything the calculator needs to know about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Coin {
    /// Lower-case id used by the API: `btc`, `ltc`, …, `custom`.
    pub id: &'static str,
    /// Ticker, e.g. `BTC`.
    pub ticker: &'static str,
    /// Display name, e.g. `Bitcoin`.
    pub name: &'static str,
    pub algorithm: Algorithm,
    pub hash_unit: HashUnit,
    /// Target seconds between blocks.
    pub block_time_seconds: Decimal,
    /// Expected hashes (or solutions) per block at difficulty 1: W(D) = D × this.
    pub work_per_difficulty: Decimal,
    pub schedule: Schedule,
    /// The share of the block subsidy that goes to the miner (ZEC: 0.8).
    pub miner_share: Decimal,
    /// Whether proof-of-work mining is possible at all.
    pub mineable: bool,
    /// One line for users (merged mining, tail emission, proof of stake, …).
    pub note: &'static str,
    /// Where the consensus parameters come from (empty without the `citations` feature).
    pub source: &'static str,
}

/// Every coin the calculator knows, mineable or not, in display order (`custom` last).
pub fn all() -> &'static [Coin] {
    &crate::coin_table::COINS
}

/// Looks a coin up by id (case-insensitive). `field` names the input for the error.
pub fn find(id: &str, field: &str) -> Result<&'static Coin> {
    let id = id.trim();
    all()
        .iter()
        .find(|c| c.id.eq_ignore_ascii_case(id) || c.ticker.eq_ignore_ascii_case(id))
        .ok_or_else(|| Error::UnknownCoin {
            field: field.to_owned(),
            got: id.to_owned(),
            known: all().iter().map(|c| c.id).collect::<Vec<_>>().join(", "),
        })
}

/// Like [`find`] but refuses coins that cannot be mined, with their reason.
pub fn find_mineable(id: &str, field: &str) -> Result<&'static Coin> {
    let coin = find(id, field)?;
    if coin.mineable {
        Ok(coin)
    } else {
        Err(Error::NotMineable {
            field: field.to_owned(),
            coin: coin.ticker.to_owned(),
            reason: coin.note.to_owned(),
        })
    }
}

/// A coin as the JS API's `coins()` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CoinInfo {
    pub id: &'static str,
    pub name: &'static str,
    pub ticker: &'static str,
    pub algorithm: Algorithm,
    /// `Sequence`-friendly algorithm name, e.g. `SHA-256`.
    pub algorithm_name: &'static str,
    pub hash_unit: HashUnit,
    /// The unit hashrates are usually quoted in, e.g. `TH/s`.
    pub display_hash_unit: String,
    pub block_time_seconds: Decimal,
    pub work_per_difficulty: Decimal,
    pub miner_share: Decimal,
    pub mineable: bool,
    pub note: &'static str,
    pub snapshot: Snapshot,
}

impl Coin {
    /// The JS-facing description of this coin.
    pub fn info(&self) -> CoinInfo {
        CoinInfo {
            id: self.id,
            name: self.name,
            ticker: self.ticker,
            algorithm: self.algorithm,
            algorithm_name: self.algorithm.name(),
            hash_unit: self.hash_unit,
            display_hash_unit: format!("{}/s", self.algorithm.display_work(self.hash_unit)),
            block_time_seconds: self.block_time_seconds,
            work_per_difficulty: self.work_per_difficulty,
            miner_share: self.miner_share,
            mineable: self.mineable,
            note: self.note,
            snapshot: self.snapshot(),
        }
    }

    /// Whether this is the user-described `custom` chain.
    pub fn is_custom(&self) -> bool {
        self.algorithm == Algorithm::Custom
    }

    /// The share of the block subsidy the miner receives at `height`. Zcash's funding streams
    /// (founders' reward, then ZIP 1014, ZIP 1015 and ZIP 2001) take 20 % up to, not including,
    /// height 4,406,400, where the last of them ends in current consensus code (zebra's mainnet
    /// funding-stream heights; ZIP 2001): from there miners receive the whole subsidy.
    pub fn miner_share_at(&self, height: u64) -> Decimal {
        match self.schedule {
            Schedule::Zcash if height >= ZCASH_FUNDING_STREAMS_END => Decimal::ONE,
            _ => self.miner_share,
        }
    }

    /// This coin's figures in the built-in market snapshot (`data/market.json`).
    pub fn snapshot(&self) -> Snapshot {
        crate::market::snapshot(self, None)
    }

    /// The height the chain is expected to have reached on `date`: the built-in snapshot's
    /// height plus one block per target block time since the snapshot's date (never below the
    /// snapshot's height). Front ends use it as the default start height of a projection that
    /// starts today, so halvings land on their expected dates even when the snapshot is old.
    pub fn expected_height(&self, date: Date) -> u64 {
        let s = self.snapshot();
        crate::market::expected_height_from(self, s.height, s.date, date)
    }
}

/// Coins a miner receives per block at `height` from the block subsidy, fees excluded, after
/// the chain's miner share (ZEC: 80 %). Kaspa's `height` is its DAA score.
///
/// Computed in each chain's integer base unit the way its consensus code does (satoshi, zatoshi,
/// wei, sompi), so halvings that stop dividing evenly truncate exactly as on chain.
/// Errors: ETH (not mineable, field `coin`), `custom` (`blockReward` is required), Monero
/// before its tail emission and Dogecoin before height 145,000 (field `blockHeight`: the
/// reward did not depend on height alone; give `blockReward`).
pub fn miner_reward(coin: &Coin, height: u64) -> Result<Decimal> {
    let subsidy = block_subsidy(coin, height)?;
    let share = coin.miner_share_at(height);
    if share == Decimal::ONE {
        return Ok(subsidy);
    }
    // The non-miner part is taken in whole base units, rounded down (ZIP 207 funding streams),
    // so the miner keeps the remainder.
    let overflow = || Error::overflow("blockHeight");
    let others = Decimal::ONE
        .sub_checked(share)
        .and_then(|rest| subsidy.mul_checked(rest))
        .ok_or_else(overflow)?
        .trunc_with_scale(8);
    Ok(subsidy
        .sub_checked(others)
        .ok_or_else(overflow)?
        .normalize())
}

/// [`miner_reward`] for loosely typed input `{ coin, blockHeight }` (the JS `minerReward`):
/// `blockHeight` is a whole number (JS number or decimal string) and defaults to the coin's
/// snapshot height. The result is normalized (no trailing zeros).
pub fn miner_reward_raw(raw: &crate::Raw) -> Result<Decimal> {
    let f = crate::raw::Fields::new(raw)?;
    let coin = find(&f.text_required("coin")?, &f.name("coin"))?;
    let height = f
        .integer_in("blockHeight", 0, crate::estimate::MAX_HEIGHT)?
        .unwrap_or_else(|| coin.snapshot().height);
    f.finish()?;
    miner_reward(coin, height).map(|r| r.normalize())
}

/// [`Coin::expected_height`] for loosely typed input `{ coin, date }` (the JS
/// `expectedHeight`): the default start height for a projection that starts on `date`.
pub fn expected_height_raw(raw: &crate::Raw) -> Result<u64> {
    let f = crate::raw::Fields::new(raw)?;
    let coin = find(&f.text_required("coin")?, &f.name("coin"))?;
    let date = Date::read(&f, "date")?.ok_or_else(|| Error::Missing {
        field: f.name("date"),
    })?;
    f.finish()?;
    let max = crate::estimate::MAX_HEIGHT;
    Some(coin.expected_height(date))
        .filter(|h| *h <= max)
        .ok_or_else(|| {
            Error::range(
                f.name("date"),
                format!("a date whose height is at most {max}"),
                date,
            )
        })
}

/// The whole block subsidy at `height` (before the miner share), fees excluded.
pub fn block_subsidy(coin: &Coin, height: u64) -> Result<Decimal> {
    match coin.schedule {
        Schedule::Halving { initial, interval } => Ok(halve(initial, height / interval.max(1))),
        Schedule::Fixed(reward) => Ok(reward),
        Schedule::Dogecoin => dogecoin(height),
        Schedule::MoneroTail { tail, tail_start } => {
            if height >= tail_start {
                Ok(tail)
            } else {
                Err(Error::invalid(
                    "blockHeight",
                    format!(
                        "the {} reward before height {tail_start} (the tail emission) depends on \
                         the coins already emitted, not on the height; give blockReward",
                        coin.ticker
                    ),
                ))
            }
        }
        Schedule::Zcash => Ok(zcash(height)),
        Schedule::Eras { initial, era } => Ok(etc_era(initial, height, era)),
        Schedule::Kaspa => Ok(kaspa(height)),
        Schedule::None if coin.mineable => Err(Error::Missing {
            field: "blockReward".to_owned(),
        }),
        Schedule::None => Err(Error::NotMineable {
            field: "coin".to_owned(),
            coin: coin.ticker.to_owned(),
            reason: coin.note.to_owned(),
        }),
    }
}

/// The first Zcash height without funding streams (ZIP 2001's end height, exclusive).
pub const ZCASH_FUNDING_STREAMS_END: u64 = 4_406_400;

/// Satoshis (10^-8) per coin; also litoshis, zatoshis, sompi and Ravencoin's base unit.
const COIN: u64 = 100_000_000;

/// `initial >> halvings` computed on whole base units (10^-8), as Bitcoin Core's
/// `GetBlockSubsidy` does (`nSubsidy >>= halvings`, and 0 from 64 halvings on).
fn halve(initial: Decimal, halvings: u64) -> Decimal {
    let base = initial
        .mul_checked(Decimal::from(COIN))
        .and_then(|units| units.to_u64())
        .unwrap_or(0);
    let units = if halvings >= 64 { 0 } else { base >> halvings };
    Decimal::new(i64::try_from(units).unwrap_or(i64::MAX), 8).normalize()
}

/// Dogecoin `GetDogecoinBlockSubsidy` (src/dogecoin.cpp): random below 145,000, then
/// `500,000 >> (height / 100,000)` up to 599,999, then a fixed 10,000 DOGE.
fn dogecoin(height: u64) -> Result<Decimal> {
    if height < 145_000 {
        return Err(Error::invalid(
            "blockHeight",
            "DOGE rewards below height 145000 were random; give blockReward",
        ));
    }
    if height < 600_000 {
        return Ok(halve(dec!(500_000), height / 100_000));
    }
    Ok(dec!(10_000))
}

/// Zcash block subsidy, from the protocol spec §7.8 (BlockSubsidy, Halving) with ZIP 208's
/// Blossom changes: slow start over the first 20,000 blocks; 12.5 ZEC per block until Blossom
/// (height 653,600); 6.25 after it; halvings at 1,046,400 and then every 1,680,000 blocks
/// (2,726,400, 4,406,400, …), truncated to whole zatoshi.
fn zcash(height: u64) -> Decimal {
    const SLOW_START_INTERVAL: u64 = 20_000;
    const SLOW_START_SHIFT: u64 = SLOW_START_INTERVAL / 2;
    const BLOSSOM: u64 = 653_600;
    const PRE_BLOSSOM_HALVING: u64 = 840_000;
    const POST_BLOSSOM_HALVING: u64 = 1_680_000;
    const MAX_SUBSIDY: u64 = 1_250_000_000; // 12.5 ZEC in zatoshi

    let zats = if height < SLOW_START_SHIFT {
        MAX_SUBSIDY / SLOW_START_INTERVAL * height
    } else if height < SLOW_START_INTERVAL {
        MAX_SUBSIDY / SLOW_START_INTERVAL * (height + 1)
    } else if height < BLOSSOM {
        // The first pre-Blossom halving (850,000) lies after Blossom's activation.
        MAX_SUBSIDY
    } else {
        // Halving(height) = floor((Blossom − shift) / 840,000 + (height − Blossom) / 1,680,000),
        // computed in units of 1/1,680,000 to stay in integers.
        let ratio = u128::from(POST_BLOSSOM_HALVING / PRE_BLOSSOM_HALVING);
        let blocks = u128::from(BLOSSOM - SLOW_START_SHIFT) * ratio + u128::from(height - BLOSSOM);
        let halvings = blocks / u128::from(POST_BLOSSOM_HALVING);
        if halvings >= 64 {
            0
        } else {
            (MAX_SUBSIDY / 2) >> halvings
        }
    };
    Decimal::new(i64::try_from(zats).unwrap_or(0), 8).normalize()
}

/// Ethereum Classic ECIP-1017: era = floor((height − 1) / era_length) and the reward is
/// `initial × 0.8^era`, in whole wei (core-geth computes `5e18 × 4^era / 5^era`). Exact for
/// the first 28 eras (to height 140,000,000); beyond, Decimal's 28 digits bound the error
/// far below one wei of a coin that is then worth less than 0.0001 ETC per block.
fn etc_era(initial: Decimal, height: u64, era_length: u64) -> Decimal {
    let era = height.saturating_sub(1) / era_length.max(1);
    let mut reward = initial;
    for _ in 0..era {
        // Cannot overflow: the reward only shrinks.
        reward = reward.mul_checked(dec!(0.8)).unwrap_or(Decimal::ZERO);
        if reward < dec!(0.000_000_000_000_000_001) {
            return Decimal::ZERO;
        }
    }
    reward.trunc_with_scale(18).normalize()
}

/// Kaspa's block subsidy at DAA score `daa`, after rusty-kaspa's `CoinbaseManager`
/// (consensus/src/processes/coinbase.rs) and KIP-14 (Crescendo):
/// - below DAA score 15,519,600 (pre-deflationary phase): 500 KAS per block;
/// - from there the subsidy per second in month m is floor(440 KAS × 2^(−m/12)) sompi (a
///   month = 2,629,800 s = 30.4375 days); that floor reproduces all 426 entries of the
///   consensus `SUBSIDY_BY_MONTH_TABLE` (the authority) and reaches 0 at month 425;
/// - until Crescendo (DAA score 110,165,000) one block a second, so a block earns the
///   per-second value and a month is 2,629,800 DAA scores; after it ten blocks a second:
///   a block earns ceil(per-second / 10) sompi and seconds count as DAA scores / 10.
fn kaspa(daa: u64) -> Decimal {
    const DEFLATIONARY_PHASE: u64 = 15_519_600;
    const CRESCENDO: u64 = 110_165_000;
    const BPS_AFTER: u64 = 10;
    const SECONDS_PER_MONTH: u64 = 2_629_800;
    const MONTHS: u64 = 425;

    if daa < DEFLATIONARY_PHASE {
        return dec!(500);
    }
    let seconds = if daa < CRESCENDO {
        daa - DEFLATIONARY_PHASE
    } else {
        (CRESCENDO - DEFLATIONARY_PHASE) + (daa - CRESCENDO) / BPS_AFTER
    };
    let month = seconds / SECONDS_PER_MONTH;
    let per_second = if month >= MONTHS {
        0
    } else {
        kaspa_per_second(month)
    };
    let per_block = if daa < CRESCENDO {
        per_second
    } else {
        per_second.div_ceil(BPS_AFTER)
    };
    Decimal::new(i64::try_from(per_block).unwrap_or(0), 8).normalize()
}

/// 2^(−r/12) for r = 0..12, rounded to 28 decimal places.
const TWELFTH_ROOTS: [Decimal; 12] = [
    dec!(1),
    dec!(0.9438743126816934966419131567),
    dec!(0.8908987181403393047402262056),
    dec!(0.8408964152537145430311254762),
    dec!(0.7937005259840997373758528196),
    dec!(0.7491535384383407493996403660),
    dec!(0.7071067811865475244008443621),
    dec!(0.6674199270850171824154159406),
    dec!(0.6299605249474365823836053036),
    dec!(0.5946035575013605333587499853),
    dec!(0.5612310241546864907167665248),
    dec!(0.5297315471796476322809126475),
];

/// floor(44,000,000,000 sompi × 2^(−month/12)), for month < 425.
fn kaspa_per_second(month: u64) -> u64 {
    let (halvings, rest) = (month / 12, (month % 12) as usize);
    // Cannot fail: each root is below 1 and the divisor at least 1; `trunc` is `floor` for
    // this positive amount.
    let start = dec!(44_000_000_000)
        .mul_checked(TWELFTH_ROOTS[rest])
        .unwrap_or(Decimal::ZERO);
    let divisor = Decimal::from(1u64 << halvings.min(62));
    start
        .div_checked(divisor)
        .unwrap_or(Decimal::ZERO)
        .trunc()
        .to_u64()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reward(id: &str, height: u64) -> Result<Decimal> {
        miner_reward(find(id, "coin")?, height)
    }

    #[test]
    fn expected_height_advances_one_block_per_block_time() -> Result<()> {
        let btc = find("btc", "coin")?;
        let snap = btc.snapshot().date;
        let next = snap.add_days(10).ok_or_else(|| Error::overflow("date"))?;
        assert_eq!(btc.expected_height(next), btc.snapshot().height + 1440);
        let kas = find("kas", "coin")?;
        let kas_next = kas
            .snapshot()
            .date
            .add_days(10)
            .ok_or_else(|| Error::overflow("date"))?;
        assert_eq!(
            kas.expected_height(kas_next),
            kas.snapshot().height + 8_640_000
        );
        // Dates before the snapshot keep the snapshot's height.
        let before = snap.add_days(-3).ok_or_else(|| Error::overflow("date"))?;
        assert_eq!(btc.expected_height(before), btc.snapshot().height);
        Ok(())
    }

    #[test]
    fn bitcoin_halves_on_whole_satoshis() {
        assert_eq!(reward("btc", 0), Ok(dec!(50)));
        assert_eq!(reward("btc", 839_999), Ok(dec!(6.25)));
        assert_eq!(reward("btc", 840_000), Ok(dec!(3.125)));
        assert_eq!(reward("btc", 1_050_000), Ok(dec!(1.5625)));
        // 10 halvings: 5,000,000,000 >> 10 = 4,882,812 sat (the half satoshi is dropped).
        assert_eq!(reward("btc", 2_100_000), Ok(dec!(0.04882812)));
        assert_eq!(reward("btc", 210_000 * 33), Ok(dec!(0)));
        assert_eq!(reward("btc", u64::MAX), Ok(dec!(0)));
    }

    #[test]
    fn kaspa_matches_the_consensus_table() {
        // Entries of rusty-kaspa's SUBSIDY_BY_MONTH_TABLE (sompi per second).
        for (month, sompi) in [
            (0, 44_000_000_000u64),
            (1, 41_530_469_757),
            (12, 22_000_000_000),
            (13, 20_765_234_878),
            (37, 5_191_308_719),
            (100, 136_417_277),
            (200, 422_947),
            (423, 1),
            (424, 1),
        ] {
            assert_eq!(kaspa_per_second(month), sompi, "month {month}");
        }
        assert_eq!(kaspa(15_519_599), dec!(500));
        assert_eq!(kaspa(15_519_600), dec!(440));
        assert_eq!(kaspa(15_519_600 + 2_629_800), dec!(415.30469757));
        // After Crescendo: ceil(5,191,308,719 / 10) sompi.
        assert_eq!(kaspa(158_550_000), dec!(5.19130872));
    }

    #[test]
    fn zcash_miner_share_and_halvings() {
        assert_eq!(reward("zec", 653_599), Ok(dec!(10)));
        assert_eq!(reward("zec", 653_600), Ok(dec!(5)));
        assert_eq!(reward("zec", 1_046_399), Ok(dec!(5)));
        assert_eq!(reward("zec", 1_046_400), Ok(dec!(2.5)));
        assert_eq!(reward("zec", 2_726_400), Ok(dec!(1.25)));
        assert_eq!(reward("zec", 4_406_399), Ok(dec!(1.25)));
        // The funding streams end where the subsidy halves: the miner keeps all of it.
        assert_eq!(reward("zec", 4_406_400), Ok(dec!(0.78125)));
    }

    #[test]
    fn etc_eras() {
        assert_eq!(reward("etc", 5_000_000), Ok(dec!(5)));
        assert_eq!(reward("etc", 5_000_001), Ok(dec!(4)));
        assert_eq!(reward("etc", 25_000_000), Ok(dec!(2.048)));
        assert_eq!(reward("etc", 25_000_001), Ok(dec!(1.6384)));
        assert_eq!(reward("etc", u64::MAX), Ok(dec!(0)));
    }

    #[test]
    fn refusals_name_their_field() {
        let eth = reward("eth", 1)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(eth.starts_with("coin: ETH cannot be mined"), "{eth}");
        assert!(eth.contains("15 Sep 2022") && eth.contains("ETC"), "{eth}");
        assert_eq!(
            reward("xmr", 100).map_err(|e| e.field().to_owned()),
            Err("blockHeight".to_owned())
        );
        assert_eq!(reward("xmr", 2_641_623), Ok(dec!(0.6)));
        assert_eq!(
            reward("custom", 1),
            Err(Error::Missing {
                field: "blockReward".into()
            })
        );
        assert_eq!(
            reward("doge", 144_999).map_err(|e| e.field().to_owned()),
            Err("blockHeight".to_owned())
        );
        assert_eq!(reward("doge", 145_000), Ok(dec!(250_000)));
        assert_eq!(reward("doge", 599_999), Ok(dec!(15_625)));
        assert_eq!(reward("doge", 600_000), Ok(dec!(10_000)));
    }
}
