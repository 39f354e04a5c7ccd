//! The chunked Monte Carlo runner of the Risk and Portfolio views: it advances a core simulator
//! (`Simulator`, `PortfolioSimulator`) one time slice of paths per browser task, so the page
//! never freezes, moves a `<progress>` bar, drops a stale run when a newer input starts one (a
//! generation counter), and asks the widget to redraw when the result is in. Also the small
//! helpers the risk views share (plain-words probabilities, horizons, legends).

use std::cell::RefCell;
use std::fmt;
use std::rc::{Rc, Weak};

use js_sys::{Array, Function, Reflect};
use minecalc_core::risk::{Portfolio, PortfolioSimulator, Simulation, Simulator};
use minecalc_core::{Error, Raw};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::Handle;
use super::dom::{El, el, set_attr, set_hidden, set_text, svg};
use super::messages::Msg;
use super::views::{Ctx, projection};

/// Work per browser task, in milliseconds: below the 50 ms of a "long task", long enough that
/// the pauses between tasks (the browser paints the progress bar in them) cost little.
const SLICE_MS: f64 = 34.0;
/// Paths per call of the simulator at first; doubled or halved so a call takes 2–8 ms.
const FIRST_BATCH: usize = 16;

/// A core simulation that runs in chunks.
pub trait Job: 'static {
    type Output: 'static;
    /// Simulates about `n` more paths.
    fn step(&mut self, n: usize);
    /// Paths done over paths asked for, 0–1.
    fn share(&self) -> f64;
    fn is_done(&self) -> bool;
    fn result(&self) -> Result<Self::Output, Error>;
}

impl Job for Simulator {
    type Output = Simulation;
    fn step(&mut self, n: usize) {
        self.run(n);
    }
    fn share(&self) -> f64 {
        self.progress()
    }
    fn is_done(&self) -> bool {
        self.done()
    }
    fn result(&self) -> Result<Simulation, Error> {
        self.finish()
    }
}

impl Job for PortfolioSimulator {
    type Output = Portfolio;
    fn step(&mut self, n: usize) {
        self.run(n);
    }
    fn share(&self) -> f64 {
        self.progress()
    }
    fn is_done(&self) -> bool {
        self.done()
    }
    fn result(&self) -> Result<Portfolio, Error> {
        self.finish()
    }
}

/// Where a run stands.
#[derive(Debug)]
pub enum Status<O> {
    /// Nothing asked yet (or the run was stopped).
    Idle,
    /// Running (the progress bar shows how far).
    Running,
    Done(Rc<O>),
    Failed(Error),
}

struct Shared<I, J: Job> {
    /// Bumped by every new run and every stop; a scheduled slice of another generation quits.
    generation: u32,
    input: Option<I>,
    job: Option<J>,
    outcome: Option<Result<Rc<J::Output>, Error>>,
    batch: usize,
    started: f64,
    /// Wall time of the last finished run, from its input to its result, in milliseconds.
    elapsed: f64,
    handle: Option<Handle>,
    bar: Option<Element>,
    /// Queues the next slice: a `MessageChannel` port and its `postMessage`, or only the
    /// slice callback for `setTimeout` where there is no channel.
    post: Option<(JsValue, Function)>,
}

/// Runs one view's simulations; a new input replaces the running one.
pub struct Runner<I, J: Job> {
    shared: Rc<RefCell<Shared<I, J>>>,
}

impl<I, J: Job> fmt::Debug for Runner<I, J> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Runner").finish_non_exhaustive()
    }
}

impl<I, J: Job> Default for Runner<I, J> {
    fn default() -> Self {
        Runner {
            shared: Rc::new(RefCell::new(Shared {
                generation: 0,
                input: None,
                job: None,
                outcome: None,
                batch: FIRST_BATCH,
                started: 0.0,
                elapsed: 0.0,
                handle: None,
                bar: None,
                post: None,
            })),
        }
    }
}

impl<I: PartialEq + 'static, J: Job> Runner<I, J> {
    /// Makes sure the result for `input` is on its way or in: a different input than the last
    /// one stops the running job and starts `make(&input)`. `bar` is the `<progress>` to move.
    pub fn ensure(
        &self,
        input: I,
        make: impl FnOnce(&I) -> Result<J, Error>,
        handle: &Handle,
        bar: &Element,
    ) {
        let generation = {
            let mut s = self.shared.borrow_mut();
            s.bar = Some(bar.clone());
            if s.input.as_ref() == Some(&input) {
                return;
            }
            s.generation = s.generation.wrapping_add(1);
            s.handle = Some(handle.clone());
            s.started = now();
            s.outcome = None;
            s.job = None;
            match make(&input) {
                Ok(job) => s.job = Some(job),
                Err(e) => s.outcome = Some(Err(e)),
            }
            s.input = Some(input);
            if s.job.is_none() {
                return;
            }
            if s.post.is_none() {
                s.post = Some(self.channel());
            }
            s.generation
        };
        set_attr(bar, "value", "0");
        schedule(&self.shared, generation);
    }

    /// Stops a running job (an input became invalid); a finished result stays.
    pub fn stop(&self) {
        let mut s = self.shared.borrow_mut();
        if s.job.take().is_some() {
            s.input = None;
            s.generation = s.generation.wrapping_add(1);
        }
    }

    /// The state of the latest run.
    pub fn status(&self) -> Status<J::Output> {
        let s = self.shared.borrow();
        match (&s.job, &s.outcome) {
            (Some(_), _) => Status::Running,
            (None, Some(Ok(out))) => Status::Done(out.clone()),
            (None, Some(Err(e))) => Status::Failed(e.clone()),
            (None, None) => Status::Idle,
        }
    }

    /// The latest run's generation and its wall time in milliseconds.
    pub fn stamp(&self) -> (u32, f64) {
        let s = self.shared.borrow();
        (s.generation, s.elapsed)
    }

    /// The slice callback behind a `MessageChannel` (whose messages, unlike `setTimeout`, are
    /// not held back 4 ms once nested), or the bare callback for `setTimeout`.
    fn channel(&self) -> (JsValue, Function) {
        let weak: Weak<RefCell<Shared<I, J>>> = Rc::downgrade(&self.shared);
        let closure = Closure::<dyn FnMut(JsValue)>::new(move |message: JsValue| {
            // A message event carries the generation in `data`; a timer passes it directly.
            let generation = Reflect::get(&message, &JsValue::from_str("data")).unwrap_or(message);
            if let (Some(shared), Some(g)) = (weak.upgrade(), generation.as_f64()) {
                slice(&shared, g as u32);
            }
        });
        // The page's JS owns the callback (freed when the channel or timer is collected): a
        // slice still queued when the view is dropped then finds its runner gone and does
        // nothing, instead of calling a freed closure.
        let callback: Function = closure.into_js_value().unchecked_into();
        let key = |k: &str| JsValue::from_str(k);
        let channel = Reflect::get(&js_sys::global(), &key("MessageChannel"))
            .ok()
            .and_then(|c| c.dyn_into::<Function>().ok())
            .and_then(|c| Reflect::construct(&c, &Array::new()).ok());
        let port = |name: &str| {
            channel
                .as_ref()
                .and_then(|c| Reflect::get(c, &key(name)).ok())
        };
        if let (Some(receiver), Some(sender)) = (port("port1"), port("port2")) {
            let post = Reflect::get(&sender, &key("postMessage"))
                .ok()
                .and_then(|f| f.dyn_into::<Function>().ok());
            if let Some(post) = post
                && Reflect::set(&receiver, &key("onmessage"), &callback).unwrap_or(false)
            {
                return (sender, post);
            }
        }
        (JsValue::UNDEFINED, callback)
    }
}

/// Runs the next slice of generation `generation`, if it is still the current one.
fn slice<I: 'static, J: Job>(shared: &Rc<RefCell<Shared<I, J>>>, generation: u32) {
    let finished = {
        let Ok(mut guard) = shared.try_borrow_mut() else {
            return;
        };
        let s = &mut *guard;
        if s.generation != generation {
            return;
        }
        let Some(job) = s.job.as_mut() else { return };
        let start = now();
        let mut batch = s.batch.max(1);
        while !job.is_done() {
            let t = now();
            job.step(batch);
            let took = now() - t;
            if took < 2.0 {
                batch = batch.saturating_mul(2);
            } else if took > 8.0 {
                batch = (batch / 2).max(1);
            }
            if now() - start + took > SLICE_MS {
                break;
            }
        }
        s.batch = batch;
        // Reading the result and redrawing take a while too: after a long slice they get a
        // task of their own.
        if job.is_done() && now() - start < SLICE_MS / 2.0 {
            s.outcome = Some(job.result().map(Rc::new));
            s.job = None;
            s.elapsed = now() - s.started;
            s.handle.clone()
        } else {
            if let Some(bar) = &s.bar {
                set_attr(
                    bar,
                    "value",
                    &((job.share() * 100.0).floor() as u32).to_string(),
                );
            }
            None
        }
    };
    match finished {
        Some(handle) => handle.refresh(),
        None => schedule(shared, generation),
    }
}

/// Queues a slice of `generation` as a new task: a message to the channel, or `setTimeout(…, 0)`.
fn schedule<I, J: Job>(shared: &Rc<RefCell<Shared<I, J>>>, generation: u32) {
    let Some((port, f)) = shared.borrow().post.clone() else {
        return;
    };
    let g = JsValue::from(generation);
    if port.is_undefined() {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_1(&f, 0, &g);
        }
    } else {
        let _ = f.call1(&port, &g);
    }
}

/// `performance.now()` in milliseconds (0 outside a browser).
fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// The form's input as the projection views read it ([`projection::input`]: their defaults,
/// today's date and height), kept out of line so the two simulating views share one copy.
#[inline(never)]
pub fn projection_input(cx: &Ctx, view: &str, keep: &dyn Fn(&str) -> bool) -> Raw {
    projection::input(cx, view, keep)
}

/// A Decimal as a float, for drawing and wording only. Out of line: the conversion is large.
#[inline(never)]
pub fn float(d: Decimal) -> f64 {
    d.to_f64().filter(|v| v.is_finite()).unwrap_or(0.0)
}

/// A probability (0–1) as "k" of "k in 100": rounded, but never "0" or "100" unless exact.
pub fn of_100(p: Decimal) -> String {
    let k = (float(p) * 100.0).round();
    if p > Decimal::ZERO && k < 1.0 {
        "<1".to_owned()
    } else if p < Decimal::ONE && k > 99.0 {
        ">99".to_owned()
    } else {
        (k as u32).to_string()
    }
}

/// A horizon of `days` in words for "within …" / "after …": whole years or months when it is
/// one, else days.
pub fn horizon(cx: &Ctx, days: u32) -> String {
    let d = f64::from(days);
    let years = (d / 365.25).round();
    let months = (d / 30.4375).round();
    let n = |v: f64| (v as u32).to_string();
    if years >= 1.0 && (d - years * 365.25).abs() <= 1.0 {
        if years == 1.0 {
            cx.t(Msg::HorizonYear).to_owned()
        } else {
            cx.tf(Msg::HorizonYears, &[("n", &n(years))])
        }
    } else if months >= 2.0 && (d - months * 30.4375).abs() <= 1.0 {
        cx.tf(Msg::HorizonMonths, &[("n", &n(months))])
    } else {
        cx.tf(
            Msg::HorizonDays,
            &[("n", &cx.fmt.integer(Decimal::from(days)))],
        )
    }
}

/// A signed percentage, e.g. "+65 %" or "−39 %".
pub fn signed_percent(v: f64) -> String {
    let r = v.round();
    let sign = if r > 0.0 {
        "+"
    } else if r < 0.0 {
        "−"
    } else {
        ""
    };
    format!("{sign}{} %", r.abs() as u64)
}

/// The progress line shown while a simulation runs: a label and a `<progress>` it names.
#[derive(Debug, Clone)]
pub struct Progress {
    pub row: Element,
    pub bar: Element,
    label: Element,
}

impl Progress {
    /// Builds the (hidden) line; `id` must be unique in the widget.
    pub fn build(id: &str) -> Result<Progress, JsValue> {
        let label = el("span")?.id(id).build();
        let bar = el("progress")?
            .attr("max", "100")
            .attr("value", "0")
            .attr("aria-labelledby", id)
            .class("mc-progress")
            .build();
        let row = el("div")?
            .class("mc-running")
            .attr("hidden", "")
            .append(&label)
            .append(&bar)
            .build();
        Ok(Progress { row, bar, label })
    }

    /// Shows "Simulating n futures…" while `running`, hides the line otherwise; marks `body`
    /// busy (and dimmed) meanwhile.
    pub fn show(&self, cx: &Ctx, running: Option<u32>, body: &Element) {
        if let Some(paths) = running {
            set_text(
                &self.label,
                &cx.tf(
                    Msg::Running,
                    &[("paths", &cx.fmt.integer(Decimal::from(paths)))],
                ),
            );
        }
        set_hidden(&self.row, running.is_none());
        set_attr(
            body,
            "aria-busy",
            if running.is_some() { "true" } else { "false" },
        );
        let _ = body
            .class_list()
            .toggle_with_force("is-running", running.is_some());
    }
}

/// A chart legend: one swatch and text per key (`class` styles the swatch).
pub fn legend(keys: &[(&str, &str)]) -> Result<El, JsValue> {
    let mut list = el("p")?.class("mc-legend").attr("aria-hidden", "true");
    for (class, text) in keys {
        list = list.child(el("span")?.class(class).text(text));
    }
    Ok(list)
}

/// Gives an SVG chart a `<title>` and a `<desc>` (its text summary) as first children.
pub fn describe(chart: &Element, title: &str, desc: &str) -> Result<(), JsValue> {
    let first = chart.first_child();
    for (tag, text) in [("title", title), ("desc", desc)] {
        let node = svg(tag)?.text(text).build();
        let _ = chart.insert_before(&node, first.as_ref());
    }
    Ok(())
}

/// The last run's identity on the result element, for tests and curious readers.
pub fn stamp_result(body: &Element, generation: u32, elapsed: f64, paths: u32, seed: u64) {
    set_attr(body, "data-generation", &generation.to_string());
    set_attr(body, "data-ms", &(elapsed.round() as u64).to_string());
    set_attr(body, "data-paths", &paths.to_string());
    set_attr(body, "data-seed", &seed.to_string());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probabilities_read_as_counts_of_100() {
        assert_eq!(of_100(Decimal::new(734, 3)), "73");
        assert_eq!(of_100(Decimal::new(2, 3)), "<1");
        assert_eq!(of_100(Decimal::new(998, 3)), ">99");
        assert_eq!(of_100(Decimal::ONE), "100");
        assert_eq!(of_100(Decimal::ZERO), "0");
        assert_eq!(signed_percent(64.87), "+65 %");
        assert_eq!(signed_percent(-39.3), "−39 %");
    }
}
