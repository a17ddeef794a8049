//! Files in the app: opening, saving, New, quitting with unsaved changes, changes by others,
//! and recovery copies. Every failure reaches the user once, as a dialog or a toast.

use super::WorkbenchApp;
use super::dialogs::Modal;
use super::document::{Answer, Document, Source};
use super::file_chooser::{FileChooser, Purpose};
use crate::i18n::{Lang, t, tr};
use crate::model::Project;
use crate::store;
use crate::ui::picture::{PictureAction, PictureRequest};
use std::path::{Path, PathBuf};
use std::thread::JoinHandle;

/// What to do once unsaved changes are dealt with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Intent {
    /// Start a project: the welcome screen, or (when it is turned off) an empty project.
    New,
    /// Start an empty project with its content in this language.
    Empty(Lang),
    /// Start from the template of this name, its content in this language.
    Template(&'static str, Lang),
    /// Open a file; `None` asks which.
    Open(Option<PathBuf>),
    /// Open the embedded sample.
    OpenSample,
    /// Close the window.
    Quit,
}

/// The embedded sample as a document; an empty project if it cannot be read (a build error
/// the tests catch).
pub fn sample_document() -> Document {
    let project =
        store::embedded_sample().unwrap_or_else(|_| Project::new("CX Workbench", Lang::En));
    Document::new(project, Source::Sample, None)
}

/// Writes this window's recovery copy on a background thread, so a large project never
/// stalls a frame. The copy follows the content (every edit, a burst of typing too), not the
/// undo steps.
#[derive(Default)]
pub struct RecoveryWriter {
    /// This window's recovery file, made at the first copy.
    slot: Option<store::RecoverySlot>,
    /// What the last copy holds: the history version and, while edits are pending, the
    /// revision of the app when it was taken.
    written: Option<(u64, u64)>,
    last_write_secs: Option<f64>,
    running: Option<JoinHandle<Result<(), String>>>,
    has_copy: bool,
    /// Copies found at start while another dialog was open: offered when it closes.
    offer_later: Vec<store::Recovery>,
}

/// `path` made absolute (against the working folder at the time it was given), so a recovery
/// copy or a later save never lands in another folder's file of the same name.
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

impl WorkbenchApp {
    /// Opens what the app should start with: the command-line file, else the most recent
    /// file, else the embedded sample; then offers recovery copies.
    pub(super) fn open_at_start(&mut self) {
        let lang = self.lang();
        let start = self.config.open.clone().or_else(|| {
            if self.config.screenshot.is_some() {
                None
            } else {
                self.settings.recent.first().cloned()
            }
        });
        if let Some(path) = start {
            let path = absolute(&path);
            match store::load(&path) {
                Ok(loaded) => {
                    self.settings.remember(&path);
                    self.doc = Document::new(
                        loaded.project,
                        Source::File(path.clone()),
                        Some(loaded.fingerprint),
                    );
                    self.mention_git_setup(&path);
                }
                Err(error) => {
                    self.settings.forget(&path);
                    self.modal = Some(Modal::Error {
                        title: tr::OPEN_FAILED_TITLE,
                        message: error.message(lang),
                    });
                }
            }
        }
        // First start: no file given and none opened before.
        let first_start = self.config.open.is_none() && self.settings.recent.is_empty();
        if first_start && self.config.welcome && self.settings.welcome && self.modal.is_none() {
            self.modal = Some(Modal::Welcome(super::welcome::Welcome::new(lang, true)));
        }
        if let Some(dir) = &self.config.recovery_dir {
            let found = store::find_recoveries(dir);
            if !found.is_empty() {
                if self.modal.is_none() {
                    self.modal = Some(Modal::Recovery(found));
                } else {
                    self.recovery.offer_later = found;
                }
            }
        }
    }

    /// Runs `intent`, first asking about unsaved changes.
    pub(super) fn ask_then(&mut self, intent: Intent, ctx: &egui::Context) {
        if self.doc.is_dirty() {
            self.modal = Some(Modal::Unsaved(intent));
        } else {
            self.carry_out(intent, ctx);
        }
    }

    /// Runs `intent` without asking (changes were saved or discarded).
    pub(super) fn carry_out(&mut self, intent: Intent, ctx: &egui::Context) {
        match intent {
            Intent::New => {
                let lang = self.lang();
                if self.config.welcome && self.settings.welcome {
                    let welcome = super::welcome::Welcome::new(lang, true);
                    self.modal = Some(Modal::Welcome(welcome));
                } else {
                    self.carry_out(Intent::Empty(lang), ctx);
                }
            }
            Intent::Empty(lang) => {
                self.discard_recovery();
                let project = Project::new(tr::UNTITLED.get(lang), lang);
                self.replace_document(Document::new(project, Source::New, None));
            }
            Intent::Template(name, lang) => {
                let template = store::templates::Template::named(name);
                match template.map(|t| t.project(lang)) {
                    Some(Ok(project)) => {
                        self.discard_recovery();
                        self.replace_document(Document::new(project, Source::New, None));
                        self.ui.workspace = crate::ui::Workspace::Overview;
                    }
                    Some(Err(error)) => {
                        self.modal = Some(Modal::Error {
                            title: tr::OPEN_FAILED_TITLE,
                            message: error.message(self.lang()),
                        });
                    }
                    None => {}
                }
            }
            Intent::Open(None) => match self.config.dialogs.open_project() {
                Answer::Picked(path) => self.open_path(&path),
                Answer::Cancelled => {}
                Answer::Unavailable => self.choose_file(Purpose::OpenProject, String::new()),
            },
            Intent::Open(Some(path)) => self.open_path(&path),
            Intent::OpenSample => {
                self.discard_recovery();
                self.replace_document(sample_document());
            }
            Intent::Quit => {
                self.discard_recovery();
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    fn replace_document(&mut self, doc: Document) {
        self.doc = doc;
        // Selections and views belonged to the old project; the workspace shown stays.
        self.ui = crate::ui::Workspaces {
            workspace: self.ui.workspace,
            ..Default::default()
        };
        // So are the scroll positions egui keeps: the next frame starts every view top left.
        self.fresh_views = true;
        self.problems_checked_at = None;
        self.recovery.written = None;
        self.recovery.last_write_secs = None;
        // A picture still being read belonged to a persona of the old project.
        self.picture_import = None;
        // A comparison was with the old project; a closed Resolve panel opens for the new one.
        self.teamwork.forget_project();
    }

    /// Opens `path`; on failure shows why and leaves the open project as it was.
    pub(super) fn open_path(&mut self, path: &Path) {
        let lang = self.lang();
        let path = &absolute(path);
        match store::load(path) {
            Ok(loaded) => {
                self.discard_recovery();
                self.settings.remember(path);
                let source = Source::File(path.to_path_buf());
                self.replace_document(Document::new(
                    loaded.project,
                    source,
                    Some(loaded.fingerprint),
                ));
                self.mention_git_setup(path);
            }
            Err(error) => {
                if error.error.position().is_none()
                    && matches!(error.error, store::LoadError::Io(_))
                {
                    self.settings.forget(path);
                }
                self.modal = Some(Modal::Error {
                    title: tr::OPEN_FAILED_TITLE,
                    message: format!(
                        "{}\n\n{}",
                        error.message(lang),
                        tr::CURRENT_PROJECT_UNCHANGED.get(lang)
                    ),
                });
            }
        }
    }

    /// Saves (to a new file with `save_as` or when there is none). Asks first when the file
    /// changed on disk since it was read, unless `overwrite`. On success runs `then`.
    /// Returns whether the project was saved.
    pub(super) fn save(
        &mut self,
        save_as: bool,
        then: Option<Intent>,
        overwrite: bool,
        ctx: &egui::Context,
    ) -> bool {
        let current = self.doc.path().map(Path::to_path_buf);
        let path = match (&current, save_as) {
            (Some(path), false) => path.clone(),
            _ => match self
                .config
                .dialogs
                .save_project(&self.doc.suggested_file_name())
            {
                Answer::Picked(path) => path,
                Answer::Cancelled => return false,
                Answer::Unavailable => {
                    let name = self.doc.suggested_file_name();
                    self.choose_file(Purpose::SaveProject(then), name);
                    return false;
                }
            },
        };
        self.save_to(path, then, overwrite, ctx)
    }

    /// Saves to `path` (see [`Self::save`]).
    pub(super) fn save_to(
        &mut self,
        path: PathBuf,
        then: Option<Intent>,
        overwrite: bool,
        ctx: &egui::Context,
    ) -> bool {
        let lang = self.lang();
        let path = absolute(&path);
        let current = self.doc.path().map(Path::to_path_buf);
        let same_file = current.as_deref() == Some(path.as_path());
        // Without a fingerprint (recovered work whose starting version is unknown) any file
        // already there counts as changed.
        let changed = match self.doc.disk {
            Some(fingerprint) => store::changed_on_disk(&path, fingerprint),
            None => path.exists(),
        };
        if same_file && !overwrite && changed {
            self.modal = Some(Modal::ChangedOnDisk(then));
            return false;
        }
        self.doc.history.flush(&self.doc.project);
        match store::save(&path, &self.doc.project) {
            Ok(fingerprint) => {
                self.discard_recovery();
                self.doc.mark_saved(path.clone(), fingerprint);
                self.settings.remember(&path);
                self.toasts
                    .info(format!("{} {}", tr::TOAST_SAVED.get(lang), path.display()));
                if let Some(intent) = then {
                    self.carry_out(intent, ctx);
                }
                true
            }
            Err(error) if error.step == store::SaveStep::ReadOnly => {
                self.modal = Some(Modal::ReadOnly {
                    message: error.message(lang),
                    then,
                });
                false
            }
            Err(error) => {
                self.modal = Some(Modal::Error {
                    title: tr::SAVE_FAILED_TITLE,
                    message: error.message(lang),
                });
                false
            }
        }
    }

    /// Shows the app's own file chooser (the system has no file dialog).
    pub(super) fn choose_file(&mut self, purpose: Purpose, name: String) {
        let folder = FileChooser::start_folder(
            self.doc.path(),
            self.settings.recent.first().map(PathBuf::as_path),
        );
        self.modal = Some(Modal::ChooseFile(FileChooser::new(purpose, folder, name)));
    }

    /// Continues with the file chosen in the app's own chooser.
    pub(super) fn chosen_file(&mut self, purpose: Purpose, path: PathBuf, ctx: &egui::Context) {
        match purpose {
            Purpose::OpenProject => self.open_path(&path),
            Purpose::SaveProject(then) => {
                self.save_to(path, then, false, ctx);
            }
            Purpose::Picture(id) => self.import_picture(&id, &path),
            Purpose::SurveyCsv => self.read_survey_csv(&path),
            Purpose::SavePicture(request) => self.write_picture(&request, &path),
            Purpose::HandoutFolder => self.write_handouts(&path),
            Purpose::SaveGrid => self.write_grid(&path),
            Purpose::OpenGrid => self.read_grid(&path),
            Purpose::CompareProject => self.compare_with_file(&path),
        }
    }

    /// Asks where to write the touchpoint grid, and writes it (Journey → Export grid…).
    pub(super) fn export_grid(&mut self) {
        match self.config.dialogs.save_csv("touchpoints.csv") {
            Answer::Picked(path) => self.write_grid(&path),
            Answer::Cancelled => {}
            Answer::Unavailable => {
                self.choose_file(Purpose::SaveGrid, "touchpoints.csv".to_string());
            }
        }
    }

    /// Asks for a grid CSV and shows what reading it would change (Journey → Import grid…).
    pub(super) fn import_grid(&mut self) {
        match self.config.dialogs.open_csv() {
            Answer::Picked(path) => self.read_grid(&path),
            Answer::Cancelled => {}
            Answer::Unavailable => self.choose_file(Purpose::OpenGrid, String::new()),
        }
    }

    fn write_grid(&mut self, path: &Path) {
        let lang = self.lang();
        let path = super::document::with_extension(path.to_path_buf(), "csv");
        let text = crate::export::grid::touchpoints_csv(&self.doc.project);
        let folder = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        match store::write_through_temporary(&folder, &name, text.as_bytes()) {
            Ok(()) => self.toasts.info(
                t("Grid written to {file}", "Raster geschreven naar {file}")
                    .fill(lang, &[("file", &path.display())]),
            ),
            Err(error) => self.toasts.error(
                t(
                    "Cannot write {file}: {error}",
                    "Kan {file} niet schrijven: {error}",
                )
                .fill(lang, &[("file", &path.display()), ("error", &error)]),
            ),
        }
    }

    fn read_grid(&mut self, path: &Path) {
        let lang = self.lang();
        let text = crate::export::grid::read_csv_file(path, lang)
            .and_then(|text| crate::export::grid::read_touchpoints(&self.doc.project, &text, lang));
        match text {
            Ok((project, changes)) => {
                self.modal = Some(Modal::GridImport(Box::new((project, changes))));
            }
            Err(message) => {
                self.modal = Some(Modal::Error {
                    title: t("The grid was not read", "Het raster is niet gelezen"),
                    message: format!("{}: {message}", path.display()),
                });
            }
        }
    }

    /// Asks for a folder and writes the deck's handouts into it (File → Export handouts…).
    pub(super) fn export_handouts(&mut self) {
        match self.config.dialogs.pick_folder() {
            Answer::Picked(folder) => self.write_handouts(&folder),
            Answer::Cancelled => {}
            Answer::Unavailable => self.choose_file(Purpose::HandoutFolder, String::new()),
        }
    }

    /// Carries out a picture of a plot asked for: drawn headless at print size, copied to the
    /// clipboard or saved where the user says.
    pub(super) fn deliver_picture(&mut self, request: Box<PictureRequest>, ctx: &egui::Context) {
        let lang = self.lang();
        // The dialog or the message shows at once, without waiting for input.
        ctx.request_repaint();
        if request.action == PictureAction::CopyNumbers {
            let dialect = crate::charts::csv::Dialect::of(lang);
            ctx.copy_text(request.plot.csv_in(dialect));
            let message = crate::ui::picture::copied_numbers_message(&request.plot.title, lang);
            self.toasts.info(message);
            return;
        }
        if request.action == PictureAction::Copy {
            let options = crate::ui::picture::options();
            match crate::export::to_png(&request.plot, &options) {
                Ok(raster) => {
                    ctx.copy_image(crate::ui::picture::color_image(&raster));
                    self.toasts.info(crate::ui::picture::copied_message(
                        &request.plot.title,
                        lang,
                    ));
                }
                Err(reason) => {
                    let failed = t(
                        "The picture was not copied",
                        "De afbeelding is niet gekopieerd",
                    );
                    self.toasts.error(format!("{}: {reason}", failed.get(lang)));
                }
            }
            return;
        }
        let name = request.file_name();
        match self.config.dialogs.save_picture(&name) {
            Answer::Picked(path) => self.write_picture(&request, &path),
            Answer::Cancelled => {}
            Answer::Unavailable => {
                self.choose_file(Purpose::SavePicture(request), name);
            }
        }
    }

    /// Draws the picture of `request` as PNG or SVG to `path` (its extension added when
    /// missing) and says so, or shows why it could not.
    fn write_picture(&mut self, request: &PictureRequest, path: &Path) {
        let lang = self.lang();
        let extension = request.action.extension();
        let path = super::document::with_extension(path.to_path_buf(), extension);
        let options = crate::ui::picture::options();
        let bytes = if extension == "svg" {
            crate::export::to_svg_file(&request.plot, &options).map(String::into_bytes)
        } else {
            crate::export::to_png(&request.plot, &options).map(|raster| raster.png)
        };
        let written = bytes.and_then(|bytes| {
            let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            let name = name.ok_or_else(|| {
                let not_a_file = t("not a file name", "geen bestandsnaam").get(lang);
                format!("{}: {not_a_file}", path.display())
            })?;
            crate::export::run::write_atomically(folder.unwrap_or(Path::new(".")), &name, &bytes)
                .map_err(|error| format!("{}: {error}", path.display()))
        });
        match written {
            Ok(()) => self
                .toasts
                .info(t("Saved {file}", "{file} bewaard").fill(lang, &[("file", &path.display())])),
            Err(reason) => {
                self.modal = Some(Modal::Error {
                    title: tr::PICTURE_NOT_SAVED,
                    message: reason,
                });
            }
        }
    }

    /// Reads survey answers from `path` into the open import of the Metrics workspace.
    pub(super) fn read_survey_csv(&mut self, path: &Path) {
        let lang = self.lang();
        if let Some(import) = self.ui.metrics.import.as_mut() {
            import.path = path.display().to_string();
            import.read_file(lang);
        }
    }

    /// Replaces the project with the file on disk (after "reload" on a change by others).
    pub(super) fn reload(&mut self) {
        if let Some(path) = self.doc.path().map(Path::to_path_buf) {
            self.open_path(&path);
        }
    }

    /// Restores a recovery copy as an unsaved document.
    pub(super) fn recover(&mut self, recovery: &store::Recovery) {
        let lang = self.lang();
        match store::read_recovery(recovery) {
            Ok(project) => {
                // The save asks first unless the file is still the version the work started
                // from.
                let source = match &recovery.original {
                    Some(path) => Source::File(path.clone()),
                    None => Source::New,
                };
                self.replace_document(Document::recovered(project, source, recovery.based_on));
                if let Some(dir) = &self.config.recovery_dir {
                    let slot = self
                        .recovery
                        .slot
                        .get_or_insert_with(|| store::RecoverySlot::new(dir));
                    slot.adopt(recovery);
                    self.recovery.has_copy = true;
                }
            }
            Err(error) => self.toasts.error(error.message(lang)),
        }
    }

    /// Deletes this window's recovery copy (after any copy being written is done).
    pub(super) fn discard_recovery(&mut self) {
        self.wait_for_recovery_copy();
        if let Some(slot) = &self.recovery.slot {
            slot.discard();
        }
        self.recovery.has_copy = false;
        self.recovery.written = None;
    }

    /// Offers the recovery copies found at start once the dialog that was open then (a file
    /// that failed to open) has closed.
    pub(super) fn offer_recoveries_later(&mut self) {
        if self.modal.is_none() && !self.recovery.offer_later.is_empty() {
            let found: Vec<store::Recovery> = std::mem::take(&mut self.recovery.offer_later)
                .into_iter()
                .filter(|r| r.path.exists())
                .collect();
            if !found.is_empty() {
                self.modal = Some(Modal::Recovery(found));
            }
        }
    }

    /// Every few seconds while there are unsaved changes, writes a recovery copy off the UI
    /// thread; deletes it when the changes are saved or undone.
    pub(super) fn write_recovery_if_due(&mut self, ctx: &egui::Context) {
        let Some(dir) = self.config.recovery_dir.clone() else {
            return;
        };
        if let Some(handle) = self.recovery.running.take_if(|h| h.is_finished())
            && let Ok(Err(reason)) = handle.join()
        {
            let lang = self.lang();
            self.toasts
                .error(format!("{}: {reason}", tr::TOAST_RECOVERY_FAILED.get(lang)));
        }
        if !self.doc.is_dirty() {
            if self.recovery.has_copy && self.recovery.running.is_none() {
                self.discard_recovery();
            }
            return;
        }
        let now = ctx.input(|i| i.time);
        // While a burst of typing is pending its history version stays the same: the app's
        // revision tells whether the text moved on since the last copy.
        let pending_revision = if self.doc.history.is_pending() {
            self.revision
        } else {
            0
        };
        let content = (self.doc.history.version(), pending_revision);
        if self.recovery.running.is_some() || self.recovery.written == Some(content) {
            return;
        }
        let wait = self
            .recovery
            .last_write_secs
            .map_or(0.0, |at| RECOVERY_INTERVAL_SECS - (now - at));
        if wait > 0.0 {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait));
            return;
        }
        let project = self.doc.project.clone();
        let original = self.doc.path().map(Path::to_path_buf);
        let based_on = self.doc.disk;
        let slot = self
            .recovery
            .slot
            .get_or_insert_with(|| store::RecoverySlot::new(&dir))
            .clone();
        self.recovery.running = Some(std::thread::spawn(move || {
            slot.write(original.as_deref(), based_on, &project)
                .map_err(|e| e.to_string())
        }));
        self.recovery.written = Some(content);
        self.recovery.last_write_secs = Some(now);
        self.recovery.has_copy = true;
    }

    /// Waits for a recovery copy being written (for tests).
    pub fn wait_for_recovery_copy(&mut self) {
        if let Some(handle) = self.recovery.running.take() {
            let _ = handle.join();
        }
    }
}

use super::RECOVERY_INTERVAL_SECS;
