//! The "Own hardware" view over time: the rig in the form projected day by day with the
//! assumptions (`project`), a cumulative-profit chart with the payback point and halvings,
//! CSV download and a shareable link, under the hardware view's results. Also the pieces the
//! cloud and compare views share: the chart ([`NetChart`]) and their input object ([`input`]).

use js_sys::{Array, Function, Object, Reflect};
use minecalc_core::date::Date;
use minecalc_core::estimate::{ESTIMATE_FIELDS, output};
use minecalc_core::num::Checked;
use minecalc_core::project::{
    DayPath, Halving, PROJECTION_FIELDS, Projection, ProjectionInput, project_unrounded_with,
};
use minecalc_core::{Raw, Result as CoreResult};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use wasm_bindgen::JsValue;
use web_sys::Element;

use super::super::dom::{
    El, between, coord, el, replace_children, set_attr, set_hidden, set_text, svg, toggle_class,
};
use super::super::fields::{self, Field};
use super::super::messages::Msg;
use super::super::share::{Actions, Csv};
use super::super::svg::{Chart, Margin, Plot, axis_room, nice_domain, nice_ticks, text_width};
use super::hardware::Hardware;
use super::{Ctx, View};

/// Most points drawn for a series: longer ones are thinned evenly (a ten-year daily series
/// has 3653). Keeps the path short and the redraw fast.
pub const MAX_POINTS: usize = 400;

/// The "Own hardware" view with the projection below its results.
#[derive(Debug, Default)]
pub struct WithProjection {
    hardware: Hardware,
    ui: Option<Section>,
    /// The chain's side of the last projection: typing a price, power or tariff recomputes
    /// only the money.
    path: DayPath,
}

#[derive(Debug)]
struct Section {
    root: Element,
    profit_label: Element,
    figures: [Element; 3],
    chart: NetChart,
    caption: Element,
    note: Element,
    actions: Actions,
}

impl View for WithProjection {
    fn id(&self) -> &'static str {
        self.hardware.id()
    }

    fn label(&self) -> Msg {
        self.hardware.label()
    }

    fn render(&mut self, cx: &Ctx, panel: &Element) -> Result<(), JsValue> {
        self.hardware.render(cx, panel)?;
        let mut list = el("dl")?.class("mc-figures");
        let profit_label = el("dt")?.build();
        let labels = [
            El(profit_label.clone()),
            el("dt")?.text(cx.t(Msg::FigPaysBack)),
            el("dt")?.text(cx.t(Msg::FigRoi)),
        ];
        let figures = [value()?, value()?, value()?];
        for (label, v) in labels.into_iter().zip(&figures) {
            list = list.child(
                el("div")?
                    .class("mc-figure")
                    .part("figure")
                    .child(label)
                    .append(v),
            );
        }
        let chart = NetChart::new(cx.t(Msg::ChartNetTitle), panel)?;
        let (figure, caption) = chart.figure(cx.t(Msg::ChartNetTitle))?;
        let actions = Actions::new(cx, true)?;
        let note = el("p")?.class("mc-note").build();
        let root = el("section")?
            .class("mc-over-time")
            .part("projection")
            .child(el("p")?.class("mc-section-title").text(cx.t(Msg::OverTime)))
            .child(list)
            .child(figure)
            .append(&note)
            .append(&actions.root)
            .attr_if(cx.compact, "hidden", "")
            .build();
        panel.append_child(&root)?;
        self.ui = Some(Section {
            root,
            profit_label,
            figures,
            chart,
            caption,
            note,
            actions,
        });
        Ok(())
    }

    fn update(&mut self, cx: &Ctx) -> Result<(), JsValue> {
        self.hardware.update(cx)?;
        let Some(ui) = &mut self.ui else {
            return Ok(());
        };
        if cx.compact {
            return Ok(());
        }
        // While the estimate is invalid its field shows the message; keep the last drawing.
        // The series stays exact: the chart needs 400 of its points as pixels, and only
        // "Download CSV" needs every day rounded, so it rounds them when asked.
        let outcome = match cx.estimate {
            Some(_) => projection_input(cx, "hardware")
                .and_then(|i| project_unrounded_with(&i, &mut self.path)),
            None => {
                toggle_class(&ui.root, "is-stale", true);
                return Ok(());
            }
        };
        toggle_class(&ui.root, "is-stale", outcome.is_err());
        match outcome {
            Ok(p) => {
                ui.show(cx, &p)?;
                ui.actions.set_csv(Some(Csv::Projection(p)));
            }
            Err(e) => {
                ui.actions.set_csv(None);
                cx.report(e);
            }
        }
        Ok(())
    }
}

impl Section {
    /// Shows `p`, a projection before output rounding: its figures are rounded here as
    /// `project` rounds them, its series is drawn as it is.
    fn show(&mut self, cx: &Ctx, p: &Projection) -> Result<(), JsValue> {
        let f = cx.fmt;
        let days = f.days(Decimal::from(p.days.len()));
        set_text(
            &self.profit_label,
            &cx.tf(Msg::FigProfitIn, &[("days", &days)]),
        );
        let [profit, payback, roi] = &self.figures;
        let total_profit = output(p.total_profit);
        set_text(profit, &f.money_signed(total_profit));
        sign_class(profit, total_profit);
        let never = cx.tf(Msg::NotWithin, &[("days", &days)]);
        let cost = p.hardware_cost.map(output).filter(|c| !c.is_zero());
        let paid = p.payback_date.map(|d| f.date(&d.to_string()));
        set_text(
            payback,
            match (cost, &paid) {
                (None, _) => cx.t(Msg::PaybackNoCost),
                (Some(_), Some(d)) => d,
                (Some(_), None) => &never,
            },
        );
        set_text(
            roi,
            &p.roi_percent
                .map(output)
                .map_or_else(|| "—".to_owned(), |r| percent(cx, r)),
        );
        let cost = cost.unwrap_or_default();
        // Checked: amounts near Decimal's limit must not panic.
        let net = total_profit
            .add_checked(output(p.resale_value))
            .and_then(|v| v.sub_checked(cost))
            .unwrap_or(total_profit);
        let points = sample(p.days.len(), cost, &|i| {
            p.days.get(i).map(|d| d.cumulative_profit)
        });
        self.chart.draw(
            cx,
            p.start_date,
            p.days.len(),
            &points,
            p.payback_date,
            &p.halvings,
        )?;
        set_text(
            &self.caption,
            &summary(cx, &days, cost.is_zero(), paid.as_deref(), net),
        );
        let height = p.days.first().map_or(0, |d| d.height);
        let (date, height) = (
            f.date(&p.start_date.to_string()),
            f.integer(Decimal::from(height)),
        );
        set_text(
            &self.note,
            &cx.tf(Msg::ProjectionNote, &[("date", &date), ("height", &height)]),
        );
        Ok(())
    }
}

fn value() -> Result<Element, JsValue> {
    Ok(el("dd")?.class("mc-figure-value").text("—").build())
}

/// The chart's text summary: "Pays back on 14 Mar 2028. After 730 days: +$1,234.00."
pub fn summary(cx: &Ctx, days: &str, no_cost: bool, paid: Option<&str>, net: Decimal) -> String {
    let net = cx.fmt.money_signed(net);
    let args = [
        ("days", days),
        ("net", net.as_str()),
        ("date", paid.unwrap_or_default()),
    ];
    let m = match (no_cost, paid) {
        (true, _) => Msg::SummaryNoCost,
        (false, Some(_)) => Msg::SummaryPaysBack,
        (false, None) => Msg::SummaryNever,
    };
    cx.tf(m, &args)
}

/// A percentage with its sign, rounded to whole percent: "+31 %".
pub fn percent(cx: &Ctx, d: Decimal) -> String {
    let mut s = String::new();
    if d.round() > Decimal::ZERO {
        s.push('+');
    }
    s.push_str(&cx.fmt.integer(d));
    s.push_str(" %");
    s
}

/// Marks an element as profit or loss by the sign of `d`.
pub fn sign_class(e: &Element, d: Decimal) {
    toggle_class(e, "is-profit", d > Decimal::ZERO);
    toggle_class(e, "is-loss", d < Decimal::ZERO);
}

/// The core input for a view: the estimate's fields and the view's own groups, the widget's
/// defaults (the placeholders of horizon, difficulty growth and contract length) and today's
/// date, keeping only the keys `keep` accepts (the core rejects keys it does not read).
pub fn input(cx: &Ctx, view: &str, keep: &dyn Fn(&str) -> bool) -> Raw {
    let mut raw = cx.input_for(view);
    for field in [Field::Days, Field::DifficultyGrowth, Field::ContractDays] {
        let s = fields::spec(field);
        if let Some(key) = s.api.filter(|k| raw.get(k).is_none()) {
            raw.set(key, s.placeholder);
        }
    }
    let today = cx.today();
    raw.set("startDate", today);
    if let Raw::Map(m) = &mut raw {
        m.retain(|k, _| keep(k));
    }
    raw
}

/// The projection input of the form for `view` (the hardware and compare views).
pub fn projection_input(cx: &Ctx, view: &str) -> CoreResult<ProjectionInput> {
    let keep = |k: &str| ESTIMATE_FIELDS.contains(&k) || PROJECTION_FIELDS.contains(&k);
    ProjectionInput::from_raw(&input(cx, view, &keep))
}

/// Up to [`MAX_POINTS`] points `(day, cumulative − cost)` of a daily series of `n` days,
/// starting at `(0, −cost)`; day `i` ends at x = i + 1. The last day is always kept.
pub fn sample(
    n: usize,
    cost: Decimal,
    cumulative: &dyn Fn(usize) -> Option<Decimal>,
) -> Vec<(f64, f64)> {
    let step = n.div_ceil(MAX_POINTS).max(1);
    let mut points = Vec::with_capacity(n / step + 2);
    points.push((0.0, (-cost).to_f64().unwrap_or(0.0)));
    let mut i = step - 1;
    loop {
        let i_last = i.min(n.saturating_sub(1));
        if let Some(v) = cumulative(i_last).and_then(|c| c.sub_checked(cost)?.to_f64()) {
            points.push(((i_last + 1) as f64, v));
        }
        if i_last + 1 >= n {
            break;
        }
        i += step;
    }
    points
}

/// A chart of cumulative profit after the upfront cost, built once and updated in place: the
/// line's path, the zero line and the payback marker change attributes; the axes are rebuilt
/// only when their scale changes, the halving marks only when they do.
#[derive(Debug)]
pub struct NetChart {
    svg: Element,
    axes: Element,
    zero: Element,
    line: Element,
    halvings: Element,
    payback: Element,
    pay_line: Element,
    pay_dot: Element,
    pay_title: Element,
    pay_label: Element,
    /// What the axes and halving marks were drawn for.
    axes_key: Option<(f64, f64, f64, usize, i64)>,
    /// The left margin the y-axis labels need.
    left: f64,
    halvings_key: Vec<(i64, String)>,
    /// What the zero line and the payback marker were last placed for (their attributes are
    /// written only when it changes).
    zero_key: Option<[u64; 3]>,
    pay_key: Option<(Date, [u64; 4])>,
    /// `Intl.DateTimeFormat` for years ("2027") in the widget's language.
    year: Function,
}

impl NetChart {
    /// The chart's elements; `label` is its accessible name, `panel` gives the language.
    pub fn new(label: &str, panel: &Element) -> Result<NetChart, JsValue> {
        let mk = |tag: &str, class: &str| -> Result<Element, JsValue> {
            Ok(svg(tag)?.class(class).build())
        };
        let axes = mk("g", "mc-axes")?;
        let zero = mk("line", "mc-zero")?;
        let line = mk("path", "mc-line mc-line-net")?;
        let halvings = mk("g", "mc-halvings")?;
        let pay_line = mk("line", "mc-ref")?;
        let pay_title = svg("title")?.build();
        let pay_dot = svg("circle")?
            .class("mc-dot is-profit")
            .attr("r", "5")
            .append(&pay_title)
            .build();
        let pay_label = mk("text", "mc-ref-label mc-payback-label")?;
        let payback = svg("g")?
            .class("mc-payback")
            .part("payback")
            .attr("hidden", "")
            .append(&pay_line)
            .append(&pay_dot)
            .append(&pay_label)
            .build();
        let root = svg("svg")?
            .class("mc-chart mc-net-chart")
            .part("chart")
            .attr("role", "img")
            .attr("aria-label", label)
            .append(&axes)
            .append(&halvings)
            .append(&zero)
            .append(&line)
            .append(&payback)
            .build();
        let locale = panel
            .closest("[lang]")
            .ok()
            .flatten()
            .and_then(|e| e.get_attribute("lang"))
            .unwrap_or_else(|| "en".to_owned());
        let options = Object::new();
        Reflect::set(&options, &"year".into(), &"numeric".into())?;
        Reflect::set(&options, &"timeZone".into(), &"UTC".into())?;
        let year =
            js_sys::Intl::DateTimeFormat::new(&Array::of1(&locale.into()), &options).format();
        Ok(NetChart {
            svg: root,
            axes,
            zero,
            line,
            halvings,
            payback,
            pay_line,
            pay_dot,
            pay_title,
            pay_label,
            axes_key: None,
            left: 56.0,
            halvings_key: Vec::new(),
            zero_key: None,
            pay_key: None,
            year,
        })
    }

    /// A `<figure>` holding the chart under `title`, and its `<figcaption>` (for the text
    /// summary).
    pub fn figure(&self, title: &str) -> Result<(El, Element), JsValue> {
        let caption = el("figcaption")?.class("mc-chart-summary").build();
        let figure = el("figure")?
            .class("mc-chart-box")
            .child(el("p")?.class("mc-chart-title").text(title))
            .child(el("div")?.class("mc-chart-frame").append(&self.svg))
            .append(&caption);
        Ok((figure, caption))
    }

    /// Draws `points` (from [`sample`]) over `days` days from `start`, with the payback date
    /// and the halvings marked.
    pub fn draw(
        &mut self,
        cx: &Ctx,
        start: Date,
        days: usize,
        points: &[(f64, f64)],
        payback: Option<Date>,
        halvings: &[Halving],
    ) -> Result<(), JsValue> {
        let width = cx.width.clamp(260.0, 860.0);
        let narrow = width < 420.0;
        let height = if narrow { 210.0 } else { 250.0 };
        let (lo, hi) = points
            .iter()
            .fold((0.0f64, 0.0f64), |(lo, hi), p| (lo.min(p.1), hi.max(p.1)));
        let (y0, y1) = nice_domain(lo, hi, 4);
        let key = (width, y0, y1, days, start.days_since_epoch());
        let rebuild = self.axes_key != Some(key);
        let y_ticks = nice_ticks(y0, y1, 4);
        let mut y_labels = Vec::new();
        if rebuild {
            // The left margin fits the widest money label of this locale and currency.
            y_labels = y_ticks.iter().map(|v| cx.fmt.money_compact(*v)).collect();
            self.left = axis_room(&y_labels);
        }
        let margin = Margin {
            left: self.left,
            ..Margin::default()
        };
        let x_domain = (0.0, days as f64);
        // Most inputs move only the line: then the geometry is enough, and the axes (built
        // in a scratch `<svg>`) are left alone.
        let chart = Plot::new(width, height, margin, x_domain, (y0, y1));
        if rebuild {
            self.axes_key = Some(key);
            let scratch = Chart::new(width, height, margin, x_domain, (y0, y1), "")?;
            set_attr(
                &self.svg,
                "viewBox",
                &format!("0 0 {} {}", coord(width), coord(height)),
            );
            set_attr(&self.svg, "width", &coord(width));
            set_attr(&self.svg, "height", &coord(height));
            scratch.y_axis(&y_ticks, &y_labels)?;
            let max_ticks = ((width - margin.left - margin.right) / 75.0).max(2.0) as usize;
            let (ticks, yearly) = date_ticks(start, days, max_ticks);
            let label = |x: f64| {
                let day = ticks.iter().find(|t| t.0 == x).map_or(start, |t| t.1);
                if yearly {
                    let ms = js_sys::Date::utc(f64::from(day.year()), 6.0);
                    self.year
                        .call1(&JsValue::NULL, &js_sys::Date::new(&ms.into()))
                        .ok()
                        .and_then(|v| v.as_string())
                        .unwrap_or_default()
                } else {
                    let mut ym = day.to_string();
                    ym.truncate(7);
                    cx.fmt.month(&ym)
                }
            };
            let xs: Vec<f64> = ticks.iter().map(|t| t.0).collect();
            scratch.x_axis(&xs, label)?;
            replace_children(&self.axes, children(scratch.element()));
        }
        let zero = chart.y.at(0.0);
        let zero_key = [margin.left, width, zero].map(f64::to_bits);
        if self.zero_key != Some(zero_key) {
            self.zero_key = Some(zero_key);
            for (name, v) in [
                ("x1", margin.left),
                ("x2", width - margin.right),
                ("y1", zero),
                ("y2", zero),
            ] {
                set_attr(&self.zero, name, &coord(v));
            }
        }
        set_attr(&self.line, "d", &chart.path_data(points, false));

        let hkey: Vec<(i64, String)> = halvings
            .iter()
            .map(|h| (start.days_until(h.date), h.reward_after.to_string()))
            .collect();
        // The marks sit on the x scale too: redraw them with the axes.
        if hkey != self.halvings_key || rebuild {
            let ticker = cx.coin().map_or("", |c| c.ticker);
            let mut marks = Vec::new();
            for h in halvings {
                let x = chart.x.at(start.days_until(h.date) as f64 + 0.5);
                let right = x > width - margin.right - 60.0;
                let title = cx.tf(
                    Msg::HalvingTitle,
                    &[
                        ("date", &cx.fmt.date(&h.date.to_string())),
                        ("before", &cx.fmt.sig(h.reward_before)),
                        ("after", &cx.fmt.sig(h.reward_after)),
                        ("ticker", ticker),
                    ],
                );
                marks.push(
                    svg("g")?
                        .class("mc-halving")
                        .attr("data-date", &h.date.to_string())
                        .child(svg("title")?.text(&title))
                        .child(vertical(
                            x,
                            margin.top,
                            height - margin.bottom,
                            "mc-ref mc-halving-line",
                        )?)
                        .child(
                            svg("text")?
                                .class("mc-ref-label")
                                // Near the right edge the label goes left of its line.
                                .attr_if(right, "text-anchor", "end")
                                .num("x", if right { x - 4.0 } else { x + 4.0 })
                                .num("y", height - margin.bottom - 6.0)
                                .text(cx.t(Msg::Halving)),
                        ),
                );
            }
            replace_children(&self.halvings, marks);
            self.halvings_key = hkey;
        }

        set_hidden(&self.payback, payback.is_none());
        let pay_key = payback.map(|d| (d, [zero, height, margin.left, width].map(f64::to_bits)));
        if let Some(date) = payback
            && self.pay_key != pay_key
        {
            self.pay_key = pay_key;
            let x = chart.x.at((start.days_until(date) + 1) as f64);
            let text = cx.tf(
                Msg::ChartPaysBack,
                &[("date", &cx.fmt.date(&date.to_string()))],
            );
            for (name, v) in [
                ("x1", x),
                ("x2", x),
                ("y1", margin.top),
                ("y2", height - margin.bottom),
            ] {
                set_attr(&self.pay_line, name, &coord(v));
            }
            set_attr(&self.pay_dot, "cx", &coord(x));
            set_attr(&self.pay_dot, "cy", &coord(zero));
            set_attr(&self.payback, "data-date", &date.to_string());
            set_text(&self.pay_title, &text);
            // The cumulative line rises through the marker, so the label goes up and to the
            // left of it, or down and to the right when there is no room on the left (ending
            // at the chart's right edge when it is longer than the room there too).
            let w = text_width(&text);
            let left = x - 8.0 - w >= margin.left + 2.0;
            let (lx, ly) = if left {
                (x - 8.0, zero - 8.0)
            } else {
                ((x + 8.0).min(width - 2.0 - w).max(2.0), zero + 16.0)
            };
            let ly = between(ly, margin.top + 10.0, height - margin.bottom - 4.0);
            set_attr(&self.pay_label, "x", &coord(lx));
            set_attr(&self.pay_label, "y", &coord(ly));
            set_attr(
                &self.pay_label,
                "text-anchor",
                if left { "end" } else { "start" },
            );
            set_text(&self.pay_label, &text);
        }
        Ok(())
    }
}

/// The child elements of `e`, detached, for moving them elsewhere.
fn children(e: &Element) -> Vec<El> {
    let mut out = Vec::new();
    while let Some(c) = e.first_element_child() {
        c.remove();
        out.push(El(c));
    }
    out
}

fn vertical(x: f64, y1: f64, y2: f64, class: &str) -> Result<El, JsValue> {
    Ok(svg("line")?
        .class(class)
        .num("x1", x)
        .num("x2", x)
        .num("y1", y1)
        .num("y2", y2))
}

/// Date ticks for `days` days from `start`: the first of every month, quarter, half year or
/// year (or every 2, 5, 10 years), at most `max` of them; `true` when they are whole years.
fn date_ticks(start: Date, days: usize, max: usize) -> (Vec<(f64, Date)>, bool) {
    let months = days as f64 / 30.4375;
    let step = [1u32, 3, 6, 12, 24, 60, 120]
        .into_iter()
        .find(|s| months / f64::from(*s) <= max as f64)
        .unwrap_or(120);
    let (mut year, mut month) = (start.year(), start.month());
    let mut ticks = Vec::new();
    loop {
        month += 1;
        if month > 12 {
            (year, month) = (year + 1, 1);
        }
        let aligned = if step >= 12 {
            month == 1 && year.rem_euclid((step / 12) as i32) == 0
        } else {
            (month - 1) % step == 0
        };
        if !aligned {
            continue;
        }
        let Some(date) = Date::from_ymd(year, month, 1) else {
            break;
        };
        let offset = start.days_until(date);
        if offset > days as i64 || ticks.len() > 24 {
            break;
        }
        ticks.push((offset as f64, date));
    }
    (ticks, step >= 12)
}

/// A table of ways to use the money (rows) with their profit and return, the best marked.
#[derive(Debug)]
pub struct Outcomes {
    /// Per row: the label, the "best" badge, the profit cell, the return cell, the row.
    rows: Vec<[Element; 5]>,
}

impl Outcomes {
    /// The table, with one row per label.
    pub fn new(cx: &Ctx, labels: &[Msg]) -> Result<(El, Outcomes), JsValue> {
        let mut head = el("tr")?;
        for m in [Msg::ColOption, Msg::ColProfit, Msg::FigRoi] {
            head = head.child(el("th")?.attr("scope", "col").text(cx.t(m)));
        }
        let mut body = el("tbody")?;
        let mut rows = Vec::new();
        // Labels name the coin ("Buy BTC on day one and hold"); `label` relabels them later.
        let ticker = cx.coin().map_or("", |c| c.ticker);
        for m in labels {
            let label = el("span")?.text(&cx.tf(*m, &[("ticker", ticker)])).build();
            let badge = el("span")?
                .class("mc-badge")
                .attr("hidden", "")
                .text(cx.t(Msg::Best))
                .build();
            let profit = el("td")?.text("—").build();
            let roi = el("td")?.text("—").build();
            let tr = el("tr")?
                .child(
                    el("th")?
                        .attr("scope", "row")
                        .append(&label)
                        .append_text(" ")
                        .append(&badge),
                )
                .append(&profit)
                .append(&roi)
                .build();
            body = body.append(&tr);
            rows.push([label, badge, profit, roi, tr]);
        }
        let table = el("table")?
            .class("mc-table mc-outcomes")
            .part("table")
            .child(el("thead")?.child(head))
            .child(body);
        Ok((table, Outcomes { rows }))
    }

    /// Relabels row `i` (labels with placeholders such as the ticker).
    pub fn label(&self, i: usize, text: &str) {
        if let Some(row) = self.rows.get(i) {
            set_text(&row[0], text);
        }
    }

    /// Fills row `i`.
    pub fn set(&self, cx: &Ctx, i: usize, profit: Decimal, roi: Option<Decimal>, best: bool) {
        let Some([_, badge, p, r, tr]) = self.rows.get(i) else {
            return;
        };
        set_text(p, &cx.fmt.money_signed(profit));
        sign_class(p, profit);
        set_text(r, &roi.map_or_else(|| "—".to_owned(), |v| percent(cx, v)));
        set_hidden(badge, !best);
        toggle_class(tr, "is-best", best);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text, "d").unwrap_or(Date::MIN)
    }

    #[test]
    fn long_series_are_thinned_to_at_most_max_points() {
        let ten_years = sample(3653, Decimal::from(100), &|i| Some(Decimal::from(i)));
        assert!(ten_years.len() <= MAX_POINTS + 1, "{}", ten_years.len());
        assert_eq!(ten_years.first(), Some(&(0.0, -100.0)));
        // The last day is always drawn: day 3652 ends at x = 3653.
        assert_eq!(ten_years.last(), Some(&(3653.0, 3552.0)));
        let short = sample(3, Decimal::ZERO, &|i| Some(Decimal::from(i + 1)));
        assert_eq!(short, vec![(0.0, 0.0), (1.0, 1.0), (2.0, 2.0), (3.0, 3.0)]);
        assert_eq!(sample(0, Decimal::ZERO, &|_| None), vec![(0.0, 0.0)]);
    }

    #[test]
    fn date_ticks_fall_on_firsts_of_months_or_years() {
        let (ticks, yearly) = date_ticks(date("2026-11-25"), 730, 8);
        let dates: Vec<String> = ticks.iter().map(|t| t.1.to_string()).collect();
        assert!(!yearly);
        assert_eq!(
            dates,
            [
                "2027-01-01",
                "2027-04-01",
                "2027-07-01",
                "2027-10-01",
                "2028-01-01",
                "2028-04-01",
                "2028-07-01",
                "2028-10-01"
            ]
        );
        assert_eq!(ticks[0].0, 37.0);
        let (ticks, yearly) = date_ticks(date("2026-11-25"), 3653, 3);
        let years: Vec<i32> = ticks.iter().map(|t| t.1.year()).collect();
        assert!(yearly);
        assert_eq!(years, [2030, 2035]);
        let (ticks, _) = date_ticks(date("2026-11-25"), 3, 4);
        assert!(ticks.is_empty());
    }
}
