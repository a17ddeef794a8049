//! Teamwork in the app: File → Compare with… (another file, the version saved on disk, the
//! backup) lists what changed as `cx-workbench diff` does, each change a link to its item; a
//! project with conflicts recorded by a merge opens with the Resolve panel; and a project in a
//! git repository without the merge driver mentions `cx-workbench git-setup` once.

use super::document::Answer;
use super::file_chooser::Purpose;
use super::{Action, WorkbenchApp};
use crate::context::{CompareWith, Resolution};
use crate::i18n::{Lang, t};
use crate::model::diff::{self, Area, Names};
use crate::model::edit::{self, ListEdit, ListKind};
use crate::model::{Id, Project, merge};
use crate::store;
use egui::RichText;
use std::path::{Path, PathBuf};

/// A change's sentence and its place (for the link).
type Line = (String, Vec<String>);

/// A comparison shown in the side panel.
pub struct Comparison {
    /// What the project is compared with, in words ("the version saved on disk").
    against: String,
    /// That version.
    old: Box<Project>,
    /// The changes from it to the project, grouped, with their sentences and places, and the
    /// history version they were worked out at.
    groups: Vec<(Area, Vec<Line>)>,
    counted_at: Option<u64>,
}

/// The side panel's state.
#[derive(Default)]
pub struct TeamworkState {
    /// The comparison shown, if any.
    pub compare: Option<Comparison>,
    /// The Resolve panel was closed by the user (it opens again with another file).
    pub resolve_closed: bool,
    /// The conflicts' sentences and the history version they were worked out at.
    conflict_text: Option<(u64, Vec<ConflictText>)>,
    /// Repositories `git-setup` was mentioned for in this run.
    hinted: Vec<PathBuf>,
}

struct ConflictText {
    place: String,
    problem: String,
    base: String,
    ours: String,
    theirs: String,
}

impl TeamworkState {
    /// Another project is open: no comparison, and its conflicts show.
    pub fn forget_project(&mut self) {
        self.compare = None;
        self.resolve_closed = false;
        self.conflict_text = None;
    }
}

impl WorkbenchApp {
    /// File → Compare with…: reads the other version and shows what changed since it.
    pub(super) fn compare_with(&mut self, with: CompareWith) {
        let lang = self.lang();
        let Some(path) = self.doc.path().map(Path::to_path_buf) else {
            if with != CompareWith::File {
                self.toasts.info(
                    t(
                        "This project has not been saved yet: there is no version on disk to compare with",
                        "Dit project is nog niet bewaard: er is geen versie op schijf om mee te vergelijken",
                    )
                    .get(lang),
                );
                return;
            }
            return self.pick_file_to_compare();
        };
        match with {
            CompareWith::File => self.pick_file_to_compare(),
            CompareWith::Disk => {
                let against = t("the version saved on disk", "de bewaarde versie op schijf");
                self.compare_with_path(&path, against.get(lang).to_string());
            }
            CompareWith::Backup => {
                let backup = store::backup_path(&path);
                let against = t(
                    "the backup (the version before the last save)",
                    "de reservekopie (de versie van vóór de laatste keer bewaren)",
                );
                self.compare_with_path(&backup, against.get(lang).to_string());
            }
        }
    }

    fn pick_file_to_compare(&mut self) {
        match self.config.dialogs.open_project() {
            Answer::Picked(path) => self.compare_with_file(&path),
            Answer::Cancelled => {}
            Answer::Unavailable => self.choose_file(Purpose::CompareProject, String::new()),
        }
    }

    /// Compares the project with the file at `path`, named by its file name.
    pub(super) fn compare_with_file(&mut self, path: &Path) {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        self.compare_with_path(path, name);
    }

    fn compare_with_path(&mut self, path: &Path, against: String) {
        let lang = self.lang();
        match store::load(path) {
            Ok(loaded) => {
                self.teamwork.compare = Some(Comparison {
                    against,
                    old: Box::new(loaded.project),
                    groups: Vec::new(),
                    counted_at: None,
                });
            }
            Err(error) => {
                self.modal = Some(super::dialogs::Modal::Error {
                    title: t("Nothing to compare with", "Niets om mee te vergelijken"),
                    message: error.message(lang),
                });
            }
        }
    }

    /// Resolves conflict `index` with `how`: one undo step.
    pub(super) fn resolve(&mut self, index: usize, how: Resolution) {
        let lang = self.lang();
        let Some(conflict) = self.doc.project.conflicts.get(index).cloned() else {
            return;
        };
        let project = &self.doc.project;
        let path = &conflict.path;
        let value = match how {
            Resolution::Base => Some(conflict.base.as_ref()),
            Resolution::Ours => Some(conflict.ours.as_ref()),
            Resolution::Theirs => Some(conflict.theirs.as_ref()),
            Resolution::Both | Resolution::Done => None,
        };
        // An item deleted: what refers to it goes too, as when it is deleted by hand.
        let deleted_from = match value {
            Some(None) if merge::is_item(path) => ListKind::named(&path[0]),
            _ => None,
        };
        let changed = match (how, value, deleted_from) {
            (Resolution::Both, _, _) => conflict
                .theirs
                .as_ref()
                .ok_or_else(|| "nothing was added there".to_string())
                .and_then(|theirs| merge::keep_both(project, path, theirs)),
            (_, _, Some(kind)) => {
                let mut changed = project.clone();
                edit::apply(
                    &mut changed,
                    kind,
                    ListEdit::Delete(Id::from(path[1].as_str())),
                );
                Ok(changed)
            }
            (_, Some(value), None) => merge::set_at(project, path, value),
            (_, None, None) => Ok(project.clone()),
        };
        self.doc.history.flush(&self.doc.project);
        match changed {
            Ok(changed) => self.doc.project = changed,
            Err(reason) => {
                self.toasts.error(
                    t(
                        "That version cannot be taken: {reason}",
                        "Die versie kan niet worden overgenomen: {reason}",
                    )
                    .fill(lang, &[("reason", &reason)]),
                );
                return;
            }
        }
        self.doc.project.conflicts.remove(index);
        self.doc.history.flush(&self.doc.project);
        if self.doc.project.conflicts.is_empty() {
            self.toasts.info(
                t(
                    "Every conflict is resolved: save, and the file is clean",
                    "Alle conflicten zijn opgelost: bewaar, en het bestand is schoon",
                )
                .get(lang),
            );
        }
    }

    /// Mentions `git-setup` once per run and repository, when the project at `path` is in a
    /// git repository that merges projects as plain text.
    pub(super) fn mention_git_setup(&mut self, path: &Path) {
        if !self.config.git_hint {
            return;
        }
        let Some(folder) = path.parent() else { return };
        let Some(root) = repository_lacking_driver(folder) else {
            return;
        };
        if self.teamwork.hinted.contains(&root) {
            return;
        }
        self.teamwork.hinted.push(root);
        let lang = self.lang();
        self.toasts.info(
            t(
                "This project is in a git repository that merges it as plain text. Run `cx-workbench git-setup` in it once, so teammates' versions merge by item (see the README, Working on one project as a team).",
                "Dit project staat in een git-repository die het als platte tekst samenvoegt. Voer daar één keer `cx-workbench git-setup` uit, dan worden versies van teamgenoten per onderdeel samengevoegd (zie de README, Samen aan één project werken).",
            )
            .get(lang),
        );
    }
}

/// The root of the git repository holding `folder` when its merge driver for projects is not
/// registered; `None` otherwise, or when git cannot be run.
fn repository_lacking_driver(folder: &Path) -> Option<PathBuf> {
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .current_dir(folder)
            .args(args)
            .stdin(std::process::Stdio::null())
            .output()
            .ok()
    };
    let root = git(&["rev-parse", "--show-toplevel"]).filter(|o| o.status.success())?;
    let registered =
        git(&["config", "--get", "merge.cx-workbench.driver"]).is_some_and(|o| o.status.success());
    (!registered).then(|| PathBuf::from(String::from_utf8_lossy(&root.stdout).trim()))
}

/// The side panel with the comparison and the conflicts to resolve, when there are any.
pub fn side_panel(app: &mut WorkbenchApp, ui: &mut egui::Ui) {
    let conflicts = !app.doc.project.conflicts.is_empty() && !app.teamwork.resolve_closed;
    if app.teamwork.compare.is_none() && !conflicts {
        return;
    }
    let lang = app.lang();
    let version = app.doc.history.version();
    let contents = |app: &mut WorkbenchApp, ui: &mut egui::Ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            if conflicts {
                resolve_ui(app, ui, lang, version);
                ui.add_space(12.0);
            }
            if app.teamwork.compare.is_some() {
                compare_ui(app, ui, lang, version);
            }
        });
    };
    // On a narrow window (a projector) the panel sits at the bottom, so the workspaces keep
    // their width: the whole journey needs all of it.
    if crate::ui::is_narrow(ui.ctx()) {
        let height = ui.ctx().content_rect().height();
        egui::Panel::bottom("teamwork-below")
            .resizable(true)
            .default_size(height * 0.35)
            .size_range(120.0..=height * 0.6)
            .show(ui, |ui| contents(app, ui));
    } else {
        egui::Panel::right("teamwork")
            .resizable(true)
            .default_size(380.0)
            .size_range(280.0..=640.0)
            .show(ui, |ui| contents(app, ui));
    }
}

fn heading_with_close(ui: &mut egui::Ui, title: &str, lang: Lang) -> bool {
    let mut close = false;
    ui.horizontal(|ui| {
        ui.heading(title);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            close = ui.button(t("Close", "Sluiten").get(lang)).clicked();
        });
    });
    close
}

fn resolve_ui(app: &mut WorkbenchApp, ui: &mut egui::Ui, lang: Lang, version: u64) {
    let count = app.doc.project.conflicts.len();
    if heading_with_close(
        ui,
        t("Resolve conflicts", "Conflicten oplossen").get(lang),
        lang,
    ) {
        app.teamwork.resolve_closed = true;
    }
    ui.label(
        t(
            "A merge of two versions found {count} places changed differently on both sides. The project holds this side's value there (or the item one side changed and the other deleted) until you choose. Each choice is one undo step; save when done.",
            "Bij het samenvoegen van twee versies zijn {count} plekken aan beide kanten anders gewijzigd. Het project houdt daar de waarde van deze kant (of het onderdeel dat de ene kant wijzigde en de andere verwijderde) tot je kiest. Elke keuze is één stap ongedaan te maken; bewaar als je klaar bent.",
        )
        .fill(lang, &[("count", &count)]),
    );
    let stale = app
        .teamwork
        .conflict_text
        .as_ref()
        .is_none_or(|(v, list)| *v != version || list.len() != count);
    if stale {
        let project = &app.doc.project;
        let names = Names::of(project, project, lang).on_screen();
        let show = |field: &str, value: &Option<serde_json::Value>, never: bool| match value {
            None if never => t("(not there)", "(er niet)").get(lang).to_string(),
            None => t("(deleted)", "(verwijderd)").get(lang).to_string(),
            Some(v) => diff::shortened(&names.value(field, v), 240),
        };
        let list = project
            .conflicts
            .iter()
            .map(|c| {
                let field = c.path.last().map(String::as_str).unwrap_or_default();
                ConflictText {
                    place: names.place(&c.path),
                    problem: c.problem.clone(),
                    base: show(field, &c.base, true),
                    ours: show(field, &c.ours, false),
                    theirs: show(field, &c.theirs, false),
                }
            })
            .collect();
        app.teamwork.conflict_text = Some((version, list));
    }
    let Some((_, texts)) = &app.teamwork.conflict_text else {
        return;
    };
    for (index, (text, conflict)) in texts.iter().zip(&app.doc.project.conflicts).enumerate() {
        ui.separator();
        if ui.link(RichText::new(&text.place).strong()).clicked() {
            app.actions
                .push(Action::Show(merge::path_target(&conflict.path)));
        }
        let choice = |ui: &mut egui::Ui,
                      label: &str,
                      value: &str,
                      how: Resolution,
                      actions: &mut super::Actions| {
            ui.horizontal_wrapped(|ui| {
                let button = ui.button(label);
                ui.label(value);
                if button.clicked() {
                    actions.push(Action::Resolve(index, how));
                }
            });
        };
        if !text.problem.is_empty() {
            ui.label(&text.problem);
            choice(
                ui,
                t("Done", "Klaar").get(lang),
                t(
                    "I checked it, or fixed it",
                    "Ik heb het nagekeken of verholpen",
                )
                .get(lang),
                Resolution::Done,
                &mut app.actions,
            );
            continue;
        }
        choice(
            ui,
            t("Keep this side's", "Houd deze kant").get(lang),
            &text.ours,
            Resolution::Ours,
            &mut app.actions,
        );
        choice(
            ui,
            t("Take the other side's", "Neem de andere kant").get(lang),
            &text.theirs,
            Resolution::Theirs,
            &mut app.actions,
        );
        let whole_item = merge::is_item(&conflict.path);
        // Without an original (both sides added it), only a whole item can be "none".
        if conflict.base.is_some() || whole_item {
            choice(
                ui,
                t("Take the original", "Neem het origineel").get(lang),
                &text.base,
                Resolution::Base,
                &mut app.actions,
            );
        }
        let both_added = conflict.base.is_none()
            && conflict.ours.is_some()
            && conflict.theirs.is_some()
            && whole_item
            && ListKind::named(&conflict.path[0]).is_some();
        if both_added {
            choice(
                ui,
                t("Keep both", "Houd ze allebei").get(lang),
                t(
                    "the other side's as a new item beside this one",
                    "die van de andere kant als nieuw onderdeel ernaast",
                )
                .get(lang),
                Resolution::Both,
                &mut app.actions,
            );
        }
        choice(
            ui,
            t("Keep as it is now", "Laat het zoals het nu is").get(lang),
            t(
                "after you changed it yourself (click the place above)",
                "nadat je het zelf hebt aangepast (klik op de plek hierboven)",
            )
            .get(lang),
            Resolution::Done,
            &mut app.actions,
        );
    }
}

fn compare_ui(app: &mut WorkbenchApp, ui: &mut egui::Ui, lang: Lang, version: u64) {
    let mut close = false;
    if let Some(comparison) = &mut app.teamwork.compare {
        close = heading_with_close(ui, t("What changed", "Wat is er gewijzigd").get(lang), lang);
        if comparison.counted_at != Some(version) {
            let project = &app.doc.project;
            let changes = diff::changes(&comparison.old, project);
            let names = Names::of(&comparison.old, project, lang).on_screen();
            comparison.groups = diff::grouped(&changes, &names)
                .into_iter()
                .map(|(area, list)| {
                    let list = list.into_iter().map(|(s, c)| (s, c.path)).collect();
                    (area, list)
                })
                .collect();
            comparison.counted_at = Some(version);
        }
        ui.label(
            t("Since {against}:", "Sinds {against}:")
                .fill(lang, &[("against", &comparison.against)]),
        );
        if comparison.groups.is_empty() {
            ui.label(RichText::new(t("No changes.", "Geen wijzigingen.").get(lang)).weak());
        }
        for (area, list) in &comparison.groups {
            ui.add_space(6.0);
            ui.label(RichText::new(area.label(lang)).strong());
            for (sentence, path) in list {
                if ui.link(sentence).clicked() {
                    app.actions.push(Action::Show(merge::path_target(path)));
                }
            }
        }
    }
    if close {
        app.teamwork.compare = None;
    }
}
