//! The "Risk" view: a Monte Carlo of the rig's projection with a volatile coin price and
//! difficulty. A fan chart of cumulative profit (p5–p95, p25–p75, median) with the payback
//! line, the verdict in plain words (the core's `risk_verdict`: the chance of paying back, the
//! running profit without a hardware cost, or that shutdown keeps the rig off in most futures),
//! and the volatility explained.
//! The simulation runs in slices (`sim.rs`) with a progress bar; results name their seed.

use minecalc_core::estimate::ESTIMATE_FIELDS;
use minecalc_core::project::PROJECTION_FIELDS;
use minecalc_core::risk::{
    RiskVerdict, SIMULATION_FIELDS, Simulation, SimulationInput, Simulator, mostly_off,
    risk_verdict,
};
use rust_decimal::Decimal;
use wasm_bindgen::JsValue;
use web_sys::Element;

use super::super::dom::{El, el, replace_children, set_attr, set_hidden, set_text, toggle_class};
use super::super::fields::Field;
use super::super::messages::Msg;
use super::super::sim::{self, Progress, Runner, Status, describe, float, horizon, legend, of_100};
use super::super::svg::{Chart, Margin, axis_room, nice_domain, nice_ticks};
use super::{Ctx, View};

/// The "Risk" view.
#[derive(Debug, Default)]
pub struct Risk {
    ui: Option<Ui>,
    runner: Runner<SimulationInput, Simulator>,
    /// What the figures on screen were drawn from: generation and width.
    drawn: Option<(u32, u32)>,
}

#[derive(Debug)]
struct Ui {
    kpi_label: Element,
    kpi_value: Element,
    words: Element,
    progress: Progress,
    status: Element,
    body: Element,
    chart: Element,
    cost_key: Element,
    caption: Element,
    range: Element,
    median: Element,
    volatility: Element,
    note: Element,
}

impl View for Risk {
    fn id(&self) -> &'static str {
        "risk"
    }

    fn label(&self) -> Msg {
        Msg::ViewRisk
    }

    fn render(&mut self, cx: &Ctx, panel: &Element) -> Result<(), JsValue> {
        let p = |class: &str| -> Result<Element, JsValue> { Ok(el("p")?.class(class).build()) };
        let kpi_label = p("mc-kpi-label")?;
        let kpi_value = el("p")?.class("mc-kpi-value").text("—").build();
        let words = p("mc-words")?;
        let summary = super::summary()?
            .append(&kpi_label)
            .append(&kpi_value)
            .append(&words);
        let progress = Progress::build("mc-risk-progress")?;
        let status = el("p")?
            .class("mc-status")
            .attr("hidden", "")
            .text(cx.t(Msg::StaleNote))
            .build();
        let chart = el("div")?.class("mc-chart-frame").build();
        let caption = el("figcaption")?.build();
        let keys = legend(&[
            ("mc-key mc-key-band", cx.t(Msg::LegendOuter)),
            ("mc-key mc-key-strong", cx.t(Msg::LegendInner)),
            ("mc-key mc-key-line", cx.t(Msg::LegendMedian)),
            ("mc-key mc-key-ref", cx.t(Msg::HardwareCost)),
        ])?
        .build();
        let cost_key = keys.last_element_child().unwrap_or_else(|| keys.clone());
        let figure = el("figure")?
            .class("mc-chart-box")
            .child(
                el("p")?
                    .class("mc-chart-title")
                    .text(cx.t(Msg::RiskChartTitle)),
            )
            .append(&keys)
            .append(&chart)
            .append(&caption);
        let (range, median, volatility, note) =
            (p("mc-words")?, p("mc-note")?, p("mc-note")?, p("mc-note")?);
        let body = el("div")?
            .class("mc-results-body")
            .part("risk")
            .child(figure)
            .append(&range)
            .append(&median)
            .append(&volatility)
            .append(&note)
            .build();
        replace_children(
            panel,
            vec![
                summary,
                El(progress.row.clone()),
                El(status.clone()),
                El(body.clone()),
            ],
        );
        self.drawn = None;
        self.ui = Some(Ui {
            kpi_label,
            kpi_value,
            words,
            progress,
            status,
            body,
            chart,
            cost_key,
            caption,
            range,
            median,
            volatility,
            note,
        });
        Ok(())
    }

    fn update(&mut self, cx: &Ctx) -> Result<(), JsValue> {
        let Some(ui) = &self.ui else { return Ok(()) };
        // The estimate's own errors are on their fields already.
        let input = match cx.estimate {
            None => None,
            Some(_) => {
                // The projection's own input (its defaults, today's date and height), so the
                // simulation's trend is the "Own hardware" projection.
                let keep = |k: &str| {
                    ESTIMATE_FIELDS.contains(&k)
                        || PROJECTION_FIELDS.contains(&k)
                        || SIMULATION_FIELDS.contains(&k)
                };
                let raw = sim::projection_input(cx, self.id(), &keep);
                SimulationInput::from_raw(&raw)
                    .map_err(|e| cx.report(e))
                    .ok()
            }
        };
        let Some(input) = input else {
            self.runner.stop();
            ui.progress.show(cx, None, &ui.body);
            toggle_class(&ui.body, "is-stale", true);
            set_hidden(&ui.status, false);
            return Ok(());
        };
        let paths = input.paths;
        self.runner
            .ensure(input, Simulator::new, cx.handle, &ui.progress.bar);
        let status = self.runner.status();
        ui.progress.show(
            cx,
            matches!(status, Status::Running).then_some(paths),
            &ui.body,
        );
        let failed = matches!(status, Status::Failed(_));
        toggle_class(&ui.body, "is-stale", failed);
        set_hidden(&ui.status, !failed);
        match status {
            Status::Done(result) => {
                let (generation, elapsed) = self.runner.stamp();
                let key = (generation, cx.width as u32);
                if self.drawn != Some(key) {
                    draw(cx, ui, &result)?;
                    sim::stamp_result(&ui.body, generation, elapsed, result.paths, result.seed);
                    self.drawn = Some(key);
                }
            }
            Status::Failed(e) => cx.report(e),
            Status::Running | Status::Idle => {}
        }
        Ok(())
    }
}

/// The headline sentence of a verdict (the core's `RiskVerdict::key` names it).
fn sentence(v: RiskVerdict) -> Msg {
    match v {
        RiskVerdict::Payback => Msg::RiskPayback,
        RiskVerdict::SwitchedOff => Msg::RiskSwitchedOff,
        RiskVerdict::RunningProfit => Msg::RiskRunningProfit,
        RiskVerdict::RunningLoss => Msg::RiskRunningLoss,
    }
}

/// Writes every figure and sentence of a finished simulation.
fn draw(cx: &Ctx, ui: &Ui, s: &Simulation) -> Result<(), JsValue> {
    let f = cx.fmt;
    let span = horizon(cx, s.days);
    let loss = of_100(s.probability_of_loss);
    let h = ("horizon", span.as_str());
    let verdict = risk_verdict(s);
    let payback = s.probability_of_payback.map(|p| {
        format!(
            "{} {}",
            cx.tf(sentence(RiskVerdict::Payback), &[("k", &of_100(p)), h]),
            cx.tf(Msg::RiskLoss, &[("k", &loss)])
        )
    });
    let (label, k, words) = match verdict {
        RiskVerdict::SwitchedOff => {
            let k = of_100(s.probability_mostly_off);
            let share = format!("{} %", of_100(s.running_share));
            let off = cx.tf(sentence(verdict), &[("k", &k), ("share", &share), h]);
            let words = format!("{off} {}", cx.t(Msg::RiskNoCost));
            (cx.tf(Msg::RiskKpiOff, &[h]), k, words)
        }
        RiskVerdict::Payback => {
            let k = s.probability_of_payback.map(of_100).unwrap_or_default();
            let mut words = payback.unwrap_or_default();
            if mostly_off(s) {
                let share = format!("{} %", of_100(s.running_share));
                words.push(' ');
                words.push_str(&cx.tf(
                    Msg::RiskOffNote,
                    &[("k", &of_100(s.probability_mostly_off)), ("share", &share)],
                ));
            }
            (cx.tf(Msg::RiskKpiPayback, &[h]), k, words)
        }
        RiskVerdict::RunningProfit => {
            let k = of_100(s.probability_of_profit);
            let words = cx.tf(sentence(verdict), &[("k", &k), h]);
            (cx.tf(Msg::RiskKpiRunning, &[h]), k, words)
        }
        RiskVerdict::RunningLoss => {
            let words = cx.tf(sentence(verdict), &[("k", &loss), h]);
            (cx.tf(Msg::RiskKpiRunningLoss, &[h]), loss, words)
        }
    };
    set_attr(&ui.words, "data-verdict", verdict.key());
    set_text(&ui.kpi_label, &label);
    set_text(&ui.kpi_value, &cx.tf(Msg::KpiOf100, &[("k", &k)]));
    set_text(&ui.words, &words);

    let b = &s.final_profit.band;
    set_text(
        &ui.range,
        &cx.tf(
            Msg::RiskRange,
            &[
                h,
                ("p50", &f.money_signed(b.p50)),
                ("p5", &f.money_signed(b.p5)),
                ("p95", &f.money_signed(b.p95)),
            ],
        ),
    );
    let median = s
        .median_payback_days
        .and_then(|d| s.start_date.add_days(i64::from(d) - 1))
        .map(|date| {
            cx.tf(
                Msg::RiskMedianPayback,
                &[("date", &f.date(&date.to_string()))],
            )
        });
    set_hidden(&ui.median, median.is_none());
    set_text(&ui.median, median.as_deref().unwrap_or(""));

    let v = s.price_volatility_percent_per_year;
    let sigma = float(v) / 100.0;
    let coin = cx.coin().map_or("", |c| c.name);
    let source = if cx.state.text(Field::PriceVolatility).trim().is_empty() {
        cx.tf(Msg::RiskVolDefault, &[("coin", coin)])
    } else {
        cx.t(Msg::RiskVolYours).to_owned()
    };
    set_text(
        &ui.volatility,
        &cx.tf(
            Msg::RiskVolatility,
            &[
                ("v", &f.sig(v)),
                ("source", &source),
                ("low", &sim::signed_percent(((-sigma).exp() - 1.0) * 100.0)),
                ("high", &sim::signed_percent((sigma.exp() - 1.0) * 100.0)),
            ],
        ),
    );
    set_text(
        &ui.note,
        &cx.tf(
            Msg::RiskEstimate,
            &[
                ("paths", &f.integer(Decimal::from(s.paths))),
                ("seed", &s.seed.to_string()),
            ],
        ),
    );

    set_hidden(&ui.cost_key, s.hardware_cost.is_none());
    let (svg, summary) = fan_chart(cx, s, &span)?;
    replace_children(&ui.chart, vec![El(svg)]);
    set_text(&ui.caption, &summary);
    Ok(())
}

/// The fan chart of cumulative profit and its text summary.
fn fan_chart(cx: &Ctx, s: &Simulation, span: &str) -> Result<(Element, String), JsValue> {
    let f = cx.fmt;
    // Day 0: nothing earned yet on any path.
    let mut rows: Vec<[f64; 6]> = vec![[0.0; 6]];
    for p in &s.points {
        let b = &p.band;
        rows.push([
            f64::from(p.day),
            float(b.p5),
            float(b.p25),
            float(b.p50),
            float(b.p75),
            float(b.p95),
        ]);
    }
    let cost = s.hardware_cost.map(float);
    let lo = rows.iter().map(|r| r[1]).fold(0.0, f64::min);
    let hi = rows
        .iter()
        .map(|r| r[5])
        .fold(cost.unwrap_or(0.0), f64::max);
    let (y0, y1) = nice_domain(lo, hi, 4);
    let days = f64::from(s.days);

    let width = cx.width.clamp(260.0, 860.0);
    let narrow = width < 420.0;
    let y_ticks = nice_ticks(y0, y1, 4);
    let y_labels: Vec<String> = y_ticks.iter().map(|v| f.money_compact(*v)).collect();
    let margin = Margin {
        left: axis_room(&y_labels),
        ..Margin::default()
    };
    let title = cx.t(Msg::RiskChartTitle);
    let chart = Chart::new(
        width,
        if narrow { 210.0 } else { 250.0 },
        margin,
        (0.0, days),
        (y0, y1),
        title,
    )?;
    chart.y_axis(&y_ticks, &y_labels)?;
    let ticks = month_ticks(days, if narrow { 3 } else { 5 });
    chart.x_axis(&ticks, |t| {
        s.start_date
            .add_days(t.round() as i64)
            .map(|d| f.month(d.to_string().get(..7).unwrap_or_default()))
            .unwrap_or_default()
    })?;
    chart.hline(0.0, "mc-zero")?;
    let series = |i: usize| -> Vec<(f64, f64)> { rows.iter().map(|r| (r[0], r[i])).collect() };
    chart.band(&series(5), &series(1), "mc-band")?;
    chart.band(&series(4), &series(2), "mc-band-strong")?;
    chart.line(&series(3), "mc-line")?;
    if let (Some(c), Some(cost)) = (cost, s.hardware_cost) {
        chart.hline(c, "mc-ref")?;
        chart.label(
            0.0,
            c,
            6.0,
            -6.0,
            &format!("{} {}", cx.t(Msg::HardwareCost), f.money(cost)),
            "mc-ref-label",
        )?;
    }
    let last = s.points.last().map(|p| &p.band);
    let money = |d: Option<Decimal>| d.map_or_else(|| "—".to_owned(), |d| f.money_signed(d));
    let summary = cx.tf(
        Msg::RiskChartSummary,
        &[
            ("horizon", span),
            ("p50", &money(last.map(|b| b.p50))),
            ("p5", &money(last.map(|b| b.p5))),
            ("p95", &money(last.map(|b| b.p95))),
        ],
    );
    describe(chart.element(), title, &summary)?;
    Ok((chart.element().clone(), summary))
}

/// Tick positions (days) at whole months: 1, 2, 3, 6, 12 … months apart, at most `count`.
fn month_ticks(days: f64, count: usize) -> Vec<f64> {
    const MONTH: f64 = 30.4375;
    let months = days / MONTH;
    let step = [1.0, 2.0, 3.0, 6.0, 12.0, 24.0, 60.0, 120.0]
        .into_iter()
        .find(|s| months / s <= count as f64 + 0.05)
        .unwrap_or(120.0);
    // The last tick may round past the end by a few hours: keep it on the axis.
    (1..=count)
        .map(|k| k as f64 * step * MONTH)
        .take_while(|d| *d <= days + 1.0)
        .map(|d| d.min(days))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{RiskVerdict, month_ticks, sentence};

    #[test]
    fn each_verdict_reads_as_the_message_its_key_names() {
        for v in [
            RiskVerdict::Payback,
            RiskVerdict::SwitchedOff,
            RiskVerdict::RunningProfit,
            RiskVerdict::RunningLoss,
        ] {
            assert_eq!(format!("{:?}", sentence(v)), v.key());
        }
    }

    #[test]
    fn ticks_fall_on_whole_months() {
        let t = month_ticks(730.0, 5);
        assert_eq!(t.len(), 4);
        assert!((t[0] - 182.625).abs() < 1e-9);
        assert_eq!(t[3], 730.0);
        assert_eq!(month_ticks(30.0, 3), vec![30.0]);
        assert_eq!(month_ticks(3653.0, 3).len(), 2);
        assert_eq!(month_ticks(3653.0, 5).len(), 5);
    }
}
