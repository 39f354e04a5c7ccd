//! Rig presets: dated hashrate and power figures for common ASICs, GPUs and CPUs, one row per
//! algorithm a rig mines (a GPU mines Etchash and KawPow at different rates). Presets only fill
//! inputs; users can edit every figure.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
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
    pub date: &'static str,
    /// Algorithms this rig mines, the first being its usual one.
    pub modes: &'static [RigMode],
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

/// Every preset, ASICs first, then GPUs, then CPUs.
pub fn all() -> &'static [Rig] {
    &RIGS
}

/// Looks a rig up by id (case-insensitive). `field` names the input for the error.
pub fn find(id: &str, field: &str) -> Result<&'static Rig> {
    let id = id.trim();
    RIGS.iter()
        .find(|r| r.id.eq_ignore_ascii_case(id))
        .ok_or_else(|| {
            let known: Vec<&str> = RIGS.iter().map(|r| r.id).collect();
            Error::invalid(
                field,
                format!("unknown rig \"{id}\"; known rigs: {}", known.join(", ")),
            )
        })
}

const fn mode(algorithm: Algorithm, hashrate: &'static str, power_watts: Decimal) -> RigMode {
    RigMode {
        algorithm,
        hashrate,
        power_watts,
    }
}

const fn asic(
    id: &'static str,
    name: &'static str,
    maker: &'static str,
    date: &'static str,
    modes: &'static [RigMode],
) -> Rig {
    Rig {
        id,
        name,
        maker,
        kind: RigKind::Asic,
        date,
        modes,
    }
}

use Algorithm::{Equihash, Etchash, KHeavyHash, KawPow, RandomX, Scrypt, Sha256};

// Figures from the makers' spec sheets (Bitmain, MicroBT, Canaan, the open-source Bitaxe
// project); GPU and CPU rates are typical tuned figures from public benchmark tables.
static RIGS: [Rig; 18] = [
    asic(
        "antminer-s21",
        "Antminer S21",
        "Bitmain",
        "2023-10",
        &[mode(Sha256, "200 TH/s", dec!(3500))],
    ),
    asic(
        "antminer-s21-pro",
        "Antminer S21 Pro",
        "Bitmain",
        "2024-07",
        &[mode(Sha256, "234 TH/s", dec!(3510))],
    ),
    asic(
        "antminer-s21-xp",
        "Antminer S21 XP",
        "Bitmain",
        "2024-07",
        &[mode(Sha256, "270 TH/s", dec!(3645))],
    ),
    asic(
        "antminer-s19-pro",
        "Antminer S19 Pro",
        "Bitmain",
        "2020-05",
        &[mode(Sha256, "110 TH/s", dec!(3250))],
    ),
    asic(
        "antminer-s19-xp",
        "Antminer S19 XP",
        "Bitmain",
        "2022-07",
        &[mode(Sha256, "140 TH/s", dec!(3010))],
    ),
    asic(
        "whatsminer-m60",
        "Whatsminer M60",
        "MicroBT",
        "2023-10",
        &[mode(Sha256, "186 TH/s", dec!(3425))],
    ),
    asic(
        "avalon-a1566",
        "Avalon A1566 / A16 class",
        "Canaan",
        "2025-01",
        &[mode(Sha256, "282 TH/s", dec!(3900))],
    ),
    asic(
        "bitaxe-gamma",
        "Bitaxe Gamma (home miner)",
        "Bitaxe (open hardware)",
        "2024-09",
        &[mode(Sha256, "1.3 TH/s", dec!(19))],
    ),
    asic(
        "antminer-l7",
        "Antminer L7",
        "Bitmain",
        "2021-11",
        &[mode(Scrypt, "9.5 GH/s", dec!(3425))],
    ),
    asic(
        "antminer-l9",
        "Antminer L9",
        "Bitmain",
        "2024-08",
        &[mode(Scrypt, "16 GH/s", dec!(3360))],
    ),
    asic(
        "antminer-ks5-pro",
        "Antminer KS5 Pro",
        "Bitmain",
        "2024-03",
        &[mode(KHeavyHash, "21 TH/s", dec!(3150))],
    ),
    asic(
        "antminer-z15",
        "Antminer Z15",
        "Bitmain",
        "2022-06",
        &[mode(Equihash, "420 kSol/s", dec!(1510))],
    ),
    asic(
        "antminer-z15-pro",
        "Antminer Z15 Pro",
        "Bitmain",
        "2023-06",
        &[mode(Equihash, "840 kSol/s", dec!(2780))],
    ),
    Rig {
        id: "rtx-3080",
        name: "NVIDIA GeForce RTX 3080",
        maker: "NVIDIA",
        kind: RigKind::Gpu,
        date: "2020-09",
        modes: &[
            mode(Etchash, "97.9 MH/s", dec!(224)),
            mode(KawPow, "46.4 MH/s", dec!(279)),
        ],
    },
    Rig {
        id: "rtx-4090",
        name: "NVIDIA GeForce RTX 4090",
        maker: "NVIDIA",
        kind: RigKind::Gpu,
        date: "2022-10",
        modes: &[
            mode(Etchash, "130 MH/s", dec!(300)),
            mode(KawPow, "60 MH/s", dec!(330)),
        ],
    },
    Rig {
        id: "rx-6800-xt",
        name: "AMD Radeon RX 6800 XT",
        maker: "AMD",
        kind: RigKind::Gpu,
        date: "2020-11",
        modes: &[
            mode(Etchash, "64 MH/s", dec!(150)),
            mode(KawPow, "33 MH/s", dec!(220)),
        ],
    },
    Rig {
        id: "ryzen-9-7950x",
        name: "AMD Ryzen 9 7950X",
        maker: "AMD",
        kind: RigKind::Cpu,
        date: "2022-09",
        modes: &[mode(RandomX, "26783 H/s", dec!(140))],
    },
    Rig {
        id: "ryzen-9-5950x",
        name: "AMD Ryzen 9 5950X",
        maker: "AMD",
        kind: RigKind::Cpu,
        date: "2020-11",
        modes: &[mode(RandomX, "19000 H/s", dec!(125))],
    },
];

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
