//! The public APIs the updater reads, one module each: its default base URL, the paths and
//! fields it reads, and a pure parser of each response. `COINS` says which source serves
//! which coin.

pub mod blockchair;
pub mod coingecko;
pub mod ethrpc;
pub mod insight;
pub mod kaspa;
pub mod mempool;

use rust_decimal::Decimal;

/// One coin the updater can fetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CoinSpec {
    /// The feed's coin id (the core's coin table id).
    pub id: &'static str,
    /// CoinGecko's API id, for the price.
    pub coingecko_id: &'static str,
    /// Where its height, difficulty and fees come from.
    pub chain: Chain,
}

/// The source of a coin's chain figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chain {
    /// mempool.space's REST API.
    Mempool,
    /// Blockchair's `/{chain}/stats`, with the chain's name there and the decimals of its
    /// smallest unit (for fees).
    Blockchair { chain: &'static str, decimals: u32 },
    /// The Kaspa REST API.
    Kaspa,
    /// An Insight explorer API (Ravencoin's).
    Insight,
    /// An Ethereum JSON-RPC endpoint (Ethereum Classic's).
    EthRpc,
}

/// Every coin the updater fetches, in feed order. ETH is proof of stake: nothing to mine.
pub const COINS: &[CoinSpec] = &[
    CoinSpec {
        id: "btc",
        coingecko_id: "bitcoin",
        chain: Chain::Mempool,
    },
    CoinSpec {
        id: "bch",
        coingecko_id: "bitcoin-cash",
        chain: Chain::Blockchair {
            chain: "bitcoin-cash",
            decimals: 8,
        },
    },
    CoinSpec {
        id: "ltc",
        coingecko_id: "litecoin",
        chain: Chain::Blockchair {
            chain: "litecoin",
            decimals: 8,
        },
    },
    CoinSpec {
        id: "doge",
        coingecko_id: "dogecoin",
        chain: Chain::Blockchair {
            chain: "dogecoin",
            decimals: 8,
        },
    },
    CoinSpec {
        id: "xmr",
        coingecko_id: "monero",
        chain: Chain::Blockchair {
            chain: "monero",
            decimals: 12,
        },
    },
    CoinSpec {
        id: "zec",
        coingecko_id: "zcash",
        chain: Chain::Blockchair {
            chain: "zcash",
            decimals: 8,
        },
    },
    CoinSpec {
        id: "etc",
        coingecko_id: "ethereum-classic",
        chain: Chain::EthRpc,
    },
    CoinSpec {
        id: "kas",
        coingecko_id: "kaspa",
        chain: Chain::Kaspa,
    },
    CoinSpec {
        id: "rvn",
        coingecko_id: "ravencoin",
        chain: Chain::Insight,
    },
];

/// The coin `id`, if the updater fetches it.
pub fn coin(id: &str) -> Option<&'static CoinSpec> {
    COINS.iter().find(|c| c.id == id)
}

/// What a chain source read for one coin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainFigures {
    pub height: u64,
    /// In the chain's own convention (see the core's coin table).
    pub difficulty: Option<Decimal>,
    /// Base units per second (H/s; Sol/s for ZEC), when given instead of difficulty.
    pub network_hashrate: Option<Decimal>,
    /// Mean transaction fees per block, in coins.
    pub fees_per_block: Option<Decimal>,
    /// What was read but left out (e.g. fees when their endpoint failed).
    pub warnings: Vec<String>,
}

impl ChainFigures {
    /// A height and a difficulty, nothing else read.
    pub fn from_difficulty(height: u64, difficulty: Decimal) -> ChainFigures {
        ChainFigures {
            height,
            difficulty: Some(difficulty),
            network_hashrate: None,
            fees_per_block: None,
            warnings: Vec::new(),
        }
    }
}

/// `amount` of the smallest unit (satoshi, piconero) in coins, rounded to that unit.
pub fn in_coins(amount: Decimal, decimals: u32) -> Option<Decimal> {
    let scale = Decimal::from(10u64.checked_pow(decimals)?);
    amount
        .checked_div(scale)
        .map(|d| d.round_dp(decimals).normalize())
}

/// `base` + `path`, with no doubled slash.
pub fn url(base: &str, path: &str) -> String {
    format!("{}{path}", base.trim_end_matches('/'))
}
