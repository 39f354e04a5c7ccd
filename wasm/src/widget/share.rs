//! Sharing a calculation. "Copy link" writes every input into the URL fragment
//! (`#mc=key=value&…`, percent-encoded, keys as in the JS API) and copies the URL; on load the
//! widget reads the fragment back through the path typed text takes, so a tampered link only
//! ever gives field messages. "Download CSV" saves a view's daily series.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use minecalc_core::contract::ContractEvaluation;
use minecalc_core::project::{Projection, ProjectionDay};
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};

use super::dom::{el, set_text};
use super::fields::{FIELDS, Field, Kind, Spec};
use super::format::normalize_number;
use super::messages::Msg;
use super::state::{Source, State};
use super::views::Ctx;
use super::{Instance, view_index};

/// The fragment's prefix: `#mc=poolFeePercent=2&hashrate=150&…`.
const PREFIX: &str = "mc=";
/// Values longer than this are cut when read from a link (no field needs more).
const MAX_VALUE: usize = 120;

/// A daily series ready for "Download CSV".
#[derive(Debug)]
pub enum Csv {
    /// A projection, rounded or not: its days are rounded as `project` rounds them when the
    /// file is written (the view keeps the exact series it draws).
    Projection(Projection),
    Contract(ContractEvaluation),
}

/// Columns of the projection's CSV (the `ProjectionDay` fields of `project`).
pub const PROJECTION_COLUMNS: &str = "date,height,reward,difficulty,coinPrice,electricityPrice,hoursRun,coins,revenue,poolFee,electricity,tax,profit,cumulativeProfit";
/// Columns of a contract's CSV (the `ContractDay` fields of `evaluateContract`).
pub const CONTRACT_COLUMNS: &str = "date,coins,revenue,fee,profit,cumulativeProfit,heldCoins";

impl Csv {
    /// The file's text: a header row, then one row per day, plain decimals with a dot.
    pub fn text(&self) -> String {
        let mut out = String::with_capacity(128 * 1024);
        let mut row = |date: String, values: &[Decimal]| {
            out.push_str(&date);
            for v in values {
                out.push(',');
                out.push_str(&v.to_string());
            }
            out.push_str("\r\n");
        };
        match self {
            Csv::Projection(p) => {
                row(PROJECTION_COLUMNS.to_owned(), &[]);
                for d in p.days.iter().cloned().map(ProjectionDay::rounded) {
                    let mut values = vec![Decimal::from(d.height)];
                    values.extend(d.decimals());
                    row(d.date.to_string(), &values);
                }
            }
            Csv::Contract(c) => {
                row(CONTRACT_COLUMNS.to_owned(), &[]);
                for d in &c.days {
                    let values = [
                        d.coins,
                        d.revenue,
                        d.fee,
                        d.profit,
                        d.cumulative_profit,
                        d.held_coins,
                    ];
                    row(d.date.to_string(), &values);
                }
            }
        }
        out
    }

    /// `minecalc-2026-11-25.csv`.
    fn file_name(&self) -> String {
        let start = match self {
            Csv::Projection(p) => p.start_date,
            Csv::Contract(c) => c.start_date,
        };
        let mut name = String::from("minecalc-");
        name.push_str(&start.to_string());
        name.push_str(".csv");
        name
    }
}

type Listener = Closure<dyn FnMut()>;

/// The "Download CSV" and "Copy link" buttons under a view, with a status line.
#[derive(Debug)]
pub struct Actions {
    pub root: Element,
    /// The series "Download CSV" saves; the view sets it after each update (`None`: no
    /// series, the button is disabled).
    csv: Rc<RefCell<Option<Csv>>>,
    csv_button: Option<Element>,
    _listeners: Vec<Listener>,
}

impl Actions {
    /// The buttons for a view; `with_csv` adds "Download CSV".
    pub fn new(cx: &Ctx, with_csv: bool) -> Result<Actions, JsValue> {
        let status = el("p")?
            .class("mc-share-status")
            .attr("role", "status")
            .build();
        let link = button(cx.t(Msg::CopyLink), "copy-link")?;
        let weak = cx.handle.0.clone();
        let (copied, in_bar) = (cx.t(Msg::LinkCopied), cx.t(Msg::LinkInAddressBar));
        let (not_copied, field) = (cx.t(Msg::LinkNotCopied), cx.t(Msg::LinkField));
        let shown = status.clone();
        let on_link: Listener =
            Closure::new(move || copy_link(&weak, &shown, copied, in_bar, not_copied, field));
        link.add_event_listener_with_callback("click", on_link.as_ref().unchecked_ref())?;
        let mut listeners = vec![on_link];
        let csv: Rc<RefCell<Option<Csv>>> = Rc::new(RefCell::new(None));
        let mut root = el("div")?.class("mc-share").part("share");
        let csv_button = if with_csv {
            let b = button(cx.t(Msg::DownloadCsv), "download-csv")?;
            let data = Rc::clone(&csv);
            let anchor_parent = b.clone();
            let on_csv: Listener = Closure::new(move || {
                if let Some(csv) = data.borrow().as_ref() {
                    let _ = download(&anchor_parent, &csv.file_name(), &csv.text());
                }
            });
            b.add_event_listener_with_callback("click", on_csv.as_ref().unchecked_ref())?;
            listeners.push(on_csv);
            root = root.append(&b);
            Some(b)
        } else {
            None
        };
        let root = root.append(&link).append(&status).build();
        Ok(Actions {
            root,
            csv,
            csv_button,
            _listeners: listeners,
        })
    }

    /// Sets the series to download (`None` disables the button).
    pub fn set_csv(&self, csv: Option<Csv>) {
        if let Some(b) = &self.csv_button {
            super::dom::set_attr_opt(b, "disabled", csv.is_none().then_some(""));
        }
        *self.csv.borrow_mut() = csv;
    }
}

/// An action button of the widget's own style (`data-action` names what it does).
pub fn button(text: &str, action: &str) -> Result<Element, JsValue> {
    Ok(el("button")?
        .attr("type", "button")
        .class("mc-button")
        .part("button")
        .attr("data-action", action)
        .text(text)
        .build())
}

/// Saves `text` as a file through a Blob, an object URL and a temporary `<a download>`.
fn download(near: &Element, name: &str, text: &str) -> Result<(), JsValue> {
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type("text/csv;charset=utf-8");
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a = el("a")?
        .attr("href", &url)
        .attr("download", name)
        .attr("hidden", "")
        .build();
    if let Some(parent) = near.parent_element() {
        parent.append_child(&a)?;
    }
    if let Some(a) = a.dyn_ref::<HtmlElement>() {
        a.click();
    }
    a.remove();
    // Revoked a little later: some browsers read the URL after `click` returns.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000)?;
    }
    Ok(())
}

/// Puts the widget's inputs in the address bar's fragment and on the clipboard. Where the
/// clipboard is refused (a plain-http page, an iframe without `allow="clipboard-write"`, a
/// sandbox) the link is shown selected in a read-only field to copy by hand; in a top-level
/// page it is also in the address bar, which the status says.
fn copy_link(
    instance: &Weak<Instance>,
    status: &Element,
    copied: &'static str,
    in_bar: &'static str,
    not_copied: &'static str,
    field: &'static str,
) {
    let Some(instance) = instance.upgrade() else {
        return;
    };
    let fragment = {
        let Ok(inner) = instance.inner.try_borrow() else {
            return;
        };
        let view = inner.views.get(inner.active).map_or("", |v| v.id());
        let kept: Vec<(&str, String)> = inner.views.iter().flat_map(|v| v.link_pairs()).collect();
        fragment(&inner.state, view, &instance.host.id(), &kept)
    };
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(href) = window.location().href() else {
        return;
    };
    let mut url = href.split('#').next().unwrap_or_default().to_owned();
    url.push('#');
    url.push_str(&fragment);
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
    // In an iframe the address bar shows the parent page, not this link.
    let framed = window
        .top()
        .ok()
        .flatten()
        .is_some_and(|top| !js_sys::Object::is(&top, &window));
    // Not `set_text`: a link field shown by an earlier click has no text but must go too.
    status.set_text_content(Some(if framed { "" } else { in_bar }));
    // The clipboard is the page's object: it may be missing (insecure context), blocked by
    // the permissions policy, throw, or refuse ("Document is not focused"). Every call here
    // catches and the promise gets a rejection handler, so a refusal is a status line (or, in a
    // frame, the link to copy by hand), never a page error.
    let Some(written) = write_clipboard(&window, &url) else {
        if framed {
            let _ = show_link(status, &url, field);
        } else {
            set_text(status, not_copied);
        }
        return;
    };
    let shown = status.clone();
    let done: Closure<dyn FnMut(JsValue)> = Closure::once(move |_| set_text(&shown, copied));
    let shown = status.clone();
    let refused: Closure<dyn FnMut(JsValue)> = Closure::once(move |_| {
        if framed {
            let _ = show_link(&shown, &url, field);
        } else {
            set_text(&shown, not_copied);
        }
    });
    let _ = written.then2(&done, &refused);
    // The promise keeps the callbacks until it settles; each runs at most once.
    done.forget();
    refused.forget();
}

/// `navigator.clipboard.writeText(text)`, or `None` where there is no clipboard, the page's
/// permissions policy says it is blocked (asked first where the browser can tell, so the
/// console stays free of policy violations) or the call throws.
fn write_clipboard(window: &web_sys::Window, text: &str) -> Option<js_sys::Promise> {
    if let Some(document) = window.document() {
        let policy = ["permissionsPolicy", "featurePolicy"]
            .into_iter()
            .filter_map(|name| js_sys::Reflect::get(&document, &name.into()).ok())
            .find(JsValue::is_object);
        let allows = policy.as_ref().and_then(|policy| {
            let f = js_sys::Reflect::get(policy, &"allowsFeature".into()).ok()?;
            let f = f.dyn_into::<js_sys::Function>().ok()?;
            f.call1(policy, &"clipboard-write".into()).ok()
        });
        if allows.is_some_and(|allowed| allowed.is_falsy()) {
            return None;
        }
    }
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into()).ok()?;
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into()).ok()?;
    let write = write.dyn_into::<js_sys::Function>().ok()?;
    write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}

/// Replaces the status line's text with a read-only field holding `url`, selected, named
/// `label` for assistive technology.
fn show_link(status: &Element, url: &str, label: &str) -> Result<(), JsValue> {
    status.set_text_content(None);
    let field = el("input")?
        .class("mc-share-link")
        .part("input")
        .attr("readonly", "")
        .attr("aria-label", label)
        .build();
    status.append_child(&field)?;
    if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(url);
        input.select();
    }
    Ok(())
}

/// The fragment for the current inputs: `mc=` then `key=value` pairs. Rig and coin always,
/// every other field the reader or the host set (derived figures follow from those), the
/// hashrate unit, the view, and the host's `id` when it has one (so that only that widget
/// restores it), then what views keep themselves (`kept`). Numbers are written with a dot
/// whatever the locale.
pub fn fragment(state: &State, view: &str, id: &str, kept: &[(&str, String)]) -> String {
    let keep = |s: &Spec| {
        matches!(s.field, Field::Rig | Field::Coin) || state.source(s.field) != Source::Default
    };
    let mut out = String::from(PREFIX);
    out.push_str(&pairs(state, view, id, kept, &keep));
    out
}

/// What the first module hands the full one: the view, the language the reader picked and
/// only the fields the reader typed or picked (the new widget reads the host's attributes).
pub fn handover(state: &State, view: &str) -> String {
    pairs(state, view, "", &[], &|s: &Spec| {
        state.source(s.field) == Source::User
    })
}

/// `key=value&…` of the fields `keep` accepts, the view, the hashrate unit and the language.
fn pairs(
    state: &State,
    view: &str,
    id: &str,
    kept: &[(&str, String)],
    keep: &dyn Fn(&Spec) -> bool,
) -> String {
    let mut out = String::new();
    let mut push = |key: &str, value: &str| {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(&String::from(js_sys::encode_uri_component(key)));
        out.push('=');
        out.push_str(&String::from(js_sys::encode_uri_component(value)));
    };
    if !id.is_empty() {
        push("id", id);
    }
    push("view", view);
    for s in &FIELDS {
        let text = state.text(s.field).trim();
        if keep(s) && !text.is_empty() {
            let text = if s.kind == Kind::Number {
                normalize_number(text, state.decimal_comma)
            } else {
                text.to_owned()
            };
            push(s.api.unwrap_or(s.attr), &text);
        }
    }
    push("hashUnit", &state.hash_unit);
    if let Some(lang) = &state.reader_lang {
        push("lang", lang);
    }
    for (key, value) in kept {
        push(key, value);
    }
    out
}

/// The `key=value` pairs of the page's `#mc=` fragment (percent-decoded, values cut to
/// [`MAX_VALUE`] characters); `None` without one.
fn read_fragment() -> Option<Vec<(String, String)>> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let body = hash.strip_prefix('#')?.strip_prefix(PREFIX)?;
    Some(parse_pairs(body))
}

/// The percent-decoded `key=value` pairs of `body` (values cut to [`MAX_VALUE`] characters).
pub fn parse_pairs(body: &str) -> Vec<(String, String)> {
    let decode = |s: &str| {
        js_sys::decode_uri_component(&s.replace('+', " "))
            .ok()
            .map(String::from)
    };
    body.split('&')
        .filter(|pair| !pair.is_empty())
        .filter_map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            Some((decode(k)?, decode(v)?.chars().take(MAX_VALUE).collect()))
        })
        .collect()
}

/// Restores the inputs of the page's `#mc=` fragment into the widget, once it is built:
/// each value goes through the same path as typed text (the core then validates it and names
/// any bad field), unknown keys are ignored, and nothing is ever read as HTML.
pub fn restore(cx: &Ctx) {
    cx.handle.later(apply);
}

fn apply(instance: &Instance) {
    let Some(pairs) = read_fragment() else { return };
    apply_pairs(instance, pairs);
}

/// Puts `pairs` (from a link or a handover; untrusted) into the widget as typed text.
pub fn apply_pairs(instance: &Instance, pairs: Vec<(String, String)>) {
    let get = |key: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    if get("id").is_some_and(|id| id != instance.host.id()) {
        return;
    }
    {
        let Ok(mut guard) = instance.inner.try_borrow_mut() else {
            return;
        };
        let inner = &mut *guard;
        // Rig and coin first: they reset the figures derived from them.
        let order = FIELDS
            .iter()
            .filter(|s| matches!(s.field, Field::Rig | Field::Coin));
        for s in order.chain(
            FIELDS
                .iter()
                .filter(|s| !matches!(s.field, Field::Rig | Field::Coin)),
        ) {
            if let Some(v) = s.api.and_then(get).or_else(|| get(s.attr)) {
                inner.state.set_user(s.field, v);
            }
        }
        if let Some(unit) = get("hashUnit") {
            inner.state.set_hash_unit(unit);
        }
        for view in &mut inner.views {
            view.restore_link(&pairs);
        }
        if let Some(view) = get("view") {
            inner.active = view_index(&inner.views, Some(view));
            if let Some(shell) = &inner.shell {
                shell.select_tab(inner.active);
            }
        }
    }
    instance.refresh(true);
    // The reader's language last: it rebuilds the frame around the restored inputs.
    if let Some(lang) = get("lang") {
        instance.set_reader_lang(lang);
    }
}
