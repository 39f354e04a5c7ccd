//! KAS from the Kaspa REST API (api.kaspa.org): the virtual DAA score (the core counts Kaspa
//! heights in DAA score) and the difficulty.
//!
//! Documentation: https://api.kaspa.org/docs (OpenAPI), served by
//! github.com/supertypo/kaspa-rest-server; `GET /info/blockdag` ("Get Kaspa BlockDAG
//! information", `endpoints/get_blockdag.py`, model `BlockdagResponse`) answers kaspad's
//! `getBlockDagInfo`: `difficulty` (a number) and `virtualDaaScore` (a string of digits).
//! The server's own hashrate (`/info/hashrate`) is `difficulty × 2 × blocks per second`, so the
//! difficulty alone carries it.

use super::{ChainFigures, url};
use crate::http::Http;
use crate::num::{json, member, positive, whole};

pub const DEFAULT_BASE: &str = "https://api.kaspa.org";
pub const BLOCKDAG: &str = "/info/blockdag";

/// The figures in an `/info/blockdag` answer.
pub fn parse(body: &str) -> Result<ChainFigures, String> {
    let v = json(body, "info/blockdag")?;
    let height = whole(
        member(&v, "info/blockdag", "virtualDaaScore")?,
        "info/blockdag.virtualDaaScore",
    )?;
    let difficulty = positive(
        member(&v, "info/blockdag", "difficulty")?,
        "info/blockdag.difficulty",
    )?;
    Ok(ChainFigures::from_difficulty(height, difficulty))
}

pub fn fetch(http: &Http, base: &str) -> Result<ChainFigures, String> {
    parse(&http.get(&url(base, BLOCKDAG), &[])?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::num::text;

    const BLOCKDAG_EXAMPLE: &str = include_str!("../../tests/fixtures/kaspa-info-blockdag.json");

    #[test]
    fn reads_the_documented_example() {
        let f = parse(BLOCKDAG_EXAMPLE).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(f.height, 19_989_141);
        assert_eq!(f.difficulty.map(text), Some("3870677677777.2".to_owned()));
    }

    #[test]
    fn reads_a_difficulty_in_exponent_notation() {
        // Python's JSON writes floats of 1e16 and more in exponent notation.
        let f = parse(r#"{"difficulty": 2.0123456789012e+16, "virtualDaaScore": "318000000"}"#)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(f.difficulty.map(text), Some("20123456789012000".to_owned()));
        assert_eq!(f.height, 318_000_000);
    }

    #[test]
    fn rejects_other_shapes() {
        assert!(parse(r#"{"detail": "Not Found"}"#).is_err());
        assert!(parse(r#"{"difficulty": 1, "virtualDaaScore": "x"}"#).is_err());
    }
}
