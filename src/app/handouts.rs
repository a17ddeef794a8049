//! Writing the workshop deck's handouts (File → Export handouts…) off the UI thread: drawing
//! every slide and the PDF takes about a second, and the window keeps drawing meanwhile.

use super::WorkbenchApp;
use super::dialogs::Modal;
use crate::export::deck::{self, DeckOptions, NotesPlace};
use crate::i18n::{Lang, t};
use std::path::{Path, PathBuf};
use std::thread::JoinHandle;

/// The title of the message when the handouts could not be written.
const HANDOUTS_NOT_WRITTEN: crate::i18n::Text = t(
    "The handouts were not written",
    "De hand-outs zijn niet geschreven",
);

/// Handouts being written.
pub struct HandoutsJob {
    slides: usize,
    lang: Lang,
    running: JoinHandle<Result<PathBuf, String>>,
}

impl WorkbenchApp {
    /// Starts writing the deck as a PNG per slide and one PDF (notes under each slide) into
    /// `folder/deck/`, in the slides' theme, from a copy of the project as it is now; says
    /// so, and says where when done. While one export runs, another is not started.
    pub(super) fn write_handouts(&mut self, folder: &Path) {
        let lang = self.lang();
        if self.handouts.is_some() {
            self.toasts.info(
                t(
                    "The handouts are still being written",
                    "De hand-outs worden nog geschreven",
                )
                .get(lang),
            );
            return;
        }
        let options = DeckOptions {
            // The handouts speak the project's language, as the slides do.
            lang: Some(self.doc.project.meta.language),
            theme: match self.settings.slide_theme {
                egui::Theme::Dark => crate::layout::Theme::DARK,
                egui::Theme::Light => crate::layout::Theme::LIGHT,
            },
            notes: NotesPlace::Below,
            // The bands on screen, if the uncertainty was run for the project as it is.
            bands: self.results.bands(&self.doc.project).to_vec(),
        };
        let project = self.doc.project.clone();
        let folder = folder.to_path_buf();
        self.toasts
            .info(t("Writing the handouts…", "De hand-outs worden geschreven…").get(lang));
        self.handouts = Some(HandoutsJob {
            slides: project.slides.len(),
            lang,
            running: std::thread::spawn(move || deck::write(&project, &folder, &options)),
        });
    }

    /// Says where a finished export wrote the handouts, or why it could not; while it runs,
    /// asks for another frame soon.
    pub(super) fn finish_handouts(&mut self, ctx: &egui::Context) {
        let Some(job) = self.handouts.take_if(|j| j.running.is_finished()) else {
            if self.handouts.is_some() {
                ctx.request_repaint_after(std::time::Duration::from_millis(50));
            }
            return;
        };
        let (lang, slides) = (job.lang, job.slides);
        let result = job.running.join().unwrap_or_else(|_| {
            Err(t(
                "drawing the slides failed",
                "het tekenen van de dia's is mislukt",
            )
            .get(lang)
            .to_string())
        });
        match result {
            Ok(written) => self.toasts.info(
                t(
                    "Handouts written to {folder}: {slides} slides as pictures and {pdf}",
                    "Hand-outs geschreven naar {folder}: {slides} dia's als afbeelding en {pdf}",
                )
                .fill(
                    lang,
                    &[
                        ("folder", &written.display()),
                        ("slides", &slides),
                        ("pdf", &deck::PDF_NAME),
                    ],
                ),
            ),
            Err(reason) => {
                self.modal = Some(Modal::Error {
                    title: HANDOUTS_NOT_WRITTEN,
                    message: reason,
                });
            }
        }
        ctx.request_repaint();
    }

    /// Waits until handouts being written are done (for tests); the next frame says so.
    pub fn wait_for_handouts(&self) {
        while self
            .handouts
            .as_ref()
            .is_some_and(|j| !j.running.is_finished())
        {
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
    }
}
