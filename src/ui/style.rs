//! The look of the app: readable sizes for a projector; series colours from the plots' palette.

use egui::{Color32, FontId, TextStyle};

/// Larger text than egui's defaults: the app is shown on projectors in workshops.
pub fn install(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Small, FontId::proportional(12.0)),
            (TextStyle::Body, FontId::proportional(15.0)),
            (TextStyle::Monospace, FontId::monospace(14.0)),
            (TextStyle::Button, FontId::proportional(15.0)),
            (TextStyle::Heading, FontId::proportional(24.0)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
        style.spacing.slider_width = 180.0;
    });
}

/// The palette colour of series slot `index` (persona, scenario): see
/// [`crate::charts::palette`].
pub fn series_color(index: usize) -> Color32 {
    super::plots::color(crate::charts::palette::series(index))
}

/// A section heading inside a workspace.
pub fn section(ui: &mut egui::Ui, text: &str) {
    ui.add_space(10.0);
    ui.label(egui::RichText::new(text).size(18.0).strong());
    ui.add_space(2.0);
}
