//! A small proleptic-Gregorian calendar date (`YYYY-MM-DD`) for projections: parse, format,
//! add days, count days between. No clock and no time zone: the caller supplies "today".

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::{Serialize, Serializer};

use crate::error::{Error, Result};
use crate::raw::Fields;

/// A calendar date between 0001-01-01 and 9999-12-31, stored as days since 1970-01-01.
///
/// Conversions use Howard Hinnant's `days_from_civil` / `civil_from_days` algorithms
/// (<https://howardhinnant.github.io/date_algorithms.html>), exact for the whole range.
/// Serializes as the text `"YYYY-MM-DD"`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    days: i64,
}

/// Days from 1970-01-01 to 0001-01-01 and to 9999-12-31.
const MIN_DAYS: i64 = -719_162;
const MAX_DAYS: i64 = 2_932_896;

impl Date {
    /// The earliest date: 0001-01-01.
    pub const MIN: Date = Date { days: MIN_DAYS };
    /// The latest date: 9999-12-31.
    pub const MAX: Date = Date { days: MAX_DAYS };

    /// The date `year-month-day`, or `None` if no such day exists (or the year is outside
    /// 1–9999).
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
            days: days_from_civil(i64::from(year), month, day),
        })
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        self.days
    }

    /// The date `days` after 1970-01-01, or `None` outside 0001-01-01..=9999-12-31.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        (MIN_DAYS..=MAX_DAYS)
            .contains(&days)
            .then_some(Date { days })
    }

    /// Parses `YYYY-MM-DD` (exactly four, two and two digits). Errors name `field`.
    pub fn parse(text: &str, field: &str) -> Result<Date> {
        let t = text.trim();
        let bad = || {
            Error::invalid(
                field,
                format!("must be a date written YYYY-MM-DD, like 2026-11-25, got \"{t}\""),
            )
        };
        let b = t.as_bytes();
        let shape_ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape_ok {
            return Err(bad());
        }
        // Every byte but the dashes is an ASCII digit (checked above), so these cannot fail.
        let num = |r: std::ops::Range<usize>| {
            b.get(r)
                .unwrap_or_default()
                .iter()
                .fold(0u32, |n, c| n * 10 + u32::from(c - b'0'))
        };
        let (y, m, d) = (num(0..4), num(5..7), num(8..10));
        let year = i32::try_from(y).map_err(|_| bad())?;
        Date::from_ymd(year, m, d)
            .ok_or_else(|| Error::invalid(field, format!("{t} is not a day in the calendar")))
    }

    /// Reads an optional date field through [`Fields`] (absent, null or blank → `None`).
    pub fn read(f: &Fields, key: &str) -> Result<Option<Date>> {
        f.text(key)?
            .map(|t| Date::parse(&t, &f.name(key)))
            .transpose()
    }

    /// The date `n` days later (earlier for negative `n`), or `None` past the supported range.
    pub fn add_days(self, n: i64) -> Option<Date> {
        self.days
            .checked_add(n)
            .and_then(Date::from_days_since_epoch)
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.days - self.days
    }

    /// The year, 1–9999.
    pub fn year(self) -> i32 {
        // Within MIN_DAYS..=MAX_DAYS the year is 1..=9999, so the conversion cannot fail.
        i32::try_from(civil_from_days(self.days).0).unwrap_or(0)
    }

    /// The month, 1–12.
    pub fn month(self) -> u32 {
        civil_from_days(self.days).1
    }

    /// The day of the month, 1–31.
    pub fn day(self) -> u32 {
        civil_from_days(self.days).2
    }
}

/// Whether `year` is a Gregorian leap year.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` (1–12) of `year`.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of the civil date `y-m-d` (Hinnant's `days_from_civil`).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let (m, d) = (i64::from(m), i64::from(d));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400; // [0, 399]
    let mp = (m + 9) % 12; // March = 0
    let doy = (153 * mp + 2) / 5 + d - 1; // [0, 365]
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    era * 146_097 + doe - 719_468
}

/// The civil date (year, month, day) of a day count since 1970-01-01 (Hinnant's
/// `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097; // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11]
    let d = doy - (153 * mp + 2) / 5 + 1; // [1, 31]
    let m = if mp < 10 { mp + 3 } else { mp - 9 }; // [1, 12]
    let y = yoe + era * 400 + i64::from(m <= 2);
    // d and m are small and positive by construction.
    (
        y,
        u32::try_from(m).unwrap_or(1),
        u32::try_from(d).unwrap_or(1),
    )
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = civil_from_days(self.days);
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Date({self})")
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct DateVisitor;
        impl Visitor<'_> for DateVisitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date written YYYY-MM-DD")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<Date, E> {
                Date::parse(v, "date").map_err(|e| E::custom(e.to_string()))
            }
        }
        d.deserialize_str(DateVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        Date::parse(s, "d").unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn known_day_numbers() {
        assert_eq!(date("1970-01-01").days_since_epoch(), 0);
        assert_eq!(date("2000-03-01").days_since_epoch(), 11_017);
        assert_eq!(date("2009-01-03").days_since_epoch(), 14_247); // Bitcoin's genesis block
        assert_eq!(date("1969-12-31").days_since_epoch(), -1);
        assert_eq!(Date::MIN.to_string(), "0001-01-01");
        assert_eq!(Date::MAX.to_string(), "9999-12-31");
    }

    #[test]
    fn round_trips_every_day_of_four_centuries() {
        let start = date("1900-01-01").days_since_epoch();
        let mut expected = (1900, 1, 1);
        for n in start..start + 146_097 {
            let d = Date::from_days_since_epoch(n).unwrap_or(Date::MIN);
            assert_eq!((d.year(), d.month(), d.day()), expected, "day {n}");
            assert_eq!(Date::parse(&d.to_string(), "d"), Ok(d));
            let (y, m, dd) = expected;
            expected = if dd < days_in_month(y, m) {
                (y, m, dd + 1)
            } else if m < 12 {
                (y, m + 1, 1)
            } else {
                (y + 1, 1, 1)
            };
        }
    }

    #[test]
    fn adds_and_counts_days() {
        let d = date("2024-02-28");
        assert_eq!(
            d.add_days(1).map(|d| d.to_string()),
            Some("2024-02-29".into())
        );
        assert_eq!(
            d.add_days(2).map(|d| d.to_string()),
            Some("2024-03-01".into())
        );
        assert_eq!(
            d.add_days(-59).map(|d| d.to_string()),
            Some("2023-12-31".into())
        );
        assert_eq!(d.days_until(date("2028-04-17")), 1510);
        assert_eq!(Date::MAX.add_days(1), None);
        assert_eq!(Date::MIN.add_days(-1), None);
        assert_eq!(d.add_days(i64::MAX), None);
    }

    #[test]
    fn rejects_bad_text_by_field() {
        let msg = |s: &str| Date::parse(s, "startDate").err().map(|e| e.to_string());
        assert_eq!(
            msg("25.11.2026").as_deref(),
            Some(
                "startDate: must be a date written YYYY-MM-DD, like 2026-11-25, got \"25.11.2026\""
            )
        );
        assert_eq!(
            msg("2025-02-29").as_deref(),
            Some("startDate: 2025-02-29 is not a day in the calendar")
        );
        for bad in [
            "",
            "2026-1-25",
            "2026-13-01",
            "0000-01-01",
            "2026-11-25T00:00",
            "+026-11-25",
            "２026-11-25",
        ] {
            assert!(msg(bad).is_some(), "{bad}");
        }
        assert_eq!(date(" 2026-11-25 ").to_string(), "2026-11-25");
        assert!(Date::parse("2000-02-29", "d").is_ok());
        assert!(Date::parse("1900-02-29", "d").is_err());
    }

    #[test]
    fn serde_is_the_text_form() {
        let d = date("2028-04-17");
        assert_eq!(
            serde_json::to_string(&d).ok().as_deref(),
            Some("\"2028-04-17\"")
        );
        let back: std::result::Result<Date, _> = serde_json::from_str("\"2028-04-17\"");
        assert_eq!(back.ok(), Some(d));
        let bad: std::result::Result<Date, _> = serde_json::from_str("\"2028-4-17\"");
        assert!(bad.is_err());
    }
}
