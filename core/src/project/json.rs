//! A projection's JSON text, written in one pass: exactly what `serde_json` writes for
//! [`project`](super::project)'s result, rounding each amount as it goes, several times faster.
//! The JS API hands this one string to `JSON.parse`, which builds the 3,653 day objects far
//! faster than setting each of their 51,000 fields across the wasm boundary.

use std::fmt::Write as _;

use rust_decimal::Decimal;

use super::{Halving, Projection, ProjectionDay};
use crate::date::Date;
use crate::estimate::OUTPUT_DP;

/// The JSON text of `p` as [`project`](super::project) returns it: `p` may come from
/// [`project_unrounded`](super::project_unrounded) (amounts are rounded here, as
/// [`Projection::rounded`] does) or be rounded already (rounding again changes nothing).
/// Amounts are rounded exactly as `estimate::output` rounds them (tests compare the two).
pub fn write(p: &Projection) -> String {
    let mut w = Writer(String::with_capacity(512 + p.days.len() * 340));
    w.projection(p, true);
    w.0
}

/// [`write`] with `"days":null` in place of the series, for writing the series on its own
/// ([`write_days`]) and putting it there later.
pub fn write_head(p: &Projection) -> String {
    let mut w = Writer(String::with_capacity(512 + p.halvings.len() * 100));
    w.projection(p, false);
    w.0
}

/// The JSON array of `days`, as [`write`] writes it in a projection.
pub fn write_days(days: &[ProjectionDay]) -> String {
    // About 330 bytes a day.
    let mut w = Writer(String::with_capacity(2 + days.len() * 340));
    w.days(days);
    w.0
}

struct Writer(String);

impl Writer {
    /// The projection's object; its `days` as `null` unless `with_days`.
    fn projection(&mut self, p: &Projection, with_days: bool) {
        self.0.push('{');
        self.key("currency", true);
        self.string(&p.currency);
        self.key("startDate", false);
        self.date(p.start_date);
        self.key("endDate", false);
        self.date(p.end_date);
        self.key("daysPerMonth", false);
        self.decimal(p.days_per_month);
        self.key("daysPerYear", false);
        self.decimal(p.days_per_year);
        self.key("days", false);
        if with_days {
            self.days(&p.days);
        } else {
            self.0.push_str("null");
        }
        for (name, v) in [
            ("totalCoins", p.total_coins),
            ("totalRevenue", p.total_revenue),
            ("totalPoolFee", p.total_pool_fee),
            ("totalElectricity", p.total_electricity),
            ("totalTax", p.total_tax),
            ("totalProfit", p.total_profit),
        ] {
            self.key(name, false);
            self.amount(v);
        }
        self.key("hardwareCost", false);
        self.optional_amount(p.hardware_cost);
        self.key("resaleValue", false);
        self.amount(p.resale_value);
        self.key("paybackDate", false);
        match p.payback_date {
            Some(d) => self.date(d),
            None => self.0.push_str("null"),
        }
        self.key("roiPercent", false);
        self.optional_amount(p.roi_percent);
        self.key("halvings", false);
        self.0.push('[');
        for (i, h) in p.halvings.iter().enumerate() {
            if i > 0 {
                self.0.push(',');
            }
            self.halving(h);
        }
        self.0.push_str("]}");
    }

    fn days(&mut self, days: &[ProjectionDay]) {
        self.0.push('[');
        for (i, d) in days.iter().enumerate() {
            if i > 0 {
                self.0.push(',');
            }
            self.day(d);
        }
        self.0.push(']');
    }

    /// `"name":`, after a comma unless it is the object's first key.
    fn key(&mut self, name: &str, first: bool) {
        self.0.push_str(if first { "\"" } else { ",\"" });
        self.0.push_str(name);
        self.0.push_str("\":");
    }

    fn day(&mut self, d: &ProjectionDay) {
        self.0.push('{');
        self.key("date", true);
        self.date(d.date);
        self.key("height", false);
        self.integer(d.height);
        for (name, v) in [
            ("reward", d.reward),
            ("difficulty", d.difficulty),
            ("coinPrice", d.coin_price),
            ("electricityPrice", d.electricity_price),
            ("hoursRun", d.hours_run),
            ("coins", d.coins),
            ("revenue", d.revenue),
            ("poolFee", d.pool_fee),
            ("electricity", d.electricity),
            ("tax", d.tax),
            ("profit", d.profit),
            ("cumulativeProfit", d.cumulative_profit),
        ] {
            self.key(name, false);
            self.amount(v);
        }
        self.0.push('}');
    }

    fn halving(&mut self, h: &Halving) {
        self.0.push('{');
        self.key("date", true);
        self.date(h.date);
        self.key("height", false);
        self.integer(h.height);
        self.key("rewardBefore", false);
        self.amount(h.reward_before);
        self.key("rewardAfter", false);
        self.amount(h.reward_after);
        self.0.push('}');
    }

    /// A JSON string, escaped as `serde_json` escapes.
    fn string(&mut self, s: &str) {
        self.0.push('"');
        for c in s.chars() {
            match c {
                '"' => self.0.push_str("\\\""),
                '\\' => self.0.push_str("\\\\"),
                '\n' => self.0.push_str("\\n"),
                '\r' => self.0.push_str("\\r"),
                '\t' => self.0.push_str("\\t"),
                '\u{8}' => self.0.push_str("\\b"),
                '\u{c}' => self.0.push_str("\\f"),
                c if c < ' ' => {
                    let _ = write!(self.0, "\\u{:04x}", u32::from(c));
                }
                c => self.0.push(c),
            }
        }
        self.0.push('"');
    }

    /// `"YYYY-MM-DD"`.
    fn date(&mut self, d: Date) {
        self.0.push('"');
        let (y, m, day) = (d.year(), d.month(), d.day());
        if (0..10_000).contains(&y) {
            let mut b = [0u8; 10];
            let y = y as u32;
            for (i, v) in [y / 1000, y / 100 % 10, y / 10 % 10, y % 10]
                .into_iter()
                .enumerate()
            {
                b[i] = b'0' + v as u8;
            }
            b[4] = b'-';
            b[5] = b'0' + (m / 10) as u8;
            b[6] = b'0' + (m % 10) as u8;
            b[7] = b'-';
            b[8] = b'0' + (day / 10) as u8;
            b[9] = b'0' + (day % 10) as u8;
            self.0
                .push_str(std::str::from_utf8(&b).unwrap_or("0000-00-00"));
        } else {
            let _ = write!(self.0, "{d}");
        }
        self.0.push('"');
    }

    fn integer(&mut self, n: u64) {
        let mut b = [0u8; 40];
        let start = write_u64(n, &mut b, 40, 1);
        self.0
            .push_str(std::str::from_utf8(&b[start..]).unwrap_or("0"));
    }

    /// An output amount: rounded as `project` rounds, as a string.
    fn amount(&mut self, v: Decimal) {
        self.0.push('"');
        push_output(&mut self.0, v);
        self.0.push('"');
    }

    fn optional_amount(&mut self, v: Option<Decimal>) {
        match v {
            Some(v) => self.amount(v),
            None => self.0.push_str("null"),
        }
    }

    /// `d` as a JSON string, character for character as `Decimal`'s serde `Serialize` writes it
    /// (its `Display` with the sign of a negative zero kept).
    fn decimal(&mut self, d: Decimal) {
        self.0.push('"');
        push_decimal(&mut self.0, d);
        self.0.push('"');
    }
}

/// Appends `estimate::output(d)` as [`push_decimal`] writes it, in one step: banker's rounding to
/// [`OUTPUT_DP`] places on the mantissa's 32-bit words (`round_dp` also divides word by word,
/// then multiplies back and compares to find the remainder; here the remainders of the
/// divisions are the remainder), the fraction's trailing zeros cut from the written digits,
/// and no sign on a zero.
fn push_output(out: &mut String, d: Decimal) {
    let mut words = Words::of(d);
    let mut scale = d.scale();
    if scale > OUTPUT_DP {
        // Drop k ≤ 16 digits in steps of at most 9, keeping what was dropped (< 10^k).
        let k = scale - OUTPUT_DP;
        let (mut dropped, mut unit, mut left) = (0u64, 1u64, k);
        while left > 0 {
            let step = left.min(9);
            let r = words.divide(POW10[step as usize]);
            dropped += u64::from(r) * unit;
            unit *= u64::from(POW10[step as usize]);
            left -= step;
        }
        let half = unit / 2;
        if dropped > half || (dropped == half && words.0[0] & 1 == 1) {
            words.increment();
        }
        scale = OUTPUT_DP;
    }
    if words.is_zero() {
        out.push('0');
        return;
    }
    let mut b = [0u8; 40];
    let mut digits = words.write(&mut b);
    // Normalised: the fraction's trailing zeros go.
    let mut scale = scale as usize;
    while scale > 0 && digits.ends_with('0') {
        digits = &digits[..digits.len() - 1];
        scale -= 1;
    }
    push_point(out, d.is_sign_negative(), digits, scale);
}

/// 10^0 to 10^9.
const POW10: [u32; 10] = [
    1,
    10,
    100,
    1_000,
    10_000,
    100_000,
    1_000_000,
    10_000_000,
    100_000_000,
    1_000_000_000,
];

/// A mantissa (below 2^96) as 32-bit words, least significant first: division by small
/// numbers in `u64` steps, which wasm does in one instruction (a `u128` division is a
/// library routine).
#[derive(Debug, Clone, Copy)]
struct Words([u32; 3]);

impl Words {
    fn of(d: Decimal) -> Words {
        let m = d.mantissa().unsigned_abs();
        Words([m as u32, (m >> 32) as u32, (m >> 64) as u32])
    }

    fn is_zero(&self) -> bool {
        self.0 == [0; 3]
    }

    /// Divides by `divisor` (> 0) in place; returns the remainder.
    fn divide(&mut self, divisor: u32) -> u32 {
        let (mut rem, d) = (0u64, u64::from(divisor));
        for w in self.0.iter_mut().rev() {
            let cur = (rem << 32) | u64::from(*w);
            *w = (cur / d) as u32;
            rem = cur % d;
        }
        rem as u32
    }

    fn increment(&mut self) {
        for w in &mut self.0 {
            let (v, carry) = w.overflowing_add(1);
            *w = v;
            if !carry {
                break;
            }
        }
    }

    /// The decimal digits (none for zero), written at the end of `b`.
    fn write(mut self, b: &mut [u8; 40]) -> &str {
        let mut start = b.len();
        if self.0[2] == 0 {
            let small = u64::from(self.0[1]) << 32 | u64::from(self.0[0]);
            if small != 0 {
                start = write_u64(small, b, start, 1);
            }
        } else {
            // Nine digits at a time, from the lowest; every group but the first is padded.
            while !self.is_zero() {
                let group = self.divide(POW10[9]);
                let min = if self.is_zero() { 1 } else { 9 };
                start = write_u64(u64::from(group), b, start, min);
            }
        }
        // Only ASCII digits were written.
        std::str::from_utf8(&b[start..]).unwrap_or("0")
    }
}

/// "00" to "99", for writing two digits per division.
const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

/// Writes the digits of `n` to end at `b[end]`, at least `min` of them (zeros in front);
/// returns where they start. Eight digits at a time come off with one `u64` division (an
/// instruction that takes dozens of cycles in wasm), then go two by two in `u32`, where
/// dividing by 100 compiles to a multiplication.
fn write_u64(mut n: u64, b: &mut [u8; 40], end: usize, min: usize) -> usize {
    let mut i = end;
    while n >= 100_000_000 {
        let group = (n % 100_000_000) as u32;
        n /= 100_000_000;
        i = write_u32(group, b, i, 8);
    }
    i = write_u32(n as u32, b, i, 1);
    while end - i < min {
        i -= 1;
        b[i] = b'0';
    }
    i
}

/// [`write_u64`] for `n` below 10^8 (`min` ≤ 8).
fn write_u32(mut n: u32, b: &mut [u8; 40], end: usize, min: usize) -> usize {
    let mut i = end;
    while n >= 100 {
        let pair = (n % 100) as usize * 2;
        n /= 100;
        i -= 2;
        b[i..i + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    }
    if n >= 10 {
        let pair = n as usize * 2;
        i -= 2;
        b[i..i + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    } else {
        i -= 1;
        b[i] = b'0' + n as u8;
    }
    while end - i < min {
        i -= 1;
        b[i] = b'0';
    }
    i
}

/// Writes `digits` (no leading zeros; empty for zero) with the point `scale` places from
/// the right, as rust_decimal's `to_str_internal` does. Composed in a buffer and appended in
/// one piece (a `String::push` per character is a call each in the wasm).
fn push_point(out: &mut String, negative: bool, digits: &str, scale: usize) {
    // Sign, "0.", up to 28 zeros of padding and 29 digits.
    let mut b = [0u8; 64];
    let mut n = 0;
    let mut put = |bytes: &[u8]| {
        b[n..n + bytes.len()].copy_from_slice(bytes);
        n += bytes.len();
    };
    if negative {
        put(b"-");
    }
    if digits.is_empty() && scale == 0 {
        put(b"0");
    } else {
        let digits = digits.as_bytes();
        let pad = scale.saturating_sub(digits.len());
        let whole = digits.len() + pad - scale;
        if whole == 0 {
            put(b"0");
        } else {
            put(&digits[..whole]);
        }
        if scale > 0 {
            put(b".");
            for _ in 0..pad {
                put(b"0");
            }
            put(&digits[whole.min(digits.len())..]);
        }
    }
    // Only ASCII was written.
    out.push_str(std::str::from_utf8(&b[..n]).unwrap_or("0"));
}

/// Appends `d` as rust_decimal's serializer writes it: the mantissa's digits with the point
/// `scale` places from the right (zeros in front as needed), a `-` for any negative value
/// (also zero), `0` for a zero mantissa with no scale.
pub(crate) fn push_decimal(out: &mut String, d: Decimal) {
    let mut b = [0u8; 40];
    let digits = Words::of(d).write(&mut b);
    push_point(out, d.is_sign_negative(), digits, d.scale() as usize);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Raw;
    use crate::estimate::output as out;
    use crate::project::{ProjectionInput, project, project_unrounded};
    use rust_decimal_macros::dec;

    #[test]
    fn decimals_read_as_serde_writes_them() {
        let mut cases = vec![
            Decimal::ZERO,
            -Decimal::ZERO,
            Decimal::new(0, 3),
            Decimal::new(-0, 5),
            dec!(1),
            dec!(-1),
            dec!(0.5),
            dec!(-0.000000000001),
            dec!(123456789.123456789012),
            dec!(30.4375),
            dec!(100.00),
            Decimal::MAX,
            Decimal::MIN,
            Decimal::new(i64::MAX, 28),
            Decimal::from_i128_with_scale(u64::MAX as i128 + 1, 7),
            Decimal::from_i128_with_scale(-(u64::MAX as i128), 20),
        ];
        // A spread of mantissas and scales.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..2000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let m = i128::from(x >> (x % 64)) * if x.is_multiple_of(3) { -1 } else { 1 };
            cases.push(Decimal::from_i128_with_scale(m, (x % 29) as u32));
        }
        for d in cases {
            let mut text = String::new();
            push_decimal(&mut text, d);
            let serde = serde_json::to_string(&d).unwrap_or_default();
            assert_eq!(format!("\"{text}\""), serde, "{d:?}");
        }
    }

    #[test]
    fn amounts_are_rounded_and_written_as_output_and_serde_do() {
        let mut cases = vec![
            dec!(0.0000000000005),
            dec!(0.0000000000015),
            dec!(-0.0000000000025),
            dec!(0.0000000000004999),
            dec!(0.9999999999995),
            dec!(-0.9999999999995),
            dec!(1.0000000000000000000000000001),
            dec!(150000000000000.12345678901234),
            dec!(100.000000000000),
            -Decimal::ZERO,
            Decimal::new(0, 20),
            Decimal::MAX,
            Decimal::MIN,
        ];
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let y = x.rotate_left(29) ^ 0x9e37_79b9_7f4a_7c15;
            // Mantissas up to 96 bits, some with runs of zeros or a 5 in the dropped digits.
            let mut m = (u128::from(x) << 32 | u128::from(y >> 32)) >> (x % 97);
            if x.is_multiple_of(5) {
                m = m / 1_000_000 * 1_000_000 + 500_000;
            }
            let m = (m & ((1u128 << 96) - 1)) as i128 * if y.is_multiple_of(2) { -1 } else { 1 };
            cases.push(Decimal::from_i128_with_scale(m, (y % 29) as u32));
        }
        for d in cases {
            let mut fused = String::new();
            push_output(&mut fused, d);
            let mut two_steps = String::new();
            push_decimal(&mut two_steps, out(d));
            assert_eq!(fused, two_steps, "{d:?}");
        }
    }

    #[test]
    fn the_text_is_what_serde_json_writes_for_project() {
        let base = Raw::map()
            .with("coin", "btc")
            .with("hashrate", "200 TH/s")
            .with("powerWatts", Raw::from(3500u64))
            .with("electricityPrice", "0.08")
            .with("coinPrice", Raw::from(90_000u64))
            .with("difficulty", "150000000000000")
            .with("blockHeight", Raw::from(1_049_000u64))
            .with("startDate", "2026-11-25")
            .with("days", Raw::from(3653u64));
        let rich = base
            .clone()
            .with("hardwareCost", "4000")
            .with("resaleValuePercent", "10")
            .with("taxPercent", "20")
            .with("poolFeePercent", "2")
            .with("offPeakHoursPerDay", "8")
            .with("offPeakElectricityPrice", "0.05")
            .with("difficultyGrowthPercentPerMonth", "2")
            .with("priceChangePercentPerYear", "-10")
            .with("electricityPriceChangePercentPerYear", "3")
            .with("hashrateDecayPercentPerYear", "5")
            .with("currency", "EUR");
        let etc = Raw::map()
            .with("coin", "etc")
            .with("hashrate", "100 MH/s")
            .with("powerWatts", Raw::from(200u64))
            .with("electricityPrice", "0.5")
            .with("coinPrice", "20")
            .with("difficulty", "2000000000000000")
            .with("blockHeight", Raw::from(24_990_000u64))
            .with("startDate", "2028-01-01")
            .with("days", Raw::from(40u64));
        for raw in [base, rich, etc] {
            let input = ProjectionInput::from_raw(&raw).unwrap_or_else(|e| panic!("{e}"));
            let rounded = project(&input).unwrap_or_else(|e| panic!("{e}"));
            let exact = project_unrounded(&input).unwrap_or_else(|e| panic!("{e}"));
            let expected = serde_json::to_string(&rounded).unwrap_or_default();
            assert_eq!(write(&exact), expected);
            assert_eq!(write(&rounded), expected);
            let parts = write_head(&exact).replacen(
                "\"days\":null",
                &format!("\"days\":{}", write_days(&exact.days)),
                1,
            );
            assert_eq!(parts, expected);
        }
    }
}
