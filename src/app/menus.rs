//! The menu bar, the workspace navigation and the status bar.

use super::{Action, AppCommand, Source, WorkbenchApp};
use crate::i18n::{Lang, Text, t, tr};
use crate::ui::Workspace;
use egui::{Button, RichText};

/// File → Export handouts…: the deck as pictures and a PDF.
const EXPORT_HANDOUTS: Text = t("Export handouts…", "Hand-outs exporteren…");
const EXPORT_HANDOUTS_TIP: Text = t(
    "Writes each slide as a picture (1920 × 1080) and the deck as one PDF with the speaker notes, into a folder you choose",
    "Schrijft elke dia als afbeelding (1920 × 1080) en de presentatie als één pdf met de sprekersnotities, in een map naar keuze",
);

/// A menu entry for a command, with its shortcut; pushes the command when clicked.
fn command_button(app: &mut WorkbenchApp, ui: &mut egui::Ui, command: AppCommand, enabled: bool) {
    let lang = app.lang();
    let shortcut = command.shortcut_text(ui.ctx());
    let button = Button::new(command.label(lang)).shortcut_text(shortcut);
    if ui.add_enabled(enabled, button).clicked() {
        app.actions.push(Action::Command(command));
    }
}

/// File → Compare with…: another file, the version on disk, the backup.
fn compare_menu(app: &mut WorkbenchApp, ui: &mut egui::Ui) {
    use crate::context::CompareWith;
    let lang = app.lang();
    let saved = app.doc.path().map(std::path::Path::to_path_buf);
    let backup = saved.as_deref().map(crate::store::backup_path);
    ui.menu_button(t("Compare with", "Vergelijken met").get(lang), |ui| {
        let entries = [
            (
                CompareWith::File,
                t("Another file…", "Een ander bestand…"),
                true,
            ),
            (
                CompareWith::Disk,
                t("The version saved on disk", "De bewaarde versie op schijf"),
                saved.is_some(),
            ),
            (
                CompareWith::Backup,
                t(
                    "The backup (before the last save)",
                    "De reservekopie (van vóór de laatste keer bewaren)",
                ),
                backup.as_deref().is_some_and(std::path::Path::exists),
            ),
        ];
        for (with, label, enabled) in entries {
            if ui
                .add_enabled(enabled, Button::new(label.get(lang)))
                .clicked()
            {
                ui.close();
                app.actions.push(Action::Compare(with));
            }
        }
    });
}

/// File, Edit, View and Help.
pub fn menu_bar(app: &mut WorkbenchApp, ui: &mut egui::Ui) {
    let lang = app.lang();
    egui::Panel::top("menu-bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(tr::MENU_FILE.get(lang), |ui| {
                command_button(app, ui, AppCommand::New, true);
                command_button(app, ui, AppCommand::Open, true);
                ui.menu_button(tr::CMD_OPEN_RECENT.get(lang), |ui| {
                    if app.settings.recent.is_empty() {
                        ui.label(RichText::new(tr::NO_RECENT.get(lang)).weak());
                    }
                    for path in app.settings.recent.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            app.actions.push(Action::OpenPath(path));
                        }
                    }
                    ui.separator();
                    if ui.button(tr::CMD_OPEN_SAMPLE.get(lang)).clicked() {
                        app.actions.push(Action::OpenSample);
                    }
                    if !app.settings.recent.is_empty()
                        && ui.button(tr::CMD_CLEAR_RECENT.get(lang)).clicked()
                    {
                        app.actions.push(Action::ClearRecent);
                    }
                });
                ui.separator();
                command_button(app, ui, AppCommand::Save, true);
                command_button(app, ui, AppCommand::SaveAs, true);
                ui.separator();
                compare_menu(app, ui);
                let has_slides = !app.doc.project.slides.is_empty();
                if ui
                    .add_enabled(has_slides, Button::new(EXPORT_HANDOUTS.get(lang)))
                    .on_hover_text(EXPORT_HANDOUTS_TIP.get(lang))
                    .clicked()
                {
                    ui.close();
                    app.export_handouts();
                }
                ui.separator();
                command_button(app, ui, AppCommand::Quit, true);
            });
            ui.menu_button(tr::MENU_EDIT.get(lang), |ui| {
                let can_undo = app.doc.history.can_undo();
                let can_redo = app.doc.history.can_redo();
                command_button(app, ui, AppCommand::Undo, can_undo);
                command_button(app, ui, AppCommand::Redo, can_redo);
            });
            ui.menu_button(tr::MENU_VIEW.get(lang), |ui| {
                ui.menu_button(tr::MENU_THEME.get(lang), |ui| {
                    let current = app.settings.theme.preference();
                    for (preference, label) in [
                        (egui::ThemePreference::System, tr::THEME_SYSTEM),
                        (egui::ThemePreference::Light, tr::THEME_LIGHT),
                        (egui::ThemePreference::Dark, tr::THEME_DARK),
                    ] {
                        if ui.radio(current == preference, label.get(lang)).clicked() {
                            app.actions.push(Action::SetTheme(preference));
                        }
                    }
                });
                ui.menu_button(tr::MENU_LANGUAGE.get(lang), |ui| {
                    for choice in Lang::ALL {
                        if ui.radio(lang == choice, choice.native_name()).clicked() {
                            app.actions.push(Action::SetLanguage(choice));
                        }
                    }
                });
                ui.separator();
                let has_slides = !app.doc.project.slides.is_empty();
                command_button(app, ui, AppCommand::Present, has_slides);
                let on_slides = app.ui.workspace == Workspace::Slides;
                command_button(
                    app,
                    ui,
                    AppCommand::PresentFromHere,
                    has_slides && on_slides,
                );
                ui.separator();
                command_button(app, ui, AppCommand::ZoomIn, true);
                command_button(app, ui, AppCommand::ZoomOut, true);
                command_button(app, ui, AppCommand::ZoomReset, true);
            });
            ui.menu_button(tr::MENU_HELP.get(lang), |ui| {
                command_button(app, ui, AppCommand::Welcome, true);
                command_button(app, ui, AppCommand::Shortcuts, true);
                command_button(app, ui, AppCommand::About, true);
            });
        });
    });
}

/// The workspaces: one per row on the left, or on a narrow window one row of tabs at the top.
pub fn navigation(app: &mut WorkbenchApp, ui: &mut egui::Ui) {
    let lang = app.lang();
    let entry = |app: &mut WorkbenchApp, ui: &mut egui::Ui, workspace: Workspace, width| {
        let selected = app.ui.workspace == workspace;
        let label = RichText::new(workspace.label(lang)).size(17.0);
        let button = Button::selectable(selected, label).min_size(egui::vec2(width, 36.0));
        if ui
            .add(button)
            .on_hover_text(workspace.summary(lang))
            .clicked()
        {
            app.actions.push(Action::Goto(workspace.name()));
        }
    };
    if crate::ui::is_narrow(ui.ctx()) {
        egui::Panel::top("navigation-tabs").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                for &workspace in Workspace::ALL {
                    entry(app, ui, workspace, 0.0);
                }
            });
        });
        return;
    }
    egui::Panel::left("navigation")
        .resizable(false)
        .exact_size(180.0)
        .show(ui, |ui| {
            ui.add_space(8.0);
            for &workspace in Workspace::ALL {
                let width = ui.available_width();
                entry(app, ui, workspace, width);
            }
        });
}

/// File, saved state and problem count at the bottom.
pub fn status_bar(app: &mut WorkbenchApp, ui: &mut egui::Ui) {
    let lang = app.lang();
    egui::Panel::bottom("status-bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            let file = match &app.doc.source {
                Source::File(path) => path.display().to_string(),
                Source::Sample => format!(
                    "{} — {}",
                    tr::SAMPLE_PROJECT.get(lang),
                    tr::NOT_SAVED_YET.get(lang)
                ),
                Source::New => tr::NOT_SAVED_YET.get(lang).to_string(),
            };
            ui.label(file);
            ui.separator();
            if app.doc.is_dirty() {
                ui.label(
                    RichText::new(format!("⏺ {}", tr::UNSAVED.get(lang)))
                        .color(ui.visuals().warn_fg_color),
                );
            } else if app.doc.path().is_some() {
                ui.label(tr::SAVED.get(lang));
            } else {
                ui.label(tr::NO_CHANGES_YET.get(lang));
            }
            ui.separator();
            let conflicts = app.doc.project.conflicts.len();
            if conflicts > 0 {
                let text = t("{count} to resolve", "{count} op te lossen")
                    .fill(lang, &[("count", &conflicts)]);
                let text = RichText::new(format!("⚠ {text}")).color(ui.visuals().warn_fg_color);
                if ui.add(Button::new(text).frame(false)).clicked() {
                    app.teamwork.resolve_closed = false;
                }
                ui.separator();
            }
            // Conflicts are counted once, above, not again as problems.
            let count = app
                .problems
                .iter()
                .filter(|p| !matches!(p.kind, crate::model::ProblemKind::Unmerged { .. }))
                .count();
            let text = if count == 0 {
                RichText::new(tr::NO_PROBLEMS.get(lang))
            } else {
                RichText::new(format!("⚠ {count} {}", problems_noun(lang, count)))
                    .color(ui.visuals().warn_fg_color)
            };
            if ui.add(Button::new(text).frame(false)).clicked() {
                app.actions.push(Action::Goto(Workspace::Overview.name()));
            }
        });
    });
}

fn problems_noun(lang: Lang, count: usize) -> &'static str {
    if count == 1 {
        t("problem", "probleem").get(lang)
    } else {
        t("problems", "problemen").get(lang)
    }
}
