//! Property tests for risk and choice, with small path counts: any input gives `Ok` or a typed
//! error; percentiles are ordered, probabilities in 0–1; more volatility widens the band;
//! correlation 1 gives no diversification; solo odds grow with time; rankings come out sorted.

use minecalc_core::Raw;
use minecalc_core::risk::{
    Band, CompareInput, PortfolioInput, SensitivityInput, SimulationInput, SoloInput, compare,
    portfolio, sensitivity, simulate, solo_odds,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// A loose value as JS might send it: decimal text, a number, or something odd.
fn loose() -> impl Strategy<Value = Raw> {
    prop_oneof![
        3 => (0u64..2_000_000, 0u32..6).prop_map(|(m, s)| Raw::Number(Decimal::new(m as i64, s).to_string())),
        2 => (any::<i64>(), 0u32..28).prop_map(|(m, s)| Raw::Text(Decimal::new(m, s).to_string())),
        1 => prop::sample::select(vec![
            "79228162514264337593543950335", "-1", "0", "1e40", "NaN", "abc", "", "2026-02-30",
        ]).prop_map(|s| Raw::Text(s.to_owned())),
        1 => any::<f64>().prop_map(Raw::from),
        1 => Just(Raw::Null),
        1 => any::<bool>().prop_map(Raw::Bool),
        1 => Just(Raw::List(vec![])),
    ]
}

/// A small count (so a run stays quick) or something invalid.
fn small_count(max: u64) -> impl Strategy<Value = Raw> {
    prop_oneof![
        4 => (1..=max).prop_map(Raw::from),
        1 => prop::sample::select(vec!["0", "-3", "20001", "4000", "1.5", "x"]).prop_map(|s| Raw::Text(s.to_owned())),
    ]
}

/// Fields the risk inputs read, each maybe set to a loose value.
const FIELDS: [&str; 24] = [
    "powerWatts",
    "electricityPrice",
    "coinPrice",
    "difficulty",
    "blockReward",
    "blockHeight",
    "txFeesPerBlock",
    "poolFeePercent",
    "uptimePercent",
    "hardwareCost",
    "difficultyGrowthPercentPerMonth",
    "priceChangePercentPerYear",
    "electricityPriceChangePercentPerYear",
    "hashrateDecayPercentPerYear",
    "taxPercent",
    "resaleValuePercent",
    "offPeakHoursPerDay",
    "offPeakElectricityPrice",
    "priceVolatilityPercentPerYear",
    "difficultyVolatilityPercentPerYear",
    "seed",
    "deltaPercent",
    "correlation",
    "contractPrice",
];

/// Any object the risk functions could receive: a coin, a hashrate, a start date, small
/// `days`/`paths`, and a random subset of the other fields with random values.
fn any_input() -> impl Strategy<Value = Raw> {
    let coins = prop::sample::select(vec![
        "btc", "ltc", "doge", "xmr", "zec", "etc", "kas", "rvn", "eth", "custom", "nope",
    ]);
    let hashrates = prop::sample::select(vec![
        "1.3 TH/s",
        "200 TH/s",
        "9.5 GH/s",
        "26783 H/s",
        "420 kSol/s",
        "0 H/s",
        "fast",
        "1e30 EH/s",
    ]);
    (
        coins,
        hashrates,
        prop::option::of(small_count(60)),
        prop::option::of(small_count(40)),
        prop::collection::vec((prop::sample::select(FIELDS.to_vec()), loose()), 0..8),
    )
        .prop_map(|(coin, hashrate, days, paths, extra)| {
            let mut raw = Raw::map()
                .with("coin", coin)
                .with("hashrate", hashrate)
                .with("startDate", "2026-11-25");
            if let Some(d) = days {
                raw.set("days", d);
            }
            if let Some(p) = paths {
                raw.set("paths", p);
            }
            for (k, v) in extra {
                raw.set(k, v);
            }
            raw
        })
}

/// An error must name its field and start its message with it.
fn typed<T>(outcome: Result<T, minecalc_core::Error>) -> Result<(), TestCaseError> {
    if let Err(e) = outcome {
        prop_assert!(!e.field().is_empty());
        prop_assert!(
            e.to_string().starts_with(&format!("{}: ", e.field())),
            "{e}"
        );
    }
    Ok(())
}

fn ordered(b: &Band) -> bool {
    b.p5 <= b.p25 && b.p25 <= b.p50 && b.p50 <= b.p75 && b.p75 <= b.p95
}

fn probability(p: Decimal) -> bool {
    (Decimal::ZERO..=Decimal::ONE).contains(&p)
}

/// A valid rig simulation over `days` with `paths`, seed, volatilities and rig knobs.
#[allow(clippy::too_many_arguments)]
fn rig(
    days: u64,
    paths: u64,
    seed: u64,
    price_vol: u64,
    difficulty_vol: u64,
    kwh_milli: u64,
    shutdown: bool,
    tax: u64,
) -> Raw {
    Raw::map()
        .with("coin", "btc")
        .with("hashrate", "200 TH/s")
        .with("powerWatts", Raw::from(3500u64))
        .with("electricityPrice", Decimal::new(kwh_milli as i64, 3))
        .with("coinPrice", Raw::from(90_000u64))
        .with("difficulty", "120000000000000")
        .with("blockHeight", Raw::from(1_049_800u64))
        .with("hardwareCost", Raw::from(2_000u64))
        .with("taxPercent", Raw::from(tax))
        .with("shutdownWhenUnprofitable", shutdown)
        .with("difficultyGrowthPercentPerMonth", Raw::from(1u64))
        .with("startDate", "2026-11-25")
        .with("days", Raw::from(days))
        .with("paths", Raw::from(paths))
        .with("seed", Raw::from(seed))
        .with("priceVolatilityPercentPerYear", Raw::from(price_vol))
        .with(
            "difficultyVolatilityPercentPerYear",
            Raw::from(difficulty_vol),
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_input_is_ok_or_a_typed_error(raw in any_input()) {
        typed(SimulationInput::from_raw(&raw).and_then(|i| simulate(&i)))?;
        typed(SoloInput::from_raw(&raw).and_then(|i| solo_odds(&i)))?;
        let mut short = raw.clone();
        short.set("days", Raw::from(5u64));
        typed(SensitivityInput::from_raw(&short).and_then(|i| sensitivity(&i)))?;
        typed(SensitivityInput::from_raw(&raw).and_then(|i| sensitivity(&i)))?;
        let mut rig = raw.clone();
        rig.set("kind", "rig");
        let mut hold = raw.clone();
        hold.set("kind", "hold");
        let mut contract = raw.clone();
        contract.set("kind", "contract");
        let mut folio = Raw::map()
            .with("startDate", "2026-11-25")
            .with("positions", Raw::List(vec![rig, hold, contract]));
        for key in ["days", "paths", "correlation", "seed"] {
            if let Some(v) = raw.get(key) {
                folio.set(key, v.clone());
            }
        }
        typed(PortfolioInput::from_raw(&folio).and_then(|i| portfolio(&i)))?;
        let cmp = Raw::map()
            .with("rig", prop_oneof_rig(&raw))
            .with("electricityPrice", raw.get("electricityPrice").cloned().unwrap_or(Raw::Null))
            .with("poolFeePercent", raw.get("poolFeePercent").cloned().unwrap_or(Raw::Null));
        typed(CompareInput::from_raw(&cmp).and_then(|i| compare(&i)))?;
    }

    #[test]
    fn percentiles_are_ordered_and_probabilities_lie_in_0_to_1(
        days in 1u64..400, paths in 1u64..120, seed in 0u64..1000,
        price_vol in 0u64..300, difficulty_vol in 0u64..100,
        kwh in 0u64..150, shutdown in any::<bool>(), tax in 0u64..60,
    ) {
        let raw = rig(days, paths, seed, price_vol, difficulty_vol, kwh, shutdown, tax);
        let s = SimulationInput::from_raw(&raw).and_then(|i| simulate(&i));
        let s = s.map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(s.paths as u64, paths);
        prop_assert!(s.points.len() <= minecalc_core::risk::MAX_POINTS + 1);
        prop_assert!(s.points.windows(2).all(|w| w[0].day < w[1].day));
        prop_assert_eq!(s.points.last().map(|p| p.day as u64), Some(days));
        for p in &s.points {
            prop_assert!(ordered(&p.band), "{:?}", p);
        }
        prop_assert!(ordered(&s.final_profit.band));
        prop_assert!(probability(s.probability_of_loss));
        prop_assert!(probability(s.probability_of_profit));
        prop_assert!(s.probability_of_loss + s.probability_of_profit <= Decimal::ONE);
        prop_assert!(probability(s.running_share) && probability(s.probability_mostly_off));
        prop_assert_eq!(s.shutdown_when_unprofitable, shutdown);
        if !shutdown {
            // Without shutdown the rig runs every day of every future.
            prop_assert_eq!(s.running_share, Decimal::ONE);
            prop_assert_eq!(s.probability_mostly_off, Decimal::ZERO);
        }
        // With a hardware cost the headline is always the chance of paying it back.
        prop_assert_eq!(
            minecalc_core::risk::risk_verdict(&s),
            minecalc_core::risk::RiskVerdict::Payback
        );
        prop_assert!(s.probability_of_payback.is_none_or(probability));
        prop_assert!(s.value_at_risk95 >= Decimal::ZERO);
        prop_assert!(s.median_payback_days.is_none_or(|d| u64::from(d) <= days));
        if shutdown {
            // A rig that switches off never loses money in a day: cumulative profit only grows.
            prop_assert!(s.points.iter().all(|p| p.band.p5 >= Decimal::ZERO));
        }
    }

    #[test]
    fn solo_odds_grow_with_time(
        hashrate_gh in 1u64..100_000_000, difficulty_t in 1u64..200, days in 1u64..36_000,
    ) {
        let odds = |d: u64| {
            let raw = Raw::map()
                .with("coin", "btc")
                .with("hashrate", format!("{hashrate_gh} GH/s"))
                .with("difficulty", Decimal::from(difficulty_t) * Decimal::from(1_000_000_000_000u64))
                .with("days", Raw::from(d));
            SoloInput::from_raw(&raw).and_then(|i| solo_odds(&i)).map_err(|e| TestCaseError::fail(e.to_string()))
        };
        let (short, long) = (odds(days)?, odds(days + 1)?);
        prop_assert!(probability(short.probability_at_least_one));
        prop_assert!(short.probability_at_least_one <= long.probability_at_least_one);
        prop_assert!(short.expected_blocks < long.expected_blocks);
        for w in short.periods.windows(2) {
            prop_assert!(w[0].probability_at_least_one <= w[1].probability_at_least_one);
        }
    }

    #[test]
    fn rankings_and_tornado_rows_are_sorted(
        kwh in 0u64..300, etc_price in 1u64..100, rvn_milli in 1u64..200, delta in 1u64..100,
    ) {
        let raw = Raw::map()
            .with("rig", "rtx-3080")
            .with("electricityPrice", Decimal::new(kwh as i64, 3))
            .with("coins", Raw::map()
                .with("etc", Raw::map().with("coinPrice", Raw::from(etc_price)).with("difficulty", "2000000000000000"))
                .with("rvn", Raw::map().with("coinPrice", Decimal::new(rvn_milli as i64, 3)).with("difficulty", Raw::from(100_000u64))));
        let c = CompareInput::from_raw(&raw).and_then(|i| compare(&i)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(c.rows.len(), 2);
        prop_assert!(c.rows.windows(2).all(|w| w[0].profit >= w[1].profit));
        for r in &c.rows {
            prop_assert!((r.revenue - r.pool_fee - r.electricity - r.profit).abs() <= Decimal::new(2, 12));
        }
        let s = Raw::map()
            .with("coin", "etc")
            .with("hashrate", "97.9 MH/s")
            .with("powerWatts", Raw::from(224u64))
            .with("electricityPrice", Decimal::new(kwh as i64, 3))
            .with("coinPrice", Raw::from(etc_price))
            .with("deltaPercent", Raw::from(delta));
        let t = SensitivityInput::from_raw(&s).and_then(|i| sensitivity(&i)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(t.rows.len(), 6);
        prop_assert!(t.rows.windows(2).all(|w| w[0].impact >= w[1].impact));
        prop_assert!(t.rows.iter().all(|r| r.impact >= Decimal::ZERO));
    }
}

proptest! {
    // Each case simulates hundreds of paths twice: fewer cases keep the suite quick.
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    #[test]
    fn more_volatility_widens_the_band(
        days in 30u64..366, seed in 0u64..1000, low in 0u64..40, gap in 30u64..60,
        kwh in 0u64..40, shutdown in any::<bool>(),
    ) {
        let width = |vol: u64| -> Result<Decimal, TestCaseError> {
            let raw = rig(days, 600, seed, vol, 0, kwh, shutdown, 0);
            let s = SimulationInput::from_raw(&raw).and_then(|i| simulate(&i));
            let s = s.map_err(|e| TestCaseError::fail(e.to_string()))?;
            Ok(s.final_profit.band.p95 - s.final_profit.band.p5)
        };
        let (narrow, wide) = (width(low)?, width(low + gap)?);
        prop_assert!(wide > narrow, "σ {low}%: {narrow}, σ {}%: {wide}", low + gap);
    }

    #[test]
    fn correlation_one_gives_no_diversification(
        days in 10u64..200, seed in 0u64..1000, vol in 5u64..150, invested in 100u64..100_000, change in 0u64..50,
    ) {
        let run = |correlation: &str| -> Result<minecalc_core::risk::Portfolio, TestCaseError> {
            let hold = |coin: &str| {
                Raw::map()
                    .with("kind", "hold")
                    .with("coin", coin)
                    .with("invested", Raw::from(invested))
                    .with("coinPrice", "100")
                    .with("priceChangePercentPerYear", Raw::from(change))
            };
            let raw = Raw::map()
                .with("startDate", "2026-11-25")
                .with("days", Raw::from(days))
                .with("paths", Raw::from(300u64))
                .with("seed", Raw::from(seed))
                .with("correlation", correlation)
                .with("priceVolatilityPercentPerYear", Raw::from(vol))
                .with("positions", Raw::List(vec![hold("btc"), hold("ltc")]));
            PortfolioInput::from_raw(&raw)
                .and_then(|i| portfolio(&i))
                .map_err(|e| TestCaseError::fail(e.to_string()))
        };
        let together = run("1")?;
        let single = together.positions[0].spread_percent;
        prop_assert_eq!(together.positions[1].spread_percent, single);
        prop_assert_eq!(together.combined.spread_percent, single);
        // Equal but for the rounding of each figure to 10 significant digits.
        let (combined, separate) = (together.combined.value_at_risk95, together.separate_value_at_risk95);
        prop_assert!((combined - separate).abs() <= separate * Decimal::new(1, 8), "{combined} vs {separate}");
        // Uncorrelated, the mix is narrower, as long as the spread is not dominated by a few
        // extreme paths (at very high volatility a lognormal's tail makes even averages wide).
        if vol <= 80 {
            let apart = run("0")?;
            prop_assert!(apart.combined.spread_percent < single, "{:?} vs {:?}", apart.combined.spread_percent, single);
            prop_assert!(apart.combined.value_at_risk95 <= apart.separate_value_at_risk95);
        }
    }
}

/// A rig id for `compare`, picked from the input's coin so both valid and unknown ids occur.
fn prop_oneof_rig(raw: &Raw) -> Raw {
    match raw.get("coin") {
        Some(Raw::Text(c)) if c == "btc" => Raw::from("antminer-s21"),
        Some(Raw::Text(c)) if c == "ltc" || c == "doge" => Raw::from("antminer-l7"),
        Some(Raw::Text(c)) if c == "etc" || c == "rvn" => Raw::from("rtx-3080"),
        Some(Raw::Text(c)) if c == "xmr" => Raw::from("ryzen-9-7950x"),
        _ => Raw::from("no-such-rig"),
    }
}
