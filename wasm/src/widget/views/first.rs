//! The views of the first module (the crate built without its `full` feature): the own-hardware
//! view with an "Over time" section that asks for the rest, and one [`Later`] stand-in per other
//! tab. A stand-in shows a loading state and asks the page for the full module
//! ([`Ctx::request_full`]); when it arrives, `www/mining-calculator.js` hands the inputs over to
//! it and the full widget takes the shadow root's place. See ARCHITECTURE.md, "First load".

// Built into the full module's tests only (for the check against its registry).
#![cfg_attr(feature = "full", allow(dead_code))]

use wasm_bindgen::JsValue;
use web_sys::Element;

use super::super::dom::{el, set_hidden, set_text};
use super::super::messages::Msg;
use super::super::share::{self, Actions};
use super::hardware::Hardware;
use super::{Ctx, View};

/// The tabs after the first, in the full module's order (`views::registry`; a test checks
/// that the two lists agree).
pub const LATER: [(&str, Msg); 6] = [
    ("cloud", Msg::ViewCloud),
    ("compare", Msg::ViewCompare),
    ("risk", Msg::ViewRisk),
    ("matters", Msg::ViewMatters),
    ("coins", Msg::ViewCoins),
    ("portfolio", Msg::ViewPortfolio),
];

/// A tab whose view is in the full module: a loading line (or why it failed) until it arrives.
#[derive(Debug)]
pub struct Later {
    id: &'static str,
    label: Msg,
    status: Option<Element>,
}

impl Later {
    pub fn new(id: &'static str, label: Msg) -> Later {
        Later {
            id,
            label,
            status: None,
        }
    }
}

impl View for Later {
    fn id(&self) -> &'static str {
        self.id
    }

    fn label(&self) -> Msg {
        self.label
    }

    fn render(&mut self, cx: &Ctx, panel: &Element) -> Result<(), JsValue> {
        let status = el("p")?
            .class("mc-loading")
            .attr("role", "status")
            .text(cx.t(Msg::LoadingView))
            .build();
        panel.append_child(&status)?;
        self.status = Some(status);
        Ok(())
    }

    /// Shown: ask for the full module (once per attempt; a failed load can be retried by
    /// opening the tab again).
    fn update(&mut self, cx: &Ctx) -> Result<(), JsValue> {
        if let Some(status) = &self.status {
            let failed = cx.load_failed();
            set_text(
                status,
                cx.t(if failed {
                    Msg::LoadFailed
                } else {
                    Msg::LoadingView
                }),
            );
            if !failed {
                cx.request_full();
            }
        }
        Ok(())
    }
}

/// "Own hardware" as the first module shows it: the full view's results, then an "Over time"
/// section whose button brings the projection (and everything else) in.
#[derive(Debug, Default)]
pub struct FirstHardware {
    hardware: Hardware,
    ui: Option<Teaser>,
}

#[derive(Debug)]
struct Teaser {
    button: Element,
    status: Element,
    _actions: Actions,
}

impl View for FirstHardware {
    fn id(&self) -> &'static str {
        self.hardware.id()
    }

    fn label(&self) -> Msg {
        self.hardware.label()
    }

    fn render(&mut self, cx: &Ctx, panel: &Element) -> Result<(), JsValue> {
        self.hardware.render(cx, panel)?;
        let button = share::button(cx.t(Msg::ShowProjection), "load-full")?;
        let status = el("p")?
            .class("mc-loading")
            .attr("role", "status")
            .attr("hidden", "")
            .build();
        // "Copy link" here too; "Download CSV" comes with the projection.
        let actions = Actions::new(cx, false)?;
        let root = el("section")?
            .class("mc-over-time")
            .part("projection")
            .child(el("p")?.class("mc-section-title").text(cx.t(Msg::OverTime)))
            .child(el("p")?.class("mc-note").text(cx.t(Msg::ProjectionTeaser)))
            .append(&button)
            .append(&status)
            .append(&actions.root)
            .attr_if(cx.compact, "hidden", "")
            .build();
        panel.append_child(&root)?;
        self.ui = Some(Teaser {
            button,
            status,
            _actions: actions,
        });
        Ok(())
    }

    fn update(&mut self, cx: &Ctx) -> Result<(), JsValue> {
        self.hardware.update(cx)?;
        if let Some(ui) = &self.ui {
            let (loading, failed) = (cx.loading(), cx.load_failed());
            set_hidden(&ui.status, !(loading || failed));
            set_text(
                &ui.status,
                cx.t(if failed {
                    Msg::LoadFailed
                } else {
                    Msg::LoadingView
                }),
            );
            if loading {
                let _ = ui.button.set_attribute("aria-disabled", "true");
            } else {
                let _ = ui.button.remove_attribute("aria-disabled");
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stand-ins are the full module's tabs after the first, in its order.
    #[test]
    fn later_tabs_match_the_full_registry() {
        let full: Vec<(&str, Msg)> = super::super::registry()
            .iter()
            .skip(1)
            .map(|v| (v.id(), v.label()))
            .collect();
        assert_eq!(full, LATER.to_vec());
    }
}
