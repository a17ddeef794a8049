//! The emotion curves under the map, aligned with it: one line per persona shown, in that
//! persona's colour, each touchpoint's point under its card's column (the shared
//! [`super::geometry`]), stage separators on the column boundaries, and with a scenario chosen
//! the same curves after its initiatives, dashed. They scroll sideways with the map and only the
//! columns in view are drawn.
//!
//! Drawn with the painter rather than egui_plot: a plot has its own x axis, zoom and legend,
//! which cannot share the map's columns and scrolling; here x is the map's own geometry. The
//! numbers and pictures (CSV, PNG, SVG) still come from the chart description
//! ([`crate::charts::journey::emotion_curves`]), described once per change.

use super::JourneyState;
use super::geometry::{Geometry, score_y};
use super::words::{effort_word, score_word};
use crate::charts::journey::MOMENT_OF_TRUTH;
use crate::charts::plot::Plot;
use crate::i18n::{Lang, numbers, t, tr};
use crate::model::{Id, PlotKind, PlotSpec, Project};
use crate::ui::Env;
use crate::ui::style::series_color;
use egui::{Align2, Color32, FontId, Pos2, Rect, RichText, Sense, Shape, Stroke, pos2, vec2};
use std::ops::Range;

/// Most curves drawn at once.
pub const MAX_CURVES: usize = 12;

/// Room above the curves for the stage names.
const NAMES: f32 = 22.0;

/// What the cached curves were worked out from.
#[derive(Clone, Debug, PartialEq)]
pub struct CurvesKey {
    revision: u64,
    /// What is shown; `None` when no persona is chosen in the filter.
    spec: Option<PlotSpec>,
    scenario: Option<Id>,
    lang: Lang,
    /// The map's columns the curves are placed on.
    geo: Geometry,
}

/// The curves as last described: the plot (for the numbers, the pictures and the deck, with
/// the spec of exactly what is shown) and its curves placed at the map's columns.
pub struct Curves {
    key: CurvesKey,
    /// The chart description: its CSV and pictures (none while no persona is chosen).
    pub plot: Option<Plot>,
    /// Personas chosen in the filter (more than are drawn when over [`MAX_CURVES`]).
    chosen: usize,
    /// The touchpoints in journey order.
    stops: Vec<Stop>,
    /// Index into `stops` of each stage's first touchpoint, and one past the last.
    starts: Vec<usize>,
    lines: Vec<Curve>,
    /// The scenario's name when its curves are drawn dashed.
    scenario: Option<String>,
}

/// One touchpoint on the curves.
struct Stop {
    stage: usize,
    /// Index into the project's touchpoints.
    touchpoint: usize,
    /// Where it sits, from the left edge of the first stage column.
    x: f32,
    truth: bool,
}

/// One persona's curve.
struct Curve {
    /// Index into the project's personas (and its palette colour).
    persona: usize,
    points: Vec<Point>,
}

/// A touchpoint the persona uses: its score, and after the scenario.
struct Point {
    stop: usize,
    before: f64,
    after: Option<f64>,
}

impl Curves {
    /// The description of `key.spec` and its curve data, placed at the map's columns: the
    /// journey order and the scores come from the chart, only the x positions from the map.
    fn work_out(project: &Project, key: CurvesKey, chosen: usize, env: &mut Env) -> Curves {
        let plot = key.spec.as_ref().and_then(|spec| env.plot(project, spec));
        let shown = key
            .spec
            .as_ref()
            .and_then(|spec| crate::charts::describe::shown_personas(project, spec))
            .unwrap_or_default();
        let scenario = key.scenario.as_ref().and_then(|id| project.scenario(id));
        let data = crate::charts::journey::curve_data(project, &shown, scenario);
        // The order runs stage by stage: each stage's first stop, and how many it has.
        let mut starts = vec![0; project.stages.len() + 1];
        for &(s, _) in &data.order {
            starts[s + 1] += 1;
        }
        for s in 0..project.stages.len() {
            starts[s + 1] += starts[s];
        }
        let stops = data
            .order
            .iter()
            .enumerate()
            .map(|(at, &(s, i))| Stop {
                stage: s,
                touchpoint: i,
                x: key
                    .geo
                    .touchpoint_x(s, at - starts[s], starts[s + 1] - starts[s]),
                truth: project.touchpoints[i].moment_of_truth,
            })
            .collect();
        let lines = data
            .curves
            .iter()
            .map(|curve| Curve {
                persona: curve.persona,
                points: curve
                    .points
                    .iter()
                    .filter_map(|p| {
                        Some(Point {
                            stop: p.at,
                            before: p.score?,
                            after: p.after,
                        })
                    })
                    .collect(),
            })
            .collect();
        Curves {
            plot,
            chosen,
            stops,
            starts,
            lines,
            scenario: scenario.map(|s| s.name.clone()),
            key,
        }
    }

    /// Whether any persona shown uses any touchpoint.
    fn has_points(&self) -> bool {
        self.lines.iter().any(|l| !l.points.is_empty())
    }
}

/// The plot spec of what is shown now: the personas chosen in the filter (all of them, or
/// the first [`MAX_CURVES`]), and the scenario the curves are drawn again after. The spec
/// names the personas only when some are left out, so "every persona" stays every persona;
/// `None` when the filter leaves none. With it, how many personas the filter chose.
fn shown_spec(project: &Project, state: &JourneyState) -> (Option<PlotSpec>, usize) {
    let chosen: Vec<&Id> = project
        .personas
        .iter()
        .filter(|p| state.shows_persona(&p.id))
        .map(|p| &p.id)
        .collect();
    let count = chosen.len();
    if count == 0 && !project.personas.is_empty() {
        return (None, 0);
    }
    // More lines than this read as a tangle (and cost a frame): the first ones, and a note.
    let personas = if count == project.personas.len() && count <= MAX_CURVES {
        Vec::new()
    } else {
        chosen.into_iter().take(MAX_CURVES).cloned().collect()
    };
    let spec = PlotSpec {
        scenario: state.scenario.clone(),
        personas,
        ..PlotSpec::of(PlotKind::EmotionCurves)
    };
    (Some(spec), count)
}

/// The curves for what is shown now, worked out again only when something changed.
pub fn curves<'s>(
    project: &Project,
    state: &'s mut JourneyState,
    env: &mut Env,
    geo: Geometry,
) -> &'s Curves {
    if state
        .scenario
        .as_ref()
        .is_some_and(|id| project.scenario(id).is_none())
    {
        state.scenario = None;
    }
    let (spec, chosen) = shown_spec(project, state);
    let key = CurvesKey {
        revision: env.results.revision(),
        spec,
        scenario: state.scenario.clone(),
        lang: env.lang,
        // Only the columns' width places the curves (not the cards' lines).
        geo: geo.with_lines(1),
    };
    if state.curves.as_ref().is_none_or(|c| c.key != key) {
        state.curves = None;
    }
    state
        .curves
        .get_or_insert_with(|| Curves::work_out(project, key, chosen, env))
}

/// The rows between the map and what is under it: the curves' title, the scenario to compare
/// with, the lane switches and the buttons for the curves' numbers and pictures; then the
/// legend, in its own row, so it never covers the curves or their stage names.
pub fn toolbar_ui(
    ui: &mut egui::Ui,
    project: &Project,
    state: &mut JourneyState,
    env: &mut Env,
    geo: Geometry,
) {
    let lang = env.lang;
    if geo.compact() {
        // The whole journey on one screen: one row, the legend (the scenario, the lanes and
        // the picture buttons are in the full map).
        let curves = curves(project, state, env, geo);
        ui.horizontal_wrapped(|ui| legend_ui(ui, project, curves, lang));
        return;
    }
    // Wrapping: on a narrow window the picture buttons go to the next row, never over the
    // lane switches.
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(t("Emotion curves", "Emotiecurves").get(lang))
                .size(16.0)
                .strong(),
        );
        ui.add_space(8.0);
        let label = ui.label(t("After a scenario:", "Na een scenario:").get(lang)).on_hover_text(t(
            "Draws each curve again, dashed, with the scores after the scenario's initiatives.",
            "Tekent elke curve opnieuw, gestreept, met de scores na de initiatieven van het scenario.",
        ).get(lang));
        let none = t("none", "geen").get(lang);
        let current = state
            .scenario
            .as_ref()
            .and_then(|id| project.scenario(id))
            .map_or(none, |s| s.name.as_str());
        egui::ComboBox::from_id_salt("curves-scenario")
            .selected_text(current)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.scenario, None, none);
                for scenario in &project.scenarios {
                    ui.selectable_value(
                        &mut state.scenario,
                        Some(scenario.id.clone()),
                        &scenario.name,
                    );
                }
            })
            .response
            .labelled_by(label.id);
        ui.separator();
        super::lanes::toggles_ui(ui, &mut state.lanes, lang);
        let curves = curves(project, state, env, geo);
        if let Some(plot) = &curves.plot {
            ui.separator();
            crate::ui::picture::buttons(ui, plot, env.actions);
        }
    });
    let curves = curves(project, state, env, geo);
    ui.horizontal_wrapped(|ui| legend_ui(ui, project, curves, lang));
}

/// Which line is which: each persona drawn in its colour, the dashed "after" lines, the
/// moments of truth; and a note when more personas are chosen than are drawn.
fn legend_ui(ui: &mut egui::Ui, project: &Project, curves: &Curves, lang: Lang) {
    let start = ui.cursor().min;
    let text = ui.visuals().text_color();
    for line in &curves.lines {
        let Some(persona) = project.personas.get(line.persona) else {
            continue;
        };
        let name = crate::ui::impact::display_name(&persona.name);
        let marker =
            crate::charts::palette::MARKERS[line.persona % crate::charts::palette::MARKERS.len()];
        entry(
            ui,
            Mark::Line(series_color(line.persona), false, Some(marker)),
            name,
            text,
        );
    }
    if let Some(scenario) = &curves.scenario {
        let name = format!("{} {scenario}", t("after", "na").get(lang));
        entry(ui, Mark::Line(text, true, None), &name, text);
    }
    let c = MOMENT_OF_TRUTH;
    let red = Color32::from_rgb(c.0, c.1, c.2);
    entry(ui, Mark::Star(red), tr::MOMENT_OF_TRUTH.get(lang), red);
    if curves.chosen > curves.lines.len() {
        ui.label(
            RichText::new(format!(
                "· {} {} {} {}",
                t("the first", "de eerste").get(lang),
                curves.lines.len(),
                t("of", "van").get(lang),
                curves.chosen
            ))
            .weak(),
        )
        .on_hover_text(
            t(
                "More lines read as a tangle: choose fewer personas in the filter to see others.",
                "Meer lijnen worden een kluwen: kies minder persona's in het filter om andere te zien.",
            )
            .get(lang),
        );
    }
    // One node naming the legend, over all of it (tests and screen readers find it).
    let rect = Rect::from_min_max(start, ui.min_rect().max);
    let legend = ui.interact(rect, egui::Id::unique("curves-legend"), Sense::hover());
    legend.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Group,
            true,
            t(
                "Legend of the emotion curves",
                "Legenda van de emotiecurves",
            )
            .get(lang),
        )
    });
}

/// What a legend entry shows before its words.
enum Mark {
    /// A short line in a colour, dashed or solid, with the curve's marker.
    Line(Color32, bool, Option<crate::charts::plot::Marker>),
    /// The moment-of-truth star.
    Star(Color32),
}

/// One legend entry, its mark and its words as one piece (they wrap together).
fn entry(ui: &mut egui::Ui, mark: Mark, words: &str, color: Color32) {
    let font = FontId::proportional(14.0);
    let galley = ui.fonts_mut(|f| f.layout_no_wrap(words.to_string(), font, color));
    let size = vec2(26.0 + galley.size().x + 10.0, galley.size().y.max(16.0));
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, words));
    let y = rect.center().y;
    let painter = ui.painter();
    match mark {
        Mark::Line(color, dashed, marker) => {
            let ends = [pos2(rect.left(), y), pos2(rect.left() + 22.0, y)];
            if dashed {
                painter.extend(Shape::dashed_line(&ends, Stroke::new(2.0, color), 5.0, 3.0));
            } else {
                painter.line_segment(ends, Stroke::new(3.0, color));
            }
            if let Some(marker) = marker {
                crate::ui::plots::marker_swatch(
                    painter,
                    marker,
                    pos2(rect.left() + 11.0, y),
                    4.5,
                    color,
                );
            }
        }
        Mark::Star(color) => {
            painter.text(
                pos2(rect.left() + 11.0, y),
                Align2::CENTER_CENTER,
                "⭐",
                FontId::proportional(14.0),
                color,
            );
        }
    }
    painter.galley(
        pos2(rect.left() + 26.0, y - galley.size().y / 2.0),
        galley,
        color,
    );
}

/// The words at the ends of the scale and the zero line, in the row names left of the curves
/// (`gutter`, on screen); `top` and `bottom` are the curves' +5 and −5.
pub fn gutter_words(ui: &egui::Ui, painter: &egui::Painter, gutter: Rect, strip: Rect, lang: Lang) {
    let (top, bottom) = plot_span(strip);
    let weak = ui.visuals().weak_text_color();
    let text = ui.visuals().text_color();
    let x = gutter.right() - 8.0;
    painter.text(
        pos2(gutter.left() + 6.0, strip.top() + 2.0),
        Align2::LEFT_TOP,
        t("Experience", "Beleving").get(lang),
        FontId::proportional(13.0),
        text,
    );
    for (score, word) in [(5.0, 5.0), (0.0, 0.0), (-5.0, -5.0)] {
        let y = score_y(top, bottom, score);
        let label = format!(
            "{} {}",
            numbers::signed(score, 0, lang),
            score_word(word, lang)
        );
        painter.text(
            pos2(x, y),
            Align2::RIGHT_CENTER,
            label,
            FontId::proportional(12.0),
            if score == 0.0 { text } else { weak },
        );
    }
}

/// Where +5 and −5 are drawn in a strip.
fn plot_span(strip: Rect) -> (f32, f32) {
    // Room under the stage names for a moment of truth's star.
    (strip.top() + NAMES + 18.0, strip.bottom() - 12.0)
}

/// Draws the curves in `strip` (on screen; its left edge is the first stage column's left
/// edge) for the stage columns `visible`, with hover naming the touchpoint under the pointer.
pub fn strip_ui(
    ui: &mut egui::Ui,
    project: &Project,
    curves: &Curves,
    strip: Rect,
    visible: Range<usize>,
    lang: Lang,
) {
    let painter = ui.painter().with_clip_rect(ui.clip_rect().intersect(strip));
    let visuals = ui.visuals();
    let (top, bottom) = plot_span(strip);
    let grid = visuals.widgets.noninteractive.bg_stroke.color;
    let weak = visuals.weak_text_color();
    let ox = strip.left();
    let geo = curves.key.geo;
    // The score lines, across the columns in view.
    let span_left = ox + geo.column_left(visible.start) - geo.column();
    let span_right = ox + geo.column_left(visible.end) + geo.column();
    for score in [-5.0, -2.5, 2.5, 5.0] {
        let y = score_y(top, bottom, score);
        painter.hline(
            span_left..=span_right,
            y,
            Stroke::new(1.0, grid.gamma_multiply(0.6)),
        );
    }
    painter.hline(
        span_left..=span_right,
        score_y(top, bottom, 0.0),
        Stroke::new(1.5, weak),
    );
    stage_names_ui(ui, &painter, project, strip, visible.clone(), geo);
    let stops = curves.starts[visible.start.min(curves.starts.len() - 1)]
        ..curves.starts[visible.end.min(curves.starts.len() - 1)];
    truths_ui(&painter, curves, strip, stops.clone());
    if !curves.has_points() {
        painter.text(
            pos2(
                ox + geo.column_left(visible.start) + 8.0,
                score_y(top, bottom, 2.5),
            ),
            Align2::LEFT_CENTER,
            t(
                "No persona shown uses a touchpoint yet: tick “uses it” in a touchpoint, or score it in the grid.",
                "Nog geen getoonde persona gebruikt een touchpoint: vink “gebruikt het” aan in een touchpoint, of scoor het in het raster.",
            )
            .get(lang),
            FontId::proportional(14.0),
            weak,
        );
    }
    lines_ui(&painter, curves, strip, stops);
    hover(ui, project, curves, strip, visible, lang);
}

/// Stage names above their columns (each a label screen readers find), and a dashed
/// separator on each boundary between columns.
fn stage_names_ui(
    ui: &mut egui::Ui,
    painter: &egui::Painter,
    project: &Project,
    strip: Rect,
    visible: Range<usize>,
    geo: Geometry,
) {
    let visuals = ui.visuals().clone();
    let weak = visuals.weak_text_color();
    let (_, bottom) = plot_span(strip);
    let ox = strip.left();
    for s in visible.clone() {
        let Some(stage) = project.stages.get(s) else {
            continue;
        };
        if s > 0 {
            let x = ox + geo.separator_x(s);
            painter.extend(Shape::dashed_line(
                &[pos2(x, strip.top()), pos2(x, bottom)],
                Stroke::new(1.0, weak),
                2.0,
                3.0,
            ));
        }
        let name = Rect::from_min_size(
            pos2(ox + geo.column_left(s), strip.top()),
            vec2(geo.card, NAMES),
        );
        let galley = ui.fonts_mut(|f| {
            let mut job = egui::text::LayoutJob::simple_singleline(
                stage.name.clone(),
                FontId::proportional(14.0),
                visuals.strong_text_color(),
            );
            job.wrap = egui::text::TextWrapping::truncate_at_width(geo.card - 8.0);
            f.layout_job(job)
        });
        let at = pos2(name.left() + 4.0, name.center().y - galley.size().y / 2.0);
        let shown = Rect::from_min_size(at, galley.size());
        painter.galley(at, galley, visuals.strong_text_color());
        let response = ui.interact(
            shown.intersect(ui.clip_rect()),
            egui::Id::unique(("curves-stage", s)),
            Sense::hover(),
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &stage.name));
    }
}

/// The moments of truth among the touchpoints `stops` in view: a red dashed rule through the
/// curves with a star, or a tick along the bottom where they crowd.
fn truths_ui(painter: &egui::Painter, curves: &Curves, strip: Rect, stops: Range<usize>) {
    let (top, bottom) = plot_span(strip);
    let ox = strip.left();
    let truth = {
        let c = MOMENT_OF_TRUTH;
        Color32::from_rgb(c.0, c.1, c.2)
    };
    for stop in &curves.stops[stops.clone()] {
        if !stop.truth {
            continue;
        }
        let x = ox + stop.x;
        let n = curves.starts[stop.stage + 1] - curves.starts[stop.stage];
        if curves.key.geo.card / n as f32 >= 14.0 {
            painter.extend(Shape::dashed_line(
                &[pos2(x, top - 4.0), pos2(x, bottom)],
                Stroke::new(1.5, truth.gamma_multiply(0.8)),
                5.0,
                4.0,
            ));
            painter.text(
                pos2(x, top - 4.0),
                Align2::CENTER_BOTTOM,
                "⭐",
                FontId::proportional(11.0),
                truth,
            );
        } else {
            painter.line_segment(
                [pos2(x, bottom - 8.0), pos2(x, bottom)],
                Stroke::new(2.0, truth),
            );
        }
    }
}

/// Each persona's curve over the touchpoints `stops` in view and one more each side, so lines
/// run on to the edges: solid, with dots where points are far enough apart, and dashed after
/// the scenario.
fn lines_ui(painter: &egui::Painter, curves: &Curves, strip: Rect, stops: Range<usize>) {
    let (top, bottom) = plot_span(strip);
    let ox = strip.left();
    let point =
        |stop: usize, score: f64| pos2(ox + curves.stops[stop].x, score_y(top, bottom, score));
    for line in &curves.lines {
        let from = line
            .points
            .partition_point(|p| p.stop < stops.start)
            .saturating_sub(1);
        let to = (line.points.partition_point(|p| p.stop < stops.end) + 1).min(line.points.len());
        let points = &line.points[from..to];
        let color = series_color(line.persona);
        let dots = points.len() < 2
            || points
                .windows(2)
                .all(|w| curves.stops[w[1].stop].x - curves.stops[w[0].stop].x >= 6.0);
        let before: Vec<Pos2> = points.iter().map(|p| point(p.stop, p.before)).collect();
        if let Some(after) = points
            .iter()
            .map(|p| p.after.map(|a| point(p.stop, a)))
            .collect::<Option<Vec<Pos2>>>()
            && after.len() > 1
        {
            painter.extend(Shape::dashed_line(
                &after,
                Stroke::new(2.0, color),
                7.0,
                4.0,
            ));
        }
        if before.len() > 1 {
            painter.add(Shape::line(before.clone(), Stroke::new(2.5, color)));
        }
        if dots {
            // Each persona's own marker, so the curves differ by more than colour.
            let marker = crate::charts::palette::MARKERS
                [line.persona % crate::charts::palette::MARKERS.len()];
            for p in &before {
                crate::ui::plots::marker_swatch(painter, marker, *p, 4.0, color);
            }
        }
    }
}

/// Hovering the curves marks the touchpoint under the pointer and names it with each
/// persona's experience, effort and reach (and the experience after the scenario).
fn hover(
    ui: &mut egui::Ui,
    project: &Project,
    curves: &Curves,
    strip: Rect,
    visible: Range<usize>,
    lang: Lang,
) {
    let area = strip.intersect(ui.clip_rect());
    let response = ui.interact(area, egui::Id::unique("curves-strip"), Sense::hover());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Image,
            true,
            t("Emotion curves", "Emotiecurves").get(lang),
        )
    });
    let Some(pointer) = response.hover_pos() else {
        return;
    };
    let x = pointer.x - strip.left();
    let geo = curves.key.geo;
    let Some(stage) = geo.stage_at(curves.starts.len() - 1, x) else {
        return;
    };
    if !visible.contains(&stage) {
        return;
    }
    let first = curves.starts[stage];
    let n = curves.starts[stage + 1] - first;
    let Some(k) = geo.touchpoint_at(stage, n, x) else {
        return;
    };
    let stop = &curves.stops[first + k];
    let Some(touchpoint) = project.touchpoints.get(stop.touchpoint) else {
        return;
    };
    let (top, bottom) = plot_span(strip);
    let sx = strip.left() + stop.x;
    ui.painter().with_clip_rect(area).line_segment(
        [pos2(sx, top - 6.0), pos2(sx, bottom)],
        Stroke::new(1.0, ui.visuals().strong_text_color()),
    );
    let mut text = touchpoint.name.clone();
    if let Some(name) = project.stages.get(stage).map(|s| &s.name) {
        text.push_str(&format!(" · {name}"));
    }
    if touchpoint.moment_of_truth {
        text.push_str(&format!(" · ⭐ {}", tr::MOMENT_OF_TRUTH.get(lang)));
    }
    for line in &curves.lines {
        let Some(persona) = project.personas.get(line.persona) else {
            continue;
        };
        text.push('\n');
        let Ok(at) = line.points.binary_search_by_key(&(first + k), |p| p.stop) else {
            text.push_str(&format!(
                "{}: {}",
                persona.name,
                t("does not use it", "gebruikt het niet").get(lang)
            ));
            continue;
        };
        let point = &line.points[at];
        let dot = series_color(line.persona);
        ui.painter().with_clip_rect(area).circle_stroke(
            pos2(sx, score_y(top, bottom, point.before)),
            6.0,
            Stroke::new(2.0, dot),
        );
        let Some(e) = touchpoint.experience_of(&persona.id) else {
            continue;
        };
        text.push_str(&format!(
            "{}: {} ({}) · {} {} ({}) · {} {}",
            persona.name,
            numbers::signed(point.before, 1, lang),
            score_word(point.before, lang),
            t("effort", "moeite").get(lang),
            numbers::grouped(e.effort, 1, lang),
            effort_word(e.effort, lang),
            t("reach", "bereik").get(lang),
            numbers::percent(e.reach, 0, lang),
        ));
        if let (Some(after), Some(scenario)) = (point.after, &curves.scenario) {
            text.push_str(&format!(
                " — {} {scenario}: {} ({})",
                t("after", "na").get(lang),
                numbers::signed(after, 1, lang),
                score_word(after, lang)
            ));
        }
    }
    response.on_hover_ui_at_pointer(|ui| {
        ui.label(text);
    });
}
