//! Draws the charts of [`crate::charts`] with egui_plot: a title, axis labels with units, a
//! legend, readable sizes for a projector, and a button that copies the plot's data as CSV.

use super::picture;
use super::style::series_color;
use crate::charts::scenarios::{
    GroupedBars, LineChart, TornadoChart, grouped_bars_csv, line_chart_csv, tornado_csv,
};
use crate::i18n::{Lang, t};
use egui::{Color32, RichText};
use egui_plot::{Bar, BarChart, Corner, FilledArea, Legend, Line, LineStyle, Plot, VLine};

/// Size of plot titles: large enough for a projector.
const TITLE_SIZE: f32 = 17.0;

/// A chart with its title row: the title, then buttons that copy its numbers as CSV and copy
/// or save a picture of it. `body` draws the chart under the title.
pub fn chart_frame(
    ui: &mut egui::Ui,
    id: &str,
    title: &str,
    csv: impl FnOnce() -> String,
    lang: Lang,
    body: impl FnOnce(&mut egui::Ui),
) {
    let key = egui::Id::unique(("chart-picture", id));
    let capturing = picture::capturing(ui, key);
    let rect = ui
        .vertical(|ui| {
            // Room for two lines of title, at the bottom, so plots side by side line up
            // when one title wraps and the other does not.
            let title_font = egui::FontId::proportional(TITLE_SIZE);
            let height = 2.0 * ui.fonts_mut(|f| f.row_height(&title_font));
            let size = egui::vec2(ui.available_width(), height);
            ui.allocate_ui_with_layout(size, egui::Layout::left_to_right(egui::Align::Max), |ui| {
                ui.set_min_height(height);
                // Buttons to the right; the title takes the room left of them.
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Max), |ui| {
                    picture::buttons(ui, key, capturing, lang);
                    let copy = t(
                        "Copy the numbers behind this plot as CSV, to paste into a spreadsheet",
                        "Kopieer de getallen achter deze grafiek als CSV, om in een spreadsheet te plakken",
                    )
                    .get(lang);
                    let csv_button = ui
                        .add_visible(!capturing, egui::Button::new("📋 CSV").small())
                        .on_hover_text(copy);
                    if csv_button.clicked() {
                        ui.ctx().copy_text(csv());
                    }
                    ui.with_layout(egui::Layout::left_to_right(egui::Align::Max), |ui| {
                        ui.add(
                            egui::Label::new(RichText::new(title).size(TITLE_SIZE).strong())
                                .wrap(),
                        );
                    });
                });
            });
            body(ui);
        })
        .response
        .rect;
    picture::finish(ui, key, rect, title);
}

/// Axis labels for categories at 0, 1, 2, …: the label at each whole number, nothing between.
/// With `from_top`, category 0 is drawn at the top (its position is `count − 1`).
pub fn category_labels(
    labels: Vec<String>,
    from_top: bool,
) -> impl Fn(egui_plot::GridMark, &std::ops::RangeInclusive<f64>) -> String {
    move |mark, _| {
        let index = mark.value.round();
        if (mark.value - index).abs() > 1e-6 || index < 0.0 {
            return String::new();
        }
        let position = index as usize;
        let category = if from_top {
            labels.len().checked_sub(1 + position)
        } else {
            Some(position)
        };
        category
            .and_then(|i| labels.get(i))
            .cloned()
            .unwrap_or_default()
    }
}

/// Grid lines at each of `count` categories.
pub fn category_marks(count: usize) -> impl Fn(egui_plot::GridInput) -> Vec<egui_plot::GridMark> {
    move |_| {
        (0..count)
            .map(|i| egui_plot::GridMark {
                value: i as f64,
                step_size: 1.0,
            })
            .collect()
    }
}

fn base_plot<'a>(id: &str, height: f32, x_axis: &str, y_axis: &str) -> Plot<'a> {
    Plot::new(id)
        .height(height)
        .legend(
            Legend::default()
                .position(Corner::LeftTop)
                .background_alpha(0.75)
                .follow_insertion_order(true),
        )
        .x_axis_label(x_axis.to_string())
        .y_axis_label(y_axis.to_string())
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_boxed_zoom(false)
        .y_axis_min_width(64.0)
}

/// A line chart over time, with bands and markers.
pub fn line_chart_ui(ui: &mut egui::Ui, id: &str, chart: &LineChart, height: f32, lang: Lang) {
    chart_frame(
        ui,
        id,
        &chart.title,
        || line_chart_csv(chart),
        lang,
        |ui| {
            let unit = chart.unit.clone();
            let axis_unit = chart.unit.clone();
            let period_name = chart.period_name.clone();
            base_plot(id, height, &chart.x_axis, &chart.y_axis)
                .y_axis_formatter(move |mark, _| axis_unit.format_axis(mark.value, lang))
                .label_formatter(move |hover| match hover {
                    egui_plot::HoverPosition::NearDataPoint {
                        plot_name,
                        position,
                        ..
                    } if !plot_name.is_empty() => Some(format!(
                        "{plot_name}\n{period_name} {:.0}: {}",
                        position.x.round(),
                        unit.format(position.y, lang)
                    )),
                    egui_plot::HoverPosition::NearDataPoint { .. } => None,
                    egui_plot::HoverPosition::Elsewhere { .. } => None,
                })
                .include_y(0.0)
                .show(ui, |plot_ui| {
                    for series in &chart.series {
                        let color = series_color(series.color);
                        if !series.band.is_empty() {
                            let xs: Vec<f64> = series.band.iter().map(|b| b[0]).collect();
                            let low: Vec<f64> = series.band.iter().map(|b| b[1]).collect();
                            let high: Vec<f64> = series.band.iter().map(|b| b[2]).collect();
                            // Unnamed: the legend shows the line's colour, not a mix.
                            plot_ui.add(
                                FilledArea::new("", &xs, &low, &high)
                                    .fill_color(color.gamma_multiply(0.25)),
                            );
                        }
                        let mut line = Line::new(series.name.clone(), series.points.clone())
                            .color(color)
                            .width(match (series.emphasis, series.dashed) {
                                (true, _) => 4.0,
                                (false, true) => 2.0,
                                (false, false) => 2.5,
                            });
                        if series.dashed {
                            line = line.style(LineStyle::dashed_loose());
                        }
                        plot_ui.line(line);
                    }
                    // Unnamed, so the legend stays short; the caption below names them.
                    for marker in &chart.markers {
                        plot_ui.vline(
                            VLine::new("", marker.x)
                                .color(series_color(marker.color))
                                .style(LineStyle::dotted_loose())
                                .width(1.5),
                        );
                    }
                });
            if !chart.markers.is_empty() {
                let caption =
                    t("Break-even (dotted lines)", "Terugverdiend (stippellijnen)").get(lang);
                let list: Vec<&str> = chart.markers.iter().map(|m| m.label.as_str()).collect();
                ui.add(
                    egui::Label::new(
                        RichText::new(format!("{caption}: {}", list.join(" · "))).weak(),
                    )
                    .wrap(),
                );
            }
        },
    );
}

/// Bars grouped by category, one colour per series.
pub fn grouped_bars_ui(ui: &mut egui::Ui, id: &str, chart: &GroupedBars, height: f32, lang: Lang) {
    chart_frame(
        ui,
        id,
        &chart.title,
        || grouped_bars_csv(chart),
        lang,
        |ui| {
            let count = chart.series.len().max(1) as f64;
            let width = 0.8 / count;
            let categories = chart.categories.clone();
            let axis_unit = chart.unit.clone();
            base_plot(id, height, "", &chart.value_axis)
                .x_axis_formatter(category_labels(categories, false))
                .x_grid_spacer(category_marks(chart.categories.len()))
                .y_axis_formatter(move |mark, _| axis_unit.format_axis(mark.value, lang))
                .include_y(0.0)
                .show(ui, |plot_ui| {
                    for (s, (name, color, values)) in chart.series.iter().enumerate() {
                        let offset = (s as f64 - (count - 1.0) / 2.0) * width;
                        let bars: Vec<Bar> = values
                            .iter()
                            .enumerate()
                            .filter_map(|(i, v)| {
                                v.map(|value| {
                                    Bar::new(i as f64 + offset, value).width(width * 0.92).name(
                                        format!(
                                            "{name}: {}",
                                            chart.categories.get(i).cloned().unwrap_or_default()
                                        ),
                                    )
                                })
                            })
                            .collect();
                        plot_ui.bar_chart(
                            BarChart::new(name.clone(), bars).color(series_color(*color)),
                        );
                    }
                });
        },
    );
}

/// A tornado: per assumption, a bar from the result at its low end to the result at its high
/// end, around the base result.
pub fn tornado_ui(ui: &mut egui::Ui, id: &str, chart: &TornadoChart, height: f32, lang: Lang) {
    chart_frame(
        ui,
        id,
        &chart.title,
        || tornado_csv(chart),
        lang,
        |ui| {
            let rows = chart.rows.len();
            let labels: Vec<String> = chart.rows.iter().map(|r| r.label.clone()).collect();
            let axis_unit = chart.unit.clone();
            let low_name = t(
                "Assumption at the low end of its range",
                "Aanname aan de onderkant van haar bereik",
            )
            .get(lang);
            let high_name = t(
                "Assumption at the high end of its range",
                "Aanname aan de bovenkant van haar bereik",
            )
            .get(lang);
            let low_color = Color32::from_rgb(0xD5, 0x5E, 0x00);
            let high_color = Color32::from_rgb(0x00, 0x72, 0xB2);
            base_plot(id, height, &chart.value_axis, "")
                .y_axis_min_width(280.0)
                .y_axis_formatter(category_labels(labels, true))
                .y_grid_spacer(category_marks(rows))
                .x_axis_formatter(move |mark, _| axis_unit.format_axis(mark.value, lang))
                .show(ui, |plot_ui| {
                    let bar = |row: usize, value: f64, input: &str| {
                        Bar::new((rows - 1 - row) as f64, value - chart.base)
                            .base_offset(chart.base)
                            .width(0.6)
                            .name(input)
                    };
                    let lows: Vec<Bar> = chart
                        .rows
                        .iter()
                        .enumerate()
                        .map(|(i, r)| bar(i, r.at_low, &format!("{} = {}", r.label, r.low_input)))
                        .collect();
                    let highs: Vec<Bar> = chart
                        .rows
                        .iter()
                        .enumerate()
                        .map(|(i, r)| bar(i, r.at_high, &format!("{} = {}", r.label, r.high_input)))
                        .collect();
                    plot_ui.bar_chart(BarChart::new(low_name, lows).horizontal().color(low_color));
                    plot_ui.bar_chart(
                        BarChart::new(high_name, highs)
                            .horizontal()
                            .color(high_color),
                    );
                    plot_ui.vline(
                        VLine::new(t("As assumed", "Zoals aangenomen").get(lang), chart.base)
                            .color(Color32::GRAY)
                            .width(1.5),
                    );
                });
        },
    );
}
