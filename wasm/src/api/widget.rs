//! The `Widget` class that `www/mining-calculator.js` creates for each `<mining-calculator>`
//! element: it renders into the element's shadow root and receives attribute changes.
//! The widget itself lives in `crate::widget`.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot};

use crate::js_error;
use crate::widget::Instance;

#[wasm_bindgen(typescript_custom_section)]
const TS_WIDGET: &'static str = r#"
/** The input object the widget last sent to `calculate`: decimal strings, only given fields. */
export type WidgetInput = { [K in keyof EstimateInput]?: string };

/** `detail` of the element's `change` event. */
export interface WidgetChangeDetail {
  input: WidgetInput;
  /** The estimate, or null while an input is invalid. */
  result: Estimate | null;
  /** Which market data the numbers use. */
  marketInfo: MarketInfoInUse;
}

/** The market data a widget uses for its coin (`element.marketInfo`, `change` detail). */
export interface MarketInfoInUse {
  /** `"feed"`: the site's market data; `"builtin"`: the snapshot compiled into this build. */
  origin: "feed" | "builtin";
  /** Where the figures came from, as the data says. */
  source: string;
  /** The day the coin's figures were observed, `YYYY-MM-DD`. */
  date: string;
  /** Whole days from `date` to the reader's today. */
  ageDays: number | null;
  /** `none`: no site data named; `live`: fetched and valid; `cached`: an offline copy;
   *  `failed`: not usable (see `error`), the built-in snapshot is in use. */
  status: "none" | "live" | "cached" | "failed";
  error: string | null;
  /** The site data's `generatedAt`, when it is in use. */
  generatedAt: string | null;
  /** Figures the site's data lacked for this coin, taken from the built-in snapshot. */
  builtinFigures: string[];
}
"#;

#[wasm_bindgen]
extern "C" {
    /// The host element, seen as the page's object whose methods may throw.
    type PageElement;
    /// `element.getAttribute(name)` through a catching call: the host is the page's object,
    /// and its `getAttribute` may have been replaced by one that throws.
    #[wasm_bindgen(catch, method, js_name = getAttribute)]
    fn get_attribute(this: &PageElement, name: &str) -> Result<JsValue, JsValue>;
}

/// One rendered `<mining-calculator>`. `free()` removes its listeners; afterwards its methods
/// do nothing and `result`/`input` are null.
#[wasm_bindgen]
#[derive(Debug)]
pub struct Widget {
    /// `None` once freed.
    instance: Option<Rc<Instance>>,
}

#[wasm_bindgen]
impl Widget {
    /// Renders the widget for `host` into `root` (replacing the fallback slot) and computes
    /// the first result, dispatching `change` on `host`. Throws an `Error` with `field`
    /// `host` or `root` when they are not an element and its shadow root. `onNeed` (first
    /// module): called with `("full")` when the reader opens a part only the full module has,
    /// and with `("lang", tag, byReader)` when a language's table must be loaded first.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "HTMLElement")] host: JsValue,
        #[wasm_bindgen(unchecked_param_type = "ShadowRoot")] root: JsValue,
        #[wasm_bindgen(
            js_name = onNeed,
            unchecked_optional_param_type = "(what: \"full\" | \"lang\", tag?: string, byReader?: boolean) => void"
        )]
        on_need: JsValue,
    ) -> Result<Widget, JsValue> {
        // `instanceof` checks: wasm-bindgen's shims catch a throwing Proxy trap.
        let host: HtmlElement = host
            .dyn_into()
            .map_err(|_| js_error("host", "host: must be an HTMLElement"))?;
        let root: ShadowRoot = root
            .dyn_into()
            .map_err(|_| js_error("root", "root: must be a ShadowRoot"))?;
        let mut attrs = Vec::new();
        for name in crate::widget::attribute_names() {
            let value = host
                .unchecked_ref::<PageElement>()
                .get_attribute(name)
                .map_err(|_| {
                    js_error(
                        "host",
                        &format!("host: could not be read (getAttribute(\"{name}\") threw)"),
                    )
                })?;
            attrs.push((name, value.as_string()));
        }
        let on_need = on_need.dyn_into::<js_sys::Function>().ok();
        Ok(Widget {
            instance: Some(Instance::new(host, root, attrs, on_need)?),
        })
    }

    /// The language `host` would be shown in when this module lacks its table (load it with
    /// `addLanguage` before creating the widget); `undefined` when it can be shown now.
    #[wasm_bindgen(js_name = missingLanguage)]
    pub fn missing_language(
        #[wasm_bindgen(unchecked_param_type = "HTMLElement")] host: JsValue,
    ) -> Option<String> {
        let host: HtmlElement = host.dyn_into().ok()?;
        let attr = host
            .unchecked_ref::<PageElement>()
            .get_attribute("lang")
            .ok()?
            .as_string();
        crate::widget::missing_language(&host, attr.as_deref())
    }

    /// Whether this is the full module (every view and language) or the first module.
    #[wasm_bindgen(js_name = isFull)]
    pub fn is_full() -> bool {
        cfg!(feature = "full")
    }

    /// The reader's inputs, view and language as `key=value&…` text, for the full module's
    /// widget to take over with `adopt` (the first module hands over when the reader opens a
    /// part it lacks).
    pub fn handover(&self) -> String {
        self.instance
            .as_ref()
            .map_or_else(String::new, |i| i.handover())
    }

    /// Takes over the inputs `handover` gave (untrusted text: read like a share link).
    pub fn adopt(&self, #[wasm_bindgen(unchecked_param_type = "string")] pairs: JsValue) {
        if let (Some(instance), Some(pairs)) = (&self.instance, pairs.as_string()) {
            instance.adopt(&pairs);
        }
    }

    /// The page could not load the full module: the waiting views say so (opening one again
    /// asks again).
    #[wasm_bindgen(js_name = loadFailed)]
    pub fn load_failed(&self) {
        if let Some(instance) = &self.instance {
            instance.load_failed();
        }
    }

    /// Shows the widget in the language the reader picked (`tag`: `"de"`, …), as the menu does;
    /// for the page to call once a table it asked for has arrived.
    #[wasm_bindgen(js_name = setReaderLanguage)]
    pub fn set_reader_language(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] tag: JsValue,
    ) {
        if let (Some(instance), Some(tag)) = (&self.instance, tag.as_string()) {
            instance.set_reader_lang(&tag);
        }
    }

    /// Tells the widget that a host attribute changed (`null`: removed). Names and values
    /// that are not strings are ignored.
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] name: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "string | null")] value: JsValue,
    ) {
        if let (Some(instance), Some(name)) = (&self.instance, name.as_string()) {
            instance.attribute_changed(&name, value.as_string());
        }
    }

    /// The latest estimate, or null while an input is invalid.
    #[wasm_bindgen(getter, unchecked_return_type = "Estimate | null")]
    pub fn result(&self) -> JsValue {
        self.instance.as_ref().map_or(JsValue::NULL, |i| i.result())
    }

    /// The input object last sent to the core.
    #[wasm_bindgen(getter, unchecked_return_type = "WidgetInput")]
    pub fn input(&self) -> JsValue {
        self.instance.as_ref().map_or(JsValue::NULL, |i| i.input())
    }

    /// Removes the widget's listeners and releases it; the object stays safe to call.
    #[wasm_bindgen(js_name = free)]
    pub fn release(&mut self) {
        self.instance = None;
    }

    /// Uses a site's market data (`minecalc-market` JSON text; empty: back to the built-in
    /// snapshot); invalid data keeps the built-in snapshot and shows a notice. `saved`
    /// (`YYYY-MM-DD`): the text is an offline copy saved that day. A value that is not a string
    /// counts as invalid data.
    #[wasm_bindgen(js_name = setMarket)]
    pub fn set_market(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "string")] saved: JsValue,
    ) {
        if let Some(instance) = &self.instance {
            let text = text
                .as_string()
                .unwrap_or_else(|| "not market data".to_owned());
            instance.set_market(&text, saved.as_string());
        }
    }

    /// The site's market data could not be fetched (`kind`: `http` with `status`, `timeout`,
    /// `size`, `network`): the built-in snapshot stays, with a notice.
    #[wasm_bindgen(js_name = marketFailed)]
    pub fn market_failed(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] kind: JsValue,
        #[wasm_bindgen(unchecked_param_type = "number")] status: JsValue,
    ) {
        if let Some(instance) = &self.instance {
            let status = status
                .as_f64()
                .filter(|s| s.is_finite() && (0.0..=999.0).contains(s))
                .map_or(0, |s| s as u16);
            instance.market_failed(&kind.as_string().unwrap_or_default(), status);
        }
    }

    /// Which market data is in use.
    #[wasm_bindgen(getter, js_name = marketInfo, unchecked_return_type = "MarketInfoInUse")]
    pub fn market_info(&self) -> JsValue {
        self.instance
            .as_ref()
            .map_or(JsValue::NULL, |i| i.market_info())
    }

    /// Every attribute the widget reads (the element observes these).
    #[wasm_bindgen(js_name = attributeNames)]
    pub fn attribute_names() -> Vec<String> {
        crate::widget::attribute_names()
            .into_iter()
            .map(str::to_owned)
            .collect()
    }
}

/// Loads a language's message table (`lang/<tag>.json`, format `minecalc-messages`) into the
/// first module; the full module has every table and accepts any known tag. Throws an `Error`
/// with `field` `messages` when the text is not that language's table from this build.
#[wasm_bindgen(js_name = addLanguage)]
pub fn add_language(
    #[wasm_bindgen(unchecked_param_type = "string")] tag: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<(), JsValue> {
    let (Some(tag), Some(text)) = (tag.as_string(), text.as_string()) else {
        return Err(js_error(
            "messages",
            "messages: tag and text must be strings",
        ));
    };
    crate::widget::messages::add_table(&tag, &text).map_err(|e| js_error("messages", &e))
}
