//! BTC from mempool.space's REST API: the tip height, the current difficulty and the fees of
//! the last 24 hours of blocks.
//!
//! Documentation: https://mempool.space/docs/api/rest (the examples live in the open-source
//! site, github.com/mempool/mempool, `frontend/src/app/docs/api-docs/api-docs-data.ts`):
//! - `GET /api/blocks/tip/height` ("GET Block Tip Height"): the height as a bare integer.
//! - `GET /api/v1/mining/hashrate/3d` ("GET Hashrate"): `currentDifficulty`, the node's
//!   `getdifficulty` (backend `mining-routes.ts`).
//! - `GET /api/v1/mining/blocks/fees/24h` ("GET Block Fees"): `[{avgHeight, timestamp,
//!   avgFees}]` in satoshis; for `24h` "every block is included and fee amounts are exact".

use rust_decimal::Decimal;

use super::{ChainFigures, in_coins, url};
use crate::http::Http;
use crate::num::{json, member, positive, whole};

/// The public instance; `--mempool-url` points at another (a self-hosted mempool).
pub const DEFAULT_BASE: &str = "https://mempool.space/api";
pub const TIP_HEIGHT: &str = "/blocks/tip/height";
pub const HASHRATE: &str = "/v1/mining/hashrate/3d";
pub const FEES: &str = "/v1/mining/blocks/fees/24h";

/// The tip height from `/blocks/tip/height`.
pub fn parse_height(body: &str) -> Result<u64, String> {
    whole(
        &json(body.trim(), "blocks/tip/height")?,
        "blocks/tip/height",
    )
}

/// `currentDifficulty` from `/v1/mining/hashrate/3d`.
pub fn parse_difficulty(body: &str) -> Result<Decimal, String> {
    let v = json(body, "mining/hashrate")?;
    positive(
        member(&v, "mining/hashrate", "currentDifficulty")?,
        "mining/hashrate.currentDifficulty",
    )
}

/// The mean fees per block, in BTC, from `/v1/mining/blocks/fees/24h`.
pub fn parse_fees(body: &str) -> Result<Decimal, String> {
    let v = json(body, "mining/blocks/fees")?;
    let blocks = v
        .as_array()
        .ok_or("mining/blocks/fees: expected an array")?;
    if blocks.is_empty() {
        return Err("mining/blocks/fees: no blocks".to_owned());
    }
    let mut total = Decimal::ZERO;
    for (i, block) in blocks.iter().enumerate() {
        let path = format!("mining/blocks/fees[{i}]");
        let fees =
            crate::num::decimal(member(block, &path, "avgFees")?, &format!("{path}.avgFees"))?;
        total = total
            .checked_add(fees)
            .ok_or("mining/blocks/fees: total out of range")?;
    }
    let count = Decimal::from(blocks.len());
    total
        .checked_div(count)
        .and_then(|sats| in_coins(sats, 8))
        .ok_or_else(|| "mining/blocks/fees: mean out of range".to_owned())
}

/// Height and difficulty (both needed) and fees (left out with a warning if they fail).
pub fn fetch(http: &Http, base: &str) -> Result<ChainFigures, String> {
    let height = parse_height(&http.get(&url(base, TIP_HEIGHT), &[])?)?;
    let difficulty = parse_difficulty(&http.get(&url(base, HASHRATE), &[])?)?;
    let mut warnings = Vec::new();
    let fees_per_block = match http
        .get(&url(base, FEES), &[])
        .and_then(|body| parse_fees(&body))
    {
        Ok(fees) => Some(fees),
        Err(e) => {
            warnings.push(format!("btc: fees left out: {e}"));
            None
        }
    };
    Ok(ChainFigures {
        fees_per_block,
        warnings,
        ..ChainFigures::from_difficulty(height, difficulty)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::num::text;

    const HEIGHT: &str = include_str!("../../tests/fixtures/mempool-blocks-tip-height.txt");
    const HASHRATE_3D: &str = include_str!("../../tests/fixtures/mempool-mining-hashrate-3d.json");
    const FEES_24H: &str = include_str!("../../tests/fixtures/mempool-mining-blocks-fees-24h.json");

    #[test]
    fn reads_the_documented_examples() {
        assert_eq!(parse_height(HEIGHT), Ok(698_767));
        assert_eq!(
            parse_difficulty(HASHRATE_3D).map(text),
            Ok("31251101365711.12".to_owned())
        );
        // (24212890 + 21655996 + 20678859 + 21020140 + 23064200 + 17620723) / 6 sat
        // = 21375468 sat.
        assert_eq!(parse_fees(FEES_24H).map(text), Ok("0.21375468".to_owned()));
    }

    #[test]
    fn rejects_what_is_not_the_documented_shape() {
        assert!(parse_height("<html>").is_err());
        assert!(parse_height("-5").is_err());
        assert!(
            parse_difficulty(r#"{"currentHashrate": 1}"#)
                .unwrap_err()
                .contains("currentDifficulty: missing")
        );
        assert!(parse_difficulty(r#"{"currentDifficulty": 0}"#).is_err());
        assert!(parse_fees("[]").is_err());
        assert!(parse_fees(r#"{"avgFees": 1}"#).is_err());
    }
}
