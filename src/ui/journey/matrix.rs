//! The ownership × stage matrix (Lemon & Verhoef 2016): touchpoints per ownership class and
//! stage as a heat grid with counts; a click on a cell shows those touchpoints on the map.

use super::words::{ownership_color, ownership_hint};
use super::{JourneyState, JourneyView};
use crate::charts::journey::ownership_counts;
use crate::i18n::t;
use crate::model::catalog::ownership_label;
use crate::model::{Ownership, PlotKind, PlotSpec, Project};
use crate::ui::Env;
use egui::{Align2, FontId, RichText, Sense, vec2};

const LABEL_WIDTH: f32 = 170.0;
const CELL: egui::Vec2 = vec2(120.0, 56.0);

/// Draws the matrix.
pub fn matrix_ui(ui: &mut egui::Ui, project: &Project, state: &mut JourneyState, env: &mut Env) {
    let lang = env.lang;
    let counts = ownership_counts(project);
    let most = counts
        .iter()
        .flat_map(|c| c.iter())
        .copied()
        .max()
        .unwrap_or(0)
        .max(1);
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(
                t(
                    "Touchpoints by ownership and stage",
                    "Touchpoints per eigenaarschap en fase",
                )
                .get(lang),
            )
            .size(17.0)
            .strong(),
        );
        // The matrix as a picture (copy, PNG, SVG) and its numbers (CSV), drawn from the
        // chart description: the same buttons as every plot.
        if let Some(plot) = env.plot(project, &PlotSpec::of(PlotKind::OwnershipMatrix)) {
            crate::ui::picture::buttons(ui, &plot, env.actions);
        }
    });
    ui.label(RichText::new(t(
        "Where does the brand control the journey, and where do partners, customers or others? Click a cell to see its touchpoints on the map.",
        "Waar stuurt het merk de reis, en waar partners, klanten of anderen? Klik een cel om haar touchpoints op de kaart te zien.",
    ).get(lang)).weak());
    ui.add_space(8.0);
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.add_space(LABEL_WIDTH);
                for stage in &project.stages {
                    ui.add_sized(
                        CELL * vec2(1.0, 0.6),
                        egui::Label::new(RichText::new(&stage.name).strong()).truncate(),
                    );
                }
            });
            for (row, ownership) in Ownership::ALL.iter().enumerate() {
                ui.horizontal(|ui| {
                    let label = RichText::new(ownership_label(*ownership, lang))
                        .color(ownership_color(*ownership))
                        .strong();
                    ui.add_sized(vec2(LABEL_WIDTH, CELL.y), egui::Label::new(label))
                        .on_hover_text(ownership_hint(*ownership, lang));
                    for (s, stage) in project.stages.iter().enumerate() {
                        let count = counts.get(s).map_or(0, |c| c[row]);
                        let (rect, response) = ui.allocate_exact_size(CELL, Sense::click());
                        let share = count as f32 / most as f32;
                        let base = ownership_color(*ownership);
                        let fill = if count == 0 {
                            ui.visuals().faint_bg_color
                        } else {
                            base.gamma_multiply(0.15 + 0.85 * share)
                        };
                        ui.painter().rect_filled(rect.shrink(2.0), 4.0, fill);
                        crate::ui::widgets::focus_ring(ui, &response, rect);
                        let text_color = if share > 0.5 {
                            egui::Color32::WHITE
                        } else {
                            ui.visuals().strong_text_color()
                        };
                        ui.painter().text(
                            rect.center(),
                            Align2::CENTER_CENTER,
                            count.to_string(),
                            FontId::proportional(18.0),
                            text_color,
                        );
                        let name = format!(
                            "{} × {}: {count}",
                            ownership_label(*ownership, lang),
                            stage.name
                        );
                        response.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Button, true, &name)
                        });
                        if response.on_hover_text(&name).clicked() && count > 0 {
                            state.filter = Some((stage.id.clone(), *ownership));
                            state.view = JourneyView::Map;
                        }
                    }
                });
            }
        });
}
