//! Prices in USD and FX rates from CoinGecko's public API (v3).
//!
//! Documentation: https://docs.coingecko.com/reference/simple-price ("Coin Price by IDs"):
//! `GET /simple/price?ids=bitcoin,litecoin&vs_currencies=usd` answers
//! `{"bitcoin": {"usd": 91000.5}, …}`; https://docs.coingecko.com/reference/exchange-rates
//! ("BTC-to-Currency Exchange Rates"): `GET /exchange_rates` answers
//! `{"rates": {"usd": {"name", "unit", "value", "type"}, …}}`, each `value` in units per
//! bitcoin, so units per US dollar = `rates[x].value / rates.usd.value`. A demo API key, if
//! given, goes in the `x-cg-demo-api-key` header (docs.coingecko.com/docs/authentication).

use rust_decimal::Decimal;

use super::url;
use crate::http::Http;
use crate::num::{json, member, positive};

pub const DEFAULT_BASE: &str = "https://api.coingecko.com/api/v3";
pub const EXCHANGE_RATES: &str = "/exchange_rates";
pub const KEY_HEADER: &str = "x-cg-demo-api-key";

/// The currencies the feed carries, upper case (USD is always 1).
pub const CURRENCIES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "CAD", "AUD", "CHF", "INR", "BRL", "RUB", "KRW", "TRY",
];

/// Figures by CoinGecko id or currency code, and a warning for each one missing.
pub type Quotes = (Vec<(String, Decimal)>, Vec<String>);

/// Rates per US dollar are rounded to this many decimal places.
const RATE_DP: u32 = 12;

/// The `/simple/price` path for CoinGecko ids `ids`.
pub fn price_path(ids: &[&str]) -> String {
    format!("/simple/price?ids={}&vs_currencies=usd", ids.join(","))
}

/// The USD price of each of `ids` found in a `/simple/price` answer, and a warning for each
/// one missing.
pub fn parse_prices(body: &str, ids: &[&str]) -> Result<Quotes, String> {
    let v = json(body, "simple/price")?;
    if !v.is_object() {
        return Err("simple/price: expected an object".to_owned());
    }
    let mut prices = Vec::new();
    let mut warnings = Vec::new();
    for id in ids {
        let found = v
            .get(*id)
            .ok_or_else(|| format!("simple/price.{id}: missing"))
            .and_then(|coin| member(coin, &format!("simple/price.{id}"), "usd"))
            .and_then(|usd| positive(usd, &format!("simple/price.{id}.usd")));
        match found {
            Ok(price) => prices.push(((*id).to_owned(), price)),
            Err(e) => warnings.push(e),
        }
    }
    Ok((prices, warnings))
}

/// Units of each of [`CURRENCIES`] per US dollar from an `/exchange_rates` answer, and a
/// warning for each one missing. Without `rates.usd` nothing can be converted: an error.
pub fn parse_fx(body: &str) -> Result<Quotes, String> {
    let v = json(body, "exchange_rates")?;
    let rates = member(&v, "exchange_rates", "rates")?;
    let value_of = |code: &str| {
        let key = code.to_ascii_lowercase();
        let path = format!("rates.{key}");
        member(rates, "rates", &key)
            .and_then(|rate| member(rate, &path, "value"))
            .and_then(|value| positive(value, &format!("{path}.value")))
    };
    let usd = value_of("USD")?;
    let mut out = Vec::new();
    let mut warnings = Vec::new();
    for code in CURRENCIES {
        if *code == "USD" {
            out.push(("USD".to_owned(), Decimal::ONE));
            continue;
        }
        match value_of(code).and_then(|value| {
            value
                .checked_div(usd)
                .map(|r| r.round_dp(RATE_DP).normalize())
                .filter(|r| *r > Decimal::ZERO)
                .ok_or_else(|| format!("rates.{}: out of range", code.to_ascii_lowercase()))
        }) {
            Ok(rate) => out.push(((*code).to_owned(), rate)),
            Err(e) => warnings.push(format!("fx: {code} left out: {e}")),
        }
    }
    Ok((out, warnings))
}

fn headers(key: Option<&str>) -> Vec<(&'static str, &str)> {
    key.map(|k| vec![(KEY_HEADER, k)]).unwrap_or_default()
}

/// USD prices of `ids`.
pub fn fetch_prices(
    http: &Http,
    base: &str,
    key: Option<&str>,
    ids: &[&str],
) -> Result<Quotes, String> {
    parse_prices(&http.get(&url(base, &price_path(ids)), &headers(key))?, ids)
}

/// Units per US dollar of [`CURRENCIES`].
pub fn fetch_fx(http: &Http, base: &str, key: Option<&str>) -> Result<Quotes, String> {
    parse_fx(&http.get(&url(base, EXCHANGE_RATES), &headers(key))?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::num::text;

    const PRICES: &str = include_str!("../../tests/fixtures/coingecko-simple-price.json");
    const RATES: &str = include_str!("../../tests/fixtures/coingecko-exchange-rates.json");

    #[test]
    fn reads_prices_and_warns_of_missing_ones() {
        let (prices, warnings) =
            parse_prices(PRICES, &["bitcoin", "dogecoin", "nosuchcoin"]).unwrap_or_default();
        let prices: Vec<(String, String)> =
            prices.into_iter().map(|(id, p)| (id, text(p))).collect();
        assert_eq!(
            prices,
            [
                ("bitcoin".to_owned(), "91000.5".to_owned()),
                ("dogecoin".to_owned(), "0.182345".to_owned())
            ]
        );
        assert_eq!(warnings, ["simple/price.nosuchcoin: missing"]);
        assert!(parse_prices("[]", &["bitcoin"]).is_err());
        assert!(parse_prices("Throttled", &["bitcoin"]).is_err());
    }

    #[test]
    fn converts_btc_based_rates_to_usd_based() {
        let (rates, warnings) = parse_fx(RATES).unwrap_or_default();
        assert!(warnings.is_empty(), "{warnings:?}");
        let rate = |code: &str| {
            rates
                .iter()
                .find(|(c, _)| c == code)
                .map(|(_, r)| text(*r))
                .unwrap_or_default()
        };
        assert_eq!(rates.len(), CURRENCIES.len());
        assert_eq!(rate("USD"), "1");
        // 86450.475 / 91000.5 = 0.95; 13650075 / 91000.5 = 150.
        assert_eq!(rate("EUR"), "0.95");
        assert_eq!(rate("JPY"), "150");
        // 72800.4 / 91000.5 = 0.8 exactly; 127400700 / 91000.5 = 1400.
        assert_eq!(rate("GBP"), "0.8");
        assert_eq!(rate("KRW"), "1400");
    }

    #[test]
    fn fx_needs_the_dollar() {
        let e = parse_fx(r#"{"rates": {"btc": {"value": 1}}}"#).unwrap_err();
        assert!(e.contains("rates.usd: missing"), "{e}");
        let (rates, warnings) =
            parse_fx(r#"{"rates": {"usd": {"value": 2}, "eur": {"value": 1}}}"#)
                .unwrap_or_default();
        assert_eq!(rates.len(), 2);
        assert_eq!(warnings.len(), CURRENCIES.len() - 2);
    }
}
