//! The look of the app: readable sizes for a projector, and the colours the plots share.

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

/// A colour per series (persona, scenario) that reads on light and dark backgrounds and for
/// the common colour-vision deficiencies (Okabe–Ito palette).
pub fn series_color(index: usize) -> Color32 {
    const PALETTE: [Color32; 8] = [
        Color32::from_rgb(0x00, 0x72, 0xB2),
        Color32::from_rgb(0xE6, 0x9F, 0x00),
        Color32::from_rgb(0x00, 0x9E, 0x73),
        Color32::from_rgb(0xCC, 0x79, 0xA7),
        Color32::from_rgb(0xD5, 0x5E, 0x00),
        Color32::from_rgb(0x56, 0xB4, 0xE9),
        Color32::from_rgb(0xB8, 0x9B, 0x00),
        Color32::from_rgb(0x6A, 0x3D, 0x9A),
    ];
    PALETTE[index % PALETTE.len()]
}

/// A section heading inside a workspace.
pub fn section(ui: &mut egui::Ui, text: &str) {
    ui.add_space(10.0);
    ui.label(egui::RichText::new(text).size(18.0).strong());
    ui.add_space(2.0);
}
