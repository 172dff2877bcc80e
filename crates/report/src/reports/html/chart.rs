//! Inline SVG charts: drawn as shapes in the page, so they print without
//! a script, a network or an image file. Series differ by shade and, for
//! lines, by dash pattern too, so a black-and-white printout still tells
//! them apart.

use super::escape::escape;
use std::fmt::Write;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 230.0;
const LEFT: f64 = 92.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 28.0;
/// Fill and stroke of the first, second, third series.
const SHADES: [&str; 3] = ["#1f4e79", "#d08a2e", "#6a9a4c"];
const DASHES: [&str; 3] = ["", "7 4", "2 3"];

/// One named row of figures, one per label.
pub struct Series {
    pub name: String,
    pub values: Vec<i128>,
}

/// A chart's x labels and y-axis wording: `axis` turns a figure into the
/// text beside a grid line (a money amount, a count).
pub struct Frame<'a> {
    pub caption: String,
    pub labels: Vec<String>,
    pub axis: &'a dyn Fn(i128) -> String,
}

/// Bars side by side per label; figures below zero are drawn as zero
/// (income and expense are never negative).
pub fn bars(frame: &Frame, series: &[Series]) -> String {
    let (top, step) = scale(series);
    let mut svg = open(frame, top, step);
    let slots = frame.labels.len().max(1) as f64;
    let slot = plot_width() / slots;
    let bar = slot * 0.8 / series.len().max(1) as f64;
    for (s, one) in series.iter().enumerate() {
        let shade = SHADES[s % SHADES.len()];
        for (i, v) in one.values.iter().enumerate() {
            let h = plot_height() * (*v).max(0) as f64 / top as f64;
            let x = LEFT + slot * i as f64 + slot * 0.1 + bar * s as f64;
            let _ = write!(
                svg,
                r#"<rect x="{x:.1}" y="{:.1}" width="{:.1}" height="{h:.1}" fill="{shade}"/>"#,
                TOP + plot_height() - h,
                (bar - 0.6).max(0.5),
            );
        }
    }
    close(svg, frame, series, false)
}

/// A line per series through one point per label.
pub fn lines(frame: &Frame, series: &[Series]) -> String {
    let (top, step) = scale(series);
    let mut svg = open(frame, top, step);
    let slot = plot_width() / frame.labels.len().max(1) as f64;
    for (s, one) in series.iter().enumerate() {
        let shade = SHADES[s % SHADES.len()];
        let dash = dash(s);
        let points: Vec<(f64, f64)> = one
            .values
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let x = LEFT + slot * (i as f64 + 0.5);
                let y = TOP + plot_height() * (1.0 - (*v).max(0) as f64 / top as f64);
                (x, y)
            })
            .collect();
        let path: Vec<String> = points
            .iter()
            .map(|(x, y)| format!("{x:.1},{y:.1}"))
            .collect();
        let _ = write!(
            svg,
            r#"<polyline points="{}" fill="none" stroke="{shade}" stroke-width="2"{dash}/>"#,
            path.join(" ")
        );
        for (x, y) in points {
            let _ = write!(
                svg,
                r#"<circle cx="{x:.1}" cy="{y:.1}" r="2.2" fill="{shade}"/>"#
            );
        }
    }
    close(svg, frame, series, true)
}

/// The dash pattern attribute of the `s`th line (the first is solid).
fn dash(s: usize) -> String {
    match DASHES[s % DASHES.len()] {
        "" => String::new(),
        d => format!(r#" stroke-dasharray="{d}""#),
    }
}

fn plot_width() -> f64 {
    WIDTH - LEFT - RIGHT
}

fn plot_height() -> f64 {
    HEIGHT - TOP - BOTTOM
}

/// The axis top and the grid step: the largest figure rounded up to a
/// step of 1, 2 or 5 times a power of ten, four or five steps high.
/// An all-zero chart still gets an axis (0 to 4).
pub fn scale(series: &[Series]) -> (i128, i128) {
    let most = series
        .iter()
        .flat_map(|s| s.values.iter().copied())
        .max()
        .unwrap_or(0)
        .max(4);
    let rough = up(most, 4);
    let mut power: i128 = 1;
    let step = loop {
        if let Some(step) = [1, 2, 5]
            .into_iter()
            .map(|m| m * power)
            .find(|step| *step >= rough)
        {
            break step;
        }
        match power.checked_mul(10) {
            Some(p) => power = p,
            None => break rough.max(1),
        }
    };
    (step.saturating_mul(up(most, step)), step)
}

/// `whole / part` rounded up, without overflow near the type's end.
fn up(whole: i128, part: i128) -> i128 {
    whole / part + i128::from(whole % part != 0)
}

fn open(frame: &Frame, top: i128, step: i128) -> String {
    let mut svg = format!(
        r#"<svg viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{caption}"><title>{caption}</title>"#,
        caption = escape(&frame.caption)
    );
    let mut tick = 0;
    while tick <= top {
        let y = TOP + plot_height() * (1.0 - tick as f64 / top as f64);
        let _ = write!(
            svg,
            r##"<line x1="{LEFT}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="#bbb" stroke-width="0.6"/><text x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"##,
            WIDTH - RIGHT,
            LEFT - 4.0,
            y + 3.0,
            escape(&(frame.axis)(tick))
        );
        match tick.checked_add(step) {
            Some(next) => tick = next,
            None => break,
        }
    }
    let slot = plot_width() / frame.labels.len().max(1) as f64;
    // Many labels (a district's two years of months) would overlap: every
    // second or third is written.
    let every = frame.labels.len().div_ceil(24).max(1);
    for (i, label) in frame.labels.iter().enumerate().step_by(every) {
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
            LEFT + slot * (i as f64 + 0.5),
            HEIGHT - BOTTOM + 13.0,
            escape(label)
        );
    }
    let _ = write!(
        svg,
        r##"<line x1="{LEFT}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#333" stroke-width="1"/>"##,
        TOP + plot_height(),
        WIDTH - RIGHT,
        TOP + plot_height()
    );
    svg
}

/// Ends the drawing and adds the legend under it, as HTML text (so it
/// prints in the page's fonts and can be searched in the PDF).
fn close(mut svg: String, frame: &Frame, series: &[Series], line: bool) -> String {
    svg.push_str("</svg>");
    let mut legend = String::from(r#"<div class="legend">"#);
    for (s, one) in series.iter().enumerate() {
        let shade = SHADES[s % SHADES.len()];
        let shape = if line {
            format!(
                r#"<svg class="swatch" viewBox="0 0 12 12"><line x1="0" y1="6" x2="12" y2="6" stroke="{shade}" stroke-width="2.5"{}/></svg>"#,
                dash(s)
            )
        } else {
            format!(r#"<span class="swatch" style="background:{shade}"></span>"#)
        };
        let _ = write!(legend, "{shape}{}", escape(&one.name));
    }
    legend.push_str("</div>");
    format!(
        "<figure><figcaption>{}</figcaption>{svg}{legend}</figure>\n",
        escape(&frame.caption)
    )
}
