//! The feed the updater writes (`minecalc-market`, version 1): building its JSON text with
//! every figure a decimal string, and validating text before it is written.

use rust_decimal::Decimal;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::num::text;

pub use minecalc_core::market::{FORMAT, VERSION};

/// One coin's entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CoinEntry {
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "opt_decimal"
    )]
    pub price_usd: Option<Decimal>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "opt_decimal"
    )]
    pub difficulty: Option<Decimal>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "opt_decimal"
    )]
    pub network_hashrate: Option<Decimal>,
    pub height: u64,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "opt_decimal"
    )]
    pub tx_fees_per_block: Option<Decimal>,
    pub observed_at: String,
    pub source: String,
}

/// Exchange rates from one US dollar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FxEntry {
    pub date: String,
    pub source: String,
    #[serde(serialize_with = "decimal_map")]
    pub usd_to: Vec<(String, Decimal)>,
}

/// A whole feed. Coins keep their order (the order of `sources::COINS`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Feed {
    pub format: &'static str,
    pub version: u64,
    pub generated_at: String,
    pub source: String,
    #[serde(serialize_with = "entry_map")]
    pub coins: Vec<(String, CoinEntry)>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fx: Option<FxEntry>,
    #[serde(serialize_with = "empty_map")]
    pub rigs: (),
}

impl Feed {
    /// The feed as pretty-printed JSON with a final newline.
    pub fn to_text(&self) -> Result<String, String> {
        serde_json::to_string_pretty(self)
            .map(|s| s + "\n")
            .map_err(|e| format!("writing the feed: {e}"))
    }
}

fn opt_decimal<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(&text(*d)),
        None => s.serialize_none(),
    }
}

fn decimal_map<S: Serializer>(pairs: &[(String, Decimal)], s: S) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(pairs.len()))?;
    for (k, v) in pairs {
        map.serialize_entry(k, &text(*v))?;
    }
    map.end()
}

fn entry_map<S: Serializer>(pairs: &[(String, CoinEntry)], s: S) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(pairs.len()))?;
    for (k, v) in pairs {
        map.serialize_entry(k, v)?;
    }
    map.end()
}

fn empty_map<S: Serializer>(_: &(), s: S) -> Result<S::Ok, S::Error> {
    s.serialize_map(Some(0))?.end()
}

/// Checks feed text the way the widget will read it (`minecalc_core::market::parse`, whose
/// errors name the JSON path), then checks what this writer promises beyond that: every figure
/// a decimal string in plain notation. Returns the reader's warnings, or the first error.
pub fn validate(text: &str) -> Result<Vec<String>, String> {
    let parsed = minecalc_core::market::parse(text, None).map_err(|e| e.to_string())?;
    plain_figures(text)?;
    Ok(parsed.warnings)
}

/// Every coin figure and FX rate is a string of digits with at most one decimal point: no
/// sign, no exponent, no JSON number (which a reader in JavaScript would round).
fn plain_figures(text: &str) -> Result<(), String> {
    let v: serde_json::Value = serde_json::from_str(text).map_err(|e| format!("not JSON ({e})"))?;
    let mut figures = Vec::new();
    if let Some(coins) = v.get("coins").and_then(|c| c.as_object()) {
        for (id, coin) in coins {
            for key in [
                "priceUsd",
                "difficulty",
                "networkHashrate",
                "txFeesPerBlock",
            ] {
                if let Some(value) = coin.get(key) {
                    figures.push((format!("coins.{id}.{key}"), value));
                }
            }
        }
    }
    if let Some(rates) = v.pointer("/fx/usdTo").and_then(|r| r.as_object()) {
        for (code, value) in rates {
            figures.push((format!("fx.usdTo.{code}"), value));
        }
    }
    for (path, value) in figures {
        let s = value.as_str().unwrap_or("");
        let (int, frac) = s.split_once('.').unwrap_or((s, "0"));
        let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
        if !(digits(int) && digits(frac)) {
            return Err(format!(
                "{path}: must be a decimal string like \"1.5\", got {value}"
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Feed {
        Feed {
            format: FORMAT,
            version: VERSION,
            generated_at: "2026-12-01T06:00:00Z".to_owned(),
            source: "minecalc-market updater 0.1.0".to_owned(),
            coins: vec![(
                "btc".to_owned(),
                CoinEntry {
                    price_usd: Some(Decimal::new(9_100_050, 2)),
                    difficulty: Some(Decimal::new(1_493_012_059_596_992, 1)),
                    network_hashrate: None,
                    height: 925_000,
                    tx_fees_per_block: Some(Decimal::new(213, 4)),
                    observed_at: "2026-12-01T06:00:00Z".to_owned(),
                    source: "mempool.space; price CoinGecko".to_owned(),
                },
            )],
            fx: Some(FxEntry {
                date: "2026-12-01".to_owned(),
                source: "CoinGecko exchange_rates".to_owned(),
                usd_to: vec![
                    ("USD".to_owned(), Decimal::ONE),
                    ("EUR".to_owned(), Decimal::new(95, 2)),
                ],
            }),
            rigs: (),
        }
    }

    #[test]
    fn writes_the_documented_format() {
        let text = sample().to_text().unwrap_or_default();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        assert_eq!(v["format"], "minecalc-market");
        assert_eq!(v["version"], 1);
        assert_eq!(v["coins"]["btc"]["priceUsd"], "91000.5");
        assert_eq!(v["coins"]["btc"]["difficulty"], "149301205959699.2");
        assert_eq!(v["coins"]["btc"]["height"], 925_000);
        assert_eq!(v["coins"]["btc"]["txFeesPerBlock"], "0.0213");
        assert!(v["coins"]["btc"].get("networkHashrate").is_none());
        assert_eq!(v["fx"]["usdTo"]["USD"], "1");
        assert_eq!(v["fx"]["usdTo"]["EUR"], "0.95");
        assert_eq!(v["rigs"], serde_json::json!({}));
        // Keys in the documented order.
        let format_at = text.find("\"format\"").unwrap_or(usize::MAX);
        let coins_at = text.find("\"coins\"").unwrap_or(0);
        assert!(format_at < coins_at);
        assert_eq!(validate(&text), Ok(vec![]));
    }

    #[test]
    fn validation_names_the_path() {
        let text = sample().to_text().unwrap_or_default();
        let bad = text.replace("\"91000.5\"", "\"9.1e4\"");
        assert!(
            validate(&bad)
                .unwrap_err()
                .starts_with("coins.btc.priceUsd")
        );
        let bad = text.replace("\"91000.5\"", "91000.5");
        assert!(
            validate(&bad)
                .unwrap_err()
                .starts_with("coins.btc.priceUsd")
        );
        let bad = text.replace("\"height\": 925000", "\"height\": -5");
        assert!(validate(&bad).unwrap_err().starts_with("coins.btc.height"));
        let bad = text.replace("\"EUR\": \"0.95\"", "\"EUR\": \"-0.95\"");
        assert!(validate(&bad).unwrap_err().starts_with("fx.usdTo.EUR"));
        let unknown = text.replace("\"btc\": {", "\"foo\": {\"height\": 1}, \"btc\": {");
        assert_eq!(
            validate(&unknown),
            Ok(vec!["coins.foo: unknown coin, ignored".to_owned()])
        );
        let bad = text.replace("minecalc-market\"", "other\"");
        assert!(validate(&bad).unwrap_err().starts_with("format"));
        assert!(validate("{").is_err());
    }
}
