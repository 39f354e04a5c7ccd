//! Golden vectors for the headline verdicts (`tests/vectors/headlines`): each case is a
//! simulation input (`risk*.json`) or a comparison input (`coins*.json`) and the message key the
//! widget's headline then uses (`RiskSwitchedOff`, `CoinsNonePays`, …), so the wording a reader
//! sees for a situation is pinned as data. The widget's own tests check that each key is the
//! message it shows.

use minecalc_core::risk::{
    CompareInput, SimulationInput, coin_verdict, compare, risk_verdict, simulate,
};
use minecalc_core::{Error, Raw};
use minecalc_tests::{check, load_cases, raw};
use serde_json::{Value, json};

/// Runs one case's input through the verdict its file is named after.
fn run(file: &str, input: &Raw) -> Result<Value, Error> {
    if file.starts_with("risk") {
        let s = simulate(&SimulationInput::from_raw(input)?)?;
        let v = risk_verdict(&s);
        Ok(json!({
            "key": v.key(),
            "verdict": v,
            "hardwareCost": s.hardware_cost,
            "probabilityOfProfit": s.probability_of_profit,
            "probabilityOfLoss": s.probability_of_loss,
            "probabilityMostlyOff": s.probability_mostly_off,
            "runningShare": s.running_share,
        }))
    } else if file.starts_with("coins") {
        let c = compare(&CompareInput::from_raw(input)?)?;
        let v = coin_verdict(&c);
        let mut out = serde_json::to_value(&v).unwrap_or(Value::Null);
        if let Some(m) = out.as_object_mut() {
            m.insert("key".into(), json!(v.key()));
            m.insert("currency".into(), json!(c.currency));
        }
        Ok(out)
    } else {
        Err(Error::invalid(
            "file",
            format!("{file}: no headline has this prefix"),
        ))
    }
}

#[test]
fn headline_vectors() {
    let cases = load_cases("headlines").unwrap_or_else(|e| panic!("{e}"));
    assert!(!cases.is_empty(), "no vectors in tests/vectors/headlines");
    let mut failures = Vec::new();
    for case in &cases {
        let outcome = run(&case.name, &raw(&case.input));
        for problem in check(&case.expect, outcome) {
            failures.push(format!("{} ({}): {problem}", case.name, case.source));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} headline vectors failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
