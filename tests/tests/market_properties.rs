//! Property tests for market data: any text, and any JSON document shaped like a feed, is
//! `Ok` or a typed error naming a path, never a panic; a valid feed's coins are always
//! usable (positive price and difficulty) by the estimate.

use minecalc_core::date::Date;
use minecalc_core::{Raw, coins, market};
use proptest::prelude::*;

/// A JSON-ish value in the places a feed has figures: numbers, strings, odd types.
fn figure() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::{Value, json};
    prop_oneof![
        4 => (any::<i64>(), 0u32..12).prop_map(|(m, s)| Value::String(rust_decimal::Decimal::new(m, s).to_string())),
        2 => any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        1 => prop::sample::select(vec!["NaN", "Infinity", "-0", "1e400", "0x10", "1,5", "", " ", "٣"]).prop_map(|s| json!(s)),
        1 => any::<bool>().prop_map(Value::Bool),
        1 => Just(json!([1, 2])),
        1 => Just(json!({ "a": 1 })),
        1 => Just(Value::Null),
    ]
}

fn feed() -> impl Strategy<Value = String> {
    let coin = prop::sample::select(vec!["btc", "ltc", "kas", "zec", "eth", "custom", "xyz"]);
    let key = prop::sample::select(vec![
        "priceUsd",
        "difficulty",
        "networkHashrate",
        "height",
        "txFeesPerBlock",
        "observedAt",
        "source",
        "other",
    ]);
    (
        prop::collection::vec((coin, prop::collection::vec((key, figure()), 0..6)), 0..4),
        prop::sample::select(vec!["2026-12-01T06:00:00Z", "2026-12-01", "2030-01-01", "x", ""]),
    )
        .prop_map(|(coins, generated)| {
            let mut map = serde_json::Map::new();
            for (id, figures) in coins {
                map.insert(id.to_owned(), serde_json::Value::Object(figures.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()));
            }
            serde_json::json!({ "format": "minecalc-market", "version": 1, "generatedAt": generated, "coins": map })
                .to_string()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_text_is_ok_or_a_typed_error(text in ".{0,200}") {
        if let Err(e) = market::parse(&text, Date::from_ymd(2026, 12, 1)) {
            prop_assert!(!e.field().is_empty());
        }
    }

    #[test]
    fn any_feed_is_ok_or_an_error_naming_its_path(text in feed()) {
        match market::parse(&text, Date::from_ymd(2026, 12, 1)) {
            Ok(parsed) => {
                for (id, _) in &parsed.market.coins {
                    let coin = coins::find(id, "coin").map_err(|e| TestCaseError::fail(e.to_string()))?;
                    let s = market::snapshot(coin, Some(&parsed.market));
                    prop_assert!(s.price_usd > rust_decimal::Decimal::ZERO);
                    if coin.mineable {
                        prop_assert!(s.difficulty > rust_decimal::Decimal::ZERO);
                    }
                }
            }
            Err(e) => prop_assert!(!e.field().is_empty(), "{e}"),
        }
    }

    #[test]
    fn a_feed_in_the_input_never_panics_the_estimate(text in feed()) {
        let raw = Raw::map().with("coin", "btc").with("hashrate", "200 TH/s").with("market", text);
        let _ = minecalc_core::estimate::estimate_raw(&raw);
    }
}
