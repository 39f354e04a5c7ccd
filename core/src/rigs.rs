//! Rig presets: dated hashrate and power figures for common ASICs, GPUs and CPUs, one row per
//! algorithm a rig mines (a GPU mines Etchash and KawPow at different rates). Presets only fill
//! inputs; users can edit every figure. Rows, each with its source: `rig_table.rs`.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::coins::{self, Algorithm, Coin};
use crate::error::{Error, Result};
use crate::units::{HashUnit, Hashrate};

/// What kind of hardware a rig is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum RigKind {
    Asic,
    Gpu,
    Cpu,
}

impl RigKind {
    /// `ASIC`, `GPU` or `CPU`.
    pub fn label(self) -> &'static str {
        match self {
            RigKind::Asic => "ASIC",
            RigKind::Gpu => "GPU",
            RigKind::Cpu => "CPU",
        }
    }
}

/// One algorithm a rig mines, at the hashrate and power of its spec sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RigMode {
    pub algorithm: Algorithm,
    /// Hashrate as text with its unit, e.g. `"200 TH/s"` (the form the `hashrate` input takes).
    pub hashrate: &'static str,
    /// Power at the wall in watts.
    pub power_watts: Decimal,
}

impl RigMode {
    /// The parsed hashrate (in the algorithm's unit family).
    pub fn hashrate(&self) -> Result<Hashrate> {
        Hashrate::parse(self.hashrate, hash_unit(self.algorithm), "hashrate")
    }
}

/// A rig preset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rig {
    /// Kebab-case id used by the API and the widget's `rig` attribute, e.g. `antminer-s21`.
    pub id: &'static str,
    /// Display name, e.g. `Antminer S21`.
    pub name: &'static str,
    pub maker: &'static str,
    pub kind: RigKind,
    /// When the figures were published (`YYYY-MM`): the maker's sheet, or for GPUs and CPUs
    /// the launch month (their hashrates come from public benchmark tables, not the maker).
    /// Where the maker's sheet could not be dated, the month of the cited `spec_source`.
    pub date: &'static str,
    /// Algorithms this rig mines, the first being its usual one.
    pub modes: &'static [RigMode],
    /// Where the hashrate and power figures come from (URL or repository and path) and that
    /// source's month; `"unverified: …"` where a carried-over figure could not be re-sourced.
    /// Empty when the crate is built without its `citations` feature.
    pub spec_source: &'static str,
    /// One line for the user: cooling or form factor, caveats, how a figure was derived.
    /// Empty without the `citations` feature.
    pub note: &'static str,
}

impl Rig {
    /// The mode for `algorithm`, if this rig mines it.
    pub fn mode(&self, algorithm: Algorithm) -> Option<&'static RigMode> {
        self.modes.iter().find(|m| m.algorithm == algorithm)
    }

    /// Mineable coins of the table that this rig can mine, in table order.
    pub fn coins(&self) -> impl Iterator<Item = &'static Coin> + '_ {
        coins::all()
            .iter()
            .filter(move |c| c.mineable && self.mode(c.algorithm).is_some())
    }
}

/// The unit family an algorithm's hashrate is measured in: Sol/s for Equihash, else H/s.
pub fn hash_unit(algorithm: Algorithm) -> HashUnit {
    match algorithm {
        Algorithm::Equihash => HashUnit::Sol,
        _ => HashUnit::Hash,
    }
}

/// Every preset, ASICs first, then GPUs, then CPUs. Rows: `rig_table.rs`.
pub fn all() -> &'static [Rig] {
    &crate::rig_table::RIGS
}

/// Looks a rig up by id (case-insensitive). `field` names the input for the error.
pub fn find(id: &str, field: &str) -> Result<&'static Rig> {
    let id = id.trim();
    all()
        .iter()
        .find(|r| r.id.eq_ignore_ascii_case(id))
        .ok_or_else(|| {
            let known: Vec<&str> = all().iter().map(|r| r.id).collect();
            Error::invalid(
                field,
                format!("unknown rig \"{id}\"; known rigs: {}", known.join(", ")),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_parses_and_ids_are_unique_kebab_case() {
        let mut ids: Vec<&str> = all().iter().map(|r| r.id).collect();
        for rig in all() {
            assert!(
                rig.id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{}",
                rig.id
            );
            assert!(!rig.modes.is_empty(), "{}", rig.id);
            assert_eq!(rig.date.len(), 7, "{}", rig.id);
            for m in rig.modes {
                let h = m.hashrate().map(|h| h.per_second() > Decimal::ZERO);
                assert_eq!(h, Ok(true), "{} {:?}", rig.id, m.algorithm);
            }
        }
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), all().len());
    }

    /// The newest month a row may carry: the month this catalogue was compiled.
    const CATALOGUE_MONTH: &str = "2026-12";

    #[test]
    fn every_row_cites_a_source_and_a_valid_month() {
        for rig in all() {
            assert!(
                !rig.spec_source.trim().is_empty(),
                "{}: no spec source",
                rig.id
            );
            assert!(!rig.note.trim().is_empty(), "{}: no note", rig.id);
            assert!(!rig.maker.trim().is_empty(), "{}: no maker", rig.id);
            let (year, month) = rig.date.split_once('-').unwrap_or(("", ""));
            let year_ok = year.len() == 4 && year.parse::<u16>().is_ok_and(|y| y >= 2013);
            let month_ok =
                month.len() == 2 && month.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m));
            assert!(
                year_ok && month_ok,
                "{}: date {:?} is not YYYY-MM",
                rig.id,
                rig.date
            );
            assert!(
                rig.date <= CATALOGUE_MONTH,
                "{}: date {} is in the future",
                rig.id,
                rig.date
            );
            let plausible_watts = |m: &RigMode| m.power_watts > Decimal::ZERO;
            assert!(
                rig.modes.iter().all(plausible_watts),
                "{}: power must be positive",
                rig.id
            );
        }
    }

    #[test]
    fn finds_rigs_and_their_coins() {
        let s21 = find("Antminer-S21", "rig").map(|r| r.name);
        assert_eq!(s21, Ok("Antminer S21"));
        let gpu = find("rtx-3080", "rig").map(|r| r.coins().map(|c| c.id).collect::<Vec<_>>());
        assert_eq!(gpu, Ok(vec!["etc", "rvn"]));
        let err = find("s9000", "rig").err().map(|e| e.field().to_owned());
        assert_eq!(err.as_deref(), Some("rig"));
    }
}
