//! Golden vectors for the rig presets (`tests/vectors/rigs`): each preset's hashrate and power
//! per algorithm, maker, kind and spec date as cited in its `source` (the spec sheet or table the
//! figures come from; full citations in `core/data/RIGS.md`). Changing a figure means changing
//! its vector, with its source.

use minecalc_core::raw::Fields;
use minecalc_core::{Error, Raw, rigs};
use minecalc_tests::run_area;
use serde_json::Value;

fn preset(input: &Raw) -> Result<Value, Error> {
    let f = Fields::new(input)?;
    let rig = rigs::find(&f.text_required("rig")?, "rig")?;
    Ok(serde_json::to_value(rig).unwrap_or(Value::Null))
}

#[test]
fn rig_vectors() {
    let (count, failures) = run_area("rigs", preset);
    assert_eq!(count, rigs::all().len(), "one vector per preset");
    assert!(
        failures.is_empty(),
        "{} of {count} rig vectors failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
