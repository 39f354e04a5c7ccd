//! minecalc-wasm: the JavaScript face of `minecalc-core` and the `<mining-calculator>` widget.
//! A thin skin: it converts JS values to the core's loosely typed input, calls the core, and
//! converts results and errors back. No business logic lives here.

// The first module (built without `full`) is a subset: code only the full module uses is
// expected to be unused there.
#![cfg_attr(not(feature = "full"), allow(dead_code, unused_imports))]

use minecalc_core::Raw;
use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

pub mod api;
#[cfg(feature = "widget")]
mod widget;

/// The reader's local date as `YYYY-MM-DD` (the browser's clock: the core reads none), the
/// date projections and the market data's age start from.
pub(crate) fn today() -> String {
    let d = js_sys::Date::new_0();
    let mut s = String::with_capacity(10);
    for (n, width) in [
        (d.get_full_year(), 4),
        (d.get_month() + 1, 2),
        (d.get_date(), 2),
    ] {
        if !s.is_empty() {
            s.push('-');
        }
        let digits = n.to_string();
        for _ in digits.len()..width {
            s.push('0');
        }
        s.push_str(&digits);
    }
    s
}

/// The first module's allocator: a sorted, coalescing free list (`lol_alloc`), 3.7 KB gzip
/// smaller than the standard dlmalloc. The first module allocates little (one form's strings
/// per input); the modules with the JS API, whose simulations allocate a lot, keep dlmalloc.
#[cfg(all(target_arch = "wasm32", not(feature = "api")))]
#[global_allocator]
// SAFETY: the module is built without the `atomics` target feature, so it runs on one thread
// and the allocator is never entered from two at once.
#[allow(unsafe_code)]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

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
    read(&value, "")
}

/// Reads one JS value (a whole input, or one positional argument named `path`) into [`Raw`]
/// within the reader's limits.
pub(crate) fn read(value: &JsValue, path: &str) -> Result<Raw, JsValue> {
    Reader { values: 0 }.read(value, path, 0)
}

/// Objects nested deeper than this are refused (and cyclic ones never loop forever).
pub const MAX_DEPTH: u32 = 8;
/// Values (of any kind, at any depth) one input may hold.
pub const MAX_VALUES: usize = 10_000;
/// Items of one list, and fields of one object.
pub const MAX_ITEMS: u32 = 1_000;
/// Bytes of one field name (the API's longest is under 40).
pub const MAX_KEY: usize = 256;
/// UTF-16 code units of one string (room for a pasted market feed).
pub const MAX_TEXT: u32 = 1 << 20;

#[wasm_bindgen]
extern "C" {
    /// `Array.isArray`, which throws on a revoked Proxy.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
    /// `Object.keys`, which runs a Proxy's `ownKeys` and `getOwnPropertyDescriptor` traps.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn own_keys(value: &JsValue) -> Result<js_sys::Array, JsValue>;
}

/// The one reader of JS input values. Every step that can run the host's code (a getter, a
/// Proxy trap, `valueOf`, `toString`) goes through a catching call, and every value is
/// type-checked with `typeof`-style intrinsics before it is converted, so a host exception
/// never unwinds through wasm frames: it becomes an `Error` naming the field.
struct Reader {
    values: usize,
}

impl Reader {
    /// Walks a JS value into [`Raw`]. Numbers keep JavaScript's own shortest round-trip text
    /// (`0.1` stays `"0.1"`), so the core reads exactly what the page wrote.
    fn read(&mut self, value: &JsValue, path: &str, depth: u32) -> Result<Raw, JsValue> {
        let name = if path.is_empty() { "input" } else { path };
        self.values += 1;
        if self.values > MAX_VALUES {
            return Err(field_error(
                name,
                &format!("the input holds more than {MAX_VALUES} values"),
            ));
        }
        if value.is_undefined() || value.is_null() {
            return Ok(Raw::Null);
        }
        if let Some(b) = value.as_bool() {
            return Ok(Raw::Bool(b));
        }
        if value.is_string() {
            if value.unchecked_ref::<js_sys::JsString>().length() > MAX_TEXT {
                return Err(field_error(
                    name,
                    &format!("text longer than {MAX_TEXT} characters"),
                ));
            }
            return Ok(Raw::Text(value.as_string().unwrap_or_default()));
        }
        if let Some(n) = value.as_f64() {
            return number(n, name);
        }
        if value.is_bigint() {
            return Err(field_error(
                name,
                "must be a number or a decimal string, got a BigInt (write 10n as 10 or \"10\")",
            ));
        }
        if value.is_symbol() || value.is_function() || !value.is_object() {
            let kind = if value.is_symbol() {
                "a Symbol"
            } else if value.is_function() {
                "a function"
            } else {
                "a value of another kind"
            };
            return Err(field_error(
                name,
                &format!("must be a number, text, true/false, a list or an object, got {kind}"),
            ));
        }
        if depth >= MAX_DEPTH {
            return Err(field_error(
                name,
                &format!("nested too deeply (more than {MAX_DEPTH} levels)"),
            ));
        }
        let list = is_array(value).map_err(|e| unreadable(name, "checking for a list", &e))?;
        if list {
            let length = get(value, &JsValue::from_str("length"), name)?;
            let length = length
                .as_f64()
                .filter(|n| n.fract() == 0.0 && (0.0..=f64::from(MAX_ITEMS)).contains(n))
                .ok_or_else(|| {
                    field_error(
                        name,
                        &format!("must be a list of at most {MAX_ITEMS} items"),
                    )
                })? as u32;
            let mut items = Vec::with_capacity(length as usize);
            for i in 0..length {
                let item_path = format!("{name}[{i}]");
                let item = get(value, &JsValue::from(i), &item_path)?;
                items.push(self.read(&item, &item_path, depth + 1)?);
            }
            return Ok(Raw::List(items));
        }
        let keys = own_keys(value).map_err(|e| unreadable(name, "listing its fields", &e))?;
        if keys.length() > MAX_ITEMS {
            return Err(field_error(
                name,
                &format!("must be an object of at most {MAX_ITEMS} fields"),
            ));
        }
        let mut map = Raw::map();
        for i in 0..keys.length() {
            let key = keys.get(i).as_string().unwrap_or_default();
            if key.is_empty() || key.len() > MAX_KEY {
                return Err(field_error(
                    name,
                    &format!("has a field whose name is empty or longer than {MAX_KEY} bytes"),
                ));
            }
            let item_path = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            let item = get(value, &JsValue::from_str(&key), &item_path)?;
            let item = self.read(&item, &item_path, depth + 1)?;
            map.set(&key, item);
        }
        Ok(map)
    }
}

/// A JS number as [`Raw`]: its shortest round-trip text (`Number.prototype.toString`, called
/// through a catching import); NaN and ±Infinity are refused here.
fn number(n: f64, name: &str) -> Result<Raw, JsValue> {
    if !n.is_finite() {
        let got = if n.is_nan() {
            "NaN"
        } else if n > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        };
        return Err(field_error(
            name,
            &format!("must be a finite number, got {got}"),
        ));
    }
    if n == 0.0 {
        // -0 as well: the sign of zero carries nothing an input means.
        return Ok(Raw::Number("0".to_owned()));
    }
    let text = js_sys::Number::from(n)
        .to_string_with_radix(10)
        .map_err(|e| unreadable(name, "writing the number", &e))?;
    Ok(Raw::Number(String::from(text)))
}

/// What a JS value is, for messages, without running any of the host's code.
pub(crate) fn describe(value: &JsValue) -> String {
    if let Some(n) = value.as_f64() {
        return match number(n, "") {
            Ok(Raw::Number(text)) => text,
            _ if n.is_nan() => "NaN".to_owned(),
            _ if n > 0.0 => "Infinity".to_owned(),
            _ => "-Infinity".to_owned(),
        };
    }
    let kind = if value.is_undefined() {
        "nothing"
    } else if value.is_null() {
        "null"
    } else if value.as_bool().is_some() {
        "a boolean"
    } else if value.is_string() {
        "text"
    } else if value.is_bigint() {
        "a BigInt"
    } else if value.is_symbol() {
        "a Symbol"
    } else if value.is_function() {
        "a function"
    } else {
        "an object"
    };
    kind.to_owned()
}

/// `value[key]` through `Reflect.get`, which catches a throwing getter or Proxy trap.
fn get(value: &JsValue, key: &JsValue, name: &str) -> Result<JsValue, JsValue> {
    js_sys::Reflect::get(value, key).map_err(|e| unreadable(name, "the getter", &e))
}

/// The error for a value whose reading threw: names the field and quotes the exception's
/// message (read without calling the host's code: a string, or a string `message`).
fn unreadable(name: &str, what: &str, exception: &JsValue) -> JsValue {
    let message = exception
        .as_string()
        .or_else(|| {
            exception
                .is_object()
                .then(|| js_sys::Reflect::get(exception, &JsValue::from_str("message")).ok())
                .flatten()
                .and_then(|m| m.as_string())
        })
        .map(|m| shorten(&m, 120))
        .unwrap_or_else(|| describe(exception));
    field_error(
        name,
        &format!("could not be read ({what} threw: {message})"),
    )
}

/// `text` cut to at most `max` characters, with an ellipsis where it was cut.
fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", text.get(..at).unwrap_or(text)),
        None => text.to_owned(),
    }
}

/// A JS `Error` for `field` whose message is `field: detail`.
fn field_error(field: &str, detail: &str) -> JsValue {
    js_error(field, &format!("{field}: {detail}"))
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
    // Messages quote what came in: keep a huge input from making a huge message.
    let err = js_sys::Error::new(&shorten_middle(message, MAX_MESSAGE));
    // Setting a property on a fresh Error object cannot fail; ignore the Result all the same.
    let _ = js_sys::Reflect::set(&err, &JsValue::from_str("field"), &JsValue::from_str(field));
    err.into()
}

/// Longest message thrown, in characters (longer ones lose their middle).
const MAX_MESSAGE: usize = 400;

/// `text` with its middle cut out when longer than `max` characters, so both the field name
/// at the start and the accepted range at the end survive.
fn shorten_middle(text: &str, max: usize) -> String {
    let count = text.chars().count();
    if count <= max {
        return text.to_owned();
    }
    let head: String = text.chars().take(max * 3 / 4).collect();
    let tail: String = text.chars().skip(count - max / 4).collect();
    format!("{head}…{tail}")
}

/// Converts a core error into a JS `Error` with `field`.
pub(crate) fn core_error(e: minecalc_core::Error) -> JsValue {
    js_error(e.field(), &e.to_string())
}
