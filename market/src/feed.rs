//! The feed the updater writes (`minecalc-market`, version 1): building its JSON text with
//! every figure a decimal string, and validating text before it is written.

use rust_decimal::Decimal;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::num::text;

pub const FORMAT: &str = "minecalc-market";
pub const VERSION: u64 = 1;

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

/// Checks feed text the way the widget will read it. Returns the warnings a reader would
/// meet, or the first error, naming its JSON path.
pub fn validate(text: &str) -> Result<Vec<String>, String> {
    basic::check(text)
}

/// A structural check of the feed, standing in for the core's reader until it lands.
mod basic {
    use serde_json::Value;

    use super::{FORMAT, VERSION};

    pub fn check(text: &str) -> Result<Vec<String>, String> {
        let v: Value = serde_json::from_str(text).map_err(|e| format!("market: not JSON ({e})"))?;
        let top = v.as_object().ok_or("market: expected an object")?;
        if top.get("format").and_then(Value::as_str) != Some(FORMAT) {
            return Err(format!("format: must be \"{FORMAT}\""));
        }
        if top.get("version").and_then(Value::as_u64) != Some(VERSION) {
            return Err(format!("version: must be {VERSION}"));
        }
        timestamp(top.get("generatedAt"), "generatedAt")?;
        let mut warnings = Vec::new();
        if let Some(coins) = top.get("coins") {
            let coins = coins.as_object().ok_or("coins: expected an object")?;
            for (id, entry) in coins {
                let path = format!("coins.{id}");
                let entry = entry
                    .as_object()
                    .ok_or_else(|| format!("{path}: expected an object"))?;
                if crate::sources::coin(id).is_none() {
                    warnings.push(format!("{path}: unknown coin, ignored"));
                }
                for key in [
                    "priceUsd",
                    "difficulty",
                    "networkHashrate",
                    "txFeesPerBlock",
                ] {
                    if let Some(value) = entry.get(key) {
                        decimal(value, &format!("{path}.{key}"), key != "txFeesPerBlock")?;
                    }
                }
                if entry.contains_key("difficulty") && entry.contains_key("networkHashrate") {
                    return Err(format!(
                        "{path}.networkHashrate: give difficulty or networkHashrate, not both"
                    ));
                }
                if let Some(height) = entry.get("height") {
                    height
                        .as_u64()
                        .ok_or_else(|| format!("{path}.height: must be a whole number"))?;
                }
                if let Some(t) = entry.get("observedAt") {
                    timestamp(Some(t), &format!("{path}.observedAt"))?;
                }
            }
        }
        if let Some(fx) = top.get("fx") {
            let fx = fx.as_object().ok_or("fx: expected an object")?;
            date(fx.get("date"), "fx.date")?;
            let rates = fx
                .get("usdTo")
                .and_then(Value::as_object)
                .ok_or("fx.usdTo: expected an object")?;
            for (code, rate) in rates {
                let path = format!("fx.usdTo.{code}");
                if code.len() != 3 || !code.chars().all(|c| c.is_ascii_uppercase()) {
                    return Err(format!("{path}: must be a three-letter currency code"));
                }
                decimal(rate, &path, true)?;
                if code == "USD" && rate.as_str() != Some("1") {
                    return Err(format!("{path}: must be \"1\""));
                }
            }
        }
        if let Some(rigs) = top.get("rigs") {
            rigs.as_object().ok_or("rigs: expected an object")?;
        }
        Ok(warnings)
    }

    /// A decimal string: digits, one optional point, no sign or exponent; positive if asked.
    fn decimal(value: &Value, path: &str, positive: bool) -> Result<(), String> {
        let s = value
            .as_str()
            .ok_or_else(|| format!("{path}: must be a decimal string like \"1.5\""))?;
        let (int, frac) = s.split_once('.').unwrap_or((s, ""));
        let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
        if !digits(int) || (s.contains('.') && !digits(frac)) {
            return Err(format!(
                "{path}: must be a decimal string like \"1.5\", got \"{s}\""
            ));
        }
        if positive && s.bytes().all(|b| b == b'0' || b == b'.') {
            return Err(format!("{path}: must be greater than 0"));
        }
        Ok(())
    }

    fn date(value: Option<&Value>, path: &str) -> Result<(), String> {
        let s = value.and_then(Value::as_str).unwrap_or_default();
        let b = s.as_bytes();
        let ok = b.len() == 10
            && b.iter().enumerate().all(|(i, c)| match i {
                4 | 7 => *c == b'-',
                _ => c.is_ascii_digit(),
            });
        if ok {
            Ok(())
        } else {
            Err(format!(
                "{path}: must be a date like \"2026-12-01\", got \"{s}\""
            ))
        }
    }

    fn timestamp(value: Option<&Value>, path: &str) -> Result<(), String> {
        let s = value.and_then(Value::as_str).unwrap_or_default();
        let ok = s.len() == 20
            && date(Some(&Value::from(&s[..10])), path).is_ok()
            && s.as_bytes()[10] == b'T'
            && s.ends_with('Z');
        if ok {
            Ok(())
        } else {
            Err(format!(
                "{path}: must be a date-time like \"2026-12-01T06:00:00Z\", got \"{s}\""
            ))
        }
    }
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
        let bad = text.replace("\"height\": 925000", "\"height\": \"925000\"");
        assert!(validate(&bad).unwrap_err().starts_with("coins.btc.height"));
        let bad = text.replace("\"EUR\": \"0.95\"", "\"eur\": \"0.95\"");
        assert!(validate(&bad).unwrap_err().starts_with("fx.usdTo.eur"));
        let bad = text.replace("minecalc-market\"", "other\"");
        assert!(validate(&bad).unwrap_err().starts_with("format"));
        assert!(validate("{").is_err());
    }
}
