//! `parseMarket`: validates a site's market data (`minecalc-market`, version 1) with the
//! core's parser, so a page or a build step can check a feed before publishing it.

use minecalc_core::market;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{core_error, js_error, to_js};

#[wasm_bindgen(typescript_custom_section)]
const TS_MARKET: &'static str = r#"
/** What `parseMarket` found in a valid market document. */
export interface MarketInfo {
  /** The document's `generatedAt`, as written. */
  generatedAt: string;
  /** The coins it has figures for, e.g. ["btc", "ltc"]. */
  coins: string[];
  /** Unknown coins and fields, ignored (a newer feed still works with this version). */
  warnings: string[];
  /** Currencies it has FX rates for. */
  currencies: string[];
  /** Rigs it has prices for. */
  rigs: string[];
}
"#;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct MarketInfo {
    generated_at: String,
    coins: Vec<&'static str>,
    warnings: Vec<String>,
    currencies: Vec<String>,
    rigs: Vec<&'static str>,
}

/// Validates market data given as JSON text or as an object (read like every input).
/// Throws an `Error` whose message names the JSON path (`coins.btc.difficulty: must be
/// greater than 0, got "-5"`) and whose `field` is that path. A `generatedAt` after the
/// reader's today is refused.
#[wasm_bindgen(js_name = parseMarket, unchecked_return_type = "MarketInfo")]
pub fn parse_market(
    #[wasm_bindgen(unchecked_param_type = "string | object")] text: JsValue,
) -> Result<JsValue, JsValue> {
    let today = minecalc_core::date::Date::parse(&crate::today(), "today").ok();
    let parsed = match text.as_string() {
        Some(t) => market::parse(&t, today),
        // An object goes through the boundary's catching reader, then the same validation.
        None if text.is_object() => market::from_raw(&crate::read(&text, "market")?, "", today),
        None => return Err(js_error("market", "market: must be JSON text or an object")),
    }
    .map_err(core_error)?;
    let m = parsed.market;
    to_js(&MarketInfo {
        generated_at: m.generated_at,
        coins: m.coins.iter().map(|(id, _)| *id).collect(),
        warnings: parsed.warnings,
        currencies: m
            .fx
            .map(|fx| fx.usd_to.into_iter().map(|(c, _)| c).collect())
            .unwrap_or_default(),
        rigs: m.rigs.iter().map(|(id, _)| *id).collect(),
    })
}
