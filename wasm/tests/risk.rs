//! Boundary tests for the risk exports: JS objects in and out, errors with `.field`, stepped runs
//! equal to one-shot runs, and the native fixed-seed snapshot reproduced exactly in wasm. The
//! statistics themselves are tested natively.
#![cfg(target_arch = "wasm32")]
// These tests read the module's own outputs, plain objects it made: the boundary rule in
// wasm/clippy.toml is about the page's values.
#![allow(clippy::disallowed_methods)]

use js_sys::{Array, JSON, Object, Reflect};
use minecalc_wasm::api::risk::{
    PortfolioRun, SimulationRun, compare, portfolio, risk_defaults, sensitivity, simulate,
    solo_odds,
};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let obj = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&obj, &JsValue::from_str(k), v);
    }
    obj.into()
}

fn get(v: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(v.clone(), |acc, key| {
        Reflect::get(&acc, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    })
}

fn text(v: &JsValue, path: &str) -> Option<String> {
    get(v, path).as_string()
}

fn json(v: &JsValue) -> String {
    JSON::stringify(v).map(String::from).unwrap_or_default()
}

fn error_field(e: &JsValue) -> Option<String> {
    text(e, "field")
}

fn error_message(e: &JsValue) -> Option<String> {
    text(e, "message")
}

/// The fixed-seed case of `tests/vectors/risk/simulate.json`.
fn snapshot_input() -> JsValue {
    object(&[
        // As in the vector: no fees (the market data's typical fees would apply otherwise).
        ("txFeesPerBlock", "0".into()),
        ("coin", "btc".into()),
        ("hashrate", "200 TH/s".into()),
        ("powerWatts", JsValue::from_f64(3500.0)),
        ("electricityPrice", "0.05".into()),
        ("coinPrice", JsValue::from_f64(90000.0)),
        ("difficulty", "120000000000000".into()),
        ("blockHeight", JsValue::from_f64(1_040_000.0)),
        // As in the vector: no fees, so the figures do not follow the market data's.
        ("txFeesPerBlock", "0".into()),
        ("hardwareCost", JsValue::from_f64(1500.0)),
        ("resaleValuePercent", JsValue::from_f64(10.0)),
        ("poolFeePercent", JsValue::from_f64(2.0)),
        ("taxPercent", JsValue::from_f64(20.0)),
        ("difficultyGrowthPercentPerMonth", JsValue::from_f64(1.0)),
        ("startDate", "2026-11-25".into()),
        ("days", JsValue::from_f64(365.0)),
        ("paths", JsValue::from_f64(1000.0)),
        ("seed", JsValue::from_f64(2026.0)),
    ])
}

#[wasm_bindgen_test]
fn the_fixed_seed_snapshot_is_the_same_in_wasm() {
    let out = simulate(snapshot_input()).unwrap_or(JsValue::NULL);
    // The same figures as the native vector: same seed, same bits on every platform.
    assert_eq!(
        text(&out, "finalProfit.p5").as_deref(),
        Some("-1170.099565")
    );
    assert_eq!(
        text(&out, "finalProfit.p50").as_deref(),
        Some("-995.5921839")
    );
    assert_eq!(
        text(&out, "finalProfit.p95").as_deref(),
        Some("-177.837528")
    );
    assert_eq!(
        text(&out, "finalProfit.mean").as_deref(),
        Some("-882.7711021")
    );
    assert_eq!(text(&out, "probabilityOfLoss").as_deref(), Some("0.968"));
    assert_eq!(text(&out, "probabilityOfPayback").as_deref(), Some("0.019"));
    assert!(get(&out, "medianPaybackDays").is_null());
    assert_eq!(get(&out, "paths").as_f64(), Some(1000.0));
    assert_eq!(get(&out, "seed").as_f64(), Some(2026.0));
    let points = Array::from(&get(&out, "points"));
    assert!(points.length() > 10 && points.length() <= 121);
    let last = points.get(points.length() - 1);
    assert_eq!(get(&last, "day").as_f64(), Some(365.0));
    assert_eq!(text(&last, "date").as_deref(), Some("2027-11-24"));
    assert!(
        text(&last, "p50").is_some(),
        "percentiles are decimal strings"
    );
}

#[wasm_bindgen_test]
fn a_run_in_steps_equals_the_one_shot_simulation() {
    let one_shot = simulate(snapshot_input()).unwrap_or(JsValue::NULL);
    let run = SimulationRun::new(snapshot_input());
    assert!(run.is_ok());
    if let Ok(mut run) = run {
        assert_eq!(run.done().ok(), Some(false));
        assert!(run.result().is_err(), "nothing simulated yet");
        let mut last = 0.0;
        while run.done().ok() == Some(false) {
            let progress = run.step(JsValue::from_f64(77.0)).unwrap_or(-1.0);
            assert!(progress > last && progress <= 1.0);
            last = progress;
        }
        assert_eq!(run.progress().ok(), Some(1.0));
        let chunked = run.result().unwrap_or(JsValue::NULL);
        assert_eq!(json(&chunked), json(&one_shot));
    }
}

#[wasm_bindgen_test]
fn runs_cancel_cut_long_steps_and_refuse_use_after_free() {
    let long = || {
        let input = snapshot_input();
        let _ = Reflect::set(&input, &"days".into(), &JsValue::from_f64(3653.0));
        let _ = Reflect::set(&input, &"paths".into(), &JsValue::from_f64(20000.0));
        input
    };
    // Too much for one call: the error points to the chunked class.
    let e = simulate(long()).err().unwrap_or(JsValue::NULL);
    assert_eq!(error_field(&e).as_deref(), Some("paths"));
    assert!(error_message(&e).is_some_and(|m| m.contains("SimulationRun")));
    let Ok(mut run) = SimulationRun::new(long()) else {
        panic!("SimulationRun refused a valid input");
    };
    // One step does at most MAX_STEP_SIMULATION_WORK path-days, whatever it is asked.
    let progress = run.step(JsValue::from_f64(1e9)).unwrap_or(-1.0);
    assert!(progress > 0.0 && progress < 0.2, "{progress}");
    for bad in [
        JsValue::from_f64(-1.0),
        JsValue::from_f64(1.5),
        "10".into(),
        JsValue::NULL,
    ] {
        let e = run.step(bad).err().unwrap_or(JsValue::NULL);
        assert_eq!(error_field(&e).as_deref(), Some("paths"));
    }
    run.cancel().unwrap_or_else(|_| panic!("cancel failed"));
    assert_eq!(run.done().ok(), Some(true));
    assert_eq!(run.step(JsValue::from_f64(100.0)).ok(), Some(progress));
    let partial = run.result().unwrap_or(JsValue::NULL);
    assert!(
        get(&partial, "paths")
            .as_f64()
            .is_some_and(|n| n > 0.0 && n < 20000.0)
    );
    run.release();
    run.release();
    for e in [
        run.step(JsValue::from_f64(1.0)).err(),
        run.done().err(),
        run.progress().err(),
        run.result().err(),
        run.cancel().err(),
    ] {
        let e = e.unwrap_or(JsValue::NULL);
        assert_eq!(error_field(&e).as_deref(), Some("run"));
        assert!(error_message(&e).is_some_and(|m| m.contains("freed")));
    }
}

#[wasm_bindgen_test]
fn errors_name_the_field_and_the_module_recovers() {
    let bad = object(&[
        ("coin", "btc".into()),
        ("hashrate", "1 TH/s".into()),
        ("startDate", "2026-11-25".into()),
        ("days", JsValue::from_f64(10.0)),
        ("paths", JsValue::from_f64(20001.0)),
    ]);
    let e = simulate(bad).err().unwrap_or(JsValue::NULL);
    assert_eq!(error_field(&e).as_deref(), Some("paths"));
    assert_eq!(
        error_message(&e).as_deref(),
        Some("paths: must be a whole number between 1 and 20000, got 20001")
    );
    let e = SimulationRun::new(JsValue::UNDEFINED)
        .err()
        .unwrap_or(JsValue::NULL);
    assert_eq!(error_field(&e).as_deref(), Some("input"));
    // Still works afterwards.
    assert!(simulate(snapshot_input()).is_ok());
}

#[wasm_bindgen_test]
fn solo_odds_sensitivity_and_compare_return_plain_objects() {
    let bitaxe = object(&[
        ("txFeesPerBlock", "0".into()),
        ("coin", "btc".into()),
        ("hashrate", "1.3 TH/s".into()),
        ("difficulty", "100000000000000".into()),
        ("blockHeight", JsValue::from_f64(904_000.0)),
        ("coinPrice", JsValue::from_f64(100_000.0)),
        ("txFeesPerBlock", "0".into()),
        ("days", JsValue::from_f64(365.0)),
    ]);
    let odds = solo_odds(bitaxe).unwrap_or(JsValue::NULL);
    assert_eq!(text(&odds, "blockValue.coins").as_deref(), Some("3.125"));
    assert!(text(&odds, "probabilityAtLeastOne").is_some_and(|p| p.starts_with("0.0000954")));
    assert_eq!(Array::from(&get(&odds, "periods")).length(), 4);

    let ltc = object(&[
        ("coin", "ltc".into()),
        ("hashrate", "16 GH/s".into()),
        ("difficulty", JsValue::from_f64(5e7)),
        ("blockReward", "6.25".into()),
        ("coinPrice", JsValue::from_f64(100.0)),
        ("powerWatts", JsValue::from_f64(3425.0)),
        ("electricityPrice", JsValue::from_f64(0.1)),
    ]);
    let s = sensitivity(ltc).unwrap_or(JsValue::NULL);
    assert_eq!(text(&s, "metric").as_deref(), Some("dailyProfit"));
    assert!(get(&s, "days").is_null());
    let rows = Array::from(&get(&s, "rows"));
    assert_eq!(rows.length(), 6);
    assert_eq!(
        text(&rows.get(0), "parameter").as_deref(),
        Some("electricityPrice")
    );
    assert_eq!(text(&rows.get(0), "low.value").as_deref(), Some("0.08"));
    let grid = Array::from(&get(&s, "grid.profit"));
    assert_eq!(grid.length(), 11);
    assert_eq!(get(&s, "grid.baseElectricityIndex").as_f64(), Some(5.0));

    let c = compare(object(&[
        ("rig", "antminer-l7".into()),
        ("electricityPrice", "0.05".into()),
    ]))
    .unwrap_or(JsValue::NULL);
    let rows = Array::from(&get(&c, "rows"));
    let coins: Vec<String> = rows.iter().filter_map(|r| text(&r, "coin")).collect();
    assert!(coins.contains(&"ltc+doge".to_owned()), "{coins:?}");
    let e = compare(object(&[("rig", "abacus".into())]))
        .err()
        .unwrap_or(JsValue::NULL);
    assert_eq!(error_field(&e).as_deref(), Some("rig"));
}

#[wasm_bindgen_test]
fn portfolios_run_whole_or_in_steps() {
    let hold = |coin: &str| {
        object(&[
            ("kind", "hold".into()),
            ("coin", coin.into()),
            ("invested", JsValue::from_f64(1000.0)),
            ("coinPrice", "100".into()),
        ])
    };
    let input = || {
        let positions = Array::new();
        positions.push(&hold("btc"));
        positions.push(&hold("ltc"));
        object(&[
            ("startDate", "2026-11-25".into()),
            ("days", JsValue::from_f64(90.0)),
            ("paths", JsValue::from_f64(301.0)),
            ("seed", JsValue::from_f64(9.0)),
            ("positions", positions.into()),
        ])
    };
    let whole = portfolio(input()).unwrap_or(JsValue::NULL);
    assert_eq!(text(&whole, "combined.kind").as_deref(), Some("portfolio"));
    assert!(get(&whole, "combined.coin").is_null());
    assert_eq!(
        text(&whole, "priceVolatilityPercentPerYear.ltc").as_deref(),
        Some("70")
    );
    assert_eq!(Array::from(&get(&whole, "positions")).length(), 2);
    if let Ok(mut run) = PortfolioRun::new(input()) {
        while run.done().ok() == Some(false) {
            let _ = run.step(JsValue::from_f64(50.0));
        }
        assert_eq!(json(&run.result().unwrap_or(JsValue::NULL)), json(&whole));
    } else {
        panic!("PortfolioRun refused a valid input");
    }
    let e = portfolio(object(&[
        ("startDate", "2026-11-25".into()),
        ("days", JsValue::from_f64(9.0)),
    ]))
    .err()
    .unwrap_or(JsValue::NULL);
    assert_eq!(error_field(&e).as_deref(), Some("positions"));
}

#[wasm_bindgen_test]
fn risk_defaults_list_every_coin() {
    let d = risk_defaults().unwrap_or(JsValue::NULL);
    assert_eq!(get(&d, "paths").as_f64(), Some(2000.0));
    assert_eq!(get(&d, "maxPaths").as_f64(), Some(20000.0));
    assert_eq!(
        text(&d, "difficultyVolatilityPercentPerYear").as_deref(),
        Some("20")
    );
    let coins = Array::from(&get(&d, "coins"));
    let btc = coins
        .iter()
        .find(|c| text(c, "coin").as_deref() == Some("btc"));
    assert_eq!(
        btc.and_then(|c| text(&c, "priceVolatilityPercentPerYear"))
            .as_deref(),
        Some("50")
    );
}
