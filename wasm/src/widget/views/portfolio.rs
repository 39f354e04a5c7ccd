//! The "Portfolio" view: the rig in the form plus positions the reader adds (another rig, a
//! cloud contract, coins held) and removes, simulated together with correlated coin prices by
//! the core's `PortfolioSimulator` (run in slices, `sim.rs`). It shows each position alone next
//! to all of them together: chance of loss and the 5th, 50th and 95th percentile of final profit.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Reflect;
use minecalc_core::coins;
use minecalc_core::date::Date;
use minecalc_core::risk::{
    MAX_POSITIONS, Portfolio, PortfolioInput, PortfolioSimulator, PositionKind, PositionRisk,
};
use minecalc_core::{Error, Raw};
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Element, Event};

use super::super::Handle;
use super::super::dom::{El, el, replace_children, set_attr, set_hidden, set_text, toggle_class};
use super::super::format::{join_signs, normalize_number};
use super::super::messages::{self, Msg};
use super::super::share::Actions;
use super::super::sim::{self, Progress, Runner, Status, horizon, of_100};
use super::{Ctx, View};

/// Keys of the form that belong to the portfolio as a whole; the rest describe the form's rig.
const TOP: [&str; 10] = [
    "startDate",
    "days",
    "currency",
    "correlation",
    "priceVolatilityPercentPerYear",
    "difficultyVolatilityPercentPerYear",
    "paths",
    "seed",
    "priceChangePercentPerYear",
    "difficultyGrowthPercentPerMonth",
];
/// The form's costs an added rig shares (a contract shares only the pool fee).
const RIG_SHARED: [&str; 4] = [
    "electricityPrice",
    "poolFeePercent",
    "uptimePercent",
    "overheadPercent",
];

/// What the reader asked for with the buttons, applied at the next update.
#[derive(Debug)]
enum Action {
    /// Kind, coin, hashrate, power, amount, fee: as typed.
    Add([String; 6]),
    Remove(usize),
}

/// A position the reader added: the position without the shared fields, and the add form's
/// values it came from (what a shared link carries, and what its label is written from at
/// each draw, in the language and currency of the moment).
#[derive(Debug)]
struct Position {
    raw: Raw,
    values: [String; 6],
}

/// Positions the reader added and pending actions.
#[derive(Debug, Default)]
struct Added {
    positions: Vec<Position>,
    actions: Vec<Action>,
}

/// The key of a position in a shared link; its value is the add form's six values, each
/// URI-encoded, joined by `|`.
const LINK_KEY: &str = "position";

/// The "Portfolio" view.
#[derive(Debug, Default)]
pub struct PortfolioView {
    ui: Option<Ui>,
    added: Rc<RefCell<Added>>,
    runner: Runner<PortfolioInput, PortfolioSimulator>,
    listener: Option<Closure<dyn FnMut(Event)>>,
    /// The "Copy link" button (kept for its listener).
    actions: Option<Actions>,
    /// Labels of the positions sent with the latest run, in order.
    labels: Vec<String>,
    drawn: Option<u32>,
}

#[derive(Debug)]
struct Ui {
    body: Element,
    status: Element,
    progress: Progress,
    error: Element,
    rows: Element,
    caption: Element,
    words: Element,
    /// The currency written after the add form's amount and fee (set at each update: the
    /// reader may pick another currency at any time).
    currency_units: [Element; 2],
    note: Element,
}

/// The add form's controls: kind, coin, hashrate, power, amount, fee (with their wrappers).
#[derive(Debug, Clone)]
struct Controls {
    inputs: [Element; 6],
    wraps: [Element; 6],
    amount_label: Element,
}

impl View for PortfolioView {
    fn id(&self) -> &'static str {
        "portfolio"
    }

    fn label(&self) -> Msg {
        Msg::ViewPortfolio
    }

    fn render(&mut self, cx: &Ctx, panel: &Element) -> Result<(), JsValue> {
        let (controls, currency_units, fields) = add_form(cx)?;
        let add = el("button")?
            .attr("type", "button")
            .class("mc-button")
            .attr("data-pf", "add")
            .text(cx.t(Msg::PfAdd))
            .build();
        let error = el("p")?
            .class("mc-error")
            .part("error")
            .attr("hidden", "")
            .attr("role", "alert")
            .build();
        let form = el("div")?
            .class("mc-pf-add")
            .attr("role", "group")
            .attr("aria-labelledby", "mc-pf-title")
            .child(
                el("p")?
                    .class("mc-eyebrow")
                    .id("mc-pf-title")
                    .text(cx.t(Msg::PfAdd)),
            )
            .child(fields)
            .append(&add)
            .append(&error);
        let rows = el("tbody")?.build();
        let caption = el("caption")?.build();
        let mut head = el("tr")?;
        for m in [Msg::PfKind, Msg::ColLoss, Msg::ColTypical, Msg::ColRange] {
            head = head.child(el("th")?.attr("scope", "col").text(cx.t(m)));
        }
        let table = el("table")?
            .class("mc-table mc-pf-table")
            .part("table")
            .append(&caption)
            .child(el("thead")?.child(head))
            .append(&rows);
        let (words, note) = (
            el("p")?.class("mc-words").build(),
            el("p")?.class("mc-note").build(),
        );
        let progress = Progress::build("mc-pf-progress")?;
        let status = el("p")?
            .class("mc-status")
            .attr("hidden", "")
            .text(cx.t(Msg::StaleNote))
            .build();
        let body = el("div")?
            .class("mc-results-body")
            .part("portfolio")
            .child(table)
            .append(&words)
            .append(&note)
            .build();
        // "Copy link" carries the added positions too (see `link_pairs`).
        let actions = Actions::new(cx, false)?;
        let root = el("div")?
            .class("mc-pf")
            .child(el("p")?.class("mc-note mc-intro").text(cx.t(Msg::PfIntro)))
            .child(form)
            .append(&progress.row)
            .append(&status)
            .append(&body)
            .append(&actions.root)
            .build();
        sync_kind(cx.lang, &controls);

        // Clicks on "Add" and "Remove", and the kind select, are handled here; the widget's
        // own listeners ignore controls without a field name.
        let added = Rc::clone(&self.added);
        let handle: Handle = cx.handle.clone();
        let lang = cx.lang;
        let on_event: Closure<dyn FnMut(Event)> = Closure::new(move |event: Event| {
            let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                return;
            };
            if event.type_() == "input" {
                sync_kind(lang, &controls);
                return;
            }
            let Ok(Some(button)) = target.closest("button[data-pf]") else {
                return;
            };
            let action = match button.get_attribute("data-pf").as_deref() {
                Some("add") => Action::Add(controls.inputs.clone().map(|c| value(&c))),
                Some(i) => match i.parse() {
                    Ok(i) => {
                        // The row and its button go: keep the keyboard's place in the view
                        // (the table is drawn again when the new run ends).
                        if let Some(add) = add.dyn_ref::<web_sys::HtmlElement>() {
                            let _ = add.focus();
                        }
                        Action::Remove(i)
                    }
                    Err(_) => return,
                },
                None => return,
            };
            if let Ok(mut a) = added.try_borrow_mut() {
                a.actions.push(action);
            }
            handle.refresh();
        });
        for kind in ["click", "input"] {
            root.add_event_listener_with_callback(kind, on_event.as_ref().unchecked_ref())?;
        }
        self.listener = Some(on_event);
        self.actions = Some(actions);

        replace_children(panel, vec![El(root)]);
        self.drawn = None;
        self.ui = Some(Ui {
            body,
            status,
            progress,
            error,
            rows,
            caption,
            words,
            currency_units,
            note,
        });
        Ok(())
    }

    fn link_pairs(&self) -> Vec<(&'static str, String)> {
        let encode = |v: &String| String::from(js_sys::encode_uri_component(v));
        self.added
            .borrow()
            .positions
            .iter()
            .map(|p| {
                let parts: Vec<String> = p.values.iter().map(encode).collect();
                (LINK_KEY, parts.join("|"))
            })
            .collect()
    }

    fn restore_link(&mut self, pairs: &[(String, String)]) {
        let mut added = self.added.borrow_mut();
        for (_, value) in pairs.iter().filter(|(k, _)| k == LINK_KEY) {
            let decoded: Vec<String> = value
                .split('|')
                .filter_map(|part| js_sys::decode_uri_component(part).ok().map(String::from))
                .collect();
            // Added like a click on "Add": checked by the core before it is kept.
            if let Ok(values) = <[String; 6]>::try_from(decoded) {
                added.actions.push(Action::Add(values));
            }
        }
    }

    fn update(&mut self, cx: &Ctx) -> Result<(), JsValue> {
        let Some(ui) = &self.ui else { return Ok(()) };
        for unit in &ui.currency_units {
            set_text(unit, cx.fmt.currency());
        }
        // The form as the projection reads it (its defaults, today's date and height).
        let form = sim::projection_input(cx, self.id(), &|k: &str| k != "contractDays");
        let (mut top, rig) = split(&form);
        apply_actions(cx, ui, &self.added, &top, &form);

        // The portfolio: the form's rig (while it is valid) and every added position.
        let mut positions = Vec::new();
        let mut labels = Vec::new();
        if cx.estimate.is_some() {
            positions.push(rig);
            let ticker = cx.coin().map_or("", |c| c.ticker);
            labels.push(format!("{} · {ticker}", cx.t(Msg::PfFormRig)));
        }
        for p in &self.added.borrow().positions {
            positions.push(with_shared(&p.raw, &form));
            labels.push(label(cx, p));
        }
        let input = if positions.is_empty() {
            None
        } else {
            top.set("positions", Raw::List(positions));
            PortfolioInput::from_raw(&top)
                .map_err(|e| report(cx, ui, e))
                .ok()
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
            .ensure(input, PortfolioSimulator::new, cx.handle, &ui.progress.bar);
        let status = self.runner.status();
        let running = matches!(status, Status::Running);
        if running {
            self.labels = labels;
        }
        ui.progress.show(cx, running.then_some(paths), &ui.body);
        let failed = matches!(status, Status::Failed(_));
        toggle_class(&ui.body, "is-stale", failed || cx.estimate.is_none());
        set_hidden(&ui.status, !failed && cx.estimate.is_some());
        match status {
            Status::Done(result) => {
                let (generation, elapsed) = self.runner.stamp();
                if self.drawn != Some(generation) {
                    draw(
                        cx,
                        ui,
                        &result,
                        &self.labels,
                        self.added.borrow().positions.len(),
                    )?;
                    sim::stamp_result(&ui.body, generation, elapsed, result.paths, result.seed);
                    self.drawn = Some(generation);
                }
            }
            Status::Failed(e) => report(cx, ui, e),
            Status::Running | Status::Idle => {}
        }
        Ok(())
    }
}

/// An error of an added position goes under the add form; others to their field.
fn report(cx: &Ctx, ui: &Ui, e: Error) {
    if e.field().starts_with("positions") {
        set_text(
            &ui.error,
            &messages::error_text(cx.lang, &e, cx.fmt.currency()),
        );
        set_hidden(&ui.error, false);
    } else {
        cx.report(e);
    }
}

/// The form's input split into the portfolio's own fields and the form's rig position.
fn split(form: &Raw) -> (Raw, Raw) {
    let (mut top, mut rig) = (Raw::map(), Raw::map().with("kind", "rig"));
    if let Raw::Map(fields) = form {
        for (k, v) in fields {
            if TOP.contains(&k.as_str()) {
                top.set(k, v.clone())
            } else {
                rig.set(k, v.clone())
            }
        }
    }
    (top, rig)
}

/// An added position with the form's shared costs and, on the form's coin, its price.
fn with_shared(position: &Raw, form: &Raw) -> Raw {
    let mut p = position.clone();
    let kind = match position.get("kind") {
        Some(Raw::Text(k)) => k.as_str(),
        _ => "",
    };
    let shared: &[&str] = match kind {
        "rig" => &RIG_SHARED,
        "contract" => &["poolFeePercent", "uptimePercent"],
        _ => &[],
    };
    for k in shared {
        if let Some(v) = form.get(k) {
            p.set(k, v.clone());
        }
    }
    if position.get("coin") == form.get("coin")
        && let Some(price) = form.get("coinPrice")
    {
        p.set("coinPrice", price.clone());
    }
    // A mined coin starts from the height expected today, as the form's rig does.
    let coin = match position.get("coin") {
        Some(Raw::Text(id)) => coins::find(id, "coin").ok(),
        _ => None,
    };
    let start = match form.get("startDate") {
        Some(Raw::Text(d)) => Date::parse(d, "startDate").ok(),
        _ => None,
    };
    if let (Some(coin), Some(start), false) = (coin, start, kind == "hold") {
        p.set("blockHeight", coin.expected_height(start).to_string());
    }
    p
}

/// Applies the buttons' pending actions: a new position is checked on its own first and only
/// kept when valid; its problem shows under the add form otherwise.
fn apply_actions(cx: &Ctx, ui: &Ui, added: &RefCell<Added>, top: &Raw, form: &Raw) {
    let actions = std::mem::take(&mut added.borrow_mut().actions);
    for action in actions {
        match action {
            Action::Remove(i) => {
                let mut a = added.borrow_mut();
                if i < a.positions.len() {
                    a.positions.remove(i);
                }
            }
            Action::Add(values) => {
                let result = position(cx, &values).and_then(|raw| {
                    if added.borrow().positions.len() + 1 >= MAX_POSITIONS {
                        return Err(Error::range(
                            "positions",
                            format!("at most {MAX_POSITIONS}"),
                            MAX_POSITIONS + 1,
                        ));
                    }
                    let mut check = top.clone();
                    check.set("positions", Raw::List(vec![with_shared(&raw, form)]));
                    PortfolioInput::from_raw(&check).map(|_| Position { raw, values })
                });
                match result {
                    Ok(entry) => {
                        added.borrow_mut().positions.push(entry);
                        set_hidden(&ui.error, true);
                    }
                    Err(e) => {
                        set_text(
                            &ui.error,
                            &messages::error_text(cx.lang, &e, cx.fmt.currency()),
                        );
                        set_hidden(&ui.error, false);
                    }
                }
            }
        }
    }
}

/// A position from the add form's values.
fn position(cx: &Ctx, values: &[String; 6]) -> Result<Raw, Error> {
    let [kind, coin, hashrate, power, amount, fee] = values;
    let number = |s: &str| normalize_number(s, cx.state.decimal_comma);
    let c = coins::find(coin, "positions[0].coin")?;
    let mut p = Raw::map().with("kind", kind.as_str()).with("coin", c.id);
    let set = |p: &mut Raw, key: &str, text: &str| {
        if !text.trim().is_empty() {
            p.set(key, text.trim());
        }
    };
    match kind.as_str() {
        "rig" => {
            set(&mut p, "hashrate", hashrate);
            set(&mut p, "powerWatts", &number(power));
        }
        "contract" => {
            set(&mut p, "hashrate", hashrate);
            set(&mut p, "maintenanceFeePerDay", &number(fee));
        }
        _ => {}
    }
    set(&mut p, amount_key(kind), &number(amount));
    Ok(p)
}

/// The position field the add form's amount goes to, by kind.
fn amount_key(kind: &str) -> &'static str {
    match kind {
        "rig" => "hardwareCost",
        "contract" => "contractPrice",
        _ => "invested",
    }
}

/// A position's row label: its kind, coin, amount and hashrate. The amount is the number as
/// typed (normalized when it was added), in the form's currency of the moment, as the form's
/// own money fields are; so the label is written again at each draw, in the language of the
/// moment too.
fn label(cx: &Ctx, p: &Position) -> String {
    let [kind, coin, hashrate, ..] = &p.values;
    let ticker = coins::find(coin, "").map_or("", |c| c.ticker);
    let kind_label = match kind.as_str() {
        "rig" => Msg::PfRig,
        "contract" => Msg::PfContract,
        _ => Msg::PfHold,
    };
    let shown = match p.raw.get(amount_key(kind)) {
        Some(Raw::Number(n) | Raw::Text(n)) => n
            .parse::<Decimal>()
            .map_or_else(|_| n.clone(), |d| cx.fmt.money(d)),
        _ => String::new(),
    };
    let mut label = format!("{} · {ticker} · {shown}", cx.t(kind_label));
    if kind != "hold" {
        label = format!("{label} · {}", hashrate.trim());
    }
    label
}

/// The current value of a form control.
fn value(control: &Element) -> String {
    Reflect::get(control, &JsValue::from_str("value"))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// Shows the add form's fields that the chosen kind uses and names the amount after it.
fn sync_kind(lang: messages::Lang, c: &Controls) {
    let kind = value(&c.inputs[0]);
    let uses = |i: usize| match i {
        2 => kind != "hold",
        3 => kind == "rig",
        5 => kind == "contract",
        _ => true,
    };
    for (i, wrap) in c.wraps.iter().enumerate() {
        set_hidden(wrap, !uses(i));
    }
    let amount = match kind.as_str() {
        "rig" => Msg::HardwareCost,
        "contract" => Msg::ContractPrice,
        _ => Msg::PfInvested,
    };
    set_text(&c.amount_label, lang.text(amount));
}

/// The add form: kind, coin, hashrate, power, amount and fee, prefilled from the form; with
/// the currency units after the amount and the fee.
fn add_form(cx: &Ctx) -> Result<(Controls, [Element; 2], El), JsValue> {
    let kinds = [
        ("hold", Msg::PfHold),
        ("rig", Msg::PfRig),
        ("contract", Msg::PfContract),
    ];
    let mut kind = el("select")?;
    for (v, m) in kinds {
        kind = kind.child(el("option")?.attr("value", v).text(cx.t(m)));
    }
    let mut coin = el("select")?;
    let chosen = cx.coin().map_or("btc", |c| c.id);
    for c in coins::all().iter().filter(|c| !c.is_custom()) {
        coin = coin.child(
            el("option")?
                .attr("value", c.id)
                .attr_if(c.id == chosen, "selected", "")
                .text(&format!("{} ({})", c.name, c.ticker)),
        );
    }
    let text = |value: &str, mode: &str| -> Result<El, JsValue> {
        Ok(el("input")?
            .attr("type", "text")
            .attr("inputmode", mode)
            .attr("autocomplete", "off")
            .attr("value", value))
    };
    let amount_label = el("span")?.build();
    let unit = || -> Result<Element, JsValue> {
        Ok(el("span")?.class("mc-unit").text(cx.fmt.currency()).build())
    };
    let currency_units = [unit()?, unit()?];
    let specs: [(&str, El, Option<&str>); 6] = [
        ("kind", kind, Some(cx.t(Msg::PfKind))),
        ("coin", coin, Some(cx.t(Msg::Coin))),
        (
            "hashrate",
            text(&cx.state.hashrate_text(), "text")?,
            Some(cx.t(Msg::Hashrate)),
        ),
        (
            "power",
            text(cx.state.text(super::super::fields::Field::Power), "decimal")?,
            Some(cx.t(Msg::Power)),
        ),
        ("amount", text("1000", "decimal")?, None),
        (
            "fee",
            text("0", "decimal")?,
            Some(cx.t(Msg::MaintenanceFee)),
        ),
    ];
    let mut grid = el("div")?.class("mc-fields");
    let mut inputs = Vec::with_capacity(6);
    let mut wraps = Vec::with_capacity(6);
    for (name, control, label) in specs {
        let id = format!("mc-pf-{name}");
        let control = control.id(&id).class("mc-input").build();
        let mut control_box = el("div")?.class("mc-control").append(&control);
        match name {
            "power" => control_box = control_box.child(el("span")?.class("mc-unit").text("W")),
            "amount" => control_box = control_box.append(&currency_units[0]),
            "fee" => control_box = control_box.append(&currency_units[1]),
            _ => {}
        }
        let label_el = match label {
            Some(t) => el("label")?.text(t),
            None => el("label")?.append(&amount_label),
        };
        let wrap = el("div")?
            .class("mc-field")
            .child(label_el.class("mc-label").attr("for", &id))
            .child(control_box)
            .build();
        grid = grid.append(&wrap);
        inputs.push(control);
        wraps.push(wrap);
    }
    let (Ok(inputs), Ok(wraps)) = (
        <[Element; 6]>::try_from(inputs),
        <[Element; 6]>::try_from(wraps),
    ) else {
        return Err(JsValue::from_str("minecalc: add form"));
    };
    Ok((
        Controls {
            inputs,
            wraps,
            amount_label,
        },
        currency_units,
        grid,
    ))
}

/// The table (each position alone, then all together) and the diversification sentence.
fn draw(cx: &Ctx, ui: &Ui, p: &Portfolio, labels: &[String], added: usize) -> Result<(), JsValue> {
    let f = cx.fmt;
    let first_added = labels.len().saturating_sub(added);
    let row = |label: &str, r: &PositionRisk, remove: Option<usize>| -> Result<El, JsValue> {
        let b = &r.final_profit.band;
        let name = el("th")?
            .attr("scope", "row")
            .text(label)
            .child_opt(match remove {
                Some(i) => Some(
                    el("button")?
                        .attr("type", "button")
                        .class("mc-link mc-remove")
                        .attr("data-pf", &i.to_string())
                        .attr("aria-label", &format!("{}: {label}", cx.t(Msg::PfRemove)))
                        .text(cx.t(Msg::PfRemove)),
                ),
                None => None,
            });
        let typical_class = if b.p50 < Decimal::ZERO {
            "is-loss"
        } else {
            "is-profit"
        };
        Ok(el("tr")?
            .child(name)
            .child(el("td")?.text(&cx.tf(Msg::KpiOf100, &[("k", &of_100(r.probability_of_loss))])))
            .child(el("td")?.class(typical_class).text(&f.money_signed(b.p50)))
            .child(el("td")?.class("mc-range").text(&format!(
                "{} … {}",
                join_signs(&f.money_signed(b.p5)),
                join_signs(&f.money_signed(b.p95))
            ))))
    };
    let mut rows = Vec::with_capacity(p.positions.len() + 1);
    for (i, r) in p.positions.iter().enumerate() {
        let label = labels.get(i).map_or("", String::as_str);
        rows.push(row(label, r, i.checked_sub(first_added))?);
    }
    rows.push(row(cx.t(Msg::PfCombined), &p.combined, None)?.class("mc-row-total"));
    replace_children(&ui.rows, rows);
    set_text(
        &ui.caption,
        &cx.tf(Msg::PfCaption, &[("horizon", &horizon(cx, p.days))]),
    );
    let words = if p.combined.value_at_risk95 > Decimal::ZERO {
        cx.tf(
            Msg::PfVar,
            &[
                ("together", &f.money(p.combined.value_at_risk95)),
                ("separate", &f.money(p.separate_value_at_risk95)),
            ],
        )
    } else {
        cx.t(Msg::PfNoVar).to_owned()
    };
    set_text(&ui.words, &words);
    let mut note = cx.tf(
        Msg::PfNote,
        &[
            ("paths", &f.integer(Decimal::from(p.paths))),
            ("seed", &p.seed.to_string()),
            ("rho", &f.sig(p.correlation)),
        ],
    );
    // One mined coin alone is drawn as the Risk view draws it (same figures for the same
    // seed); otherwise say why a rig's row differs from the Risk tab.
    let joint = p.price_volatility_percent_per_year.len() > 1
        || p.positions.iter().any(|r| r.kind == PositionKind::Hold);
    if joint {
        note.push(' ');
        note.push_str(cx.t(Msg::PfJointNote));
    }
    set_text(&ui.note, &note);
    set_attr(&ui.body, "data-positions", &p.positions.len().to_string());
    Ok(())
}
