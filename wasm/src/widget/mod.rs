//! The `<mining-calculator>` widget, built in Rust with web-sys into the element's shadow root:
//! a form driven by the field table, tabs of views, results computed by calling
//! `minecalc-core` directly. The JS side (`www/mining-calculator.js`) only defines the element.
//!
//! # How the pieces fit
//!
//! - [`fields`]: the table of inputs (API key, attribute, label, kind, unit, group). The form,
//!   attributes, field messages and the core's input object all come from it.
//! - [`state`]: what each field holds (typed by the reader, given by the host, or derived
//!   from a rig preset or the coin's snapshot) and the rules between rig, coin and market data.
//! - [`messages`]: one table per language (en, de, es, fr, pt, ru, zh); [`format`]: `Intl` formatting.
//! - [`render`]: the frame (form, tabs, panels, footer); [`views`]: the tabs' content.
//! - [`dom`] and [`svg`]: builders that only use `createElement`/`setAttribute`/`textContent`.
//!
//! Every input event updates the state, re-runs the core's estimate, syncs the form (values,
//! hints, field messages), updates the active view, then sets the element's `result` and
//! dispatches `change` with `{ input, result }`.
//!
//! # Adding a view (a new tab)
//!
//! 1. Create `views/<name>.rs` with a struct implementing [`views::View`]:
//!    `id()` (e.g. `"cloud"`, also the value of the `view` attribute), `label()` (a [`Msg`]),
//!    `render(&mut self, cx, panel)` to build its elements once (keep handles in `self`), and
//!    `update(&mut self, cx)` to refresh them after each input change. `cx` ([`views::Ctx`])
//!    gives the language (`cx.t`, `cx.tf`), formatters (`cx.fmt.money`, `sig`, `date`, …),
//!    the state, today's estimate (`cx.estimate`, `None` while invalid), `cx.today()`,
//!    `cx.width` for charts, and `cx.input_for("cloud")`: the core input object with the
//!    estimate's fields plus your view's fields. Call the core directly
//!    (e.g. `ProjectionInput::from_raw(&raw)`), and pass errors to `cx.report(e)`: they
//!    appear on the field the error names.
//! 2. Add `mod <name>;` and one line to [`views::registry`]. With two or more views the tabs
//!    appear (an accessible tablist; arrow keys move between tabs).
//! 3. Inputs of your own: add a [`fields::Field`] variant and a row to [`fields::FIELDS`]
//!    (API key, attribute, label, unit, group), and a group to [`fields::GROUPS`] whose
//!    `views` lists your view id, so the fields show only with your tab. Add the attribute
//!    name to `ATTRIBUTES` in `www/mining-calculator.js` (a browser test checks the two lists
//!    agree).
//! 4. Text: add [`Msg`] variants and a line in each of `messages/en.rs`, `de.rs`, `es.rs`
//!    (the tables are exhaustive matches, so a missing translation does not compile).
//! 5. Charts: `svg::Chart::new(width, height, Margin::default(), x_domain, y_domain, label)`,
//!    then `y_axis`/`x_axis` (tick values from `svg::nice_ticks`, labels from `cx.fmt`),
//!    `line`, `band`, `hline`, `vline`, `dot`, `label`, `rect`. Style with classes in
//!    `style.css` (`mc-line`, `mc-band`, `mc-ref`, …): no `style` attributes (strict CSP).
//! 6. Slow work (simulations): return quickly from `update`, and when a result arrives call
//!    `cx.handle.clone().refresh()` (keep the [`Handle`]) to run `update` again.

// Only its test runs it: it keeps www/widget-fields.json in step with the field table.
#[cfg(test)]
mod catalog;
pub mod dom;
pub mod fields;
pub mod format;
pub mod messages;
pub mod render;
pub mod share;
#[cfg(feature = "full")]
pub mod sim;
pub mod state;
pub mod svg;
pub mod views;

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use js_sys::{Object, Reflect};
use minecalc_core::date::Date;
use minecalc_core::estimate::{self, Estimate, EstimateInput};
use minecalc_core::{Error, Raw, json, market};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{
    CssStyleSheet, CustomEvent, CustomEventInit, Element, Event, HtmlElement, KeyboardEvent,
    ShadowRoot,
};

use fields::Field;
use format::Fmt;
use messages::{Lang, Msg};
use render::Shell;
use state::{FeedProblem, FeedStatus, State};
use views::{Ctx, View};

/// The widget's styles, adopted by every shadow root as one constructable stylesheet:
/// `style.css` minified by the build script (`wasm/build.rs`), and in the full module
/// `views.css` after it (the other views' rules).
#[cfg(not(feature = "full"))]
const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/style-first.css"));
#[cfg(feature = "full")]
const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/style-full.css"));

thread_local! {
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// The shared stylesheet, built on first use.
fn sheet() -> Result<CssStyleSheet, JsValue> {
    SHEET.with(|s| {
        if let Some(sheet) = s.borrow().as_ref() {
            return Ok(sheet.clone());
        }
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(STYLE)?;
        *s.borrow_mut() = Some(sheet.clone());
        Ok(sheet)
    })
}

/// Every attribute the widget reads from its host element.
pub fn attribute_names() -> Vec<&'static str> {
    fields::attribute_names()
}

/// A weak handle to a widget, for views that need to update later (after a worker answers).
#[derive(Debug, Clone)]
pub struct Handle(Weak<Instance>);

impl Handle {
    /// Asks the page for the full module (first module only: a tab or section whose code is
    /// not here was opened). Runs after the current update, outside any borrow.
    #[cfg_attr(feature = "full", allow(dead_code))] // used by the first module only
    pub fn request_full(&self) {
        self.later(Instance::request_full);
    }

    /// Runs `f` on the widget once the current call into it has returned (a microtask), so
    /// outside any borrow of its state; not at all if the widget is gone by then.
    pub fn later(&self, f: impl FnOnce(&Instance) + 'static) {
        let weak = self.0.clone();
        let run = Closure::once_into_js(move || {
            if let Some(instance) = weak.upgrade() {
                f(&instance);
            }
        });
        if let Some(w) = web_sys::window() {
            w.queue_microtask(run.unchecked_ref());
        }
    }

    /// Re-runs the estimate and the active view's `update`, for a view whose slow work has
    /// finished. The inputs did not change, so no `change` event is dispatched.
    pub fn refresh(&self) {
        if let Some(instance) = self.0.upgrade() {
            instance.refresh(false);
        }
    }
}

type Listener = Closure<dyn FnMut(Event)>;
type Resize = (web_sys::ResizeObserver, Closure<dyn FnMut()>);

/// Where the rest of the widget is: loaded here (the full module), or asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum More {
    /// Not asked for (or this is the full module).
    Idle,
    /// Asked for; the page is loading it.
    Loading,
    /// The page could not load it; opening a tab again asks again.
    Failed,
}

/// One widget: its host element, shadow root, state and listeners.
pub struct Instance {
    host: HtmlElement,
    /// The page's callback for what this module lacks: `("full")`, or
    /// `("lang", tag, byReader)`. Called through a catching call.
    on_need: Option<js_sys::Function>,
    root: ShadowRoot,
    inner: RefCell<Inner>,
    /// A refresh was asked for while one was running: run again when it ends.
    pending: Cell<bool>,
    result: RefCell<JsValue>,
    input: RefCell<JsValue>,
    listeners: RefCell<Vec<(&'static str, Listener)>>,
    resize: RefCell<Option<Resize>>,
    /// Announces the result once the reader stops typing, and the pending timer (0: none).
    announcer: RefCell<Option<Closure<dyn FnMut()>>>,
    announce_timer: Cell<i32>,
}

impl std::fmt::Debug for Instance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Instance").finish_non_exhaustive()
    }
}

struct Inner {
    state: State,
    lang: Lang,
    locale: String,
    fmt: Fmt,
    compact: bool,
    /// The host's `dir="rtl"`: the widget is laid out right to left, numbers stay isolated.
    rtl: bool,
    views: Vec<Box<dyn View>>,
    active: usize,
    shell: Option<Shell>,
    estimate: Option<Estimate>,
    input: Option<EstimateInput>,
    last_good: Option<Estimate>,
    /// Field messages: (field, text); `None` for errors on fields the form does not show.
    errors: Vec<(Option<Field>, String)>,
    /// Plausibility warnings of today's estimate, by field (the result still stands).
    warnings: Vec<(Field, String)>,
    width: f64,
    /// The panel `width` was measured on. Reading a width forces a synchronous layout, so it
    /// is read once per panel shown, and again after a resize or a rebuild.
    measured: Option<usize>,
    handle: Handle,
    /// Whether the full module was asked for (first module only).
    more: More,
}

impl Instance {
    /// Builds the widget into `root` for `host` and computes the first result. `attributes`
    /// are the host's, read by the caller (through catching calls).
    pub fn new(
        host: HtmlElement,
        root: ShadowRoot,
        attributes: Vec<(&str, Option<String>)>,
        on_need: Option<js_sys::Function>,
    ) -> Result<Rc<Instance>, JsValue> {
        let mut attrs = state::Attrs::default();
        for (name, value) in attributes {
            attrs.set(name, value);
        }
        let (lang, locale) = resolve_language(&host, attrs.get("lang"));
        let rtl = is_rtl(host.get_attribute("dir").as_deref());
        let fmt = Fmt::new(&locale, attrs.get("currency").unwrap_or("USD")).isolating(rtl);
        let compact = attrs.get("compact").is_some_and(|v| v != "false");
        let views = views::registry();
        let active = view_index(&views, attrs.get("view"));
        let today = minecalc_core::date::Date::parse(&crate::today(), "today").ok();
        let state = State::new(attrs, fmt.decimal_comma(), today);
        let instance = Rc::new_cyclic(|weak: &Weak<Instance>| Instance {
            host,
            on_need,
            root,
            inner: RefCell::new(Inner {
                state,
                lang,
                locale,
                fmt,
                compact,
                rtl,
                views,
                active,
                shell: None,
                estimate: None,
                input: None,
                last_good: None,
                errors: Vec::new(),
                warnings: Vec::new(),
                width: 0.0,
                measured: None,
                handle: Handle(weak.clone()),
                more: More::Idle,
            }),
            pending: Cell::new(false),
            result: RefCell::new(JsValue::NULL),
            input: RefCell::new(JsValue::NULL),
            listeners: RefCell::new(Vec::new()),
            resize: RefCell::new(None),
            announcer: RefCell::new(None),
            announce_timer: Cell::new(0),
        });
        let sheet: JsValue = sheet()?.into();
        let sheets = js_sys::Array::of1(&sheet);
        instance.root.set_adopted_style_sheets(&sheets);
        instance.rebuild()?;
        instance.listen()?;
        instance.refresh(true);
        Ok(instance)
    }

    /// The latest estimate as a JS object, or null while an input is invalid.
    pub fn result(&self) -> JsValue {
        self.result.borrow().clone()
    }

    /// The input object last sent to the core.
    pub fn input(&self) -> JsValue {
        self.input.borrow().clone()
    }

    /// Uses the site's market data `text` (validated by the core against today), or keeps the
    /// built-in snapshot and shows why not. `saved`: the day a cached copy was saved, when the
    /// text comes from the offline cache rather than the network.
    pub fn set_market(&self, text: &str, saved: Option<String>) {
        {
            let Ok(mut inner) = self.inner.try_borrow_mut() else {
                return;
            };
            if text.trim().is_empty() {
                inner.state.feed_status = FeedStatus::None;
                inner.state.set_feed(None);
                drop(inner);
                self.refresh(true);
                return;
            }
            let today = inner.state.today;
            let parsed = json::parse(text, "market", json::Limits::FEED).and_then(|raw| {
                market::from_raw(&raw, "", today).map(|p| state::Feed {
                    raw,
                    data: p.market,
                })
            });
            match parsed {
                Ok(feed) => {
                    let saved = saved.and_then(|d| Date::parse(&d, "saved").ok());
                    inner.state.feed_status = match saved {
                        Some(saved) => FeedStatus::Cached { saved },
                        None => FeedStatus::Live,
                    };
                    inner.state.set_feed(Some(feed));
                }
                Err(e) => {
                    inner.state.feed_status =
                        FeedStatus::Failed(FeedProblem::Invalid(e.to_string()));
                    inner.state.set_feed(None);
                }
            }
        }
        self.refresh(true);
    }

    /// The site's market data could not be fetched: `kind` is `http` (with `status`),
    /// `timeout`, `size` or `network`. The built-in snapshot stays in use, with a notice.
    pub fn market_failed(&self, kind: &str, status: u16) {
        {
            let Ok(mut inner) = self.inner.try_borrow_mut() else {
                return;
            };
            let problem = match kind {
                "http" => FeedProblem::Http(status),
                "timeout" => FeedProblem::Timeout,
                "size" => FeedProblem::TooLarge,
                _ => FeedProblem::Network,
            };
            inner.state.feed_status = FeedStatus::Failed(problem);
            inner.state.set_feed(None);
        }
        self.refresh(true);
    }

    /// Which market data is in use for the form's coin: `{ origin, source, date, ageDays,
    /// status, error, generatedAt, builtinFigures }`.
    pub fn market_info(&self) -> JsValue {
        let Ok(inner) = self.inner.try_borrow() else {
            return JsValue::NULL;
        };
        market_info(&inner.state)
    }

    /// The host changed an attribute (`None`: removed).
    pub fn attribute_changed(&self, name: &str, value: Option<String>) {
        {
            let Ok(mut inner) = self.inner.try_borrow_mut() else {
                return;
            };
            match name {
                "lang" => {
                    let (lang, locale) = resolve_language(&self.host, value.as_deref());
                    if !messages::available(lang) {
                        // First module: the page loads the table, then repeats this call.
                        drop(inner);
                        self.need_language(lang, false);
                        return;
                    }
                    let currency = inner.state.text(Field::Currency).to_owned();
                    inner.lang = lang;
                    inner.locale = locale;
                    inner.fmt = Fmt::new(&inner.locale, &currency).isolating(inner.rtl);
                    inner.state.set_attr(name, value);
                    let comma = inner.fmt.decimal_comma();
                    inner.state.relocalize(comma);
                    inner.shell = None;
                }
                "compact" => {
                    inner.compact = value.as_deref().is_some_and(|v| v != "false");
                    inner.state.set_attr(name, value);
                    inner.shell = None;
                }
                "view" => {
                    inner.active = view_index(&inner.views, value.as_deref());
                    inner.state.set_attr(name, value);
                    if let Some(shell) = &inner.shell {
                        shell.select_tab(inner.active);
                    }
                }
                "dir" => {
                    inner.rtl = is_rtl(value.as_deref());
                    let currency = inner.fmt.currency().to_owned();
                    inner.fmt = Fmt::new(&inner.locale, &currency).isolating(inner.rtl);
                    if let Some(shell) = &inner.shell {
                        let _ = shell.root.set_attribute("dir", dir_attr(inner.rtl));
                    }
                }
                "theme" => inner.state.set_attr(name, value),
                _ => inner.state.set_attr(name, value),
            }
        }
        if self.inner.borrow().shell.is_none() {
            let _ = self.rebuild();
        }
        self.refresh(true);
    }

    /// Builds (or rebuilds, after a language or `compact` change) the frame and the views.
    fn rebuild(&self) -> Result<(), JsValue> {
        let mut guard = self
            .inner
            .try_borrow_mut()
            .map_err(|_| JsValue::from_str("minecalc: busy"))?;
        let inner = &mut *guard;
        let shell = Shell::build(
            inner.lang,
            &inner.locale,
            inner.compact,
            &inner.views,
            inner.active,
        )?;
        // The widget's own direction, whatever the page's (`dir` also isolates it from it).
        shell.root.set_attribute("dir", dir_attr(inner.rtl))?;
        self.root.replace_children_with_node_1(&shell.root);
        let errors = RefCell::new(Vec::new());
        let cx = Ctx {
            lang: inner.lang,
            fmt: &inner.fmt,
            state: &inner.state,
            estimate: inner.estimate.as_ref(),
            input: inner.input.as_ref(),
            last_good: inner.last_good.as_ref(),
            compact: inner.compact,
            width: inner.width,
            handle: &inner.handle,
            more: inner.more,
            errors: &errors,
        };
        for (view, panel) in inner.views.iter_mut().zip(&shell.panels) {
            view.render(&cx, panel)?;
        }
        inner.shell = Some(shell);
        inner.measured = None;
        Ok(())
    }

    /// Recomputes and redraws; with `notify`, updates `result` and dispatches `change`.
    fn refresh(&self, notify: bool) {
        let Ok(mut inner) = self.inner.try_borrow_mut() else {
            self.pending.set(true);
            return;
        };
        let raw = inner.recompute();
        inner.draw();
        let result = match &inner.estimate {
            Some(e) => crate::to_js(e).unwrap_or(JsValue::NULL),
            None => JsValue::NULL,
        };
        // Asked for once per attempt: after a failed load, switching it on again retries.
        let ask =
            (inner.state.wants_full() && inner.more == More::Idle).then(|| inner.handle.clone());
        drop(inner);
        if let Some(handle) = ask {
            handle.request_full();
        }
        // The market data travels to the core with every input; the page sees it in
        // `marketInfo`, not repeated in `input`.
        let mut raw = raw;
        if let Raw::Map(m) = &mut raw {
            m.retain(|k, _| k != "market");
        }
        let input = raw_to_js(&raw);
        *self.result.borrow_mut() = result.clone();
        *self.input.borrow_mut() = input.clone();
        if notify {
            self.dispatch_change(&input, &result);
        }
        if self.pending.take() {
            self.refresh(notify);
        }
    }

    fn dispatch_change(&self, input: &JsValue, result: &JsValue) {
        let detail = Object::new();
        let _ = Reflect::set(&detail, &JsValue::from_str("input"), input);
        let _ = Reflect::set(&detail, &JsValue::from_str("result"), result);
        let _ = Reflect::set(
            &detail,
            &JsValue::from_str("marketInfo"),
            &self.market_info(),
        );
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = CustomEvent::new_with_event_init_dict("change", &init) {
            let _ = self.host.dispatch_event(&event);
        }
    }

    /// The reader picked a language in the widget's menu: the text and number formats follow
    /// it (the host's `lang` stays the default), and the share link keeps it.
    pub fn set_reader_lang(&self, tag: &str) {
        let Some((known, _)) = messages::LANGUAGES.iter().find(|(t, _)| *t == tag) else {
            return;
        };
        if !messages::available(Lang::from_tag(known)) {
            // First module: the page loads the table, then calls this again.
            self.need_language(Lang::from_tag(known), true);
            return;
        }
        if let Ok(mut inner) = self.inner.try_borrow_mut() {
            inner.state.reader_lang = Some((*known).to_owned());
        }
        self.attribute_changed("lang", Some((*known).to_owned()));
        // The rebuilt frame has a new menu: keep the reader's place there.
        if let Ok(inner) = self.inner.try_borrow()
            && let Some(menu) = inner
                .shell
                .as_ref()
                .and_then(|s| s.root.query_selector(".mc-lang").ok().flatten())
            && let Some(menu) = menu.dyn_ref::<HtmlElement>()
        {
            let _ = menu.focus();
        }
    }

    /// Asks the page for the full module, once per attempt (first module only).
    pub fn request_full(&self) {
        {
            let Ok(mut inner) = self.inner.try_borrow_mut() else {
                return;
            };
            if inner.more == More::Loading {
                return;
            }
            inner.more = More::Loading;
        }
        self.refresh(false);
        self.call_need(&[JsValue::from_str("full")]);
    }

    /// The page could not load the full module: the views say so until asked again.
    pub fn load_failed(&self) {
        if let Ok(mut inner) = self.inner.try_borrow_mut() {
            inner.more = More::Failed;
        }
        self.refresh(false);
    }

    /// Asks the page for the message table of `lang` (first module only); `by_reader`: the
    /// reader picked it in the menu (else the host's `lang` changed).
    fn need_language(&self, lang: Lang, by_reader: bool) {
        self.call_need(&[
            JsValue::from_str("lang"),
            JsValue::from_str(lang.tag()),
            JsValue::from_bool(by_reader),
        ]);
    }

    /// Calls the page's `onNeed` callback (a catching call: the page's code may throw).
    fn call_need(&self, args: &[JsValue]) {
        let Some(f) = &self.on_need else { return };
        let args: js_sys::Array = args.iter().collect();
        let _ = f.apply(&JsValue::NULL, &args);
    }

    /// The reader's inputs and place (view, language), for the full module to take over:
    /// `key=value` pairs as in a share link, with only what the reader typed or picked (the
    /// host's attributes are read again by the new widget).
    pub fn handover(&self) -> String {
        let Ok(inner) = self.inner.try_borrow() else {
            return String::new();
        };
        let view = inner.views.get(inner.active).map_or("", |v| v.id());
        share::handover(&inner.state, view)
    }

    /// Takes over the inputs of [`Instance::handover`] from the first module (untrusted text:
    /// the same path as a share link).
    pub fn adopt(&self, pairs: &str) {
        share::apply_pairs(self, share::parse_pairs(pairs));
    }

    /// How long typing must pause before the result is announced.
    const ANNOUNCE_AFTER_MS: i32 = 750;

    /// (Re)starts the pause timer after an input: the live region speaks once typing stops.
    fn announce_later(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        window.clear_timeout_with_handle(self.announce_timer.get());
        let announcer = self.announcer.borrow();
        let Some(callback) = announcer.as_ref() else {
            return;
        };
        let id = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.as_ref().unchecked_ref(),
                Self::ANNOUNCE_AFTER_MS,
            )
            .unwrap_or(0);
        self.announce_timer.set(id);
    }

    /// Puts the result in the live region: the first field error with its label, or the active
    /// view's headline.
    fn announce(&self) {
        self.announce_timer.set(0);
        let Ok(inner) = self.inner.try_borrow() else {
            return;
        };
        let Some(shell) = &inner.shell else { return };
        let text = match inner.errors.first() {
            Some((field, message)) => {
                let label = field.map_or("", |f| inner.lang.text(fields::spec(f).label));
                messages::fill(
                    inner.lang.text(Msg::LiveError),
                    &[("field", label), ("message", message)],
                )
            }
            None => shell
                .panels
                .get(inner.active)
                .and_then(|p| p.query_selector(".mc-summary").ok().flatten())
                .and_then(|s| s.text_content())
                .unwrap_or_default(),
        };
        shell.live.set_text_content(Some(text.trim()));
    }

    /// Moves keyboard focus to the active view's results.
    fn focus_results(&self) {
        let Ok(inner) = self.inner.try_borrow() else {
            return;
        };
        if let Some(panel) = inner
            .shell
            .as_ref()
            .and_then(|s| s.panels.get(inner.active))
        {
            if !panel.has_attribute("tabindex") {
                let _ = panel.set_attribute("tabindex", "-1");
            }
            if let Some(panel) = panel.dyn_ref::<HtmlElement>() {
                let _ = panel.focus();
            }
        }
    }

    /// Registers the delegated listeners on the shadow root and the resize observer.
    fn listen(self: &Rc<Self>) -> Result<(), JsValue> {
        let weak = Rc::downgrade(self);
        *self.announcer.borrow_mut() = Some(Closure::new(move || {
            if let Some(instance) = weak.upgrade() {
                instance.announce();
            }
        }));
        let mut listeners = self.listeners.borrow_mut();
        for kind in ["input", "click", "keydown"] {
            let weak = Rc::downgrade(self);
            let closure: Listener = Closure::new(move |event: Event| {
                if let Some(instance) = weak.upgrade() {
                    instance.on_event(kind, &event);
                }
            });
            self.root
                .add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref())?;
            listeners.push((kind, closure));
        }
        let weak = Rc::downgrade(self);
        let on_resize: Closure<dyn FnMut()> = Closure::new(move || {
            if let Some(instance) = weak.upgrade() {
                instance.on_resize();
            }
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            observer.observe(&self.host);
            *self.resize.borrow_mut() = Some((observer, on_resize));
        }
        Ok(())
    }

    fn on_event(&self, kind: &str, event: &Event) {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        match kind {
            "input" => {
                let name = target.get_attribute("name").unwrap_or_default();
                let value = match target.dyn_ref::<web_sys::HtmlInputElement>() {
                    Some(check) if check.type_() == "checkbox" => {
                        (if check.checked() { "true" } else { "false" }).to_owned()
                    }
                    _ => Reflect::get(&target, &JsValue::from_str("value"))
                        .ok()
                        .and_then(|v| v.as_string())
                        .unwrap_or_default(),
                };
                {
                    let Ok(mut inner) = self.inner.try_borrow_mut() else {
                        return;
                    };
                    if name == "mc-lang" {
                        drop(inner);
                        self.set_reader_lang(&value);
                        return;
                    }
                    if name == "hash-unit" {
                        inner.state.set_hash_unit(&value);
                    } else if let Some(spec) = fields::by_attr(&name) {
                        inner.state.set_user(spec.field, &value);
                        // Switching the difficulty estimate on again tries again.
                        if spec.field == Field::GrowDifficulty {
                            inner.retry_full();
                        }
                    } else {
                        return;
                    }
                }
                self.refresh(true);
                self.announce_later();
            }
            "click" => {
                let Ok(Some(button)) = target.closest("button") else {
                    return;
                };
                if let Some(view) = button.get_attribute("data-view") {
                    self.show_view(&view, false);
                } else if button.get_attribute("data-action").as_deref() == Some("load-full") {
                    self.request_full();
                } else if button.get_attribute("data-action").as_deref() == Some("skip-results") {
                    self.focus_results();
                } else if button.get_attribute("data-action").as_deref() == Some("reset-market") {
                    if let Ok(mut inner) = self.inner.try_borrow_mut() {
                        inner.state.reset_market();
                    }
                    self.refresh(true);
                }
            }
            "keydown" => {
                let Some(key) = event.dyn_ref::<KeyboardEvent>().map(KeyboardEvent::key) else {
                    return;
                };
                if target.get_attribute("role").as_deref() != Some("tab") {
                    return;
                }
                let (count, active) = match self.inner.try_borrow() {
                    Ok(inner) => (inner.views.len(), inner.active),
                    Err(_) => return,
                };
                let next = match key.as_str() {
                    "ArrowRight" | "ArrowDown" => (active + 1) % count,
                    "ArrowLeft" | "ArrowUp" => (active + count - 1) % count,
                    "Home" => 0,
                    "End" => count - 1,
                    _ => return,
                };
                event.prevent_default();
                let id = self.inner.borrow().views.get(next).map(|v| v.id());
                if let Some(id) = id {
                    self.show_view(id, true);
                }
            }
            _ => {}
        }
    }

    /// Switches to the view `id`, optionally moving focus to its tab (keyboard use).
    fn show_view(&self, id: &str, focus: bool) {
        {
            let Ok(mut inner) = self.inner.try_borrow_mut() else {
                return;
            };
            let index = view_index(&inner.views, Some(id));
            inner.active = index;
            // Opening a tab again asks again.
            inner.retry_full();
            if let Some(shell) = &inner.shell {
                shell.select_tab(index);
                if focus
                    && let Some(tab) = shell
                        .tabs
                        .get(index)
                        .and_then(|t| t.dyn_ref::<HtmlElement>())
                {
                    let _ = tab.focus();
                }
            }
        }
        self.refresh(false);
    }

    /// Redraws the active view when the widget's width changed enough to matter for charts.
    fn on_resize(&self) {
        let changed = match self.inner.try_borrow_mut() {
            Ok(mut inner) => {
                let changed = (inner.measure() - inner.width).abs() >= 24.0;
                if changed {
                    inner.measured = None;
                }
                changed
            }
            Err(_) => false,
        };
        if changed {
            self.refresh(false);
        }
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        // A pending announcement would call its freed closure (the widget is dropped when it
        // hands over to the full module or leaves the page, maybe right after an input).
        if let Some(window) = web_sys::window() {
            window.clear_timeout_with_handle(self.announce_timer.get());
        }
        for (kind, closure) in self.listeners.borrow_mut().drain(..) {
            let _ = self
                .root
                .remove_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
        }
        if let Some((observer, _)) = self.resize.borrow_mut().take() {
            observer.disconnect();
        }
    }
}

impl Inner {
    /// After a failed load of the full module, the reader's next ask (a tab opened, the
    /// difficulty estimate switched on) tries again.
    fn retry_full(&mut self) {
        if self.more == More::Failed {
            self.more = More::Idle;
        }
    }

    /// Runs the core on the estimate's fields; returns the input object it was given.
    fn recompute(&mut self) -> Raw {
        // Amounts are shown in the currency given, or USD when there is none or it is no ISO
        // 4217 code (the core then reports the currency field): never "NAN 7.94".
        let currency = self.state.text(Field::Currency).trim().to_ascii_uppercase();
        let shown = if minecalc_core::units::is_currency_code(&currency) {
            currency.as_str()
        } else {
            "USD"
        };
        if shown != self.fmt.currency() {
            self.fmt = Fmt::new(&self.locale, shown).isolating(self.rtl);
        }
        let raw = self.state.raw(fields::in_estimate);
        self.errors.clear();
        // An unknown rig from the host: say so on the rig field (the core never sees rigs).
        if let Some(rig) = self.state.attr("rig").filter(|r| !r.trim().is_empty())
            && !rig.eq_ignore_ascii_case("custom")
            && self.state.text(Field::Rig) == rig
            && let Err(e) = minecalc_core::rigs::find(rig, "rig")
        {
            self.errors.push((
                Some(Field::Rig),
                messages::error_text(self.lang, &e, self.fmt.currency()),
            ));
        }
        let outcome = EstimateInput::from_raw(&raw)
            .and_then(|input| estimate::estimate(&input).map(|e| (input, e)));
        match outcome {
            Ok((input, e)) => {
                self.warnings = e
                    .warnings
                    .iter()
                    .filter_map(|w| {
                        let field = fields::by_api(w.field)?.field;
                        Some((field, messages::warning_text(self.lang, w)))
                    })
                    .collect();
                self.last_good = Some(e.clone());
                self.estimate = Some(e);
                self.input = Some(input);
            }
            Err(e) => {
                self.estimate = None;
                self.input = None;
                self.warnings.clear();
                self.push_error(&e);
            }
        }
        raw
    }

    fn push_error(&mut self, e: &Error) {
        let field = fields::by_api(e.field()).map(|s| s.field);
        self.errors.push((
            field,
            messages::error_text(self.lang, e, self.fmt.currency()),
        ));
    }

    /// The width available to the active panel, in CSS pixels.
    fn measure(&self) -> f64 {
        self.shell
            .as_ref()
            .and_then(|s| s.panels.get(self.active))
            .map_or(0.0, |p| f64::from(p.client_width()))
    }

    /// Updates the form and the active view.
    fn draw(&mut self) {
        if self.measured != Some(self.active) {
            self.width = self.measure();
            self.measured = (self.width > 0.0).then_some(self.active);
        }
        let errors = RefCell::new(Vec::new());
        if let Some(view) = self.views.get_mut(self.active) {
            let cx = Ctx {
                lang: self.lang,
                fmt: &self.fmt,
                state: &self.state,
                estimate: self.estimate.as_ref(),
                input: self.input.as_ref(),
                last_good: self.last_good.as_ref(),
                compact: self.compact,
                width: self.width,
                handle: &self.handle,
                more: self.more,
                errors: &errors,
            };
            let _ = view.update(&cx);
        }
        for e in errors.into_inner() {
            self.push_error(&e);
        }
        let active_id = self.views.get(self.active).map_or("", |v| v.id());
        if let Some(shell) = &mut self.shell {
            shell.sync(
                self.lang,
                &self.fmt,
                &self.state,
                render::FieldNotes {
                    errors: &self.errors,
                    warnings: &self.warnings,
                    more: self.more,
                },
                active_id,
            );
            // The rig's profit per day: not on the cloud tab, which hides the rig's fields.
            let rig = active_id != "cloud";
            let profit = |e: &Estimate| e.daily.profit;
            shell.sync_sticky(
                self.lang,
                &self.fmt,
                self.estimate.as_ref().filter(|_| rig).map(profit),
                self.last_good.as_ref().filter(|_| rig).map(profit),
            );
        }
    }
}

/// The index of the view with this id (the first view for `None` or an unknown id).
fn view_index(views: &[Box<dyn View>], id: Option<&str>) -> usize {
    id.and_then(|id| {
        views
            .iter()
            .position(|v| v.id().eq_ignore_ascii_case(id.trim()))
    })
    .unwrap_or(0)
}

/// Whether the host's `dir` attribute asks for a right-to-left widget.
fn is_rtl(dir: Option<&str>) -> bool {
    dir.is_some_and(|d| d.trim().eq_ignore_ascii_case("rtl"))
}

/// The `dir` the widget's root gets: left to right unless the host asks for `rtl`.
fn dir_attr(rtl: bool) -> &'static str {
    if rtl { "rtl" } else { "ltr" }
}

/// The widget's language: its `lang` attribute, else the nearest `lang` around the host,
/// else the browser's; malformed tags are skipped. Returns the message table and the
/// canonical locale for `Intl`.
fn resolve_language(host: &HtmlElement, attr: Option<&str>) -> (Lang, String) {
    let around = host
        .parent_element()
        .and_then(|p| p.closest("[lang]").ok().flatten())
        .and_then(|e| e.get_attribute("lang"));
    let document = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"));
    let browser = web_sys::window().and_then(|w| w.navigator().language());
    let locale = [attr.map(str::to_owned), around, document, browser]
        .into_iter()
        .flatten()
        .find_map(|tag| format::canonical_locale(&tag))
        .unwrap_or_else(|| "en".to_owned());
    (Lang::from_tag(&locale), locale)
}

/// The language `host` resolves to when its table is not loaded yet (first module).
pub fn missing_language(host: &HtmlElement, attr: Option<&str>) -> Option<String> {
    let (lang, _) = resolve_language(host, attr);
    (!messages::available(lang)).then(|| lang.tag().to_owned())
}

/// The core's input object as a plain JS object (decimal strings stay strings).
fn raw_to_js(raw: &Raw) -> JsValue {
    match raw {
        Raw::Null => JsValue::NULL,
        Raw::Bool(b) => JsValue::from_bool(*b),
        Raw::Number(n) | Raw::Text(n) => JsValue::from_str(n),
        Raw::List(items) => items
            .iter()
            .map(raw_to_js)
            .collect::<js_sys::Array>()
            .into(),
        Raw::Map(map) => {
            let o = Object::new();
            for (k, v) in map {
                let _ = Reflect::set(&o, &JsValue::from_str(k), &raw_to_js(v));
            }
            o.into()
        }
    }
}

/// The market data in use for the form's coin, as the `marketInfo` object.
fn market_info(state: &State) -> JsValue {
    #[derive(serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Info {
        /// `feed` or `builtin`.
        origin: market::Origin,
        source: String,
        date: Date,
        age_days: Option<i64>,
        /// `none`, `live`, `cached`, `failed`.
        status: &'static str,
        error: Option<String>,
        generated_at: Option<String>,
        builtin_figures: Vec<&'static str>,
    }
    let snapshot = state
        .coin()
        .filter(|c| c.mineable && !c.is_custom())
        .map(|c| state.snapshot(c));
    let builtin = market::builtin();
    let (status, error) = match &state.feed_status {
        FeedStatus::None => ("none", None),
        FeedStatus::Live => ("live", None),
        FeedStatus::Cached { .. } => ("cached", None),
        FeedStatus::Failed(p) => (
            "failed",
            Some(match p {
                FeedProblem::Http(s) => format!("HTTP {s}"),
                FeedProblem::Timeout => "timeout".to_owned(),
                FeedProblem::TooLarge => "larger than 1 MB".to_owned(),
                FeedProblem::Network => "network error".to_owned(),
                FeedProblem::Invalid(e) => e.clone(),
            }),
        ),
    };
    let date = snapshot.as_ref().map_or(builtin.generated_date, |s| s.date);
    let info = Info {
        origin: snapshot
            .as_ref()
            .map_or(market::Origin::Builtin, |s| s.origin),
        source: snapshot
            .as_ref()
            .map_or_else(|| builtin.source.clone(), |s| s.source.clone()),
        date,
        age_days: state.today.map(|t| market::age_days(date, t)),
        status,
        error,
        generated_at: state.feed.as_ref().map(|f| f.data.generated_at.clone()),
        builtin_figures: snapshot.map(|s| s.builtin_figures).unwrap_or_default(),
    };
    crate::to_js(&info).unwrap_or(JsValue::NULL)
}

/// The sources the first module compiles (everything but the other views, the projection,
/// the simulations and the JS API), for the tests that keep the other views' texts and
/// styles out of it.
#[cfg(test)]
pub(crate) const FIRST_MODULE_SOURCES: [(&str, &str); 13] = [
    ("lib.rs", include_str!("../lib.rs")),
    ("widget/mod.rs", include_str!("mod.rs")),
    ("widget/dom.rs", include_str!("dom.rs")),
    ("widget/fields.rs", include_str!("fields.rs")),
    ("widget/format.rs", include_str!("format.rs")),
    ("widget/render.rs", include_str!("render.rs")),
    ("widget/share.rs", include_str!("share.rs")),
    ("widget/state.rs", include_str!("state.rs")),
    ("widget/svg.rs", include_str!("svg.rs")),
    ("widget/views/mod.rs", include_str!("views/mod.rs")),
    ("widget/views/first.rs", include_str!("views/first.rs")),
    (
        "widget/views/hardware.rs",
        include_str!("views/hardware.rs"),
    ),
    ("widget/messages/mod.rs", include_str!("messages/mod.rs")),
];

/// Whether `source` has `word` with no letter, digit or `-` right before or after it.
#[cfg(test)]
pub(crate) fn has_word(source: &str, word: &str) -> bool {
    let part = |c: char| c.is_ascii_alphanumeric() || c == '-';
    source.match_indices(word).any(|(at, _)| {
        !source[..at].ends_with(part) && !source[at + word.len()..].starts_with(part)
    })
}

#[cfg(test)]
mod tests {
    /// [`super::FIRST_MODULE_SOURCES`] lists every module the first module compiles.
    #[test]
    fn the_first_module_sources_are_all_listed() {
        for dir in [include_str!("mod.rs"), include_str!("views/mod.rs")] {
            let lines: Vec<&str> = dir.lines().collect();
            for (i, line) in lines.iter().enumerate() {
                let Some(name) = line
                    .strip_prefix("pub mod ")
                    .and_then(|l| l.strip_suffix(';'))
                else {
                    continue;
                };
                let gated =
                    i > 0 && lines[i - 1].starts_with("#[cfg(") && !lines[i - 1].contains("not(");
                let listed = super::FIRST_MODULE_SOURCES.iter().any(|(path, _)| {
                    path.ends_with(&format!("/{name}.rs"))
                        || path.ends_with(&format!("/{name}/mod.rs"))
                });
                assert!(
                    gated || listed,
                    "`{name}` is in the first module but not in FIRST_MODULE_SOURCES"
                );
            }
        }
    }

    /// `views.css` is left out of the first module: each of its selectors names a class
    /// (`mc-…` or a state like `is-best`) that no first-module source sets, so none of its
    /// rules could match there. (Classes are found as written: the first module's code writes
    /// each one out whole, never with `format!`.)
    #[test]
    fn the_first_module_needs_no_rule_of_views_css() {
        // The build script writes the full stylesheet as the first one's, then views.css's,
        // each minified (no comments).
        let full = include_str!(concat!(env!("OUT_DIR"), "/style-full.css"));
        let first = include_str!(concat!(env!("OUT_DIR"), "/style-first.css"));
        let text = full.strip_prefix(first).unwrap_or_default();
        let selectors: Vec<&str> = text
            .split('{')
            .filter_map(|s| s.rsplit(['}', ';']).next())
            .map(str::trim)
            .filter(|s| !s.is_empty() && !s.starts_with('@'))
            .collect();
        assert!(selectors.len() > 40, "{selectors:?}");
        let first_sets = |class: &str| {
            super::FIRST_MODULE_SOURCES
                .iter()
                .any(|(_, source)| super::has_word(source, class))
        };
        for selector in selectors {
            for part in selector.split(',') {
                let classes: Vec<&str> = part
                    .split('.')
                    .skip(1)
                    .map(|c| {
                        c.split(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '-'))
                            .next()
                            .unwrap_or("")
                    })
                    .collect();
                assert!(
                    classes.iter().any(|c| !c.is_empty() && !first_sets(c)),
                    "`{part}` in views.css could match in the first module: move it to style.css"
                );
            }
        }
    }
}
