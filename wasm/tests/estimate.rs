//! Boundary tests for `calculate`, `minerReward`, `coins` and `rigs`: JS objects in and out,
//! numbers and decimal strings, thrown errors with `.field`, and recovery after an error.
//! The arithmetic itself is tested natively in `minecalc-tests`.
#![cfg(target_arch = "wasm32")]
// These tests read the module's own outputs, plain objects it made: the boundary rule in
// wasm/clippy.toml is about the page's values.
#![allow(clippy::disallowed_methods)]

use js_sys::{Array, Object, Reflect};
use minecalc_wasm::api::estimate::{calculate, coin_list, expected_height, miner_reward, rig_list};
use wasm_bindgen::{JsCast, JsValue};
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

fn ltc_example(difficulty: JsValue) -> JsValue {
    object(&[
        ("coin", "ltc".into()),
        ("hashrate", "16 GH/s".into()),
        ("difficulty", difficulty),
        ("blockReward", JsValue::from_f64(6.25)),
        ("coinPrice", "100".into()),
        ("powerWatts", JsValue::from_f64(3425.0)),
        ("electricityPrice", JsValue::from_f64(0.1)),
    ])
}

#[wasm_bindgen_test]
fn calculate_converts_objects_both_ways() {
    let out = calculate(ltc_example(JsValue::from_f64(5e7))).unwrap_or(JsValue::NULL);
    let coins = text(&out, "daily.coins").unwrap_or_default();
    assert!(coins.starts_with("0.040233135223"), "{coins}");
    // 3425 W × 24 h × 0.1 (a JS double that must arrive as exactly "0.1").
    assert_eq!(text(&out, "daily.electricity").as_deref(), Some("8.22"));
    assert_eq!(text(&out, "daysPerMonth").as_deref(), Some("30.4375"));
    assert_eq!(text(&out, "efficiency.unit").as_deref(), Some("J/GH"));
    assert!(get(&out, "paybackDays").is_null(), "absent values are null");
    assert_eq!(text(&out, "assumptions.coin").as_deref(), Some("ltc"));
}

#[wasm_bindgen_test]
fn numbers_and_decimal_strings_agree() {
    let as_number = calculate(ltc_example(JsValue::from_f64(5e7))).unwrap_or(JsValue::NULL);
    let as_string = calculate(ltc_example("50000000".into())).unwrap_or(JsValue::NULL);
    assert_eq!(
        text(&as_number, "daily.profit"),
        text(&as_string, "daily.profit")
    );
    assert!(text(&as_string, "daily.profit").is_some());
}

#[wasm_bindgen_test]
fn errors_name_their_field_and_the_module_recovers() {
    let bad = object(&[
        ("coin", "btc".into()),
        ("hashrate", "200 TH/s".into()),
        ("poolFeePercent", JsValue::from_f64(150.0)),
    ]);
    let err = calculate(bad).err().unwrap_or(JsValue::NULL);
    let err: &js_sys::Error = err.unchecked_ref();
    assert_eq!(
        String::from(err.message()),
        "poolFeePercent: must be between 0 and 100, got 150"
    );
    assert_eq!(text(err, "field").as_deref(), Some("poolFeePercent"));

    let eth = object(&[("coin", "eth".into()), ("hashrate", "100 MH/s".into())]);
    let err = calculate(eth).err().unwrap_or(JsValue::NULL);
    assert_eq!(text(&err, "field").as_deref(), Some("coin"));
    assert!(text(&err, "message").unwrap_or_default().contains("ETC"));

    let nothing = calculate(JsValue::UNDEFINED).err().unwrap_or(JsValue::NULL);
    assert_eq!(text(&nothing, "field").as_deref(), Some("input"));

    // The module keeps working after errors.
    let ok = calculate(ltc_example(JsValue::from_f64(5e7)));
    assert!(ok.is_ok());
}

#[wasm_bindgen_test]
fn miner_reward_takes_numbers_or_strings() {
    let n = miner_reward("btc".into(), JsValue::from_f64(840_000.0)).unwrap_or(JsValue::NULL);
    assert_eq!(n.as_string().as_deref(), Some("3.125"));
    // At 4,406,400 the subsidy halves and Zcash's funding streams end: the miner keeps it all.
    let s = miner_reward("zec".into(), "4406400".into()).unwrap_or(JsValue::NULL);
    assert_eq!(s.as_string().as_deref(), Some("0.78125"));
    let default_height = miner_reward("doge".into(), JsValue::UNDEFINED).unwrap_or(JsValue::NULL);
    assert_eq!(default_height.as_string().as_deref(), Some("10000"));
    let err = miner_reward("btc".into(), JsValue::from_f64(1.5))
        .err()
        .unwrap_or(JsValue::NULL);
    assert_eq!(text(&err, "field").as_deref(), Some("blockHeight"));
    let err = miner_reward("custom".into(), JsValue::from_f64(1.0))
        .err()
        .unwrap_or(JsValue::NULL);
    assert_eq!(text(&err, "field").as_deref(), Some("blockReward"));
}

#[wasm_bindgen_test]
fn coins_and_rigs_are_plain_arrays() {
    let coins: Array = coin_list().unwrap_or(JsValue::NULL).unchecked_into();
    assert!(coins.length() >= 11);
    let btc = coins.get(0);
    assert_eq!(text(&btc, "id").as_deref(), Some("btc"));
    assert_eq!(text(&btc, "hashUnit").as_deref(), Some("H/s"));
    assert_eq!(get(&btc, "mineable").as_bool(), Some(true));
    assert!(text(&btc, "snapshot.date").is_some());
    assert!(text(&btc, "snapshot.priceUsd").is_some());
    assert!(get(&btc, "snapshot.height").as_f64().is_some());
    let eth = coins
        .iter()
        .find(|c| text(c, "id").as_deref() == Some("eth"));
    assert_eq!(
        eth.map(|e| get(&e, "mineable").as_bool()),
        Some(Some(false))
    );

    let rigs: Array = rig_list().unwrap_or(JsValue::NULL).unchecked_into();
    let s21 = rigs
        .iter()
        .find(|r| text(r, "id").as_deref() == Some("antminer-s21"));
    let s21 = s21.unwrap_or(JsValue::NULL);
    assert_eq!(text(&s21, "kind").as_deref(), Some("asic"));
    let modes: Array = get(&s21, "modes").unchecked_into();
    assert_eq!(text(&modes.get(0), "hashrate").as_deref(), Some("200 TH/s"));
    assert_eq!(text(&modes.get(0), "powerWatts").as_deref(), Some("3500"));
}

#[wasm_bindgen_test]
fn expected_height_counts_blocks_per_block_time() {
    // Both dates lie after the snapshot: ten days apart, BTC is 1,440 blocks further.
    let a = expected_height("btc".into(), "2030-01-01".into()).unwrap_or(-1.0);
    let b = expected_height("btc".into(), "2030-01-11".into()).unwrap_or(-1.0);
    assert!(a > 0.0);
    assert_eq!(b - a, 1440.0);
    let err = expected_height("btc".into(), "10 July".into()).err();
    assert_eq!(
        err.as_ref().map(|e| text(e, "field")),
        Some(Some("date".to_owned()))
    );
}

#[wasm_bindgen_test]
fn parse_market_reports_coins_and_names_the_json_path_of_an_error() {
    use minecalc_wasm::api::market::parse_market;
    let good = r#"{"format":"minecalc-market","version":1,"generatedAt":"2026-11-30T06:00:00Z",
        "coins":{"btc":{"priceUsd":"90000"},"zzz":{}}}"#;
    let info = parse_market(good.into()).unwrap_or(JsValue::NULL);
    assert_eq!(
        text(&info, "generatedAt").as_deref(),
        Some("2026-11-30T06:00:00Z")
    );
    assert_eq!(
        Array::from(&get(&info, "coins")).to_vec(),
        vec![JsValue::from_str("btc")]
    );
    assert_eq!(Array::from(&get(&info, "warnings")).length(), 1);
    let bad = good.replace(r#""priceUsd":"90000""#, r#""priceUsd":"-5""#);
    let e = parse_market(bad.as_str().into())
        .err()
        .unwrap_or(JsValue::NULL);
    assert_eq!(text(&e, "field").as_deref(), Some("coins.btc.priceUsd"));
    assert!(e.is_instance_of::<js_sys::Error>());
    // An object is read as its JSON.
    let parsed = js_sys::JSON::parse(good).unwrap_or(JsValue::NULL);
    assert!(parse_market(parsed).is_ok());
    assert_eq!(
        text(
            &parse_market(JsValue::from_f64(1.0))
                .err()
                .unwrap_or(JsValue::NULL),
            "field"
        )
        .as_deref(),
        Some("market")
    );
}

#[wasm_bindgen_test]
fn calculate_takes_market_data_in_place_of_the_snapshot() {
    let feed = js_sys::JSON::parse(
        r#"{"format":"minecalc-market","version":1,"generatedAt":"2026-11-30",
            "coins":{"btc":{"priceUsd":"100000","difficulty":"1e14","height":1000000}},
            "fx":{"date":"2026-11-30","usdTo":{"EUR":"0.9"}}}"#,
    )
    .unwrap_or(JsValue::NULL);
    let input = object(&[
        ("coin", "btc".into()),
        ("hashrate", "200 TH/s".into()),
        ("currency", "eur".into()),
        ("market", feed),
    ]);
    let out = calculate(input).unwrap_or(JsValue::NULL);
    assert_eq!(
        text(&out, "assumptions.coinPrice").as_deref(),
        Some("90000")
    );
    assert_eq!(
        text(&out, "assumptions.market.origin").as_deref(),
        Some("feed")
    );
    assert_eq!(text(&out, "currency").as_deref(), Some("EUR"));
    // The priced rigs carry their dated price; the others say null.
    let rigs = Array::from(&rig_list().unwrap_or(JsValue::NULL));
    let priced = rigs.iter().filter(|r| get(r, "price").is_object()).count();
    assert!(priced >= 1);
    assert!(
        rigs.iter()
            .all(|r| get(&r, "price").is_object() || get(&r, "price").is_null())
    );
}
