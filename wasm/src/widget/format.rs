//! Locale-aware formatting of decimals, money, coin amounts and dates through the browser's
//! `Intl` (via `js_sys::Intl`). Decimals are handed to `Intl.NumberFormat` as exact decimal
//! strings, so nothing is rounded through floating point on the way to the screen.

use std::cell::RefCell;

use js_sys::{Array, Function, Object, Reflect};
use rust_decimal::Decimal;
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen]
extern "C" {
    /// `Intl.getCanonicalLocales`, with the `RangeError` of a malformed tag caught.
    #[wasm_bindgen(catch, js_namespace = Intl, js_name = getCanonicalLocales)]
    fn canonical_locales(tags: &JsValue) -> Result<Array, JsValue>;
}

/// A well-formed BCP 47 tag in canonical form, or `None` for anything `Intl` would reject.
pub fn canonical_locale(tag: &str) -> Option<String> {
    let tag = tag.trim();
    if tag.is_empty() || tag.len() > 64 {
        return None;
    }
    canonical_locales(&JsValue::from_str(tag))
        .ok()
        .and_then(|a| a.get(0).as_string())
}

/// Which number style to format with. Each is built once per [`Fmt`] and cached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    /// Money, two decimals (|x| ≥ 1 or 0).
    Money,
    /// Money below 1: two to four decimals (electricity prices such as 0.085).
    MoneyCents,
    /// Money below a cent: three significant digits.
    MoneyTiny,
    /// The same three with an explicit sign (`+` and `−`).
    MoneySigned,
    MoneyCentsSigned,
    MoneyTinySigned,
    /// Coin amounts and general figures: six significant digits.
    Significant,
    /// Every digit: up to 12 decimals, grouped (also detects the decimal separator).
    Exact,
    /// Whole numbers.
    Integer,
    /// Scientific ("2.14748E17"), for huge chain figures in formulas.
    Scientific,
    /// A count of days ("412 days", "412 Tage").
    Days,
    /// Money in compact notation, three significant digits ("$12.5K"), for chart axes.
    MoneyCompact,
}

/// Formatters for one locale and currency.
#[derive(Debug)]
pub struct Fmt {
    locales: Array,
    currency: String,
    decimal_comma: bool,
    /// Built formatters, indexed by `Style as usize`.
    cache: RefCell<Vec<Option<Function>>>,
    date: Option<Function>,
    month: Option<Function>,
    /// Wrap each number in a left-to-right isolate (U+2066 … U+2069), for right-to-left widgets.
    isolate: bool,
}

impl Fmt {
    /// Formatters for `locale` (already canonical, see [`canonical_locale`]) and an ISO 4217
    /// `currency` (anything else falls back to USD for display).
    pub fn new(locale: &str, currency: &str) -> Fmt {
        let locales = Array::of1(&JsValue::from_str(locale));
        let currency = if minecalc_core::units::is_currency_code(currency) {
            currency.to_ascii_uppercase()
        } else {
            "USD".to_owned()
        };
        let date_options = Object::new();
        set(&date_options, "dateStyle", "medium");
        set(&date_options, "timeZone", "UTC");
        let date = js_sys::Intl::DateTimeFormat::new(&locales, &date_options).format();
        let month_options = Object::new();
        set(&month_options, "month", "short");
        set(&month_options, "year", "numeric");
        set(&month_options, "timeZone", "UTC");
        let month = js_sys::Intl::DateTimeFormat::new(&locales, &month_options).format();
        let mut fmt = Fmt {
            locales,
            currency,
            decimal_comma: false,
            cache: RefCell::new(Vec::new()),
            date: Some(date),
            month: Some(month),
            isolate: false,
        };
        fmt.decimal_comma = fmt.format(Style::Exact, "1.5").contains(',');
        fmt
    }

    /// With `on`, every number comes wrapped in a left-to-right isolate, so that in a
    /// right-to-left widget `−$12.50` keeps its sign before the digits.
    pub fn isolating(mut self, on: bool) -> Fmt {
        self.isolate = on;
        self
    }

    /// The ISO code amounts are labelled with.
    pub fn currency(&self) -> &str {
        &self.currency
    }

    /// Whether this locale writes decimals with a comma ("0,08").
    pub fn decimal_comma(&self) -> bool {
        self.decimal_comma
    }

    fn formatter(&self, style: Style) -> Option<Function> {
        if let Some(Some(f)) = self.cache.borrow().get(style as usize) {
            return Some(f.clone());
        }
        let o = Object::new();
        let money = matches!(
            style,
            Style::Money
                | Style::MoneyCompact
                | Style::MoneyCents
                | Style::MoneyTiny
                | Style::MoneySigned
                | Style::MoneyCentsSigned
                | Style::MoneyTinySigned
        );
        if money {
            set(&o, "style", "currency");
            set(&o, "currency", &self.currency);
        }
        if matches!(
            style,
            Style::MoneySigned | Style::MoneyCentsSigned | Style::MoneyTinySigned
        ) {
            set(&o, "signDisplay", "exceptZero");
        }
        match style {
            Style::MoneyCents | Style::MoneyCentsSigned => {
                set_n(&o, "minimumFractionDigits", 2.0);
                set_n(&o, "maximumFractionDigits", 4.0);
            }
            Style::MoneyTiny | Style::MoneyTinySigned => {
                set_n(&o, "maximumSignificantDigits", 3.0);
            }
            Style::Significant => set_n(&o, "maximumSignificantDigits", 6.0),
            Style::Exact => set_n(&o, "maximumFractionDigits", 12.0),
            Style::Integer => set_n(&o, "maximumFractionDigits", 0.0),
            Style::Scientific => {
                set(&o, "notation", "scientific");
                set_n(&o, "maximumSignificantDigits", 6.0);
            }
            Style::MoneyCompact => {
                set(&o, "notation", "compact");
                set_n(&o, "maximumSignificantDigits", 3.0);
            }
            Style::Days => {
                set(&o, "style", "unit");
                set(&o, "unit", "day");
                set(&o, "unitDisplay", "long");
                set_n(&o, "maximumFractionDigits", 0.0);
            }
            Style::Money | Style::MoneySigned => {}
        }
        let f = js_sys::Intl::NumberFormat::new(&self.locales, &o).format();
        let mut cache = self.cache.borrow_mut();
        if cache.len() <= style as usize {
            cache.resize(style as usize + 1, None);
        }
        if let Some(slot) = cache.get_mut(style as usize) {
            *slot = Some(f.clone());
        }
        Some(f)
    }

    /// Formats `decimal` in `style`; a negative number gets the minus sign (U+2212) in every
    /// style, so amounts, percentages and figures all read alike.
    fn format(&self, style: Style, decimal: &str) -> String {
        let text = minus(
            self.formatter(style)
                .and_then(|f| f.call1(&JsValue::NULL, &JsValue::from_str(decimal)).ok())
                .and_then(|v| v.as_string())
                .unwrap_or_else(|| decimal.to_owned()),
        );
        self.isolated(text)
    }

    fn isolated(&self, text: String) -> String {
        if self.isolate {
            format!("\u{2066}{text}\u{2069}")
        } else {
            text
        }
    }

    fn money_style(d: Decimal, signed: bool) -> Style {
        let a = d.abs();
        let (big, cents, tiny) = if signed {
            (
                Style::MoneySigned,
                Style::MoneyCentsSigned,
                Style::MoneyTinySigned,
            )
        } else {
            (Style::Money, Style::MoneyCents, Style::MoneyTiny)
        };
        if a.is_zero() || a >= Decimal::ONE {
            big
        } else if a >= Decimal::new(1, 2) {
            cents
        } else {
            tiny
        }
    }

    /// An amount of money: `$1,234.57`, `$0.085`, `$0.000123`.
    pub fn money(&self, d: Decimal) -> String {
        self.format(Self::money_style(d, false), &d.to_string())
    }

    /// An amount of money with its sign always shown: `+$2.16`, `−$0.72` (a true minus
    /// sign, U+2212, where `Intl` writes a hyphen).
    pub fn money_signed(&self, d: Decimal) -> String {
        self.format(Self::money_style(d, true), &d.to_string())
    }

    /// A coin amount or other figure, six significant digits: `0.0402331`.
    pub fn sig(&self, d: Decimal) -> String {
        self.format(Style::Significant, &d.to_string())
    }

    /// A figure of any size: six significant digits, or scientific notation from 10¹² on
    /// (work per block, network hashrate).
    pub fn big(&self, d: Decimal) -> String {
        if d.abs() >= Decimal::from(1_000_000_000_000u64) {
            self.format(Style::Scientific, &d.to_string())
        } else {
            self.sig(d)
        }
    }

    /// A number of days, rounded up: "412 days".
    pub fn days(&self, d: Decimal) -> String {
        self.format(Style::Days, &d.ceil().to_string())
    }

    /// Every digit, grouped (up to 12 decimals): constants such as 4,294,967,296.
    pub fn exact(&self, d: Decimal) -> String {
        self.format(Style::Exact, &d.normalize().to_string())
    }

    /// A whole number (rounded).
    pub fn integer(&self, d: Decimal) -> String {
        self.format(Style::Integer, &d.to_string())
    }

    /// A compact money figure for chart ticks (`$1.2K`), from an `f64` chart coordinate.
    pub fn money_compact(&self, v: f64) -> String {
        let text = self
            .formatter(Style::MoneyCompact)
            .and_then(|f| f.call1(&JsValue::NULL, &JsValue::from_f64(v)).ok())
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| super::dom::coord(v));
        self.isolated(minus(text))
    }

    /// A `YYYY-MM-DD` date in this locale's medium style ("30 Jun 2025"); the text itself if
    /// it is not a date.
    pub fn date(&self, ymd: &str) -> String {
        let ms = js_sys::Date::parse(ymd);
        self.date_ms(ms).unwrap_or_else(|| ymd.to_owned())
    }

    /// A `YYYY-MM` month in this locale ("Oct 2023"); the text itself if it is not one.
    pub fn month(&self, ym: &str) -> String {
        let ms = js_sys::Date::parse(&format!("{ym}-01"));
        if !ms.is_finite() {
            return ym.to_owned();
        }
        let date = js_sys::Date::new(&JsValue::from_f64(ms));
        self.month
            .as_ref()
            .and_then(|f| f.call1(&JsValue::NULL, &date).ok())
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| ym.to_owned())
    }

    /// A date `days` from now, in this locale ("14 Mar 2027").
    pub fn date_in_days(&self, days: f64) -> Option<String> {
        self.date_ms(js_sys::Date::now() + days * 86_400_000.0)
    }

    fn date_ms(&self, ms: f64) -> Option<String> {
        if !ms.is_finite() || ms.abs() > 8.64e15 {
            return None;
        }
        let date = js_sys::Date::new(&JsValue::from_f64(ms));
        self.date
            .as_ref()
            .and_then(|f| f.call1(&JsValue::NULL, &date).ok())
            .and_then(|v| v.as_string())
    }
}

/// Replaces the hyphen-minus `Intl` uses for negative numbers (and exponents) with the minus
/// sign.
fn minus(s: String) -> String {
    if s.contains('-') {
        s.replace('-', "\u{2212}")
    } else {
        s
    }
}

/// `value` with each sign that stands before a non-digit (a currency symbol: "−$2,699.00")
/// joined to it by U+2060 WORD JOINER, so a line of running text cannot break between them and
/// leave "−" at the end of one line and "$2,699.00" on the next. (Before a digit no line breaks
/// anyway.) Only values set into sentences need it: see [`super::messages::fill`].
pub fn join_signs(value: &str) -> std::borrow::Cow<'_, str> {
    if !value.contains(['\u{2212}', '+']) {
        return std::borrow::Cow::Borrowed(value);
    }
    let mut out = String::with_capacity(value.len() + 6);
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if matches!(c, '\u{2212}' | '+') && chars.peek().is_some_and(|n| !n.is_ascii_digit()) {
            out.push('\u{2060}');
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Turns what a reader typed into the decimal text the core reads: trims, drops spaces
/// used as group separators, and in comma-decimal locales reads "0,08" as 0.08. Text that is
/// not a number passes through unchanged so the core can name the problem.
pub fn normalize_number(text: &str, decimal_comma: bool) -> String {
    let t: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    if decimal_comma && t.contains(',') {
        if t.contains('.') {
            // "1.234,5": dots group thousands.
            t.replace('.', "").replace(',', ".")
        } else {
            t.replace(',', ".")
        }
    } else if !decimal_comma && t.contains(',') && groups_thousands(&t) {
        // "1,234.5": commas group thousands.
        t.replace(',', "")
    } else {
        t
    }
}

/// Whether every comma in `t` is followed by exactly three digits before the next comma,
/// dot or the end ("12,345,678.9" yes, "1,5" no).
fn groups_thousands(t: &str) -> bool {
    let int_part = t.split('.').next().unwrap_or_default();
    let mut parts = int_part.split(',');
    let first = parts.next().unwrap_or_default();
    !first.is_empty() && parts.all(|p| p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit()))
}

fn set(o: &Object, key: &str, value: &str) {
    let _ = Reflect::set(o, &JsValue::from_str(key), &JsValue::from_str(value));
}

fn set_n(o: &Object, key: &str, value: f64) {
    let _ = Reflect::set(o, &JsValue::from_str(key), &JsValue::from_f64(value));
}

#[cfg(test)]
mod tests {
    use super::{join_signs, minus, normalize_number};

    #[test]
    fn a_sign_stays_with_the_currency_symbol_after_it() {
        let joined = |s: &str| join_signs(&minus(s.to_owned())).into_owned();
        assert_eq!(joined("-$2,699.00"), "\u{2212}\u{2060}$2,699.00");
        assert_eq!(joined("+€1.50"), "+\u{2060}€1.50");
        assert_eq!(joined("-12.5 %"), "\u{2212}12.5 %");
        assert_eq!(joined("-2,05 $"), "\u{2212}2,05 $");
        assert_eq!(joined("1.2E-5"), "1.2E\u{2212}5");
        assert_eq!(joined("$3.00"), "$3.00");
        assert_eq!(
            joined("−$1 … −$2"),
            "\u{2212}\u{2060}$1 … \u{2212}\u{2060}$2"
        );
    }

    #[test]
    fn typed_numbers_are_read_in_the_locale() {
        assert_eq!(normalize_number(" 0,08 ", true), "0.08");
        assert_eq!(normalize_number("1.234,5", true), "1234.5");
        assert_eq!(normalize_number("0.08", true), "0.08");
        assert_eq!(normalize_number("1,234.5", false), "1234.5");
        assert_eq!(normalize_number("1 000", false), "1000");
        assert_eq!(normalize_number("12,500", false), "12500");
        // "1,5" in English stays as typed: the core says it is not a number.
        assert_eq!(normalize_number("1,5", false), "1,5");
        assert_eq!(normalize_number("abc", false), "abc");
    }
}
