//! Reading and validating market data: any text or object becomes a `Parsed` document or an
//! error naming its JSON path and the accepted range; unknown coins and fields are warnings.

use rust_decimal::Decimal;

use super::{CoinFigures, FORMAT, Fx, MarketData, Parsed, RigPrice, Stamp, VERSION};
use crate::coins::{self, Coin};
use crate::date::Date;
use crate::error::{Error, Result};
use crate::json::{self, Limits};
use crate::raw::{Fields, Raw, RawMap};
use crate::units::Hashrate;

/// Parses and validates a market document. Errors name the JSON path and the accepted range
/// (`coins.btc.difficulty: must be greater than 0, got "-5"`). With `today`, a `generatedAt`
/// or `observedAt` after today is refused.
pub fn parse(text: &str, today: Option<Date>) -> Result<Parsed> {
    let raw = json::parse(text, "market", Limits::FEED)?;
    from_raw(&raw, "", today)
}

/// Validates a market document already read into [`Raw`] (a JS object), naming errors under
/// `prefix` (`market.coins.btc.height`; the bare path when `prefix` is empty).
pub fn from_raw(raw: &Raw, prefix: &str, today: Option<Date>) -> Result<Parsed> {
    let mut warnings = Vec::new();
    let top = object(raw, prefix, "")?;
    let name = |key: &str| join(prefix, key);
    match top.get("format") {
        Some(Raw::Text(t)) if t == FORMAT => {}
        Some(other) => {
            return Err(Error::invalid(
                name("format"),
                format!("must be \"{FORMAT}\", got {}", shown(other)),
            ));
        }
        None => {
            return Err(Error::Missing {
                field: name("format"),
            });
        }
    }
    match top.get("version") {
        Some(Raw::Number(n)) if n == "1" => {}
        Some(other) => {
            return Err(Error::invalid(
                name("version"),
                format!(
                    "this calculator reads version {VERSION}, got {}",
                    shown(other)
                ),
            ));
        }
        None => {
            return Err(Error::Missing {
                field: name("version"),
            });
        }
    }
    let generated_at = match top.get("generatedAt") {
        Some(Raw::Text(t)) => t.trim().to_owned(),
        Some(other) => {
            return Err(Error::invalid(
                name("generatedAt"),
                format!(
                    "must be a date-time like \"2026-12-01T06:00:00Z\", got {}",
                    shown(other)
                ),
            ));
        }
        None => {
            return Err(Error::Missing {
                field: name("generatedAt"),
            });
        }
    };
    let generated_date = timestamp(&generated_at, &name("generatedAt"), today)?;
    let source = optional_text(top, prefix, "source")?.unwrap_or_default();

    let mut coins_out = Vec::new();
    if let Some(value) = top.get("coins") {
        let path = name("coins");
        for (id, entry) in object(value, &path, "")?.iter() {
            let coin_path = join(&path, id);
            let coin = coins::all()
                .iter()
                .find(|c| c.id == id.as_str() && !c.is_custom());
            let Some(coin) = coin else {
                warnings.push(format!("{coin_path}: unknown coin, ignored"));
                continue;
            };
            let figures = coin_figures(
                coin,
                entry,
                &coin_path,
                generated_date,
                today,
                &mut warnings,
            )?;
            coins_out.push((coin.id, figures));
        }
    }
    let fx = match top.get("fx") {
        Some(value) if value.is_given() => Some(read_fx(value, &name("fx"), today, &mut warnings)?),
        _ => None,
    };
    let mut rigs_out = Vec::new();
    if let Some(value) = top.get("rigs") {
        let path = name("rigs");
        for (id, entry) in object(value, &path, "")?.iter() {
            let rig_path = join(&path, id);
            let Ok(rig) = crate::rigs::find(id, &rig_path) else {
                warnings.push(format!("{rig_path}: unknown rig, ignored"));
                continue;
            };
            rigs_out.push((rig.id, read_rig(entry, &rig_path, &mut warnings)?));
        }
    }
    for key in top.keys() {
        if !matches!(
            key.as_str(),
            "format" | "version" | "generatedAt" | "source" | "coins" | "fx" | "rigs"
        ) {
            warnings.push(format!("{}: unknown field, ignored", name(key)));
        }
    }
    Ok(Parsed {
        market: MarketData {
            generated_at,
            generated_date,
            source,
            coins: coins_out,
            fx,
            rigs: rigs_out,
        },
        warnings,
    })
}

/// Reads the optional `market` input of a calculation (feed text or an object), validated
/// against `today` when given. `None` when absent: the built-in snapshot alone is used.
pub fn read_input(f: &Fields, key: &str) -> Result<Option<MarketData>> {
    let name = f.name(key);
    match f.raw(key) {
        None => Ok(None),
        Some(Raw::Text(t)) => {
            let raw = json::parse(t, &name, Limits::FEED)?;
            Ok(Some(from_raw(&raw, &name, None)?.market))
        }
        Some(raw @ Raw::Map(_)) => Ok(Some(from_raw(raw, &name, None)?.market)),
        Some(_) => Err(Error::invalid(
            name,
            "must be market data: the feed's JSON text or its parsed object",
        )),
    }
}

/// Reads an optional `fx` input (`{ date, source?, usdTo: { EUR: "0.95" } }`) that overrides
/// the market data's rates.
pub fn read_fx_input(f: &Fields, key: &str) -> Result<Option<Fx>> {
    let name = f.name(key);
    match f.raw(key) {
        None => Ok(None),
        Some(raw) => {
            let mut ignored = Vec::new();
            let fx = read_fx(raw, &name, None, &mut ignored)?;
            match ignored.first() {
                Some(w) => Err(Error::UnknownField {
                    field: w
                        .strip_suffix(": unknown field, ignored")
                        .unwrap_or(w)
                        .to_owned(),
                    hint: String::new(),
                }),
                None => Ok(Some(fx)),
            }
        }
    }
}

fn join(prefix: &str, key: &str) -> String {
    if key.is_empty() {
        prefix.to_owned()
    } else if prefix.is_empty() {
        key.to_owned()
    } else {
        format!("{prefix}.{key}")
    }
}

/// A value as an error message shows it: text in quotes, numbers bare, else its kind.
fn shown(raw: &Raw) -> String {
    match raw {
        Raw::Text(t) => format!("\"{}\"", t.chars().take(60).collect::<String>()),
        Raw::Number(n) => n.chars().take(60).collect(),
        Raw::Bool(b) => b.to_string(),
        Raw::Null => "null".to_owned(),
        Raw::List(_) => "a list".to_owned(),
        Raw::Map(_) => "an object".to_owned(),
    }
}

fn object<'a>(raw: &'a Raw, prefix: &str, key: &str) -> Result<&'a RawMap> {
    match raw {
        Raw::Map(m) => Ok(m),
        other => Err(Error::invalid(
            if key.is_empty() && prefix.is_empty() {
                "market".to_owned()
            } else {
                join(prefix, key)
            },
            format!("must be an object, got {}", shown(other)),
        )),
    }
}

fn optional_text(map: &RawMap, prefix: &str, key: &str) -> Result<Option<String>> {
    match map.get(key) {
        None | Some(Raw::Null) => Ok(None),
        Some(Raw::Text(t)) => Ok(Some(t.trim().to_owned())),
        Some(other) => Err(Error::invalid(
            join(prefix, key),
            format!("must be text, got {}", shown(other)),
        )),
    }
}

/// A decimal figure (decimal string or JSON number) that must be greater than 0
/// (`zero_ok`: 0 or more).
fn figure(map: &RawMap, path: &str, key: &str, zero_ok: bool) -> Result<Option<Decimal>> {
    let name = join(path, key);
    let (text, raw) = match map.get(key) {
        None | Some(Raw::Null) => return Ok(None),
        Some(r @ Raw::Text(t)) => (t.trim(), r),
        Some(r @ Raw::Number(n)) => (n.as_str(), r),
        Some(other) => {
            return Err(Error::invalid(
                name,
                format!("must be a decimal number, got {}", shown(other)),
            ));
        }
    };
    let value = crate::raw::parse_decimal(text).ok_or_else(|| {
        Error::invalid(
            name.clone(),
            format!("must be a decimal number, got {}", shown(raw)),
        )
    })?;
    let ok = if zero_ok {
        value >= Decimal::ZERO
    } else {
        value > Decimal::ZERO
    };
    if !ok {
        let expected = if zero_ok {
            "0 or more"
        } else {
            "greater than 0"
        };
        return Err(Error::range(name, expected, shown(raw)));
    }
    Ok(Some(value))
}

/// An RFC 3339 timestamp (`2026-12-01T06:00:00Z`, offsets and fractions allowed) or a bare
/// `YYYY-MM-DD`; returns its UTC day as written (an offset never moves it by more than one
/// day, which a daily figure does not notice). After `today` (+1 day for time zones): refused.
fn timestamp(text: &str, field: &str, today: Option<Date>) -> Result<Date> {
    let bad = || {
        Error::invalid(
            field,
            format!(
                "must be a date-time like \"2026-12-01T06:00:00Z\" or a date like \"2026-12-01\", got \"{}\"",
                text.chars().take(60).collect::<String>()
            ),
        )
    };
    let date_part = text.get(..10).ok_or_else(bad)?;
    let date = Date::parse(date_part, field).map_err(|_| bad())?;
    let rest = text.get(10..).unwrap_or_default();
    if !rest.is_empty() && !valid_time(rest) {
        return Err(bad());
    }
    if let Some(today) = today
        && date.days_until(today) < -1
    {
        return Err(Error::invalid(
            field,
            format!("{date} is in the future (today is {today})"),
        ));
    }
    Ok(date)
}

/// `THH:MM:SS[.fff](Z|±HH:MM)` (a space or lower-case `t`/`z` also accepted, as RFC 3339 allows).
fn valid_time(rest: &str) -> bool {
    let b = rest.as_bytes();
    let two = |i: usize, max: u8| -> bool {
        b.get(i..i + 2).is_some_and(|d| {
            d[0].is_ascii_digit()
                && d[1].is_ascii_digit()
                && (d[0] - b'0') * 10 + (d[1] - b'0') <= max
        })
    };
    if !matches!(b.first(), Some(b'T' | b't' | b' '))
        || !two(1, 23)
        || b.get(3) != Some(&b':')
        || !two(4, 59)
    {
        return false;
    }
    let mut i = 6;
    if b.get(i) == Some(&b':') {
        if !two(i + 1, 60) {
            return false;
        }
        i += 3;
        if b.get(i) == Some(&b'.') {
            i += 1;
            let start = i;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if i == start {
                return false;
            }
        }
    }
    match b.get(i) {
        Some(b'Z' | b'z') => i + 1 == b.len(),
        Some(b'+' | b'-') => {
            two(i + 1, 23) && b.get(i + 3) == Some(&b':') && two(i + 4, 59) && i + 6 == b.len()
        }
        _ => false,
    }
}

fn coin_figures(
    coin: &Coin,
    entry: &Raw,
    path: &str,
    generated: Date,
    today: Option<Date>,
    warnings: &mut Vec<String>,
) -> Result<CoinFigures> {
    let map = object(entry, path, "")?;
    let price_usd = figure(map, path, "priceUsd", false)?;
    let difficulty = figure(map, path, "difficulty", false)?;
    let network_hashrate = match map.get("networkHashrate") {
        None | Some(Raw::Null) => None,
        Some(Raw::Text(t)) if t.chars().any(|c| c.is_ascii_alphabetic()) => {
            let name = join(path, "networkHashrate");
            let h = Hashrate::parse(t, coin.hash_unit, &name)?;
            if h.per_second() <= Decimal::ZERO {
                return Err(Error::range(name, "greater than 0", format!("\"{t}\"")));
            }
            Some(h.per_second())
        }
        Some(_) => figure(map, path, "networkHashrate", false)?,
    };
    if difficulty.is_some() && network_hashrate.is_some() {
        return Err(Error::invalid(
            join(path, "networkHashrate"),
            "give either difficulty or networkHashrate, not both",
        ));
    }
    let height = match figure(map, path, "height", true)? {
        None => None,
        Some(h) => {
            let max = crate::estimate::MAX_HEIGHT;
            let whole = (h.trunc() == h).then(|| u64::try_from(h).ok()).flatten();
            match whole.filter(|n| *n <= max) {
                Some(n) => Some(n),
                None => {
                    return Err(Error::range(
                        join(path, "height"),
                        format!("a whole number between 0 and {max}"),
                        h.normalize(),
                    ));
                }
            }
        }
    };
    let fees_per_block = figure(map, path, "txFeesPerBlock", true)?;
    let date = match map.get("observedAt") {
        None | Some(Raw::Null) => generated,
        Some(Raw::Text(t)) => timestamp(t.trim(), &join(path, "observedAt"), today)?,
        Some(other) => {
            return Err(Error::invalid(
                join(path, "observedAt"),
                format!("must be a date-time, got {}", shown(other)),
            ));
        }
    };
    let source = optional_text(map, path, "source")?.unwrap_or_default();
    for key in map.keys() {
        if !matches!(
            key.as_str(),
            "priceUsd"
                | "difficulty"
                | "networkHashrate"
                | "height"
                | "txFeesPerBlock"
                | "observedAt"
                | "source"
        ) {
            warnings.push(format!("{}: unknown field, ignored", join(path, key)));
        }
    }
    if !coin.mineable && (difficulty.is_some() || network_hashrate.is_some()) {
        warnings.push(format!(
            "{path}: {} cannot be mined; its difficulty is ignored",
            coin.ticker
        ));
    }
    Ok(CoinFigures {
        price_usd,
        difficulty,
        network_hashrate,
        height,
        fees_per_block,
        stamp: Stamp { date, source },
    })
}

/// An ISO 4217 currency code, upper-cased (the one rule of `units::is_currency_code`).
pub fn currency_code(text: &str, field: &str) -> Result<String> {
    let t = text.trim();
    if crate::units::is_currency_code(t) {
        Ok(t.to_ascii_uppercase())
    } else {
        Err(Error::invalid(
            field,
            format!(
                "must be an ISO 4217 currency code like \"USD\", got \"{}\"",
                t.chars().take(20).collect::<String>()
            ),
        ))
    }
}

fn read_fx(value: &Raw, path: &str, today: Option<Date>, warnings: &mut Vec<String>) -> Result<Fx> {
    let map = object(value, path, "")?;
    let date = match map.get("date") {
        Some(Raw::Text(t)) => timestamp(t.trim(), &join(path, "date"), today)?,
        Some(other) => {
            return Err(Error::invalid(
                join(path, "date"),
                format!("must be a date like \"2026-12-01\", got {}", shown(other)),
            ));
        }
        None => {
            return Err(Error::Missing {
                field: join(path, "date"),
            });
        }
    };
    let source = optional_text(map, path, "source")?.unwrap_or_default();
    let rates_path = join(path, "usdTo");
    let mut usd_to = Vec::new();
    if let Some(rates) = map.get("usdTo") {
        for (code, _) in object(rates, &rates_path, "")?.iter() {
            let upper = currency_code(code, &join(&rates_path, code))?;
            let rates_map = object(rates, &rates_path, "")?;
            let rate = figure(rates_map, &rates_path, code, false)?.unwrap_or(Decimal::ONE);
            if upper == "USD" && rate != Decimal::ONE {
                return Err(Error::range(join(&rates_path, code), "1", rate.normalize()));
            }
            if usd_to.iter().any(|(c, _)| *c == upper) {
                return Err(Error::invalid(join(&rates_path, code), "given twice"));
            }
            usd_to.push((upper, rate));
        }
    }
    for key in map.keys() {
        if !matches!(key.as_str(), "date" | "source" | "usdTo") {
            warnings.push(format!("{}: unknown field, ignored", join(path, key)));
        }
    }
    Ok(Fx {
        date,
        source,
        usd_to,
    })
}

fn read_rig(entry: &Raw, path: &str, warnings: &mut Vec<String>) -> Result<RigPrice> {
    let map = object(entry, path, "")?;
    let value = figure(map, path, "price", false)?.ok_or_else(|| Error::Missing {
        field: join(path, "price"),
    })?;
    let currency = match optional_text(map, path, "currency")? {
        Some(c) => currency_code(&c, &join(path, "currency"))?,
        None => "USD".to_owned(),
    };
    let date = optional_text(map, path, "date")?.unwrap_or_default();
    let month_ok = date.len() == 7 && Date::parse(&format!("{date}-01"), "").is_ok();
    if !(month_ok || Date::parse(&date, "").is_ok()) {
        return Err(Error::invalid(
            join(path, "date"),
            format!("must be a month like \"2026-11\" or a date, got \"{date}\""),
        ));
    }
    let source = optional_text(map, path, "source")?.unwrap_or_default();
    for key in map.keys() {
        if !matches!(key.as_str(), "price" | "currency" | "date" | "source") {
            warnings.push(format!("{}: unknown field, ignored", join(path, key)));
        }
    }
    Ok(RigPrice {
        value,
        currency,
        date,
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        match parse(text, Date::from_ymd(2026, 12, 1)) {
            Ok(p) => panic!("{text} parsed: {p:?}"),
            Err(e) => e.to_string(),
        }
    }

    const HEAD: &str =
        r#""format": "minecalc-market", "version": 1, "generatedAt": "2026-12-01T06:00:00Z""#;

    #[test]
    fn errors_name_the_json_path_and_the_range() {
        let bad = |coins: &str| err(&format!("{{ {HEAD}, \"coins\": {{ {coins} }} }}"));
        assert_eq!(
            bad(r#""btc": { "difficulty": "-5" }"#),
            "coins.btc.difficulty: must be greater than 0, got \"-5\""
        );
        assert_eq!(
            bad(r#""btc": { "difficulty": 0 }"#),
            "coins.btc.difficulty: must be greater than 0, got 0"
        );
        assert!(
            bad(r#""btc": { "priceUsd": "NaN" }"#)
                .starts_with("coins.btc.priceUsd: must be a decimal number")
        );
        assert!(
            bad(r#""btc": { "priceUsd": "Infinity" }"#)
                .starts_with("coins.btc.priceUsd: must be a decimal")
        );
        assert!(
            bad(r#""btc": { "height": 1.5 }"#)
                .starts_with("coins.btc.height: must be a whole number")
        );
        assert!(
            bad(r#""btc": { "height": true }"#).starts_with("coins.btc.height: must be a decimal")
        );
        assert!(
            err(r#"{"format": "minecalc-market", "version": 2, "generatedAt": "2026-12-01"}"#)
                .starts_with("version: this calculator reads version 1, got 2")
        );
        assert!(err(r#"{"format": "minecalc-market", "version": 1, "generatedAt": "2027-03-01T00:00:00Z"}"#)
            .contains("is in the future"));
        assert_eq!(err(r#"{"version": 1}"#), "format: is required");
        assert!(err("[]").starts_with("market: must be an object"));
    }

    #[test]
    fn timestamps_follow_rfc_3339() {
        for ok in [
            "2026-12-01",
            "2026-12-01T06:00:00Z",
            "2026-12-01T06:00:00.123+01:00",
            "2026-12-01T06:00Z",
        ] {
            assert!(timestamp(ok, "t", None).is_ok(), "{ok}");
        }
        for bad in [
            "2026-12-01T25:00:00Z",
            "2026-02-30",
            "2026-12-01T06:00:00",
            "yesterday",
            "2026-12-01Tx",
        ] {
            assert!(timestamp(bad, "t", None).is_err(), "{bad}");
        }
    }
}
