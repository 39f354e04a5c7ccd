//! JSON numbers and numeric strings from the APIs become exact, normalised decimal text: no
//! exponent notation, no trailing zeros, nothing the API sent lost on the way.

use std::str::FromStr;

use rust_decimal::Decimal;
use serde_json::Value;

/// The decimal value of a JSON number or numeric string, at `path` (for the error message).
///
/// Integers keep every digit (serde_json reads them as `u64`/`i64`). Other numbers are `f64`
/// in serde_json; Rust's `Display` for `f64` prints the shortest text that reads back as the
/// same `f64`, never in exponent notation, which is the API's own text whenever the API sent at
/// most 17 significant digits (every figure these APIs send). Strings are read as decimals, in
/// plain or exponent notation (`"1.5e21"`).
pub fn decimal(value: &Value, path: &str) -> Result<Decimal, String> {
    let parsed = match value {
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                Ok(Decimal::from(u))
            } else if let Some(i) = n.as_i64() {
                Ok(Decimal::from(i))
            } else {
                match n.as_f64() {
                    Some(f) if f.is_finite() => from_text(&f.to_string()),
                    _ => Err(()),
                }
            }
        }
        Value::String(s) => from_text(s.trim()),
        _ => return Err(format!("{path}: expected a number, got {}", kind(value))),
    };
    parsed.map(|d| d.normalize()).map_err(|()| {
        format!(
            "{path}: {} is not a decimal number in range",
            shorten(value)
        )
    })
}

/// Like [`decimal`], and the value must be greater than zero.
pub fn positive(value: &Value, path: &str) -> Result<Decimal, String> {
    let d = decimal(value, path)?;
    if d > Decimal::ZERO {
        Ok(d)
    } else {
        Err(format!("{path}: must be greater than 0, got {d}"))
    }
}

/// A whole number (a block height), from a JSON integer or a string of digits.
pub fn whole(value: &Value, path: &str) -> Result<u64, String> {
    let parsed = match value {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.trim().parse::<u64>().ok(),
        _ => None,
    };
    parsed.ok_or_else(|| format!("{path}: expected a whole number, got {}", shorten(value)))
}

/// `d` as feed text: plain decimal notation, normalised (`"91000.5"`, `"1"`).
pub fn text(d: Decimal) -> String {
    d.normalize().to_string()
}

/// The member `key` of object `value`, or an error naming `path.key`.
pub fn member<'a>(value: &'a Value, path: &str, key: &str) -> Result<&'a Value, String> {
    match value {
        Value::Object(map) => map.get(key).ok_or_else(|| format!("{path}.{key}: missing")),
        _ => Err(format!("{path}: expected an object, got {}", kind(value))),
    }
}

/// Reads `text` as JSON, naming the source in the error.
pub fn json(text: &str, what: &str) -> Result<Value, String> {
    serde_json::from_str(text).map_err(|e| format!("{what}: not JSON ({e})"))
}

fn from_text(s: &str) -> Result<Decimal, ()> {
    if s.contains(['e', 'E']) {
        Decimal::from_scientific(s).map_err(|_| ())
    } else {
        Decimal::from_str(s).map_err(|_| ())
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn shorten(value: &Value) -> String {
    let s = value.to_string();
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn t(v: Value) -> String {
        decimal(&v, "x").map(text).unwrap_or_else(|e| e)
    }

    #[test]
    fn integers_keep_every_digit() {
        assert_eq!(t(json!(925000)), "925000");
        assert_eq!(t(json!(18446744073709551615u64)), "18446744073709551615");
        assert_eq!(t(json!(-3)), "-3");
    }

    #[test]
    fn floats_keep_what_the_api_sent_and_never_use_exponents() {
        assert_eq!(t(json!(149301205959699.2)), "149301205959699.2");
        assert_eq!(t(json!(31251101365711.12)), "31251101365711.12");
        assert_eq!(t(json!(0.00286032350920122)), "0.00286032350920122");
        // JSON in exponent notation, as Python and JavaScript write large floats.
        let v: Value = serde_json::from_str("2.52033247355212e+20").unwrap_or(Value::Null);
        assert_eq!(t(v), "252033247355212000000");
        let v: Value = serde_json::from_str("1.5e-7").unwrap_or(Value::Null);
        assert_eq!(t(v), "0.00000015");
        // Integers too large for u64 arrive as f64.
        let v: Value = serde_json::from_str("236499762108771800000").unwrap_or(Value::Null);
        assert_eq!(t(v), "236499762108771800000");
    }

    #[test]
    fn strings_are_read_as_decimals() {
        assert_eq!(t(json!("92904707138521187685")), "92904707138521187685");
        assert_eq!(t(json!(" 91000.50 ")), "91000.5");
        assert_eq!(t(json!("1.5e21")), "1500000000000000000000");
        assert!(t(json!("abc")).contains("not a decimal"));
        assert!(t(json!(null)).contains("expected a number"));
    }

    #[test]
    fn positive_and_whole() {
        assert!(positive(&json!(0), "d").is_err());
        assert!(positive(&json!(-1.5), "d").is_err());
        assert_eq!(whole(&json!("19989141"), "h"), Ok(19_989_141));
        assert_eq!(whole(&json!(698767), "h"), Ok(698_767));
        assert!(whole(&json!(1.5), "h").is_err());
    }
}
