//! The "Cloud contract" view: renting the contract's own hashrate (in the Contract group; the
//! rig's fields are hidden) for a contract price and a maintenance fee per TH/s (or the
//! algorithm's unit) per day or per day for the whole contract, day by day on the assumed
//! market path (`evaluate_contract`): the contract with its coins sold daily or kept to the
//! end, against buying the coin with the same money, in one verdict sentence that says when
//! the price is assumed flat; a worked example from the current numbers; a cumulative-profit
//! chart with the payback point and halvings; CSV and link.

use std::cmp::Ordering;

use minecalc_core::Raw;
use minecalc_core::contract::{
    CONTRACT_FIELDS, ContractEvaluation, ContractInput, FeeBasis, Verdict, evaluate_contract,
};
use minecalc_core::estimate::ESTIMATE_FIELDS;
use minecalc_core::num::Checked;
use rust_decimal::Decimal;
use wasm_bindgen::JsValue;
use web_sys::Element;

use super::super::dom::{El, el, replace_children, set_hidden, set_text, toggle_class};
use super::super::fields::{self, DEFAULT_CONTRACT_HASHRATE, FEE_WHOLE_CONTRACT, Field};
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

/// Puts the contract's terms from the form into `raw` as the core reads them: the contracted
/// hashrate with the algorithm's display unit (a number alone is in that unit; empty is
/// [`DEFAULT_CONTRACT_HASHRATE`]), and only the maintenance fee the fee basis picks.
pub fn terms(cx: &Ctx, raw: &mut Raw) {
    let typed = match raw.get("contractHashrate") {
        Some(Raw::Text(t)) => t.trim().to_owned(),
        _ => DEFAULT_CONTRACT_HASHRATE.to_owned(),
    };
    let plain = typed
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'));
    let text = if plain {
        format!("{typed} {}", fields::display_hash_unit(cx.coin()))
    } else {
        typed
    };
    raw.set("contractHashrate", Raw::Text(text));
    let unused = if cx.state.text(Field::FeeBasis).trim() == FEE_WHOLE_CONTRACT {
        "maintenanceFeePerUnitPerDay"
    } else {
        "maintenanceFeePerDay"
    };
    if let Raw::Map(m) = raw {
        m.retain(|k, _| k != unused);
    }
}

/// The "Cloud contract" view.
#[derive(Debug, Default)]
pub struct Cloud {
    ui: Option<Ui>,
}

#[derive(Debug)]
struct Ui {
    kpi: Element,
    kpi_sub: Element,
    /// The answer in words: the contract against buying the coin.
    verdict: Element,
    prompt: Element,
    body: Element,
    /// The price path the comparison assumes (flat, or its yearly change).
    path: Element,
    outcomes: Outcomes,
    ended: Element,
    note: Element,
    example: Element,
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
        let verdict = el("p")?.class("mc-verdict").build();
        let summary = super::summary()?
            .child(el("p")?.class("mc-kpi-label").text(cx.t(Msg::CloudKpi)))
            .append(&kpi)
            .append(&kpi_sub)
            .append(&verdict);
        let path = el("p")?.class("mc-note mc-price-path").build();
        let example = el("p")?.class("mc-note mc-example").build();
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
            .append(&path)
            .child(table)
            .append(&ended)
            .append(&example)
            .append(&note)
            .child_opt((!cx.compact).then_some(figure))
            .append(&actions.root)
            .build();
        replace_children(panel, vec![summary, El(prompt.clone()), El(body.clone())]);
        self.ui = Some(Ui {
            kpi,
            kpi_sub,
            verdict,
            prompt,
            body,
            path,
            outcomes,
            ended,
            note,
            example,
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
        // The contract's own hashrate, not the rig's: the hardware fields are hidden here.
        let mut raw = input(cx, "cloud", &|k| {
            (ESTIMATE_FIELDS.contains(&k) && !RIG_ONLY.contains(&k) && k != "hashrate")
                || CONTRACT_FIELDS.contains(&k)
        });
        terms(cx, &mut raw);
        let priced = raw.get("contractPrice").is_some();
        set_hidden(&ui.prompt, priced);
        set_hidden(&ui.body, !priced);
        if !priced {
            toggle_class(&ui.body, "is-stale", true);
            set_text(&ui.kpi, "—");
            set_text(&ui.kpi_sub, "");
            set_text(&ui.verdict, "");
            ui.actions.set_csv(None);
            return Ok(());
        }
        // Evaluated whatever the rig's estimate says: its fields do not apply to a contract.
        let outcome =
            ContractInput::from_raw(&raw).and_then(|i| evaluate_contract(&i).map(|c| (i, c)));
        toggle_class(&ui.body, "is-stale", outcome.is_err());
        match outcome {
            Ok((i, c)) => {
                ui.show(cx, &c, i.path.price_change_percent_per_year)?;
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
    fn show(
        &mut self,
        cx: &Ctx,
        c: &ContractEvaluation,
        price_change: Decimal,
    ) -> Result<(), JsValue> {
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
        // Under a flat price buying the coin gains exactly nothing: it is not crowned "best"
        // for that; the verdict sentence says what it means instead.
        let crowned = !(c.flat_price && c.verdict == Verdict::BuyCoin);
        for (i, (profit, verdict)) in rows.into_iter().enumerate() {
            self.outcomes.set(
                cx,
                i,
                profit,
                of_price(profit),
                crowned && c.verdict == verdict,
            );
        }
        set_text(&self.verdict, &verdict(cx, c, ticker));
        let path = if c.flat_price {
            cx.tf(Msg::CloudFlatNote, &[("ticker", ticker)])
        } else {
            let mut change = String::new();
            if price_change > Decimal::ZERO {
                change.push('+');
            }
            change.push_str(&f.sig(price_change));
            change.push_str(" %");
            cx.tf(
                Msg::CloudPathNote,
                &[
                    ("change", &change),
                    ("start", &f.money(c.start_coin_price)),
                    ("end", &f.money(c.end_coin_price)),
                ],
            )
        };
        set_text(&self.path, &path);
        set_text(&self.example, &example(cx, c, ticker));

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

/// The answer in one sentence: the contract's better outcome (coins sold daily or kept)
/// against buying the coin for the contract price, compared to the cent. Under a flat price
/// buying the coin neither gains nor loses, so the sentence says whether the contract makes
/// or loses money, and that holding the coin (or the money) keeps it.
fn verdict(cx: &Ctx, c: &ContractEvaluation, ticker: &str) -> String {
    let f = cx.fmt;
    let (best, option) = if c.held_coins_value > c.net_profit {
        (c.held_coins_value, Msg::CloudKept)
    } else {
        (c.net_profit, Msg::CloudSold)
    };
    let price = f.money(c.contract_price);
    let option = cx.t(option);
    let cents = |d: Decimal| d.round_dp(2).cmp(&Decimal::ZERO);
    if c.flat_price {
        let (m, amount) = match cents(best) {
            Ordering::Greater => (Msg::CloudFlatBetter, best),
            Ordering::Less => (Msg::CloudFlatWorse, -best),
            Ordering::Equal => (Msg::CloudFlatEven, Decimal::ZERO),
        };
        let amount = f.money(amount);
        return cx.tf(
            m,
            &[
                ("ticker", ticker),
                ("option", option),
                ("price", &price),
                ("net", &amount),
                ("loss", &amount),
            ],
        );
    }
    let buy = c.hold_alternative.profit;
    let diff = best.sub_checked(buy).unwrap_or_default();
    let m = match cents(diff) {
        Ordering::Greater => Msg::CloudBetter,
        Ordering::Less => Msg::CloudWorse,
        Ordering::Equal => Msg::CloudSame,
    };
    cx.tf(
        m,
        &[
            ("ticker", ticker),
            ("option", option),
            ("price", &price),
            ("best", &f.money_signed(best)),
            ("buy", &f.money_signed(buy)),
            ("diff", &f.money(diff.abs())),
        ],
    )
}

/// The worked example under the table, from the current numbers: hashrate, term and fee as
/// given, the daily fee they make, what was mined and sold, and the sum to the net profit.
fn example(cx: &Ctx, c: &ContractEvaluation, ticker: &str) -> String {
    let f = cx.fmt;
    let unit = c.hashrate_unit.as_str();
    let mut hashrate = f.sig(c.contract_hashrate);
    hashrate.push(' ');
    hashrate.push_str(unit);
    let m = match c.maintenance_fee_basis {
        FeeBasis::PerUnitPerDay => Msg::CloudExampleUnit,
        FeeBasis::PerDay => Msg::CloudExampleWhole,
    };
    cx.tf(
        m,
        &[
            ("price", &f.money(c.contract_price)),
            ("hashrate", &hashrate),
            ("days", &f.days(Decimal::from(c.contract_days))),
            ("unitFee", &f.money(c.maintenance_fee_per_unit_per_day)),
            ("unit", unit),
            ("fee", &f.money(c.maintenance_fee_per_day)),
            ("daysRun", &f.days(Decimal::from(c.days.len()))),
            ("coins", &f.sig(c.total_coins)),
            ("ticker", ticker),
            ("revenue", &f.money(c.total_revenue)),
            ("fees", &f.money(c.total_fees)),
            ("net", &f.money_signed(c.net_profit)),
        ],
    )
}
