//! The widget's frame built from the declarative tables: the form (one fieldset per group,
//! one control per field), the tabs and panels of the views, and the footer; and [`Shell::sync`],
//! which brings values, options, hints and field messages up to date after every change.

use js_sys::Reflect;
use minecalc_core::coins::Coin;
use minecalc_core::market::Snapshot;
use minecalc_core::rigs::{self, RigKind};
use rust_decimal::Decimal;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlInputElement};

use super::dom::{
    El, el, replace_children, set_attr, set_attr_opt, set_hidden, set_text, toggle_class,
};
use super::fields::{self, FIELDS, Field, GROUPS, Kind, Spec, Unit};
use super::format::Fmt;
use super::messages::{self, Lang, Msg, fill};
use super::state::{self, CURRENCIES, FeedProblem, FeedStatus, Source, State};
use super::views::View;

/// Handles to one field's elements.
#[derive(Debug)]
pub struct FieldUi {
    pub wrap: Element,
    /// The `<input>` or `<select>`.
    pub control: Element,
    /// The unit text after the box, or the hashrate unit `<select>`.
    pub unit: Option<Element>,
    pub hint: Element,
    pub error: Element,
    /// What [`Shell::sync`] last wrote to these elements, so an input that changes nothing
    /// here costs no call into the page (each call passes strings across the boundary).
    written: Written,
}

/// The last state [`Shell::sync`] gave a field (`None`: not written yet). Only `sync` writes
/// these elements after they are built, so this is what they show.
#[derive(Debug, Default)]
struct Written {
    hidden: Option<bool>,
    unit: Option<String>,
    hint: Option<String>,
    warning: Option<bool>,
    error: Option<Option<String>>,
}

/// Handles to the built frame.
#[derive(Debug)]
pub struct Shell {
    pub root: Element,
    /// One entry per row of `FIELDS`, indexed by `Field as usize`.
    pub fields: Vec<FieldUi>,
    groups: Vec<(fields::Group, Element)>,
    market_date: Element,
    reset_market: Element,
    form_error: Element,
    pub tabs: Vec<Element>,
    pub panels: Vec<Element>,
    footer: Element,
    /// What went wrong with the site's market data, or that a saved copy is in use.
    notice: Element,
    /// The one polite live region: the result (or a field error) once typing pauses.
    pub live: Element,
    /// The profit line that stays at the top of a narrow widget while the form scrolls.
    sticky: Element,
    /// What each select's options were built from, to rebuild them only on change.
    options_key: Vec<String>,
    unit_key: String,
}

/// What the form says next to fields: errors (`None`: on a field the form does not show) and
/// plausibility warnings.
#[derive(Debug, Clone, Copy)]
pub struct FieldNotes<'a> {
    pub errors: &'a [(Option<Field>, String)],
    pub warnings: &'a [(Field, String)],
    /// Whether the full module is loading or failed to (first module): said under a switch
    /// that needs it ([`State::wants_full`]).
    pub more: super::More,
}

/// A rig's name for the menu, with "(home)" / "(home miner)" in the reader's language.
pub fn rig_label(lang: Lang, rig: &rigs::Rig) -> String {
    match ["(home miner)", "(home)"]
        .into_iter()
        .find_map(|suffix| rig.name.strip_suffix(suffix))
    {
        Some(name) => format!("{}({})", name, lang.text(Msg::HomeMiner)),
        None => rig.name.to_owned(),
    }
}

/// The reader's language menu: each language in its own name, the current one selected.
fn language_menu(lang: Lang, locale: &str) -> Result<El, JsValue> {
    let current = locale
        .split(['-', '_'])
        .next()
        .unwrap_or("en")
        .to_ascii_lowercase();
    let mut select = el("select")?
        .class("mc-input mc-lang")
        .part("input select language")
        .attr("name", "mc-lang")
        .attr("aria-label", lang.text(Msg::LanguageLabel));
    for (tag, name) in messages::LANGUAGES {
        select = select.child(
            el("option")?
                .attr("value", tag)
                .attr("lang", tag)
                .attr_if(tag == current, "selected", "")
                .text(name),
        );
    }
    Ok(select)
}

/// The element id of a field's control.
pub fn control_id(spec: &Spec) -> String {
    format!("mc-f-{}", spec.attr)
}

impl Shell {
    /// Builds the frame for `views` (the panels are left empty for the views to render).
    pub fn build(
        lang: Lang,
        locale: &str,
        compact: bool,
        views: &[Box<dyn View>],
        active: usize,
    ) -> Result<Shell, JsValue> {
        let t = |m| lang.text(m);
        let mut field_uis: Vec<(Field, FieldUi)> = Vec::with_capacity(FIELDS.len());
        let mut form = el("div")?.class("mc-form").part("form");
        let mut groups = Vec::new();
        let market_date = el("span")?.class("mc-summary-note").build();
        let reset_market = el("button")?
            .attr("type", "button")
            .class("mc-link")
            .attr("data-action", "reset-market")
            .text(t(Msg::ResetMarket))
            .build();
        // The currency sits with the language in the title bar: the reader's own two choices.
        let mut currency = None;
        for g in &GROUPS {
            let mut body = el("div")?.class("mc-fields");
            for spec in FIELDS.iter().filter(|s| s.group == g.group) {
                let (wrap, ui) = field(lang, spec)?;
                if spec.field == Field::Currency {
                    currency = Some(wrap);
                } else {
                    body = body.child(wrap);
                }
                field_uis.push((spec.field, ui));
            }
            let group = if g.disclosure {
                let mut summary = el("summary")?.child(el("span")?.text(t(g.legend)));
                let mut details = el("details")?.class("mc-group mc-disclosure").part("group");
                if g.group == fields::Group::Market {
                    summary = summary.append(&market_date);
                    body = body.child(el("div")?.class("mc-actions").append(&reset_market));
                }
                details = details.attr_if(!compact, "open", "");
                details.child(summary).child(body)
            } else {
                el("fieldset")?
                    .class("mc-group")
                    .part("group")
                    .child(el("legend")?.text(t(g.legend)))
                    .child(body)
            };
            let group = group
                .attr("data-group", &format!("{:?}", g.group).to_ascii_lowercase())
                .build();
            groups.push((g.group, group.clone()));
            form = form.append(&group);
        }
        let form_error = el("p")?
            .class("mc-error mc-form-error")
            .part("error")
            .attr("hidden", "")
            .build();
        form = form.append(&form_error);

        let show_tabs = views.len() > 1 && !compact;
        let mut tablist = el("div")?
            .class("mc-tabs")
            .part("tabs")
            .attr("role", "tablist")
            .attr("aria-label", t(Msg::TabsLabel))
            .attr_if(!show_tabs, "hidden", "");
        let mut tabs = Vec::new();
        let mut panels = Vec::new();
        for (i, view) in views.iter().enumerate() {
            let selected = i == active;
            let tab = el("button")?
                .attr("type", "button")
                .class("mc-tab")
                .part(if selected { "tab tab-selected" } else { "tab" })
                .attr("role", "tab")
                .id(&format!("mc-tab-{}", view.id()))
                .attr("aria-controls", &format!("mc-panel-{}", view.id()))
                .attr("aria-selected", if selected { "true" } else { "false" })
                .attr("tabindex", if selected { "0" } else { "-1" })
                .attr("data-view", view.id())
                .text(t(view.label()))
                .build();
            tablist = tablist.append(&tab);
            let panel = el("div")?
                .class("mc-panel")
                .part("results")
                .id(&format!("mc-panel-{}", view.id()))
                .attr_if(!selected, "hidden", "");
            let panel = if show_tabs {
                panel
                    .attr("role", "tabpanel")
                    .attr("aria-labelledby", &format!("mc-tab-{}", view.id()))
                    .attr("tabindex", "0")
            } else {
                panel
                    .attr("role", "region")
                    .attr("aria-label", t(view.label()))
            };
            tabs.push(tab);
            panels.push(panel.build());
        }
        let tablist = tablist.build();
        let mut out = el("div")?.class("mc-out").append(&tablist);
        for p in &panels {
            out = out.append(p);
        }

        let footer = el("p")?.class("mc-foot").part("footer").build();
        let live = el("p")?
            .class("mc-sr-only")
            .attr("role", "status")
            .attr("aria-live", "polite")
            .attr("aria-atomic", "true")
            .build();
        // Keyboard users reach the results without tabbing through every field.
        let skip = el("button")?
            .attr("type", "button")
            .class("mc-skip")
            .attr("data-action", "skip-results")
            .text(t(Msg::SkipToResults));
        let notice = el("p")?
            .class("mc-notice")
            .part("notice")
            .attr("role", "status")
            .attr("hidden", "")
            .build();
        // On phones the results come after the form; this line keeps today's profit in view.
        // It repeats the headline, which screen readers already hear, so it is hidden from them.
        let sticky = el("p")?
            .class("mc-sticky")
            .part("sticky")
            .attr("aria-hidden", "true")
            .build();
        let root = el("div")?
            .class(if compact { "mc is-compact" } else { "mc" })
            .part("root")
            .attr("lang", locale)
            .child(
                el("div")?
                    .class("mc-head")
                    .child(el("p")?.class("mc-title").part("title").text(t(Msg::Title)))
                    .child(
                        el("div")?
                            .class("mc-choices")
                            .child(language_menu(lang, locale)?)
                            .child_opt(currency),
                    ),
            )
            .child_opt((!compact).then_some(skip))
            .append(&live)
            .append(&notice)
            .append(&sticky)
            .child(el("div")?.class("mc-layout").child(form).child(out))
            .append(&footer)
            .build();

        // Groups list fields by group, the table by field: put them back in table order.
        let mut ordered = Vec::with_capacity(field_uis.len());
        for spec in &FIELDS {
            if let Some(i) = field_uis.iter().position(|(f, _)| *f == spec.field) {
                ordered.push(field_uis.swap_remove(i).1);
            }
        }
        Ok(Shell {
            root,
            fields: ordered,
            groups,
            market_date,
            reset_market,
            form_error,
            tabs,
            panels,
            footer,
            notice,
            live,
            sticky,
            options_key: vec![String::new(); FIELDS.len()],
            unit_key: String::new(),
        })
    }

    /// Updates the sticky profit line: today's profit per day, or the last good one muted
    /// while an input is invalid.
    pub fn sync_sticky(
        &self,
        lang: Lang,
        fmt: &Fmt,
        current: Option<Decimal>,
        last_good: Option<Decimal>,
    ) {
        let Some(profit) = current.or(last_good) else {
            set_hidden(&self.sticky, true);
            return;
        };
        set_hidden(&self.sticky, false);
        let value = fmt.money_signed(profit);
        if let Some(v) = self
            .sticky
            .last_element_child()
            .filter(|_| self.sticky.child_element_count() == 2)
        {
            set_text(&v, &value);
        } else if let (Ok(label), Ok(v)) = (el("span"), el("strong")) {
            replace_children(
                &self.sticky,
                vec![label.text(lang.text(Msg::ProfitPerDay)), v.text(&value)],
            );
        }
        let stale = current.is_none();
        toggle_class(&self.sticky, "is-stale", stale);
        toggle_class(&self.sticky, "is-profit", !stale && profit > Decimal::ZERO);
        toggle_class(&self.sticky, "is-loss", !stale && profit < Decimal::ZERO);
    }

    /// Brings every control, option list, hint and field message up to date.
    pub fn sync(
        &mut self,
        lang: Lang,
        fmt: &Fmt,
        state: &State,
        notes: FieldNotes<'_>,
        active_view: &str,
    ) {
        let FieldNotes {
            errors,
            warnings,
            more,
        } = notes;
        let coin = state.coin();
        for spec in &FIELDS {
            let Some(ui) = self.fields.get_mut(spec.field as usize) else {
                continue;
            };
            let shown = state.visible(spec)
                && fields::shown_in(spec, active_view, state.text(Field::FeeBasis));
            if ui.written.hidden != Some(!shown) {
                set_hidden(&ui.wrap, !shown);
                ui.written.hidden = Some(!shown);
            }
            if spec.kind == Kind::Select {
                let key = select_key(lang, spec.field, state);
                if let Some(slot) = self
                    .options_key
                    .get_mut(spec.field as usize)
                    .filter(|k| **k != key)
                {
                    if let Ok(options) = select_options(lang, spec.field, state) {
                        replace_children(&ui.control, options);
                    }
                    *slot = key;
                }
            }
            if spec.kind == Kind::Toggle {
                if let Some(check) = ui.control.dyn_ref::<HtmlInputElement>() {
                    check.set_checked(state::is_on(state.text(spec.field)));
                }
            } else {
                set_value(&ui.control, state.text(spec.field));
            }
            // A hidden field keeps its value (the form is read and linked whole); its unit,
            // hint and message are brought up to date when it shows (a change of view or coin
            // runs this again).
            if !shown {
                continue;
            }
            match (spec.unit, &ui.unit) {
                (Unit::Hashrate, Some(select)) => {
                    let family = state.hash_family();
                    let key = family.symbol().to_owned();
                    if self.unit_key != key {
                        let opts: Vec<El> = state::hash_units(family)
                            .iter()
                            .filter_map(|u| el("option").ok().map(|o| o.attr("value", u).text(u)))
                            .collect();
                        replace_children(select, opts);
                        self.unit_key = key;
                    }
                    set_value(select, &state.hash_unit);
                }
                (unit, Some(span)) => {
                    let text = unit_text(unit, fmt, coin);
                    if ui.written.unit.as_deref() != Some(text.as_str()) {
                        set_text(span, &text);
                        ui.written.unit = Some(text);
                    }
                }
                _ => {}
            }
            // A plausibility warning takes the hint's place; the result still stands.
            let warning = warnings
                .iter()
                .find(|(f, _)| *f == spec.field)
                .map(|(_, m)| m.as_str());
            let text = match warning {
                Some(w) => w.to_owned(),
                None if spec.field == Field::GrowDifficulty && state.wants_full() => lang
                    .text(if more == super::More::Failed {
                        Msg::LoadFailed
                    } else {
                        Msg::LoadingView
                    })
                    .to_owned(),
                None => hint(lang, fmt, state, spec),
            };
            if ui.written.hint.as_deref() != Some(text.as_str()) {
                set_text(&ui.hint, &text);
                ui.written.hint = Some(text);
            }
            let switched = spec.field == Field::Coin && state.coin_switch.is_some();
            let warned = warning.is_some() || switched;
            if ui.written.warning != Some(warned) {
                toggle_class(&ui.wrap, "is-warning", warned);
                ui.written.warning = Some(warned);
            }
            let error = errors
                .iter()
                .find(|(f, _)| *f == Some(spec.field))
                .map(|(_, m)| m.as_str());
            if ui.written.error.as_ref().map(Option::as_deref) != Some(error) {
                set_text(&ui.error, error.unwrap_or(""));
                set_hidden(&ui.error, error.is_none());
                set_attr_opt(&ui.control, "aria-invalid", error.map(|_| "true"));
                toggle_class(&ui.wrap, "is-invalid", error.is_some());
                ui.written.error = Some(error.map(str::to_owned));
            }
        }
        let loose: Vec<&str> = errors
            .iter()
            .filter(|(f, _)| f.is_none())
            .map(|(_, m)| m.as_str())
            .collect();
        set_text(&self.form_error, &loose.join(" "));
        set_hidden(&self.form_error, loose.is_empty());

        let snapshot = coin
            .filter(|c| c.mineable && !c.is_custom())
            .map(|c| state.snapshot(c));
        let date = snapshot.as_ref().map(|s| fmt.date(&s.date.to_string()));
        set_text(
            &self.market_date,
            &date
                .as_deref()
                .map(|d| fill(lang.text(Msg::MarketAsOf), &[("date", d)]))
                .unwrap_or_default(),
        );
        set_hidden(&self.reset_market, !state.market_edited());
        for (group, element) in &self.groups {
            set_hidden(element, !fields::group_shown(*group, active_view));
        }
        let source = snapshot.as_ref().map_or("—", |s| s.source.as_str());
        set_text(
            &self.footer,
            &fill(lang.text(Msg::Footer), &[("source", source)]),
        );
        let notice = feed_notice(lang, fmt, state, snapshot.as_ref());
        set_text(&self.notice, notice.as_deref().unwrap_or(""));
        set_hidden(&self.notice, notice.is_none());
    }

    /// Shows the view at `index` and marks its tab selected.
    pub fn select_tab(&self, index: usize) {
        for (i, (tab, panel)) in self.tabs.iter().zip(&self.panels).enumerate() {
            let on = i == index;
            set_attr(tab, "aria-selected", if on { "true" } else { "false" });
            set_attr(tab, "tabindex", if on { "0" } else { "-1" });
            set_attr(tab, "part", if on { "tab tab-selected" } else { "tab" });
            set_hidden(panel, !on);
        }
    }
}

/// One field: label, control (with unit) and the hint and message lines under it.
fn field(lang: Lang, spec: &Spec) -> Result<(El, FieldUi), JsValue> {
    let id = control_id(spec);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let unit_id = format!("{id}-unit");
    let described = match spec.unit {
        Unit::None | Unit::Hashrate => format!("{hint_id} {error_id}"),
        _ => format!("{unit_id} {hint_id} {error_id}"),
    };
    let control = match spec.kind {
        Kind::Select => el("select")?,
        Kind::Toggle => el("input")?.attr("type", "checkbox"),
        Kind::Number => el("input")?
            .attr("type", "text")
            .attr("inputmode", spec.input_mode)
            .attr("autocomplete", "off")
            .attr("spellcheck", "false")
            .attr_if(
                !spec.placeholder.is_empty(),
                "placeholder",
                spec.placeholder,
            ),
    }
    .id(&id)
    .attr("name", spec.attr)
    .class(if spec.kind == Kind::Toggle {
        "mc-check"
    } else {
        "mc-input"
    })
    .part(match spec.kind {
        Kind::Select => "input select",
        Kind::Toggle => "input checkbox",
        Kind::Number => "input",
    })
    .attr("aria-describedby", &described)
    .build();
    let unit = match spec.unit {
        Unit::None => None,
        Unit::Hashrate => Some(
            el("select")?
                .class("mc-input mc-unit-select")
                .part("input select")
                .attr("name", "hash-unit")
                .attr("aria-label", lang.text(Msg::HashUnitLabel))
                .build(),
        ),
        _ => Some(el("span")?.class("mc-unit").id(&unit_id).build()),
    };
    let hint = el("p")?.class("mc-hint").id(&hint_id).build();
    let error = el("p")?
        .class("mc-error")
        .part("error")
        .id(&error_id)
        .attr("hidden", "")
        .build();
    let mut control_box = el("div")?.class("mc-control").append(&control);
    if let Some(u) = &unit {
        control_box = control_box.append(u);
    }
    let wrap = el("div")?
        .class(match (spec.wide, spec.kind == Kind::Toggle) {
            (_, true) => "mc-field is-wide is-toggle",
            (true, false) => "mc-field is-wide",
            (false, false) => "mc-field",
        })
        .part("field")
        .attr("data-field", spec.attr)
        .child(
            el("label")?
                .class("mc-label")
                .part("label")
                .attr("for", &id)
                .text(lang.text(spec.label)),
        )
        .child(control_box)
        .append(&hint)
        .append(&error);
    let ui = FieldUi {
        wrap: wrap.0.clone(),
        control,
        unit,
        hint,
        error,
        written: Written::default(),
    };
    Ok((wrap, ui))
}

/// Sets a control's value unless it already holds it (keeps the caret where the reader is).
fn set_value(control: &Element, value: &str) {
    let key = JsValue::from_str("value");
    let current = Reflect::get(control, &key).ok().and_then(|v| v.as_string());
    if current.as_deref() != Some(value) {
        let _ = Reflect::set(control, &key, &JsValue::from_str(value));
    }
}

/// The unit written after a box.
fn unit_text(unit: Unit, fmt: &Fmt, coin: Option<&Coin>) -> String {
    match unit {
        Unit::None | Unit::Hashrate => String::new(),
        Unit::Watts => "W".to_owned(),
        Unit::Currency => fmt.currency().to_owned(),
        Unit::PerKwh => format!("{}/kWh", fmt.currency()),
        Unit::Percent => "%".to_owned(),
        Unit::Coin => coin.map_or("", |c| c.ticker).to_owned(),
        Unit::Seconds => "s".to_owned(),
        Unit::DisplayHashrate | Unit::CurrencyPerDisplayHashrate => {
            fields::contract_unit_text(unit, fmt.currency(), coin)
        }
    }
}

/// A key that changes whenever a select field's options do.
fn select_key(lang: Lang, field: Field, state: &State) -> String {
    let rig = match field {
        Field::Coin => state.rig().map_or("custom", |r| r.id).to_owned(),
        // The fee options name the coin's hashrate unit (kH/s and kSol/s share a prefix).
        Field::FeeBasis => fields::display_hash_unit(state.coin()),
        _ => String::new(),
    };
    format!("{lang:?}|{rig}|{}", state.text(field).trim())
}

/// The options of a select field: rig presets, coins for the rig, or currencies.
fn select_options(lang: Lang, field: Field, state: &State) -> Result<Vec<El>, JsValue> {
    let current = state.text(field).trim();
    match field {
        Field::Rig => rig_options(lang, current),
        Field::Coin => coin_options(lang, state, current),
        Field::FeeBasis => fields::fee_basis_options(lang, state.coin())
            .into_iter()
            .map(|(value, text)| Ok(el("option")?.attr("value", value).text(&text)))
            .collect(),
        _ => {
            let mut codes: Vec<&str> = CURRENCIES.to_vec();
            if !codes.iter().any(|c| c.eq_ignore_ascii_case(current)) {
                codes.push(current);
            }
            codes
                .iter()
                .map(|c| Ok(el("option")?.attr("value", c).text(c)))
                .collect()
        }
    }
}

fn rig_options(lang: Lang, current: &str) -> Result<Vec<El>, JsValue> {
    let mut out = Vec::new();
    // ASICs grouped by the algorithm they mine ("ASIC miners · SHA-256"), so 30+ presets stay
    // easy to scan; GPUs and CPUs in one group each.
    let asic_algorithms = minecalc_core::coins::Algorithm::ALL;
    let mut groups: Vec<(String, Vec<&rigs::Rig>)> = Vec::new();
    for algorithm in asic_algorithms {
        let rows: Vec<&rigs::Rig> = rigs::all()
            .iter()
            .filter(|r| {
                r.kind == RigKind::Asic && r.modes.first().map(|m| m.algorithm) == Some(algorithm)
            })
            .collect();
        if !rows.is_empty() {
            groups.push((
                format!("{} · {}", lang.text(Msg::RigGroupAsic), algorithm.name()),
                rows,
            ));
        }
    }
    for (kind, label) in [
        (RigKind::Gpu, Msg::RigGroupGpu),
        (RigKind::Cpu, Msg::RigGroupCpu),
    ] {
        let rows: Vec<&rigs::Rig> = rigs::all().iter().filter(|r| r.kind == kind).collect();
        groups.push((lang.text(label).to_owned(), rows));
    }
    for (label, rows) in groups {
        let mut group = el("optgroup")?.attr("label", &label);
        for rig in rows {
            group = group.child(
                el("option")?
                    .attr("value", rig.id)
                    .text(&rig_label(lang, rig)),
            );
        }
        out.push(group);
    }
    out.push(
        el("option")?
            .attr("value", "custom")
            .text(lang.text(Msg::RigCustom)),
    );
    let known = current.is_empty()
        || current.eq_ignore_ascii_case("custom")
        || rigs::all().iter().any(|r| r.id == current);
    if !known {
        out.push(el("option")?.attr("value", current).text(current));
    }
    Ok(out)
}

fn coin_options(lang: Lang, state: &State, current: &str) -> Result<Vec<El>, JsValue> {
    let mut out = Vec::new();
    let listed = state::coins_for(state.rig());
    for coin in &listed {
        let text = if coin.is_custom() {
            lang.text(Msg::CoinCustom).to_owned()
        } else if !coin.mineable {
            fill(
                lang.text(Msg::CoinNotMineable),
                &[("name", coin.name), ("ticker", coin.ticker)],
            )
        } else {
            format!("{} ({})", coin.name, coin.ticker)
        };
        out.push(
            el("option")?
                .attr("value", coin.id)
                .attr_if(!coin.mineable, "disabled", "")
                .text(&text),
        );
    }
    if !current.is_empty() && !listed.iter().any(|c| c.id == current) {
        out.push(el("option")?.attr("value", current).text(current));
    }
    Ok(out)
}

/// The line under a field: where its figure comes from, or how to use it.
fn hint(lang: Lang, fmt: &Fmt, state: &State, spec: &Spec) -> String {
    let coin = state.coin().filter(|c| c.mineable && !c.is_custom());
    let source = state.source(spec.field);
    match spec.field {
        Field::Coin if state.coin_switch.is_some() => match &state.coin_switch {
            Some((rig, asked, shown)) => fill(
                lang.text(Msg::CoinSwitched),
                &[("rig", rig), ("asked", asked), ("shown", shown)],
            ),
            None => String::new(),
        },
        Field::HardwareCost if state.rig().is_some() => match state.rig_price() {
            Some((value, p)) if source == Source::Default => fill(
                lang.text(Msg::HintRigPrice),
                &[
                    ("price", &fmt.money(value)),
                    ("date", &fmt.month(p.date.get(..7).unwrap_or(&p.date))),
                    ("source", &p.source),
                ],
            ),
            Some(_) => String::new(),
            None => lang.text(Msg::HintNoRigPrice).to_owned(),
        },
        Field::Coin => {
            if state::coins_for(state.rig()).iter().any(|c| !c.mineable) {
                lang.text(Msg::EthNote).to_owned()
            } else {
                state
                    .coin()
                    .map_or(String::new(), |c| c.algorithm.name().to_owned())
            }
        }
        Field::Rig => match state.rig() {
            Some(rig) => fill(
                lang.text(Msg::HintPreset),
                &[("date", &fmt.month(rig.date))],
            ),
            None => String::new(),
        },
        Field::BlockReward if source == Source::Default && coin.is_some() => {
            // Named only when it is a height: a mistyped one has its message on its own field,
            // and "at block abc" would repeat it here as if it were used.
            let height = state.text(Field::BlockHeight).trim();
            if !height.is_empty() && height.bytes().all(|b| b.is_ascii_digit()) {
                fill(lang.text(Msg::HintRewardAuto), &[("height", height)])
            } else {
                String::new()
            }
        }
        Field::TxFees => match (coin, state.snapshot_fees()) {
            (Some(c), Some(fees)) => fill(
                lang.text(Msg::HintFees),
                &[("fees", &fees), ("ticker", c.ticker)],
            ),
            _ => String::new(),
        },
        _ if spec.market => match (coin, source) {
            (Some(_), Source::Default)
                if spec.field == Field::BlockHeight && state.today.is_some() =>
            {
                lang.text(Msg::HintHeightToday).to_owned()
            }
            (Some(c), Source::Default) if spec.field == Field::CoinPrice => {
                let s = state.snapshot(c);
                let mut text = origin_hint(lang, fmt, &s, "priceUsd");
                if let Some((rate, stamp)) = state.fx() {
                    text.push_str(" · ");
                    text.push_str(&fill(
                        lang.text(Msg::HintConverted),
                        &[
                            ("rate", &fmt.sig(rate)),
                            ("currency", &state.currency()),
                            ("date", &fmt.date(&stamp.date.to_string())),
                        ],
                    ));
                }
                text
            }
            (Some(c), Source::Default) if spec.field == Field::Difficulty => {
                match state.grown_difficulty(c) {
                    Some((_, growth, days, date)) => fill(
                        lang.text(Msg::HintGrown),
                        &[
                            ("value", &fmt.big(state.snapshot(c).difficulty)),
                            ("growth", &fmt.sig(growth)),
                            ("days", &days.to_string()),
                            ("date", &fmt.date(&date.to_string())),
                        ],
                    ),
                    None => origin_hint(lang, fmt, &state.snapshot(c), "difficulty"),
                }
            }
            (Some(c), Source::User) => {
                let s = state.snapshot(c);
                let snap = match spec.field {
                    Field::CoinPrice => format!("{} USD", fmt.sig(s.price_usd)),
                    Field::Difficulty => fmt.big(s.difficulty),
                    Field::BlockHeight => s.height.to_string(),
                    _ => {
                        fmt.sig(minecalc_core::coins::miner_reward(c, s.height).unwrap_or_default())
                    }
                };
                fill(
                    lang.text(Msg::HintEdited),
                    &[("date", &fmt.date(&s.date.to_string())), ("value", &snap)],
                )
            }
            _ => String::new(),
        },
        _ => spec
            .help
            .map(|m| lang.text(m).to_owned())
            .unwrap_or_default(),
    }
}

/// Where a market figure comes from: the site's feed (with its date and source) or the
/// built-in snapshot (with its date). `figure` is the market-data name of the figure.
fn origin_hint(lang: Lang, fmt: &Fmt, s: &Snapshot, figure: &str) -> String {
    if s.from_feed(figure) {
        fill(
            lang.text(Msg::HintFromFeed),
            &[
                ("date", &fmt.date(&s.date.to_string())),
                ("source", &s.source),
            ],
        )
    } else {
        fill(
            lang.text(Msg::HintBuiltin),
            &[("date", &fmt.date(&s.builtin_date.to_string()))],
        )
    }
}

/// The frame's notice about the site's market data: why it could not be used, or that a
/// saved copy is in use offline. `None` when there is nothing to say.
fn feed_notice(lang: Lang, fmt: &Fmt, state: &State, s: Option<&Snapshot>) -> Option<String> {
    match &state.feed_status {
        FeedStatus::None | FeedStatus::Live => None,
        FeedStatus::Cached { saved } => Some(fill(
            lang.text(Msg::FeedCached),
            &[("date", &fmt.date(&saved.to_string()))],
        )),
        FeedStatus::Failed(problem) => {
            let reason = match problem {
                FeedProblem::Http(status) => {
                    fill(lang.text(Msg::FeedHttp), &[("status", &status.to_string())])
                }
                FeedProblem::Timeout => lang.text(Msg::FeedTimeout).to_owned(),
                FeedProblem::TooLarge => lang.text(Msg::FeedTooLarge).to_owned(),
                FeedProblem::Network => lang.text(Msg::FeedNetwork).to_owned(),
                FeedProblem::Invalid(e) => fill(lang.text(Msg::FeedInvalid), &[("error", e)]),
            };
            let date = s
                .map(|s| s.builtin_date)
                .unwrap_or_else(|| minecalc_core::market::builtin().generated_date);
            Some(fill(
                lang.text(Msg::FeedFailed),
                &[("reason", &reason), ("date", &fmt.date(&date.to_string()))],
            ))
        }
    }
}
