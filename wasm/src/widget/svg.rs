//! SVG chart helpers shared by the views: linear scales, "nice" tick values, axes with
//! `Intl`-formatted labels, lines, bands, reference lines and markers. Everything is styled
//! through classes in `style.css` (no `style` attributes, so a strict CSP needs nothing).
//! Coordinates are `f64`: drawing only, never bookkeeping.

use wasm_bindgen::JsValue;
use web_sys::Element;

use super::dom::{El, between, coord, push_coord, svg};

/// Maps a data interval onto a pixel interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    d0: f64,
    d1: f64,
    r0: f64,
    r1: f64,
}

impl Scale {
    /// `domain` → `range`. A zero-width domain is widened so nothing divides by zero.
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Scale {
        let (mut d0, mut d1) = domain;
        if !d0.is_finite() || !d1.is_finite() {
            (d0, d1) = (0.0, 1.0);
        }
        if (d1 - d0).abs() < f64::EPSILON * d0.abs().max(1.0) {
            d0 -= 1.0;
            d1 += 1.0;
        }
        Scale {
            d0,
            d1,
            r0: range.0,
            r1: range.1,
        }
    }

    /// The pixel position of data value `v`.
    pub fn at(&self, v: f64) -> f64 {
        self.r0 + (v - self.d0) / (self.d1 - self.d0) * (self.r1 - self.r0)
    }
}

/// About `count` round tick values covering `[min, max]` (steps of 1, 2 or 5 × 10ⁿ).
pub fn nice_ticks(min: f64, max: f64, count: usize) -> Vec<f64> {
    if !min.is_finite() || !max.is_finite() || count == 0 {
        return Vec::new();
    }
    let (lo, hi) = if min <= max { (min, max) } else { (max, min) };
    let span = if hi > lo { hi - lo } else { lo.abs().max(1.0) };
    // d3's rule: the power of ten below span/count, times 1, 2, 5 or 10, whichever gives the
    // count of ticks nearest to `count`.
    let mag = pow10((span / count as f64).log10().floor() as i32);
    let err = count as f64 / span * mag;
    let step = if err <= 0.15 {
        mag * 10.0
    } else if err <= 0.35 {
        mag * 5.0
    } else if err <= 0.75 {
        mag * 2.0
    } else {
        mag
    };
    // Ticks are whole multiples of the step, rounded to the step's decimals so that 3 × 0.1
    // reads 0.3.
    let decimals = (-step.log10().floor()).clamp(0.0, 15.0) as i32;
    let unit = pow10(decimals);
    let first = (lo / step).ceil() as i64;
    (first..first + 50)
        .map(|i| ((i as f64 * step) * unit).round() / unit)
        .take_while(|v| *v <= hi + step * 1e-9)
        .map(|v| if v == 0.0 { 0.0 } else { v })
        .collect()
}

/// 10ⁿ by repeated multiplication (keeps libm's `pow` out of the wasm).
fn pow10(n: i32) -> f64 {
    let mut v = 1.0;
    for _ in 0..n.unsigned_abs().min(300) {
        v *= 10.0;
    }
    if n < 0 { 1.0 / v } else { v }
}

/// The domain `[min, max]` stretched outwards to whole tick steps.
pub fn nice_domain(min: f64, max: f64, count: usize) -> (f64, f64) {
    let ticks = nice_ticks(min, max, count);
    match (ticks.first(), ticks.last()) {
        (Some(&a), Some(&b)) if ticks.len() > 1 => {
            let step = ticks[1] - ticks[0];
            (
                if a > min { a - step } else { a },
                if b < max { b + step } else { b },
            )
        }
        _ => (min, max),
    }
}

/// Space around the plot area for axis labels, in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Margin {
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
    pub left: f64,
}

impl Default for Margin {
    fn default() -> Self {
        Margin {
            top: 12.0,
            right: 16.0,
            bottom: 34.0,
            left: 56.0,
        }
    }
}

/// A chart's geometry without its element: the pixel size, the margins and the data scales.
/// Charts updated in place (the projection's) redraw from a new `Plot` without building an
/// `<svg>` they would throw away.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plot {
    pub x: Scale,
    pub y: Scale,
    pub width: f64,
    pub height: f64,
    pub margin: Margin,
}

impl Plot {
    /// `width × height` pixels around a plot area inside `margin`, with the given data domains.
    pub fn new(
        width: f64,
        height: f64,
        margin: Margin,
        x_domain: (f64, f64),
        y_domain: (f64, f64),
    ) -> Plot {
        Plot {
            x: Scale::new(x_domain, (margin.left, width - margin.right)),
            y: Scale::new(y_domain, (height - margin.bottom, margin.top)),
            width,
            height,
            margin,
        }
    }

    /// Where [`Chart::label`] puts `text` for the data point (`x`, `y`) nudged by (`dx`, `dy`)
    /// pixels: `(x, y, text-anchor)` in pixels. The label goes right of its point, or left of
    /// it past 72 % of the width, whichever side its estimated width fits; when neither does
    /// (a long label on a phone), it ends at the chart's right edge, or starts at its left.
    pub fn label_at(
        &self,
        x: f64,
        y: f64,
        dx: f64,
        dy: f64,
        text: &str,
    ) -> (f64, f64, &'static str) {
        let at = self.x.at(x);
        let (right, left) = (at + dx, at - dx.max(0.0));
        let w = text_width(text);
        let fits_right = right + w <= self.width - EDGE;
        let fits_left = left - w >= EDGE;
        let py = between(
            self.y.at(y) + dy,
            self.margin.top + 10.0,
            self.height - self.margin.bottom - 4.0,
        );
        let (px, anchor) = if fits_left && (right > self.width * 0.72 || !fits_right) {
            (left, "end")
        } else if fits_right {
            (right, "start")
        } else {
            ((self.width - EDGE - w).max(EDGE), "start")
        };
        (px, py, anchor)
    }

    /// SVG path data through data points (`M x y L x y …`), closed with `Z` if asked. Written
    /// straight into one string (one allocation for a path of 400 points, not 800).
    pub fn path_data(&self, points: &[(f64, f64)], close: bool) -> String {
        let mut d = String::with_capacity(points.len() * 14 + 1);
        for (i, &(x, y)) in points.iter().enumerate() {
            d.push(if i == 0 { 'M' } else { 'L' });
            push_coord(&mut d, self.x.at(x));
            d.push(' ');
            push_coord(&mut d, self.y.at(y));
        }
        if close && !points.is_empty() {
            d.push('Z');
        }
        d
    }
}

/// An SVG chart of `width × height` pixels with data scales for both axes.
#[derive(Debug)]
pub struct Chart {
    root: Element,
    pub x: Scale,
    pub y: Scale,
    pub width: f64,
    pub height: f64,
    pub margin: Margin,
}

impl Chart {
    /// A chart with the given data domains. `label` is its accessible name (a short
    /// description; put the full text summary next to the chart, e.g. in a figcaption).
    pub fn new(
        width: f64,
        height: f64,
        margin: Margin,
        x_domain: (f64, f64),
        y_domain: (f64, f64),
        label: &str,
    ) -> Result<Chart, JsValue> {
        let root = svg("svg")?
            .attr(
                "viewBox",
                &format!("0 0 {} {}", coord(width), coord(height)),
            )
            .num("width", width)
            .num("height", height)
            .attr("role", "img")
            .attr("aria-label", label)
            .attr("part", "chart")
            .class("mc-chart")
            .build();
        let Plot { x, y, .. } = Plot::new(width, height, margin, x_domain, y_domain);
        Ok(Chart {
            root,
            x,
            y,
            width,
            height,
            margin,
        })
    }

    /// The `<svg>` element.
    pub fn element(&self) -> &Element {
        &self.root
    }

    fn add(&self, e: El) -> Element {
        let e = e.build();
        let _ = self.root.append_child(&e);
        e
    }

    /// Horizontal grid lines and labels on the left for `ticks` (data values).
    /// `labels[i]` is written at `ticks[i]`; [`axis_room`] gives the left margin they need.
    pub fn y_axis(&self, ticks: &[f64], labels: &[String]) -> Result<(), JsValue> {
        let g = svg("g")?
            .class("mc-axis mc-axis-y")
            .attr("aria-hidden", "true");
        let mut g = g;
        for (&t, text) in ticks.iter().zip(labels) {
            let y = self.y.at(t);
            g = g
                .child(
                    svg("line")?
                        .class("mc-grid")
                        .num("x1", self.margin.left)
                        .num("x2", self.width - self.margin.right)
                        .num("y1", y)
                        .num("y2", y),
                )
                .child(
                    svg("text")?
                        .num("x", self.margin.left - 6.0)
                        .num("y", y)
                        .attr("dy", "0.32em")
                        .attr("text-anchor", "end")
                        .text(text),
                );
        }
        self.add(g);
        Ok(())
    }

    /// The bottom axis line and labels for `ticks` (data values).
    pub fn x_axis(&self, ticks: &[f64], label: impl Fn(f64) -> String) -> Result<(), JsValue> {
        let base = self.height - self.margin.bottom;
        let mut g = svg("g")?
            .class("mc-axis mc-axis-x")
            .attr("aria-hidden", "true")
            .child(
                svg("line")?
                    .class("mc-axis-line")
                    .num("x1", self.margin.left)
                    .num("x2", self.width - self.margin.right)
                    .num("y1", base)
                    .num("y2", base),
            );
        let last = ticks.len().saturating_sub(1);
        for (i, &t) in ticks.iter().enumerate() {
            let x = self.x.at(t);
            let anchor = if i == 0 && x - self.margin.left < 12.0 {
                "start"
            } else if i == last && self.width - self.margin.right - x < 12.0 {
                "end"
            } else {
                "middle"
            };
            g = g
                .child(
                    svg("line")?
                        .class("mc-tick")
                        .num("x1", x)
                        .num("x2", x)
                        .num("y1", base)
                        .num("y2", base + 4.0),
                )
                .child(
                    svg("text")?
                        .num("x", x)
                        .num("y", base + 18.0)
                        .attr("text-anchor", anchor)
                        .text(&label(t)),
                );
        }
        self.add(g);
        Ok(())
    }

    /// A polyline through data points.
    pub fn line(&self, points: &[(f64, f64)], class: &str) -> Result<Element, JsValue> {
        Ok(self.add(
            svg("path")?
                .class(class)
                .attr("d", &self.path_data(points, false)),
        ))
    }

    /// A filled band between an upper and a lower series (same x values), e.g. p5–p95.
    pub fn band(
        &self,
        upper: &[(f64, f64)],
        lower: &[(f64, f64)],
        class: &str,
    ) -> Result<Element, JsValue> {
        let mut pts: Vec<(f64, f64)> = upper.to_vec();
        pts.extend(lower.iter().rev().copied());
        Ok(self.add(
            svg("path")?
                .class(class)
                .attr("d", &self.path_data(&pts, true)),
        ))
    }

    /// A horizontal reference line at data value `y` across the plot.
    pub fn hline(&self, y: f64, class: &str) -> Result<Element, JsValue> {
        let py = self.y.at(y);
        Ok(self.add(
            svg("line")?
                .class(class)
                .num("x1", self.margin.left)
                .num("x2", self.width - self.margin.right)
                .num("y1", py)
                .num("y2", py),
        ))
    }

    /// A vertical reference line at data value `x` across the plot.
    pub fn vline(&self, x: f64, class: &str) -> Result<Element, JsValue> {
        let px = self.x.at(x);
        Ok(self.add(
            svg("line")?
                .class(class)
                .num("x1", px)
                .num("x2", px)
                .num("y1", self.margin.top)
                .num("y2", self.height - self.margin.bottom),
        ))
    }

    /// A rectangle between two data corners (bars, heatmap cells).
    pub fn rect(
        &self,
        x0: f64,
        y0: f64,
        x1: f64,
        y1: f64,
        class: &str,
    ) -> Result<Element, JsValue> {
        let (a, b) = (self.x.at(x0), self.x.at(x1));
        let (c, d) = (self.y.at(y0), self.y.at(y1));
        Ok(self.add(
            svg("rect")?
                .class(class)
                .num("x", a.min(b))
                .num("y", c.min(d))
                .num("width", (b - a).abs())
                .num("height", (d - c).abs()),
        ))
    }

    /// A dot marker at a data point, with a tooltip title.
    pub fn dot(
        &self,
        x: f64,
        y: f64,
        radius: f64,
        class: &str,
        title: &str,
    ) -> Result<Element, JsValue> {
        Ok(self.add(
            svg("circle")?
                .class(class)
                .num("cx", self.x.at(x))
                .num("cy", self.y.at(y))
                .num("r", radius)
                .child(svg("title")?.text(title)),
        ))
    }

    /// A text label at a data point, nudged by (`dx`, `dy`) pixels, kept inside the chart.
    pub fn label(
        &self,
        x: f64,
        y: f64,
        dx: f64,
        dy: f64,
        text: &str,
        class: &str,
    ) -> Result<Element, JsValue> {
        let (px, py, anchor) = self.plot().label_at(x, y, dx, dy, text);
        Ok(self.add(
            svg("text")?
                .class(class)
                .num("x", px)
                .num("y", py)
                .attr("text-anchor", anchor)
                .text(text),
        ))
    }

    /// The chart's geometry.
    pub fn plot(&self) -> Plot {
        Plot {
            x: self.x,
            y: self.y,
            width: self.width,
            height: self.height,
            margin: self.margin,
        }
    }

    /// SVG path data through data points (`M x y L x y …`), closed with `Z` if asked.
    pub fn path_data(&self, points: &[(f64, f64)], close: bool) -> String {
        self.plot().path_data(points, close)
    }
}

/// Space kept between a label and the chart's edge, in pixels.
const EDGE: f64 = 2.0;

/// The left margin a y axis with `labels` needs: the widest one's estimated width, the gap to
/// the axis and a little room at the edge.
pub fn axis_room(labels: &[String]) -> f64 {
    let widest = labels.iter().map(|l| text_width(l)).fold(0.0, f64::max);
    (widest + 12.0).clamp(36.0, 110.0)
}

/// The estimated width in pixels of `text` in a chart's 11 px labels: 0.6 em for most
/// characters and a whole em for CJK and other wide ones. An estimate (no layout is read in
/// the drawing path), on the wide side for Latin text so a label that "fits" does.
pub fn text_width(text: &str) -> f64 {
    text.chars()
        .map(|c| if c >= '\u{2E80}' { 11.0 } else { 6.6 })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_range() {
        assert_eq!(
            nice_ticks(0.0, 10.0, 5),
            vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0]
        );
        assert_eq!(nice_ticks(-3.0, 7.0, 4), vec![-2.0, 0.0, 2.0, 4.0, 6.0]);
        assert_eq!(nice_ticks(0.0, 0.3, 3), vec![0.0, 0.1, 0.2, 0.3]);
        assert!(nice_ticks(f64::NAN, 1.0, 4).is_empty());
        assert_eq!(nice_domain(-3.0, 7.0, 4), (-4.0, 8.0));
    }

    #[test]
    fn labels_stay_inside_the_chart() {
        let margin = Margin {
            top: 10.0,
            right: 10.0,
            bottom: 20.0,
            left: 40.0,
        };
        let plot = Plot::new(274.0, 200.0, margin, (0.0, 1.0), (0.0, 1.0));
        let inside = |(x, _, anchor): (f64, f64, &str), text: &str| {
            let (from, to) = match anchor {
                "end" => (x - text_width(text), x),
                _ => (x, x + text_width(text)),
            };
            from >= 0.0 && to <= 274.0
        };
        // A short label right of its point, left of it past 72 %.
        assert_eq!(plot.label_at(0.2, 0.5, 6.0, 0.0, "you").2, "start");
        assert_eq!(plot.label_at(0.9, 0.5, 6.0, 0.0, "you").2, "end");
        // A label too long for its right side goes left of its point.
        let long = "break-even $0.0756";
        assert_eq!(plot.label_at(0.6, 0.5, 6.0, 0.0, long).2, "end");
        // One too long for either side ends at the right edge; every label stays inside.
        let longer = "seuil de rentabilité 0,0756 $US";
        let at = plot.label_at(0.5, 0.5, 6.0, 0.0, longer);
        assert!((at.0 + text_width(longer) - 272.0).abs() < 1e-9, "{at:?}");
        for x in [0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0] {
            for text in ["you", long, longer, "盈亏平衡 0.0756 美元/千瓦时"] {
                assert!(
                    inside(plot.label_at(x, 0.5, 6.0, 0.0, text), text),
                    "{x} {text}"
                );
            }
        }
        // The y position is kept between the margins.
        assert_eq!(plot.label_at(0.5, 2.0, 6.0, 0.0, "you").1, 20.0);
    }

    #[test]
    fn scales_map_and_survive_empty_domains() {
        let s = Scale::new((0.0, 10.0), (0.0, 100.0));
        assert_eq!(s.at(5.0), 50.0);
        let flat = Scale::new((3.0, 3.0), (0.0, 100.0));
        assert_eq!(flat.at(3.0), 50.0);
    }

    #[test]
    fn path_coordinates_read_as_coord_writes_them() {
        for v in [
            0.0,
            1.0,
            -1.0,
            0.5,
            12.345,
            -0.004,
            99.999,
            1e17,
            f64::NAN,
            860.0,
        ] {
            let mut s = String::new();
            push_coord(&mut s, v);
            assert_eq!(s, coord(v), "{v}");
        }
        let plot = Plot::new(100.0, 50.0, Margin::default(), (0.0, 10.0), (0.0, 1.0));
        assert_eq!(
            plot.path_data(&[(0.0, 0.0), (10.0, 1.0)], true),
            "M56 16L84 12Z"
        );
    }
}
