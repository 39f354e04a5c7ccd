//! Views: the tabs of the widget ("Own hardware", and later "Cloud contract", "Compare",
//! "Risk", …). Each view is one file implementing [`View`]; [`registry`] lists them in tab
//! order. See the top of `widget/mod.rs` for how to add one.

use std::cell::RefCell;

use minecalc_core::Raw;
use minecalc_core::coins::Coin;
use minecalc_core::estimate::{Estimate, EstimateInput};
use wasm_bindgen::JsValue;
use web_sys::Element;

use super::Handle;
use super::fields::{self, Spec};
use super::format::Fmt;
use super::messages::{Lang, Msg};
use super::state::State;

#[cfg(feature = "full")]
pub mod cloud;
#[cfg(feature = "full")]
pub mod coins;
#[cfg(feature = "full")]
pub mod compare;
#[cfg(any(test, not(feature = "full")))]
pub mod first;
pub mod hardware;
#[cfg(feature = "full")]
pub mod matters;
#[cfg(feature = "full")]
pub mod portfolio;
#[cfg(feature = "full")]
pub mod projection;
#[cfg(feature = "full")]
pub mod risk;

/// A tab of the widget. One instance lives per widget, so a view may keep handles to the
/// elements it built in [`View::render`] and update them in place in [`View::update`].
pub trait View {
    /// Stable id: the value of the host's `view` attribute and part of element ids
    /// (`"hardware"`, `"cloud"`, …). Lower-case, no spaces.
    fn id(&self) -> &'static str;

    /// The tab's label.
    fn label(&self) -> Msg;

    /// Builds the view's content into `panel` (empty on entry). Called when the widget
    /// is built and again when the language changes; build with `dom::el`, never HTML text.
    fn render(&mut self, cx: &Ctx, panel: &Element) -> Result<(), JsValue>;

    /// Brings the content up to date with the inputs. Called after every input change while
    /// the view is shown, and when it becomes shown. Problems with an input go to
    /// [`Ctx::report`] so they appear on the field; never leave NaN or blank figures.
    fn update(&mut self, cx: &Ctx) -> Result<(), JsValue>;

    /// Inputs kept by the view rather than the form (the portfolio's positions), as
    /// `key=value` pairs for "Copy link". Most views keep none.
    fn link_pairs(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }

    /// Takes back what [`View::link_pairs`] wrote, from the pairs of a link being opened. The
    /// values are untrusted: they go through the same validation as typed input.
    fn restore_link(&mut self, _pairs: &[(String, String)]) {}
}

/// The top of a view: the headline figures. Screen readers hear them from the widget's one
/// live region once typing pauses (see `Instance::announce`), not on every keystroke.
pub fn summary() -> Result<super::dom::El, JsValue> {
    Ok(super::dom::el("div")?.class("mc-summary").part("summary"))
}

/// Every view, in tab order. Tabs are shown only when there is more than one.
#[cfg(feature = "full")]
pub fn registry() -> Vec<Box<dyn View>> {
    vec![
        // "Own hardware" with its projection over time below the results.
        Box::new(projection::WithProjection::default()),
        Box::new(cloud::Cloud::default()),
        Box::new(compare::Compare::default()),
        Box::new(risk::Risk::default()),
        Box::new(matters::Matters::default()),
        Box::new(coins::Coins::default()),
        Box::new(portfolio::PortfolioView::default()),
    ]
}

#[cfg(not(feature = "full"))]
pub fn registry() -> Vec<Box<dyn View>> {
    let mut views: Vec<Box<dyn View>> = vec![Box::new(first::FirstHardware::default())];
    for (id, label) in first::LATER {
        views.push(Box::new(first::Later::new(id, label)));
    }
    views
}

/// What a view sees while rendering or updating.
#[derive(Debug)]
pub struct Ctx<'a> {
    pub lang: Lang,
    pub fmt: &'a Fmt,
    pub state: &'a State,
    /// The estimate for the current inputs; `None` while an input is invalid.
    pub estimate: Option<&'a Estimate>,
    /// The validated estimate input behind `estimate`.
    pub input: Option<&'a EstimateInput>,
    /// The last valid estimate, for showing dimmed while an input is invalid.
    pub last_good: Option<&'a Estimate>,
    /// The host's `compact` attribute: show the essentials only.
    pub compact: bool,
    /// The widget's content width in CSS pixels (for sizing charts 1:1).
    pub width: f64,
    /// A handle to ask for a later update (e.g. when a worker's result arrives).
    pub handle: &'a Handle,
    /// Whether the full module was asked for (first module only).
    #[cfg_attr(feature = "full", allow(dead_code))]
    pub more: super::More,
    pub(super) errors: &'a RefCell<Vec<minecalc_core::Error>>,
}

#[cfg_attr(feature = "full", allow(dead_code))] // `request_full` and friends: first module only
impl Ctx<'_> {
    /// A message in the widget's language.
    pub fn t(&self, m: Msg) -> &'static str {
        self.lang.text(m)
    }

    /// A message with `{name}` placeholders filled in.
    pub fn tf(&self, m: Msg, args: &[(&str, &str)]) -> String {
        super::messages::fill(self.lang.text(m), args)
    }

    /// Shows a core error on the field it names (the first report per update wins).
    pub fn report(&self, e: minecalc_core::Error) {
        self.errors.borrow_mut().push(e);
    }

    /// The chosen coin.
    pub fn coin(&self) -> Option<&'static Coin> {
        self.state.coin()
    }

    /// The input object for a core function of view `view_id`: the estimate's fields plus
    /// the fields of the groups that belong to this view (see `fields::GROUPS`). Add the
    /// view's own computed keys (e.g. `startDate`) with `Raw::set`.
    pub fn input_for(&self, view_id: &str) -> Raw {
        self.state
            .raw(|s: &Spec| fields::in_estimate(s) || fields::group_in_view(s.group, view_id))
    }

    /// Asks the page for the full module (first module only; see `views::first`).
    pub fn request_full(&self) {
        self.handle.request_full();
    }

    /// The full module is on its way.
    pub fn loading(&self) -> bool {
        self.more == super::More::Loading
    }

    /// The page could not load the full module.
    pub fn load_failed(&self) -> bool {
        self.more == super::More::Failed
    }

    /// Today's local date as `YYYY-MM-DD` (the core never reads a clock; views pass this in).
    pub fn today(&self) -> String {
        crate::today()
    }
}
