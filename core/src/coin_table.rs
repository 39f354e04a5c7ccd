//! The coin rows: consensus parameters with their sources. Market figures (price, difficulty,
//! height, fees) are not here: they live in the dated snapshot `data/market.json` (see
//! `market.rs`), which a site's own feed replaces.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::coins::{Algorithm, Coin, Schedule};
use crate::units::HashUnit;

/// Expected hashes per block at difficulty 1 for Bitcoin-style targets: 2^32. (Exactly
/// 2^48 / 0xffff; the two differ by 1.5e-5, below any market figure's precision.)
const TWO_POW_32: Decimal = dec!(4_294_967_296);

/// A coin's source text, left out without the `citations` feature (the widget's first module,
/// which never shows it).
const fn cite(source: &'static str) -> &'static str {
    if cfg!(feature = "citations") {
        source
    } else {
        ""
    }
}

pub(crate) static COINS: [Coin; 11] = [
    // Bitcoin Core src/validation.cpp GetBlockSubsidy: 50 BTC >> (height / 210,000), 0 after
    // 64 halvings (kernel/chainparams.cpp nSubsidyHalvingInterval = 210000); W(D) = D·2^32
    // (src/rpc/blockchain.cpp GetDifficulty is relative to the 0x1d00ffff target).
    Coin {
        id: "btc",
        ticker: "BTC",
        name: "Bitcoin",
        algorithm: Algorithm::Sha256,
        hash_unit: HashUnit::Hash,
        block_time_seconds: dec!(600),
        work_per_difficulty: TWO_POW_32,
        schedule: Schedule::Halving {
            initial: dec!(50),
            interval: 210_000,
        },
        miner_share: Decimal::ONE,
        mineable: true,
        note: "Subsidy halves every 210,000 blocks: 3.125 BTC until height 1,050,000.",
        source: cite(
            "Bitcoin Core src/validation.cpp GetBlockSubsidy; chainparams nSubsidyHalvingInterval 210000",
        ),
    },
    // Bitcoin Cash Node src/validation.cpp GetBlockSubsidy: the same halving rule and heights
    // as Bitcoin (its fourth halving was at 840,000, April 2024); W(D) = D·2^32.
    Coin {
        id: "bch",
        ticker: "BCH",
        name: "Bitcoin Cash",
        algorithm: Algorithm::Sha256,
        hash_unit: HashUnit::Hash,
        block_time_seconds: dec!(600),
        work_per_difficulty: TWO_POW_32,
        schedule: Schedule::Halving {
            initial: dec!(50),
            interval: 210_000,
        },
        miner_share: Decimal::ONE,
        mineable: true,
        note: "Same halving heights as Bitcoin: 3.125 BCH until height 1,050,000.",
        source: cite(
            "Bitcoin Cash Node src/validation.cpp GetBlockSubsidy; nSubsidyHalvingInterval 210000",
        ),
    },
    // Litecoin Core src/chainparams.cpp nSubsidyHalvingInterval = 840000 with Bitcoin's
    // GetBlockSubsidy (50 LTC >> halvings); Scrypt difficulty 1 = 2^32 hashes.
    Coin {
        id: "ltc",
        ticker: "LTC",
        name: "Litecoin",
        algorithm: Algorithm::Scrypt,
        hash_unit: HashUnit::Hash,
        block_time_seconds: dec!(150),
        work_per_difficulty: TWO_POW_32,
        schedule: Schedule::Halving {
            initial: dec!(50),
            interval: 840_000,
        },
        miner_share: Decimal::ONE,
        mineable: true,
        note: "Subsidy halves every 840,000 blocks: 6.25 LTC until height 3,360,000. \
               Scrypt miners usually merge-mine DOGE at the same time.",
        source: cite(
            "Litecoin Core src/chainparams.cpp nSubsidyHalvingInterval 840000; validation.cpp GetBlockSubsidy",
        ),
    },
    // Dogecoin Core src/dogecoin.cpp GetDogecoinBlockSubsidy: random rewards below 145,000,
    // 500,000 >> (height / 100,000) until 600,000, then a fixed 10,000 DOGE per block.
    Coin {
        id: "doge",
        ticker: "DOGE",
        name: "Dogecoin",
        algorithm: Algorithm::Scrypt,
        hash_unit: HashUnit::Hash,
        block_time_seconds: dec!(60),
        work_per_difficulty: TWO_POW_32,
        schedule: Schedule::Dogecoin,
        miner_share: Decimal::ONE,
        mineable: true,
        note: "Fixed 10,000 DOGE per block since height 600,000; merge-mined with Litecoin.",
        source: cite(
            "Dogecoin Core src/dogecoin.cpp GetDogecoinBlockSubsidy (fixed 10,000 since block 600,000)",
        ),
    },
    // Monero src/cryptonote_basic/cryptonote_basic_impl.cpp get_block_reward: the base reward
    // falls with emitted supply until it would go below FINAL_SUBSIDY_PER_MINUTE × 2 minutes =
    // 0.6 XMR (tail emission, reached at height 2,641,623 in May/June 2022); W(D) = D.
    Coin {
        id: "xmr",
        ticker: "XMR",
        name: "Monero",
        algorithm: Algorithm::RandomX,
        hash_unit: HashUnit::Hash,
        block_time_seconds: dec!(120),
        work_per_difficulty: Decimal::ONE,
        schedule: Schedule::MoneroTail {
            tail: dec!(0.6),
            tail_start: 2_641_623,
        },
        miner_share: Decimal::ONE,
        mineable: true,
        note: "Tail emission: 0.6 XMR per block forever since height 2,641,623 (2022). CPU-mineable (RandomX).",
        source: cite(
            "Monero src/cryptonote_basic/cryptonote_basic_impl.cpp get_block_reward (tail emission 0.6 XMR)",
        ),
    },
    // Zcash protocol specification §7.8 (BlockSubsidy, Halving) with ZIP 208 (Blossom, 75 s
    // blocks from height 653,600); miners keep 80 %: before Canopy the founders' reward took
    // 20 % (until height 1,046,400), then the ZIP 1014 dev fund, then ZIP 1015 / ZIP 2001
    // (lockbox and Zcash Community Grants) take 20 %, up to height 4,406,400, where ZIP 2001's
    // streams end (zebra's mainnet funding-stream constants): `Coin::miner_share_at` gives the
    // miner 100 % from there. `miner_share` is the share today. Equihash (200,9): W(D) = D·2^32/0x07ffff solutions (PoWLimit 0x07ffff…).
    Coin {
        id: "zec",
        ticker: "ZEC",
        name: "Zcash",
        algorithm: Algorithm::Equihash,
        hash_unit: HashUnit::Sol,
        block_time_seconds: dec!(75),
        work_per_difficulty: dec!(8192.015625029802379231222594),
        schedule: Schedule::Zcash,
        miner_share: dec!(0.8),
        mineable: true,
        note: "Miners receive 80% of the 1.5625 ZEC subsidy (the rest funds development) until \
               height 4,406,400, where the funding streams end and the subsidy halves: then all \
               of 0.78125.",
        source: cite(
            "Zcash protocol spec §7.8; ZIP 208 (Blossom); ZIP 1014, ZIP 1015, ZIP 2001 (funding streams)",
        ),
    },
    // ECIP-1017 (core-geth consensus/ethash GetBlockWinnerRewardByEra): 5 ETC × 0.8^era with
    // era = floor((height − 1) / 5,000,000); uncle rewards ignored. Etchash (ECIP-1099):
    // W(D) = D hashes. Block time is not fixed; about 13 s.
    Coin {
        id: "etc",
        ticker: "ETC",
        name: "Ethereum Classic",
        algorithm: Algorithm::Etchash,
        hash_unit: HashUnit::Hash,
        block_time_seconds: dec!(13),
        work_per_difficulty: Decimal::ONE,
        schedule: Schedule::Eras {
            initial: dec!(5),
            era: 5_000_000,
        },
        miner_share: Decimal::ONE,
        mineable: true,
        note: "2.048 ETC per block up to height 25,000,000, then 1.6384 (ECIP-1017 eras). \
               Mined by GPUs that used to mine ETH.",
        source: cite("ECIP-1017 monetary policy; core-geth GetBlockWinnerRewardByEra"),
    },
    // rusty-kaspa consensus/src/processes/coinbase.rs (CoinbaseManager::calc_block_subsidy and
    // SUBSIDY_BY_MONTH_TABLE; chromatic phase from DAA score 15,519,600) and KIP-14 Crescendo
    // (10 blocks/s from DAA score 110,165,000). kHeavyHash: W(D) = 2·D (difficulty is relative to
    // a 2^255 target). Height here is the DAA score.
    Coin {
        id: "kas",
        ticker: "KAS",
        name: "Kaspa",
        algorithm: Algorithm::KHeavyHash,
        hash_unit: HashUnit::Hash,
        block_time_seconds: dec!(0.1),
        work_per_difficulty: dec!(2),
        schedule: Schedule::Kaspa,
        miner_share: Decimal::ONE,
        mineable: true,
        note: "Ten blocks a second; the reward falls by 2^(-1/12) every month (chromatic phase). \
               Heights are DAA scores.",
        source: cite(
            "rusty-kaspa consensus/src/processes/coinbase.rs calc_block_subsidy; KIP-14 (Crescendo)",
        ),
    },
    // Ravencoin src/chainparams.cpp nSubsidyHalvingInterval = 2100000 and
    // validation.cpp GetBlockSubsidy (5000 RVN >> halvings); W(D) = D·2^32.
    Coin {
        id: "rvn",
        ticker: "RVN",
        name: "Ravencoin",
        algorithm: Algorithm::KawPow,
        hash_unit: HashUnit::Hash,
        block_time_seconds: dec!(60),
        work_per_difficulty: TWO_POW_32,
        schedule: Schedule::Halving {
            initial: dec!(5000),
            interval: 2_100_000,
        },
        miner_share: Decimal::ONE,
        mineable: true,
        note: "Subsidy halves every 2,100,000 blocks: 1,250 RVN until height 6,300,000.",
        source: cite(
            "Ravencoin src/chainparams.cpp nSubsidyHalvingInterval 2100000; validation.cpp GetBlockSubsidy",
        ),
    },
    // Ethereum: proof of stake since the Merge (block 15,537,394, 15 Sep 2022; EIP-3675).
    // Known so the calculator can explain why it cannot be mined.
    Coin {
        id: "eth",
        ticker: "ETH",
        name: "Ethereum",
        algorithm: Algorithm::None,
        hash_unit: HashUnit::Hash,
        block_time_seconds: dec!(12),
        work_per_difficulty: Decimal::ONE,
        schedule: Schedule::None,
        miner_share: Decimal::ONE,
        mineable: false,
        note: "moved to proof of stake on 15 Sep 2022 (the Merge); GPUs that mined ETH can mine \
               ETC (Etchash)",
        source: cite("EIP-3675 (the Merge, 15 Sep 2022)"),
    },
    // A chain the user describes: block time, reward, price and either difficulty with its
    // work factor or the network hashrate are inputs.
    Coin {
        id: "custom",
        ticker: "CUSTOM",
        name: "Custom coin",
        algorithm: Algorithm::Custom,
        hash_unit: HashUnit::Hash,
        block_time_seconds: dec!(60),
        work_per_difficulty: Decimal::ONE,
        schedule: Schedule::None,
        miner_share: Decimal::ONE,
        mineable: true,
        note: "Give blockTimeSeconds, blockReward, coinPrice, and difficulty with \
               workPerDifficulty or networkHashrate.",
        source: cite("user input"),
    },
];
