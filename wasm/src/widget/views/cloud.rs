//! The "Cloud contract" view: renting the hashrate in the form for a contract price and a daily
//! maintenance fee, day by day on the assumed market path (`evaluate_contract`): the contract
//! with its coins sold daily or kept to the end, against buying the coin with the same money;
//! a cumulative-profit chart with the payback point and halvings; CSV and link.

use minecalc_core::contract::{
    CONTRACT_FIELDS, ContractEvaluation, ContractInput, Verdict, evaluate_contract,
};
use minecalc_core::estimate::ESTIMATE_FIELDS;
use minecalc_core::num::Checked;
use rust_decimal::Decimal;
use wasm_bindgen::JsValue;
use web_sys::Element;

use super::super::dom::{El, el, replace_children, set_hidden, set_text, toggle_class};
use super::super::messages::Msg;
use super::super::share::{Actions, Csv};
use super::projection::{self, NetChart, Outcomes, input, percent, sample, sign_class};
use super::{Ctx, View};

/// Estimate fields that describe a rig of one's own: a contract does not read them.
const RIG_ONLY: [&str; 4] = [
    "powerWatts",
    "electricityPrice",
    "overheadPercent",
    "hardwareCost",
];

/// The "Cloud contract" view.
#[derive(Debug, Default)]
pub struct Cloud {
    ui: Option<Ui>,
}

#[derive(Debug)]
struct Ui {
    kpi: Element,
    kpi_sub: Element,
    prompt: Element,
    body: Element,
    outcomes: Outcomes,
    ended: Element,
    note: Element,
    chart: NetChart,
    caption: Element,
    actions: Actions,
}

impl View for Cloud {
    fn id(&self) -> &'static str {
        "cloud"
    }

    fn label(&self) -> Msg {
        Msg::ViewCloud
    }

    fn render(&mut self, cx: &Ctx, panel: &Element) -> Result<(), JsValue> {
        let kpi = el("p")?.class("mc-kpi-value").text("—").build();
        let kpi_sub = el("p")?.class("mc-kpi-sub").build();
        let summary = super::summary()?
            .child(el("p")?.class("mc-kpi-label").text(cx.t(Msg::CloudKpi)))
            .append(&kpi)
            .append(&kpi_sub);
        let prompt = el("p")?
            .class("mc-prompt")
            .text(cx.t(Msg::CloudPrompt))
            .build();
        let (table, outcomes) = Outcomes::new(cx, &[Msg::OptSell, Msg::OptHold, Msg::OptBuy])?;
        let ended = el("p")?
            .class("mc-note mc-ended")
            .attr("hidden", "")
            .build();
        let note = el("p")?.class("mc-note").build();
        let chart = NetChart::new(cx.t(Msg::ChartNetTitle), panel)?;
        let (figure, caption) = chart.figure(cx.t(Msg::ChartNetTitle))?;
        let actions = Actions::new(cx, true)?;
        let body = el("div")?
            .class("mc-results-body")
            .child(table)
            .append(&ended)
            .append(&note)
            .child_opt((!cx.compact).then_some(figure))
            .append(&actions.root)
            .build();
        replace_children(panel, vec![summary, El(prompt.clone()), El(body.clone())]);
        self.ui = Some(Ui {
            kpi,
            kpi_sub,
            prompt,
            body,
            outcomes,
            ended,
            note,
            chart,
            caption,
            actions,
        });
        Ok(())
    }

    fn update(&mut self, cx: &Ctx) -> Result<(), JsValue> {
        let Some(ui) = &mut self.ui else {
            return Ok(());
        };
        let raw = input(cx, "cloud", &|k| {
            (ESTIMATE_FIELDS.contains(&k) && !RIG_ONLY.contains(&k)) || CONTRACT_FIELDS.contains(&k)
        });
        let priced = raw.get("contractPrice").is_some();
        set_hidden(&ui.prompt, priced);
        set_hidden(&ui.body, !priced);
        let outcome = match (cx.estimate, priced) {
            (Some(_), true) => ContractInput::from_raw(&raw).and_then(|i| evaluate_contract(&i)),
            _ => {
                toggle_class(&ui.body, "is-stale", true);
                if !priced {
                    set_text(&ui.kpi, "—");
                    set_text(&ui.kpi_sub, "");
                    ui.actions.set_csv(None);
                }
                return Ok(());
            }
        };
        toggle_class(&ui.body, "is-stale", outcome.is_err());
        match outcome {
            Ok(c) => {
                ui.show(cx, &c)?;
                ui.actions.set_csv(Some(Csv::Contract(c)));
            }
            Err(e) => {
                ui.actions.set_csv(None);
                cx.report(e);
            }
        }
        Ok(())
    }
}

impl Ui {
    fn show(&mut self, cx: &Ctx, c: &ContractEvaluation) -> Result<(), JsValue> {
        let f = cx.fmt;
        let days = f.days(Decimal::from(c.contract_days));
        let paid = c.payback_date.map(|d| f.date(&d.to_string()));
        set_text(&self.kpi, &f.money_signed(c.net_profit));
        sign_class(&self.kpi, c.net_profit);
        let never = cx.tf(Msg::NotWithin, &[("days", &days)]);
        let mut sub = String::from(cx.t(Msg::FigRoi));
        sub.push_str(": ");
        sub.push_str(&percent(cx, c.roi_percent));
        sub.push_str(" · ");
        sub.push_str(cx.t(Msg::FigPaysBack));
        sub.push_str(": ");
        sub.push_str(paid.as_deref().unwrap_or(&never));
        set_text(&self.kpi_sub, &sub);

        let ticker = cx.coin().map_or("", |coin| coin.ticker);
        self.outcomes
            .label(2, &cx.tf(Msg::OptBuy, &[("ticker", ticker)]));
        let of_price = |v: Decimal| {
            v.div_checked(c.contract_price)
                .and_then(|r| r.mul_checked(Decimal::ONE_HUNDRED))
        };
        let rows = [
            (c.net_profit, Verdict::CloudSell),
            (c.held_coins_value, Verdict::CloudHold),
            (c.hold_alternative.profit, Verdict::BuyCoin),
        ];
        for (i, (profit, verdict)) in rows.into_iter().enumerate() {
            self.outcomes
                .set(cx, i, profit, of_price(profit), c.verdict == verdict);
        }

        set_hidden(&self.ended, c.ended_early_on.is_none());
        if let Some(d) = c.ended_early_on {
            set_text(
                &self.ended,
                &cx.tf(Msg::EndedEarly, &[("date", &f.date(&d.to_string()))]),
            );
        }
        set_text(
            &self.note,
            &cx.tf(Msg::CloudNote, &[("price", &f.money(c.end_coin_price))]),
        );

        if !cx.compact {
            let points = sample(c.days.len(), c.contract_price, &|i| {
                c.days.get(i).map(|d| d.cumulative_profit)
            });
            let days_run = c.contract_days as usize;
            self.chart.draw(
                cx,
                c.start_date,
                days_run,
                &points,
                c.payback_date,
                &c.halvings,
            )?;
            set_text(
                &self.caption,
                &projection::summary(cx, &days, false, paid.as_deref(), c.net_profit),
            );
        }
        Ok(())
    }
}
