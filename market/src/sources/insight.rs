//! RVN from an Insight explorer API: the Ravencoin community's at api.ravencoin.org.
//!
//! Documentation: the Insight API's README and `lib/status.js`
//! (github.com/bitpay/insight-api; Ravencoin's fork github.com/RavenDevKit/insight-api):
//! `GET /api/status?q=getInfo` answers `{"info": {..., "blocks", "difficulty", ...}}`, the
//! node's `getinfo`. The `--ravencoin-url` base includes the `/api` prefix.

use super::{ChainFigures, url};
use crate::http::Http;
use crate::num::{json, member, positive, whole};

pub const DEFAULT_BASE: &str = "https://api.ravencoin.org/api";
pub const STATUS: &str = "/status?q=getInfo";

/// The figures in a `/status?q=getInfo` answer.
pub fn parse(body: &str) -> Result<ChainFigures, String> {
    let v = json(body, "status")?;
    let info = member(&v, "status", "info")?;
    let height = whole(member(info, "info", "blocks")?, "info.blocks")?;
    let difficulty = positive(member(info, "info", "difficulty")?, "info.difficulty")?;
    Ok(ChainFigures::from_difficulty(height, difficulty))
}

pub fn fetch(http: &Http, base: &str) -> Result<ChainFigures, String> {
    parse(&http.get(&url(base, STATUS), &[])?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::num::text;

    const GETINFO: &str = include_str!("../../tests/fixtures/insight-status-getinfo.json");

    #[test]
    fn reads_the_documented_shape() {
        let f = parse(GETINFO).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(f.height, 3_712_345);
        assert_eq!(f.difficulty.map(text), Some("81234.56789012".to_owned()));
    }

    #[test]
    fn rejects_other_shapes() {
        assert!(
            parse(r#"{"blocks": 5}"#)
                .unwrap_err()
                .contains("info: missing")
        );
        assert!(parse(r#"{"info": {"blocks": 5, "difficulty": null}}"#).is_err());
    }
}
