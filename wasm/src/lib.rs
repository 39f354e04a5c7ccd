//! minecalc-wasm: the JavaScript face of `minecalc-core` and the `<mining-calculator>` widget.
//! A thin skin: it converts JS values to the core's loosely typed input, calls the core, and
//! converts results and errors back. No business logic lives here.

use minecalc_core::Raw;
use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

pub mod api;
mod widget;

/// Installs the panic hook in debug builds so a bug shows a readable stack in the console.
#[wasm_bindgen(start)]
fn start() {
    #[cfg(feature = "debug-panic-hook")]
    console_error_panic_hook::set_once();
}

/// Converts a JS input object (numbers or decimal strings) into the core's [`Raw`] form.
pub(crate) fn from_js(value: JsValue) -> Result<Raw, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Err(js_error("input", "input: must be an object, got nothing"));
    }
    raw_from_js(&value, "input", 0)
}

/// Objects nested deeper than this are refused (and cyclic ones never loop forever).
const MAX_DEPTH: u32 = 8;

/// Walks a JS value into [`Raw`]. Numbers keep JavaScript's own shortest round-trip text
/// (`0.1` stays `"0.1"`), so the core reads exactly what the page wrote; non-finite numbers
/// become text so the core's validation names the field instead of computing with NaN.
pub(crate) fn raw_from_js(value: &JsValue, path: &str, depth: u32) -> Result<Raw, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(Raw::Null);
    }
    if let Some(b) = value.as_bool() {
        return Ok(Raw::Bool(b));
    }
    if let Some(s) = value.as_string() {
        return Ok(Raw::Text(s));
    }
    if let Some(n) = value.as_f64() {
        let text = js_sys::Number::from(n)
            .to_string_with_radix(10)
            .map(String::from)
            .unwrap_or_default();
        return Ok(if n.is_finite() {
            Raw::Number(text)
        } else {
            Raw::Text(text)
        });
    }
    if depth >= MAX_DEPTH {
        return Err(js_error(path, &format!("{path}: nested too deeply")));
    }
    if js_sys::Array::is_array(value) {
        let array = js_sys::Array::from(value);
        let mut items = Vec::with_capacity(array.length() as usize);
        for (i, item) in array.iter().enumerate() {
            items.push(raw_from_js(&item, &format!("{path}[{i}]"), depth + 1)?);
        }
        return Ok(Raw::List(items));
    }
    if value.is_object() && !value.is_function() {
        let mut map = Raw::map();
        for entry in js_sys::Object::entries(value.unchecked_ref()).iter() {
            let pair = js_sys::Array::from(&entry);
            let key = pair.get(0).as_string().unwrap_or_default();
            let item = raw_from_js(&pair.get(1), &key, depth + 1)?;
            map.set(&key, item);
        }
        return Ok(map);
    }
    // BigInt, symbols, functions: keep their text so the error message shows what came in.
    Ok(Raw::Text(
        js_sys::JsString::from(value.clone())
            .as_string()
            .unwrap_or_default(),
    ))
}

/// The shape of every exported calculation: JS input → `Raw` → the core's validated input
/// (`read`) → the core's result (`compute`) → a JS object; core errors become JS errors.
pub(crate) fn call<I, O: Serialize>(
    input: JsValue,
    read: fn(&Raw) -> minecalc_core::Result<I>,
    compute: fn(&I) -> minecalc_core::Result<O>,
) -> Result<JsValue, JsValue> {
    let raw = from_js(input)?;
    let input = read(&raw).map_err(core_error)?;
    to_js(&compute(&input).map_err(core_error)?)
}

/// Serializes a core result for JS: plain objects, `null` for absent values, decimals as
/// strings.
pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| js_error("output", &format!("output: {e}")))
}

/// A JS `Error` whose message is the core's message and whose `field` property names the
/// offending input field, so pages can show it next to that field.
pub(crate) fn js_error(field: &str, message: &str) -> JsValue {
    let err = js_sys::Error::new(message);
    // Setting a property on a fresh Error object cannot fail; ignore the Result all the same.
    let _ = js_sys::Reflect::set(&err, &JsValue::from_str("field"), &JsValue::from_str(field));
    err.into()
}

/// Converts a core error into a JS `Error` with `field`.
pub(crate) fn core_error(e: minecalc_core::Error) -> JsValue {
    js_error(e.field(), &e.to_string())
}
