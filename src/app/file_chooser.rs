//! The app's own file chooser, shown when the system has no file dialog (no desktop portal and
//! no zenity): a folder, its folders and matching files, and a file name.

use super::files::Intent;
use crate::i18n::{Lang, tr};
use crate::model::Id;
use egui::RichText;
use std::path::{Path, PathBuf};

/// What the chosen file is for.
#[derive(Clone, Debug, PartialEq)]
pub enum Purpose {
    /// Open a project.
    OpenProject,
    /// Save the project there, then carry out `then`.
    SaveProject(Option<Intent>),
    /// Import a picture for the persona.
    Picture(Id),
    /// Save the picture of this plot (as PNG or SVG).
    SavePicture(Box<crate::ui::picture::PictureRequest>),
    /// Read survey answers from a CSV file.
    SurveyCsv,
    /// A folder to write the deck's handouts into.
    HandoutFolder,
    /// Where to write the touchpoint grid as CSV.
    SaveGrid,
    /// A touchpoint grid CSV to read.
    OpenGrid,
    /// A project to compare the open one with.
    CompareProject,
}

impl Purpose {
    fn extensions(&self) -> &'static [&'static str] {
        match self {
            Purpose::OpenProject | Purpose::SaveProject(_) | Purpose::CompareProject => {
                &["ron", "bak"]
            }
            Purpose::Picture(_) => &["png", "jpg", "jpeg"],
            Purpose::SurveyCsv => &["csv", "tsv", "txt"],
            Purpose::SaveGrid | Purpose::OpenGrid => &["csv"],
            Purpose::HandoutFolder => &[],
            Purpose::SavePicture(request) => match request.action.extension() {
                "svg" => &["svg"],
                _ => &["png"],
            },
        }
    }

    fn is_save(&self) -> bool {
        matches!(
            self,
            Purpose::SaveProject(_) | Purpose::SavePicture(_) | Purpose::SaveGrid
        )
    }
}

/// What happened in the chooser this frame.
pub enum Outcome {
    /// Still choosing.
    Keep,
    /// Cancelled.
    Cancel,
    /// This file was chosen.
    Chosen(PathBuf),
}

struct Entry {
    name: String,
    is_dir: bool,
}

/// The chooser's state.
pub struct FileChooser {
    /// What the file is for.
    pub purpose: Purpose,
    folder: PathBuf,
    folder_text: String,
    name: String,
    entries: Vec<Entry>,
    listed: Option<PathBuf>,
    error: Option<String>,
    /// Put the keyboard in the file name when the chooser opens.
    focus_name: bool,
}

impl FileChooser {
    /// A chooser for `purpose`, starting in `folder` with `name` filled in.
    pub fn new(purpose: Purpose, folder: PathBuf, name: String) -> Self {
        FileChooser {
            purpose,
            folder_text: folder.display().to_string(),
            folder,
            name,
            entries: Vec::new(),
            listed: None,
            error: None,
            focus_name: true,
        }
    }

    /// The folder to start in: the open file's, the most recent file's, home, or here.
    pub fn start_folder(current: Option<&Path>, recent: Option<&Path>) -> PathBuf {
        current
            .or(recent)
            .and_then(Path::parent)
            .filter(|p| p.is_dir())
            .map(Path::to_path_buf)
            .or_else(|| std::env::var_os("HOME").map(PathBuf::from))
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("."))
    }

    fn refresh(&mut self) {
        if self.listed.as_deref() == Some(self.folder.as_path()) {
            return;
        }
        self.listed = Some(self.folder.clone());
        self.entries.clear();
        self.error = None;
        let extensions = self.purpose.extensions();
        match std::fs::read_dir(&self.folder) {
            Ok(read) => {
                for entry in read.flatten() {
                    let name = entry.file_name().to_string_lossy().into_owned();
                    if name.starts_with('.') {
                        continue;
                    }
                    let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
                    let matches = Path::new(&name)
                        .extension()
                        .is_some_and(|e| extensions.iter().any(|x| e.eq_ignore_ascii_case(x)));
                    if is_dir || matches {
                        self.entries.push(Entry { name, is_dir });
                    }
                }
                self.entries.sort_by(|a, b| {
                    b.is_dir
                        .cmp(&a.is_dir)
                        .then(a.name.to_lowercase().cmp(&b.name.to_lowercase()))
                });
            }
            Err(error) => self.error = Some(error.to_string()),
        }
    }

    fn go_to(&mut self, folder: PathBuf) {
        self.folder_text = folder.display().to_string();
        self.folder = folder;
    }

    /// The path chosen so far.
    fn chosen(&self) -> Option<PathBuf> {
        let name = self.name.trim();
        // A folder: the one shown, or the one named in it (created when written).
        if self.purpose == Purpose::HandoutFolder {
            return Some(if name.is_empty() {
                self.folder.clone()
            } else {
                self.folder.join(name)
            });
        }
        if name.is_empty() {
            return None;
        }
        let path = self.folder.join(name);
        Some(if self.purpose.is_save() {
            let extension = self.purpose.extensions().first().copied().unwrap_or("ron");
            super::document::with_extension(path, extension)
        } else {
            path
        })
    }

    /// Draws the chooser inside a modal.
    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang) -> Outcome {
        self.refresh();
        let mut outcome = Outcome::Keep;
        ui.label(RichText::new(tr::NO_SYSTEM_DIALOG.get(lang)).weak());
        ui.horizontal(|ui| {
            let label = ui.label(tr::FOLDER.get(lang));
            let response = ui
                .add(egui::TextEdit::singleline(&mut self.folder_text).desired_width(420.0))
                .labelled_by(label.id);
            if response.lost_focus() {
                self.folder = PathBuf::from(self.folder_text.trim());
            }
            if ui.button(tr::FOLDER_UP.get(lang)).clicked()
                && let Some(parent) = self.folder.parent()
            {
                self.go_to(parent.to_path_buf());
            }
        });
        egui::Frame::group(ui.style()).show(ui, |ui| {
            egui::ScrollArea::vertical()
                .max_height(260.0)
                .show(ui, |ui| {
                    ui.set_min_width(560.0);
                    ui.set_min_height(260.0);
                    if let Some(error) = &self.error {
                        ui.colored_label(ui.visuals().error_fg_color, error);
                    } else if self.entries.is_empty() {
                        ui.label(RichText::new(tr::EMPTY_FOLDER.get(lang)).weak());
                    }
                    let mut enter = None;
                    for entry in &self.entries {
                        let text = if entry.is_dir {
                            format!("🗀 {}", entry.name)
                        } else {
                            entry.name.clone()
                        };
                        let selected = !entry.is_dir && entry.name == self.name;
                        let response = ui.selectable_label(selected, text);
                        if response.clicked() {
                            if entry.is_dir {
                                enter = Some(self.folder.join(&entry.name));
                            } else {
                                self.name = entry.name.clone();
                            }
                        }
                        if response.double_clicked() && !entry.is_dir {
                            outcome = Outcome::Chosen(self.folder.join(&entry.name));
                        }
                    }
                    if let Some(folder) = enter {
                        self.go_to(folder);
                    }
                });
        });
        ui.horizontal(|ui| {
            let label = ui.label(tr::FILE_NAME.get(lang));
            let response = ui
                .add(egui::TextEdit::singleline(&mut self.name).desired_width(420.0))
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus_name) {
                response.request_focus();
            }
            // Enter in the name confirms, as in a system dialog.
            if response.lost_focus()
                && ui.input(|i| i.key_pressed(egui::Key::Enter))
                && let Some(path) = self.chosen()
            {
                outcome = Outcome::Chosen(path);
            }
        });
        if self.purpose.is_save() && self.chosen().is_some_and(|p| p.exists()) {
            ui.label(RichText::new(tr::REPLACES_FILE.get(lang)).color(ui.visuals().warn_fg_color));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let confirm = if self.purpose == Purpose::HandoutFolder {
                crate::i18n::t("Export here", "Hier exporteren")
            } else if self.purpose.is_save() {
                tr::SAVE
            } else {
                tr::OPEN
            };
            if ui
                .add_enabled(
                    self.chosen().is_some(),
                    egui::Button::new(confirm.get(lang)),
                )
                .clicked()
                && let Some(path) = self.chosen()
            {
                outcome = Outcome::Chosen(path);
            }
            if ui.button(tr::CANCEL.get(lang)).clicked() {
                outcome = Outcome::Cancel;
            }
        });
        outcome
    }
}
