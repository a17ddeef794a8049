//! The app's modal dialogs: unsaved changes, a file changed by someone else, errors, recovery
//! after a crash, keyboard shortcuts and about.

use super::file_chooser::{FileChooser, Outcome};
use super::files::Intent;
use super::{AppCommand, WorkbenchApp};
use crate::i18n::{Lang, Text, t, tr};
use crate::store::Recovery;
use egui::{RichText, TextStyle};
use std::path::PathBuf;

/// A dialog on top of everything; at most one at a time.
pub enum Modal {
    /// Unsaved changes before `Intent`: Save / Don't save / Cancel.
    Unsaved(Intent),
    /// The file changed on disk since it was read: Overwrite / Save As / Reload / Cancel.
    ChangedOnDisk(Option<Intent>),
    /// Something failed.
    Error {
        /// Dialog title.
        title: Text,
        /// The whole message, possibly with a quoted line.
        message: String,
    },
    /// The file is read-only and was not replaced: Save As… / Cancel.
    ReadOnly {
        /// Why, naming the file.
        message: String,
        /// What was to happen after the save.
        then: Option<Intent>,
    },
    /// Recovery copies found at start.
    Recovery(Vec<Recovery>),
    /// The keyboard shortcuts.
    Shortcuts,
    /// About the app.
    About,
    /// The app's own file chooser.
    ChooseFile(FileChooser),
    /// What reading a touchpoint grid would change: Apply / Cancel.
    GridImport(Box<(crate::model::Project, crate::export::grid::GridChanges)>),
    /// Start a project: the sample, a template, empty, a file.
    Welcome(super::welcome::Welcome),
}

impl Modal {
    /// The dialog's title.
    pub fn title(&self, lang: Lang) -> &'static str {
        match self {
            Modal::Unsaved(_) => tr::UNSAVED_TITLE.get(lang),
            Modal::ChangedOnDisk(_) => tr::CHANGED_ON_DISK_TITLE.get(lang),
            Modal::Error { title, .. } => title.get(lang),
            Modal::ReadOnly { .. } => tr::READ_ONLY_TITLE.get(lang),
            Modal::Recovery(_) => tr::RECOVERY_TITLE.get(lang),
            Modal::Shortcuts => tr::CMD_SHORTCUTS.get(lang),
            Modal::About => tr::CMD_ABOUT.get(lang),
            Modal::ChooseFile(_) => tr::CHOOSE_FILE_TITLE.get(lang),
            Modal::GridImport(_) => crate::i18n::t("Import the grid", "Raster inlezen").get(lang),
            Modal::Welcome(_) => {
                crate::i18n::t("Start a project", "Een project beginnen").get(lang)
            }
        }
    }
}

/// What the user chose in a dialog.
enum Choice {
    Keep,
    Close,
    SaveThen(Intent),
    DiscardThen(Intent),
    Overwrite(Option<Intent>),
    SaveAs(Option<Intent>),
    Reload,
    Recover(usize),
    DiscardRecovery(usize),
    Chosen(PathBuf),
    ApplyGrid,
}

/// Draws the open dialog and carries out the choice.
pub fn modal_ui(app: &mut WorkbenchApp, ctx: &egui::Context) {
    let lang = app.lang();
    if let Some(Modal::ChooseFile(chooser)) = &mut app.modal {
        let choice = file_chooser_ui(chooser, ctx, lang);
        carry_out(app, choice, ctx);
        return;
    }
    if let Some(Modal::Welcome(welcome)) = &mut app.modal {
        use super::welcome::{WelcomeChoice, welcome_ui};
        let asked = welcome.asked;
        let choice = welcome_ui(
            welcome,
            ctx,
            lang,
            &app.settings.recent,
            &mut app.settings.welcome,
        );
        match choice {
            WelcomeChoice::Keep => {}
            WelcomeChoice::Close => app.modal = None,
            WelcomeChoice::Then(intent) => {
                app.modal = None;
                if asked {
                    app.carry_out(intent, ctx);
                } else {
                    app.ask_then(intent, ctx);
                }
            }
        }
        return;
    }
    let Some(modal) = &app.modal else {
        return;
    };
    let file_label = app
        .doc
        .path()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| app.doc.project.meta.name.clone());
    let mut choice = Choice::Keep;
    let response = egui::Modal::new(egui::Id::unique("app-modal")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(modal.title(lang));
        ui.add_space(8.0);
        choice = dialog_ui(ui, modal, &file_label, lang);
    });
    let dismissable = matches!(
        app.modal,
        Some(Modal::Shortcuts | Modal::About | Modal::Error { .. })
    );
    if matches!(choice, Choice::Keep) && response.should_close() {
        // Escape or a click outside: cancel (never discards anything).
        if dismissable
            || matches!(
                app.modal,
                Some(
                    Modal::Unsaved(_)
                        | Modal::ChangedOnDisk(_)
                        | Modal::ReadOnly { .. }
                        | Modal::GridImport(_)
                )
            )
        {
            choice = Choice::Close;
        }
    }
    carry_out(app, choice, ctx);
}

/// The app's own file chooser in its dialog, and what the user chose.
fn file_chooser_ui(chooser: &mut FileChooser, ctx: &egui::Context, lang: Lang) -> Choice {
    let mut outcome = Outcome::Keep;
    let response = egui::Modal::new(egui::Id::unique("file-chooser")).show(ctx, |ui| {
        ui.heading(tr::CHOOSE_FILE_TITLE.get(lang));
        ui.add_space(6.0);
        outcome = chooser.ui(ui, lang);
    });
    match outcome {
        Outcome::Chosen(path) => Choice::Chosen(path),
        Outcome::Cancel => Choice::Close,
        Outcome::Keep if response.should_close() => Choice::Close,
        Outcome::Keep => Choice::Keep,
    }
}

/// The body of the dialog under its title, with its buttons; `file_label` names the open
/// file in the questions about it.
fn dialog_ui(ui: &mut egui::Ui, modal: &Modal, file_label: &str, lang: Lang) -> Choice {
    let mut choice = Choice::Keep;
    match modal {
        // Drawn by welcome_ui before the other dialogs.
        Modal::Welcome(_) => {}
        Modal::GridImport(import) => {
            let (_, changes) = &**import;
            grid_import_ui(ui, changes, lang, &mut choice);
        }
        Modal::Unsaved(intent) => {
            ui.label(unsaved_question(lang, file_label));
            ui.add_space(12.0);
            ui.horizontal(|ui| {
                if ui.button(tr::SAVE.get(lang)).clicked() {
                    choice = Choice::SaveThen(intent.clone());
                }
                if ui.button(tr::DONT_SAVE.get(lang)).clicked() {
                    choice = Choice::DiscardThen(intent.clone());
                }
                if ui.button(tr::CANCEL.get(lang)).clicked() {
                    choice = Choice::Close;
                }
            });
        }
        Modal::ChangedOnDisk(then) => {
            ui.label(changed_on_disk_text(lang, file_label));
            ui.add_space(12.0);
            ui.horizontal(|ui| {
                if ui.button(tr::OVERWRITE.get(lang)).clicked() {
                    choice = Choice::Overwrite(then.clone());
                }
                if ui.button(tr::CMD_SAVE_AS.get(lang)).clicked() {
                    choice = Choice::SaveAs(then.clone());
                }
                if ui.button(tr::RELOAD.get(lang)).clicked() {
                    choice = Choice::Reload;
                }
                if ui.button(tr::CANCEL.get(lang)).clicked() {
                    choice = Choice::Close;
                }
            });
        }
        Modal::Error { message, .. } => {
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .show(ui, |ui| {
                    ui.add(
                        egui::Label::new(RichText::new(message).text_style(TextStyle::Monospace))
                            .wrap(),
                    );
                });
            ui.add_space(12.0);
            if ui.button(tr::OK.get(lang)).clicked() {
                choice = Choice::Close;
            }
        }
        Modal::ReadOnly { message, then } => {
            ui.label(message);
            ui.add_space(12.0);
            ui.horizontal(|ui| {
                if ui.button(tr::CMD_SAVE_AS.get(lang)).clicked() {
                    choice = Choice::SaveAs(then.clone());
                }
                if ui.button(tr::CANCEL.get(lang)).clicked() {
                    choice = Choice::Close;
                }
            });
        }
        Modal::Recovery(found) => {
            ui.label(tr::RECOVERY_BODY.get(lang));
            ui.add_space(8.0);
            egui::ScrollArea::vertical()
                .max_height(ui.ctx().content_rect().height() * 0.6)
                .show(ui, |ui| recovery_list_ui(ui, found, lang, &mut choice));
        }
        Modal::Shortcuts => {
            shortcuts_ui(ui, lang);
            ui.add_space(12.0);
            if ui.button(tr::CLOSE.get(lang)).clicked() {
                choice = Choice::Close;
            }
        }
        Modal::ChooseFile(_) => {}
        Modal::About => {
            ui.label(format!("CX Workbench {}", env!("CARGO_PKG_VERSION")));
            ui.add_space(4.0);
            ui.label(tr::ABOUT_BODY.get(lang));
            ui.add_space(12.0);
            if ui.button(tr::CLOSE.get(lang)).clicked() {
                choice = Choice::Close;
            }
        }
    }
    choice
}

/// The keyboard shortcuts, one table per scope (where the keys work), and what each
/// workspace is for.
fn shortcuts_ui(ui: &mut egui::Ui, lang: Lang) {
    let ctx = ui.ctx().clone();
    egui::ScrollArea::vertical()
        .max_height(ctx.content_rect().height() * 0.6)
        .show(ui, |ui| {
            for scope in crate::context::command::Scope::ALL {
                ui.strong(scope.label(lang));
                egui::Grid::new(("shortcuts", scope as u8))
                    .striped(true)
                    .show(ui, |ui| {
                        ui.strong(tr::ACTION_COLUMN.get(lang));
                        ui.strong(tr::SHORTCUT_COLUMN.get(lang));
                        ui.end_row();
                        let shown = AppCommand::ALL
                            .iter()
                            .copied()
                            .filter(|c| c.scope() == scope);
                        crate::ui::widgets::key_rows(ui, shown, lang);
                    });
                ui.add_space(8.0);
            }
            // Keys of one workspace's view.
            egui::Grid::new("shortcuts-views")
                .striped(true)
                .show(ui, |ui| {
                    use crate::ui::journey::{FIT_KEY, FIT_LABEL, MOVE_LABEL};
                    ui.label(FIT_LABEL.get(lang));
                    ui.monospace(ctx.format_shortcut(&FIT_KEY));
                    ui.end_row();
                    ui.label(MOVE_LABEL.get(lang));
                    ui.monospace(
                        ctx.format_shortcut(&egui::KeyboardShortcut::new(
                            egui::Modifiers::ALT,
                            egui::Key::ArrowUp,
                        ))
                        .replace(egui::Key::ArrowUp.symbol_or_name(), "↑ ↓ ← →"),
                    );
                    ui.end_row();
                });
        });
    ui.add_space(12.0);
    ui.strong(tr::WORKSPACES_HEADING.get(lang));
    egui::Grid::new("workspace-help")
        .striped(true)
        .show(ui, |ui| {
            for workspace in crate::ui::Workspace::ALL {
                ui.label(workspace.label(lang));
                ui.label(workspace.summary(lang));
                ui.end_row();
            }
        });
}

/// What reading a grid would change, with Apply and Cancel.
fn grid_import_ui(
    ui: &mut egui::Ui,
    changes: &crate::export::grid::GridChanges,
    lang: Lang,
    choice: &mut Choice,
) {
    use crate::i18n::t;
    let nothing = changes.changed.is_empty() && changes.added.is_empty();
    let summary = if nothing {
        t(
            "The grid holds nothing new: every touchpoint is as it is in the project.",
            "Het raster bevat niets nieuws: elk touchpoint is zoals in het project.",
        )
        .get(lang)
        .to_string()
    } else {
        t(
            "Touchpoints that change: {changed}. Touchpoints added: {added}.",
            "Touchpoints die veranderen: {changed}. Touchpoints erbij: {added}.",
        )
        .fill(
            lang,
            &[
                ("changed", &changes.changed.len()),
                ("added", &changes.added.len()),
            ],
        )
    };
    ui.label(summary);
    for name in changes.added.iter().take(10) {
        ui.label(format!("+ {name}"));
    }
    if !changes.unknown.is_empty() {
        ui.label(
            t(
                "Left out, because the project has no touchpoint with their id: {ids}",
                "Overgeslagen, omdat het project geen touchpoint met hun id heeft: {ids}",
            )
            .fill(lang, &[("ids", &changes.unknown.join(", "))]),
        );
    }
    ui.add_space(12.0);
    ui.horizontal(|ui| {
        if !nothing && ui.button(t("Apply", "Toepassen").get(lang)).clicked() {
            *choice = Choice::ApplyGrid;
        }
        if ui.button(tr::CANCEL.get(lang)).clicked() {
            *choice = Choice::Close;
        }
    });
}

fn carry_out(app: &mut WorkbenchApp, choice: Choice, ctx: &egui::Context) {
    match choice {
        Choice::ApplyGrid => {
            if let Some(Modal::GridImport(import)) = app.modal.take() {
                let (project, _) = *import;
                // One undo step: the touchpoints as the grid gives them.
                app.doc.history.flush(&app.doc.project);
                app.doc.project.touchpoints = project.touchpoints;
                app.doc.history.flush(&app.doc.project);
            }
        }
        Choice::Keep => {}
        Choice::Close => app.modal = None,
        Choice::SaveThen(intent) => {
            app.modal = None;
            app.save(false, Some(intent), false, ctx);
        }
        Choice::DiscardThen(intent) => {
            app.modal = None;
            // The project stays unsaved (and its recovery copy kept) until the intent has
            // replaced it: an Open that is cancelled or fails keeps it as it was.
            app.carry_out(intent, ctx);
        }
        Choice::Overwrite(then) => {
            app.modal = None;
            app.save(false, then, true, ctx);
        }
        Choice::SaveAs(then) => {
            app.modal = None;
            app.save(true, then, false, ctx);
        }
        Choice::Reload => {
            app.modal = None;
            app.reload();
        }
        Choice::Recover(index) => {
            // One project is open at a time: other copies stay on disk and are offered again
            // at the next start.
            if let Some(Modal::Recovery(found)) = app.modal.take()
                && let Some(recovery) = found.get(index)
            {
                app.recover(recovery);
            }
        }
        Choice::Chosen(path) => {
            if let Some(Modal::ChooseFile(chooser)) = app.modal.take() {
                app.chosen_file(chooser.purpose, path, ctx);
            }
        }
        Choice::DiscardRecovery(index) => {
            if let Some(Modal::Recovery(mut found)) = app.modal.take() {
                if index < found.len() {
                    let recovery = found.remove(index);
                    let _ = std::fs::remove_file(&recovery.path);
                }
                if !found.is_empty() {
                    app.modal = Some(Modal::Recovery(found));
                }
            }
        }
    }
}

/// The recovery copies, each with the full path of its file, its age and its buttons.
fn recovery_list_ui(ui: &mut egui::Ui, found: &[Recovery], lang: Lang, choice: &mut Choice) {
    for (index, recovery) in found.iter().enumerate() {
        ui.separator();
        let original = recovery
            .original
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| tr::NOT_SAVED_YET.get(lang).to_string());
        ui.add(egui::Label::new(RichText::new(original).strong()).wrap());
        if let Some(age) = recovery.written.and_then(|w| w.elapsed().ok()) {
            ui.label(age_text(lang, age.as_secs()));
        }
        ui.horizontal(|ui| {
            if ui.button(tr::RECOVER.get(lang)).clicked() {
                *choice = Choice::Recover(index);
            }
            if ui.button(tr::DISCARD.get(lang)).clicked() {
                *choice = Choice::DiscardRecovery(index);
            }
        });
    }
}

fn unsaved_question(lang: Lang, file: &str) -> String {
    t(
        "“{file}” has changes that are not saved. Save them first?",
        "“{file}” heeft wijzigingen die niet zijn opgeslagen. Eerst opslaan?",
    )
    .fill(lang, &[("file", &file)])
}

fn changed_on_disk_text(lang: Lang, file: &str) -> String {
    t(
        "“{file}” was changed on disk since you opened it, perhaps by a teammate or git. Saving now would overwrite their changes.",
        "“{file}” is op schijf gewijzigd sinds je het opende, misschien door een collega of git. Nu opslaan overschrijft die wijzigingen.",
    )
    .fill(lang, &[("file", &file)])
}

fn age_text(lang: Lang, secs: u64) -> String {
    let minutes = secs / 60;
    if minutes < 1 {
        t(
            "Saved less than a minute ago",
            "Minder dan een minuut geleden bewaard",
        )
        .get(lang)
        .into()
    } else if minutes < 120 {
        t(
            "Saved {minutes} minutes ago",
            "{minutes} minuten geleden bewaard",
        )
        .fill(lang, &[("minutes", &minutes)])
    } else {
        t("Saved {hours} hours ago", "{hours} uur geleden bewaard")
            .fill(lang, &[("hours", &(minutes / 60))])
    }
}
