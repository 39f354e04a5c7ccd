//! Shared helpers for the golden and property tests: loading vector files, turning their JSON
//! into the core's `Raw` input, and comparing outputs at the precision an expectation is written in.
//!
//! A vector file lives in `tests/vectors/<area>/*.json` and holds one case or an array of cases:
//! `{ "source": "...", "input": { ... }, "expect": { ... } }`. `expect` lists only the fields
//! that matter (a subset of the output); `{ "error": "<message>", "field": "<name>" }` expects
//! an error instead (`field` optional). See [`run_area`].

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use minecalc_core::{Error, Raw};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Deserialize;
use serde_json::Value;

/// One golden case.
#[derive(Debug, Clone, Deserialize)]
pub struct Case {
    /// Where the expected numbers come from (a worked example, a consensus rule, …).
    pub source: String,
    /// The input in the JS API's shape.
    #[serde(default)]
    pub input: Value,
    /// Expected output fields, or `{ "error": ..., "field": ... }`.
    pub expect: Value,
    /// `file.json` or `file.json[3]`, filled in by [`load_cases`].
    #[serde(skip)]
    pub name: String,
}

/// The folder `tests/vectors/<area>`.
pub fn vectors_dir(area: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("vectors")
        .join(area)
}

/// Every case under `tests/vectors/<area>`, in file-name order. A file that cannot be read or
/// parsed is an `Err` naming it.
pub fn load_cases(area: &str) -> Result<Vec<Case>, String> {
    let dir = vectors_dir(area);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut cases = Vec::new();
    for file in files {
        let label = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = std::fs::read_to_string(&file).map_err(|e| format!("{label}: {e}"))?;
        let json: Value = serde_json::from_str(&text).map_err(|e| format!("{label}: {e}"))?;
        let items = match json {
            Value::Array(items) => items
                .into_iter()
                .enumerate()
                .map(|(i, v)| (format!("{label}[{i}]"), v))
                .collect(),
            other => vec![(label.clone(), other)],
        };
        for (name, value) in items {
            let mut case: Case =
                serde_json::from_value(value).map_err(|e| format!("{name}: {e}"))?;
            if case.source.trim().is_empty() {
                return Err(format!("{name}: every case needs a source"));
            }
            case.name = name;
            cases.push(case);
        }
    }
    Ok(cases)
}

/// JSON → the core's loosely typed input (numbers keep their decimal text).
pub fn raw(value: &Value) -> Raw {
    serde_json::from_value::<Raw>(value.clone()).unwrap_or(Raw::Null)
}

/// Runs every case of `area` through `run` (input → serialized output or a core error) and
/// returns one line per mismatch (empty when all pass) plus the number of cases run.
pub fn run_area(area: &str, run: impl Fn(&Raw) -> Result<Value, Error>) -> (usize, Vec<String>) {
    let cases = match load_cases(area) {
        Ok(c) => c,
        Err(e) => return (0, vec![e]),
    };
    let mut failures = Vec::new();
    for case in &cases {
        let outcome = run(&raw(&case.input));
        for problem in check(&case.expect, outcome) {
            failures.push(format!("{} ({}): {problem}", case.name, case.source));
        }
    }
    (cases.len(), failures)
}

/// Compares an outcome with an expectation; returns the mismatches.
pub fn check(expect: &Value, outcome: Result<Value, Error>) -> Vec<String> {
    let exact = expect.get("error").and_then(Value::as_str);
    let fragment = expect.get("errorContains").and_then(Value::as_str);
    match (exact.or(fragment), outcome) {
        (Some(message), Err(e)) => {
            let mut problems = Vec::new();
            let text = e.to_string();
            let matches = if exact.is_some() {
                text == message
            } else {
                text.contains(message)
            };
            if !matches {
                let how = if exact.is_some() {
                    "expected"
                } else {
                    "expected it to contain"
                };
                problems.push(format!("error {text:?}, {how} {message:?}"));
            }
            if let Some(field) = expect.get("field").and_then(Value::as_str)
                && e.field() != field
            {
                problems.push(format!("error field {:?}, expected {field:?}", e.field()));
            }
            problems
        }
        (Some(message), Ok(v)) => vec![format!("expected error {message:?}, got {v}")],
        (None, Err(e)) => vec![format!("unexpected error: {e}")],
        (None, Ok(actual)) => {
            let mut problems = Vec::new();
            compare(&actual, expect, "", &mut problems);
            problems
        }
    }
}

/// Compares `actual` with the subset `expect`, appending mismatches under `path`.
///
/// Decimals (strings or numbers on either side) are compared at the expectation's precision:
/// the actual value is rounded half away from zero to as many decimal places as the expected
/// text has ("0.0016" → 4), then must be equal. Write `"3.12500000"` to demand 8 places.
/// Objects compare the expected keys only; arrays compare element by element and length.
pub fn compare(actual: &Value, expect: &Value, path: &str, problems: &mut Vec<String>) {
    let at = |p: &str| {
        if p.is_empty() {
            "(root)".to_owned()
        } else {
            p.to_owned()
        }
    };
    match (expect, actual) {
        (Value::Object(want), Value::Object(got)) => {
            for (key, w) in want {
                let sub = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                match got.get(key) {
                    Some(g) => compare(g, w, &sub, problems),
                    None => problems.push(format!("{sub}: missing from the output")),
                }
            }
        }
        (Value::Array(want), Value::Array(got)) => {
            if want.len() != got.len() {
                problems.push(format!(
                    "{}: {} items, expected {}",
                    at(path),
                    got.len(),
                    want.len()
                ));
            }
            for (i, (w, g)) in want.iter().zip(got).enumerate() {
                compare(g, w, &format!("{path}[{i}]"), problems);
            }
        }
        (Value::String(_) | Value::Number(_), Value::String(_) | Value::Number(_))
            if decimal_text(expect).is_some() && decimal_text(actual).is_some() =>
        {
            if let Err(msg) = decimals_match(
                &decimal_text(actual).unwrap_or_default(),
                &decimal_text(expect).unwrap_or_default(),
            ) {
                problems.push(format!("{}: {msg}", at(path)));
            }
        }
        _ if expect == actual => {}
        _ => problems.push(format!("{}: got {actual}, expected {expect}", at(path))),
    }
}

/// The text of a JSON number or of a string that reads as a plain decimal.
fn decimal_text(v: &Value) -> Option<String> {
    let text = match v {
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        _ => return None,
    };
    parse(&text).map(|_| text)
}

fn parse(text: &str) -> Option<Decimal> {
    let t = text.trim();
    if t.contains(['e', 'E']) {
        Decimal::from_scientific(t).ok()
    } else {
        Decimal::from_str(t).ok()
    }
}

/// Decimal places written in `text` ("0.0016" → 4, "50" → 0, "1.5e-3" → 4).
pub fn places(text: &str) -> u32 {
    parse(text).map(|d| d.scale()).unwrap_or(0)
}

/// `Ok` when `actual` rounded to the places of `expected` equals `expected`.
pub fn decimals_match(actual: &str, expected: &str) -> Result<(), String> {
    let (Some(a), Some(e)) = (parse(actual), parse(expected)) else {
        return Err(format!("got {actual}, expected {expected}"));
    };
    let rounded =
        a.round_dp_with_strategy(places(expected), RoundingStrategy::MidpointAwayFromZero);
    if rounded == e {
        Ok(())
    } else {
        let mut msg = String::new();
        let _ = write!(msg, "got {actual} (≈ {rounded}), expected {expected}");
        Err(msg)
    }
}

/// The difference `|a − b|` of two decimal strings, for tolerances in property tests.
pub fn abs_diff(a: &str, b: &str) -> Option<Decimal> {
    Some((parse(a)? - parse(b)?).abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_at_the_expected_precision() {
        assert_eq!(decimals_match("0.00160000001", "0.0016"), Ok(()));
        assert!(decimals_match("0.0017", "0.0016").is_err());
        assert_eq!(decimals_match("3.125", "3.12500000"), Ok(()));
        assert!(decimals_match("3.1250001", "3.12500000").is_err());
        assert_eq!(places("1.5e-3"), 4);
    }

    #[test]
    fn subsets_and_nulls() {
        let actual = serde_json::json!({"a": "1.23456", "b": null, "c": [1, 2], "d": "x"});
        let mut problems = Vec::new();
        compare(
            &actual,
            &serde_json::json!({"a": "1.2346", "b": null, "c": [1, 2]}),
            "",
            &mut problems,
        );
        assert!(problems.is_empty(), "{problems:?}");
        compare(
            &actual,
            &serde_json::json!({"b": "1", "d": "y", "e": 1}),
            "",
            &mut problems,
        );
        assert_eq!(problems.len(), 3, "{problems:?}");
    }
}
