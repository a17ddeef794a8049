//! Pictures of parts of the window — the plots — copied to the clipboard or saved as PNG, for
//! slides and handouts.
//!
//! A button asks for the picture; on the next frame the part is drawn without its buttons, the
//! window's picture of that frame is cropped to the part, and the app copies or saves it
//! ([`take`]).

use crate::i18n::{Lang, t};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// What to do with a picture once it is taken.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PictureAction {
    /// Put it on the clipboard.
    #[default]
    Copy,
    /// Ask where to save it as PNG.
    Save,
}

/// A picture of a part of the window.
#[derive(Clone, Debug)]
pub struct Picture {
    /// What it shows (for the file name and the message).
    pub title: String,
    /// What to do with it.
    pub action: PictureAction,
    /// The pixels.
    pub image: Arc<egui::ColorImage>,
}

/// Pictures taken and not yet handed to the app; filled by the screenshot callback.
#[derive(Clone, Default)]
struct Taken(Arc<Mutex<Vec<Picture>>>);

/// A picture asked for: what to do with it, the pass in which it was asked, and once the
/// window's picture is requested, whether it has arrived.
#[derive(Clone, Debug, Default)]
struct Asked {
    action: PictureAction,
    pass: u64,
    arrived: Option<Arc<AtomicBool>>,
}

/// Passes after which a picture that never arrived is given up (the buttons come back).
const GIVE_UP_PASSES: u64 = 60;

/// Space around the part, in points, so the picture does not cut it at the edge.
const MARGIN: f32 = 6.0;

fn taken(ctx: &egui::Context) -> Taken {
    ctx.data_mut(|d| {
        d.get_temp_mut_or_default::<Taken>(egui::Id::unique("taken-pictures"))
            .clone()
    })
}

/// The pictures taken since the last call, oldest first.
pub fn take(ctx: &egui::Context) -> Vec<Picture> {
    taken(ctx)
        .0
        .lock()
        .map(|mut pictures| std::mem::take(&mut *pictures))
        .unwrap_or_default()
}

/// Whether the part `key` is drawn for its picture in this frame (then without its buttons).
pub fn capturing(ui: &egui::Ui, key: egui::Id) -> bool {
    let pass = ui.ctx().cumulative_pass_nr();
    ui.data(|d| d.get_temp::<Asked>(key))
        .is_some_and(|asked| asked.pass < pass)
}

/// The "copy picture" and "save PNG" buttons of the part `key`; while its picture is taken
/// (`capturing`, see [`capturing`]) they keep their place but are not drawn.
pub fn buttons(ui: &mut egui::Ui, key: egui::Id, capturing: bool, lang: Lang) {
    let visible = !capturing;
    let save = ui
        .add_visible(visible, egui::Button::new("💾 PNG…").small())
        .on_hover_text(
            t(
                "Save a picture of this as a PNG file, for slides and handouts",
                "Bewaar een afbeelding hiervan als PNG-bestand, voor dia's en hand-outs",
            )
            .get(lang),
        );
    if save.clicked() {
        ask(ui, key, PictureAction::Save);
    }
    // An icon only, to leave the title its room; its accessible name says what it does.
    let name = t("Copy picture", "Kopieer afbeelding").get(lang);
    let copy = ui.add_visible(visible, egui::Button::new("📷").small());
    copy.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
    let copy = copy.on_hover_text(
        t(
            "Copy a picture of this, to paste into a presentation",
            "Kopieer een afbeelding hiervan, om in een presentatie te plakken",
        )
        .get(lang),
    );
    if copy.clicked() {
        ask(ui, key, PictureAction::Copy);
    }
}

fn ask(ui: &egui::Ui, key: egui::Id, action: PictureAction) {
    let pass = ui.ctx().cumulative_pass_nr();
    ui.data_mut(|d| {
        d.insert_temp(
            key,
            Asked {
                action,
                pass,
                arrived: None,
            },
        )
    });
    ui.ctx().request_repaint();
}

/// Call after drawing the part `key` in `rect`: when its picture was asked for in an earlier
/// frame, the window's picture is requested and cropped to the part. The part stays without its
/// buttons until the picture has arrived (the window may picture a later frame).
pub fn finish(ui: &egui::Ui, key: egui::Id, rect: egui::Rect, title: &str) {
    let ctx = ui.ctx().clone();
    let pass = ctx.cumulative_pass_nr();
    let Some(asked) = ui
        .data(|d| d.get_temp::<Asked>(key))
        .filter(|asked| asked.pass < pass)
    else {
        return;
    };
    let action = asked.action;
    match &asked.arrived {
        Some(arrived) if arrived.load(Ordering::Acquire) || pass > asked.pass + GIVE_UP_PASSES => {
            ui.data_mut(|d| d.remove_temp::<Asked>(key));
        }
        Some(_) => {}
        None => {
            let arrived = Arc::new(AtomicBool::new(false));
            ui.data_mut(|d| {
                d.insert_temp(
                    key,
                    Asked {
                        arrived: Some(Arc::clone(&arrived)),
                        ..asked
                    },
                )
            });
            // Only what is on screen can be pictured.
            let rect = rect.expand(MARGIN).intersect(ui.clip_rect().expand(MARGIN));
            let pixels_per_point = ctx.pixels_per_point();
            let slot = taken(&ctx);
            let title = title.to_owned();
            let repaint = ctx.clone();
            ctx.request_screenshot(move |window| {
                if let Some(image) = crop(&window, rect, pixels_per_point)
                    && let Ok(mut pictures) = slot.0.lock()
                {
                    pictures.push(Picture {
                        title,
                        action,
                        image: Arc::new(image),
                    });
                }
                arrived.store(true, Ordering::Release);
                repaint.request_repaint();
            });
        }
    }
    // Frames go on until the picture is in and the buttons are back.
    ctx.request_repaint();
}

/// The part of `image` (a picture of the window) inside `rect` (in points); `None` when that
/// is empty. Never reads outside the image.
pub fn crop(
    image: &egui::ColorImage,
    rect: egui::Rect,
    pixels_per_point: f32,
) -> Option<egui::ColorImage> {
    let [width, height] = image.size;
    let to_pixel = |v: f32, limit: usize| {
        let v = v * pixels_per_point;
        if v.is_finite() {
            (v.round().max(0.0) as usize).min(limit)
        } else {
            0
        }
    };
    let (x0, x1) = (to_pixel(rect.min.x, width), to_pixel(rect.max.x, width));
    let (y0, y1) = (to_pixel(rect.min.y, height), to_pixel(rect.max.y, height));
    (x1 > x0 && y1 > y0).then(|| image.region_by_pixels([x0, y0], [x1 - x0, y1 - y0]))
}

/// A file name for a picture of `title`: letters, digits and dashes, ending in `.png`.
pub fn file_name(title: &str) -> String {
    let mut name = String::new();
    for c in title.chars() {
        if c.is_alphanumeric() {
            name.extend(c.to_lowercase());
        } else if !name.is_empty() && !name.ends_with('-') {
            name.push('-');
        }
    }
    let name = name.trim_end_matches('-');
    if name.is_empty() {
        "picture.png".to_string()
    } else {
        format!("{name}.png")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{Color32, ColorImage, Rect, pos2};

    fn window() -> ColorImage {
        let mut image = ColorImage::filled([40, 30], Color32::BLACK);
        image[(10, 5)] = Color32::RED;
        image
    }

    #[test]
    fn crop_takes_the_part_in_pixels() {
        let part = crop(
            &window(),
            Rect::from_min_max(pos2(5.0, 2.5), pos2(10.0, 10.0)),
            2.0,
        )
        .expect("a part");
        assert_eq!(part.size, [10, 15]);
        assert_eq!(part[(0, 0)], Color32::RED);
    }

    #[test]
    fn crop_stays_inside_the_window() {
        let part = crop(
            &window(),
            Rect::from_min_max(pos2(-20.0, -20.0), pos2(500.0, 500.0)),
            1.0,
        )
        .expect("the whole window");
        assert_eq!(part.size, [40, 30]);
        let outside = Rect::from_min_max(pos2(100.0, 100.0), pos2(200.0, 200.0));
        assert!(crop(&window(), outside, 1.0).is_none());
        assert!(crop(&window(), Rect::NOTHING, 1.0).is_none());
        let nan = Rect::from_min_max(pos2(f32::NAN, 0.0), pos2(f32::NAN, 5.0));
        assert!(crop(&window(), nan, 1.0).is_none());
    }

    #[test]
    fn file_names_are_plain() {
        assert_eq!(
            file_name("Cumulative profit after initiative costs (present value)"),
            "cumulative-profit-after-initiative-costs-present-value.png"
        );
        assert_eq!(file_name("Behoeften van Ans"), "behoeften-van-ans.png");
        assert_eq!(file_name("  ?? "), "picture.png");
    }
}
