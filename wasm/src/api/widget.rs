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

    /// Uses a site's market data (`minecalc-market` JSON text); invalid data keeps the
    /// built-in snapshot and shows a notice. `saved` (`YYYY-MM-DD`): the text is an offline
    /// copy saved that day.
    #[wasm_bindgen(js_name = setMarket)]
    pub fn set_market(&self, text: &str, saved: Option<String>) {
        self.instance.set_market(text, saved);
    }

    /// The site's market data could not be fetched (`kind`: `http` with `status`, `timeout`,
    /// `size`, `network`): the built-in snapshot stays, with a notice.
    #[wasm_bindgen(js_name = marketFailed)]
    pub fn market_failed(&self, kind: &str, status: u16) {
        self.instance.market_failed(kind, status);
    }

    /// Which market data is in use.
    #[wasm_bindgen(getter, js_name = marketInfo, unchecked_return_type = "MarketInfoInUse")]
    pub fn market_info(&self) -> JsValue {
        self.instance.market_info()
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
