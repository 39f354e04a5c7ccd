//! Unit newtypes (hashrate, power, energy price, difficulty, percentages), the currency
//! codes amounts are labelled with, and the one parser for human text such as "200 TH/s",
//! "420 kSol/s" or "3.5 kW". A signature that takes a
//! `Power` cannot be handed a `Hashrate` by mistake.

use crate::num::Checked;
use std::fmt;

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::raw::parse_decimal;

/// The ISO 4217 alphabetic codes in use (the ISO 4217 maintenance agency's list 1, 2025),
/// including the funds and precious-metal codes, for labelling amounts (nothing is converted).
const CURRENCY_CODES: &str = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF \
    BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP \
    CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG \
    HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD \
    LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD \
    OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS \
    SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS \
    VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS XUA XXX \
    YER ZAR ZMW ZWG ZWL";

/// Whether `code` is an ISO 4217 currency code, in any case (`"usd"` is USD).
pub fn is_currency_code(code: &str) -> bool {
    code.len() == 3
        && CURRENCY_CODES
            .split_ascii_whitespace()
            .any(|c| c.eq_ignore_ascii_case(code))
}

/// The currency under `key`: an ISO 4217 code, upper-cased; `"USD"` when not given.
pub fn read_currency(f: &crate::raw::Fields, key: &str) -> Result<String> {
    match f.text(key)? {
        None => Ok("USD".to_owned()),
        Some(c) if is_currency_code(&c) => Ok(c.to_ascii_uppercase()),
        Some(c) => Err(Error::invalid(
            f.name(key),
            format!("must be an ISO 4217 currency code like \"USD\", got \"{c}\""),
        )),
    }
}

/// What one unit of work is called for an algorithm: hashes, or Equihash solutions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum HashUnit {
    /// Hashes per second, written `H/s`.
    #[serde(rename = "H/s")]
    Hash,
    /// Equihash solutions per second, written `Sol/s`.
    #[serde(rename = "Sol/s")]
    Sol,
}

impl HashUnit {
    /// The base unit symbol, `H/s` or `Sol/s`.
    pub fn symbol(self) -> &'static str {
        match self {
            HashUnit::Hash => "H/s",
            HashUnit::Sol => "Sol/s",
        }
    }
    /// The bare work name without "/s": `H` or `Sol`.
    pub fn work(self) -> &'static str {
        match self {
            HashUnit::Hash => "H",
            HashUnit::Sol => "Sol",
        }
    }
}

/// SI prefixes in powers of 1000, as hashrate units use them.
pub const PREFIXES: [(&str, Decimal); 7] = [
    ("", dec!(1)),
    ("k", dec!(1_000)),
    ("M", dec!(1_000_000)),
    ("G", dec!(1_000_000_000)),
    ("T", dec!(1_000_000_000_000)),
    ("P", dec!(1_000_000_000_000_000)),
    ("E", dec!(1_000_000_000_000_000_000)),
];

/// The multiplier of an SI prefix (`k`, `M`, `G`, `T`, `P`, `E`, or empty).
pub fn prefix_factor(prefix: &str) -> Option<Decimal> {
    PREFIXES.iter().find(|(p, _)| *p == prefix).map(|(_, f)| *f)
}

/// A hashrate in base units per second (H/s or Sol/s).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hashrate {
    per_second: Decimal,
    unit: HashUnit,
}

impl Hashrate {
    /// A hashrate of `per_second` base units.
    pub fn new(per_second: Decimal, unit: HashUnit) -> Self {
        Hashrate { per_second, unit }
    }

    /// Base units per second.
    pub fn per_second(self) -> Decimal {
        self.per_second
    }

    /// H/s or Sol/s.
    pub fn unit(self) -> HashUnit {
        self.unit
    }

    /// The value expressed with a prefix, e.g. `in_prefix("T")` for TH/s.
    pub fn in_prefix(self, prefix: &str) -> Option<Decimal> {
        prefix_factor(prefix).and_then(|f| self.per_second.div_checked(f))
    }

    /// Parses "200 TH/s", "200TH/s", "200 th", "420 kSol/s", "26783 H/s", "1.3 TH".
    /// A bare number is taken in base units (H/s, or Sol/s when `expected` is Sol).
    /// `field` names the input for errors; `expected` is the coin's unit family.
    pub fn parse(text: &str, expected: HashUnit, field: &str) -> Result<Self> {
        let t = text.trim();
        let (num, rest) = t.split_at_checked(number_prefix_len(t)).unwrap_or((t, ""));
        let value = parse_decimal(num).ok_or_else(|| {
            Error::invalid(
                field,
                format!("must be a number with a unit like \"200 TH/s\", got \"{t}\""),
            )
        })?;
        if value < Decimal::ZERO {
            return Err(Error::range(field, "0 or more", value.normalize()));
        }
        let unit_text = rest.trim();
        let (factor, unit) = parse_hash_unit(unit_text, expected).ok_or_else(|| Error::Unit {
            field: field.to_owned(),
            message: format!(
                "unknown unit \"{unit_text}\"; use {}",
                unit_examples(expected)
            ),
        })?;
        if unit != expected {
            return Err(Error::Unit {
                field: field.to_owned(),
                message: format!(
                    "this algorithm is measured in {}, got \"{unit_text}\"",
                    expected.symbol()
                ),
            });
        }
        let per_second = value
            .mul_checked(factor)
            .ok_or_else(|| Error::overflow(field))?;
        Ok(Hashrate { per_second, unit })
    }
}

/// Length of the leading number in `t`: sign, digits, fraction, and an exponent only when
/// digits follow the `e` (so "1 EH/s" and "1EH/s" keep their unit, "1e3" is a number).
fn number_prefix_len(t: &str) -> usize {
    let b = t.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'-' | b'+')));
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') {
        i += 1;
    }
    if i < b.len() && matches!(b[i], b'e' | b'E') {
        let mut j = i + 1;
        if j < b.len() && matches!(b[j], b'-' | b'+') {
            j += 1;
        }
        let digits = b[j..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits > 0 {
            i = j + digits;
        }
    }
    i
}

fn unit_examples(expected: HashUnit) -> &'static str {
    match expected {
        HashUnit::Hash => "H/s, kH/s, MH/s, GH/s, TH/s, PH/s or EH/s",
        HashUnit::Sol => "Sol/s, kSol/s, MSol/s or GSol/s",
    }
}

/// `"TH/s"` → (10^12, Hash). Empty text means base units of `default`.
fn parse_hash_unit(text: &str, default: HashUnit) -> Option<(Decimal, HashUnit)> {
    if text.is_empty() {
        return Some((Decimal::ONE, default));
    }
    let t = text
        .strip_suffix("/s")
        .or_else(|| text.strip_suffix("/S"))
        .unwrap_or(text)
        .trim();
    let (stem, unit) = if let Some(p) = strip_suffix_ci(t, "sol") {
        (p, HashUnit::Sol)
    } else if let Some(p) = strip_suffix_ci(t, "h") {
        (p, HashUnit::Hash)
    } else {
        return None;
    };
    // Prefixes are case-insensitive except m/M, where "m" would be milli: accept both as mega
    // since milli-hashes make no sense, but keep k lower/upper alike.
    let prefix = match stem {
        "" => "",
        "k" | "K" => "k",
        "m" | "M" => "M",
        "g" | "G" => "G",
        "t" | "T" => "T",
        "p" | "P" => "P",
        "e" | "E" => "E",
        _ => return None,
    };
    prefix_factor(prefix).map(|f| (f, unit))
}

fn strip_suffix_ci<'a>(t: &'a str, suffix: &str) -> Option<&'a str> {
    let n = t.len().checked_sub(suffix.len())?;
    let (kept, end) = t.split_at_checked(n)?;
    end.eq_ignore_ascii_case(suffix).then_some(kept)
}

impl fmt::Display for Hashrate {
    /// Picks the largest prefix that keeps the number at least 1: "200 TH/s".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (p, factor) = PREFIXES
            .iter()
            .rev()
            .find(|(_, factor)| self.per_second >= *factor)
            .copied()
            .unwrap_or(PREFIXES[0]);
        let v = self
            .per_second
            // The factor is at least 1: the division cannot fail.
            .div_checked(factor)
            .unwrap_or(self.per_second)
            .round_dp(3)
            .normalize();
        write!(f, "{v} {p}{}", self.unit.symbol())
    }
}

/// Electrical power in watts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Power(Decimal);

impl Power {
    /// A power of `watts` W.
    pub fn watts(watts: Decimal) -> Self {
        Power(watts)
    }
    /// Watts.
    pub fn as_watts(self) -> Decimal {
        self.0
    }
    /// Kilowatts.
    pub fn as_kilowatts(self) -> Decimal {
        self.0 / dec!(1000)
    }
    /// Parses "3500", "3500 W", "3.5 kW", "3.5kw". A bare number is watts.
    pub fn parse(text: &str, field: &str) -> Result<Self> {
        let t = text.trim();
        let lower = t.to_ascii_lowercase();
        let (num, factor) = if let Some(n) = lower.strip_suffix("kw") {
            (n, dec!(1000))
        } else if let Some(n) = lower.strip_suffix("mw") {
            (n, dec!(1_000_000))
        } else if let Some(n) = lower.strip_suffix('w') {
            (n, Decimal::ONE)
        } else {
            (lower.as_str(), Decimal::ONE)
        };
        let v = parse_decimal(num).ok_or_else(|| {
            Error::invalid(
                field,
                format!("must be a power like \"3500 W\" or \"3.5 kW\", got \"{t}\""),
            )
        })?;
        if v < Decimal::ZERO {
            return Err(Error::range(field, "0 or more", v.normalize()));
        }
        v.mul_checked(factor)
            .map(Power)
            .ok_or_else(|| Error::overflow(field))
    }
}

/// A price of electricity in currency per kWh.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct EnergyPrice(Decimal);

impl EnergyPrice {
    /// `per_kwh` currency units per kilowatt-hour.
    pub fn per_kwh(per_kwh: Decimal) -> Self {
        EnergyPrice(per_kwh)
    }
    /// Currency per kWh.
    pub fn as_per_kwh(self) -> Decimal {
        self.0
    }
}

/// A chain's difficulty, in that chain's own convention (see `Coin::work_per_difficulty`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Difficulty(Decimal);

impl Difficulty {
    /// A difficulty; callers validate that it is positive.
    pub fn new(d: Decimal) -> Self {
        Difficulty(d)
    }
    /// The raw value.
    pub fn value(self) -> Decimal {
        self.0
    }
}

/// A percentage in 0–100 (pool fee, uptime, overhead, tax, share).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Percent(Decimal);

impl Percent {
    /// 100 %.
    pub const FULL: Percent = Percent(Decimal::ONE_HUNDRED);
    /// 0 %.
    pub const ZERO: Percent = Percent(Decimal::ZERO);
    /// `p` percent; callers validate the range (see `Fields::percent`).
    pub fn new(p: Decimal) -> Self {
        Percent(p)
    }
    /// The number of percent (e.g. `2.5`).
    pub fn value(self) -> Decimal {
        self.0
    }
    /// As a fraction (e.g. `0.025`).
    pub fn fraction(self) -> Decimal {
        // Dividing by 100 cannot overflow.
        self.0
            .div_checked(Decimal::ONE_HUNDRED)
            .unwrap_or(Decimal::ZERO)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn th(s: &str) -> Result<Hashrate> {
        Hashrate::parse(s, HashUnit::Hash, "hashrate")
    }

    #[test]
    fn parses_hashrates() {
        assert_eq!(
            th("200 TH/s").map(|h| h.per_second()),
            Ok(dec!(200_000_000_000_000))
        );
        assert_eq!(
            th("200TH/s").map(|h| h.per_second()),
            Ok(dec!(200_000_000_000_000))
        );
        assert_eq!(
            th("1.3 th").map(|h| h.per_second()),
            Ok(dec!(1_300_000_000_000))
        );
        assert_eq!(th("26783 H/s").map(|h| h.per_second()), Ok(dec!(26783)));
        assert_eq!(th("26783").map(|h| h.per_second()), Ok(dec!(26783)));
        assert_eq!(
            th("1 EH/s").map(|h| h.per_second()),
            Ok(dec!(1_000_000_000_000_000_000))
        );
        assert_eq!(th("1e3 H/s").map(|h| h.per_second()), Ok(dec!(1000)));
        let sol = Hashrate::parse("420 kSol/s", HashUnit::Sol, "hashrate");
        assert_eq!(sol.map(|h| h.per_second()), Ok(dec!(420_000)));
    }

    #[test]
    fn rejects_bad_hashrates_by_name() {
        let e = th("fast").err().map(|e| e.to_string());
        assert_eq!(
            e.as_deref(),
            Some("hashrate: must be a number with a unit like \"200 TH/s\", got \"fast\"")
        );
        assert!(th("5 XH/s").is_err());
        assert!(th("-5 TH/s").is_err());
        let wrong = Hashrate::parse("420 kSol/s", HashUnit::Hash, "hashrate");
        assert!(matches!(wrong, Err(Error::Unit { .. })));
    }

    #[test]
    fn parses_power() {
        assert_eq!(
            Power::parse("3.5 kW", "powerWatts").map(Power::as_watts),
            Ok(dec!(3500))
        );
        assert_eq!(
            Power::parse("3500", "powerWatts").map(Power::as_watts),
            Ok(dec!(3500))
        );
        assert_eq!(
            Power::parse("19 W", "powerWatts").map(Power::as_watts),
            Ok(dec!(19))
        );
        assert!(Power::parse("lots", "powerWatts").is_err());
    }

    #[test]
    fn displays_with_prefix() {
        assert_eq!(
            th("200 TH/s").map(|h| h.to_string()),
            Ok("200 TH/s".to_owned())
        );
    }
}
