//! Small DOM builders for the widget: `el("tr")?.class("x").text("…").child(…)`. They only ever
//! use `createElement`, `setAttribute` and `textContent`, so nothing the user or the host page
//! typed is ever parsed as HTML.

use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

const SVG_NS: &str = "http://www.w3.org/2000/svg";

thread_local! {
    static DOCUMENT: Option<Document> = web_sys::window().and_then(|w| w.document());
}

/// The page's document (an error outside a browser page).
pub fn document() -> Result<Document, JsValue> {
    DOCUMENT
        .with(Clone::clone)
        .ok_or_else(|| JsValue::from_str("minecalc: no document"))
}

/// An element under construction. Every setter returns `self`, so trees read top-down.
#[derive(Debug, Clone)]
pub struct El(pub Element);

/// A new HTML element.
pub fn el(tag: &str) -> Result<El, JsValue> {
    Ok(El(document()?.create_element(tag)?))
}

/// A new SVG element (in the SVG namespace).
pub fn svg(tag: &str) -> Result<El, JsValue> {
    Ok(El(document()?.create_element_ns(Some(SVG_NS), tag)?))
}

impl El {
    /// Sets an attribute (names are constants of this crate, so setting cannot fail).
    pub fn attr(self, name: &str, value: &str) -> Self {
        set_attr(&self.0, name, value);
        self
    }

    /// Sets an attribute only when `on`.
    pub fn attr_if(self, on: bool, name: &str, value: &str) -> Self {
        if on { self.attr(name, value) } else { self }
    }

    /// Sets a numeric attribute (SVG coordinates), written with at most two decimals.
    pub fn num(self, name: &str, value: f64) -> Self {
        set_attr(&self.0, name, &coord(value));
        self
    }

    /// Replaces the `class` attribute.
    pub fn class(self, class: &str) -> Self {
        self.attr("class", class)
    }

    /// Sets the `part` attribute (the `::part()` name embedders style).
    pub fn part(self, part: &str) -> Self {
        self.attr("part", part)
    }

    /// Sets `id`.
    pub fn id(self, id: &str) -> Self {
        self.attr("id", id)
    }

    /// Replaces the content with plain text.
    pub fn text(self, text: &str) -> Self {
        self.0.set_text_content(Some(text));
        self
    }

    /// Appends a child element.
    pub fn child(self, child: El) -> Self {
        let _ = self.0.append_child(&child.0);
        self
    }

    /// Appends an existing element.
    pub fn append(self, child: &Element) -> Self {
        let _ = self.0.append_child(child);
        self
    }

    /// Appends a child element when there is one.
    pub fn child_opt(self, child: Option<El>) -> Self {
        match child {
            Some(c) => self.child(c),
            None => self,
        }
    }

    /// Appends a text node after the existing content.
    pub fn append_text(self, text: &str) -> Self {
        if let Ok(doc) = document() {
            let _ = self.0.append_child(&doc.create_text_node(text));
        }
        self
    }

    /// The finished element.
    pub fn build(self) -> Element {
        self.0
    }
}

/// Sets an attribute on an existing element.
pub fn set_attr(e: &Element, name: &str, value: &str) {
    let _ = e.set_attribute(name, value);
}

/// Sets or removes an attribute.
pub fn set_attr_opt(e: &Element, name: &str, value: Option<&str>) {
    match value {
        Some(v) => set_attr(e, name, v),
        None => {
            let _ = e.remove_attribute(name);
        }
    }
}

/// Sets the text of an existing element unless it already reads so (avoids needless
/// mutations, which screen readers would announce in live regions).
pub fn set_text(e: &Element, text: &str) {
    if e.text_content().as_deref() != Some(text) {
        e.set_text_content(Some(text));
    }
}

/// Adds or removes one class.
pub fn toggle_class(e: &Element, class: &str, on: bool) {
    let _ = e.class_list().toggle_with_force(class, on);
}

/// Shows or hides an element with the `hidden` attribute.
pub fn set_hidden(e: &Element, hidden: bool) {
    if hidden != e.has_attribute("hidden") {
        set_attr_opt(e, "hidden", hidden.then_some(""));
    }
}

/// Removes every child.
pub fn clear(e: &Element) {
    e.set_text_content(None);
}

/// Replaces every child with `children`.
pub fn replace_children(e: &Element, children: Vec<El>) {
    clear(e);
    for c in children {
        let _ = e.append_child(&c.0);
    }
}

/// A coordinate for SVG attributes: rounded to 0.01, without trailing zeros.
pub fn coord(v: f64) -> String {
    let mut s = String::with_capacity(10);
    push_coord(&mut s, v);
    s
}

/// Appends [`coord`]'s text of `v` without allocating: written by hand from integer hundredths
/// (no float formatting machinery in the wasm), for paths of many points.
pub fn push_coord(out: &mut String, v: f64) {
    let hundredths = if v.is_finite() {
        (v * 100.0).round().clamp(-1e15, 1e15) as i64
    } else {
        0
    };
    if hundredths < 0 {
        out.push('-');
    }
    let n = hundredths.unsigned_abs();
    let mut whole = n / 100;
    let mut b = [0u8; 20];
    let mut i = b.len();
    loop {
        i -= 1;
        b[i] = b'0' + (whole % 10) as u8;
        whole /= 10;
        if whole == 0 {
            break;
        }
    }
    out.extend(b[i..].iter().map(|&c| char::from(c)));
    let frac = n % 100;
    if frac != 0 {
        out.push('.');
        out.push(char::from(b'0' + (frac / 10) as u8));
        if frac % 10 != 0 {
            out.push(char::from(b'0' + (frac % 10) as u8));
        }
    }
}

/// `v` limited to `lo..=hi` for chart geometry whose bounds are computed. Unlike `f64::clamp`
/// it cannot panic (when `lo > hi` the result is `hi`), so no panic message — and none of the
/// float formatting it pulls into the wasm — is needed.
pub fn between(v: f64, lo: f64, hi: f64) -> f64 {
    if v < lo {
        lo.min(hi)
    } else if v > hi {
        hi
    } else {
        v
    }
}

#[cfg(test)]
mod tests {
    use super::coord;

    #[test]
    fn coordinates_are_short() {
        assert_eq!(coord(1.0), "1");
        assert_eq!(coord(1.23456), "1.23");
        assert_eq!(coord(-0.001), "0");
        assert_eq!(coord(f64::NAN), "0");
        assert_eq!(coord(12.5), "12.5");
        assert_eq!(coord(-3.05), "-3.05");
        assert_eq!(coord(0.1), "0.1");
    }
}
