//! The coin table: each chain's consensus parameters (algorithm, block time, work per
//! difficulty unit, emission schedule, miner share) and a dated market snapshot. Every row
//! names its source. Market data changes daily: the snapshot is a default users override.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::units::HashUnit;

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

/// How a chain's block subsidy depends on height. Fees are not part of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schedule {
    /// `initial >> floor(height / interval)` (BTC, BCH, LTC, RVN).
    Halving { initial: Decimal, interval: u64 },
    /// The same reward at every height (DOGE).
    Fixed(Decimal),
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

/// Market data for a coin on a given date. Every figure here goes stale: the widget shows
/// `date` next to it and lets users override each value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Snapshot {
    /// `YYYY-MM-DD`.
    pub date: &'static str,
    /// Coin price in US dollars.
    pub price_usd: Decimal,
    /// Network difficulty in the chain's convention.
    pub difficulty: Decimal,
    /// Block height (Kaspa: DAA score).
    pub height: u64,
    /// Typical transaction fees per block going to the miner, in coins.
    pub fees_per_block: Decimal,
    /// Where the figures came from.
    pub source: &'static str,
}

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
    pub snapshot: Snapshot,
    /// Where the consensus parameters come from.
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
