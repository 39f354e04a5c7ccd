//! Golden vectors for today's estimate (`tests/vectors/estimate`) and for the block-reward
//! schedules (`tests/vectors/rewards`). Adding a case is adding JSON; see `minecalc_tests`.

use minecalc_core::{coins, estimate};
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
fn estimate_vectors() {
    let outcome = run_area("estimate", |raw| {
        let e = estimate::estimate_raw(raw)?;
        Ok(serde_json::to_value(&e).unwrap_or(Value::Null))
    });
    report("estimate", outcome);
}

#[test]
fn reward_vectors() {
    let outcome = run_area("rewards", |raw| {
        let reward = coins::miner_reward_raw(raw)?;
        Ok(serde_json::json!({ "reward": reward.to_string() }))
    });
    report("rewards", outcome);
}
