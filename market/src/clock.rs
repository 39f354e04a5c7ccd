//! The run's UTC time as RFC 3339 text (`2026-12-01T06:00:00Z`) and as a date, from the
//! system clock: the updater reads the clock, the core never does.

use std::time::{SystemTime, UNIX_EPOCH};

/// A moment in whole seconds since the Unix epoch (UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instant(pub u64);

impl Instant {
    /// The system clock now (the epoch if the clock is set before 1970).
    pub fn now() -> Instant {
        Instant::from(SystemTime::now())
    }

    /// `YYYY-MM-DDThh:mm:ssZ`.
    pub fn rfc3339(self) -> String {
        let secs_of_day = self.0 % 86_400;
        format!(
            "{}T{:02}:{:02}:{:02}Z",
            self.date(),
            secs_of_day / 3600,
            secs_of_day % 3600 / 60,
            secs_of_day % 60
        )
    }

    /// `YYYY-MM-DD`.
    pub fn date(self) -> String {
        let (y, m, d) = civil_from_days(self.0 / 86_400);
        format!("{y:04}-{m:02}-{d:02}")
    }
}

impl From<SystemTime> for Instant {
    fn from(t: SystemTime) -> Instant {
        Instant(t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs()))
    }
}

/// The proleptic Gregorian date of day `days` after 1970-01-01 (Howard Hinnant's
/// `civil_from_days`, restricted to days on or after the epoch).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + u64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_known_moments() {
        assert_eq!(Instant(0).rfc3339(), "1970-01-01T00:00:00Z");
        // `date -u -d @1796104800`
        assert_eq!(Instant(1_796_104_800).rfc3339(), "2026-12-01T06:00:00Z");
        // A leap day and the last second of a year.
        assert_eq!(Instant(951_782_400).date(), "2000-02-29");
        assert_eq!(Instant(1_798_761_599).rfc3339(), "2026-12-31T23:59:59Z");
        assert_eq!(Instant(4_107_542_400).date(), "2100-03-01");
    }
}
