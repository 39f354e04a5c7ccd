//! Golden vectors for market data (`tests/vectors/market`, one file per case): valid feeds
//! with their coins and warnings, and hostile ones with the error and JSON path they get.
//! A case's input is `{ "feed": <document> }` (read as an object), `{ "text": "<JSON text>" }`
//! (read by the strict JSON reader), or `{ "generate": "deep" | "big", "count": n }` for
//! inputs too large to keep in a file; `today` optionally dates the check for the future.

use minecalc_core::date::Date;
use minecalc_core::{Error, Raw, market};
use minecalc_tests::run_area;
use serde_json::{Value, json};

fn text_of(raw: &Raw, key: &str) -> Option<String> {
    match raw.get(key) {
        Some(Raw::Text(t)) => Some(t.clone()),
        Some(Raw::Number(n)) => Some(n.clone()),
        _ => None,
    }
}

fn parse(input: &Raw) -> Result<Value, Error> {
    let today = text_of(input, "today")
        .map(|t| Date::parse(&t, "today"))
        .transpose()?;
    let parsed = if let Some(feed) = input.get("feed") {
        market::from_raw(feed, "", today)?
    } else if let Some(kind) = text_of(input, "generate") {
        let count: usize = text_of(input, "count")
            .and_then(|n| n.parse().ok())
            .unwrap_or(1);
        let text = match kind.as_str() {
            "deep" => "[".repeat(count),
            _ => format!("\"{}\"", "x".repeat(count)),
        };
        market::parse(&text, today)?
    } else {
        market::parse(&text_of(input, "text").unwrap_or_default(), today)?
    };
    let m = parsed.market;
    Ok(json!({
        "generatedAt": m.generated_at,
        "coins": m.coins.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
        "warnings": parsed.warnings,
    }))
}

#[test]
fn market_vectors() {
    let (count, failures) = run_area("market", parse);
    assert!(count >= 25, "only {count} market vectors");
    assert!(
        failures.is_empty(),
        "{} of {count} market vectors failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_builtin_snapshot_is_valid_market_data() {
    let parsed = market::parse(market::BUILTIN_TEXT, Date::from_ymd(2026, 12, 1));
    let parsed = parsed.unwrap_or_else(|e| panic!("core/data/market.json: {e}"));
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    let fx = parsed
        .market
        .fx
        .unwrap_or_else(|| panic!("the snapshot has FX rates"));
    for code in [
        "USD", "EUR", "GBP", "JPY", "CNY", "CAD", "AUD", "CHF", "INR", "BRL", "RUB", "KRW", "TRY",
    ] {
        assert!(fx.rate(code).is_some(), "no FX rate for {code}");
    }
}
