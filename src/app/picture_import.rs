//! Importing a persona's picture off the UI thread: reading and decoding a large photo takes
//! a moment, and the window keeps drawing meanwhile. The result becomes one undo step.

use super::WorkbenchApp;
use crate::i18n::tr;
use crate::model::{Avatar, EmbeddedImage, Id};
use std::path::{Path, PathBuf};
use std::thread::JoinHandle;

/// A picture being read and decoded for a persona.
pub struct PictureImport {
    persona: Id,
    path: PathBuf,
    running: JoinHandle<Result<EmbeddedImage, String>>,
}

impl WorkbenchApp {
    /// Starts embedding the picture at `path` as the avatar of persona `id`; a new import
    /// replaces one still running.
    pub(super) fn import_picture(&mut self, id: &Id, path: &Path) {
        let file = path.to_path_buf();
        self.picture_import = Some(PictureImport {
            persona: id.clone(),
            path: path.to_path_buf(),
            running: std::thread::spawn(move || crate::ui::avatar::import_picture(&file)),
        });
    }

    /// Applies a finished import as one undo step, or says why it failed; while it runs, asks
    /// for another frame soon.
    pub(super) fn finish_picture_import(&mut self, ctx: &egui::Context) {
        let Some(import) = self.picture_import.take_if(|i| i.running.is_finished()) else {
            if self.picture_import.is_some() {
                ctx.request_repaint_after(std::time::Duration::from_millis(50));
            }
            return;
        };
        let lang = self.lang();
        let result = import
            .running
            .join()
            .unwrap_or_else(|_| Err("the picture could not be decoded".to_string()));
        match result {
            Ok(image) => {
                self.doc.history.flush(&self.doc.project);
                let personas = &mut self.doc.project.personas;
                if let Some(persona) = personas.iter_mut().find(|p| p.id == import.persona) {
                    persona.avatar = Avatar::Image(image);
                }
                self.doc.history.flush(&self.doc.project);
                self.next_revision();
            }
            Err(reason) => self.toasts.error(format!(
                "{}: {}: {reason}",
                tr::PICTURE_FAILED.get(lang),
                import.path.display()
            )),
        }
        ctx.request_repaint();
    }

    /// Waits until a picture being imported is read and decoded (for tests); the next frame
    /// applies it.
    pub fn wait_for_picture_import(&self) {
        while self
            .picture_import
            .as_ref()
            .is_some_and(|i| !i.running.is_finished())
        {
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
    }
}
