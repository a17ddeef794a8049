//! The needs profile as a horizontal bar chart.

use super::plots::{category_labels, category_marks};
use crate::charts::BarChart;
use crate::i18n::Lang;
use egui_plot::{Bar, Plot};

/// Draws `chart` as horizontal bars, `height` points tall; with `lang`, under a title row
/// with buttons to copy its numbers and its picture.
pub fn bar_chart_ui(
    ui: &mut egui::Ui,
    id: &str,
    chart: &BarChart,
    height: f32,
    color: egui::Color32,
    lang: Option<Lang>,
) {
    match lang {
        // With the copy and picture buttons.
        Some(lang) => super::plots::chart_frame(
            ui,
            id,
            &chart.title,
            || crate::charts::bar_chart_csv(chart),
            lang,
            |ui| bars_ui(ui, id, chart, height, color),
        ),
        None => {
            ui.label(egui::RichText::new(&chart.title).strong());
            bars_ui(ui, id, chart, height, color);
        }
    }
}

fn bars_ui(ui: &mut egui::Ui, id: &str, chart: &BarChart, height: f32, color: egui::Color32) {
    let count = chart.bars.len();
    let labels: Vec<String> = chart.bars.iter().map(|b| b.label.clone()).collect();
    let bars: Vec<Bar> = chart
        .bars
        .iter()
        .enumerate()
        .map(|(i, bar)| {
            // The first bar at the top.
            Bar::new((count - 1 - i) as f64, bar.value)
                .name(&bar.label)
                .width(0.7)
                .fill(color)
        })
        .collect();
    Plot::new(id)
        .height(height)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_grid([true, false])
        .include_x(0.0)
        .include_x(chart.max)
        .include_y(-0.6)
        .include_y(count as f64 - 0.4)
        .x_axis_label(chart.value_axis.clone())
        .y_axis_min_width(130.0)
        .y_axis_formatter(category_labels(labels, true))
        .y_grid_spacer(category_marks(count))
        .show(ui, |plot_ui| {
            plot_ui.bar_chart(egui_plot::BarChart::new(chart.title.clone(), bars).horizontal());
        });
}
