//! BCH, LTC, DOGE, ZEC and XMR from Blockchair's chain stats.
//!
//! Documentation: https://github.com/Blockchair/Blockchair.Support/blob/master/API_DOCUMENTATION_EN.md
//! ("Bitcoin-like blockchain stats", `GET /{chain}/stats` for `bitcoin-cash`, `litecoin`,
//! `dogecoin`, `zcash`; "Monero-like blockchain stats", `GET /monero/stats`). Read from
//! `data`: `best_block_height`, `difficulty` ("current mining difficulty"), and for fees
//! `average_transaction_fee_24h` (in the smallest unit) × `transactions_24h` ÷ `blocks_24h`,
//! an estimate of the mean fees per block over the last day. Monero's stats carry no fee
//! fields, so XMR has no fees.

use rust_decimal::Decimal;

use super::{ChainFigures, in_coins, url};
use crate::http::Http;
use crate::num::{decimal, json, member, positive, whole};

pub const DEFAULT_BASE: &str = "https://api.blockchair.com";

/// The stats path of `chain` (`bitcoin-cash`, `monero`, …).
pub fn path(chain: &str) -> String {
    format!("/{chain}/stats")
}

/// The figures in a `/{chain}/stats` answer; `decimals` is the chain's smallest unit (8 for
/// satoshi-like units, 12 for piconero).
pub fn parse(body: &str, decimals: u32) -> Result<ChainFigures, String> {
    let v = json(body, "stats")?;
    let data = member(&v, "stats", "data")?;
    let height = whole(
        member(data, "data", "best_block_height")?,
        "data.best_block_height",
    )?;
    let difficulty = positive(member(data, "data", "difficulty")?, "data.difficulty")?;
    let mut warnings = Vec::new();
    let fees_per_block = match fees(data, decimals) {
        Ok(fees) => fees,
        Err(e) => {
            warnings.push(format!("fees left out: {e}"));
            None
        }
    };
    Ok(ChainFigures {
        fees_per_block,
        warnings,
        ..ChainFigures::from_difficulty(height, difficulty)
    })
}

/// Mean fees per block over 24 hours, if the stats carry the three fields.
fn fees(data: &serde_json::Value, decimals: u32) -> Result<Option<Decimal>, String> {
    let field = |key: &str| data.get(key).filter(|v| !v.is_null());
    let (Some(avg), Some(txs), Some(blocks)) = (
        field("average_transaction_fee_24h"),
        field("transactions_24h"),
        field("blocks_24h"),
    ) else {
        return Ok(None);
    };
    let avg = decimal(avg, "data.average_transaction_fee_24h")?;
    let txs = decimal(txs, "data.transactions_24h")?;
    let blocks = positive(blocks, "data.blocks_24h")?;
    avg.checked_mul(txs)
        .and_then(|total| total.checked_div(blocks))
        .and_then(|per_block| in_coins(per_block, decimals))
        .filter(|fees| *fees >= Decimal::ZERO)
        .map(Some)
        .ok_or_else(|| "data.average_transaction_fee_24h: out of range".to_owned())
}

/// The figures of `chain`.
pub fn fetch(http: &Http, base: &str, chain: &str, decimals: u32) -> Result<ChainFigures, String> {
    parse(&http.get(&url(base, &path(chain)), &[])?, decimals)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::num::text;

    const BITCOIN: &str = include_str!("../../tests/fixtures/blockchair-bitcoin-stats.json");
    const MONERO: &str = include_str!("../../tests/fixtures/blockchair-monero-stats.json");
    const LITECOIN: &str = include_str!("../../tests/fixtures/blockchair-litecoin-stats.json");

    #[test]
    fn reads_the_documented_bitcoin_like_example() {
        let f = parse(BITCOIN, 8).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(f.height, 690_164);
        assert_eq!(f.difficulty.map(text), Some("14363025673660".to_owned()));
        // 14421 sat × 229726 transactions ÷ 130 blocks = 25483681.89… sat → 0.25483682 BTC.
        assert_eq!(f.fees_per_block.map(text), Some("0.25483682".to_owned()));
        assert!(f.warnings.is_empty());
    }

    #[test]
    fn reads_the_documented_monero_example_without_fees() {
        let f = parse(MONERO, 12).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(f.height, 2_012_710);
        assert_eq!(f.difficulty.map(text), Some("127374112357".to_owned()));
        assert_eq!(f.fees_per_block, None);
    }

    #[test]
    fn keeps_a_fractional_difficulty_exactly() {
        let f = parse(LITECOIN, 8).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(f.difficulty.map(text), Some("87123456.12345678".to_owned()));
        // 2000 × 172800 ÷ 576 = 600000 litoshi.
        assert_eq!(f.fees_per_block.map(text), Some("0.006".to_owned()));
    }

    #[test]
    fn errors_name_the_field() {
        let e = parse(r#"{"data": null, "context": {"code": 402}}"#, 8).unwrap_err();
        assert!(e.contains("expected an object"), "{e}");
        let e = parse(r#"{"data": {"difficulty": 5}}"#, 8).unwrap_err();
        assert!(e.contains("data.best_block_height: missing"), "{e}");
        let e = parse(
            r#"{"data": {"best_block_height": 5, "difficulty": "x"}}"#,
            8,
        )
        .unwrap_err();
        assert!(e.contains("data.difficulty"), "{e}");
        let f = parse(
            r#"{"data": {"best_block_height": 5, "difficulty": 2, "blocks_24h": 0,
                "transactions_24h": 3, "average_transaction_fee_24h": 4}}"#,
            8,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(f.fees_per_block, None);
        assert_eq!(f.warnings.len(), 1);
    }
}
