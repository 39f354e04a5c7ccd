//! The "What matters" view: a tornado chart of today's daily profit with each input moved
//! down and up by 20 % (biggest swing first), and a break-even heatmap of daily profit over
//! electricity price × coin price with the reader's position marked. Both from the core's
//! `sensitivity`; each chart has a title, a description and a text or table alternative.

use minecalc_core::Raw;
use minecalc_core::risk::{Sensitivity, SensitivityInput, sensitivity};
use rust_decimal::Decimal;
use wasm_bindgen::JsValue;
use web_sys::Element;

use super::super::dom::{El, el, replace_children, set_hidden, set_text, svg, toggle_class};
use super::super::messages::Msg;
use super::super::sim::{describe, float, legend};
use super::super::svg::{Chart, Margin, axis_room, nice_domain, nice_ticks};
use super::{Ctx, View};

/// The "What matters" view.
#[derive(Debug, Default)]
pub struct Matters {
    ui: Option<Ui>,
    /// The input and width the charts were drawn for.
    drawn: Option<(Raw, u32)>,
}

#[derive(Debug)]
struct Ui {
    body: Element,
    status: Element,
    tornado_title: Element,
    tornado_keys: Element,
    tornado: Element,
    tornado_caption: Element,
    table: Element,
    heat: Element,
    heat_caption: Element,
}

/// The label of a tornado row's input.
fn parameter_label(parameter: &str) -> Msg {
    match parameter {
        "coinPrice" => Msg::CoinPrice,
        "difficulty" => Msg::Difficulty,
        "electricityPrice" => Msg::ElectricityPrice,
        "hashrate" => Msg::Hashrate,
        "powerWatts" => Msg::Power,
        _ => Msg::PoolFee,
    }
}

impl View for Matters {
    fn id(&self) -> &'static str {
        "matters"
    }

    fn label(&self) -> Msg {
        Msg::ViewMatters
    }

    fn render(&mut self, cx: &Ctx, panel: &Element) -> Result<(), JsValue> {
        let frame =
            || -> Result<Element, JsValue> { Ok(el("div")?.class("mc-chart-frame").build()) };
        let (tornado, heat) = (frame()?, frame()?);
        let tornado_title = el("p")?.class("mc-chart-title").build();
        let tornado_keys = el("div")?.build();
        let tornado_caption = el("figcaption")?.build();
        let heat_caption = el("figcaption")?.build();
        let table = el("table")?.build();
        let status = el("p")?
            .class("mc-status")
            .attr("hidden", "")
            .text(cx.t(Msg::StaleNote))
            .build();
        let heat_keys = legend(&[
            ("mc-key mc-key-profit", cx.t(Msg::MattersProfit)),
            ("mc-key mc-key-loss", cx.t(Msg::MattersLoss)),
            ("mc-key mc-key-ref", cx.t(Msg::MattersBreakEven)),
        ])?;
        let body = el("div")?
            .class("mc-results-body")
            .part("matters")
            .child(
                el("figure")?
                    .class("mc-chart-box mc-first")
                    .append(&tornado_title)
                    .append(&tornado_keys)
                    .append(&tornado)
                    .append(&tornado_caption)
                    // A table is as wide as its text: only a wrapper can hide it fully.
                    .child(el("div")?.class("mc-sr-only").append(&table)),
            )
            .child(
                el("figure")?
                    .class("mc-chart-box")
                    .child(
                        el("p")?
                            .class("mc-chart-title")
                            .text(cx.t(Msg::MattersHeat)),
                    )
                    .child(heat_keys)
                    .append(&heat)
                    .append(&heat_caption),
            )
            .build();
        replace_children(panel, vec![El(status.clone()), El(body.clone())]);
        self.drawn = None;
        self.ui = Some(Ui {
            body,
            status,
            tornado_title,
            tornado_keys,
            tornado,
            tornado_caption,
            table,
            heat,
            heat_caption,
        });
        Ok(())
    }

    fn update(&mut self, cx: &Ctx) -> Result<(), JsValue> {
        let Some(ui) = &self.ui else { return Ok(()) };
        let stale = cx.estimate.is_none();
        toggle_class(&ui.body, "is-stale", stale);
        set_hidden(&ui.status, !stale);
        if stale {
            return Ok(());
        }
        let raw = cx.input_for(self.id());
        let key = (raw, cx.width as u32);
        if self.drawn.as_ref() == Some(&key) {
            return Ok(());
        }
        match SensitivityInput::from_raw(&key.0).and_then(|i| sensitivity(&i)) {
            Ok(s) => {
                draw_tornado(cx, ui, &s)?;
                draw_heat(cx, ui, &s)?;
                self.drawn = Some(key);
            }
            Err(e) => {
                cx.report(e);
                toggle_class(&ui.body, "is-stale", true);
            }
        }
        Ok(())
    }
}

/// `text` as an SVG `<text>` at pixel (`x`, `y`).
fn text(
    chart: &Chart,
    x: f64,
    y: f64,
    anchor: &str,
    class: &str,
    content: &str,
) -> Result<(), JsValue> {
    let t = svg("text")?
        .num("x", x)
        .num("y", y)
        .attr("text-anchor", anchor)
        .class(class)
        .text(content)
        .build();
    chart.element().append_child(&t)?;
    Ok(())
}

/// The tornado: one row per input, a bar from today's profit to the profit at −X % and one
/// to the profit at +X %; a visually hidden table says the same.
fn draw_tornado(cx: &Ctx, ui: &Ui, s: &Sensitivity) -> Result<(), JsValue> {
    let f = cx.fmt;
    let d = f.sig(s.delta_percent);
    let (minus, plus) = (format!("−{d} %"), format!("+{d} %"));
    let title = cx.tf(Msg::MattersTornado, &[("d", &d)]);
    set_text(&ui.tornado_title, &title);
    replace_children(
        &ui.tornado_keys,
        vec![legend(&[
            ("mc-key mc-key-low", &minus),
            ("mc-key mc-key-high", &plus),
        ])?],
    );

    let base = float(s.base_profit);
    let mut lo = base.min(0.0);
    let mut hi = base.max(0.0);
    for r in &s.rows {
        for v in [float(r.low.profit), float(r.high.profit)] {
            lo = lo.min(v);
            hi = hi.max(v);
        }
    }
    let (x0, x1) = nice_domain(lo, hi, 4);
    let width = cx.width.clamp(260.0, 860.0);
    let n = s.rows.len() as f64;
    let margin = Margin {
        top: 4.0,
        right: 14.0,
        bottom: 28.0,
        left: 10.0,
    };
    let height = margin.top + margin.bottom + n * 40.0;
    // Rows run top to bottom: row i spans i..i+1 of the reversed y axis.
    let chart = Chart::new(width, height, margin, (x0, x1), (n, 0.0), &title)?;
    chart.x_axis(
        &nice_ticks(x0, x1, if width < 420.0 { 3 } else { 5 }),
        |v| f.money_compact(v),
    )?;
    if x0 < 0.0 && x1 > 0.0 {
        chart.vline(0.0, "mc-zero")?;
    }

    let mut tbody = el("tbody")?;
    for (i, r) in s.rows.iter().enumerate() {
        let y = i as f64;
        let name = cx.t(parameter_label(r.parameter));
        text(
            &chart,
            margin.left,
            chart.y.at(y + 0.38),
            "start",
            "mc-row-label",
            name,
        )?;
        if r.low.profit == s.base_profit && r.high.profit == s.base_profit {
            // No bar to draw (an input at 0, say): say so beside today's line rather than
            // leave the row blank, on whichever side the words fit.
            let note = cx.t(Msg::MattersNoChange);
            let (x, y, anchor) = chart.plot().label_at(base, y + 0.8, 6.0, 0.0, note);
            text(&chart, x, y, anchor, "mc-row-note", note)?;
        }
        for (value, class, sign) in [
            (r.low.profit, "mc-bar mc-bar-low", &minus),
            (r.high.profit, "mc-bar mc-bar-high", &plus),
        ] {
            let bar = chart.rect(base, y + 0.5, float(value), y + 0.9, class)?;
            bar.append_child(
                &svg("title")?
                    .text(&format!("{name} {sign}: {}", f.money_signed(value)))
                    .build(),
            )?;
        }
        tbody = tbody.child(
            el("tr")?
                .child(el("th")?.attr("scope", "row").text(name))
                .child(el("td")?.text(&f.money_signed(r.low.profit)))
                .child(el("td")?.text(&f.money_signed(r.high.profit))),
        );
    }
    chart.vline(base, "mc-ref")?;

    let summary = s.rows.first().map_or_else(String::new, |r| {
        cx.tf(
            Msg::MattersTornadoSummary,
            &[
                ("input", cx.t(parameter_label(r.parameter))),
                ("d", &d),
                ("low", &f.money_signed(r.low.profit)),
                ("high", &f.money_signed(r.high.profit)),
                ("base", &f.money_signed(s.base_profit)),
            ],
        )
    });
    describe(chart.element(), &title, &summary)?;
    replace_children(&ui.tornado, vec![El(chart.element().clone())]);
    set_text(&ui.tornado_caption, &summary);

    let mut head = el("tr")?;
    for h in [cx.t(Msg::MattersInput), &minus, &plus] {
        head = head.child(el("th")?.attr("scope", "col").text(h));
    }
    replace_children(
        &ui.table,
        vec![el("caption")?.text(&title), el("thead")?.child(head), tbody],
    );
    Ok(())
}

/// Cell classes by profit: strong or light loss, break-even, light or strong profit.
fn heat_class(v: f64, scale: f64) -> &'static str {
    let r = if scale > 0.0 { v / scale } else { 0.0 };
    if r <= -0.5 {
        "mc-heat mc-heat-n2"
    } else if r < 0.0 {
        "mc-heat mc-heat-n1"
    } else if r == 0.0 {
        "mc-heat"
    } else if r < 0.5 {
        "mc-heat mc-heat-p1"
    } else {
        "mc-heat mc-heat-p2"
    }
}

/// The break-even heatmap: cells of daily profit, electricity price up, coin price right,
/// the break-even line and the reader's own prices.
fn draw_heat(cx: &Ctx, ui: &Ui, s: &Sensitivity) -> Result<(), JsValue> {
    let f = cx.fmt;
    let g = &s.grid;
    let (rows, cols) = (g.electricity_prices.len(), g.coin_prices.len());
    if rows < 2 || cols < 2 {
        set_hidden(&ui.heat, true);
        return Ok(());
    }
    set_hidden(&ui.heat, false);
    let width = cx.width.clamp(260.0, 520.0);
    let index_ticks = |base: usize, n: usize| {
        let mut t = vec![0, base, n - 1];
        t.dedup();
        t.into_iter().map(|i| i as f64 + 0.5).collect::<Vec<f64>>()
    };
    let at = |values: &[Decimal], t: f64| values.get(t as usize).map_or(0.0, |v| float(*v));
    let y_ticks = index_ticks(g.base_electricity_index, rows);
    let y_labels: Vec<String> = y_ticks
        .iter()
        .map(|t| f.money_compact(at(&g.electricity_prices, *t)))
        .collect();
    let margin = Margin {
        top: 22.0,
        right: 12.0,
        bottom: 46.0,
        left: axis_room(&y_labels),
    };
    let cell = ((width - margin.left - margin.right) / cols as f64).min(34.0);
    let width = margin.left + margin.right + cell * cols as f64;
    let height = margin.top + margin.bottom + cell * rows as f64;
    let title = cx.t(Msg::MattersHeat);
    let chart = Chart::new(
        width,
        height,
        margin,
        (0.0, cols as f64),
        (0.0, rows as f64),
        title,
    )?;

    chart.x_axis(&index_ticks(g.base_coin_price_index, cols), |t| {
        f.money_compact(at(&g.coin_prices, t))
    })?;
    chart.y_axis(&y_ticks, &y_labels)?;
    text(
        &chart,
        margin.left + cell * cols as f64 / 2.0,
        height - 6.0,
        "middle",
        "mc-axis-title",
        cx.t(Msg::CoinPrice),
    )?;
    text(
        &chart,
        2.0,
        12.0,
        "start",
        "mc-axis-title",
        &format!("↑ {}", cx.t(Msg::ElectricityPrice)),
    )?;

    let scale = g
        .profit
        .iter()
        .flatten()
        .map(|v| float(*v).abs())
        .fold(0.0, f64::max);
    for (i, row) in g.profit.iter().enumerate() {
        for (j, v) in row.iter().enumerate() {
            let (x, y) = (j as f64, i as f64);
            chart.rect(x, y, x + 1.0, y + 1.0, heat_class(float(*v), scale))?;
        }
    }

    // Profit is linear in both prices and zero at zero: break-even is the line e = k·p through
    // the origin and today's break-even electricity price at today's coin price.
    let base_price = g
        .coin_prices
        .get(g.base_coin_price_index)
        .map_or(0.0, |v| float(*v));
    let step_p = at(&g.coin_prices, 1.0) - at(&g.coin_prices, 0.0);
    let step_e = at(&g.electricity_prices, 1.0) - at(&g.electricity_prices, 0.0);
    if let Some(be) = g
        .break_even_electricity_price
        .map(float)
        .filter(|_| base_price > 0.0 && step_p > 0.0 && step_e > 0.0)
    {
        let k = be / base_price;
        let (top_x, top_y) = (cols as f64, rows as f64);
        let mut p_end = (top_x - 0.5) * step_p;
        if k > 0.0 && (k * p_end / step_e + 0.5) > top_y {
            p_end = (top_y - 0.5) * step_e / k;
        }
        let point = |p: f64| (p / step_p + 0.5, k * p / step_e + 0.5);
        chart.line(&[point(0.0), point(p_end)], "mc-line mc-line-be")?;
    }
    let you = (
        g.base_coin_price_index as f64 + 0.5,
        g.base_electricity_index as f64 + 0.5,
    );
    let you_text = cx.t(Msg::MattersYou);
    let class = if s.base_profit < Decimal::ZERO {
        "mc-dot is-loss"
    } else {
        "mc-dot is-profit"
    };
    chart.dot(you.0, you.1, 5.0, class, you_text)?;
    chart.label(you.0, you.1, 8.0, -8.0, you_text, "mc-dot-label")?;

    let money = |d: Option<Decimal>| d.map_or_else(|| "—".to_owned(), |d| f.money(d));
    let summary = cx.tf(
        Msg::MattersHeatSummary,
        &[
            ("kwh", &money(g.break_even_electricity_price)),
            ("coin", &money(g.break_even_coin_price)),
            ("profit", &f.money_signed(s.base_profit)),
        ],
    );
    describe(chart.element(), title, &summary)?;
    replace_children(&ui.heat, vec![El(chart.element().clone())]);
    set_text(&ui.heat_caption, &summary);
    Ok(())
}
