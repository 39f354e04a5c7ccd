//! minecalc-wasm: the JavaScript face of `minecalc-core` and the `<mining-calculator>` widget.
//! A thin skin: it converts JS values to the core's loosely typed input, calls the core, and
//! converts results and errors back. No business logic lives here.

use minecalc_core::Raw;
use serde::Serialize;
use wasm_bindgen::prelude::*;

pub mod api;

/// Installs the panic hook in debug builds so a bug shows a readable stack in the console.
#[wasm_bindgen(start)]
pub fn start() {
    #[cfg(feature = "debug-panic-hook")]
    console_error_panic_hook::set_once();
}

/// Converts a JS input object (numbers or decimal strings) into the core's [`Raw`] form.
pub(crate) fn from_js(value: JsValue) -> Result<Raw, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Err(js_error("input", "input: must be an object, got nothing"));
    }
    serde_wasm_bindgen::from_value::<Raw>(value)
        .map_err(|e| js_error("input", &format!("input: {e}")))
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
