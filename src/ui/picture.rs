//! Pictures of plots for slides and handouts: the "copy picture", "PNG…" and "SVG…" buttons
//! ask for one, and the app draws it headless from the plot's description at print size
//! ([`crate::export`]) — never a crop of the window, so nothing on screen changes meanwhile.

use crate::charts::plot::Plot;
use crate::export::{PictureOptions, Raster};
use crate::i18n::{Lang, t};

/// What to do with a picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PictureAction {
    /// Put it on the clipboard.
    Copy,
    /// Ask where to save it as PNG.
    SavePng,
    /// Ask where to save it as SVG.
    SaveSvg,
}

impl PictureAction {
    /// The file extension it is saved with.
    pub fn extension(self) -> &'static str {
        match self {
            PictureAction::SaveSvg => "svg",
            PictureAction::Copy | PictureAction::SavePng => "png",
        }
    }
}

/// A picture asked for: the plot and what to do with it.
#[derive(Clone, Debug, PartialEq)]
pub struct PictureRequest {
    /// The plot.
    pub plot: Plot,
    /// What to do.
    pub action: PictureAction,
}

impl PictureRequest {
    /// A file name for it: the title's slug with the extension.
    pub fn file_name(&self) -> String {
        format!(
            "{}.{}",
            crate::export::file_stem(&self.plot.title),
            self.action.extension()
        )
    }
}

fn key() -> egui::Id {
    egui::Id::unique("picture-requests")
}

/// The pictures asked for since the last call, oldest first.
pub fn take(ctx: &egui::Context) -> Vec<PictureRequest> {
    ctx.data_mut(|d| {
        d.get_temp_mut_or_default::<Vec<PictureRequest>>(key())
            .drain(..)
            .collect()
    })
}

fn ask(ui: &egui::Ui, plot: &Plot, action: PictureAction) {
    let request = PictureRequest {
        plot: plot.clone(),
        action,
    };
    ui.data_mut(|d| {
        d.get_temp_mut_or_default::<Vec<PictureRequest>>(key())
            .push(request)
    });
}

/// The picture buttons of `plot`, right to left: save as SVG, save as PNG, copy.
pub fn buttons(ui: &mut egui::Ui, plot: &Plot) {
    let lang = plot.lang;
    let saves = [
        (
            PictureAction::SaveSvg,
            "💾 SVG…",
            t(
                "Save a picture of this as an SVG file (sharp at any size), for slides and handouts",
                "Bewaar een afbeelding hiervan als SVG-bestand (scherp op elk formaat), voor dia's en hand-outs",
            ),
        ),
        (
            PictureAction::SavePng,
            "💾 PNG…",
            t(
                "Save a picture of this as a PNG file, for slides and handouts",
                "Bewaar een afbeelding hiervan als PNG-bestand, voor dia's en hand-outs",
            ),
        ),
    ];
    for (action, label, hint) in saves {
        if ui
            .add(egui::Button::new(label).small())
            .on_hover_text(hint.get(lang))
            .clicked()
        {
            ask(ui, plot, action);
        }
    }
    // An icon only, to leave the title its room; its accessible name says what it does.
    let name = t("Copy picture", "Kopieer afbeelding").get(lang);
    let copy = ui.add(egui::Button::new("📷").small());
    copy.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
    let copy = copy.on_hover_text(
        t(
            "Copy a picture of this, to paste into a presentation",
            "Kopieer een afbeelding hiervan, om in een presentatie te plakken",
        )
        .get(lang),
    );
    if copy.clicked() {
        ask(ui, plot, PictureAction::Copy);
    }
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
    match lang {
        Lang::En => format!("Copied a picture of “{title}”"),
        Lang::Nl => format!("Afbeelding van “{title}” gekopieerd"),
    }
}
