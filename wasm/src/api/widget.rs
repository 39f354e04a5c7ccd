//! The `Widget` class that `www/mining-calculator.js` creates for each `<mining-calculator>`
//! element: it renders into the element's shadow root and receives attribute changes.
//! The widget itself lives in `crate::widget`.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot};

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
}
"#;

/// One rendered `<mining-calculator>`. Dropping it (`free()`) removes its listeners.
#[wasm_bindgen]
#[derive(Debug)]
pub struct Widget {
    instance: Rc<Instance>,
}

#[wasm_bindgen]
impl Widget {
    /// Renders the widget for `host` into `root` (replacing the fallback slot) and computes
    /// the first result, dispatching `change` on `host`.
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement, root: ShadowRoot) -> Result<Widget, JsValue> {
        Ok(Widget {
            instance: Instance::new(host, root)?,
        })
    }

    /// Tells the widget that a host attribute changed (`null`: removed).
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&self, name: &str, value: Option<String>) {
        self.instance.attribute_changed(name, value);
    }

    /// The latest estimate, or null while an input is invalid.
    #[wasm_bindgen(getter, unchecked_return_type = "Estimate | null")]
    pub fn result(&self) -> JsValue {
        self.instance.result()
    }

    /// The input object last sent to the core.
    #[wasm_bindgen(getter, unchecked_return_type = "WidgetInput")]
    pub fn input(&self) -> JsValue {
        self.instance.input()
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
