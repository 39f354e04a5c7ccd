//! Loosely typed input as it arrives from JavaScript, JSON vectors, HTML attributes or a URL
//! fragment, and [`Fields`], the one place that turns it into typed values with errors that
//! name the field. Numbers keep the exact decimal text they were written with.

use std::cell::RefCell;
use std::fmt;

use rust_decimal::Decimal;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::error::{Error, Result};

/// A loosely typed value. `Number` holds the decimal text of a JSON/JS number (a JS double is
/// written with Rust's shortest round-trip formatting, so `0.1` stays `"0.1"`).
#[derive(Debug, Clone, PartialEq)]
pub enum Raw {
    Null,
    Bool(bool),
    Number(String),
    Text(String),
    List(Vec<Raw>),
    Map(RawMap),
}

impl Raw {
    /// An empty object.
    pub fn map() -> Self {
        Raw::Map(RawMap::new())
    }

    /// Builder helper for tests and front ends: insert `key` (a no-op on non-maps).
    pub fn with(mut self, key: &str, value: impl Into<Raw>) -> Self {
        if let Raw::Map(m) = &mut self {
            m.insert(key.to_owned(), value.into());
        }
        self
    }

    /// Insert or replace `key` in a map (a no-op on non-maps).
    pub fn set(&mut self, key: &str, value: impl Into<Raw>) {
        if let Raw::Map(m) = self {
            m.insert(key.to_owned(), value.into());
        }
    }

    /// Whether this counts as a given value: `null` and blank text mean "not given".
    pub fn is_given(&self) -> bool {
        match self {
            Raw::Null => false,
            Raw::Text(t) => !t.trim().is_empty(),
            _ => true,
        }
    }

    /// The value under `key` in a map.
    pub fn get(&self, key: &str) -> Option<&Raw> {
        match self {
            Raw::Map(m) => m.get(key),
            _ => None,
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            Raw::Null => "null",
            Raw::Bool(_) => "a boolean",
            Raw::Number(_) => "a number",
            Raw::Text(_) => "text",
            Raw::List(_) => "a list",
            Raw::Map(_) => "an object",
        }
    }
}

/// The fields of a [`Raw::Map`] in the order they were given. Inputs have a few dozen keys at
/// most, so a vector with linear look-up is smaller (in wasm) and as fast as a tree.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RawMap(Vec<(String, Raw)>);

impl RawMap {
    /// An empty map.
    pub const fn new() -> Self {
        RawMap(Vec::new())
    }

    /// The value under `key`.
    pub fn get(&self, key: &str) -> Option<&Raw> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The value under `key`, to change it.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Raw> {
        self.0.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Inserts or replaces `key`.
    pub fn insert(&mut self, key: String, value: Raw) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => *v = value,
            None => self.0.push((key, value)),
        }
    }

    /// Keeps only the entries `keep` accepts.
    pub fn retain(&mut self, mut keep: impl FnMut(&str, &Raw) -> bool) {
        self.0.retain(|(k, v)| keep(k, v));
    }

    /// The entries in the order they were given.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Raw)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// The keys in the order they were given.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    /// How many entries there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'a> IntoIterator for &'a RawMap {
    type Item = (&'a String, &'a Raw);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, Raw)>,
        fn(&'a (String, Raw)) -> (&'a String, &'a Raw),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl FromIterator<(String, Raw)> for RawMap {
    fn from_iter<I: IntoIterator<Item = (String, Raw)>>(iter: I) -> Self {
        let mut m = RawMap::new();
        for (k, v) in iter {
            m.insert(k, v);
        }
        m
    }
}

impl From<&str> for Raw {
    fn from(s: &str) -> Self {
        Raw::Text(s.to_owned())
    }
}
impl From<String> for Raw {
    fn from(s: String) -> Self {
        Raw::Text(s)
    }
}
impl From<bool> for Raw {
    fn from(b: bool) -> Self {
        Raw::Bool(b)
    }
}
impl From<Decimal> for Raw {
    fn from(d: Decimal) -> Self {
        Raw::Number(d.to_string())
    }
}
impl From<u64> for Raw {
    fn from(n: u64) -> Self {
        Raw::Number(n.to_string())
    }
}
impl From<i64> for Raw {
    fn from(n: i64) -> Self {
        Raw::Number(n.to_string())
    }
}
impl From<f64> for Raw {
    fn from(n: f64) -> Self {
        float(n)
    }
}
impl From<Vec<Raw>> for Raw {
    fn from(v: Vec<Raw>) -> Self {
        Raw::List(v)
    }
}

/// A float as the shortest decimal text that reads back to it; non-finite floats become text
/// so that validation reports them instead of silently producing NaN.
fn float(n: f64) -> Raw {
    if n.is_finite() {
        Raw::Number(format!("{n}"))
    } else {
        Raw::Text(format!("{n}"))
    }
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        d.deserialize_any(RawVisitor)
    }
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a number, string, boolean, null, list or object")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> std::result::Result<Raw, E> {
        Ok(Raw::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> std::result::Result<Raw, E> {
        Ok(Raw::Number(v.to_string()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<Raw, E> {
        Ok(Raw::Number(v.to_string()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> std::result::Result<Raw, E> {
        // JS integers arrive as f64 too; `{}` prints them without a fraction.
        Ok(float(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<Raw, E> {
        Ok(Raw::Text(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> std::result::Result<Raw, E> {
        Ok(Raw::Text(v))
    }
    fn visit_none<E: de::Error>(self) -> std::result::Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_unit<E: de::Error>(self) -> std::result::Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> std::result::Result<Raw, D::Error> {
        Raw::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<Raw, A::Error> {
        let mut v = Vec::new();
        while let Some(x) = seq.next_element()? {
            v.push(x);
        }
        Ok(Raw::List(v))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<Raw, A::Error> {
        let mut m = RawMap::new();
        while let Some((k, v)) = map.next_entry::<String, Raw>()? {
            m.insert(k, v);
        }
        Ok(Raw::Map(m))
    }
}

/// Reads typed fields out of a [`Raw::Map`], remembering which were read so that
/// [`Fields::finish`] can reject unknown (usually misspelt) fields.
///
/// `null`, a missing key and an empty or blank string all mean "not given".
#[derive(Debug)]
pub struct Fields<'a> {
    map: &'a RawMap,
    prefix: String,
    seen: RefCell<Vec<String>>,
    /// `(key, instead)`: while [`Fields::with_alias`] runs, reading `key` reads `instead`.
    aliases: RefCell<Vec<(String, String)>>,
}

static EMPTY: RawMap = RawMap::new();

impl<'a> Fields<'a> {
    /// Fields of a top-level input object. Anything but an object is an error on `input`.
    pub fn new(raw: &'a Raw) -> Result<Self> {
        Self::nested(raw, "")
    }

    /// Fields of an object nested under `prefix` (e.g. `positions[0]`), for error names.
    pub fn nested(raw: &'a Raw, prefix: &str) -> Result<Self> {
        let map = match raw {
            Raw::Map(m) => m,
            Raw::Null => &EMPTY,
            other => {
                let field = if prefix.is_empty() { "input" } else { prefix };
                return Err(Error::invalid(
                    field,
                    format!("must be an object, got {}", other.kind()),
                ));
            }
        };
        Ok(Fields {
            map,
            prefix: prefix.to_owned(),
            seen: RefCell::new(Vec::new()),
            aliases: RefCell::new(Vec::new()),
        })
    }

    /// Reads a whole input object with `read` and rejects the fields it did not ask for: the
    /// body of every `XInput::from_raw`.
    pub fn read_all<T>(raw: &Raw, read: impl FnOnce(&Fields) -> Result<T>) -> Result<T> {
        let f = Fields::new(raw)?;
        let value = read(&f)?;
        f.finish()?;
        Ok(value)
    }

    /// Runs `read` with `key` standing for `instead`: reading `key` reads `instead`'s value,
    /// marks `instead` as read and names `instead` in errors. This is how a reader of shared
    /// fields takes a value under another name (a contract's `contractHashrate` is the
    /// estimate's `hashrate`).
    pub fn with_alias<T>(
        &self,
        key: &str,
        instead: &str,
        read: impl FnOnce(&Self) -> Result<T>,
    ) -> Result<T> {
        self.aliases
            .borrow_mut()
            .push((key.to_owned(), instead.to_owned()));
        let out = read(self);
        self.aliases.borrow_mut().pop();
        out
    }

    /// The key that `key` reads while an alias is in force.
    fn resolve<'k>(&self, key: &'k str) -> std::borrow::Cow<'k, str> {
        match self.aliases.borrow().iter().rev().find(|(k, _)| k == key) {
            Some((_, instead)) => std::borrow::Cow::Owned(instead.clone()),
            None => std::borrow::Cow::Borrowed(key),
        }
    }

    /// The full error name of `key` (with the nesting prefix).
    pub fn name(&self, key: &str) -> String {
        let key = self.resolve(key);
        if self.prefix.is_empty() {
            key.into_owned()
        } else {
            format!("{}.{key}", self.prefix)
        }
    }

    /// The raw value of `key`, or `None` when absent, null or blank text. Marks it as read.
    pub fn raw(&self, key: &str) -> Option<&'a Raw> {
        let key = self.resolve(key);
        let key = key.as_ref();
        let mut seen = self.seen.borrow_mut();
        if !seen.iter().any(|k| k == key) {
            seen.push(key.to_owned());
        }
        drop(seen);
        self.map.get(key).filter(|v| v.is_given())
    }

    /// Whether `key` is given (not absent, null or blank). Does not mark it as read.
    pub fn has(&self, key: &str) -> bool {
        self.map.get(&self.resolve(key)).is_some_and(Raw::is_given)
    }

    /// Text of `key` (numbers are accepted as their decimal text).
    pub fn text(&self, key: &str) -> Result<Option<String>> {
        match self.raw(key) {
            None => Ok(None),
            Some(Raw::Text(t)) => Ok(Some(t.trim().to_owned())),
            Some(Raw::Number(n)) => Ok(Some(n.clone())),
            Some(other) => Err(Error::invalid(
                self.name(key),
                format!("must be text, got {}", other.kind()),
            )),
        }
    }

    /// A required text field.
    pub fn text_required(&self, key: &str) -> Result<String> {
        self.text(key)?.ok_or_else(|| Error::Missing {
            field: self.name(key),
        })
    }

    /// A decimal number given as a JS number or a decimal string ("0.12", "1e3", "1_000" are
    /// not accepted; "1,000" neither: use "1000").
    pub fn decimal(&self, key: &str) -> Result<Option<Decimal>> {
        let text = match self.raw(key) {
            None => return Ok(None),
            Some(Raw::Number(n)) => n.as_str(),
            Some(Raw::Text(t)) => t.trim(),
            Some(other) => {
                return Err(Error::invalid(
                    self.name(key),
                    format!("must be a number, got {}", other.kind()),
                ));
            }
        };
        parse_decimal(text).map(Some).ok_or_else(|| {
            if is_number_syntax(text) {
                // Well written, but beyond Decimal's 96-bit range.
                Error::range(
                    self.name(key),
                    format!("at most {} in size", Decimal::MAX),
                    text,
                )
            } else {
                Error::invalid(self.name(key), format!("must be a number, got \"{text}\""))
            }
        })
    }

    /// A decimal within `[min, max]` (either bound optional), or the default when not given.
    pub fn decimal_in(
        &self,
        key: &str,
        min: Option<Decimal>,
        max: Option<Decimal>,
    ) -> Result<Option<Decimal>> {
        let Some(v) = self.decimal(key)? else {
            return Ok(None);
        };
        let below = min.is_some_and(|m| v < m);
        let above = max.is_some_and(|m| v > m);
        if below || above {
            let expected = match (min, max) {
                (Some(a), Some(b)) => format!("between {a} and {b}"),
                (Some(a), None) if a.is_zero() => "0 or more".to_owned(),
                (Some(a), None) => format!("at least {a}"),
                (None, Some(b)) => format!("at most {b}"),
                (None, None) => String::new(),
            };
            return Err(Error::range(self.name(key), expected, v.normalize()));
        }
        Ok(Some(v))
    }

    /// A non-negative decimal.
    pub fn non_negative(&self, key: &str) -> Result<Option<Decimal>> {
        self.decimal_in(key, Some(Decimal::ZERO), None)
    }

    /// A strictly positive decimal.
    pub fn positive(&self, key: &str) -> Result<Option<Decimal>> {
        match self.decimal(key)? {
            Some(v) if v <= Decimal::ZERO => Err(Error::range(
                self.name(key),
                "greater than 0",
                v.normalize(),
            )),
            v => Ok(v),
        }
    }

    /// A percentage in 0–100.
    pub fn percent(&self, key: &str) -> Result<Option<Decimal>> {
        self.decimal_in(key, Some(Decimal::ZERO), Some(Decimal::ONE_HUNDRED))
    }

    /// A whole number within `[min, max]`.
    pub fn integer_in(&self, key: &str, min: u64, max: u64) -> Result<Option<u64>> {
        let Some(v) = self.decimal(key)? else {
            return Ok(None);
        };
        let expected = || format!("a whole number between {min} and {max}");
        if v.trunc() != v {
            return Err(Error::range(self.name(key), expected(), v.normalize()));
        }
        let n = u64::try_from(v).ok().filter(|n| (min..=max).contains(n));
        n.map(Some)
            .ok_or_else(|| Error::range(self.name(key), expected(), v.normalize()))
    }

    /// A boolean: true/false, or the text "true"/"false"/"1"/"0"/"yes"/"no"/"on"/"off".
    pub fn boolean(&self, key: &str) -> Result<Option<bool>> {
        match self.raw(key) {
            None => Ok(None),
            Some(Raw::Bool(b)) => Ok(Some(*b)),
            Some(Raw::Number(n)) if n == "1" || n == "0" => Ok(Some(n == "1")),
            Some(Raw::Text(t)) => match t.trim().to_ascii_lowercase().as_str() {
                "true" | "1" | "yes" | "on" => Ok(Some(true)),
                "false" | "0" | "no" | "off" => Ok(Some(false)),
                _ => Err(Error::invalid(
                    self.name(key),
                    format!("must be true or false, got \"{t}\""),
                )),
            },
            Some(other) => Err(Error::invalid(
                self.name(key),
                format!("must be true or false, got {}", other.kind()),
            )),
        }
    }

    /// A list of nested objects, each read by `f` with its own [`Fields`] named `key[i]`.
    pub fn list<T>(
        &self,
        key: &str,
        mut f: impl FnMut(&Fields<'a>) -> Result<T>,
    ) -> Result<Vec<T>> {
        match self.raw(key) {
            None => Ok(Vec::new()),
            Some(Raw::List(items)) => items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let fields = Fields::nested(item, &self.name(&format!("{key}[{i}]")))?;
                    let v = f(&fields)?;
                    fields.finish()?;
                    Ok(v)
                })
                .collect(),
            Some(other) => Err(Error::invalid(
                self.name(key),
                format!("must be a list, got {}", other.kind()),
            )),
        }
    }

    /// Reject any field that no reader asked for, suggesting the nearest known spelling.
    pub fn finish(&self) -> Result<()> {
        let seen = self.seen.borrow();
        for key in self.map.keys() {
            if key.is_empty() {
                // No name to show: blame the object that holds it.
                let field = if self.prefix.is_empty() {
                    "input"
                } else {
                    &self.prefix
                };
                return Err(Error::UnknownField {
                    field: field.to_owned(),
                    hint: " (one with an empty name)".to_owned(),
                });
            }
            if !seen.iter().any(|k| k == key) {
                let hint = seen
                    .iter()
                    .find(|k| k.eq_ignore_ascii_case(key) || close(k, key))
                    .map(|k| format!("; did you mean {k}?"))
                    .unwrap_or_default();
                return Err(Error::UnknownField {
                    field: self.name(key),
                    hint,
                });
            }
        }
        Ok(())
    }
}

/// Parses plain decimal text: optional sign, digits, optional fraction, optional exponent
/// (`1.5e3`). Digits beyond Decimal's 28 decimal places are rounded away (`5e-324` is 0).
/// Returns `None` for anything else, including values beyond Decimal's range.
///
/// The text is first rewritten as at most 61 plain characters (significant digits only, the
/// fraction cut after 29 digits plus one sticky digit), which are read as `Decimal::from_str`
/// would read them (it recurses once per character, so ten thousand zeros would overflow the
/// wasm stack, and its parser costs the first module 2.5 KB).
pub fn parse_decimal(text: &str) -> Option<Decimal> {
    let t = text.trim();
    if !is_number_syntax(t) {
        return None;
    }
    let (mantissa, exponent) = t.split_once(['e', 'E']).unwrap_or((t, "0"));
    // Past 18 exponent digits the value is 0 or beyond Decimal either way: saturate.
    let exponent: i64 = exponent.parse().unwrap_or(if exponent.starts_with('-') {
        -(1 << 40)
    } else {
        1 << 40
    });
    let unsigned = mantissa.trim_start_matches(['+', '-']);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    // The significant digits, and where the point falls among them.
    let all: Vec<u8> = whole.bytes().chain(fraction.bytes()).collect();
    let (Some(first), Some(last)) = (
        all.iter().position(|&b| b != b'0'),
        all.iter().rposition(|&b| b != b'0'),
    ) else {
        return Some(Decimal::ZERO);
    };
    let digits = &all[first..=last];
    let point = (whole.len() as i64 - first as i64).saturating_add(exponent);
    if point > 29 {
        return None;
    }
    if point < -28 {
        return Some(Decimal::ZERO);
    }
    from_plain(plain_chars(mantissa.starts_with('-'), digits, point))
}

/// The plain text `parse_decimal` reads, as characters: an optional `-`, `0`, the whole
/// digits (`point` of them, zeros past the significant ones), and when there is a fraction a
/// point, at most 29 fraction digits, and a sticky `1` when non-zero digits were cut (the
/// rounding to 28 places stays right).
fn plain_chars(negative: bool, digits: &[u8], point: i64) -> impl Iterator<Item = u8> + '_ {
    let digit = move |i: i64| {
        usize::try_from(i)
            .ok()
            .and_then(|i| digits.get(i))
            .copied()
            .unwrap_or(b'0')
    };
    let end = digits.len() as i64;
    let stop = end.min(point + 29);
    let fraction = end > point;
    let sign = negative.then_some(b'-');
    sign.into_iter()
        .chain([b'0'])
        .chain((0..point).map(digit))
        .chain(fraction.then_some(b'.'))
        .chain((point..stop).filter(move |_| fraction).map(digit))
        .chain((fraction && stop < end).then_some(b'1'))
}

/// Reads plain decimal text (`[-]digits[.digits]`, as [`plain_chars`] writes it) the way
/// `Decimal::from_str` does, without its parser in the wasm: digits go into a 96-bit
/// mantissa; at 28 fraction digits, or when the next digit would overflow it, the next digit
/// rounds half up and the rest is dropped; an integer part that overflows is `None`. A test
/// checks it against `Decimal::from_str`.
fn from_plain(chars: impl Iterator<Item = u8>) -> Option<Decimal> {
    const LIMIT: u128 = 1 << 96;
    let (mut data, mut scale, mut negative, mut point) = (0u128, 0u32, false, false);
    // Rounds `data` up on `d` ≥ 5; an overflow then drops one digit, rounding half up.
    let round = |data: &mut u128, scale: &mut u32, d: u8| -> Option<()> {
        if d >= 5 {
            *data += 1;
            if *data >= LIMIT {
                *scale = scale.checked_sub(1)?;
                *data = (*data + 4) / 10;
            }
        }
        Some(())
    };
    for c in chars {
        match c {
            b'-' => negative = true,
            b'.' => point = true,
            b'0'..=b'9' => {
                let d = c - b'0';
                if point && scale >= 28 {
                    round(&mut data, &mut scale, d)?;
                    break;
                }
                let next = data * 10 + u128::from(d);
                if next >= LIMIT {
                    if !point {
                        return None;
                    }
                    round(&mut data, &mut scale, d)?;
                    break;
                }
                data = next;
                if point {
                    scale += 1;
                }
            }
            _ => return None,
        }
    }
    let signed = i128::try_from(data).ok()?;
    Decimal::try_from_i128_with_scale(if negative { -signed } else { signed }, scale).ok()
}

/// Whether `text` is written as a decimal number: an optional sign, digits with at most one
/// point (at least one digit), and an optional exponent `e`/`E` with optional sign and digits.
/// ASCII only: other scripts' digits, grouping commas and `0x` are not numbers here.
pub fn is_number_syntax(text: &str) -> bool {
    let t = text.trim();
    let (mantissa, exponent) = match t.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e)),
        None => (t, None),
    };
    let unsigned = mantissa.strip_prefix(['+', '-']).unwrap_or(mantissa);
    let mut parts = unsigned.splitn(2, '.');
    let whole = parts.next().unwrap_or_default();
    let fraction = parts.next().unwrap_or_default();
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok =
        digits(whole) && digits(fraction) && !(whole.is_empty() && fraction.is_empty());
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    mantissa_ok && exponent_ok
}

/// Two keys differ by at most two edits of one letter (a cheap typo detector).
fn close(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (
        a.to_ascii_lowercase().chars().collect(),
        b.to_ascii_lowercase().chars().collect(),
    );
    if a.len().abs_diff(b.len()) > 2 {
        return false;
    }
    // Levenshtein distance with an early cut-off.
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()] <= 2
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand_xoshiro::Xoshiro256PlusPlus;
    use rand_xoshiro::rand_core::{RngCore, SeedableRng};
    use rust_decimal_macros::dec;
    use std::str::FromStr;

    /// `from_plain` on `parse_decimal`'s plain text for these digits gives what
    /// `Decimal::from_str` gives for that text: the same value and scale, or both refuse.
    /// Returns whether the value is in range.
    fn read_as_from_str_does(negative: bool, digits: &[u8], point: i64) -> bool {
        let text: String = plain_chars(negative, digits, point)
            .map(char::from)
            .collect();
        let theirs = Decimal::from_str(&text).ok();
        assert_eq!(
            from_plain(plain_chars(negative, digits, point)).map(|d| (d.mantissa(), d.scale())),
            theirs.map(|d| (d.mantissa(), d.scale())),
            "{text}"
        );
        theirs.is_some()
    }

    /// `from_plain` reads the plain text exactly as `Decimal::from_str` does, over digit
    /// strings of every length up to 40 with the point anywhere `parse_decimal` lets it be,
    /// and runs of nines that round over.
    #[test]
    fn plain_text_is_read_as_decimal_from_str_reads_it() {
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(7);
        let mut next = move |n: u64| rng.next_u64() % n;
        let mut checked = 0;
        for case in 0..300_000u32 {
            let len = 1 + next(40) as usize;
            let nines = case % 5 == 0;
            let mut digits: Vec<u8> = (0..len)
                .map(|_| if nines { b'9' } else { b'0' + next(10) as u8 })
                .collect();
            // `parse_decimal` passes significant digits: no zero first or last.
            digits[0] = digits[0].max(b'1');
            let last = digits.len() - 1;
            digits[last] = digits[last].max(b'1');
            let point = next(59) as i64 - 28;
            let negative = next(2) == 0;
            checked += usize::from(read_as_from_str_does(negative, &digits, point));
        }
        assert!(checked > 250_000, "most cases are in range: {checked}");
        // The mantissa's last value, 2^96 − 1, then a digit that rounds it over the limit.
        for tail in ["5", "9", "4", "95", "0001"] {
            let digits = format!("79228162514264337593543950335{tail}");
            for point in -2..=30 {
                read_as_from_str_does(false, digits.as_bytes(), point);
            }
        }
    }

    #[test]
    fn numbers_keep_their_decimal_text() {
        assert_eq!(Raw::from(0.1), Raw::Number("0.1".into()));
        assert_eq!(Raw::from(3.0), Raw::Number("3".into()));
        assert_eq!(Raw::from(f64::NAN), Raw::Text("NaN".into()));
        assert_eq!(parse_decimal("1.5e3"), Some(dec!(1500)));
        assert_eq!(parse_decimal("1,5"), None);
    }

    #[test]
    fn decimal_text_is_ascii_digits_rounded_to_28_places() {
        assert_eq!(parse_decimal("5e-324"), Some(Decimal::ZERO));
        assert_eq!(parse_decimal("1e-320"), Some(Decimal::ZERO));
        assert_eq!(
            parse_decimal("-1e-99999999999999999999"),
            Some(Decimal::ZERO)
        );
        assert_eq!(
            parse_decimal("1.5e-28"),
            Some(dec!(0.0000000000000000000000000002))
        );
        assert_eq!(parse_decimal("1.5e-29"), Some(Decimal::ZERO));
        assert_eq!(parse_decimal("1e+21"), Some(dec!(1000000000000000000000)));
        assert_eq!(parse_decimal("1e+300"), None);
        assert_eq!(parse_decimal(".5"), Some(dec!(0.5)));
        assert_eq!(parse_decimal("-12.50e-1"), Some(dec!(-1.25)));
        assert_eq!(parse_decimal("0.0012e3"), Some(dec!(1.2)));
        assert_eq!(
            parse_decimal("79228162514264337593543950335"),
            Some(Decimal::MAX)
        );
        assert_eq!(parse_decimal("79228162514264337593543950336"), None);
        assert_eq!(
            parse_decimal("0.123456789012345678901234567850000001"),
            Some(dec!(0.1234567890123456789012345679))
        );
        // Long texts do not recurse per character (Decimal::from_str does).
        let zeros = "0".repeat(100_000);
        assert_eq!(parse_decimal(&zeros), Some(Decimal::ZERO));
        assert_eq!(
            parse_decimal(&format!("{zeros}1.5{zeros}")),
            Some(dec!(1.5))
        );
        assert_eq!(parse_decimal(&format!("0.{zeros}1")), Some(Decimal::ZERO));
        assert_eq!(parse_decimal(&"9".repeat(100_000)), None);
        for bad in [
            "", " ", ".", "1.2.3", "0x10", "1,5", "١٢", "1e", "e5", "+-1", "NaN", "Infinity",
            "1_000",
        ] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
        let raw = Raw::map().with("x", "1e300").with("y", "١٢");
        let f = Fields::new(&raw).unwrap_or_else(|e| panic!("{e}"));
        let err = f.decimal("x").err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("x: must be at most 79228162514264337593543950335 in size, got 1e300")
        );
        let err = f.decimal("y").err().map(|e| e.to_string());
        assert_eq!(err.as_deref(), Some("y: must be a number, got \"١٢\""));
    }

    #[test]
    fn fields_name_the_offender() {
        let raw = Raw::map()
            .with("poolFeePercent", Raw::from(150u64))
            .with("x", "abc");
        let f = Fields::new(&raw).unwrap_or_else(|e| panic!("{e}"));
        let err = f.percent("poolFeePercent").err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("poolFeePercent: must be between 0 and 100, got 150")
        );
        let err = f.decimal("x").err().map(|e| e.to_string());
        assert_eq!(err.as_deref(), Some("x: must be a number, got \"abc\""));
    }

    #[test]
    fn unknown_fields_are_rejected_with_a_hint() {
        let raw = Raw::map().with("poolfeepercent", "1");
        let f = Fields::new(&raw).unwrap_or_else(|e| panic!("{e}"));
        let _ = f.percent("poolFeePercent");
        let err = f.finish().err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("poolfeepercent: unknown field; did you mean poolFeePercent?")
        );
    }
}
