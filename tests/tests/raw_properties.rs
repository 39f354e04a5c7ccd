//! Any loosely typed input, for every input type of the core, is `Ok` or a typed error that
//! names its field, never a panic: arbitrary `Raw` trees (numbers as a JS page writes them,
//! text of every shape, lists, nested objects) over each input's own field names, misspellings
//! and prototype-like keys. The JS boundary's own checks (getters, Proxies, BigInt) are fuzzed in
//! Node by `cargo xtask fuzz`.

use minecalc_core::Raw;
use minecalc_core::coins::{expected_height_raw, miner_reward_raw};
use minecalc_core::contract::{self, ContractInput, OutlayInput};
use minecalc_core::estimate::{self, EstimateInput};
use minecalc_core::project::{self, ProjectionInput};
use minecalc_core::risk::{
    self, CompareInput, PortfolioInput, SensitivityInput, SimulationInput, SoloInput,
};
use proptest::prelude::*;

/// Keys of the risk, portfolio and preset inputs that have no shared field table, and keys no
/// input has (prototype names, the empty key, a misspelling, the wrong case).
const OTHER_KEYS: [&str; 15] = [
    "deltaPercent",
    "rig",
    "modes",
    "coins",
    "positions",
    "kind",
    "invested",
    "correlation",
    "algorithm",
    "date",
    "__proto__",
    "constructor",
    "",
    "poolfeepercent",
    "COIN",
];

/// Field names of the inputs, from the core's own field tables (so a new field is fuzzed as
/// soon as it exists), plus [`OTHER_KEYS`].
fn keys() -> Vec<&'static str> {
    let mut keys: Vec<&'static str> = estimate::ESTIMATE_FIELDS
        .iter()
        .chain(&project::PROJECTION_FIELDS)
        .chain(&contract::CONTRACT_FIELDS)
        .chain(&contract::OUTLAY_FIELDS)
        .chain(&risk::SIMULATION_FIELDS)
        .chain(&OTHER_KEYS)
        .copied()
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// Text a page, an attribute or a pasted link might hold.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "",
            " ",
            "0",
            "-0",
            "1",
            "-1",
            "0.1",
            "1e400",
            "-1e400",
            "5e-324",
            "1e-28",
            "1e+21",
            "NaN",
            "Infinity",
            "79228162514264337593543950336",
            "18446744073709551615",
            "9007199254740993",
            "١٢٣",
            "1,5",
            "0x10",
            "1_000",
            ".5",
            "5.",
            "1e",
            "true",
            "no",
            "btc",
            "ltc",
            "kas",
            "xmr",
            "zec",
            "eth",
            "custom",
            "doge",
            "rig",
            "hold",
            "contract",
            "USD",
            "usd",
            "NaN",
            "EUR",
            "<b>",
            "16 GH/s",
            "200 TH/s",
            "1e-28 H/s",
            "GH/s",
            "16 GH/s/s",
            "3.5 kW",
            "420 kSol/s",
            "2026-01-01",
            "2026-02-30",
            "9999-12-31",
            "0001-01-01",
            "antminer-s21",
            "sha256",
            "scrypt",
        ])
        .prop_map(str::to_owned),
        "[0-9]{1,40}(\\.[0-9]{0,40})?(e-?[0-9]{1,4})?",
        "\\PC{0,12}",
        (1usize..20_000).prop_map(|n| "9".repeat(n)),
    ]
}

/// A JS number as the JS boundary writes it (shortest round-trip; exponent form when huge or
/// tiny), or an integer.
fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<f64>().prop_filter_map("finite", |n| n.is_finite().then(|| js_like(n))),
        (0u64..4000).prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| n.to_string()),
    ]
}

fn js_like(n: f64) -> String {
    if n == 0.0 {
        return "0".to_owned();
    }
    let a = n.abs();
    if (1e-7..1e21).contains(&a) {
        format!("{n}")
    } else {
        format!("{n:e}").replace("e", "e+").replace("e+-", "e-")
    }
}

fn leaf() -> impl Strategy<Value = Raw> {
    prop_oneof![
        4 => text().prop_map(Raw::Text),
        3 => number().prop_map(Raw::Number),
        1 => any::<bool>().prop_map(Raw::Bool),
        1 => Just(Raw::Null),
    ]
}

/// A whole input: an object over [`keys`] whose values are leaves, lists or objects again.
fn input() -> impl Strategy<Value = Raw> {
    let value = leaf().prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Raw::List),
            prop::collection::vec((prop::sample::select(keys()), inner), 0..5)
                .prop_map(|pairs| { pairs.into_iter().fold(Raw::map(), |m, (k, v)| m.with(k, v)) }),
        ]
    });
    prop_oneof![
        4 => prop::collection::vec((prop::sample::select(keys()), value.clone()), 0..12).prop_map(|pairs| {
            pairs.into_iter().fold(Raw::map(), |m, (k, v)| m.with(k, v))
        }),
        // A valid base for most inputs, with a few fields replaced: reaches the arithmetic.
        5 => (prop::sample::select(BASES), prop::collection::vec((prop::sample::select(keys()), value), 0..4))
            .prop_map(|(base, pairs)| {
                let base: Raw = serde_json::from_str(base).unwrap_or(Raw::Null);
                pairs.into_iter().fold(base, |m, (k, v)| m.with(k, v))
            }),
        1 => leaf(),
    ]
}

/// Valid inputs (as JSON) the strategy starts from.
const BASES: &[&str] = &[
    r#"{"coin": "ltc", "hashrate": "16 GH/s", "powerWatts": 3425, "electricityPrice": "0.1", "startDate": "2026-01-01", "days": 60, "paths": 20}"#,
    r#"{"coin": "btc", "hashrate": "100 TH/s", "contractPrice": 1000, "contractDays": 30, "startDate": "2026-01-01"}"#,
    r#"{"coin": "kas", "hashrate": "10 TH/s", "startDate": "2026-01-01", "days": 30, "hardwareCost": 5000, "contractHashrate": "5 TH/s"}"#,
    r#"{"rig": "antminer-l7", "electricityPrice": "0.1"}"#,
    r#"{"startDate": "2026-01-01", "days": 30, "paths": 10, "positions": [{"kind": "hold", "coin": "btc", "coins": 1}, {"kind": "rig", "coin": "ltc", "hashrate": "16 GH/s"}]}"#,
    r#"{"coin": "custom", "hashrate": "1 TH/s", "coinPrice": 1, "difficulty": 1, "workPerDifficulty": 1, "blockReward": 1, "blockTimeSeconds": 1, "startDate": "2026-01-01", "days": 30}"#,
];

/// The error names a field and its message starts with that name.
fn typed(err: &minecalc_core::Error) -> Result<(), TestCaseError> {
    let message = err.to_string();
    prop_assert!(!err.field().is_empty(), "no field: {message}");
    prop_assert!(
        message.starts_with(&format!("{}: ", err.field())),
        "message {message:?} does not start with its field {:?}",
        err.field()
    );
    Ok(())
}

/// `Ok` or a typed error, whatever `result` is.
fn check<T>(result: minecalc_core::Result<T>) -> Result<Option<T>, TestCaseError> {
    match result {
        Ok(v) => Ok(Some(v)),
        Err(e) => typed(&e).map(|()| None),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_raw_input_is_ok_or_a_typed_error(raw in input()) {
        if let Some(i) = check(EstimateInput::from_raw(&raw))? {
            check(estimate::estimate(&i))?;
        }
        if let Some(i) = check(ProjectionInput::from_raw(&raw))? {
            check(project::project(&i))?;
        }
        if let Some(i) = check(ContractInput::from_raw(&raw))? {
            check(contract::evaluate_contract(&i))?;
        }
        if let Some(i) = check(OutlayInput::from_raw(&raw))? {
            check(contract::compare_outlay(&i))?;
        }
        if let Some(i) = check(SensitivityInput::from_raw(&raw))? {
            check(risk::sensitivity(&i))?;
        }
        if let Some(i) = check(SoloInput::from_raw(&raw))? {
            check(risk::solo_odds(&i))?;
        }
        if let Some(i) = check(CompareInput::from_raw(&raw))? {
            check(risk::compare(&i))?;
        }
        // Simulations only when small: their cost is paths × days, not the property.
        if let Some(i) = check(SimulationInput::from_raw(&raw))?
            && u64::from(i.paths) * u64::from(i.projection.days) <= 20_000
        {
            check(risk::simulate(&i))?;
        }
        if let Some(i) = check(PortfolioInput::from_raw(&raw))?
            && u64::from(i.paths) * u64::from(i.days) <= 20_000
        {
            check(risk::portfolio(&i))?;
        }
        check(miner_reward_raw(&raw))?;
        check(expected_height_raw(&raw))?;
    }

    #[test]
    fn decimal_text_never_panics_and_keeps_small_exact_values(t in text(), n in any::<i64>()) {
        let _ = minecalc_core::raw::parse_decimal(&t);
        prop_assert_eq!(
            minecalc_core::raw::parse_decimal(&n.to_string()),
            Some(rust_decimal::Decimal::from(n))
        );
    }
}
