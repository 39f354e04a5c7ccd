//! Golden vectors for risk and choice (`tests/vectors/risk`, the file name's prefix picks the
//! function: `solo`, `simulate`, `sensitivity`, `compare`, `portfolio`), and the laws that need
//! the projection beside the simulation (no volatility = the projection; chunks = one shot).

use minecalc_core::contract::{ContractInput, evaluate_contract};
use minecalc_core::project::{ProjectionInput, project};
use minecalc_core::risk::{
    CompareInput, PortfolioInput, SensitivityInput, SimulationInput, Simulator, SoloInput, compare,
    portfolio, sensitivity, simulate, solo_odds,
};
use minecalc_core::{Error, Raw};
use minecalc_tests::{check, load_cases, raw};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde_json::{Value, json};

/// Runs one case's input through the function its file is named after.
fn run(file: &str, input: &Raw) -> Result<Value, Error> {
    let value = |v: Result<Value, serde_json::Error>| v.unwrap_or(Value::Null);
    if file.starts_with("solo") {
        Ok(value(serde_json::to_value(solo_odds(
            &SoloInput::from_raw(input)?,
        )?)))
    } else if file.starts_with("simulate") {
        Ok(value(serde_json::to_value(simulate(
            &SimulationInput::from_raw(input)?,
        )?)))
    } else if file.starts_with("sensitivity") {
        Ok(value(serde_json::to_value(sensitivity(
            &SensitivityInput::from_raw(input)?,
        )?)))
    } else if file.starts_with("compare") {
        Ok(value(serde_json::to_value(compare(
            &CompareInput::from_raw(input)?,
        )?)))
    } else if file.starts_with("portfolio") {
        Ok(value(serde_json::to_value(portfolio(
            &PortfolioInput::from_raw(input)?,
        )?)))
    } else {
        Err(Error::invalid(
            "file",
            format!("{file}: no risk function has this prefix"),
        ))
    }
}

#[test]
fn risk_vectors() {
    let cases = load_cases("risk").unwrap_or_else(|e| panic!("{e}"));
    assert!(!cases.is_empty(), "no vectors in tests/vectors/risk");
    let mut failures = Vec::new();
    for case in &cases {
        let outcome = run(&case.name, &raw(&case.input));
        for problem in check(&case.expect, outcome) {
            failures.push(format!("{} ({}): {problem}", case.name, case.source));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} risk vectors failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// A rig input with every projection feature in play, as JSON.
fn rig(extra: Value) -> Value {
    let mut base = json!({
        "coin": "btc",
        "hashrate": "200 TH/s",
        "powerWatts": 3500,
        "electricityPrice": "0.07",
        "coinPrice": 95000,
        "difficulty": "120000000000000",
        "blockHeight": 1049000,
        "hardwareCost": 3000,
        "resaleValuePercent": 15,
        "poolFeePercent": 2,
        "taxPercent": 25,
        "difficultyGrowthPercentPerMonth": 3,
        "priceChangePercentPerYear": 5,
        "electricityPriceChangePercentPerYear": 4,
        "hashrateDecayPercentPerYear": 8,
        "startDate": "2026-11-25",
        "days": 900
    });
    if let (Some(b), Some(e)) = (base.as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            b.insert(k.clone(), v.clone());
        }
    }
    base
}

fn number(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(f64::NAN)
}

fn close(a: Decimal, b: Decimal) -> bool {
    let (a, b) = (number(a), number(b));
    (a - b).abs() <= 1e-6 * b.abs().max(1.0)
}

#[test]
fn no_volatility_gives_the_projection_at_every_point() {
    let variants = [
        json!({}),
        // Off-peak tariff: the rig pays only in the cheap hours for part of the run.
        json!({ "electricityPrice": "0.11", "offPeakHoursPerDay": 9, "offPeakElectricityPrice": "0.04" }),
        json!({ "shutdownWhenUnprofitable": false, "electricityPrice": "0.09" }),
        json!({ "coin": "ltc", "hashrate": "9.5 GH/s", "powerWatts": 3425, "difficulty": "30000000",
                "coinPrice": 90, "blockHeight": 3355000, "hardwareCost": 0 }),
        json!({ "networkHashrate": "800 EH/s", "difficulty": null, "days": 40, "taxPercent": 0 }),
    ];
    for extra in variants {
        let input = rig(extra.clone());
        let projection = ProjectionInput::from_raw(&raw(&input))
            .and_then(|p| project(&p))
            .unwrap_or_else(|e| panic!("{extra}: {e}"));
        let mut sim_input = input.clone();
        sim_input["priceVolatilityPercentPerYear"] = json!(0);
        sim_input["difficultyVolatilityPercentPerYear"] = json!(0);
        sim_input["paths"] = json!(5);
        let sim = SimulationInput::from_raw(&raw(&sim_input))
            .and_then(|s| simulate(&s))
            .unwrap_or_else(|e| panic!("{extra}: {e}"));
        for point in &sim.points {
            let want = projection.days[point.day as usize - 1].cumulative_profit;
            let b = &point.band;
            for got in [b.p5, b.p25, b.p50, b.p75, b.p95] {
                assert!(
                    close(got, want),
                    "{extra} day {}: {got} vs {want}",
                    point.day
                );
            }
        }
        let last = sim.points.last().map(|p| p.band.p50).unwrap_or_default();
        assert!(
            close(last, projection.total_profit),
            "{extra}: {last} vs {}",
            projection.total_profit
        );
        let net = projection.total_profit + projection.resale_value
            - projection.hardware_cost.unwrap_or_default();
        let f = &sim.final_profit;
        for got in [f.band.p5, f.band.p50, f.band.p95, f.mean] {
            assert!(close(got, net), "{extra}: final {got} vs {net}");
        }
        let paid = projection.payback_date.is_some();
        let expected = if projection.hardware_cost.is_some_and(|c| !c.is_zero()) {
            Some(if paid { Decimal::ONE } else { Decimal::ZERO })
        } else {
            None
        };
        assert_eq!(sim.probability_of_payback, expected, "{extra}");
        let loss = if net < Decimal::ZERO {
            Decimal::ONE
        } else {
            Decimal::ZERO
        };
        assert_eq!(sim.probability_of_loss, loss, "{extra}");
    }
}

#[test]
fn chunks_give_the_one_shot_result_bit_for_bit() {
    let mut input = rig(json!({ "days": 500 }));
    input["paths"] = json!(101);
    input["seed"] = json!(42);
    let sim_input = SimulationInput::from_raw(&raw(&input)).unwrap_or_else(|e| panic!("{e}"));
    let one_shot = simulate(&sim_input).unwrap_or_else(|e| panic!("{e}"));
    for chunk in [1, 7, 50, 100] {
        let mut s = Simulator::new(&sim_input).unwrap_or_else(|e| panic!("{e}"));
        let mut steps = 0;
        while !s.done() {
            let before = s.progress();
            let after = s.run(chunk);
            assert!(after > before && after <= 1.0);
            steps += 1;
        }
        assert_eq!(
            steps,
            101usize.div_ceil(chunk.div_ceil(2) * 2),
            "chunk {chunk}"
        );
        assert_eq!(
            s.finish().unwrap_or_else(|e| panic!("{e}")),
            one_shot,
            "chunk {chunk}"
        );
    }
    // Read early, a run describes the paths so far.
    let mut s = Simulator::new(&sim_input).unwrap_or_else(|e| panic!("{e}"));
    assert!(s.finish().is_err());
    s.run(10);
    assert_eq!(s.finish().map(|r| r.paths), Ok(10));
}

#[test]
fn the_seed_decides_the_result() {
    let mut input = rig(json!({ "days": 200 }));
    input["paths"] = json!(300);
    let run = |seed: u64| {
        let mut i = input.clone();
        i["seed"] = json!(seed);
        SimulationInput::from_raw(&raw(&i))
            .and_then(|s| simulate(&s))
            .unwrap_or_else(|e| panic!("{e}"))
    };
    assert_eq!(run(3), run(3));
    assert_ne!(run(3).final_profit, run(4).final_profit);
}

#[test]
fn portfolio_without_volatility_is_the_deterministic_outcome() {
    let rig_input = rig(json!({ "days": 365 }));
    let contract_input = json!({
        "coin": "btc", "hashrate": "100 TH/s", "coinPrice": 95000, "difficulty": "120000000000000",
        "blockHeight": 1049000, "poolFeePercent": 1, "contractPrice": 1500, "maintenanceFeePerDay": 2,
        "contractDays": 300, "startDate": "2026-11-25", "difficultyGrowthPercentPerMonth": 3,
        "priceChangePercentPerYear": 5
    });
    let projection = ProjectionInput::from_raw(&raw(&rig_input))
        .and_then(|p| project(&p))
        .unwrap_or_else(|e| panic!("{e}"));
    let contract = ContractInput::from_raw(&raw(&contract_input))
        .and_then(|c| evaluate_contract(&c))
        .unwrap_or_else(|e| panic!("{e}"));

    let mut rig_position = rig_input.clone();
    if let Some(m) = rig_position.as_object_mut() {
        m.remove("startDate");
        m.remove("days");
        m.insert("kind".into(), json!("rig"));
    }
    let mut contract_position = contract_input.clone();
    if let Some(m) = contract_position.as_object_mut() {
        m.remove("startDate");
        m.insert("kind".into(), json!("contract"));
    }
    let input = json!({
        "startDate": "2026-11-25", "days": 365, "paths": 4,
        "priceVolatilityPercentPerYear": 0, "difficultyVolatilityPercentPerYear": 0,
        "positions": [
            rig_position,
            contract_position,
            { "kind": "hold", "coin": "ltc", "invested": 1000, "coinPrice": 80, "priceChangePercentPerYear": 10 }
        ]
    });
    let p = PortfolioInput::from_raw(&raw(&input))
        .and_then(|i| portfolio(&i))
        .unwrap_or_else(|e| panic!("{e}"));
    let rig_net = projection.total_profit + projection.resale_value
        - projection.hardware_cost.unwrap_or_default();
    // 1000 at 80 growing 10 % a year: 1000 × 1.1^(365/365.25) − 1000.
    let hold = Decimal::try_from(1000.0 * 1.1f64.powf(365.0 / 365.25) - 1000.0).unwrap_or_default();
    let expected = [rig_net, contract.net_profit, hold];
    for (position, want) in p.positions.iter().zip(expected) {
        let b = &position.final_profit.band;
        for got in [b.p5, b.p50, b.p95] {
            assert!(close(got, want), "{:?}: {got} vs {want}", position.kind);
        }
    }
    let total: Decimal = expected.iter().sum();
    assert!(
        close(p.combined.final_profit.band.p50, total),
        "{} vs {total}",
        p.combined.final_profit.band.p50
    );
    let last = p.points.last().map(|x| x.band.p50).unwrap_or_default();
    assert!(close(last, total));
}

#[test]
fn a_rig_alone_in_a_portfolio_gets_the_simulations_figures() {
    // The Risk and Portfolio views show the same rig with the same seed and paths: their
    // probabilities and percentiles must agree, not differ by sampling noise.
    let rig_input = rig(json!({ "days": 730, "paths": 300, "seed": 7 }));
    let sim = SimulationInput::from_raw(&raw(&rig_input))
        .and_then(|s| simulate(&s))
        .unwrap_or_else(|e| panic!("{e}"));
    let mut position = rig_input.clone();
    if let Some(m) = position.as_object_mut() {
        for k in ["startDate", "days", "paths", "seed"] {
            m.remove(k);
        }
        m.insert("kind".into(), json!("rig"));
    }
    let input = json!({
        "startDate": "2026-11-25", "days": 730, "paths": 300, "seed": 7,
        "positions": [position]
    });
    let p = PortfolioInput::from_raw(&raw(&input))
        .and_then(|i| portfolio(&i))
        .unwrap_or_else(|e| panic!("{e}"));
    let alone = &p.positions[0];
    assert_eq!(alone.final_profit, sim.final_profit);
    assert_eq!(alone.probability_of_loss, sim.probability_of_loss);
    assert_eq!(alone.value_at_risk95, sim.value_at_risk95);
}
