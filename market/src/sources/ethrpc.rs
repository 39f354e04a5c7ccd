//! ETC from a public Ethereum Classic JSON-RPC endpoint: the latest block's number and
//! difficulty.
//!
//! Documentation: the Ethereum JSON-RPC API, https://ethereum.org/en/developers/docs/apis/json-rpc/#eth_getblockbynumber
//! (`eth_getBlockByNumber` with `["latest", false]` answers `{"jsonrpc": "2.0", "id": 1,
//! "result": {..., "number": QUANTITY, "difficulty": QUANTITY, ...}}`, quantities as
//! `0x`-prefixed hexadecimal). The default endpoint is the ETC Cooperative's, listed at
//! https://ethereumclassic.org/network/endpoints.

use rust_decimal::Decimal;

use super::ChainFigures;
use crate::http::Http;
use crate::num::{json, member};

pub const DEFAULT_URL: &str = "https://etc.rivet.link";
/// The request: the latest block, without its transactions.
pub const LATEST_BLOCK: &str =
    r#"{"jsonrpc":"2.0","method":"eth_getBlockByNumber","params":["latest",false],"id":1}"#;

/// The figures in an `eth_getBlockByNumber` answer.
pub fn parse(body: &str) -> Result<ChainFigures, String> {
    let v = json(body, "eth_getBlockByNumber")?;
    if let Some(error) = v.get("error") {
        return Err(format!("eth_getBlockByNumber: error {error}"));
    }
    let block = member(&v, "eth_getBlockByNumber", "result")?;
    let height = quantity(member(block, "result", "number")?, "result.number")?;
    let height = u64::try_from(height).map_err(|_| "result.number: out of range".to_owned())?;
    let difficulty = quantity(member(block, "result", "difficulty")?, "result.difficulty")?;
    let difficulty = Some(Decimal::from(difficulty))
        .filter(|d| *d > Decimal::ZERO)
        .ok_or("result.difficulty: must be greater than 0")?;
    Ok(ChainFigures::from_difficulty(height, difficulty))
}

/// A JSON-RPC quantity: `0x` and hexadecimal digits. At most 24 digits (96 bits), so that
/// every value fits a `Decimal`.
fn quantity(value: &serde_json::Value, path: &str) -> Result<u128, String> {
    value
        .as_str()
        .and_then(|s| s.strip_prefix("0x"))
        .filter(|hex| !hex.is_empty() && hex.len() <= 24)
        .and_then(|hex| u128::from_str_radix(hex, 16).ok())
        .ok_or_else(|| {
            format!("{path}: expected a hexadecimal quantity like \"0x1b4\", got {value}")
        })
}

pub fn fetch(http: &Http, url: &str) -> Result<ChainFigures, String> {
    parse(&http.post_json(url, LATEST_BLOCK)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::num::text;

    const LATEST: &str = include_str!("../../tests/fixtures/ethrpc-get-block-by-number.json");

    #[test]
    fn reads_the_documented_shape() {
        let f = parse(LATEST).unwrap_or_else(|e| panic!("{e}"));
        // 0x1562e05 = 22425093; 0x7a494e495d1f0 = 2151284234113520.
        assert_eq!(f.height, 22_425_093);
        assert_eq!(f.difficulty.map(text), Some("2151284234113520".to_owned()));
    }

    #[test]
    fn rejects_errors_and_other_shapes() {
        let e = parse(r#"{"jsonrpc":"2.0","id":1,"error":{"code":-32601,"message":"nope"}}"#)
            .unwrap_err();
        assert!(e.contains("error"), "{e}");
        assert!(parse(r#"{"result": {"number": "22425093", "difficulty": "0x1"}}"#).is_err());
        assert!(parse(r#"{"result": {"number": "0x1", "difficulty": "0x0"}}"#).is_err());
        assert!(parse(r#"{"result": null}"#).is_err());
        let too_big =
            r#"{"result": {"number": "0x1", "difficulty": "0x1000000000000000000000000"}}"#;
        assert!(parse(too_big).is_err());
    }
}
