//! Golden vectors for projections over time (`tests/vectors/projection`), cloud contracts
//! (`tests/vectors/contract`) and outlay comparisons (`tests/vectors/outlay`). Adding a case
//! is adding JSON; see `minecalc_tests` for the file format and the comparison rules.

use minecalc_core::contract::{self, ContractInput, OutlayInput};
use minecalc_core::project::{self, ProjectionInput};
use minecalc_tests::run_area;
use serde_json::Value;

fn report(area: &str, (count, failures): (usize, Vec<String>)) {
    assert!(
        count > 0 || !failures.is_empty(),
        "no vectors in tests/vectors/{area}"
    );
    assert!(
        failures.is_empty(),
        "{} of {count} {area} vectors failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn projection_vectors() {
    let outcome = run_area("projection", |raw| {
        let p = project::project(&ProjectionInput::from_raw(raw)?)?;
        Ok(serde_json::to_value(&p).unwrap_or(Value::Null))
    });
    report("projection", outcome);
}

#[test]
fn contract_vectors() {
    let outcome = run_area("contract", |raw| {
        let c = contract::evaluate_contract(&ContractInput::from_raw(raw)?)?;
        Ok(serde_json::to_value(&c).unwrap_or(Value::Null))
    });
    report("contract", outcome);
}

#[test]
fn outlay_vectors() {
    let outcome = run_area("outlay", |raw| {
        let c = contract::compare_outlay(&OutlayInput::from_raw(raw)?)?;
        Ok(serde_json::to_value(&c).unwrap_or(Value::Null))
    });
    report("outlay", outcome);
}
