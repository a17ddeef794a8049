//! Short messages in the corner of the window. Errors stay until dismissed; other messages
//! fade after a few seconds. "An error should never happen in silence."

use egui::{Align2, Color32, RichText};

/// How important a toast is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// Something happened as asked.
    Info,
    /// Something went wrong; stays until closed.
    Error,
}

struct Toast {
    text: String,
    level: Level,
    shown_at: Option<f64>,
    /// A button after the text and what it does ("Show the slide").
    link: Option<(String, crate::context::Action)>,
}

/// The toasts on screen.
#[derive(Default)]
pub struct Toasts {
    items: Vec<Toast>,
}

const INFO_SECS: f64 = 4.0;
/// A message with a button stays longer: time to reach the button.
const LINK_SECS: f64 = 10.0;

impl Toasts {
    /// Shows an informational message.
    pub fn info(&mut self, text: impl Into<String>) {
        self.push(text.into(), Level::Info);
    }

    /// Shows an error that stays until closed.
    pub fn error(&mut self, text: impl Into<String>) {
        self.push(text.into(), Level::Error);
    }

    /// Shows an informational message with a button that asks for `action`.
    pub fn info_with_link(
        &mut self,
        text: impl Into<String>,
        label: impl Into<String>,
        action: crate::context::Action,
    ) {
        self.push(text.into(), Level::Info);
        if let Some(toast) = self.items.last_mut() {
            toast.link = Some((label.into(), action));
        }
    }

    fn push(&mut self, text: String, level: Level) {
        self.items.retain(|t| t.text != text);
        self.items.push(Toast {
            text,
            level,
            shown_at: None,
            link: None,
        });
    }

    /// The texts on screen, oldest first (for tests).
    pub fn texts(&self) -> Vec<&str> {
        self.items.iter().map(|t| t.text.as_str()).collect()
    }

    /// Draws the toasts at the bottom right and drops the expired ones; returns the action of
    /// a toast's button when clicked.
    pub fn ui(&mut self, ctx: &egui::Context, close_label: &str) -> Option<crate::context::Action> {
        let now = ctx.input(|i| i.time);
        self.items.retain(|t| {
            let secs = if t.link.is_some() {
                LINK_SECS
            } else {
                INFO_SECS
            };
            t.level == Level::Error || t.shown_at.is_none_or(|at| now - at < secs)
        });
        if self.items.is_empty() {
            return None;
        }
        let mut linked = None;
        let mut close = None;
        egui::Area::new(egui::Id::unique("toasts"))
            .anchor(Align2::RIGHT_BOTTOM, [-16.0, -40.0])
            .order(egui::Order::Foreground)
            .show(ctx, |ui| {
                ui.set_max_width(420.0);
                for (index, toast) in self.items.iter_mut().enumerate() {
                    toast.shown_at.get_or_insert(now);
                    let (fill, stroke) = match toast.level {
                        Level::Info => (
                            ui.visuals().extreme_bg_color,
                            ui.visuals().weak_text_color(),
                        ),
                        Level::Error => (
                            ui.visuals().extreme_bg_color,
                            Color32::from_rgb(0xD3, 0x2F, 0x2F),
                        ),
                    };
                    egui::Frame::popup(ui.style())
                        .fill(fill)
                        .stroke(egui::Stroke::new(1.5, stroke))
                        .show(ui, |ui| {
                            ui.horizontal(|ui| {
                                let mut text = RichText::new(&toast.text);
                                if toast.level == Level::Error {
                                    text = text.color(ui.visuals().error_fg_color);
                                }
                                ui.add(egui::Label::new(text).wrap());
                                if let Some((label, action)) = &toast.link
                                    && ui.button(label).clicked()
                                {
                                    linked = Some(action.clone());
                                }
                                if ui.small_button("🗙").on_hover_text(close_label).clicked() {
                                    close = Some(index);
                                }
                            });
                        });
                    ui.add_space(6.0);
                }
            });
        if let Some(index) = close {
            self.items.remove(index);
        }
        ctx.request_repaint_after(std::time::Duration::from_millis(500));
        linked
    }
}
