//! Boundary tests for `project`, `evaluateContract` and `compareOutlay`: JS objects in and
//! out (arrays of days, dates as text, null for absent values), numbers and decimal strings,
//! thrown errors with `.field`, and recovery after an error. The arithmetic is tested
//! natively in `minecalc-tests` (tests/vectors/projection, contract, outlay).
#![cfg(target_arch = "wasm32")]
// These tests read the module's own outputs, plain objects it made: the boundary rule in
// wasm/clippy.toml is about the page's values.
#![allow(clippy::disallowed_methods)]

use js_sys::{Array, Object, Reflect};
use minecalc_wasm::api::time::{compare_outlay, evaluate_contract, project};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let obj = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&obj, &JsValue::from_str(k), v);
    }
    obj.into()
}

fn with(base: &JsValue, key: &str, value: JsValue) -> JsValue {
    let copy = Object::assign(&Object::new(), base.unchecked_ref());
    let _ = Reflect::set(&copy, &JsValue::from_str(key), &value);
    copy.into()
}

fn get(v: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(v.clone(), |acc, key| {
        Reflect::get(&acc, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    })
}

fn text(v: &JsValue, path: &str) -> Option<String> {
    get(v, path).as_string()
}

/// A custom chain with round numbers: 1 coin a day at $150, 1 kW at $0.10.
fn rig() -> JsValue {
    object(&[
        ("coin", "custom".into()),
        ("blockTimeSeconds", JsValue::from_f64(60.0)),
        ("workPerDifficulty", JsValue::from_f64(1.0)),
        ("difficulty", "86400000".into()),
        ("hashrate", "1000 H/s".into()),
        ("blockReward", JsValue::from_f64(1.0)),
        ("coinPrice", JsValue::from_f64(150.0)),
        ("powerWatts", JsValue::from_f64(1000.0)),
        ("electricityPrice", JsValue::from_f64(0.1)),
        ("startDate", "2026-11-25".into()),
        ("days", JsValue::from_f64(10.0)),
    ])
}

fn message(err: &JsValue) -> (String, Option<String>) {
    let e: &js_sys::Error = err.unchecked_ref();
    (String::from(e.message()), text(err, "field"))
}

#[wasm_bindgen_test]
fn project_returns_days_as_an_array_of_plain_objects() {
    let out =
        project(with(&rig(), "hardwareCost", JsValue::from_f64(1000.0))).unwrap_or(JsValue::NULL);
    let days = get(&out, "days");
    assert!(Array::is_array(&days));
    let days: Array = days.unchecked_into();
    assert_eq!(days.length(), 10);
    let first = days.get(0);
    assert_eq!(text(&first, "date").as_deref(), Some("2026-11-25"));
    assert_eq!(text(&first, "profit").as_deref(), Some("147.6"));
    // 0.1 arrives as exactly "0.1": 1 kW × 24 h × 0.1.
    assert_eq!(text(&first, "electricity").as_deref(), Some("2.4"));
    assert_eq!(get(&first, "height").as_f64(), Some(0.0));
    assert_eq!(text(&out, "totalProfit").as_deref(), Some("1476"));
    assert_eq!(text(&out, "paybackDate").as_deref(), Some("2026-12-01"));
    assert_eq!(text(&out, "endDate").as_deref(), Some("2026-12-04"));
    assert!(Array::is_array(&get(&out, "halvings")));
}

#[wasm_bindgen_test]
fn absent_values_are_null() {
    let out = project(rig()).unwrap_or(JsValue::UNDEFINED);
    assert!(get(&out, "paybackDate").is_null());
    assert!(get(&out, "roiPercent").is_null());
    assert!(get(&out, "hardwareCost").is_null());
}

#[wasm_bindgen_test]
fn numbers_and_decimal_strings_agree() {
    let a = project(with(
        &rig(),
        "priceChangePercentPerYear",
        JsValue::from_f64(12.5),
    ));
    let b = project(with(&rig(), "priceChangePercentPerYear", "12.5".into()));
    let (a, b) = (a.unwrap_or(JsValue::NULL), b.unwrap_or(JsValue::NULL));
    assert!(text(&a, "totalProfit").is_some());
    assert_eq!(text(&a, "totalProfit"), text(&b, "totalProfit"));
    let days = with(&rig(), "days", "10".into());
    assert_eq!(
        text(&project(days).unwrap_or(JsValue::NULL), "totalProfit").as_deref(),
        Some("1476")
    );
}

#[wasm_bindgen_test]
fn errors_name_their_field_and_the_module_recovers() {
    let err = project(with(&rig(), "startDate", "25/11/2026".into()))
        .err()
        .unwrap_or(JsValue::NULL);
    assert_eq!(
        message(&err),
        (
            "startDate: must be a date written YYYY-MM-DD, like 2026-11-25, got \"25/11/2026\""
                .to_owned(),
            Some("startDate".to_owned())
        )
    );
    let err = project(with(&rig(), "days", JsValue::from_f64(4000.0)))
        .err()
        .unwrap_or(JsValue::NULL);
    assert_eq!(message(&err).1.as_deref(), Some("days"));
    let err = project(JsValue::UNDEFINED).err().unwrap_or(JsValue::NULL);
    assert_eq!(message(&err).1.as_deref(), Some("input"));
    // Still working afterwards.
    assert!(project(rig()).is_ok());
}

fn contract_input() -> JsValue {
    object(&[
        ("coin", "custom".into()),
        ("blockTimeSeconds", JsValue::from_f64(60.0)),
        ("workPerDifficulty", JsValue::from_f64(1.0)),
        ("difficulty", "86400000".into()),
        ("hashrate", "1000 H/s".into()),
        ("blockReward", "1".into()),
        ("coinPrice", "150".into()),
        ("startDate", "2026-11-25".into()),
        ("contractPrice", JsValue::from_f64(1000.0)),
        ("maintenanceFeePerDay", JsValue::from_f64(50.0)),
        ("contractDays", JsValue::from_f64(20.0)),
    ])
}

#[wasm_bindgen_test]
fn evaluate_contract_converts_both_ways() {
    let out = evaluate_contract(contract_input()).unwrap_or(JsValue::NULL);
    assert_eq!(text(&out, "netProfit").as_deref(), Some("1000"));
    assert_eq!(text(&out, "holdAlternative.profit").as_deref(), Some("0"));
    assert_eq!(text(&out, "verdict").as_deref(), Some("cloudSell"));
    assert!(get(&out, "endedEarlyOn").is_null());
    let days: Array = get(&out, "days").unchecked_into();
    assert_eq!(days.length(), 20);
    assert_eq!(text(&days.get(19), "heldCoins").as_deref(), Some("20"));

    let err = evaluate_contract(with(
        &contract_input(),
        "powerWatts",
        JsValue::from_f64(3000.0),
    ))
    .err()
    .unwrap_or(JsValue::NULL);
    assert_eq!(message(&err).1.as_deref(), Some("powerWatts"));
    assert!(evaluate_contract(contract_input()).is_ok());
}

#[wasm_bindgen_test]
fn a_contract_takes_its_own_hashrate_and_a_fee_per_unit() {
    // A custom chain's display unit is MH/s: 1000 H/s = 0.001 MH/s, so 50,000 per MH/s per
    // day is the same 50 a day as above; the flat price comes back as a boolean.
    let input = with(&contract_input(), "hashrate", JsValue::NULL);
    let input = with(&input, "contractHashrate", "1000 H/s".into());
    let input = with(&input, "maintenanceFeePerDay", JsValue::NULL);
    let input = with(&input, "maintenanceFeePerUnitPerDay", "50000".into());
    let out = evaluate_contract(input.clone()).unwrap_or(JsValue::NULL);
    assert_eq!(text(&out, "netProfit").as_deref(), Some("1000"));
    assert_eq!(text(&out, "maintenanceFeePerDay").as_deref(), Some("50"));
    assert_eq!(
        text(&out, "maintenanceFeeBasis").as_deref(),
        Some("perUnitPerDay")
    );
    assert_eq!(text(&out, "hashrateUnit").as_deref(), Some("MH/s"));
    assert_eq!(get(&out, "flatPrice").as_bool(), Some(true));
    let both = with(&input, "maintenanceFeePerDay", JsValue::from_f64(50.0));
    let err = evaluate_contract(both).err().unwrap_or(JsValue::NULL);
    assert_eq!(
        message(&err).1.as_deref(),
        Some("maintenanceFeePerUnitPerDay")
    );
}

#[wasm_bindgen_test]
fn compare_outlay_sets_three_options_side_by_side() {
    let input = with(&rig(), "hardwareCost", JsValue::from_f64(1000.0));
    let input = with(&input, "contractHashrate", "2000 H/s".into());
    let input = with(&input, "maintenanceFeePerDay", JsValue::from_f64(100.0));
    let out = compare_outlay(input.clone()).unwrap_or(JsValue::NULL);
    assert_eq!(text(&out, "hardware.profit").as_deref(), Some("476"));
    assert_eq!(text(&out, "cloudSell.profit").as_deref(), Some("1000"));
    assert_eq!(text(&out, "buyCoin.profit").as_deref(), Some("0"));
    assert!(get(&out, "buyCoin.paybackDate").is_null());
    assert_eq!(text(&out, "best").as_deref(), Some("cloudSell"));

    let err = compare_outlay(with(&input, "contractHashrate", JsValue::NULL))
        .err()
        .unwrap_or(JsValue::NULL);
    assert_eq!(
        message(&err),
        (
            "contractHashrate: is required".to_owned(),
            Some("contractHashrate".to_owned())
        )
    );
}

#[wasm_bindgen_test]
fn the_last_calendar_day_and_tiny_numbers_are_valid_inputs() {
    // Day 0 is the start date: one day from 9999-12-31 ends on 9999-12-31.
    let last = with(&rig(), "startDate", "9999-12-31".into());
    let out = project(with(&last, "days", JsValue::from_f64(1.0))).unwrap_or(JsValue::NULL);
    assert_eq!(text(&out, "endDate").as_deref(), Some("9999-12-31"));
    // JS numbers below Decimal's 28 places are 0, not "not a number"; -0 is 0.
    let tiny = with(&rig(), "taxPercent", JsValue::from_f64(5e-324));
    let tiny = with(&tiny, "resaleValuePercent", JsValue::from_f64(-0.0));
    let out = project(with(
        &tiny,
        "difficultyGrowthPercentPerMonth",
        JsValue::from_f64(1e-320),
    ));
    assert!(out.is_ok(), "{:?}", out.err().map(|e| message(&e)));
}
