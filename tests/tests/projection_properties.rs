//! Property tests for projections, contracts and outlay comparisons: any input gives `Ok` or a
//! typed error naming a field (never a panic); faster difficulty growth never raises total
//! profit; with shutdown on, no day loses money; a contract's days never lose money while it
//! ends when unprofitable.

use minecalc_core::contract::{self, ContractInput, OutlayInput};
use minecalc_core::project::{self, ProjectionInput};
use minecalc_core::{Error, Raw};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Decimal text: small ordinary values, Decimal's extremes, and junk.
fn decimal_text() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => (-2_000i64..2_000_000, 0u32..4).prop_map(|(m, s)| Decimal::new(m, s).to_string()),
        2 => (any::<i64>(), 0u32..28).prop_map(|(m, s)| Decimal::new(m, s).to_string()),
        1 => prop::sample::select(vec![
            "79228162514264337593543950335",
            "-79228162514264337593543950335",
            "0.0000000000000000000000000001",
            "-99.9999999999",
            "1e40",
            "3653",
            "NaN",
            "",
            "abc",
        ])
        .prop_map(str::to_owned),
    ]
}

/// A value as JS might send it: decimal text, a number, a date, or something odd.
fn loose() -> impl Strategy<Value = Raw> {
    prop_oneof![
        4 => decimal_text().prop_map(Raw::Text),
        3 => decimal_text().prop_map(Raw::Number),
        1 => prop::sample::select(vec!["2026-11-25", "9999-12-31", "2025-02-29", "0001-01-01"])
            .prop_map(Raw::from),
        1 => any::<bool>().prop_map(Raw::Bool),
        1 => Just(Raw::Null),
        1 => Just(Raw::List(vec![])),
    ]
}

const COINS: [(&str, &str); 11] = [
    ("btc", "TH/s"),
    ("bch", "TH/s"),
    ("ltc", "GH/s"),
    ("doge", "GH/s"),
    ("xmr", "kH/s"),
    ("zec", "kSol/s"),
    ("etc", "MH/s"),
    ("kas", "TH/s"),
    ("rvn", "MH/s"),
    ("custom", "MH/s"),
    ("eth", "MH/s"),
];

/// Every field the three inputs know, so random objects exercise each reader.
const FIELDS: [&str; 31] = [
    "powerWatts",
    "electricityPrice",
    "coinPrice",
    "difficulty",
    "networkHashrate",
    "blockReward",
    "blockHeight",
    "txFeesPerBlock",
    "blockTimeSeconds",
    "workPerDifficulty",
    "poolFeePercent",
    "uptimePercent",
    "overheadPercent",
    "hardwareCost",
    "days",
    "difficultyGrowthPercentPerMonth",
    "priceChangePercentPerYear",
    "electricityPriceChangePercentPerYear",
    "hashrateDecayPercentPerYear",
    "taxPercent",
    "shutdownWhenUnprofitable",
    "resaleValuePercent",
    "offPeakHoursPerDay",
    "offPeakElectricityPrice",
    "contractPrice",
    "maintenanceFeePerDay",
    "contractDays",
    "endsWhenUnprofitable",
    "contractHashrate",
    "contractEndsWhenUnprofitable",
    "maintenanceFeePerUnitPerDay",
];

/// Any input object, valid or not. Day counts are capped by the generator only through the
/// values it picks (most are small), so a run stays quick.
fn any_input() -> impl Strategy<Value = Raw> {
    (
        prop::sample::select(COINS.to_vec()),
        (0u32..1000, decimal_text()),
        prop::option::of(loose()),
        prop::collection::vec((prop::sample::select(FIELDS.to_vec()), loose()), 0..14),
        (1u64..60, 1u64..60),
    )
        .prop_map(|((coin, unit), (n, junk), start, fields, (days, contract_days))| {
            let hashrate = if n % 7 == 0 { junk } else { format!("{n} {unit}") };
            let mut raw = Raw::map()
                .with("coin", coin)
                .with("hashrate", hashrate.clone())
                .with("contractHashrate", hashrate)
                .with("days", days)
                .with("contractDays", contract_days)
                .with("startDate", "2026-11-25")
                .with("contractPrice", "1000")
                .with("hardwareCost", "1000");
            if let Some(s) = start {
                raw.set("startDate", s);
            }
            for (key, value) in fields {
                // Keep horizons short for speed: a long one is tested on its own.
                let long = matches!(key, "days" | "contractDays")
                    && matches!(&value, Raw::Number(t) | Raw::Text(t) if t.parse::<u64>().is_ok_and(|d| d > 400));
                if !long {
                    raw.set(key, value);
                }
            }
            raw
        })
}

/// An error names a field and says something.
fn typed(e: &Error) -> bool {
    !e.field().is_empty() && !e.to_string().is_empty()
}

/// A valid projection whose market path the laws vary.
#[derive(Debug, Clone)]
struct Rig {
    coin: &'static str,
    hashrate: String,
    watts: u32,
    kwh: Decimal,
    price_change: Decimal,
    decay: Decimal,
    tax: Decimal,
    off_peak: Option<(u32, Decimal)>,
    uptime: u32,
    days: u64,
}

fn rig() -> impl Strategy<Value = Rig> {
    let coin = prop::sample::select(vec![
        ("btc", "TH/s", 50u32..500),
        ("ltc", "GH/s", 1..20),
        ("etc", "MH/s", 50..5000),
        ("kas", "TH/s", 1..30),
        ("zec", "kSol/s", 100..1000),
        ("rvn", "MH/s", 10..500),
    ])
    .prop_flat_map(|(c, u, r)| r.prop_map(move |n| (c, format!("{n} {u}"))));
    (
        coin,
        0u32..5000,
        (0i64..300, -900i64..3000, 0i64..500, 0i64..60),
        prop::option::of((0u32..=24, 0i64..300)),
        50u32..=100,
        1u64..200,
    )
        .prop_map(
            |((coin, hashrate), watts, (kwh, price, decay, tax), off, uptime, days)| Rig {
                coin,
                hashrate,
                watts,
                kwh: Decimal::new(kwh, 3),
                price_change: Decimal::new(price, 1),
                decay: Decimal::new(decay, 1),
                tax: Decimal::new(tax, 0),
                off_peak: off.map(|(h, p)| (h, Decimal::new(p, 3))),
                uptime,
                days,
            },
        )
}

impl Rig {
    fn raw(&self, growth: Decimal, shutdown: bool) -> Raw {
        let mut raw = Raw::map()
            .with("coin", self.coin)
            .with("hashrate", self.hashrate.as_str())
            .with("powerWatts", u64::from(self.watts))
            .with("electricityPrice", self.kwh)
            .with("startDate", "2026-11-25")
            .with("days", self.days)
            .with("difficultyGrowthPercentPerMonth", growth)
            .with("priceChangePercentPerYear", self.price_change)
            .with("hashrateDecayPercentPerYear", self.decay)
            .with("electricityPriceChangePercentPerYear", "3")
            .with("taxPercent", self.tax)
            .with("uptimePercent", u64::from(self.uptime))
            .with("shutdownWhenUnprofitable", shutdown);
        if let Some((h, p)) = self.off_peak {
            raw.set("offPeakHoursPerDay", u64::from(h));
            raw.set("offPeakElectricityPrice", p);
        }
        raw
    }

    fn project(&self, growth: Decimal, shutdown: bool) -> project::Projection {
        ProjectionInput::from_raw(&self.raw(growth, shutdown))
            .and_then(|i| project::project(&i))
            .unwrap_or_else(|e| panic!("{self:?}: {e}"))
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_input_is_ok_or_a_typed_error(raw in any_input()) {
        if let Err(e) = ProjectionInput::from_raw(&raw).and_then(|i| project::project(&i)) {
            prop_assert!(typed(&e), "{e:?}");
        }
        if let Err(e) = ContractInput::from_raw(&raw).and_then(|i| contract::evaluate_contract(&i)) {
            prop_assert!(typed(&e), "{e:?}");
        }
        if let Err(e) = OutlayInput::from_raw(&raw).and_then(|i| contract::compare_outlay(&i)) {
            prop_assert!(typed(&e), "{e:?}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn faster_difficulty_growth_never_raises_total_profit(
        rig in rig(),
        a in -500i64..2000,
        b in -500i64..2000,
        shutdown in any::<bool>(),
    ) {
        let (slow, fast) = (Decimal::new(a.min(b), 1), Decimal::new(a.max(b), 1));
        let p_slow = rig.project(slow, shutdown);
        let p_fast = rig.project(fast, shutdown);
        prop_assert!(
            p_fast.total_profit <= p_slow.total_profit,
            "growth {fast}% gave {} > {} at {slow}%", p_fast.total_profit, p_slow.total_profit
        );
        prop_assert!(p_fast.total_coins <= p_slow.total_coins);
    }

    #[test]
    fn with_shutdown_no_day_loses_money(rig in rig(), growth in -500i64..2000) {
        let p = rig.project(Decimal::new(growth, 1), true);
        for d in &p.days {
            prop_assert!(d.profit >= Decimal::ZERO, "{} lost {}", d.date, d.profit);
            prop_assert!(d.hours_run <= Decimal::from(24));
        }
        // Shutdown can only help: the same rig forced to run never ends up ahead.
        let forced = rig.project(Decimal::new(growth, 1), false);
        prop_assert!(forced.total_profit <= p.total_profit);
    }

    #[test]
    fn a_contract_that_ends_when_unprofitable_never_has_a_losing_day(
        fee in 0i64..2000,
        growth in -200i64..2000,
        days in 1u64..400,
    ) {
        let raw = Raw::map()
            .with("coin", "btc")
            .with("hashrate", "100 TH/s")
            .with("startDate", "2026-11-25")
            .with("contractDays", days)
            .with("contractPrice", "1500")
            .with("maintenanceFeePerDay", Decimal::new(fee, 2))
            .with("difficultyGrowthPercentPerMonth", Decimal::new(growth, 1));
        let c = ContractInput::from_raw(&raw)
            .and_then(|i| contract::evaluate_contract(&i))
            .unwrap_or_else(|e| panic!("{e}"));
        prop_assert!(c.days.iter().all(|d| d.profit >= Decimal::ZERO));
        prop_assert_eq!(c.days.len() as u64 == days, c.ended_early_on.is_none());
    }
}
