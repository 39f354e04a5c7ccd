//! The "Compare" view: the same money (the hardware cost) spent on the rig in the form, on a
//! cloud contract at the "Cloud contract" terms' price per hashrate and day, or on the coin
//! itself, on the same market path over the horizon (`compare_outlay`): a table of profit and
//! return with the best marked, and bars of the profits.

use minecalc_core::Raw;
use minecalc_core::contract::{Best, OutlayComparison, OutlayInput, compare_outlay};
use minecalc_core::num::Checked;
use minecalc_core::project::ProjectionInput;
use minecalc_core::raw::Fields;
use minecalc_core::units::Hashrate;
use minecalc_core::{Error, Result as CoreResult};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use super::super::dom::{
    El, coord, el, replace_children, set_attr, set_hidden, set_text, svg, toggle_class,
};
use super::super::messages::Msg;
use super::super::share::Actions;
use super::super::svg::{Scale, nice_domain};
use super::projection::{Outcomes, input, percent, projection_input};
use super::{Ctx, View};

/// The options in table order, with the core's name for each.
const OPTIONS: [(Msg, Best); 4] = [
    (Msg::OptHardware, Best::Hardware),
    (Msg::OptSell, Best::CloudSell),
    (Msg::OptHold, Best::CloudHold),
    (Msg::OptBuy, Best::BuyCoin),
];

/// Pixels per bar row: the option's name above a bar.
const ROW: f64 = 38.0;

/// The "Compare" view.
#[derive(Debug, Default)]
pub struct Compare {
    ui: Option<Ui>,
}

#[derive(Debug)]
struct Ui {
    kpi_label: Element,
    kpi: Element,
    kpi_sub: Element,
    prompt: Element,
    body: Element,
    outcomes: Outcomes,
    chart_title: Element,
    bars: Element,
    /// Per option: its name and its bar.
    marks: Vec<(Element, Element)>,
    zero: Element,
    note: Element,
}

impl View for Compare {
    fn id(&self) -> &'static str {
        "compare"
    }

    fn label(&self) -> Msg {
        Msg::ViewCompare
    }

    fn render(&mut self, cx: &Ctx, panel: &Element) -> Result<(), JsValue> {
        let kpi_label = el("p")?.class("mc-kpi-label").build();
        let kpi = el("p")?.class("mc-kpi-value mc-kpi-text").text("—").build();
        let kpi_sub = el("p")?.class("mc-kpi-sub").build();
        let summary = super::summary()?
            .append(&kpi_label)
            .append(&kpi)
            .append(&kpi_sub);
        let prompt = el("p")?
            .class("mc-prompt")
            .text(cx.t(Msg::ComparePrompt))
            .build();
        let labels: Vec<Msg> = OPTIONS.iter().map(|o| o.0).collect();
        let (table, outcomes) = Outcomes::new(cx, &labels)?;
        let zero = svg("line")?.class("mc-zero").build();
        let mut bars = svg("svg")?
            .class("mc-chart mc-bars")
            .part("chart")
            .attr("aria-hidden", "true");
        let mut marks = Vec::new();
        for _ in OPTIONS {
            let name = svg("text")?.build();
            let bar = svg("rect")?.class("mc-bar").attr("height", "14").build();
            bars = bars.append(&name).append(&bar);
            marks.push((name, bar));
        }
        let bars = bars.append(&zero).build();
        let chart_title = el("p")?.class("mc-chart-title").build();
        let figure = el("figure")?
            .class("mc-chart-box")
            .append(&chart_title)
            .child(el("div")?.class("mc-chart-frame").append(&bars));
        let note = el("p")?.class("mc-note").build();
        let actions = Actions::new(cx, false)?;
        let body = el("div")?
            .class("mc-results-body")
            .child(table)
            .child_opt((!cx.compact).then_some(figure))
            .append(&note)
            .append(&actions.root)
            .build();
        replace_children(panel, vec![summary, El(prompt.clone()), El(body.clone())]);
        self.ui = Some(Ui {
            kpi_label,
            kpi,
            kpi_sub,
            prompt,
            body,
            outcomes,
            chart_title,
            bars,
            marks,
            zero,
            note,
        });
        Ok(())
    }

    fn update(&mut self, cx: &Ctx) -> Result<(), JsValue> {
        let Some(ui) = &mut self.ui else {
            return Ok(());
        };
        let mut terms = input(cx, "compare", &|k| {
            matches!(
                k,
                "contractPrice"
                    | "contractDays"
                    | "maintenanceFeePerDay"
                    | "maintenanceFeePerUnitPerDay"
                    | "contractHashrate"
            )
        });
        super::cloud::terms(cx, &mut terms);
        let priced = terms.get("contractPrice").is_some();
        let costed = cx
            .input
            .is_some_and(|i| i.hardware_cost.is_some_and(|c| !c.is_zero()));
        let ready = priced && costed;
        set_hidden(&ui.prompt, ready || cx.input.is_none());
        set_hidden(&ui.body, !ready);
        let projection = projection_input(cx, "compare");
        if !ready {
            // Say what is missing, and keep the headline's label: the horizon is known.
            let prompt = match (priced, costed) {
                (false, true) => Msg::ComparePromptPrice,
                (true, false) => Msg::ComparePromptCost,
                _ => Msg::ComparePrompt,
            };
            set_text(&ui.prompt, cx.t(prompt));
            let label = projection.map_or(String::new(), |p| {
                cx.tf(
                    Msg::BestAfter,
                    &[("days", &cx.fmt.days(Decimal::from(p.days)))],
                )
            });
            set_text(&ui.kpi_label, &label);
            set_text(&ui.kpi, "—");
            set_text(&ui.kpi_sub, "");
            return Ok(());
        }
        let outcome = projection.and_then(|p| comparison(p, &terms));
        toggle_class(&ui.body, "is-stale", outcome.is_err());
        match outcome {
            Ok((c, hashrate)) => ui.show(cx, &c, &hashrate),
            Err(e) => cx.report(e),
        }
        Ok(())
    }
}

/// The comparison for a projection and the contract's terms: the outlay buys
/// `contract hashrate × outlay / price × contract days / horizon` of contract for the horizon
/// (the same price per hashrate and day), with the fee scaled alike (a fee per TH/s per day
/// is charged on that hashrate). Returns the contract's hashrate.
fn comparison(
    projection: ProjectionInput,
    terms: &Raw,
) -> CoreResult<(OutlayComparison, Hashrate)> {
    let f = Fields::new(terms)?;
    let price = f.positive("contractPrice")?.unwrap_or(Decimal::ONE);
    let term = f.integer_in("contractDays", 1, 3653)?.unwrap_or(365);
    let coin = projection.estimate.coin;
    let contracted = Hashrate::parse(
        &f.text_required("contractHashrate")?,
        coin.hash_unit,
        &f.name("contractHashrate"),
    )?;
    let fee = match f.non_negative("maintenanceFeePerUnitPerDay")? {
        Some(per_unit) => contracted
            .per_second()
            .div_checked(coin.algorithm.display_factor())
            .and_then(|units| units.mul_checked(per_unit))
            .ok_or_else(|| Error::overflow("maintenanceFeePerUnitPerDay"))?,
        None => f.non_negative("maintenanceFeePerDay")?.unwrap_or_default(),
    };
    let outlay = projection.estimate.hardware_cost.unwrap_or_default();
    let over = || Error::overflow("contractPrice");
    let ratio = outlay
        .div_checked(price)
        .and_then(|r| r.mul_checked(Decimal::from(term)))
        .and_then(|r| r.div_checked(Decimal::from(projection.days)))
        .ok_or_else(over)?;
    let hashrate = Hashrate::new(
        contracted
            .per_second()
            .mul_checked(ratio)
            .ok_or_else(over)?,
        contracted.unit(),
    );
    let input = OutlayInput {
        projection,
        contract_hashrate: hashrate,
        maintenance_fee_per_day: fee.mul_checked(ratio).ok_or_else(over)?,
        contract_ends_when_unprofitable: true,
    };
    Ok((compare_outlay(&input)?, hashrate))
}

impl Ui {
    fn show(&mut self, cx: &Ctx, c: &OutlayComparison, hashrate: &Hashrate) {
        let f = cx.fmt;
        let days = f.days(Decimal::from(c.days));
        let ticker = cx.coin().map_or("", |coin| coin.ticker);
        let outcomes = [&c.hardware, &c.cloud_sell, &c.cloud_hold, &c.buy_coin];
        let mut names = Vec::with_capacity(4);
        for (i, ((m, best), o)) in OPTIONS.iter().zip(outcomes).enumerate() {
            let name = cx.tf(*m, &[("ticker", ticker)]);
            self.outcomes.label(i, &name);
            self.outcomes
                .set(cx, i, o.profit, Some(o.roi_percent), c.best == *best);
            if c.best == *best {
                set_text(&self.kpi, &name);
                let mut sub = f.money_signed(o.profit);
                sub.push_str(" · ");
                sub.push_str(&percent(cx, o.roi_percent));
                set_text(&self.kpi_sub, &sub);
            }
            names.push(name);
        }
        set_text(&self.kpi_label, &cx.tf(Msg::BestAfter, &[("days", &days)]));
        set_text(
            &self.chart_title,
            &cx.tf(Msg::CompareChartTitle, &[("days", &days)]),
        );
        set_text(
            &self.note,
            &cx.tf(
                Msg::CompareNote,
                &[
                    ("outlay", &f.money(c.outlay)),
                    ("date", &f.date(&c.start_date.to_string())),
                    ("days", &days),
                    ("hashrate", &hashrate.to_string()),
                ],
            ),
        );
        if cx.compact {
            return;
        }

        let width = cx.width.clamp(260.0, 860.0);
        let height = ROW * 4.0 + 6.0;
        let values: Vec<f64> = outcomes
            .iter()
            .map(|o| o.profit.to_f64().unwrap_or(0.0))
            .collect();
        let (lo, hi) = values
            .iter()
            .fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
        let x = Scale::new(nice_domain(lo, hi, 4), (2.0, width - 2.0));
        let mut view_box = String::from("0 0 ");
        view_box.push_str(&coord(width));
        view_box.push(' ');
        view_box.push_str(&coord(height));
        set_attr(&self.bars, "viewBox", &view_box);
        set_attr(&self.bars, "width", &coord(width));
        set_attr(&self.bars, "height", &coord(height));
        let zero = x.at(0.0);
        for (name, v) in [("x1", zero), ("x2", zero), ("y1", 0.0), ("y2", height)] {
            set_attr(&self.zero, name, &coord(v));
        }
        for (i, ((label, bar), v)) in self.marks.iter().zip(&values).enumerate() {
            let top = i as f64 * ROW;
            set_attr(label, "x", "2");
            set_attr(label, "y", &coord(top + 13.0));
            set_text(label, names.get(i).map_or("", String::as_str));
            fit(label, width - 4.0);
            let end = x.at(*v);
            set_attr(bar, "x", &coord(zero.min(end)));
            set_attr(bar, "y", &coord(top + 18.0));
            set_attr(bar, "width", &coord((end - zero).abs().max(1.0)));
            toggle_class(bar, "is-profit", *v > 0.0);
            toggle_class(bar, "is-loss", *v < 0.0);
        }
    }
}

/// Squeezes an SVG text to `room` pixels when it is longer (a long option name on a phone, in
/// French say), and lets it be its own length otherwise. Reads the text's laid-out length,
/// which this chart, drawn on the comparison tab only, can afford.
fn fit(label: &Element, room: f64) {
    let Some(text) = label.dyn_ref::<web_sys::SvgTextContentElement>() else {
        return;
    };
    let _ = label.remove_attribute("textLength");
    if f64::from(text.get_computed_text_length()) > room {
        set_attr(label, "textLength", &coord(room));
        set_attr(label, "lengthAdjust", "spacingAndGlyphs");
    }
}
