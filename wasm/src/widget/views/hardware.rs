//! The "Own hardware" view: today's profit per day, month and year for the rig in the form,
//! the key figures (break-even prices, payback, efficiency, hashprice) each with the formula
//! behind it and the current numbers, and a chart of daily profit against electricity price.

use minecalc_core::estimate::{Assumptions, Estimate, EstimateInput, Period};
use minecalc_core::market::{self, Origin};
use minecalc_core::num::Checked;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use wasm_bindgen::JsValue;
use web_sys::Element;

use super::super::dom::{
    El, between, coord, el, replace_children, set_attr, set_hidden, set_text, svg, toggle_class,
};
use super::super::format::Fmt;
use super::super::messages::Msg;
use super::super::svg::{Chart, Margin, Plot, axis_room, nice_domain, nice_ticks};
use super::{Ctx, View};

/// The rows of the breakdown table.
const ROWS: [Msg; 5] = [
    Msg::RowCoins,
    Msg::RowRevenue,
    Msg::RowPoolFee,
    Msg::RowElectricity,
    Msg::RowProfit,
];

/// The key figures under the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Figure {
    BreakEvenElectricity,
    BreakEvenCoin,
    Payback,
    Efficiency,
    Hashprice,
}

const FIGURES: [(Figure, Msg); 5] = [
    (Figure::BreakEvenElectricity, Msg::FigBreakEvenElectricity),
    (Figure::BreakEvenCoin, Msg::FigBreakEvenCoin),
    (Figure::Payback, Msg::FigPayback),
    (Figure::Efficiency, Msg::FigEfficiency),
    (Figure::Hashprice, Msg::FigHashprice),
];

/// The "Own hardware" view.
#[derive(Debug, Default)]
pub struct Hardware {
    ui: Option<Ui>,
    /// The page's share link (`#mc=…`) was read. This view is the first tab in both modules,
    /// so it is the one that reads it, once, after its first render.
    restored: bool,
}

#[derive(Debug)]
struct Ui {
    kpi_label: Element,
    /// The date and origin of the market data under the headline.
    kpi_data: Element,
    /// Shown when that data is over 30 days old.
    age_notice: Element,
    kpi_value: Element,
    kpi_sub: Element,
    status: Element,
    body: Element,
    coins_label: Element,
    cells: Vec<[Element; 3]>,
    breakdown: Element,
    figures: Vec<(Figure, Element, Element)>,
    chart_box: Element,
    chart: Element,
    caption: Element,
    price_chart: PriceChart,
}

/// The chart of daily profit against the electricity price, redrawn in place. Its axes, lines
/// and break-even mark depend on the rig and the market only, so typing another electricity
/// price within the chart's range moves the reader's marker (three elements) and leaves the
/// rest of the `<svg>` alone.
#[derive(Debug, Default)]
struct PriceChart {
    /// What the `<svg>` was drawn for: its geometry and lines (as bits), and the currency.
    key: Option<([u64; 9], String)>,
    drawn: Option<Drawn>,
}

#[derive(Debug)]
struct Drawn {
    plot: Plot,
    dot: Element,
    title: Element,
    label: Element,
}

impl View for Hardware {
    fn id(&self) -> &'static str {
        "hardware"
    }

    fn label(&self) -> Msg {
        Msg::ViewHardware
    }

    fn render(&mut self, cx: &Ctx, panel: &Element) -> Result<(), JsValue> {
        if !self.restored {
            self.restored = true;
            super::super::share::restore(cx);
        }
        let kpi_value = el("p")?.class("mc-kpi-value").text("—").build();
        let kpi_sub = el("p")?.class("mc-kpi-sub").build();
        let status = el("p")?
            .class("mc-status")
            .attr("hidden", "")
            .text(cx.t(Msg::StaleNote))
            .build();
        let kpi_label = el("p")?
            .class("mc-kpi-label")
            .text(cx.t(Msg::ProfitPerDay))
            .build();
        let kpi_data = el("p")?.class("mc-kpi-data").part("data-date").build();
        let age_notice = el("p")?
            .class("mc-notice mc-age")
            .part("age-notice")
            .attr("hidden", "")
            .build();
        let summary = super::summary()?
            .append(&kpi_label)
            .append(&kpi_value)
            .append(&kpi_sub)
            .append(&kpi_data)
            .append(&age_notice)
            .append(&status);

        // Explicit table roles: on narrow screens the rows are laid out as grids (style.css),
        // which would otherwise drop the table semantics in some browsers.
        let mut head = el("tr")?
            .attr("role", "row")
            .child(el("td")?.attr("role", "cell"));
        for m in [Msg::ColDay, Msg::ColMonth, Msg::ColYear] {
            head = head.child(
                el("th")?
                    .attr("scope", "col")
                    .attr("role", "columnheader")
                    .text(cx.t(m)),
            );
        }
        let mut tbody = el("tbody")?.attr("role", "rowgroup");
        let mut cells = Vec::new();
        let mut coins_label = None;
        // The coins row names the coin ("BTC mined"), here and again at each update.
        let ticker = cx.coin().map_or("", |c| c.ticker);
        for (i, m) in ROWS.iter().enumerate() {
            let label = el("th")?
                .attr("scope", "row")
                .attr("role", "rowheader")
                .text(&cx.tf(*m, &[("ticker", ticker)]))
                .build();
            if i == 0 {
                coins_label = Some(label.clone());
            }
            let row_cells = [
                el("td")?.attr("role", "cell").text("—").build(),
                el("td")?.attr("role", "cell").text("—").build(),
                el("td")?.attr("role", "cell").text("—").build(),
            ];
            let mut tr = el("tr")?.attr("role", "row").append(&label);
            if *m == Msg::RowProfit {
                tr = tr.class("mc-row-total");
            }
            for c in &row_cells {
                tr = tr.append(c);
            }
            tbody = tbody.child(tr);
            cells.push(row_cells);
        }
        let coins_label = coins_label.ok_or_else(|| JsValue::from_str("minecalc: empty table"))?;
        let table = el("table")?
            .class("mc-table")
            .attr("role", "table")
            .part("table")
            .child(el("caption")?.text(cx.t(Msg::BreakdownCaption)))
            .child(el("thead")?.attr("role", "rowgroup").child(head))
            .child(tbody);

        let breakdown = el("div")?.class("mc-formula").build();
        let how_table = disclosure(cx.t(Msg::HowAreTheseComputed), &breakdown)?;

        let mut list = el("dl")?.class("mc-figures");
        let mut figures = Vec::new();
        for (figure, label) in FIGURES {
            let value = el("dd")?.class("mc-figure-value").text("—").build();
            let formula = el("div")?.class("mc-formula").build();
            let how = el("dd")?
                .class("mc-figure-how")
                .child(disclosure(cx.t(Msg::HowIsThisComputed), &formula)?);
            list = list.child(
                el("div")?
                    .class("mc-figure")
                    .part("figure")
                    .child(el("dt")?.text(cx.t(label)))
                    .append(&value)
                    .child_opt((!cx.compact).then_some(how)),
            );
            figures.push((figure, value, formula));
        }

        let chart = el("div")?.class("mc-chart-frame").build();
        let caption = el("figcaption")?.build();
        let chart_box = el("figure")?
            .class("mc-chart-box")
            .child(el("p")?.class("mc-chart-title").text(cx.t(Msg::ChartTitle)))
            .append(&chart)
            .append(&caption)
            .build();
        set_hidden(&chart_box, cx.compact);

        let body = el("div")?
            .class("mc-results-body")
            .child(table)
            .child(el("p")?.class("mc-note").text(cx.t(Msg::PeriodNote)))
            .child_opt((!cx.compact).then_some(how_table))
            .child(list)
            .append(&chart_box)
            .build();

        replace_children(panel, vec![summary, El(body.clone())]);
        self.ui = Some(Ui {
            kpi_label,
            kpi_data,
            age_notice,
            kpi_value,
            kpi_sub,
            status,
            body,
            coins_label,
            cells,
            breakdown,
            figures,
            chart_box,
            chart,
            caption,
            price_chart: PriceChart::default(),
        });
        Ok(())
    }

    fn update(&mut self, cx: &Ctx) -> Result<(), JsValue> {
        let Some(ui) = &mut self.ui else {
            return Ok(());
        };
        let stale = cx.estimate.is_none();
        toggle_class(&ui.body, "is-stale", stale);
        set_hidden(&ui.status, !stale);
        let ticker = cx.coin().map_or("", |c| c.ticker);
        set_text(
            &ui.coins_label,
            &cx.tf(Msg::RowCoins, &[("ticker", ticker)]),
        );

        // While an input is invalid the last good figures stay, dimmed.
        if cx.estimate.is_none() && cx.last_good.is_some() {
            return Ok(());
        }
        let (Some(e), Some(input)) = (cx.estimate, cx.input) else {
            set_text(&ui.kpi_value, "—");
            set_text(&ui.kpi_sub, "");
            toggle_class(&ui.kpi_value, "is-profit", false);
            toggle_class(&ui.kpi_value, "is-loss", false);
            for row in &ui.cells {
                for c in row {
                    set_text(c, "—");
                }
            }
            for (_, value, formula) in &ui.figures {
                set_text(value, "—");
                replace_children(formula, Vec::new());
            }
            replace_children(&ui.breakdown, Vec::new());
            set_hidden(&ui.chart_box, true);
            return Ok(());
        };
        let f = cx.fmt;
        data_age(cx, ui, input);

        set_text(&ui.kpi_value, &f.money_signed(e.daily.profit));
        sign_class(&ui.kpi_value, e.daily.profit);
        set_text(
            &ui.kpi_sub,
            &cx.tf(
                Msg::PerMonthPerYear,
                &[
                    ("month", &f.money_signed(e.monthly.profit)),
                    ("year", &f.money_signed(e.yearly.profit)),
                ],
            ),
        );

        for (col, p) in [&e.daily, &e.monthly, &e.yearly].into_iter().enumerate() {
            let values = [
                f.sig(p.coins),
                f.money(p.revenue),
                f.money_signed(-p.pool_fee),
                f.money_signed(-p.electricity),
                f.money_signed(p.profit),
            ];
            for (row, text) in values.iter().enumerate() {
                if let Some(cell) = ui.cells.get(row).map(|r| &r[col]) {
                    set_text(cell, text);
                }
            }
            if let Some(cell) = ui.cells.get(4).map(|r| &r[col]) {
                sign_class(cell, p.profit);
            }
        }

        let kwh = input
            .electricity_cost(Decimal::from(24), input.uptime.fraction())
            .ok();
        replace_children(&ui.breakdown, breakdown_lines(cx, e)?);
        for (figure, value, formula) in &ui.figures {
            let (text, lines) = figure_text(cx, e, kwh, *figure)?;
            set_text(value, &text);
            replace_children(formula, lines);
        }

        let summary = match kwh {
            Some(kwh) if !cx.compact => ui.price_chart.draw(cx, &ui.chart, e, kwh)?,
            _ => None,
        };
        set_hidden(&ui.chart_box, summary.is_none());
        if let Some(summary) = summary {
            set_text(&ui.caption, &summary);
        }
        Ok(())
    }
}

/// Market data older than this many days gets a notice at the headline.
pub const STALE_DAYS: i64 = 30;
/// Older than this, the headline itself says it rests on old data.
pub const OLD_DAYS: i64 = 180;

/// The date and origin of the market data next to the headline, and the age notices.
fn data_age(cx: &Ctx, ui: &Ui, input: &EstimateInput) {
    let s = &input.snapshot;
    // The oldest figure decides: a feed without difficulty still uses the snapshot's.
    let date = if s.from_feed("priceUsd") && s.from_feed("difficulty") {
        s.date
    } else {
        s.builtin_date
    };
    let date_text = cx.fmt.date(&date.to_string());
    let origin = if s.origin == Origin::Feed {
        cx.t(Msg::OriginFeed)
    } else {
        cx.t(Msg::OriginBuiltin)
    };
    let used = input.uses_snapshot;
    set_hidden(&ui.kpi_data, !used);
    set_text(
        &ui.kpi_data,
        &cx.tf(
            Msg::HeadlineData,
            &[("date", &date_text), ("origin", origin)],
        ),
    );
    let age = cx
        .state
        .today
        .filter(|_| used)
        .map_or(0, |today| market::age_days(date, today));
    set_hidden(&ui.age_notice, age <= STALE_DAYS);
    set_text(
        &ui.age_notice,
        &cx.tf(Msg::AgeNotice, &[("days", &age.to_string())]),
    );
    let old = age > OLD_DAYS;
    toggle_class(&ui.kpi_label, "is-old", old);
    let label = if old {
        format!(
            "{} · {}",
            cx.t(Msg::ProfitPerDay),
            cx.tf(Msg::AgeOld, &[("date", &date_text)])
        )
    } else {
        cx.t(Msg::ProfitPerDay).to_owned()
    };
    set_text(&ui.kpi_label, &label);
}

/// A `<details>` with a summary and `content`.
fn disclosure(summary: &str, content: &Element) -> Result<El, JsValue> {
    Ok(el("details")?
        .class("mc-how")
        .child(el("summary")?.text(summary))
        .append(content))
}

/// Marks an element as profit or loss (colour) by the sign of `d`.
fn sign_class(e: &Element, d: Decimal) {
    toggle_class(e, "is-profit", d > Decimal::ZERO);
    toggle_class(e, "is-loss", d < Decimal::ZERO);
}

/// One line of a formula.
fn line(text: &str) -> Result<El, JsValue> {
    Ok(el("p")?.text(text))
}

/// A hashrate in the algorithm's display unit, e.g. "200 TH/s".
fn hashrate_text(cx: &Ctx, a: &Assumptions) -> String {
    let (factor, unit) = display_unit(cx, a);
    let v = a.hashrate.div_checked(factor).unwrap_or(a.hashrate);
    format!("{} {unit}", cx.fmt.sig(v))
}

/// The algorithm's display factor and unit ("TH/s").
fn display_unit(cx: &Ctx, a: &Assumptions) -> (Decimal, String) {
    match cx.coin() {
        Some(c) => (
            c.algorithm.display_factor(),
            format!("{}/s", c.algorithm.display_work(a.hash_unit)),
        ),
        None => (Decimal::ONE, a.hash_unit.symbol().to_owned()),
    }
}

/// The hashprice's display: base units per hashprice unit, the unit ("PH/s") and the value
/// per that unit per day (the core's per-display-unit figure scaled).
fn hashprice_unit(cx: &Ctx, e: &Estimate) -> (Decimal, String, Decimal) {
    let a = &e.assumptions;
    match cx.coin() {
        Some(c) => {
            let alg = c.algorithm;
            let factor = alg.hashprice_factor();
            let value = factor
                .div_checked(alg.display_factor())
                .and_then(|k| e.hashprice.value.mul_checked(k))
                .unwrap_or(e.hashprice.value);
            let unit = format!("{}{}/s", alg.hashprice_prefix(), a.hash_unit.work());
            (factor, unit, value)
        }
        None => {
            let (factor, unit) = display_unit(cx, a);
            (factor, unit, e.hashprice.value)
        }
    }
}

/// A decimal as a float, for drawing and date arithmetic only (0 if out of range). Kept out
/// of line: rust_decimal's conversion is large.
#[inline(never)]
fn float(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

/// `100 − p`: the percentage left after `p`.
#[inline(never)]
fn complement(p: Decimal) -> Decimal {
    Decimal::ONE_HUNDRED.sub_checked(p).unwrap_or_default()
}

/// Revenue at full uptime: `revenue × 100 ÷ uptime%` (`None` at zero uptime).
#[inline(never)]
fn per_full_day(revenue: Decimal, uptime_percent: Decimal) -> Option<Decimal> {
    if uptime_percent.is_zero() {
        return None;
    }
    revenue
        .mul_checked(Decimal::ONE_HUNDRED)?
        .div_checked(uptime_percent)
}

/// A chain constant shown exactly: every digit, and a power of two also as one
/// ("4,294,967,296 (2³²)"), never rounded to six significant digits.
fn constant(f: &Fmt, d: Decimal) -> String {
    let exact = f.exact(d);
    match power_of_two(d) {
        Some(n) if n >= 8 => format!("{exact} (2{})", superscript(n)),
        _ => exact,
    }
}

/// `n` when `d` is exactly 2ⁿ (n < 96).
fn power_of_two(d: Decimal) -> Option<u32> {
    if d.trunc() != d || d <= Decimal::ZERO {
        return None;
    }
    let m = d.normalize().mantissa().unsigned_abs() * 10u128.pow(d.normalize().scale());
    m.is_power_of_two().then(|| m.trailing_zeros())
}

/// Digits as superscripts: 32 → "³²".
fn superscript(n: u32) -> String {
    const SUP: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    n.to_string()
        .bytes()
        .map(|b| SUP[usize::from(b - b'0')])
        .collect()
}

fn pct(f: &Fmt, d: Decimal) -> String {
    format!("{} %", f.sig(d))
}

/// The formulas behind the table, with the current numbers.
fn breakdown_lines(cx: &Ctx, e: &Estimate) -> Result<Vec<El>, JsValue> {
    let f = cx.fmt;
    let a = &e.assumptions;
    let d = &e.daily;
    let ticker = cx.coin().map_or("", |c| c.ticker);
    let mut lines = Vec::new();

    let work = match (a.difficulty, a.network_hashrate) {
        (Some(diff), _) => format!(
            "{} × {} = {}",
            f.big(diff),
            constant(f, a.work_per_difficulty),
            f.big(a.work_per_block)
        ),
        (None, Some(n)) => format!(
            "{} {}/s × {} s = {}",
            f.big(n),
            a.hash_unit.work(),
            f.sig(a.block_time_seconds),
            f.big(a.work_per_block)
        ),
        (None, None) => f.big(a.work_per_block),
    };
    let work_msg = if a.difficulty.is_some() {
        Msg::FormulaWork
    } else {
        Msg::FormulaWorkNetwork
    };
    lines.push(line(cx.t(work_msg))?.class("mc-formula-rule"));
    lines.push(line(&format!("= {work} {}", a.hash_unit.work()))?);

    lines.push(line(cx.t(Msg::FormulaCoins))?.class("mc-formula-rule"));
    lines.push(line(&format!(
        "= {} × {} s × ({} + {}) {ticker} ÷ {} × {} = {} {ticker}",
        hashrate_text(cx, a),
        f.integer(Decimal::from(86_400)),
        f.sig(a.block_reward),
        f.sig(a.tx_fees_per_block),
        f.big(a.work_per_block),
        pct(f, a.uptime_percent),
        f.sig(d.coins)
    ))?);

    lines.push(line(cx.t(Msg::FormulaRevenue))?.class("mc-formula-rule"));
    lines.push(line(&format!(
        "= {} {ticker} × {} = {}",
        f.sig(d.coins),
        f.money(a.coin_price),
        f.money(d.revenue)
    ))?);

    lines.push(line(cx.t(Msg::FormulaPoolFee))?.class("mc-formula-rule"));
    lines.push(line(&format!(
        "= {} × {} = {}",
        f.money(d.revenue),
        pct(f, a.pool_fee_percent),
        f.money(d.pool_fee)
    ))?);

    lines.push(line(cx.t(Msg::FormulaElectricity))?.class("mc-formula-rule"));
    lines.push(line(&format!(
        "= {} W × (1 + {}) × 24 h × {} × {}/kWh = {}",
        f.sig(a.power_watts),
        pct(f, a.overhead_percent),
        pct(f, a.uptime_percent),
        f.money(a.electricity_price),
        f.money(d.electricity)
    ))?);

    lines.push(line(cx.t(Msg::FormulaProfit))?.class("mc-formula-rule"));
    lines.push(line(&format!(
        "= {} − {} − {} = {}",
        f.money(d.revenue),
        f.money(d.pool_fee),
        f.money(d.electricity),
        f.money_signed(d.profit)
    ))?);
    lines.push(line(&cx.tf(
        Msg::FormulaPeriods,
        &[
            ("month", &f.sig(e.days_per_month)),
            ("year", &f.sig(e.days_per_year)),
        ],
    ))?);
    Ok(lines)
}

/// The value shown for a key figure and the formula lines behind it.
fn figure_text(
    cx: &Ctx,
    e: &Estimate,
    kwh: Option<Decimal>,
    figure: Figure,
) -> Result<(String, Vec<El>), JsValue> {
    let f = cx.fmt;
    let a = &e.assumptions;
    let d: &Period = &e.daily;
    let mut lines = Vec::new();
    let value = match figure {
        Figure::BreakEvenElectricity => {
            lines.push(line(cx.t(Msg::FormulaBreakEvenElectricity))?.class("mc-formula-rule"));
            match (e.break_even_electricity_price, kwh) {
                (Some(p), Some(kwh)) => {
                    lines.push(line(&format!(
                        "= ({} − {}) ÷ {} kWh = {}/kWh",
                        f.money(d.revenue),
                        f.money(d.pool_fee),
                        f.sig(kwh),
                        f.money(p)
                    ))?);
                    cx.tf(Msg::PerKwh, &[("price", &f.money(p))])
                }
                _ => {
                    lines.push(line(cx.t(Msg::NoPowerDrawn))?);
                    "—".to_owned()
                }
            }
        }
        Figure::BreakEvenCoin => {
            let ticker = cx.coin().map_or("", |c| c.ticker);
            lines.push(line(cx.t(Msg::FormulaBreakEvenCoin))?.class("mc-formula-rule"));
            match e.break_even_coin_price {
                Some(p) => {
                    let share = complement(a.pool_fee_percent);
                    lines.push(line(&format!(
                        "= {} ÷ ({} {ticker} × {}) = {}",
                        f.money(d.electricity),
                        f.sig(d.coins),
                        pct(f, share),
                        f.money(p)
                    ))?);
                    cx.tf(Msg::PerCoin, &[("price", &f.money(p)), ("ticker", ticker)])
                }
                None => {
                    lines.push(line(cx.t(Msg::NoCoinsMined))?);
                    "—".to_owned()
                }
            }
        }
        Figure::Payback => {
            lines.push(line(cx.t(Msg::FormulaPayback))?.class("mc-formula-rule"));
            match (a.hardware_cost, e.payback_days) {
                (Some(cost), Some(days)) => {
                    lines.push(line(&format!(
                        "= {} ÷ {} = {}",
                        f.money(cost),
                        f.money(d.profit),
                        f.days(days)
                    ))?);
                    let when = f
                        .date_in_days(float(days).ceil())
                        .map(|date| cx.tf(Msg::PaybackAround, &[("date", &date)]));
                    match when {
                        Some(w) => format!("{} · {w}", f.days(days)),
                        None => f.days(days),
                    }
                }
                (None, _) => {
                    lines.push(line(cx.t(Msg::PaybackNoCost))?);
                    cx.t(Msg::PaybackNoCost).to_owned()
                }
                (Some(_), None) => {
                    lines.push(line(cx.t(Msg::PaybackNever))?);
                    cx.t(Msg::PaybackNever).to_owned()
                }
            }
        }
        Figure::Efficiency => {
            lines.push(line(cx.t(Msg::FormulaEfficiency))?.class("mc-formula-rule"));
            lines.push(line(&format!(
                "= {} W ÷ {} = {} {}",
                f.sig(a.power_watts),
                hashrate_text(cx, a),
                f.sig(e.efficiency.value),
                e.efficiency.unit
            ))?);
            format!("{} {}", f.sig(e.efficiency.value), e.efficiency.unit)
        }
        Figure::Hashprice => {
            // Shown in the unit the algorithm's market quotes (SHA-256: per PH/s per day);
            // the core's figure is per display unit (TH/s).
            let (factor, unit, value) = hashprice_unit(cx, e);
            let rate = a.hashrate.div_checked(factor).unwrap_or(a.hashrate);
            lines.push(line(cx.t(Msg::FormulaHashprice))?.class("mc-formula-rule"));
            let full_day = per_full_day(d.revenue, a.uptime_percent);
            if let Some(full) = full_day {
                lines.push(line(&format!(
                    "= {} ÷ {} {unit} = {}",
                    f.money(full),
                    f.sig(rate),
                    f.money(value)
                ))?);
            }
            cx.tf(
                Msg::HashpriceValue,
                &[("value", &f.money(value)), ("unit", &unit)],
            )
        }
    };
    Ok((value, lines))
}

impl PriceChart {
    /// Daily profit against the electricity price into `frame`: a line falling from the
    /// revenue after pool fee at free power to zero at the break-even price, with the reader's
    /// price marked. Returns the chart's text summary, or `None` when there is no chart
    /// (no break-even price, or no power drawn).
    fn draw(
        &mut self,
        cx: &Ctx,
        frame: &Element,
        e: &Estimate,
        kwh: Decimal,
    ) -> Result<Option<String>, JsValue> {
        let a = &e.assumptions;
        let Some(be) = e.break_even_electricity_price else {
            return Ok(None);
        };
        let f = cx.fmt;
        let (kwh_f, be_f, price) = (float(kwh), float(be), float(a.electricity_price));
        let kept = float(e.daily.revenue) - float(e.daily.pool_fee);
        if kwh_f <= 0.0 || !kwh_f.is_finite() {
            return Ok(None);
        }
        let profit_at = |p: f64| kept - kwh_f * p;
        let x_max = (price * 2.0).max(be_f * 1.5).max(0.02);
        let (x0, x1) = nice_domain(0.0, x_max, 4);
        let ys = [profit_at(x0), profit_at(x1), 0.0];
        let y_min = ys.iter().copied().fold(f64::INFINITY, f64::min);
        let y_max = ys.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let (y0, y1) = nice_domain(y_min, y_max, 4);

        let width = cx.width.clamp(260.0, 860.0);
        let height = if width < 420.0 { 200.0 } else { 240.0 };
        let key = (
            [width, height, x0, x1, y0, y1, be_f, kept, kwh_f].map(f64::to_bits),
            f.currency().to_owned(),
        );
        let be_text = f.money(be);
        if self.key.as_ref() != Some(&key) || self.drawn.is_none() {
            let y_ticks = nice_ticks(y0, y1, 4);
            let y_labels: Vec<String> = y_ticks.iter().map(|v| f.money_compact(*v)).collect();
            let margin = Margin {
                left: axis_room(&y_labels),
                ..Margin::default()
            };
            let chart = Chart::new(
                width,
                height,
                margin,
                (x0, x1),
                (y0, y1),
                cx.t(Msg::ChartTitle),
            )?;
            let ticks = if width < 420.0 { 3 } else { 5 };
            chart.y_axis(&y_ticks, &y_labels)?;
            chart.x_axis(&nice_ticks(x0, x1, ticks), |v| f.money_compact(v))?;
            chart.hline(0.0, "mc-zero")?;
            let cross = between(be_f, x0, x1);
            chart.line(
                &[(x0, profit_at(x0)), (cross, profit_at(cross))],
                "mc-line mc-line-profit",
            )?;
            if cross < x1 {
                chart.line(
                    &[(cross, profit_at(cross)), (x1, profit_at(x1))],
                    "mc-line mc-line-loss",
                )?;
            }
            if be_f <= x1 {
                chart.vline(be_f, "mc-ref")?;
                chart.label(
                    be_f,
                    y1,
                    6.0,
                    4.0,
                    &cx.tf(Msg::ChartBreakEven, &[("price", &be_text)]),
                    "mc-ref-label",
                )?;
            }
            // The reader's marker, placed below.
            let title = svg("title")?.build();
            let dot = svg("circle")?.num("r", 5.0).append(&title).build();
            let label = svg("text")?.class("mc-dot-label").build();
            chart.element().append_child(&dot)?;
            chart.element().append_child(&label)?;
            replace_children(frame, vec![El(chart.element().clone())]);
            self.drawn = Some(Drawn {
                plot: chart.plot(),
                dot,
                title,
                label,
            });
            self.key = Some(key);
        }
        if let Some(d) = &self.drawn {
            let you_profit = profit_at(price);
            let you_text = cx.tf(Msg::ChartYou, &[("price", &f.money(a.electricity_price))]);
            set_attr(&d.dot, "cx", &coord(d.plot.x.at(price)));
            set_attr(&d.dot, "cy", &coord(d.plot.y.at(you_profit)));
            set_attr(
                &d.dot,
                "class",
                if you_profit < 0.0 {
                    "mc-dot is-loss"
                } else {
                    "mc-dot is-profit"
                },
            );
            set_text(&d.title, &you_text);
            let (lx, ly, anchor) = d.plot.label_at(price, you_profit, 9.0, -9.0, &you_text);
            set_attr(&d.label, "x", &coord(lx));
            set_attr(&d.label, "y", &coord(ly));
            set_attr(&d.label, "text-anchor", anchor);
            set_text(&d.label, &you_text);
        }
        Ok(Some(cx.tf(
            Msg::ChartSummary,
            &[
                ("breakEven", &be_text),
                ("price", &f.money(a.electricity_price)),
                ("profit", &f.money_signed(e.daily.profit)),
            ],
        )))
    }
}
