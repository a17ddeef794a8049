//! A plot described once for every renderer: what it is (shape), what it shows (marks in data
//! coordinates with their colours, widths and dashes), how its axes read (units, category
//! labels), its legend, title and caption. The app draws it on screen; the headless renderer
//! writes it as SVG and PNG; both read only this.

use super::palette::Rgb;
use super::scenarios::ValueUnit;
use crate::i18n::Lang;
use crate::model::PlotSpec;

/// The kind of picture a plot is. The plots of the coming workspaces slot in as new shapes
/// with the marks they need: a radar as closed lines on spokes, gap bars as bars with a
/// marked span between two of them, a heat matrix as coloured cells with their numbers; a
/// renderer that meets a new mark fails to compile until it draws it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Lines over time, with bands and vertical markers.
    Lines,
    /// One bar per category (horizontal: the needs profile).
    Bars,
    /// Bars grouped by category, one per series.
    GroupedBars,
    /// Horizontal bars around a base value, largest swing at the top.
    Tornado,
    /// Closed lines on spokes from a centre: drawn square (one unit is as long across as
    /// up), without axes or grid; its spokes and rings are lines, their names text marks.
    Radar,
}

/// How values along an axis read.
#[derive(Clone, Debug, PartialEq)]
pub enum Scale {
    /// Numbers in a unit.
    Values(ValueUnit),
    /// Categories at 0, 1, 2, …; with `from_top`, category 0 is drawn at the far end
    /// (position `count − 1`), so a vertical list reads top to bottom.
    Categories {
        /// The labels, first category first.
        labels: Vec<String>,
        /// Whether the first category is drawn at the highest position.
        from_top: bool,
    },
}

/// One axis: its label (with unit), its scale, values it always shows, and whether it has
/// grid lines.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    /// Label with unit; empty for none.
    pub label: String,
    /// How values read.
    pub scale: Scale,
    /// Values the axis always includes (e.g. 0).
    pub include: Vec<f64>,
    /// Whether grid lines cross the plot at its ticks.
    pub grid: bool,
    /// Ticks at every multiple of this, where the scale has natural marks (the experience
    /// scale: −5, 0 and +5); `None`: round values as many as fit.
    pub step: Option<f64>,
}

impl Axis {
    /// A value axis in `unit` that includes `include`.
    pub fn values(label: impl Into<String>, unit: ValueUnit, include: &[f64]) -> Self {
        Axis {
            label: label.into(),
            scale: Scale::Values(unit),
            include: include.to_vec(),
            grid: true,
            step: None,
        }
    }

    /// A category axis: `labels` at 0, 1, 2, … (first at the top with `from_top`).
    pub fn categories(labels: Vec<String>, from_top: bool) -> Self {
        Axis {
            label: String::new(),
            scale: Scale::Categories { labels, from_top },
            include: Vec::new(),
            grid: true,
            step: None,
        }
    }

    /// The label at whole-number `position` of a category axis.
    pub fn category_at(&self, position: f64) -> Option<&str> {
        let Scale::Categories { labels, from_top } = &self.scale else {
            return None;
        };
        let index = position.round();
        if (position - index).abs() > 1e-6 || index < 0.0 {
            return None;
        }
        let index = index as usize;
        let category = if *from_top {
            labels.len().checked_sub(1 + index)?
        } else {
            index
        };
        labels.get(category).map(String::as_str)
    }

    /// A value on this axis as tick text.
    pub fn tick_text(&self, value: f64, lang: Lang) -> String {
        match &self.scale {
            Scale::Values(unit) => unit.format_axis(value, lang),
            Scale::Categories { .. } => self.category_at(value).unwrap_or_default().to_string(),
        }
    }
}

/// How a line or rule is stroked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dash {
    /// Solid.
    Solid,
    /// Long dashes with wide gaps (the baseline).
    Dashed,
    /// Dots with wide gaps (markers).
    Dotted,
}

/// The shape drawn on a line's points, so series differ by more than colour: each series
/// colour has its own ([`super::palette::marker_of`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    /// No marker (reference lines).
    None,
    /// A filled circle.
    Circle,
    /// A filled square.
    Square,
    /// A filled diamond.
    Diamond,
    /// A filled triangle pointing up.
    Up,
    /// A filled triangle pointing down.
    Down,
    /// A diagonal cross.
    Cross,
    /// An upright cross.
    Plus,
    /// A six-armed star.
    Asterisk,
}

/// A marker's shape in units of its radius, centred on its point, y pointing down: the one
/// description every renderer draws.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MarkerOutline {
    /// Nothing.
    None,
    /// A filled circle of this radius.
    Circle(f32),
    /// A filled polygon through these corners.
    Polygon(&'static [(f32, f32)]),
    /// Strokes from −arm to +arm through the centre, one per arm.
    Strokes(&'static [(f32, f32)]),
}

impl Marker {
    /// The marker's shape.
    pub fn outline(self) -> MarkerOutline {
        match self {
            Marker::None => MarkerOutline::None,
            Marker::Circle => MarkerOutline::Circle(0.9),
            Marker::Square => {
                MarkerOutline::Polygon(&[(-0.8, -0.8), (0.8, -0.8), (0.8, 0.8), (-0.8, 0.8)])
            }
            Marker::Diamond => {
                MarkerOutline::Polygon(&[(0.0, -1.1), (1.0, 0.0), (0.0, 1.1), (-1.0, 0.0)])
            }
            Marker::Up => MarkerOutline::Polygon(&[(0.0, -1.1), (1.0, 0.75), (-1.0, 0.75)]),
            Marker::Down => MarkerOutline::Polygon(&[(0.0, 1.1), (1.0, -0.75), (-1.0, -0.75)]),
            Marker::Cross => MarkerOutline::Strokes(&[(0.8, 0.8), (0.8, -0.8)]),
            Marker::Plus => MarkerOutline::Strokes(&[(1.0, 0.0), (0.0, 1.0)]),
            Marker::Asterisk => MarkerOutline::Strokes(&[(0.0, 1.0), (0.87, 0.5), (0.87, -0.5)]),
        }
    }
}

/// The most markers a line carries: enough to follow it, few enough not to clutter.
pub const MARKERS_PER_LINE: usize = 10;

/// A line through `[x, y]` points.
#[derive(Clone, Debug, PartialEq)]
pub struct LineMark {
    /// Legend name.
    pub name: String,
    /// Colour.
    pub color: Rgb,
    /// Points in data coordinates.
    pub points: Vec<[f64; 2]>,
    /// Stroke width in points.
    pub width: f32,
    /// Stroke style.
    pub dash: Dash,
    /// The shape on its points.
    pub marker: Marker,
    /// What each point is, for hover text, in the order of `points`; empty: the plot's
    /// period name and the value.
    pub hover: Vec<String>,
}

impl LineMark {
    /// The points that carry the line's marker: every one on a short line, else every
    /// k-th, offset by the marker's kind so lines that run together show theirs apart.
    pub fn marked_points(&self) -> Vec<[f64; 2]> {
        if self.marker == Marker::None {
            return Vec::new();
        }
        let finite: Vec<[f64; 2]> = self
            .points
            .iter()
            .copied()
            // Only values a plot can place (a damaged file may hold 1e308).
            .filter(|p| p.iter().all(|v| v.abs() <= 1e12))
            .collect();
        let step = finite.len().div_ceil(MARKERS_PER_LINE).max(1);
        let offset = self.marker as usize % step;
        finite
            .into_iter()
            .enumerate()
            .filter(|(i, _)| i % step == offset)
            .map(|(_, p)| p)
            .collect()
    }
}

/// A filled band between a low and a high value (`[x, low, high]`), under its line.
#[derive(Clone, Debug, PartialEq)]
pub struct BandMark {
    /// Legend name ("All in p10–p90"); empty: not in the legend.
    pub name: String,
    /// Colour of its line.
    pub color: Rgb,
    /// Opacity of the fill.
    pub opacity: f32,
    /// `[x, low, high]`.
    pub points: Vec<[f64; 3]>,
}

/// One bar: at `at` on the category axis, from `from` to `to` on the value axis.
#[derive(Clone, Debug, PartialEq)]
pub struct BarMark {
    /// Position on the category axis.
    pub at: f64,
    /// Where the bar starts on the value axis.
    pub from: f64,
    /// Where it ends.
    pub to: f64,
    /// Thickness, in category-axis units.
    pub width: f64,
    /// What it is, for hover text.
    pub hover: String,
}

/// Bars of one colour (one legend entry).
#[derive(Clone, Debug, PartialEq)]
pub struct BarsMark {
    /// Legend name.
    pub name: String,
    /// Colour of the outline, and of the fill at `fill_opacity`.
    pub color: Rgb,
    /// Opacity of the fill (1: solid; less where bars may overlap).
    pub fill_opacity: f32,
    /// Bars along the y axis (categories up the side) instead of the x axis.
    pub horizontal: bool,
    /// The bars.
    pub bars: Vec<BarMark>,
}

/// A vertical line across the plot at `x`.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleMark {
    /// Legend name; `None` keeps it out of the legend (the caption names it).
    pub name: Option<String>,
    /// Where.
    pub x: f64,
    /// Colour.
    pub color: Rgb,
    /// Stroke width in points.
    pub width: f32,
    /// Stroke style.
    pub dash: Dash,
}

/// Where a text mark sits against its point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The text starts at the point.
    Start,
    /// The text is centred on the point.
    Middle,
    /// The text ends at the point.
    End,
}

/// A short text at a point in data coordinates (a spoke's name, a gap's number).
#[derive(Clone, Debug, PartialEq)]
pub struct TextMark {
    /// Where, `[x, y]`.
    pub at: [f64; 2],
    /// What it says.
    pub text: String,
    /// Colour; `None` for the page's text colour.
    pub color: Option<Rgb>,
    /// How it sits against `at`.
    pub anchor: Anchor,
    /// Bold.
    pub strong: bool,
    /// How wide it may be, in x data units, where a neighbour's text is that far away: a
    /// longer text is drawn smaller, down to the smallest text size, then on two lines.
    pub room: Option<f64>,
}

/// Something drawn in the plot, in data coordinates.
#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    /// A line.
    Line(LineMark),
    /// An uncertainty band.
    Band(BandMark),
    /// Bars.
    Bars(BarsMark),
    /// A vertical rule.
    Rule(RuleMark),
    /// A text.
    Text(TextMark),
}

/// The corner of the plot where a legend over it hides the least data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LegendPlace {
    /// Top left (lines rising from a low start).
    TopLeft,
    /// Bottom right (a tornado: its smallest bars are at the bottom).
    BottomRight,
    /// Bottom left (a ranking, worst first, whose last bars are the best and point right).
    BottomLeft,
    /// In a row above the plot, never over it (curves that fill the whole frame, with
    /// labels along its top).
    Above,
}

/// How a legend entry's swatch looks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Swatch {
    /// A stroke of this width and style, with its marker.
    Line(f32, Dash, Marker),
    /// A filled box.
    Box,
    /// A box filled at this opacity (0..1), as the band it names.
    Area(f32),
}

/// One entry of the legend.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    /// Name.
    pub name: String,
    /// Colour.
    pub color: Rgb,
    /// Swatch.
    pub swatch: Swatch,
}

/// The numbers behind a plot, for its CSV (the chart structs of [`super::scenarios`] and
/// [`super::BarChart`]).
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// Bars of one series.
    Bars(super::BarChart),
    /// Lines over time.
    Lines(super::scenarios::LineChart),
    /// Grouped bars.
    GroupedBars(super::scenarios::GroupedBars),
    /// A tornado.
    Tornado(super::scenarios::TornadoChart),
    /// A table of named columns (the 4C, value and survey plots).
    Table(super::csv::Table),
}

/// A plot, described once for every renderer.
#[derive(Clone, Debug, PartialEq)]
pub struct Plot {
    /// Which plot this is: its kind, and the persona, personas and scenario it shows.
    /// [`super::describe::describe`] stamps the spec it was asked for.
    pub spec: PlotSpec,
    /// The kind of picture.
    pub shape: Shape,
    /// Title.
    pub title: String,
    /// Horizontal axis.
    pub x: Axis,
    /// Vertical axis.
    pub y: Axis,
    /// What is drawn, back to front.
    pub marks: Vec<Mark>,
    /// Where a legend drawn over the plot goes, or `None` for no legend (its entries come
    /// from the named marks). Pages with room draw it above the plot instead.
    pub legend: Option<LegendPlace>,
    /// A note under the plot (break-even periods).
    pub caption: Option<String>,
    /// For lines over time: the name of one period, for hover text ("month").
    pub period_name: Option<String>,
    /// The language of every text in it.
    pub lang: Lang,
    /// The numbers behind it.
    pub source: Source,
}

impl Plot {
    /// The legend entries, in drawing order: named lines, bars and rules.
    pub fn legend_entries(&self) -> Vec<LegendEntry> {
        if self.legend.is_none() {
            return Vec::new();
        }
        self.marks
            .iter()
            .filter_map(|mark| match mark {
                Mark::Line(line) => Some(LegendEntry {
                    name: line.name.clone(),
                    color: line.color,
                    swatch: Swatch::Line(line.width, line.dash, line.marker),
                }),
                Mark::Bars(bars) => Some(LegendEntry {
                    name: bars.name.clone(),
                    color: bars.color,
                    swatch: Swatch::Box,
                }),
                Mark::Rule(rule) => rule.name.as_ref().map(|name| LegendEntry {
                    name: name.clone(),
                    color: rule.color,
                    swatch: Swatch::Line(rule.width, rule.dash, Marker::None),
                }),
                // A band is named after its scenario, in its colour.
                Mark::Band(band) => Some(LegendEntry {
                    name: band.name.clone(),
                    color: band.color,
                    swatch: Swatch::Area(band.opacity),
                }),
                Mark::Text(_) => None,
            })
            .filter(|entry| !entry.name.is_empty())
            .collect()
    }

    /// The numbers behind the plot as neutral CSV (`,` and decimal points): what the export
    /// command writes, and the app's CSV button in English.
    pub fn csv(&self) -> String {
        self.csv_in(super::csv::Dialect::NEUTRAL)
    }

    /// The numbers behind the plot as CSV in `dialect` (the app's CSV button uses the one of
    /// the user-interface language: `;` and decimal commas in Dutch).
    pub fn csv_in(&self, dialect: super::csv::Dialect) -> String {
        use super::csv;
        match &self.source {
            Source::Bars(chart) => csv::bar_chart_csv_in(chart, dialect),
            Source::Lines(chart) => csv::line_chart_csv_in(chart, dialect),
            Source::GroupedBars(chart) => csv::grouped_bars_csv_in(chart, dialect),
            Source::Tornado(chart) => csv::tornado_csv_in(chart, self.lang, dialect),
            Source::Table(table) => table.csv_in(dialect),
        }
    }

    /// The smallest and largest x and y the plot shows: every mark and the axes' included
    /// values, or `None` when there is nothing to show. Bars include their thickness.
    pub fn bounds(&self) -> Option<Bounds> {
        let mut b = Bounds::EMPTY;
        for mark in &self.marks {
            match mark {
                Mark::Line(line) => line.points.iter().for_each(|p| b.add(p[0], p[1])),
                Mark::Band(band) => band.points.iter().for_each(|p| {
                    b.add(p[0], p[1]);
                    b.add(p[0], p[2]);
                }),
                Mark::Bars(bars) => {
                    for bar in &bars.bars {
                        for at in [bar.at - bar.width / 2.0, bar.at + bar.width / 2.0] {
                            for value in [bar.from, bar.to] {
                                if bars.horizontal {
                                    b.add(value, at);
                                } else {
                                    b.add(at, value);
                                }
                            }
                        }
                    }
                }
                Mark::Rule(rule) => b.add_x(rule.x),
                Mark::Text(text) => b.add(text.at[0], text.at[1]),
            }
        }
        self.x.include.iter().for_each(|x| b.add_x(*x));
        self.y.include.iter().for_each(|y| b.add_y(*y));
        b.is_set().then_some(b)
    }
}

/// A rectangle in data coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// Smallest x.
    pub min_x: f64,
    /// Largest x.
    pub max_x: f64,
    /// Smallest y.
    pub min_y: f64,
    /// Largest y.
    pub max_y: f64,
}

impl Bounds {
    const EMPTY: Bounds = Bounds {
        min_x: f64::INFINITY,
        max_x: f64::NEG_INFINITY,
        min_y: f64::INFINITY,
        max_y: f64::NEG_INFINITY,
    };

    fn add(&mut self, x: f64, y: f64) {
        self.add_x(x);
        self.add_y(y);
    }

    fn add_x(&mut self, x: f64) {
        if x.is_finite() {
            self.min_x = self.min_x.min(x);
            self.max_x = self.max_x.max(x);
        }
    }

    fn add_y(&mut self, y: f64) {
        if y.is_finite() {
            self.min_y = self.min_y.min(y);
            self.max_y = self.max_y.max(y);
        }
    }

    fn is_set(&self) -> bool {
        self.min_x <= self.max_x && self.min_y <= self.max_y
    }
}
