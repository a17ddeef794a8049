//! Pictures and numbers of plots for slides, handouts and spreadsheets: the "copy picture",
//! "save picture" (PNG or SVG) and "copy the numbers" buttons ask for one, and the app draws
//! pictures headless from the plot's description at print size
//! ([`crate::export`]) — never a crop of the window, so nothing on screen changes meanwhile.

pub use crate::context::{PictureAction, PictureRequest};

use crate::charts::plot::Plot;
use crate::context::{Action, Actions};
use crate::export::{PictureOptions, Raster};
use crate::i18n::{Lang, t};

fn ask(actions: &mut Actions, plot: &Plot, action: PictureAction) {
    actions.push(Action::Picture(Box::new(PictureRequest {
        plot: plot.clone(),
        action,
    })));
}

/// An icon button whose accessible name and hover text say what it does: icons leave the
/// plot's title its room.
fn icon_button(ui: &mut egui::Ui, icon: &str, name: &str, hint: &str) -> egui::Response {
    let button = ui.add(egui::Button::new(icon).small());
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
    button.on_hover_text(hint)
}

/// The buttons of `plot`, right to left: add it to the deck, save a picture (PNG or SVG, in a
/// menu), copy a picture, copy the numbers as CSV. Each asks through `actions` with the plot
/// (or its spec), so the deck gets exactly the plot shown: its personas and scenario.
pub fn buttons(ui: &mut egui::Ui, plot: &Plot, actions: &mut Actions) {
    let lang = plot.lang;
    let deck = icon_button(
        ui,
        "📽",
        t("Add to deck", "Aan presentatie toevoegen").get(lang),
        t(
            "Add this plot to the workshop deck as a new slide",
            "Voeg deze grafiek als nieuwe dia aan de workshoppresentatie toe",
        )
        .get(lang),
    );
    if deck.clicked() {
        actions.push(Action::AddToDeck(plot.spec.clone(), plot.title.clone()));
    }
    let menu = egui::containers::menu::MenuButton::from_button(egui::Button::new("💾").small());
    let (save, _) = menu.ui(ui, |ui| {
        let saves = [
            (
                PictureAction::SavePng,
                t("Save as PNG…", "Bewaren als PNG…"),
                t(
                    "A picture for slides and handouts",
                    "Een afbeelding voor dia's en hand-outs",
                ),
            ),
            (
                PictureAction::SaveSvg,
                t("Save as SVG…", "Bewaren als SVG…"),
                t(
                    "A picture that stays sharp at any size",
                    "Een afbeelding die op elk formaat scherp blijft",
                ),
            ),
        ];
        for (action, label, hint) in saves {
            if ui
                .button(label.get(lang))
                .on_hover_text(hint.get(lang))
                .clicked()
            {
                ask(actions, plot, action);
                ui.close();
            }
        }
    });
    let name = t("Save picture", "Afbeelding bewaren").get(lang);
    save.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
    save.on_hover_text(
        t(
            "Save a picture of this plot as PNG or SVG",
            "Bewaar een afbeelding van deze grafiek als PNG of SVG",
        )
        .get(lang),
    );
    let copy = icon_button(
        ui,
        "📷",
        t("Copy picture", "Kopieer afbeelding").get(lang),
        t(
            "Copy a picture of this, to paste into a presentation",
            "Kopieer een afbeelding hiervan, om in een presentatie te plakken",
        )
        .get(lang),
    );
    if copy.clicked() {
        ask(actions, plot, PictureAction::Copy);
    }
    let numbers = icon_button(
        ui,
        "📋",
        t("Copy the numbers (CSV)", "Kopieer de getallen (CSV)").get(lang),
        t(
            "Copy the numbers behind this plot as CSV, to paste into a spreadsheet",
            "Kopieer de getallen achter deze grafiek als CSV, om in een spreadsheet te plakken",
        )
        .get(lang),
    );
    if numbers.clicked() {
        ask(actions, plot, PictureAction::CopyNumbers);
    }
}

/// The message after copying the numbers of `title`.
pub fn copied_numbers_message(title: &str, lang: Lang) -> String {
    t(
        "Copied the numbers of “{title}” — paste them into a spreadsheet",
        "Getallen van “{title}” gekopieerd — plak ze in een spreadsheet",
    )
    .fill(lang, &[("title", &title)])
}

/// Print size, light theme: how pictures from the app look.
pub fn options() -> PictureOptions {
    PictureOptions::default()
}

/// The pixels of `raster` for egui (the clipboard).
pub fn color_image(raster: &Raster) -> egui::ColorImage {
    egui::ColorImage::from_rgba_premultiplied(
        [raster.width as usize, raster.height as usize],
        &raster.premultiplied_rgba,
    )
}

/// The message after copying a picture of `title`.
pub fn copied_message(title: &str, lang: Lang) -> String {
    t(
        "Copied a picture of “{title}”",
        "Afbeelding van “{title}” gekopieerd",
    )
    .fill(lang, &[("title", &title)])
}
